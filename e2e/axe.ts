/**
 * axe-core (the root devDependency) run on a whole page, for the e2e tests
 * that check a page as a whole; it is injected from node_modules, so no
 * browser download or network is needed.
 */
import type { Page } from 'playwright-core';

/** One axe rule that failed, as far as an assertion message needs it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe-core on the page; its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations.filter(
    v => v.impact === 'serious' || v.impact === 'critical',
  );
}

/** A readable list of violations for an assertion message. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map(
      v =>
        `${v.id} (${v.impact}): ${v.help}; ${
          v.nodes.length
        } nodes, e.g. ${JSON.stringify(
          v.nodes.slice(0, 3).map(n => n.target),
        )}`,
    )
    .join('\n');
