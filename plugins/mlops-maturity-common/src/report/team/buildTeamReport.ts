import type { LevelCount } from '../../api/overviewTypes';
import type { Effort, MaturityModel } from '../../model/types';
import { toolNameIn } from '../../model/localizeModel';
import { indexModel } from '../../scoring/modelIndex';
import type { ReportLevel } from '../reportTypes';
import { REPORT_TEXTS } from '../texts';
import { TEAM_REPORT_TEXTS } from './teamReportTexts';
import type {
  BuildTeamReportOptions,
  TeamReport,
  TeamReportAction,
  TeamReportInput,
  TeamReportInvestment,
  TeamReportLevelCount,
} from './teamReportTypes';

const EFFORT_RANK: Record<Effort, number> = { low: 0, medium: 1, high: 2 };
const DEFAULT_LIMIT = 10;

const share = (count: number, total: number) => (total ? count / total : 0);

/**
 * Builds a group's maturity report from the figures the backend aggregated:
 * the summary and per-area distributions with titles in `lang`, the gaps
 * that block the most assessed services ("where to invest"; ties go to the
 * lower level, then the model's order), and an action plan over those gaps
 * ordered lower level first, then most shared, then least effort.
 * Criteria the model does not have (an older model's ids) are left out.
 * @public
 */
export function buildTeamReport(
  model: MaturityModel,
  input: TeamReportInput,
  options: BuildTeamReportOptions,
): TeamReport {
  const { lang } = options;
  const texts = TEAM_REPORT_TEXTS[lang];
  const reportTexts = REPORT_TEXTS[lang];
  const index = indexModel(model);
  const titles = new Map<string, string>([
    ...model.levels.map(l => [l.id, l.title[lang]] as const),
    ...model.overallLevels.map(l => [l.id, l.title[lang]] as const),
  ]);
  const level = (id: string | null): ReportLevel => ({
    id,
    title: id === null ? texts.noLevel : titles.get(id) ?? id,
  });
  const counts = (dist: LevelCount[], total: number): TeamReportLevelCount[] =>
    dist.map(c => ({
      levelId: c.levelId,
      title: c.levelId === null ? texts.notAssessed : level(c.levelId).title,
      count: c.count,
      share: share(c.count, total),
    }));

  const { summary, group } = input;
  const areas = summary.areas.map(area => ({
    areaId: area.areaId,
    title:
      model.areas[index.areaIndex.get(area.areaId) ?? -1]?.title[lang] ??
      area.areaId,
    distribution: counts(area.distribution, summary.services),
    medianLevel: level(area.medianLevelId),
    meanScore: area.meanScore,
  }));

  const investments: Array<TeamReportInvestment & { order: number }> = [];
  for (const gap of input.gaps) {
    const criterion = index.criterionById.get(gap.criterionId);
    if (!criterion || gap.services <= 0) continue;
    investments.push({
      criterionId: criterion.id,
      areaId: criterion.areaId,
      areaTitle: model.areas[criterion.areaIndex].title[lang],
      levelId: criterion.levelId,
      levelTitle: level(criterion.levelId).title,
      question: criterion.def.question[lang],
      services: gap.services,
      share: share(gap.services, summary.assessed),
      order: index.criteria.indexOf(criterion),
    });
  }
  const rankOf = (item: { levelId: string }) =>
    index.levelRank.get(item.levelId) ?? 0;
  investments.sort(
    (a, b) =>
      b.services - a.services || rankOf(a) - rankOf(b) || a.order - b.order,
  );
  const top = investments.slice(0, options.limit ?? DEFAULT_LIMIT);
  const whereToInvest = top.map(({ order, ...item }) => item);

  const effortOf = (id: string) => index.criterionById.get(id)!.def.effort;
  const actionPlan: TeamReportAction[] = [...top]
    .sort(
      (a, b) =>
        rankOf(a) - rankOf(b) ||
        b.services - a.services ||
        EFFORT_RANK[effortOf(a.criterionId)] -
          EFFORT_RANK[effortOf(b.criterionId)] ||
        a.order - b.order,
    )
    .map(({ order, ...item }, i) => {
      const def = index.criterionById.get(item.criterionId)!.def;
      return {
        ...item,
        step: i + 1,
        recommendation: def.recommendation[lang],
        exampleTools: def.exampleTools.map(tool => toolNameIn(tool, lang)),
        effort: def.effort,
        effortTitle: reportTexts.effort[def.effort],
      };
    });

  const text: string[] = [];
  if (summary.services === 0) {
    text.push(texts.summary.noServices(group.title));
  } else {
    text.push(
      texts.summary.services(group.title, summary.services, summary.assessed),
    );
    if (summary.stale > 0) text.push(texts.summary.stale(summary.stale));
    if (summary.coverage.provisional > 0) {
      text.push(
        texts.summary.provisional(
          summary.coverage.provisional,
          summary.covers === 'assessed+provisional',
        ),
      );
    }
    text.push(
      summary.medianOverallLevelId
        ? texts.summary.median(level(summary.medianOverallLevelId).title)
        : texts.summary.noMedian,
    );
    const scored = areas.filter(a => a.meanScore !== null);
    if (scored.length > 1) {
      const weakest = scored.reduce((min, a) =>
        a.meanScore! < min.meanScore! ? a : min,
      );
      text.push(
        texts.summary.weakestArea(
          weakest.title,
          reportTexts.formatNumber(weakest.meanScore!),
        ),
      );
    }
    if (whereToInvest.length) {
      const first = whereToInvest[0];
      text.push(
        texts.summary.topGap(first.question, first.services, summary.assessed),
      );
    }
  }

  return {
    lang,
    generatedAt: options.generatedAt.toISOString(),
    model: { id: model.id, version: model.version, title: model.title[lang] },
    group,
    summary: {
      covers: summary.covers,
      services: summary.services,
      assessed: summary.assessed,
      stale: summary.stale,
      provisional: summary.coverage.provisional,
      assessedShare: summary.assessedShare,
      staleShare: summary.staleShare,
      overall: counts(summary.overall, summary.services),
      medianOverallLevel: level(summary.medianOverallLevelId),
      text,
    },
    areas,
    subgroups: input.subgroups
      .filter((g): g is typeof g & { ref: string } => g.ref !== null)
      .map(g => ({
        ref: g.ref,
        title: g.title,
        type: g.type,
        services: g.services,
        assessed: g.assessed,
        assessedShare: g.assessedShare,
        medianOverallLevel: level(g.medianOverallLevelId),
      })),
    whereToInvest,
    actionPlan,
  };
}
