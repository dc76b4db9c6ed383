//! The derived view: which delegations show, in what order, with which facet counts, for a
//! given [`ViewState`]; plus the page title and the empty-state suggestions.

use super::dataset::{Dataset, Delegation};
use super::search::{Field, FieldKind, Index, Query};
use super::url_state::ViewState;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The searchable texts of a delegation: exactly what its card shows.
pub fn fields<'a>(d: &'a Delegation, data: &'a Dataset) -> Vec<Field<'a>> {
    let mut f: Vec<Field<'a>> = vec![(FieldKind::Name, &*d.name)];
    if let Some(l) = &d.leader {
        f.push((FieldKind::Leader, &*l.name));
        f.push((FieldKind::Leader, &*l.title));
    }
    for link in d.sectors.iter() {
        if let Some(s) = data.sector(&link.sector) {
            f.push((FieldKind::Sector, &*s.name));
        }
    }
    let places = d.districts.iter().chain(d.sites.iter()).chain(d.counterparts.iter());
    f.extend(places.map(|c| (FieldKind::Place, &*c.text)));
    f.extend(d.outcomes.iter().map(|o| (FieldKind::Outcome, &*o.text)));
    f.extend(d.facts.iter().map(|c| (FieldKind::Fact, &*c.text)));
    for s in d.statements.iter() {
        f.push((FieldKind::Statement, &*s.text));
    }
    for q in d.quotes.iter() {
        f.push((FieldKind::Quote, &*q.text));
        f.push((FieldKind::Quote, &*q.speaker));
    }
    f
}

/// Builds the search index over a dataset's delegations.
pub fn index(data: &Dataset) -> Index {
    Index::new(data.delegations.iter().map(|d| fields(d, data)))
}

/// What `compute` needs besides the data, built once: each delegation's sectors as
/// positions in the taxonomy (so facet counts and the sector filter touch integers, not
/// slugs), and the search index, built the first time a query needs it or
/// [`Catalog::search_index`] is called. A view without a query does not need it, so the
/// page's first render does not wait for it.
pub struct Catalog {
    index: OnceLock<Index>,
    sector_ids: Vec<Vec<usize>>,
}

impl Catalog {
    /// The search index over `data`, the dataset this catalog was built from; built on the
    /// first call.
    pub fn search_index(&self, data: &Dataset) -> &Index {
        self.index.get_or_init(|| index(data))
    }

    /// Whether the search index has been built yet.
    pub fn is_indexed(&self) -> bool {
        self.index.get().is_some()
    }
}

/// Builds the catalog of a dataset.
pub fn catalog(data: &Dataset) -> Catalog {
    let position = |slug: &str| data.sectors.iter().position(|s| s.slug == slug);
    Catalog {
        index: OnceLock::new(),
        sector_ids: data
            .delegations
            .iter()
            .map(|d| d.sectors.iter().filter_map(|l| position(&l.sector)).collect())
            .collect(),
    }
}

/// One sector's checkbox: its slug, name, count under the text query, and whether checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facet {
    pub slug: String,
    pub name: String,
    pub count: usize,
    pub checked: bool,
}

/// What the page shows for a state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    /// Indices into `data.delegations`, best match first.
    pub results: Vec<usize>,
    /// One facet per sector, in taxonomy order.
    pub facets: Vec<Facet>,
}

/// The sectors of `state` that the dataset knows, and those it does not.
pub fn split_known(data: &Dataset, sectors: &BTreeSet<String>) -> (BTreeSet<String>, Vec<String>) {
    let (known, unknown): (Vec<&String>, Vec<&String>) = sectors.iter().partition(|s| data.sector(s).is_some());
    (
        known.into_iter().cloned().collect(),
        unknown.into_iter().cloned().collect(),
    )
}

/// Computes the view: text search first, then the sector filter (a delegation matches if it
/// has any checked sector). Facet counts are taken under the text query alone.
pub fn compute(data: &Dataset, catalog: &Catalog, state: &ViewState) -> View {
    // Unknown slugs match no sector, so they are ignored here; the shell reports them.
    let checked: Vec<bool> = data.sectors.iter().map(|s| state.sectors.contains(&*s.slug)).collect();
    let any_checked = checked.contains(&true);
    let query = Query::new(&state.q);
    // No query matches everything, in order: no need for the index.
    let text_hits: Vec<usize> = if query.is_empty() {
        (0..data.delegations.len()).collect()
    } else {
        catalog
            .search_index(data)
            .search(&query)
            .into_iter()
            .map(|d| d as usize)
            .collect()
    };
    let mut counts = vec![0usize; data.sectors.len()];
    for &i in &text_hits {
        for &s in &catalog.sector_ids[i] {
            counts[s] += 1;
        }
    }
    let facets = data
        .sectors
        .iter()
        .zip(counts)
        .zip(&checked)
        .map(|((s, count), &checked)| Facet {
            slug: s.slug.to_string(),
            name: s.name.to_string(),
            count,
            checked,
        })
        .collect();
    let results = text_hits
        .into_iter()
        .filter(|&i| !any_checked || catalog.sector_ids[i].iter().any(|&s| checked[s]))
        .collect();
    View { results, facets }
}

