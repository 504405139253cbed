import { table } from './markdown';
import { escapeMarkdownText as esc } from './markdownText';
import type { ReportCriterionReview } from './assessmentMethod';
import type { MaturityReport } from './reportTypes';
import { ASSESSMENT_METHOD_TEXTS } from './texts/assessmentMethodTexts';

/** The "Assessment method" section of the Markdown report. */
export function renderAssessmentMethodMarkdown(
  report: MaturityReport,
): string[] {
  const section = report.assessmentMethod;
  const texts = ASSESSMENT_METHOD_TEXTS[report.lang];
  const out = [
    `## ${esc(section.heading)}`,
    '',
    ...section.text.map(line => `- ${esc(line)}`),
  ];
  const review = section.review;
  if (review?.note) {
    out.push('', `**${esc(texts.overallNote)}:** ${esc(review.note)}`);
  }
  if (review?.disputed.length) {
    out.push(
      '',
      `### ${esc(texts.disputedHeading)}`,
      '',
      table(
        [texts.criterion, texts.note],
        review.disputed.map(d => [d.question, d.note ?? '-']),
      ),
    );
  }
  return out;
}

/** A criterion's verdict as one detail line of the area's answers. */
export function reviewDetailMarkdown(
  lang: MaturityReport['lang'],
  review: ReportCriterionReview,
): string {
  const texts = ASSESSMENT_METHOD_TEXTS[lang];
  const note = review.note ? `: ${esc(review.note)}` : '';
  return `${texts.verdictLabel}: ${esc(review.verdictTitle)} (${esc(
    review.methodTitle,
  )})${note}`;
}
