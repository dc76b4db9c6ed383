//! The page's `<main>` as first shown: the event overview, the controls and the results for
//! a view. The header and footer are static, in `index.html`.
//!
//! Each region the view changes has an id, so that the shell can keep it in step in place:
//! `link-notes`, `search-input`, the filter's checkboxes, `result-count`, `active-filters`,
//! `cards`, `empty-state`, `more` and `later` (the figures and the article, built after the
//! first paint).

use super::card::{card, CardMarkup, Shown};
use super::controls::{active_filters, link_notes, search_box, sector_filter};
use super::html::attr;
use super::overview::overview;
use super::results::{count, empty_state, show_more, tools};
use crate::domain::article::Article;
use crate::domain::dataset::Dataset;
use crate::domain::search::Query;
use crate::domain::url_state::ViewState;
use crate::domain::view::View;

/// What the page shows.
pub struct PageState<'a> {
    /// The search text and checked sectors.
    pub state: &'a ViewState,
    /// The view they give.
    pub view: &'a View,
    /// How many cards are rendered.
    pub limit: usize,
    /// Notes about a corrected link.
    pub notes: &'a [String],
    /// The card a permalink points at.
    pub target: Option<&'a str>,
    /// The link to this view (`data-url` of the results' head).
    pub url: &'a str,
}

/// The page's markup and, for each rendered card, its delegation and highlightable runs.
pub struct PageMarkup<'d> {
    pub html: String,
    pub cards: Vec<(usize, CardMarkup<'d>)>,
}

/// The names of the checked sectors the dataset knows, with their slugs.
pub fn checked_sectors<'d>(data: &'d Dataset, state: &ViewState) -> Vec<(&'d str, &'d str)> {
    state
        .sectors
        .iter()
        .filter_map(|s| data.sector(s))
        .map(|s| (&*s.slug, &*s.name))
        .collect()
}

/// The empty state for a view with no results.
pub fn empty(data: &Dataset, state: &ViewState, view: &View) -> String {
    let names: Vec<&str> = checked_sectors(data, state).into_iter().map(|(_, name)| name).collect();
    empty_state(&state.q, &names, &view.suggestions())
}

/// The cards `page` renders (the first `limit` results), each with its delegation, in order.
/// An adopted prerendered page needs only these: its HTML is already in the document.
pub fn cards<'d>(data: &'d Dataset, article: &Article, page: &PageState) -> Vec<(usize, CardMarkup<'d>)> {
    let query = Query::new(&page.state.q);
    page.view
        .results
        .iter()
        .take(page.limit)
        .filter_map(|&i| {
            let d = data.delegations.get(i)?;
            let shown = Shown {
                query: &query,
                pressed: &page.state.sectors,
                targeted: page.target == Some(&*d.id),
            };
            Some((i, card(data, article, d, &shown)))
        })
        .collect()
}

/// The inner HTML of `<main>` for `page`.
pub fn page<'d>(data: &'d Dataset, article: &Article, page: &PageState) -> PageMarkup<'d> {
    let PageState {
        state,
        view,
        limit,
        notes,
        url,
        ..
    } = *page;
    let mut out = String::with_capacity(32 * 1024);
    out.push_str("<section class=\"overview\" aria-labelledby=\"event-title\">");
    out.push_str(&overview(data, article));
    out.push_str("</section><div id=\"link-notes\">");
    out.push_str(&link_notes(notes));
    out.push_str("</div><div class=\"layout\"><div class=\"controls\" role=\"search\" aria-label=\"Delegations\">");
    search_box(&mut out, &state.q);
    sector_filter(&mut out, &view.facets);
    out.push_str(
        "</div><section id=\"results\" class=\"results\" aria-labelledby=\"results-heading\" tabindex=\"-1\">\
         <div class=\"results__head\"",
    );
    attr(&mut out, "data-url", url);
    out.push_str(
        "><h2 id=\"results-heading\">Delegations</h2>\
         <p class=\"results__count\" role=\"status\" id=\"result-count\">",
    );
    out.push_str(&count(view.results.len()));
    out.push_str("</p></div><div id=\"active-filters\">");
    out.push_str(&active_filters(&state.q, &checked_sectors(data, state)));
    out.push_str("</div>");
    tools(&mut out);
    out.push_str("<ol class=\"cards\" role=\"list\" id=\"cards\"");
    if view.results.is_empty() {
        out.push_str(" hidden");
    }
    out.push('>');
    let cards = cards(data, article, page);
    for (_, m) in &cards {
        out.push_str("<li>");
        out.push_str(&m.html);
        out.push_str("</li>");
    }
    out.push_str("</ol><div class=\"empty\" data-state=\"empty\" id=\"empty-state\"");
    if view.results.is_empty() {
        out.push('>');
        out.push_str(&empty(data, state, view));
    } else {
        out.push_str(" hidden>");
    }
    out.push_str("</div><div id=\"more\">");
    show_more(&mut out, limit, view.results.len());
    out.push_str("</div></section></div><div class=\"later\" id=\"later\"></div>");
    PageMarkup { html: out, cards }
}

