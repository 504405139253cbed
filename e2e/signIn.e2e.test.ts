/**
 * The demo's two sign-ins against `./run start` on a fresh database: the
 * platform lead's provider issues a token for the catalog user and their
 * group, the sign-in page lands signed in as them, and a reload keeps the
 * identity.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import {
  startPortal,
  guestToken,
  platformLeadToken,
  APP_URL,
  BACKEND_URL,
  OUT_DIR,
  type RunningPortal,
} from './portal';
import { launchBrowser, signInAsPlatformLead } from './browser';

/** The identity a demo provider's refresh endpoint (what the sign-in page calls) returns. */
async function refresh(
  provider: string,
): Promise<{ userEntityRef: string; ownershipEntityRefs: string[] }> {
  const response = await fetch(`${BACKEND_URL}/api/auth/${provider}/refresh`, {
    method: 'POST',
  });
  assert.equal(response.status, 200);
  return (await response.json()).backstageIdentity.identity;
}

/** The claims of a Backstage token (its middle part). */
function claims(token: string): { sub: string } {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

describe('demo sign-in', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page | undefined;

  before(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
  });

  after(async () => {
    await page
      ?.screenshot({ path: join(OUT_DIR, 'sign-in-platform-lead.png') })
      .catch(() => {});
    await browser?.close();
    await portal?.stop();
  });

  it('signs the platform lead in with the ML Platform group, and the guest without it', async () => {
    const lead = await refresh('platform-lead');
    assert.equal(lead.userEntityRef, 'user:default/platform-lead');
    assert.ok(
      lead.ownershipEntityRefs.includes('group:default/ml-platform'),
      lead.ownershipEntityRefs.join(),
    );
    assert.equal(claims(await platformLeadToken()).sub, lead.userEntityRef);
    const guest = await refresh('guest');
    assert.equal(guest.userEntityRef, 'user:default/guest');
    assert.ok(!guest.ownershipEntityRefs.includes('group:default/ml-platform'));
    assert.equal(claims(await guestToken()).sub, guest.userEntityRef);
  });

  it('signs in as the platform lead from the sign-in page and stays signed in after a reload', async () => {
    page = await signInAsPlatformLead(browser);
    assert.equal(
      await page.evaluate(() =>
        localStorage.getItem('mlops-maturity-demo:sign-in'),
      ),
      'platform-lead',
    );
    const refreshed = page.waitForResponse(response =>
      response.url().endsWith('/api/auth/platform-lead/refresh'),
    );
    await page.goto(
      `${APP_URL}/?filters%5Bkind%5D=component&filters%5Buser%5D=all`,
    );
    const response = await refreshed;
    assert.equal(response.status(), 200);
    const body = await response.json();
    assert.equal(
      claims(body.backstageIdentity.token).sub,
      'user:default/platform-lead',
    );
    await page
      .getByRole('link', { name: 'Product Recommender' })
      .first()
      .waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Enter as guest' }).count(),
      0,
    );
  });
});
