//! The dataset and article embedded in the binary at compile time.
//!
//! `build.rs` validates both before this module is compiled, so a bad edit never ships, and
//! writes the dataset out as static data, so the app neither parses JSON nor builds the
//! dataset at start-up.

use super::article::Article;
use super::dataset::Dataset;

/// The dataset JSON, as committed.
pub const DATASET_JSON: &str = include_str!("../data/chongqing-taiwan-week.json");
/// The source article, unchanged from the shared source.
pub const ARTICLE_TEXT: &str = include_str!("../data/article.txt");

/// The embedded dataset: static data that `build.rs` wrote from [`DATASET_JSON`] after
/// validating it, so start-up neither parses nor builds anything.
pub static DATASET: Dataset = {
    #[allow(unused_imports)]
    use super::dataset::{Basis::*, OutcomeKind::*, Unit::*, *};
    #[allow(unused_imports)]
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"))
};

/// A copy of the embedded dataset (cheap: its texts and lists stay borrowed).
pub fn dataset() -> Dataset {
    DATASET.clone()
}

/// The embedded dataset and article.
pub fn load() -> Result<(Dataset, Article), String> {
    Ok((dataset(), Article::new(ARTICLE_TEXT)))
}
