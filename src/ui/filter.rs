//! The sector filter (a checkbox per sector, with its count under the current search) and
//! the active filters (the search and each checked sector, removable, and "Clear all").

use super::store::Store;
use crate::domain::labels::facet_count;
use leptos::prelude::*;

/// The "Sector" fieldset.
#[component]
pub fn SectorFilter(store: Store) -> impl IntoView {
    let options = store
        .model
        .data
        .sectors
        .iter()
        .enumerate()
        .map(|(i, sector)| {
            let slug: &'static str = &sector.slug;
            let count = Memo::new(move |_| store.view.with(|v| v.facets.get(i).map_or(0, |f| f.count)));
            view! {
                <li class="filter__item">
                    <label
                        class="filter__option"
                        data-empty=move || if count.get() == 0 { "true" } else { "false" }
                    >
                        <input
                            type="checkbox"
                            name="sector"
                            value=slug
                            prop:checked=move || store.sectors.with(|s| s.contains(slug))
                            on:change=move |ev| store.set_sector(slug, event_target_checked(&ev))
                        />
                        <span class="filter__text">
                            {sector.name.as_ref()}{" "}
                            <span class="filter__count">{move || facet_count(count.get())}</span>
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="filter">
            <legend class="filter__legend">{"Sector"}</legend>
            <ul class="filter__list" role="list">
                {options}
            </ul>
        </fieldset>
    }
}

/// The active filters, each removable, and "Clear all"; nothing when no filter is on.
#[component]
pub fn ActiveFilters(store: Store) -> impl IntoView {
    let query = Memo::new(move |_| store.q.with(|q| q.trim().to_owned()));
    let has_query = Memo::new(move |_| query.with(|q| !q.is_empty()));
    let any = Memo::new(move |_| has_query.get() || store.sectors.with(|s| !s.is_empty()));
    let checked = move || {
        let data = &store.model.data;
        store.sectors.with(|s| {
            s.iter()
                .filter_map(|slug| data.sector(slug))
                .map(|s| (&*s.slug, &*s.name))
                .collect::<Vec<(&'static str, &'static str)>>()
        })
    };
    let tags = move || {
        view! {
            <div class="active-filters">
                <h3 class="visually-hidden">{"Active filters"}</h3>
                <ul class="active-filters__list" role="list">
                    {move || {
                        has_query
                            .get()
                            .then(|| {
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="tag"
                                            on:click=move |_| store.set_query(String::new())
                                        >
                                            <span class="visually-hidden">{"Remove search "}</span>
                                            {"\u{201c}"}{move || query.get()}{"\u{201d}"}
                                            <span class="tag__x" aria-hidden="true">{"×"}</span>
                                        </button>
                                    </li>
                                }
                            })
                    }}
                    <For
                        each=checked
                        key=|(slug, _)| *slug
                        children=move |(slug, name)| {
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="tag"
                                        data-sector=slug
                                        on:click=move |_| store.set_sector(slug, false)
                                    >
                                        <span class="visually-hidden">{"Remove filter "}</span>
                                        {name}
                                        <span class="tag__x" aria-hidden="true">{"×"}</span>
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
                <button type="button" class="button button--quiet" on:click=move |_| store.clear_all()>
                    {"Clear all"}
                </button>
            </div>
        }
    };
    view! { <div id="active-filters">{move || any.get().then(tags)}</div> }
}
