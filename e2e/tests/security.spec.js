// Security and privacy: no CSP violation or console error (checked by the fixture on every
// test), no inline handlers, data only ever shown as text, and no request outside the page's origin.
import { test, expect, open } from './fixtures.js';

test('the page makes no request outside its own origin', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await open(page);
  await page.getByRole('searchbox', { name: /Search/ }).fill('wang');
  await page.getByRole('checkbox', { name: /Healthcare/ }).check();
  await page.locator('details.source summary').first().click();
  await page.waitForLoadState('networkidle');
  const origin = new URL(page.url()).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(requests.length).toBeGreaterThan(3);
  expect(foreign).toEqual([]);
});

test('a CSP-violating injection is refused and reported', async ({ page, problems }) => {
  await open(page);
  const outcome = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    setTimeout(() => resolve(window.__injected ? 'ran' : 'silent'), 1000);
  }));
  expect(outcome).toMatch(/^script-src/);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  // The fixture fails on console errors; these were provoked on purpose.
  expect(problems.every((p) => /Content Security Policy|CSP violation/.test(p))).toBe(true);
  problems.splice(0, problems.length);
});

test('no element carries an inline event handler', async ({ page }) => {
  await open(page, '?q=%3Cb%20onclick%3Dalert(1)%3Ex%3C%2Fb%3E');
  const inline = await page.locator('*').evaluateAll((els) => els.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length);
  expect(inline).toBe(0);
});
