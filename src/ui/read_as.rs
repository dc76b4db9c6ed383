//! The notes on what a search read differently from what was typed: a glossary entry
//! ("重庆 is searched as “Chongqing”…") or a sector's aliases ("“NEV”, … are searched as New
//! energy vehicles…"), each marked as our vocabulary, not the article.
//!
//! Every note is known at build time, so, like "Also on this page", they are rendered only
//! then, and moved into the app's slot (`ui::carry_static`). Which to show is the
//! stylesheet's: the app writes the words typed on the results (`data-words`, see
//! `results.rs`), and a rule per alias and glossary entry shows its note
//! (`vocabulary::alias_selector`, `gloss_selector`; a test checks `style/main.css` has them
//! all). Notes the app built and showed cost 1.1 KB gzip more WASM (measured: wasm-opt -Oz,
//! gzip -9, 1 KB = 1000 bytes).

use super::store::Store;
use leptos::prelude::*;

/// The id of the app's slot for the build's notes.
pub const READ_AS_SLOT: &str = "read-as-slot";

/// The notes' place above the results: the notes themselves at build time, and in the
/// browser the slot they are moved into.
#[component]
pub fn ReadAsPanel(store: Store) -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    {
        view! { <ReadAsNotes store/> }
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = store;
        view! { <div id=READ_AS_SLOT></div> }
    }
}

/// Every note, hidden, in `<div id="read-as">`; the stylesheet shows those the words typed
/// need (without it, none shows).
#[cfg(not(target_arch = "wasm32"))]
#[component]
fn ReadAsNotes(store: Store) -> impl IntoView {
    use crate::domain::vocabulary::{alias_note, alias_note_id, gloss_note, gloss_note_id};
    let data = &store.model.data;
    let glosses = data
        .glossary
        .iter()
        .enumerate()
        .map(|(i, g)| {
            view! {
                <p class="notice read-as__note" role="note" id=gloss_note_id(i) hidden>
                    <span lang="zh">{g.chinese.to_string()}</span>
                    {gloss_note(g)}
                </p>
            }
        })
        .collect_view();
    let aliases = data
        .sectors
        .iter()
        .filter(|s| !s.aliases.is_empty())
        .map(|s| {
            view! {
                <p class="notice read-as__note" role="note" id=alias_note_id(&s.slug) hidden>
                    {alias_note(&s.name, &s.aliases)}
                </p>
            }
        })
        .collect_view();
    view! { <div class="read-as" id="read-as">{glosses}{aliases}</div> }
}
