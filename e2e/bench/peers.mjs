// The peer pages of `cargo xtask bench`: the same content as a web developer would ship it
// without our app, built from our own page as the app renders it.
// - floor: the static HTML alone (the same cards and CSS, no script): the fastest a page
//   with these cards can show them.
// - minisearch: the static HTML with MiniSearch and a small vanilla script
//   (peers/minisearch-page.js), bundled and minified with esbuild.
// - pagefind: the static HTML with Pagefind's default UI in place of our search controls,
//   the sectors as Pagefind filters, its index built with Pagefind's Node API.
// Every page marks `app-rendered` right after its list of cards, as ours does after them. The files go into the
// release build's folder (they share its stylesheet through its `<base href>`).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MARK = '<script>performance.mark("app-rendered")</script>';

/** Our page as the app renders it, without its scripts, and the cards as search records. */
export async function staticPage(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  // The whole page, including the sections the app builds after its first paint.
  await page.waitForSelector('#article');
  const got = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    // Where the cards end: the first-cards mark goes here, as ours comes right after its app
    // (the panel and the article below are static HTML here, drawn after the first paint there).
    root.querySelector('#results').after(document.createComment('cards-end'));
    for (const el of root.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], meta[http-equiv=Content-Security-Policy]')) el.remove();
    const nameOf = (slug) => {
      const label = document.querySelector(`input[name=sector][value="${slug}"]`)?.closest('label');
      return label?.querySelector('.filter__text')?.firstChild?.textContent.trim();
    };
    const parentOf = (slug) => document.querySelector(`input[name=sector][value="${slug}"]`)
      ?.closest('.filter__list--children')?.closest('.filter__item')?.querySelector('input[name=sector]')?.value;
    const docs = [...document.querySelectorAll('#results article.card')].map((card) => {
      const sectors = new Set();
      for (const chip of card.querySelectorAll('[data-sector]')) {
        const slug = chip.dataset.sector;
        sectors.add(nameOf(slug) ?? chip.textContent.trim());
        const parent = parentOf(slug);
        if (parent) sectors.add(nameOf(parent));
      }
      return { id: card.id, name: card.querySelector('h3').textContent, text: card.textContent, sectors: [...sectors] };
    });
    return { html: `<!doctype html>${root.outerHTML}`, docs };
  });
  await context.close();
  return got;
}

const withMark = (html, tail = '') => html.replace('<!--cards-end-->', MARK).replace('</body>', `${tail}</body>`);
const short = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The floor page: the static HTML alone. */
export function buildFloor(html, distDir) {
  fs.writeFileSync(path.join(distDir, 'floor.html'), withMark(html));
  return 'floor.html';
}

/** The MiniSearch page: the static HTML and one bundled, minified script. */
export async function buildMiniSearch(html, distDir) {
  const esbuild = await import('esbuild');
  const built = await esbuild.build({
    entryPoints: [path.join(HERE, 'peers', 'minisearch-page.js')],
    bundle: true, minify: true, format: 'esm', target: 'es2020', write: false, logLevel: 'silent',
  });
  const js = built.outputFiles[0].contents;
  const file = `peer-minisearch-${short(js)}.js`;
  fs.writeFileSync(path.join(distDir, file), js);
  fs.writeFileSync(path.join(distDir, 'peer-minisearch.html'), withMark(html, `<script type="module" src="${file}"></script>`));
  return { page: 'peer-minisearch.html', script: file, scriptBytes: js.length };
}

/** The Pagefind page: Pagefind's default UI where our search controls were, with an index of
 * one record per card (its text, its name as the title, its sectors as the `sector` filter). */
export async function buildPagefind(html, docs, distDir, publicUrl) {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const d of docs) {
    const added = await index.addCustomRecord({
      url: `/peer-pagefind.html#${d.id}`, content: d.text, language: 'en',
      meta: { title: d.name }, filters: { sector: d.sectors },
    });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
  await pagefind.close();
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  const ui = '<div id="search"></div>';
  const page = html
    .replace(/(<div[^>]*class="controls"[^>]*>)[\s\S]*?(<\/details><\/div>)/, `$1${ui}</div>`)
    .replace('</head>', '<link rel="stylesheet" href="pagefind/pagefind-ui.css"></head>');
  if (!page.includes(ui)) throw new Error('pagefind: the page has no search controls to replace');
  const start = '<script src="pagefind/pagefind-ui.js"></script>'
    + '<script>new PagefindUI({element:"#search",showSubResults:false,showImages:false})</script>';
  fs.writeFileSync(path.join(distDir, 'peer-pagefind.html'), withMark(page, start));
  return { page: 'peer-pagefind.html', records: docs.length };
}

/** Every peer page; a peer that cannot be built is reported with its reason, and the rest go on. */
export async function buildPeers(browser, origin, publicUrl, distDir) {
  const { html, docs } = await staticPage(browser, `${origin}${publicUrl}`);
  const peers = { floor: { page: buildFloor(html, distDir) } };
  for (const [name, build] of [['minisearch', () => buildMiniSearch(html, distDir)],
    ['pagefind', () => buildPagefind(html, docs, distDir, publicUrl)]]) {
    try {
      peers[name] = await build();
    } catch (error) {
      peers[name] = { error: String(error.message ?? error).split('\n')[0] };
    }
  }
  return peers;
}
