import type { MaturityModel } from '../types';
import { deploymentArea } from './deploymentArea';
import { developmentArea } from './developmentArea';
import { governanceArea } from './governanceArea';
import { defaultLevels } from './levels';
import { monitoringArea } from './monitoringArea';
import { defaultOverallLevels } from './overallLevels';

/**
 * The default MLOps maturity model, built on the founding document: four
 * areas (Development & Experimentation, Deployment & Model Management,
 * Monitoring & Maintenance, Governance & Compliance), each with the levels
 * Basic, Intermediate and Advanced, and five overall levels from Initial to
 * Optimized. Its criteria draw on Google's and Microsoft's MLOps maturity
 * models, the ML Test Score and the MLOps Community assessment.
 *
 * An organisation can replace it with its own model file of the same shape.
 * Bump `version` whenever a criterion id, level or rule changes meaning:
 * answers are keyed by criterion id and every scorecard records the version.
 * @public
 */
export const defaultModel: MaturityModel = {
  id: 'mlops-maturity-default',
  version: '1.1.0',
  title: {
    en: 'MLOps Maturity Model',
    'pt-BR': 'Modelo de Maturidade em MLOps',
  },
  description: {
    en: 'Assesses how an ML service is developed, deployed, monitored and governed, area by area, and points to the next practices to adopt.',
    'pt-BR':
      'Avalia como um serviço de ML é desenvolvido, implantado, monitorado e governado, área por área, e aponta as próximas práticas a adotar.',
  },
  levels: defaultLevels,
  // The founding document's order, which is also the roadmap order.
  areas: [developmentArea, deploymentArea, monitoringArea, governanceArea],
  overallLevels: defaultOverallLevels,
};
