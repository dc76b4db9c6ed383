//! The figures panel's values as the downloads give them (`figures.csv`, `figures.json`):
//! the official figures, the derived ones, what the second report says of them, and the
//! counts over time, each row with its source's id, address and sentences.
//!
//! Values stay in their unit as written: a report's "32,379 milliards de dollars" is no
//! "$ million", and no currency is converted.

use super::article::Article;
use super::dataset::{Dataset, Figure, Unit};
use super::export::{csv_field, sentence_list};
use super::figures::{derived, official};
use super::format::group;
use super::reports::{identification, Cite, Relation, ARTICLE};
use super::texts::{source, Texts};
use serde::Serialize;

/// One value of the figures, as exported.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Row {
    /// What it is: "Approved Taiwan-funded enterprises".
    pub figure: String,
    /// `official`, `derived`, `reported` (another source's words on an official figure) or
    /// `over-time` (a count, or an amount beside it, at its date).
    pub kind: &'static str,
    /// The value as a number in `unit`, where the page has one (a report's amount as written
    /// has none).
    pub value: Option<String>,
    /// As the source writes it: "$32.38 billion", "32,379 milliards de dollars".
    pub as_written: String,
    /// The unit of `value`, or of `as_written` when there is no value: `count`, `$ million`,
    /// `%`, `dollars`, `USD`.
    pub unit: String,
    /// When it refers to: "June 2025", "Fin juin", "mid-2009".
    pub as_of: String,
    /// How a derived value is computed.
    pub formula: String,
    /// Who the source attributes it to ("Official data"), or how it stands to the primary
    /// article for a report, or what a lower bound is.
    pub note: String,
    /// The cited source: `article` (the primary article) or a further source's id; empty for
    /// a derived value.
    pub source_id: String,
    /// The source's outlet.
    pub source: String,
    /// The source's address, where known.
    pub address: String,
    /// The cited source's sentences, 1-based.
    pub sentences: Vec<usize>,
}

struct Sources<'a> {
    data: &'a Dataset,
    article: &'a Article,
    texts: &'a Texts,
}

impl Sources<'_> {
    /// `(source_id, outlet, address, sentences)` of a citation.
    fn of(&self, cite: &Cite) -> (String, String, String, Vec<usize>) {
        if cite.source == ARTICLE {
            return self.article_span(&cite.span);
        }
        let s = source(self.data, &cite.source);
        (
            cite.source.to_string(),
            s.map(|s| s.outlet.to_string()).unwrap_or_default(),
            s.map(|s| s.address.to_string()).unwrap_or_default(),
            self.texts.sentences(cite),
        )
    }

    /// The same for a span of the primary article, with its identified outlet and address.
    fn article_span(&self, span: &str) -> (String, String, String, Vec<usize>) {
        let id = identification(self.data);
        (
            ARTICLE.to_owned(),
            id.as_ref().map(|i| i.source.outlet.to_string()).unwrap_or_default(),
            id.as_ref().map(|i| i.source.address.to_string()).unwrap_or_default(),
            self.article.cite(span),
        )
    }
}

fn unit_of(f: &Figure) -> &'static str {
    match f.unit {
        Unit::Count => "count",
        Unit::DollarMillion => "$ million",
    }
}

