import { table } from './markdown';

/** What an action plan row shows, in the entity report and the team report alike. */
export interface ActionPlanRow {
  step: number;
  areaTitle: string;
  levelTitle: string;
  question: string;
  recommendation: string;
  exampleTools: string[];
  effortTitle: string;
}

/** Column headings of an action plan, in the report's language. */
export interface ActionPlanLabels {
  step: string;
  area: string;
  level: string;
  action: string;
  exampleTools: string;
  effort: string;
}

/**
 * The action plan as a Markdown table; a report can append columns of its
 * own (the team report adds how many services each action unblocks).
 */
export function actionPlanTable<T extends ActionPlanRow>(
  labels: ActionPlanLabels,
  actions: T[],
  extra: { header: string; value: (action: T) => string | number }[] = [],
): string {
  return table(
    [
      labels.step,
      labels.area,
      labels.level,
      labels.action,
      labels.exampleTools,
      labels.effort,
      ...extra.map(e => e.header),
    ],
    actions.map(a => [
      a.step,
      a.areaTitle,
      a.levelTitle,
      `${a.question}\n${a.recommendation}`,
      a.exampleTools.join(', '),
      a.effortTitle,
      ...extra.map(e => e.value(a)),
    ]),
  );
}
