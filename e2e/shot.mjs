// Screenshot helper (not a test): node tests/shot.mjs URL OUT WIDTH [HEIGHT] [dark]
// SELECTOR=css shoots one element; SCROLL=css scrolls it into view first; FULL=1 the whole page;
// CLICK='css|css' clicks each first (to open a menu); TYPE='text' types into the search box
// (then presses Enter when ENTER=1).
import { chromium } from '@playwright/test';
const [url, out, width, height, scheme] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height ?? 900) }, colorScheme: scheme ?? 'light' });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
await page.waitForSelector('article.card', { timeout: 10000 }).catch(() => {});
// The app's own page, not the prerendered one (a click on that would not reach the app).
await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout: 10000 }).catch(() => {});
if (process.env.TYPE) {
  await page.getByRole('searchbox', { name: /Search/ }).pressSequentially(process.env.TYPE);
  if (process.env.ENTER === '1') await page.keyboard.press('Enter');
}
if (process.env.CLICK) for (const sel of process.env.CLICK.split('|')) await page.locator(sel).first().click();
if (process.env.SCROLL) await page.locator(process.env.SCROLL).evaluate((e) => e.scrollIntoView());
await page.waitForTimeout(300);
if (process.env.SELECTOR) {
  // Off-screen blocks are laid out only near the viewport (content-visibility), so bring
  // the block into view and let it take its real size before measuring it.
  const target = page.locator(process.env.SELECTOR);
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await target.screenshot({ path: out });
}
else await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
console.log(JSON.stringify(errors));
await browser.close();
