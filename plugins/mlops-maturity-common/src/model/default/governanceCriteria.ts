import type { CriterionDefinition } from '../types';

/**
 * The questions of Governance & Compliance, in questionnaire order: eight
 * that gate Intermediate (catalog entry, team ownership, documentation,
 * model card, access, approvals, privacy, risk review) and five that gate
 * Advanced (lineage, policy gates, continuous compliance, fairness,
 * continuous risk management).
 *
 * The first three are facts the catalog fully knows, so their rules are
 * `sufficient`: they count even before the team answers.
 * @public
 */
export const governanceCriteria: CriterionDefinition[] = [
  {
    id: 'gov-catalog-entry',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Is the service registered in the software catalog with a description, a lifecycle stage and an owner?',
      'pt-BR':
        'O serviço está registrado no catálogo de software com descrição, estágio de ciclo de vida e responsável?',
    },
    help: {
      en: "The catalog answers this one: all three fields must be filled in on the service's entity.",
      'pt-BR':
        'O próprio catálogo responde a esta pergunta: os três campos precisam estar preenchidos na entidade do serviço.',
    },
    recommendation: {
      en: "Fill in metadata.description, spec.lifecycle and spec.owner in the service's catalog-info.yaml.",
      'pt-BR':
        'Preencha metadata.description, spec.lifecycle e spec.owner no catalog-info.yaml do serviço.',
    },
    exampleTools: ['Backstage Software Catalog'],
    effort: 'low',
    evidence: {
      match: 'all',
      rules: [
        { type: 'field', path: 'metadata.description', sufficient: true },
        { type: 'field', path: 'spec.lifecycle', sufficient: true },
        { type: 'field', path: 'spec.owner', sufficient: true },
      ],
    },
  },
  {
    id: 'gov-catalog-ownership',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Is the service owned by a team (a Group in the catalog) rather than by a single person?',
      'pt-BR':
        'O serviço pertence a um time (um Group no catálogo), e não a uma única pessoa?',
    },
    help: {
      en: 'The catalog answers this one: the owner must be a Group. A single User as owner counts as no, because nobody else is accountable while that person is away.',
      'pt-BR':
        'O próprio catálogo responde a esta pergunta: o responsável precisa ser um Group. Um único User como responsável conta como não, porque ninguém mais responde pelo serviço quando essa pessoa está ausente.',
    },
    recommendation: {
      en: "Set spec.owner to the team's Group and keep the Group's member list up to date.",
      'pt-BR':
        'Defina spec.owner como o Group do time e mantenha atualizada a lista de membros do Group.',
    },
    exampleTools: ['Backstage Software Catalog'],
    effort: 'low',
    evidence: {
      rules: [{ type: 'ownerIsGroup', sufficient: true }],
    },
  },
  {
    id: 'gov-techdocs',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: "Is the service's documentation kept as code in its repository and published in the portal with TechDocs?",
      'pt-BR':
        'A documentação do serviço é mantida como código no repositório e publicada no portal com o TechDocs?',
    },
    help: {
      en: 'The catalog answers this one: the entity must carry a TechDocs reference. Documents kept only in a wiki or on a shared drive count as no here.',
      'pt-BR':
        'O próprio catálogo responde a esta pergunta: a entidade precisa ter uma referência ao TechDocs. Documentos mantidos só em uma wiki ou em uma pasta compartilhada contam como não aqui.',
    },
    recommendation: {
      en: 'Add a docs folder and an mkdocs.yml next to the code, move the existing documents there, and add the backstage.io/techdocs-ref annotation.',
      'pt-BR':
        'Crie uma pasta docs e um mkdocs.yml junto ao código, leve para lá os documentos existentes e adicione a anotação backstage.io/techdocs-ref.',
    },
    exampleTools: ['TechDocs', 'MkDocs'],
    effort: 'low',
    evidence: {
      rules: [
        {
          type: 'annotation',
          key: 'backstage.io/techdocs-ref',
          sufficient: true,
        },
      ],
    },
  },
  {
    id: 'gov-model-card',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Is there a model card that states the business goal and intended use, the training data, the evaluation metrics and the known limitations?',
      'pt-BR':
        'Existe um model card que descreva o objetivo de negócio e o uso previsto, os dados de treino, as métricas de avaliação e as limitações conhecidas?',
    },
    help: {
      en: 'Yes when the card covers all four topics and describes the model version now in production. A README that only explains how to run the code counts as no.',
      'pt-BR':
        'Sim quando o card cobre os quatro tópicos e descreve a versão do modelo que está em produção agora. Um README que só explica como rodar o código conta como não.',
    },
    recommendation: {
      en: 'Write a model card from a shared template, update it with every release, and link it from the catalog with a link of type model-card.',
      'pt-BR':
        'Escreva um model card a partir de um template compartilhado, atualize-o a cada liberação e crie no catálogo um link do tipo model-card para ele.',
    },
    exampleTools: [
      'Model Card Toolkit',
      {
        en: 'Hugging Face model cards',
        'pt-BR': 'Model cards do Hugging Face',
      },
      'TechDocs',
    ],
    effort: 'medium',
    evidence: {
      rules: [
        { type: 'link', linkType: 'model-card' },
        { type: 'annotation', key: 'backstage.io/techdocs-ref' },
      ],
    },
  },
  {
    id: 'gov-access-control',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Is access to the training data, the models and the production deployment granted through roles, and reviewed regularly?',
      'pt-BR':
        'O acesso aos dados de treino, aos modelos e à implantação de produção é concedido por meio de papéis (roles) e revisado com regularidade?',
    },
    help: {
      en: 'Yes when permissions come from roles or groups rather than grants to individuals, and someone reviews who holds them at least once a year.',
      'pt-BR':
        'Sim quando as permissões vêm de papéis ou grupos, e não de concessões individuais, e alguém revisa quem as possui pelo menos uma vez por ano.',
    },
    recommendation: {
      en: 'Define roles for reading data, publishing models and deploying, grant access only through them, and schedule a periodic access review.',
      'pt-BR':
        'Defina papéis para ler dados, publicar modelos e fazer implantações, conceda acesso somente por meio deles e agende uma revisão periódica de acessos.',
    },
    exampleTools: [
      'Kubernetes RBAC',
      'Cloud IAM',
      'Open Policy Agent',
      'Keycloak',
    ],
    effort: 'medium',
  },
  {
    id: 'gov-release-approval',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Does every production release record release notes and an approval by someone other than its author?',
      'pt-BR':
        'Cada liberação em produção registra notas de versão e a aprovação de alguém que não seja o próprio autor?',
    },
    help: {
      en: 'Yes when, for any past release, you can show what changed, who approved it and when. Approvals given only in a chat conversation count as no.',
      'pt-BR':
        'Sim quando, para qualquer liberação passada, é possível mostrar o que mudou, quem aprovou e quando. Aprovações dadas apenas em uma conversa de chat contam como não.',
    },
    recommendation: {
      en: 'Require an approval in the release pipeline or in the pull request that changes production, and generate the release notes from the merged changes.',
      'pt-BR':
        'Exija uma aprovação no pipeline de liberação ou no pull request que altera a produção e gere as notas de versão a partir das mudanças integradas.',
    },
    exampleTools: ['GitHub', 'GitLab', 'Jenkins', 'Jira'],
    effort: 'low',
  },
  {
    id: 'gov-privacy-controls',
    levelId: 'intermediate',
    answerType: 'practice-scale',
    question: {
      en: 'Does the data pipeline protect personal and sensitive data (minimisation, masking or pseudonymisation, restricted access, retention limits)?',
      'pt-BR':
        'O pipeline de dados protege dados pessoais e sensíveis (minimização, mascaramento ou pseudonimização, acesso restrito, limites de retenção)?',
    },
    help: {
      en: 'None: no specific controls. Manual: the controls are documented and people apply them from a checklist. Automated: the pipeline enforces them, for example by masking columns and applying retention policies, and violations are detected automatically. Answer not applicable, with a reason, only if the service handles no personal or sensitive data.',
      'pt-BR':
        'Nenhum: não há controles específicos. Manual: os controles estão documentados e as pessoas os aplicam seguindo um checklist. Automatizado: o pipeline os aplica, por exemplo mascarando colunas e aplicando políticas de retenção, e as violações são detectadas automaticamente. Marque não aplicável, com justificativa, somente se o serviço não lidar com dados pessoais ou sensíveis.',
    },
    recommendation: {
      en: 'Classify the columns the pipeline reads, mask or drop the sensitive ones before training, restrict access to raw data, and enforce retention in the storage layer.',
      'pt-BR':
        'Classifique as colunas lidas pelo pipeline, mascare ou descarte as sensíveis antes do treino, restrinja o acesso aos dados brutos e aplique a retenção na camada de armazenamento.',
    },
    exampleTools: ['Apache Ranger', 'Google Cloud DLP', 'Microsoft Presidio'],
    effort: 'medium',
    mlTestScoreSection: 'data',
  },
  {
    id: 'gov-risk-review',
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: {
      en: 'Is a risk assessment of the model (who is affected by wrong predictions, how badly, and which regulations apply) documented and reviewed in a periodic audit?',
      'pt-BR':
        'Existe uma avaliação de riscos do modelo (quem é afetado por predições erradas, com que gravidade e quais regulamentações se aplicam) documentada e revisada em auditorias periódicas?',
    },
    help: {
      en: 'Yes when the assessment exists, names an owner, and was reviewed within the audit interval your organisation has set (for example the last twelve months) or after the last major change to the model.',
      'pt-BR':
        'Sim quando a avaliação existe, tem um responsável e foi revisada dentro do intervalo de auditoria definido pela organização (por exemplo, nos últimos doze meses) ou depois da última mudança importante no modelo.',
    },
    recommendation: {
      en: 'Write a short risk assessment together with the compliance or risk team, record the review date in the service documentation, and put the next review in the team calendar.',
      'pt-BR':
        'Elabore uma avaliação de riscos curta junto com o time de compliance ou de riscos, registre a data da revisão na documentação do serviço e coloque a próxima revisão no calendário do time.',
    },
    exampleTools: ['TechDocs', 'Confluence', 'ServiceNow GRC'],
    effort: 'medium',
  },
  {
    id: 'gov-lineage-catalog',
    levelId: 'advanced',
    answerType: 'multiple-choice',
    question: {
      en: "Where is the model's lineage (source data, features, training runs, versions) recorded?",
      'pt-BR':
        'Onde fica registrada a linhagem do modelo (dados de origem, features, execuções de treino, versões)?',
    },
    help: {
      en: 'Pick the option that holds for the model version in production today.',
      'pt-BR':
        'Escolha a opção válida para a versão do modelo que está em produção hoje.',
    },
    options: [
      {
        id: 'none',
        label: {
          en: 'It is not recorded',
          'pt-BR': 'Ela não é registrada',
        },
        credit: 0,
      },
      {
        id: 'documents',
        label: {
          en: 'In documents or spreadsheets kept up to date by hand',
          'pt-BR': 'Em documentos ou planilhas atualizados à mão',
        },
        credit: 0.5,
      },
      {
        id: 'data-catalog',
        label: {
          en: 'In a data governance platform that captures it automatically (Alation, Collibra, DataHub...)',
          'pt-BR':
            'Em uma plataforma de governança de dados que a captura automaticamente (Alation, Collibra, DataHub...)',
        },
        credit: 1,
      },
    ],
    recommendation: {
      en: "Connect the pipelines to a data catalog that captures lineage automatically, and add a link of type data-catalog from the service to the model's lineage page.",
      'pt-BR':
        'Conecte os pipelines a um catálogo de dados que capture a linhagem automaticamente e adicione ao serviço um link do tipo data-catalog para a página de linhagem do modelo.',
    },
    exampleTools: ['Alation', 'Collibra', 'DataHub', 'OpenLineage'],
    effort: 'high',
    evidence: {
      rules: [{ type: 'link', linkType: 'data-catalog' }],
    },
  },
  {
    id: 'gov-policy-gated-promotion',
    levelId: 'advanced',
    answerType: 'yes-no',
    question: {
      en: 'Is promotion to production gated by automated policy checks (for example model card present, approvals given, tests passed) that leave an audit trail with no manual work?',
      'pt-BR':
        'A promoção para produção depende de verificações automáticas de políticas (por exemplo, model card presente, aprovações concedidas, testes aprovados) que deixam uma trilha de auditoria sem trabalho manual?',
    },
    help: {
      en: "Yes when the pipeline refuses a promotion that breaks a policy and every decision is stored where an auditor can read it. Policies that rely on reviewers' memory count as no.",
      'pt-BR':
        'Sim quando o pipeline recusa uma promoção que viole uma política e toda decisão fica guardada onde um auditor possa consultá-la. Políticas que dependem da memória dos revisores contam como não.',
    },
    recommendation: {
      en: 'Write the release policies as code, evaluate them in the promotion step, and store each decision with its inputs in an append-only audit log.',
      'pt-BR':
        'Escreva as políticas de liberação como código, avalie-as na etapa de promoção e guarde cada decisão, com os dados em que se baseou, em um log de auditoria que não possa ser alterado.',
    },
    exampleTools: ['Open Policy Agent', 'Kyverno', 'MLflow Model Registry'],
    effort: 'high',
  },
  {
    id: 'gov-continuous-compliance',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: 'Are compliance controls (access reviews, data retention, required documentation) checked continuously by tooling, with findings sent to the owners?',
      'pt-BR':
        'Os controles de conformidade (revisões de acesso, retenção de dados, documentação obrigatória) são verificados continuamente por ferramentas, com os achados enviados aos responsáveis?',
    },
    help: {
      en: 'None: compliance is only looked at when an audit comes. Manual: a periodic audit follows a documented checklist. Automated: tooling evaluates the controls all the time and opens findings for the owners without waiting for an audit.',
      'pt-BR':
        'Nenhum: a conformidade só é verificada quando chega uma auditoria. Manual: uma auditoria periódica segue um checklist documentado. Automatizado: ferramentas avaliam os controles o tempo todo e abrem achados para os responsáveis sem esperar uma auditoria.',
    },
    recommendation: {
      en: 'Turn the audit checklist into automated checks against the catalog, the cloud accounts and the data platform, and route failures to the owning team.',
      'pt-BR':
        'Transforme o checklist de auditoria em verificações automáticas sobre o catálogo, as contas de nuvem e a plataforma de dados, e encaminhe as falhas ao time responsável.',
    },
    exampleTools: [
      'Alation',
      'Collibra',
      'Open Policy Agent',
      'Backstage Tech Insights',
    ],
    effort: 'high',
  },
  {
    id: 'gov-explainability-fairness',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: 'Are explainability and fairness analyses run for each model version, and their results reported?',
      'pt-BR':
        'Análises de explicabilidade e de equidade (fairness) são executadas para cada versão do modelo, com os resultados divulgados?',
    },
    help: {
      en: 'None: no such analysis. Manual: the analyses are done in a notebook for major versions and shared. Automated: the training pipeline computes explanations and fairness metrics for the relevant groups on every version and publishes them with the model.',
      'pt-BR':
        'Nenhum: não há esse tipo de análise. Manual: as análises são feitas em um notebook para as versões principais e compartilhadas. Automatizado: o pipeline de treino calcula explicações e métricas de equidade para os grupos relevantes em toda versão e as publica junto com o modelo.',
    },
    recommendation: {
      en: 'Agree with the risk owner on the groups that matter for fairness, add explanation and fairness metrics to the evaluation step, and attach the report to the model card.',
      'pt-BR':
        'Defina com o responsável pelos riscos os grupos relevantes para a equidade, inclua métricas de explicabilidade e de equidade na etapa de avaliação e anexe o relatório ao model card.',
    },
    exampleTools: [
      'SHAP',
      'Fairlearn',
      'What-If Tool',
      'Vertex Explainable AI',
    ],
    effort: 'medium',
    mlTestScoreSection: 'model',
  },
  {
    id: 'gov-advanced-risk-management',
    levelId: 'advanced',
    answerType: 'practice-scale',
    question: {
      en: "Are the model's risks managed continuously: a risk register with an owner and a control for each risk, risk indicators watched in production, and incidents fed back into the assessment?",
      'pt-BR':
        'Os riscos do modelo são gerenciados continuamente: um registro de riscos com um responsável e um controle para cada risco, indicadores de risco acompanhados em produção e incidentes que realimentam a avaliação?',
    },
    help: {
      en: 'This goes beyond the periodic risk assessment asked in Intermediate. None: risks are only looked at in that assessment. Manual: the register and its controls are kept by hand and reviewed after incidents. Automated: the risk indicators are measured in production and a breach or an incident updates the register and alerts the risk owner.',
      'pt-BR':
        'Vai além da avaliação periódica de riscos pedida no nível Intermediário. Nenhum: os riscos só são vistos nessa avaliação. Manual: o registro e seus controles são mantidos à mão e revistos depois de incidentes. Automatizado: os indicadores de risco são medidos em produção, e uma violação ou um incidente atualiza o registro e alerta o responsável pelo risco.',
    },
    recommendation: {
      en: 'Turn the risk assessment into a register with an owner, a control and a measurable indicator per risk, track the indicators next to the service metrics, and link incidents to the risks they touch.',
      'pt-BR':
        'Transforme a avaliação de riscos em um registro com um responsável, um controle e um indicador mensurável por risco, acompanhe os indicadores junto às métricas do serviço e ligue os incidentes aos riscos que eles afetam.',
    },
    exampleTools: ['ServiceNow GRC', 'IBM OpenPages', 'Credo AI'],
    effort: 'high',
  },
];
