//! The empty state: what was asked, the sectors that would give results (as chips that
//! check them), and "Clear all".

use super::store::Store;
use crate::domain::labels::asked;
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
            Either::Left(view! { <p>{"Try fewer or shorter words, or check the spelling."}</p> })
        } else {
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
