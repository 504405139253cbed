import { tinyModel } from '../__fixtures__/models';
import {
  NOW,
  answersReaching,
  evidenceOf,
  score,
} from '../__testUtils__/scoring';
import { defaultModel } from '../model/default';
import type { AnswerSet } from '../scoring/answerTypes';
import { buildReport } from './buildReport';

const answers: AnswerSet = {
  'dev-vcs': { value: 'yes' },
  'dev-tracking': { value: 'automated' },
  'dev-pipeline': { value: 'partial' },
  'ops-owner': { value: 'no' },
  'ops-alerts': { value: 'yes' },
};
const evidence = {
  'dev-vcs': evidenceOf('found'),
  'ops-owner': evidenceOf('found', true),
  'ops-alerts': evidenceOf('not-found'),
};
const assessed = { by: 'user:default/ana', at: '2025-10-01T09:00:00.000Z' };

function report(
  lang: 'en' | 'pt-BR' = 'en',
  extra: Partial<Parameters<typeof buildReport>[2]> = {},
) {
  const scorecard = score(tinyModel(), answers, evidence, {
    submittedAt: assessed.at,
  });
  return buildReport(tinyModel(), scorecard, {
    lang,
    entityRef: 'component:default/fraud-scorer',
    entityTitle: 'Fraud Scorer',
    assessed,
    generatedAt: NOW,
    ...extra,
  });
}

