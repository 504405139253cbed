import type { AreaDefinition } from '../types';
import { developmentCriteria } from './developmentCriteria';

/**
 * Development & Experimentation: how models are built and whether a result
 * can be traced back to its code and data and reproduced.
 * @public
 */
export const developmentArea: AreaDefinition = {
  id: 'development',
  title: {
    en: 'Development & Experimentation',
    'pt-BR': 'Desenvolvimento e Experimentação',
  },
  description: {
    en: 'How models are built: experiments, code, data and training runs, and whether any result can be traced and reproduced.',
    'pt-BR':
      'Como os modelos são construídos: experimentos, código, dados e execuções de treino, e se qualquer resultado pode ser rastreado e reproduzido.',
  },
  levels: {
    basic: {
      summary: {
        en: 'Experiments are run by hand, with little or no record of how a result was obtained.',
        'pt-BR':
          'Os experimentos são feitos à mão, com pouco ou nenhum registro de como cada resultado foi obtido.',
      },
      characteristics: [
        {
          en: 'There is no agreed process: each experiment is run ad hoc.',
          'pt-BR':
            'Não há um processo combinado: cada experimento é conduzido de forma improvisada.',
        },
        {
          en: "Analyses and results stay on people's own machines, which makes them hard to repeat.",
          'pt-BR':
            'Análises e resultados ficam nas máquinas de cada pessoa, o que dificulta repeti-los.',
        },
      ],
      tools: [
        { en: 'Spreadsheets', 'pt-BR': 'Planilhas' },
        { en: 'Local scripts', 'pt-BR': 'Scripts locais' },
      ],
      challenges: [
        {
          en: 'A result cannot be traced back to the code and data behind it.',
          'pt-BR':
            'Não é possível ligar um resultado ao código e aos dados que o geraram.',
        },
        {
          en: 'Reproducing an earlier result is hard, sometimes impossible.',
          'pt-BR':
            'Reproduzir um resultado anterior é difícil e, às vezes, impossível.',
        },
        {
          en: 'Mistakes slip through more easily.',
          'pt-BR': 'Erros passam despercebidos com mais facilidade.',
        },
      ],
      benefits: [],
    },
    intermediate: {
      summary: {
        en: 'Code and data are versioned and experiments are tracked in a tool; part of the workflow is automated.',
        'pt-BR':
          'Código e dados são versionados e os experimentos ficam registrados em uma ferramenta; parte do fluxo é automatizada.',
      },
      characteristics: [
        {
          en: 'Code is kept in version control and experiment runs are recorded in a tracking tool.',
          'pt-BR':
            'O código fica em controle de versão e as execuções de experimentos são registradas em uma ferramenta de rastreamento.',
        },
        {
          en: 'Some steps of experimentation run in semi-automated pipelines.',
          'pt-BR':
            'Algumas etapas da experimentação rodam em pipelines semiautomatizados.',
        },
      ],
      tools: ['Git', 'MLflow', 'DVC'],
      challenges: [],
      benefits: [
        {
          en: 'Better traceability of what was tried and why.',
          'pt-BR': 'Mais rastreabilidade sobre o que foi testado e por quê.',
        },
        {
          en: 'Experiments can be repeated and compared in a structured way.',
          'pt-BR':
            'Os experimentos podem ser repetidos e comparados de forma estruturada.',
        },
      ],
    },
    advanced: {
      summary: {
        en: 'Experimentation runs on fully automated pipelines with built-in metric tracking and model versioning.',
        'pt-BR':
          'A experimentação roda em pipelines totalmente automatizados, com rastreamento de métricas e versionamento de modelos integrados.',
      },
      characteristics: [
        {
          en: 'Experiment pipelines are automated from end to end.',
          'pt-BR':
            'Os pipelines de experimentação são automatizados de ponta a ponta.',
        },
        {
          en: 'New ideas enter the process continuously as new pipeline runs.',
          'pt-BR':
            'Novas ideias entram continuamente no processo como novas execuções do pipeline.',
        },
        {
          en: 'Dedicated tooling tracks metrics and model versions.',
          'pt-BR':
            'Ferramentas especializadas acompanham as métricas e as versões dos modelos.',
        },
      ],
      tools: [
        { en: 'CI/CD platforms', 'pt-BR': 'Plataformas de CI/CD' },
        'Kubeflow',
        'Vertex AI',
      ],
      challenges: [],
      benefits: [
        {
          en: 'Any result can be fully reproduced.',
          'pt-BR': 'Qualquer resultado pode ser reproduzido por completo.',
        },
        {
          en: 'High efficiency, with fast iteration and hypothesis testing.',
          'pt-BR':
            'Alta eficiência, com iteração e teste de hipóteses rápidos.',
        },
        {
          en: 'Fewer human errors.',
          'pt-BR': 'Menos erros humanos.',
        },
      ],
    },
  },
  criteria: developmentCriteria,
};
