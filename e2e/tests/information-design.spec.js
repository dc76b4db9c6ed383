// Information design (the issue "headline figures first, a phone layout where results stay in
// view, light citations, a table view"): the parts done so far, each checked at a phone's and
// a desktop's width. The headline figures lead the page and link to the panel; the page's
// anchors open it where they point; a derived figure shows its formula in its tile, whole, with no hover and
// in print; the chart labels its bars; counts and company names read as text, not buttons;
// dark mode's header is a dark band; a touch screen shows no keyboard hints; the exports are
// one menu; without JavaScript a source still opens with its sentence; on a phone the filters
// fold behind "Filter (N)" with the count by the search box, and the search box is in the
// first screen; citations are light superscript sentence markers, one per run of facts from
// the same sentence, with far fewer tab stops. (The table view: `table.spec.js`.)
import { test, expect, open, box } from './fixtures.js';

const WIDTHS = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];

// Layout is read until it holds (`expect.poll`), never once: the figures panel is laid out
// only near the screen (`content-visibility: auto`), and a read right after a scroll or a
// render can see it before it is laid out.
/** Where the element's box ends, down and to the right, in CSS pixels. */
const bottom = async (locator) => { const b = await box(locator); return b.y + b.height; };
const right = async (locator) => { const b = await box(locator); return b.x + b.width; };

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the headline figures lead the page, in its first screen, each a link to the panel', async ({ page }) => {
      await open(page, '?q=lei');
      await expect(page.getByRole('region', { name: 'Headline figures' })).toBeVisible();
      const items = page.locator('#headline .headline__item');
      await expect(page.locator('#headline-title')).toHaveText('Taiwan-funded enterprises in Chongqing · Official data as of June 2025 · Article sentence: 28');
      // The headline's sentence link keeps the view, as every sentence link does.
      await expect(page.locator('#headline-title a')).toHaveAttribute('href', '?q=lei&s=28');
      await expect(items.locator('.headline__value')).toHaveText(['$32.38 billion', '$8.06 billion', '24.9%', '2,299']);
      await expect(items.locator('.headline__label')).toHaveText(['Total contracted investment', 'Actual utilized investment', 'Utilization rate (derived)', 'Approved Taiwan-funded enterprises']);
      for (const item of await items.all()) {
        await expect.poll(() => bottom(item), { message: 'in the first screen' }).toBeLessThanOrEqual(viewport.height);
        await expect(item).toHaveAttribute('href', '#figures');
      }
      await items.nth(2).click();
      await expect(page).toHaveURL(/\?q=lei#figures$/);
      await expect(page.locator('#figures')).toBeInViewport();
      await expect(page.locator('[data-derived=utilization-rate] .figure__value')).toHaveText('24.9%');
    });

    test('a link to #figures, #article or #about opens the page there, and keeps the anchor', async ({ page }) => {
      // The figures have a page of their own, which `#figures` is written as.
      for (const [path, anchor, address] of [['#figures', 'figures', 'figures/'], ['?q=lei#article', 'article'], ['#about', 'about']]) {
        await open(page, path);
        await expect(page.locator(`#${anchor}`)).toBeInViewport();
        await expect(page).toHaveURL((url) => url.href.endsWith(address ?? path));
      }
    });

    test('a link to a card the filter hides says so, and one click shows it', async ({ page }) => {
      const id = 'taiwan-electrical-and-electronic-manufacturers-association';
      await open(page, `?sector=healthcare#${id}`);
      const note = page.getByRole('note', { name: 'About this link' });
      await expect(note).toContainText("The card this link points to, “Taiwan Electrical and Electronic Manufacturers' Association”, is hidden by the search or the filter: “Clear all” shows it.");
      await page.getByRole('button', { name: 'Clear all' }).click();
      await expect(page.locator(`#${id}`)).toBeInViewport();
      await expect(page.locator(`#${id}`)).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`/explorer/delegations/${id}/$`));
      await expect(note).toHaveCount(0);
    });

    test('the skip link keeps the view', async ({ page }) => {
      await open(page, '?q=lei');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/explorer\/\?q=lei(#results)?$/);
      await expect(page.locator('#results')).toBeInViewport();
      await expect(page.locator('article.card h3')).toHaveText(['Taiwan Business and Construction Association']);
    });

    test('a sentence number out of range gets a note; a sector slug in any case is applied and rewritten', async ({ page }) => {
      await open(page, '?s=99');
      await expect(page.getByRole('note', { name: 'About this link' })).toContainText('The article has 28 sentences; sentence 99 does not exist, so none was opened.');
      await expect(page).toHaveURL(/\/explorer\/$/);
      await open(page, '?sector=Healthcare');
      await expect(page.locator('input[name=sector][value=healthcare]')).toBeChecked();
      await expect(page.locator('#result-count')).toHaveText('2 delegations');
      await expect(page).toHaveURL(/\/explorer\/sectors\/healthcare\/$/);
      await expect(page.getByRole('note', { name: 'About this link' })).toHaveCount(0);
    });

    test('each derived figure shows its formula in its tile, whole, with no hover and in print', async ({ page }) => {
      await open(page);
      const tiles = page.locator('[data-derived]');
      await expect(tiles).toHaveCount(4);
      await expect(tiles.locator('.figure__formula')).toHaveText([
        '= $8.06 billion utilized ÷ $32.38 billion contracted',
        /^= \$32\.38 billion ÷ 2,299/,
        /^= \$8\.06 billion ÷ 2,299/,
        /^= \$32\.38 billion − \$8\.06 billion/,
      ]);
      for (const media of ['screen', 'print']) {
        await page.emulateMedia({ media });
        for (const tile of await tiles.all()) {
          const formula = tile.locator('.figure__formula');
          await formula.scrollIntoViewIfNeeded();
          await expect(formula).toBeVisible();
          // Each edge read until it holds: the panel is laid out only near the screen
          // (`content-visibility: auto`).
          const boxes = () => Promise.all([box(tile), box(formula)]);
          await expect.poll(async () => { const [outer, inner] = await boxes(); return inner.x - outer.x; }, { message: 'inside its tile' })
            .toBeGreaterThanOrEqual(0);
          await expect.poll(async () => { const [outer, inner] = await boxes(); return inner.x + inner.width - (outer.x + outer.width + 0.5); }, { message: 'inside its tile' })
            .toBeLessThanOrEqual(0);
          await expect.poll(async () => right(formula), { message: 'inside the screen' }).toBeLessThanOrEqual(viewport.width);
          // Whole: nothing of it is cut off or scrolled away.
          await expect.poll(() => formula.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
        }
      }
    });

    test('the chart labels its bars, and the utilization rate is stated once', async ({ page }) => {
      await open(page);
      const panel = page.locator('#figures');
      await panel.scrollIntoViewIfNeeded();
      const labels = panel.locator('.chart__label');
      await expect(labels).toHaveText(['Total contracted investment: $32.38 billion', 'Actual utilized investment: $8.06 billion']);
      for (const label of await labels.all()) await expect(label).toBeVisible();
      // Read until it holds: under `content-visibility: auto` the panel's text may not be laid
      // out yet right after scrolling to it (its innerText read once gave 0 characters).
      await expect.poll(async () => (await panel.innerText()).split('24.9%').length - 1).toBe(1);
    });

    test('counts and company names read as text, not as buttons', async ({ page }) => {
      await open(page);
      for (const selector of ['.stats li', '.cluster li']) {
        const items = page.locator(selector);
        await expect.poll(() => items.count()).toBeGreaterThan(0);
        for (const item of await items.all()) {
          await expect(item).toHaveCSS('border-top-width', '0px');
          await expect(item).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
          await expect(item).toHaveCSS('cursor', 'auto');
        }
      }
      // Read as a list in a sentence: commas between the names.
      await expect.poll(() => page.locator('.cluster li').evaluateAll((els) => els.map((e) => getComputedStyle(e, '::after').content)))
        .toEqual(['","', '","', '","', '","', '","', 'none']);
    });

    test('the exports are one "Share and export" menu, one row between the heading and the first card', async ({ page }) => {
      await open(page);
      const menu = page.locator('details.menu');
      await expect(menu.locator('> summary')).toHaveText('Share and export');
      // Every export is in it, and closed it shows none of them.
      await expect(menu.locator('.menu__items button')).toHaveText(['Copy link to this view', 'Share…', 'Cite this view', 'Download JSON', 'Download CSV'], { useInnerText: false });
      await expect(menu.locator('.menu__items')).toBeHidden();
      // Closed, it takes one line: the first card starts right under it.
      await expect.poll(async () => {
        const [summary, card] = await Promise.all([box(menu.locator('> summary')), box(page.locator('article.card').first())]);
        return card.y - (summary.y + summary.height);
      }).toBeLessThan(40);
      await menu.locator('> summary').click();
      await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
    });

    test('"Back to the delegations" returns to the fact the reader left', async ({ page }) => {
      await open(page);
      const fact = page.locator('article.card').first().locator('figure.quote', { hasText: '68 types of tumors' });
      await fact.scrollIntoViewIfNeeded();
      await fact.locator('details.source > summary').click();
      await fact.getByRole('link', { name: /Open in article/ }).click();
      await expect(page).toHaveURL(/\?s=12$/);
      await expect(page.locator('#sentence-12')).toBeInViewport();
      await expect(fact).not.toBeInViewport();
      await page.getByRole('link', { name: 'Back to the delegations' }).click();
      await expect(page).toHaveURL(/\/explorer\/$/);
      await expect(page.locator('[data-current]')).toHaveCount(0);
      await expect(fact).toBeInViewport();
      await expect(fact.locator('.source__quote')).toBeVisible();
    });

    test('in dark mode the header is a dark band, as light mode makes it recede', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await open(page);
      const luminance = () => page.locator('.site-header').evaluate((e) => {
        const [r, g, b] = getComputedStyle(e).backgroundColor.match(/\d+/g).map(Number).map((c) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      });
      await expect.poll(luminance, { message: 'no bright band above a dark page' }).toBeLessThan(0.05);
    });
  });
}

