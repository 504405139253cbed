import type {
  AreaDefinition,
  CriterionDefinition,
  LocalizedText,
  MaturityModel,
  ModelLanguage,
} from '../model/types';
import type { Scorecard } from '../scoring/scorecardTypes';
import { toolNameIn } from '../model/localizeModel';
import { REPORT_TEXTS, type ReportTexts } from './texts';
import type { ReportLevelDescription } from './reportTypes';

/** What the parts of a report builder share: the model, the scorecard, the language. */
export interface ReportContext {
  model: MaturityModel;
  scorecard: Scorecard;
  lang: ModelLanguage;
  texts: ReportTexts;
  t: (text: LocalizedText) => string;
  area: (areaId: string) => AreaDefinition;
  criterion: (criterionId: string) => CriterionDefinition;
  levelTitle: (levelId: string | null) => string;
  levelRank: (levelId: string) => number;
}

/** Builds the shared context once per report: lookups by id and the language's texts. */
export function createReportContext(
  model: MaturityModel,
  scorecard: Scorecard,
  lang: ModelLanguage,
): ReportContext {
  const t = (text: LocalizedText) => text[lang];
  const areas = new Map(model.areas.map(a => [a.id, a]));
  const criteria = new Map(
    model.areas.flatMap(a => a.criteria.map(c => [c.id, c] as const)),
  );
  const levels = new Map(model.levels.map((l, rank) => [l.id, { l, rank }]));
  const texts = REPORT_TEXTS[lang];
  return {
    model,
    scorecard,
    lang,
    texts,
    t,
    area: id => areas.get(id)!,
    criterion: id => criteria.get(id)!,
    levelTitle: id => {
      const level = id === null ? undefined : levels.get(id);
      return level ? t(level.l.title) : texts.notAssessed;
    },
    levelRank: id => levels.get(id)?.rank ?? -1,
  };
}

/** An area at one level, in the report's language. */
export function describeAreaLevel(
  ctx: ReportContext,
  area: AreaDefinition,
  levelId: string,
): ReportLevelDescription | null {
  const description = area.levels[levelId];
  if (!description) return null;
  return {
    levelId,
    title: ctx.levelTitle(levelId),
    summary: ctx.t(description.summary),
    characteristics: description.characteristics.map(ctx.t),
    tools: description.tools.map(tool => toolNameIn(tool, ctx.lang)),
    challenges: description.challenges.map(ctx.t),
    benefits: description.benefits.map(ctx.t),
  };
}

/** A calendar date (YYYY-MM-DD) from an ISO timestamp, the same in every locale. */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}
