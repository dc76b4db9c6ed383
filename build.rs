//! Validates the embedded dataset against the embedded article before the app compiles, so
//! that a bad edit of `src/data/*.json` fails `cargo build` with messages that name the file,
//! the path in the data and the problem (and no panic backtrace).

#[path = "src/domain/article.rs"]
#[allow(dead_code)]
mod article;
#[path = "src/domain/dataset.rs"]
#[allow(dead_code)]
mod dataset;
#[path = "src/domain/validate.rs"]
#[allow(dead_code)]
mod validate;

use std::process::exit;

const DATASET: &str = "src/data/chongqing-taiwan-week.json";
const ARTICLE: &str = "src/data/article.txt";

fn main() {
    println!("cargo:rerun-if-changed={DATASET}");
    println!("cargo:rerun-if-changed={ARTICLE}");
    println!("cargo:rerun-if-changed=src/domain/article.rs");
    println!("cargo:rerun-if-changed=src/domain/dataset.rs");
    println!("cargo:rerun-if-changed=src/domain/validate.rs");
    let read = |path: &str| {
        std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("error: {path}: cannot read: {e}");
            exit(1)
        })
    };
    let json = read(DATASET);
    let article = article::Article::new(&read(ARTICLE));
    let data = match dataset::Dataset::from_json(&json) {
        Ok(data) => data,
        Err(e) => {
            eprintln!("error: {DATASET}:{}:{}: invalid JSON: {e}", e.line(), e.column());
            exit(1)
        }
    };
    let problems = validate::validate(&data, &article);
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("error: {DATASET}: {p}");
        }
        eprintln!(
            "error: {DATASET}: {} problem(s); see README \"Editing the dataset\"",
            problems.len()
        );
        exit(1)
    }
}
