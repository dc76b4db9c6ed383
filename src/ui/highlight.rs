//! A run of text a search can mark: the matches of the current query (`Query::highlights`)
//! in `<mark>` nodes, the rest as text.
//!
//! Each run keeps its marks in a memo, so a keystroke re-renders only the runs whose marks
//! change; the card around them is left as it is.

use super::store::Store;
use crate::domain::search::segments;
use leptos::either::Either;
use leptos::prelude::*;

/// `<span class="hl">` holding `text`, its matches marked.
#[component]
pub fn Hl(store: Store, text: &'static str) -> impl IntoView {
    let marks = Memo::new(move |_| store.query().with(|q| q.highlights(text)));
    view! {
        <span class="hl">
            {move || {
                marks
                    .with(|m| {
                        segments(text, m)
                            .into_iter()
                            .map(|(marked, run)| {
                                if marked {
                                    Either::Left(view! { <mark>{run}</mark> })
                                } else {
                                    Either::Right(run)
                                }
                            })
                            .collect::<Vec<_>>()
                    })
            }}
        </span>
    }
}
