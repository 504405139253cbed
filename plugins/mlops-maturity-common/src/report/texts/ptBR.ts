import type { ReportTexts } from './ReportTexts';

/** Portuguese writes 72,5 where English writes 72.5. */
function decimalComma(value: number): string {
  return String(value).replace('.', ',');
}

/** The report's wording in Brazilian Portuguese. */
export const ptBR: ReportTexts = {
  reportTitle: 'Relatório de maturidade de MLOps',
  formatNumber: decimalComma,
  notAssessed: 'Não avaliada',
  yes: 'sim',
  no: 'não',
  headings: {
    summary: 'Resumo executivo',
    areas: 'Áreas',
    gapsAndOpportunities: 'Lacunas e oportunidades',
    gaps: 'Lacunas',
    opportunities: 'Oportunidades',
    actionPlan: 'Plano de ação',
  },
  labels: {
    entity: 'Entidade',
    model: 'Modelo',
    generatedAt: 'Gerado em',
    overallLevel: 'Nível geral',
    crosswalk: 'Comparável a',
    assessed: 'Avaliação',
    status: 'Situação',
    strongestArea: 'Área mais forte',
    weakestArea: 'Área mais fraca',
    mlTestScore: 'ML Test Score',
    area: 'Área',
    level: 'Nível',
    score: 'Pontuação',
    progress: 'Progresso até o próximo nível',
    target: 'Meta',
    targetReached: 'Meta atingida',
    criterion: 'Critério',
    provenance: 'De onde vem o resultado',
    answer: 'Resposta',
    step: '#',
    action: 'Ação',
    exampleTools: 'Ferramentas de exemplo',
    effort: 'Esforço',
    currentLevel: 'Onde a área está hoje',
    nextLevel: 'O próximo nível',
    characteristics: 'Características',
    tools: 'Ferramentas típicas',
    benefits: 'Benefícios',
    challenges: 'Desafios',
    stale: 'Desatualizada: revise a avaliação',
    current: 'Em dia',
    topReached: 'nível máximo atingido',
  },
  provenance: {
    reviewed: 'Confirmado por um revisor',
    disputed: 'Contestado por um revisor, por isso conta como não atendido',
    verified: 'Autoavaliado e confirmado por evidência do catálogo',
    'self-attested': 'Autoavaliado; nada no catálogo confirma',
    conflict: 'Conflito: o time respondeu não, mas o catálogo mostra a prática',
    detected: 'Detectado no catálogo, sem resposta',
    suggested: 'Sem resposta; o catálogo mostra um indício',
    answered: 'Autoavaliado',
    unanswered: 'Sem resposta, por isso conta como não atendido',
    'not-applicable': 'Não se aplica, segundo o time',
  },
  answers: {
    yes: 'Sim',
    no: 'Não',
    none: 'Não (não é feito)',
    manual: 'Parcialmente (manual)',
    automated: 'Sim (automatizado)',
    notApplicable: 'Não se aplica',
    noAnswer: 'Sem resposta',
  },
  answerLabels: {
    heading: 'Respostas',
    answer: 'Resposta',
    source: 'De onde vem o resultado',
    met: 'atendido',
    notMet: 'não atendido',
    reason: 'Por que não se aplica',
    note: 'Observação',
    links: 'Links de evidência',
    catalogEvidence: 'Encontrado no catálogo',
    mlTestScoreSection: 'Seção do ML Test Score',
  },
  mlTestScoreExplanation:
    'O ML Test Score (Breck et al., 2017) é uma segunda leitura das mesmas respostas: cada prática marcada com uma das quatro seções do artigo vale 0 quando não é feita, 0,5 quando é feita à mão e 1 quando é automatizada; os pontos de cada seção são levados à escala de sete testes por seção do artigo (0 a 7), e a seção mais baixa é a pontuação.',
  effort: { low: 'Baixo', medium: 'Médio', high: 'Alto' },
  bands: {
    'research-project':
      'Mais um projeto de pesquisa do que um sistema em produção',
    'serious-holes':
      'Tem alguns testes, mas com falhas sérias de confiabilidade',
    'first-pass': 'Uma primeira passada rumo à produção; falta investir mais',
    'reasonably-tested': 'Razoavelmente testado; mais automação ajudaria',
    strong: 'Testes e monitoramento sólidos, aptos a uso crítico',
    exceptional: 'Testes e monitoramento excepcionais',
  },
  mlSections: {
    data: 'Dados e features',
    model: 'Desenvolvimento do modelo',
    infrastructure: 'Infraestrutura de ML',
    monitoring: 'Monitoramento',
  },
  summary: {
    overall: (entity, level, description) =>
      `${entity} está no nível geral ${level}: ${description}`,
    overallProvisional: (entity, level, description) =>
      `Só pelas evidências do catálogo, ${entity} estaria no nível geral ${level}: ${description} Isso é provisório até o time submeter uma avaliação.`,
    nothingAssessed: entity =>
      `${entity} ainda não foi avaliado: nenhuma área tem resposta ou evidência do catálogo que conte.`,
    coverage: (assessed, total) =>
      assessed === 1
        ? `1 de ${total} áreas foi avaliada.`
        : `${assessed} de ${total} áreas foram avaliadas.`,
    strongest: (area, level, score) =>
      `A área mais forte é ${area} (${level}, pontuação ${decimalComma(
        score,
      )}).`,
    weakest: (area, level, score) =>
      `A área mais fraca é ${area} (${level}, pontuação ${decimalComma(
        score,
      )}).`,
    even: (count, level, score) =>
      `As ${count} áreas avaliadas estão empatadas (${level}, pontuação ${decimalComma(
        score,
      )}), então nenhuma se destaca como a mais forte ou a mais fraca.`,
    assessed: (by, date) => `Última submissão por ${by} em ${date}.`,
    notSubmitted:
      'Nenhuma avaliação foi submetida: os números vêm só de evidências do catálogo, e respostas salvas em um rascunho só contam depois de submetidas.',
    stale: date =>
      `A avaliação ficou desatualizada em ${date}; o time deve revisá-la e submetê-la de novo.`,
    plan: steps =>
      steps === 0
        ? 'Todas as áreas atingiram o nível da meta.'
        : `O plano de ação tem ${steps} passo${
            steps === 1 ? '' : 's'
          } até os níveis da meta.`,
    conflicts: count =>
      `${count} resposta${count === 1 ? '' : 's'} não bate${
        count === 1 ? '' : 'm'
      } com o que o catálogo mostra e precisa${
        count === 1 ? '' : 'm'
      } ser conferida${count === 1 ? '' : 's'}.`,
  },
  opportunity: {
    quickWin: 'Pouco esforço e no caminho do nível da meta.',
    conflict: found =>
      `A resposta foi não, mas o catálogo mostra ${found}. Verifique se a resposta está desatualizada.`,
    suggestion: found =>
      `Sem resposta, mas o catálogo mostra ${found}. Confirme a resposta no questionário.`,
    unverified:
      'A resposta foi sim, sem nada no catálogo que a comprove. Vincule a ferramenta à entidade para que a resposta possa ser confirmada.',
  },
  empty: {
    gaps: 'Sem lacunas: todos os critérios acima dos níveis atuais foram cumpridos.',
    opportunities: 'Nada a acrescentar.',
    actionPlan:
      'Nada a fazer: todas as áreas estão no nível da meta ou acima dele.',
  },
};
