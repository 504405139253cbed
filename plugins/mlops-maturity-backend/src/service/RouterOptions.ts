import type {
  AuditorService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  EntitySelector,
  MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { AssessmentStore } from '../database/AssessmentStore';
import type { EvidenceService } from '../evidence';
import type { IndexRefresher, OverviewStore } from '../overview/OverviewStore';

/** Everything the router needs; the plugin wires the real services in. */
export interface RouterOptions {
  model: MaturityModel;
  store: AssessmentStore;
  /** The organisation index the overview routes read. */
  overview: OverviewStore;
  /** Runs a catalog refresh of the index (`POST /overview/refresh`). */
  refresher: IndexRefresher;
  evidence: EvidenceService;
  catalog: CatalogService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  logger: LoggerService;
  /** Which entities are ML services (`mlopsMaturity.entities`). */
  entities: EntitySelector[];
  /** `mlopsMaturity.staleAfterDays`. */
  staleAfterDays: number;
  /** The clock; tests pin it. */
  now?: () => Date;
}
