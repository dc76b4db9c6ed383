// Accessibility: axe (WCAG 2.2 AA tags) in light and dark, landmarks and headings, and a
// keyboard-only journey with the focus always visible.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, cardNames, NAMES } from './fixtures.js';

const VIEWS = {
  default: '',
  filtered: '?q=chongqing&sector=healthcare,pharmaceuticals',
  empty: '?q=nothing-matches-this',
  source: '?s=12',
  table: '?q=healthcare&view=table&sort=-sectors',
};

for (const scheme of ['light', 'dark']) {
  for (const [name, path] of Object.entries(VIEWS)) {
    test(`axe finds no WCAG 2.2 AA violation: ${name} view, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, path);
      // Open every source control too, so their contents are checked.
      if (name === 'filtered' || name === 'table') await page.locator('details.source').first().evaluate((d) => { d.open = true; });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
      expect(summary).toEqual([]);
    });
  }
}

test('landmarks, one h1 and a logical heading order', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i += 1) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
});

test('keyboard only: from load to a filtered, copied link, focus always visible', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  const focusVisible = () => page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const style = getComputedStyle(el);
    return el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'ok' : `hidden on ${el.outerHTML.slice(0, 80)}`;
  });
  const tabTo = async (predicate, max = 120) => {
    for (let i = 0; i < max; i += 1) {
      await page.keyboard.press('Tab');
      await expect.poll(focusVisible).toBe('ok');
      if (await page.evaluate(predicate)) return;
    }
    throw new Error('never reached the target with Tab');
  };
  // The first Tab reaches the skip link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
  await tabTo(() => document.activeElement?.getAttribute('value') === 'pharmaceuticals');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/explorer\/sectors\/pharmaceuticals\/$/);
  await expect(cardNames(page)).toHaveText([NAMES[2]]);
  await tabTo(() => document.activeElement?.classList.contains('copy-link'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#announcer')).toHaveText('Link copied to the clipboard');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/\/explorer\/delegations\/taiwan-business-and-construction-association\/$/);
});

test('reduced motion is honoured', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?s=20');
  await expect(page.locator('#sentence-20')).toBeInViewport();
  await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');
});
