// Robustness: a panic shows a friendly message with a reload link; a browser without
// JavaScript gets the noscript message and the prerendered cards; the app works offline after one visit.
import { test as base, expect } from '@playwright/test';
import { test, open, cardNames, NAMES } from './fixtures.js';

base('a panic shows the crash message with a reload link (debug build, ?debug=panic)', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('../explorer-debug/?debug=panic');
  const crash = page.getByRole('alert');
  await expect(crash).toContainText('Something went wrong');
  await expect(crash.getByRole('link', { name: 'Reload the page' })).toBeVisible();
  await expect(page.locator('#crash-detail')).toContainText('forced panic');
  await expect(page.locator('#app')).toBeHidden();
  expect(errors.length).toBeGreaterThan(0);
});

test('release builds ignore the debug panic flag', async ({ page }) => {
  await open(page, '?debug=panic');
  await expect(cardNames(page)).toHaveText(NAMES);
  await expect(page.getByRole('alert')).toBeHidden();
});

base('without JavaScript the page says what it needs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base.info().project.use.baseURL);
  // Playwright's text engine skips <noscript>, so look the message up by CSS.
  const message = page.locator('noscript p.fallback');
  await expect(message).toBeVisible();
  await expect(message).toContainText('Search, filters and links need JavaScript; the delegations below read without it.');
  // The build wrote the default view into the page, so it still reads.
  await expect(page.locator('article.card h3')).toHaveText(NAMES);
  await context.close();
});

test('after one visit the app loads and searches offline', async ({ page, context }) => {
  await open(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(cardNames(page)).toHaveText(NAMES);
  await page.getByRole('searchbox', { name: /Search/ }).fill('lei');
  await expect(cardNames(page)).toHaveText([NAMES[2]]);
  await context.setOffline(false);
});

test('a new deployment replaces the old cache', async ({ page }) => {
  await open(page);
  const result = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = await (await fetch('sw.js')).text();
    // An old deployment's cache, then a new worker activating (as after a deploy).
    await caches.open('cqtw-explorer-olddeployment0');
    await reg.unregister();
    const next = await navigator.serviceWorker.register('sw.js?deploy=2');
    const worker = next.installing ?? next.waiting ?? next.active;
    if (worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
    return { sw, keys: await caches.keys(), scope: next.scope };
  });
  expect(result.scope).toMatch(/\/explorer\/$/);
  expect(result.sw).not.toContain('__CQTW_VERSION__');
  expect(result.sw).toMatch(/cqtw-explorer-[0-9a-f]+_bg\.wasm/);
  expect(result.keys).not.toContain('cqtw-explorer-olddeployment0');
  expect(result.keys.filter((k) => /^cqtw-explorer:\/explorer\/:[A-Za-z0-9]{16}$/.test(k))).toHaveLength(1);
});
