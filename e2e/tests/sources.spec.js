// Sources (issue 32): the primary article identified, a second report of the same events set
// beside it (the same facts with two citations, the differences side by side, French quoted
// in French with a translation marked as ours), the Week across editions, the count of
// Taiwan-funded enterprises over time, and search, pages and downloads over every source.
// Each at 390 and 1280 px.
import { test, expect, open } from './fixtures.js';

const WIDTHS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const ADDRESS = 'https://www.ichongqing.info/2025/09/20/chongqing-taiwan-deepens-cooperation-in-healthcare-and-technology/';
const FR = 'asiacity-17th-matchmaking-fr';

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('"About this data" names iChongqing, the address, and how the article was identified', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page);
      const about = page.locator('#about');
      const identified = about.locator('#about-identified');
      await identified.scrollIntoViewIfNeeded();
      await expect(identified).toBeVisible();
      await expect(identified).toContainText('iChongqing, 20 September 2025 (date read from the address)');
      await expect(identified).toContainText('Identified by matching the text, not named in it');
      await expect(identified).toContainText('sentences 1 to 18');
      await expect(identified).toContainText('Retrieved 6 December 2026');
      await expect(identified.locator(`a[href="${ADDRESS}"]`)).toHaveText(ADDRESS);
      // Headline and author stay unknown.
      const row = (label) => about.locator('.about__row', { has: page.locator('dt', { hasText: label }) }).locator('dd');
      await expect(row('Headline')).toContainText('Not given in the supplied text');
      await expect(row('Author')).toHaveText('Not given in the supplied text');
      await expect(row('Outlet')).toHaveText('iChongqing (identified)');
      // "Cite this view" carries the identification too.
      await page.locator('details.menu > summary').click();
      await page.getByRole('button', { name: 'Cite this view' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toContain(`identified by matching its text as iChongqing, 20 September 2025 (date read from the address), ${ADDRESS}, retrieved 6 December 2026; headline, author not given`);
    });

    test('the 2,299 figure shows two citations; 32.379 stands beside 32.38 with what differs', async ({ page }) => {
      await open(page, 'figures/');
      const approved = page.locator('#figure-approved-enterprises');
      await approved.scrollIntoViewIfNeeded();
      await expect(approved.locator('.figure__value')).toHaveText('2,299');
      await expect(approved.locator('.figure__sources')).toHaveText('2 sources');
      // Both citations: the article's sentence marker, and the French report's sentence.
      await expect(approved.locator('details.source[data-cite="28"]')).toHaveCount(1);
      const cite = approved.locator(`details.cite[data-source="${FR}"]`);
      await expect(cite).toHaveAttribute('data-cite', '5');
      await expect(cite.locator('summary')).toHaveText('Asia City News (French edition), sentence 5');
      await cite.locator('summary').click();
      await expect(cite.locator('blockquote')).toHaveAttribute('lang', 'fr');
      await expect(cite.locator('blockquote')).toContainText('2 299 entreprises');

      const contracted = page.locator('#figure-contracted-investment');
      await expect(contracted.locator('.figure__value')).toHaveText('$32.38 billion');
      const report = contracted.locator('.report[data-relation=differs]');
      await expect(report).toBeVisible();
      await expect(report.locator('q[lang=fr]')).toContainText('32,379 milliards de dollars');
      await expect(report.locator('.report__translation')).toContainText('Translation made here');
      await expect(report.locator('.report__translation')).toContainText('32.379 billion dollars');
      await expect(report.locator('.report__note')).toContainText('rounded');
      await expect(report.locator('.report__note')).toContainText('dollars');
      // "Fin juin" against "As of June 2025".
      const asOf = page.locator('.summary__asof + .reports .report');
      await expect(asOf.locator('q[lang=fr]')).toHaveText('Fin juin');
      await expect(asOf.locator('.report__primary')).toContainText('As of June 2025');
    });

    test('the alliance card sets the second report beside it: led, other sites, the intention, the quote in French', async ({ page }) => {
      await open(page, 'delegations/taiwan-healthcare-industry-alliance/');
      const card = page.locator('#taiwan-healthcare-industry-alliance');
      const more = card.locator('details.reports');
      const toggle = more.locator('> summary');
      await toggle.scrollIntoViewIfNeeded();
      await expect(toggle).toHaveText('What another report says (6)');
      await toggle.click();
      // A report, by its own words (every entry's citation opens the whole sentence).
      const said = (words) => more.locator('.report', { has: page.locator('q[lang=fr]', { hasText: words }) });
      await expect(said('a conduit la délégation')).toContainText('never says who led');
      await expect(said('Headquarters City')).toBeVisible();
      const intention = said('intention de coopération');
      await expect(intention).toHaveAttribute('data-relation', 'differs');
      await expect(intention.locator('.report__primary')).toContainText('cooperation framework');
      const quote = said('ville ouverte');
      await expect(quote.locator('q[lang=fr]')).toContainText('Chongqing est une ville ouverte');
      await expect(quote.locator('.report__translation')).toContainText('Translation made here');
      await expect(quote.locator('.report__primary')).toContainText('Chongqing is an open city');
    });

    test('a fact two sources give says "2 sources" where it stands, with both citations', async ({ page }) => {
      await open(page);
      const thia = page.locator('#taiwan-healthcare-industry-alliance');
      const yuzhong = thia.locator('.card__meta-row dd', { hasText: 'Yuzhong District' });
      await expect(yuzhong.locator('.backing')).toContainText('2 sources');
      await expect(yuzhong.locator('details.source')).toHaveCount(1);
      await expect(yuzhong.locator(`details.cite[data-source=${FR}]`)).toHaveCount(1);
      if (viewport.width >= 1280) {
        // One line: a closed disclosure does not break the line around it.
        const middle = async (l) => { const b = await l.boundingBox(); return b.y + b.height / 2; };
        await expect.poll(async () => Math.abs(await middle(yuzhong.locator('summary.source__toggle')) - await middle(yuzhong.locator('summary.cite__toggle'))))
          .toBeLessThan(12);
      }
      const park = thia.locator('.card__list li', { hasText: 'Life Sciences and Health Industry Park' });
      await expect(park.locator('.backing')).toHaveText(/^ · 2 sources: Asia City News \(French edition\), sentence 7/);
      const framework = thia.locator('.card__list li', { hasText: 'cooperation framework' });
      await expect(framework.locator('.backing')).toContainText('(told differently)');
      const fuling = page.locator('#taiwan-business-and-construction-association .card__meta-row dd', { hasText: 'Fuling District' });
      await expect(fuling.locator('.backing')).toContainText('2 sources');
      // A report of a visit to Fuling says nothing of the sites the article names there.
      const site = page.locator('#taiwan-business-and-construction-association .card__meta-row dd', { hasText: 'Huatong Computer' });
      await expect(site).toHaveCount(1);
      await expect(site.locator('.backing')).toHaveCount(0);
      // The event's dates: the second report is under "About the event", marked the same.
      await expect(page.locator('.overview__when .backing')).toHaveCount(0);
      await expect(page.locator('.overview__more .reports .report[data-relation=same]')).toContainText('Du 15 au 17 septembre');
    });

    test('the timeline lists four editions with their projects and values in the units written', async ({ page }) => {
      await open(page, '#editions');
      const editions = page.locator('#editions .edition');
      await expect(editions).toHaveCount(4);
      // The headings hold only their names: the year's marks stand beside them.
      await expect(page.locator('#editions .edition h3')).toHaveText(['5th Week, 2013', '15th Week, 2023', '16th Week, 2024', '17th Week, 2025']);
      await expect(page.locator('#edition-16 .edition__year .inferred')).toHaveCount(1);
      await expect(page.locator('#editions .timeline__gap')).toHaveText('6th–14th Weeks: not reported in these sources');
      const fact = (n, kind) => page.locator(`#edition-${n} .edition__fact[data-kind=${kind}] dd`);
      await expect(fact(5, 'projects')).toContainText('16 projects');
      await expect(fact(5, 'value')).toContainText('nearly 15 billion yuan');
      await expect(fact(5, 'value')).toContainText('not a result');
      await expect(fact(15, 'value')).toContainText('11.74 billion yuan ($1.6 billion)');
      await expect(fact(16, 'value')).toContainText('more than 1.6 billion dollars');
      await expect(fact(17, 'value')).toContainText('3.285 billion yuan');
      await expect(fact(17, 'projects')).toContainText('eight key cross-strait');
      // "On the 16th" is 16 September only by inference, and says so.
      await expect(fact(17, 'dates').locator('.inferred')).toHaveCount(1);
      await expect(fact(16, 'theme')).toContainText(/word for word the 15th Week/i);
      // Each fact cites its report.
      await expect(page.locator('#editions .edition__fact dd .cite')).toHaveCount(await page.locator('#editions .edition__fact').count());
    });

    test('the enterprises chart has four cited points, the 2013 one a lower bound', async ({ page }) => {
      await open(page, 'figures/');
      const section = page.locator('#over-time');
      await section.scrollIntoViewIfNeeded();
      const points = section.locator('.over-time__svg path[data-mark]');
      await expect(points).toHaveCount(4);
      await expect(section.locator('.over-time__svg .over-time__value')).toHaveText(['793', 'more than 1,260', '1,867', '2,299']);
      await expect(points.nth(0)).toHaveAttribute('data-mark', 'relayed');
      await expect(points.nth(2)).toHaveAttribute('data-mark', 'outlet');
      await expect(points.nth(1)).toHaveAttribute('data-mark', 'lower-bound');
      // A triangle pointing up, where the others are round.
      await expect(points.nth(1)).toHaveAttribute('d', /^M[\d.]+,[\d.]+ L.* Z$/);
      await expect(points.nth(2)).toHaveAttribute('d', / a7,7 /);
      await expect(points.nth(0)).toHaveCSS('fill', 'rgb(255, 255, 255)');
      await expect(points.nth(2)).not.toHaveCSS('fill', 'rgb(255, 255, 255)');
      await expect(section.locator('.over-time__legend li')).toHaveText([/news outlet/, /blog relays/, /lower bound/]);
      // Each row of the table cites its source.
      const rows = section.locator('tbody tr');
      await expect(rows).toHaveCount(4);
      for (let i = 0; i < 4; i += 1) {
        await expect(rows.nth(i).locator('td').last().locator('details')).toHaveCount(1);
      }
      await expect(rows.nth(1)).toContainText('Lower bound');
      await expect(rows.nth(0)).toContainText('USD1.612544b');
      await expect(rows.nth(1)).toContainText('Not given');
      // No line joins the points: the only paths are the grid, the axis and the marks.
      await expect(section.locator('.over-time__svg path')).toHaveCount(6);
      await expect(section.locator('.over-time__svg polyline, .over-time__svg line')).toHaveCount(0);
    });

    test('search reads the other reports, grouped by report', async ({ page }) => {
      await open(page);
      const box = page.getByRole('searchbox', { name: /Search/ });
      await box.fill('Inventec');
      const fr = page.locator('#hits .hits__group', { has: page.locator('h4', { hasText: 'Asia City News (French edition)' }) });
      await expect(fr).toBeVisible();
      await expect(fr.locator(`#hit-source-${FR}--4 .hits__text`)).toHaveAttribute('lang', 'fr');
      await expect(fr.locator(`#hit-source-${FR}--4`)).toContainText('Inventec');
      await box.fill('High-tech Zone');
      // The hit is followed at once, before the pause in typing that writes the search's
      // URL: the jump keeps the search (the address gets both).
      const hit = page.locator(`#hit-source-${FR}--2`);
      await expect(hit).toBeVisible();
      await expect(hit.locator('.hits__translation mark')).toHaveText(['High-tech', 'Zone']);
      await hit.locator('a').click();
      await expect(page.locator(`#source-${FR}--2`)).toBeInViewport();
      await expect(page).toHaveURL(new RegExp(`\\?q=High-tech\\+Zone#source-${FR}--2$`));
      await expect(box).toHaveValue('High-tech Zone');
    });

    test('each report has a page of its own, with its own preview, opening on it', async ({ page }) => {
      await open(page, `sources/${FR}/`);
      const report = page.locator(`#source-${FR}`);
      await expect(report).toBeInViewport();
      await expect(report.locator('.other-report__text')).toHaveAttribute('lang', 'fr');
      await expect(report.locator('.sentence')).toHaveCount(9);
      await expect(page).toHaveTitle(/^Asia City News \(French edition\) — /);
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`sources/${FR}/preview\\.png$`));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /date not in the stored copy/);
      await expect(page).toHaveURL(new RegExp(`sources/${FR}/$`));
    });
  });
}

test('the figures downloads carry each value\'s source id, address and sentence', async ({ page, request }) => {
  await open(page);
  const base = page.url().replace(/[^/]*$/, '');
  const csv = await (await request.get(`${base}figures.csv`)).text();
  const [header, ...lines] = csv.trim().split('\r\n');
  expect(header).toBe('figure,kind,value,as_written,unit,as_of,formula,note,source_id,source,address,sentences');
  expect(lines.some((l) => l.includes(`,${FR},`) && l.includes('32,379 milliards de dollars'))).toBe(true);
  const json = await (await request.get(`${base}figures.json`)).json();
  for (const f of json.figures) {
    expect(f.source_id, JSON.stringify(f)).not.toBe('');
    expect(f.address, JSON.stringify(f)).toMatch(/^https?:\/\//);
    expect(f.sentences.length, JSON.stringify(f)).toBeGreaterThan(0);
  }
  expect(json.figures.filter((f) => f.kind === 'over-time' && f.unit === 'count').map((f) => f.as_written))
    .toEqual(['793', 'more than 1,260', '1,867', '2,299']);
});
