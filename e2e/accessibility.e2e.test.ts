/**
 * Accessibility of the service page's MLOps maturity parts, in a real
 * browser against `./run start` on a fresh database: axe-core (injected from
 * node_modules) finds no serious or critical violation in the overview card
 * or in any view of the tab (scorecard, assessment, roadmap, history), in the
 * light and the dark theme; and at 390 px the scorecard and history tables are
 * stacked rows and the page does not scroll sideways. Screenshots of the card
 * and the scorecard at 390 px, and in Portuguese, go to .out/e2e/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { startPortal, APP_URL, OUT_DIR, type RunningPortal } from './portal';
import { launchBrowser, screenshot, signInAsGuest } from './browser';

const SERVICE = `${APP_URL}/catalog/default/component/product-recommender`;
const VIEWS = ['scorecard', 'assessment', 'roadmap', 'history'] as const;
const THEMES = ['light', 'dark'] as const;
const AXE_SOURCE = readFileSync(
  createRequire(__filename).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/**
 * Runs axe on the elements matching `selector` (those whose text includes
 * `withText`, when given), found at the moment axe runs; returns the serious
 * and critical violations. Fails when nothing matches, rather than letting
 * axe check the whole page.
 */
async function seriousViolations(
  page: Page,
  selector: string,
  withText?: string,
) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const { matched, violations } = await page.evaluate(
    async ([sel, text]) => {
      const axe = (window as unknown as { axe: any }).axe;
      const elements = [...document.querySelectorAll(sel)].filter(
        e => !text || (e.textContent ?? '').includes(text),
      );
      if (!elements.length)
        return { matched: 0, violations: [] as Violation[] };
      // The elements themselves as the context (an element wrapped in an
      // array would be read as a frame selector, and axe would check the page).
      const result = await axe.run(
        { include: elements },
        { resultTypes: ['violations'] },
      );
      return {
        matched: elements.length,
        violations: result.violations as Violation[],
      };
    },
    [selector, withText ?? ''] as const,
  );
  assert.ok(matched > 0, `nothing matches ${selector} to check`);
  return violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      where: v.nodes
        .slice(0, 3)
        .map(
          n =>
            `${n.target.join(' ')} ${n.html.slice(0, 160)}: ${
              n.failureSummary
            }`,
        ),
    }));
}

async function useTheme(page: Page, theme: (typeof THEMES)[number]) {
  await page.evaluate(id => window.localStorage.setItem('theme', id), theme);
}

function cardOf(page: Page) {
  return page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('Overall level', { exact: true }) })
    .first();
}

