import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { MlopsMaturityClient, mlopsMaturityApiRef } from '../api';

/**
 * The MLOps maturity API over the backend (`api:mlops-maturity`).
 * @alpha
 */
export const mlopsMaturityApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: mlopsMaturityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new MlopsMaturityClient({ discoveryApi, fetchApi }),
    }),
});
