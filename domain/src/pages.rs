//! The shareable pages: a static page per delegation, per sector and for the figures, and
//! the address each view has under the site's base.
//!
//! A crawler that builds a link preview runs no script and never sees a `#fragment`, so a
//! view worth sharing gets a path of its own, which `cargo xtask dist` prerenders with its own
//! title, description and image: `delegations/<id>/`, `sectors/<slug>/`, `figures/`,
//! `sources/<id>/`. The app
//! reads such a path as the view it names, and writes the path back whenever the view is
//! exactly one of these; any other view is the base plus its query string (the URL contract
//! in [`super::url_state`]). Parsing is total and writing is canonical:
//! `Page::parse(&page.path())` gives `page` back.

use super::labels::{is_place_id, PAGE_ANCHORS, SOURCE_ID};
use super::url_state::ViewState;

/// The anchor of the figures panel, which the figures page opens on.
pub const FIGURES: &str = "figures";
/// The folder of the other reports' pages.
pub const SOURCES: &str = "sources";

/// A view with a static page of its own.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// One delegation's card (its id).
    Delegation(String),
    /// The delegations in one sector (its slug).
    Sector(String),
    /// The investment figures panel.
    Figures,
    /// One of the other reports, under "Other reports" (its id).
    Source(String),
}

impl Page {
    /// The page's path under the site's base, with its trailing slash: `sectors/healthcare/`.
    pub fn path(&self) -> String {
        match self {
            Page::Delegation(id) => format!("delegations/{id}/"),
            Page::Sector(slug) => format!("sectors/{slug}/"),
            Page::Figures => format!("{FIGURES}/"),
            Page::Source(id) => format!("{SOURCES}/{id}/"),
        }
    }

    /// Reads a path under the base (`sectors/healthcare/`, with or without its trailing
    /// slash or `index.html`). `None` for the base itself, or a path of no page's shape;
    /// whether the id or slug exists is the dataset's to say.
    pub fn parse(path: &str) -> Option<Page> {
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let page = match (parts.next()?, parts.next()) {
            ("delegations", Some(id)) if is_name(&id.to_ascii_lowercase()) => Page::Delegation(id.to_ascii_lowercase()),
            ("sectors", Some(slug)) => Page::Sector(slug.to_ascii_lowercase()).checked()?,
            (FIGURES, None) => Page::Figures,
            (SOURCES, Some(id)) if is_name(&id.to_ascii_lowercase()) => Page::Source(id.to_ascii_lowercase()),
            _ => return None,
        };
        parts.next().is_none().then_some(page)
    }

    fn checked(self) -> Option<Page> {
        match &self {
            Page::Sector(slug) => super::validate::is_slug(slug).then_some(self),
            _ => Some(self),
        }
    }

    /// The page whose view is `state` with `fragment`, if that view has one: a card's id
    /// over the default view, one sector and nothing else, or the figures anchor over the
    /// default view.
    pub fn of_view(state: &ViewState, fragment: Option<&str>) -> Option<Page> {
        let bare = state.q.is_empty() && state.sentence.is_none() && !state.table;
        if !bare {
            return None;
        }
        match (state.sectors.len(), fragment) {
            (0, Some(FIGURES)) => Some(Page::Figures),
            (0, Some(f)) if f.strip_prefix(SOURCE_ID).is_some_and(is_name) => {
                Some(Page::Source(f.trim_start_matches(SOURCE_ID).to_owned()))
            }
            (0, Some(id)) if is_name(id) && !PAGE_ANCHORS.contains(&id) && !is_place_id(id) => {
                Some(Page::Delegation(id.to_owned()))
            }
            (1, None) => state.sectors.first().map(|slug| Page::Sector(slug.clone())),
            _ => None,
        }
    }

    /// The view this page opens on: its state and its fragment.
    pub fn view(&self) -> (ViewState, Option<String>) {
        let mut state = ViewState::default();
        let fragment = match self {
            Page::Delegation(id) => Some(id.clone()),
            Page::Sector(slug) => {
                state.sectors.insert(slug.clone());
                None
            }
            Page::Figures => Some(FIGURES.to_owned()),
            Page::Source(id) => Some(format!("{SOURCE_ID}{id}")),
        };
        (state, fragment)
    }
}

/// Whether `s` may be a delegation id in a path: a slug (the validator holds ids to it).
fn is_name(s: &str) -> bool {
    super::validate::is_slug(s)
}

/// The address of a view, relative to the site's base: its page's path when it has one,
/// else its query string and `#fragment` (empty for the default view, which is the base).
pub fn address(state: &ViewState, fragment: Option<&str>) -> String {
    if let Some(page) = Page::of_view(state, fragment) {
        return page.path();
    }
    let hash = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    format!("{state}{hash}")
}

