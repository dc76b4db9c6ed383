// The peer pages of `cargo xtask bench` (e2e/bench/peers.mjs) work as a reader would use
// them, so that the bench compares our app with real alternatives, not with stubs: the
// MiniSearch page searches, filters by sector (a parent taking in its children) and keeps
// its view in the URL; the Pagefind page answers from its own index, with the sectors as its
// filters; the floor runs no script. No timing is asserted here (`cargo xtask bench` measures).
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { buildPeers } from '../bench/peers.mjs';

const siteRoot = process.env.E2E_SITE_ROOT ?? '../target/e2e-site';
const shown = (page) => page.locator('#results li:not([hidden]) > article.card h3');

test.describe.configure({ mode: 'serial' });

let peers;
test.beforeAll(async ({ browser }, testInfo) => {
  const base = new URL(testInfo.project.use.baseURL);
  peers = await buildPeers(browser, base.origin, base.pathname, path.join(siteRoot, base.pathname));
});

test('the peers are built: a floor, a bundled MiniSearch page, a Pagefind index of one record per card', () => {
  expect(peers.floor.page).toBe('floor.html');
  expect(peers.minisearch.error).toBeUndefined();
  expect(peers.minisearch.scriptBytes).toBeGreaterThan(5_000);
  expect(peers.pagefind.error).toBeUndefined();
  expect(peers.pagefind.records).toBe(3);
});

test('the floor shows the cards and runs no script', async ({ page }) => {
  await page.goto('floor.html');
  await expect(page.locator('#results article.card')).toHaveCount(3);
  // (A script's text is read as text content: Playwright's text assertions skip scripts.)
  await expect.poll(() => page.locator('script:not([src])').allTextContents()).toEqual(['performance.mark("app-rendered")']);
  // The mark stands right after the list of cards, where ours marks its first cards.
  await expect(page.locator('#results + script')).toHaveCount(1);
  await expect(page.locator('script[src]')).toHaveCount(0);
});

test('the MiniSearch page searches, filters by sector and keeps its view in the URL', async ({ page }) => {
  await page.goto('peer-minisearch.html');
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  await page.locator('input[type=search]').fill('fuling');
  await expect(shown(page)).toHaveText(['Taiwan Business and Construction Association']);
  await expect(page.locator('#result-count')).toHaveText('1 delegation');
  // The cards' own list items are hidden and reordered: each still holds its one card.
  const items = () => page.locator('#results article.card').evaluateAll((cards) => cards.map((c) => {
    const li = c.closest('li');
    return [li.querySelectorAll('article.card').length, li.hidden];
  }).sort());
  await expect.poll(items).toEqual([[1, false], [1, true], [1, true]]);
  await expect(page).toHaveURL((url) => url.search === '?q=fuling');
  await page.locator('input[type=search]').fill('');
  // Healthcare takes in its children (the alliance is tagged precision medicine and cell therapy).
  await page.locator('input[name=sector][value=healthcare]').check();
  await expect(shown(page)).toHaveCount(2);
  await expect(shown(page).first()).toHaveText('Taiwan Healthcare Industry Alliance');
  await expect(page).toHaveURL((url) => url.search === '?sector=healthcare');
  await page.goto('peer-minisearch.html?q=wang&sector=healthcare');
  await expect(shown(page)).toHaveText(['Taiwan Healthcare Industry Alliance']);
  await expect(page.locator('input[type=search]')).toHaveValue('wang');
});

test('the Pagefind page answers from its index, with the sectors as its filters', async ({ page }) => {
  await page.goto('peer-pagefind.html');
  const input = page.locator('.pagefind-ui__search-input');
  await input.fill('fuling');
  await expect(page.locator('.pagefind-ui__message')).toHaveText('1 result for fuling');
  const link = page.locator('.pagefind-ui__result-link');
  await expect(link).toHaveText(['Taiwan Business and Construction Association']);
  await expect(link).toHaveAttribute('href', '/explorer/peer-pagefind.html#taiwan-business-and-construction-association');
  await expect(page.locator('.pagefind-ui__filter-name', { hasText: 'sector' })).toHaveCount(1);
  // The static cards stay below, as on the floor.
  await expect(page.locator('#results article.card')).toHaveCount(3);
});
