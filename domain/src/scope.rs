//! The page beyond the delegation cards, for search: the official and derived figures (by
//! label, value and formula), the electronics cluster, the context notes, the article's
//! sentences and the other reports' sentences (with the renderings made here of those the
//! page quotes). Each is a place on the page that a result links to, searched with the same
//! rules as the cards ([`super::search`]) and grouped by kind.
//!
//! The search runs over them with the cards (`view::View.places`), and the page lists what it
//! finds under "Also on this page" (`ui::hits`).

use super::article::Article;
use super::dataset::{Dataset, Text};
use super::figures::tiles;
use super::format::count_noun;
pub use super::labels::is_place_id;
use super::labels::{sentence_id, CONTEXT_ID, FIGURE_ID, PAGE_ANCHORS};
use super::search::{Field, FieldKind, Index, Query};
use super::texts::Texts;
use std::sync::OnceLock;

/// What kind of place a result outside the cards is, in the order the results list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A tile of the figures panel, official or derived.
    Figure,
    /// The electronics cluster, Chongqing's history and population, and the statements not
    /// tied to one delegation.
    Context,
    /// A sentence of the article.
    Sentence,
    /// A sentence of another report (`sources/`), grouped by its source.
    Report,
}

/// The kinds, in the order the results list them.
pub const KINDS: [Kind; 4] = [Kind::Figure, Kind::Context, Kind::Sentence, Kind::Report];

impl Kind {
    /// The kind as the page's ids spell it: `figure`, `context`, `sentence`.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Context => "context",
            Kind::Sentence => "sentence",
            Kind::Report => "report",
        }
    }

    /// The heading of this kind's group of results.
    pub fn group(self) -> &'static str {
        match self {
            Kind::Figure => "Figures",
            Kind::Context => "Context",
            Kind::Sentence => "Article sentences",
            Kind::Report => "Other reports",
        }
    }

    /// The noun a count of this kind uses: "1 figure", "3 article sentences".
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Context => "context note",
            Kind::Sentence => "article sentence",
            Kind::Report => "report sentence",
        }
    }
}

/// One searchable place outside the cards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub kind: Kind,
    /// The id of its element on the page (`figure-utilization-rate`, `context-cluster`,
    /// `sentence-12`): the result links there.
    pub id: String,
    /// What the result's link says: the figure's label, the speaker; empty for a sentence
    /// (see [`Place::heading`]).
    pub label: Text,
    /// The text shown after it: the value and formula, the note, the sentence.
    pub text: Text,
    /// The article sentence it is, for a sentence (its link opens it in place); the report's
    /// sentence number, for a report's sentence.
    pub sentence: Option<usize>,
    /// For a report's sentence: its source's id, and its language when not English.
    pub source: Option<Text>,
    pub lang: Option<Text>,
    /// For a report's sentence in another language: the English the page gives of the parts
    /// it quotes, a translation made here (searched too).
    pub rendering: Option<Text>,
}

impl Place {
    /// What the result's link says: the label, "Sentence 12", or "Asia City News (French
    /// edition), sentence 4".
    pub fn heading(&self) -> String {
        match (self.kind, self.sentence) {
            (Kind::Report, Some(n)) => format!("{}, sentence {n}", self.label),
            (_, Some(n)) => format!("Sentence {n}"),
            _ => self.label.to_string(),
        }
    }
}

/// The id of the electronics cluster's heading.
pub const CLUSTER_ID: &str = "context-cluster";
/// The electronics cluster's heading, in the figures panel and as a result.
pub const CLUSTER_HEADING: &str = "Taiwan-invested electronics companies in Chongqing";

/// The id of a figure tile: `figure-utilization-rate`.
pub fn figure_id(id: &str) -> String {
    format!("{FIGURE_ID}{id}")
}

/// The id of the `n`th context note (from 1): `context-2`.
pub fn context_id(n: usize) -> String {
    format!("{CONTEXT_ID}{n}")
}

/// Whether `fragment` stays in the address when the app writes it: one of the page's own
/// anchors (`labels::PAGE_ANCHORS`), or a place of the figures panel that a search result
/// links to (`#figure-utilization-rate`). A card's id stays too, but that is the store's to
/// know.
pub fn is_page_fragment(fragment: &str) -> bool {
    PAGE_ANCHORS.contains(&fragment) || is_place_id(fragment)
}

/// The figure tiles' `(id, label, text)`, as [`tiles`] gives them for `data`'s figures.
fn figure_tiles(data: &Dataset) -> Vec<(&'static str, Text, Text)> {
    tiles(&data.figures)
        .into_iter()
        .map(|(id, label, text)| (id, Text::Owned(label), Text::Owned(text)))
        .collect()
}

