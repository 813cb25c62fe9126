import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * axe-core's WCAG 2.x A/AA and best-practice findings for the page as it is now. axe is injected as
 * a script, which the pages' CSP rightly refuses: open the page in a context with bypassCSP.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** Elements that stick out past the right edge of the viewport (a page that scrolls sideways on a phone). */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && box.right > window.innerWidth + 1 && getComputedStyle(e).visibility !== 'hidden';
      })
      // Inside a container that scrolls on its own (a wide table) is fine: the page itself does not move.
      .filter((e) => !e.closest('.table-wrap'))
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}`),
  );
}
