import { tinyModel } from '../__fixtures__/models';
import { confirm, dispute, reviewOf } from '../__testUtils__/reviews';
import { NOW, evidenceOf, score } from '../__testUtils__/scoring';
import type { AnswerSet } from '../scoring/answerTypes';
import { buildReport } from './buildReport';
import { renderReportMarkdown } from './renderReportMarkdown';

const answers: AnswerSet = {
  'dev-vcs': { value: 'yes' },
  'dev-tracking': { value: 'automated' },
  'ops-alerts': { value: 'yes' },
};
const evidence = {
  'dev-vcs': evidenceOf('found'),
  'ops-owner': evidenceOf('found', true),
};
const assessed = { by: 'user:default/ana', at: '2026-05-20T09:00:00.000Z' };
const review = reviewOf(
  {
    'dev-vcs': confirm('tool-audit'),
    'ops-alerts': dispute('Alerts go to nobody', 'interview'),
  },
  { note: 'Workshop with the team' },
);

function report(lang: 'en' | 'pt-BR', withReview = true) {
  const scorecard = score(tinyModel(), answers, evidence, {
    submittedAt: assessed.at,
    review: withReview ? review : undefined,
  });
  return buildReport(tinyModel(), scorecard, {
    lang,
    entityRef: 'component:default/fraud-scorer',
    entityTitle: 'Fraud Scorer',
    assessed,
    generatedAt: NOW,
  });
}

describe("the report's assessment method", () => {
  it('names the questionnaire, the catalog evidence and the review with its methods, date and reviewer', () => {
    const { assessmentMethod } = report('en');
    expect(assessmentMethod).toEqual({
      heading: 'Assessment method',
      selfAssessment: { ...assessed, answered: 3 },
      // dev-vcs verified (now reviewed, evidence found) and ops-owner detected.
      catalogEvidence: { criteria: 2 },
      review: {
        id: 'r1',
        by: 'user:default/lead',
        at: '2026-05-30T10:00:00.000Z',
        methods: [
          { method: 'interview', title: 'interview or workshop' },
          { method: 'tool-audit', title: 'tool audit' },
        ],
        note: 'Workshop with the team',
        confirmed: 1,
        disputed: [
          {
            criterionId: 'ops-alerts',
            question: 'Question ops-alerts?',
            note: 'Alerts go to nobody',
          },
        ],
      },
      text: [
        "Self-assessment: the team's questionnaire, submitted by user:default/ana on 2026-05-20 (3 criteria answered).",
        expect.stringContaining(
          'the catalog confirmed, contradicted or detected 2 criteria',
        ),
        'Review: reviewed on 2026-05-30 by user:default/lead, method: interview or workshop, tool audit.',
        expect.stringContaining('confirmed 1 and disputed 1 criteria'),
      ],
    });
  });

  it('says when a submission is not reviewed', () => {
    const { assessmentMethod } = report('pt-BR', false);
    expect(assessmentMethod.review).toBeNull();
    expect(assessmentMethod.text.at(-1)).toBe(
      'Revisão: esta submissão ainda não foi revisada.',
    );
  });

  it('gives each criterion its verdict and note, in both languages', () => {
    const en = report('en').areas[1].answers.find(
      c => c.criterionId === 'ops-alerts',
    );
    expect(en).toMatchObject({
      met: false,
      source: 'disputed',
      review: {
        verdict: 'dispute',
        verdictTitle: 'Disputed',
        method: 'interview',
        methodTitle: 'interview or workshop',
        note: 'Alerts go to nobody',
      },
    });
    const pt = report('pt-BR').areas[0].answers.find(
      c => c.criterionId === 'dev-vcs',
    );
    expect(pt?.review).toMatchObject({
      verdictTitle: 'Confirmado',
      methodTitle: 'auditoria de ferramentas',
    });
  });

  it('renders the section and the verdicts in Markdown', () => {
    const markdown = renderReportMarkdown(report('en'));
    expect(markdown).toContain('## Assessment method');
    expect(markdown).toContain(
      '- Review: reviewed on 2026-05-30 by user:default/lead, method: interview or workshop, tool audit.',
    );
    expect(markdown).toContain("**Reviewer's note:** Workshop with the team");
    expect(markdown).toContain('### Disputed criteria');
    expect(markdown).toContain(
      '| Question ops-alerts? | Alerts go to nobody |',
    );
    expect(markdown).toContain(
      '  - Review: Disputed (interview or workshop): Alerts go to nobody',
    );
    const pt = renderReportMarkdown(report('pt-BR'));
    expect(pt).toContain('## Método de avaliação');
    expect(pt).toContain('  - Revisão: Confirmado (auditoria de ferramentas)');
  });
});
