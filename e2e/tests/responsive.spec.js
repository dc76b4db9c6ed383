// Every screen: no horizontal scrolling from 320 to 1920 px, tap targets of 24×24 px or more,
// and a print stylesheet that gives a clean brief of the view.
import { test, expect, open } from './fixtures.js';

for (const width of [320, 390, 768, 1280, 1920]) {
  test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, '?q=chongqing');
    await page.locator('details.source').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    // How far the page is wider than its window, read until it holds.
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect.poll(overflow).toBeLessThanOrEqual(0);
  });
}

test('tap targets are at least 24 × 24 px on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const small = () => page.locator('button, summary, input, a.button, .sentence__number, .skip-link:focus').evaluateAll((els) => els
    .filter((e) => e.offsetParent !== null)
    .map((e) => ({ html: e.outerHTML.slice(0, 60), r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 24 || r.height < 24)
    .map(({ html, r }) => `${html} ${r.width}x${r.height}`));
  await expect.poll(small).toEqual([]);
});

test('print gives a brief of the view without controls, with its URL', async ({ page }) => {
  await open(page, '?sector=healthcare');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.locator('article.card')).toHaveCount(2);
  await expect(page.locator('.summary')).toBeVisible();
  await expect(page.locator('.results__head')).toHaveAttribute('data-url', /\/explorer\/sectors\/healthcare\/$/);
  await expect(page.locator('.results__head')).toHaveCSS('content', /Printed view/, { pseudo: 'after' });
});
