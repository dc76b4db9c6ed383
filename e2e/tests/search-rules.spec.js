// Search that answers ordinary questions (issue 18, the parts built so far): compounds and
// their joined and split forms, pinyin in syllables, words of one or two letters, sector
// aliases and the glossary of Chinese place names (each with its note), queries with
// nothing to search for, and empty states that say what the sector filter hides, that the
// data is in English, and that the figures and the article are not searched.
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
      ['health care', [THIA], 'the split form of a joined word'],
      ['EV', [TEEMA], 'a known abbreviation: an alias of New energy vehicles'],
      ['electric vehicles', [TEEMA], 'an alias of two words'],
      ['info services', [TEEMA], 'an alias of Software and information services'],
      ['涪陵', [TBCA], 'the glossary: Fuling'],
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
      await page.getByRole('searchbox').fill('QZ');
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

    test('an alias finds its sector, and a note says it is our vocabulary', async ({ page }) => {
      await open(page);
      const note = page.locator('#read-as-new-energy-vehicles');
      await expect(note).toBeHidden();
      await page.getByRole('searchbox').fill('NEVs');
      await expect(cardNames(page)).toHaveText([TEEMA]);
      await expect(note).toBeVisible();
      await expect(note).toHaveText(/“NEV”, “NEVs”, “EV”, “EVs” and “electric vehicles” also find New energy vehicles: related terms from our vocabulary, not the article’s words\./);
      await expect(page.locator('.read-as__note:visible')).toHaveCount(1);
      // "vehicles" alone is the sector's own name: no note.
      await page.getByRole('searchbox').fill('vehicles');
      await expect(cardNames(page)).toHaveText([TEEMA]);
      await expect(note).toBeHidden();
    });

    test('a Chinese place name is searched as the article\'s English, and marked as our glossary', async ({ page }) => {
      await open(page, '?q=%E9%87%8D%E5%BA%86');
      await expect(cardNames(page)).toHaveText(NAMES);
      const note = page.locator('#read-as-0');
      await expect(note).toBeVisible();
      await expect(note).toContainText('重庆 is searched as “Chongqing”');
      await expect(note).toContainText('glossary');
      await expect(page.locator('.card mark').filter({ hasText: 'Chongqing' }).first()).toBeVisible();
    });

    test('traditional characters are in the glossary too', async ({ page }) => {
      await open(page);
      await page.getByRole('searchbox').fill('臺灣');
      await expect(cardNames(page)).toHaveText(NAMES);
      await expect(page.locator('#read-as-4')).toBeVisible();
      await expect(page.locator('#read-as-4 [lang="zh"]')).toHaveText('臺灣');
    });

    test('a Chinese place name the glossary read, with an English word that found nothing: no advice about Chinese', async ({ page }) => {
      await open(page);
      await page.getByRole('searchbox').fill('重庆 foxconn');
      const empty = page.locator('#empty-state');
      await expect(empty).toContainText('The search reads the delegation cards');
      await expect(empty).not.toContainText('in English');
    });

    test('Chinese the glossary does not have: the empty state says the data is in English', async ({ page }) => {
      await open(page);
      await page.getByRole('searchbox').fill('企业');
      const empty = page.locator('#empty-state');
      await expect(empty).toContainText('The article and the data are in English');
      await expect(empty).toContainText('Chongqing, Taiwan, Yuzhong, Fuling');
      await expect(empty).not.toContainText('check the spelling');
    });

    test('a word only the figures or the article hold: the empty state says what the search reads', async ({ page }) => {
      await open(page);
      await page.getByRole('searchbox').fill('foxconn');
      const empty = page.locator('#empty-state');
      await expect(empty).toContainText('The search reads the delegation cards: the investment figures and the article are below them on this page.');
    });
  });
}
