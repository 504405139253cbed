/**
 * The generated assessments: for about 80% of the services, one to four
 * submissions spread over the last twelve months, getting better over time;
 * a draft for some and explicit targets for a few. Written in the format of
 * the backend's seed loader (`mlopsMaturity.seed.file`), as JSON, which that
 * loader reads like YAML.
 */
import { writeFileSync } from 'node:fs';
import {
  defaultModel,
  type AnswerSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { BenchService } from '../catalog/mlServices';
import { randomInt, sample, seededRandom } from '../random';
import { assertValidAnswers, randomAnswers } from './answers';

export interface SeedEntry {
  entityRef: string;
  submissions: {
    submittedAt: string;
    submittedBy: string;
    answers: AnswerSet;
  }[];
  draft?: { answers: AnswerSet; updatedBy: string; updatedAt: string };
  targets?: Record<string, string>;
}

/** Counts of what the seed file holds. */
export interface SeedSummary {
  assessedServices: number;
  submissions: number;
  drafts: number;
}

/** The entity ref of a generated service. */
export function serviceRef(name: string): string {
  return `component:default/${name}`;
}

function entryFor(service: BenchService, random: () => number): SeedEntry {
  const by = `user:default/${service.team.lead}`;
  const count = randomInt(random, 1, 4);
  // Distinct days within the last year, oldest first.
  const days = sample(
    random,
    Array.from({ length: 365 }, (_, d) => d + 1),
    count,
  ).sort((a, b) => b - a);
  let maturity = random() * 0.8;
  const entry: SeedEntry = {
    entityRef: serviceRef(service.name),
    submissions: days.map(day => {
      const answers = randomAnswers(defaultModel, random, maturity);
      assertValidAnswers(defaultModel, answers, `${service.name} (-${day}d)`);
      maturity = Math.min(1, maturity + random() * 0.15);
      return { submittedAt: `-${day}d`, submittedBy: by, answers };
    }),
  };
  if (random() < 0.1) {
    const answers = randomAnswers(defaultModel, random, maturity, 0.5);
    assertValidAnswers(defaultModel, answers, `${service.name} (draft)`);
    entry.draft = {
      answers,
      updatedBy: by,
      updatedAt: `-${randomInt(random, 0, 30)}d`,
    };
  }
  if (random() < 0.05) entry.targets = { monitoring: 'advanced' };
  return entry;
}

/**
 * The assessments of about `share` of the services, one entry at a time (the
 * growth mode writes them to the database in chunks, never all at once).
 */
export function* seedEntries(
  services: BenchService[],
  share = 0.8,
  seed = 7,
): Generator<SeedEntry> {
  const random = seededRandom(seed);
  const assessed = services.filter(() => random() < share);
  for (const service of assessed) yield entryFor(service, random);
}

/** Writes assessments for about `share` of the services to `file`. */
export function writeSeedFile(
  file: string,
  services: BenchService[],
  share = 0.8,
  seed = 7,
): SeedSummary {
  const entries = [...seedEntries(services, share, seed)];
  writeFileSync(file, JSON.stringify(entries));
  return {
    assessedServices: entries.length,
    submissions: entries.reduce((n, e) => n + e.submissions.length, 0),
    drafts: entries.filter(e => e.draft).length,
  };
}
