import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import {
  computeScorecard,
  defaultModel,
  submissionCompleteness,
  validateAnswers,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { parseAllDocuments } from 'yaml';
import { demoAssessmentPlan } from './demoAssessmentPlan';
import { renderDemoAssessmentsFile } from '../../scripts/demoAssessmentsFile';
import {
  generateDemoAssessments,
  type DemoAssessmentEntry,
} from './generateDemoAssessments';

const examples = path.resolve(__dirname, '../../../../examples');
// The day the demo data was generated for; staleness is checked against it.
const GENERATED_FOR = new Date('2026-11-26T00:00:00Z');

function readEntities(file: string): Entity[] {
  return parseAllDocuments(fs.readFileSync(path.join(examples, file), 'utf8'))
    .map(doc => doc.toJS() as Entity | null)
    .filter((entity): entity is Entity => Boolean(entity));
}

const mlServices = readEntities('ml-services.yaml');
const entities = [...mlServices, ...readEntities('resources.yaml')];

function levelsOf(answers: DemoAssessmentEntry['submissions'][0]['answers']) {
  const scorecard = computeScorecard({
    model: defaultModel,
    answers,
    evidence: {},
    now: GENERATED_FOR,
  });
  return Object.fromEntries(scorecard.areas.map(a => [a.areaId, a.levelId]));
}

describe('generateDemoAssessments', () => {
  let entries: DemoAssessmentEntry[];
  beforeAll(async () => {
    entries = await generateDemoAssessments({
      model: defaultModel,
      entities,
      plan: demoAssessmentPlan,
    });
  });
  const entry = (name: string) =>
    entries.find(e => e.entityRef === `component:default/${name}`);

  it('produces submissions that cover every criterion, as a user submission must by default', () => {
    // Seeded submissions are imported, not checked; they are still complete,
    // without counting on catalog evidence, so the demo shows what a real
    // submission looks like.
    for (const e of entries) {
      for (const s of e.submissions) {
        const { complete, missing } = submissionCompleteness({
          model: defaultModel,
          answers: s.answers,
          evidence: {},
        });
        expect({ entityRef: e.entityRef, complete, missing }).toEqual({
          entityRef: e.entityRef,
          complete: true,
          missing: [],
        });
      }
    }
  });

  it('produces answers the backend accepts', () => {
    for (const e of entries) {
      for (const answers of [
        ...e.submissions.map(s => s.answers),
        ...(e.draft ? [e.draft.answers] : []),
      ]) {
        const result = validateAnswers(defaultModel, answers);
        expect({ entityRef: e.entityRef, result }).toEqual({
          entityRef: e.entityRef,
          result: { ok: true, answers },
        });
      }
    }
  });

  it('reaches exactly the planned level in every area of every submission', () => {
    for (const plan of demoAssessmentPlan) {
      plan.submissions.forEach((submission, i) => {
        const answers = entry(plan.name)!.submissions[i].answers;
        expect({ service: plan.name, i, levels: levelsOf(answers) }).toEqual({
          service: plan.name,
          i,
          levels: submission.levels,
        });
      });
    }
  });

  it('matches the committed examples/assessments.yaml (regenerate it when this fails)', () => {
    const committed = fs.readFileSync(
      path.join(examples, 'assessments.yaml'),
      'utf8',
    );
    expect(committed).toBe(renderDemoAssessmentsFile(entries));
  });

  it('covers most example services, leaving a few unassessed', () => {
    const seeded = new Set(entries.map(e => e.entityRef));
    const withSubmissions = entries.filter(e => e.submissions.length > 0);
    expect(mlServices.length).toBe(20);
    expect(withSubmissions.length).toBeGreaterThanOrEqual(15);
    expect(seeded.has('component:default/similar-items-embedder')).toBe(false);
    expect(mlServices.length - seeded.size).toBe(3);
    for (const e of entries) {
      expect(
        mlServices.some(
          s => `component:default/${s.metadata.name}` === e.entityRef,
        ),
      ).toBe(true);
    }
  });

  it('gives the guest team one old submission to update and one draft to resume', () => {
    expect(entry('product-recommender')?.submissions).toHaveLength(1);
    const pipeline = entry('recommender-training-pipeline');
    expect(pipeline?.submissions).toEqual([]);
    expect(pipeline?.draft?.updatedBy).toMatch(/^user:default\//);
    expect(Object.keys(pipeline!.draft!.answers).length).toBeGreaterThan(0);
  });

  it('spreads submissions over the last ten months, three of them stale', () => {
    const dayMs = 24 * 60 * 60 * 1000;
    const latest = entries
      .filter(e => e.submissions.length)
      .map(e =>
        Date.parse(e.submissions[e.submissions.length - 1].submittedAt),
      );
    const all = entries.flatMap(e =>
      e.submissions.map(s => Date.parse(s.submittedAt)),
    );
    const stale = latest.filter(t => GENERATED_FOR.getTime() - t > 180 * dayMs);
    expect(stale).toHaveLength(3);
    expect(Math.max(...all)).toBeLessThan(GENERATED_FOR.getTime());
    expect(GENERATED_FOR.getTime() - Math.min(...all)).toBeLessThan(
      330 * dayMs,
    );
    for (const e of entries) {
      const times = e.submissions.map(s => Date.parse(s.submittedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(e.submissions.length).toBeLessThanOrEqual(4);
    }
  });

  it('varies the levels and includes N/A answers with reasons, notes and links', () => {
    const latestLevels = entries
      .filter(e => e.submissions.length)
      .flatMap(e =>
        Object.values(
          levelsOf(e.submissions[e.submissions.length - 1].answers),
        ),
      );
    expect(latestLevels).toContain('basic');
    expect(latestLevels).toContain('intermediate');
    expect(latestLevels).toContain('advanced');
    const answers = entries.flatMap(e =>
      e.submissions.flatMap(s => Object.values(s.answers)),
    );
    expect(answers.some(a => a.notApplicable?.reason)).toBe(true);
    expect(answers.some(a => a.note)).toBe(true);
    expect(answers.some(a => a.evidenceLinks?.length)).toBe(true);
  });

  it('is deterministic', async () => {
    const again = await generateDemoAssessments({
      model: defaultModel,
      entities,
      plan: demoAssessmentPlan,
    });
    expect(again).toEqual(entries);
  });
});
