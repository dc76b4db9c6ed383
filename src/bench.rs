//! Bench-only entry points (cargo feature `bench`; release builds do not contain them):
//! load a synthetic dataset of `?bench-size=N` delegations through the normal dataset path,
//! and expose the search core, the corpus and the memory size to `cargo xtask bench`.

use crate::domain::dataset::Dataset;
use crate::domain::search::{FieldKind, Query};
use crate::domain::synthetic;
use crate::domain::view::{self, fields};
use crate::ui::store::Model;
use std::sync::OnceLock;
use wasm_bindgen::prelude::wasm_bindgen;

static MODEL: OnceLock<&'static Model> = OnceLock::new();

/// The dataset to start with: synthetic when the URL has `bench-size=N`, else the real one.
pub fn load() -> (Dataset, crate::domain::article::Article) {
    let (real, article) = crate::data::load();
    let search = leptos::prelude::window().location().search().unwrap_or_default();
    let size = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|p| p.strip_prefix("bench-size="))
        .and_then(|n| n.parse::<usize>().ok());
    match size {
        // The same path as the real data from here on: a `Dataset` handed to the model.
        Some(n) => (synthetic::generate(&real, n), article),
        None => (real, article),
    }
}

/// Remembers the app's model for the entry points below.
pub fn register(model: &'static Model) {
    let _ = MODEL.set(model);
}

/// The ids of the first `limit` results of `q`, one per line, as the app ranks them.
fn result_ids(q: &str, limit: usize) -> String {
    let Some(model) = MODEL.get() else { return String::new() };
    let hits = view::search(&model.data, model.catalog.search_index(&model.data), &Query::new(q));
    let ids: Vec<&str> = hits
        .iter()
        .take(limit)
        .filter_map(|&d| model.data.delegations.get(d).map(|d| &*d.id))
        .collect();
    ids.join("\n")
}

/// The ids of the top 10 results of `q`, one per line (our search core, as the app runs it).
#[wasm_bindgen]
pub fn bench_query(q: &str) -> String {
    result_ids(q, 10)
}

/// The corpus as JSON `[{id, name, leader, rest}]`, the same texts our index holds, so the
/// JavaScript libraries index exactly what we do.
#[wasm_bindgen]
pub fn bench_corpus() -> String {
    let Some(model) = MODEL.get() else { return "[]".into() };
    let docs: Vec<serde_json::Value> = model
        .data
        .delegations
        .iter()
        .map(|d| {
            let f = fields(d, &model.data);
            let pick = |kind| {
                f.iter()
                    .filter(|(k, _)| *k == kind)
                    .map(|(_, t)| *t)
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let rest = f
                .iter()
                .filter(|(k, _)| !matches!(k, FieldKind::Name | FieldKind::Person))
                .map(|(_, t)| *t)
                .collect::<Vec<_>>()
                .join(" ");
            serde_json::json!({
                "id": d.id,
                "name": pick(FieldKind::Name),
                "leader": pick(FieldKind::Person),
                "rest": rest,
            })
        })
        .collect();
    serde_json::to_string(&docs).unwrap_or_default()
}

/// The WebAssembly linear memory, in bytes.
#[wasm_bindgen]
pub fn bench_wasm_memory() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// The bytes the cards' search index holds in the WASM's memory (see `Index::heap_bytes`),
/// built if it was not yet.
#[wasm_bindgen]
pub fn bench_index_bytes() -> f64 {
    let Some(model) = MODEL.get() else { return 0.0 };
    model.catalog.search_index(&model.data).heap_bytes() as f64
}

/// The bytes the index of the rest of the page (figures, context notes, sentences) holds.
#[wasm_bindgen]
pub fn bench_scope_index_bytes() -> f64 {
    let Some(model) = MODEL.get() else { return 0.0 };
    model
        .catalog
        .scope
        .as_ref()
        .map_or(0.0, |s| s.index().heap_bytes() as f64)
}

/// Every result id of `q`, one per line, for comparing whole result sets.
#[wasm_bindgen]
pub fn bench_all(q: &str) -> String {
    result_ids(q, usize::MAX)
}
