/**
 * The demo portal as a newcomer meets it: guest sign-in, then the catalog
 * with the example ML services, teams and domains.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startPortal, APP_URL, type RunningPortal } from './portal';
import { launchBrowser, screenshot, signInAsGuest } from './browser';

describe('demo portal catalog', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page;

  before(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
    page = await signInAsGuest(browser);
  });

  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('lists the example ML services once the guest has signed in', async () => {
    await page.goto(`${APP_URL}/catalog?filters[kind]=component&filters[user]=all`);
    await page.getByRole('link', { name: 'product-recommender' }).first().waitFor();
    await screenshot(page, 'catalog-components');
    assert.ok(await page.getByRole('link', { name: 'fraud-scorer' }).first().isVisible());
  });

  it('shows the teams and the domains', async () => {
    await page.goto(`${APP_URL}/catalog?filters[kind]=group&filters[user]=all`);
    await page.getByRole('link', { name: /recommendations/i }).first().waitFor();
    await page.goto(`${APP_URL}/catalog?filters[kind]=domain&filters[user]=all`);
    await page.getByRole('link', { name: /risk/i }).first().waitFor();
  });
});
