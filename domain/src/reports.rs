//! The sources beyond the primary article, as the dataset holds them: who published each and
//! how we know it, what each says beside the primary article (the same fact, or a different
//! one), the Chongqing–Taiwan Week across its editions, and the count of approved Taiwan-funded
//! enterprises over time.
//!
//! Every fact here cites a verbatim span of one source's stored text ([`Cite`]); the texts
//! are in `domain/data/sources/` (`embedded::SOURCE_TEXTS`), split into sentences as the
//! primary article is. What we say about a source (its outlet, its date and how that is
//! known) is ours, from the page or its address, and is shown as such.

use super::dataset::{List, Text};
use databake::Bake;
use serde::{Deserialize, Serialize};

/// The id that names the primary article in a [`Cite`].
pub const ARTICLE: &str = "article";

/// A public report the dataset cites besides the primary article.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::reports)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Its id: the stored copy's file name, without `.md` (`asiacity-17th-matchmaking-fr`).
    pub id: Text,
    /// Who published it, as we name them (`Asia City News (French edition)`).
    pub outlet: Text,
    pub kind: SourceKind,
    /// Its headline, when the stored copy holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<Text>,
    /// What stands for a headline the stored copy lacks (the address's slug), said as ours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline_note: Option<Text>,
    /// The address of the page (for a republished copy, the copy that was seen).
    pub address: Text,
    /// Its publication date, `YYYY-MM-DD`, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Text>,
    /// How the date is known.
    pub date_known: DateKnown,
    /// A BCP 47 language tag: `en`, `fr`.
    pub language: Text,
    /// When the stored copy was taken, `YYYY-MM-DD`.
    pub retrieved: Text,
    /// How much of the page the stored copy holds.
    pub holds: Text,
    /// Whether its text is in `domain/data/sources/<id>.txt` (the copy that identifies the
    /// primary article holds no text of its own: it is the article's).
    pub text: bool,
}

/// What kind of publisher a source is.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, Bake, PartialEq, Eq)]
#[databake(path = cqtw_domain::reports)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A news outlet's own page.
    NewsOutlet,
    /// A copy of a news outlet's article on another site (the original was not seen).
    Republished,
    /// A blog: it relays what others published, and is no news outlet.
    Blog,
}

impl SourceKind {
    /// The kind in words.
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::NewsOutlet => "news outlet",
            SourceKind::Republished => "republished copy",
            SourceKind::Blog => "blog (relays official data, not a news outlet)",
        }
    }
}

/// How a source's publication date is known.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, Bake, PartialEq, Eq)]
#[databake(path = cqtw_domain::reports)]
#[serde(rename_all = "kebab-case")]
pub enum DateKnown {
    /// Printed on the page.
    Printed,
    /// Read from the page's address (`/2025/09/20/`).
    Address,
    /// Not in the stored copy.
    Unknown,
}

impl DateKnown {
    /// How the date is known, in words: "date read from the address".
    pub fn label(self) -> &'static str {
        match self {
            DateKnown::Printed => "date printed on the page",
            DateKnown::Address => "date read from the address",
            DateKnown::Unknown => "date not in the stored copy",
        }
    }
}

/// A verbatim span of one source: the primary article ([`ARTICLE`]) or a source's stored text.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::reports)]
#[serde(deny_unknown_fields)]
pub struct Cite {
    pub source: Text,
    pub span: Text,
}

/// How the primary article was identified as a published page.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::reports)]
#[serde(deny_unknown_fields)]
pub struct Identified {
    /// The source whose stored copy holds the article's text.
    pub source: Text,
    /// How: "its stored copy holds the article's sentences 1 to 18, word for word".
    pub how: Text,
}

/// What another source says about something the page shows from the primary article.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::reports)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// What it is about: a figure (`figure:approved-enterprises`, `figure:as-of`), a
    /// delegation (`delegation:<id>`), the electronics cluster (`cluster`), or the event
    /// (`event`).
    pub about: Text,
    pub relation: Relation,
    /// Its words.
    pub cite: Cite,
    /// The primary article's words it is set beside, if it has any to set beside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<Text>,
    /// An English rendering of words in another language: a translation made here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rendering: Option<Text>,
    /// The unit its words give an amount in, as written ("dollars"), where it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// What differs, or what it adds, in our words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How a report stands to the primary article.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, Bake, PartialEq, Eq)]
#[databake(path = cqtw_domain::reports)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// The same fact: a second source for it.
    Same,
    /// The same fact, told differently (rounding, a unit, a wording): both are shown.
    Differs,
    /// Something the primary article does not say.
    Adds,
}

