import { screen } from '@testing-library/react';
import { VCS, renderAssessment } from '../../__testUtils__/assessment';

// Big forms are slow on shared CI machines.
jest.setTimeout(30_000);

describe('AssessmentView: the sticky bar never covers a focused field', () => {
  afterEach(() => jest.restoreAllMocks());

  it('keeps focused fields clear of the bar by its height plus a gap', async () => {
    // jsdom lays nothing out: give every element the height of a bar that
    // wraps onto three lines at 390 px.
    jest
      .spyOn(HTMLElement.prototype, 'offsetHeight', 'get')
      .mockReturnValue(120);
    await renderAssessment();
    await screen.findByText(VCS);
    const layout = document.querySelector<HTMLElement>(
      '[style*="--mlops-maturity-bar-offset"]',
    );
    expect(layout?.style.getPropertyValue('--mlops-maturity-bar-offset')).toBe(
      '136px',
    );
    // The questions are inside the element that carries the margin.
    expect(layout).toContainElement(screen.getAllByRole('radio')[0]);
  });
});
