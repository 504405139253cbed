import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isMlService } from '../isMlService';
import { mlopsMaturityTranslationRef } from '../translation';

/**
 * The "MLOps maturity" tab (`entity-content:mlops-maturity`) at
 * `mlops-maturity`, shown on ML services only.
 * @alpha
 */
export const mlopsMaturityEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'mlops-maturity',
    title: mlopsMaturityTranslationRef('common.title'),
    filter: isMlService,
    loader: () =>
      import('../components/MlopsMaturityContent').then(m => (
        <m.MlopsMaturityContent />
      )),
  },
});
