// A cold load of a page on a profile, as the bench measures it (shared by `run.mjs`, the
// bench, and `ab.mjs`, the A/B of builds): the profiles, the first query and its answer, the
// script that types it as soon as the page shows its search box, and the marks a load reads.

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
export const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

// The network and CPU of each profile. Slow phone: 4× CPU slowdown, 1.6 Mbps down,
// 750 kbps up, 150 ms round trip (CDP; throughput in bytes per second).
export const PROFILES = {
  none: null,
  slow: { cpu: 4, network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } },
};

// The query typed as soon as a page shows its search box; its answer is the page's
// "interactive". It narrows the three cards to one on every variant, so an answer is a
// change one can see: the card it answers with.
export const FIRST_QUERY = 'fuling';
export const FIRST_ANSWER = 'taiwan-business-and-construction-association';

// What a cold load measures, in the page, from navigation start (an init script, so the
// bench's own round trips to the browser are not counted): `first-cards` is the page's
// `app-rendered` mark; as soon as a search box is visible (ours and the MiniSearch page: the
// one in the HTML, which both read when their script starts; Pagefind: the one its UI
// builds) the query is typed (`typed`), and `first-answer` marks when the page shows the
// answer: the one card it answers with (Pagefind: its result for that card).
export function typer({ kind, query, answer }) {
  if (kind === 'floor' || window !== window.top) return;
  const pagefind = kind === 'pagefind';
  const input = () => {
    const box = document.querySelector(pagefind ? '.pagefind-ui__search-input' : 'input[type=search]');
    // Visible to a reader: styled and painted (the stylesheet blocks the first paint), not hidden.
    return box?.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && performance.getEntriesByType('paint').length > 0 ? box : null;
  };
  const shown = () => (pagefind ? [...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => a.hash.slice(1))
    : [...document.querySelectorAll('#results article.card:not([hidden])')].filter((c) => c.checkVisibility({ visibilityProperty: true })).map((c) => c.id)).join();
  const wait = () => {
    const box = input();
    if (!box) { setTimeout(wait, 10); return; }
    performance.mark('typed');
    box.value = query;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => (shown() === answer ? performance.mark('first-answer') : setTimeout(check, 5));
    check();
  };
  wait();
}

/** A browser context with the profile's throttling on its page. */
export async function throttledPage(browser, profile) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const p = PROFILES[profile];
  if (p) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
    await cdp.send('Network.emulateNetworkConditions', p.network);
  }
  return { context, page };
}

// One cold load of a variant (cache disabled) under a profile: the page's marks, when each
// file had arrived.
export async function coldLoad(browser, variant, profile) {
  const { context, page } = await throttledPage(browser, profile);
  await context.addInitScript(typer, { kind: variant.kind, query: FIRST_QUERY, answer: FIRST_ANSWER });
  await page.goto(variant.url, { waitUntil: 'commit', timeout: 60_000 });
  const done = variant.kind === 'floor' ? 'app-rendered' : 'first-answer';
  try {
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, done, { timeout: 60_000, polling: 50 });
  } catch (error) {
    const state = await page.evaluate(() => ({ url: location.href, marks: performance.getEntriesByType('mark').map((m) => m.name),
      value: document.querySelector('input[type=search]')?.value,
      cards: [...document.querySelectorAll('#results article.card')].map((c) => `${c.id}:${c.checkVisibility()}`) }));
    throw new Error(`${variant.url}, profile ${profile}: no ${done} within 60 s: ${JSON.stringify(state)}`);
  }
  const at = await page.evaluate(() => {
    const files = performance.getEntriesByType('resource');
    const arrived = (ext) => files.find((r) => new URL(r.name).pathname.endsWith(ext))?.responseEnd ?? null;
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return { html: performance.getEntriesByType('navigation')[0].responseEnd, css: arrived('.css'), js: arrived('.js'),
      wasm: arrived('.wasm'), 'app-start': mark('app-start'), 'app-data': mark('app-data'),
      'app-rendered': mark('app-rendered'), 'app-interactive': mark('app-interactive'),
      'first-answer': mark('first-answer') };
  });
  await context.close();
  return at;
}

