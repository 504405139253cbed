import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  OVERVIEW_GROUP_BYS,
  type LevelCount,
  type MaturityModel,
  type ModelLanguage,
  type OverviewResponse,
  type OverviewSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { authorizeOverviewReadOf } from '../service/overviewAccess';
import { overviewQuerySchema } from '../service/overviewQueries';
import { readOverview } from '../service/overviewReads';
import { parseInput } from '../service/validation';
import {
  langOf,
  langSchema,
  levelTitle,
  modelIn,
  readerCredentials,
  type ActionZod,
  type MaturityActionsContext,
} from './actionContext';
import { COMPARE_GROUPS_TEXTS } from './compareGroupsTexts';
import {
  filterInputShape,
  filtersOfInput,
  routeQueryOf,
} from './organisationInput';

/** What `compare-groups` compares: an area id of the model, or `overall`. */
export const OVERALL = 'overall';

/** One set of services (a group or the organisation) in one area. */
interface Figures {
  medianLevelId: string | null;
  meanScore: number | null;
  /** Services with a level in the area (the distribution without `null`). */
  withLevel: number;
  services: number;
  distribution: LevelCount[];
}

function figuresOf(summary: OverviewSummary, areaId: string): Figures {
  if (areaId === OVERALL) {
    return {
      medianLevelId: summary.medianOverallLevelId,
      meanScore: null,
      withLevel: count(summary.overall),
      services: summary.services,
      distribution: summary.overall,
    };
  }
  const area = summary.areas.find(a => a.areaId === areaId);
  const distribution = area?.distribution ?? [];
  return {
    medianLevelId: area?.medianLevelId ?? null,
    meanScore: area?.meanScore ?? null,
    withLevel: count(distribution),
    services: summary.services,
    distribution,
  };
}

function count(distribution: LevelCount[]): number {
  return distribution
    .filter(d => d.levelId !== null)
    .reduce((n, d) => n + d.count, 0);
}

/**
 * The heatmap's column for one area in words: every group's median level,
 * mean score and services with a level, weakest first. Weakest is the
 * heatmap's rule: the lowest mean score in an area (the median level's rank
 * for `overall`, which has no score); a group without one comes last, and
 * ties keep the backend's order (by title). A group is below the
 * organisation when its mean (its median's rank for `overall`) is lower
 * than the organisation's, as the heatmap's marker says.
 */
export function compareGroups(
  model: MaturityModel,
  overview: OverviewResponse,
  areaId: string,
  lang: ModelLanguage,
) {
  const texts = modelIn(model, lang);
  const words = COMPARE_GROUPS_TEXTS[lang];
  const ladder = areaId === OVERALL ? 'overall' : 'area';
  const levels = areaId === OVERALL ? model.overallLevels : model.levels;
  const rank = (id: string | null) =>
    id === null ? null : levels.findIndex(l => l.id === id);
  const value = (f: Figures) =>
    areaId === OVERALL ? rank(f.medianLevelId) : f.meanScore;
  const areaTitle =
    areaId === OVERALL
      ? words.overall
      : texts.areas.find(a => a.id === areaId)?.title ?? areaId;

  const organisation = figuresOf(overview.organisation, areaId);
  const orgValue = value(organisation);
  const ranked = overview.groups
    .map((group, index) => ({
      group,
      index,
      figures: figuresOf(group, areaId),
    }))
    .sort((a, b) => {
      const va = value(a.figures);
      const vb = value(b.figures);
      if (va === null && vb === null) return a.index - b.index;
      if (va === null) return 1;
      if (vb === null) return -1;
      return va - vb || a.index - b.index;
    });
  const groups = ranked.map(({ group, figures }) => {
    const v = value(figures);
    const below = v !== null && orgValue !== null && v < orgValue;
    const median = levelTitle(texts, ladder, figures.medianLevelId);
    const title = group.ref === null ? '—' : group.title;
    return {
      ref: group.ref,
      title,
      services: figures.services,
      withLevel: figures.withLevel,
      medianLevelId: figures.medianLevelId,
      medianLevelTitle: median,
      meanScore: figures.meanScore,
      belowOrganisation: below,
      distribution: figures.distribution.map(d => ({
        levelId: d.levelId,
        title: levelTitle(texts, ladder, d.levelId),
        count: d.count,
      })),
      text: words.group({
        title,
        median,
        mean: figures.meanScore,
        organisationMean: organisation.meanScore,
        withLevel: figures.withLevel,
        services: figures.services,
        below,
      }),
    };
  });
  return {
    areaId,
    areaTitle,
    groupBy: overview.groupBy,
    covers: overview.organisation.covers,
    organisation: {
      services: organisation.services,
      withLevel: organisation.withLevel,
      medianLevelId: organisation.medianLevelId,
      medianLevelTitle: levelTitle(texts, ladder, organisation.medianLevelId),
      meanScore: organisation.meanScore,
    },
    groups,
    text: [words.heading(areaTitle, groups.length), ...groups.map(g => g.text)],
  };
}

