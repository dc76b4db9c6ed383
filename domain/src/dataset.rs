//! The dataset model: the event, its sectors, delegations, investment figures and context,
//! as written in `domain/data/chongqing-taiwan-week.json` (see `super::embedded`). The app's
//! `build.rs` parses and validates that file before the app compiles.
//!
//! Every record carries `source`, a verbatim span of the article (see `super::article`).
//! The types are plain data; checks live in `super::validate`.

pub use super::reports::{Count, Edition, Identified, Report, Source};
use databake::Bake;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text of the dataset: borrowed in the app, whose `build.rs` bakes the dataset into static
/// data ([`Bake`]), owned when parsed or generated.
pub type Text = Cow<'static, str>;
/// A list of the dataset, borrowed or owned like [`Text`].
pub type List<T> = Cow<'static, [T]>;

/// The whole dataset.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// What the supplied article says about itself: nothing, today (see [`SourceInfo`]).
    #[serde(default)]
    pub source: SourceInfo,
    pub event: Event,
    pub sectors: List<Sector>,
    pub delegations: List<Delegation>,
    pub figures: Figures,
    pub context: Context,
    /// Chinese forms of place names the article uses, each mapped to the article's English
    /// name: our vocabulary for searching, not the article's text (see [`Gloss`]).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub glossary: List<Gloss>,
    /// The public reports cited besides the primary article (see `super::reports`).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub sources: List<Source>,
    /// What those reports say beside the primary article: the same facts, or told otherwise.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub reports: List<Report>,
    /// The Week across its editions, as their sources report them.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub editions: List<Edition>,
    /// Taiwan-funded enterprises in Chongqing over time, each count as its source gives it.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub enterprises: List<Count>,
}

/// Whether a list of the dataset is empty (such lists are left out of the JSON).
fn is_empty<T: Clone>(list: &List<T>) -> bool {
    list.is_empty()
}

/// One glossary entry: a place name in Chinese characters (`重庆`) and the English name the
/// article uses for it (`Chongqing`). A search for the Chinese form searches the English one,
/// and the page says it used the glossary. Only places: the article names no person or
/// organisation in Chinese, and we invent no such names.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Gloss {
    pub chinese: Text,
    pub english: Text,
}

/// The source article's bibliographic data: set only what the supplied text gives, so a
/// field left out reads as "not given" and is never guessed.
#[derive(Clone, Debug, Default, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct SourceInfo {
    /// The headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The outlet or news agency that published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<Text>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Text>,
    /// Its address, `https://…`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
    /// When the text was taken from `url`, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<Text>,
    /// The published page the supplied text was identified as, by matching its text: a
    /// source of [`Dataset::sources`]. The supplied text itself names none of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identified: Option<Identified>,
}

/// The event: Chongqing-Taiwan Week, one edition.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub name: Text,
    /// The ordinal edition (17 for the 17th).
    pub edition: i64,
    pub dates: DateRange,
    pub year: InferredYear,
    pub host_city: Cited,
    pub activity: Cited,
    pub purpose: Cited,
    /// The sectors the article names for the event as a whole (not for one delegation).
    pub sectors: List<SectorMention>,
}

/// A sector named by the article, with the span that names it.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct SectorMention {
    pub sector: Text,
    pub source: Text,
}

/// Days of one month; the year is kept apart because the article does not print it.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    pub month: u32,
    pub start_day: u32,
    pub end_day: u32,
    pub source: Text,
}

/// A year that may be inferred rather than stated, with the reason for the inference.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct InferredYear {
    pub value: i32,
    pub inferred: bool,
    pub reason: Text,
    pub source: Text,
}

/// A short text with the article span it comes from.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub text: Text,
    pub source: Text,
}

/// A sector of the taxonomy.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    /// Stable id: lower case, digits and single hyphens.
    pub slug: Text,
    pub name: Text,
    /// The broader sector this one belongs to, by slug: a taxonomy choice, not a fact of the
    /// article. The filter takes a parent's children in with it; one level only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Text>,
    /// Other names readers search for (`nev`, `electric vehicles`): vocabulary, not facts of
    /// the article, searched like the name. Lower case, words of letters and digits joined by
    /// single spaces; the validator keeps them unique and apart from every sector's name.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub aliases: List<Text>,
    pub source: Text,
}

/// One Taiwanese business delegation.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    /// Stable id (slug), also the card's permalink anchor.
    pub id: Text,
    pub name: Text,
    pub source: Text,
    /// The person the article names as the organisation's head. The article never says
    /// that they led the visit, so the page does not say so either.
    pub head: Option<Head>,
    pub districts: List<Cited>,
    pub sites: List<Cited>,
    pub sectors: List<SectorLink>,
    pub outcomes: List<Outcome>,
    pub statements: List<Statement>,
    pub quotes: List<Statement>,
    /// What the article itself states about the delegation, in its own voice: never a
    /// claim of someone it quotes or reports (the validator refuses those here).
    pub facts: List<Cited>,
}

/// The named head of a delegation's organisation, with their title as the article gives it.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Head {
    pub name: Text,
    pub title: Text,
    pub source: Text,
}

