//! Computes the text version (`embedded::DATA_VERSION`): a short SHA-256 of the article and
//! the dataset, so that it changes whenever either does.

use sha2::{Digest, Sha256};

const DATASET: &str = "data/chongqing-taiwan-week.json";
const ARTICLE: &str = "data/article.txt";
const SOURCES: &str = "data/sources";

fn main() {
    println!("cargo:rerun-if-changed={DATASET}");
    println!("cargo:rerun-if-changed={ARTICLE}");
    println!("cargo:rerun-if-changed={SOURCES}");
    let read = |path: &str| {
        std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("error: {path}: cannot read: {e}");
            std::process::exit(1)
        })
    };
    let mut hash = Sha256::new()
        .chain_update(read(ARTICLE))
        .chain_update([0u8])
        .chain_update(read(DATASET));
    // The sources' texts, in name order.
    let mut sources: Vec<std::path::PathBuf> = std::fs::read_dir(SOURCES)
        .map(|dir| dir.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    sources.sort();
    for path in sources {
        hash.update([0u8]);
        hash.update(read(&path.to_string_lossy()));
    }
    let digest = hash.finalize();
    let version: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    println!("cargo:rustc-env=CQTW_DATA_VERSION={version}");
}
