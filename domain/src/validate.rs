//! Dataset validation: one pure function that returns every problem, each with a path into
//! the data (`delegations[2].sectors[1]: unknown sector "foo"`).
//!
//! `build.rs` runs it, so a bad edit of the JSON fails `cargo build`; the tests run it on the
//! real data and on broken fixtures.

use super::article::{Article, SpanLocation};
use super::dataset::{Basis, Cited, Dataset, Figure, SourceInfo, Statement, Unit};
use super::embedded::source_text;
use super::reports::{Cite, EditionFactKind, ARTICLE};
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::ops::Range;

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
    check(data, article).problems
}

/// Every record that cites the article, by path, with the sentences it cites, in data order
/// (`"delegations[0].quotes[1]"`, `[10, 11]`); the editorial review lists them per sentence.
pub fn citations(data: &Dataset, article: &Article) -> Vec<(String, Vec<usize>)> {
    check(data, article).records
}

/// Every record that cites a further source, by source id: its path and the sentences of that
/// source it cites (`"reports[1]"`, `[2]`), in data order.
pub fn source_citations(data: &Dataset, article: &Article) -> BTreeMap<String, Vec<(String, Vec<usize>)>> {
    let mut map: BTreeMap<String, Vec<(String, Vec<usize>)>> = BTreeMap::new();
    for (source, path, sentences) in check(data, article).source_records {
        map.entry(source).or_default().push((path, sentences));
    }
    map
}

/// The records citing each sentence, by sentence number.
pub fn records_by_sentence(data: &Dataset, article: &Article) -> BTreeMap<usize, Vec<String>> {
    let mut map: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (path, sentences) in citations(data, article) {
        for n in sentences {
            map.entry(n).or_default().push(path.clone());
        }
    }
    map
}

