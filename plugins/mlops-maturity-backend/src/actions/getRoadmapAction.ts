import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type {
  MaturityModel,
  ModelLanguage,
  RoadmapItem,
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

/** What `GET /roadmap/{kind}/{namespace}/{name}` answers. */
export interface RoadmapResponse {
  entityRef: string;
  items: RoadmapItem[];
  targets: Record<string, string>;
}

/** One step of the roadmap as the `get-roadmap` action answers it. */
export interface RoadmapStep {
  step: number;
  criterionId: string;
  areaId: string;
  areaTitle: string;
  levelId: string;
  levelTitle: string;
  question: string;
  recommendation: string;
  exampleTools: string[];
  effort: 'low' | 'medium' | 'high';
  /** Credit today (0-1), so a partial practice shows as partial. */
  credit: number;
  provenance: string;
}

/**
 * The roadmap response in the words of the action: the same items in the
 * same order (lower level first, then the model's area order, then effort),
 * each with the criterion's question, recommendation and example tools from
 * the model in `lang`.
 */
export function roadmapSteps(
  model: MaturityModel,
  response: RoadmapResponse,
  lang: ModelLanguage,
): {
  entityRef: string;
  targets: Record<string, string>;
  steps: RoadmapStep[];
} {
  const texts = modelIn(model, lang);
  const criteria = new Map(
    texts.areas.flatMap(area =>
      area.criteria.map(c => [c.id, { area, criterion: c }] as const),
    ),
  );
  return {
    entityRef: response.entityRef,
    targets: response.targets,
    steps: response.items.map((item, index) => {
      const found = criteria.get(item.criterionId);
      return {
        step: index + 1,
        criterionId: item.criterionId,
        areaId: item.areaId,
        areaTitle: found?.area.title ?? item.areaId,
        levelId: item.levelId,
        levelTitle: levelTitle(texts, 'area', item.levelId) ?? item.levelId,
        question: found?.criterion.question ?? item.criterionId,
        recommendation: found?.criterion.recommendation ?? '',
        exampleTools: [...(found?.criterion.exampleTools ?? [])],
        effort: item.effort,
        credit: item.credit,
        provenance: item.provenance,
      };
    }),
  };
}

function inputSchema(z: ActionZod) {
  return z.object({
    entityRef: z.string().min(1).describe(ENTITY_REF_DESCRIPTION),
    lang: langSchema(z),
  });
}

function outputSchema(z: ActionZod) {
  return z.object({
    entityRef: z.string(),
    targets: z
      .record(z.string())
      .describe('The target level in force per area id.'),
    steps: z
      .array(
        z.object({
          step: z.number().int(),
          criterionId: z.string(),
          areaId: z.string(),
          areaTitle: z.string(),
          levelId: z.string(),
          levelTitle: z.string(),
          question: z.string(),
          recommendation: z.string(),
          exampleTools: z.array(z.string()),
          effort: z.enum(['low', 'medium', 'high']),
          credit: z
            .number()
            .describe('Credit today, 0-1: 0.5 is a manual practice.'),
          provenance: z.string(),
        }),
      )
      .describe(
        'In the order to work on them; empty when every target is reached.',
      ),
  });
}

/**
 * `get-roadmap`: the unmet criteria up to each area's target, read with the
 * caller's credentials and the checks of `GET /roadmap/...`.
 */
export function registerGetRoadmapAction(
  registry: ActionsRegistryService,
  { access, service, options }: MaturityActionsContext,
) {
  registry.register({
    name: 'get-roadmap',
    title: 'Get the MLOps maturity roadmap of a service',
    description: `What an ML service should do next: the criteria it does not meet yet up to each area's target level, in the order to work on them (lower level first, then the model's area order, then effort), each with the question, a recommended action, example tools and the effort (low, medium, high).
Use it for "what should X do next?" or "how does X reach Intermediate in Deployment?".
Example: {"entityRef": "product-recommender"} answers {"steps": [{"step": 1, "areaTitle": "Monitoring & Maintenance", "levelTitle": "Intermediate", "recommendation": "...", "exampleTools": ["Prometheus", "Grafana"], "effort": "low"}, ...]}.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: { input: inputSchema, output: outputSchema },
    examples: [
      {
        title: 'What product-recommender should do next',
        input: { entityRef: 'product-recommender' },
      },
    ],
    action: async ({ input, credentials }) => {
      const entityRef = entityRefOf(input.entityRef, 'Component', 'entityRef');
      const read = await access.authorizeReadOf(
        entityRef,
        readerCredentials(credentials),
      );
      const roadmap = await service.roadmap(read);
      return {
        output: roadmapSteps(options.model, roadmap, langOf(input.lang)),
      };
    },
  });
}
