import { PolicyDecisionCache } from '../access/PolicyDecisionCache';
import { AssessmentService } from '../assessments/AssessmentService';
import { SnapshotEvidence } from '../evidence/SnapshotEvidence';
import { EntityAccess } from './EntityAccess';
import type { RouterOptions } from './RouterOptions';

/** What the entity routes and the plugin's actions authorise and answer with. */
export interface EntityServices {
  access: EntityAccess;
  service: AssessmentService;
}

/**
 * The access checks and the assessment logic over the plugin's stores and
 * services: the HTTP router and the actions registered for AI assistants
 * are built on the same two, so both decide and answer alike.
 */
export function createEntityServices(options: RouterOptions): EntityServices {
  const snapshots = new SnapshotEvidence({
    model: options.model,
    store: options.snapshots,
    sources: options.evidence,
    auth: options.auth,
    selectors: options.entities,
    maxAgeMs: options.evidenceMaxAgeMs,
    logger: options.logger,
    now: options.now,
  });
  const decisions = new PolicyDecisionCache(
    options.cache,
    (options.permissionCacheSeconds ?? 0) * 1000,
    options.logger,
  );
  const access = new EntityAccess({ ...options, snapshots, decisions });
  const service = new AssessmentService(options);
  return { access, service };
}
