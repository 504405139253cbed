import type { ReportTexts } from './ReportTexts';

/** The report's wording in English. */
export const en: ReportTexts = {
  reportTitle: 'MLOps maturity report',
  formatNumber: value => String(value),
  notAssessed: 'Not assessed',
  yes: 'yes',
  no: 'no',
  headings: {
    summary: 'Executive summary',
    areas: 'Areas',
    gapsAndOpportunities: 'Gaps and opportunities',
    gaps: 'Gaps',
    opportunities: 'Opportunities',
    actionPlan: 'Action plan',
  },
  labels: {
    entity: 'Entity',
    model: 'Model',
    generatedAt: 'Generated',
    overallLevel: 'Overall level',
    crosswalk: 'Comparable to',
    assessed: 'Assessed',
    status: 'Status',
    strongestArea: 'Strongest area',
    weakestArea: 'Weakest area',
    mlTestScore: 'ML Test Score',
    area: 'Area',
    level: 'Level',
    score: 'Score',
    progress: 'Progress to next level',
    target: 'Target',
    targetReached: 'Target reached',
    criterion: 'Criterion',
    provenance: 'Where the result comes from',
    answer: 'Answer',
    step: '#',
    action: 'Action',
    exampleTools: 'Example tools',
    effort: 'Effort',
    currentLevel: 'Where the area is now',
    nextLevel: 'The next level',
    characteristics: 'Characteristics',
    tools: 'Typical tools',
    benefits: 'Benefits',
    challenges: 'Challenges',
    stale: 'Stale: review the assessment',
    current: 'Up to date',
    topReached: 'top level reached',
  },
  provenance: {
    reviewed: 'Confirmed by a reviewer',
    disputed: 'Disputed by a reviewer, so it counts as not met',
    verified: 'Self-assessed and verified by catalog evidence',
    'self-attested': 'Self-assessed; nothing in the catalog confirms it',
    conflict:
      'Conflict: the team answered no, but the catalog shows the practice',
    detected: 'Detected from the catalog, without an answer',
    suggested: 'Not answered; the catalog shows a trace of it',
    answered: 'Self-assessed',
    unanswered: 'Not answered, so it counts as not met',
    'not-applicable': 'Not applicable, as the team stated',
  },
  answers: {
    yes: 'Yes',
    no: 'No',
    none: 'No (not done)',
    manual: 'Partly (manual)',
    automated: 'Yes (automated)',
    notApplicable: 'Not applicable',
    noAnswer: 'No answer',
  },
  answerLabels: {
    heading: 'Answers',
    answer: 'Answer',
    source: 'Where the result comes from',
    met: 'met',
    notMet: 'not met',
    reason: 'Why it does not apply',
    note: 'Note',
    links: 'Evidence links',
    catalogEvidence: 'Found in the catalog',
    mlTestScoreSection: 'ML Test Score section',
  },
  mlTestScoreExplanation:
    'The ML Test Score (Breck et al., 2017) is a second view on the same answers: each practice tagged with one of the paper’s four sections counts 0 when not done, 0.5 when done by hand and 1 when automated; each section’s points are scaled to the paper’s seven tests per section (0 to 7), and the lowest section is the score.',
  effort: { low: 'Low', medium: 'Medium', high: 'High' },
  bands: {
    'research-project': 'More a research project than a productionised system',
    'serious-holes':
      'Not totally untested, but with serious holes in reliability',
    'first-pass': 'A first pass at productionisation; more investment needed',
    'reasonably-tested': 'Reasonably tested; more automation would help',
    strong: 'Strong testing and monitoring, fit for mission-critical use',
    exceptional: 'Exceptional testing and monitoring',
  },
  mlSections: {
    data: 'Data and features',
    model: 'Model development',
    infrastructure: 'ML infrastructure',
    monitoring: 'Monitoring',
  },
  summary: {
    overall: (entity, level, description) =>
      `${entity} is at the overall level ${level}: ${description}`,
    overallProvisional: (entity, level, description) =>
      `From catalog evidence alone, ${entity} would be at the overall level ${level}: ${description} This is provisional until the team submits an assessment.`,
    nothingAssessed: entity =>
      `${entity} has not been assessed yet: no area has an answer or catalog evidence that counts.`,
    coverage: (assessed, total) =>
      `${assessed} of ${total} areas ${
        assessed === 1 ? 'is' : 'are'
      } assessed.`,
    strongest: (area, level, score) =>
      `The strongest area is ${area} (${level}, score ${score}).`,
    weakest: (area, level, score) =>
      `The weakest area is ${area} (${level}, score ${score}).`,
    even: (count, level, score) =>
      `The ${count} assessed areas are even (${level}, score ${score}), so none stands out as strongest or weakest.`,
    assessed: (by, date) => `Last submitted by ${by} on ${date}.`,
    notSubmitted:
      'No assessment has been submitted: the figures come from catalog evidence only, and answers saved in a draft do not count until they are submitted.',
    stale: date =>
      `The assessment went stale on ${date}; the team should review and resubmit it.`,
    plan: steps =>
      steps === 0
        ? 'Every area has reached its target level.'
        : `The action plan lists ${steps} step${
            steps === 1 ? '' : 's'
          } to reach the target levels.`,
    conflicts: count =>
      `${count} answer${count === 1 ? '' : 's'} disagree${
        count === 1 ? 's' : ''
      } with what the catalog shows and should be checked.`,
  },
  opportunity: {
    quickWin: 'Low effort and on the way to the target level.',
    conflict: found =>
      `Answered no, yet the catalog shows ${found}. Check whether the answer is out of date.`,
    suggestion: found =>
      `Not answered, but the catalog shows ${found}. Confirm the answer in the questionnaire.`,
    unverified:
      'Answered yes with nothing in the catalog to back it. Link the tool to the entity so the answer can be verified.',
  },
  empty: {
    gaps: 'No gaps: every criterion above the current levels is met.',
    opportunities: 'Nothing to add.',
    actionPlan: 'Nothing to do: every area is at or above its target.',
  },
};
