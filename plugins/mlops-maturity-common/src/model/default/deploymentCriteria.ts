import type { CriterionDefinition } from '../types';

/**
 * The questions of Deployment & Model Management, in questionnaire order:
 * five that gate Intermediate (registry, CI/CD, traceability, containers,
 * validation before release) and five that gate Advanced (GitOps, rollback,
 * progressive delivery, CI/CD for the training pipeline itself, extensive
 * testing before release).
 * @public
 */
export const deploymentCriteria: CriterionDefinition[] = [
  {
    id: 'dep-model-registry',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Is every model version that runs in production stored in a model registry, together with its metrics and the run that produced it?',
      'pt-BR':
        'Toda versão de modelo que roda em produção está armazenada em um model registry, junto com suas métricas e a execução que a gerou?',
    },
    help: {
      en: 'Yes when the deployed artefact is taken from a registry entry rather than from a file path or a bucket someone uploaded to, and the registry keeps every version that has run in production, not only the latest.',
      'pt-BR':
        'Sim quando o artefato implantado vem de uma entrada do registry, e não de um caminho de arquivo ou de um bucket onde alguém fez upload, e o registry guarda todas as versões que já rodaram em produção, não só a mais recente.',
    },
    recommendation: {
      en: 'Register each trained model in a model registry, deploy only registered versions, and declare the registered model in the catalog as a Resource of type ai-model that the service depends on.',
      'pt-BR':
        'Registre cada modelo treinado em um model registry, implante apenas versões registradas e declare o modelo registrado no catálogo como um Resource do tipo ai-model do qual o serviço depende.',
    },
    exampleTools: [
      'MLflow Model Registry',
      'Vertex AI Model Registry',
      'Amazon SageMaker Model Registry',
    ],
    effort: 'low',
    evidence: {
      rules: [
        {
          type: 'relation',
          relation: 'dependsOn',
          targetKind: 'resource',
          targetType: 'ai-model',
        },
        { type: 'tag', tag: 'model-registry' },
      ],
    },
  },
  {
    id: 'dep-release-process',
    levelId: 'intermediate',
    answerType: 'multiple-choice',
    question: {
      en: 'How does a new model version usually reach production?',
      'pt-BR': 'Como uma nova versão do modelo costuma chegar à produção?',
    },
    help: {
      en: 'Pick the path most releases of the last few months took. A pipeline with a manual approval step still counts as CI/CD.',
      'pt-BR':
        'Escolha o caminho seguido pela maioria das liberações dos últimos meses. Um pipeline com uma etapa de aprovação manual continua contando como CI/CD.',
    },
    options: [
      {
        id: 'manual-handoff',
        label: {
          en: 'By hand: files are copied and servers configured manually',
          'pt-BR':
            'À mão: arquivos são copiados e servidores configurados manualmente',
        },
        credit: 0,
      },
      {
        id: 'script',
        label: {
          en: 'Through a deployment script that a person runs',
          'pt-BR': 'Por um script de implantação executado por uma pessoa',
        },
        credit: 0.25,
      },
      {
        id: 'ci-cd',
        label: {
          en: 'Through a CI/CD pipeline that builds, tests and deploys it',
          'pt-BR': 'Por um pipeline de CI/CD que constrói, testa e implanta',
        },
        credit: 1,
      },
      {
        id: 'ci-cd-auto-promotion',
        label: {
          en: 'Through a CI/CD pipeline that also promotes it on its own once the checks pass',
          'pt-BR':
            'Por um pipeline de CI/CD que também promove a versão sozinho quando as verificações passam',
        },
        credit: 1,
      },
    ],
    recommendation: {
      en: 'Build a CI/CD pipeline that packages the registered model, runs the tests and deploys it, then remove the remaining manual steps one at a time.',
      'pt-BR':
        'Monte um pipeline de CI/CD que empacote o modelo registrado, rode os testes e faça a implantação, e depois elimine um a um os passos manuais que restarem.',
    },
    exampleTools: [
      'Jenkins',
      'GitLab CI/CD',
      'Travis CI',
      'GitHub Actions',
      'Argo CD',
    ],
    effort: 'medium',
    evidence: {
      rules: [
        { type: 'annotation', key: 'jenkins.io/job-full-name' },
        { type: 'annotation', key: 'gitlab.com/project-id' },
        { type: 'annotation', key: 'circleci.com/project-slug' },
        { type: 'annotation', key: 'argocd/app-name' },
        // Deployment records from the demo portal's collector module. Optional:
        // a backend without that module leaves this rule out (no evidence, no
        // warning on reads), so the default model needs nothing but the catalog.
        { type: 'collector', collectorId: 'demo-deployments' },
      ],
    },
  },
  {
    id: 'dep-traceability',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Can any running deployment be traced back to its code commit, training data version, environment and artefacts?',
      'pt-BR':
        'Qualquer implantação em execução pode ser rastreada até o commit do código, a versão dos dados de treino, o ambiente e os artefatos?',
    },
    help: {
      en: 'Yes when, for the version running right now, someone can find all four within minutes from recorded metadata (registry entry, image labels, release record) without asking whoever deployed it.',
      'pt-BR':
        'Sim quando, para a versão que está rodando agora, alguém consegue encontrar os quatro itens em poucos minutos a partir de metadados registrados (entrada no registry, labels da imagem, registro da liberação), sem perguntar a quem fez a implantação.',
    },
    recommendation: {
      en: "Stamp every build and registered model with the commit, the data version and the image digest, and show them in the release record and in the running service's metadata.",
      'pt-BR':
        'Marque cada build e cada modelo registrado com o commit, a versão dos dados e o digest da imagem, e exiba essas informações no registro da liberação e nos metadados do serviço em execução.',
    },
    exampleTools: [
      'MLflow',
      'DVC',
      'Git',
      { en: 'OCI image labels', 'pt-BR': 'Labels de imagem OCI' },
    ],
    effort: 'medium',
  },
  {
    id: 'dep-containerized',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Is the model packaged as a container image and run on a managed runtime, such as a Kubernetes cluster or a managed serving platform?',
      'pt-BR':
        'O modelo é empacotado como imagem de contêiner e executado em um runtime gerenciado, como um cluster Kubernetes ou uma plataforma de serving gerenciada?',
    },
    help: {
      en: 'Yes when the same image is promoted unchanged from one environment to the next. A process started by hand on a virtual machine counts as no.',
      'pt-BR':
        'Sim quando a mesma imagem é promovida sem alterações de um ambiente para o outro. Um processo iniciado à mão em uma máquina virtual conta como não.',
    },
    recommendation: {
      en: 'Package the service or batch job in a container image built by CI, run it on the shared cluster, and add the kubernetes-id annotation so the portal can show its workloads.',
      'pt-BR':
        'Empacote o serviço ou o job batch em uma imagem de contêiner gerada pela CI, execute-a no cluster compartilhado e adicione a anotação kubernetes-id para que o portal mostre suas cargas de trabalho.',
    },
    exampleTools: ['Docker', 'Kubernetes', 'KServe', 'Seldon Core'],
    effort: 'medium',
    evidence: {
      rules: [
        { type: 'annotation', key: 'backstage.io/kubernetes-id' },
        { type: 'annotation', key: 'backstage.io/kubernetes-label-selector' },
      ],
    },
  },
  {
    id: 'dep-pre-release-validation',
    levelId: 'intermediate',
    answerType: 'practice-scale',
    question: {
      en: 'Before promotion, is the model validated in a pre-production stage, both its quality against the production model and its prediction API?',
      'pt-BR':
        'Antes da promoção, o modelo é validado em uma etapa de pré-produção, tanto a qualidade em comparação com o modelo em produção quanto a sua API de predição?',
    },
    help: {
      en: 'None: new versions go straight to production. Manual: someone runs the checks by hand and records the outcome before release. Automated: the release pipeline runs quality and API contract tests and stops the promotion when they fail.',
      'pt-BR':
        'Nenhum: as versões novas vão direto para produção. Manual: alguém executa as verificações à mão e registra o resultado antes da liberação. Automatizado: o pipeline de liberação roda testes de qualidade e de contrato da API e interrompe a promoção quando eles falham.',
    },
    recommendation: {
      en: "Add a staging step to the release pipeline that compares the candidate's offline quality with the production model's and calls the prediction API with contract tests before promoting.",
      'pt-BR':
        'Adicione ao pipeline de liberação uma etapa de staging que compare a qualidade offline do candidato com a do modelo em produção e chame a API de predição com testes de contrato antes da promoção.',
    },
    exampleTools: ['Jenkins', 'GitLab CI/CD', 'Travis CI', 'pytest', 'Pact'],
    effort: 'medium',
    mlTestScoreSection: 'infrastructure',
  },
  {
    id: 'dep-gitops',
    levelId: 'advanced',
    answerType: 'yes-no',
    question: {
      en: 'Do changes reach production only through a continuous delivery or GitOps tool, with no manual changes to the running environment?',
      'pt-BR':
        'As mudanças chegam à produção somente por uma ferramenta de entrega contínua ou GitOps, sem alterações manuais no ambiente em execução?',
    },
    help: {
      en: 'Yes when the production state is declared in a repository, a CD tool applies it, and manual changes are blocked or reverted. An occasional hotfix applied by hand counts as no.',
      'pt-BR':
        'Sim quando o estado de produção está declarado em um repositório, uma ferramenta de CD o aplica e alterações manuais são bloqueadas ou revertidas. Uma correção aplicada à mão de vez em quando conta como não.',
    },
    recommendation: {
      en: 'Describe the production deployment declaratively in Git, let a GitOps controller keep it in sync, remove direct write access to the production cluster, and add the argocd/app-name annotation.',
      'pt-BR':
        'Descreva a implantação de produção de forma declarativa no Git, deixe um controlador GitOps mantê-la sincronizada, retire o acesso direto de escrita ao cluster de produção e adicione a anotação argocd/app-name.',
    },
    exampleTools: ['Argo CD', 'Flux', 'Kubernetes'],
    effort: 'medium',
    evidence: {
      rules: [{ type: 'annotation', key: 'argocd/app-name' }],
    },
  },
  {
    id: 'dep-automatic-rollback',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: 'Can production return to the previous model version quickly and safely, and is that rollback exercised?',
      'pt-BR':
        'A produção consegue voltar à versão anterior do modelo de forma rápida e segura, e esse rollback é exercitado?',
    },
    help: {
      en: 'None: there is no rollback plan. Manual: a documented procedure exists and has been tried. Automated: the platform rolls back by itself when health checks fail after a release, and that path is tested regularly.',
      'pt-BR':
        'Nenhum: não há plano de rollback. Manual: existe um procedimento documentado que já foi testado. Automatizado: a plataforma faz o rollback sozinha quando as verificações de saúde falham após uma liberação, e esse caminho é testado com regularidade.',
    },
    recommendation: {
      en: 'Keep previous model versions ready to deploy, connect health checks to an automatic rollback in the deployment tool, and rehearse it, for example during a game day.',
      'pt-BR':
        'Mantenha as versões anteriores do modelo prontas para implantação, ligue as verificações de saúde a um rollback automático na ferramenta de implantação e ensaie o procedimento, por exemplo em um game day.',
    },
    exampleTools: ['Argo Rollouts', 'Argo CD', 'Kubernetes', 'Flagger'],
    effort: 'medium',
    mlTestScoreSection: 'infrastructure',
  },
  {
    id: 'dep-progressive-delivery',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: 'Are new model versions released gradually (canary, A/B test or shadow traffic), with guardrail metrics that stop a bad release?',
      'pt-BR':
        'As novas versões do modelo são liberadas gradualmente (canary, teste A/B ou tráfego espelhado), com métricas de proteção que interrompem uma liberação ruim?',
    },
    help: {
      en: 'None: all traffic switches at once. Manual: part of the traffic is moved by hand while someone watches the metrics. Automated: the rollout shifts traffic in steps and halts or reverts by itself when guardrail metrics get worse.',
      'pt-BR':
        'Nenhum: todo o tráfego muda de uma vez. Manual: parte do tráfego é desviada à mão enquanto alguém acompanha as métricas. Automatizado: a liberação desloca o tráfego em etapas e para ou reverte sozinha quando as métricas de proteção pioram.',
    },
    recommendation: {
      en: 'Send new versions a small share of traffic first, define guardrail metrics (errors, latency, distribution of predictions), and let a rollout controller decide on promotion.',
      'pt-BR':
        'Envie primeiro uma pequena parte do tráfego para as novas versões, defina métricas de proteção (erros, latência, distribuição das predições) e deixe um controlador de liberação decidir a promoção.',
    },
    exampleTools: ['Argo Rollouts', 'Flagger', 'KServe', 'Seldon Core'],
    effort: 'high',
    mlTestScoreSection: 'infrastructure',
  },
  {
    id: 'dep-pipeline-cicd',
    levelId: 'advanced',
    answerType: 'yes-no',
    question: {
      en: 'Is the training pipeline itself built, integration-tested end to end and deployed by CI/CD, like any other software?',
      'pt-BR':
        'O próprio pipeline de treino é construído, testado de ponta a ponta com testes de integração e implantado por CI/CD, como qualquer outro software?',
    },
    help: {
      en: 'Yes when a change to the pipeline code triggers a build, a run of the whole pipeline on a small dataset and an automatic deployment of the new pipeline version. Testing only the serving code counts as no.',
      'pt-BR':
        'Sim quando uma mudança no código do pipeline dispara um build, uma execução do pipeline inteiro com um conjunto de dados pequeno e a implantação automática da nova versão do pipeline. Testar apenas o código de serviço conta como não.',
    },
    recommendation: {
      en: 'Add a CI job that runs the full pipeline on a data sample for every change, and let CD deploy the pipeline definition to the orchestrator.',
      'pt-BR':
        'Crie um job de CI que rode o pipeline completo com uma amostra de dados a cada mudança e deixe o CD implantar a definição do pipeline no orquestrador.',
    },
    exampleTools: [
      'Jenkins',
      'GitLab CI/CD',
      'Kubeflow Pipelines',
      'Vertex AI Pipelines',
    ],
    effort: 'high',
    mlTestScoreSection: 'infrastructure',
  },
  {
    id: 'dep-extensive-release-testing',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: 'Does every release pass an extensive automated test suite before it reaches production: integration tests of the whole serving path, load and latency tests, and checks that the model and its inputs are compatible and numerically stable?',
      'pt-BR':
        'Toda liberação passa por uma bateria extensa de testes automatizados antes de chegar à produção: testes de integração de todo o caminho de serviço, testes de carga e de latência e verificações de que o modelo e suas entradas são compatíveis e numericamente estáveis?',
    },
    help: {
      en: 'This goes beyond the pre-production check of quality and API asked in Intermediate. None: only those basic checks. Manual: the wider tests exist and are run by hand before major releases. Automated: the release pipeline runs all of them on every release and blocks it when one fails.',
      'pt-BR':
        'Vai além da verificação de qualidade e de API em pré-produção pedida no nível Intermediário. Nenhum: só essas verificações básicas. Manual: os testes mais amplos existem e são rodados à mão antes das liberações importantes. Automatizado: o pipeline de liberação roda todos eles em toda liberação e a bloqueia quando algum falha.',
    },
    recommendation: {
      en: 'Add integration, load and compatibility stages to the release pipeline (including checks for NaN or infinite outputs on a reference dataset), and make each of them a required gate for promotion.',
      'pt-BR':
        'Inclua no pipeline de liberação etapas de testes de integração, de carga e de compatibilidade (incluindo verificações de saídas NaN ou infinitas em um conjunto de dados de referência) e torne cada uma delas uma condição obrigatória para a promoção.',
    },
    exampleTools: ['pytest', 'k6', 'Locust', 'Deepchecks'],
    effort: 'high',
    mlTestScoreSection: 'infrastructure',
  },
];
