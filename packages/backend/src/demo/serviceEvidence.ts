import type { Entity } from '@backstage/catalog-model';
import {
  evaluateEvidence,
  relatedEntityRefsFor,
  type CollectedEvidence,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { demoDeploymentsCollector } from '../modules/demoDeploymentsCollector';

/** The lower-case ref that `relatedEntityRefsFor` returns for an entity. */
function refOf(entity: Entity): string {
  const namespace = entity.metadata.namespace ?? 'default';
  return `${entity.kind}:${namespace}/${entity.metadata.name}`.toLocaleLowerCase(
    'en-US',
  );
}

/**
 * The criteria whose evidence the demo portal will show as found for an
 * entity, mapped to whether that evidence is sufficient (a fact the catalog
 * fully knows). The generator answers those "yes" (always when sufficient),
 * so that the demo shows only a few conflicts between answers and evidence.
 */
export async function criteriaWithEvidence(
  model: MaturityModel,
  entity: Entity,
  allEntities: Entity[],
): Promise<Map<string, boolean>> {
  const byRef = new Map(allEntities.map(e => [refOf(e), e]));
  const related = relatedEntityRefsFor(model, entity)
    .map(ref => byRef.get(ref))
    .filter((e): e is Entity => Boolean(e));
  const collected: Record<string, CollectedEvidence> = {
    [demoDeploymentsCollector.id]: await demoDeploymentsCollector.collect({
      entity,
      signal: new AbortController().signal,
    }),
  };
  const evidence = evaluateEvidence(model, { entity, related, collected });
  return new Map(
    Object.entries(evidence)
      .filter(([, e]) => e.status === 'found')
      .map(([id, e]) => [id, e.sufficient]),
  );
}

/** Which of an entity's links (by type) a team would cite for a criterion. */
const LINK_TYPE_BY_CRITERION: Record<string, string> = {
  'dev-experiment-tracking': 'experiment-tracking',
  'mon-service-alerts': 'dashboard',
  'mon-on-call': 'runbook',
  'gov-model-card': 'model-card',
  'gov-lineage-catalog': 'data-catalog',
};

/** Links from the entity's own metadata that support an answer to a criterion. */
export function evidenceLinksFor(
  entity: Entity,
  criterionId: string,
): string[] {
  if (criterionId === 'dev-code-versioned') {
    const location =
      entity.metadata.annotations?.['backstage.io/source-location'];
    return location?.startsWith('url:') ? [location.slice('url:'.length)] : [];
  }
  const type = LINK_TYPE_BY_CRITERION[criterionId];
  return (entity.metadata.links ?? [])
    .filter(link => type && link.type === type)
    .map(link => link.url);
}