/// One edition of the Chongqing–Taiwan Week, as its source reports it.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::reports)]
#[serde(deny_unknown_fields)]
pub struct Edition {
    /// Its number: 5, 15, 16, 17.
    pub number: u32,
    pub year: u32,
    /// Why the year is what it is, when no source states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_inferred: Option<Text>,
    /// The words the year is read or inferred from, where a source has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_cite: Option<Cite>,
    /// What its source reports, in the order the timeline shows it.
    pub facts: List<EditionFact>,
}

/// A fact of an edition: its kind, the words as written, and the source's span.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::reports)]
#[serde(deny_unknown_fields)]
pub struct EditionFact {
    pub kind: EditionFactKind,
    /// As written in the source (a value in its unit as written: yuan or dollars, never
    /// converted).
    pub text: Text,
    pub cite: Cite,
    /// For a value: the unit as written, which must stand in the span (`yuan`, `dollars`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// Why this is an inference, when the source does not state it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inferred: Option<Text>,
    /// A note of ours beside it (an expectation, not a result; a coincidence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// What an edition's fact is.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, Bake, PartialEq, Eq)]
#[databake(path = cqtw_domain::reports)]
#[serde(rename_all = "kebab-case")]
pub enum EditionFactKind {
    Dates,
    Theme,
    Projects,
    Value,
    Districts,
    Activities,
    Guests,
    Hosts,
}

impl EditionFactKind {
    /// Its label in the timeline.
    pub fn label(self) -> &'static str {
        match self {
            EditionFactKind::Dates => "Dates",
            EditionFactKind::Theme => "Theme",
            EditionFactKind::Projects => "Projects signed",
            EditionFactKind::Value => "Their value",
            EditionFactKind::Districts => "Districts and counties",
            EditionFactKind::Activities => "Activities",
            EditionFactKind::Guests => "Guests",
            EditionFactKind::Hosts => "Hosts",
        }
    }

    /// Its name in markup and data (`data-kind`): as the dataset writes it.
    pub fn slug(self) -> &'static str {
        match self {
            EditionFactKind::Dates => "dates",
            EditionFactKind::Theme => "theme",
            EditionFactKind::Projects => "projects",
            EditionFactKind::Value => "value",
            EditionFactKind::Districts => "districts",
            EditionFactKind::Activities => "activities",
            EditionFactKind::Guests => "guests",
            EditionFactKind::Hosts => "hosts",
        }
    }
}

/// A count of Taiwan-funded enterprises in Chongqing at a date, as one source gives it.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::reports)]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// When, as the timeline says it: "mid-2009", "2013", "December 2020", "June 2025".
    pub when: Text,
    /// Where it stands on the time axis: the year and month it refers to.
    pub year: u32,
    pub month: u32,
    /// Why the date is what it is, when the source does not state it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_inferred: Option<Text>,
    /// The words the date is inferred from, where the source has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_cite: Option<Cite>,
    pub value: u32,
    /// As written: "793", "more than 1,260".
    pub written: Text,
    /// Whether the source gives a lower bound ("more than …") rather than a count.
    pub at_least: bool,
    /// What the source counts, in its words, where they differ from "approved Taiwan-funded
    /// enterprises" ("Taiwan enterprises").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<Text>,
    pub cite: Cite,
    /// Contracted and utilized investment, where the same source gives them, as written.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub investment: List<Amount>,
}

/// An amount as a source writes it, with its unit as written (never converted).
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::reports)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    /// What it is: "Contracted Taiwan capital".
    pub label: Text,
    /// As written: "USD1.612544b".
    pub text: Text,
    /// The unit as written, which stands in the span: "USD", "$", "yuan".
    pub unit: Text,
    pub cite: Cite,
}

fn is_empty<T: Clone>(list: &List<T>) -> bool {
    list.is_empty()
}

impl Relation {
    /// The relation in words, as the page marks a report: "Same fact".
    pub fn label(self) -> &'static str {
        match self {
            Relation::Same => "Same fact",
            Relation::Differs => "Told differently",
            Relation::Adds => "Adds",
        }
    }

    /// As a class or attribute value: `same`, `differs`, `adds`.
    pub fn slug(self) -> &'static str {
        match self {
            Relation::Same => "same",
            Relation::Differs => "differs",
            Relation::Adds => "adds",
        }
    }
}

/// What the other sources say about `about` (`figure:approved-enterprises`, `cluster`), in
/// the dataset's order.
pub fn about<'a>(data: &'a super::dataset::Dataset, about: &str) -> Vec<&'a Report> {
    data.reports.iter().filter(|r| r.about == about).collect()
}

