/**
 * What the demo assessments should show, service by service: when each
 * assessment was submitted, by which team, and the level it reached in
 * each area. The generator turns this into answers; the levels here are
 * what the scoring engine computes from them.
 */

/** A level of the default model, per area: development, deployment, monitoring, governance. */
export type PlannedLevel = 'basic' | 'intermediate' | 'advanced';

/** One submitted (or drafted) assessment: its date and the level of each area. */
export interface PlannedAssessment {
  /** ISO date (UTC) of the submission. */
  date: string;
  /** Level per area id; a draft may leave areas out (not answered yet). */
  levels: Partial<Record<string, PlannedLevel>>;
}

/** How far a practice is: met (credit 1), partly (manual, spreadsheet...) or missing. */
export type PracticeState = 'met' | 'partial' | 'unmet';

/** A note on an answer and the state of the practice it describes. */
export interface PlannedNote {
  state: PracticeState;
  text: string;
}

/** The demo history of one ML service from examples/ml-services.yaml. */
export interface ServicePlan {
  name: string;
  /** User names of the owning team; submitters are picked from them. */
  team: string[];
  /** Oldest first. */
  submissions: PlannedAssessment[];
  draft?: PlannedAssessment & { by: string };
  targets?: Record<string, PlannedLevel>;
  /** Criteria that do not apply to this service, with the team's reason. */
  notApplicable?: Record<string, string>;
  /**
   * Notes the team wrote on some answers, with the state of the practice the
   * note describes; the note is kept while the answer is in that state.
   */
  notes?: Record<string, PlannedNote>;
}

const note = (state: PracticeState, text: string): PlannedNote => ({
  state,
  text,
});

const B = 'basic';
const I = 'intermediate';
const A = 'advanced';

function levels(
  development: PlannedLevel,
  deployment: PlannedLevel,
  monitoring: PlannedLevel,
  governance: PlannedLevel,
): Record<string, PlannedLevel> {
  return { development, deployment, monitoring, governance };
}

const recommendations = ['maya-chen', 'tomas-oliveira', 'priya-raman'];
const fraud = ['lena-fischer', 'omar-haddad', 'sofia-marques'];
const forecasting = ['daniel-kowalski', 'aisha-bello'];
const nlp = ['kenji-watanabe', 'clara-dubois', 'rafael-souza'];
const infrastructure = ['nina-petrova', 'samuel-okafor', 'julia-santos'];
const features = ['hugo-lindqvist', 'mei-lin'];
const storefront = ['ethan-brooks', 'ana-ferreira', 'lucas-moreau'];
const payments = ['zara-ahmed', 'felipe-costa'];

/**
 * Seventeen of the twenty example services. Left out on purpose:
 * `similar-items-embedder` (the guest's team starts it from scratch) and two
 * deprecated services nobody will assess again. Three services were last
 * assessed more than 180 days before 2026-11-26, so they show as stale.
 */
