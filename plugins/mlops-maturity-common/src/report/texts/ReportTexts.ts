import type { Effort, MlTestScoreSection } from '../../model/types';
import type { MlTestScoreBand, Provenance } from '../../scoring/scorecardTypes';

/** The fixed wording of a report in one language; model texts come from the model. */
export interface ReportTexts {
  reportTitle: string;
  /** Writes a score or credit the way the language writes decimals. */
  formatNumber: (value: number) => string;
  notAssessed: string;
  yes: string;
  no: string;
  headings: {
    summary: string;
    areas: string;
    gapsAndOpportunities: string;
    gaps: string;
    opportunities: string;
    actionPlan: string;
  };
  labels: {
    entity: string;
    model: string;
    generatedAt: string;
    overallLevel: string;
    crosswalk: string;
    assessed: string;
    status: string;
    strongestArea: string;
    weakestArea: string;
    mlTestScore: string;
    area: string;
    level: string;
    score: string;
    progress: string;
    target: string;
    targetReached: string;
    criterion: string;
    provenance: string;
    answer: string;
    step: string;
    action: string;
    exampleTools: string;
    effort: string;
    currentLevel: string;
    nextLevel: string;
    characteristics: string;
    tools: string;
    benefits: string;
    challenges: string;
    stale: string;
    current: string;
    topReached: string;
  };
  /** Where a criterion's result comes from, in plain words (never a status name). */
  provenance: Record<Provenance, string>;
  /** The words for answers whose values the answer type fixes. */
  answers: {
    yes: string;
    no: string;
    none: string;
    manual: string;
    automated: string;
    notApplicable: string;
    noAnswer: string;
  };
  /** Labels of the per-criterion answers in the Markdown report. */
  answerLabels: {
    heading: string;
    answer: string;
    source: string;
    met: string;
    notMet: string;
    reason: string;
    note: string;
    links: string;
    catalogEvidence: string;
    mlTestScoreSection: string;
  };
  /** One sentence explaining the ML Test Score lens. */
  mlTestScoreExplanation: string;
  effort: Record<Effort, string>;
  bands: Record<MlTestScoreBand, string>;
  mlSections: Record<MlTestScoreSection, string>;
  summary: {
    overall: (entity: string, level: string, description: string) => string;
    /** The overall level when nothing has been submitted: from the catalog only. */
    overallProvisional: (
      entity: string,
      level: string,
      description: string,
    ) => string;
    nothingAssessed: (entity: string) => string;
    coverage: (assessed: number, total: number) => string;
    strongest: (area: string, level: string, score: number) => string;
    weakest: (area: string, level: string, score: number) => string;
    /** Every assessed area has the same level and score: none is named strongest or weakest. */
    even: (count: number, level: string, score: number) => string;
    assessed: (by: string, date: string) => string;
    notSubmitted: string;
    stale: (date: string) => string;
    plan: (steps: number) => string;
    conflicts: (count: number) => string;
  };
  opportunity: {
    quickWin: string;
    conflict: (found: string) => string;
    suggestion: (found: string) => string;
    unverified: string;
  };
  empty: { gaps: string; opportunities: string; actionPlan: string };
}
