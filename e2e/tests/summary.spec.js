// The event overview, investment panel, source view, citation and exports.
import fs from 'node:fs';
import { test, expect, open, box, cardNames, NAMES } from './fixtures.js';

test('the panel shows the three official and four derived figures', async ({ page }) => {
  await open(page);
  const panel = page.getByRole('region', { name: 'Taiwan-funded enterprises in Chongqing' });
  await expect(panel.locator('[data-figure] .figure__value')).toHaveText(['2,299', '$32.38 billion', '$8.06 billion']);
  await expect(panel.locator('[data-derived] .figure__value')).toHaveText(['24.9%', 'about $14.1 million', 'about $3.5 million', '$24.32 billion']);
  await expect(panel).toContainText('Official data as of June 2025');
  await expect(panel.locator('[data-derived=utilization-rate] .figure__formula')).toHaveText('= $8.06 billion utilized ÷ $32.38 billion contracted');
  await expect(panel.getByRole('listitem').filter({ hasText: /^(Quanta|Inventec|Pegatron|Wistron|Foxconn|Compal)$/ })).toHaveCount(6);
});

test('the chart labels each bar with its measure and amount, and draws them to scale', async ({ page }) => {
  await open(page);
  const chart = page.getByRole('figure', { name: 'Contracted and utilized investment, to scale, as of June 2025' });
  await expect(chart.locator('.chart__label')).toHaveText(['Total contracted investment: $32.38 billion', 'Actual utilized investment: $8.06 billion']);
  const bars = chart.locator('.chart__svg rect');
  await expect(bars.first()).toHaveAttribute('width', '1000');
  const widths = await bars.evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  expect(widths[1] / widths[0]).toBeCloseTo(8.06 / 32.38, 2);
  await chart.scrollIntoViewIfNeeded();
  // Drawn widths are layout: read until they hold (the panel is laid out only near the
  // screen, `content-visibility: auto`).
  await expect.poll(async () => {
    const drawn = await bars.evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().width));
    return drawn[1] / drawn[0];
  }).toBeCloseTo(8.06 / 32.38, 2);
});

test('the overview marks the inferred year and counts only what the article counts', async ({ page }) => {
  await open(page);
  await expect(page.locator('.overview__when')).toContainText('Matchmaking events 15–17 September 2025 (inferred)');
  // Its reason opens in place, by keyboard too.
  await page.locator('.overview__when .inferred__mark').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.overview__when .inferred__reason')).toBeVisible();
  await expect(page.locator('.overview__when .inferred__reason')).toContainText('does not print the year');
  await expect(page.locator('.stats li')).toHaveText(['3 delegations described', '5 sites named as visited', 'Agreements signed (number not given)', '1 framework reached']);
});

test('a card marks what is inferred and shows a claim once, with its speaker', async ({ page }) => {
  await open(page);
  const card = page.locator('#taiwan-healthcare-industry-alliance');
  await expect(card.locator('.card__leader')).toContainText("Wang Guo'an, President of the organization");
  await expect(card).not.toContainText('Led by');
  await expect(card).not.toContainText('Counterparts');
  const agreement = card.locator('li', { hasText: 'Agreements signed' });
  await agreement.locator('.inferred__mark').click();
  await expect(agreement.locator('.inferred__reason')).toBeVisible();
  await expect(agreement.locator('.inferred__reason')).toContainText('it does not say who signed');
  await expect(card.getByText('68 types of tumors')).toHaveCount(1);
  await expect(card.locator('figure.quote', { hasText: '68 types of tumors' }).locator('figcaption')).toContainText("Wang Guo'an");
  await expect(page.locator('#taiwan-business-and-construction-association')).not.toContainText('Computer manufacturing');
});

