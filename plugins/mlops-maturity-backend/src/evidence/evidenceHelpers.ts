import type {
  EvidenceSet,
  MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { EvidenceCollector } from '@mlops-maturity/plugin-mlops-maturity-node';

/**
 * Indexes collectors by id. Two collectors with one id would make a rule's
 * evidence depend on installation order, so that is an error.
 */
export function indexCollectors(
  collectors: EvidenceCollector[],
): Map<string, EvidenceCollector> {
  const byId = new Map<string, EvidenceCollector>();
  for (const collector of collectors) {
    if (typeof collector.id !== 'string' || collector.id.length === 0) {
      throw new Error(
        'An evidence collector has no id; every collector needs a unique, non-empty id',
      );
    }
    if (byId.has(collector.id)) {
      throw new Error(
        `Two evidence collectors have the id '${collector.id}'; collector ids must be unique, so remove or rename one of the modules that add it`,
      );
    }
    byId.set(collector.id, collector);
  }
  return byId;
}

/**
 * When the related entities could not be read, a relation rule that did not
 * match proves nothing: its criterion's `not-found` becomes `unavailable`.
 * `found` stays, since the match came from data that was read.
 */
export function markRelationEvidenceUnavailable(
  model: MaturityModel,
  evidence: EvidenceSet,
  message: string,
): EvidenceSet {
  const result: EvidenceSet = { ...evidence };
  for (const criterion of model.areas.flatMap(area => area.criteria)) {
    const usesRelation = criterion.evidence?.rules.some(
      rule => rule.type === 'relation',
    );
    const current = result[criterion.id];
    if (usesRelation && current?.status === 'not-found') {
      result[criterion.id] = { ...current, status: 'unavailable', message };
    }
  }
  return result;
}
