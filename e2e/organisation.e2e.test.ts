/**
 * The organisation page as everyone can use it, in a real browser against
 * `./run start` on a fresh database: an axe-core scan (no serious or
 * critical violation) in the light and the dark theme, one main landmark,
 * and on a 390 px wide phone no sideways scroll of the page. Screenshots
 * (1440 and 390 px, light and dark, English and Portuguese) go to .out/e2e/.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  startPortal,
  refreshIndex,
  APP_URL,
  type RunningPortal,
} from './portal';
import { describeViolations, seriousViolations } from './axe';
import {
  launchBrowser,
  screenshot,
  signInAsGuest,
  stepScreenshot,
} from './browser';

const ORGANISATION = `${APP_URL}/mlops-maturity`;

/** Opens the organisation page with a theme and language, and waits for the heatmap. */
async function openOrganisation(
  page: Page,
  { theme, language }: { theme: 'light' | 'dark'; language: 'en' | 'pt-BR' },
) {
  await page.evaluate(
    ([t, l]) => {
      window.localStorage.setItem('theme', t);
      window.localStorage.setItem('language', l);
    },
    [theme, language],
  );
  await page.goto(ORGANISATION);
  await page
    .getByText(
      language === 'en'
        ? 'Weakest groups per area'
        : 'Grupos mais fracos por área',
    )
    .waitFor();
  // The services list loads after the heatmap; scan the whole page.
  await page
    .locator('a[href*="/catalog/default/component/"]')
    .first()
    .waitFor();
}

describe('organisation page accessibility', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page;

  before(async () => {
    portal = await startPortal();
    // A fresh database's index may not hold the catalog's services yet (its
    // scheduled refresh can run before the catalog has them); fill it now.
    await refreshIndex();
    browser = await launchBrowser();
    page = await signInAsGuest(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  // The page as each step left it, to see what went wrong when one fails.
  afterEach(t => stepScreenshot(page, 'step-organisation-', t.name));

  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('has no serious or critical axe violation and one main landmark, light theme', async () => {
    await openOrganisation(page, { theme: 'light', language: 'en' });
    await screenshot(page, 'organisation-1440-light-en');
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    assert.equal(await page.getByRole('main').count(), 1);
  });

  it('has no serious or critical axe violation in the dark theme, in Portuguese', async () => {
    await openOrganisation(page, { theme: 'dark', language: 'pt-BR' });
    await screenshot(page, 'organisation-1440-dark-pt-BR');
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });

  it('does not scroll sideways on a 390 px screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [theme, language] of [
      ['light', 'en'],
      ['dark', 'pt-BR'],
    ] as const) {
      await openOrganisation(page, { theme, language });
      await screenshot(page, `organisation-390-${theme}-${language}`);
      const scrollWidth = await page.evaluate(
        () => document.documentElement.scrollWidth,
      );
      assert.ok(
        scrollWidth <= 390,
        `the page is ${scrollWidth} px wide at 390 px (${theme}, ${language})`,
      );
    }
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.evaluate(() => {
      window.localStorage.setItem('theme', 'light');
      window.localStorage.setItem('language', 'en');
    });
  });
});
