//! One delegation card: name, leader, sector chips, places, outcomes, facts, statements and
//! quotes, each fact with its "Source", and a "Copy link" control.
//!
//! Every text a search can match is a run `<span class="hl">` whose matches are in `<mark>`;
//! [`CardMarkup::runs`] lists those texts in document order, so that the shell can re-mark
//! only the runs a new query marks differently, without rebuilding the card.

use super::html::{attr, marked, text};
use super::source::disclosure;
use crate::domain::article::Article;
use crate::domain::dataset::{Basis, Cited, Dataset, Delegation};
use crate::domain::search::Query;
use std::collections::BTreeSet;
use std::ops::Range;

/// A card's inner HTML and its highlightable runs.
pub struct CardMarkup<'d> {
    pub html: String,
    /// The texts of the `span.hl` runs, in document order.
    pub runs: Vec<&'d str>,
    /// The marks each run was written with, for the query the card was built for.
    pub marks: Vec<Vec<Range<usize>>>,
}

struct Writer<'a, 'd> {
    out: String,
    query: &'a Query,
    article: &'a Article,
    runs: Vec<&'d str>,
    marks: Vec<Vec<Range<usize>>>,
}

impl<'d> Writer<'_, 'd> {
    fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    fn text(&mut self, s: &str) {
        text(&mut self.out, s);
    }

    fn attr(&mut self, name: &str, value: &str) {
        attr(&mut self.out, name, value);
    }

    /// A run a search can mark.
    fn hl(&mut self, run: &'d str) {
        let ranges = self.query.highlights(run);
        self.out.push_str("<span class=\"hl\">");
        marked(&mut self.out, run, &ranges);
        self.out.push_str("</span>");
        self.runs.push(run);
        self.marks.push(ranges);
    }

    fn source(&mut self, span: &str) {
        disclosure(&mut self.out, self.article, span);
    }

    /// A titled list section, left out when it has no items.
    fn section<T>(&mut self, title: &str, items: &'d [T], item: impl Fn(&mut Self, &'d T)) {
        if items.is_empty() {
            return;
        }
        self.raw("<section class=\"card__section\"><h4>");
        self.text(title);
        self.raw("</h4><ul role=\"list\" class=\"card__list\">");
        for i in items {
            self.raw("<li>");
            item(self, i);
            self.raw("</li>");
        }
        self.raw("</ul></section>");
    }

    fn places(&mut self, label: &str, items: &'d [Cited], empty: &str) {
        self.raw("<div class=\"card__meta-row\"><dt>");
        self.text(label);
        self.raw("</dt>");
        if items.is_empty() {
            self.raw("<dd class=\"card__none\">");
            self.text(empty);
            self.raw("</dd>");
        }
        for c in items {
            self.raw("<dd>");
            self.hl(&c.text);
            self.source(&c.source);
            self.raw("</dd>");
        }
        self.raw("</div>");
    }
}

/// How a card is shown: the query whose matches are marked, the sectors whose chips are
/// pressed, and whether a permalink points at it.
pub struct Shown<'a> {
    pub query: &'a Query,
    pub pressed: &'a BTreeSet<String>,
    pub targeted: bool,
}

/// The card of `d`, an `<article>` labelled by its heading.
pub fn card<'d>(data: &'d Dataset, article: &Article, d: &'d Delegation, shown: &Shown) -> CardMarkup<'d> {
    let Shown {
        query,
        pressed,
        targeted,
    } = *shown;
    let mut w = Writer {
        out: String::with_capacity(8 * 1024),
        query,
        article,
        runs: Vec::new(),
        marks: Vec::new(),
    };
    w.raw("<article class=\"card\" tabindex=\"-1\"");
    w.attr("id", &d.id);
    w.attr("aria-labelledby", &heading_id(&d.id));
    if targeted {
        w.raw(" data-target=\"true\"");
    }
    w.raw("><header class=\"card__head\"><h3 class=\"card__title\"");
    w.attr("id", &heading_id(&d.id));
    w.raw(">");
    w.hl(&d.name);
    w.raw("</h3>");
    match &d.leader {
        Some(l) => {
            w.raw("<div class=\"card__leader\">Led by ");
            w.hl(&l.name);
            w.raw(", ");
            w.hl(&l.title);
            w.source(&l.source);
            w.raw("</div>");
        }
        None => w.raw("<div class=\"card__leader card__leader--none\">Leader not named in the article</div>"),
    }
    w.raw("</header><ul class=\"chips\" role=\"list\" aria-label=\"Sectors (press to filter)\">");
    for link in d.sectors.iter() {
        let Some(sector) = data.sector(&link.sector) else {
            continue;
        };
        let inferred = link.basis == Basis::Inferred;
        w.raw("<li><button type=\"button\" class=\"chip\"");
        w.attr(
            "aria-pressed",
            if pressed.contains(&*sector.slug) {
                "true"
            } else {
                "false"
            },
        );
        w.attr("data-basis", if inferred { "inferred" } else { "discussed" });
        w.attr(
            "title",
            link.note.as_deref().unwrap_or("Discussed, as the article states"),
        );
        w.attr("data-sector", &sector.slug);
        w.raw(">");
        w.hl(&sector.name);
        if inferred {
            w.raw("<span class=\"chip__note\"> (inferred)</span>");
        }
        w.raw("</button></li>");
    }
    w.raw("</ul><dl class=\"card__meta\">");
    w.places("District", &d.districts, "Not named in the article");
    w.places("Sites visited", &d.sites, "Not named in the article");
    w.places(
        "Counterparts in Chongqing",
        &d.counterparts,
        "None named in the article",
    );
    w.raw("</dl>");
    w.section("Outcomes", &d.outcomes, |w, o| {
        w.raw("<span class=\"badge\"");
        w.attr("data-kind", o.kind.slug());
        w.raw(">");
        w.text(o.kind.label());
        w.raw("</span> ");
        w.hl(&o.text);
        w.source(&o.source);
    });
    w.section("Key facts", &d.facts, |w, c| {
        w.hl(&c.text);
        w.source(&c.source);
    });
    w.section("What they said", &d.statements, |w, s| {
        w.raw("<span class=\"card__speaker\">");
        w.text(&s.speaker);
        w.raw(": </span>");
        w.hl(&s.text);
        w.source(&s.source);
    });
    if !d.quotes.is_empty() {
        w.raw("<section class=\"card__section\"><h4>In their words</h4>");
        for q in d.quotes.iter() {
            w.raw("<figure class=\"quote\"><blockquote><p>\u{201c}");
            w.hl(&q.text);
            w.raw("\u{201d}</p></blockquote><figcaption>\u{2014} ");
            w.hl(&q.speaker);
            w.source(&q.source);
            w.raw("</figcaption></figure>");
        }
        w.raw("</section>");
    }
    w.raw("<footer class=\"card__foot\"><button type=\"button\" class=\"button button--quiet copy-link\">Copy link</button></footer></article>");
    CardMarkup {
        html: w.out,
        runs: w.runs,
        marks: w.marks,
    }
}

