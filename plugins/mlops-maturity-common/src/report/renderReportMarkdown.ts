import { table } from './markdown';
import { escapeMarkdownText as esc } from './markdownText';
import { percentOf, renderAreaMarkdown } from './renderAreaMarkdown';
import { REPORT_TEXTS } from './texts';
import type { MaturityReport } from './reportTypes';
import { actionPlanTable } from './actionPlanTable';
import { renderAssessmentMethodMarkdown } from './renderAssessmentMethodMarkdown';

/**
 * Renders a report as Markdown: headings for the summary, the areas, gaps and
 * opportunities and the action plan. Every text from the catalog, the users or
 * the model is escaped, so a title or an evidence label shows as written and
 * never becomes HTML, a link or other markup.
 * @public
 */
export function renderReportMarkdown(report: MaturityReport): string {
  const texts = REPORT_TEXTS[report.lang];
  const { labels, headings } = texts;
  const { summary } = report;
  const overview: (string | number)[][] = [
    [
      labels.entity,
      report.entityTitle === report.entityRef
        ? report.entityRef
        : `${report.entityTitle} (${report.entityRef})`,
    ],
    [labels.model, `${report.model.title} ${report.model.version}`],
    [labels.overallLevel, summary.overallLevel.title],
  ];
  const crosswalk = summary.overallLevel.crosswalk;
  if (crosswalk) {
    const parts = [
      crosswalk.google && `Google: ${crosswalk.google}`,
      crosswalk.microsoft && `Microsoft: ${crosswalk.microsoft}`,
      crosswalk.mlopsCommunity &&
        `MLOps Community: ${crosswalk.mlopsCommunity}`,
    ].filter(Boolean);
    overview.push([labels.crosswalk, parts.join('; ')]);
  }
  overview.push([
    labels.assessed,
    summary.assessed
      ? `${summary.assessed.by}, ${summary.assessed.at.slice(0, 10)}`
      : '-',
  ]);
  overview.push([labels.status, summary.stale ? labels.stale : labels.current]);
  if (summary.strongestArea)
    overview.push([labels.strongestArea, summary.strongestArea.title]);
  if (summary.weakestArea)
    overview.push([labels.weakestArea, summary.weakestArea.title]);
  if (summary.mlTestScore) {
    overview.push([
      labels.mlTestScore,
      `${texts.formatNumber(summary.mlTestScore.score)} (${
        summary.mlTestScore.bandTitle
      })`,
    ]);
  }
  overview.push([labels.generatedAt, report.generatedAt.slice(0, 10)]);

  const out: string[] = [
    `# ${esc(texts.reportTitle)}: ${esc(report.entityTitle)}`,
    '',
    `## ${headings.summary}`,
    '',
    // The sentences quote titles and names, so each is escaped as a whole;
    // the fixed wording around them is plain prose and reads the same.
    summary.text.map(esc).join(' '),
    '',
    table(['', ''], overview),
    ...(summary.mlTestScore ? ['', esc(summary.mlTestScore.explanation)] : []),
    '',
    ...renderAssessmentMethodMarkdown(report),
    '',
    `## ${headings.areas}`,
    '',
    table(
      [labels.area, labels.level, labels.score, labels.progress, labels.target],
      report.areas.map(area => [
        area.title,
        area.level.title,
        area.score === null ? '-' : texts.formatNumber(area.score),
        percentOf(area, labels.topReached),
        `${area.target.title}${area.target.reached ? ' ✓' : ''}`,
      ]),
    ),
  ];
  for (const area of report.areas)
    out.push('', ...renderAreaMarkdown(report, area));

  out.push(
    '',
    `## ${headings.gapsAndOpportunities}`,
    '',
    `### ${headings.gaps}`,
    '',
  );
  out.push(
    report.gaps.length
      ? table(
          [
            labels.area,
            labels.level,
            labels.criterion,
            labels.answer,
            labels.provenance,
          ],
          report.gaps.map(g => [
            g.areaTitle,
            g.levelTitle,
            g.question,
            g.answer ?? texts.answers.noAnswer,
            g.provenanceTitle,
          ]),
        )
      : texts.empty.gaps,
  );
  out.push('', `### ${headings.opportunities}`, '');
  out.push(
    report.opportunities.length
      ? report.opportunities
          .map(
            o => `- **${esc(o.areaTitle)}**: ${esc(o.question)} ${esc(o.text)}`,
          )
          .join('\n')
      : texts.empty.opportunities,
  );
  out.push('', `## ${headings.actionPlan}`, '');
  out.push(
    report.actionPlan.length
      ? actionPlanTable(labels, report.actionPlan)
      : texts.empty.actionPlan,
  );
  return `${out.join('\n')}\n`;
}