/// Every value of the figures panel, in the panel's order.
pub fn rows(data: &Dataset, article: &Article, texts: &Texts) -> Vec<Row> {
    let s = Sources { data, article, texts };
    let f = &data.figures;
    let mut out = Vec::new();
    for (id, fig) in official(f) {
        let (source_id, outlet, address, sentences) = s.article_span(&fig.source);
        out.push(Row {
            figure: fig.label.to_string(),
            kind: "official",
            value: Some(fig.value.to_string()),
            as_written: super::figures::figure_text(fig),
            unit: unit_of(fig).to_owned(),
            as_of: f.as_of.label.to_string(),
            formula: String::new(),
            note: f.source_label.to_string(),
            source_id,
            source: outlet,
            address,
            sentences,
        });
        for r in super::reports::about(data, &format!("figure:{id}")) {
            let (source_id, outlet, address, sentences) = s.of(&r.cite);
            // The date the same report gives its figures as of ("Fin juin").
            let as_of = super::reports::about(data, "figure:as-of")
                .into_iter()
                .find(|a| a.cite.source == r.cite.source)
                .map(|a| a.cite.span.to_string())
                .unwrap_or_default();
            out.push(Row {
                figure: fig.label.to_string(),
                kind: "reported",
                value: (r.relation == Relation::Same).then(|| fig.value.to_string()),
                as_written: r.cite.span.to_string(),
                unit: match (&r.unit, r.relation) {
                    (Some(u), _) => u.to_string(),
                    (None, Relation::Same) => unit_of(fig).to_owned(),
                    (None, _) => String::new(),
                },
                as_of,
                formula: String::new(),
                note: r.note.as_deref().unwrap_or(r.relation.label()).to_owned(),
                source_id,
                source: outlet,
                address,
                sentences,
            });
        }
    }
    let (_, outlet, address, cited) = s.article_span(&f.source);
    for d in derived(f) {
        out.push(Row {
            figure: d.label.to_owned(),
            kind: "derived",
            value: Some(d.value.clone()),
            as_written: d.text.clone(),
            unit: d.unit.to_owned(),
            as_of: f.as_of.label.to_string(),
            formula: d.formula.clone(),
            note: "computed here from the official figures".to_owned(),
            source_id: ARTICLE.to_owned(),
            source: outlet.clone(),
            address: address.clone(),
            sentences: cited.clone(),
        });
    }
    for c in data.enterprises.iter() {
        let (source_id, outlet, address, sentences) = s.of(&c.cite);
        let what = c.counts.as_deref().unwrap_or("Approved Taiwan-funded enterprises");
        out.push(Row {
            figure: what.to_owned(),
            kind: "over-time",
            value: Some(c.value.to_string()),
            as_written: c.written.to_string(),
            unit: "count".to_owned(),
            as_of: c.when.to_string(),
            formula: String::new(),
            note: if c.at_least {
                format!("a lower bound: more than {}", group(i64::from(c.value)))
            } else {
                String::new()
            },
            source_id: source_id.clone(),
            source: outlet.clone(),
            address: address.clone(),
            sentences,
        });
        for a in c.investment.iter() {
            let (source_id, outlet, address, sentences) = s.of(&a.cite);
            out.push(Row {
                figure: a.label.to_string(),
                kind: "over-time",
                value: None,
                as_written: a.text.to_string(),
                unit: a.unit.to_string(),
                as_of: c.when.to_string(),
                formula: String::new(),
                note: String::new(),
                source_id,
                source: outlet,
                address,
                sentences,
            });
        }
    }
    out
}

/// The columns of the CSV, in order: [`Row`]'s fields.
const COLUMNS: [&str; 12] = [
    "figure",
    "kind",
    "value",
    "as_written",
    "unit",
    "as_of",
    "formula",
    "note",
    "source_id",
    "source",
    "address",
    "sentences",
];

/// The figures as CSV, one row per value.
pub fn csv(data: &Dataset, article: &Article, texts: &Texts) -> String {
    let line = |fields: &[&str]| {
        let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        format!("{}\r\n", quoted.join(","))
    };
    let mut out = line(&COLUMNS);
    for r in rows(data, article, texts) {
        out.push_str(&line(&[
            &r.figure,
            r.kind,
            r.value.as_deref().unwrap_or(""),
            &r.as_written,
            &r.unit,
            &r.as_of,
            &r.formula,
            &r.note,
            &r.source_id,
            &r.source,
            &r.address,
            &sentence_list(&r.sentences),
        ]));
    }
    out
}

