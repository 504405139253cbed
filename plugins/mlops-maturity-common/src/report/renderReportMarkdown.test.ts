import { text, tinyModel } from '../__fixtures__/models';
import {
  NOW,
  answersReaching,
  evidenceOf,
  score,
} from '../__testUtils__/scoring';
import { defaultModel } from '../model/default';
import type { ModelLanguage } from '../model/types';
import { buildReport } from './buildReport';
import { renderReportMarkdown } from './renderReportMarkdown';

function markdown(lang: ModelLanguage, model = tinyModel()) {
  const scorecard = score(
    model,
    {
      'dev-vcs': { value: 'yes' },
      'dev-tracking': { value: 'automated' },
      'ops-owner': { value: 'no' },
    },
    { 'ops-owner': evidenceOf('found', true) },
    { submittedAt: '2026-01-01T00:00:00.000Z' },
  );
  return renderReportMarkdown(
    buildReport(model, scorecard, {
      lang,
      entityRef: 'component:default/fraud-scorer',
      entityTitle: 'Fraud Scorer',
      assessed: { by: 'user:default/ana', at: '2026-01-01T00:00:00.000Z' },
      generatedAt: NOW,
    }),
  );
}

/** The rows of the Markdown table that follows a heading. */
function tableAfter(md: string, heading: string): string[][] {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|') || line.startsWith('|---')) continue;
    rows.push(
      line
        .slice(2, -2)
        .split(/(?<!\\)\| /)
        .map(c => c.trim()),
    );
  }
  return rows;
}

