// Links that travel: every delegation, every sector and the figures have a page of their own,
// prerendered with the view it names, its own title, description and absolute preview tags
// (the build is told where the site lives with --site-url), and its own 1200×630 image.
import { test, expect, open, cardNames, NAMES } from './fixtures.js';

const SITE = process.env.E2E_SITE_URL ?? 'https://cqtw.example/explorer/';
const TBCA = 'taiwan-business-and-construction-association';

const PAGES = [
  { path: '', title: 'Chongqing–Taiwan Week Explorer', cards: NAMES },
  { path: `delegations/${TBCA}/`, title: `${NAMES[2]} — Chongqing–Taiwan Week Explorer`, cards: NAMES, anchor: `#${TBCA}` },
  { path: 'sectors/healthcare/', title: 'Healthcare — Chongqing–Taiwan Week Explorer', cards: [NAMES[0], NAMES[2]] },
  { path: 'figures/', title: 'Taiwan-funded enterprises in Chongqing — Chongqing–Taiwan Week Explorer', cards: NAMES, anchor: '#figures' },
];

/** The width and height a PNG's IHDR chunk gives. */
function pngSize(bytes) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const p of PAGES) {
  const name = p.path || 'the default page';

  test(`${name}: its preview tags are absolute under --site-url, and its image is 1200×630`, async ({ request }) => {
    const response = await request.get(p.path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const meta = (property) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1];
    expect(html).toContain(`<title>${p.title}</title>`);
    expect(meta('og:title')).toBe(p.title);
    expect(meta('og:url')).toBe(`${SITE}${p.path}`);
    expect(html).toContain(`<link rel="canonical" href="${SITE}${p.path}">`);
    expect(meta('og:image')).toBe(`${SITE}${p.path}preview.png`);
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt')?.length).toBeGreaterThan(20);
    expect(meta('description')?.length).toBeGreaterThan(40);
    expect(meta('twitter:card')).toBe('summary_large_image');
    // The image is served beside the page (the site URL's path is the local one).
    const image = await request.get(`${p.path}preview.png`);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
  });

  test(`${name}: opens on its view with JavaScript, and keeps its address`, async ({ page }) => {
    await open(page, p.path);
    await expect(page).toHaveTitle(p.title);
    await expect(cardNames(page)).toHaveText(p.cards);
    await expect(page).toHaveURL((url) => url.pathname === `/explorer/${p.path}`);
    if (p.anchor) await expect(page.locator(p.anchor)).toBeInViewport();
    if (p.path.startsWith('delegations/')) await expect(page.locator(p.anchor)).toHaveAttribute('data-target', 'true');
    if (p.path.startsWith('sectors/')) await expect(page.getByRole('checkbox', { name: /^Healthcare/ })).toBeChecked();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const p of PAGES) {
    test(`${p.path || 'the default page'} opens on its view`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(p.path);
      await expect(page).toHaveTitle(p.title);
      await expect(cardNames(page)).toHaveText(p.cards);
      if (p.anchor) await expect(page.locator(p.anchor)).toBeInViewport();
    });
  }

  test('the figures page holds the figures panel', async ({ page }) => {
    await page.goto('figures/');
    await expect(page.locator('#figures')).toContainText('Utilization rate');
    await expect(page.locator('#figures')).toContainText('as of June 2025');
  });
});

test('a view that is one page\'s is written as that page, and Back returns', async ({ page }) => {
  await open(page);
  await page.getByRole('checkbox', { name: /^Healthcare/ }).check();
  await expect(page).toHaveURL(/\/explorer\/sectors\/healthcare\/$/);
  await expect(page).toHaveTitle('Healthcare — Chongqing–Taiwan Week Explorer');
  await page.getByRole('checkbox', { name: /^Smart terminals/ }).check();
  await expect(page).toHaveURL(/\/explorer\/\?sector=healthcare,smart-terminals$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/explorer\/sectors\/healthcare\/$/);
  await expect(cardNames(page)).toHaveText([NAMES[0], NAMES[2]]);
  // Searching from a page leaves it for the base with the query.
  await page.getByRole('searchbox').fill('lei');
  await expect(page).toHaveURL(/\/explorer\/\?q=lei&sector=healthcare$/);
  await page.reload();
  await expect(cardNames(page)).toHaveText([NAMES[2]]);
});

test('old links keep working and take the page\'s address', async ({ page }) => {
  await open(page, `#${TBCA}`);
  await expect(page.locator(`#${TBCA}`)).toHaveAttribute('data-target', 'true');
  await expect(page).toHaveURL(new RegExp(`/explorer/delegations/${TBCA}/$`));
  await open(page, '?sector=healthcare');
  await expect(page).toHaveURL(/\/explorer\/sectors\/healthcare\/$/);
  await open(page, '?q=lei#' + TBCA);
  await expect(page).toHaveURL(new RegExp(`/explorer/\\?q=lei#${TBCA}$`));
});

test('a page and its query: the query is laid over the page\'s view', async ({ page }) => {
  await open(page, 'sectors/healthcare/?q=lei');
  await expect(cardNames(page)).toHaveText([NAMES[2]]);
  await expect(page).toHaveURL(/\/explorer\/\?q=lei&sector=healthcare$/);
});

test('the sitemap lists every page, absolute, and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
  const xml = await (await request.get('sitemap.xml')).text();
  for (const p of PAGES) expect(xml).toContain(`<loc>${SITE}${p.path}</loc>`);
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  // The page, the figures, 3 delegations, 8 sectors, 8 sources.
  expect(locs.length).toBe(1 + 1 + 3 + 8 + 8);
  for (const loc of locs) {
    const local = loc.slice(SITE.length);
    expect((await request.get(local)).status(), loc).toBe(200);
  }
});

test('a visited page, and any other page, open offline', async ({ page, context }) => {
  await open(page, 'sectors/healthcare/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  // Visited while the worker controls the page, so its copy is kept.
  await open(page, 'figures/');
  await context.setOffline(true);
  await open(page, 'figures/');
  await expect(page.locator('#figures')).toBeInViewport();
  // Never visited: the root page answers, and the app opens the view the address names.
  await open(page, 'sectors/pharmaceuticals/');
  await expect(cardNames(page)).toHaveText([NAMES[2]]);
  await expect(page).toHaveTitle('Pharmaceuticals — Chongqing–Taiwan Week Explorer');
  await context.setOffline(false);
});

test('the title follows the address: a card\'s or the figures\' page is titled by what it shows', async ({ page }) => {
  await open(page, `#${TBCA}`);
  await expect(page).toHaveURL(new RegExp(`/explorer/delegations/${TBCA}/$`));
  await expect(page).toHaveTitle(`${NAMES[2]} — Chongqing–Taiwan Week Explorer`);
  await page.locator('#headline a[href="#figures"]').first().click();
  await expect(page).toHaveURL(/\/explorer\/figures\/$/);
  await expect(page).toHaveTitle('Taiwan-funded enterprises in Chongqing — Chongqing–Taiwan Week Explorer');
  await page.locator('.site-header a[href="#about"]').click();
  await expect(page).toHaveURL(/\/explorer\/#about$/);
  await expect(page).toHaveTitle('Chongqing–Taiwan Week Explorer');
});
