//! Validates the embedded dataset against the embedded article before the app compiles, so
//! that a bad edit of `src/data/*.json` fails `cargo build` with messages that name the file,
//! the path in the data and the problem (and no panic backtrace).

#[path = "src/domain/article.rs"]
#[allow(dead_code)]
mod article;
#[path = "src/domain/chars.rs"]
#[allow(dead_code)]
mod chars;
#[path = "src/domain/dataset.rs"]
#[allow(dead_code)]
mod dataset;
#[path = "src/domain/export.rs"]
#[allow(dead_code)]
mod export;
#[path = "src/domain/figures.rs"]
#[allow(dead_code)]
mod figures;
#[path = "src/domain/format.rs"]
#[allow(dead_code)]
mod format;
#[path = "src/domain/validate.rs"]
#[allow(dead_code)]
mod validate;

use sha2::{Digest, Sha256};
use std::process::exit;

const DATASET: &str = "src/data/chongqing-taiwan-week.json";
const ARTICLE: &str = "src/data/article.txt";

fn main() {
    println!("cargo:rerun-if-changed={DATASET}");
    println!("cargo:rerun-if-changed={ARTICLE}");
    println!("cargo:rerun-if-changed=src/domain/article.rs");
    println!("cargo:rerun-if-changed=src/domain/dataset.rs");
    println!("cargo:rerun-if-changed=src/domain/validate.rs");
    println!("cargo:rerun-if-changed=src/domain/figures.rs");
    println!("cargo:rerun-if-changed=src/domain/export.rs");
    println!("cargo:rerun-if-changed=src/domain/format.rs");
    let read = |path: &str| {
        std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("error: {path}: cannot read: {e}");
            exit(1)
        })
    };
    let json = read(DATASET);
    let article_text = read(ARTICLE);
    // The text version readers see in citations and the footer: it changes whenever the
    // article or the dataset does. (`embedded::DATA_VERSION` documents it; a test recomputes it.)
    let version = data_version(&article_text, &json);
    println!("cargo:rustc-env=CQTW_DATA_VERSION={version}");
    let article = article::Article::new(&article_text);
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
    // The app does not parse the JSON at start-up: it gets the dataset as Rust code, written
    // here from the validated data (so neither `serde_json`'s parser nor the derived
    // `Deserialize` code ships in the wasm, and start-up skips the parse).
    let out = std::env::var_os("OUT_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            eprintln!("error: cargo did not set OUT_DIR");
            exit(1)
        });
    let code = rust_expression(&format!("{data:?}"), &article_text);
    if let Err(e) = std::fs::write(out.join("dataset.rs"), code) {
        eprintln!("error: cannot write the generated dataset: {e}");
        exit(1)
    }
    // The figures panel's tiles as search reads them (`figures::tiles`): their texts, without
    // the formatting code behind them.
    // `Debug` writes each text as a Rust string literal, so the list is a Rust expression.
    let tiles = format!("&{:?}", figures::tiles(&data.figures));
    if let Err(e) = std::fs::write(out.join("tiles.rs"), tiles) {
        eprintln!("error: cannot write the figure tiles: {e}");
        exit(1)
    }
    // What every citation says after the view's title and address (`export::citation_source`).
    let source = export::citation_source(&data, &article, &version);
    if let Err(e) = std::fs::write(out.join("citation.txt"), source) {
        eprintln!("error: cannot write the citation's source: {e}");
        exit(1)
    }
}

/// The first 8 hex digits of SHA-256 over the article, a NUL byte and the dataset JSON.
fn data_version(article: &str, json: &str) -> String {
    let digest = Sha256::new()
        .chain_update(article)
        .chain_update([0u8])
        .chain_update(json)
        .finalize();
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// Turns the `Debug` form of the dataset into a Rust constant expression: string literals and
/// lists become borrowed `Cow`s (`Text`, `List`), so the dataset is static data in the binary
/// with no code to build it; struct, `Option` and enum syntax is already Rust. (Any drift in
/// `Debug`'s format fails the build, and a test checks that the result equals the parsed JSON.)
///
/// A text that stands in the article (every `source` span, and the quotes) borrows the
/// article's own bytes, `slice(ARTICLE_TEXT, start, end)` (`embedded::slice`), instead of
/// holding a copy: 164 texts, about 7 KB of the WASM's data; gzip had found most of the
/// repeats already, so the first load fell by only 0.2 KB gzip (1 KB = 1000 bytes).
fn rust_expression(debug: &str, article: &str) -> String {
    let mut out = String::with_capacity(debug.len() * 2);
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut literal = String::from('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    literal.push(c);
                    if c == '"' && !escaped {
                        break;
                    }
                    escaped = c == '\\' && !escaped;
                }
                // The literal's text, when its only escapes are quotes (else keep the copy).
                let body = &literal[1..literal.len() - 1];
                let text = body.replace("\\\"", "\"");
                match article.find(&text) {
                    Some(start) if text.len() >= 16 && !text.contains('\\') => {
                        let end = start + text.len();
                        out.push_str(&format!("Cow::Borrowed(slice(ARTICLE_TEXT, {start}, {end}))"));
                    }
                    _ => out.push_str(&format!("Cow::Borrowed({literal})")),
                }
            }
            '[' => out.push_str("Cow::Borrowed(&["),
            ']' => out.push_str("])"),
            c => out.push(c),
        }
    }
    out
}
