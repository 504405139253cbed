import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  assessmentStatusOf,
  overallNeeds,
  type MaturityModel,
  type ModelLanguage,
  type ScorecardResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import {
  ENTITY_REF_DESCRIPTION,
  entityRefOf,
  langOf,
  langSchema,
  levelTitle,
  modelIn,
  readerCredentials,
  type ActionZod,
  type MaturityActionsContext,
} from './actionContext';

/** The scorecard of a service as the `get-scorecard` action answers it. */
export interface ScorecardSummary {
  entityRef: string;
  status: 'assessed' | 'provisional' | 'not-assessed';
  stale: boolean;
  assessed: { by: string; at: string } | null;
  overall: {
    levelId: string | null;
    title: string | null;
    next: {
      levelId: string;
      title: string;
      needs: Array<{
        areaId: string;
        areaTitle: string;
        levelId: string | null;
        requiredLevelId: string;
        requiredLevelTitle: string;
      }>;
    } | null;
  };
  areas: Array<{
    areaId: string;
    title: string;
    levelId: string | null;
    levelTitle: string | null;
    score: number | null;
    targetLevelId: string;
    next: {
      levelId: string;
      title: string;
      met: number;
      total: number;
      unmet: Array<{ criterionId: string; question: string }>;
    } | null;
  }>;
  evidenceStatus: ScorecardResponse['evidenceStatus'];
}

/**
 * The scorecard response of `GET /scorecards/...` in the words of the
 * action: per area the level, score, target and what the next level still
 * needs (its unmet criteria); the overall level and the areas the next
 * overall level needs raised (the model's rules, through `overallNeeds`).
 */
export function scorecardSummary(
  model: MaturityModel,
  response: ScorecardResponse,
  lang: ModelLanguage,
): ScorecardSummary {
  const texts = modelIn(model, lang);
  const { scorecard } = response;
  const areaTitle = (areaId: string) =>
    texts.areas.find(a => a.id === areaId)?.title ?? areaId;
  const questions = new Map(
    texts.areas.flatMap(a => a.criteria.map(c => [c.id, c.question])),
  );
  const needs = overallNeeds(model, scorecard.areas);
  return {
    entityRef: response.entityRef,
    status: assessmentStatusOf({
      submissionId: response.assessed?.submissionId ?? null,
      overallLevelId: scorecard.overall.levelId,
    }),
    stale: scorecard.staleness.isStale,
    assessed: response.assessed
      ? { by: response.assessed.by, at: response.assessed.at }
      : null,
    overall: {
      levelId: scorecard.overall.levelId,
      title: levelTitle(texts, 'overall', scorecard.overall.levelId),
      next: needs.next && {
        levelId: needs.next.overallLevelId,
        title:
          levelTitle(texts, 'overall', needs.next.overallLevelId) ??
          needs.next.overallLevelId,
        needs: needs.next.shortfalls.map(s => ({
          areaId: s.areaId,
          areaTitle: areaTitle(s.areaId),
          levelId: s.levelId,
          requiredLevelId: s.requiredLevelId,
          requiredLevelTitle:
            levelTitle(texts, 'area', s.requiredLevelId) ?? s.requiredLevelId,
        })),
      },
    },
    areas: scorecard.areas.map(area => {
      const nextId = area.progress.levelId;
      return {
        areaId: area.areaId,
        title: areaTitle(area.areaId),
        levelId: area.levelId,
        levelTitle: levelTitle(texts, 'area', area.levelId),
        score: area.score,
        targetLevelId: area.targetLevelId,
        next: nextId
          ? {
              levelId: nextId,
              title: levelTitle(texts, 'area', nextId) ?? nextId,
              met: area.progress.met,
              total: area.progress.total,
              unmet: area.criteria
                .filter(c => c.levelId === nextId && c.applicable && !c.met)
                .map(c => ({
                  criterionId: c.criterionId,
                  question: questions.get(c.criterionId) ?? c.criterionId,
                })),
            }
          : null,
      };
    }),
    evidenceStatus: response.evidenceStatus,
  };
}

