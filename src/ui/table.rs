//! The table view (`view=table`): a `<table>` with one row per delegation, for comparing
//! them side by side: the name and the head of the organisation (the row's header), the
//! sectors (stated and inferred apart), the district, the sites and the outcomes, each fact
//! with its sentence marker. A column's header sorts the rows (`domain::table`), the order is
//! in the URL, and the sorted column carries `aria-sort`. The rows are the results the cards
//! would show, searched, filtered and paged alike.
//!
//! On a phone the table scrolls sideways in its own region, the names staying in view (a
//! sticky first column); the page itself never scrolls sideways.

use super::card::{marked, marker, outcome_items, Chips, Head};
use super::highlight::Hl;
use super::store::Store;
use crate::domain::dataset::{Cited, Delegation};
use crate::domain::table::{Column, Sort};
use leptos::either::Either;
use leptos::prelude::*;

/// The "Cards | Table" switch beside the count.
#[component]
pub fn ViewSwitch(store: Store) -> impl IntoView {
    let table = store.table();
    let button = move |on: bool, text: &'static str| {
        view! {
            <button
                type="button"
                class="chip"
                aria-pressed=move || if table.get() == on { "true" } else { "false" }
                on:click=move |_| store.set_table(on)
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

/// What the order is, in words: "Sorted by district, A to Z".
pub fn sort_state(sort: Option<Sort>) -> String {
    match sort {
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
        None => "In the search\u{2019}s order: a column\u{2019}s header sorts by it".to_owned(),
    }
}

/// The table of the delegations at `rows` (indices into the data, in order).
#[component]
pub fn ResultsTable(store: Store, rows: Memo<Vec<usize>>) -> impl IntoView {
    let data = &store.model.data;
    let sort = store.sort();
    let headers = Column::ALL
        .into_iter()
        .map(|column| {
            let aria = move || match Sort::aria(sort.get(), column) {
                "none" => None,
                order => Some(order),
            };
            let press = move |_| {
                store.sort_by(column);
                store.announce(sort_state(sort.get_untracked()));
            };
            view! {
                <th scope="col" aria-sort=aria data-column=column.slug()>
                    // The arrow is the stylesheet's (`.sort::after`, with empty alternative
                    // text): `aria-sort` says the order.
                    <button type="button" class="sort" on:click=press>
                        {column.label()}
                    </button>
                </th>
            }
        })
        .collect_view();
    // A row shows the card's comparable parts; a match in what was said is on the card.
    let state = move || {
        let mut text = sort_state(sort.get());
        if !store.query().with(|q| q.is_empty()) {
            text.push_str(". Matches in what was said and quoted show on the cards.");
        }
        text
    };
    view! {
        <div class="table-region" role="region" aria-labelledby="table-caption" tabindex="0">
            <table class="results-table">
                <caption id="table-caption">
                    <span>{"Delegations, one per row. "}<span id="sort-state">{state}</span></span>
                </caption>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>
                    <For
                        each=move || rows.get()
                        key=move |&i| data.delegations.get(i).map(|d| &*d.id)
                        children=move |i| data.delegations.get(i).map(|d| view! { <Row store d/> })
                    />
                </tbody>
            </table>
        </div>
    }
}

/// One delegation's row: the columns in [`Column::ALL`]'s order.
#[component]
fn Row(store: Store, d: &'static Delegation) -> impl IntoView {
    let id: &'static str = &d.id;
    let targeted = move || (store.target().get() == Some(id)).then_some("true");
    let outcomes = outcome_items(store, &d.id, &d.outcomes);
    let outcomes = if outcomes.is_empty() {
        Either::Left(view! { <span class="cell__none">{"None in the article"}</span> })
    } else {
        Either::Right(view! {
            <ul class="cell__list" role="list">
                {outcomes.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}
            </ul>
        })
    };
    view! {
        <tr id=id data-target=targeted>
            <th scope="row">
                <span class="cell__name"><Hl store text=&d.name/></span>
                <Head store d/>
            </th>
            <td>
                <Chips store d/>
            </td>
            <td>
                <Places store items=&d.districts/>
            </td>
            <td>
                <Places store items=&d.sites/>
            </td>
            <td>{outcomes}</td>
        </tr>
    }
}

/// A cell's places, one sentence marker per run from the same sentences, or what the
/// article leaves out.
#[component]
fn Places(store: Store, items: &'static [Cited]) -> impl IntoView {
    if items.is_empty() {
        return Either::Left(view! { <span class="cell__none">{"Not named in the article"}</span> });
    }
    let shown = marked(store, items.iter().map(|c| &*c.source));
    let places = items
        .iter()
        .enumerate()
        .map(|(i, c)| view! { <li><Hl store text=&c.text/>{marker(store, &shown, i, &c.source)}</li> })
        .collect_view();
    Either::Right(view! { <ul class="cell__list" role="list">{places}</ul> })
}
