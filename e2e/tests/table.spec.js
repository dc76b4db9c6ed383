// The table view: `view=table` in the URL and a "Cards | Table" switch beside the count; a
// <table> with one row per delegation (its name and head as the row's header, sectors with the
// inferred ones marked, district, sites, outcomes), a caption, and `aria-sort` on the sorted
// column; sorted by a column's header, the order in the URL; searched and filtered like the
// cards; at 390 px it scrolls sideways in its region with the names staying in view.
import { test, expect, open, box, NAMES } from './fixtures.js';
import AxeBuilder from '@axe-core/playwright';

const WIDTHS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const [HEALTH, TEEMA, TBCA] = NAMES;

/** The names of the rows, in order. */
const rowNames = (page) => page.locator('table.results-table tbody th[scope=row] .cell__name');
/** A column's sort button, by the column's header. */
const header = (page, name) => page.getByRole('columnheader', { name });

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the switch beside the count shows the results as a table, kept in the URL and by Back', async ({ page }) => {
      await open(page);
      const table = page.getByRole('button', { name: 'Table', exact: true });
      const cards = page.getByRole('button', { name: 'Cards', exact: true });
      await expect(cards).toHaveAttribute('aria-pressed', 'true');
      // Beside the count, on the results' heading row.
      await expect.poll(async () => {
        const [t, c] = await Promise.all([box(table), box(page.locator('#result-count'))]);
        return Math.abs(t.y + t.height / 2 - (c.y + c.height / 2)) - t.height;
      }).toBeLessThan(0);
      await table.click();
      await expect(page).toHaveURL(/\/explorer\/\?view=table$/);
      await expect(table).toHaveAttribute('aria-pressed', 'true');
      // A table, with a caption, its columns' headers and a header per row.
      const grid = page.locator('#results').getByRole('table');
      await expect(grid).toHaveCount(1);
      await expect(grid.locator('caption')).toContainText('Delegations, one per row.');
      await expect(page.locator('#results').getByRole('columnheader')).toHaveText(['Delegation', 'Sectors', 'District', 'Sites visited', 'Outcomes']);
      await expect(page.locator('#results').getByRole('rowheader')).toHaveCount(3);
      await expect(rowNames(page)).toHaveText(NAMES);
      await expect(page.locator('article.card')).toHaveCount(0);
      // A row holds the comparable parts: the head of the organisation under its name, the
      // district, and no quotes or "Copy link".
      const first = page.locator('#results').getByRole('row').nth(1);
      await expect(first.getByRole('rowheader')).toContainText('Wang Guo');
      await expect(first.getByRole('cell').nth(1)).toHaveText(/Yuzhong District/);
      await expect(first.locator('figure.quote')).toHaveCount(0);
      await expect(first.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
      // A delegation with no outcome says so in its cell.
      await expect(page.locator('#results').getByRole('row').nth(2).getByRole('cell').last()).toHaveText('None in the article');
      // Stated and inferred sectors are marked apart.
      const inferred = page.locator('#results').getByRole('row').nth(2).locator('.chip[data-basis=inferred]').first();
      await expect(inferred.locator('xpath=following-sibling::details[1]')).toContainText('(inferred)');
      // Nothing is sorted yet: no header carries aria-sort.
      await expect(page.locator('th[aria-sort]')).toHaveCount(0);
      await page.reload();
      await expect(rowNames(page)).toHaveText(NAMES);
      await page.goBack();
      await expect(page).toHaveURL(/\/explorer\/$/);
      await expect(page.locator('#results').getByRole('table')).toHaveCount(0);
      await expect(page.locator('article.card')).toHaveCount(3);
    });

    test('a column\'s header sorts the rows: first order, the reverse, then the search\'s order', async ({ page }) => {
      await open(page, '?view=table');
      const district = header(page, 'District');
      await district.getByRole('button').click();
      await expect(page).toHaveURL(/\?view=table&sort=district$/);
      await expect(district).toHaveAttribute('aria-sort', 'ascending');
      await expect(page.locator('th[aria-sort]')).toHaveCount(1);
      await expect(page.locator('#sort-state')).toHaveText('Sorted by district, A to Z');
      await expect(page.locator('#announcer')).toHaveText('Sorted by district, A to Z');
      // Fuling before Yuzhong; the delegation with no district named comes last.
      await expect(rowNames(page)).toHaveText([TBCA, HEALTH, TEEMA]);
      await district.getByRole('button').click();
      await expect(page).toHaveURL(/\?view=table&sort=-district$/);
      await expect(district).toHaveAttribute('aria-sort', 'descending');
      await expect(rowNames(page)).toHaveText([HEALTH, TBCA, TEEMA]);
      await district.getByRole('button').click();
      await expect(page).toHaveURL(/\?view=table$/);
      await expect(page.locator('th[aria-sort]')).toHaveCount(0);
      await expect(rowNames(page)).toHaveText(NAMES);
      // A count column starts with the most.
      await header(page, 'Sectors').getByRole('button').click();
      await expect(page).toHaveURL(/sort=-sectors$/);
      await expect(page.locator('#sort-state')).toHaveText('Sorted by number of sectors, most first');
      await expect(rowNames(page)).toHaveText([TEEMA, HEALTH, TBCA]);
      // The order is the link's: it reopens as it was.
      await page.reload();
      await expect(header(page, 'Sectors')).toHaveAttribute('aria-sort', 'descending');
    });

    test('the table is searched and filtered like the cards', async ({ page }) => {
      await open(page, '?view=table&sort=name');
      await expect(rowNames(page)).toHaveText([TBCA, TEEMA, HEALTH]);
      await page.getByRole('searchbox').fill('lei');
      await expect(rowNames(page)).toHaveText([TBCA]);
      // The match is in sight: the head of the organisation stays in the row.
      await expect(page.locator('table .card__leader mark')).toHaveText('Lei');
      await expect(page.locator('#sort-state')).toContainText('Matches in what was said and quoted show on the cards.');
      await expect(page).toHaveURL(/\?q=lei&view=table&sort=name$/);
      await page.getByRole('searchbox').fill('');
      await page.goto('?sector=healthcare&view=table&sort=-name');
      await expect(rowNames(page)).toHaveText([HEALTH, TBCA]);
      await expect(page.locator('#result-count')).toHaveText('2 delegations');
    });

    test('the table view passes axe and nothing in it overflows the page', async ({ page }) => {
      await open(page, '?view=table');
      const results = await new AxeBuilder({ page }).include('#results').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      // The page does not scroll sideways; at a desktop width the whole table is in view, so
      // no column is clipped.
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      if (viewport.width >= 1280) {
        await expect.poll(() => page.locator('.table-region').evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
        const outcomes = page.locator('#results').getByRole('row').nth(1).getByRole('cell').last();
        await expect(outcomes).toBeInViewport();
      }
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table scrolls sideways in its region, and the names stay in view', async ({ page }) => {
    await open(page, '?view=table');
    const region = page.locator('.table-region');
    const name = rowNames(page).first();
    const outcomes = page.locator('#results').getByRole('row').nth(1).getByRole('cell').last();
    await name.scrollIntoViewIfNeeded();
    await expect(name).toBeInViewport();
    await expect.poll(() => region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
    // The outcomes column starts off the screen, to the right; scrolled to, every outcome
    // is legible in its cell.
    await expect.poll(async () => (await box(outcomes)).x).toBeGreaterThan(390);
    // Where the name stands before the region scrolls: laid out, in view.
    const before = await box(name);
    await region.evaluate((r) => { r.scrollLeft = r.scrollWidth; });
    await expect.poll(async () => (await box(outcomes)).x).toBeLessThan(390);
    await expect.poll(async () => {
      const b = await box(outcomes);
      return b.x + b.width;
    }).toBeLessThanOrEqual(391);
    await expect.poll(async () => Math.abs((await box(name)).x - before.x)).toBeLessThan(2);
    // The page itself does not scroll sideways.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
