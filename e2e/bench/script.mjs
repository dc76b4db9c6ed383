// What both bench scripts share: the query script and the Chromium flags.
// The native criterion bench (benches/search.rs) types the same queries.

// Each query is typed one character at a time (every prefix is a keystroke).
export const QUERIES = ['healthcare', 'wang guo', 'smart term', 'chongqing medical', 'fuling pharma', 'cross-border'];

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