/// The attribute that marks a `<main>` written at build time.
pub const PRERENDERED: &str = "data-prerendered";

/// The whole `<main>` for the view of a link without a query (all delegations, nothing
/// checked), as `cargo xtask dist` writes it into `index.html`: the cards are in the page
/// before the WASM arrives, and the app adopts them as they are (`ui::app`). Its link
/// (`data-url`) is left empty: the app knows where it is deployed, the build does not.
pub fn prerendered(data: &Dataset, article: &Article) -> String {
    let catalog = crate::domain::view::catalog(data);
    let state = ViewState::default();
    let view = crate::domain::view::compute(data, &catalog, &state);
    let first = PageState {
        state: &state,
        view: &view,
        limit: crate::domain::view::PAGE_SIZE,
        notes: &[],
        target: None,
        url: "",
    };
    format!(
        "<main id=\"main\" class=\"wrap\" {PRERENDERED}>{}</main>",
        page(data, article, &first).html
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embedded;
    use crate::domain::view::{catalog, compute};
    use crate::markup::html::assert_parses_as_written;

    fn render(q: &str, sectors: &[&str], limit: usize, target: Option<&str>) -> String {
        let (data, article) = embedded::load().expect("the embedded dataset loads");
        let state = ViewState {
            q: q.into(),
            sectors: sectors.iter().map(|s| (*s).to_owned()).collect(),
            sentence: None,
        };
        let view = compute(&data, &catalog(&data), &state);
        let page = PageState {
            state: &state,
            view: &view,
            limit,
            notes: &[],
            target,
            url: "https://x.test/?q=a&b",
        };
        let m = super::page(&data, &article, &page);
        assert_eq!(m.cards.len(), view.results.len().min(limit));
        // The cards alone (what an adopted page needs) are the page's cards, in its order.
        let only = cards(&data, &article, &page);
        let alone: Vec<(usize, &str)> = only.iter().map(|(i, c)| (*i, &*c.html)).collect();
        let within: Vec<(usize, &str)> = m.cards.iter().map(|(i, c)| (*i, &*c.html)).collect();
        assert_eq!(alone, within);
        let listed: String = within.iter().map(|(_, h)| format!("<li>{h}</li>")).collect();
        assert!(m.html.contains(&format!(">{listed}</ol>")));
        m.html
    }

    #[test]
    fn the_first_view_has_every_region_and_all_three_cards() {
        let html = render("", &[], 10, None);
        assert_parses_as_written(&html);
        for id in [
            "link-notes",
            "search-input",
            "result-count",
            "active-filters",
            "cards",
            "empty-state",
            "more",
            "later",
        ] {
            assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
        }
        assert_eq!(html.matches("<article class=\"card\"").count(), 3);
        assert!(html.contains("id=\"result-count\">3 delegations</p>"));
        assert!(html.contains("data-url=\"https://x.test/?q=a&amp;b\""));
        assert!(html.contains("id=\"empty-state\" hidden></div>"));
        assert!(html.contains("<div id=\"more\"></div>"));
    }

    #[test]
    fn a_view_with_no_results_shows_the_empty_state_and_hides_the_list() {
        let html = render("fuling", &["healthcare"], 10, None);
        assert_parses_as_written(&html);
        assert!(html.contains("id=\"cards\" hidden></ol>"));
        assert!(html.contains("id=\"empty-state\"><h3 class=\"empty__title\">"));
        assert!(html.contains("the sector filter Healthcare."));
        assert!(html.contains("id=\"result-count\">No delegations</p>"));
    }

    #[test]
    fn the_prerendered_page_is_the_default_view_in_its_main() {
        let (data, article) = embedded::load().expect("the embedded dataset loads");
        let html = prerendered(&data, &article);
        assert!(html.starts_with("<main id=\"main\" class=\"wrap\" data-prerendered>"));
        assert!(html.ends_with("</div></main>"));
        assert_eq!(html.matches("<article class=\"card\"").count(), 3);
        assert!(html.contains("data-url=\"\""));
        assert!(html.contains(" value=\"\">"), "an empty search box");
        assert!(!html.contains(" checked"));
        assert!(!html.contains("<mark>"));
    }

    #[test]
    fn the_limit_cuts_the_cards_and_offers_more() {
        let html = render("", &[], 2, None);
        assert_eq!(html.matches("<article class=\"card\"").count(), 2);
        assert!(html.contains(">Show more (2 of 3 shown)</button></div>"));
    }

    #[test]
    fn the_query_and_sectors_are_shown_in_the_controls_and_cards() {
        let html = render(
            "guoan",
            &["healthcare"],
            10,
            Some("taiwan-healthcare-industry-alliance"),
        );
        assert!(html.contains("value=\"guoan\""));
        assert!(html.contains("value=\"healthcare\" checked>"));
        assert!(html.contains("Remove search </span>\u{201c}guoan\u{201d}"));
        assert!(html.contains("<mark>Guo&#39;an</mark>"));
        assert!(html.contains("data-target=\"true\""));
    }
}
