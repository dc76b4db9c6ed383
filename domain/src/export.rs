//! Exports of the current view: delegations as JSON and CSV, the figures as CSV, and a
//! ready citation. File names say what they hold.
//!
//! An export keeps what the page shows beside every fact: the sentence numbers it cites,
//! whether the article states it or we infer it (with the reason), and who said it when it
//! is reported speech. So a fact that leaves the page keeps its source.

use super::article::Article;
use super::dataset::{Basis, Dataset, Delegation, SourceInfo};
use super::format::{day_range, dollar_millions, ordinal};
use serde::Serialize;

/// One fact of a card, as exported (a row of the CSV, an entry of a delegation's `facts` in
/// the JSON).
#[derive(Serialize)]
pub struct Record<'a> {
    /// What part of the card it is: `name`, `head`, `district`, `site`, `sector`, an outcome's
    /// kind (`agreement`, `framework`, `plan`), `fact`, `statement` or `quote`.
    pub field: &'static str,
    pub text: String,
    /// Who said it, for a statement or a quote; who raised it, for a sector that is a remark.
    pub speaker: Option<&'a str>,
    /// `stated` (the article says it), `inferred` (we conclude it: see `reason`) or, for a
    /// sector, `remark` (someone raised it: see `speaker`).
    pub basis: &'static str,
    /// Why an inference was made; how the article ties a stated sector.
    pub reason: Option<&'a str>,
    /// The article's sentences it cites, 1-based.
    pub sentences: Vec<usize>,
}

/// Every fact of a delegation's card, in the card's order.
pub fn records<'a>(data: &'a Dataset, article: &Article, d: &'a Delegation) -> Vec<Record<'a>> {
    let mut out = Vec::new();
    let mut add = |field, text: String, speaker, reason: Option<&'a str>, basis: Basis, span: &str| {
        out.push(Record {
            field,
            text,
            speaker,
            basis: basis.slug(),
            reason,
            sentences: article.cite(span),
        });
    };
    let stated = Basis::Discussed;
    add("name", d.name.to_string(), None, None, stated, &d.source);
    if let Some(h) = &d.head {
        add(
            "head",
            format!("{}, {}", h.name, h.title),
            None,
            None,
            stated,
            &h.source,
        );
    }
    for c in d.districts.iter() {
        add("district", c.text.to_string(), None, None, stated, &c.source);
    }
    for c in d.sites.iter() {
        add("site", c.text.to_string(), None, None, stated, &c.source);
    }
    for link in d.sectors.iter() {
        let name = data.sector(&link.sector).map_or(&*link.sector, |s| &*s.name);
        let speaker = link.speaker.as_deref();
        add(
            "sector",
            name.to_owned(),
            speaker,
            link.note.as_deref(),
            link.basis,
            &link.source,
        );
    }
    for o in d.outcomes.iter() {
        let reason = o.inferred.as_deref();
        let basis = if reason.is_some() { Basis::Inferred } else { stated };
        add(o.kind.slug(), o.text.to_string(), None, reason, basis, &o.source);
    }
    for c in d.facts.iter() {
        add("fact", c.text.to_string(), None, None, stated, &c.source);
    }
    for s in d.statements.iter() {
        add(
            "statement",
            s.text.to_string(),
            Some(&*s.speaker),
            None,
            stated,
            &s.source,
        );
    }
    for q in d.quotes.iter() {
        add("quote", q.text.to_string(), Some(&*q.speaker), None, stated, &q.source);
    }
    out
}

/// What an export is about: the view's title and address, and the text version.
pub struct Provenance<'a> {
    pub title: &'a str,
    pub url: &'a str,
    pub version: &'a str,
}

/// The JSON export's document: what it is about, and the delegations.
#[derive(Serialize)]
struct Document<'a> {
    about: About<'a>,
    delegations: Vec<DelegationRecords<'a>>,
}

/// The JSON export's `about`: the view's title and address, the source article, the text
/// version and the article's sentence count.
#[derive(Serialize)]
struct About<'a> {
    title: &'a str,
    url: &'a str,
    source: String,
    version: &'a str,
    sentences: usize,
}

