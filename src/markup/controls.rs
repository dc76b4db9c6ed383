//! The controls as HTML text: the search box, the sector filter, the active filters and the
//! notes about a corrected link.
//!
//! The shell writes these once, then keeps them in step in place (`ui::controls`): the
//! search box's value and the checkboxes are never rebuilt, so focus and the caret stay put.
//! Buttons say what they do with `data-action` (and `data-sector`, for a sector), read by the
//! one click listener in `ui::delegate`.

use super::html::{attr, text};
use crate::domain::view::Facet;

/// The id of the search box.
pub const SEARCH_INPUT: &str = "search-input";

/// The search field, holding `q`.
pub fn search_box(out: &mut String, q: &str) {
    out.push_str(
        "<div class=\"search\"><label class=\"search__label\" for=\"search-input\">Search delegations</label>\
         <p class=\"search__hint\" id=\"search-hint\">Names, people, places, sectors, quotes. Press <kbd>/</kbd> \
         to search, <kbd>Esc</kbd> to clear.</p><input id=\"search-input\" class=\"search__input\" type=\"search\" \
         autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"search-hint\" maxlength=\"200\"",
    );
    attr(out, "value", q);
    out.push_str("></div>");
}

/// The "Sector" fieldset: a checkbox per facet, with its count.
pub fn sector_filter(out: &mut String, facets: &[Facet]) {
    out.push_str(
        "<fieldset class=\"filter\"><legend class=\"filter__legend\">Sector</legend>\
         <ul class=\"filter__list\" role=\"list\">",
    );
    for f in facets {
        out.push_str("<li class=\"filter__item\"><label class=\"filter__option\"");
        attr(out, "data-empty", empty(f));
        out.push_str("><input type=\"checkbox\" name=\"sector\"");
        attr(out, "value", &f.slug);
        if f.checked {
            out.push_str(" checked");
        }
        out.push_str("><span class=\"filter__text\">");
        text(out, &f.name);
        out.push_str(" <span class=\"filter__count\">");
        out.push_str(&facet_count(f));
        out.push_str("</span></span></label></li>");
    }
    out.push_str("</ul></fieldset>");
}

/// A facet's `data-empty` value: whether no delegation under the query has the sector.
pub fn empty(f: &Facet) -> &'static str {
    if f.count == 0 {
        "true"
    } else {
        "false"
    }
}

/// A facet's count as shown: `(3)`.
pub fn facet_count(f: &Facet) -> String {
    format!("({})", f.count)
}

/// The active filters, each removable, and "Clear all"; nothing when no filter is on.
/// `sectors` are the checked sectors' slugs and names.
pub fn active_filters(q: &str, sectors: &[(&str, &str)]) -> String {
    let q = q.trim();
    let mut out = String::new();
    if q.is_empty() && sectors.is_empty() {
        return out;
    }
    out.push_str(
        "<div class=\"active-filters\"><h3 class=\"visually-hidden\">Active filters</h3>\
         <ul class=\"active-filters__list\" role=\"list\">",
    );
    if !q.is_empty() {
        out.push_str(
            "<li><button type=\"button\" class=\"tag\" data-action=\"clear-query\">\
             <span class=\"visually-hidden\">Remove search </span>\u{201c}",
        );
        text(&mut out, q);
        out.push_str("\u{201d}<span class=\"tag__x\" aria-hidden=\"true\">×</span></button></li>");
    }
    for (slug, name) in sectors {
        out.push_str("<li><button type=\"button\" class=\"tag\"");
        attr(&mut out, "data-sector", slug);
        out.push_str("><span class=\"visually-hidden\">Remove filter </span>");
        text(&mut out, name);
        out.push_str("<span class=\"tag__x\" aria-hidden=\"true\">×</span></button></li>");
    }
    out.push_str(
        "</ul><button type=\"button\" class=\"button button--quiet\" data-action=\"clear-all\">Clear all</button></div>",
    );
    out
}

/// Notes about corrections made to the link the page was opened with; nothing when there
/// are none.
pub fn link_notes(notes: &[String]) -> String {
    let mut out = String::new();
    if notes.is_empty() {
        return out;
    }
    out.push_str("<div class=\"notice\" role=\"note\" aria-label=\"About this link\"><ul role=\"list\">");
    for n in notes {
        out.push_str("<li>");
        text(&mut out, n);
        out.push_str("</li>");
    }
    out.push_str("</ul></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::html::assert_parses_as_written;

    fn facet(slug: &str, count: usize, checked: bool) -> Facet {
        Facet {
            slug: slug.into(),
            name: format!("{slug} & co"),
            count,
            checked,
        }
    }

    #[test]
    fn the_search_box_holds_the_query_escaped() {
        let mut out = String::new();
        search_box(&mut out, "\"><b>x");
        assert_parses_as_written(&out);
        assert!(out.contains(" value=\"&quot;&gt;&lt;b&gt;x\">"));
        assert!(out.contains(&format!("id=\"{SEARCH_INPUT}\"")));
    }

    #[test]
    fn the_filter_has_a_checkbox_per_facet_with_its_state_and_count() {
        let mut out = String::new();
        sector_filter(&mut out, &[facet("a", 2, true), facet("b", 0, false)]);
        assert_parses_as_written(&out);
        assert_eq!(out.matches("type=\"checkbox\"").count(), 2);
        assert!(out.contains("data-empty=\"false\"><input type=\"checkbox\" name=\"sector\" value=\"a\" checked>"));
        assert!(out.contains("data-empty=\"true\"><input type=\"checkbox\" name=\"sector\" value=\"b\">"));
        assert!(out.contains("a &amp; co <span class=\"filter__count\">(2)</span>"));
    }

    #[test]
    fn active_filters_name_the_query_and_each_sector_or_are_absent() {
        assert_eq!(active_filters("  ", &[]), "");
        let html = active_filters(" wang <i> ", &[("healthcare", "Healthcare")]);
        assert_parses_as_written(&html);
        assert!(html.contains("Remove search </span>\u{201c}wang &lt;i&gt;\u{201d}"));
        assert!(html.contains("class=\"tag\" data-sector=\"healthcare\""));
        assert!(html.contains("Remove filter </span>Healthcare<"));
        assert!(html.contains("data-action=\"clear-all\""));
        let only_sector = active_filters("", &[("healthcare", "Healthcare")]);
        assert!(!only_sector.contains("clear-query"));
    }

    #[test]
    fn link_notes_list_each_note_or_are_absent() {
        assert_eq!(link_notes(&[]), "");
        let html = link_notes(&["Unknown sector \u{201c}<x>\u{201d} was ignored.".to_owned()]);
        assert_parses_as_written(&html);
        assert!(html.contains("<li>Unknown sector \u{201c}&lt;x&gt;\u{201d} was ignored.</li>"));
    }
}