fn check<'a>(data: &Dataset, article: &'a Article) -> Validator<'a> {
    let mut v = Validator {
        article,
        problems: Vec::new(),
        cited: HashSet::new(),
        records: Vec::new(),
        source_records: Vec::new(),
    };
    v.source(&data.source);
    v.event(data);
    v.sectors(data);
    v.delegations(data);
    v.figures(data);
    v.context(data);
    v.vocabulary(data);
    v.sources(data);
    v.reported_speech(data);
    v.coverage();
    v
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
    records: Vec<(String, Vec<usize>)>,
    /// The records citing further sources: (source id, path, sentences).
    source_records: Vec<(String, String, Vec<usize>)>,
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
        let record = path.to_owned();
        let path = format!("{path}.source");
        match self.article.locate(span) {
            SpanLocation::Found(range) => {
                let sentences = self.article.sentences_of(&range);
                self.cited.extend(sentences.iter().copied());
                self.records.push((record, sentences));
            }
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

    /// The source block: each field it sets is a trimmed, non-empty text; dates are
    /// `YYYY-MM-DD`; the address is absolute `https://` or `http://`.
    /// A span of one source, `path` the record's (`reports[2]`): the primary article's as any
    /// other record's, or a verbatim span, once, of a further source's stored text.
    fn cite(&mut self, data: &Dataset, path: &str, c: &Cite) {
        if c.source == ARTICLE {
            self.span(path, &c.span);
            return;
        }
        let known = data.sources.iter().find(|s| s.id == c.source);
        let text = known.filter(|s| s.text).and_then(|s| source_text(&s.id));
        let Some(text) = text else {
            let why = if known.is_some() {
                "a source with no stored text"
            } else {
                "an unknown source"
            };
            self.problem(format!("{path}.cite.source"), format!("{why}: {:?}", clip(&c.source)));
            return;
        };
        let source = Article::new(text);
        let at = format!("{path}.cite.span");
        match source.locate(&c.span) {
            SpanLocation::Found(range) => {
                self.source_records
                    .push((c.source.to_string(), path.to_owned(), source.sentences_of(&range)));
            }
            SpanLocation::Empty => self.problem(at, "required field is empty"),
            SpanLocation::Missing => self.problem(
                at,
                format!("not found verbatim in source {:?}: {:?}", c.source, clip(&c.span)),
            ),
            SpanLocation::Ambiguous => self.problem(
                at,
                format!(
                    "stands more than once in source {:?}, quote a longer span: {:?}",
                    c.source,
                    clip(&c.span)
                ),
            ),
        }
    }

    /// A unit as written must stand in the span it is read from.
    fn unit(&mut self, path: &str, unit: Option<&str>, span: &str) {
        match unit {
            None => self.problem(format!("{path}.unit"), "a figure needs its unit as written"),
            Some(u) if u.trim().is_empty() || !span.contains(u) => {
                self.problem(format!("{path}.unit"), format!("unit {u:?} is not written in its span"))
            }
            Some(_) => {}
        }
    }

    /// The further sources, the primary article's identification, and every record citing a
    /// source: reports, editions, the counts of enterprises.
    fn sources(&mut self, data: &Dataset) {
        let mut ids = HashSet::new();
        for (i, s) in data.sources.iter().enumerate() {
            let p = format!("sources[{i}]");
            self.unique_slug(&format!("{p}.id"), "source id", &s.id, &mut ids);
            for (field, value) in [("outlet", &s.outlet), ("address", &s.address), ("holds", &s.holds)] {
                self.required(&p, field, value);
            }
            if !(s.address.starts_with("https://") || s.address.starts_with("http://")) {
                self.problem(
                    format!("{p}.address"),
                    format!("not an absolute http(s) address: {:?}", clip(&s.address)),
                );
            }
            for (field, value) in [
                ("published", s.published.as_deref()),
                ("retrieved", Some(&*s.retrieved)),
            ] {
                if value.is_some_and(|v| !is_date(v)) {
                    self.problem(
                        format!("{p}.{field}"),
                        format!("not a date YYYY-MM-DD: {:?}", value.unwrap_or_default()),
                    );
                }
            }
            if s.headline.is_none() && s.headline_note.is_none() {
                self.problem(
                    format!("{p}.headline"),
                    "say what stands for a headline the stored copy lacks",
                );
            }
            if s.text && source_text(&s.id).is_none() {
                self.problem(
                    format!("{p}.text"),
                    format!("no stored text domain/data/sources/{}.txt", s.id),
                );
            }
        }
        if let Some(id) = &data.source.identified {
            if !data.sources.iter().any(|s| s.id == id.source) {
                self.problem(
                    "source.identified.source",
                    format!("an unknown source: {:?}", clip(&id.source)),
                );
            }
            self.required("source.identified", "how", &id.how);
        }
        for (i, r) in data.reports.iter().enumerate() {
            let p = format!("reports[{i}]");
            self.cite(data, &p, &r.cite);
            if let Some(primary) = &r.primary {
                if self.article.locate(primary) == SpanLocation::Missing {
                    self.problem(
                        format!("{p}.primary"),
                        format!("not found verbatim in the article: {:?}", clip(primary)),
                    );
                }
            }
            let known_target = match r.about.split_once(':') {
                Some(("figure", id)) => [
                    "approved-enterprises",
                    "contracted-investment",
                    "utilized-investment",
                    "as-of",
                ]
                .contains(&id),
                Some(("delegation", id)) => data.delegations.iter().any(|d| d.id == id),
                _ => matches!(&*r.about, "cluster" | "event"),
            };
            if !known_target {
                self.problem(
                    format!("{p}.about"),
                    format!("nothing on the page is {:?}", clip(&r.about)),
                );
            }
            // An amount told differently carries its own unit as written.
            let amount = matches!(&*r.about, "figure:contracted-investment" | "figure:utilized-investment");
            if (amount && r.relation == super::reports::Relation::Differs) || r.unit.is_some() {
                self.unit(&p, r.unit.as_deref(), &r.cite.span);
            }
            let other_language = data.sources.iter().any(|s| s.id == r.cite.source && s.language != "en");
            if other_language && r.rendering.is_none() {
                self.problem(
                    format!("{p}.rendering"),
                    "words in another language need an English rendering",
                );
            }
            // English words are quoted as the source writes them: a rendering would put our
            // words in the outlet's mouth.
            if !other_language && r.rendering.is_some() {
                self.problem(
                    format!("{p}.rendering"),
                    "words in English are quoted as written, not rendered",
                );
            }
        }
        let mut numbers = HashSet::new();
        for (i, e) in data.editions.iter().enumerate() {
            let p = format!("editions[{i}]");
            if !numbers.insert(e.number) {
                self.problem(format!("{p}.number"), format!("edition {} is listed twice", e.number));
            }
            if let Some(c) = &e.year_cite {
                self.cite(data, &format!("{p}.year"), c);
            }
            for (j, f) in e.facts.iter().enumerate() {
                let fp = format!("{p}.facts[{j}]");
                self.required(&fp, "text", &f.text);
                self.cite(data, &fp, &f.cite);
                if f.kind == EditionFactKind::Value {
                    self.unit(&fp, f.unit.as_deref(), &f.cite.span);
                }
            }
        }
        for (i, c) in data.enterprises.iter().enumerate() {
            let p = format!("enterprises[{i}]");
            self.cite(data, &p, &c.cite);
            if let Some(w) = &c.when_cite {
                self.cite(data, &format!("{p}.when"), w);
            }
            if !c.cite.span.contains(&*c.written) {
                self.problem(
                    format!("{p}.written"),
                    format!("{:?} is not written in its span", clip(&c.written)),
                );
            }
            if !(1..=12).contains(&c.month) {
                self.problem(format!("{p}.month"), format!("month must be 1 to 12, got {}", c.month));
            }
            for (j, a) in c.investment.iter().enumerate() {
                let ap = format!("{p}.investment[{j}]");
                self.cite(data, &ap, &a.cite);
                self.unit(&ap, Some(&a.unit), &a.cite.span);
                if !a.cite.span.contains(&*a.text) {
                    self.problem(
                        format!("{ap}.text"),
                        format!("{:?} is not written in its span", clip(&a.text)),
                    );
                }
            }
        }
    }

    fn source(&mut self, s: &SourceInfo) {
        let fields = [
            ("title", &s.title),
            ("outlet", &s.outlet),
            ("author", &s.author),
            ("published", &s.published),
            ("url", &s.url),
            ("retrieved", &s.retrieved),
        ];
        for (field, value) in fields {
            let Some(value) = value else { continue };
            let path = format!("source.{field}");
            if value.trim().is_empty() {
                self.problem(path, "set but empty: leave out what the article does not give");
            } else if value.trim() != value.as_ref() {
                self.problem(path, format!("white space around {:?}", clip(value)));
            } else if matches!(field, "published" | "retrieved") && !is_date(value) {
                self.problem(path, format!("not a date YYYY-MM-DD: {:?}", clip(value)));
            } else if field == "url" && !(value.starts_with("https://") || value.starts_with("http://")) {
                self.problem(path, format!("not an absolute http(s) address: {:?}", clip(value)));
            }
        }
        if s.retrieved.is_some() && s.url.is_none() {
            self.problem(
                "source.retrieved",
                "a retrieval date needs the address it was retrieved from",
            );
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
        for (i, m) in e.sectors.iter().enumerate() {
            let p = format!("event.sectors[{i}]");
            if data.sector(&m.sector).is_none() {
                self.problem(p.clone(), format!("unknown sector {:?}", m.sector));
            }
            self.span(&p, &m.source);
        }
    }

    fn sectors(&mut self, data: &Dataset) {
        let mut seen = HashSet::new();
        for (i, s) in data.sectors.iter().enumerate() {
            let p = format!("sectors[{i}]");
            self.unique_slug(&format!("{p}.slug"), "sector slug", &s.slug, &mut seen);
            self.required(&p, "name", &s.name);
            if let Some(parent) = &s.parent {
                match data.sector(parent) {
                    Some(up) if up.slug != s.slug && up.parent.is_none() => {}
                    Some(up) if up.slug != s.slug => self.problem(
                        format!("{p}.parent"),
                        format!("parent {parent:?} has a parent itself: the taxonomy has one level"),
                    ),
                    _ => self.problem(format!("{p}.parent"), format!("unknown parent sector {parent:?}")),
                }
            }
            self.span(&p, &s.source);
            // A sector nothing is tagged with would be a filter that always finds nothing.
            let in_use = data.finds_something(&s.slug);
            let for_event = data.event.sectors.iter().any(|m| m.sector == s.slug);
            if !in_use && !for_event {
                self.problem(
                    p,
                    format!(
                        "sector {:?} tags no delegation and is not named for the event: remove it",
                        s.slug
                    ),
                );
            }
        }
    }

    fn delegations(&mut self, data: &Dataset) {
        let mut ids = HashSet::new();
        for (i, d) in data.delegations.iter().enumerate() {
            let p = format!("delegations[{i}]");
            self.unique_slug(&format!("{p}.id"), "delegation id", &d.id, &mut ids);
            if super::labels::is_place_id(&d.id) || super::labels::PAGE_ANCHORS.contains(&&*d.id) {
                self.problem(
                    format!("{p}.id"),
                    format!("{:?} reads as one of the page's own anchors", clip(&d.id)),
                );
            }
            self.required(&p, "name", &d.name);
            self.span(&p, &d.source);
            if let Some(l) = &d.head {
                let lp = format!("{p}.head");
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
                if link.basis == Basis::Inferred && link.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    self.problem(format!("{sp}.note"), "an inferred sector needs its reason");
                }
                match (link.basis, link.speaker.as_deref()) {
                    (Basis::Remark, None) => self.problem(format!("{sp}.speaker"), "a remark needs its speaker"),
                    (Basis::Remark, Some(speaker)) if !self.article.text().contains(speaker) => self.problem(
                        format!("{sp}.speaker"),
                        format!("speaker {speaker:?} is not named in the article"),
                    ),
                    (Basis::Discussed | Basis::Inferred, Some(_)) => {
                        self.problem(format!("{sp}.speaker"), "only a remark has a speaker")
                    }
                    _ => {}
                }
                self.span(&sp, &link.source);
            }
            for (j, o) in d.outcomes.iter().enumerate() {
                let op = format!("{p}.outcomes[{j}]");
                self.required(&op, "text", &o.text);
                if o.count == Some(0) {
                    self.problem(format!("{op}.count"), "a count the article gives is 1 or more");
                }
                if let Some(reason) = &o.inferred {
                    self.required(&op, "inferred", reason);
                }
                self.span(&op, &o.source);
            }
            self.statements(&format!("{p}.statements"), &d.statements, false);
            self.statements(&format!("{p}.quotes"), &d.quotes, true);
            self.cited_list(&format!("{p}.facts"), &d.facts);
        }
    }

    /// A fact is the article's own voice. One that cites words in quotation marks, or words
    /// a statement or a quote attributes to someone, is that person's claim shown as a bare
    /// fact, and a repeat of what their card already reports with the speaker.
    fn reported_speech(&mut self, data: &Dataset) {
        let found = |span: &str| match self.article.locate(span) {
            SpanLocation::Found(range) => Some(range),
            _ => None,
        };
        let mut speech: Vec<(Range<usize>, String)> = self
            .article
            .quoted()
            .into_iter()
            .map(|r| (r, "words in quotation marks".to_owned()))
            .collect();
        let spoken = data
            .delegations
            .iter()
            .flat_map(|d| d.statements.iter().chain(d.quotes.iter()))
            .chain(data.context.statements.iter());
        for s in spoken {
            if let Some(r) = found(&s.source) {
                speech.push((r, format!("what {} said", s.speaker)));
            }
        }
        let mut problems = Vec::new();
        for (i, d) in data.delegations.iter().enumerate() {
            for (j, fact) in d.facts.iter().enumerate() {
                let Some(r) = found(&fact.source) else { continue };
                if let Some((_, whose)) = speech.iter().find(|(s, _)| s.start < r.end && r.start < s.end) {
                    problems.push(Problem {
                        path: format!("delegations[{i}].facts[{j}]"),
                        message: format!(
                            "cites {whose}: a claim is a statement or a quote with its speaker, not a fact: {:?}",
                            clip(&fact.text)
                        ),
                    });
                }
            }
        }
        self.problems.extend(problems);
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
            Unit::DollarMillion,
        );
        self.figure(
            "figures.utilized_investment",
            &f.utilized_investment,
            Unit::DollarMillion,
        );
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

    /// The search vocabulary: each sector's aliases are in normal form (lower-case words of
    /// letters and digits, single spaces), used once in the whole dataset, and no sector's name
    /// (compared without case, spaces or punctuation, as the search compares them); each
    /// glossary entry maps a word of Chinese characters, given once, to a name that stands in
    /// the article.
    fn vocabulary(&mut self, data: &Dataset) {
        let squeeze = |text: &str| -> String {
            text.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        let names: Vec<(String, &str)> = data.sectors.iter().map(|s| (squeeze(&s.name), &*s.slug)).collect();
        let mut seen = HashSet::new();
        for (i, s) in data.sectors.iter().enumerate() {
            for (j, alias) in s.aliases.iter().enumerate() {
                let p = format!("sectors[{i}].aliases[{j}]");
                let words_ok = alias
                    .split(' ')
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
                if !words_ok {
                    self.problem(
                        &p,
                        format!("alias {alias:?} is not in normal form: lower-case letters and digits, words joined by single spaces"),
                    );
                }
                if !seen.insert(squeeze(alias)) {
                    self.problem(&p, format!("alias {alias:?} is given twice"));
                }
                if let Some((_, slug)) = names.iter().find(|(name, _)| *name == squeeze(alias)) {
                    self.problem(&p, format!("alias {alias:?} is the name of the sector {slug:?}"));
                }
            }
        }
        let mut chinese = HashSet::new();
        for (i, g) in data.glossary.iter().enumerate() {
            let p = format!("glossary[{i}]");
            let cjk = !g.chinese.is_empty() && g.chinese.chars().all(super::chars::is_cjk);
            if !cjk {
                self.problem(
                    format!("{p}.chinese"),
                    format!("{:?} is not a word of Chinese characters", g.chinese),
                );
            }
            if !chinese.insert(&*g.chinese) {
                self.problem(format!("{p}.chinese"), format!("{:?} is given twice", g.chinese));
            }
            if g.english.trim().is_empty() || !self.article.text().contains(&*g.english) {
                self.problem(
                    format!("{p}.english"),
                    format!("{:?} does not stand in the article", clip(&g.english)),
                );
            }
        }
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

/// Whether `s` is a calendar date `YYYY-MM-DD` (days checked against the month, leap years
/// included).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: Range<usize>| {
        s.get(r)
            .filter(|t| t.bytes().all(|c| c.is_ascii_digit()))?
            .parse::<u32>()
            .ok()
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// The first 60 characters of `s`, for messages.
fn clip(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}