/// A delegation in the JSON export: its id, name and [`records`].
#[derive(Serialize)]
struct DelegationRecords<'a> {
    id: &'a str,
    name: &'a str,
    facts: Vec<Record<'a>>,
}

/// The delegations at `indices`, in that order, as JSON: `{ about, delegations }`, compact
/// (any JSON viewer indents it). `about` holds the view's title and address, the source
/// article, the text version (see `embedded::DATA_VERSION`) and the article's sentence count;
/// each delegation its id, name and [`records`].
pub fn delegations_json(data: &Dataset, article: &Article, indices: &[usize], p: &Provenance) -> String {
    let document = Document {
        about: About {
            title: p.title,
            url: p.url,
            source: source_line(data),
            version: p.version,
            sentences: article.sentences().len(),
        },
        delegations: indices
            .iter()
            .filter_map(|&i| data.delegations.get(i))
            .map(|d| DelegationRecords {
                id: &d.id,
                name: &d.name,
                facts: records(data, article, d),
            })
            .collect(),
    };
    // Serialising borrowed strings and numbers cannot fail; an empty document is the
    // fallback all the same.
    serde_json::to_string(&document).unwrap_or_default()
}

/// Quotes a CSV field when it needs it (RFC 4180). A field that a spreadsheet would read as
/// a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
/// `'`, so that opening the file runs nothing (OWASP's advice on CSV injection).
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv_line(fields: &[&str]) -> String {
    let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    format!("{}\r\n", quoted.join(","))
}

/// Sentence numbers as one CSV field: `"10;11"`.
pub fn sentence_list(numbers: &[usize]) -> String {
    numbers.iter().map(ToString::to_string).collect::<Vec<_>>().join(";")
}

/// The delegations at `indices` as CSV, one row per fact (the long form, so that every fact
/// keeps its own sentences, basis and speaker).
pub fn delegations_csv(data: &Dataset, article: &Article, indices: &[usize]) -> String {
    let mut out = csv_line(&[
        "delegation_id",
        "delegation",
        "field",
        "text",
        "speaker",
        "basis",
        "reason",
        "sentences",
    ]);
    for d in indices.iter().filter_map(|&i| data.delegations.get(i)) {
        for r in records(data, article, d) {
            out.push_str(&csv_line(&[
                &d.id,
                &d.name,
                r.field,
                &r.text,
                r.speaker.unwrap_or(""),
                r.basis,
                r.reason.unwrap_or(""),
                &sentence_list(&r.sentences),
            ]));
        }
    }
    out
}

/// File names for the exports, saying what they hold.
pub fn file_name(what: &str, ext: &str) -> String {
    format!("chongqing-taiwan-week-{what}.{ext}")
}

