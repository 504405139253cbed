import type {
  ReportAssessmentMethod,
  ReportCriterionReview,
} from './assessmentMethod';
import type { Crosswalk, Effort, ModelLanguage } from '../model/types';
import type {
  MlTestScoreBand,
  Provenance,
  ProvenanceCounts,
} from '../scoring/scorecardTypes';

/** A level of the ladder as the report shows it. @public */
export interface ReportLevel {
  /** Null when the area is not assessed. */
  id: string | null;
  title: string;
}

/** An area's description at one level, in the report's language. @public */
export interface ReportLevelDescription {
  levelId: string;
  title: string;
  summary: string;
  characteristics: string[];
  tools: string[];
  challenges: string[];
  benefits: string[];
}

/** A short reference to an area, for the strongest / weakest area. @public */
export interface ReportAreaRef {
  areaId: string;
  title: string;
  levelTitle: string;
  score: number;
}

/** The executive summary. @public */
export interface ReportSummary {
  overallLevel: ReportLevel & { description: string; crosswalk?: Crosswalk };
  /** The submission the scorecard rests on; null when nothing was submitted. */
  assessed: { by: string; at: string } | null;
  stale: boolean;
  staleAt: string | null;
  areasAssessed: number;
  areasTotal: number;
  /** Highest score among assessed areas; null when none is assessed. */
  strongestArea: ReportAreaRef | null;
  /** Lowest score among assessed areas; null unless at least two are assessed. */
  weakestArea: ReportAreaRef | null;
  counts: ProvenanceCounts;
  mlTestScore?: {
    score: number;
    band: MlTestScoreBand;
    bandTitle: string;
    /** One sentence saying what the ML Test Score is and how it is counted. */
    explanation: string;
    sections: { section: string; title: string; sum: number }[];
  };
  /** The summary as sentences, ready to print. */
  text: string[];
}

/**
 * One criterion of the report with what the team answered and where its
 * result comes from, in plain words for people reading the report.
 * @public
 */
export interface ReportCriterion {
  criterionId: string;
  levelId: string;
  levelTitle: string;
  question: string;
  /**
   * The answer in plain words ("Yes", "Partly (manual)", the chosen
   * option's label, "Not applicable"); null when the criterion has no
   * answer.
   */
  answer: string | null;
  /** Why the team marked it not applicable; null otherwise. */
  notApplicableReason: string | null;
  /** The note kept with the answer; null when there is none. */
  note: string | null;
  /** The links the team gave as evidence, as given (renderers link only http(s) ones). */
  links: string[];
  /** What the catalog or a collector found for it. */
  catalogEvidence: { label: string; url?: string }[];
  /** Whether the criterion counts as met; false for a not applicable one too. */
  met: boolean;
  /** Where the result comes from, as scoring decided it. */
  source: Provenance;
  /** {@link ReportCriterion.source} in plain words ("Self-assessed, confirmed by catalog evidence"). */
  sourceTitle: string;
  /** The ML Test Score section the criterion counts towards, when the model tags it. */
  mlTestScoreSection?: { section: string; title: string };
  /** The reviewer's verdict, when the applied review gave one. */
  review?: ReportCriterionReview;
}

/** One area of the report. @public */
export interface ReportArea {
  areaId: string;
  title: string;
  description: string;
  level: ReportLevel;
  score: number | null;
  progress: {
    levelId: string | null;
    levelTitle: string | null;
    met: number;
    total: number;
    /** 0-100, rounded. */
    percent: number;
  };
  target: { levelId: string; title: string; reached: boolean };
  /** The area at its current level; null when not assessed. */
  current: ReportLevelDescription | null;
  /** The area at the next level up; null at the top. */
  next: ReportLevelDescription | null;
  criteria: {
    applicable: number;
    met: number;
    notApplicable: number;
    conflicts: number;
    selfAttested: number;
  };
  /** Every criterion of the area in model order, with its answer and source. */
  answers: ReportCriterion[];
}

/** An unmet criterion above an area's current level. @public */
export interface ReportGap {
  criterionId: string;
  areaId: string;
  areaTitle: string;
  levelId: string;
  levelTitle: string;
  question: string;
  /** The answer in plain words, as in {@link ReportCriterion.answer}. */
  answer: string | null;
  credit: number;
  provenance: Provenance;
  /** Where the result comes from, in plain words. */
  provenanceTitle: string;
}

/** Something worth doing or checking that is not a level gap in itself. @public */
export interface ReportOpportunity {
  /**
   * `quick-win`: a low-effort roadmap item; `conflict`: answered no but the
   * catalog shows a trace; `suggestion`: evidence found for an unanswered
   * criterion; `unverified`: answered yes without a trace in the catalog.
   */
  kind: 'quick-win' | 'conflict' | 'suggestion' | 'unverified';
  criterionId: string;
  areaId: string;
  areaTitle: string;
  question: string;
  text: string;
}

/** One step of the action plan (a roadmap item with its recommendation). @public */
export interface ReportAction {
  step: number;
  criterionId: string;
  areaId: string;
  areaTitle: string;
  levelId: string;
  levelTitle: string;
  question: string;
  recommendation: string;
  exampleTools: string[];
  effort: Effort;
  effortTitle: string;
}

/**
 * The assessment report of one entity (the founding document's report:
 * executive summary, per-area detail, gaps and opportunities, action plan),
 * with every text in one language.
 * @public
 */
export interface MaturityReport {
  lang: ModelLanguage;
  entityRef: string;
  entityTitle: string;
  /** ISO 8601. */
  generatedAt: string;
  model: { id: string; version: string; title: string };
  summary: ReportSummary;
  /** How the levels were established: questionnaire, catalog evidence, review. */
  assessmentMethod: ReportAssessmentMethod;
  areas: ReportArea[];
  gaps: ReportGap[];
  opportunities: ReportOpportunity[];
  actionPlan: ReportAction[];
}
