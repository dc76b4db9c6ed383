// The table view (issue 17): `view=table` in the URL and a "Cards | Table" switch beside the
// count; one row per delegation with its district, sites, sectors (inferred ones marked) and
// outcomes; sorted by a column's name, the order in the URL; searched and filtered like the
// cards; at 390 px it scrolls sideways in its region with the names staying in view.
import { test, expect, open, box, NAMES } from './fixtures.js';

const WIDTHS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const [HEALTH, TEEMA, TBCA] = NAMES;

/** The names of the rows, in order. */
const rowNames = (page) => page.locator('[data-layout=table] article.card h3');

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the switch beside the count shows the results as a table, kept in the URL and by Back', async ({ page }) => {
      await open(page);
      const table = page.getByRole('button', { name: 'Table', exact: true });
      const cards = page.getByRole('button', { name: 'Cards', exact: true });
      await expect(cards).toHaveAttribute('aria-pressed', 'true');
      // Beside the count, on the results' heading row: their middles less than its height apart.
      await expect.poll(async () => {
        const [t, c] = await Promise.all([box(table), box(page.locator('#result-count'))]);
        return Math.abs(t.y + t.height / 2 - (c.y + c.height / 2)) - t.height;
      }).toBeLessThan(0);
      await table.click();
      await expect(page).toHaveURL(/\/explorer\/\?view=table$/);
      await expect(table).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.sort-bar')).toBeVisible();
      await expect(page.locator('.sort')).toHaveText(['Delegation', 'Sectors', 'District', 'Sites visited', 'Outcomes']);
      await expect(rowNames(page)).toHaveText(NAMES);
      // A row holds the card's comparable parts only: no quotes, statements or "Copy link".
      const first = page.locator('article.card').first();
      await expect(first.locator('figure.quote').first()).toBeHidden();
      await expect(first.getByRole('button', { name: 'Copy link' })).toBeHidden();
      await expect(first.locator('.card__meta-row').first()).toContainText('Yuzhong District');
      // The head of the organisation stays under its name.
      await expect(first.locator('.card__leader')).toBeVisible();
      // The row's labels stay for screen readers (out of sight, not removed), and the sort
      // arrows are not read.
      const label = first.locator('.card__meta-row dt').first();
      await expect(label).toHaveText('District');
      await expect(label).not.toHaveCSS('display', 'none');
      await expect(page.locator('.sort').nth(2)).toHaveAccessibleName('District');
      // A delegation with no outcome says so in its cell.
      await expect.poll(() => page.locator('article.card').nth(1).evaluate((c) => getComputedStyle(c.closest('li'), '::after').content))
        .toBe('"None in the article"');
      // Stated and inferred sectors are marked apart.
      const teema = page.locator('article.card').nth(1);
      await expect(teema.locator('.chip[data-basis=inferred]').first()).toContainText('(inferred)');
      await page.reload();
      await expect(page.locator('.sort-bar')).toBeVisible();
      await expect(rowNames(page)).toHaveText(NAMES);
      await page.goBack();
      await expect(page).toHaveURL(/\/explorer\/$/);
      await expect(page.locator('.sort-bar')).toBeHidden();
      await expect(page.locator('[data-layout=table]')).toHaveCount(0);
    });

    test('a column\'s name sorts the rows: first order, the reverse, then the search\'s order', async ({ page }) => {
      await open(page, '?view=table');
      const district = page.locator('.sort', { hasText: 'District' });
      await district.click();
      await expect(page).toHaveURL(/\?view=table&sort=district$/);
      await expect(district).toHaveAttribute('data-sort', 'ascending');
      await expect(page.locator('#sort-state')).toHaveText('Sorted by district, A to Z');
      // Fuling before Yuzhong; the delegation with no district named comes last.
      await expect(rowNames(page)).toHaveText([TBCA, HEALTH, TEEMA]);
      await district.click();
      await expect(page).toHaveURL(/\?view=table&sort=-district$/);
      await expect(rowNames(page)).toHaveText([HEALTH, TBCA, TEEMA]);
      await district.click();
      await expect(page).toHaveURL(/\?view=table$/);
      await expect(rowNames(page)).toHaveText(NAMES);
      // A count column starts with the most.
      await page.locator('.sort', { hasText: 'Sectors' }).click();
      await expect(page).toHaveURL(/sort=-sectors$/);
      await expect(page.locator('#sort-state')).toHaveText('Sorted by number of sectors, most first');
      await expect(rowNames(page)).toHaveText([TEEMA, HEALTH, TBCA]);
      // The order is the link's: it reopens as it was.
      await page.reload();
      await expect(page.locator('.sort', { hasText: 'Sectors' })).toHaveAttribute('data-sort', 'descending');
    });

    test('the table is searched and filtered like the cards', async ({ page }) => {
      await open(page, '?view=table&sort=name');
      await expect(rowNames(page)).toHaveText([TBCA, TEEMA, HEALTH]);
      await page.getByRole('searchbox').fill('lei');
      await expect(rowNames(page)).toHaveText([TBCA]);
      // The match is in sight: the head of the organisation stays in the row.
      await expect(page.locator('[data-layout=table] .card__leader mark')).toHaveText('Lei');
      await expect(page.locator('#sort-state')).toContainText('Matches in what was said and quoted show on the cards.');
      await expect(page).toHaveURL(/\?q=lei&view=table&sort=name$/);
      await page.getByRole('searchbox').fill('');
      await page.goto('?sector=healthcare&view=table&sort=-name');
      await expect(rowNames(page)).toHaveText([HEALTH, TBCA]);
      await expect(page.locator('#result-count')).toHaveText('2 delegations');
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table scrolls sideways in its region, and the names stay in view', async ({ page }) => {
    await open(page, '?view=table');
    const region = page.locator('#results-body');
    const name = page.locator('article.card h3').first();
    const outcomes = page.locator('article.card').first().locator('.card__section', { hasText: 'Agreements' });
    await name.scrollIntoViewIfNeeded();
    await expect(name).toBeInViewport();
    await expect.poll(() => region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
    // The outcomes column starts off the screen, to the right.
    await expect.poll(async () => (await box(outcomes)).x).toBeGreaterThan(390);
    // Where the name stands before the region scrolls: laid out, in view.
    const before = await box(name);
    await region.evaluate((r) => { r.scrollLeft = r.scrollWidth; });
    await expect.poll(async () => (await box(outcomes)).x).toBeLessThan(390);
    await expect.poll(async () => Math.abs((await box(name)).x - before.x)).toBeLessThan(2);
    // The page itself does not scroll sideways.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