/// The source article's fields: `(label, value)` for each the dataset gives, and the labels
/// of those it does not.
pub fn source_fields(s: &SourceInfo) -> (Vec<(&'static str, &str)>, Vec<&'static str>) {
    let all = [
        ("headline", &s.title),
        ("outlet", &s.outlet),
        ("author", &s.author),
        ("publication date", &s.published),
        ("address", &s.url),
        ("retrieval date", &s.retrieved),
    ];
    let given = all.iter().filter_map(|(l, v)| Some((*l, v.as_deref()?))).collect();
    let missing = all.iter().filter(|(_, v)| v.is_none()).map(|(l, _)| *l).collect();
    (given, missing)
}

/// The source in one line: the event it reports on, what the text gives about itself, the
/// page it was identified as (by matching its text), and what is still not known.
pub fn source_line(data: &Dataset) -> String {
    let e = &data.event;
    let (given, missing) = source_fields(&data.source);
    let mut line = format!(
        "News article on the matchmaking events of the {} {} ({}, {})",
        ordinal(e.edition),
        e.name,
        day_range(e.dates.month, e.dates.start_day, e.dates.end_day),
        e.host_city.text,
    );
    for (label, value) in given {
        line.push_str(&format!("; {label}: {value}"));
    }
    let identified = super::reports::identification(data);
    if let Some(id) = &identified {
        let retrieved =
            super::format::long_date(&id.source.retrieved).unwrap_or_else(|| id.source.retrieved.to_string());
        line.push_str(&format!(
            "; identified by matching its text as {}, retrieved {retrieved}",
            id.line
        ));
    }
    // What the identified page gives is known; the rest is still not.
    let known = |label: &str| {
        identified.as_ref().is_some_and(|id| match label {
            "outlet" | "address" | "retrieval date" => true,
            "publication date" => id.source.published.is_some(),
            "headline" => id.source.headline.is_some(),
            _ => false,
        })
    };
    let missing: Vec<&str> = missing.into_iter().filter(|l| !known(l)).collect();
    if !missing.is_empty() {
        line.push_str(&format!("; {} not given", missing.join(", ")));
    }
    line
}

/// A ready citation of the current view: its title and address, the source, the text
/// version and the figures.
pub fn citation(data: &Dataset, article: &Article, p: &Provenance) -> String {
    cite(p.title, p.url, &citation_source(data, article, p.version))
}

/// What a citation says after the view's title and address: the source, the text version
/// `version` and the figures: the same for every view.
pub fn citation_source(data: &Dataset, article: &Article, version: &str) -> String {
    let f = &data.figures;
    format!(
        "Source: {}. Text version {} ({} sentences). Investment figures: {}, as of {} ({} contracted, {} utilized).",
        source_line(data),
        version,
        article.sentences().len(),
        f.source_label.chars().map(super::chars::lower).collect::<String>(),
        f.as_of.label,
        dollar_millions(f.contracted_investment.value, 1),
        dollar_millions(f.utilized_investment.value, 1),
    )
}

/// The citation of the view `title` at `url`, `source` being [`citation_source`]'s text.
pub fn cite(title: &str, url: &str, source: &str) -> String {
    format!("{title}. {url}\n{source}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    fn provenance() -> Provenance<'static> {
        Provenance {
            title: "Healthcare — Explorer",
            url: "http://x/?sector=healthcare",
            version: "0123abcd",
        }
    }

    fn rows(csv: &str) -> Vec<Vec<String>> {
        // Enough CSV for these tests: no field here holds a line break.
        csv.split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|line| {
                let mut fields = Vec::new();
                let mut field = String::new();
                let mut quoted = false;
                let mut chars = line.chars().peekable();
                while let Some(c) = chars.next() {
                    match c {
                        '"' if quoted && chars.peek() == Some(&'"') => {
                            field.push('"');
                            chars.next();
                        }
                        '"' => quoted = !quoted,
                        ',' if !quoted => fields.push(std::mem::take(&mut field)),
                        c => field.push(c),
                    }
                }
                fields.push(field);
                fields
            })
            .collect()
    }

    #[test]
    fn every_fact_of_a_card_is_exported_with_its_sentences() {
        let (data, article) = embedded::load().expect("loads");
        let d = &data.delegations[0];
        let records = records(&data, &article, d);
        let expected = 1
            + usize::from(d.head.is_some())
            + d.districts.len()
            + d.sites.len()
            + d.sectors.len()
            + d.outcomes.len()
            + d.facts.len()
            + d.statements.len()
            + d.quotes.len();
        assert_eq!(records.len(), expected);
        for r in &records {
            assert!(!r.sentences.is_empty(), "{} {:?} cites no sentence", r.field, r.text);
        }
        let quote = records
            .iter()
            .find(|r| r.text.starts_with("Taiwan's healthcare"))
            .expect("the FDA quote");
        assert_eq!(
            (quote.field, quote.speaker, &quote.sentences[..]),
            ("quote", Some("Wang Guo'an"), &[10, 11][..])
        );
    }

    #[test]
    fn csv_carries_sentences_basis_reason_and_speaker() {
        let (data, article) = embedded::load().expect("loads");
        let table = rows(&delegations_csv(&data, &article, &[2, 0]));
        assert_eq!(
            table[0],
            [
                "delegation_id",
                "delegation",
                "field",
                "text",
                "speaker",
                "basis",
                "reason",
                "sentences"
            ]
        );
        assert_eq!(
            table[1][0], "taiwan-business-and-construction-association",
            "the view's order"
        );
        let sector = table
            .iter()
            .find(|r| r[2] == "sector" && r[3] == "Pharmaceuticals")
            .expect("sector row");
        assert_eq!(sector[5], "inferred");
        assert!(sector[6].contains("pharmaceutical plant"), "{sector:?}");
        assert_eq!(sector[7], "21");
        // A sector Wang raised is his remark, with his name, as the card shows it.
        let remark = table
            .iter()
            .find(|r| r[2] == "sector" && r[3] == "Precision medicine")
            .expect("sector row");
        assert_eq!(
            (remark[4].as_str(), remark[5].as_str()),
            ("Wang Guo'an", "remark"),
            "{remark:?}"
        );
        let quote = table
            .iter()
            .find(|r| r[2] == "quote" && r[3].starts_with("Taiwan's healthcare"))
            .expect("quote row");
        assert_eq!(
            (quote[4].as_str(), quote[5].as_str(), quote[7].as_str()),
            ("Wang Guo'an", "stated", "10;11")
        );
        let agreement = table.iter().find(|r| r[2] == "agreement").expect("agreement row");
        assert_eq!((agreement[5].as_str(), agreement[7].as_str()), ("inferred", "4"));
        assert!(
            table[1..].iter().all(|r| r.len() == 8 && !r[7].is_empty()),
            "every row cites"
        );
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn csv_fields_never_start_a_formula() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("+1"), "'+1");
        assert_eq!(csv_field("-2"), "'-2");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("\tx"), "'\tx");
        assert_eq!(csv_field("a=b"), "a=b");
    }

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_title_is_written_as_a_json_string_that_reads_back(s in "\\PC{0,40}|[\\x00-\\x20\"\\\\]{0,10}") {
            let (data, article) = embedded::load().expect("loads");
            let p = Provenance { title: &s, url: "http://x/", version: "0123abcd" };
            let v: serde_json::Value = serde_json::from_str(&delegations_json(&data, &article, &[0], &p)).expect("valid JSON");
            proptest::prop_assert_eq!(v["about"]["title"].as_str(), Some(s.as_str()));
        }
    }

    #[test]
    fn json_holds_exactly_the_given_delegations_with_their_provenance() {
        let (data, article) = embedded::load().expect("loads");
        let json = delegations_json(&data, &article, &[1], &provenance());
        let v: serde_json::Value = serde_json::from_str(&json).expect("json");
        let list = v["delegations"].as_array().expect("a list");
        assert_eq!(list.len(), 1);
        assert_eq!(
            list[0]["id"],
            "taiwan-electrical-and-electronic-manufacturers-association"
        );
        assert!(list[0]["facts"]
            .as_array()
            .is_some_and(|f| f.iter().all(|f| f["sentences"][0].is_u64())));
        assert_eq!(v["about"]["version"], "0123abcd");
        assert_eq!(v["about"]["sentences"], 28);
        assert_eq!(v["about"]["url"], "http://x/?sector=healthcare");
    }

    #[test]
    fn citation_names_view_source_version_and_date() {
        let (data, article) = embedded::load().expect("loads");
        let c = citation(&data, &article, &provenance());
        assert!(c.starts_with("Healthcare — Explorer. http://x/?sector=healthcare\n"));
        assert!(c.contains("matchmaking events of the 17th Chongqing-Taiwan Week (15\u{2013}17 September, Chongqing)"));
        assert!(
            c.contains(
                "; identified by matching its text as iChongqing, 20 September 2025 (date read from the address), \
                 https://www.ichongqing.info/2025/09/20/chongqing-taiwan-deepens-cooperation-in-healthcare-and-technology/, \
                 retrieved 6 December 2026; headline, author not given."
            ),
            "{c}"
        );
        assert!(c.contains("Text version 0123abcd (28 sentences)"));
        assert!(c.contains("as of June 2025"));
    }

    #[test]
    fn the_source_line_names_what_the_dataset_gives() {
        let (mut data, _) = embedded::load().expect("loads");
        data.source.outlet = Some("Example News".into());
        let line = source_line(&data);
        assert!(line.contains("; outlet: Example News; identified"), "{line}");
        data.source.identified = None;
        let line = source_line(&data);
        assert!(
            line.ends_with("; headline, author, publication date, address, retrieval date not given"),
            "{line}"
        );
    }
}
