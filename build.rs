//! Validates the embedded dataset against the embedded article before the app compiles, so
//! that a bad edit of `domain/data/*.json` fails `cargo build` with messages that name the
//! file, the path in the data and the problem (and no panic backtrace).
//!
//! The checks are the domain crate's own (`cqtw_domain::validate`), a build-dependency: cargo
//! runs this again whenever the domain or the data changes.
//!
//! Then it bakes the validated dataset into a Rust expression (`databake`, through the
//! domain's `#[derive(Bake)]`), which `src/data.rs` compiles in as static data: the app neither
//! parses JSON nor carries a JSON parser. Parsing the JSON at start-up instead put the first
//! answer on the bench's slow phone 240 ms later (median of 12 paired cold loads,
//! `e2e/bench/ab.mjs`, on a loaded machine).

use cqtw_domain::article::Article;
use cqtw_domain::dataset::Dataset;
use cqtw_domain::embedded::{ARTICLE_TEXT, DATASET_JSON};
use cqtw_domain::validate::validate;
use databake::Bake;
use std::process::exit;

const DATASET: &str = "domain/data/chongqing-taiwan-week.json";
const ARTICLE: &str = "domain/data/article.txt";

fn main() {
    println!("cargo:rerun-if-changed={DATASET}");
    println!("cargo:rerun-if-changed={ARTICLE}");
    println!("cargo:rerun-if-changed=domain/data/sources");
    let data = match Dataset::from_json(DATASET_JSON) {
        Ok(data) => data,
        Err(e) => {
            eprintln!("error: {DATASET}:{}:{}: invalid JSON: {e}", e.line(), e.column());
            exit(1)
        }
    };
    let problems = validate(&data, &Article::new(ARTICLE_TEXT));
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("error: {DATASET}: {p}");
        }
        eprintln!("error: {DATASET}: {} problem(s); see docs/dataset.md", problems.len());
        exit(1)
    }
    let out = std::env::var_os("OUT_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            eprintln!("error: cargo did not set OUT_DIR");
            exit(1)
        });
    let baked = data.bake(&Default::default()).to_string();
    if let Err(e) = std::fs::write(out.join("dataset.rs"), baked) {
        eprintln!("error: cannot write the baked dataset: {e}");
        exit(1)
    }
}
