/**
 * An assessor review on the demo, in a real browser against `./run start` on
 * a fresh database: the platform lead reviews Product Recommender's latest
 * submission and disputes one criterion; then, signed in as the guest (the
 * owning team), the card, the roadmap, the report and the organisation
 * figures show the review. Screenshots go to .out/e2e/.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  startPortal,
  guestToken,
  APP_URL,
  BACKEND_URL,
  type RunningPortal,
} from './portal';
import {
  launchBrowser,
  screenshot,
  stepScreenshot,
  signInAsGuest,
  signInAsPlatformLead,
} from './browser';

const SERVICE = `${APP_URL}/catalog/default/component/product-recommender`;
const API = `${BACKEND_URL}/api/mlops-maturity`;
const AXE_SOURCE = readFileSync(
  createRequire(__filename).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Serious and critical axe violations inside the tab's panel (the Review view). */
async function panelViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: any }).axe;
    const panel = document.querySelector('[role="tabpanel"]');
    if (!panel) return ['no tab panel to check'];
    const result = await axe.run(
      { include: [panel] },
      { resultTypes: ['violations'] },
    );
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id}: ${v.nodes[0]?.html?.slice(0, 160)}`);
  });
}

const NOTE =
  'The drift dashboard exists but nobody watches it (review workshop)';

describe('assessor review', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page | undefined;
  let disputedQuestion = '';

  before(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
  });

  afterEach(t => stepScreenshot(page, 'review-step-', t.name));

  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('lets the platform lead dispute one criterion of the latest submission', async () => {
    page = await signInAsPlatformLead(browser);
    await page.goto(`${SERVICE}/mlops-maturity`);
    await page.getByRole('tab', { name: 'Review' }).click();
    const first = page.locator('section[aria-labelledby^="review-"]').first();
    await first.waitFor();
    disputedQuestion = (
      await first.getByRole('heading').first().innerText()
    ).trim();
    await first.getByRole('radio', { name: 'Dispute' }).check();
    await first.getByRole('textbox', { name: /Note/ }).fill(NOTE);
    await page
      .getByRole('textbox', { name: 'Overall note' })
      .fill('Workshop with the Recommendations team');
    await screenshot(page, 'review-form');
    // Accessible: no serious or critical axe finding; at 390 px no sideways scroll.
    assert.deepEqual(await panelViolations(page), []);
    await page.setViewportSize({ width: 390, height: 844 });
    await first.getByRole('radio', { name: 'Dispute' }).waitFor();
    const scrollWidth = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    assert.ok(scrollWidth <= 390, `the page is ${scrollWidth} px wide at 390`);
    await screenshot(page, 'review-form-390');
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole('button', { name: 'Record the review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record this review?' });
    await dialog.getByText(/confirm 0 and dispute 1/).waitFor();
    await dialog.getByRole('button', { name: 'Record the review' }).click();
    await page.getByText('Review recorded.').waitFor();
    await page.getByText('1 answer disputed by the reviewer').first().waitFor();
  });

  it('shows the review to the owning team on the card and first on the roadmap', async () => {
    await page?.context().close();
    page = await signInAsGuest(browser);
    await page.goto(SERVICE);
    const card = page
      .locator('.MuiCard-root')
      .filter({ has: page.getByText('Overall level', { exact: true }) });
    await card
      .getByText(/Reviewed on .*, method: Interview or workshop/)
      .waitFor();
    const flag = card.getByText('1 answer disputed by the reviewer');
    await flag.waitFor();
    assert.ok(await card.getByText(`Reviewer: ${NOTE}`).isVisible());
    assert.ok(await card.getByText(disputedQuestion).first().isVisible());
    await screenshot(page, 'review-card');

    await page.goto(`${SERVICE}/mlops-maturity?view=roadmap`);
    const firstGroup = page.getByRole('heading', { level: 3 }).first();
    await firstGroup.waitFor();
    assert.equal(
      (await firstGroup.innerText()).trim(),
      '1 answer disputed by the reviewer',
    );
    await page.getByText(`Reviewer: ${NOTE}`).first().waitFor();
    await screenshot(page, 'review-roadmap');
  });

  it('names the review in the report and counts it in the organisation figures', async () => {
    const headers = { Authorization: `Bearer ${await guestToken()}` };
    const report = await fetch(
      `${API}/reports/component/default/product-recommender?format=markdown`,
      { headers },
    );
    assert.equal(report.status, 200);
    const markdown = await report.text();
    assert.match(markdown, /## Assessment method/);
    assert.match(
      markdown,
      /Review: reviewed on \d{4}-\d\d-\d\d by user:default\/platform-lead, method: interview or workshop/,
    );
    assert.ok(markdown.includes(NOTE));

    const overview = await fetch(`${API}/overview?groupBy=owner`, { headers });
    assert.equal(overview.status, 200);
    const body = await overview.json();
    assert.ok(body.organisation.coverage.reviewed >= 1);

    await page!.goto(`${APP_URL}/mlops-maturity`);
    await page!
      .getByText(/assessed reviewed/)
      .first()
      .waitFor();
    await screenshot(page!, 'review-organisation');
  });
});
