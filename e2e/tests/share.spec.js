// "Share and export": one menu beside the count, with the link to this view, the native share
// sheet where the browser has one, a QR code of the view's link (decoded here as a phone
// would), and the code to embed the figures or a delegation, whose page a test page frames.
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, open, box, NAMES } from './fixtures.js';

const TBCA = 'taiwan-business-and-construction-association';

/** Opens the menu, unless it is open. */
async function openMenu(page) {
  const menu = page.locator('details.menu');
  if (!(await menu.evaluate((d) => d.open))) await menu.locator('> summary').click();
  return menu;
}

/** What a QR scanner reads in a screenshot of `locator`. */
async function scan(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return code?.data;
}

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
    });

    test('the menu sits beside the count and copies the link to this view', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, '?q=lei');
      const menu = page.locator('details.menu');
      await expect(menu.locator('> summary')).toHaveText('Share and export');
      await expect(menu.locator('.menu__items')).toBeHidden();
      await openMenu(page);
      await page.getByRole('button', { name: 'Copy link to this view' }).click();
      await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
      await expect(page.locator('#announcer')).toHaveText('Link copied');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}?q=lei`);
      // Where the browser has no share sheet, none is offered.
      await expect(page.getByRole('button', { name: 'Share…' })).toBeHidden();
    });

    test('the native share sheet gets the view\'s title and link', async ({ page, baseURL }) => {
      await page.addInitScript(() => {
        window.__shared = [];
        Object.defineProperty(Navigator.prototype, 'share', { value: (data) => { window.__shared.push(data); return Promise.resolve(); } });
      });
      await open(page, 'sectors/healthcare/');
      await openMenu(page);
      await page.getByRole('button', { name: 'Share…' }).click();
      await expect.poll(() => page.evaluate(() => window.__shared)).toEqual([
        { title: 'Healthcare — Chongqing–Taiwan Week Explorer', url: `${baseURL}sectors/healthcare/` },
      ]);
    });

    test('the QR code scans to the view\'s link, and follows the view', async ({ page, baseURL }) => {
      await open(page, `delegations/${TBCA}/`);
      const menu = await openMenu(page);
      await menu.locator('.menu__more > summary', { hasText: 'QR code' }).click();
      const qr = page.getByRole('img', { name: 'QR code of the link below' });
      await expect(qr).toBeVisible();
      await qr.scrollIntoViewIfNeeded();
      await expect.poll(async () => (await box(qr)).width, { message: 'big enough to scan off a screen or a projector' })
        .toBeGreaterThanOrEqual(240);
      await expect.poll(() => scan(qr)).toBe(`${baseURL}delegations/${TBCA}/`);
      await page.getByRole('searchbox').fill('wang');
      await expect(page.locator('#qr-link')).toHaveText(`${baseURL}?q=wang`);
      await expect.poll(() => scan(qr)).toBe(`${baseURL}?q=wang`);
    });

    test('the embed code frames the figures or the delegation in view, and a page can show it', async ({ page, baseURL }) => {
      await open(page, `delegations/${TBCA}/`);
      const menu = await openMenu(page);
      await menu.locator('.menu__more > summary', { hasText: 'Embed' }).click();
      const code = page.getByRole('textbox', { name: 'Embed code' });
      await expect(code).toHaveValue(`<iframe src="${baseURL}embed/delegations/${TBCA}/" title="${NAMES[2]} — Chongqing–Taiwan Week Explorer" width="100%" height="1000" style="border:0" loading="lazy"></iframe>`);
      // A test page on another path frames it, as a newsroom's page would.
      const snippet = await code.inputValue();
      const root = path.resolve(process.env.E2E_SITE_ROOT ?? '../target/e2e-site');
      const name = `frame-test-${width}.html`;
      fs.writeFileSync(path.join(root, name), `<!doctype html><link rel="icon" href="data:,"><title>Framing test</title><h1>A newsroom page</h1>${snippet}`);
      await page.goto(new URL(`/${name}`, baseURL).href);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('article.card h3')).toHaveText(NAMES[2]);
      await expect(frame.locator('.card details.source').first()).toBeAttached();
      // The sources open without script (the embed runs none), and the way back is there.
      await frame.locator('.card details.source summary').first().click();
      await expect(frame.locator('.card .source__quote').first()).toBeVisible();
      await expect(frame.getByRole('link', { name: /open the full view/ })).toHaveAttribute('href', `delegations/${TBCA}/`);
      // Elsewhere the embed offers the figures.
      await open(page, '?q=lei');
      await openMenu(page);
      await page.locator('.menu__more > summary', { hasText: 'Embed' }).click();
      await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(new RegExp(`^<iframe src="${baseURL}embed/figures/" title="Taiwan-funded enterprises in Chongqing — `));
    });
  });
}

test('the figures embed shows the panel, runs only its height message, and only the embeds may be framed', async ({ page, request, baseURL }) => {
  const embed = await request.get('embed/figures/');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  const html = await embed.text();
  // One script, allowed by its hash alone: it posts the content's height to the host.
  expect(html.match(/<script/g)).toHaveLength(1);
  expect(html).toMatch(/<script>\(function\(\)\{[^<]*cqtw-embed-height[^<]*<\/script>/);
  expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'; /);
  expect(html).toContain("default-src 'none'");
  const app = await request.get('');
  expect(app.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const root = path.resolve(process.env.E2E_SITE_ROOT ?? '../target/e2e-site');
  fs.writeFileSync(path.join(root, 'frame-figures.html'), `<!doctype html><link rel="icon" href="data:,"><title>Framing test</title><iframe src="/explorer/embed/figures/" title="figures" width="100%" height="900"></iframe>`);
  await page.goto(new URL('/frame-figures.html', baseURL).href);
  const frame = page.frameLocator('iframe[title=figures]');
  await expect(frame.locator('[data-derived=utilization-rate] .figure__value')).toHaveText('24.9%');
  await expect(frame.locator('.chart__label').first()).toHaveText('Total contracted investment: $32.38 billion');
});

test('the chart downloads as SVG and PNG, with its title, date and source drawn in', async ({ page, request }) => {
  await open(page, 'figures/');
  const panel = page.locator('#figures');
  const svgLink = panel.getByRole('link', { name: 'SVG' });
  const pngLink = panel.getByRole('link', { name: 'PNG' });
  await expect(svgLink).toHaveAttribute('download', 'chongqing-taiwan-week-chart.svg');
  await expect(pngLink).toHaveAttribute('download', 'chongqing-taiwan-week-chart.png');
  const [dl] = await Promise.all([page.waitForEvent('download'), svgLink.click()]);
  // The text as drawn, its wrapped lines joined.
  const svg = [...fs.readFileSync(await dl.path(), 'utf8').matchAll(/<text[^>]*>(.*?)<\/text>/g)]
    .map((m) => m[1].replace(/<[^>]+>/g, '')).join(' ');
  for (const text of ['Taiwan-funded enterprises in Chongqing', 'as of June 2025', '$32.38 billion', '$8.06 billion',
    'Utilization rate (derived): 24.9%', 'Source: official data as of June 2025, as reported in the news article (sentence 28)']) {
    expect(svg).toContain(text);
  }
  const png = PNG.sync.read(await (await request.get('chart.png')).body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});
