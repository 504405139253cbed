/**
 * A campaign end to end, against `./run start` on a fresh database: the
 * platform lead creates it on the organisation page (the demo policy gives
 * this identity `mlops-maturity.campaign.manage`), lands on its page with
 * the progress per team (no serious or critical axe violation), and the guest's service (product-recommender, of
 * the Recommendations team in its scope) shows the campaign on its card.
 * The guest, without the permission, gets no "New campaign" button, and
 * finds the one start notification of the team in the notifications page.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  startPortal,
  guestToken,
  refreshIndex,
  APP_URL,
  BACKEND_URL,
  type RunningPortal,
} from './portal';
import { describeViolations, seriousViolations } from './axe';
import {
  launchBrowser,
  screenshot,
  stepScreenshot,
  signInAsGuest,
  signInAsPlatformLead,
} from './browser';

const ORGANISATION = `${APP_URL}/mlops-maturity`;
const GUEST_SERVICE = `${APP_URL}/catalog/default/component/product-recommender`;
const TITLE = 'Optimized recommendations';

/** A day `days` from today, as the date field takes it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('campaigns', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page | undefined;
  let campaignUrl = '';

  before(async () => {
    portal = await startPortal();
    // Fill the fresh index now (its first scheduled refresh may have run
    // before the catalog held the examples); progress is read from it.
    await refreshIndex();
    browser = await launchBrowser();
  });

  afterEach(t => stepScreenshot(page, 'step-campaign-', t.name));

  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('lets the platform lead create a campaign and shows its progress per team', async () => {
    page = await signInAsPlatformLead(browser);
    await page.goto(ORGANISATION);
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Title').fill(TITLE);
    await dialog.getByLabel('Deadline').fill(dayFromNow(120));
    await dialog
      .getByLabel('Owners (groups, comma-separated; sub-groups included)')
      .fill('recommendations');
    await dialog.getByLabel('Minimum overall level').click();
    await page.getByRole('option', { name: 'Optimized' }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();

    await page.getByRole('heading', { name: TITLE }).waitFor();
    campaignUrl = page.url();
    assert.match(campaignUrl, /\/mlops-maturity\/campaigns\/[0-9a-f-]{36}$/);
    await page.getByText(/assessed services? meets? the goal/).waitFor();
    await page.getByRole('link', { name: 'Recommendations' }).waitFor();
    const missing = page.getByRole('link', { name: /Product Recommender/i });
    await missing.first().waitFor();
    // Created with the campaign, the burn-up's first point is there at once.
    await page
      .getByRole('table', {
        name: 'Services in scope, assessed and meeting the goal, day by day',
      })
      .waitFor({ state: 'attached' });
    await screenshot(page, 'campaign-page-1440');
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));

    // On a phone the page does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    assert.ok(width <= 390, `the page is ${width} px wide at 390 px`);
    await screenshot(page, 'campaign-page-390');
    await page.setViewportSize({ width: 1440, height: 900 });

    // The dark theme in Portuguese: no serious or critical axe violation.
    await page.evaluate(() => {
      window.localStorage.setItem('theme', 'dark');
      window.localStorage.setItem('language', 'pt-BR');
    });
    await page.reload();
    await page.getByText('Times, com mais pendências primeiro').waitFor();
    const dark = await seriousViolations(page);
    assert.equal(dark.length, 0, describeViolations(dark));
    await screenshot(page, 'campaign-page-dark-pt-BR');
    await page.evaluate(() => {
      window.localStorage.setItem('theme', 'light');
      window.localStorage.setItem('language', 'en');
    });
  });

  it("raises the guest's service's effective targets to the goal, so its roadmap leads there", async () => {
    // Product Recommender's Governance & Compliance is Basic: its default
    // target is Intermediate; Optimized needs every area Advanced.
    const response = await fetch(
      `${BACKEND_URL}/api/mlops-maturity/targets/component/default/product-recommender`,
      { headers: { authorization: `Bearer ${await guestToken()}` } },
    );
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.deepEqual(body.effective, {
      development: 'advanced',
      deployment: 'advanced',
      monitoring: 'advanced',
      governance: 'advanced',
    });
  });

  it("shows the campaign on the guest's service card, and no New campaign button to the guest", async () => {
    page = await signInAsGuest(browser);
    await page.goto(GUEST_SERVICE);
    const line = page
      .getByRole('region', { name: 'Campaigns this service is part of' })
      .getByText(new RegExp(`Campaign ${TITLE}: Overall ≥ Optimized by`));
    await line.waitFor({ timeout: 60_000 });
    await screenshot(page, 'campaign-card');

    // The team heard of it once, in the portal's notifications page.
    await page.goto(`${APP_URL}/notifications`);
    const started = page.getByText(
      new RegExp(
        `Campaign "${TITLE}" started: \\d+ of your services miss(es)? its goal`,
      ),
    );
    await started.first().waitFor({ timeout: 60_000 });
    assert.equal(await started.count(), 1);
    await screenshot(page, 'campaign-notification');

    await page.goto(campaignUrl);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText(/assessed services? meets? the goal/).waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Close campaign' }).count(),
      0,
    );
    await page.goto(ORGANISATION);
    await page.getByRole('link', { name: TITLE }).waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'New campaign' }).count(),
      0,
    );
  });
});
