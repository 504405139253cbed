import { screen, within } from '@testing-library/react';
import type {
  CriterionResult,
  ScorecardResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { model } from '../../__fixtures__/model';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import { renderForEntity } from '../../__testUtils__/render';
import type { LocalizedMaturityModel } from '../../api';
import { ScorecardView } from './ScorecardView';

function result(
  criterionId: string,
  areaId: string,
  levelId: string,
  credit: number,
  applicable = true,
): CriterionResult {
  return {
    criterionId,
    areaId,
    levelId,
    credit,
    met: credit === 1,
    provenance: applicable ? 'answered' : 'not-applicable',
    applicable,
  };
}

/** Development at Basic (one of two Intermediate criteria met, one partly), Monitoring at Basic. */
function basicScorecard(): ScorecardResponse {
  const base = scorecardResponse();
  const [dev, mon] = base.scorecard.areas;
  return {
    ...base,
    scorecard: {
      ...base.scorecard,
      overall: { levelId: 'initial' },
      areas: [
        {
          ...dev,
          levelId: 'basic',
          progress: { levelId: 'intermediate', met: 1, total: 2, ratio: 0.5 },
          criteria: [
            result('dev-vcs', 'development', 'intermediate', 1),
            result('dev-ci', 'development', 'intermediate', 0.5),
            result('dev-tracking', 'development', 'advanced', 0, false),
          ],
        },
        {
          ...mon,
          levelId: 'basic',
          criteria: [
            result('mon-alerts', 'monitoring', 'intermediate', 0),
            result('mon-drift', 'monitoring', 'advanced', 0),
          ],
        },
      ],
    },
  };
}

async function renderScorecard(
  response: ScorecardResponse,
  withModel: LocalizedMaturityModel = model,
) {
  const api = createFakeApi({ getScorecard: jest.fn(async () => response) });
  await renderForEntity(
    <ScorecardView model={withModel} onStart={jest.fn()} />,
    api,
  );
}

describe('ScorecardView by level', () => {
  it('groups each area’s criteria under their level and names what is missing for the next one', async () => {
    await renderScorecard(basicScorecard());

    const intermediate = await screen.findByRole('table', {
      name: 'Criteria for Intermediate: Development & Experimentation',
    });
    expect(
      within(intermediate)
        .getAllByRole('row')
        .slice(1)
        .map(row => row.id),
    ).toEqual(['criterion-dev-vcs', 'criterion-dev-ci']);
    const advanced = screen.getByRole('table', {
      name: 'Criteria for Advanced: Development & Experimentation',
    });
    expect(within(advanced).getAllByRole('row')).toHaveLength(2);

    // Both areas have an Intermediate group; Development's comes first.
    const [devIntermediate, monIntermediate] = screen.getAllByRole('region', {
      name: 'Criteria for Intermediate',
    });
    expect(
      within(monIntermediate).getByRole('link', {
        name: 'Are latency and errors alerted on?',
      }),
    ).toHaveAttribute('href', '#criterion-mon-alerts');
    expect(within(devIntermediate).getByText('1 of 2 met')).toBeInTheDocument();
    expect(
      within(devIntermediate).getByText('Missing for Intermediate:'),
    ).toBeInTheDocument();
    const missing = within(devIntermediate).getByRole('link', {
      name: 'Do pull requests run unit tests?',
    });
    expect(missing).toHaveAttribute('href', '#criterion-dev-ci');
    expect(
      within(devIntermediate).queryByRole('link', {
        name: 'Is all ML code in version control?',
      }),
    ).not.toBeInTheDocument();
    // A not-applicable criterion is not counted, so nothing is missing at Advanced.
    expect(screen.getByText('0 of 0 met')).toBeInTheDocument();
    expect(
      screen.getByText('Every criterion for Advanced is met.'),
    ).toBeInTheDocument();
  });

  it('marks each criterion with an icon and its state in words', async () => {
    await renderScorecard(basicScorecard());
    const mark = async (question: string) => {
      const row = await screen.findByRole('row', {
        name: new RegExp(question),
      });
      const cell = row.querySelector('[data-mark]')!;
      return [
        cell.getAttribute('data-mark'),
        cell.textContent,
        cell.querySelector('svg[aria-hidden="true"]') !== null,
      ];
    };
    expect(await mark('Is all ML code in version control')).toEqual([
      'met',
      'Met',
      true,
    ]);
    expect(await mark('Do pull requests run unit tests')).toEqual([
      'partial',
      'Partly met',
      true,
    ]);
    expect(await mark('Where are experiments tracked')).toEqual([
      'notApplicable',
      'Not applicable',
      true,
    ]);
    expect(await mark('Are latency and errors alerted on')).toEqual([
      'notMet',
      'Not met',
      true,
    ]);
  });

  it('shows the overall ladder and which areas must rise for the next overall level', async () => {
    await renderScorecard(basicScorecard());
    const ladder = await screen.findByRole('list', {
      name: 'Overall levels, lowest first',
    });
    const steps = within(ladder).getAllByRole('listitem');
    expect(steps.map(s => s.textContent)).toEqual([
      'Initial(Where the service stands)',
      'Reproducible(Not reached)',
      'Managed(Not reached)',
    ]);
    expect(steps[0]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('To reach Reproducible:')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Development & Experimentation from Basic to Intermediate',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/Monitoring & Maintenance from/),
    ).not.toBeInTheDocument();
  });

  it('says the top overall level needs nothing more', async () => {
    const response = scorecardResponse();
    response.scorecard.overall = { levelId: 'managed' };
    response.scorecard.areas = response.scorecard.areas.map(a => ({
      ...a,
      levelId: 'advanced',
    }));
    await renderScorecard(response);
    expect(
      await screen.findByText('This is the highest overall level.'),
    ).toBeInTheDocument();
  });

  it('shows a crosswalk that names only one model in a sentence of its own', async () => {
    const oneSided: LocalizedMaturityModel = {
      ...model,
      overallLevels: model.overallLevels.map(level =>
        level.id === 'reproducible'
          ? {
              ...level,
              crosswalk: { microsoft: 'Level 2 - automated training' },
            }
          : level,
      ),
    };
    await renderScorecard(scorecardResponse(), oneSided);
    expect(
      await screen.findByText(
        'Comparable to “Level 2 - automated training” in Microsoft’s MLOps maturity model.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/level Level/)).not.toBeInTheDocument();
  });

  it('names the MLOps Community assessment in a sentence of its own, after the others', async () => {
    const withCommunity: LocalizedMaturityModel = {
      ...model,
      overallLevels: model.overallLevels.map(level =>
        level.id === 'reproducible'
          ? {
              ...level,
              crosswalk: {
                microsoft: 'Level 2 - automated training',
                mlopsCommunity: 'MLOps mature',
              },
            }
          : level,
      ),
    };
    await renderScorecard(scorecardResponse(), withCommunity);
    expect(
      await screen.findByText(
        'Comparable to “Level 2 - automated training” in Microsoft’s MLOps maturity model. In the MLOps Community’s maturity assessment, comparable to “MLOps mature”.',
      ),
    ).toBeInTheDocument();
  });
});