for (const viewport of WIDTHS) {
  test.describe(`without JavaScript, at ${viewport.width} px`, () => {
    test.use({ viewport, javaScriptEnabled: false });

    test('a source opens with its sentence, on a card and in the figures', async ({ page }) => {
      await page.goto('');
      const leader = page.locator('#taiwan-healthcare-industry-alliance .card__leader details.source');
      await leader.locator('summary').click();
      await expect(leader.locator('.source__quote')).toContainText('Taiwan Healthcare Industry Alliance');
      await expect(leader.getByRole('link', { name: /Open in article \(sentence \d+\)/ })).toBeVisible();
      const figure = page.locator('#figures [data-figure=approved-enterprises] details.source');
      await figure.locator('summary').click();
      await expect(figure.locator('.source__quote')).toContainText('2,299 Taiwan-funded enterprises');
    });
  });
}

test.describe('on a phone the filters fold, as in GOV.UK\'s "filter a list"', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('"Filter (N)" holds the sectors, the count sits by the search box, "Show N results" returns to them', async ({ page }) => {
    await open(page);
    const toggle = page.locator('.filter-panel > summary');
    await expect(toggle).toHaveText('Filter (0)');
    await expect(page.getByRole('checkbox', { name: /^Healthcare/ })).toBeHidden();
    // The count beside the search box, on the same row as the toggle.
    const count = page.locator('.controls__count');
    await expect(count).toHaveText('3 delegations');
    await expect.poll(async () => {
      const [t, c] = await Promise.all([box(toggle), box(count)]);
      return Math.abs(t.y - c.y) - t.height;
    }, { message: 'on the toggle\'s row: less than its height apart' }).toBeLessThan(0);
    await toggle.click();
    await page.getByRole('checkbox', { name: /^Healthcare/ }).check();
    await expect(toggle).toHaveText('Filter (1)');
    await expect(count).toHaveText('2 delegations');
    await page.getByRole('button', { name: 'Show 2 results' }).click();
    await expect(page.getByRole('checkbox', { name: /^Healthcare/ })).toBeHidden();
    await expect(page.locator('#results')).toBeFocused();
    await expect(page.locator('article.card').first()).toBeInViewport();
  });

  test('with the keyboard open, what a search changes is in sight', async ({ page }) => {
    await open(page);
    // The on-screen keyboard leaves about half of the screen.
    await page.setViewportSize({ width: 390, height: 420 });
    const box = page.getByRole('searchbox');
    await box.focus();
    await box.fill('lei');
    await expect(page.locator('.controls__count')).toHaveText('1 delegation');
    await expect(box).toBeInViewport();
    await expect(page.locator('.controls__count')).toBeInViewport();
  });
});