/// A delegation's link to a sector, with how we know it.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct SectorLink {
    pub sector: Text,
    pub basis: Basis,
    /// How the article ties the sector to the delegation, or why an inferred link was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Who raised it, for a [`Basis::Remark`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Text>,
    pub source: Text,
}

/// Whether the article states a sector link or we infer it.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, Bake, PartialEq, Eq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The article says the delegation discussed it.
    Discussed,
    /// Inferred from a site visited.
    Inferred,
    /// Someone of the delegation raised it (`speaker`): the article reports their words, not
    /// that the delegation discussed it.
    Remark,
}

impl Basis {
    /// The basis as exports write it: `stated`, `inferred` or `remark`.
    pub fn slug(self) -> &'static str {
        match self {
            Basis::Discussed => "stated",
            Basis::Inferred => "inferred",
            Basis::Remark => "remark",
        }
    }
}

/// An outcome the article reports in a delegation's account.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub kind: OutcomeKind,
    /// How many, when the article says ("a cooperation framework" is 1; "Agreements were
    /// signed" gives no number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    pub text: Text,
    /// Why the outcome is tied to this delegation, when the article does not say so itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inferred: Option<Text>,
    pub source: Text,
}

/// The kinds of outcome the article reports.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, Bake, PartialEq, Eq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(rename_all = "lowercase")]
pub enum OutcomeKind {
    Agreement,
    Framework,
    Plan,
}

impl OutcomeKind {
    /// The label shown to readers, in the number the article gives (`count`): plural when
    /// it gives none, as "Agreements were signed" does.
    pub fn label(self, count: Option<u32>) -> &'static str {
        let one = count == Some(1);
        match self {
            OutcomeKind::Agreement if one => "Agreement signed",
            OutcomeKind::Agreement => "Agreements signed",
            OutcomeKind::Framework if one => "Framework reached",
            OutcomeKind::Framework => "Frameworks reached",
            OutcomeKind::Plan if one => "Plan",
            OutcomeKind::Plan => "Plans",
        }
    }

    /// The kind as the dataset spells it (also the badge's `data-kind`, for styling).
    pub fn slug(self) -> &'static str {
        match self {
            OutcomeKind::Agreement => "agreement",
            OutcomeKind::Framework => "framework",
            OutcomeKind::Plan => "plan",
        }
    }
}

/// Something a person said: a paraphrase (statement) or their exact words (quote).
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub speaker: Text,
    pub text: Text,
    pub source: Text,
}

/// The official investment figures.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    pub as_of: AsOf,
    /// Who published the figures, as the article names it.
    pub source_label: Text,
    pub source: Text,
    pub approved_enterprises: Figure,
    pub contracted_investment: Figure,
    pub utilized_investment: Figure,
}

/// The month a set of figures refers to.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct AsOf {
    pub label: Text,
    pub year: i32,
    pub month: u32,
    pub source: Text,
}

/// One official figure.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub label: Text,
    pub value: i64,
    pub unit: Unit,
    pub source: Text,
}

/// The unit of a figure's `value`.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, Bake, PartialEq, Eq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// A plain count.
    Count,
    /// Millions of dollars as the article writes them, "$" (so $32.38 billion is 32380). The
    /// article does not name the currency, and the page does not either.
    DollarMillion,
}

/// Background facts about Chongqing.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Context {
    pub population: Population,
    pub history: Cited,
    pub electronics_cluster: List<Cited>,
    pub statements: List<Statement>,
}

/// The city's population.
#[derive(Clone, Debug, Deserialize, Serialize, Bake, PartialEq)]
#[databake(path = cqtw_domain::dataset)]
#[serde(deny_unknown_fields)]
pub struct Population {
    pub value: i64,
    pub text: Text,
    pub source: Text,
}

impl Dataset {
    /// Parses a dataset from JSON text.
    pub fn from_json(json: &str) -> Result<Dataset, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The sector with this slug.
    pub fn sector(&self, slug: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.slug == slug)
    }

    /// The delegation with this id.
    pub fn delegation(&self, id: &str) -> Option<&Delegation> {
        self.delegations.iter().find(|d| d.id == id)
    }

    /// Whether a delegation is tagged with the sector `slug` itself.
    pub fn tagged(&self, slug: &str) -> bool {
        self.delegations
            .iter()
            .any(|d| d.sectors.iter().any(|l| l.sector == slug))
    }

    /// The sectors listed under `slug`, in taxonomy order.
    pub fn children<'a>(&'a self, slug: &'a str) -> impl Iterator<Item = &'a Sector> + 'a {
        self.sectors.iter().filter(move |c| c.parent.as_deref() == Some(slug))
    }

    /// Whether the sector `slug` finds a delegation as a filter: tagged itself, or through one
    /// of its children (a parent takes them in).
    pub fn finds_something(&self, slug: &str) -> bool {
        self.tagged(slug) || self.children(slug).any(|c| self.tagged(&c.slug))
    }
}

#[cfg(test)]
mod tests {
    use super::OutcomeKind;

    #[test]
    fn outcome_slug_is_the_dataset_spelling() {
        for kind in [OutcomeKind::Agreement, OutcomeKind::Framework, OutcomeKind::Plan] {
            let json = serde_json::to_string(&kind).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", kind.slug()));
        }
    }
}
