import type { Entity } from '@backstage/catalog-model';

/**
 * What the evidence rules are evaluated against: the entity and the related
 * entities the caller fetched (see `relatedEntityRefsFor`). A related entity
 * that is missing from `related` is treated as not matching.
 * @public
 */
export interface EvidenceContext {
  entity: Entity;
  related: Entity[];
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