test('About this data names the source, what is unknown, and the text version, and its link keeps the view', async ({ page }) => {
  await open(page, '?q=lei');
  await page.getByRole('link', { name: 'About this data' }).click();
  await expect(page).toHaveURL(/\/explorer\/\?q=lei#about$/);
  const about = page.getByRole('contentinfo');
  await expect(about).toBeInViewport();
  await expect(about.getByRole('heading', { name: 'About this data' })).toBeVisible();
  await expect(about).toContainText('Not given in the supplied text');
  await expect(about).toContainText(/Text version [0-9a-f]{8}/);
  for (const h of ['The primary source', 'Other reports', 'How the facts were extracted', 'Stated, inferred, derived', 'Report an error']) {
    await expect(about.getByRole('heading', { name: h })).toBeVisible();
  }
  await expect(cardNames(page)).toHaveText([NAMES[2]]);
  await page.reload();
  await expect(page).toHaveURL(/\?q=lei#about$/);
});

test('print keeps the citations as sentence numbers and prints formulas and reasons', async ({ page }) => {
  await open(page);
  await expect(page.locator('.summary')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  // The sentence markers themselves print, as superscripts.
  const marker = page.locator('#taiwan-healthcare-industry-alliance .card__leader details.source > summary');
  await expect(marker).toBeVisible();
  await expect(marker).toHaveText('6');
  await expect(marker).toHaveCSS('vertical-align', 'super');
  const quote = page.locator('#taiwan-healthcare-industry-alliance figure.quote', { hasText: 'FDA' }).locator('details.source > summary');
  await expect(quote).toBeVisible();
  await expect(quote).toHaveText('10,\u200911');
  await expect(page.locator('[data-derived=utilization-rate] .figure__formula')).toBeVisible();
  await expect(page.locator('[data-derived=utilization-rate] .figure__formula')).toHaveText('= $8.06 billion utilized ÷ $32.38 billion contracted');
  await expect(page.locator('.overview__when .inferred__reason')).toBeVisible();
});

test('a source control opens the article at the highlighted sentence, and the link reloads there', async ({ page }) => {
  await open(page);
  const card = page.locator('article.card').first();
  const fact = card.locator('figure.quote', { hasText: '68 types of tumors' });
  await fact.locator('details.source > summary').click();
  await expect(fact.locator('.source__quote')).toHaveText('"Taiwanese companies have developed effective treatments for 68 types of tumors and 57 organs. Establishing joint labs and clinics here could accelerate medical technology development on both sides."');
  await fact.getByRole('link', { name: /Open in article \(sentences 12, 13\)/ }).click();
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

test('the figures and the article are in the page from the start, and a sentence link lands on its sentence', async ({ page }) => {
  await open(page, '?s=20');
  await expect(page.locator('.summary')).toBeVisible();
  const sentence = page.locator('#sentence-20');
  await expect(sentence).toHaveAttribute('data-current', 'true');
  await expect(sentence).toBeInViewport();
  // They sit after the results, in reading order.
  const order = () => page.evaluate(() => {
    const results = document.getElementById('results');
    const summary = document.querySelector('.summary');
    const article = document.getElementById('article');
    return [results.compareDocumentPosition(summary), summary.compareDocumentPosition(article)].map((p) => (p & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  });
  await expect.poll(order).toEqual([true, true]);
});

test('Cite this view copies a ready citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?sector=healthcare');
  await openMenu(page);
  await page.getByRole('button', { name: 'Cite this view' }).click();
  await expect(page.getByRole('button', { name: 'Citation copied' })).toBeVisible();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard).toMatch(/^Healthcare — Chongqing–Taiwan Week Explorer\. http:\/\/127\.0\.0\.1:\d+\/explorer\/sectors\/healthcare\/\n/);
  const text = await clipboard();
  expect(text).toContain('17th Chongqing-Taiwan Week');
  expect(text).toContain('as of June 2025');
  expect(text).toMatch(/Text version [0-9a-f]{8} \(28 sentences\)/);
  expect(text).toContain('identified by matching its text as iChongqing, 20 September 2025 (date read from the address), https://www.ichongqing.info/2025/09/20/');
  expect(text).toContain('headline, author not given');
  // The version the footer shows, read until it is there.
  await expect.poll(async () => text.includes(`Text version ${await page.locator('.about__version code').textContent()} `)).toBe(true);
});

/** Opens the "Share and export" menu, unless it is open. */
async function openMenu(page) {
  const menu = page.locator('details.menu');
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('> summary').click();
}

async function download(page, name) {
  await openMenu(page);
  // The figures CSV is a file the build wrote: a link; the others are made for the view.
  const control = page.getByRole(name === 'Figures CSV' ? 'link' : 'button', { name });
  const [dl] = await Promise.all([page.waitForEvent('download'), control.click()]);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
}

test('exports hold exactly the delegations of the filtered view', async ({ page }) => {
  await open(page, '?sector=pharmaceuticals,smart-terminals');
  await expect(cardNames(page)).toHaveCount(2);
  const json = await download(page, 'Download JSON');
  expect(json.name).toBe('chongqing-taiwan-week-delegations.json');
  const doc = JSON.parse(json.text);
  expect(doc.delegations.map((d) => d.name)).toEqual([NAMES[1], NAMES[2]]);
  expect(doc.about.url).toMatch(/\/explorer\/\?sector=pharmaceuticals,smart-terminals$/);
  expect(doc.about.sentences).toBe(28);
  for (const d of doc.delegations) {
    for (const f of d.facts) expect(f.sentences.length, `${d.id} ${f.field} ${f.text}`).toBeGreaterThan(0);
  }
  const pharma = doc.delegations[1].facts.find((f) => f.field === 'sector');
  expect(pharma).toMatchObject({ text: 'Pharmaceuticals', basis: 'inferred', sentences: [21] });
  const quote = doc.delegations[1].facts.find((f) => f.field === 'quote');
  expect(quote).toMatchObject({ speaker: 'Lei Hongyi', basis: 'stated', sentences: [23] });
  const csv = await download(page, 'Download CSV');
  expect(csv.name).toBe('chongqing-taiwan-week-delegations.csv');
  const lines = csv.text.trim().split('\r\n');
  expect(lines[0]).toBe('delegation_id,delegation,field,text,speaker,basis,reason,sentences');
  expect(lines.filter((l) => l.startsWith('taiwan-healthcare'))).toHaveLength(0);
  expect(lines).toContain('taiwan-business-and-construction-association,Taiwan Business and Construction Association,statement,Noted Fuling\'s advantages,Lei Hongyi,stated,,22');
  const figures = await download(page, 'Figures CSV');
  expect(figures.name).toBe('chongqing-taiwan-week-figures.csv');
  const ichongqing = 'article,iChongqing,https://www.ichongqing.info/2025/09/20/chongqing-taiwan-deepens-cooperation-in-healthcare-and-technology/,28';
  expect(figures.text).toContain(`Total contracted investment,official,32380,$32.38 billion,$ million,June 2025,,Official data,${ichongqing}`);
  expect(figures.text).toContain(`Utilization rate,derived,24.9,24.9%,%,June 2025,$8.06 billion utilized ÷ $32.38 billion contracted,computed here from the official figures,${ichongqing}`);
});

test('on a phone the open sentence is not hidden under the "Showing sentence" bar', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '?s=12');
  const sentence = page.locator('#sentence-12');
  await expect(sentence).toBeInViewport();
  await expect.poll(async () => {
    const [bar, below] = await Promise.all([box(page.locator('#article-back')), box(sentence)]);
    return below.y >= bar.y + bar.height;
  }).toBe(true);
});
