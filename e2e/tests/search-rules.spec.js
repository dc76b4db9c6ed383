// Search that answers ordinary questions (issue 18): the whole page in scope (figures, context
// notes and article sentences, grouped under "Also on this page" and counted in the live
// region), compounds and their joined and split forms, quoted and hyphenated phrases, pinyin in syllables, words of one or
// two letters, sector aliases and the glossary of Chinese place names (each with its note),
// queries with nothing to search for, and empty states that say what the sector filter hides,
// that the data is in English, where on the page the words are, or what was meant.
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
      ['"new energy"', [TEEMA], 'quoted words, next to each other in this order'],
      ['chamber commerce', [THIA], 'words without quotation marks, apart'],
      ['“chamber of commerce”', [THIA], 'quoted words, in curly quotation marks'],
      ['lei hong yi', [TBCA], 'pinyin in syllables'],
      ['guo an', [THIA], 'a name in syllables'],
      ['health care', [THIA], 'the split form of a joined word'],
      ['EV', [TEEMA], 'a known abbreviation: an alias of New energy vehicles'],
      ['NEV', [TEEMA], 'an alias: NEV'],
      ['electric vehicles', [TEEMA], 'an alias of two words'],
      ['info services', [TEEMA], 'an alias of Software and information services'],
      ['涪陵', [TBCA], 'the glossary: Fuling'],
      ['台湾', NAMES, 'the glossary: Taiwan'],
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

    for (const query of ['"chamber commerce"', '"energy new"', 'energy-new']) {
      test(`a quoted or hyphenated phrase needs its words next to each other, and the empty state says so (${query})`, async ({ page }) => {
        await open(page);
        await page.getByRole('searchbox').fill(query);
        await expect(cardNames(page)).toHaveCount(0);
        const empty = page.locator('#empty-state');
        await expect(empty).toContainText('Quotation marks and hyphens ask for words next to each other, in this order');
        await expect(empty).not.toContainText('check the spelling');
        await expect(page.locator('#hits')).toBeHidden();
        // Without them, the words are found.
        await page.getByRole('searchbox').fill(query.replace(/["-]/g, ' '));
        await expect(cardNames(page)).not.toHaveCount(0);
      });
    }

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
      // An alias typed in letters apart is searched joined, and gets its note as well.
      await page.getByRole('searchbox').fill('e.v.');
      await expect(cardNames(page)).toHaveText([TEEMA]);
      await expect(note).toBeVisible();
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

    test('a Chinese place name the glossary read, with an English word: no advice about Chinese', async ({ page }) => {
      await open(page);
      await page.getByRole('searchbox').fill('重庆 foxconn');
      const empty = page.locator('#empty-state');
      await expect(empty).toBeVisible();
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

    for (const [query, count, entries] of [
      ['foxconn', 'No delegations · 1 context note · 1 article sentence · 1 report sentence', ['hit-context-cluster', 'hit-sentence-27', 'hit-source-asiacity-17th-matchmaking-fr--4']],
      ['quanta', 'No delegations · 1 context note · 1 article sentence · 1 report sentence', ['hit-context-cluster', 'hit-sentence-27', 'hit-source-asiacity-17th-matchmaking-fr--4']],
      ['utilization', 'No delegations · 1 figure', ['hit-figure-utilization-rate']],
      ['32.38', 'No delegations · 4 figures · 1 article sentence', ['hit-figure-contracted-investment', 'hit-figure-utilization-rate', 'hit-figure-contracted-per-enterprise', 'hit-figure-not-yet-utilized', 'hit-sentence-28']],
      ['2,299', 'No delegations · 3 figures · 1 article sentence · 1 report sentence', ['hit-figure-approved-enterprises', 'hit-figure-contracted-per-enterprise', 'hit-figure-utilized-per-enterprise', 'hit-sentence-28', 'hit-source-asiacity-17th-matchmaking-fr--5']],
      ['dividends', 'No delegations · 1 context note · 1 article sentence', ['hit-context-2', 'hit-sentence-20']],
    ]) {
      test(`a word beyond the cards is found on the page, counted and listed by kind (${query})`, async ({ page }) => {
        await open(page);
        await page.getByRole('searchbox').fill(query);
        await expect(cardNames(page)).toHaveCount(0);
        await expect(page.locator('#result-count')).toHaveText(count);
        const hits = page.locator('#hits');
        await expect(hits).toBeVisible();
        await expect(hits.locator('li:visible')).toHaveCount(entries.length);
        await expect.poll(() => hits.locator('li:visible').evaluateAll((els) => els.map((e) => e.id))).toEqual(entries);
        const empty = page.locator('#empty-state');
        // The answer leads, above: the empty state follows it and says so.
        await expect(empty).toContainText('they are in the figures, the context or the article, found above');
        await expect(empty).not.toContainText('check the spelling');
      });
    }

    test('a figure result links to its tile, a sentence result opens the article there', async ({ page }) => {
      await open(page, '?q=2%2C299');
      await page.locator('#hit-figure-approved-enterprises a').click();
      await expect(page).toHaveURL(/\?q=2%2C299#figure-approved-enterprises$/);
      await expect(page.locator('#figure-approved-enterprises')).toBeInViewport();
      await page.locator('#hit-sentence-28 a').click();
      await expect(page).toHaveURL(/\?q=2%2C299&s=28$/);
      await expect(page.locator('#sentence-28')).toBeInViewport();
      await expect(page.locator('#sentence-28')).toHaveAttribute('data-current', 'true');
    });

    test('cards and the rest of the page together: the count names each kind, the sector filter only the cards', async ({ page }) => {
      await open(page, '?q=lei');
      await expect(cardNames(page)).toHaveText([TBCA]);
      // "lei" is also the start of "leisure", in the 5th Week's report.
      await expect(page.locator('#result-count')).toHaveText('1 delegation · 2 article sentences · 1 report sentence');
      await expect(page.locator('#hits li:visible')).toHaveCount(3);
      await open(page, '?q=lei&sector=smart-terminals');
      await expect(cardNames(page)).toHaveCount(0);
      await expect(page.locator('#result-count')).toHaveText('No delegations · 2 article sentences · 1 report sentence');
      await expect(page.locator('#hits li:visible')).toHaveCount(3);
      await page.getByRole('searchbox').fill('');
      await expect(page.locator('#hits')).toBeHidden();
    });

    test('a word that is nowhere: "did you mean" offers the nearest words that find something', async ({ page }) => {
      await open(page);
      await page.getByRole('searchbox').fill('doxconn');
      const empty = page.locator('#empty-state');
      await expect(empty).toContainText('check the spelling');
      await expect(empty.getByText('Did you mean:')).toBeVisible();
      const near = empty.getByRole('button', { name: 'foxconn' });
      await expect(near).toBeVisible();
      await near.click();
      await expect(page.getByRole('searchbox')).toHaveValue('foxconn');
      await expect(page.getByRole('searchbox')).toBeFocused();
      // Its words are on the page now: no suggestion, and no spelling advice.
      await expect(empty.getByText('Did you mean:')).toHaveCount(0);
      await expect(empty).not.toContainText('check the spelling');
      await expect(page.locator('#result-count')).toHaveText('No delegations · 1 context note · 1 article sentence · 1 report sentence');
      await expect(page).toHaveURL(/\?q=foxconn$/);
      // A later search is not given the answer to an earlier one.
      await page.getByRole('searchbox').fill('pegatron vistron');
      await expect(empty.getByRole('button', { name: 'pegatron wistron' })).toBeVisible();
      await expect(empty.getByRole('button', { name: 'foxconn' })).toHaveCount(0);
    });
  });
}
