import { reviewDetailMarkdown } from './renderAssessmentMethodMarkdown';
import { bullets } from './markdown';
import { escapeMarkdownText as esc, markdownLink } from './markdownText';
import { REPORT_TEXTS } from './texts';
import type {
  MaturityReport,
  ReportArea,
  ReportCriterion,
  ReportLevelDescription,
} from './reportTypes';
import type { ReportTexts } from './texts/ReportTexts';

/** Progress to the next level as `Advanced: 2/5 (40%)`, or a note at the top. */
export function percentOf(area: ReportArea, topReached: string): string {
  const { progress } = area;
  if (progress.levelTitle === null) return topReached;
  return `${progress.levelTitle}: ${progress.met}/${progress.total} (${progress.percent}%)`;
}

function levelSection(
  heading: string,
  description: ReportLevelDescription,
  labels: {
    characteristics: string;
    tools: string;
    benefits: string;
    challenges: string;
  },
): string[] {
  const parts = [
    `#### ${esc(heading)}: ${esc(description.title)}`,
    '',
    esc(description.summary),
  ];
  const lists: [string, string[]][] = [
    [labels.characteristics, description.characteristics],
    [labels.tools, description.tools],
    [labels.benefits, description.benefits],
    [labels.challenges, description.challenges],
  ];
  for (const [label, items] of lists) {
    if (items.length) parts.push('', `**${label}:**`, '', bullets(items));
  }
  return parts;
}

/** "met" or "not met"; nothing for a criterion that does not apply. */
function metWords(c: ReportCriterion, texts: ReportTexts): string | null {
  if (c.source === 'not-applicable') return null;
  return c.met ? texts.answerLabels.met : texts.answerLabels.notMet;
}

/**
 * One criterion as a list item: the question, the answer in plain words,
 * whether it is met and where the result comes from, then the reason, the
 * note, the team's links and what the catalog found as nested items. Every
 * text is escaped; links are links only when they are http(s).
 */
function criterionItem(
  c: ReportCriterion,
  texts: ReportTexts,
  lang: MaturityReport['lang'],
): string[] {
  const words = texts.answerLabels;
  const head = [
    `**${esc(c.question)}**`,
    `${words.answer}: ${esc(c.answer ?? texts.answers.noAnswer)}`,
    metWords(c, texts),
    `${words.source}: ${esc(c.sourceTitle)}`,
  ].filter(Boolean);
  const details: string[] = [];
  if (c.notApplicableReason)
    details.push(`${words.reason}: ${esc(c.notApplicableReason)}`);
  if (c.note) details.push(`${words.note}: ${esc(c.note)}`);
  if (c.links.length)
    details.push(
      `${words.links}: ${c.links
        .map(url => markdownLink(url, url))
        .join(', ')}`,
    );
  if (c.catalogEvidence.length)
    details.push(
      `${words.catalogEvidence}: ${c.catalogEvidence
        .map(item =>
          item.url ? markdownLink(item.label, item.url) : esc(item.label),
        )
        .join(', ')}`,
    );
  if (c.review) details.push(reviewDetailMarkdown(lang, c.review));
  if (c.mlTestScoreSection)
    details.push(
      `${words.mlTestScoreSection}: ${esc(c.mlTestScoreSection.title)}`,
    );
  return [`- ${head.join(' · ')}`, ...details.map(d => `  - ${d}`)];
}

/** The Markdown section of one area: facts, then the current and the next level. */
export function renderAreaMarkdown(
  report: MaturityReport,
  area: ReportArea,
): string[] {
  const texts = REPORT_TEXTS[report.lang];
  const { labels } = texts;
  const facts = [
    `**${labels.level}:** ${esc(area.level.title)}`,
    `**${labels.score}:** ${
      area.score === null ? '-' : texts.formatNumber(area.score)
    }`,
    `**${labels.progress}:** ${esc(percentOf(area, labels.topReached))}`,
    `**${labels.target}:** ${esc(area.target.title)}${
      area.target.reached ? ` (${labels.targetReached})` : ''
    }`,
  ];
  const parts = [
    `### ${esc(area.title)}`,
    '',
    esc(area.description),
    '',
    facts.join(' · '),
  ];
  if (area.current)
    parts.push('', ...levelSection(labels.currentLevel, area.current, labels));
  if (area.next)
    parts.push('', ...levelSection(labels.nextLevel, area.next, labels));
  if (area.answers.length) {
    parts.push(
      '',
      `#### ${esc(texts.answerLabels.heading)}`,
      '',
      ...area.answers.flatMap(c => criterionItem(c, texts, report.lang)),
    );
  }
  return parts;
}
