import type {
  CriterionDefinition,
  LocalizedText,
  MaturityModel,
} from '../model/types';

/** A text in both languages; the pt-BR side is marked so tests can tell them apart. */
export function text(en: string): LocalizedText {
  return { en, 'pt-BR': `${en} [pt-BR]` };
}

function describedLevels(ids: string[]) {
  return Object.fromEntries(
    ids.map(id => [
      id,
      {
        summary: text(`${id} summary`),
        characteristics: [text(`${id} trait`)],
        tools: [`${id}-tool`],
        challenges: [],
        benefits: [text(`${id} benefit`)],
      },
    ]),
  );
}

/** A yes-no criterion with defaults for everything the test does not care about. */
export function criterion(
  id: string,
  levelId: string,
  extra: Partial<CriterionDefinition> = {},
): CriterionDefinition {
  return {
    id,
    levelId,
    answerType: 'yes-no',
    question: text(`Question ${id}?`),
    recommendation: text(`Do ${id}.`),
    exampleTools: [`tool-${id}`],
    effort: 'medium',
    ...extra,
  };
}

const LEVELS = ['basic', 'intermediate', 'advanced'];

/**
 * Two areas of three criteria each (two Intermediate, one Advanced) and four
 * overall levels:
 * start (no rule) -> repeatable (dev >= intermediate) -> managed (all >=
 * intermediate) -> optimized (all advanced).
 */
export function tinyModel(): MaturityModel {
  return {
    id: 'tiny',
    version: '1.0.0',
    title: text('Tiny model'),
    description: text('A small model for tests'),
    levels: LEVELS.map(id => ({
      id,
      title: text(id[0].toUpperCase() + id.slice(1)),
      description: text(`${id} level`),
    })),
    areas: [
      {
        id: 'dev',
        title: text('Development'),
        description: text('How the model is built'),
        levels: describedLevels(LEVELS),
        criteria: [
          criterion('dev-vcs', 'intermediate', {
            effort: 'low',
            evidence: {
              rules: [
                { type: 'annotation', key: 'backstage.io/source-location' },
              ],
            },
          }),
          criterion('dev-tracking', 'intermediate', {
            answerType: 'practice-scale',
            effort: 'high',
            mlTestScoreSection: 'model',
          }),
          criterion('dev-pipeline', 'advanced', {
            answerType: 'multiple-choice',
            options: [
              { id: 'manual', label: text('Manual'), credit: 0 },
              { id: 'partial', label: text('Partly'), credit: 0.5 },
              { id: 'full', label: text('Fully'), credit: 1 },
            ],
          }),
        ],
      },
      {
        id: 'ops',
        title: text('Operations'),
        description: text('How the model is run'),
        levels: describedLevels(LEVELS),
        criteria: [
          criterion('ops-owner', 'intermediate', {
            effort: 'low',
            evidence: { rules: [{ type: 'ownerIsGroup', sufficient: true }] },
          }),
          criterion('ops-alerts', 'intermediate', {
            mlTestScoreSection: 'monitoring',
            evidence: {
              rules: [
                { type: 'annotation', key: 'prometheus.io/alert' },
                { type: 'collector', collectorId: 'alerts' },
              ],
            },
          }),
          criterion('ops-canary', 'advanced', {
            answerType: 'practice-scale',
            effort: 'high',
            mlTestScoreSection: 'monitoring',
          }),
        ],
      },
    ],
    overallLevels: [
      {
        id: 'start',
        title: text('Start'),
        description: text('Starting out'),
        requirements: [],
      },
      {
        id: 'repeatable',
        title: text('Repeatable'),
        description: text('Development is repeatable'),
        requirements: [{ areas: ['dev'], atLeast: 'intermediate' }],
        crosswalk: { microsoft: '2' },
      },
      {
        id: 'managed',
        title: text('Managed'),
        description: text('Everything is managed'),
        requirements: [{ areas: 'all', atLeast: 'intermediate' }],
      },
      {
        id: 'optimized',
        title: text('Optimized'),
        description: text('Everything is advanced'),
        requirements: [{ areas: 'all', atLeast: 'advanced' }],
        crosswalk: { google: '2', microsoft: '4' },
      },
    ],
  };
}
