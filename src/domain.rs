//! The domain: pure Rust with no DOM, no `leptos`, no `web_sys`, no `wasm_bindgen`.
//!
//! Dataset model and validation, search and ranking, URL state, number formatting and
//! derived figures. Everything here is tested natively with `cargo test`.

pub mod article;
pub mod chars;
pub mod dataset;
pub mod embedded;
pub mod export;
pub mod figures;
pub mod format;
pub mod job;
pub mod labels;
pub mod pages;
pub mod qr;
pub mod scope;
pub mod search;
pub mod share;
pub mod synthetic;
pub mod table;
pub mod url_state;
pub mod validate;
pub mod view;
pub mod vocabulary;
