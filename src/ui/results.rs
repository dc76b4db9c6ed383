//! The result count (a live region), link notes, the view's tools (cite, export), and the
//! cards with their empty state and "Show more".

use super::browser;
use super::card::Card;
use super::store::{Store, PAGE_SIZE};
use crate::domain::export;
use crate::domain::format::count_noun;
use crate::domain::view::title;
use leptos::prelude::*;

/// "3 delegations", announced politely when it changes.
#[component]
pub fn ResultCount() -> impl IntoView {
    let store = expect_context::<Store>();
    let text = move || {
        let n = store.view.with(|v| v.results.len());
        if n == 0 {
            "No delegations".to_owned()
        } else {
            count_noun(n, "delegation")
        }
    };
    view! { <p class="results__count" role="status" id="result-count">{text}</p> }
}

/// Notes about corrections made to the link the page was opened with.
#[component]
pub fn LinkNotes() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let notes = store.notes.get();
        (!notes.is_empty()).then(|| {
            view! {
                <div class="notice" role="note" aria-label="About this link">
                    <ul role="list">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}

/// Cite this view, and export it.
#[component]
pub fn ViewTools() -> impl IntoView {
    let store = expect_context::<Store>();
    let data = &store.model.data;
    let (cite_label, set_cite_label) = signal("Cite this view");
    let cite = move |_| {
        let text = export::citation(data, &title(data, &store.state_untracked()), &store.view_url());
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            let msg = if ok {
                "Citation copied"
            } else {
                "Copy failed: select the address bar to cite"
            };
            set_cite_label.set(if ok { "Citation copied" } else { "Cite this view" });
            store.announcement.set(msg.to_owned());
            set_timeout(
                move || set_cite_label.set("Cite this view"),
                std::time::Duration::from_secs(3),
            );
        });
    };
    let results = move || store.view.with_untracked(|v| v.results.clone());
    let json = move |_| {
        browser::download(
            &export::file_name("delegations", "json"),
            "application/json",
            &export::delegations_json(data, &results()),
        );
    };
    let csv = move |_| {
        browser::download(
            &export::file_name("delegations", "csv"),
            "text/csv",
            &export::delegations_csv(data, &results()),
        );
    };
    let figures = move |_| {
        browser::download(
            &export::file_name("figures", "csv"),
            "text/csv",
            &export::figures_csv(data),
        );
    };
    view! {
        <div class="tools" role="group" aria-label="Cite and export this view">
            <button type="button" class="button button--quiet" on:click=cite>{cite_label}</button>
            <button type="button" class="button button--quiet" on:click=json>"Download JSON"</button>
            <button type="button" class="button button--quiet" on:click=csv>"Download CSV"</button>
            <button type="button" class="button button--quiet" on:click=figures>"Figures CSV"</button>
        </div>
        <p class="visually-hidden" aria-live="polite" id="announcer">{move || store.announcement.get()}</p>
    }
}

/// The cards, or the empty state.
#[component]
pub fn Results() -> impl IntoView {
    let store = expect_context::<Store>();
    let shown = move || {
        let limit = store.limit.get();
        store
            .view
            .with(|v| v.results.iter().take(limit).copied().collect::<Vec<_>>())
    };
    let total = move || store.view.with(|v| v.results.len());
    view! {
        <Show when=move || { total() > 0 } fallback=|| view! { <EmptyState/> }>
            <ol class="cards" role="list">
                <For each=shown key=|i| *i let:i>
                    <li><Card index=i/></li>
                </For>
            </ol>
            <Show when=move || { total() > store.limit.get() }>
                <button
                    type="button"
                    class="button show-more"
                    on:click=move |_| store.limit.update(|l| *l += PAGE_SIZE)
                >
                    {move || format!("Show more ({} of {} shown)", store.limit.get().min(total()), total())}
                </button>
            </Show>
        </Show>
    }
}

/// Nothing matches: say what was asked, offer "Clear all", suggest sectors that would help.
#[component]
fn EmptyState() -> impl IntoView {
    let store = expect_context::<Store>();
    let asked = move || {
        let q = store.q.get();
        let names: Vec<String> = store
            .sectors
            .get()
            .iter()
            .filter_map(|s| store.model.data.sector(s))
            .map(|s| s.name.to_string())
            .collect();
        let mut parts = Vec::new();
        if !q.trim().is_empty() {
            parts.push(format!("the search \u{201c}{}\u{201d}", q.trim()));
        }
        if !names.is_empty() {
            parts.push(format!("the sector filter {}", names.join(" or ")));
        }
        format!("Nothing matches {}.", parts.join(" with "))
    };
    let suggestions = move || {
        store.view.with(|v| {
            v.suggestions()
                .into_iter()
                .map(|f| (f.slug.clone(), f.name.clone(), f.count))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="empty" data-state="empty">
            <h3 class="empty__title">"No delegations match"</h3>
            <p>{asked}</p>
            {move || {
                let s = suggestions();
                if s.is_empty() {
                    view! { <p>"Try fewer or shorter words, or check the spelling."</p> }.into_any()
                } else {
                    view! {
                        <p id="suggest-label">"These sectors have results for your search:"</p>
                        <ul class="empty__suggestions" role="list" aria-labelledby="suggest-label">
                            {s.into_iter().map(|(slug, name, count)| view! {
                                <li>
                                    <button type="button" class="chip" on:click=move |_| store.toggle_sector(&slug)>
                                        {format!("{name} ({count})")}
                                    </button>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <button type="button" class="button" on:click=move |_| store.clear_all()>"Clear all"</button>
        </div>
    }
}
