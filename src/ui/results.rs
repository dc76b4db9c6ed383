//! The results: the heading and count (the live region), the cards-or-table switch, the
//! active filters, the tools, the cards as a list keyed by delegation id (or the table), the
//! empty state and "Show more".
//!
//! A card that stays in the results is moved, not rebuilt, so a "Source" the reader opened
//! in it stays open while they type.

use super::card::Card;
use super::empty::{EmptyState, NothingToSearch};
use super::filter::ActiveFilters;
use super::hits::AlsoOnThisPage;
use super::read_as::ReadAsPanel;
use super::store::Store;
use super::table::{SortBar, ViewSwitch};
use super::tools::Tools;
use crate::domain::dataset::Delegation;
use crate::domain::labels::{count, show_more};
use crate::domain::scope::found;
use crate::domain::table::sorted;
use crate::domain::vocabulary::words;
use leptos::prelude::*;

/// The results section.
#[component]
pub fn Results(store: Store) -> impl IntoView {
    let total = Memo::new(move |_| store.view.with(|v| v.results.len()));
    // The first `limit` results, in the table's order when it is sorted.
    let shown = move || {
        let data = &store.model.data;
        let limit = store.limit.get();
        let sort = store.sort();
        store.view.with(|v| {
            sorted(data, &v.results, sort)
                .into_iter()
                .take(limit)
                .filter_map(|i| data.delegations.get(i))
                .collect::<Vec<&'static Delegation>>()
        })
    };
    let table = Memo::new(move |_| store.table.get());
    // How many places beyond the cards the search found, by kind.
    let places = move || {
        let scope = store.model.catalog.scope.as_ref();
        store.view.with(|v| scope.map_or([0; 3], |s| s.counts(&v.places)))
    };
    view! {
        // The words typed, for the stylesheet to show the notes on aliases and the glossary.
        <section
            id="results"
            class="results"
            aria-labelledby="results-heading"
            tabindex="-1"
            data-words=move || store.q.with(|q| words(&store.model.data, q))
        >
            <div class="results__head" data-url=move || store.url.get()>
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
            <Tools store/>
            // The table view is the same cards, laid out as rows under a header that sorts them.
            <div
                class="results__body"
                id="results-body"
                hidden=move || total.get() == 0
                data-layout=move || table.get().then_some("table")
            >
                <SortBar store/>
                <ol class="cards" role="list" id="cards">
                    <For each=shown key=|d| d.id.as_ref() children=move |d| view! { <li><Card store d/></li> }/>
                </ol>
            </div>
            // After the cards: hidden unless a search uses an alias or the glossary, so the
            // prerendered page does not make the first cards wait for them.
            <ReadAsPanel store/>
            <EmptyState store/>
            <ShowMore store total/>
            <AlsoOnThisPage store/>
        </section>
    }
}

/// "Show more", while fewer than all the results are rendered. The button stays the same
/// element while it is needed, so it keeps the focus.
#[component]
fn ShowMore(store: Store, total: Memo<usize>) -> impl IntoView {
    let needed = Memo::new(move |_| total.get() > store.limit.get());
    let button = move || {
        view! {
            <button type="button" class="button show-more" on:click=move |_| store.more()>
                {move || show_more(store.limit.get(), total.get())}
            </button>
        }
    };
    view! { <div id="more">{move || needed.get().then(button)}</div> }
}
