//! The dataset and article embedded in the binary at compile time.
//!
//! `build.rs` validates both before this module is compiled, so a bad edit never ships, and
//! writes the dataset out as Rust code, so the app does not parse JSON at start-up.

use super::article::Article;
use super::dataset::Dataset;

/// The dataset JSON, as committed.
pub const DATASET_JSON: &str = include_str!("../data/chongqing-taiwan-week.json");
/// The source article, unchanged from the shared source.
pub const ARTICLE_TEXT: &str = include_str!("../data/article.txt");

/// The embedded dataset, built by code that `build.rs` wrote from [`DATASET_JSON`] after
/// validating it: no parsing at start-up.
pub fn dataset() -> Dataset {
    #[allow(unused_imports)]
    use super::dataset::{Basis::*, OutcomeKind::*, Unit::*, *};
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"))
}

/// The embedded dataset and article.
pub fn load() -> Result<(Dataset, Article), String> {
    Ok((dataset(), Article::new(ARTICLE_TEXT)))
}
