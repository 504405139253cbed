import type { Router } from 'express';
import type { EntityRouteContext } from './entityRouteContext';

/** `GET /roadmap/{kind}/{namespace}/{name}`: unmet criteria up to each area's target. */
export function registerRoadmapRoutes(
  router: Router,
  { access, service }: EntityRouteContext,
) {
  router.get('/roadmap/:kind/:namespace/:name', async (req, res) => {
    const read = await access.authorizeRead(req);
    res.json(await service.roadmap(read));
  });
}