describe('renderReportMarkdown', () => {
  it('has the sections of the founding document, in order', () => {
    const headings = markdown('en')
      .split('\n')
      .filter(line => /^##? /.test(line));
    expect(headings).toEqual([
      '# MLOps maturity report: Fraud Scorer',
      '## Executive summary',
      '## Assessment method',
      '## Areas',
      '## Gaps and opportunities',
      '## Action plan',
    ]);
  });

  it('tabulates every area with level, score, progress and target', () => {
    expect(tableAfter(markdown('en'), '## Areas')).toEqual([
      ['Area', 'Level', 'Score', 'Progress to next level', 'Target'],
      ['Development', 'Intermediate', '66.7', 'Advanced: 0/1 (0%)', 'Advanced'],
      ['Operations', 'Basic', '0', 'Intermediate: 0/2 (0%)', 'Intermediate'],
    ]);
  });

  it('tabulates the action plan with recommendations, tools and effort', () => {
    const rows = tableAfter(markdown('en'), '## Action plan');
    expect(rows[0]).toEqual([
      '#',
      'Area',
      'Level',
      'Action',
      'Example tools',
      'Effort',
    ]);
    expect(rows[1]).toEqual([
      '1',
      'Operations',
      'Intermediate',
      'Question ops-owner?<br>Do ops-owner.',
      'tool-ops-owner',
      'Low',
    ]);
    expect(rows).toHaveLength(4);
  });

  it('flags conflicts among the opportunities and names the evidence', () => {
    expect(markdown('en')).toMatch(
      /^- \*\*Operations\*\*: Question ops-owner\? Answered no, yet the catalog shows argocd\/app-name: x\./m,
    );
  });

  it('is written in Brazilian Portuguese when the report is', () => {
    const md = markdown('pt-BR');
    expect(md).toContain('# Relatório de maturidade de MLOps: Fraud Scorer');
    expect(md).toContain('## Plano de ação');
    expect(md).toContain(
      '| Development [pt-BR] | Intermediate [pt-BR] | 66,7 |',
    );
    expect(md).not.toContain('Executive summary');
  });

  it('keeps tables intact when texts hold pipes and newlines', () => {
    const model = tinyModel();
    model.areas[1].title = text('Run | Watch');
    model.areas[1].criteria[0].recommendation = text(
      'First line\nsecond | line',
    );
    const rows = tableAfter(markdown('en', model), '## Action plan');
    expect(rows[1][1]).toBe('Run \\| Watch');
    expect(rows[1][3]).toBe(
      'Question ops-owner?<br>First line<br>second \\| line',
    );
    expect(rows.every(row => row.length === 6)).toBe(true);
  });

  it('lists every criterion with its answer in plain words and where the result comes from', () => {
    const model = tinyModel();
    const scorecard = score(
      model,
      {
        'dev-vcs': {
          value: 'yes',
          evidenceLinks: ['https://ci.example.com/a_(b)'],
        },
        'dev-tracking': { value: 'manual', note: 'Logged by hand' },
        'dev-pipeline': { notApplicable: { reason: 'No pipeline yet' } },
      },
      {},
    );
    const build = (lang: ModelLanguage) =>
      renderReportMarkdown(
        buildReport(model, scorecard, {
          lang,
          entityRef: 'component:default/x',
          generatedAt: NOW,
        }),
      );
    const en = build('en');
    expect(en).toContain('#### Answers');
    expect(en).toContain(
      '- **Question dev-vcs?** · Answer: Yes · met · Where the result comes from: Self-assessed; nothing in the catalog confirms it',
    );
    // An http(s) link is a link, its URL encoded so that it cannot end early.
    expect(en).toContain(
      '  - Evidence links: [https://ci.example.com/a\\_(b)](https://ci.example.com/a_%28b%29)',
    );
    expect(en).toContain(
      '- **Question dev-tracking?** · Answer: Partly (manual) · not met · Where the result comes from: Self-assessed',
    );
    expect(en).toContain('  - Note: Logged by hand');
    expect(en).toContain('  - ML Test Score section: Model development');
    expect(en).toContain(
      '- **Question dev-pipeline?** · Answer: Not applicable · Where the result comes from: Not applicable, as the team stated',
    );
    expect(en).toContain('  - Why it does not apply: No pipeline yet');
    expect(en).toContain(
      '- **Question ops-canary?** · Answer: No answer · not met · Where the result comes from: Not answered, so it counts as not met',
    );
    expect(en).toContain(
      'The ML Test Score (Breck et al., 2017) is a second view on the same answers',
    );
    // No credit and no internal status name as a cell or a source.
    expect(en).not.toMatch(/credit/i);
    expect(en).not.toMatch(/(: |\| )(Answered|Unanswered)( \||$)/m);
    expect(tableAfter(en, '### Gaps')[0]).toEqual([
      'Area',
      'Level',
      'Criterion',
      'Answer',
      'Where the result comes from',
    ]);

    const pt = build('pt-BR');
    expect(pt).toContain('#### Respostas');
    expect(pt).toContain(
      '- **Question dev-tracking? [pt-BR]** · Resposta: Parcialmente (manual) · não atendido · De onde vem o resultado: Autoavaliado',
    );
    expect(pt).toContain('  - Observação: Logged by hand');
    expect(pt).toContain('  - Por que não se aplica: No pipeline yet');
    expect(pt).toContain(
      'O ML Test Score (Breck et al., 2017) é uma segunda leitura',
    );
  });

  it.each([
    ['en', 'Comparable to'],
    ['pt-BR', 'Comparável a'],
  ] as const)(
    'names the MLOps Community assessment in the crosswalk of Managed, under "comparable to" (%s)',
    (lang, label) => {
      const managed = answersReaching(defaultModel, {
        development: 'intermediate',
        deployment: 'intermediate',
        monitoring: 'intermediate',
        governance: 'intermediate',
      });
      const md = renderReportMarkdown(
        buildReport(defaultModel, score(defaultModel, managed), {
          lang,
          entityRef: 'component:default/fraud-scorer',
          assessed: { by: 'user:default/ana', at: '2026-01-01T00:00:00.000Z' },
          generatedAt: NOW,
        }),
      );
      const row = md.split('\n').find(line => line.startsWith(`| ${label} |`));
      expect(row).toContain('Microsoft: Levels 3-4');
      expect(row).toContain('MLOps Community: MLOps mature');
      expect(md).not.toContain('Equivale a');
    },
  );

  it('says so when there is nothing to do', () => {
    const model = tinyModel();
    const all = Object.fromEntries(
      model.areas
        .flatMap(a => a.criteria)
        .map(c => [c.id, { notApplicable: { reason: 'n/a' } }]),
    );
    const md = renderReportMarkdown(
      buildReport(model, score(model, all), {
        lang: 'en',
        entityRef: 'component:default/x',
        generatedAt: NOW,
      }),
    );
    expect(md).toContain(
      'No gaps: every criterion above the current levels is met.',
    );
    expect(md).toContain(
      'Nothing to do: every area is at or above its target.',
    );
    expect(md).toContain('| Entity | component:default/x |');
  });
});

/** Text that is markup in Markdown or HTML, as a catalog or a user could write it. */
// eslint-disable-next-line no-script-url
const SCRIPT_URL = 'javascript:alert(1)';
const IMG = '<img src=x onerror=alert(1)>';
const LINK = `[click](${SCRIPT_URL})`;

describe.each(['en', 'pt-BR'] as const)(
  'renderReportMarkdown with hostile texts (%s)',
  lang => {
    function hostileMarkdown() {
      const model = tinyModel();
      model.areas[1].title = text(`${IMG} **Ops**`);
      const scorecard = score(
        model,
        {
          'dev-vcs': {
            value: 'yes',
            note: `${IMG}\n# heading ${LINK}\n- item | cell`,
            evidenceLinks: [SCRIPT_URL, `data:text/html,${IMG}`],
          },
          'dev-tracking': {
            notApplicable: { reason: `${LINK}\n> quote ${IMG}` },
          },
          'ops-owner': { value: 'no' },
        },
        {
          'ops-owner': {
            status: 'found',
            sufficient: true,
            items: [
              {
                source: 'annotation',
                label: `${LINK} ${IMG}`,
                url: SCRIPT_URL,
              },
            ],
          },
        },
        { submittedAt: '2026-01-01T00:00:00.000Z' },
      );
      return renderReportMarkdown(
        buildReport(model, scorecard, {
          lang,
          entityRef: 'component:default/fraud-scorer',
          entityTitle: `${IMG} ${LINK}`,
          assessed: { by: `${IMG}\n# user`, at: '2026-01-01T00:00:00.000Z' },
          generatedAt: NOW,
        }),
      );
    }

    it('writes no raw HTML and no live link', () => {
      const md = hostileMarkdown();
      // The tables' `<br>` is the only HTML.
      expect(md.replace(/<br>/g, '')).not.toContain('<');
      // A `](` opens a link destination unless the `]` is escaped by an odd number of backslashes.
      expect(md).not.toMatch(/(?<!\\)(?:\\\\)*\]\(/);
      // The hostile texts are still there, as text.
      expect(md).toContain(`[click\\](${SCRIPT_URL})`);
    });

    it('shows the entity title as written, in the heading, summary and table', () => {
      const md = hostileMarkdown();
      const escapedTitle =
        '&lt;img src=x onerror=alert(1)&gt; [click\\](javascript:alert(1))';
      const heading = md.split('\n')[0];
      expect(heading).toMatch(/^# [^:]+: /);
      expect(heading.endsWith(`: ${escapedTitle}`)).toBe(true);
      expect(md).toContain(
        `| ${escapedTitle} (component:default/fraud-scorer) |`,
      );
      // The summary paragraph starts with the title.
      expect(md).toContain(`\n\n${escapedTitle} `);
    });

    it('escapes model texts, user names and evidence labels', () => {
      const md = hostileMarkdown();
      const area = `&lt;img src=x onerror=alert(1)&gt; \\*\\*Ops\\*\\*${
        lang === 'en' ? '' : ' [pt-BR]'
      }`;
      expect(md).toContain(`\n### ${area}\n`);
      expect(md).toContain(`\n- **${area}**: `);
      // The evidence label is quoted in the conflict opportunity.
      expect(md).toContain(
        '[click\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;',
      );
      // A newline in a name neither ends the table row nor starts a heading.
      expect(md).toContain(
        '| &lt;img src=x onerror=alert(1)&gt;<br># user, 2026-01-01 |',
      );
      expect(md).toContain(' &lt;img src=x onerror=alert(1)&gt; \\# user ');
      expect(md).not.toMatch(/^# user/m);
    });

    it('escapes notes, not-applicable reasons and evidence links, and links none that is not http(s)', () => {
      const md = hostileMarkdown();
      const lines = md.split('\n');
      const note = lines.find(l =>
        l.includes('&lt;img src=x onerror=alert(1)&gt; \\# heading'),
      );
      // On one nested list item: the newlines neither start a heading nor a list.
      expect(note).toMatch(
        /^ {2}- [^:]+: &lt;img src=x onerror=alert\(1\)&gt; \\# heading \[click\\\]\(javascript:alert\(1\)\) - item \\\| cell$/,
      );
      expect(md).not.toMatch(/^# heading/m);
      expect(md).not.toMatch(/^> quote/m);
      expect(md).toContain(
        '[click\\](javascript:alert(1)) &gt; quote &lt;img src=x onerror=alert(1)&gt;',
      );
      // The links are there, as text.
      expect(md).toContain(
        `: ${SCRIPT_URL}, data:text/html,&lt;img src=x onerror=alert(1)&gt;`,
      );
    });
  },
);
