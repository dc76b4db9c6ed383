//! Notes about corrections made to the link the page was opened with (an unknown sector, a
//! shortened search, a sentence that does not exist); nothing when there are none.

use super::store::Store;
use leptos::prelude::*;

/// The notes, as a labelled note region.
#[component]
pub fn LinkNotes(store: Store) -> impl IntoView {
    let any = Memo::new(move |_| store.notes().with(|n| !n.is_empty()));
    let notes = move || {
        view! {
            <div class="notice" role="note" aria-label="About this link">
                <ul role="list">
                    {move || {
                        store.notes().get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()
                    }}
                </ul>
            </div>
        }
    };
    view! { <div id="link-notes">{move || any.get().then(notes)}</div> }
}
