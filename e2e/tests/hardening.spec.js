// Hardening: the WASM (the app's and the exports worker's), the glue and the stylesheet run
// only with their integrity, a failed
// start is visible, the deploy headers are sent, the test server cannot be walked out of, and
// the service worker stays correct under faults (a stray navigation, a half-done deploy, a
// corrupt cached file).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { test as base, expect } from '@playwright/test';
import { NAMES } from './fixtures.js';

// These tests provoke failures on purpose, so they do not use the fixture that fails a test on
// any console error.
const test = base;
const cards = (page) => page.locator('article.card h3');
const crash = (page) => page.locator('#crash');

/** Serves the page's own file `match` with `change(body)` instead, or with `status`/`type`. */
async function tamper(page, match, { change, status, type } = {}) {
  await page.route(match, async (route) => {
    if (status) return route.fulfill({ status, body: 'missing' });
    const response = await route.fetch();
    const body = await response.body();
    const headers = { ...response.headers() };
    delete headers['content-encoding'];
    delete headers['content-length'];
    if (type) headers['content-type'] = type;
    return route.fulfill({ status: 200, headers, body: change ? change(Buffer.from(body)) : body });
  });
}

/** Two bytes of the WASM's data section changed, as in the audit ("No delegatiXns"). */
const flipData = (body) => {
  const at = body.indexOf(Buffer.from('No delegations'));
  const copy = Buffer.from(body);
  copy[at + 10] = 'X'.charCodeAt(0);
  copy[at + 11] = 'n'.charCodeAt(0);
  return copy;
};

/** Holds back the WASM until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  return () => release();
}

/** Puts the page's timers and clock on Playwright's clock (`page.clock`), so that a test
 * moves time on rather than waiting for it. The clock also replaces `performance` with one
 * that records no marks, and the page's boot watch, its worker registration and the app read
 * and write marks (`app-interactive`): the page keeps the browser's own. (A context's init
 * scripts run in the order they were added, before the page's.) */
async function installClock(page) {
  await page.context().addInitScript(() => { window.__performance = window.performance; });
  await page.clock.install();
  await page.addInitScript(() => { window.performance = window.__performance; });
}

async function expectBootFailure(page, reason) {
  await expect(crash(page)).toBeVisible();
  await expect(page.locator('#crash-detail')).toContainText(reason);
  const started = await page.evaluate(() => performance.getEntriesByName('app-interactive').length);
  expect(started, 'the app did not start').toBe(0);
  await expect(page.locator('#crash a')).toHaveAttribute('href', page.url());
}

