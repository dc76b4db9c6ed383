import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(process.argv[2]); await page.waitForSelector('article.card');
console.log(await page.evaluate(() => {
  const n = (sel) => [...document.querySelectorAll(sel)].reduce((a, e) => a + e.querySelectorAll('*').length + 1, 0);
  return { all: document.querySelectorAll('*').length, text: document.evaluate('count(//text())', document, null, 1).numberValue, sources: document.querySelectorAll('details.source').length, sourceBodies: n('.source__body'), cards: n('article.card'), article: n('#article'), summary: n('.summary'), overview: n('.overview'), filters: n('.controls'), head: n('head') };
}));
await browser.close();