impl View {
    /// Unchecked sectors that would give results under the current text query.
    pub fn suggestions(&self) -> Vec<&Facet> {
        self.facets.iter().filter(|f| !f.checked && f.count > 0).collect()
    }
}

/// Cards rendered before "Show more".
pub const PAGE_SIZE: usize = 10;

/// The application's name, the suffix of every page title.
pub const APP_TITLE: &str = "Chongqing\u{2013}Taiwan Week Explorer";

/// The page title for a state: the checked sectors' names and the query, then the app name.
pub fn title(data: &Dataset, state: &ViewState) -> String {
    let names: Vec<&str> = state
        .sectors
        .iter()
        .filter_map(|s| data.sector(s))
        .map(|s| &*s.name)
        .collect();
    let q = state.q.trim();
    let head = match (q.is_empty(), names.is_empty()) {
        (true, true) => return APP_TITLE.to_owned(),
        (true, false) => names.join(", "),
        (false, true) => format!("\u{201c}{q}\u{201d}"),
        (false, false) => format!("\u{201c}{q}\u{201d} in {}", names.join(", ")),
    };
    format!("{head} \u{2014} {APP_TITLE}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embedded;

    #[test]
    fn the_index_is_built_only_once_a_query_needs_it() {
        let (data, catalog) = setup();
        let all = compute(&data, &catalog, &state("", &["healthcare"]));
        assert!(!all.results.is_empty());
        assert!(!catalog.is_indexed(), "a view without a query does not build the index");
        let found = compute(&data, &catalog, &state("guoan", &[]));
        assert!(catalog.is_indexed());
        assert_eq!(found.results.len(), 1);
    }

    fn setup() -> (Dataset, Catalog) {
        let (data, _) = embedded::load().expect("dataset loads");
        let catalog = catalog(&data);
        (data, catalog)
    }

    fn ids(data: &Dataset, view: &View) -> Vec<String> {
        view.results
            .iter()
            .map(|&i| data.delegations[i].id.to_string())
            .collect()
    }

    fn state(q: &str, sectors: &[&str]) -> ViewState {
        ViewState {
            q: q.into(),
            sectors: sectors.iter().map(|s| (*s).into()).collect(),
            sentence: None,
        }
    }

    #[test]
    fn default_view_shows_all_three_in_dataset_order() {
        let (data, index) = setup();
        let v = compute(&data, &index, &ViewState::default());
        assert_eq!(v.results, [0, 1, 2]);
        let count = |slug: &str| v.facets.iter().find(|f| f.slug == slug).map(|f| f.count);
        assert_eq!(count("healthcare"), Some(1));
        assert_eq!(count("smart-manufacturing"), Some(0));
    }

    #[test]
    fn search_finds_a_leader_by_a_folded_name() {
        let (data, index) = setup();
        let v = compute(&data, &index, &state("guoan", &[]));
        assert_eq!(ids(&data, &v), ["taiwan-healthcare-industry-alliance"]);
    }

    #[test]
    fn sectors_filter_with_any_semantics_and_facets_follow_the_query() {
        let (data, index) = setup();
        let v = compute(&data, &index, &state("", &["pharmaceuticals", "smart-terminals"]));
        assert_eq!(v.results, [1, 2]);
        let v = compute(&data, &index, &state("fuling", &["healthcare"]));
        assert!(v.results.is_empty());
        let suggestions: Vec<&str> = v.suggestions().iter().map(|f| &*f.slug).collect();
        assert_eq!(suggestions, ["computer-manufacturing", "pharmaceuticals"]);
    }

    #[test]
    fn unknown_sectors_are_reported_and_ignored() {
        let (data, index) = setup();
        let v = compute(&data, &index, &state("", &["no-such-sector"]));
        assert_eq!(v.results, [0, 1, 2]);
        let (known, unknown) = split_known(&data, &state("", &["no-such-sector", "healthcare"]).sectors);
        assert_eq!((known.len(), unknown), (1, vec!["no-such-sector".to_owned()]));
    }

    #[test]
    fn name_matches_rank_above_quote_matches() {
        let (data, index) = setup();
        // "Chongqing" is in TBCA's site and in THIA's quotes; "taiwan" in every name.
        let v = compute(&data, &index, &state("business", &[]));
        assert_eq!(ids(&data, &v)[0], "taiwan-business-and-construction-association");
    }

    #[test]
    fn titles_follow_the_view() {
        let (data, _) = setup();
        assert_eq!(title(&data, &ViewState::default()), APP_TITLE);
        assert_eq!(
            title(&data, &state("", &["healthcare"])),
            "Healthcare \u{2014} Chongqing\u{2013}Taiwan Week Explorer"
        );
        assert_eq!(
            title(&data, &state(" wang ", &["healthcare", "bogus"])),
            "\u{201c}wang\u{201d} in Healthcare \u{2014} Chongqing\u{2013}Taiwan Week Explorer"
        );
    }
}
