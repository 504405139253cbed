import type {
  AuditorService,
  CacheService,
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type {
  EntitySelector,
  MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { CampaignNotifier } from '../campaigns/campaignNotifications';
import type { CampaignService } from '../campaigns/CampaignService';
import type { AssessmentStore } from '../database/AssessmentStore';
import type { EvidenceService } from '../evidence';
import type { EvidenceSnapshotStore } from '../evidence/EvidenceSnapshotStore';
import type { IndexRefresher, OverviewStore } from '../overview/OverviewStore';

/** Everything the router needs; the plugin wires the real services in. */
export interface RouterOptions {
  model: MaturityModel;
  store: AssessmentStore;
  /** The organisation index the overview routes read. */
  overview: OverviewStore;
  /** Runs a catalog refresh of the index (`POST /overview/refresh`). */
  refresher: IndexRefresher;
  /** Reads an entity's evidence from its sources (catalog, collectors). */
  evidence: EvidenceService;
  /** Where evidence read from the sources is kept for scorecard reads. */
  snapshots: Pick<EvidenceSnapshotStore, 'get' | 'put'>;
  /** `mlopsMaturity.evidence.maxAgeMinutes`, in milliseconds. */
  evidenceMaxAgeMs: number;
  /** The plugin's own credentials, with which evidence is read. */
  auth: Pick<AuthService, 'getOwnServiceCredentials'>;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** Backstage's cache service; reads reuse a caller's policy decisions through it. */
  cache?: CacheService;
  /** `mlopsMaturity.permissions.cacheSeconds`; 0 or absent: no reuse. */
  permissionCacheSeconds?: number;
  auditor: AuditorService;
  logger: LoggerService;
  /** Which entities are ML services (`mlopsMaturity.entities`). */
  entities: EntitySelector[];
  /** `mlopsMaturity.staleAfterDays`. */
  staleAfterDays: number;
  /**
   * `mlopsMaturity.submission.minimumCompleteness`: the share of applicable
   * criteria a submission must cover; default 1.
   */
  minimumCompleteness?: number;
  /** `mlopsMaturity.overview.minimumAssessedForMedian`; default 1. */
  minimumAssessedForMedian?: number;
  /**
   * Campaigns: their routes, and the goals that raise a service's
   * effective targets. Without it there are no campaign routes.
   */
  campaigns?: CampaignService;
  /**
   * Sends a new campaign's start notifications right after it is created
   * (the hourly task sends them otherwise). Optional: without it they wait
   * for that task.
   */
  campaignNotifier?: Pick<CampaignNotifier, 'notifyCampaign'>;
  /** The clock; tests pin it. */
  now?: () => Date;
}
