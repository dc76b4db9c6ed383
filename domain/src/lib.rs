//! The explorer's domain: pure Rust, with no DOM and no framework. Its manifest depends on
//! neither `leptos` nor `web-sys`, `js-sys` or `wasm-bindgen`, so the compiler keeps it so.
//!
//! The dataset model and its validation, the source article's sentences, search and ranking,
//! the URL contract, number formatting and derived figures, the page's wordings, the exports.
//! The app (`cqtw-explorer`) renders it, its `build.rs` validates the data with it, and
//! `xtask` writes the site's pages and previews from it. Everything here is tested natively
//! with `cargo test`.

pub mod article;
pub mod chars;
pub mod dataset;
pub mod embedded;
pub mod export;
pub mod figure_rows;
pub mod figures;
pub mod format;
pub mod job;
pub mod labels;
pub mod over_time;
pub mod pages;
pub mod qr;
pub mod reports;
pub mod scope;
pub mod search;
pub mod share;
pub mod synthetic;
pub mod table;
pub mod texts;
pub mod timeline;
pub mod url_state;
pub mod validate;
pub mod view;
pub mod vocabulary;
