import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { mlopsMaturityTranslationRef } from '../translation';
import { mlServiceFilterPrefetchingCard } from './mlServiceFilter';

/**
 * The "MLOps maturity" tab (`entity-content:mlops-maturity`) at
 * `mlops-maturity`, shown on ML services only.
 * @alpha
 */
export const mlopsMaturityEntityContent =
  EntityContentBlueprint.makeWithOverrides({
    factory(originalFactory, { apis }) {
      return originalFactory({
        path: 'mlops-maturity',
        title: mlopsMaturityTranslationRef('common.title'),
        // Evaluated by the entity page as soon as it has the entity: the
        // overview card's chunk and data start loading here.
        filter: mlServiceFilterPrefetchingCard(apis),
        loader: () =>
          import('../components/MlopsMaturityContent').then(m => (
            <m.MlopsMaturityContent />
          )),
      });
    },
  });
