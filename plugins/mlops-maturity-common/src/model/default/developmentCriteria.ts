import type { CriterionDefinition } from '../types';

/**
 * The questions of Development & Experimentation, in questionnaire order:
 * seven that gate Intermediate (versioning, tracking, reproducibility, tested
 * code, semi-automated experiments) and four that gate Advanced (automated
 * pipelines end to end).
 * @public
 */
export const developmentCriteria: CriterionDefinition[] = [
  {
    id: 'dev-code-versioned',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: "Is all of the service's ML code (data preparation, training and inference) kept in version control?",
      'pt-BR':
        'Todo o código de ML do serviço (preparação de dados, treino e inferência) está em controle de versão?',
    },
    help: {
      en: 'Yes only if everything that produces and serves the production model, notebooks included, is committed to a repository such as Git. Code that lives only on laptops, shared drives or a hosted notebook counts as no.',
      'pt-BR':
        'Sim apenas se tudo o que gera e serve o modelo de produção, incluindo notebooks, estiver versionado em um repositório como o Git. Código que existe só em computadores pessoais, pastas compartilhadas ou em um notebook hospedado conta como não.',
    },
    recommendation: {
      en: 'Move every script and notebook that touches the production model into one Git repository, and point the catalog entity at it with a source-location annotation.',
      'pt-BR':
        'Leve todos os scripts e notebooks que afetam o modelo de produção para um repositório Git e aponte a entidade do catálogo para ele com a anotação de source-location.',
    },
    exampleTools: ['Git', 'GitHub', 'GitLab'],
    effort: 'low',
    evidence: {
      rules: [
        { type: 'annotation', key: 'backstage.io/source-location' },
        { type: 'annotation', key: 'github.com/project-slug' },
        { type: 'annotation', key: 'gitlab.com/project-slug' },
      ],
    },
  },
  {
    id: 'dev-experiment-tracking',
    levelId: 'intermediate',
    answerType: 'multiple-choice',
    question: {
      en: 'Where are experiment runs (parameters, metrics and the artefacts they produce) recorded?',
      'pt-BR':
        'Onde ficam registradas as execuções de experimentos (parâmetros, métricas e os artefatos gerados)?',
    },
    help: {
      en: 'Pick the option that fits most runs of the last few months. A tracking tool counts only when the training code logs to it, not when results are copied in afterwards.',
      'pt-BR':
        'Escolha a opção que vale para a maioria das execuções dos últimos meses. Uma ferramenta de rastreamento só conta quando o próprio código de treino registra nela, e não quando os resultados são copiados depois.',
    },
    options: [
      {
        id: 'none',
        label: {
          en: "Nowhere in particular: in notebooks or in people's memory",
          'pt-BR':
            'Em lugar nenhum específico: em notebooks ou na memória das pessoas',
        },
        credit: 0,
      },
      {
        id: 'spreadsheet',
        label: {
          en: 'In a spreadsheet or wiki page filled in by hand',
          'pt-BR': 'Em uma planilha ou página de wiki preenchida à mão',
        },
        credit: 0.5,
      },
      {
        id: 'tracking-tool',
        label: {
          en: 'In an experiment tracking tool that the training code logs to (MLflow, Weights & Biases, Vertex AI Experiments...)',
          'pt-BR':
            'Em uma ferramenta de rastreamento de experimentos alimentada pelo código de treino (MLflow, Weights & Biases, Vertex AI Experiments...)',
        },
        credit: 1,
      },
    ],
    recommendation: {
      en: 'Log the parameters, metrics and artefacts of every training run to a tracking server, and add an experiment-tracking link to the catalog entity so others can find the runs.',
      'pt-BR':
        'Registre parâmetros, métricas e artefatos de toda execução de treino em um servidor de rastreamento e adicione à entidade do catálogo um link do tipo experiment-tracking para que outras pessoas encontrem as execuções.',
    },
    exampleTools: [
      'MLflow',
      'Weights & Biases',
      'Vertex AI Experiments',
      'DVC',
    ],
    effort: 'low',
    evidence: {
      rules: [
        { type: 'annotation', key: 'mlflow.org/experiment' },
        { type: 'link', linkType: 'experiment-tracking' },
      ],
    },
  },
  {
    id: 'dev-data-versioned',
    levelId: 'intermediate',
    answerType: 'practice-scale',
    question: {
      en: 'Is the training data versioned, so that each training run records exactly which data it used?',
      'pt-BR':
        'Os dados de treino são versionados, de modo que cada execução de treino registre exatamente quais dados usou?',
    },
    help: {
      en: 'None: training reads whatever the source holds at the time. Manual: snapshots are copied and named by hand, and the run notes which one it used. Automated: a data versioning tool or table time travel pins the version, and the run records it with no manual step.',
      'pt-BR':
        'Nenhum: o treino lê o que a fonte tiver no momento. Manual: cópias dos dados são feitas e nomeadas à mão, e a execução anota qual delas usou. Automatizado: uma ferramenta de versionamento de dados ou o time travel das tabelas fixa a versão, e a execução a registra sem passos manuais.',
    },
    recommendation: {
      en: 'Put the training datasets under a data versioning tool, log the data version with every run, and declare the datasets in the catalog as Resources of type dataset that the service depends on.',
      'pt-BR':
        'Coloque os conjuntos de dados de treino sob uma ferramenta de versionamento de dados, registre a versão dos dados em cada execução e declare esses conjuntos no catálogo como Resources do tipo dataset dos quais o serviço depende.',
    },
    exampleTools: ['DVC', 'lakeFS', 'Delta Lake'],
    effort: 'medium',
    evidence: {
      rules: [
        {
          type: 'relation',
          relation: 'dependsOn',
          targetKind: 'resource',
          targetType: 'dataset',
        },
      ],
    },
  },
  {
    id: 'dev-data-schema',
    levelId: 'intermediate',
    answerType: 'practice-scale',
    question: {
      en: 'Are the expectations on the input data (columns, types, value ranges, allowed categories) written down as a schema and checked before training?',
      'pt-BR':
        'As expectativas sobre os dados de entrada (colunas, tipos, faixas de valores, categorias permitidas) estão descritas em um schema verificado antes do treino?',
    },
    help: {
      en: 'None: nothing is written down. Manual: the schema is documented and someone checks new data against it by hand. Automated: the pipeline validates every training dataset against the schema and stops on violations.',
      'pt-BR':
        'Nenhum: nada está descrito. Manual: o schema está documentado e alguém confere os dados novos com ele à mão. Automatizado: o pipeline valida cada conjunto de treino contra o schema e é interrompido quando há violações.',
    },
    recommendation: {
      en: 'Capture the feature expectations in a schema kept next to the code, and add a validation step at the start of the training pipeline that fails on violations.',
      'pt-BR':
        'Registre as expectativas sobre as features em um schema mantido junto ao código e inclua no início do pipeline de treino uma etapa de validação que falhe quando houver violações.',
    },
    exampleTools: [
      'Great Expectations',
      'TensorFlow Data Validation',
      'Pandera',
    ],
    effort: 'medium',
    mlTestScoreSection: 'data',
  },
  {
    id: 'dev-environment-reproducible',
    levelId: 'intermediate',
    answerType: 'practice-scale',
    question: {
      en: 'Can the training environment be rebuilt from code, so that a past run can be repeated with the same results?',
      'pt-BR':
        'O ambiente de treino pode ser recriado a partir de código, de modo que uma execução antiga possa ser repetida com os mesmos resultados?',
    },
    help: {
      en: 'None: dependencies are whatever happens to be installed. Manual: pinned dependencies and setup steps are documented, and someone has repeated a run by following them. Automated: the environment is built from code (lock files, container images) and a job checks reproducibility by training twice and comparing.',
      'pt-BR':
        'Nenhum: as dependências são as que estiverem instaladas. Manual: as dependências fixadas e os passos de preparação estão documentados, e alguém já repetiu uma execução seguindo-os. Automatizado: o ambiente é construído a partir de código (arquivos de lock, imagens de contêiner) e um job verifica a reprodutibilidade treinando duas vezes e comparando os resultados.',
    },
    recommendation: {
      en: 'Pin dependencies in a lock file, run training in a container image, fix random seeds, and schedule a job that retrains on fixed data and compares the result with the previous run.',
      'pt-BR':
        'Fixe as dependências em um arquivo de lock, execute o treino em uma imagem de contêiner, fixe as sementes aleatórias e agende um job que retreine com dados fixos e compare o resultado com a execução anterior.',
    },
    exampleTools: ['Docker', 'Conda', 'Poetry', 'uv'],
    effort: 'medium',
    mlTestScoreSection: 'infrastructure',
  },
  {
    id: 'dev-code-reviewed-tested',
    levelId: 'intermediate',
    answerType: 'practice-scale',
    question: {
      en: 'Do changes to feature and model code go through a pull request that runs unit tests in CI and is approved by a second person?',
      'pt-BR':
        'As mudanças no código de features e do modelo passam por um pull request que roda testes unitários em CI e é aprovado por uma segunda pessoa?',
    },
    help: {
      en: 'None: changes are pushed directly, without tests. Manual: tests and reviews exist, but the tests are run by hand or only now and then. Automated: every pull request runs the feature and model unit tests in CI and cannot be merged without a green build and an approving review.',
      'pt-BR':
        'Nenhum: as mudanças vão direto para o repositório, sem testes. Manual: existem testes e revisões, mas os testes são rodados à mão ou só de vez em quando. Automatizado: todo pull request roda em CI os testes unitários de features e do modelo e só pode ser integrado com o build aprovado e a aprovação de um revisor.',
    },
    recommendation: {
      en: 'Write unit tests for feature transformations and model code, run them in CI on every pull request, and require one approving review before merging.',
      'pt-BR':
        'Escreva testes unitários para as transformações de features e o código do modelo, rode-os em CI a cada pull request e exija a aprovação de um revisor antes do merge.',
    },
    exampleTools: [
      'GitHub Actions',
      'GitLab CI/CD',
      'Jenkins',
      'CircleCI',
      'pytest',
      'SonarQube',
    ],
    effort: 'medium',
    mlTestScoreSection: 'data',
    evidence: {
      rules: [
        { type: 'annotation', key: 'jenkins.io/job-full-name' },
        { type: 'annotation', key: 'gitlab.com/project-id' },
        { type: 'annotation', key: 'circleci.com/project-slug' },
        { type: 'annotation', key: 'sonarqube.org/project-key' },
      ],
    },
  },
  {
    id: 'dev-semi-automated-experiments',
    levelId: 'intermediate',
    answerType: 'practice-scale',
    question: {
      en: 'Do the recurring steps of an experiment (preparing the data, training, evaluating) run as scripts or pipeline steps started with one command, instead of notebook cells run by hand?',
      'pt-BR':
        'As etapas que se repetem em um experimento (preparar os dados, treinar, avaliar) rodam como scripts ou etapas de pipeline iniciados com um único comando, em vez de células de notebook executadas à mão?',
    },
    help: {
      en: 'None: each experiment is a notebook run cell by cell. Manual: the steps are scripts with documented parameters, but a person chains them. Automated: one command or trigger runs the steps in order with the chosen parameters and records the outcome; a person still decides which experiments to run.',
      'pt-BR':
        'Nenhum: cada experimento é um notebook executado célula a célula. Manual: as etapas são scripts com parâmetros documentados, mas uma pessoa os encadeia. Automatizado: um único comando ou gatilho executa as etapas em ordem com os parâmetros escolhidos e registra o resultado; uma pessoa ainda decide quais experimentos rodar.',
    },
    recommendation: {
      en: 'Turn the notebook steps that every experiment repeats into parameterised scripts or pipeline steps, and add one entry point that runs them in order and logs the run.',
      'pt-BR':
        'Transforme as etapas de notebook que todo experimento repete em scripts parametrizados ou etapas de pipeline e crie um único ponto de entrada que as execute em ordem e registre a execução.',
    },
    exampleTools: ['MLflow Projects', 'DVC pipelines', 'Metaflow', 'Hydra'],
    effort: 'medium',
  },
  {
    id: 'dev-pipeline-orchestrated',
    levelId: 'advanced',
    answerType: 'yes-no',
    question: {
      en: 'Does training run as an orchestrated pipeline of separate steps (data extraction and validation, training, evaluation), with the same pipeline code in development, pre-production and production?',
      'pt-BR':
        'O treino roda como um pipeline orquestrado de etapas separadas (extração e validação de dados, treino, avaliação), com o mesmo código de pipeline em desenvolvimento, pré-produção e produção?',
    },
    help: {
      en: 'Yes when an orchestrator runs the steps and the production model comes out of the same pipeline definition the team develops with. A notebook run from top to bottom, or training code rewritten for production only, counts as no.',
      'pt-BR':
        'Sim quando um orquestrador executa as etapas e o modelo de produção sai da mesma definição de pipeline usada no desenvolvimento. Um notebook executado de cima a baixo, ou um código de treino reescrito só para produção, conta como não.',
    },
    recommendation: {
      en: 'Split training into pipeline components run by an orchestrator, and promote the pipeline definition itself through the environments instead of handing over a trained model file.',
      'pt-BR':
        'Divida o treino em componentes de pipeline executados por um orquestrador e promova a própria definição do pipeline entre os ambientes, em vez de entregar um arquivo de modelo já treinado.',
    },
    exampleTools: [
      'Kubeflow Pipelines',
      'Vertex AI Pipelines',
      'Apache Airflow',
      'Argo Workflows',
    ],
    effort: 'high',
  },
  {
    id: 'dev-continuous-training',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: 'Do training pipelines start on their own (on new code, new data or a schedule) and record metrics, parameters and the resulting model version with no manual step?',
      'pt-BR':
        'Os pipelines de treino começam sozinhos (com código novo, dados novos ou por agendamento) e registram métricas, parâmetros e a versão do modelo gerado sem nenhum passo manual?',
    },
    help: {
      en: 'None: someone starts training and saves the results. Manual: a person starts the pipeline, which then logs metrics and the model version by itself. Automated: runs start without a person, and every run leaves a tracked experiment and a registered model version.',
      'pt-BR':
        'Nenhum: alguém inicia o treino e guarda os resultados. Manual: uma pessoa inicia o pipeline, que depois registra sozinho as métricas e a versão do modelo. Automatizado: as execuções começam sem intervenção humana, e cada uma deixa um experimento rastreado e uma versão de modelo registrada.',
    },
    recommendation: {
      en: 'Add triggers to the training pipeline and make its last step log the run to the tracking server and register the model version, so that no run goes unrecorded.',
      'pt-BR':
        'Adicione gatilhos ao pipeline de treino e faça sua última etapa registrar a execução no servidor de rastreamento e a versão no model registry, para que nenhuma execução fique sem registro.',
    },
    exampleTools: ['Kubeflow', 'Vertex AI', 'MLflow', 'GitHub Actions'],
    effort: 'high',
  },
  {
    id: 'dev-feature-store',
    levelId: 'advanced',
    answerType: 'yes-no',
    question: {
      en: 'Do training and serving read features from a shared feature store, so that each feature is computed by a single transformation for both?',
      'pt-BR':
        'Treino e serviço leem as features de uma feature store compartilhada, de modo que cada feature seja calculada por uma única transformação nos dois casos?',
    },
    help: {
      en: "Yes when the model's features are defined once in a feature store and served from it both offline and online. Features recomputed separately in the serving code count as no.",
      'pt-BR':
        'Sim quando as features do modelo são definidas uma única vez em uma feature store e servidas por ela tanto offline quanto online. Features recalculadas à parte no código de serviço contam como não.',
    },
    recommendation: {
      en: "Register the model's features in the shared feature store, switch training and serving to read from it, and declare the feature store in the catalog as a dependency of the service.",
      'pt-BR':
        'Registre as features do modelo na feature store compartilhada, faça o treino e o serviço lerem dela e declare a feature store no catálogo como dependência do serviço.',
    },
    exampleTools: [
      'Feast',
      'Vertex AI Feature Store',
      'Databricks Feature Store',
      'Tecton',
    ],
    effort: 'high',
    evidence: {
      rules: [
        {
          type: 'relation',
          relation: 'dependsOn',
          targetKind: 'resource',
          targetType: 'feature-store',
        },
      ],
    },
  },
  {
    id: 'dev-candidate-evaluation',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: 'Is every candidate model compared automatically with a simple baseline and with the production model, overall and on important slices of the data?',
      'pt-BR':
        'Todo modelo candidato é comparado automaticamente com um baseline simples e com o modelo em produção, no geral e em recortes importantes dos dados?',
    },
    help: {
      en: 'Slices are the segments that matter to the service, such as countries, customer groups or product categories. None: only an overall metric is looked at. Manual: the comparison is done in a notebook and written up. Automated: the pipeline runs the comparison on every run and blocks candidates that lose on any slice.',
      'pt-BR':
        'Recortes são os segmentos relevantes para o serviço, como países, grupos de clientes ou categorias de produto. Nenhum: só se olha uma métrica geral. Manual: a comparação é feita em um notebook e documentada. Automatizado: o pipeline faz a comparação em toda execução e barra candidatos que piorem em algum recorte.',
    },
    recommendation: {
      en: 'Add an evaluation step that scores the candidate, a simple baseline and the production model on the same held-out data, slice by slice, and fails the run when the candidate is worse.',
      'pt-BR':
        'Inclua uma etapa de avaliação que meça o candidato, um baseline simples e o modelo em produção nos mesmos dados de teste, recorte a recorte, e que falhe a execução quando o candidato for pior.',
    },
    exampleTools: ['TensorFlow Model Analysis', 'Evidently', 'MLflow'],
    effort: 'medium',
    mlTestScoreSection: 'model',
  },
];
