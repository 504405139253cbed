import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import type { OverviewGroup } from '@mlops-maturity/plugin-mlops-maturity-common';
import { model } from '../../__fixtures__/model';
import { overviewResponse, summary } from '../../__fixtures__/overview';
import { MaturityHeatmap } from './MaturityHeatmap';
import { meanTint } from './meanScale';

jest.setTimeout(20_000);

const group = (
  name: string,
  title: string,
  figures: Parameters<typeof summary>[0],
): OverviewGroup => ({
  ref: `group:default/${name}`,
  title,
  type: 'team',
  parentRef: null,
  ...summary(figures),
});

/** Same median level in monitoring, very different means (the case). */
const payments = group('payments', 'Payments Engineering', {
  services: 4,
  assessed: 3,
  overall: [1, 2, 0, 1],
  medianOverall: 'reproducible',
  development: ['advanced', 80],
  monitoring: ['intermediate', 27.8],
});
const features = group('features', 'Feature Engineering', {
  services: 3,
  assessed: 3,
  overall: [0, 2, 1, 0],
  medianOverall: 'managed',
  development: ['basic', 30],
  monitoring: ['intermediate', 61.1],
});
/** Nothing assessed: no median to show, no mean to sort by. */
const anomaly = group('anomaly', 'Anomaly Detection', {
  services: 2,
  assessed: 0,
  overall: [0, 0, 0, 2],
  medianOverall: null,
  development: [null, null],
  monitoring: [null, null],
});

const overview = overviewResponse([anomaly, features, payments]);

/** Makes `useMediaQuery` see a phone-sized (or desktop) screen. */
function mockScreen(narrow: boolean) {
  window.matchMedia = jest.fn((query: string) => ({
    // MUI asks for `(max-width:599.95px)` for breakpoints.down('xs').
    matches: narrow && query.includes('max-width'),
    media: query,
    onchange: null,
    addListener: jest.fn(),
    removeListener: jest.fn(),
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
    dispatchEvent: jest.fn(),
  })) as unknown as typeof window.matchMedia;
}

async function renderHeatmap(response = overview) {
  const onOpen = jest.fn();
  await renderInTestApp(
    <MaturityHeatmap
      model={model}
      overview={response}
      grouping="team"
      onOpen={onOpen}
    />,
  );
  return onOpen;
}

/** The group row headers of the table, top to bottom (Organisation first). */
const rowOrder = () =>
  screen.getAllByRole('rowheader').map(cell => cell.textContent);

/** The header cell holding the sort button `name`. */
const header = (name: string) =>
  screen.getByRole('button', { name }).closest('th') as HTMLElement;

