import type { OverallLevelDefinition } from '../types';

/**
 * The five overall levels of the default model, lowest first. A level holds
 * when its requirements and those of every level below it hold, so each rule
 * only adds what is new at that level. The crosswalk places each level
 * roughly in Google's (0-2) and Microsoft's (0-4) MLOps maturity models and,
 * where its reading applies, in the MLOps Community assessment: a project is
 * "MLOps mature" there when every statement of its first four sections
 * (documentation; traceability and reproducibility; code quality; monitoring
 * and support) is a yes, which Managed asks of all four areas; Optimized adds
 * what its last three sections ask (feature store, explainability, A/B
 * testing and feedback loop). Below Managed it only says "not yet mature",
 * which adds nothing, so those levels leave it out.
 * @public
 */
export const defaultOverallLevels: OverallLevelDefinition[] = [
  {
    id: 'initial',
    title: { en: 'Initial', 'pt-BR': 'Inicial' },
    description: {
      en: 'Processes are improvised and undocumented, and most of the work relies on manual effort.',
      'pt-BR':
        'Os processos são improvisados e não documentados, e a maior parte do trabalho depende de esforço manual.',
    },
    requirements: [],
    crosswalk: {
      google: 'Level 0 - manual process',
      microsoft: 'Levels 0-1 - no MLOps; DevOps but no MLOps',
    },
  },
  {
    id: 'reproducible',
    title: { en: 'Reproducible', 'pt-BR': 'Reproduzível' },
    description: {
      en: 'Processes are documented and partly automated, so the same task can be repeated with consistent results.',
      'pt-BR':
        'Os processos são documentados e parcialmente automatizados, de modo que a mesma tarefa pode ser repetida com resultados consistentes.',
    },
    // Repeatable experiments come first: versioned code and data, tracked runs.
    requirements: [{ areas: ['development'], atLeast: 'intermediate' }],
    crosswalk: { microsoft: 'Level 2 - automated training' },
  },
  {
    id: 'defined',
    title: { en: 'Defined', 'pt-BR': 'Definido' },
    description: {
      en: 'Processes are clearly defined and standardised across the lifecycle, with more of the work automated.',
      'pt-BR':
        'Os processos são claramente definidos e padronizados ao longo do ciclo de vida, com uma parte maior do trabalho automatizada.',
    },
    requirements: [
      {
        areas: ['development', 'deployment', 'governance'],
        atLeast: 'intermediate',
      },
    ],
    crosswalk: {
      google: 'Level 1 - ML pipeline automation',
      microsoft: 'Level 3 - automated model deployment',
    },
  },
  {
    id: 'managed',
    title: { en: 'Managed', 'pt-BR': 'Gerenciado' },
    description: {
      en: 'Processes and models are monitored continuously and managed actively in production.',
      'pt-BR':
        'Processos e modelos são monitorados continuamente e gerenciados de forma ativa em produção.',
    },
    requirements: [{ areas: 'all', atLeast: 'intermediate' }],
    crosswalk: {
      microsoft:
        'Levels 3-4 - automated model deployment; full MLOps automated operations',
      mlopsCommunity:
        'MLOps mature - every statement of the first four sections (documentation, traceability and reproducibility, code quality, monitoring and support) is a yes',
    },
  },
  {
    id: 'optimized',
    title: { en: 'Optimized', 'pt-BR': 'Otimizado' },
    description: {
      en: 'Processes are fully automated and keep improving, with feedback loops that adapt models to what happens in production.',
      'pt-BR':
        'Os processos são totalmente automatizados e seguem melhorando, com ciclos de feedback que adaptam os modelos ao que acontece em produção.',
    },
    requirements: [{ areas: 'all', atLeast: 'advanced' }],
    crosswalk: {
      google: 'Level 2 - CI/CD pipeline automation',
      microsoft: 'Level 4 - full MLOps automated operations',
      mlopsCommunity:
        'MLOps mature, with the feature store, explainability and A/B testing and feedback loop sections answered yes as well',
    },
  },
];
