import type { Entity } from '@backstage/catalog-model';

/**
 * What the evidence rules are evaluated against: the entity and the related
 * entities the caller fetched (see `relatedEntityRefsFor`). A related entity
 * that is missing from `related` is treated as not matching.
 * @public
 */
export interface EvidenceContext {
  /** The entity being scored; when `catalogUnavailable` is set it is not read (a stub will do). */
  entity: Entity;
  related: Entity[];
  /**
   * Set when the catalog could not be read: every catalog rule is then
   * `unavailable` (absence proves nothing), and only collectors count.
   */
  catalogUnavailable?: boolean;
  /**
   * Set when the entity was read but its related entities could not be:
   * relation rules that need a related entity's `spec.type` are then
   * `unavailable` instead of `not-found`.
   */
  relatedUnavailable?: boolean;
  /** Results of backend evidence collectors, keyed by collector id. */
  collected?: Record<string, CollectedEvidence>;
}

/** What one evidence collector reported for the entity. @public */
export interface CollectedEvidence {
  status: 'found' | 'not-found' | 'unavailable';
  items: EvidenceItem[];
  /** Why the evidence is unavailable (timeout, error), for display. */
  message?: string;
}

/** One trace found in the catalog or by a collector. @public */
export interface EvidenceItem {
  /** Rule type that found it, for example `annotation`, or `collector`. */
  source: string;
  /** What was found, for example `argocd/app-name: fraud-scorer`. */
  label: string;
  /** A link to look at, when there is one. */
  url?: string;
  /** The related catalog entity that matched, for relation rules (for example `resource:default/clickstream`). */
  entityRef?: string;
}

/**
 * The evidence for one criterion.
 * - `found`: the rules matched; `sufficient` tells whether it counts without an answer.
 * - `not-found`: the criterion has rules and none matched.
 * - `unavailable`: a source the rules need failed (catalog or collector), so absence proves nothing.
 * @public
 */
export interface CriterionEvidence {
  status: 'found' | 'not-found' | 'unavailable';
  sufficient: boolean;
  items: EvidenceItem[];
  message?: string;
}

/** Evidence keyed by criterion id; criteria without rules are absent. @public */
export type EvidenceSet = Record<string, CriterionEvidence>;
