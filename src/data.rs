//! The dataset and the article the app carries: the dataset as static data, baked by
//! `build.rs` from the validated JSON (`domain/data/`), so that start-up neither parses nor
//! builds anything, and the WASM holds no JSON parser.
//!
//! Why not `serde_json` at start-up: parsing needs serde's deserialiser, `serde_json` and the
//! JSON text in the WASM; the bench's A/B figure on the slow phone is in `docs/bench.md`'s
//! "Hand work and what it buys".

use crate::domain::article::Article;
use crate::domain::dataset::Dataset;
use crate::domain::embedded::ARTICLE_TEXT;

/// The embedded dataset, as `build.rs` baked it.
pub static DATASET: Dataset = include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The embedded dataset and article (cheap: the dataset's texts and lists stay borrowed).
pub fn load() -> (Dataset, Article) {
    (DATASET.clone(), Article::new(ARTICLE_TEXT))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn the_baked_dataset_is_the_json_file() {
        let (parsed, _) = crate::domain::embedded::load().expect("the JSON parses");
        assert_eq!(DATASET, parsed);
    }

    #[test]
    fn the_baked_dataset_is_static_data() {
        assert!(matches!(DATASET.delegations, Cow::Borrowed(_)));
        for d in DATASET.delegations.iter() {
            assert!(matches!(d.name, Cow::Borrowed(_)) && matches!(d.facts, Cow::Borrowed(_)));
        }
    }
}
