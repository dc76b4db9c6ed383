//! The results: the heading and count (the live region), the cards-or-table switch, the
//! active filters, the tools, the cards as a list keyed by delegation id (or the table), the
//! notes on our vocabulary, the empty state, "Show more" and what the search found beyond
//! the cards.
//!
//! A card that stays in the results is moved, not rebuilt, so a "Source" the reader opened
//! in it stays open while they type.

use super::card::Card;
use super::empty::{EmptyState, NothingToSearch};
use super::filter::ActiveFilters;
use super::hits::AlsoOnThisPage;
use super::read_as::ReadAsNotes;
use super::store::Store;
use super::table::{ResultsTable, ViewSwitch};
use super::tools::Tools;
use crate::domain::format::and_list;
use crate::domain::labels::{count, show_more};
use crate::domain::scope::found;
use crate::domain::table::sorted;
use leptos::either::Either;
use leptos::prelude::*;

/// The results section.
#[component]
pub fn Results(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let total = Memo::new(move |_| store.view().with(|v| v.results.len()));
    // The first `limit` results (indices into the delegations), in the table's order when it
    // is sorted.
    let shown = Memo::new(move |_| {
        let (limit, sort) = (store.limit().get(), store.sort().get());
        store.view().with(|v| {
            let mut rows = sorted(data, &v.results, sort);
            rows.truncate(limit);
            rows
        })
    });
    // How many places beyond the cards the search found, by kind.
    let places = move || {
        let scope = store.model.catalog.scope.as_ref();
        store.view().with(|v| scope.map_or([0; 4], |s| s.counts(&v.places)))
    };
    let table = store.table();
    let cards = move || {
        view! {
            <ol class="cards" role="list" id="cards">
                <For
                    each=move || shown.get()
                    key=move |&i| data.delegations.get(i).map(|d| &*d.id)
                    children=move |i| {
                        data.delegations.get(i).map(|d| view! { <li><Card store d/></li> })
                    }
                />
            </ol>
        }
    };
    view! {
        <section id="results" class="results" aria-labelledby="results-heading" tabindex="-1">
            <div class="results__head" data-url=move || store.url().get()>
                <h2 id="results-heading">{"Delegations"}</h2>
                // "2 delegations · 1 figure · 3 article sentences": beyond the cards, "Also on
                // this page" lists them.
                <p class="results__count" role="status" id="result-count">
                    {move || found(&count(total.get()), places())}
                </p>
                <ViewSwitch store/>
            </div>
            <ActiveFilters store/>
            <NothingToSearch store/>
            <ReadWithTypos store/>
            <Tools store/>
            <div class="results__body" id="results-body" hidden=move || total.get() == 0>
                {move || {
                    if table.get() {
                        Either::Left(view! { <ResultsTable store rows=shown/> })
                    } else {
                        Either::Right(cards())
                    }
                }}
            </div>
            <ShowMore store total/>
            <ReadAsNotes store/>
            // When the cards have nothing, what the page has leads, then the empty state.
            <AlsoOnThisPage store/>
            <EmptyState store/>
        </section>
    }
}

/// What a search read with a typo, said: "Showing matches for “healthcare”: nothing on the
/// page has “healthcre”."
#[component]
fn ReadWithTypos(store: Store) -> impl IntoView {
    let corrections = Memo::new(move |_| store.view().with(|v| v.corrections.clone()));
    let text = move || {
        corrections.with(|c| {
            let read: Vec<String> = c.iter().map(|(_, term)| format!("\u{201c}{term}\u{201d}")).collect();
            let typed: Vec<String> = c.iter().map(|(word, _)| format!("\u{201c}{word}\u{201d}")).collect();
            format!(
                "Showing matches for {}: nothing on the page has {} as typed.",
                and_list(&read),
                and_list(&typed)
            )
        })
    };
    view! {
        <p class="notice" role="note" id="read-with-typos" hidden=move || corrections.with(Vec::is_empty)>
            {text}
        </p>
    }
}

/// "Show more", while fewer than all the results are rendered. The button stays the same
/// element while it is needed, so it keeps the focus.
#[component]
fn ShowMore(store: Store, total: Memo<usize>) -> impl IntoView {
    let needed = Memo::new(move |_| total.get() > store.limit().get());
    let button = move || {
        view! {
            <button type="button" class="button show-more" on:click=move |_| store.more()>
                {move || show_more(store.limit().get(), total.get())}
            </button>
        }
    };
    view! { <div id="more">{move || needed.get().then(button)}</div> }
}