export const demoAssessmentPlan: ServicePlan[] = [
  {
    name: 'product-recommender',
    team: recommendations,
    submissions: [{ date: '2026-08-04', levels: levels(I, I, I, B) }],
    targets: { governance: I, deployment: A },
    notes: {
      'gov-risk-review': note(
        'unmet',
        'Drafted with the legal team in July; waiting for their sign-off.',
      ),
    },
  },
  {
    name: 'recommender-training-pipeline',
    team: recommendations,
    submissions: [],
    // Half-filled questionnaire: the guest's team can pick it up.
    draft: {
      date: '2026-11-19',
      by: 'tomas-oliveira',
      levels: { development: I, deployment: B },
    },
  },
  {
    name: 'fraud-scorer',
    team: fraud,
    submissions: [
      { date: '2026-01-27', levels: levels(I, B, B, B) },
      { date: '2026-04-14', levels: levels(I, I, B, I) },
      { date: '2026-08-05', levels: levels(I, I, I, I) },
      { date: '2026-11-12', levels: levels(A, I, I, I) },
    ],
    targets: { deployment: A, monitoring: A },
    notes: {
      'dev-candidate-evaluation': note(
        'met',
        'Every candidate is scored against the production model on the last 30 days of chargebacks before registration.',
      ),
      'gov-explainability-fairness': note(
        'partial',
        'SHAP summaries are produced by hand for the quarterly model review.',
      ),
    },
  },
  {
    name: 'fraud-model-retraining',
    team: fraud,
    submissions: [
      { date: '2026-03-09', levels: levels(B, B, B, B) },
      { date: '2026-09-22', levels: levels(I, I, B, I) },
    ],
  },
  {
    name: 'transaction-anomaly-detector',
    team: fraud,
    submissions: [{ date: '2026-03-17', levels: levels(B, B, B, B) }],
    notes: {
      'dev-experiment-tracking': note(
        'unmet',
        'Still an experiment: results live in notebooks on the shared drive.',
      ),
    },
  },
  {
    name: 'fraud-score-v1',
    team: fraud,
    submissions: [
      { date: '2026-01-13', levels: levels(B, B, B, B) },
      { date: '2026-02-24', levels: levels(B, I, B, B) },
    ],
    notApplicable: {
      'dev-feature-store':
        'Frozen legacy model: no features will be added before it is switched off.',
      'mon-automatic-retraining':
        'Deprecated: the model is no longer retrained, only kept running for one provider.',
    },
  },
  {
    name: 'demand-forecaster',
    team: forecasting,
    submissions: [
      { date: '2026-02-03', levels: levels(I, I, B, B) },
      { date: '2026-06-16', levels: levels(I, I, I, I) },
      { date: '2026-10-27', levels: levels(I, A, I, I) },
    ],
    targets: { development: A, monitoring: A },
    notes: {
      'mon-prediction-quality': note(
        'partial',
        'Forecast error (WAPE) per category is compared weekly with the backtest; the business KPI is not linked yet.',
      ),
    },
  },
  {
    name: 'inventory-replenishment-optimizer',
    team: forecasting,
    submissions: [
      { date: '2026-05-12', levels: levels(B, B, B, B) },
      { date: '2026-10-06', levels: levels(I, B, B, B) },
    ],
    notApplicable: {
      'dev-feature-store':
        'The optimiser reads the forecast table directly; it has no learned features to share.',
      'mon-training-serving-skew':
        'Nothing is trained: each run solves an optimisation problem from the latest forecasts.',
    },
  },
  {
    name: 'promotion-uplift-estimator',
    team: forecasting,
    submissions: [{ date: '2026-04-22', levels: levels(B, B, B, B) }],
    notes: {
      'dep-release-process': note(
        'unmet',
        'Planners run the notebook themselves before each campaign.',
      ),
    },
  },
  {
    name: 'support-ticket-router',
    team: nlp,
    submissions: [
      { date: '2026-02-17', levels: levels(I, B, I, B) },
      { date: '2026-07-07', levels: levels(I, I, I, I) },
      { date: '2026-11-17', levels: levels(I, I, I, I) },
    ],
    targets: { monitoring: A },
  },
  {
    name: 'support-assistant-llm',
    team: nlp,
    submissions: [
      { date: '2026-06-02', levels: levels(B, B, B, B) },
      { date: '2026-10-13', levels: levels(I, B, B, B) },
    ],
    notApplicable: {
      'dev-feature-store':
        'Retrieval uses a vector index of solved tickets, not tabular features.',
      'mon-training-serving-skew':
        'We call a hosted language model and train nothing ourselves.',
    },
    notes: {
      'gov-privacy-controls': note(
        'partial',
        'Ticket texts are masked for e-mail addresses and card numbers before they reach the model; names are not masked yet.',
      ),
    },
  },
  {
    name: 'model-serving-gateway',
    team: infrastructure,
    submissions: [
      { date: '2026-04-28', levels: levels(B, I, I, B) },
      { date: '2026-09-15', levels: levels(I, I, I, B) },
    ],
    notApplicable: {
      'dev-experiment-tracking':
        'The gateway routes requests to models; it trains none and runs no experiments.',
      'dev-data-versioned':
        'No training data: the gateway holds no model of its own.',
      'dev-continuous-training':
        'Nothing to retrain; see the individual model servers.',
      'gov-model-card':
        'Each model behind the gateway has its own model card; the gateway is plain infrastructure.',
      'mon-retraining-strategy': 'Not a model: there is nothing to retrain.',
    },
  },
  {
    name: 'drift-monitor',
    team: infrastructure,
    submissions: [{ date: '2026-10-20', levels: levels(B, B, I, B) }],
  },
  {
    name: 'feature-materialization-pipeline',
    team: features,
    submissions: [
      { date: '2026-01-20', levels: levels(I, I, B, B) },
      { date: '2026-05-26', levels: levels(I, I, I, B) },
      { date: '2026-09-29', levels: levels(I, I, I, I) },
    ],
    notApplicable: {
      'gov-model-card':
        'The pipeline produces features, not predictions; feature views are documented in TechDocs.',
      'gov-explainability-fairness':
        'No model: fairness is assessed by the teams whose models use the features.',
    },
  },
  {
    name: 'customer-embedding-builder',
    team: features,
    submissions: [{ date: '2026-09-08', levels: levels(I, B, B, B) }],
  },
  {
    name: 'search-ranker',
    team: storefront,
    submissions: [
      { date: '2026-03-24', levels: levels(I, I, B, B) },
      { date: '2026-10-30', levels: levels(I, I, I, I) },
    ],
  },
  {
    name: 'payment-retry-optimizer',
    team: payments,
    submissions: [{ date: '2026-11-03', levels: levels(B, B, B, B) }],
    notes: {
      'dev-code-reviewed-tested': note(
        'partial',
        'Reviews happen, but there are no unit tests for the feature code yet.',
      ),
    },
  },
];
