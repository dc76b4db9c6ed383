//! The sector filter (a checkbox per sector that tags a delegation, children listed under
//! their parent, each with its count under the current search) and the active filters (the
//! search and each checked sector, removable, and "Clear all").

use super::store::Store;
use crate::domain::format::count_noun;
use crate::domain::labels::facet_count;
use crate::domain::view::filter_lines;
use leptos::prelude::*;

/// The "Sector" fieldset: top-level sectors, each with its children in a nested list.
#[component]
pub fn SectorFilter(store: Store) -> impl IntoView {
    let lines = filter_lines(&store.model.data);
    let options = lines
        .iter()
        .filter(|l| !l.child)
        .map(|top| {
            let children: Vec<_> = lines
                .iter()
                .skip_while(|l| l.sector != top.sector)
                .skip(1)
                .take_while(|l| l.child)
                .map(|l| view! { <li class="filter__item"><SectorOption store i=l.sector/></li> })
                .collect();
            let nested = (!children.is_empty()).then(|| {
                view! { <ul class="filter__list filter__list--children" role="list">{children}</ul> }
            });
            view! {
                <li class="filter__item">
                    <SectorOption store i=top.sector/>
                    {nested}
                </li>
            }
        })
        .collect_view();
    // On a phone the list folds behind "Filter (N)", as GOV.UK's "filter a list" does, so
    // that the results stay in the first screen; "Show N results" folds it and goes to them.
    // A desktop shows it open in the side column (the CSS opens `::details-content`).
    let checked = Memo::new(move |_| store.sectors().with(|s| s.len()));
    let total = Memo::new(move |_| store.view().with(|v| v.results.len()));
    let panel = NodeRef::<leptos::html::Details>::new();
    let show = move |_| {
        if let Some(details) = panel.get_untracked() {
            details.set_open(false);
        }
        super::browser::scroll_to("results", true);
    };
    // Opened on a phone, the panel comes up to the top of the screen, where it is seen.
    let opened = move |e: leptos::ev::Event| {
        if super::browser::is_open(&e) {
            if let Some(details) = panel.get_untracked() {
                super::browser::keep_at_top_on_a_phone(&details);
            }
        }
    };
    view! {
        <details class="filter-panel" node_ref=panel on:toggle=opened>
            <summary class="button button--quiet filter-panel__toggle">
                {move || format!("Filter ({})", checked.get())}
            </summary>
            <fieldset class="filter">
                <legend class="filter__legend">{"Sector"}</legend>
                // The counts are of tags, and not every tag is the article's word.
                <p class="filter__note" id="filter-rule">
                    {"Counts include tags we infer and sectors a delegate raised; each card marks which."}
                </p>
                <ul class="filter__list" role="list">
                    {options}
                </ul>
            </fieldset>
            <button type="button" class="button filter-panel__show" on:click=show>
                {move || format!("Show {}", count_noun(total.get(), "result"))}
            </button>
        </details>
    }
}

/// The checkbox of the sector at position `i` of the taxonomy, with its count.
#[component]
fn SectorOption(store: Store, i: usize) -> impl IntoView {
    let sector = &store.model.data.sectors[i];
    let slug: &'static str = &sector.slug;
    let count = Memo::new(move |_| store.view().with(|v| v.facets.get(i).map_or(0, |f| f.count)));
    view! {
        <label class="filter__option" data-empty=move || if count.get() == 0 { "true" } else { "false" }>
            <input
                type="checkbox"
                name="sector"
                value=slug
                prop:checked=move || store.sectors().with(|s| s.contains(slug))
                on:change=move |ev| store.set_sector(slug, event_target_checked(&ev))
            />
            <span class="filter__text">
                {sector.name.as_ref()}{" "}
                <span class="filter__count">{move || facet_count(count.get())}</span>
            </span>
        </label>
    }
}

/// The active filters, each removable, and "Clear all"; nothing when no filter is on.
#[component]
pub fn ActiveFilters(store: Store) -> impl IntoView {
    let query = Memo::new(move |_| store.q().with(|q| q.trim().to_owned()));
    // A search with nothing to search for (only symbols) filters nothing: no tag.
    let has_query = Memo::new(move |_| !store.query().with(|q| q.is_empty()));
    let any = Memo::new(move |_| has_query.get() || store.sectors().with(|s| !s.is_empty()));
    let checked = move || {
        let data = &store.model.data;
        store.sectors().with(|s| {
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