describe('MLOps maturity accessibility', () => {
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

  for (const theme of THEMES) {
    it(`has no serious or critical axe violation on the card (${theme})`, async () => {
      await useTheme(page, theme);
      await page.goto(SERVICE);
      const card = cardOf(page);
      await card
        .getByText(/Next overall level|highest overall level/)
        .first()
        .waitFor();
      // The innermost card that says what the next level is: the MLOps
      // maturity card, found when axe runs (the page may re-render it).
      assert.deepEqual(
        await seriousViolations(
          page,
          '.MuiCard-root:not(:has(.MuiCard-root))',
          'Next overall level',
        ),
        [],
      );
      await screenshot(page, `a11y-card-${theme}`);
    });

    for (const view of VIEWS) {
      it(`has no serious or critical axe violation in the ${view} view (${theme})`, async () => {
        await useTheme(page, theme);
        await page.goto(`${SERVICE}/mlops-maturity?view=${view}`);
        const panel = page.locator(`#mlops-maturity-panel-${view}`);
        await panel.waitFor();
        // Wait for the view's content, not its progress bar.
        await page.waitForFunction(id => {
          const el = document.getElementById(id);
          return (
            !!el &&
            !el.querySelector('[data-testid="progress"]') &&
            (el.textContent ?? '').length > 80
          );
        }, `mlops-maturity-panel-${view}`);
        assert.deepEqual(
          await seriousViolations(
            page,
            `#mlops-maturity-panel-${view}, [aria-label="MLOps maturity views"]`,
          ),
          [],
        );
        await screenshot(page, `a11y-${view}-${theme}`);
      });
    }
  }

  it('opens the scorecard at the criterion a next step of the card names', async () => {
    await useTheme(page, 'light');
    await page.goto(SERVICE);
    const step = cardOf(page)
      .getByRole('region', { name: /Next overall level/ })
      .getByRole('link')
      .first();
    const question = (await step.textContent())?.trim() ?? '';
    await step.click();
    await page.waitForURL(/view=scorecard#criterion-/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const row = page.locator(`[id="${id}"]`);
    await row.waitFor();
    assert.ok(
      (await row.textContent())?.includes(question),
      'the row is the named criterion',
    );
    await page.waitForFunction(rowId => {
      const r = document.getElementById(rowId)?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    }, id);
  });

  it('stacks the scorecard and history tables at 390 px with no sideways page scroll', async () => {
    await useTheme(page, 'light');
    await page.setViewportSize({ width: 390, height: 844 });
    const pageScrollsSideways = () =>
      page.evaluate(
        () =>
          document.documentElement.scrollWidth >
          document.documentElement.clientWidth + 1,
      );

    await page.goto(SERVICE);
    const card = cardOf(page);
    await card
      .getByText(/Next overall level|highest overall level/)
      .first()
      .waitFor();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(OUT_DIR, 'card-390.png') });

    await page.goto(`${SERVICE}/mlops-maturity?view=scorecard`);
    const row = page
      .locator('#mlops-maturity-panel-scorecard tbody tr')
      .first();
    await row.waitFor();
    assert.equal(
      await row.evaluate(e => getComputedStyle(e).display),
      'block',
      'scorecard rows are stacked',
    );
    assert.equal(
      await pageScrollsSideways(),
      false,
      'the scorecard page does not scroll sideways',
    );
    await screenshot(page, 'scorecard-390');

    await page.goto(`${SERVICE}/mlops-maturity?view=history`);
    const historyRow = page
      .locator('#mlops-maturity-panel-history tbody tr')
      .first();
    await historyRow.waitFor();
    assert.equal(
      await historyRow.evaluate(e => getComputedStyle(e).display),
      'block',
    );
    assert.equal(
      await pageScrollsSideways(),
      false,
      'the history page does not scroll sideways',
    );
    await screenshot(page, 'history-390');

    await page.goto(`${SERVICE}/mlops-maturity?view=roadmap`);
    await page.locator('#mlops-maturity-panel-roadmap').waitFor();
    await page.waitForTimeout(1000);
    assert.equal(
      await pageScrollsSideways(),
      false,
      'the roadmap page does not scroll sideways',
    );
    await screenshot(page, 'roadmap-390');

    // The questionnaire's sticky bar wraps at 390 px; a field that takes
    // focus while above the view (Shift+Tab back up) must land below it.
    await page.goto(`${SERVICE}/mlops-maturity?view=assessment`);
    const panel = page.locator('#mlops-maturity-panel-assessment');
    await panel.getByRole('navigation').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const target = panel
      .getByRole('navigation')
      .first()
      .getByRole('button')
      .first();
    await target.focus();
    const { barBottom, targetTop } = await panel.evaluate(root => {
      const bar = [...root.querySelectorAll<HTMLElement>('*')].find(
        e => getComputedStyle(e).position === 'sticky',
      );
      const focused = document.activeElement as HTMLElement;
      return {
        barBottom: bar?.getBoundingClientRect().bottom ?? -1,
        targetTop: focused.getBoundingClientRect().top,
      };
    });
    assert.ok(barBottom > 0, 'the questionnaire has a sticky bar');
    assert.ok(
      targetTop >= barBottom,
      `the focused field (top ${targetTop}) is below the sticky bar (bottom ${barBottom})`,
    );
    assert.equal(
      await pageScrollsSideways(),
      false,
      'the questionnaire does not scroll sideways',
    );
    await screenshot(page, 'assessment-390');
  });

  it('shows the card and the scorecard by level in Portuguese', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${APP_URL}/settings`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('option', { name: /portugu|pt-br/i }).click();
    await page.goto(SERVICE);
    await page
      .getByText(/Próximo nível geral|nível geral mais alto/)
      .first()
      .waitFor();
    await screenshot(page, 'card-pt-BR');
    await page.goto(`${SERVICE}/mlops-maturity?view=scorecard`);
    await page.getByText('Escada geral').waitFor();
    assert.ok(
      await page
        .getByText(/^Critérios para /)
        .first()
        .isVisible(),
    );
    await screenshot(page, 'scorecard-pt-BR-by-level');
  });
});
