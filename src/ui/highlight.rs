//! Text with the search matches wrapped in `<mark>`, built as nodes (never `innerHTML`).

use crate::domain::search::segments;
use leptos::either::Either;
use leptos::prelude::*;

use super::store::Store;

/// `text` with the current query's matches marked.
#[component]
pub fn Hl(#[prop(into)] text: String) -> impl IntoView {
    let store = expect_context::<Store>();
    // Memoised: a keystroke that leaves this text's matches unchanged touches no DOM.
    let ranges = {
        let text = text.clone();
        Memo::new(move |_| store.query.with(|q| q.highlights(&text)))
    };
    move || {
        let ranges = ranges.get();
        segments(&text, &ranges)
            .into_iter()
            .map(|(marked, run)| {
                let run = run.to_owned();
                if marked {
                    Either::Left(view! { <mark>{run}</mark> })
                } else {
                    Either::Right(run)
                }
            })
            .collect_view()
    }
}
