/**
 * Writes the plugin's own tables directly, without the catalog: the
 * generated submissions, drafts and targets of N services (in chunks, with
 * the levels the plugin computes at submission time), then the organisation
 * index through the plugin's own refresh, run in this process against a
 * stand-in catalog (see stubCatalog.ts).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import {
  defaultModel,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import knexFactory from 'knex';
import { scoreSubmission } from '../../plugins/mlops-maturity-backend/src/scoring/submissionLevels';
import type { BenchService } from '../catalog/mlServices';
import { ROOT } from '../paths';
import { seedEntries, serviceRef } from '../seed/seedFile';

/** The plugin's migrations, applied here before the backend starts. */
export const PLUGIN_MIGRATIONS = join(
  ROOT,
  'plugins',
  'mlops-maturity-backend',
  'migrations',
);

/** Services whose assessments are generated and written per transaction. */
const SERVICES_PER_CHUNK = 1000;
/** Rows per insert statement (SQLite allows 32,766 bound values; 10 columns). */
const ROWS_PER_INSERT = 500;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Counts of what was written. */
export interface WrittenAssessments {
  assessedServices: number;
  submissions: number;
  drafts: number;
  targets: number;
  ms: number;
}

/** A knex connection to the plugin's database, with the schema brought up to date. */
export async function openPluginDatabase(
  connection: Knex.Config,
): Promise<Knex> {
  const db = knexFactory({ ...connection, useNullAsDefault: true });
  await db.migrate.latest({ directory: PLUGIN_MIGRATIONS });
  return db;
}

/**
 * Writes the bench's generated assessments of `services` (the same
 * generator as the seed file: about 80% assessed, one to four submissions)
 * a chunk of services at a time, so that 100,000 services never sit in
 * memory as one list of answers.
 */
export async function writeAssessments(
  db: Knex,
  services: BenchService[],
  options: { model?: MaturityModel; now: Date; staleAfterDays: number },
): Promise<WrittenAssessments> {
  const model = options.model ?? defaultModel;
  const began = performance.now();
  const written: WrittenAssessments = {
    assessedServices: 0,
    submissions: 0,
    drafts: 0,
    targets: 0,
    ms: 0,
  };
  const at = (text: string) =>
    new Date(
      options.now.getTime() - Number(/^-(\d+)d$/.exec(text)![1]) * DAY_MS,
    );
  let submissions: object[] = [];
  let drafts: object[] = [];
  let targets: object[] = [];
  const flush = async () => {
    await db.transaction(async tx => {
      for (const [table, rows] of [
        ['submissions', submissions],
        ['drafts', drafts],
        ['targets', targets],
      ] as const) {
        for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
          await tx(table).insert(rows.slice(i, i + ROWS_PER_INSERT));
        }
      }
    });
    written.submissions += submissions.length;
    written.drafts += drafts.length;
    written.targets += targets.length;
    submissions = [];
    drafts = [];
    targets = [];
  };
  let inChunk = 0;
  for (const entry of seedEntries(services)) {
    const entityRef = entry.entityRef.toLocaleLowerCase('en-US');
    written.assessedServices++;
    for (const raw of entry.submissions) {
      const submittedAt = at(raw.submittedAt);
      const levels = scoreSubmission({
        model,
        answers: raw.answers,
        evidence: {},
        submittedAt,
        staleAfterDays: options.staleAfterDays,
      });
      submissions.push({
        id: randomUUID(),
        entity_ref: entityRef,
        answers: JSON.stringify(raw.answers),
        submitted_by: raw.submittedBy,
        submitted_at: submittedAt,
        model_id: model.id,
        model_version: model.version,
        overall_level: levels.overallLevel,
        area_levels: JSON.stringify(levels.areaLevels),
        area_scores: JSON.stringify(levels.areaScores),
      });
    }
    if (entry.draft) {
      drafts.push({
        entity_ref: entityRef,
        revision: 1,
        answers: JSON.stringify(entry.draft.answers),
        updated_by: entry.draft.updatedBy,
        updated_at: at(entry.draft.updatedAt),
      });
    }
    for (const [areaId, levelId] of Object.entries(entry.targets ?? {})) {
      targets.push({
        entity_ref: entityRef,
        area_id: areaId,
        level_id: levelId,
        updated_by: entry.submissions[0]?.submittedBy ?? 'user:default/guest',
        updated_at: options.now,
      });
    }
    if (++inChunk === SERVICES_PER_CHUNK) {
      await flush();
      inChunk = 0;
    }
  }
  await flush();
  written.ms = Math.round(performance.now() - began);
  return written;
}

/** Every ref of the generated ML services. */
export function serviceRefsOf(services: BenchService[]): string[] {
  return services.map(s => serviceRef(s.name));
}

/** The entities a growth run works from: the organisation and the ML services. */
export interface GrowthEntities {
  entities: Entity[];
  services: BenchService[];
}