test.describe('integrity and a visible boot failure', () => {
  test.use({ serviceWorkers: 'block' });

  test('an altered WASM is refused, and the reader is told', async ({ page }) => {
    await tamper(page, /_bg\.wasm$/, { change: flipData });
    await page.goto('?q=lei');
    await expectBootFailure(page, /integrity|digest|SRI|Failed to fetch/i);
    await expect(page.getByText('No delegatiXns')).toHaveCount(0);
    // The prerendered view a link with a query hides is shown again, under the message.
    await expect(cards(page)).toHaveText(NAMES);
  });

  test('an altered exports-worker WASM is refused, and the download says it failed', async ({ page }) => {
    let served = 0;
    await page.context().route(/cqtw-worker_bg\.wasm$/, async (route) => {
      served += 1;
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 64] ^= 0xff;
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      return route.fulfill({ status: 200, headers, body });
    });
    await page.goto('');
    await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.locator('details.menu > summary').click();
    await page.getByRole('button', { name: 'Download JSON' }).click();
    await expect(page.locator('#announcer')).toHaveText('The download failed: reload the page and try again');
    expect(served, 'the worker asked for its WASM').toBeGreaterThan(0);
    expect(downloads).toBe(0);
  });

  test('an altered JS glue is refused', async ({ page }) => {
    await tamper(page, /cqtw-explorer-[0-9a-f]+\.js$/, { change: (b) => Buffer.concat([b, Buffer.from('\n;window.tampered=1;')]) });
    await page.goto('');
    await expectBootFailure(page, /Could not load|integrity|Failed/i);
    expect(await page.evaluate(() => window.tampered)).toBeUndefined();
  });

  test('an altered stylesheet is refused', async ({ page }) => {
    await tamper(page, /main-[0-9a-f]+\.css$/, { change: (b) => Buffer.concat([b, Buffer.from('body{background:red}')]) });
    await page.goto('');
    await expect(crash(page)).toBeVisible();
    await expect(page.locator('#crash-detail')).toContainText(/Could not load .*main-[0-9a-f]+\.css/);
    await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(255, 0, 0)');
  });

  test('a missing WASM is a visible failure', async ({ page }) => {
    await tamper(page, /_bg\.wasm$/, { status: 404 });
    await page.goto('');
    await expectBootFailure(page, /./);
  });

  test('a glue served with the wrong MIME type is a visible failure', async ({ page }) => {
    await tamper(page, /cqtw-explorer-[0-9a-f]+\.js$/, { type: 'text/plain' });
    await page.goto('');
    await expectBootFailure(page, /Could not load/);
  });

  test('a start slower than the limit is reported, and the report goes when the app starts', async ({ page }) => {
    // The limit is 30 s on the page's clock: the WASM is held back while the clock is moved
    // past it, then let through.
    const release = await holdWasm(page);
    await installClock(page);
    await page.goto('');
    // The prerendered cards come after the page's first script: its boot watch is counting.
    await expect(cards(page)).toHaveText(NAMES);
    await page.clock.fastForward(30_000);
    await expect(crash(page)).toBeVisible();
    await expect(page.locator('#crash-detail')).toHaveText('The app did not start within 30 seconds.');
    release();
    await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
    await expect(crash(page)).toBeHidden();
    await expect(cards(page)).toHaveText(NAMES);
  });

  test('a normal start shows no failure', async ({ page }) => {
    await page.goto('');
    await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
    await expect(crash(page)).toBeHidden();
  });
});

