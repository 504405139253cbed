import fc from 'fast-check';
import { text } from '../__fixtures__/models';
import type { CriterionEvidence, EvidenceSet } from '../evidence/types';
import { defaultModel } from '../model/default';
import type {
  AreaDefinition,
  CriterionDefinition,
  MaturityModel,
  MlTestScoreSection,
  OverallLevelDefinition,
} from '../model/types';
import type { Answer, AnswerSet } from '../scoring/answerTypes';
import {
  ANSWER_TYPE_DEFINITIONS,
  ANSWER_TYPES,
  creditTable,
} from '../answers/answerDefinitions';

const SECTIONS: MlTestScoreSection[] = [
  'data',
  'model',
  'infrastructure',
  'monitoring',
];

function criterionArbitrary(
  id: string,
  levelCount: number,
): fc.Arbitrary<CriterionDefinition> {
  return fc
    .record({
      levelRank: fc.integer({ min: 1, max: levelCount - 1 }),
      answerType: fc.constantFrom(...ANSWER_TYPES),
      credits: fc.array(fc.constantFrom(0, 0.25, 0.5, 1), {
        minLength: 1,
        maxLength: 3,
      }),
      effort: fc.constantFrom('low', 'medium', 'high' as const),
      section: fc.option(fc.constantFrom(...SECTIONS), { nil: undefined }),
      rules: fc.boolean(),
    })
    .map(c => ({
      id,
      levelId: `L${c.levelRank}`,
      answerType: c.answerType,
      question: text(`${id}?`),
      recommendation: text(`Do ${id}`),
      exampleTools: [],
      effort: c.effort,
      // A last option with credit 1 keeps every criterion meetable, as validation demands.
      ...(ANSWER_TYPE_DEFINITIONS[c.answerType].usesOptions
        ? {
            options: [...c.credits, 1].map((credit, i) => ({
              id: `o${i}`,
              label: text(`option ${i}`),
              credit,
            })),
          }
        : {}),
      ...(c.rules
        ? { evidence: { rules: [{ type: 'tag' as const, tag: id }] } }
        : {}),
      ...(c.section ? { mlTestScoreSection: c.section } : {}),
    }));
}

/** Random valid models: 2-4 levels, 1-4 areas of 1-6 criteria, 1-4 overall levels. */
export const randomModelArbitrary: fc.Arbitrary<MaturityModel> = fc
  .record({
    levelCount: fc.integer({ min: 2, max: 4 }),
    areaCount: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ levelCount, areaCount }) => {
    const levelIds = Array.from({ length: levelCount }, (_, i) => `L${i}`);
    const areaIds = Array.from({ length: areaCount }, (_, i) => `A${i}`);
    const area = (areaId: string): fc.Arbitrary<AreaDefinition> =>
      fc
        .integer({ min: 1, max: 6 })
        .chain(n =>
          fc.tuple(
            ...Array.from({ length: n }, (_, i) =>
              criterionArbitrary(`${areaId}-c${i}`, levelCount),
            ),
          ),
        )
        .map(criteria => ({
          id: areaId,
          title: text(`Area ${areaId}`),
          description: text(`About ${areaId}`),
          levels: Object.fromEntries(
            levelIds.map(l => [
              l,
              {
                summary: text(`${areaId} at ${l}`),
                characteristics: [],
                tools: [],
                challenges: [],
                benefits: [],
              },
            ]),
          ),
          criteria,
        }));
    const requirement = fc.record({
      areas: fc.oneof(
        fc.constant('all' as const),
        fc.subarray(areaIds, { minLength: 1 }),
      ),
      atLeast: fc.constantFrom(...levelIds),
    });
    const overall = fc
      .array(fc.array(requirement, { minLength: 1, maxLength: 2 }), {
        maxLength: 3,
      })
      .map(rules =>
        [[], ...rules].map(
          (requirements, i): OverallLevelDefinition => ({
            id: `O${i}`,
            title: text(`Overall ${i}`),
            description: text(`Overall level ${i}`),
            requirements,
          }),
        ),
      );
    return fc
      .record({ areas: fc.tuple(...areaIds.map(area)), overallLevels: overall })
      .map(
        ({ areas, overallLevels }): MaturityModel => ({
          id: 'random',
          version: '0.0.1',
          title: text('Random'),
          description: text('A generated model'),
          levels: levelIds.map(id => ({
            id,
            title: text(id),
            description: text(`Level ${id}`),
          })),
          areas,
          overallLevels,
        }),
      );
  });

