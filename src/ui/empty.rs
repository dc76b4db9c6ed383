//! The empty state: what was asked, how many delegations the sector filter hides (with
//! "Search all sectors") and the sectors that would give results (as chips that check them),
//! or advice that fits what was typed; and "Clear all". Also the note for a search with
//! nothing to search for (only symbols or punctuation), which is no filter.

use super::store::Store;
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
    let advice = move || {
        let chips = suggestions.get();
        if chips.is_empty() {
            Either::Left(view! { <p>{advice_text(store)}</p> })
        } else {
            // The words match, in delegations the sector filter hides.
            let hidden = hidden_by_filter(store.view.with(|v| v.matched));
            let chips = chips
                .into_iter()
                .map(|(slug, label)| {
                    view! {
                        <li>
                            <button
                                type="button"
                                class="chip"
                                data-sector=slug
                                on:click=move |_| store.set_sector(slug, true)
                            >
                                {label}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            Either::Right(view! {
                <p>
                    {hidden}{" "}
                    <button type="button" class="button button--quiet" on:click=move |_| store.clear_sectors()>
                        {"Search all sectors"}
                    </button>
                </p>
                <p id="suggest-label">{"These sectors have results for your search:"}</p>
                <ul class="empty__suggestions" role="list" aria-labelledby="suggest-label">
                    {chips}
                </ul>
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

/// The advice when no sector filter hides a match: what to type instead, and that the search
/// reads the cards only (the figures and the article are not searched yet).
fn advice_text(store: Store) -> &'static str {
    // Chinese the glossary did not read (`重庆 foxconn` is an English word that found nothing).
    if store.q.with(|q| has_cjk(&gloss(&store.model.data.glossary, q).0)) {
        CHINESE_ADVICE
    } else if store.query.with(|q| q.has_short_word()) {
        "Words of one or two letters match only a whole word or a known abbreviation (\u{201c}EV\u{201d}), never the start of a longer word: type more of the word."
    } else {
        "Try fewer or shorter words, or check the spelling. The search reads the delegation cards: the investment figures and the article are below them on this page."
    }
}

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
