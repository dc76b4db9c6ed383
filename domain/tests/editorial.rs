//! The editorial review (`docs/editorial-review.md`) covers every sentence of the article, and
//! lists exactly the records that cite each one: when the data changes, the review must too.
#![cfg(not(target_arch = "wasm32"))]

use cqtw_domain::article::split_sentences;
use cqtw_domain::embedded;
use cqtw_domain::validate::{records_by_sentence, source_citations};
use std::collections::{BTreeMap, BTreeSet};

const REVIEW: &str = include_str!("../../docs/editorial-review.md");

/// One table of the review: sentence number → (the records named in backticks, the judgement).
type Rows = BTreeMap<usize, (BTreeSet<String>, String)>;

/// The review's tables by source: `article` for the first, then each section headed
/// "## Outlet — `source-id`". Other sections hold no table.
fn tables() -> BTreeMap<String, Rows> {
    let mut tables: BTreeMap<String, Rows> = BTreeMap::new();
    let mut current = Some("article".to_owned());
    for line in REVIEW.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            current = heading
                .rsplit_once(" — `")
                .map(|(_, id)| id.trim_end_matches('`').to_owned());
            continue;
        }
        let Some(source) = &current else { continue };
        if !line.starts_with("| ") {
            continue;
        }
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
        let rows = tables.entry(source.clone()).or_default();
        assert!(
            rows.insert(n, (records, judgement)).is_none(),
            "{source}: sentence {n} has two rows"
        );
    }
    tables
}

fn rows() -> Rows {
    tables().remove("article").unwrap_or_default()
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

#[test]
fn the_review_lists_each_further_source_s_sentences_with_the_records_citing_them() {
    let (data, article) = embedded::load().expect("loads");
    let mut tables = tables();
    tables.remove("article");
    let cited = source_citations(&data, &article);
    let cited_sources: BTreeSet<&String> = cited.keys().collect();
    let reviewed: BTreeSet<&String> = tables.keys().collect();
    assert_eq!(reviewed, cited_sources, "one section per source the data cites");
    for (source, records) in &cited {
        let text = embedded::source_text(source).expect("cited sources have text");
        let sentences = split_sentences(text);
        let mut expected: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
        for (path, numbers) in records {
            for n in numbers {
                expected.entry(*n).or_default().insert(path.clone());
            }
        }
        let rows = &tables[source];
        let listed: BTreeMap<usize, BTreeSet<String>> = rows.iter().map(|(n, (r, _))| (*n, r.clone())).collect();
        assert_eq!(listed, expected, "{source}: update docs/editorial-review.md");
        for (n, (_, judgement)) in rows {
            assert!(judgement.len() > 20, "{source} sentence {n} has no judgement");
            let sentence = &sentences[n - 1];
            let row = REVIEW
                .lines()
                .find(|l| l.starts_with(&format!("| {n} | ")) && l.contains(&text[sentence.range.clone()]));
            assert!(row.is_some(), "{source} sentence {n}: the row quotes it verbatim");
        }
    }
}
