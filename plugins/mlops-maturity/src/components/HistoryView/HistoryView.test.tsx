import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { model } from '../../__fixtures__/model';
import { renderForEntity } from '../../__testUtils__/render';
import { HistoryView } from './HistoryView';

describe('HistoryView', () => {
  it('charts the area scores and lists the submissions, newest first', async () => {
    await renderForEntity(<HistoryView model={model} />, createFakeApi());
    expect(
      await screen.findByRole('img', {
        name: /Line chart of 2 area scores across 2 submissions/,
      }),
    ).toBeInTheDocument();

    const rows = within(
      screen.getByRole('table', { name: 'Submissions' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('Reproducible')).toBeInTheDocument();
    expect(within(rows[1]).getByText('ana')).toBeInTheDocument();
    expect(within(rows[1]).getByText('1.0.0')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Intermediate (75)')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Initial')).toBeInTheDocument();
  });

  it('shows the answers of a past submission', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    await renderForEntity(<HistoryView model={model} />, api);
    const rows = within(
      await screen.findByRole('table', { name: 'Submissions' }),
    ).getAllByRole('row');
    await user.click(
      within(rows[2]).getByRole('button', {
        name: /^View answers submitted/,
      }),
    );

    const dialog = await screen.findByRole('dialog');
    expect(api.getSubmission).toHaveBeenCalledWith(
      'component:default/fraud-scorer',
      's1',
    );
    expect(await within(dialog).findByText('All in Git')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Manual and documented'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Not applicable: Batch scoring only'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/This question is no longer in the model/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('explains that nothing was submitted yet', async () => {
    const api = createFakeApi({
      getSubmissions: jest.fn(async () => ({ entityRef: 'x', items: [] })),
    });
    await renderForEntity(<HistoryView model={model} />, api);
    expect(
      await screen.findByText(/No assessment has been submitted yet/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