function inputSchema(z: ActionZod, areaIds: string[]) {
  return z.object({
    area: z
      .enum([OVERALL, ...areaIds] as [string, ...string[]])
      .describe(
        `The area of the model to compare (${areaIds.join(
          ', ',
        )}), or overall for the overall level.`,
      ),
    groupBy: z
      .enum(OVERVIEW_GROUP_BYS)
      .optional()
      .describe('Group the services by owner (default), system or domain.'),
    groupType: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Only owners of this Group spec.type (team, department...); with groupBy owner only.',
      ),
    ...filterInputShape(z),
    includeProvisional: z
      .boolean()
      .optional()
      .describe(
        'true: the levels also count the provisional services (catalog-only levels); by default only the assessed ones.',
      ),
    lang: langSchema(z),
  });
}

function outputSchema(z: ActionZod) {
  const level = z.string().nullable();
  const figures = {
    services: z.number(),
    withLevel: z.number().describe('Services with a level in this area.'),
    medianLevelId: level,
    medianLevelTitle: level,
    meanScore: z
      .number()
      .nullable()
      .describe('Mean score 0-100; null without scores (always for overall).'),
  };
  return z.object({
    areaId: z.string(),
    areaTitle: z.string(),
    groupBy: z.enum(OVERVIEW_GROUP_BYS),
    covers: z.enum(['assessed', 'assessed+provisional']),
    organisation: z.object(figures),
    groups: z
      .array(
        z.object({
          ref: level,
          title: z.string(),
          ...figures,
          belowOrganisation: z.boolean(),
          distribution: z.array(
            z.object({ levelId: level, title: level, count: z.number() }),
          ),
          text: z.string(),
        }),
      )
      .describe('Weakest first.'),
    text: z.array(z.string()).describe('The comparison as sentences.'),
  });
}

/**
 * `compare-groups`: one column of the organisation heatmap in words, with
 * the caller's checks and catalog-read filtering of `GET /overview`.
 */
export function registerCompareGroupsAction(
  registry: ActionsRegistryService,
  { options }: MaturityActionsContext,
) {
  const areaIds = options.model.areas.map(a => a.id);
  const exampleArea = areaIds.includes('monitoring')
    ? 'monitoring'
    : areaIds[0] ?? OVERALL;
  const groupsQuery = overviewQuerySchema(options.model);
  registry.register({
    name: 'compare-groups',
    title: 'Compare groups in one MLOps maturity area',
    description: `Compares the groups of the organisation view (owners, systems or domains) in one area of the maturity model, or in the overall level: each group's median level, mean score (0-100), services with a level and level distribution, weakest first (lowest mean score; for overall, lowest median level), and whether it is below the organisation. Counts only the services the caller may see; by default only assessed services count towards the levels.
Use it for "which teams are weakest in Monitoring?" or "compare the domains' overall levels".
Example: {"area": "monitoring", "groupType": "team"} answers {"text": ["3 groups in Monitoring & Maintenance, weakest first.", "TEAM-B: median Basic, mean score 12.5 (organisation 40), 1 of 2 services with a level; below the organisation.", ...]}.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => inputSchema(z, areaIds),
      output: outputSchema,
    },
    examples: [
      {
        title: `Teams in ${exampleArea}, weakest first`,
        input: { area: exampleArea, groupType: 'team' },
      },
      {
        title: 'Domains by overall level',
        input: { area: OVERALL, groupBy: 'domain' },
      },
    ],
    action: async ({ input, credentials }) => {
      const reader = await authorizeOverviewReadOf(
        options,
        readerCredentials(credentials),
      );
      const query = parseInput(
        groupsQuery,
        routeQueryOf(filtersOfInput(input), {
          groupBy: input.groupBy,
          groupType: input.groupType,
        }),
        'input',
      );
      const overview = await readOverview(options, reader, query);
      return {
        output: compareGroups(
          options.model,
          overview,
          input.area,
          langOf(input.lang),
        ),
      };
    },
  });
}
