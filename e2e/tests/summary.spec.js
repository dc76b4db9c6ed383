// The event overview, investment panel, source view, citation and exports.
import fs from 'node:fs';
import { test, expect, open, cardNames, NAMES } from './fixtures.js';

test('the panel shows the three official and four derived figures', async ({ page }) => {
  await open(page);
  const panel = page.getByRole('region', { name: 'Taiwanese investment in Chongqing' });
  await expect(panel.locator('[data-figure] .figure__value')).toHaveText(['2,299', 'US$32.38 billion', 'US$8.06 billion']);
  await expect(panel.locator('[data-derived] .has-tooltip')).toHaveText(['24.9%', 'about US$14.1 million', 'about US$3.5 million', 'US$24.32 billion']);
  await expect(panel).toContainText('Official data as of June 2025');
  await panel.locator('[data-derived=utilization-rate] .has-tooltip').focus();
  await expect(panel.getByRole('tooltip', { name: /US\$8\.06 billion utilized ÷ US\$32\.38 billion contracted/ })).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: /^(Quanta|Inventec|Pegatron|Wistron|Foxconn|Compal)$/ })).toHaveCount(6);
});

test('the table matches the chart', async ({ page }) => {
  await open(page);
  const rows = await page.locator('.summary table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  expect(rows).toEqual([
    ['Contracted investment', 'US$32.38 billion', '100.0%'],
    ['Actually utilized investment', 'US$8.06 billion', '24.9%'],
  ]);
  const widths = await page.locator('.chart__svg rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  expect(widths[0]).toBeCloseTo(400, 0);
  expect(widths[1] / widths[0]).toBeCloseTo(8.06 / 32.38, 2);
  await expect(page.getByRole('img', { name: /Contracted and utilized/ })).toBeVisible();
});

test('the overview marks the inferred year and counts the event', async ({ page }) => {
  await open(page);
  const year = page.locator('.inferred');
  await expect(year).toContainText('2025 (inferred)');
  await year.focus();
  await expect(page.getByRole('tooltip', { name: /does not print the year/ })).toBeVisible();
  await expect(page.locator('.stats li')).toHaveText(['3 delegations', '5 sites visited', '2 agreements and frameworks']);
});

test('a source control opens the article at the highlighted sentence, and the link reloads there', async ({ page }) => {
  await open(page);
  const card = page.locator('article.card').first();
  const fact = card.locator('li', { hasText: '68 types of tumors' });
  await fact.locator('summary', { hasText: 'Source' }).click();
  await expect(fact.locator('.source__quote')).toHaveText('"Taiwanese companies have developed effective treatments for 68 types of tumors and 57 organs.');
  await fact.getByRole('link', { name: /Open in article \(sentence 12\)/ }).click();
  await expect(page).toHaveURL(/\?s=12$/);
  const sentence = page.locator('#sentence-12');
  await expect(sentence).toHaveAttribute('data-current', 'true');
  await expect(sentence).toBeInViewport();
  await page.reload();
  await expect(page.locator('#sentence-12')).toHaveAttribute('data-current', 'true');
  await expect(page.locator('#sentence-12')).toBeInViewport();
  await page.getByRole('link', { name: 'Back to the delegations' }).click();
  await expect(page).toHaveURL(/\/explorer\/$/);
  await expect(page.locator('[data-current=true]')).toHaveCount(0);
});

test('source disclosures are built when they open, however they are opened', async ({ page }) => {
  await open(page);
  const sources = page.locator('article.card details.source');
  await expect(sources.first()).toBeAttached();
  // Closed disclosures hold only their toggle: the cited text is built on first opening.
  await expect(page.locator('article.card .source__body')).toHaveCount(0);
  const leader = page.locator('article.card .card__leader details.source').first();
  await leader.evaluate((d) => { d.open = true; });
  await expect(leader.locator('.source__quote')).toContainText('Taiwan Healthcare Industry Alliance');
  await expect(leader.getByRole('link', { name: /Open in article \(sentence \d+\)/ })).toBeVisible();
  await expect(page.locator('article.card .source__body')).toHaveCount(1);
  // Closing keeps what was built; reopening shows it again.
  await leader.evaluate((d) => { d.open = false; });
  await leader.locator('summary').click();
  await expect(leader.locator('.source__quote')).toBeVisible();
});

test('the figures and the article follow the first paint, and a sentence link still lands on its sentence', async ({ page }) => {
  await open(page, '?s=20');
  await expect(page.locator('.summary')).toBeVisible();
  const sentence = page.locator('#sentence-20');
  await expect(sentence).toHaveAttribute('data-current', 'true');
  await expect(sentence).toBeInViewport();
  // The deferred sections sit after the results, in reading order.
  const order = await page.evaluate(() => {
    const results = document.getElementById('results');
    const summary = document.querySelector('.summary');
    const article = document.getElementById('article');
    return [results.compareDocumentPosition(summary), summary.compareDocumentPosition(article)].map((p) => (p & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  });
  expect(order).toEqual([true, true]);
});

test('Cite this view copies a ready citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?sector=healthcare');
  await page.getByRole('button', { name: 'Cite this view' }).click();
  await expect(page.getByRole('button', { name: 'Citation copied' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^Healthcare — Chongqing–Taiwan Week Explorer\. http:\/\/127\.0\.0\.1:\d+\/explorer\/\?sector=healthcare\n/);
  expect(text).toContain('17th Chongqing-Taiwan Week');
  expect(text).toContain('as of June 2025');
});

async function download(page, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
}

test('exports hold exactly the delegations of the filtered view', async ({ page }) => {
  await open(page, '?sector=pharmaceuticals,smart-terminals');
  await expect(cardNames(page)).toHaveCount(2);
  const json = await download(page, 'Download JSON');
  expect(json.name).toBe('chongqing-taiwan-week-delegations.json');
  expect(JSON.parse(json.text).map((d) => d.name)).toEqual([NAMES[1], NAMES[2]]);
  const csv = await download(page, 'Download CSV');
  expect(csv.name).toBe('chongqing-taiwan-week-delegations.csv');
  const lines = csv.text.trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[0].split(',')[1]).toBe('name');
  expect(lines[2]).toContain('Computer manufacturing;Pharmaceuticals');
  const figures = await download(page, 'Figures CSV');
  expect(figures.name).toBe('chongqing-taiwan-week-figures.csv');
  expect(figures.text).toContain('Contracted investment,32380,USD million,June 2025,official');
});
