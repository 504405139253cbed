import type { CriterionDefinition } from '../types';

/**
 * The questions of Monitoring & Maintenance, in questionnaire order: five
 * that gate Intermediate (alerts, on-call, prediction logs, input checks,
 * a retraining strategy) and five that gate Advanced (production quality,
 * automatic retraining, skew and upstream change detection, predictive
 * analysis).
 * @public
 */
export const monitoringCriteria: CriterionDefinition[] = [
  {
    id: 'mon-service-alerts',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: "Are the service's latency, error rate and availability (for batch jobs: failed and late runs) monitored, with alerts that reach the team?",
      'pt-BR':
        'A latência, a taxa de erros e a disponibilidade do serviço (para jobs batch: execuções com falha ou atrasadas) são monitoradas, com alertas que chegam ao time?',
    },
    help: {
      en: 'Yes when the metrics are collected automatically and at least one alert rule notifies the owning team. Dashboards that nobody gets alerted from count as no.',
      'pt-BR':
        'Sim quando as métricas são coletadas automaticamente e pelo menos uma regra de alerta avisa o time responsável. Dashboards que não geram alertas para ninguém contam como não.',
    },
    recommendation: {
      en: 'Export service metrics, define alert rules for latency, errors and availability (or job success and freshness), route them to the team, and link the dashboard from the catalog.',
      'pt-BR':
        'Exporte as métricas do serviço, defina regras de alerta para latência, erros e disponibilidade (ou sucesso e pontualidade dos jobs), encaminhe os alertas ao time e crie no catálogo um link para o dashboard.',
    },
    exampleTools: [
      'Prometheus',
      'Grafana',
      'ELK Stack',
      'Datadog',
      'New Relic',
    ],
    effort: 'low',
    mlTestScoreSection: 'monitoring',
    evidence: {
      rules: [
        { type: 'annotation', key: 'prometheus.io/rule' },
        { type: 'annotation', key: 'prometheus.io/alert' },
        { type: 'annotation', key: 'grafana/dashboard-selector' },
        { type: 'annotation', key: 'grafana/alert-label-selector' },
        { type: 'annotation', key: 'datadoghq.com/dashboard-url' },
        { type: 'annotation', key: 'newrelic.com/dashboard-guid' },
        { type: 'link', linkType: 'dashboard' },
      ],
    },
  },
  {
    id: 'mon-on-call',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Is there an on-call rota for the service, and a runbook that tells the person on call what to do?',
      'pt-BR':
        'Existe uma escala de plantão para o serviço e um runbook que oriente quem estiver de plantão?',
    },
    help: {
      en: 'Yes when alerts page a rota rather than one named person, and the runbook covers the common failures, including a bad model version.',
      'pt-BR':
        'Sim quando os alertas acionam uma escala, e não uma única pessoa, e o runbook cobre as falhas mais comuns, inclusive uma versão ruim do modelo.',
    },
    recommendation: {
      en: "Set up an on-call schedule in the paging tool, write a runbook for the service's known failure modes, and link both from the catalog entity.",
      'pt-BR':
        'Configure uma escala de plantão na ferramenta de acionamento, escreva um runbook para os modos de falha conhecidos do serviço e crie links para ambos na entidade do catálogo.',
    },
    exampleTools: ['PagerDuty', 'Opsgenie', 'Grafana OnCall'],
    effort: 'low',
    evidence: {
      rules: [
        { type: 'annotation', key: 'pagerduty.com/service-id' },
        { type: 'annotation', key: 'pagerduty.com/integration-key' },
        { type: 'link', linkType: 'runbook' },
      ],
    },
  },
  {
    id: 'mon-prediction-logging',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: "Are the model's inputs and predictions logged (in full or as a sample) and kept long enough to be analysed later?",
      'pt-BR':
        'As entradas e as predições do modelo são registradas (por completo ou por amostragem) e guardadas por tempo suficiente para uma análise posterior?',
    },
    help: {
      en: 'Yes when the logged requests and predictions can be joined with the outcomes or labels that arrive later. Application logs without the features or the prediction count as no.',
      'pt-BR':
        'Sim quando as requisições e predições registradas podem ser cruzadas com os resultados ou rótulos que chegam depois. Logs de aplicação sem as features ou sem a predição contam como não.',
    },
    recommendation: {
      en: 'Log each prediction with a request id, the model version, the input features and the output to a store you can query, and keep it for longer than your labels take to arrive.',
      'pt-BR':
        'Registre cada predição com um id de requisição, a versão do modelo, as features de entrada e a saída em um repositório consultável, e guarde esses dados por mais tempo do que os rótulos levam para chegar.',
    },
    exampleTools: ['ELK Stack', 'BigQuery', 'Apache Kafka', 'KServe'],
    effort: 'medium',
  },
  {
    id: 'mon-input-drift',
    levelId: 'intermediate',
    answerType: 'practice-scale',
    question: {
      en: 'Are the inputs the model receives in production checked against the training schema and for drift, with alerts?',
      'pt-BR':
        'As entradas que o modelo recebe em produção são verificadas contra o schema de treino e quanto a drift, com alertas?',
    },
    help: {
      en: 'None: inputs are not checked. Manual: from time to time someone compares production and training distributions and writes up the result. Automated: a monitor checks schema violations and distribution drift continuously and alerts the team.',
      'pt-BR':
        'Nenhum: as entradas não são verificadas. Manual: de tempos em tempos alguém compara as distribuições de produção e de treino e documenta o resultado. Automatizado: um monitor verifica continuamente violações de schema e drift de distribuição e alerta o time.',
    },
    recommendation: {
      en: 'Reuse the training data schema in a production monitor, compute drift statistics per feature on a schedule, and alert when a threshold is crossed.',
      'pt-BR':
        'Reaproveite o schema dos dados de treino em um monitor de produção, calcule estatísticas de drift por feature de forma agendada e gere um alerta quando um limite for ultrapassado.',
    },
    exampleTools: ['Evidently', 'WhyLabs', 'Prometheus', 'Grafana'],
    effort: 'medium',
    mlTestScoreSection: 'monitoring',
  },
  {
    id: 'mon-retraining-strategy',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: "Is there a documented retraining strategy, based on a measured estimate of how fast the model's quality degrades?",
      'pt-BR':
        'Existe uma estratégia de retreino documentada, baseada em uma estimativa medida de quão rápido a qualidade do modelo se degrada?',
    },
    help: {
      en: 'Yes when the team has measured how quality drops as the model ages (for example by scoring older models on newer data) and has written down the retraining cadence or trigger that follows from it.',
      'pt-BR':
        'Sim quando o time mediu como a qualidade cai à medida que o modelo envelhece (por exemplo, avaliando modelos antigos com dados mais recentes) e registrou a cadência ou o gatilho de retreino que decorre disso.',
    },
    recommendation: {
      en: 'Score a few older model versions on recent data to measure how fast quality decays, then document when and how the model is retrained.',
      'pt-BR':
        'Avalie algumas versões antigas do modelo com dados recentes para medir a velocidade da degradação e documente quando e como o modelo é retreinado.',
    },
    exampleTools: ['MLflow', 'Jupyter', 'TechDocs'],
    effort: 'low',
    mlTestScoreSection: 'model',
  },
  {
    id: 'mon-prediction-quality',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: "Are the model's prediction quality in production and the business KPI it serves tracked against the offline metrics, with alerts on regression?",
      'pt-BR':
        'A qualidade das predições do modelo em produção e o KPI de negócio que ele apoia são acompanhados em relação às métricas offline, com alertas em caso de piora?',
    },
    help: {
      en: 'None: quality in production is unknown. Manual: quality is computed from labels every now and then and reported. Automated: quality and KPI metrics are computed continuously as labels arrive and raise an alert when they fall below the offline reference.',
      'pt-BR':
        'Nenhum: a qualidade em produção é desconhecida. Manual: a qualidade é calculada com os rótulos de vez em quando e reportada. Automatizado: as métricas de qualidade e de KPI são calculadas continuamente à medida que os rótulos chegam e geram alertas quando ficam abaixo da referência offline.',
    },
    recommendation: {
      en: 'Join the logged predictions with ground truth as it arrives, publish quality and KPI metrics next to the offline baseline, and alert on a lasting gap.',
      'pt-BR':
        'Cruze as predições registradas com os rótulos reais conforme eles chegam, publique as métricas de qualidade e de KPI ao lado da referência offline e gere alertas quando a diferença persistir.',
    },
    exampleTools: ['Datadog', 'New Relic', 'Evidently', 'Arize'],
    effort: 'high',
    mlTestScoreSection: 'monitoring',
  },
  {
    id: 'mon-automatic-retraining',
    levelId: 'advanced',
    answerType: 'multiple-choice',
    question: {
      en: 'What starts a retraining of the production model?',
      'pt-BR': 'O que dispara o retreino do modelo em produção?',
    },
    help: {
      en: 'Pick the most automated trigger that is really in use. A retraining that a person starts counts as manual, even when it follows a calendar.',
      'pt-BR':
        'Escolha o gatilho mais automatizado que esteja de fato em uso. Um retreino iniciado por uma pessoa conta como manual, mesmo que siga um calendário.',
    },
    options: [
      {
        id: 'manual',
        label: {
          en: 'A person decides and starts it',
          'pt-BR': 'Uma pessoa decide e inicia o retreino',
        },
        credit: 0,
      },
      {
        id: 'schedule',
        label: {
          en: 'A fixed schedule that ignores production data',
          'pt-BR': 'Um agendamento fixo, que ignora os dados de produção',
        },
        credit: 0.5,
      },
      {
        id: 'new-data',
        label: {
          en: 'The arrival of new training data',
          'pt-BR': 'A chegada de novos dados de treino',
        },
        credit: 0.5,
      },
      {
        id: 'degradation-or-drift',
        label: {
          en: 'Quality degradation or data drift detected in production',
          'pt-BR':
            'Degradação de qualidade ou drift de dados detectados em produção',
        },
        credit: 1,
      },
    ],
    recommendation: {
      en: 'Connect the production quality and drift monitors to the training pipeline, so that a lasting degradation starts a retraining and evaluation run automatically.',
      'pt-BR':
        'Conecte os monitores de qualidade e de drift de produção ao pipeline de treino, para que uma degradação persistente inicie automaticamente uma execução de retreino e avaliação.',
    },
    exampleTools: ['Kubeflow', 'Vertex AI', 'Apache Airflow', 'Evidently'],
    effort: 'high',
    mlTestScoreSection: 'monitoring',
  },
  {
    id: 'mon-training-serving-skew',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: 'Is training/serving skew checked, by comparing the features and predictions the service computes with what the training code would produce for the same inputs?',
      'pt-BR':
        'A divergência entre treino e serviço é verificada, comparando as features e predições calculadas pelo serviço com o que o código de treino produziria para as mesmas entradas?',
    },
    help: {
      en: 'None: never checked. Manual: a one-off comparison was done and written up. Automated: a job regularly replays logged requests through the training code path and alerts on differences.',
      'pt-BR':
        'Nenhum: nunca foi verificada. Manual: uma comparação pontual foi feita e documentada. Automatizado: um job reprocessa regularmente as requisições registradas pelo caminho de código do treino e alerta quando há diferenças.',
    },
    recommendation: {
      en: 'On a schedule, replay a sample of logged serving requests through the training feature code, compare the results feature by feature, and alert above a tolerance.',
      'pt-BR':
        'Reprocesse periodicamente uma amostra das requisições registradas pelo código de features do treino, compare os resultados feature a feature e gere alertas acima de uma tolerância.',
    },
    exampleTools: ['TensorFlow Data Validation', 'Evidently', 'Feast'],
    effort: 'medium',
    mlTestScoreSection: 'monitoring',
  },
  {
    id: 'mon-dependency-notifications',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: "Are the model's owners notified automatically when an upstream dataset, feature or schema they depend on changes?",
      'pt-BR':
        'Os responsáveis pelo modelo são avisados automaticamente quando muda um conjunto de dados, uma feature ou um schema do qual dependem?',
    },
    help: {
      en: 'None: changes are discovered when something breaks. Manual: upstream teams announce changes by e-mail or chat. Automated: lineage or data contracts link producers to consumers, and each change notifies the owners.',
      'pt-BR':
        'Nenhum: as mudanças são descobertas quando algo quebra. Manual: os times de origem anunciam as mudanças por e-mail ou chat. Automatizado: linhagem ou contratos de dados ligam produtores a consumidores, e cada mudança gera um aviso para os responsáveis.',
    },
    recommendation: {
      en: 'Declare the datasets and features the service depends on in the catalog, and subscribe the owning team to schema and contract changes of those sources.',
      'pt-BR':
        'Declare no catálogo os conjuntos de dados e as features dos quais o serviço depende e inscreva o time responsável para receber as mudanças de schema e de contrato dessas fontes.',
    },
    exampleTools: ['DataHub', 'OpenLineage', 'Great Expectations'],
    effort: 'medium',
    mlTestScoreSection: 'monitoring',
  },
  {
    id: 'mon-predictive-analysis',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: 'Are monitoring signals (drift, prediction quality, latency, resource use) analysed for trends, so that problems are forecast and handled before end users notice them?',
      'pt-BR':
        'Os sinais de monitoramento (drift, qualidade das predições, latência, uso de recursos) são analisados em busca de tendências, de modo que os problemas sejam previstos e tratados antes que o usuário final os perceba?',
    },
    help: {
      en: 'None: the team reacts to alerts once a threshold is crossed. Manual: someone reviews the trends regularly and acts on what they foresee. Automated: forecasting or anomaly detection on the signals warns the team, or starts a mitigation, before a threshold is reached.',
      'pt-BR':
        'Nenhum: o time reage aos alertas quando um limite já foi ultrapassado. Manual: alguém analisa as tendências com regularidade e age sobre o que prevê. Automatizado: previsão ou detecção de anomalias sobre os sinais avisa o time, ou inicia uma mitigação, antes que um limite seja atingido.',
    },
    recommendation: {
      en: 'Keep the monitoring signals as time series, add forecasting or anomaly detection on the ones that matter most, and alert on the predicted crossing of a threshold rather than on the crossing itself.',
      'pt-BR':
        'Guarde os sinais de monitoramento como séries temporais, aplique previsão ou detecção de anomalias aos mais importantes e gere alertas quando a ultrapassagem de um limite for prevista, e não só quando ela acontecer.',
    },
    exampleTools: ['Prometheus', 'Datadog', 'Arize', 'Evidently'],
    effort: 'high',
    mlTestScoreSection: 'monitoring',
  },
];
