/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser
 * download cannot work on machines without internet access).
 */
import {
  chromium,
  type Browser,
  type Locator,
  type Page,
} from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { APP_URL, OUT_DIR, ROOT } from './portal';

/** Where the screenshots shown in the README live (committed). */
export const README_SHOTS_DIR = join(ROOT, 'docs', 'screenshots');

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Launches headless Chromium with flags that keep it off the network. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? CHROMIUM_PATHS.find(p => existsSync(p));
  if (!executablePath) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATHS.join(
        ' or ',
      )}; install Debian's chromium or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Opens the portal (at `appUrl`) in a new browser context and signs in as
 * one of the demo's identities: the sign-in page's button with that name.
 */
async function signInWith(
  browser: Browser,
  buttonName: string,
  appUrl: string,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  // The dev server compiles on first request and the catalog pages are heavy.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await page.goto(appUrl);
  const enter = page.getByRole('button', { name: buttonName, exact: true });
  await enter.click();
  // Leaving before the sign-in finishes would land on the sign-in page again.
  await enter.waitFor({ state: 'detached' });
  // Signed in: the app's sidebar is in the page (the sign-in page has none;
  // the sidebar's nav element itself counts as hidden, so not "visible").
  await page
    .locator('nav[aria-label="sidebar nav"]')
    .waitFor({ state: 'attached' });
  return page;
}

/**
 * Opens the portal (at `appUrl`) and signs in as the guest
 * (`user:default/guest`, Recommendations team).
 */
export async function signInAsGuest(
  browser: Browser,
  appUrl = APP_URL,
): Promise<Page> {
  return signInWith(browser, 'Enter as guest', appUrl);
}

/**
 * Opens the portal (at `appUrl`) and signs in as the platform lead
 * (`user:default/platform-lead`, ML Platform department, through the demo's
 * `platform-lead` provider): the demo policy lets this identity review
 * assessments and manage campaigns.
 */
export async function signInAsPlatformLead(
  browser: Browser,
  appUrl = APP_URL,
): Promise<Page> {
  return signInWith(browser, 'Enter as platform lead', appUrl);
}

/** Saves a full-page screenshot under .out/e2e and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The page as a test step left it (`<prefix><test name>.png` under
 * .out/e2e), taken after each step so a failure can be seen; never fails
 * the step itself.
 */
export async function stepScreenshot(
  page: Page | undefined,
  prefix: string,
  testName: string,
): Promise<void> {
  const name = testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  mkdirSync(OUT_DIR, { recursive: true });
  await page
    ?.screenshot({ path: join(OUT_DIR, `${prefix}${name}.png`) })
    .catch(() => {});
}

/**
 * Saves what the viewport (or one element) shows as a README screenshot,
 * so the README always shows the product as the last e2e run saw it.
 */
export async function readmeScreenshot(
  target: Page | Locator,
  name: string,
): Promise<void> {
  mkdirSync(README_SHOTS_DIR, { recursive: true });
  await target.screenshot({ path: join(README_SHOTS_DIR, `${name}.png`) });
}
