//! The results region as HTML text: the count, the tools (cite, export), the empty state and
//! "Show more". The cards themselves are [`super::card`].

use super::html::{attr, text};
use crate::domain::format::count_noun;
use crate::domain::view::Facet;

/// "3 delegations", or "No delegations".
pub fn count(n: usize) -> String {
    if n == 0 {
        "No delegations".to_owned()
    } else {
        count_noun(n, "delegation")
    }
}

/// The label of "Cite this view" at rest.
pub const CITE: &str = "Cite this view";

/// Cite this view and export it, and the polite live region that confirms a copy.
pub fn tools(out: &mut String) {
    out.push_str("<div class=\"tools\" role=\"group\" aria-label=\"Cite and export this view\">");
    for (action, label) in [
        ("cite", CITE),
        ("json", "Download JSON"),
        ("csv", "Download CSV"),
        ("figures", "Figures CSV"),
    ] {
        out.push_str("<button type=\"button\" class=\"button button--quiet\"");
        attr(out, "data-action", action);
        out.push('>');
        out.push_str(label);
        out.push_str("</button>");
    }
    out.push_str("</div><p class=\"visually-hidden\" aria-live=\"polite\" id=\"announcer\"></p>");
}

/// What was asked, for the empty state: "Nothing matches the search “x” with the sector
/// filter A or B."
pub fn asked(q: &str, sector_names: &[&str]) -> String {
    let q = q.trim();
    let mut parts = Vec::new();
    if !q.is_empty() {
        parts.push(format!("the search \u{201c}{q}\u{201d}"));
    }
    if !sector_names.is_empty() {
        parts.push(format!("the sector filter {}", sector_names.join(" or ")));
    }
    format!("Nothing matches {}.", parts.join(" with "))
}

/// Nothing matches: what was asked, the sectors that would give results (as chips that
/// check them), and "Clear all".
pub fn empty_state(q: &str, sector_names: &[&str], suggestions: &[&Facet]) -> String {
    let mut out = String::from("<h3 class=\"empty__title\">No delegations match</h3><p>");
    text(&mut out, &asked(q, sector_names));
    out.push_str("</p>");
    if suggestions.is_empty() {
        out.push_str("<p>Try fewer or shorter words, or check the spelling.</p>");
    } else {
        out.push_str(
            "<p id=\"suggest-label\">These sectors have results for your search:</p>\
             <ul class=\"empty__suggestions\" role=\"list\" aria-labelledby=\"suggest-label\">",
        );
        for f in suggestions {
            out.push_str("<li><button type=\"button\" class=\"chip\"");
            attr(&mut out, "data-sector", &f.slug);
            out.push('>');
            text(&mut out, &format!("{} ({})", f.name, f.count));
            out.push_str("</button></li>");
        }
        out.push_str("</ul>");
    }
    out.push_str("<button type=\"button\" class=\"button\" data-action=\"clear-all\">Clear all</button>");
    out
}

/// The label of "Show more" when `shown` of `total` cards are rendered.
pub fn show_more_label(shown: usize, total: usize) -> String {
    format!("Show more ({} of {total} shown)", shown.min(total))
}

/// "Show more", when fewer than all the results are rendered.
pub fn show_more(out: &mut String, limit: usize, total: usize) {
    if total > limit {
        out.push_str("<button type=\"button\" class=\"button show-more\" data-action=\"more\">");
        out.push_str(&show_more_label(limit, total));
        out.push_str("</button>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::html::assert_parses_as_written;

    #[test]
    fn the_count_names_none_one_and_many() {
        assert_eq!(count(0), "No delegations");
        assert_eq!(count(1), "1 delegation");
        assert_eq!(count(1234), "1,234 delegations");
    }

    #[test]
    fn tools_are_buttons_with_actions_and_a_live_region() {
        let mut out = String::new();
        tools(&mut out);
        assert_parses_as_written(&out);
        for action in ["cite", "json", "csv", "figures"] {
            assert!(out.contains(&format!("data-action=\"{action}\"")), "{action}");
        }
        assert!(out.contains("aria-live=\"polite\" id=\"announcer\""));
    }

    #[test]
    fn the_empty_state_says_what_was_asked_and_suggests_sectors() {
        let pharma = Facet {
            slug: "pharmaceuticals".into(),
            name: "Pharmaceuticals".into(),
            count: 1,
            checked: false,
        };
        let html = empty_state(" <fuling> ", &["Healthcare"], &[&pharma]);
        assert_parses_as_written(&html);
        assert!(html.contains(
            "<p>Nothing matches the search \u{201c}&lt;fuling&gt;\u{201d} with the sector filter Healthcare.</p>"
        ));
        assert!(html.contains("data-sector=\"pharmaceuticals\">Pharmaceuticals (1)</button>"));
        let bare = empty_state("zz", &[], &[]);
        assert!(bare.contains("Nothing matches the search \u{201c}zz\u{201d}.</p><p>Try fewer"));
        assert_eq!(asked("", &["A", "B"]), "Nothing matches the sector filter A or B.");
    }

    #[test]
    fn show_more_appears_only_while_results_are_left() {
        let mut out = String::new();
        show_more(&mut out, 10, 10);
        assert_eq!(out, "");
        show_more(&mut out, 10, 25);
        assert!(out.ends_with(">Show more (10 of 25 shown)</button>"));
        assert_eq!(show_more_label(30, 25), "Show more (25 of 25 shown)");
    }
}
