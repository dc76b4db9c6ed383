// Trust on a phone and answers first (issue 33): every inference's reason in reach, search and
// filter in sight above a phone's keyboard, the answer first when only the page has it, the
// words that travel (descriptions, previews, sector pages, embeds) carrying the page's marks,
// the chart to scale, a not-found page, and small things readers tripped on. Each at 390 and
// 1280 px.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, open, box, cardNames, NAMES } from './fixtures.js';

const WIDTHS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
const [THIA, TEEMA, TBCA] = NAMES;
const CORRECTIONS = process.env.E2E_CORRECTIONS_URL ?? 'https://cqtw.example/issues/new';

// The browser logs the 404 of an address with no page, which these tests ask for.
test.use({ expectedProblems: [/status of 404 \(Not Found\)/] });

/** The content of a `<meta>` of the page, by name or property. */
const meta = (page, key) => page.locator(`meta[name="${key}"], meta[property="${key}"]`).getAttribute('content');

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('1. an inference opens its reason in place, by tap or keyboard, and prints it', async ({ page }) => {
      await open(page);
      // The alliance's agreements: the reason opens right under the mark, in view.
      const agreements = page.locator(`#taiwan-healthcare-industry-alliance li`, { hasText: 'Agreements signed' });
      const mark = agreements.locator('.inferred__mark');
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      const reason = agreements.locator('.inferred__reason');
      await expect(reason).toBeVisible();
      await expect(reason).toContainText('it does not say who signed');
      await expect(reason).toBeInViewport();
      await expect.poll(async () => (await box(reason)).y - ((await box(mark)).y + (await box(mark)).height))
        .toBeLessThan(60);
      // An inferred sector: by keyboard, next to its chip (the chip itself filters).
      const chip = page.locator(`#taiwan-electrical-and-electronic-manufacturers-association .chip[data-sector=smart-terminals]`);
      const why = chip.locator('xpath=following-sibling::details[1]');
      await why.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(why.locator('.inferred__reason')).toBeVisible();
      await expect(why.locator('.inferred__reason')).toContainText('it does not say whose discussions they were');
      await expect(chip).toHaveAttribute('aria-pressed', 'false');
      // No reason is only a tooltip.
      await expect(page.locator('.chip[title]')).toHaveCount(0);
      // Printed, every reason shows without being opened.
      await page.reload();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.overview__when .inferred__reason')).toBeVisible();
      await expect(page.locator('#taiwan-business-and-construction-association .inferred__reason').first()).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
    });

    test('1. a card a link points to shows its whole focus ring', async ({ page }) => {
      await open(page, '#taiwan-business-and-construction-association');
      const card = page.locator('#taiwan-business-and-construction-association');
      await expect(card).toHaveAttribute('data-target', 'true');
      // No paint containment around the card, which clipped its outline to its corners.
      await expect(card.locator('xpath=..')).toHaveCSS('content-visibility', 'visible');
      await expect(card).not.toHaveCSS('outline-style', 'none');
    });

    test('2. typing and the filter happen in sight, and Enter goes to the results', async ({ page }) => {
      await open(page);
      const box_ = page.getByRole('searchbox', { name: /Search/ });
      await box_.focus();
      if (viewport.width < 600) {
        // The box at the top of the screen, the count right under it, both above where a
        // phone's keyboard opens (its lower 45%).
        await expect.poll(async () => (await box(page.locator('.search'))).y).toBeLessThan(24);
      }
      await box_.pressSequentially('fuling');
      await expect(cardNames(page)).toHaveText([TBCA]);
      const count = viewport.width < 600 ? page.locator('.controls__count') : page.locator('#result-count');
      await expect(count).toContainText('1 delegation');
      await expect(count).toBeVisible();
      if (viewport.width < 600) {
        await expect.poll(async () => { const b = await box(count); return b.y + b.height; }).toBeLessThan(viewport.height * 0.55);
      }
      await page.keyboard.press('Enter');
      await expect(page.locator('#results')).toBeFocused();
      await expect(page.locator('#results-heading')).toBeInViewport();
      // The filter opens where it is seen.
      await page.getByRole('button', { name: 'Clear all' }).click();
      if (viewport.width < 600) {
        await page.locator('.filter-panel__toggle').click();
      }
      await expect(page.getByRole('group', { name: 'Sector' })).toBeInViewport();
    });

    test('3. when only the page has the words, that answer leads, marked, with one "Clear all"', async ({ page }) => {
      for (const [q, found] of [['Foxconn', 'Sentence 27'], ['2299', 'Approved Taiwan-funded enterprises'], ['32.38', 'Total contracted investment'], ['Quanta', 'Sentence 27']]) {
        await open(page, `?q=${encodeURIComponent(q)}`);
        const hits = page.locator('#hits');
        await expect(hits).toBeVisible();
        await expect(hits.getByRole('heading', { level: 3 })).toHaveText('Found on this page');
        await expect(hits).toContainText(found);
        await expect(hits.locator('mark').first()).toBeVisible();
        // The answer comes before what the cards lack, on screen and for a screen reader.
        await expect.poll(async () => (await box(hits)).y < (await box(page.locator('#empty-state'))).y).toBe(true);
        expect(await page.locator('#hits ~ #empty-state').count()).toBe(1);
        await expect(page.locator('#empty-state')).not.toContainText('No delegations match');
        await expect(page.getByRole('button', { name: 'Clear all' })).toHaveCount(1);
      }
    });

    test('3. "did you mean" offers no stop words, and a typo read silently says what it searched', async ({ page }) => {
      await open(page, '?q=chips');
      await expect(page.locator('#empty-state')).toContainText('Nothing on the page has these words');
      // The answer comes from the exports worker: wait until it came, then read it.
      await expect(page.locator('#empty-state [data-near=answered]')).toHaveCount(1, { timeout: 15_000 });
      await expect(page.locator('.empty__suggestions button', { hasText: /^his$/ })).toHaveCount(0);
      await open(page, '?q=healthcre');
      await expect(cardNames(page)).toHaveText([THIA]);
      await expect(page.locator('#read-with-typos')).toHaveText('Showing matches for “healthcare”: nothing on the page has “healthcre” as typed.');
      await open(page, '?q=healthcare');
      await expect(page.locator('#read-with-typos')).toBeHidden();
    });

    test('4–6. the words that travel say who said it and carry the page\'s marks', async ({ page }) => {
      await open(page);
      for (const key of ['description', 'og:description']) {
        const text = await meta(page, key);
        expect(text).toContain('what association presidents and delegates said');
        expect(text).not.toContain('leaders');
        // The event as the article spells it.
        expect(text).toContain('17th Chongqing-Taiwan Week');
      }
      // The preview's tiles are labelled as official data, apart from the delegations.
      expect(await meta(page, 'og:image:alt')).toContain('Official data, as of June 2025: Taiwan-funded enterprises in Chongqing');
      await page.goto('sectors/healthcare/');
      const sector = await meta(page, 'description');
      expect(sector).toContain("Taiwan Healthcare Industry Alliance (raised by Wang Guo'an: Precision medicine, Cell therapy)");
      expect(sector).toContain('Taiwan Business and Construction Association (inferred: Pharmaceuticals)');
      await page.goto('sectors/smart-terminals/');
      expect(await meta(page, 'description')).toContain(`${TEEMA} (inferred: Smart terminals)`);
      await page.goto('delegations/taiwan-healthcare-industry-alliance/');
      const alliance = await meta(page, 'description');
      expect(alliance).toMatch(/Agreements signed: [^;]+ \(inferred\)/);
      expect(alliance).toContain("Raised by Wang Guo'an: Precision medicine, Cell therapy");
      // The filter says what its counts count.
      await open(page);
      if (viewport.width < 600) await page.locator('.filter-panel__toggle').click();
      await expect(page.locator('#filter-rule')).toHaveText('Counts include tags we infer and sectors a delegate raised; each card marks which.');
    });

    test('7. precision medicine and cell therapy are Wang\'s remark, not stated sectors', async ({ page }) => {
      await open(page);
      const card = page.locator('#taiwan-healthcare-industry-alliance');
      for (const name of ['Precision medicine', 'Cell therapy']) {
        const chip = card.getByRole('button', { name });
        await expect(chip).toHaveAttribute('data-basis', 'remark');
        await expect(chip.locator('xpath=following-sibling::span[1]')).toHaveText(" raised by Wang Guo'an");
      }
    });

    test('8. the chart\'s bars are rounded to scale, and the download names a font fallback and keeps its source line', async ({ page, request }) => {
      await open(page);
      const bars = page.locator('#figures .chart__bar');
      await expect(bars).toHaveCount(2);
      await expect(bars.nth(1)).toHaveAttribute('width', '249');
      const svg = await (await request.get('chart.svg')).text();
      expect(svg).toContain('width="269" height="64"');
      expect(svg).toContain("font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\"");
      expect(svg).toContain('(sentence 28)');
    });

    test('9. "Embed" embeds the view the reader is on, says so, and the frame tells its height', async ({ page }) => {
      const embedOf = async (path) => {
        await open(page, path);
        await page.locator('details.menu > summary').click();
        await page.locator('details.menu__more', { hasText: 'Embed' }).locator('summary').click();
        return { what: await page.locator('#embed-what').textContent(), code: await page.getByRole('textbox', { name: 'Embed code' }).inputValue() };
      };
      let e = await embedOf('sectors/healthcare/');
      expect(e.what).toBe('Embeds the 2 delegation cards tagged Healthcare.');
      expect(e.code).toContain('/explorer/embed/sectors/healthcare/');
      e = await embedOf('delegations/taiwan-business-and-construction-association/');
      expect(e.what).toBe(`Embeds the card of the ${TBCA}.`);
      expect(e.code).toContain('/explorer/embed/delegations/taiwan-business-and-construction-association/');
      e = await embedOf('?q=fuling');
      expect(e.what).toContain('This view has no embed of its own');
      expect(e.code).toContain('/explorer/embed/figures/');
      // The embed carries the citation line and the text version, and sends its height to the
      // page that frames it.
      const url = new URL('embed/sectors/healthcare/', test.info().project.use.baseURL).href;
      // A host page outside the site, as a blog that embeds it would be (on this server:
      // Chromium refuses a public page framing a loopback one).
      const host = `<!doctype html><script>window.heights=[];addEventListener('message',(m)=>{if(m.data&&m.data.type==='cqtw-embed-height')heights.push(m.data.height)})</script>`
        + `<iframe src="${url}" style="width:${Math.min(viewport.width - 20, 700)}px;height:300px"></iframe>`;
      const name = `host-${viewport.width}.html`;
      fs.writeFileSync(path.join(process.env.E2E_SITE_ROOT, name), host);
      await page.goto(new URL(`/${name}`, url).href);
      await expect.poll(() => page.evaluate(() => window.heights.at(-1) ?? 0)).toBeGreaterThan(600);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.embed__credit')).toContainText('Text version');
      await expect(frame.locator('article.card')).toHaveCount(2);
    });

    test('10. an address with no page gets a not-found page in the app\'s style, with a way home', async ({ page }) => {
      const response = await page.goto('sectors/xyz/');
      expect(response.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address');
      await expect(page.locator('.site-header')).toBeVisible();
      await page.getByRole('link', { name: 'Go to the explorer' }).click();
      await expect(cardNames(page)).toHaveText(NAMES);
    });

    test('11. small things: one count on the first screen, no printed ×, a blue focus ring, where corrections go', async ({ page }) => {
      await open(page);
      // "3 delegations" once in the first screen.
      const seen = await page.getByText('3 delegations', { exact: true }).evaluateAll((els, h) => els.filter((e) => {
        const r = e.getBoundingClientRect();
        return e.checkVisibility({ visibilityProperty: true }) && r.top < h && r.bottom > 0;
      }).length, viewport.height);
      expect(seen).toBe(1);
      // The focus ring is the page's blue, not an error's red.
      await page.getByRole('searchbox', { name: /Search/ }).focus();
      await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveCSS('outline-color', 'rgb(26, 86, 219)');
      // Corrections go to the project's issue tracker, as the build names it.
      await expect(page.locator('#about').getByRole('link', { name: 'the project’s issue tracker' })).toHaveAttribute('href', CORRECTIONS);
      // The event as the article spells it, the explorer as it names itself: said.
      await expect(page.locator('#about')).toContainText('“Chongqing-Taiwan Week”; “Chongqing–Taiwan Week Explorer”, with a dash, is this explorer’s own name.');
      // A filter's "×" is a control, not printed.
      await open(page, '?q=fuling');
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.tag__x').first()).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
    });
  });
}

test('10. offline, an address with no page gets this build\'s not-found page', async ({ page, context }) => {
  await open(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.goto('sectors/xyz/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address');
  await context.setOffline(false);
});