/// The primary article as identified: the page whose stored copy holds its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Identification<'a> {
    pub source: &'a Source,
    /// How it was identified.
    pub how: &'a str,
    /// "iChongqing, 20 September 2025 (date read from the address), https://…".
    pub line: String,
}

/// The id of the paragraph of "About this data" that says how the primary article was
/// identified, which the identifying source's entry links to.
pub const IDENTIFIED_ID: &str = "about-identified";

/// A source's language where it is not English, for the `lang` of its words.
pub fn lang(s: &Source) -> Option<String> {
    (*s.language != *"en").then(|| s.language.to_string())
}

/// A source's language, named: "French"; a language without a name here, as its tag.
pub fn language_name(s: &Source) -> &str {
    match &*s.language {
        "en" => "English",
        "fr" => "French",
        other => other,
    }
}

/// The primary article's identification, if the dataset has one.
pub fn identification(data: &super::dataset::Dataset) -> Option<Identification<'_>> {
    let id = data.source.identified.as_ref()?;
    let source = data.sources.iter().find(|s| s.id == id.source)?;
    Some(Identification {
        source,
        how: &id.how,
        line: format!("{}, {}", published(source), source.address),
    })
}

/// A source's outlet and date, and how the date is known: "iChongqing, 20 September 2025
/// (date read from the address)", or "Asia City News, date not in the stored copy".
pub fn published(s: &Source) -> String {
    match s.published.as_deref().and_then(super::format::long_date) {
        Some(date) => format!("{}, {date} ({})", s.outlet, s.date_known.label()),
        None => format!("{}, {}", s.outlet, DateKnown::Unknown.label()),
    }
}

/// What a report about the delegation `id` names in its `about`: `delegation:<id>`.
pub fn delegation_about(id: &str) -> String {
    format!("delegation:{id}")
}

/// The reports about `about` (`event`, `delegation:<id>`) that give the fact whose
/// provenance (a span of the primary article) is `span`: the same fact or the same told
/// differently, set beside words of that span. A caller asks only for the kind of fact the
/// reports are about (a district, an outcome, a quote), not for every fact whose span shares
/// those words: a site visited in Fuling is not backed by a report of a visit to Fuling.
pub fn backing<'a>(data: &'a super::dataset::Dataset, about: &str, span: &str) -> Vec<&'a Report> {
    data.reports
        .iter()
        .filter(|r| r.relation != Relation::Adds && *r.about == *about)
        // The report's primary words hold the fact's span, or the span holds them.
        .filter(|r| {
            r.primary
                .as_deref()
                .is_some_and(|p| span.contains(p) || p.contains(span))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    #[test]
    fn an_edition_fact_kind_s_slug_is_its_name_in_the_data() {
        for kind in [
            EditionFactKind::Dates,
            EditionFactKind::Theme,
            EditionFactKind::Projects,
            EditionFactKind::Value,
            EditionFactKind::Districts,
            EditionFactKind::Activities,
            EditionFactKind::Guests,
            EditionFactKind::Hosts,
        ] {
            let json = serde_json::to_string(&kind).expect("serialises");
            assert_eq!(json, format!("\"{}\"", kind.slug()));
        }
    }

    #[test]
    fn a_fact_two_sources_give_is_backed_by_the_second() {
        let (data, _) = embedded::load().expect("loads");
        let d = &data.delegations[0];
        let backed = |about: &str, span: &str| {
            backing(&data, about, span)
                .iter()
                .map(|r| r.relation)
                .collect::<Vec<_>>()
        };
        let alliance = delegation_about(&d.id);
        assert_eq!(backed(&alliance, &d.districts[0].source), [Relation::Same], "Yuzhong");
        assert_eq!(backed(&alliance, &d.outcomes[0].source), [Relation::Same], "the park");
        assert_eq!(
            backed(&alliance, &d.outcomes[1].source),
            [Relation::Differs],
            "the framework"
        );
        let tbca = &data.delegations[2];
        let builders = delegation_about(&tbca.id);
        assert_eq!(backed(&builders, &tbca.districts[0].source), [Relation::Same], "Fuling");
        assert!(backed(&builders, &tbca.outcomes[0].source).is_empty());
        // Another delegation's report never backs this one's facts.
        assert!(backed(&builders, &d.districts[0].source).is_empty());
        assert!(backed("event", &d.districts[0].source).is_empty());
        // The event's dates: a span within the report's primary words.
        assert_eq!(backed("event", &data.event.dates.source), [Relation::Same], "the dates");
    }
}