function inputSchema(z: ActionZod) {
  return z.object({
    entityRef: z.string().min(1).describe(ENTITY_REF_DESCRIPTION),
    lang: langSchema(z),
  });
}

function outputSchema(z: ActionZod) {
  const level = z.string().nullable();
  return z.object({
    entityRef: z.string(),
    status: z
      .enum(['assessed', 'provisional', 'not-assessed'])
      .describe(
        'assessed: it has a submitted assessment (fresh or stale); provisional: no submission, levels from catalog evidence only; not-assessed: neither.',
      ),
    stale: z
      .boolean()
      .describe('The latest submission is older than staleAfterDays.'),
    assessed: z
      .object({ by: z.string(), at: z.string() })
      .nullable()
      .describe('Who submitted the assessment the levels rest on, and when.'),
    overall: z.object({
      levelId: level,
      title: level,
      next: z
        .object({
          levelId: z.string(),
          title: z.string(),
          needs: z
            .array(
              z.object({
                areaId: z.string(),
                areaTitle: z.string(),
                levelId: level,
                requiredLevelId: z.string(),
                requiredLevelTitle: z.string(),
              }),
            )
            .describe('Areas that must rise, and to which level.'),
        })
        .nullable()
        .describe('The next overall level; null at the top.'),
    }),
    areas: z.array(
      z.object({
        areaId: z.string(),
        title: z.string(),
        levelId: level.describe('Null when the area is not assessed.'),
        levelTitle: level,
        score: z.number().nullable().describe('0-100; null when not assessed.'),
        targetLevelId: z.string(),
        next: z
          .object({
            levelId: z.string(),
            title: z.string(),
            met: z.number(),
            total: z.number(),
            unmet: z.array(
              z.object({ criterionId: z.string(), question: z.string() }),
            ),
          })
          .nullable()
          .describe(
            'The next level of the area and its criteria still unmet; null at the top.',
          ),
      }),
    ),
    evidenceStatus: z
      .enum(['available', 'partial', 'stale', 'unavailable'])
      .describe('How complete and current the catalog evidence is.'),
  });
}

/**
 * `get-scorecard`: the scorecard of one service, read with the caller's
 * credentials and the checks of `GET /scorecards/{kind}/{namespace}/{name}`.
 */
export function registerGetScorecardAction(
  registry: ActionsRegistryService,
  { access, service, options }: MaturityActionsContext,
) {
  registry.register({
    name: 'get-scorecard',
    title: 'Get the MLOps maturity scorecard of a service',
    description: `The MLOps maturity of one ML service: its level and score (0-100) in each area of the maturity model, its overall level, whether it is assessed (a submitted assessment), provisional (levels from catalog evidence only) or not assessed, whether the assessment is stale, and what the next level of each area and the next overall level still need.
Use it for "how mature is X?", "what level is X in Monitoring?", "what does X need for the next level?". For the ordered list of work with recommendations, use get-roadmap.
Example: {"entityRef": "product-recommender"} answers with areas such as {"areaId": "monitoring", "levelId": "basic", "next": {"levelId": "intermediate", "met": 3, "total": 5, "unmet": [...]}}.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: { input: inputSchema, output: outputSchema },
    examples: [
      {
        title: 'The scorecard of product-recommender',
        input: { entityRef: 'component:default/product-recommender' },
      },
      {
        title: 'The same, with titles in Brazilian Portuguese',
        input: { entityRef: 'product-recommender', lang: 'pt-BR' },
      },
    ],
    action: async ({ input, credentials }) => {
      const entityRef = entityRefOf(input.entityRef, 'Component', 'entityRef');
      const read = await access.authorizeReadOf(
        entityRef,
        readerCredentials(credentials),
      );
      const response = await service.scorecard(read);
      return {
        output: scorecardSummary(options.model, response, langOf(input.lang)),
      };
    },
  });
}
