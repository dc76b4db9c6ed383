//! The editorial review (`docs/editorial-review.md`) covers every sentence of the article, and
//! lists exactly the records that cite each one: when the data changes, the review must too.
#![cfg(not(target_arch = "wasm32"))]

use cqtw_domain::embedded;
use cqtw_domain::validate::records_by_sentence;
use std::collections::{BTreeMap, BTreeSet};

const REVIEW: &str = include_str!("../../docs/editorial-review.md");

/// The review's rows: sentence number → (the records named in backticks, the judgement).
fn rows() -> BTreeMap<usize, (BTreeSet<String>, String)> {
    let mut rows = BTreeMap::new();
    for line in REVIEW.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.split(" | ").collect();
        let Some(n) = cells
            .first()
            .and_then(|c| c.trim_start_matches("| ").parse::<usize>().ok())
        else {
            continue;
        };
        let records = cells.get(2).copied().unwrap_or_default();
        let records = records.split(", ").map(|r| r.trim_matches('`').to_owned()).collect();
        let judgement = cells
            .get(3)
            .copied()
            .unwrap_or_default()
            .trim_end_matches(" |")
            .to_owned();
        assert!(
            rows.insert(n, (records, judgement)).is_none(),
            "sentence {n} has two rows"
        );
    }
    rows
}

#[test]
fn the_review_has_one_row_per_sentence_with_its_judgement() {
    let (_, article) = embedded::load().expect("loads");
    let rows = rows();
    let numbers: Vec<usize> = rows.keys().copied().collect();
    let expected: Vec<usize> = article.sentences().iter().map(|s| s.number).collect();
    assert_eq!(numbers, expected);
    assert_eq!(numbers.len(), 28);
    for (n, (_, judgement)) in &rows {
        assert!(judgement.len() > 20, "sentence {n} has no judgement");
    }
}

#[test]
fn the_review_lists_exactly_the_records_that_cite_each_sentence() {
    let (data, article) = embedded::load().expect("loads");
    let rows = rows();
    for (n, records) in records_by_sentence(&data, &article) {
        let expected: BTreeSet<String> = records.into_iter().collect();
        let listed = rows.get(&n).map(|(r, _)| r.clone()).unwrap_or_default();
        assert_eq!(listed, expected, "sentence {n}: update docs/editorial-review.md");
    }
}
