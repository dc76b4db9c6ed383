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
use std::collections::BTreeSet;

fn model() -> &'static Model {
    let (data, article) = embedded::load().expect("the embedded dataset loads");
    Box::leak(Box::new(Model::new(data, article)))
}

/// Renders `f`'s view in a fresh owner, with a store on the embedded data set up by `state`.
fn render<V: IntoView + 'static>(state: impl FnOnce(Store), f: impl FnOnce(Store) -> V) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::new(model());
        state(store);
        f(store).into_view().to_html()
    })
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn the_prerendered_page_is_the_default_view_with_every_region() {
    let html = prerendered(model(), None);
    assert!(
        html.starts_with("<main id=\"main\" data-prerendered=\"\" class=\"wrap\">"),
        "{}",
        &html[..80]
    );
    assert!(html.ends_with("</main>"));
    for id in [
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
    // The figures and the article are the build's, in the page from the start (the app
    // carries them over), with every sentence.
    assert_eq!(count(&html, "id=\"figures\""), 1);
    assert_eq!(count(&html, "id=\"article\""), 1);
    assert_eq!(count(&html, "class=\"sentence\""), 28);
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
        let html = render(|_| (), |store| view! { <Card store d/> });
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
    let html = render(
        |store| {
            store.q.set("guoan".into());
            store.sectors.set(BTreeSet::from(["precision-medicine".to_owned()]));
            store.target.set(Some(d.id.to_string()));
        },
        |store| view! { <Card store d/> },
    );
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
    let html = render(|_| (), |store| view! { <Overview store/> });
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
    assert!(
        html.contains("Sectors named for the event as a whole: Healthcare, Smart manufacturing, and related sectors.")
    );
    assert!(
        html.contains("aria-describedby=\"year-reason\""),
        "the year is marked as inferred"
    );
}

#[test]
fn a_card_says_only_what_the_article_says_and_marks_its_inferences() {
    let m = model();
    let html = render(|_| (), |store| view! { <Card store d=&m.data.delegations[0]/> });
    assert!(!html.contains("Led by"));
    assert!(!html.contains("Counterparts"));
    assert!(
        html.contains(" of the organization<details"),
        "the article's title, not \"led by\""
    );
    assert!(html.contains(">Agreements signed</span>"));
    assert!(html.contains("aria-describedby=\"taiwan-healthcare-industry-alliance-outcome-0-reason\""));
    assert!(html.contains("it does not say who signed"));
    // Wang's claims are his quotes, once each, never a bare fact.
    assert_eq!(count(&html, "68 types of tumors"), 1);
    assert_eq!(count(&html, "recognized by the U.S. FDA"), 1);
}

#[test]
fn hostile_text_is_escaped_as_text() {
    let html = render(
        |store| store.q.set("<img src=x onerror=alert(1)>".into()),
        |store| view! { <EmptyState store/> },
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
    assert!(!html.contains("<img"));
}

#[test]
fn the_empty_state_says_what_was_asked_and_suggests_sectors() {
    let html = render(
        |store| {
            store.q.set("fuling".into());
            store.sectors.set(BTreeSet::from(["smart-terminals".to_owned()]));
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
fn also_on_this_page_holds_every_place_of_the_search_hidden_and_linked_to_its_place() {
    use super::hits::{group_id, hit_id, AlsoOnThisPage};
    use crate::domain::scope::KINDS;
    let html = render(|_| (), |store| view! { <AlsoOnThisPage store/> });
    let m = model();
    let scope = m.catalog.scope.as_ref().expect("the app's model searches the page");
    assert!(
        html.starts_with("<section id=\"hits\" aria-labelledby=\"hits-heading\" hidden class=\"hits\">"),
        "{}",
        &html[..200]
    );
    // One entry per place, in the scope's order (the app shows them by that id), each hidden
    // until a search finds it, each linking to its place: a sentence opens in the article.
    let mut at = 0;
    for p in &scope.places {
        let entry = format!("<li id=\"{}\" hidden>", hit_id(&p.id));
        let found = html[at..].find(&entry).map(|i| i + at);
        assert!(found.is_some(), "{entry} after byte {at}");
        at = found.unwrap_or(at);
        let link = match p.sentence {
            Some(n) => format!("data-sentence=\"{n}\""),
            None => format!("<a href=\"#{}\">{}</a>", p.id, p.label),
        };
        assert!(html[at..].contains(&link), "{link}");
    }
    for kind in KINDS {
        assert_eq!(count(&html, &format!("id=\"{}\" hidden", group_id(kind))), 1);
    }
    assert_eq!(count(&html, "<li id=\"hit-"), scope.places.len());
    let s27 = &html[html.find("id=\"hit-sentence-27\"").unwrap_or(0)..];
    assert!(s27.contains(">Sentence 27</a>"), "{}", &s27[..400.min(s27.len())]);
}

#[test]
fn words_only_beyond_the_cards_get_no_spelling_advice() {
    let html = render(
        |store| store.q.set("foxconn".into()),
        |store| view! { <EmptyState store/> },
    );
    assert!(html.contains(super::empty::ELSEWHERE), "{html}");
    assert!(!html.contains("check the spelling"), "{html}");
    let html = render(
        |store| store.q.set("qqqqqq".into()),
        |store| view! { <EmptyState store/> },
    );
    assert!(html.contains("check the spelling"), "{html}");
}

#[test]
fn a_phrase_that_is_nowhere_gets_the_phrase_advice_not_spelling_advice() {
    // Every word is on the page, but never next to each other in this order.
    for q in ["\"energy new\"", "energy-new", "\u{201c}chamber commerce\u{201d}"] {
        let html = render(|store| store.q.set(q.into()), |store| view! { <EmptyState store/> });
        assert!(html.contains(super::empty::PHRASE_ADVICE), "{q}: {html}");
        assert!(!html.contains("check the spelling"), "{q}: {html}");
    }
}

#[test]
fn the_summary_shows_the_figures_with_their_formulas_and_a_labelled_chart() {
    let html = render(|_| (), |store| view! { <Summary store/> });
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
    let html = render(|_| (), |store| view! { <ArticleText store/> });
    assert_eq!(count(&html, "class=\"sentence\""), sentences);
    assert_eq!(count(&html, "data-sentence="), sentences);
    // The build's article marks no sentence: the app marks the open one.
    assert_eq!(count(&html, "data-current"), 0);
    assert!(html.contains("href=\"?s=12\""));
    let back = |n: Option<usize>| {
        render(
            move |store| store.sentence.set(n),
            |store| view! { <ArticleBack store/> },
        )
    };
    assert!(back(None).contains(" hidden"));
    let open = back(Some(2));
    assert!(!open.contains(" hidden"), "{open}");
    assert!(open.contains("Showing sentence 2. ") && open.contains("Back to the delegations"));
}

#[test]
fn the_advice_for_chinese_names_every_glossary_place_in_both_scripts() {
    use crate::ui::empty::CHINESE_ADVICE;
    let data = crate::domain::embedded::dataset();
    assert!(!data.glossary.is_empty());
    for g in data.glossary.iter() {
        assert!(CHINESE_ADVICE.contains(&*g.english), "{}", g.english);
        assert!(CHINESE_ADVICE.contains(&*g.chinese), "{}", g.chinese);
    }
}

#[test]
fn the_stylesheet_shows_the_note_of_every_alias_and_glossary_entry() {
    use crate::domain::vocabulary::{alias_selector, gloss_selector};
    let css = include_str!("../../style/main.css");
    let data = crate::domain::embedded::dataset();
    let mut selectors: Vec<String> = data
        .glossary
        .iter()
        .enumerate()
        .map(|(i, g)| gloss_selector(i, g))
        .collect();
    for s in data.sectors.iter() {
        selectors.extend(s.aliases.iter().map(|a| alias_selector(&s.slug, a)));
    }
    assert!(selectors.len() >= 10);
    for selector in selectors {
        assert!(css.contains(&selector), "style/main.css has no rule for {selector}");
    }
    // And every note is in the page, each with the id those rules name.
    let html = render(|_| (), |store| view! { <crate::ui::read_as::ReadAsPanel store/> });
    assert_eq!(count(&html, "class=\"notice read-as__note\""), data.glossary.len() + 2);
}
