// The search box: rules, ranking, highlight and keyboard shortcuts.
import { test, expect, open, cardNames, NAMES } from './fixtures.js';

const [THIA, TEEMA, TBCA] = NAMES;

test('typing filters the cards on every keystroke', async ({ page }) => {
  await open(page);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.pressSequentially('fuli');
  await expect(cardNames(page)).toHaveText([TBCA]);
  await expect(page.getByRole('status')).toHaveText('1 delegation · 2 article sentences · 1 report sentence');
  await box.fill('');
  await expect(cardNames(page)).toHaveText(NAMES);
});

for (const [query, expected, rule] of [
  ['GUOAN', [THIA], 'case'],
  ['guó’ān', [THIA], 'accents'],
  ["guo'an", [THIA], 'punctuation'],
  ['guoan', [THIA], 'punctuation dropped'],
  ['microelec', [TEEMA], 'prefix on the last word'],
  ['pharmaceutcals', [TBCA], 'one typo in a long word'],
  ['fuling taiji', [TBCA], 'all words, any field'],
  ['fuling healthcare', [], 'all words must match'],
]) {
  test(`search rule: ${rule} (${query})`, async ({ page }) => {
    await open(page);
    await page.getByRole('searchbox', { name: /Search/ }).fill(query);
    await expect(cardNames(page)).toHaveText(expected);
  });
}

test('name and leader matches rank above quote matches, and matches are marked', async ({ page }) => {
  await open(page);
  await page.getByRole('searchbox', { name: /Search/ }).fill('business');
  await expect(cardNames(page).first()).toHaveText(TBCA);
  await page.getByRole('searchbox', { name: /Search/ }).fill('guoan');
  const marks = page.locator('article.card mark');
  await expect(marks.first()).toHaveText("Guo'an");
});

test('slash focuses the search box and Escape clears it', async ({ page }) => {
  await open(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: /Search/ });
  await expect(box).toBeFocused();
  await page.keyboard.type('lei');
  await expect(box).toHaveValue('lei');
  await expect(cardNames(page)).toHaveText([TBCA]);
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(cardNames(page)).toHaveText(NAMES);
});

test('typing re-marks the cards in place: a source the reader opened stays open', async ({ page }) => {
  await open(page);
  const card = page.locator('article.card').first();
  const source = card.locator('.card__leader details.source');
  await source.locator('summary').click();
  await expect(source.locator('.source__quote')).toBeVisible();
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.fill('wang');
  await expect(cardNames(page)).toHaveText([THIA]);
  await expect(card.locator('.card__leader mark')).toHaveText(['Wang']);
  await box.fill('healthcare');
  await expect(card.locator('h3 mark')).toHaveText(['Healthcare']);
  await expect(card.locator('.card__leader mark')).toHaveCount(0);
  await expect(source).toHaveAttribute('open', '');
  await expect(source.locator('.source__quote')).toBeVisible();
});
