import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from './translation';

/** Brazilian Portuguese messages of the plugin's UI. */
const ptBR = createTranslationMessages({
  ref: mlopsMaturityTranslationRef,
  full: true,
  messages: {
    'common.title': 'Maturidade de MLOps',
    'common.notAssessed': 'Não avaliado',
    'common.score': 'Pontuação {{score}}',
    'common.scoreNone': 'Sem pontuação',
    'common.retry': 'Tentar de novo',
    'states.loadFailed': 'Não foi possível carregar a maturidade de MLOps',
    'states.noPermissionTitle': 'Sem acesso a este scorecard',
    'states.noPermission':
      'Sua conta não pode ler a maturidade de MLOps deste serviço. Peça acesso ao time responsável ou a um administrador do portal.',
    'states.evidenceUnavailable':
      'Não foi possível ler as evidências do catálogo agora; os níveis usam apenas as respostas registradas.',
    'states.evidencePartial':
      'Parte das evidências do catálogo não pôde ser lida agora; alguns critérios podem aparecer sem evidência.',
    'invitation.title': 'Ainda não avaliado',
    'invitation.body':
      'Responda a um questionário curto para ver em que ponto este serviço de ML está em cada área e receber um roteiro do que melhorar a seguir.',
    'invitation.detected_one':
      'O catálogo já mostra evidência para {{count}} critério; ela será sugerida no questionário.',
    'invitation.detected_other':
      'O catálogo já mostra evidências para {{count}} critérios; elas serão sugeridas no questionário.',
    'card.overallLevel': 'Nível geral',
    'card.areas': 'Áreas',
    'card.lastAssessed': 'Última avaliação em {{when}} por {{by}}',
    'card.stale':
      'Esta avaliação está desatualizada desde {{date}}. Atualize-a para que os níveis descrevam o serviço como ele é hoje.',
    'card.conflicts_one': '{{count}} resposta diverge do que o catálogo mostra',
    'card.conflicts_other':
      '{{count}} respostas divergem do que o catálogo mostra',
    'card.takeAssessment': 'Fazer a avaliação',
    'card.continueDraft': 'Continuar seu rascunho',
    'card.update': 'Atualizar',
    'card.viewDetails': 'Ver detalhes',
    'chart.areaScores': 'Pontuação por área',
    'chart.history': 'Pontuação das áreas ao longo dos envios',
    'chart.historySummary':
      'Gráfico de linhas da pontuação de {{areas}} áreas em {{submissions}} envios; a tabela abaixo traz os mesmos valores.',
    'content.views': 'Visões da maturidade de MLOps',
    'content.scorecard': 'Scorecard',
    'content.assessment': 'Avaliação',
    'content.roadmap': 'Roteiro',
    'content.history': 'Histórico',
    'provenance.verified': 'Verificado',
    'provenance.self-attested': 'Autodeclarado',
    'provenance.conflict': 'Conflito',
    'provenance.detected': 'Detectado',
    'provenance.suggested': 'Sugerido',
    'provenance.answered': 'Respondido',
    'provenance.unanswered': 'Sem resposta',
    'provenance.not-applicable': 'Não se aplica',
    'provenanceHelp.verified':
      'Respondido com sim, e o catálogo mostra um vestígio correspondente.',
    'provenanceHelp.self-attested':
      'Respondido com sim, mas o catálogo não mostra vestígio; conta, sem verificação.',
    'provenanceHelp.conflict':
      'Respondido com não, mas o catálogo mostra um vestígio; conta como respondido. Confira a resposta.',
    'provenanceHelp.detected':
      'Sem resposta; o catálogo conhece este fato por completo, então ele conta.',
    'provenanceHelp.suggested':
      'Sem resposta; o catálogo mostra um vestígio, oferecido apenas como sugestão.',
    'provenanceHelp.answered':
      'Respondido; este critério não tem regra de catálogo.',
    'provenanceHelp.unanswered': 'Ainda sem resposta.',
    'provenanceHelp.not-applicable':
      'Marcado como não aplicável, com justificativa.',
    'status.met': 'Atendido',
    'status.partial': 'Atendido em parte',
    'status.notMet': 'Não atendido',
    'status.notApplicable': 'Não se aplica',
    'effort.label': 'Esforço: {{effort}}',
    'effort.low': 'Baixo',
    'effort.medium': 'Médio',
    'effort.high': 'Alto',
    'scorecard.overall': 'Nível geral',
    'scorecard.crosswalk':
      'Comparável ao nível {{google}} de MLOps do Google e ao nível {{microsoft}} de MLOps da Microsoft',
    'scorecard.ladder': 'Escada de níveis de {{area}}',
    'scorecard.current': 'Nível atual',
    'scorecard.next': 'Próximo nível',
    'scorecard.top': 'Esta área está no topo da escada.',
    'scorecard.progress':
      '{{met}} de {{total}} critérios atendidos rumo a {{level}}',
    'scorecard.target': 'Meta: {{level}}',
    'scorecard.targetReached': 'Meta atingida',
    'scorecard.criteria': 'Critérios',
    'scorecard.criterion': 'Critério',
    'scorecard.status': 'Situação',
    'scorecard.provenance': 'Origem',
    'scorecard.evidence': 'Evidência',
    'scorecard.note': 'Observação',
    'scorecard.noEvidence': 'Nenhuma',
    'scorecard.evidenceUnavailable': 'Indisponível: {{message}}',
    'scorecard.evidenceHonesty':
      'A evidência do catálogo mostra que uma ferramenta está ligada a este serviço, não que a prática é seguida.',
    'scorecard.tools': 'Ferramentas típicas: {{tools}}',
    'answers.yes': 'Sim',
    'answers.no': 'Não',
    'answers.none': 'Não é feito',
    'answers.manual': 'Manual e documentado',
    'answers.automated': 'Automatizado e repetido',
    'answers.unanswered': 'Sem resposta',
    'assessment.readOnlyTitle': 'Somente leitura',
    'assessment.readOnly':
      'Você pode ler esta avaliação, mas não alterá-la: só o time responsável por este serviço, ou quem tem a permissão de avaliação, pode responder e enviar.',
    'assessment.saving': 'Salvando…',
    'assessment.saved': 'Salvo',
    'assessment.unsaved': 'Alterações não salvas',
    'assessment.saveFailed': 'Não foi possível salvar o rascunho: {{message}}',
    'assessment.draftSaved': 'Rascunho salvo em {{when}} por {{by}}',
    'assessment.answered': '{{answered}} de {{total}} respondidas',
    'assessment.submit': 'Enviar a avaliação',
    'assessment.submitInvalid':
      'Corrija as respostas marcadas em vermelho antes de enviar.',
    'assessment.submitted':
      'Avaliação enviada. O scorecard já mostra os novos níveis.',
    'conflict.title': 'Outra pessoa salvou antes',
    'conflict.body':
      '{{by}} salvou este rascunho enquanto você editava. Suas respostas continuam nesta página, mas não foram salvas.',
    'conflict.bodyAnonymous':
      'Outra pessoa salvou este rascunho enquanto você editava. Suas respostas continuam nesta página, mas não foram salvas.',
    'conflict.reload': 'Recarregar a versão dela',
    'conflict.stashed_one':
      'Você está vendo a versão da outra pessoa. {{count}} resposta que você digitou foi guardada: reaplique-a para salvá-la por cima.',
    'conflict.stashed_other':
      'Você está vendo a versão da outra pessoa. {{count}} respostas que você digitou foram guardadas: reaplique-as para salvá-las por cima.',
    'conflict.reapply': 'Reaplicar minhas respostas',
    'conflict.discard': 'Descartar minhas respostas',
    'question.suggested': 'Sugerido a partir do catálogo',
    'question.suggestedHelp':
      'Preenchido porque o catálogo liga uma ferramenta a isto. Confirme que a prática existe de fato antes de enviar.',
    'question.notApplicable': 'Não se aplica',
    'question.naReason': 'Por que isto não se aplica?',
    'question.naReasonRequired':
      'Informe um motivo quando uma pergunta não se aplica.',
    'question.note': 'Observação',
    'question.noteTooLong':
      'Mantenha a observação abaixo de {{max}} caracteres.',
    'question.evidenceLink': 'Link de evidência {{index}}',
    'question.addLink': 'Adicionar um link de evidência',
    'question.removeLink': 'Remover o link de evidência {{index}}',
    'question.linkInvalid':
      'Use um endereço completo começando com http:// ou https://',
    'question.clear': 'Limpar a resposta',
    'submitDialog.title': 'Enviar esta avaliação?',
    'submitDialog.intro':
      'O envio registra estas respostas para todos e dá a este serviço os seguintes níveis:',
    'submitDialog.previewFailed':
      'Não foi possível calcular os níveis resultantes.',
    'submitDialog.cancel': 'Cancelar',
    'submitDialog.confirm': 'Enviar',
    'roadmap.targets': 'Metas',
    'roadmap.targetFor': 'Meta para {{area}}',
    'roadmap.current': 'Hoje: {{level}}',
    'roadmap.saveTargets': 'Salvar metas',
    'roadmap.targetsSaved': 'Metas salvas.',
    'roadmap.targetsReadOnly':
      'Só o time responsável, ou quem tem a permissão de metas, pode alterar as metas.',
    'roadmap.actions': 'Ações',
    'roadmap.empty':
      'Todas as áreas atingiram a meta. Eleve uma meta para planejar os próximos passos.',
    'roadmap.levelGroup': '{{area}}: rumo a {{level}}',
    'roadmap.recommendation': 'Ação recomendada',
    'roadmap.exampleTools': 'Ferramentas de exemplo',
    'roadmap.partly': 'Parcialmente implantado',
    'report.title': 'Relatório',
    'report.description':
      'Resumo executivo, detalhe por área, lacunas e plano de ação, pronto para compartilhar.',
    'report.view': 'Ver o relatório',
    'report.hide': 'Ocultar o relatório',
    'report.print': 'Imprimir',
    'report.download': 'Baixar em Markdown',
    'history.empty':
      'Nenhuma avaliação foi enviada ainda. Os envios aparecem aqui para que a evolução possa ser acompanhada.',
    'history.submissions': 'Envios',
    'history.when': 'Enviado em',
    'history.who': 'Por',
    'history.modelVersion': 'Versão do modelo',
    'history.overall': 'Nível geral',
    'history.view': 'Ver respostas',
    'history.viewAria': 'Ver as respostas enviadas em {{when}}',
    'history.dialogTitle': 'Envio de {{when}} por {{by}}',
    'history.retired': 'Esta pergunta não faz mais parte do modelo.',
    'history.close': 'Fechar',
  },
});

export default ptBR;
