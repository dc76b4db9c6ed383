// Shared fixtures: every test fails on a console error, an uncaught page error or a CSP
// violation (but the ones a test expects, named in `expectedProblems`), and can wait for the
// app to be drawn.
import { test as base, expect } from '@playwright/test';

export const NAMES = [
  'Taiwan Healthcare Industry Alliance',
  "Taiwan Electrical and Electronic Manufacturers' Association",
  'Taiwan Business and Construction Association',
];

export const test = base.extend({
  // Console messages a test causes on purpose (a 404 it asks for), as regular expressions.
  expectedProblems: [[], { option: true }],
  problems: [async ({ page, expectedProblems }, use) => {
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(problems);
    const unexpected = problems.filter((p) => !expectedProblems.some((re) => re.test(p)));
    expect(unexpected, 'no console errors, page errors or CSP violations').toEqual([]);
  }, { auto: true }],
});

/** Opens the app at `path` (relative to the sub-path) and waits until its controls are
 * live: the cards of the default view are in the page before the app starts. */
export async function open(page, path = '') {
  await page.goto(path);
  await expect(page.locator('#app [role=status]')).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
}

/** The element's bounding box, to read inside `expect.poll` (layout is read until it holds,
 * never once): while the element has none (not laid out yet, or hidden), every side is NaN, so
 * that a comparison fails and the poll reads again, where `null` would end it with a TypeError. */
export async function box(locator) {
  return (await locator.boundingBox()) ?? { x: NaN, y: NaN, width: NaN, height: NaN };
}

/** The headings of the shown cards, in order. */
export function cardNames(page) {
  return page.locator('article.card h3');
}

export { expect };
