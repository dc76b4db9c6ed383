// The release build loads in Chromium under a sub-path and shows the dataset.
import { test, expect, open, cardNames, NAMES } from './fixtures.js';

test('the release build under /explorer/ shows the event and the three delegations', async ({ page }) => {
  const responses = [];
  page.on('response', (r) => responses.push(new URL(r.url()).pathname));
  await open(page);
  await expect(page).toHaveURL(/\/explorer\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('17th Chongqing-Taiwan Week');
  await expect(cardNames(page)).toHaveText(NAMES);
  for (const name of NAMES) await expect(page.getByRole('heading', { name })).toBeVisible();
  expect(responses.some((p) => /^\/explorer\/cqtw-explorer-[0-9a-f]+_bg\.wasm$/.test(p))).toBe(true);
  await expect(page).toHaveTitle('Chongqing–Taiwan Week Explorer');
});

test('the built page carries a strict CSP and SRI', async ({ page }) => {
  await open(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(csp).toContain("form-action 'none'");
  expect(csp).toContain("frame-src 'none'");
  expect(csp).not.toContain('data:');
  const integrity = await page.locator('link[rel=modulepreload], link[rel=preload][as=fetch], link[rel=stylesheet]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('integrity')));
  expect(integrity.length).toBe(3);
  for (const i of integrity) expect(i).toMatch(/^sha384-/);
  // The checked preload of the glue comes before the loader that imports it; the WASM is
  // fetched with its integrity.
  const order = await page.evaluate(() => {
    const preload = document.querySelector('link[rel=modulepreload]');
    const loader = document.querySelector('script[type=module]');
    return (preload.compareDocumentPosition(loader) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect(order).toBe(true);
  // (A script's text is read as text content: Playwright's text assertions skip scripts.)
  await expect.poll(() => page.locator('script[type=module]').textContent())
    .toMatch(/fetch\('[^']+_bg\.wasm', \{ integrity: 'sha384-[^']+' \}\)/);
});
