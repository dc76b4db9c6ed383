//! Dataset validation: one pure function that returns every problem, each with a path into
//! the data (`delegations[2].sectors[1]: unknown sector "foo"`).
//!
//! `build.rs` runs it, so a bad edit of the JSON fails `cargo build`; the tests run it on the
//! real data and on broken fixtures.

use super::article::{Article, SpanLocation};
use super::dataset::{Cited, Dataset, Figure, Statement, Unit};
use std::collections::HashSet;
use std::fmt;

/// One problem found in the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the data, e.g. `delegations[2].sectors[1]`.
    pub path: String,
    /// What is wrong, naming the offending value.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Checks the dataset against the article; returns every problem, in data order.
pub fn validate(data: &Dataset, article: &Article) -> Vec<Problem> {
    let mut v = Validator {
        article,
        problems: Vec::new(),
        cited: HashSet::new(),
    };
    v.event(data);
    v.sectors(data);
    v.delegations(data);
    v.figures(data);
    v.context(data);
    v.coverage();
    v.problems
}

/// Whether `s` is a slug: lower-case ASCII letters and digits in runs joined by single hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

struct Validator<'a> {
    article: &'a Article,
    problems: Vec<Problem>,
    cited: HashSet<usize>,
}

impl Validator<'_> {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn required(&mut self, path: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.problem(format!("{path}.{field}"), "required field is empty");
        }
    }

    fn span(&mut self, path: &str, span: &str) {
        let path = format!("{path}.source");
        match self.article.locate(span) {
            SpanLocation::Found(range) => self.cited.extend(self.article.sentences_of(&range)),
            SpanLocation::Empty => self.problem(path, "required field is empty"),
            SpanLocation::Missing => self.problem(
                path,
                format!("source not found verbatim in the article: {:?}", clip(span)),
            ),
            SpanLocation::Ambiguous => self.problem(
                path,
                format!(
                    "source stands more than once in the article, quote a longer span: {:?}",
                    clip(span)
                ),
            ),
        }
    }

    /// An id that must be a slug and must not repeat among `seen`.
    fn unique_slug<'d>(&mut self, path: &str, what: &str, value: &'d str, seen: &mut HashSet<&'d str>) {
        if !is_slug(value) {
            self.problem(path, format!("not a slug (lower-case-with-hyphens): {value:?}"));
        }
        if !seen.insert(value) {
            self.problem(path, format!("duplicate {what} {value:?}"));
        }
    }

    fn cited(&mut self, path: &str, item: &Cited) {
        self.required(path, "text", &item.text);
        self.span(path, &item.source);
    }

    fn cited_list(&mut self, path: &str, items: &[Cited]) {
        for (i, item) in items.iter().enumerate() {
            self.cited(&format!("{path}[{i}]"), item);
        }
    }

    fn statements(&mut self, path: &str, items: &[Statement], verbatim: bool) {
        for (i, s) in items.iter().enumerate() {
            let p = format!("{path}[{i}]");
            self.required(&p, "speaker", &s.speaker);
            self.required(&p, "text", &s.text);
            self.span(&p, &s.source);
            if verbatim && !s.text.trim().is_empty() && !s.source.contains(&*s.text) {
                self.problem(
                    format!("{p}.text"),
                    format!("quote is not verbatim in its source: {:?}", clip(&s.text)),
                );
            }
        }
    }

    fn event(&mut self, data: &Dataset) {
        let e = &data.event;
        self.required("event", "name", &e.name);
        if e.edition < 1 {
            self.problem("event.edition", format!("edition must be 1 or more, got {}", e.edition));
        }
        let d = &e.dates;
        if !(1..=12).contains(&d.month) {
            self.problem("event.dates.month", format!("month must be 1 to 12, got {}", d.month));
        }
        if d.start_day < 1 || d.end_day > 31 || d.start_day > d.end_day {
            self.problem(
                "event.dates",
                format!(
                    "days must run forwards within a month, got {} to {}",
                    d.start_day, d.end_day
                ),
            );
        }
        self.span("event.dates", &d.source);
        if e.year.inferred {
            self.required("event.year", "reason", &e.year.reason);
        }
        self.span("event.year", &e.year.source);
        self.cited("event.host_city", &e.host_city);
        self.cited("event.activity", &e.activity);
        self.cited("event.purpose", &e.purpose);
    }

    fn sectors(&mut self, data: &Dataset) {
        let mut seen = HashSet::new();
        for (i, s) in data.sectors.iter().enumerate() {
            let p = format!("sectors[{i}]");
            self.unique_slug(&format!("{p}.slug"), "sector slug", &s.slug, &mut seen);
            self.required(&p, "name", &s.name);
            if let Some(parent) = &s.parent {
                if parent == &s.slug || data.sector(parent).is_none() {
                    self.problem(format!("{p}.parent"), format!("unknown parent sector {parent:?}"));
                }
            }
            self.span(&p, &s.source);
        }
    }

    fn delegations(&mut self, data: &Dataset) {
        let mut ids = HashSet::new();
        for (i, d) in data.delegations.iter().enumerate() {
            let p = format!("delegations[{i}]");
            self.unique_slug(&format!("{p}.id"), "delegation id", &d.id, &mut ids);
            self.required(&p, "name", &d.name);
            self.span(&p, &d.source);
            if let Some(l) = &d.leader {
                let lp = format!("{p}.leader");
                self.required(&lp, "name", &l.name);
                self.required(&lp, "title", &l.title);
                self.span(&lp, &l.source);
            }
            self.cited_list(&format!("{p}.districts"), &d.districts);
            self.cited_list(&format!("{p}.sites"), &d.sites);
            let mut linked = HashSet::new();
            for (j, link) in d.sectors.iter().enumerate() {
                let sp = format!("{p}.sectors[{j}]");
                if data.sector(&link.sector).is_none() {
                    self.problem(sp.clone(), format!("unknown sector {:?}", link.sector));
                } else if !linked.insert(&*link.sector) {
                    self.problem(sp.clone(), format!("sector {:?} is linked twice", link.sector));
                }
                self.span(&sp, &link.source);
            }
            for (j, o) in d.outcomes.iter().enumerate() {
                let op = format!("{p}.outcomes[{j}]");
                self.required(&op, "text", &o.text);
                self.span(&op, &o.source);
            }
            self.statements(&format!("{p}.statements"), &d.statements, false);
            self.statements(&format!("{p}.quotes"), &d.quotes, true);
            self.cited_list(&format!("{p}.facts"), &d.facts);
            self.cited_list(&format!("{p}.counterparts"), &d.counterparts);
        }
    }

    fn figure(&mut self, path: &str, f: &Figure, unit: Unit) {
        self.required(path, "label", &f.label);
        if f.value < 0 {
            self.problem(
                format!("{path}.value"),
                format!("must not be negative, got {}", f.value),
            );
        }
        if f.unit != unit {
            self.problem(
                format!("{path}.unit"),
                format!("expected unit {unit:?}, got {:?}", f.unit),
            );
        }
        self.span(path, &f.source);
    }

    fn figures(&mut self, data: &Dataset) {
        let f = &data.figures;
        if !(1..=12).contains(&f.as_of.month) {
            self.problem(
                "figures.as_of.month",
                format!("month must be 1 to 12, got {}", f.as_of.month),
            );
        }
        self.required("figures.as_of", "label", &f.as_of.label);
        self.span("figures.as_of", &f.as_of.source);
        self.required("figures", "source_label", &f.source_label);
        self.span("figures", &f.source);
        self.figure("figures.approved_enterprises", &f.approved_enterprises, Unit::Count);
        self.figure(
            "figures.contracted_investment",
            &f.contracted_investment,
            Unit::UsdMillion,
        );
        self.figure("figures.utilized_investment", &f.utilized_investment, Unit::UsdMillion);
        if f.approved_enterprises.value == 0 {
            self.problem(
                "figures.approved_enterprises.value",
                "must be more than 0 to compute averages per enterprise",
            );
        }
        if f.utilized_investment.value > f.contracted_investment.value {
            self.problem(
                "figures.utilized_investment.value",
                format!(
                    "utilized ({}) is larger than contracted ({})",
                    f.utilized_investment.value, f.contracted_investment.value
                ),
            );
        }
    }

    fn context(&mut self, data: &Dataset) {
        let c = &data.context;
        if c.population.value < 0 {
            self.problem(
                "context.population.value",
                format!("must not be negative, got {}", c.population.value),
            );
        }
        self.required("context.population", "text", &c.population.text);
        self.span("context.population", &c.population.source);
        self.cited("context.history", &c.history);
        self.cited_list("context.electronics_cluster", &c.electronics_cluster);
        self.statements("context.statements", &c.statements, false);
    }

    fn coverage(&mut self) {
        let article = self.article;
        for s in article.sentences() {
            if !self.cited.contains(&s.number) {
                self.problem(
                    "article",
                    format!(
                        "sentence {} is cited by no record: {:?}",
                        s.number,
                        clip(article.sentence_text(s))
                    ),
                );
            }
        }
    }
}

/// The first 60 characters of `s`, for messages.
fn clip(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}