describe('MaturityHeatmap', () => {
  beforeEach(() => mockScreen(false));

  it('sorts by any column with its header button, with aria-sort', async () => {
    await renderHeatmap();
    expect(header('Group')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowOrder()).toEqual([
      'Organisation',
      'Anomaly Detection',
      'Feature Engineering',
      'Payments Engineering',
    ]);

    await userEvent.click(
      screen.getByRole('button', { name: 'Monitoring & Maintenance' }),
    );
    expect(header('Monitoring & Maintenance')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(header('Group')).not.toHaveAttribute('aria-sort');
    // Lowest mean first; no mean is last in either direction.
    expect(rowOrder()).toEqual([
      'Organisation',
      'Payments Engineering',
      'Feature Engineering',
      'Anomaly Detection',
    ]);

    // The keyboard works the header button too.
    screen.getByRole('button', { name: 'Monitoring & Maintenance' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(header('Monitoring & Maintenance')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(rowOrder()).toEqual([
      'Organisation',
      'Feature Engineering',
      'Payments Engineering',
      'Anomaly Detection',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Services' }));
    expect(header('Services')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowOrder().slice(1)).toEqual([
      'Anomaly Detection',
      'Feature Engineering',
      'Payments Engineering',
    ]);
  });

  it('sorts by an area median level from the "Sort groups by" field', async () => {
    await renderHeatmap();
    await userEvent.click(
      screen.getByRole('button', { name: /Sort groups by/ }),
    );
    await userEvent.click(
      screen.getByRole('option', {
        name: 'Development & Experimentation: median level',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: /Group order/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Descending' }));
    expect(rowOrder().slice(1)).toEqual([
      'Payments Engineering',
      'Feature Engineering',
      'Anomaly Detection',
    ]);
    expect(header('Development & Experimentation')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('names the weakest group of each area in words', async () => {
    await renderHeatmap();
    expect(screen.getByTestId('weakest-monitoring')).toHaveTextContent(
      'Weakest in Monitoring & Maintenance: Payments Engineering, mean 27.8 of 100, 3 of 4 services assessed',
    );
    expect(screen.getByTestId('weakest-development')).toHaveTextContent(
      'Weakest in Development & Experimentation: Feature Engineering, mean 30 of 100, 3 of 3 services assessed',
    );
  });

  it('marks a mean below the organisation mean, whatever the median level', async () => {
    await renderHeatmap();
    const row = (name: string) =>
      screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    const below = "Mean below the organisation's mean";
    // Both have the median Intermediate in monitoring; the organisation's
    // mean there is 55.
    const paymentsCells = within(row('Payments Engineering')).getAllByTestId(
      'heat-cell',
    );
    expect(paymentsCells[1]).toHaveTextContent('Intermediate');
    expect(
      within(paymentsCells[1]).getByRole('img', { name: below }),
    ).toBeInTheDocument();
    const featureCells = within(row('Feature Engineering')).getAllByTestId(
      'heat-cell',
    );
    expect(featureCells[1]).toHaveTextContent('Intermediate');
    expect(
      within(featureCells[1]).queryByRole('img', { name: below }),
    ).not.toBeInTheDocument();
    // The tint follows the mean, so the two cells differ.
    expect(paymentsCells[1]).toHaveAttribute('data-mean', '27.8');
    expect(featureCells[1]).toHaveAttribute('data-mean', '61.1');
  });

  it('says a group has too few assessed services instead of a level', async () => {
    await renderHeatmap();
    const row = screen
      .getByRole('rowheader', { name: 'Anomaly Detection' })
      .closest('tr') as HTMLElement;
    expect(
      within(row).getAllByText('Too few assessed for a median (0 of 2)'),
    ).toHaveLength(2);
    expect(within(row).queryByText('Basic')).not.toBeInTheDocument();
  });

  it("applies the API's minimum of assessed services for a median", async () => {
    await renderHeatmap({ ...overview, minimumAssessedForMedian: 4 });
    const row = (name: string) =>
      screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    // 3 of 3 assessed is below 4: no level, in both areas.
    expect(
      within(row('Feature Engineering')).getAllByText(
        'Too few assessed for a median (3 of 3)',
      ),
    ).toHaveLength(2);
    expect(
      within(row('Payments Engineering')).getAllByText(
        'Too few assessed for a median (3 of 4)',
      ),
    ).toHaveLength(2);
    expect(
      within(row('Payments Engineering')).queryByText('Advanced'),
    ).not.toBeInTheDocument();
  });

  it('becomes a list of groups with their area values on a phone', async () => {
    mockScreen(true);
    await renderHeatmap();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const list = screen.getByRole('list', {
      name: 'Groups and their area values',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items.map(i => within(i).getByRole('heading').textContent)).toEqual([
      'Organisation',
      'Anomaly Detection',
      'Feature Engineering',
      'Payments Engineering',
    ]);
    const paymentsItem = items[3];
    expect(
      within(paymentsItem).getByText(
        'Assessed: 3 of 4 · Overall level: Reproducible',
        { normalizer: s => s.replace(/\s+/g, ' ').trim() },
      ),
    ).toBeInTheDocument();
    expect(
      within(paymentsItem).getByText('Monitoring & Maintenance'),
    ).toBeInTheDocument();
    expect(within(paymentsItem).getByText('mean 27.8')).toBeInTheDocument();
    expect(
      within(paymentsItem).getByRole('img', {
        name: "Mean below the organisation's mean",
      }),
    ).toBeInTheDocument();

    // The list follows the same sort.
    await userEvent.click(
      screen.getByRole('button', { name: /Sort groups by/ }),
    );
    await userEvent.click(
      screen.getByRole('option', {
        name: 'Monitoring & Maintenance: mean score',
      }),
    );
    expect(
      within(list)
        .getAllByRole('heading')
        .map(h => h.textContent),
    ).toEqual([
      'Organisation',
      'Payments Engineering',
      'Feature Engineering',
      'Anomaly Detection',
    ]);
  });
});

describe('meanTint', () => {
  it('keeps WCAG AA contrast for its text on every score, darker for lower scores', () => {
    for (let score = 0; score <= 100; score += 0.5) {
      expect([score, meanTint(score).contrast >= 4.5]).toEqual([score, true]);
    }
    expect(meanTint(20).text).toBe('#ffffff');
    expect(meanTint(90).text).toBe('#000000');
    expect(meanTint(27.8).background).not.toBe(meanTint(61.1).background);
  });
});
