//! The empty state: what was asked, how many delegations the sector filter hides (with
//! "Search all sectors") and the sectors that would give results (as chips that check them),
//! or advice that fits what was typed; and "Clear all". Also the note for a search with
//! nothing to search for (only symbols or punctuation), which is no filter.

use super::store::Store;
use super::worker;
use crate::domain::job::{read_near, Job};
use crate::domain::labels::{asked, hidden_by_filter};
use crate::domain::vocabulary::{gloss, has_cjk};
use leptos::either::Either;
use leptos::prelude::*;

/// The empty state's region, hidden while there are results.
#[component]
pub fn EmptyState(store: Store) -> impl IntoView {
    let none = Memo::new(move |_| store.view.with(|v| v.results.is_empty()));
    view! {
        <div class="empty" data-state="empty" id="empty-state" hidden=move || !none.get()>
            {move || none.get().then(|| view! { <Nothing store/> })}
        </div>
    }
}

/// What the reader sees when nothing matches.
#[component]
fn Nothing(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let question = move || {
        store.sectors.with(|sectors| {
            let names: Vec<&str> = sectors
                .iter()
                .filter_map(|s| data.sector(s))
                .map(|s| &*s.name)
                .collect();
            store.q.with(|q| asked(q, &names))
        })
    };
    // The unchecked sectors that have results for the search, with their counts.
    let suggestions = Memo::new(move |_| {
        store.view.with(|v| {
            v.suggestions()
                .into_iter()
                .filter_map(|f| Some((&*data.sector(&f.slug)?.slug, format!("{} ({})", f.name, f.count))))
                .collect::<Vec<(&'static str, String)>>()
        })
    });
    // "Did you mean …" when a word of the search is nowhere on the page: the nearest terms of
    // the cards' and the rest of the page's vocabulary that find something
    // (`vocabulary::did_you_mean`). The exports worker finds them (`domain::job`): this rare
    // path then costs the first load no WASM (2.7 KB gzip here, measured: wasm-opt -Oz, gzip
    // -9, 1 KB = 1000 bytes), and they show a moment later. Its answer is kept with the search
    // it answers, as a later one may be typed meanwhile.
    let (answer, asked) = (RwSignal::new(None::<String>), RwSignal::new(String::new()));
    Effect::new(move || {
        let q = store.q.get();
        let nowhere = store.view.with(|v| v.matched == 0 && v.places.is_empty());
        // Once per search: a sector checked meanwhile changes nothing here.
        let answered = asked.with_untracked(|a| *a == q);
        if nowhere && !answered && !store.query.with(|query| query.is_empty()) {
            worker::ask(&Job::Near { q: q.clone() }, move |found| {
                asked.set(q);
                answer.set(found);
            });
        }
    });
    // Suggestions as chips: a sector's checks it (its slug), a search's (no slug) searches for
    // it. One kind of chip for both, as each kind of element costs WASM.
    let chips = move |chips: Vec<(&'static str, String)>, heading: &'static str| {
        let chips = chips
            .into_iter()
            .map(|(slug, label)| {
                let text = label.clone();
                let pick = move |_| {
                    if slug.is_empty() {
                        store.set_query(label.clone());
                        // The chip goes with the empty state: the focus goes to the search.
                        super::search_box::focus_search();
                    } else {
                        store.set_sector(slug, true);
                    }
                };
                view! {
                    <li>
                        <button type="button" class="chip" data-sector=slug on:click=pick>
                            {text}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p id="suggest-label">{heading}</p>
            <ul class="empty__suggestions" role="list" aria-labelledby="suggest-label">
                {chips}
            </ul>
        }
    };
    let advice = move || {
        let sectors = suggestions.get();
        if sectors.is_empty() {
            let current = store.q.with(|q| asked.with(|a| a == q));
            let near: Vec<(&'static str, String)> = answer.with(|a| match a {
                Some(a) if current => read_near(a).map(|s| ("", s.to_owned())).collect(),
                _ => Vec::new(),
            });
            let near = (!near.is_empty()).then(|| chips(near, "Did you mean:"));
            Either::Left(view! { <p>{advice_text(store)}</p> {near} })
        } else {
            // The words match, in delegations the sector filter hides.
            let hidden = hidden_by_filter(store.view.with(|v| v.matched));
            Either::Right(view! {
                <p>
                    {hidden}{" "}
                    <button type="button" class="button button--quiet" on:click=move |_| store.clear_sectors()>
                        {"Search all sectors"}
                    </button>
                </p>
                {chips(sectors, "These sectors have results for your search:")}
            })
        }
    };
    view! {
        <h3 class="empty__title">{"No delegations match"}</h3>
        <p>{question}</p>
        {advice}
        <button type="button" class="button" on:click=move |_| store.clear_all()>
            {"Clear all"}
        </button>
    }
}

/// The advice when no sector filter hides a match: that the words are beyond the cards, or
/// what to type instead.
fn advice_text(store: Store) -> &'static str {
    if store.view.with(|v| !v.places.is_empty()) {
        // Never "check the spelling" for words that are on the page.
        ELSEWHERE
    } else if store.q.with(|q| has_cjk(&gloss(&store.model.data.glossary, q).0)) {
        // Chinese the glossary did not read (`重庆 foxconn` is an English word that found nothing).
        CHINESE_ADVICE
    } else if store.query.with(|q| q.has_phrase()) {
        PHRASE_ADVICE
    } else if store.query.with(|q| q.has_short_word()) {
        "Words of one or two letters match only a whole word or a known abbreviation (\u{201c}EV\u{201d}), never the start of a longer word: type more of the word."
    } else {
        "Nothing on the page has these words together: try fewer or shorter words, or check the spelling."
    }
}

/// The advice when the words are not on the cards but elsewhere on the page.
pub const ELSEWHERE: &str = "These words are not on the delegation cards, but they are in the figures, the context or the article: see \u{201c}Also on this page\u{201d} below.";

/// The advice when a quoted or hyphenated phrase finds nothing: most often its words are on
/// the page, apart. A word that is nowhere also gets "did you mean" below it (checking
/// whether the words are on the page apart cost 65 bytes gzip of WASM, measured: wasm-opt
/// -Oz, gzip -9).
pub const PHRASE_ADVICE: &str = "Quotation marks and hyphens ask for words next to each other, in this order, and nothing on the page has them so: try the words without them.";

/// The advice for a search in Chinese (or Japanese, Korean) that finds nothing. It names the
/// glossary's places as the dataset lists them (a test checks it against the glossary):
/// written out, not built from the data, for 0.4 KB gzip less WASM (measured: wasm-opt -Oz,
/// gzip -9, 1 KB = 1000 bytes).
pub const CHINESE_ADVICE: &str = "The article and the data are in English: search with English words, such as Chongqing, Taiwan, Yuzhong, Fuling or healthcare. Our glossary reads only the place names \u{91cd}\u{5e86} (\u{91cd}\u{6176}), \u{53f0}\u{6e7e} (\u{53f0}\u{7063}, \u{81fa}\u{7063}), \u{6e1d}\u{4e2d} and \u{6daa}\u{9675} as English.";

/// The note for a search with nothing to search for (only symbols or punctuation, "🚗"): it
/// filters nothing, so every delegation is shown, and it is no active filter.
#[component]
pub fn NothingToSearch(store: Store) -> impl IntoView {
    let typed = move || store.q.with(|q| q.trim().to_owned());
    let idle = move || store.q.with(|q| q.trim().is_empty()) || !store.query.with(|q| q.is_empty());
    view! {
        <p class="notice" role="note" id="nothing-to-search" hidden=idle>
            {"\u{201c}"}{typed}{"\u{201d} has no letters or digits to search for, so every delegation is shown."}
        </p>
    }
}
