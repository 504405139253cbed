import type { ModelLanguage } from '../../model/types';
import type {
  ReviewMethod,
  ReviewVerdict,
} from '../../reviews/reviewDefinitions';

/** The wording of the report's "Assessment method" section in one language. */
export interface AssessmentMethodTexts {
  heading: string;
  selfAssessment: (by: string, date: string, answered: number) => string;
  noSubmission: string;
  catalogEvidence: (criteria: number) => string;
  reviewed: (by: string, date: string, methods: string) => string;
  notReviewed: string;
  confirmedDisputed: (confirmed: number, disputed: number) => string;
  overallNote: string;
  disputedHeading: string;
  criterion: string;
  note: string;
  methods: Record<ReviewMethod, string>;
  verdicts: Record<ReviewVerdict, string>;
  /** Label of a criterion's verdict line. */
  verdictLabel: string;
}

const en: AssessmentMethodTexts = {
  heading: 'Assessment method',
  selfAssessment: (by, date, answered) =>
    `Self-assessment: the team's questionnaire, submitted by ${by} on ${date} (${answered} criteria answered).`,
  noSubmission: 'Self-assessment: nothing has been submitted yet.',
  catalogEvidence: criteria =>
    `Catalog evidence (a tool audit by the plugin): the catalog confirmed, contradicted or detected ${criteria} criteria. Evidence shows that a tool is linked, not that the practice exists.`,
  reviewed: (by, date, methods) =>
    `Review: reviewed on ${date} by ${by}, method: ${methods}.`,
  notReviewed: 'Review: this submission has not been reviewed.',
  confirmedDisputed: (confirmed, disputed) =>
    `The reviewer confirmed ${confirmed} and disputed ${disputed} criteria; a disputed criterion counts as not met until the next submission answers it again.`,
  overallNote: "Reviewer's note",
  disputedHeading: 'Disputed criteria',
  criterion: 'Criterion',
  note: 'Note',
  methods: {
    interview: 'interview or workshop',
    'documentation-review': 'documentation review',
    'tool-audit': 'tool audit',
  },
  verdicts: { confirm: 'Confirmed', dispute: 'Disputed' },
  verdictLabel: 'Review',
};

const ptBR: AssessmentMethodTexts = {
  heading: 'Método de avaliação',
  selfAssessment: (by, date, answered) =>
    `Autoavaliação: o questionário do time, submetido por ${by} em ${date} (${answered} critérios respondidos).`,
  noSubmission: 'Autoavaliação: nada foi submetido ainda.',
  catalogEvidence: criteria =>
    `Evidência do catálogo (uma auditoria de ferramentas feita pelo plugin): o catálogo confirmou, contradisse ou detectou ${criteria} critérios. A evidência mostra que uma ferramenta está ligada, não que a prática existe.`,
  reviewed: (by, date, methods) =>
    `Revisão: revisada em ${date} por ${by}, método: ${methods}.`,
  notReviewed: 'Revisão: esta submissão ainda não foi revisada.',
  confirmedDisputed: (confirmed, disputed) =>
    `O revisor confirmou ${confirmed} e contestou ${disputed} critérios; um critério contestado conta como não atendido até que a próxima submissão o responda de novo.`,
  overallNote: 'Nota do revisor',
  disputedHeading: 'Critérios contestados',
  criterion: 'Critério',
  note: 'Nota',
  methods: {
    interview: 'entrevista ou workshop',
    'documentation-review': 'revisão de documentação',
    'tool-audit': 'auditoria de ferramentas',
  },
  verdicts: { confirm: 'Confirmado', dispute: 'Contestado' },
  verdictLabel: 'Revisão',
};

/** The "Assessment method" wording per report language. */
export const ASSESSMENT_METHOD_TEXTS: Record<
  ModelLanguage,
  AssessmentMethodTexts
> = { en, 'pt-BR': ptBR };
