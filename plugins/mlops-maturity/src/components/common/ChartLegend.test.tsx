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

  it('is hidden from screen readers when the chart is decorative', () => {
    render(<ChartLegend items={items} decorative />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByText('In scope')).toBeInTheDocument();
  });
});
