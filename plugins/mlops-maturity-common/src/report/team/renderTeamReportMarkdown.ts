import { actionPlanTable } from '../actionPlanTable';
import { table } from '../markdown';
import { escapeMarkdownText as esc } from '../markdownText';
import { REPORT_TEXTS } from '../texts';
import { TEAM_REPORT_TEXTS } from './teamReportTexts';
import type { TeamReport, TeamReportLevelCount } from './teamReportTypes';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** `3 (25%)`: a count with its share. */
const countWithShare = (count: number, share: number) =>
  `${count} (${percent(share)})`;

function distributionCells(distribution: TeamReportLevelCount[]): string[] {
  return distribution.map(c => countWithShare(c.count, c.share));
}

/**
 * Renders a team report as Markdown: a summary with the group's figures, the
 * overall and per-area level distributions, the sub-groups, where to invest
 * and the action plan. Every text from the catalog or the model (group
 * titles and refs, types, model texts) is escaped, so it shows as written and
 * never becomes HTML, a link or other markup, nor breaks a table.
 * @public
 */
export function renderTeamReportMarkdown(report: TeamReport): string {
  const texts = TEAM_REPORT_TEXTS[report.lang];
  const formatNumber = REPORT_TEXTS[report.lang].formatNumber;
  const { labels, headings } = texts;
  const { summary, group } = report;

  const facts: (string | number)[][] = [
    [
      labels.group,
      group.title === group.ref ? group.ref : `${group.title} (${group.ref})`,
    ],
  ];
  if (group.type) facts.push([labels.type, group.type]);
  if (group.parentRef) facts.push([labels.parent, group.parentRef]);
  facts.push(
    [labels.model, `${report.model.title} ${report.model.version}`],
    [labels.services, summary.services],
    [labels.assessed, countWithShare(summary.assessed, summary.assessedShare)],
    [labels.stale, countWithShare(summary.stale, summary.staleShare)],
    [labels.medianOverallLevel, summary.medianOverallLevel.title],
    [labels.generatedAt, report.generatedAt.slice(0, 10)],
  );

  const levelHeaders = report.areas[0]?.distribution.map(c => c.title) ?? [];
  const out: string[] = [
    `# ${esc(texts.reportTitle)}: ${esc(group.title)}`,
    '',
    `## ${headings.summary}`,
    '',
    // The sentences quote the group and model texts, so each is escaped as a
    // whole; the fixed wording around them is plain prose and reads the same.
    summary.text.map(esc).join(' '),
    '',
    table(['', ''], facts),
    '',
    `## ${headings.overall}`,
    '',
    table(
      [labels.level, labels.services, labels.share],
      summary.overall.map(c => [c.title, c.count, percent(c.share)]),
    ),
    '',
    `## ${headings.areas}`,
    '',
    table(
      [labels.area, labels.medianLevel, labels.meanScore, ...levelHeaders],
      report.areas.map(area => [
        area.title,
        area.medianLevel.title,
        area.meanScore === null ? '-' : formatNumber(area.meanScore),
        ...distributionCells(area.distribution),
      ]),
    ),
  ];

  if (report.subgroups.length) {
    out.push(
      '',
      `## ${headings.subgroups}`,
      '',
      table(
        [
          labels.group,
          labels.type,
          labels.services,
          labels.assessed,
          labels.medianOverallLevel,
        ],
        report.subgroups.map(g => [
          g.title,
          g.type ?? '-',
          g.services,
          countWithShare(g.assessed, g.assessedShare),
          g.medianOverallLevel.title,
        ]),
      ),
    );
  }

  out.push('', `## ${headings.whereToInvest}`, '');
  out.push(
    report.whereToInvest.length
      ? table(
          [labels.area, labels.level, labels.criterion, labels.servicesBlocked],
          report.whereToInvest.map(g => [
            g.areaTitle,
            g.levelTitle,
            g.question,
            countWithShare(g.services, g.share),
          ]),
        )
      : texts.empty.whereToInvest,
  );

  out.push('', `## ${headings.actionPlan}`, '');
  out.push(
    report.actionPlan.length
      ? actionPlanTable(labels, report.actionPlan, [
          { header: labels.servicesBlocked, value: a => a.services },
        ])
      : texts.empty.actionPlan,
  );
  return `${out.join('\n')}\n`;
}
