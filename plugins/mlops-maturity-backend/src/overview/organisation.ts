import type { Entity } from '@backstage/catalog-model';
import { refOf, referencedRef, specString, titleOf } from './entityAttributes';

/** A row of `group_index`. */
export interface GroupRow {
  group_ref: string;
  title: string;
  type: string | null;
  parent_ref: string | null;
}

/** A row of `group_closure`. */
export interface ClosureRow {
  ancestor_ref: string;
  descendant_ref: string;
  depth: number;
}

/** A row of `system_index`. */
export interface SystemRow {
  system_ref: string;
  title: string;
  domain_ref: string | null;
}

/** A row of `domain_index`. */
export interface DomainRow {
  domain_ref: string;
  title: string;
}

/** The organisation as the index stores it. */
export interface Organisation {
  groups: GroupRow[];
  closure: ClosureRow[];
  systems: SystemRow[];
  domains: DomainRow[];
}

/**
 * Every (ancestor, descendant) pair of the group hierarchy, each group being
 * its own ancestor at depth 0. A parent that is not a known group ends the
 * chain, and a cycle (which the catalog does not forbid) is cut where it
 * closes, so every group still gets its chain up to the repeat.
 */
export function groupClosure(groups: GroupRow[]): ClosureRow[] {
  const parents = new Map(groups.map(g => [g.group_ref, g.parent_ref]));
  const rows: ClosureRow[] = [];
  for (const group of groups) {
    const seen = new Set<string>();
    let current: string | null | undefined = group.group_ref;
    let depth = 0;
    while (current && parents.has(current) && !seen.has(current)) {
      seen.add(current);
      rows.push({
        ancestor_ref: current,
        descendant_ref: group.group_ref,
        depth,
      });
      current = parents.get(current);
      depth++;
    }
  }
  return rows;
}

/**
 * The organisation tables from the catalog's Groups, Systems and Domains:
 * group titles, types and parents (`spec.parent`) with the hierarchy's
 * closure, and each system's domain (`spec.domain`).
 */
export function buildOrganisation(entities: {
  groups: Entity[];
  systems: Entity[];
  domains: Entity[];
}): Organisation {
  const groups = entities.groups.map<GroupRow>(group => ({
    group_ref: refOf(group),
    title: titleOf(group),
    type: specString(group, 'type'),
    parent_ref: referencedRef(group, 'childOf', 'parent', 'Group'),
  }));
  return {
    groups,
    closure: groupClosure(groups),
    systems: entities.systems.map(system => ({
      system_ref: refOf(system),
      title: titleOf(system),
      domain_ref: referencedRef(system, 'partOf', 'domain', 'Domain'),
    })),
    domains: entities.domains.map(domain => ({
      domain_ref: refOf(domain),
      title: titleOf(domain),
    })),
  };
}

/** The domain of each system, for the services that are part of it. */
export function domainsBySystem(
  organisation: Organisation,
): Map<string, string | null> {
  return new Map(organisation.systems.map(s => [s.system_ref, s.domain_ref]));
}
