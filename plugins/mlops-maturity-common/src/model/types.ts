import type { ANSWER_TYPES } from '../answers/answerDefinitions';

/**
 * The shape of a maturity model. A model is plain data: the default model and
 * an organisation's own model file both have this shape, and the scoring
 * engine reads nothing else.
 */

/** The languages every model text is written in. @public */
export const MODEL_LANGUAGES = ['en', 'pt-BR'] as const;

/** A language the model carries its texts in. @public */
export type ModelLanguage = (typeof MODEL_LANGUAGES)[number];

/** A text in every model language. @public */
export type LocalizedText = Record<ModelLanguage, string>;

/**
 * The name of a tool: a product name, the same in every language
 * (`MLflow`), or a generic name written in every language like any other
 * text (`{ en: Spreadsheets, pt-BR: Planilhas }`). A custom model may keep
 * plain strings throughout.
 * @public
 */
export type ToolName = string | LocalizedText;

/**
 * How a criterion is answered.
 * - `yes-no`: yes = credit 1, no = credit 0.
 * - `practice-scale`: none = 0, manual and documented = 0.5, automated and repeated = 1.
 * - `multiple-choice`: each option carries its own credit.
 *
 * The choices and credits are data, in `ANSWER_TYPE_DEFINITIONS`.
 * @public
 */
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** Rough size of the work a recommendation asks for; orders the roadmap. @public */
export type Effort = 'low' | 'medium' | 'high';

/** The four sections of the ML Test Score (Breck et al., 2017). @public */
export type MlTestScoreSection =
  | 'data'
  | 'model'
  | 'infrastructure'
  | 'monitoring';

/** One rung of the per-area level ladder (for example Basic, Intermediate, Advanced). @public */
export interface LevelDefinition {
  /** Stable id, referenced by criteria, targets and overall rules. */
  id: string;
  title: LocalizedText;
  description: LocalizedText;
}

/** What an area looks like at one level: the founding document's description. @public */
export interface AreaLevelDescription {
  /** One-sentence summary of the area at this level. */
  summary: LocalizedText;
  characteristics: LocalizedText[];
  /** Typical tools at this level: product names, or generic names in every language. */
  tools: ToolName[];
  /** Problems teams at this level face (usually on the floor level). */
  challenges: LocalizedText[];
  /** What reaching this level brings. */
  benefits: LocalizedText[];
}

/** An assessed area such as "Monitoring & Maintenance". @public */
export interface AreaDefinition {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Description per level id; every level of the ladder is described. */
  levels: Record<string, AreaLevelDescription>;
  /** The area's criteria, in questionnaire order. */
  criteria: CriterionDefinition[];
}

/** A choice of a multiple-choice criterion. @public */
export interface AnswerOption {
  id: string;
  label: LocalizedText;
  /** Credit in [0, 1]; only credit 1 meets the criterion. */
  credit: number;
}

/** Fields shared by every evidence rule. @public */
export interface EvidenceRuleBase {
  /**
   * When true, the catalog fully knows this fact, so a match counts for an
   * unanswered criterion ("detected"). Otherwise a match is only a suggestion.
   */
  sufficient?: boolean;
}

/** The entity carries an annotation, optionally with a value matching a regular expression. @public */
export interface AnnotationRule extends EvidenceRuleBase {
  type: 'annotation';
  key: string;
  pattern?: string;
}

/** The entity carries a tag. @public */
export interface TagRule extends EvidenceRuleBase {
  type: 'tag';
  tag: string;
}

/** The entity has a link of a type and/or whose URL matches a regular expression. @public */
export interface LinkRule extends EvidenceRuleBase {
  type: 'link';
  linkType?: string;
  urlPattern?: string;
}

/**
 * A field of the entity (dot path such as `spec.lifecycle` or
 * `metadata.description`) is present and non-empty, or equals one of `oneOf`.
 * @public
 */
export interface FieldRule extends EvidenceRuleBase {
  type: 'field';
  path: string;
  oneOf?: string[];
}

/** The entity's owner is a Group (not a User). @public */
export interface OwnerIsGroupRule extends EvidenceRuleBase {
  type: 'ownerIsGroup';
}

/**
 * The entity has a relation (for example `dependsOn`) to an entity of a kind,
 * optionally of a `spec.type`. Evaluating the type needs the related entity,
 * which the caller fetches and hands over.
 * @public
 */
export interface RelationRule extends EvidenceRuleBase {
  type: 'relation';
  relation: string;
  targetKind: string;
  targetType?: string;
}

/**
 * Evidence produced by a backend evidence collector (see the `-node`
 * package), identified by the collector's id.
 * @public
 */
export interface CollectorRule extends EvidenceRuleBase {
  type: 'collector';
  collectorId: string;
}

/** One way the catalog can show that a criterion's practice has a trace. @public */
export type EvidenceRule =
  | AnnotationRule
  | TagRule
  | LinkRule
  | FieldRule
  | OwnerIsGroupRule
  | RelationRule
  | CollectorRule;

/** How a criterion combines its evidence rules. @public */
export interface CriterionEvidenceSpec {
  /** `any` (default): one matching rule is evidence; `all`: every rule must match. */
  match?: 'any' | 'all';
  rules: EvidenceRule[];
}

/** A question of the assessment; met at credit 1. @public */
export interface CriterionDefinition {
  id: string;
  /** The level this criterion gates; never the floor level. */
  levelId: string;
  answerType: AnswerType;
  question: LocalizedText;
  help?: LocalizedText;
  recommendation: LocalizedText;
  exampleTools: ToolName[];
  effort: Effort;
  /** Required for `multiple-choice`, absent otherwise. */
  options?: AnswerOption[];
  evidence?: CriterionEvidenceSpec;
  mlTestScoreSection?: MlTestScoreSection;
}

/** A condition of an overall level: the given areas are at least at a level. @public */
export interface OverallRequirement {
  /** Area ids, or `all` for every area of the model. */
  areas: string[] | 'all';
  atLeast: string;
}

/** Where an overall level sits in other published maturity models. @public */
export interface Crosswalk {
  /** Google Cloud's "MLOps: Continuous delivery and automation pipelines in ML" (levels 0-2). */
  google?: string;
  /** Microsoft's "Machine Learning operations maturity model" (levels 0-4). */
  microsoft?: string;
  /**
   * The MLOps maturity assessment published by the MLOps Community (60 yes/no
   * statements in seven sections); only where the level matches its reading.
   */
  mlopsCommunity?: string;
}

/**
 * An overall maturity level. The overall level is the highest level whose
 * requirements, and those of every level below it, all hold. The first
 * level has no requirements.
 * @public
 */
export interface OverallLevelDefinition {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  requirements: OverallRequirement[];
  crosswalk?: Crosswalk;
}

/** A complete maturity model. @public */
export interface MaturityModel {
  id: string;
  version: string;
  title: LocalizedText;
  description: LocalizedText;
  /** The per-area level ladder, lowest first; the first level is the floor. */
  levels: LevelDefinition[];
  /** Areas in display and roadmap order, each with its criteria. */
  areas: AreaDefinition[];
  /** Overall levels, lowest first. */
  overallLevels: OverallLevelDefinition[];
}

/**
 * A model type with every {@link LocalizedText} replaced by a plain string:
 * what `GET /model?lang=` returns.
 * @public
 */
export type Localized<T> = T extends LocalizedText
  ? string
  : T extends (infer U)[]
  ? Localized<U>[]
  : T extends object
  ? { [K in keyof T]: Localized<T[K]> }
  : T;
