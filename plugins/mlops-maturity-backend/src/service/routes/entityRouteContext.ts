import type {
  AuditorService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { MaturityModel } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { AssessmentService } from '../../assessments/AssessmentService';
import type { EntityAccess } from '../EntityAccess';

/**
 * What an entity route uses: it parses the request, authorises it with
 * `access` and calls one method of `service`.
 */
export interface EntityRouteContext {
  model: MaturityModel;
  access: EntityAccess;
  service: AssessmentService;
  auditor: AuditorService;
  /** Where failures that are not answered (an audit record after a write) go. */
  logger: LoggerService;
}