test.describe('deploy headers and the test server', () => {
  test('every response carries the deploy headers; hashed files are immutable', async ({ request, page }) => {
    const main = await request.get('');
    const h = main.headers();
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    expect(h['cache-control']).toBe('no-cache');
    await page.goto('');
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).find((n) => n.endsWith('_bg.wasm')));
    expect((await request.get(wasm)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get('sw.js')).headers()['cache-control']).toBe('no-cache');
    expect((await request.get('_headers')).status()).toBe(404);
  });

  test('another site cannot frame the app', async ({ page, baseURL }) => {
    const other = baseURL.replace('127.0.0.1', 'localhost');
    await page.goto(`${other}robots.txt`);
    // The browser says when it refuses the frame, once the app's page has answered.
    const answered = page.waitForResponse((r) => r.url() === baseURL);
    const refused = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
    await page.setContent(`<iframe src="${baseURL}" width="800" height="600"></iframe>`);
    await answered;
    await refused;
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const framed = frame ? await frame.locator('article.card').count().catch(() => 0) : 0;
    expect(framed).toBe(0);
  });

  test('the build\'s precompressed files are sent as they are, brotli first; others are compressed on the fly', async ({ baseURL }) => {
    const root = path.resolve(process.env.E2E_SITE_ROOT ?? '../target/e2e-site');
    const dir = path.join(root, 'explorer');
    /** A response as the server sends it, not decoded. */
    const get = (url, accept) => new Promise((resolve, reject) => {
      http.get(new URL(url, baseURL), { headers: { 'Accept-Encoding': accept } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    const wasm = fs.readdirSync(dir).find((f) => /^cqtw-explorer-[0-9a-f]+_bg\.wasm$/.test(f));
    for (const file of ['index.html', wasm, 'sw.js', 'figures.csv']) {
      const raw = fs.readFileSync(path.join(dir, file));
      const br = await get(file, 'gzip, deflate, br');
      expect(br.headers['content-encoding'], file).toBe('br');
      expect(br.headers.vary, file).toBe('Accept-Encoding');
      expect(br.body.equals(fs.readFileSync(path.join(dir, `${file}.br`))), `${file}: its .br`).toBe(true);
      expect(zlib.brotliDecompressSync(br.body).equals(raw), file).toBe(true);
      const gz = await get(file, 'gzip');
      expect(gz.headers['content-encoding'], file).toBe('gzip');
      expect(gz.body.equals(fs.readFileSync(path.join(dir, `${file}.gz`))), `${file}: its .gz`).toBe(true);
      expect(zlib.gunzipSync(gz.body).equals(raw), file).toBe(true);
      const plain = await get(file, 'identity');
      expect(plain.headers['content-encoding'], file).toBeUndefined();
      expect(plain.body.equals(raw), file).toBe(true);
    }
    // The deploy headers are the file's, whatever is sent.
    expect((await get('', 'br')).headers['cache-control']).toBe('no-cache');
    expect((await get(wasm, 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The debug build has no siblings: its files are compressed here.
    const debug = path.join(root, 'explorer-debug');
    expect(fs.existsSync(path.join(debug, 'index.html.br'))).toBe(false);
    const page = await get('/explorer-debug/', 'br, gzip');
    expect(page.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(page.body).equals(fs.readFileSync(path.join(debug, 'index.html')))).toBe(true);
  });

  test('the server serves only its own folder and survives a malformed escape', async ({ request, baseURL }) => {
    const root = path.resolve(process.env.E2E_SITE_ROOT ?? '../target/e2e-site');
    const sibling = `${root}-secret`;
    fs.mkdirSync(sibling, { recursive: true });
    fs.writeFileSync(path.join(sibling, 'secret.txt'), 'secret');
    const origin = new URL(baseURL).origin;
    const escaped = await request.get(`${origin}/..%2F${path.basename(sibling)}/secret.txt`);
    expect(escaped.status()).not.toBe(200);
    expect(await escaped.text()).not.toContain('secret');
    const malformed = await request.get(`${origin}/explorer/%E0%A4%A`);
    expect(malformed.status()).toBe(400);
    expect((await request.get('')).status()).toBe(200);
  });
});

const sha256 = (text) => `sha256-${crypto.createHash('sha256').update(text).digest('base64')}`;

/** A copy of the release build under its own sub-path (`/<name>-<n>/`), so that a test can
 * deploy over it without touching the site the other tests use. `deploy(edit)` writes the
 * next version as a host would: the page, edited, with the CSP hashes of its scripts and the
 * worker's page hash recomputed, and a worker that lists the page's files. */
function deployCopy(prefix) {
  const root = path.resolve(process.env.E2E_SITE_ROOT ?? '../target/e2e-site');
  const from = path.join(root, 'explorer');
  const name = `${prefix}-${process.pid}-${Date.now()}`;
  const dir = path.join(root, name);
  fs.cpSync(from, dir, { recursive: true });
  const write = (html, extra = {}) => {
    const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const hashes = scripts.map((body) => `'${sha256(body)}'`).join(' ');
    html = html.replace(/('wasm-unsafe-eval')(?: 'sha256-[^']+')+/, `$1 ${hashes}`);
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    let sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
    sw = sw.replace(/"":"sha256-[^"]*"/, `"":"${sha256(html)}"`)
      .replace(/const VERSION = '[^']*'/, `const VERSION = '${sha256(html).replace(/[^A-Za-z0-9]/g, '').slice(7, 23)}'`);
    for (const [file, integrity] of Object.entries(extra)) sw = sw.replace('const ASSETS = {', `const ASSETS = {${JSON.stringify(file)}:"${integrity}",`);
    fs.writeFileSync(path.join(dir, 'sw.js'), sw);
    return html;
  };
  let html = write(fs.readFileSync(path.join(from, 'index.html'), 'utf8').replaceAll('/explorer/', `/${name}/`));
  return {
    name,
    deploy(edit) {
      html = edit(html);
      const missing = [...html.matchAll(/cqtw-explorer-[0-9a-f]+_bg\.wasm/g)].map((m) => m[0]).filter((f) => !fs.existsSync(path.join(dir, f)));
      write(html, Object.fromEntries(missing.map((f) => [f, 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='])));
    },
  };
}

/** Waits until a service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

async function started(page) {
  await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
}

test.describe('the service worker under faults', () => {
  test('the worker is registered only once the app is interactive, so its precache never competes with the first load', async ({ page }) => {
    // The WASM held back: the page has loaded, the app has not started.
    const release = await holdWasm(page);
    await installClock(page);
    const asked = page.waitForRequest(/_bg\.wasm$/);
    await page.goto('');
    await asked;
    await page.waitForFunction(() => document.readyState === 'complete');
    // Two seconds on the page's clock: the page has looked for the app at its load and every
    // half second since (`OFFLINE` in xtask/src/dist.rs), and found it not started.
    await page.clock.runFor(2_000);
    const early = await page.evaluate(async () => ({
      started: performance.getEntriesByName('app-interactive').length,
      registered: Boolean(await navigator.serviceWorker.getRegistration()),
    }));
    expect(early).toEqual({ started: 0, registered: false });
    release();
    await started(page);
    await expect.poll(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()))).toBe(true);
    await controlled(page);
  });

  test('opening robots.txt by address does not replace the offline app', async ({ page, context }) => {
    await page.goto('');
    await started(page);
    await controlled(page);
    await page.goto('robots.txt');
    await page.goto('manifest.webmanifest');
    await context.setOffline(true);
    await page.goto('');
    await expect(cards(page)).toHaveText(NAMES);
    await started(page);
    await page.goto('?q=lei');
    await expect(cards(page)).toHaveText([NAMES[2]]);
    await context.setOffline(false);
  });

  test('the worker keeps the copies the page has just loaded, so a first visit downloads the app once', async ({ page, context, baseURL }) => {
    const site = deployCopy('explorer-once');
    const dir = path.join(path.resolve(process.env.E2E_SITE_ROOT ?? '../target/e2e-site'), site.name);
    const wasm = fs.readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
    // As soon as the page has its WASM, the host loses it: the worker, registered only once
    // the app is interactive, can install only from the copy the page loaded.
    const loaded = page.waitForResponse((r) => r.url().endsWith(wasm));
    await page.goto(new URL(`/${site.name}/`, baseURL).href);
    await (await loaded).finished();
    fs.rmSync(path.join(dir, wasm));
    await started(page);
    await controlled(page);
    await context.setOffline(true);
    await page.goto(new URL(`/${site.name}/?q=lei`, baseURL).href);
    await started(page);
    await expect(cards(page)).toHaveText([NAMES[2]]);
    await context.setOffline(false);
  });

  test('a half-done deploy keeps the previous version whole, offline', async ({ page, context, baseURL }) => {
    const site = deployCopy('explorer-deploy');
    const url = new URL(`/${site.name}/`, baseURL).href;
    await page.goto(url);
    await started(page);
    await controlled(page);
    const before = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('cqtw-explorer:')));
    expect(before).toHaveLength(1);
    // The next deploy, half uploaded: its page and worker are there, its WASM is not yet.
    site.deploy((html) => html.replaceAll(/cqtw-explorer-[0-9a-f]+_bg\.wasm/g, 'cqtw-explorer-0000000000000000_bg.wasm'));
    await page.reload();
    await expect(page.locator('#crash'), 'online, the half-done deploy fails visibly').toBeVisible();
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg.update().catch(() => {});
      const worker = reg.installing;
      if (worker) {
        await new Promise((resolve) => worker.addEventListener('statechange', () => {
          if (worker.state === 'redundant' || worker.state === 'activated') resolve();
        }));
      }
    });
    const after = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('cqtw-explorer:')));
    expect(after, 'the previous version is still the one cached, and alone').toEqual(before);
    // Offline, the previous version answers, whole: its page with its own files.
    await context.setOffline(true);
    await page.goto(`${url}?q=lei`);
    await started(page);
    await expect(cards(page)).toHaveText([NAMES[2]]);
    await expect(page.locator('#crash')).toBeHidden();
    await context.setOffline(false);
  });

  test('a corrupt cached file is dropped and fetched again', async ({ page }) => {
    await page.goto('');
    await started(page);
    await controlled(page);
    const corrupted = await page.evaluate(async () => {
      const [name] = (await caches.keys()).filter((k) => k.startsWith('cqtw-explorer:'));
      const cache = await caches.open(name);
      const key = (await cache.keys()).find((r) => r.url.endsWith('_bg.wasm'));
      await cache.put(key, new Response(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]), { headers: { 'Content-Type': 'application/wasm' } }));
      return key.url;
    });
    expect(corrupted).toMatch(/_bg\.wasm$/);
    await page.reload();
    await started(page);
    await expect(cards(page)).toHaveText(NAMES);
    await expect(page.locator('#crash')).toBeHidden();
    // Chromium may give the reloaded page the WASM it still holds, without asking the service
    // worker: 3 s after the reload, the 8 corrupt bytes were still cached in 5 of 20 runs here
    // (2 workers), and CI failed on it once. So the file is asked for once more, as a page
    // would: a fetch from the page always goes through the worker.
    const answered = await page.evaluate(async (url) => (await (await fetch(url)).arrayBuffer()).byteLength, corrupted);
    expect(answered, 'the worker answers with the whole file, not the corrupt copy').toBeGreaterThan(1000);
    // The service worker answers first and caches the fresh copy after (`waitUntil`), so
    // the cache is read until it holds it.
    const healed = () => page.evaluate(async (url) => {
      const [name] = (await caches.keys()).filter((k) => k.startsWith('cqtw-explorer:'));
      const hit = await (await caches.open(name)).match(url);
      return hit ? (await hit.arrayBuffer()).byteLength : 0;
    }, corrupted);
    await expect.poll(healed, { timeout: 10_000 }).toBeGreaterThan(1000);
  });
});

test.describe('bounds on what a link or a script can make the page do', () => {
  test('a link with many bad sectors gets five notes at most', async ({ page }) => {
    const sectors = Array.from({ length: 300 }, (_, i) => `no-such-sector-${i}`).join(',');
    await page.goto(`?sector=${sectors},${'x'.repeat(5000)}`);
    await started(page);
    const notes = page.getByRole('note', { name: 'About this link' }).getByRole('listitem');
    await expect(notes).toHaveCount(5);
    await expect(notes.last()).toHaveText('And 297 more corrections to the link.');
    await expect.poll(async () => Math.max(...(await notes.allTextContents()).map((text) => text.length))).toBeLessThan(120);
  });

  test('a query set by a script is clipped to 200 characters in the view and the URL', async ({ page }) => {
    await page.goto('');
    await started(page);
    await page.evaluate(() => {
      const box = document.querySelector('input[type=search]');
      box.removeAttribute('maxlength');
      box.value = 'lei '.repeat(2800);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(page).toHaveURL(/\?q=/);
    const q = new URL(page.url()).searchParams.get('q');
    expect(q.length).toBeLessThanOrEqual(200);
    expect(page.url().length).toBeLessThan(1000);
  });

  test('many refused copies show one field to copy by hand', async ({ page }) => {
    await page.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); });
    await page.goto('');
    await started(page);
    const buttons = page.getByRole('button', { name: 'Copy link' });
    for (let round = 0; round < 10; round += 1) {
      for (let i = 0; i < 3; i += 1) await buttons.nth(i).click();
    }
    await expect(page.locator('.copy-fallback')).toHaveCount(1);
    await expect(page.getByRole('textbox', { name: /Copy this link/ })).toHaveValue(/\/delegations\/taiwan-business-and-construction-association\/$/);
  });
});
