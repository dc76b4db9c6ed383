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

/// The text version: the first 8 hex digits of SHA-256 over the article, a NUL byte and the
/// dataset JSON, as committed. Citations and the footer name it, so that a reader can tell
/// which text they saw; `build.rs` computes it.
pub const DATA_VERSION: &str = env!("CQTW_DATA_VERSION");

/// The embedded dataset: static data that `build.rs` wrote from [`DATASET_JSON`] after
/// validating it, so start-up neither parses nor builds anything.
pub static DATASET: Dataset = {
    #[allow(unused_imports)]
    use super::dataset::{Basis::*, OutcomeKind::*, Unit::*, *};
    #[allow(unused_imports)]
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"))
};

/// The figures panel's tiles as search reads them, `(id, label, text)`: what
/// [`super::figures::tiles`] gives for the embedded dataset, computed by `build.rs`.
pub static FIGURE_TILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/tiles.rs"));

/// What every citation of the embedded dataset says after the view's title and address:
/// [`super::export::citation_source`] for it, computed by `build.rs`.
pub const CITATION_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/citation.txt"));

/// `text[start..end]`, in a constant: the embedded dataset's texts that stand in the article
/// borrow its bytes this way (see `build.rs`). A range off a character boundary fails the
/// build.
const fn slice(text: &'static str, start: usize, end: usize) -> &'static str {
    text.split_at(end).0.split_at(start).1
}

/// A copy of the embedded dataset (cheap: its texts and lists stay borrowed).
pub fn dataset() -> Dataset {
    DATASET.clone()
}

/// The embedded dataset and article.
pub fn load() -> Result<(Dataset, Article), String> {
    Ok((dataset(), Article::new(ARTICLE_TEXT)))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn the_build_s_figure_tiles_are_the_figures_module_s() {
        let computed = crate::domain::figures::tiles(&DATASET.figures);
        let built: Vec<(&str, String, String)> = FIGURE_TILES
            .iter()
            .map(|&(id, label, text)| (id, label.to_owned(), text.to_owned()))
            .collect();
        assert_eq!(built, computed);
    }

    #[test]
    fn the_build_s_citation_source_is_the_export_module_s() {
        let (data, article) = load().expect("embedded dataset loads");
        let computed = crate::domain::export::citation_source(&data, &article, DATA_VERSION);
        assert_eq!(CITATION_SOURCE, computed);
        assert!(CITATION_SOURCE.starts_with("Source: News article on the matchmaking events of the 17th"));
    }

    #[test]
    fn the_version_is_the_hash_of_the_article_and_the_dataset() {
        let digest = Sha256::new()
            .chain_update(ARTICLE_TEXT)
            .chain_update([0u8])
            .chain_update(DATASET_JSON)
            .finalize();
        let hex: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
        assert_eq!(DATA_VERSION, hex);
        assert_eq!(DATA_VERSION.len(), 8);
    }
}