describe('buildReport', () => {
  it('summarises the overall level with its meaning, who assessed and when', () => {
    const { summary, entityTitle, generatedAt, model } = report();
    expect(entityTitle).toBe('Fraud Scorer');
    expect(generatedAt).toBe(NOW.toISOString());
    expect(model).toEqual({
      id: 'tiny',
      version: '1.0.0',
      title: 'Tiny model',
    });
    expect(summary.overallLevel).toEqual({
      id: 'repeatable',
      title: 'Repeatable',
      description: 'Development is repeatable',
      crosswalk: { microsoft: '2' },
    });
    expect(summary.assessed).toEqual(assessed);
    expect(summary.stale).toBe(true);
    expect(summary.staleAt).toBe('2026-03-30T09:00:00.000Z');
    expect(summary.strongestArea).toMatchObject({
      areaId: 'dev',
      levelTitle: 'Intermediate',
      score: 83.3,
    });
    expect(summary.weakestArea).toMatchObject({
      areaId: 'ops',
      levelTitle: 'Basic',
      score: 33.3,
    });
    expect(summary.areasAssessed).toBe(2);
    expect(summary.text).toEqual([
      'Fraud Scorer is at the overall level Repeatable: Development is repeatable.',
      '2 of 2 areas are assessed.',
      'The strongest area is Development (Intermediate, score 83.3).',
      'The weakest area is Operations (Basic, score 33.3).',
      'Last submitted by user:default/ana on 2025-10-01.',
      'The assessment went stale on 2026-03-30; the team should review and resubmit it.',
      '1 answer disagrees with what the catalog shows and should be checked.',
      'The action plan lists 2 steps to reach the target levels.',
    ]);
    // model: 1 of 1 tagged criterion met; monitoring: 1 of 2 (7 × 1 / 2).
    expect(summary.mlTestScore).toEqual({
      score: 3.5,
      band: 'strong',
      bandTitle: expect.stringContaining('mission-critical'),
      explanation: expect.stringMatching(
        /^The ML Test Score .*0 when not done, 0\.5 when done by hand and 1 when automated.*seven tests per section \(0 to 7\).*lowest section is the score\.$/,
      ),
      sections: [
        { section: 'model', title: 'Model development', sum: 7 },
        { section: 'monitoring', title: 'Monitoring', sum: 3.5 },
      ],
    });
  });

  it('describes every area: level, score, progress, target, current and next level', () => {
    const { areas } = report();
    expect(areas.map(a => a.areaId)).toEqual(['dev', 'ops']);
    expect(areas[0]).toMatchObject({
      title: 'Development',
      level: { id: 'intermediate', title: 'Intermediate' },
      score: 83.3,
      progress: {
        levelId: 'advanced',
        levelTitle: 'Advanced',
        met: 0,
        total: 1,
        percent: 0,
      },
      target: { levelId: 'advanced', title: 'Advanced', reached: false },
      current: {
        levelId: 'intermediate',
        summary: 'intermediate summary',
        tools: ['intermediate-tool'],
      },
      next: { levelId: 'advanced', benefits: ['advanced benefit'] },
      criteria: {
        applicable: 3,
        met: 2,
        notApplicable: 0,
        conflicts: 0,
        selfAttested: 0,
      },
    });
    expect(areas[1].criteria).toMatchObject({ conflicts: 1, selfAttested: 1 });
  });

  it('lists gaps, opportunities and the action plan with recommendations', () => {
    const { gaps, opportunities, actionPlan } = report();
    // ops-canary is a gap (Advanced) but beyond ops's target (Intermediate), so not in the plan.
    expect(gaps.map(g => g.criterionId)).toEqual([
      'ops-owner',
      'dev-pipeline',
      'ops-canary',
    ]);
    expect(gaps[1]).toMatchObject({
      credit: 0.5,
      answer: 'Partly',
      provenanceTitle: 'Self-assessed',
      levelTitle: 'Advanced',
    });
    expect(gaps[2]).toMatchObject({
      answer: null,
      provenanceTitle: 'Not answered, so it counts as not met',
    });
    expect(actionPlan).toEqual([
      expect.objectContaining({
        step: 1,
        criterionId: 'ops-owner',
        recommendation: 'Do ops-owner.',
        effort: 'low',
        effortTitle: 'Low',
      }),
      expect.objectContaining({
        step: 2,
        criterionId: 'dev-pipeline',
        exampleTools: ['tool-dev-pipeline'],
        question: 'Question dev-pipeline?',
      }),
    ]);
    expect(opportunities.map(o => [o.kind, o.criterionId])).toEqual([
      ['quick-win', 'ops-owner'],
      ['conflict', 'ops-owner'],
      ['unverified', 'ops-alerts'],
    ]);
    expect(opportunities[1].text).toContain('argocd/app-name: x');
  });

  it('writes every text in Brazilian Portuguese when asked', () => {
    const pt = report('pt-BR');
    expect(pt.summary.overallLevel.title).toBe('Repeatable [pt-BR]');
    expect(pt.summary.text[0]).toBe(
      'Fraud Scorer está no nível geral Repeatable [pt-BR]: Development is repeatable [pt-BR].',
    );
    expect(pt.summary.text[2]).toContain('pontuação 83,3');
    expect(pt.areas[0].title).toBe('Development [pt-BR]');
    expect(pt.actionPlan[0]).toMatchObject({
      recommendation: 'Do ops-owner. [pt-BR]',
      effortTitle: 'Baixo',
    });
    expect(pt.gaps[1].provenanceTitle).toBe('Autoavaliado');
    expect(pt.gaps[1].answer).toBe('Partly [pt-BR]');
    expect(pt.areas[0].answers[1]).toMatchObject({
      answer: 'Sim (automatizado)',
      mlTestScoreSection: { title: 'Desenvolvimento do modelo' },
    });
    expect(pt.summary.mlTestScore?.explanation).toMatch(
      /^O ML Test Score .*0,5 quando é feita à mão/,
    );
  });

  it('gives every criterion its answer in plain words, the reason, note and links, and where the result comes from', () => {
    const scorecard = score(
      tinyModel(),
      {
        ...answers,
        'dev-tracking': {
          value: 'manual',
          note: 'Runs logged by hand after each experiment',
          evidenceLinks: ['https://wiki.example.com/runs'],
        },
        'ops-alerts': { notApplicable: { reason: 'A batch job, no traffic' } },
      },
      evidence,
      { submittedAt: assessed.at },
    );
    const { areas } = buildReport(tinyModel(), scorecard, {
      lang: 'en',
      entityRef: 'component:default/fraud-scorer',
      generatedAt: NOW,
    });
    const byId = Object.fromEntries(
      areas.flatMap(a => a.answers).map(c => [c.criterionId, c]),
    );
    expect(areas.map(a => a.answers.map(c => c.criterionId))).toEqual([
      ['dev-vcs', 'dev-tracking', 'dev-pipeline'],
      ['ops-owner', 'ops-alerts', 'ops-canary'],
    ]);
    expect(byId['dev-vcs']).toEqual({
      criterionId: 'dev-vcs',
      levelId: 'intermediate',
      levelTitle: 'Intermediate',
      question: 'Question dev-vcs?',
      answer: 'Yes',
      notApplicableReason: null,
      note: null,
      links: [],
      catalogEvidence: [{ label: 'argocd/app-name: x' }],
      met: true,
      source: 'verified',
      sourceTitle: 'Self-assessed and verified by catalog evidence',
    });
    expect(byId['dev-tracking']).toMatchObject({
      answer: 'Partly (manual)',
      note: 'Runs logged by hand after each experiment',
      links: ['https://wiki.example.com/runs'],
      met: false,
      sourceTitle: 'Self-assessed',
      mlTestScoreSection: { section: 'model', title: 'Model development' },
    });
    expect(byId['dev-pipeline']).toMatchObject({ answer: 'Partly' });
    expect(byId['ops-owner']).toMatchObject({
      answer: 'No',
      source: 'conflict',
      sourceTitle:
        'Conflict: the team answered no, but the catalog shows the practice',
    });
    expect(byId['ops-alerts']).toMatchObject({
      answer: 'Not applicable',
      notApplicableReason: 'A batch job, no traffic',
      met: false,
      sourceTitle: 'Not applicable, as the team stated',
    });
    expect(byId['ops-canary']).toMatchObject({
      answer: null,
      sourceTitle: 'Not answered, so it counts as not met',
    });
    // Plain words only: no credit, no internal status names.
    for (const c of Object.values(byId)) {
      expect(c.sourceTitle).not.toMatch(/credit|^Answered$|^Unanswered$/i);
    }
  });

  it('handles an entity that was never assessed', () => {
    const empty = buildReport(tinyModel(), score(tinyModel(), {}), {
      lang: 'en',
      entityRef: 'component:default/new-model',
      generatedAt: NOW,
    });
    expect(empty.entityTitle).toBe('component:default/new-model');
    expect(empty.summary).toMatchObject({
      overallLevel: { id: null, title: 'Not assessed', description: '' },
      assessed: null,
      stale: false,
      strongestArea: null,
      weakestArea: null,
      areasAssessed: 0,
    });
    expect(empty.summary.text[0]).toMatch(/has not been assessed yet/);
    expect(
      empty.areas.map(a => [a.level.title, a.current, a.next?.levelId]),
    ).toEqual([
      ['Not assessed', null, 'intermediate'],
      ['Not assessed', null, 'intermediate'],
    ]);
  });

  it('never names one area both strongest and weakest: even areas are said to be even', () => {
    // Both areas at Intermediate with 2 of 3 credits.
    const scorecard = score(tinyModel(), {
      'dev-vcs': { value: 'yes' },
      'dev-tracking': { value: 'automated' },
      'dev-pipeline': { value: 'manual' },
      'ops-alerts': { value: 'yes' },
      'ops-owner': { value: 'yes' },
      'ops-canary': { value: 'none' },
    });
    const [dev, ops] = scorecard.areas;
    // The fixture is built so that the two areas tie exactly.
    expect([dev.levelId, dev.score]).toEqual([ops.levelId, ops.score]);
    for (const lang of ['en', 'pt-BR'] as const) {
      const { summary } = buildReport(tinyModel(), scorecard, {
        lang,
        entityRef: 'component:default/x',
        assessed,
        generatedAt: NOW,
      });
      expect(summary.strongestArea).toBeNull();
      expect(summary.weakestArea).toBeNull();
      expect(summary.text.join(' ')).toContain(
        lang === 'en'
          ? `The 2 assessed areas are even (Intermediate, score ${dev.score}), so none stands out as strongest or weakest.`
          : 'As 2 áreas avaliadas estão empatadas',
      );
    }
  });

  it('names two different areas as strongest and weakest when they differ only by level', () => {
    // Both score 66.7; Development is Intermediate, Operations Basic (its owner criterion is unmet).
    const model = tinyModel();
    const scorecard = score(model, {
      'dev-vcs': { value: 'yes' },
      'dev-tracking': { value: 'automated' },
      'dev-pipeline': { value: 'manual' },
      'ops-owner': { value: 'no' },
      'ops-alerts': { value: 'yes' },
      'ops-canary': { value: 'automated' },
    });
    const { summary } = buildReport(model, scorecard, {
      lang: 'en',
      entityRef: 'component:default/x',
      assessed,
      generatedAt: NOW,
    });
    expect(summary.strongestArea).toMatchObject({ areaId: 'dev', score: 66.7 });
    expect(summary.weakestArea).toMatchObject({ areaId: 'ops', score: 66.7 });
  });

  it.each([
    [
      'en',
      /^From catalog evidence alone, .* would be at the overall level .* This is provisional until the team submits an assessment\./,
      'answers saved in a draft do not count until they are submitted',
    ],
    [
      'pt-BR',
      /^Só pelas evidências do catálogo, .* estaria no nível geral .* Isso é provisório até o time submeter uma avaliação\./,
      'respostas salvas em um rascunho só contam depois de submetidas',
    ],
  ] as const)(
    'says that without a submission the level is provisional and drafts do not count (%s)',
    (lang, first, drafts) => {
      const model = tinyModel();
      const built = buildReport(
        model,
        score(model, { 'dev-vcs': { value: 'yes' } }),
        {
          lang,
          entityRef: 'component:default/x',
          assessed: null,
          generatedAt: NOW,
        },
      );
      expect(built.summary.text[0]).toMatch(first);
      expect(built.summary.text.join(' ')).toContain(drafts);
      expect(built.summary.text.join(' ')).not.toMatch(
        /unsubmitted answers|respostas não submetidas/,
      );
    },
  );

  it('names no weakest area when only one is assessed', () => {
    const one = buildReport(
      tinyModel(),
      score(tinyModel(), { 'dev-vcs': { value: 'yes' } }),
      {
        lang: 'en',
        entityRef: 'component:default/x',
        generatedAt: NOW,
      },
    );
    expect(one.summary.strongestArea?.areaId).toBe('dev');
    expect(one.summary.weakestArea).toBeNull();
  });

  it('covers every area of the default model', () => {
    const built = buildReport(defaultModel, score(defaultModel, {}), {
      lang: 'pt-BR',
      entityRef: 'component:default/x',
      generatedAt: NOW,
    });
    expect(built.areas.map(a => a.areaId)).toEqual(
      defaultModel.areas.map(a => a.id),
    );
  });

  it.each([
    ['en', 'Spreadsheets', 'Hugging Face model cards'],
    ['pt-BR', 'Planilhas', 'Model cards do Hugging Face'],
  ] as const)(
    'names tools in the report language (%s): level descriptions and action plan',
    (lang, spreadsheets, modelCards) => {
      // Governance answered at Basic: the model card is on the action plan.
      const built = buildReport(
        defaultModel,
        score(
          defaultModel,
          answersReaching(defaultModel, { governance: 'basic' }),
        ),
        { lang, entityRef: 'component:default/x', generatedAt: NOW },
      );
      const governance = built.areas.find(a => a.areaId === 'governance')!;
      expect(governance.current?.tools).toContain(spreadsheets);
      const step = built.actionPlan.find(
        s => s.criterionId === 'gov-model-card',
      );
      expect(step?.exampleTools).toContain(modelCards);
      expect(step?.exampleTools).toContain('TechDocs');
    },
  );

  it('refuses a scorecard computed with another model version', () => {
    const other = { ...tinyModel(), version: '2.0.0' };
    expect(() =>
      buildReport(other, score(tinyModel(), {}), {
        lang: 'en',
        entityRef: 'x',
        generatedAt: NOW,
      }),
    ).toThrow(
      'The scorecard was computed with model tiny 1.0.0, not tiny 2.0.0',
    );
  });
});
