import { bullets } from './markdown';
import { escapeMarkdownText as esc } from './markdownText';
import { REPORT_TEXTS } from './texts';
import type {
  MaturityReport,
  ReportArea,
  ReportLevelDescription,
} from './reportTypes';

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
  return parts;
}
