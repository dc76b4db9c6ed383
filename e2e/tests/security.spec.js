// Security and privacy: no CSP violation or console error (checked by the fixture on every
// test), Trusted Types enforced (no string becomes markup or script), no inline handlers,
// data only ever shown as text, and no request outside the page's origin.
import { test, expect, open } from './fixtures.js';

test('the page makes no request outside its own origin', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await open(page);
  await page.getByRole('searchbox', { name: /Search/ }).fill('wang');
  await page.getByRole('checkbox', { name: /Healthcare/ }).check();
  await page.locator('details.source summary').first().click();
  await page.waitForLoadState('networkidle');
  const origin = new URL(page.url()).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(requests.length).toBeGreaterThan(3);
  expect(foreign).toEqual([]);
});

test('a CSP-violating injection is refused and reported', async ({ page, problems }) => {
  await open(page);
  await page.evaluate(() => {
    window.__seen = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__seen.push(e.violatedDirective));
    // Through a string sink: Trusted Types refuse the text itself, and report it.
    const s = document.createElement('script');
    window.__thrown = null;
    try { s.textContent = 'window.__injected = true'; } catch (e) { window.__thrown = e.name; }
    document.body.append(s);
    // Through DOM nodes, which no sink sees: the browser still refuses to run it. (An inserted
    // script runs as it is inserted: had it been allowed, it would have run by now.)
    const t = document.createElement('script');
    t.append(document.createTextNode('window.__injected = true'));
    document.body.append(t);
  });
  // The refusals are reported before anything is read: the sink's violation event (to the
  // page, which the fixture logs), and the browser's console error for each script.
  await expect.poll(() => page.evaluate(() => window.__seen.length)).toBeGreaterThan(0);
  await expect.poll(() => problems.filter((p) => /CSP violation/.test(p)).length).toBeGreaterThan(0);
  await expect.poll(() => problems.filter((p) => /TrustedScript/.test(p)).length).toBeGreaterThanOrEqual(2);
  const outcome = await page.evaluate(() => ({ seen: window.__seen, thrown: window.__thrown, ran: window.__injected === true }));
  expect(outcome.thrown).toBe('TypeError');
  expect(outcome.seen[0]).toBe('require-trusted-types-for');
  expect(outcome.ran).toBe(false);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  // The fixture fails on console errors; these were provoked on purpose.
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.every((p) => /Content Security Policy|CSP violation|TrustedScript/.test(p))).toBe(true);
  problems.splice(0, problems.length);
});

test('no element carries an inline event handler', async ({ page }) => {
  await open(page, '?q=%3Cb%20onclick%3Dalert(1)%3Ex%3C%2Fb%3E');
  const inline = await page.locator('*').evaluateAll((els) => els.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length);
  expect(inline).toBe(0);
});

test('Trusted Types: every HTML and script sink refuses a string, and only sw.js and the exports worker are script URLs', async ({ page, problems }) => {
  await open(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).toContain('trusted-types default');
  const outcome = await page.evaluate(async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>x</b>';
    const attempts = {
      innerHTML: () => { document.createElement('div').innerHTML = hostile; },
      templateInnerHTML: () => { document.createElement('template').innerHTML = '<h1>Title</h1>'; },
      outerHTML: () => { const p = document.createElement('p'); document.body.append(p); p.outerHTML = hostile; },
      insertAdjacentHTML: () => document.body.insertAdjacentHTML('beforeend', hostile),
      documentWrite: () => document.write(hostile),
      contextualFragment: () => document.createRange().createContextualFragment(hostile),
      iframeSrcdoc: () => { document.createElement('iframe').srcdoc = hostile; },
      scriptText: () => { document.createElement('script').text = 'window.__pwned=1'; },
      scriptSrc: () => { document.createElement('script').src = 'data:text/javascript,window.__pwned=1'; },
      // (Not `eval` or `new Function`: called from the code Playwright injects, the browser
      // let them run here, so this test cannot speak for them. The CSP's script-src has no
      // 'unsafe-eval'.)
      foreignWorker: () => navigator.serviceWorker.register('https://example.com/sw.js'),
      otherWorker: () => navigator.serviceWorker.register('evil.js'),
      otherDedicatedWorker: () => new Worker('evil.js', { type: 'module' }),
      foreignDedicatedWorker: () => new Worker('https://example.com/exports-worker.js', { type: 'module' }),
      anotherPolicy: () => trustedTypes.createPolicy('mine', { createHTML: (s) => s }),
      secondDefault: () => trustedTypes.createPolicy('default', { createHTML: (s) => s }),
    };
    const result = {};
    for (const [name, attempt] of Object.entries(attempts)) {
      try {
        await attempt();
        result[name] = 'allowed';
      } catch (e) {
        result[name] = 'refused';
      }
    }
    const own = await navigator.serviceWorker.register('sw.js').then(() => 'allowed', (e) => String(e));
    let exports;
    try {
      new Worker('exports-worker.js', { type: 'module' }).terminate();
      exports = 'allowed';
    } catch (e) {
      exports = String(e);
    }
    return { result, own, exports, pwned: window.__pwned === 1, marked: document.querySelectorAll('b').length };
  });
  for (const [name, verdict] of Object.entries(outcome.result)) {
    expect(verdict, name).toBe('refused');
  }
  expect(outcome.own, 'the app registers its own service worker').toBe('allowed');
  expect(outcome.exports, 'the app starts its own exports worker').toBe('allowed');
  expect(outcome.pwned).toBe(false);
  expect(outcome.marked).toBe(0);
  // The fixture fails on console errors; these violations were provoked on purpose.
  expect(problems.filter((p) => !/Content Security Policy|CSP violation|TrustedHTML|TrustedScript|TrustedTypePolicy/.test(p))).toEqual([]);
  problems.splice(0, problems.length);
});
