import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import {
  TEAM_REPORT_DEFAULT_LIMIT,
  TEAM_REPORT_MAX_LIMIT,
  type TeamReport,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { authorizeOverviewReadOf } from '../service/overviewAccess';
import { teamReportQuerySchema } from '../service/overviewQueries';
import { readTeamReport } from '../service/overviewReads';
import { parseInput } from '../service/validation';
import {
  entityRefOf,
  langOf,
  langSchema,
  readerCredentials,
  type ActionZod,
  type MaturityActionsContext,
} from './actionContext';

/**
 * The team report of `GET /team-reports/...` as the action answers it: the
 * summary with its sentences, each area's median and mean, the direct
 * sub-groups, "where to invest" (the gaps blocking the most assessed
 * services) and the action plan over those gaps. The per-level distributions
 * are left out; `compare-groups` gives them per area.
 */
export function teamReportAnswer(report: TeamReport) {
  const { summary } = report;
  return {
    group: report.group,
    summary: {
      covers: summary.covers,
      services: summary.services,
      assessed: summary.assessed,
      stale: summary.stale,
      provisional: summary.provisional,
      assessedShare: summary.assessedShare,
      staleShare: summary.staleShare,
      medianOverallLevel: summary.medianOverallLevel,
      text: summary.text,
    },
    areas: report.areas.map(area => ({
      areaId: area.areaId,
      title: area.title,
      medianLevel: area.medianLevel,
      meanScore: area.meanScore,
    })),
    subgroups: report.subgroups,
    whereToInvest: report.whereToInvest,
    actionPlan: report.actionPlan.map(step => ({
      step: step.step,
      criterionId: step.criterionId,
      areaTitle: step.areaTitle,
      levelTitle: step.levelTitle,
      question: step.question,
      recommendation: step.recommendation,
      exampleTools: step.exampleTools,
      effort: step.effort,
      services: step.services,
    })),
  };
}

function inputSchema(z: ActionZod) {
  return z.object({
    group: z
      .string()
      .min(1)
      .describe(
        'The Group: group:default/team-a, or just its name (team-a). Its sub-groups are included.',
      ),
    lang: langSchema(z),
    limit: z
      .number()
      .int()
      .min(1)
      .max(TEAM_REPORT_MAX_LIMIT)
      .optional()
      .describe(
        `How many shared gaps to rank (default ${TEAM_REPORT_DEFAULT_LIMIT}).`,
      ),
    includeProvisional: z
      .boolean()
      .optional()
      .describe(
        'true: the levels also count the provisional services (catalog-only levels); by default only the assessed ones.',
      ),
  });
}

function outputSchema(z: ActionZod) {
  const level = z.object({ id: z.string().nullable(), title: z.string() });
  return z.object({
    group: z.object({
      ref: z.string(),
      title: z.string(),
      type: z.string().nullable(),
      parentRef: z.string().nullable(),
    }),
    summary: z.object({
      covers: z.enum(['assessed', 'assessed+provisional']),
      services: z.number(),
      assessed: z.number(),
      stale: z.number(),
      provisional: z.number(),
      assessedShare: z.number(),
      staleShare: z.number(),
      medianOverallLevel: level,
      text: z.array(z.string()).describe('The summary as sentences.'),
    }),
    areas: z.array(
      z.object({
        areaId: z.string(),
        title: z.string(),
        medianLevel: level,
        meanScore: z.number().nullable(),
      }),
    ),
    subgroups: z.array(
      z.object({
        ref: z.string(),
        title: z.string(),
        type: z.string().nullable(),
        services: z.number(),
        assessed: z.number(),
        assessedShare: z.number(),
        medianOverallLevel: level,
      }),
    ),
    whereToInvest: z
      .array(
        z.object({
          criterionId: z.string(),
          areaId: z.string(),
          areaTitle: z.string(),
          levelId: z.string(),
          levelTitle: z.string(),
          question: z.string(),
          services: z.number().describe('Assessed services it blocks.'),
          share: z.number().describe('services / assessed services, 0-1.'),
        }),
      )
      .describe('The gaps most of the services share, most shared first.'),
    actionPlan: z.array(
      z.object({
        step: z.number(),
        criterionId: z.string(),
        areaTitle: z.string(),
        levelTitle: z.string(),
        question: z.string(),
        recommendation: z.string(),
        exampleTools: z.array(z.string()),
        effort: z.enum(['low', 'medium', 'high']),
        services: z.number(),
      }),
    ),
  });
}

/**
 * `get-team-report`: the report of a Group, with the caller's checks and
 * catalog-read filtering of `GET /team-reports/{namespace}/{name}`.
 */
export function registerGetTeamReportAction(
  registry: ActionsRegistryService,
  { options }: MaturityActionsContext,
) {
  registry.register({
    name: 'get-team-report',
    title: 'Get the MLOps maturity report of a team',
    description: `The maturity report of a Group (team, department, organisation) over its ML services, its sub-groups' included and only those the caller may see: coverage (assessed, stale, provisional), the median overall level and each area's median level and mean score, the direct sub-groups, "where to invest" (the unmet criteria that block the most assessed services) and an action plan with recommendations.
Use it for "how is team-a doing?", "where should the data department invest?".
Example: {"group": "team-a"} answers {"summary": {"services": 4, "assessed": 3, "text": ["..."]}, "whereToInvest": [{"question": "...", "services": 3, "share": 1}], ...}.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: { input: inputSchema, output: outputSchema },
    examples: [
      { title: 'The report of team-a', input: { group: 'team-a' } },
      {
        title: 'The data department in Portuguese, five gaps',
        input: { group: 'group:default/data', lang: 'pt-BR', limit: 5 },
      },
    ],
    action: async ({ input, credentials }) => {
      const reader = await authorizeOverviewReadOf(
        options,
        readerCredentials(credentials),
      );
      const groupRef = entityRefOf(input.group, 'Group', 'group');
      if (!groupRef.startsWith('group:')) {
        throw new InputError(`group: '${input.group}' is not a Group`);
      }
      const query = parseInput(
        teamReportQuerySchema,
        {
          lang: langOf(input.lang),
          ...(input.limit !== undefined ? { limit: String(input.limit) } : {}),
          ...(input.includeProvisional !== undefined
            ? { includeProvisional: String(input.includeProvisional) }
            : {}),
        },
        'input',
      );
      const report = await readTeamReport(options, reader, groupRef, query);
      return { output: teamReportAnswer(report) };
    },
  });
}