/// The figures as JSON: `{ "figures": [Row…] }`, compact.
pub fn json(data: &Dataset, article: &Article, texts: &Texts) -> String {
    #[derive(Serialize)]
    struct Document {
        figures: Vec<Row>,
    }
    // Serialising strings and numbers cannot fail; an empty document is the fallback.
    serde_json::to_string(&Document {
        figures: rows(data, article, texts),
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    fn table() -> Vec<Row> {
        let (data, article) = embedded::load().expect("loads");
        rows(&data, &article, &Texts::embedded())
    }

    #[test]
    fn every_value_carries_its_source_id_address_and_sentences() {
        for r in table() {
            assert!(!r.source_id.is_empty(), "{r:?}");
            assert!(r.address.starts_with("http"), "{r:?}");
            assert!(!r.sentences.is_empty(), "{r:?}");
            assert!(!r.as_written.is_empty(), "{r:?}");
        }
    }

    #[test]
    fn the_second_report_s_figures_stand_as_written_beside_the_official_ones() {
        let t = table();
        let contracted: Vec<(&str, &str, Option<&str>)> = t
            .iter()
            .filter(|r| r.figure == "Total contracted investment" && r.kind != "over-time")
            .map(|r| (r.kind, r.as_written.as_str(), r.value.as_deref()))
            .collect();
        assert_eq!(
            contracted,
            [
                ("official", "$32.38 billion", Some("32380")),
                (
                    "reported",
                    "un investissement contractuel cumulé de 32,379 milliards de dollars",
                    None
                ),
            ]
        );
        let reported = t
            .iter()
            .find(|r| r.kind == "reported" && r.figure == "Approved Taiwan-funded enterprises");
        let reported = reported.expect("the count is reported twice");
        assert_eq!(
            (reported.value.as_deref(), reported.source_id.as_str()),
            (Some("2299"), "asiacity-17th-matchmaking-fr")
        );
        assert_eq!(reported.sentences, [5]);
        assert_eq!(reported.as_of, "Fin juin");
    }

    #[test]
    fn the_counts_over_time_keep_their_sources_and_bounds() {
        let t = table();
        let counts: Vec<(&str, &str, &str)> = t
            .iter()
            .filter(|r| r.kind == "over-time" && r.unit == "count")
            .map(|r| (r.as_of.as_str(), r.as_written.as_str(), r.source_id.as_str()))
            .collect();
        assert_eq!(
            counts,
            [
                ("mid-2009", "793", "datelinecq-2009-08-13"),
                ("October 2013", "more than 1,260", "cqnews-5th-2013"),
                ("December 2020", "1,867", "ichongqing-2021-07-20"),
                ("June 2025", "2,299", "article"),
            ]
        );
        let amounts: Vec<(&str, &str)> = t
            .iter()
            .filter(|r| r.kind == "over-time" && r.unit != "count")
            .map(|r| (r.as_written.as_str(), r.unit.as_str()))
            .collect();
        assert_eq!(
            amounts,
            [
                ("USD1.612544b", "USD"),
                ("USD336.615m", "USD"),
                ("$32.38 billion", "$"),
                ("$8.06 billion", "$")
            ]
        );
    }

    #[test]
    fn csv_and_json_hold_the_same_rows() {
        let (data, article) = embedded::load().expect("loads");
        let texts = Texts::embedded();
        let csv = csv(&data, &article, &texts);
        let lines = csv.split("\r\n").filter(|l| !l.is_empty()).count();
        let v: serde_json::Value = serde_json::from_str(&json(&data, &article, &texts)).expect("valid JSON");
        let figures = v["figures"].as_array().expect("an array");
        assert_eq!(lines, figures.len() + 1, "a header and one line per row");
        assert!(csv.starts_with(
            "figure,kind,value,as_written,unit,as_of,formula,note,source_id,source,address,sentences\r\n"
        ));
        assert!(figures
            .iter()
            .all(|f| f["sentences"][0].is_u64() && f["address"].is_string()));
    }
}
