// Search that answers ordinary questions (issue 18, the parts built so far): compounds and
// their joined and split forms, pinyin in syllables, words of one or two letters, queries
// with nothing to search for, and an empty state that says what the sector filter hides.
// Each at a phone's and a desktop's width.
import { test, expect, open, cardNames, NAMES } from './fixtures.js';

const WIDTHS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const [THIA, TEEMA, TBCA] = NAMES;

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const [query, expected, rule] of [
      ['e-commerce', [TEEMA], 'a compound is its parts, not "Chamber of Commerce"'],
      ['ecommerce', [TEEMA], 'the joined form finds the compound, and is no typo of "commerce"'],
      ['new-energy', [TEEMA], 'a hyphen is a space'],
      ['new energy', [TEEMA], 'the split form'],
      ['lei hong yi', [TBCA], 'pinyin in syllables'],
      ['guo an', [THIA], 'a name in syllables'],
    ]) {
      test(`${rule} (${query})`, async ({ page }) => {
        await open(page);
        await page.getByRole('searchbox').fill(query);
        await expect(cardNames(page)).toHaveText(expected);
      });
    }

    test('the syllables of a name mark the name', async ({ page }) => {
      await open(page, '?q=lei+hong+yi');
      await expect(page.locator('article.card .card__leader mark')).toHaveText(['Lei', 'Hongyi']);
    });

    test('a word of two letters matches only a whole word, and the empty state says so', async ({ page }) => {
      await open(page);
      await page.getByRole('searchbox').fill('EV');
      await expect(cardNames(page)).toHaveCount(0);
      const empty = page.locator('#empty-state');
      await expect(empty).toContainText('Words of one or two letters match only a whole word');
      await expect(empty).not.toContainText('check the spelling');
    });

    test('a search with nothing to search for shows everything, says so, and is no filter', async ({ page }) => {
      await open(page);
      await page.getByRole('searchbox').fill('🚗');
      await expect(page.getByRole('note').filter({ hasText: 'has no letters or digits to search for' })).toBeVisible();
      await expect(cardNames(page)).toHaveText(NAMES);
      await expect(page.getByRole('button', { name: /Remove search/ })).toHaveCount(0);
      await page.getByRole('searchbox').fill('-');
      await expect(page.getByRole('note').filter({ hasText: '“-” has no letters or digits' })).toBeVisible();
      await page.getByRole('searchbox').fill('lei');
      await expect(page.getByRole('note').filter({ hasText: 'no letters or digits' })).toHaveCount(0);
    });

    test('when the sector filter hides the matches, the empty state says how many, with "Search all sectors"', async ({ page }) => {
      await open(page, '?q=lei&sector=smart-terminals');
      const empty = page.locator('#empty-state');
      await expect(empty).toContainText('1 delegation matches your search in other sectors.');
      await empty.getByRole('button', { name: 'Search all sectors' }).click();
      await expect(cardNames(page)).toHaveText([TBCA]);
      await expect(page).toHaveURL(/\/explorer\/\?q=lei$/);
    });
  });
}
