//! The table view (`view=table`): one row per delegation, for comparing them side by side,
//! with columns for the district, the sites, the sectors (stated and inferred apart) and the
//! outcomes, each fact with its sentence marker. A column's name sorts the rows
//! (`domain::table`), and the order is in the URL.
//!
//! The rows are the cards themselves, laid out by CSS as a grid (`.cards[data-layout=table]`:
//! each card a row of the list's columns, the name, the district, the sites, the sectors and
//! the outcomes, with what only a card shows folded away), so the results are searched,
//! filtered, keyed and paged by the one `<For>`. A `<table>` of its own, with its own rows,
//! made the WASM 5.6 KB gzip larger (measured: wasm-opt -Oz, gzip -9, 1 KB = 1000 bytes),
//! which the first load's 180 KB ceiling had no room for. On a phone the grid scrolls sideways
//! in its region, the delegation's name staying in view (a sticky first column).

use super::store::Store;
use crate::domain::table::{Column, Sort};
use leptos::prelude::*;

/// The "Cards | Table" switch beside the count.
#[component]
pub fn ViewSwitch(store: Store) -> impl IntoView {
    let button = move |table: bool, text: &'static str| {
        view! {
            <button
                type="button"
                class="chip"
                aria-pressed=move || if store.table.get() == table { "true" } else { "false" }
                on:click=move |_| store.set_table(table)
            >
                {text}
            </button>
        }
    };
    view! {
        <div class="view-switch" role="group" aria-label="Show the results as">
            {button(false, "Cards")}
            {button(true, "Table")}
        </div>
    }
}

/// The table's header row: a button per column that sorts by it (`domain::table`), and what
/// the order is. Shown only in the table view.
#[component]
pub fn SortBar(store: Store) -> impl IntoView {
    let buttons = Column::ALL
        .into_iter()
        .map(|column| {
            let sort = move || Sort::aria(store.sort(), column);
            view! {
                <button
                    type="button"
                    class="sort"
                    data-sort=sort
                    aria-describedby="sort-state"
                    on:click=move |_| store.sort_by(column)
                >
                    {column.label()}
                </button>
            }
        })
        .collect_view();
    let state = move || match store.sort() {
        Some(s) => format!(
            "Sorted by {}, {}",
            s.column.noun(),
            match (s.column.counts(), s.descending) {
                (true, true) => "most first",
                (true, false) => "fewest first",
                (false, false) => "A to Z",
                (false, true) => "Z to A",
            }
        ),
        None => "In the search\u{2019}s order: a column\u{2019}s name sorts by it".to_owned(),
    };
    // A row shows the card's comparable parts; a match in what was said is on the card.
    let state = move || {
        let mut text = state();
        if !store.query.with(|q| q.is_empty()) {
            text.push_str(". Matches in what was said and quoted show on the cards.");
        }
        text
    };
    view! {
        <div class="sort-bar" role="group" aria-label="Sort the rows by" hidden=move || !store.table.get()>
            {buttons}
            <p class="sort-bar__state" id="sort-state" aria-live="polite">{state}</p>
        </div>
    }
}
