//! The dataset and the article every build carries: the committed files, compiled in as text.
//!
//! The app's `build.rs` validates both before the app compiles (with this crate's
//! [`validate`](super::validate)), so a bad edit never ships; [`load`] parses the JSON.

use super::article::Article;
use super::dataset::Dataset;

/// The dataset JSON, as committed.
pub const DATASET_JSON: &str = include_str!("../data/chongqing-taiwan-week.json");
/// The source article, unchanged from the shared source.
pub const ARTICLE_TEXT: &str = include_str!("../data/article.txt");

/// The stored text of each further source, by id, paragraph by paragraph as the shared
/// copies give it (`domain/data/sources/<id>.txt`).
pub const SOURCE_TEXTS: &[(&str, &str)] = &[
    (
        "asiacity-17th-matchmaking-fr",
        include_str!("../data/sources/asiacity-17th-matchmaking-fr.txt"),
    ),
    (
        "asiacity-17th-opening",
        include_str!("../data/sources/asiacity-17th-opening.txt"),
    ),
    (
        "bastillepost-16th-2024",
        include_str!("../data/sources/bastillepost-16th-2024.txt"),
    ),
    (
        "chinadaily-15th-2023",
        include_str!("../data/sources/chinadaily-15th-2023.txt"),
    ),
    ("cqnews-5th-2013", include_str!("../data/sources/cqnews-5th-2013.txt")),
    (
        "datelinecq-2009-08-13",
        include_str!("../data/sources/datelinecq-2009-08-13.txt"),
    ),
    (
        "ichongqing-2021-07-20",
        include_str!("../data/sources/ichongqing-2021-07-20.txt"),
    ),
];

/// The stored text of source `id`, if it has one.
pub fn source_text(id: &str) -> Option<&'static str> {
    SOURCE_TEXTS.iter().find(|(s, _)| *s == id).map(|(_, text)| *text)
}

/// The text version: the first 8 hex digits of SHA-256 over the article, a NUL byte, the
/// dataset JSON and every source's text (each after a NUL byte), as committed. Citations and the footer name it, so that a reader can tell
/// which text they saw; this crate's `build.rs` computes it.
pub const DATA_VERSION: &str = env!("CQTW_DATA_VERSION");

/// The embedded dataset and article. The JSON was validated when the app was built, so the
/// error is for a build that skipped that step (a test fixture, a bench).
pub fn load() -> Result<(Dataset, Article), String> {
    let data = Dataset::from_json(DATASET_JSON).map_err(|e| format!("the embedded dataset does not parse: {e}"))?;
    Ok((data, Article::new(ARTICLE_TEXT)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn the_version_is_the_hash_of_the_article_and_the_dataset() {
        let mut hash = Sha256::new()
            .chain_update(ARTICLE_TEXT)
            .chain_update([0u8])
            .chain_update(DATASET_JSON);
        let mut sources: Vec<&(&str, &str)> = SOURCE_TEXTS.iter().collect();
        sources.sort();
        for (_, text) in sources {
            hash.update([0u8]);
            hash.update(text);
        }
        let digest = hash.finalize();
        let hex: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
        assert_eq!(DATA_VERSION, hex);
        assert_eq!(DATA_VERSION.len(), 8);
    }

    #[test]
    fn the_embedded_dataset_loads() {
        let (data, article) = load().expect("the embedded dataset parses");
        assert_eq!(data.delegations.len(), 3);
        assert_eq!(article.sentences().len(), 28);
    }
}
