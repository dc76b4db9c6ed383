// The sector filter, active filters, empty state and the URL contract.
import { test, expect, open, cardNames, NAMES } from './fixtures.js';

const [THIA, TEEMA, TBCA] = NAMES;

test('checkboxes filter with facet counts that follow the query', async ({ page }) => {
  await open(page);
  const sector = page.getByRole('group', { name: 'Sector' });
  await expect(sector.getByRole('checkbox')).toHaveCount(8);
  await expect(sector.getByRole('checkbox', { name: 'Healthcare (2)' })).toBeVisible();
  await sector.getByRole('checkbox', { name: /Pharmaceuticals/ }).check();
  await expect(page).toHaveURL(/\/explorer\/sectors\/pharmaceuticals\/$/);
  await expect(cardNames(page)).toHaveText([TBCA]);
  await sector.getByRole('checkbox', { name: /Smart terminals/ }).check();
  await expect(page).toHaveURL(/\?sector=pharmaceuticals,smart-terminals$/);
  await expect(cardNames(page)).toHaveText([TEEMA, TBCA]);
  await expect(page.getByRole('status')).toHaveText('2 delegations');
  await page.getByRole('searchbox', { name: /Search/ }).fill('wang');
  await expect(sector.getByRole('checkbox', { name: 'Healthcare (1)' })).toBeVisible();
  await expect(sector.getByRole('checkbox', { name: 'Pharmaceuticals (0)' })).toBeVisible();
  await expect(page).toHaveURL(/\?q=wang&sector=pharmaceuticals,smart-terminals$/);
  await expect(page).toHaveTitle('“wang” in Pharmaceuticals, Smart terminals — Chongqing–Taiwan Week Explorer');
});

test('a sector chip on a card toggles the filter', async ({ page }) => {
  await open(page);
  const chip = page.locator('article.card').first().getByRole('button', { name: 'Precision medicine' });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\/explorer\/sectors\/precision-medicine\/$/);
  await expect(cardNames(page)).toHaveText([THIA]);
  await expect(page.getByRole('checkbox', { name: /Precision medicine/ })).toBeChecked();
  await expect(page).toHaveTitle('Precision medicine — Chongqing–Taiwan Week Explorer');
  await page.locator('article.card').first().getByRole('button', { name: 'Precision medicine' }).click();
  await expect(page).toHaveURL(/\/explorer\/$/);
  await expect(cardNames(page)).toHaveText(NAMES);
});

test('active filters can be removed one by one or all at once', async ({ page }) => {
  await open(page, '?q=taiwan&sector=healthcare,pharmaceuticals');
  await expect(cardNames(page)).toHaveText([THIA, TBCA]);
  await page.getByRole('button', { name: 'Remove filter Healthcare' }).click();
  await expect(page).toHaveURL(/\?q=taiwan&sector=pharmaceuticals$/);
  await expect(cardNames(page)).toHaveText([TBCA]);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/explorer\/$/);
  await expect(cardNames(page)).toHaveText(NAMES);
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('');
});

test('the empty state names the query and filters and suggests sectors', async ({ page }) => {
  await open(page, '?q=fuling&sector=smart-terminals');
  await expect(cardNames(page)).toHaveCount(0);
  // The article's and the other reports' sentences are no delegations: the sector filter
  // leaves them found.
  await expect(page.getByRole('status')).toHaveText('No delegations · 2 article sentences · 1 report sentence');
  const empty = page.locator('#empty-state');
  await expect(empty).toContainText('No delegation matches the search “fuling” with the sector filter Smart terminals.');
  await empty.getByRole('button', { name: 'Pharmaceuticals (1)' }).click();
  await expect(cardNames(page)).toHaveText([TBCA]);
  await expect(page).toHaveURL(/\?q=fuling&sector=pharmaceuticals,smart-terminals$/);
});

test('reload restores the view exactly', async ({ page }) => {
  await open(page);
  await page.getByRole('searchbox', { name: /Search/ }).fill('chongqing');
  await page.getByRole('checkbox', { name: /Pharmaceuticals/ }).check();
  await expect(page).toHaveURL(/\?q=chongqing&sector=pharmaceuticals$/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('chongqing');
  await expect(page.getByRole('checkbox', { name: /Pharmaceuticals/ })).toBeChecked();
  await expect(cardNames(page)).toHaveText([TBCA]);
});

test('Back and Forward restore earlier views', async ({ page }) => {
  await open(page);
  await page.getByRole('checkbox', { name: /Healthcare/ }).check();
  await expect(page).toHaveURL(/\/explorer\/sectors\/healthcare\/$/);
  await page.getByRole('checkbox', { name: /New energy vehicles/ }).check();
  await expect(page).toHaveURL(/\?sector=healthcare,new-energy-vehicles$/);
  await expect(cardNames(page)).toHaveText(NAMES);
  await page.goBack();
  await expect(page).toHaveURL(/\/explorer\/sectors\/healthcare\/$/);
  await expect(cardNames(page)).toHaveText([THIA, TBCA]);
  await expect(page.getByRole('checkbox', { name: /New energy vehicles/ })).not.toBeChecked();
  await page.goBack();
  await expect(cardNames(page)).toHaveText(NAMES);
  await page.goForward();
  await expect(cardNames(page)).toHaveText([THIA, TBCA]);
  await expect(page).toHaveTitle('Healthcare — Chongqing–Taiwan Week Explorer');
});

test('repeated sector parameters are accepted and written canonically', async ({ page }) => {
  await open(page, '?sector=smart-terminals&sector=healthcare');
  await expect(page).toHaveURL(/\?sector=healthcare,smart-terminals$/);
  await expect(cardNames(page)).toHaveText(NAMES);
});

test('Healthcare takes in its children, listed under it, and offers no dead end', async ({ page }) => {
  await open(page);
  const filter = page.getByRole('group', { name: 'Sector' });
  const children = filter.locator('.filter__list--children').getByRole('checkbox');
  await expect(children).toHaveCount(3);
  await expect(filter.getByRole('checkbox')).toHaveCount(8);
  await expect(filter.getByRole('checkbox', { name: /Smart manufacturing/ })).toHaveCount(0);
  await expect(filter.getByRole('checkbox', { name: /^Healthcare/ })).toHaveAccessibleName('Healthcare (2)');
  await filter.getByRole('checkbox', { name: /^Healthcare/ }).check();
  await expect(cardNames(page)).toHaveText([THIA, TBCA]);
  // The overview's purpose names the event's sectors, once.
  await expect(page.locator('.overview')).toContainText('exploring cooperation in healthcare, smart manufacturing, and related sectors');
  await expect(page.locator('.overview')).not.toContainText('Sectors named for the event as a whole');
});

test('a link to the event-wide sector says why it is not applied', async ({ page }) => {
  await open(page, '?sector=smart-manufacturing');
  await expect(page).toHaveURL(/\/explorer\/$/);
  await expect(cardNames(page)).toHaveText(NAMES);
  await expect(page.getByRole('note', { name: 'About this link' })).toContainText('“Smart manufacturing” is a sector the article names for the event as a whole; no delegation is tagged with it');
});
