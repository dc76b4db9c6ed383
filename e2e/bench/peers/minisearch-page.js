// The MiniSearch peer's script: what a web developer would add to the static page for the
// same content, with no framework. It indexes the cards the page holds, filters them by the
// sector checkboxes (a parent sector takes in its children, as the filter's nested list
// shows), orders them by score, keeps the view in the URL (`q`, `sector`), and marks
// `app-interactive` once it answers. Bundled and minified with MiniSearch by
// e2e/bench/peers.mjs. Built for `cargo xtask bench` only.
import MiniSearch from 'minisearch';

const cards = [...document.querySelectorAll('#results article.card')];
// Each card stands in a list item of its own: the items are what is hidden and reordered.
const itemOf = (card) => card.closest('li') ?? card;
const list = cards[0] && itemOf(cards[0]).parentElement;
const input = document.querySelector('input[type=search]');
const boxes = [...document.querySelectorAll('input[name=sector]')];
const count = document.querySelector('#result-count');
const parentOf = new Map();
for (const child of document.querySelectorAll('.filter__list--children input[name=sector]')) {
  const parent = child.closest('.filter__list--children').closest('.filter__item').querySelector('input[name=sector]');
  parentOf.set(child.value, parent.value);
}
const docs = cards.map((el) => {
  const sectors = new Set();
  for (const chip of el.querySelectorAll('[data-sector]')) {
    sectors.add(chip.dataset.sector);
    if (parentOf.has(chip.dataset.sector)) sectors.add(parentOf.get(chip.dataset.sector));
  }
  const text = (s) => el.querySelector(s)?.textContent ?? '';
  return { id: el.id, el: itemOf(el), sectors, name: text('h3'), leader: text('.card__leader'), rest: el.textContent };
});
const byId = new Map(docs.map((d) => [d.id, d]));
const mini = new MiniSearch({
  fields: ['name', 'leader', 'rest'],
  searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { name: 12, leader: 10 } },
});
mini.addAll(docs.map(({ id, name, leader, rest }) => ({ id, name, leader, rest })));

function apply() {
  const q = input.value.trim();
  const picked = boxes.filter((b) => b.checked).map((b) => b.value);
  const ranked = q ? mini.search(q).map((r) => byId.get(r.id)) : docs;
  const shown = ranked.filter((d) => picked.length === 0 || picked.some((s) => d.sectors.has(s)));
  for (const d of docs) d.el.hidden = true;
  for (const d of shown) { d.el.hidden = false; list.append(d.el); }
  count.textContent = `${shown.length} delegation${shown.length === 1 ? '' : 's'}`;
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const s of picked) params.append('sector', s);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

const start = new URLSearchParams(location.search);
input.value = start.get('q') ?? input.value;
const wanted = new Set(start.getAll('sector'));
for (const b of boxes) b.checked = b.checked || wanted.has(b.value);
input.addEventListener('input', apply);
for (const b of boxes) b.addEventListener('change', apply);
if (input.value || wanted.size) apply();
performance.mark('app-interactive');
