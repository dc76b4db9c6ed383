//! The components rendered natively to HTML, as `cargo xtask dist` renders the prerendered
//! page: what a reader without JavaScript gets, and what the browser replaces with the same components.

use super::article::{ArticleBack, ArticleText};
use super::card::Card;
use super::empty::EmptyState;
use super::overview::Overview;
use super::store::{Model, Store};
use super::summary::Summary;
use super::*;
use crate::domain::embedded;
use crate::domain::scope::Kind;
use crate::domain::url_state::ViewState;
use std::collections::BTreeSet;

fn model() -> &'static Model {
    let (data, article) = embedded::load().expect("the embedded dataset loads");
    Box::leak(Box::new(Model::new(data, article)))
}

/// Renders `f`'s view in a fresh owner, with a store on the embedded data in `state`.
fn render<V: IntoView + 'static>(state: ViewState, f: impl FnOnce(Store) -> V) -> String {
    let owner = Owner::new();
    owner.with(|| f(Store::at(model(), state, None)).into_view().to_html())
}

/// The view of the search `q`.
fn searched(q: &str) -> ViewState {
    ViewState {
        q: q.to_owned(),
        ..ViewState::default()
    }
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn the_prerendered_page_is_the_default_view_with_every_region() {
    let html = prerendered(model(), None);
    assert!(
        html.starts_with("<div data-prerendered=\"\" class=\"page\"><section id=\"headline\""),
        "{}",
        &html[..80]
    );
    assert!(html.ends_with("</footer></div>"));
    for id in [
        "headline",
        "overview",
        "main",
        "link-notes",
        "search-input",
        "result-count",
        "active-filters",
        "cards",
        "results-body",
        "empty-state",
        "more",
        "later",
        "announcer",
        "figures",
        "over-time",
        "editions",
        "article",
        "sources",
        "about-identified",
        "hits",
        "read-as",
        "about",
    ] {
        assert_eq!(count(&html, &format!("id=\"{id}\"")), 1, "{id}");
    }
    assert_eq!(count(&html, "<article tabindex=\"-1\""), 3);
    assert_eq!(count(&html, "class=\"card\""), 3);
    assert!(html.contains("id=\"result-count\" class=\"results__count\">3 delegations</p>"));
    // Sectors that tag a delegation only (not "Smart manufacturing", named for the event as
    // a whole), the children of Healthcare in a list of their own.
    assert_eq!(count(&html, "type=\"checkbox\""), 8);
    assert!(!html.contains("value=\"smart-manufacturing\""));
    let children = html.split("filter__list--children").nth(1).unwrap_or_default();
    let children = children.split("</ul>").next().unwrap_or_default();
    assert_eq!(count(children, "type=\"checkbox\""), 3, "{children}");
    assert!(children.contains("value=\"pharmaceuticals\""));
    assert!(!html.contains(" checked"));
    assert!(!html.contains("<mark>"));
    assert!(html.contains("id=\"empty-state\" hidden"), "the empty state is hidden");
    assert!(!html.contains("No delegations match"));
    assert!(
        html.contains("data-url=\"\""),
        "the build does not know where it is deployed"
    );
    // The figures and the article are in the page from the start, with every sentence.
    assert_eq!(count(&html, "id=\"figures\""), 1);
    assert_eq!(count(&html, "id=\"article\""), 1);
    // The article's 28 sentences, then the other reports' (9 + 7 + 6 + 7 + 10 + 6 + 3).
    assert_eq!(count(&html, "class=\"sentence\""), 28 + 48);
    // Every source holds its sentence, so that it opens without JavaScript: as many bodies
    // as disclosures.
    assert_eq!(
        count(&html, "<details data-cite=\""),
        count(&html, "class=\"source__body\""),
    );
    assert!(count(&html, "class=\"source__body\"") > 30);
}

#[test]
fn every_card_cites_every_fact_once_per_run_and_holds_no_source_body_until_opened() {
    let m = model();
    for d in m.data.delegations.iter() {
        let html = render(ViewState::default(), |store| view! { <Card store d/> });
        // One marker per fact, but one for a run of neighbours in a list that cite the same
        // sentences (three sites from sentence 3 carry one "3").
        let lists: Vec<Vec<&str>> = vec![
            d.districts.iter().map(|c| &*c.source).collect(),
            d.sites.iter().map(|c| &*c.source).collect(),
            d.outcomes.iter().map(|o| &*o.source).collect(),
            d.facts.iter().map(|c| &*c.source).collect(),
            d.statements.iter().map(|s| &*s.source).collect(),
        ];
        let runs: usize = lists
            .iter()
            .map(|spans| {
                let cites: Vec<Vec<usize>> = spans.iter().map(|s| m.article.cite(s)).collect();
                cites.len() - cites.windows(2).filter(|w| w[0] == w[1]).count()
            })
            .sum();
        let markers = runs + d.quotes.len() + usize::from(d.head.is_some());
        assert_eq!(count(&html, "<details data-cite=\""), markers, "{}", d.id);
        assert!(
            !html.contains("data-cite=\"\""),
            "every fact of {} is in the article",
            d.id
        );
        assert!(!html.contains("source__body"));
        assert!(html.contains(&format!("aria-labelledby=\"{}-name\"", d.id)));
        assert!(!html.contains("data-target"));
    }
}

#[test]
fn a_query_marks_its_matches_and_a_checked_sector_presses_its_chip() {
    let m = model();
    let d = &m.data.delegations[0];
    let state = ViewState {
        sectors: BTreeSet::from(["precision-medicine".to_owned()]),
        ..searched("guoan")
    };
    let html = Owner::new().with(|| {
        let store = Store::at(m, state, Some(&d.id));
        view! { <Card store d/> }.to_html()
    });
    assert!(
        html.contains("<mark>Guo&#39;an</mark>") || html.contains("<mark>Guo'an</mark>"),
        "{html}"
    );
    assert_eq!(count(&html, "aria-pressed=\"true\""), 1);
    assert!(html.contains("data-target=\"true\""));
}

#[test]
fn the_overview_counts_only_what_the_article_gives() {
    let data = &model().data;
    let html = render(ViewState::default(), |store| view! { <Overview store/> });
    let stats: Vec<&str> = html
        .split("class=\"stats\">")
        .nth(1)
        .unwrap_or_default()
        .split("</ul>")
        .next()
        .unwrap_or_default()
        .split("<li>")
        .skip(1)
        .map(|li| li.split("</li>").next().unwrap_or_default())
        .collect();
    let sites: usize = data.delegations.iter().map(|d| d.sites.len()).sum();
    assert_eq!(
        stats,
        [
            format!("{} delegations described", data.delegations.len()),
            format!("{sites} sites named as visited"),
            "Agreements signed (number not given)".to_owned(),
            "1 framework reached".to_owned(),
        ]
    );
    // The purpose names the event's sectors once; no line repeats it (issue 33).
    assert!(html.contains("exploring cooperation in healthcare, smart manufacturing, and related sectors"));
    assert!(!html.contains("Sectors named for the event as a whole"));
    // The year is marked as inferred, its reason a disclosure beside it.
    let year = html.split("overview__when").nth(1).unwrap_or_default();
    assert!(
        year.contains("<details class=\"inferred\"><summary class=\"inferred__mark\">(inferred)"),
        "{year}"
    );
    assert!(year.contains("class=\"inferred__reason\">"), "{year}");
}

#[test]
fn a_card_says_only_what_the_article_says_and_marks_its_inferences() {
    let m = model();
    let html = render(
        ViewState::default(),
        |store| view! { <Card store d=&m.data.delegations[0]/> },
    );
    assert!(!html.contains("Led by"));
    assert!(!html.contains("Counterparts"));
    assert!(
        html.contains(" of the organization<details"),
        "the article's title, not \"led by\""
    );
    assert!(html.contains(">Agreements signed</span>"));
    // The agreements' inference opens its reason in place, next to the outcome.
    let agreements = html.split(">Agreements signed</span>").nth(1).unwrap_or_default();
    let agreements = agreements.split("</li>").next().unwrap_or_default();
    assert!(agreements.contains("<details class=\"inferred\">"), "{agreements}");
    assert!(agreements.contains("it does not say who signed"), "{agreements}");
    // Precision medicine and cell therapy are Wang's remark, not sectors stated as discussed;
    // no sector's reason hides in a title.
    assert_eq!(count(&html, "data-basis=\"remark\""), 2);
    assert_eq!(
        count(&html, " raised by Wang Guo&#39;an</span>") + count(&html, " raised by Wang Guo'an</span>"),
        2
    );
    assert!(!html.contains("data-basis=\"stated\""));
    assert!(!html.contains(" title=\""), "no reason only in a tooltip");
    // Wang's claims are his quotes, once each, never a bare fact.
    assert_eq!(count(&html, "68 types of tumors"), 1);
    assert_eq!(count(&html, "recognized by the U.S. FDA"), 1);
}

#[test]
fn an_inferred_sector_opens_its_reason_beside_its_chip() {
    let m = model();
    let teema = &m.data.delegations[1];
    let html = render(ViewState::default(), |store| view! { <Card store d=teema/> });
    let chips = html.split("class=\"chips\"").nth(1).unwrap_or_default();
    let chips = chips.split("</ul>").next().unwrap_or_default();
    assert_eq!(count(chips, "data-basis=\"inferred\""), 4, "{chips}");
    // Each chip's reason is a disclosure after the chip, outside the button (which filters).
    assert_eq!(count(chips, "</button> <details class=\"inferred\">"), 4, "{chips}");
    assert_eq!(
        count(chips, "it does not say whose discussions they were"),
        4,
        "{chips}"
    );
}

#[test]
fn hostile_text_is_escaped_as_text() {
    let html = render(
        searched("<img src=x onerror=alert(1)>"),
        |store| view! { <EmptyState store/> },
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
    assert!(!html.contains("<img"));
}

#[test]
fn the_empty_state_says_what_was_asked_and_suggests_sectors() {
    let html = render(
        ViewState {
            sectors: BTreeSet::from(["smart-terminals".to_owned()]),
            ..searched("fuling")
        },
        |store| view! { <EmptyState store/> },
    );
    assert!(html
        .contains("No delegation matches the search \u{201c}fuling\u{201d} with the sector filter Smart terminals."));
    assert!(html.contains("data-sector=\"pharmaceuticals\""));
    assert!(html.contains(">Pharmaceuticals (1)</button>"));
    let region = html.split('>').next().unwrap_or_default();
    assert!(
        region.contains("id=\"empty-state\"") && !region.contains("hidden"),
        "{region}"
    );
}

#[test]
fn also_on_this_page_lists_what_the_search_found_beyond_the_cards_linked_to_its_place() {
    use super::hits::{hit_id, AlsoOnThisPage};
    let m = model();
    let scope = m.catalog.scope.as_ref().expect("the app's model searches the page");
    // Nothing searched, nothing listed: the section is hidden and empty.
    let html = render(ViewState::default(), |store| view! { <AlsoOnThisPage store/> });
    assert!(
        html.starts_with("<section id=\"hits\" aria-labelledby=\"hits-heading\" hidden class=\"hits\">"),
        "{}",
        &html[..200]
    );
    assert_eq!(count(&html, "<li id=\"hit-"), 0);
    // "Foxconn" is in the context and in sentence 27: each found place is listed, linked to
    // its place (a sentence opens in the article), its words marked.
    let html = render(searched("foxconn"), |store| view! { <AlsoOnThisPage store/> });
    assert!(!html.starts_with("<section id=\"hits\" aria-labelledby=\"hits-heading\" hidden"));
    let found = scope.search(&crate::domain::search::Query::new("foxconn"));
    assert!(found.len() >= 2, "{found:?}");
    assert_eq!(count(&html, "<li id=\"hit-"), found.len());
    for &i in &found {
        let p = &scope.places[i];
        assert_eq!(count(&html, &format!("<li id=\"{}\"", hit_id(&p.id))), 1, "{}", p.id);
        let link = match (p.kind, p.sentence) {
            (Kind::Sentence, Some(n)) => format!("data-sentence=\"{n}\""),
            _ => format!("<a href=\"#{}\">{}</a>", p.id, p.heading()),
        };
        assert!(html.contains(&link), "{link}");
    }
    let s27 = &html[html.find("id=\"hit-sentence-27\"").unwrap_or(0)..];
    assert!(s27.contains(">Sentence 27</a>"), "{}", &s27[..400.min(s27.len())]);
    assert!(html.contains("<mark>Foxconn</mark>"), "{html}");
}

#[test]
fn words_only_beyond_the_cards_get_no_spelling_advice() {
    let html = render(searched("foxconn"), |store| view! { <EmptyState store/> });
    assert!(html.contains(super::empty::ELSEWHERE), "{html}");
    assert!(!html.contains("check the spelling"), "{html}");
    let html = render(searched("qqqqqq"), |store| view! { <EmptyState store/> });
    assert!(html.contains("check the spelling"), "{html}");
}

#[test]
fn a_phrase_that_is_nowhere_gets_the_phrase_advice_not_spelling_advice() {
    // Every word is on the page, but never next to each other in this order.
    for q in ["\"energy new\"", "energy-new", "\u{201c}chamber commerce\u{201d}"] {
        let html = render(searched(q), |store| view! { <EmptyState store/> });
        assert!(html.contains(super::empty::PHRASE_ADVICE), "{q}: {html}");
        assert!(!html.contains("check the spelling"), "{q}: {html}");
    }
}

#[test]
fn the_summary_shows_the_figures_with_their_formulas_and_a_labelled_chart() {
    let html = render(ViewState::default(), |store| view! { <Summary store/> });
    assert_eq!(count(&html, "data-figure="), 3);
    assert_eq!(count(&html, "data-derived="), 4);
    assert_eq!(count(&html, "class=\"figure__formula\""), 4);
    assert!(html.contains("= $8.06 billion utilized ÷ $32.38 billion contracted"));
    assert_eq!(count(&html, "<rect "), 2);
    assert_eq!(count(&html, "class=\"chart__label\""), 2);
    assert!(html.contains("width=\"1000\""));
    assert_eq!(
        count(&html, "24.9%"),
        1,
        "the utilization rate is stated once, in its tile"
    );
    assert!(!html.contains("role=\"tooltip\""), "no formula hides in a tooltip");
    assert!(!html.contains("data-cite=\"\""), "every figure is found in the article");
}

#[test]
fn the_article_numbers_and_links_every_sentence_and_the_way_back_shows_for_an_open_one() {
    let sentences = model().article.sentences().len();
    let html = render(ViewState::default(), |store| view! { <ArticleText store/> });
    assert_eq!(count(&html, "class=\"sentence\""), sentences);
    assert_eq!(count(&html, "data-sentence="), sentences);
    // The default view marks no sentence; a view with one open marks it, and no other.
    assert_eq!(count(&html, "data-current"), 0);
    assert!(html.contains("href=\"?s=12\""));
    let state = ViewState {
        sentence: Some(12),
        ..ViewState::default()
    };
    let open = render(state, |store| view! { <ArticleText store/> });
    assert_eq!(count(&open, "data-current=\"true\""), 1);
    assert!(
        open.contains("id=\"sentence-12\" tabindex=\"-1\" data-current=\"true\""),
        "{open}"
    );
    let back = |n: Option<usize>| {
        let state = ViewState {
            sentence: n,
            ..ViewState::default()
        };
        render(state, |store| view! { <ArticleBack store/> })
    };
    assert!(back(None).contains(" hidden"));
    let open = back(Some(2));
    assert!(!open.contains(" hidden"), "{open}");
    assert!(open.contains("Showing sentence 2. ") && open.contains("Back to the delegations"));
}

#[test]
fn the_notes_of_our_vocabulary_show_only_for_a_search_that_reads_them() {
    use crate::ui::read_as::ReadAsNotes;
    let html = render(ViewState::default(), |store| view! { <ReadAsNotes store/> });
    assert!(html.contains("id=\"read-as\" hidden"), "{html}");
    assert_eq!(count(&html, "read-as__note"), 0);
    let html = render(searched("重庆 ev"), |store| view! { <ReadAsNotes store/> });
    assert!(!html.contains(" hidden"), "{html}");
    assert_eq!(count(&html, "class=\"notice read-as__note\""), 2);
    assert!(html.contains("id=\"read-as-0\"") && html.contains("id=\"read-as-new-energy-vehicles\""));
    assert!(html.contains("<span lang=\"zh\">重庆</span>"), "{html}");
    assert!(html.contains("from our vocabulary, not the article"), "{html}");
}

#[test]
fn the_advice_for_a_chinese_search_names_the_glossary_s_places() {
    let html = render(searched("企业"), |store| view! { <EmptyState store/> });
    let data = &model().data;
    for g in data.glossary.iter() {
        assert!(html.contains(&*g.chinese), "{}", g.chinese);
    }
    assert!(html.contains("The article and the data are in English"), "{html}");
}

#[test]
fn the_other_reports_stand_in_their_language_with_translations_marked_as_ours() {
    use super::editions::Editions;
    use super::other_reports::OtherReports;
    let html = render(ViewState::default(), |store| view! { <OtherReports store/> });
    // Every report with a text, each sentence addressable; French marked as French.
    assert_eq!(count(&html, "class=\"other-report\""), model().data.sources.len());
    assert_eq!(
        count(&html, "lang=\"fr\""),
        1,
        "the French report's text (its headline is not in the stored copy)"
    );
    assert!(html.contains("id=\"source-asiacity-17th-matchmaking-fr--9\""));
    assert!(
        html.contains("Its text is the primary article"),
        "the identifying copy has no text of its own"
    );
    // The figures panel: the French figures quoted in French, the English marked as ours.
    let html = render(ViewState::default(), |store| view! { <Summary store/> });
    assert!(
        html.contains("<q lang=\"fr\">un investissement contractuel cumulé de 32,379 milliards de dollars</q>"),
        "{html}"
    );
    assert!(html.contains("Translation made here: "));
    assert!(html.contains("2 sources"));
    assert!(!html.contains("<q>un investissement"), "no French without its lang");
    // The timeline: four editions and one gap, every fact cited.
    let html = render(ViewState::default(), |store| view! { <Editions store/> });
    assert_eq!(count(&html, "class=\"edition\""), 4);
    assert_eq!(count(&html, "class=\"timeline__gap\""), 1);
    assert_eq!(
        count(&html, "class=\"edition__fact\""),
        count(&html, "class=\"cite\"") - 2,
        "every fact, and the two years read from a report"
    );
}

/// The places in `html` where an element the HTML parser would move (a block in a `<p>`,
/// which closes the paragraph) or that is not phrasing content stands inside an element that
/// holds only phrasing content: there, the browser's page is not the tree the components
/// wrote. A small tag reader, enough for the HTML the components write (no comments, no
/// raw text elements beyond `<script>`/`<style>`, which the app body has none of).
fn misnested(html: &str) -> Vec<String> {
    const PHRASING_ONLY: [&str; 11] = ["p", "span", "h1", "h2", "h3", "h4", "h5", "h6", "q", "a", "summary"];
    const FLOW_ONLY: [&str; 14] = [
        "details",
        "div",
        "p",
        "blockquote",
        "ul",
        "ol",
        "dl",
        "figure",
        "section",
        "table",
        "h2",
        "h3",
        "h4",
        "header",
    ];
    const VOID: [&str; 8] = ["br", "img", "input", "meta", "link", "hr", "wbr", "source"];
    let mut open: Vec<&str> = Vec::new();
    let mut found = Vec::new();
    for tag in html.split('<').skip(1) {
        let end = tag.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(tag.len());
        let name = &tag[..end];
        if let Some(closing) = name.strip_prefix('/') {
            if let Some(at) = open.iter().rposition(|&t| t == closing) {
                open.truncate(at);
            }
            continue;
        }
        if name.is_empty() || name.starts_with('!') || VOID.contains(&name) || tag.starts_with("svg") {
            continue;
        }
        // `summary` may hold a heading; everything else listed holds phrasing content only.
        if FLOW_ONLY.contains(&name) {
            if let Some(parent) = open.iter().rev().find(|t| PHRASING_ONLY.contains(t)) {
                let heading = name.starts_with('h') && *parent == "summary";
                if !heading {
                    found.push(format!("<{name}> in <{parent}>: <{}", &tag[..tag.len().min(80)]));
                }
            }
        }
        if !tag[..tag.find('>').unwrap_or(tag.len())].ends_with('/') {
            open.push(name);
        }
    }
    found
}

#[test]
fn the_tag_reader_finds_a_block_in_a_paragraph() {
    assert!(
        misnested("<div><p>a <span>b</span></p><details><summary>s</summary><div>x</div></details></div>").is_empty()
    );
    assert_eq!(misnested("<p>a <details><summary>s</summary></details></p>").len(), 1);
    assert_eq!(misnested("<h3>a <details></details></h3>").len(), 1);
    assert_eq!(misnested("<span>a <div></div></span>").len(), 1);
}

#[test]
fn every_element_stands_where_the_html_parser_keeps_it() {
    // The prerendered page is parsed by the browser: a `<details>` in a `<p>` closes the
    // paragraph, and the page the reader gets without script is not the one written.
    let html = prerendered(model(), None);
    let found = misnested(&html);
    assert!(found.is_empty(), "{} misnested:\n{}", found.len(), found.join("\n"));
}
