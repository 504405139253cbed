import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { targetsResponse } from '../../__fixtures__/assessments';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { model } from '../../__fixtures__/model';
import { renderForEntity } from '../../__testUtils__/render';
import { RoadmapView } from './RoadmapView';

describe('RoadmapView', () => {
  it('lets those allowed change a target, then reloads the roadmap', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    await renderForEntity(<RoadmapView model={model} />, api);

    const save = await screen.findByRole('button', { name: 'Save targets' });
    expect(save).toBeDisabled();
    await user.click(
      screen.getByRole('button', {
        name: /Target for Monitoring & Maintenance/,
      }),
    );
    await user.click(await screen.findByRole('option', { name: 'Advanced' }));
    expect(save).toBeEnabled();
    await user.click(save);

    expect(api.saveTargets).toHaveBeenCalledWith(
      'component:default/fraud-scorer',
      {
        development: 'advanced',
        monitoring: 'advanced',
      },
    );
    expect(await screen.findByText('Targets saved.')).toBeInTheDocument();
    await waitFor(() => expect(api.getRoadmap).toHaveBeenCalledTimes(2));
  });

  it('shows the targets read only to others', async () => {
    const api = createFakeApi({
      getTargets: jest.fn(async () => targetsResponse(false)),
    });
    await renderForEntity(<RoadmapView model={model} />, api);
    expect(await screen.findByText(/Only the owning team/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Save targets' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: /Target for Monitoring & Maintenance/,
      }),
    ).toHaveAttribute('aria-disabled', 'true');
  });

  it('groups the actions by area and level with recommendation, tools and effort', async () => {
    await renderForEntity(<RoadmapView model={model} />, createFakeApi());
    const group = (
      await screen.findByRole('heading', {
        name: 'Monitoring & Maintenance: towards Intermediate',
      })
    ).closest('section')!;
    expect(
      within(group).getByText('Are latency and errors alerted on?'),
    ).toBeInTheDocument();
    expect(
      within(group).getByText('Add alerts on latency and error rate.'),
    ).toBeInTheDocument();
    expect(within(group).getByText(/Prometheus/)).toBeInTheDocument();
    expect(within(group).getByText('Effort: Low')).toBeInTheDocument();

    const dev = screen
      .getByRole('heading', {
        name: 'Development & Experimentation: towards Advanced',
      })
      .closest('section')!;
    expect(within(dev).getByText('Partly in place')).toBeInTheDocument();
    expect(within(dev).getByText('Effort: Medium')).toBeInTheDocument();
  });

  it('shows, prints and downloads the report', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    const print = jest.spyOn(window, 'print').mockImplementation(() => {});
    const createObjectURL = jest.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const downloads: string[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        downloads.push(this.download);
      });
    await renderForEntity(<RoadmapView model={model} />, api);

    await user.click(
      await screen.findByRole('button', { name: 'View the report' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Maturity report' }),
    ).toBeInTheDocument();
    expect(api.getReport).toHaveBeenCalledWith(
      'component:default/fraud-scorer',
      'markdown',
      'en',
    );

    await user.click(screen.getByRole('button', { name: 'Print' }));
    await waitFor(() => expect(print).toHaveBeenCalled());

    await user.click(
      screen.getByRole('button', { name: 'Download as Markdown' }),
    );
    expect(createObjectURL).toHaveBeenCalled();
    expect(downloads).toEqual(['mlops-maturity-fraud-scorer.md']);
    // The report was fetched once and reused.
    expect(api.getReport).toHaveBeenCalledTimes(1);
    print.mockRestore();
    click.mockRestore();
  });
});
