import { parseEntityRef } from '@backstage/catalog-model';
import {
  collectorIdsFor,
  evaluateEvidence,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { EntityEvidenceResult } from '../evidence';

/**
 * Whether an error comes from a failing source (catalog, network) rather
 * than answering the request (404, 400, 401, 403).
 */
export function isSourceFailure(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name;
  return ![
    'NotFoundError',
    'InputError',
    'AuthenticationError',
    'NotAllowedError',
  ].includes(name as string);
}

/** Evidence with every catalog and collector rule unavailable. */
export function unavailableEvidence(
  model: MaturityModel,
  entityRef: string,
): EntityEvidenceResult {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  const evidence = evaluateEvidence(model, {
    // Not read when the catalog is unavailable; only the ref is known.
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name, namespace },
    },
    related: [],
    collected: Object.fromEntries(
      collectorIdsFor(model).map(id => [
        id,
        {
          status: 'unavailable' as const,
          items: [],
          message: 'evidence failed',
        },
      ]),
    ),
    catalogUnavailable: true,
  });
  return { entity: null, evidence, status: 'unavailable' };
}

/** Rejects when the promise has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