/// The places outside the cards, in page order: figures, context notes, the article's
/// sentences, the other reports' sentences.
pub fn places(data: &Dataset, article: &Article, texts: &Texts) -> Vec<Place> {
    let c = &data.context;
    let place = |kind, id, label: Text, text: Text| Place {
        kind,
        id,
        label,
        text,
        sentence: None,
        source: None,
        lang: None,
        rendering: None,
    };
    let mut out: Vec<Place> = figure_tiles(data)
        .into_iter()
        .map(|(id, label, text)| place(Kind::Figure, figure_id(id), label, text))
        .collect();
    let companies: Vec<&str> = c.electronics_cluster.iter().map(|x| &*x.text).collect();
    out.push(place(
        Kind::Context,
        CLUSTER_ID.to_owned(),
        Text::Borrowed(CLUSTER_HEADING),
        Text::Owned(companies.join(", ")),
    ));
    // The note of the panel that holds them: Chongqing's history, then its population.
    let history = [&*c.history.text, ". Population: ", &*c.population.text, "."].concat();
    out.push(place(
        Kind::Context,
        context_id(1),
        Text::Borrowed("Chongqing"),
        Text::Owned(history),
    ));
    for (i, s) in c.statements.iter().enumerate() {
        out.push(place(
            Kind::Context,
            context_id(i + 2),
            s.speaker.clone(),
            s.text.clone(),
        ));
    }
    out.extend(article.sentences().iter().map(|s| Place {
        kind: Kind::Sentence,
        id: sentence_id(s.number),
        label: Text::Borrowed(""),
        text: Text::Owned(article.sentence_text(s).to_owned()),
        sentence: Some(s.number),
        source: None,
        lang: None,
        rendering: None,
    }));
    out.extend(report_sentences(data, texts));
    out
}

/// Each sentence of each source with a text, in the dataset's order of sources.
fn report_sentences(data: &Dataset, texts: &Texts) -> Vec<Place> {
    let mut out = Vec::new();
    for source in data.sources.iter() {
        let Some(text) = texts.get(&source.id) else { continue };
        let lang = (source.language != "en").then(|| source.language.clone());
        for s in text.sentences() {
            // The renderings of the reports quoting this sentence, in their order.
            let renderings: Vec<&str> = data
                .reports
                .iter()
                .filter(|r| r.cite.source == source.id && texts.sentences(&r.cite).contains(&s.number))
                .filter_map(|r| r.rendering.as_deref())
                .collect();
            out.push(Place {
                kind: Kind::Report,
                id: super::texts::sentence_id(&source.id, s.number),
                label: source.outlet.clone(),
                text: Text::Owned(text.sentence_text(s).to_owned()),
                sentence: Some(s.number),
                source: Some(source.id.clone()),
                lang: lang.clone(),
                rendering: (lang.is_some() && !renderings.is_empty())
                    .then(|| Text::Owned(renderings.join(" \u{2026} "))),
            });
        }
    }
    out
}

/// The searchable texts of a place. A figure's and the cluster's label are searched (as
/// names); a context note's and a sentence's are not ("Sentence 12" is no word of the page).
fn fields(p: &Place) -> Vec<Field<'_>> {
    let label = (p.kind == Kind::Figure || p.id == CLUSTER_ID).then_some((FieldKind::Name, &*p.label));
    let rendering = p.rendering.as_deref().map(|r| (FieldKind::Fact, r));
    label
        .into_iter()
        .chain([(FieldKind::Fact, &*p.text)])
        .chain(rendering)
        .collect()
}

/// The places and their index, built the first time a search needs it.
pub struct Scope {
    pub places: Vec<Place>,
    index: OnceLock<Index>,
}

impl Scope {
    /// The scope of `places`; nothing is indexed yet.
    pub fn new(places: Vec<Place>) -> Scope {
        Scope {
            places,
            index: OnceLock::new(),
        }
    }

    /// The index over the places' [`fields`] (its vocabulary also serves "did you mean").
    pub fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::new(self.places.iter().map(fields)))
    }

    /// The places that match `query`, in page order, which groups them by kind in [`KINDS`]
    /// order (a figure is found by a value as much as by its label, and the article is read
    /// in its order). An empty query finds none: the cards are the page's list, these only
    /// its search.
    pub fn search(&self, query: &Query) -> Vec<usize> {
        if query.is_empty() {
            return Vec::new();
        }
        // The index knows which words a place has; its texts say where they stand.
        let phrased = query.has_phrase();
        let holds = |p: &Place| !phrased || query.phrases_in(&fields(p));
        let mut hit = vec![false; self.places.len()];
        for h in self.index().search(query) {
            if let (Some(slot), Some(true)) = (hit.get_mut(h as usize), self.places.get(h as usize).map(holds)) {
                *slot = true;
            }
        }
        (0..hit.len()).filter(|&i| hit[i]).collect()
    }

    /// How many of `hits` are of each kind, in [`KINDS`] order.
    pub fn counts(&self, hits: &[usize]) -> [usize; 4] {
        let mut counts = [0; 4];
        for p in hits.iter().filter_map(|&h| self.places.get(h)) {
            counts[KINDS.iter().position(|k| *k == p.kind).unwrap_or(0)] += 1;
        }
        counts
    }
}

