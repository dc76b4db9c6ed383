//! The exports worker's WASM: it writes the delegations as JSON and CSV, draws QR codes and
//! finds "did you mean" for the page, off the first load (see `domain::job`). `public/exports-worker.js` loads it
//! in a module worker and passes each request to [`handle`].

/// Answers one request from the page (see `domain::job::answer`), over the dataset the
/// page has too (`cqtw_explorer::data`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn handle(request: &str) -> String {
    let (data, article) = cqtw_explorer::data::load();
    cqtw_explorer::domain::job::answer(request, &data, &article)
}

/// Nothing to start: the worker only answers.
fn main() {}
