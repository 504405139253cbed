import type { ModelLanguage } from '../../model/types';

/** The fixed wording of a team report in one language; model texts come from the model. */
export interface TeamReportTexts {
  reportTitle: string;
  /** The level of the services without one. */
  notAssessed: string;
  /** The median when no service has a level. */
  noLevel: string;
  headings: {
    summary: string;
    overall: string;
    areas: string;
    subgroups: string;
    whereToInvest: string;
    actionPlan: string;
  };
  labels: {
    group: string;
    type: string;
    parent: string;
    model: string;
    generatedAt: string;
    services: string;
    assessed: string;
    stale: string;
    medianOverallLevel: string;
    level: string;
    share: string;
    area: string;
    medianLevel: string;
    meanScore: string;
    criterion: string;
    servicesBlocked: string;
    step: string;
    action: string;
    exampleTools: string;
    effort: string;
  };
  summary: {
    services: (group: string, services: number, assessed: number) => string;
    noServices: (group: string) => string;
    stale: (stale: number) => string;
    /** Provisional services, and whether the levels count them. */
    provisional: (provisional: number, counted: boolean) => string;
    median: (level: string) => string;
    noMedian: string;
    weakestArea: (area: string, score: string) => string;
    topGap: (question: string, services: number, assessed: number) => string;
  };
  empty: { subgroups: string; whereToInvest: string; actionPlan: string };
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en: TeamReportTexts = {
  reportTitle: 'MLOps maturity team report',
  notAssessed: 'Not assessed',
  noLevel: 'No level',
  headings: {
    summary: 'Summary',
    overall: 'Overall levels',
    areas: 'Areas',
    subgroups: 'Groups',
    whereToInvest: 'Where to invest',
    actionPlan: 'Action plan',
  },
  labels: {
    group: 'Group',
    type: 'Type',
    parent: 'Part of',
    model: 'Model',
    generatedAt: 'Generated',
    services: 'ML services',
    assessed: 'Assessed',
    stale: 'Stale',
    medianOverallLevel: 'Median overall level',
    level: 'Level',
    share: 'Share',
    area: 'Area',
    medianLevel: 'Median level',
    meanScore: 'Mean score',
    criterion: 'Criterion',
    servicesBlocked: 'Services blocked',
    step: '#',
    action: 'Action',
    exampleTools: 'Example tools',
    effort: 'Effort',
  },
  summary: {
    services: (group, services, assessed) =>
      `${group} owns ${services} ML ${plural(
        services,
        'service',
        'services',
      )}, ${assessed} of them assessed.`,
    noServices: group => `${group} owns no ML service that matches.`,
    stale: stale =>
      `${stale} ${plural(
        stale,
        'assessment is',
        'assessments are',
      )} stale and should be reviewed.`,
    provisional: (provisional, counted) =>
      `${provisional} more ${plural(
        provisional,
        'service is',
        'services are',
      )} provisional (levels from the catalog only, no submission): ${
        counted ? 'counted in the levels below' : 'not counted in the levels'
      }.`,
    median: level => `The median overall level is ${level}.`,
    noMedian: 'No service has an overall level yet.',
    weakestArea: (area, score) =>
      `The area with the lowest mean score is ${area} (${score}).`,
    topGap: (question, services, assessed) =>
      `The most shared gap blocks ${services} of ${assessed} assessed ${plural(
        assessed,
        'service',
        'services',
      )}: ${question}`,
  },
  empty: {
    subgroups: 'No sub-group owns ML services.',
    whereToInvest:
      'No shared gaps: the assessed services reached their targets.',
    actionPlan: 'Nothing to plan.',
  },
};

const ptBR: TeamReportTexts = {
  reportTitle: 'Relatório de maturidade de MLOps da equipe',
  notAssessed: 'Não avaliado',
  noLevel: 'Sem nível',
  headings: {
    summary: 'Resumo',
    overall: 'Níveis gerais',
    areas: 'Áreas',
    subgroups: 'Grupos',
    whereToInvest: 'Onde investir',
    actionPlan: 'Plano de ação',
  },
  labels: {
    group: 'Grupo',
    type: 'Tipo',
    parent: 'Faz parte de',
    model: 'Modelo',
    generatedAt: 'Gerado em',
    services: 'Serviços de ML',
    assessed: 'Avaliados',
    stale: 'Desatualizados',
    medianOverallLevel: 'Nível geral mediano',
    level: 'Nível',
    share: 'Parcela',
    area: 'Área',
    medianLevel: 'Nível mediano',
    meanScore: 'Pontuação média',
    criterion: 'Critério',
    servicesBlocked: 'Serviços bloqueados',
    step: '#',
    action: 'Ação',
    exampleTools: 'Ferramentas de exemplo',
    effort: 'Esforço',
  },
  summary: {
    services: (group, services, assessed) =>
      `${group} é dono de ${services} ${plural(
        services,
        'serviço',
        'serviços',
      )} de ML, ${assessed} ${plural(assessed, 'avaliado', 'avaliados')}.`,
    noServices: group =>
      `${group} não é dono de nenhum serviço de ML que atenda aos filtros.`,
    stale: stale =>
      `${stale} ${plural(
        stale,
        'avaliação está desatualizada e deve ser revista',
        'avaliações estão desatualizadas e devem ser revistas',
      )}.`,
    provisional: (provisional, counted) =>
      `Mais ${provisional} ${plural(
        provisional,
        'serviço é provisório',
        'serviços são provisórios',
      )} (níveis só pelo catálogo, sem envio): ${
        counted ? 'contados nos níveis abaixo' : 'fora da contagem dos níveis'
      }.`,
    median: level => `O nível geral mediano é ${level}.`,
    noMedian: 'Nenhum serviço tem nível geral ainda.',
    weakestArea: (area, score) =>
      `A área com a menor pontuação média é ${area} (${score}).`,
    topGap: (question, services, assessed) =>
      `A lacuna mais comum bloqueia ${services} de ${assessed} ${plural(
        assessed,
        'serviço avaliado',
        'serviços avaliados',
      )}: ${question}`,
  },
  empty: {
    subgroups: 'Nenhum subgrupo é dono de serviços de ML.',
    whereToInvest:
      'Nenhuma lacuna em comum: os serviços avaliados atingiram suas metas.',
    actionPlan: 'Nada a planejar.',
  },
};

/** The team report's fixed wording per language. */
export const TEAM_REPORT_TEXTS: Record<ModelLanguage, TeamReportTexts> = {
  en,
  'pt-BR': ptBR,
};