/** Random models most of the time, the default model some of the time. */
export const modelArbitrary: fc.Arbitrary<MaturityModel> = fc.oneof(
  { weight: 3, arbitrary: randomModelArbitrary },
  { weight: 1, arbitrary: fc.constant(defaultModel) },
);

const criteriaOf = (model: MaturityModel) =>
  model.areas.flatMap(a => a.criteria);

/** Random answers: unanswered, not applicable, or any value the criterion offers. */
export function answersArbitrary(
  model: MaturityModel,
): fc.Arbitrary<AnswerSet> {
  const entries = criteriaOf(model).map(c => {
    const values = [...creditTable(c).keys()];
    const answer: fc.Arbitrary<Answer | undefined> = fc.oneof(
      fc.constant(undefined),
      fc.constant({ notApplicable: { reason: 'generated' } }),
      fc.constantFrom(...values).map(value => ({ value })),
      fc.constantFrom(...values).map(value => ({ value })),
    );
    return answer.map(a => [c.id, a] as const);
  });
  return fc
    .tuple(...entries)
    .map(
      pairs =>
        Object.fromEntries(
          pairs.filter(([, a]) => a !== undefined),
        ) as AnswerSet,
    );
}

/** Random evidence for the criteria that have rules. */
export function evidenceArbitrary(
  model: MaturityModel,
): fc.Arbitrary<EvidenceSet> {
  const entries = criteriaOf(model)
    .filter(c => c.evidence)
    .map(c =>
      fc
        .option(
          fc.record({
            status: fc.constantFrom<CriterionEvidence['status']>(
              'found',
              'not-found',
              'unavailable',
            ),
            sufficient: fc.boolean(),
          }),
          { nil: undefined },
        )
        .map(
          e =>
            [
              c.id,
              e && {
                status: e.status,
                sufficient: e.status === 'found' && e.sufficient,
                items:
                  e.status === 'found'
                    ? [{ source: 'tag', label: `tag: ${c.id}` }]
                    : [],
              },
            ] as const,
        ),
    );
  return fc
    .tuple(...entries)
    .map(
      pairs =>
        Object.fromEntries(
          pairs.filter(([, e]) => e !== undefined),
        ) as EvidenceSet,
    );
}

/** Random explicit targets for some areas. */
export function targetsArbitrary(
  model: MaturityModel,
): fc.Arbitrary<Record<string, string>> {
  const levelIds = model.levels.map(l => l.id);
  return fc
    .tuple(
      ...model.areas.map(a =>
        fc
          .option(fc.constantFrom(...levelIds), { nil: undefined })
          .map(l => [a.id, l] as const),
      ),
    )
    .map(
      pairs =>
        Object.fromEntries(pairs.filter(([, l]) => l !== undefined)) as Record<
          string,
          string
        >,
    );
}

/** A model with answers, evidence and targets that fit it. */
export interface Scenario {
  model: MaturityModel;
  answers: AnswerSet;
  evidence: EvidenceSet;
  targets: Record<string, string>;
}

/** Random scenarios over random models and the default model. */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = modelArbitrary.chain(
  model =>
    fc
      .record({
        answers: answersArbitrary(model),
        evidence: evidenceArbitrary(model),
        targets: targetsArbitrary(model),
      })
      .map(rest => ({ model, ...rest })),
);
