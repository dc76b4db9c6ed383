// The exports worker (a module worker the page starts the first time a reader downloads the
// delegations, opens the QR code or gets "did you mean"): it loads its own WASM
// (src/worker.rs), then answers each request, in the order they came, with the result or with
// '' when it cannot, which the page reports. `cargo xtask dist` writes the WASM's SRI hash in
// place of the placeholder below, so an altered WASM is refused.
import init, { handle } from './cqtw-worker.js';

const INTEGRITY = '__CQTW_WORKER_WASM_INTEGRITY__';
const wasm = new URL('cqtw-worker_bg.wasm', import.meta.url);
// Unwritten (`trunk serve`), the placeholder is no valid hash, and the fetch checks nothing.
const ready = init({ module_or_path: fetch(wasm, { integrity: INTEGRITY }) });
onmessage = (event) => {
  ready
    .then(() => handle(String(event.data)))
    .catch(() => '')
    .then((answer) => postMessage(answer));
};