/// The id of a card's heading, which labels the card.
pub fn heading_id(delegation_id: &str) -> String {
    format!("{delegation_id}-name")
}

/// The fallback shown when the clipboard cannot be written: the link, to copy by hand.
pub fn copy_fallback(url: &str) -> String {
    let mut out = String::from("<label class=\"copy-fallback\">Copy this link: <input type=\"text\" readonly");
    attr(&mut out, "value", url);
    out.push_str("></label>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embedded;

    fn real() -> (Dataset, Article) {
        embedded::load().expect("the embedded dataset loads")
    }

    fn plain<'a>(query: &'a Query, pressed: &'a BTreeSet<String>) -> Shown<'a> {
        Shown {
            query,
            pressed,
            targeted: false,
        }
    }

    #[test]
    fn the_card_is_an_article_labelled_by_its_heading_and_marked_when_targeted() {
        let (data, article) = real();
        let d = &data.delegations[0];
        let (q, none) = (Query::new(""), BTreeSet::new());
        let m = card(&data, &article, d, &plain(&q, &none));
        let open = format!(
            "<article class=\"card\" tabindex=\"-1\" id=\"{0}\" aria-labelledby=\"{0}-name\">",
            d.id
        );
        assert!(m.html.starts_with(&open), "{}", &m.html[..120]);
        assert!(m.html.ends_with("</article>"));
        let shown = Shown {
            targeted: true,
            ..plain(&q, &none)
        };
        assert!(card(&data, &article, d, &shown)
            .html
            .contains("-name\" data-target=\"true\">"));
    }

    fn tags(html: &str, tag: &str) -> usize {
        html.matches(&format!("<{tag}")).count()
    }

    #[test]
    fn every_card_is_balanced_and_cites_every_fact() {
        let (data, article) = real();
        for d in data.delegations.iter() {
            let m = card(&data, &article, d, &plain(&Query::new(""), &BTreeSet::new()));
            crate::markup::html::assert_parses_as_written(&m.html);
            let facts = d.districts.len()
                + d.sites.len()
                + d.counterparts.len()
                + d.outcomes.len()
                + d.facts.len()
                + d.statements.len()
                + d.quotes.len()
                + usize::from(d.leader.is_some());
            assert_eq!(tags(&m.html, "details class=\"source\""), facts, "{}", d.id);
            assert!(
                !m.html.contains("data-cite=\"\""),
                "every fact of {} is found in the article",
                d.id
            );
            assert_eq!(m.runs.len(), tags(&m.html, "span class=\"hl\""));
            assert_eq!(m.runs[0], d.name);
            assert!(m.marks.iter().all(Vec::is_empty));
        }
    }

    #[test]
    fn matches_are_marked_in_their_runs_and_recorded() {
        let (data, article) = real();
        let d = &data.delegations[0];
        let word = d.name.split_whitespace().next().expect("a name has a word");
        let m = card(&data, &article, d, &plain(&Query::new(word), &BTreeSet::new()));
        assert!(m.html.contains(&format!(
            "<h3 class=\"card__title\" id=\"{}-name\"><span class=\"hl\"><mark>{word}</mark>",
            d.id
        )));
        assert_eq!(m.marks[0], vec![0..word.len()]);
        assert_eq!(m.marks.len(), m.runs.len());
    }

    #[test]
    fn chips_carry_their_sector_and_pressed_state() {
        let (data, article) = real();
        let d = &data.delegations[0];
        let slug = data
            .sector(&d.sectors[0].sector)
            .expect("a known sector")
            .slug
            .to_string();
        let m = card(
            &data,
            &article,
            d,
            &plain(&Query::new(""), &BTreeSet::from([slug.clone()])),
        );
        assert!(m.html.contains("aria-pressed=\"true\" data-basis="));
        assert!(m.html.contains(&format!("data-sector=\"{slug}\"")));
        assert_eq!(m.html.matches("aria-pressed=\"true\"").count(), 1);
    }

    #[test]
    fn the_copy_fallback_escapes_the_link() {
        let html = copy_fallback("https://x.test/?q=%22a%22\"><script>");
        assert!(html.contains("value=\"https://x.test/?q=%22a%22&quot;&gt;&lt;script&gt;\""));
    }
}
