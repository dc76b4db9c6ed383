// Permalinks, copy link, and hostile URLs.
import { test, expect, open, cardNames, NAMES } from './fixtures.js';

const [, , TBCA] = NAMES;

test('a permalink scrolls to its card and marks it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await open(page, '?sector=pharmaceuticals#taiwan-business-and-construction-association');
  const card = page.locator('#taiwan-business-and-construction-association');
  await expect(card).toHaveAttribute('data-target', 'true');
  await expect(card).toBeInViewport();
  await expect(page.locator('article.card[data-target=true]')).toHaveCount(1);
});

test('Copy link puts the card\'s own page in the clipboard, whatever the view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?q=lei');
  const card = page.locator('article.card', { hasText: TBCA });
  await card.getByRole('button', { name: 'Copy link' }).click();
  await expect(card.getByRole('button', { name: 'Link copied' })).toBeVisible();
  await expect(page.locator('#announcer')).toHaveText('Link copied to the clipboard');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/^http:\/\/127\.0\.0\.1:\d+\/explorer\/delegations\/taiwan-business-and-construction-association\/$/);
});

test('without the Clipboard API the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); });
  await open(page);
  await page.locator('article.card').first().getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: /Copy this link/ });
  await expect(field).toHaveValue(/\/explorer\/delegations\/taiwan-healthcare-industry-alliance\/$/);
});

test('an unknown sector is ignored with a visible note', async ({ page }) => {
  await open(page, '?sector=quantum-widgets,healthcare');
  await expect(page.getByRole('note')).toContainText('Unknown sector “quantum-widgets” was ignored.');
  await expect(page).toHaveURL(/\/explorer\/sectors\/healthcare\/$/);
  await expect(cardNames(page)).toHaveText([NAMES[0], NAMES[2]]);
});

test('malformed percent-encoding is handled', async ({ page }) => {
  await open(page, '?q=%E0%A4%A&sector=%ZZ,healthcare');
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('\uFFFD%A');
  await expect(page.getByRole('note')).toContainText('Unknown sector “%ZZ” was ignored.');
  await expect(page.getByRole('checkbox', { name: /Healthcare/ })).toBeChecked();
  await page.getByRole('button', { name: 'Clear all' }).first().click();
  await expect(cardNames(page)).toHaveText(NAMES);
});

test('script in q is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await open(page, '?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E');
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('<img src=x onerror=alert(1)><script>alert(2)</script>');
  await expect(page.locator('[data-state=empty]')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('#app img, #app script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a 100 KB q is shortened with a note and the page keeps working', async ({ page }) => {
  // Static servers refuse a 100 KB request line (414), so the link arrives as a history
  // entry, exactly as the app reads it on Back and Forward.
  await open(page);
  await page.evaluate(() => {
    history.pushState(null, '', `?q=${'wang'.repeat(25_000)}`);
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('note')).toContainText('had 100000 characters and was shortened to 200');
  const box = page.getByRole('searchbox', { name: /Search/ });
  await expect(box).toHaveValue('wang'.repeat(50));
  await expect(page).toHaveURL(new RegExp(`\\?q=(wang){50}$`));
  await box.fill('lei');
  await expect(cardNames(page)).toHaveText([TBCA]);
});

test('sentence links keep the rest of the view, and follow it when it changes', async ({ page }) => {
  await open(page, '?q=wang');
  const link = page.locator('#sentence-12 a.sentence__number');
  await expect(link).toHaveAttribute('href', '?q=wang&s=12');
  await page.getByRole('searchbox', { name: /Search/ }).fill('lei');
  // The links follow the address bar, which follows typing after a short pause.
  await expect(link).toHaveAttribute('href', '?q=lei&s=12');
  const source = page.locator('article.card details.source').first();
  await source.locator('summary').click();
  await expect(source.locator('a.source__open')).toHaveAttribute('href', /^\?q=lei&s=\d+$/);
});

test('a click with a modifier on a sentence link is left to the browser', async ({ page, context }) => {
  await open(page);
  const link = page.locator('#sentence-12 a.sentence__number');
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState();
  await expect(tab).toHaveURL(/\?s=12$/);
  await tab.close();
  await expect(page).toHaveURL(/\/explorer\/$/);
  await expect(page.locator('[data-current=true]')).toHaveCount(0);
});
