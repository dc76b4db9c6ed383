// The exports worker (a module worker the page starts the first time a reader downloads the
// delegations or opens the QR code): it loads its own WASM (src/worker.rs), then answers
// each request with the file or drawing, or with '' when it cannot, which the page reports.
// Requests are answered in the order they came.
import init, { handle } from './cqtw-worker.js';

const ready = init();
onmessage = (event) => {
  ready
    .then(() => handle(String(event.data)))
    .catch(() => '')
    .then((answer) => postMessage(answer));
};
