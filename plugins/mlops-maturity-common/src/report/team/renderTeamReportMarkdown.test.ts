import { defaultModel } from '../../model/default';
import { buildTeamReport } from './buildTeamReport';
import { renderTeamReportMarkdown } from './renderTeamReportMarkdown';
import type { TeamReportInput } from './teamReportTypes';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const gapCriterion = defaultModel.areas[1].criteria[0];

function input(title: string): TeamReportInput {
  const levels = ['basic', 'intermediate', 'advanced', null];
  return {
    group: {
      ref: 'group:default/fraud-detection',
      title,
      type: 'team',
      parentRef: 'group:default/data-science',
    },
    summary: {
      covers: 'assessed',
      coverage: {
        inScope: 2,
        assessed: 2,
        stale: 0,
        provisional: 0,
        reviewed: 0,
      },
      services: 2,
      assessed: 2,
      stale: 0,
      assessedShare: 1,
      staleShare: 0,
      overall: [
        ...defaultModel.overallLevels.map(o => ({
          levelId: o.id,
          count: o.id === 'initial' ? 2 : 0,
        })),
        { levelId: null, count: 0 },
      ],
      medianOverallLevelId: 'initial',
      areas: defaultModel.areas.map(area => ({
        areaId: area.id,
        distribution: levels.map(levelId => ({
          levelId,
          count: levelId === 'basic' ? 2 : 0,
        })),
        medianLevelId: 'basic',
        meanScore: 37.5,
      })),
    },
    subgroups: [],
    gaps: [{ criterionId: gapCriterion.id, services: 2 }],
  };
}

describe('renderTeamReportMarkdown', () => {
  it('renders the summary, distributions, gaps and plan as Markdown tables', () => {
    const markdown = renderTeamReportMarkdown(
      buildTeamReport(defaultModel, input('Fraud Detection'), {
        lang: 'en',
        generatedAt: NOW,
      }),
    );
    expect(markdown).toContain('# MLOps maturity team report: Fraud Detection');
    expect(markdown).toContain(
      '| Group | Fraud Detection (group:default/fraud-detection) |',
    );
    expect(markdown).toContain('| Assessed | 2 (100%) |');
    expect(markdown).toContain(
      '| Area | Median level | Mean score | Basic | Intermediate | Advanced | Not assessed |',
    );
    expect(markdown).toContain(
      `| ${defaultModel.areas[0].title.en} | Basic | 37.5 | 2 (100%) | 0 (0%) | 0 (0%) | 0 (0%) |`,
    );
    expect(markdown).toContain('## Where to invest');
    expect(markdown).toContain(
      `| ${defaultModel.areas[1].title.en} | Intermediate | ${gapCriterion.question.en} | 2 (100%) |`,
    );
    expect(markdown).toContain('## Action plan');
    expect(markdown).toContain(gapCriterion.recommendation.en);
    // No sub-group owns services, so the section is left out.
    expect(markdown).not.toContain('## Groups');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('escapes names that would break a table or a heading', () => {
    const markdown = renderTeamReportMarkdown(
      buildTeamReport(defaultModel, input('Fraud | Risk\nTeam'), {
        lang: 'en',
        generatedAt: NOW,
      }),
    );
    expect(markdown).toContain(
      '# MLOps maturity team report: Fraud \\| Risk Team',
    );
    expect(markdown).toContain(
      '| Group | Fraud \\| Risk<br>Team (group:default/fraud-detection) |',
    );
  });

  it('writes Portuguese labels and decimal commas', () => {
    const markdown = renderTeamReportMarkdown(
      buildTeamReport(defaultModel, input('Fraude'), {
        lang: 'pt-BR',
        generatedAt: NOW,
      }),
    );
    expect(markdown).toContain(
      '# Relatório de maturidade de MLOps da equipe: Fraude',
    );
    expect(markdown).toContain('## Onde investir');
    expect(markdown).toContain('| 37,5 |');
  });
});

/** Text that is markup in Markdown or HTML, as a catalog could hold it. */
const IMG = '<img src=x onerror=alert(1)>';
// eslint-disable-next-line no-script-url
const SCRIPT_URL = 'javascript:alert(1)';
const LINK = `[click](${SCRIPT_URL})`;
const ESCAPED =
  '&lt;img src=x onerror=alert(1)&gt; [click\\](javascript:alert(1))';

describe.each(['en', 'pt-BR'] as const)(
  'renderTeamReportMarkdown with hostile catalog texts (%s)',
  lang => {
    function hostileMarkdown() {
      const base = input(`${IMG} ${LINK}`);
      const hostile: TeamReportInput = {
        ...base,
        group: {
          ...base.group,
          type: `${IMG} *team*`,
          parentRef: `group:default/${LINK}`,
        },
        subgroups: [
          {
            ...base.summary,
            ref: 'group:default/sub',
            title: `${LINK}\n# ${IMG}`,
            type: 'team',
            parentRef: base.group.ref,
          },
        ],
      };
      return renderTeamReportMarkdown(
        buildTeamReport(defaultModel, hostile, { lang, generatedAt: NOW }),
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

    it('shows the group title, type, parent and sub-groups as written', () => {
      const md = hostileMarkdown();
      const [heading] = md.split('\n');
      expect(heading).toMatch(/^# [^:]+: /);
      expect(heading.endsWith(`: ${ESCAPED}`)).toBe(true);
      expect(md).toContain(`| ${ESCAPED} (group:default/fraud-detection) |`);
      // The summary paragraph starts with the group's title.
      expect(md).toContain(`\n\n${ESCAPED} `);
      expect(md).toContain('| &lt;img src=x onerror=alert(1)&gt; \\*team\\* |');
      expect(md).toContain('| group:default/[click\\](javascript:alert(1)) |');
      // A newline in a sub-group's title neither ends its row nor starts a heading.
      expect(md).toContain(
        '| [click\\](javascript:alert(1))<br># &lt;img src=x onerror=alert(1)&gt; | team |',
      );
      expect(md).not.toMatch(/^# &lt;img/m);
    });
  },
);
