/**
 * Answers the questionnaire through the page, as a user would: for each
 * question, the answer that meets the criterion ("Yes", or the last, most
 * automated choice), except for the criteria asked to stay unmet, which get
 * the first choice that is not "Yes".
 */
import type { Page } from 'playwright-core';

/** Options of {@link answerEverythingBest}. */
export interface AnswerOptions {
  /** Criterion ids to answer with the lowest choice instead. */
  leaveUnmet?: string[];
}

/** Returns how many questions were answered, across every area. */
export async function answerEverythingBest(
  page: Page,
  options: AnswerOptions = {},
): Promise<number> {
  // The questionnaire shows one area at a time: answer each area in turn.
  const areas = page
    .getByRole('navigation', { name: 'Areas of the questionnaire' })
    .getByRole('button');
  const areaCount = await areas.count();
  let total = 0;
  for (let a = 0; a < areaCount; a++) {
    await areas.nth(a).click();
    await page.waitForFunction(
      index =>
        document
          .querySelectorAll('nav[aria-label="Areas of the questionnaire"] button')
          [index]?.getAttribute('aria-current') === 'step',
      a,
    );
    total += await answerShownArea(page, options);
  }
  return total;
}

async function answerShownArea(page: Page, options: AnswerOptions): Promise<number> {
  const groups = page.getByRole('radiogroup');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const labelledBy = (await group.getAttribute('aria-labelledby')) ?? '';
    const criterionId = labelledBy.replace(/^question-/, '');
    const radios = group.getByRole('radio');
    const values = await radios.evaluateAll(inputs =>
      inputs.map(input => (input as HTMLInputElement).value),
    );
    let index = values[0] === 'yes' ? 0 : values.length - 1;
    if (options.leaveUnmet?.includes(criterionId)) {
      index = values[0] === 'yes' ? 1 : 0;
    }
    await radios.nth(index).check();
  }
  return count;
}
