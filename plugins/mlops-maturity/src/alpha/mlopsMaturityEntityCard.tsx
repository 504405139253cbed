import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isMlService } from '../isMlService';

/**
 * The overview card (`entity-card:mlops-maturity`), shown on ML services only.
 * @alpha
 */
export const mlopsMaturityEntityCard = EntityCardBlueprint.make({
  params: {
    type: 'content',
    filter: isMlService,
    loader: () =>
      import('../components/MlopsMaturityCard').then(m => (
        <m.MlopsMaturityCard />
      )),
  },
});
