import { render, screen } from '@testing-library/react';
import { ChartLegend } from './ChartLegend';

const items = [
  { key: 'inScope', label: 'In scope', color: 'rgb(1, 2, 3)' },
  { key: 'meeting', label: 'Meeting the goal', color: 'rgb(4, 5, 6)' },
];

describe('ChartLegend', () => {
  it('names every series with its colour', () => {
    render(<ChartLegend items={items} />);
    const entries = screen.getAllByRole('listitem');
    expect(entries.map(entry => entry.textContent)).toEqual([
      'In scope',
      'Meeting the goal',
    ]);
    const swatch = entries[1].querySelector('span[aria-hidden="true"]');
    expect(swatch).toHaveStyle({ backgroundColor: 'rgb(4, 5, 6)' });
  });

  it('shows a line in the series dash for a line chart', () => {
    render(
      <ChartLegend
        items={[
          { key: 'dev', label: 'Development', color: 'red', dash: '6 3' },
        ]}
      />,
    );
    const entry = screen.getByRole('listitem');
    expect(entry.querySelector('line')).toHaveAttribute(
      'stroke-dasharray',
      '6 3',
    );
    expect(entry.querySelector('span[aria-hidden="true"]')).toBeNull();
  });

  it('is hidden from screen readers when the chart is decorative', () => {
    render(<ChartLegend items={items} decorative />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByText('In scope')).toBeInTheDocument();
  });
});