test.describe('on a phone the search box is in the first screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the event\'s details fold under "About the event", below the headline figures', async ({ page }) => {
    await open(page);
    await expect.poll(() => bottom(page.getByRole('searchbox'))).toBeLessThan(844);
    await expect(page.locator('.headline__list')).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    const about = page.locator('.overview__toggle');
    await expect(about).toHaveText('About the event');
    await expect(page.locator('.overview__purpose')).toBeHidden();
    await about.click();
    await expect(page.locator('.overview__purpose')).toBeVisible();
    await expect(page.locator('.stats')).toContainText('3 delegations described');
  });
});

test('a desktop shows the event\'s details with no toggle, and prints them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await expect(page.locator('.overview__toggle')).toBeHidden();
  await expect(page.locator('.overview__purpose')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.overview__purpose')).toBeVisible();
});

for (const viewport of WIDTHS) {
  test.describe(`light citations at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('each fact carries a superscript sentence marker that opens its sentence in place', async ({ page }) => {
      await open(page);
      const card = page.locator('#taiwan-healthcare-industry-alliance');
      const marker = card.locator('.card__leader details.source > summary');
      await expect(marker).toHaveText('6');
      await expect(marker).toHaveAccessibleName('Source, sentence 6');
      await expect(marker).toHaveCSS('vertical-align', 'super');
      // Small: its number is set smaller than the fact it follows.
      const fontSize = (l) => l.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      await expect.poll(async () => (await fontSize(marker)) / (await fontSize(card.locator('.card__leader')))).toBeLessThan(0.8);
      await marker.click();
      await expect(card.locator('.card__leader .source__quote')).toContainText('Wang Guo\'an, President of the Taiwan Healthcare Industry Alliance');
    });

    test('one marker stands for a run of facts from the same sentence', async ({ page }) => {
      await open(page);
      // The alliance visited two sites, both from sentence 3: one "3", after the second.
      const sites = page.locator('#taiwan-healthcare-industry-alliance .card__meta-row', { hasText: 'Sites visited' });
      await expect(sites.locator('dd')).toHaveCount(2);
      await expect(sites.locator('details.source')).toHaveCount(1);
      await expect(sites.locator('dd').nth(1).locator('details.source > summary')).toHaveText('3');
      // No list shows the same marker twice in a row.
      const repeats = () => page.locator('article.card').evaluateAll((cards) => cards.flatMap((card) =>
        [...card.querySelectorAll('.card__meta-row, .card__list')].flatMap((list) => {
          const cites = [...list.querySelectorAll('details.source')].map((d) => d.dataset.cite);
          return cites.filter((c, i) => i > 0 && c === cites[i - 1]);
        })));
      await expect.poll(repeats).toEqual([]);
    });

    test('far fewer tab stops than the 108 of the whole page before, and few before the first card', async ({ page }) => {
      await open(page);
      // Pressing Tab from the top of the page until the focus is in the first card.
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      let beforeFirstCard = 0;
      for (; beforeFirstCard < 120; beforeFirstCard++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => !!document.activeElement?.closest('article.card'))) break;
      }
      // Every tab stop of the page, in document order: what the keyboard can reach.
      const total = () => page.evaluate(() => [...document.querySelectorAll('a[href], button, input, summary, textarea, [tabindex]')]
        .filter((e) => e.tabIndex >= 0 && !e.disabled && e.checkVisibility({ visibilityProperty: true })).length);
      expect(beforeFirstCard).toBeLessThan(30);
      // What the page had then stays under its 108. The sources added sections (the editions,
      // the enterprises over time, the other reports) and, where the page shows a fact, a
      // citation of the other report that gives it too and a fold of what such reports say:
      // those hold one tab stop per citation or link, and nothing else.
      const added = '#editions, #over-time, #sources';
      const old = () => page.evaluate((added) => [...document.querySelectorAll('a[href], button, input, summary, textarea, [tabindex]')]
        .filter((e) => e.tabIndex >= 0 && !e.disabled && e.checkVisibility({ visibilityProperty: true }) && !e.closest(added))
        .filter((e) => !e.matches('.cite__toggle, .reports__toggle') && !e.closest('.about__reports, #about-identified')).length, added);
      await expect.poll(old).toBeLessThan(108);
      const extra = () => page.evaluate((added) => [...document.querySelectorAll(added)].flatMap((s) => [...s.querySelectorAll('a[href], button, input, summary, textarea, [tabindex]')])
        .filter((e) => e.tabIndex >= 0 && e.checkVisibility({ visibilityProperty: true }))
        .filter((e) => !e.matches('.cite__toggle, .source__toggle, .inferred__mark, a[href], .table-scroll')).map((e) => e.outerHTML.slice(0, 60)), added);
      await expect.poll(extra).toEqual([]);
      console.log(`tab stops at ${viewport.width} px: ${beforeFirstCard} before the first card, ${await total()} in the page`);
    });
  });
}

test('a desktop keeps the sectors open in the side column, with no toggle', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await expect(page.getByRole('checkbox', { name: /^Healthcare/ })).toBeVisible();
  await expect(page.locator('.filter-panel > summary')).toBeHidden();
  await expect(page.locator('.controls__count')).toBeHidden();
  await expect.poll(async () => (await right(page.locator('.controls'))) - (await box(page.locator('#results'))).x)
    .toBeLessThanOrEqual(0);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('no keyboard hints are shown', async ({ page }) => {
    await open(page);
    await expect(page.locator('#search-hint')).toContainText('Names, people, places, sectors, quotes, figures and the article.');
    await expect(page.locator('.search__keys')).toHaveCount(1);
    await expect(page.locator('.search__keys')).toBeHidden();
    await expect(page.locator('#search-hint')).not.toContainText('Press', { useInnerText: true });
  });
});

test('with a keyboard and a mouse, the keyboard hints are shown', async ({ page }) => {
  await open(page);
  await expect(page.locator('.search__keys')).toBeVisible();
  await expect(page.locator('.search__keys')).toHaveText('Press / to search, Esc to clear.');
});
