//! The sector filter (a checkbox per sector with its count) and the list of active filters.

use super::store::Store;
use leptos::prelude::*;

/// The "Sector" fieldset.
#[component]
pub fn SectorFilter() -> impl IntoView {
    let store = expect_context::<Store>();
    let facets = move || store.view.with(|v| v.facets.clone());
    view! {
        <fieldset class="filter">
            <legend class="filter__legend">"Sector"</legend>
            <ul class="filter__list" role="list">
                <For each=facets key=|f| (f.slug.clone(), f.count, f.checked) let:facet>
                    <li class="filter__item">
                        <label class="filter__option" data-empty=(facet.count == 0).to_string()>
                            <input
                                type="checkbox"
                                name="sector"
                                value=facet.slug.clone()
                                prop:checked=facet.checked
                                on:change={
                                    let slug = facet.slug.clone();
                                    move |_| store.toggle_sector(&slug)
                                }
                            />
                            <span class="filter__text">
                                {facet.name.clone()} " " <span class="filter__count">"(" {facet.count} ")"</span>
                            </span>
                        </label>
                    </li>
                </For>
            </ul>
        </fieldset>
    }
}

/// The active filters, each removable, and "Clear all".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let store = expect_context::<Store>();
    let active = move || {
        let q = store.q.get();
        let sectors = store.sectors.get();
        (!q.trim().is_empty() || !sectors.is_empty()).then(|| {
            let names: Vec<(String, String)> = sectors
                .iter()
                .filter_map(|s| store.model.data.sector(s))
                .map(|s| (s.slug.to_string(), s.name.to_string()))
                .collect();
            view! {
                <div class="active-filters">
                    <h3 class="visually-hidden">"Active filters"</h3>
                    <ul class="active-filters__list" role="list">
                        {(!q.trim().is_empty()).then(|| view! {
                            <li>
                                <button type="button" class="tag" on:click=move |_| store.set_query(String::new())>
                                    <span class="visually-hidden">"Remove search "</span>
                                    "\u{201c}" {q.clone()} "\u{201d}"
                                    <span class="tag__x" aria-hidden="true">"×"</span>
                                </button>
                            </li>
                        })}
                        {names.into_iter().map(|(slug, name)| view! {
                            <li>
                                <button type="button" class="tag" on:click=move |_| store.toggle_sector(&slug)>
                                    <span class="visually-hidden">"Remove filter "</span>
                                    {name}
                                    <span class="tag__x" aria-hidden="true">"×"</span>
                                </button>
                            </li>
                        }).collect_view()}
                    </ul>
                    <button type="button" class="button button--quiet" on:click=move |_| store.clear_all()>
                        "Clear all"
                    </button>
                </div>
            }
        })
    };
    view! { {active} }
}
