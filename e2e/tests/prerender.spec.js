// The build writes the default view into the page: its cards show before the WASM arrives,
// the app takes its place without a flash, and what the reader did meanwhile is kept. A link with a query does
// not flash the default view.
import { test, expect, open, box, cardNames, NAMES } from './fixtures.js';

/** Holds back the WASM until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  return () => release();
}

const started = (page) => page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);

test('the built page holds the default view, and the app takes its place without a flash', async ({ page, request }) => {
  const html = await (await request.get('')).text();
  expect(html.match(/<article [^>]*class="?card"?/g)?.length).toBe(3);
  expect(html).toContain('data-prerendered');
  const release = await holdWasm(page);
  await page.goto('');
  await expect(cardNames(page)).toHaveText(NAMES);
  // The page's `app-rendered` mark is a script after the cards, which runs only once the
  // stylesheet before it has loaded: the cards are laid out as they will be shown.
  await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0);
  const before = await box(page.locator('article.card').first());
  // Every frame from now on counts the cards on screen.
  await page.evaluate(() => {
    window.__cards = [];
    const tick = () => { window.__cards.push(document.querySelectorAll('#app article.card').length); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  release();
  await started(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // Replaced in one task: no frame without the cards, and the cards did not move.
  const frames = await page.evaluate(() => window.__cards);
  expect(frames.length).toBeGreaterThan(1);
  expect(Math.min(...frames)).toBe(3);
  await expect.poll(() => box(page.locator('article.card').first())).toEqual(before);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('.results__head')).toHaveAttribute('data-url', /^http:\/\/127\.0\.0\.1:\d+\/explorer\/$/);
  await page.getByRole('searchbox', { name: /Search/ }).fill('guoan');
  await expect(cardNames(page)).toHaveText([NAMES[0]]);
});

test('a source opened and a caret placed before the app started are kept', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('');
  const leader = page.locator('#taiwan-healthcare-industry-alliance .card__leader details.source');
  await leader.locator('summary').click();
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.fill('wang');
  await box.press('ArrowLeft');
  release();
  await started(page);
  await expect(cardNames(page)).toHaveText([NAMES[0]]);
  await expect(leader).toHaveAttribute('open', '');
  await expect(leader.locator('.source__quote')).toBeVisible();
  await expect(box).toBeFocused();
  await expect.poll(() => box.evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([3, 3]);
  await page.keyboard.type('x');
  await expect(box).toHaveValue('wanxg');
});

test('the focus stays where the reader left it when the app takes over', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('');
  const copy = page.locator('#taiwan-business-and-construction-association').getByRole('button', { name: 'Copy link' });
  await copy.focus();
  release();
  await started(page);
  await expect(copy).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  // The control just before it: the toggle of what another report says (the citations
  // inside it are hidden while it is closed).
  await expect(page.locator('#taiwan-business-and-construction-association summary:visible').last()).toBeFocused();
});

test('what the reader typed and checked before the app started is taken up', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('');
  await page.getByRole('searchbox', { name: /Search/ }).fill('taiwan');
  await page.getByRole('checkbox', { name: /Pharmaceuticals/ }).check();
  release();
  await started(page);
  await expect(cardNames(page)).toHaveText([NAMES[2]]);
  await expect(page).toHaveURL(/\?q=taiwan&sector=pharmaceuticals$/);
  await expect(page.getByRole('checkbox', { name: /Pharmaceuticals/ })).toBeChecked();
});

test('a link with a query shows its own view, never the default one first', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('?q=guoan');
  await expect(page.locator('[data-prerendered] > main')).toBeHidden();
  release();
  await expect(cardNames(page)).toHaveText([NAMES[0]]);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('main')).toBeVisible();
});

test('a permalink to a card in the default view marks the card', async ({ page }) => {
  await open(page, '#taiwan-business-and-construction-association');
  await expect(page.locator('#taiwan-business-and-construction-association')).toHaveAttribute('data-target', 'true');
});
