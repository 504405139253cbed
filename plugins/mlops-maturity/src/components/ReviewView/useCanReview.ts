import { useApi } from '@backstage/core-plugin-api';
import { mlopsMaturityApiRef } from '../../api';
import { useEntityRefString } from '../../hooks/useEntityRefString';
import { useLoader } from '../../hooks/useLoader';

/**
 * Whether the signed-in user may review the entity's latest submission, as
 * the backend decides it (`GET /reviews/...`'s `canReview`: the review
 * permission on the entity, and not the submission's author), the way the
 * edit controls follow the backend's `canEdit`. False while loading or when
 * the check fails: the Review view then stays hidden.
 */
export function useCanReview() {
  const api = useApi(mlopsMaturityApiRef);
  const entityRef = useEntityRefString();
  const state = useLoader(
    () => api.getReviews(entityRef).then(r => r.canReview),
    [api, entityRef],
  );
  return { value: state.value === true, retry: state.retry };
}
