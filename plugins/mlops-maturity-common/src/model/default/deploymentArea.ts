import type { AreaDefinition } from '../types';
import { deploymentCriteria } from './deploymentCriteria';

/**
 * Deployment & Model Management: how models reach production, how releases
 * are tested and how versions and rollbacks are handled.
 * @public
 */
export const deploymentArea: AreaDefinition = {
  id: 'deployment',
  title: {
    en: 'Deployment & Model Management',
    'pt-BR': 'Implantação e Gerenciamento de Modelos',
  },
  description: {
    en: 'How models reach production and are managed there: the release process, tests before release, versions and rollback.',
    'pt-BR':
      'Como os modelos chegam à produção e são gerenciados lá: o processo de liberação, os testes antes da liberação, as versões e o rollback.',
  },
  levels: {
    basic: {
      summary: {
        en: 'Models are deployed by hand, and each deployment tends to differ from the last.',
        'pt-BR':
          'Os modelos são implantados manualmente, e cada implantação tende a ser diferente da anterior.',
      },
      characteristics: [
        {
          en: 'Deployment steps are manual, which leads to inconsistencies and longer downtime.',
          'pt-BR':
            'As etapas de implantação são manuais, o que gera inconsistências e mais tempo fora do ar.',
        },
        {
          en: 'No two deployments are quite the same, which makes them hard to manage.',
          'pt-BR':
            'Nenhuma implantação é exatamente igual à outra, o que dificulta a gestão.',
        },
      ],
      tools: [
        { en: 'Manual scripts', 'pt-BR': 'Scripts manuais' },
        { en: 'Basic documentation', 'pt-BR': 'Documentação básica' },
      ],
      challenges: [
        {
          en: 'Deployments are slow.',
          'pt-BR': 'As implantações são lentas.',
        },
        {
          en: 'Every release carries a high risk of error.',
          'pt-BR': 'Cada liberação traz um alto risco de erro.',
        },
        {
          en: 'Consistency between deployments is hard to keep.',
          'pt-BR': 'É difícil manter a consistência entre as implantações.',
        },
      ],
      benefits: [],
    },
    intermediate: {
      summary: {
        en: 'CI/CD pipelines automate part of the deployment, and basic tests run before each release.',
        'pt-BR':
          'Pipelines de CI/CD automatizam parte da implantação, e testes básicos rodam antes de cada liberação.',
      },
      characteristics: [
        {
          en: 'A CI/CD pipeline takes over part of the deployment work.',
          'pt-BR':
            'Um pipeline de CI/CD assume parte do trabalho de implantação.',
        },
        {
          en: 'A basic test suite runs before anything is deployed.',
          'pt-BR':
            'Um conjunto básico de testes roda antes de qualquer implantação.',
        },
      ],
      tools: ['Jenkins', 'GitLab CI/CD', 'Travis CI'],
      challenges: [],
      benefits: [
        {
          en: 'Fewer errors.',
          'pt-BR': 'Menos erros.',
        },
        {
          en: 'More consistent deployments.',
          'pt-BR': 'Implantações mais consistentes.',
        },
        {
          en: 'Updates and fixes reach production sooner.',
          'pt-BR': 'Atualizações e correções chegam mais cedo à produção.',
        },
      ],
    },
    advanced: {
      summary: {
        en: 'Deployment is continuous and fully automated, with extensive testing, automatic rollback and managed versions.',
        'pt-BR':
          'A implantação é contínua e totalmente automatizada, com testes abrangentes, rollback automático e versões gerenciadas.',
      },
      characteristics: [
        {
          en: 'CI/CD pipelines are fully automated and deploy continuously.',
          'pt-BR':
            'Os pipelines de CI/CD são totalmente automatizados e implantam de forma contínua.',
        },
        {
          en: 'Extensive tests run before any release reaches production.',
          'pt-BR':
            'Testes abrangentes rodam antes que qualquer liberação chegue à produção.',
        },
        {
          en: 'Rollbacks happen automatically, and model versions are managed.',
          'pt-BR':
            'Os rollbacks acontecem automaticamente e as versões dos modelos são gerenciadas.',
        },
      ],
      tools: [
        'Kubernetes',
        'Docker',
        'Argo CD',
        {
          en: 'Container orchestration tools',
          'pt-BR': 'Ferramentas de orquestração de contêineres',
        },
      ],
      challenges: [],
      benefits: [
        {
          en: 'High confidence in every deployment.',
          'pt-BR': 'Alta confiança em cada implantação.',
        },
        {
          en: 'Minimal downtime.',
          'pt-BR': 'Tempo de inatividade mínimo.',
        },
        {
          en: 'Production problems can be dealt with quickly.',
          'pt-BR': 'Problemas em produção podem ser resolvidos rapidamente.',
        },
      ],
    },
  },
  criteria: deploymentCriteria,
};
