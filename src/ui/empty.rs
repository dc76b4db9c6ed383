//! The empty state: what was asked, how many delegations the sector filter hides (with
//! "Search all sectors") and the sectors that would give results (as chips that check them),
//! or advice that fits what was typed. When the page has the words beyond the cards, that
//! answer leads ("Found on this page", above) and this is one line under it. "Clear all" is
//! the active filters' (once). Also the note for a search with nothing to search for (only
//! symbols or punctuation), which is no filter.

use super::store::Store;
use super::worker;
use crate::domain::job::{Answer, Job};
use crate::domain::labels::{asked, chinese_advice, hidden_by_filter};
use crate::domain::vocabulary::{gloss, has_cjk};
use leptos::either::Either;
use leptos::prelude::*;

/// The empty state's region, hidden while there are results.
#[component]
pub fn EmptyState(store: Store) -> impl IntoView {
    let none = Memo::new(move |_| store.view().with(|v| v.results.is_empty()));
    // The words are beyond the cards: the answer above leads, and this follows it.
    let elsewhere = move || store.view().with(|v| !v.places.is_empty());
    view! {
        <div
            class="empty"
            data-state=move || if elsewhere() { "elsewhere" } else { "empty" }
            id="empty-state"
            hidden=move || !none.get()
        >
            {move || none.get().then(|| view! { <Nothing store/> })}
        </div>
    }
}

/// What the reader sees when nothing matches.
#[component]
fn Nothing(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let question = move || {
        store.sectors().with(|sectors| {
            let names: Vec<&str> = sectors
                .iter()
                .filter_map(|s| data.sector(s))
                .map(|s| &*s.name)
                .collect();
            store.q().with(|q| asked(q, &names))
        })
    };
    // The unchecked sectors that have results for the search, with their counts.
    let sectors = Memo::new(move |_| {
        store.view().with(|v| {
            v.suggestions()
                .into_iter()
                .filter_map(|f| {
                    let sector = data.sector(&f.slug)?;
                    Some(Pick::Sector(&sector.slug, format!("{} ({})", f.name, f.count)))
                })
                .collect::<Vec<Pick>>()
        })
    });
    // "Did you mean …" when a word of the search is nowhere on the page: the nearest terms of
    // the cards' and the rest of the page's vocabulary that find something
    // (`vocabulary::did_you_mean`), from the exports worker (`domain::job`), so they show a
    // moment later. Asked once per search: a sector checked meanwhile changes nothing here.
    let nowhere = Memo::new(move |_| {
        let nowhere = store.view().with(|v| v.matched == 0 && v.places.is_empty());
        (nowhere && !store.query().with(|q| q.is_empty())).then(|| store.q().get())
    });
    let near = LocalResource::new(move || {
        let q = nowhere.get();
        async move {
            match worker::ask(Job::Near { q: q? }).await {
                Some(Answer::Near { words }) => Some(words),
                _ => None,
            }
        }
    });
    let chips = move |chips: Vec<Pick>, heading: &'static str| {
        let chips = chips
            .into_iter()
            .map(|pick| {
                let (slug, label) = match &pick {
                    Pick::Sector(slug, label) => (Some(*slug), label.clone()),
                    Pick::Search(q) => (None, q.clone()),
                };
                let choose = move |_| match &pick {
                    Pick::Sector(slug, _) => store.set_sector(slug, true),
                    Pick::Search(q) => {
                        store.set_query(q.clone());
                        // The chip goes with the empty state: the focus goes to the search.
                        super::search_box::focus_search();
                    }
                };
                view! {
                    <li>
                        <button type="button" class="chip" data-sector=slug on:click=choose>
                            {label}
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
        let sectors = sectors.get();
        if sectors.is_empty() {
            // A search typed meanwhile makes an answer stale until its own comes.
            let current = near.get().flatten().filter(|_| nowhere.with(Option::is_some));
            // `data-near` says when "did you mean" has been answered (a test waits on it).
            let answered = current.is_some().then_some("answered");
            let near = current
                .filter(|words| !words.is_empty())
                .map(|words| chips(words.into_iter().map(Pick::Search).collect(), "Did you mean:"));
            Either::Left(view! { <p data-near=answered>{advice_text(store)}</p> {near} })
        } else {
            // The words match, in delegations the sector filter hides.
            let hidden = hidden_by_filter(store.view().with(|v| v.matched));
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
    let nowhere_on_cards = move || store.view().with(|v| v.places.is_empty());
    view! {
        {move || nowhere_on_cards().then(|| view! { <h3 class="empty__title">{"No delegations match"}</h3> })}
        <p>{question}</p>
        {advice}
    }
}

/// A suggestion chip: a sector to check (its slug and label), or a search to run.
#[derive(Clone, Debug, PartialEq)]
enum Pick {
    Sector(&'static str, String),
    Search(String),
}

/// The advice when no sector filter hides a match: that the words are beyond the cards, or
/// what to type instead.
fn advice_text(store: Store) -> String {
    if store.view().with(|v| !v.places.is_empty()) {
        // Never "check the spelling" for words that are on the page.
        ELSEWHERE.to_owned()
    } else if store.q().with(|q| has_cjk(&gloss(&store.model.data.glossary, q).0)) {
        // Chinese the glossary did not read (`重庆 foxconn` is an English word that found nothing).
        chinese_advice(&store.model.data.glossary)
    } else if store.query().with(|q| q.has_phrase()) {
        PHRASE_ADVICE.to_owned()
    } else if store.query().with(|q| q.has_short_word()) {
        "Words of one or two letters match only a whole word or a known abbreviation (\u{201c}EV\u{201d}), never the start of a longer word: type more of the word.".to_owned()
    } else {
        "Nothing on the page has these words together: try fewer or shorter words, or check the spelling.".to_owned()
    }
}

/// The advice when the words are not on the cards but elsewhere on the page.
pub const ELSEWHERE: &str =
    "These words are not on the delegation cards; they are in the figures, the context or the article, found above.";

/// The advice when a quoted or hyphenated phrase finds nothing: most often its words are on
/// the page, apart. A word that is nowhere also gets "did you mean" below it.
pub const PHRASE_ADVICE: &str = "Quotation marks and hyphens ask for words next to each other, in this order, and nothing on the page has them so: try the words without them.";

/// The note for a search with nothing to search for (only symbols or punctuation, "🚗"): it
/// filters nothing, so every delegation is shown, and it is no active filter.
#[component]
pub fn NothingToSearch(store: Store) -> impl IntoView {
    let typed = move || store.q().with(|q| q.trim().to_owned());
    let idle = move || store.q().with(|q| q.trim().is_empty()) || !store.query().with(|q| q.is_empty());
    view! {
        <p class="notice" role="note" id="nothing-to-search" hidden=idle>
            {"\u{201c}"}{typed}{"\u{201d} has no letters or digits to search for, so every delegation is shown."}
        </p>
    }
}