/// Reads an address under the base (a path, then its query string and fragment already
/// split off by the browser): the state and the fragment it names. The page's part is laid
/// over the query's: `sectors/healthcare/?q=lei` is Healthcare and "lei". A path of no
/// page's shape is the second value, to tell the reader; the view is then the query's.
pub fn read(path: &str, state: &mut ViewState, fragment: &mut String) -> Option<String> {
    if path.is_empty() || path == "index.html" {
        return None;
    }
    let Some(page) = Page::parse(path) else {
        return Some(path.to_owned());
    };
    let (view, page_fragment) = page.view();
    state.sectors.extend(view.sectors);
    if fragment.is_empty() {
        *fragment = page_fragment.unwrap_or_default();
    }
    None
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn state(q: &str, sectors: &[&str]) -> ViewState {
        ViewState {
            q: q.to_owned(),
            sectors: sectors.iter().map(|s| (*s).to_owned()).collect(),
            sentence: None,
            ..ViewState::default()
        }
    }

    #[test]
    fn each_shareable_view_has_its_page() {
        assert_eq!(address(&state("", &[]), Some("tbca")), "delegations/tbca/");
        assert_eq!(address(&state("", &["healthcare"]), None), "sectors/healthcare/");
        assert_eq!(address(&state("", &[]), Some("figures")), "figures/");
    }

    #[test]
    fn a_report_has_its_page_and_a_place_is_never_a_card_s() {
        assert_eq!(
            address(&state("", &[]), Some("source-cqnews-5th-2013")),
            "sources/cqnews-5th-2013/"
        );
        assert_eq!(
            address(&state("", &[]), Some("source-cqnews-5th-2013--9")),
            "#source-cqnews-5th-2013--9"
        );
        assert_eq!(
            address(&state("", &[]), Some("figure-utilization-rate")),
            "#figure-utilization-rate"
        );
        assert_eq!(address(&state("", &[]), Some("context-2")), "#context-2");
        let (mut s, mut f) = (ViewState::default(), String::new());
        assert_eq!(read("sources/CQNEWS-5th-2013/", &mut s, &mut f), None);
        assert_eq!((s.is_default(), f.as_str()), (true, "source-cqnews-5th-2013"));
    }

    #[test]
    fn other_views_are_the_base_with_their_query() {
        assert_eq!(address(&state("", &[]), None), "");
        assert_eq!(address(&state("", &[]), Some("about")), "#about");
        assert_eq!(address(&state("lei", &[]), None), "?q=lei");
        assert_eq!(address(&state("lei", &[]), Some("tbca")), "?q=lei#tbca");
        assert_eq!(
            address(&state("", &["a", "b"]), None),
            "?sector=a,b",
            "two sectors have no page"
        );
        assert_eq!(address(&state("", &["a"]), Some("tbca")), "?sector=a#tbca");
        let mut with_sentence = state("", &["a"]);
        with_sentence.sentence = Some(4);
        assert_eq!(address(&with_sentence, None), "?sector=a&s=4");
        // A page shows cards: the table of one sector is the base with its query.
        let mut table = state("", &["a"]);
        table.table = true;
        assert_eq!(address(&table, None), "?sector=a&view=table");
    }

    #[test]
    fn a_path_reads_as_its_view_under_the_query() {
        let (mut s, mut f) = (state("lei", &[]), String::new());
        assert_eq!(read("sectors/Healthcare/", &mut s, &mut f), None);
        assert_eq!(s, state("lei", &["healthcare"]));
        assert_eq!(f, "");
        let (mut s, mut f) = (ViewState::default(), String::new());
        assert_eq!(
            read("delegations/TBCA/index.html", &mut s, &mut f),
            None,
            "ids in any case, as slugs"
        );
        assert_eq!((s.is_default(), f.as_str()), (true, "tbca"));
        let (mut s, mut f) = (ViewState::default(), "about".to_owned());
        assert_eq!(read("figures", &mut s, &mut f), None);
        assert_eq!(f, "about", "a fragment in the link wins over the page's");
        let (mut s, mut f) = (ViewState::default(), String::new());
        assert_eq!(read("", &mut s, &mut f), None);
        assert_eq!(read("index.html", &mut s, &mut f), None);
        assert_eq!(read("sectors/x/y/", &mut s, &mut f), Some("sectors/x/y/".to_owned()));
        assert_eq!(read("delegations/", &mut s, &mut f), Some("delegations/".to_owned()));
        assert_eq!(read("sectors/<b>/", &mut s, &mut f), Some("sectors/<b>/".to_owned()));
        assert!(s.is_default() && f.is_empty());
    }

    fn slug() -> impl Strategy<Value = String> {
        "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}"
    }

    fn page() -> impl Strategy<Value = Page> {
        prop_oneof![
            slug()
                .prop_filter("a place's id is no card's", |s| !is_place_id(s))
                .prop_map(Page::Delegation),
            slug().prop_map(Page::Sector),
            Just(Page::Figures),
            slug().prop_map(Page::Source),
        ]
    }

    proptest! {
        #[test]
        fn reading_any_path_never_panics(path in ".{0,200}") {
            let (mut s, mut f) = (ViewState::default(), String::new());
            let _ = read(&path, &mut s, &mut f);
            let _ = Page::parse(&path);
        }

        #[test]
        fn a_page_survives_the_round_trip(page in page()) {
            prop_assert_eq!(Page::parse(&page.path()), Some(page.clone()));
            let (view, fragment) = page.view();
            prop_assert_eq!(address(&view, fragment.as_deref()), page.path());
            let (mut s, mut f) = (ViewState::default(), String::new());
            prop_assert_eq!(read(&page.path(), &mut s, &mut f), None);
            prop_assert_eq!(Page::of_view(&s, (!f.is_empty()).then_some(f.as_str())), Some(page));
        }
    }
}
