//! The dataset and article embedded in the binary at compile time.
//!
//! `build.rs` validates both before this module is compiled, so a bad edit never ships.

use super::article::Article;
use super::dataset::Dataset;

/// Path of the dataset, for messages.
pub const DATASET_PATH: &str = "src/data/chongqing-taiwan-week.json";
/// The dataset JSON, as committed.
pub const DATASET_JSON: &str = include_str!("../data/chongqing-taiwan-week.json");
/// The source article, unchanged from the shared source.
pub const ARTICLE_TEXT: &str = include_str!("../data/article.txt");

/// The embedded dataset and article.
pub fn load() -> Result<(Dataset, Article), String> {
    let data = Dataset::from_json(DATASET_JSON).map_err(|e| format!("{DATASET_PATH}: {e}"))?;
    Ok((data, Article::new(ARTICLE_TEXT)))
}