/// The live region's count: "2 delegations · 1 figure · 3 article sentences"; the kinds
/// outside the cards only when they have results. `delegations` says "No delegations" for 0.
pub fn found(delegations: &str, counts: [usize; 4]) -> String {
    let mut out = delegations.to_owned();
    for (kind, n) in KINDS.into_iter().zip(counts) {
        if n > 0 {
            out.push_str(" \u{b7} ");
            out.push_str(&count_noun(n, kind.noun()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    fn scope() -> Scope {
        let (data, article) = embedded::load().expect("embedded dataset loads");
        Scope::new(places(&data, &article, &Texts::embedded()))
    }

    /// The ids the query finds, in order.
    fn ids(scope: &Scope, q: &str) -> Vec<String> {
        scope
            .search(&Query::new(q))
            .into_iter()
            .map(|h| scope.places[h].id.clone())
            .collect()
    }

    #[test]
    fn every_figure_note_and_sentence_is_a_place_with_an_id_of_its_own() {
        let (data, article) = embedded::load().expect("embedded dataset loads");
        let texts = Texts::embedded();
        let places = places(&data, &article, &texts);
        let count = |k: Kind| places.iter().filter(|p| p.kind == k).count();
        let report_sentences: usize = data
            .sources
            .iter()
            .filter_map(|s| texts.get(&s.id))
            .map(|t| t.sentences().len())
            .sum();
        assert_eq!(count(Kind::Report), report_sentences);
        assert_eq!(report_sentences, 9 + 7 + 6 + 7 + 10 + 6 + 3);
        assert_eq!(count(Kind::Figure), 7);
        assert_eq!(count(Kind::Context), 2 + data.context.statements.len());
        assert_eq!(count(Kind::Sentence), article.sentences().len());
        let mut ids: Vec<&str> = places.iter().map(|p| &*p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), places.len());
        assert!(places
            .iter()
            .filter(|p| p.kind != Kind::Sentence)
            .all(|p| is_place_id(&p.id)));
        assert!(!is_place_id("figures") && !is_place_id("figure-") && !is_place_id("sentence-3"));
        assert!(is_place_id("source-cqnews-5th-2013--9") && is_place_id("source-cqnews-5th-2013"));
    }

    #[test]
    fn figures_are_found_by_label_value_and_formula() {
        let s = scope();
        assert_eq!(ids(&s, "utilization"), ["figure-utilization-rate"]);
        // The value as the tile writes it, and in the formulas that use it.
        assert_eq!(
            ids(&s, "2,299")[..3],
            [
                "figure-approved-enterprises",
                "figure-contracted-per-enterprise",
                "figure-utilized-per-enterprise"
            ]
        );
        assert!(ids(&s, "32.38").contains(&"figure-contracted-investment".to_owned()));
        assert!(ids(&s, "24.9%").contains(&"figure-utilization-rate".to_owned()));
    }

    #[test]
    fn places_are_grouped_by_kind_in_page_order() {
        let s = scope();
        let hits = s.search(&Query::new("foxconn"));
        let kinds: Vec<Kind> = hits.iter().map(|&h| s.places[h].kind).collect();
        assert_eq!(kinds, [Kind::Context, Kind::Sentence, Kind::Report]);
        assert_eq!(s.counts(&hits), [0, 1, 1, 1]);
        let hits = s.search(&Query::new("8.06"));
        let kinds: Vec<Kind> = hits.iter().map(|&h| s.places[h].kind).collect();
        let mut grouped = kinds.clone();
        grouped.sort_by_key(|k| KINDS.iter().position(|x| x == k));
        assert_eq!(kinds, grouped);
        assert!(s.search(&Query::new("")).is_empty());
    }

    #[test]
    fn the_count_names_each_kind_that_has_results() {
        assert_eq!(
            found("2 delegations", [1, 0, 3, 0]),
            "2 delegations \u{b7} 1 figure \u{b7} 3 article sentences"
        );
        assert_eq!(
            found("No delegations", [0, 2, 0, 2]),
            "No delegations \u{b7} 2 context notes \u{b7} 2 report sentences"
        );
        assert_eq!(found("3 delegations", [0, 0, 0, 0]), "3 delegations");
    }

    #[test]
    fn the_other_reports_are_found_in_their_words_and_in_the_renderings_made_here() {
        let s = scope();
        assert_eq!(
            ids(&s, "Inventec").last().map(String::as_str),
            Some("source-asiacity-17th-matchmaking-fr--4")
        );
        assert_eq!(ids(&s, "High-tech Zone"), ["source-asiacity-17th-matchmaking-fr--2"]);
        let hit = &s.places[s.search(&Query::new("High-tech Zone"))[0]];
        assert_eq!(hit.heading(), "Asia City News (French edition), sentence 2");
        assert_eq!(hit.lang.as_deref(), Some("fr"));
        assert!(ids(&s, "1,867").contains(&"source-ichongqing-2021-07-20--3".to_owned()));
    }
}
