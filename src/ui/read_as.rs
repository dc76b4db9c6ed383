//! The notes on what a search read differently from what was typed: a glossary entry
//! ("重庆 is searched as “Chongqing”…") or a sector's aliases ("“NEV”, … also find New energy
//! vehicles…"), each marked as our vocabulary, not the article's (`vocabulary::read_as`).

use super::store::Store;
use crate::domain::vocabulary::{alias_note, gloss_note, read_as, ReadAs};
use leptos::either::Either;
use leptos::prelude::*;

/// The notes the current search needs, after the cards; nothing when it needs none.
#[component]
pub fn ReadAsNotes(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let used = Memo::new(move |_| store.q().with(|q| read_as(data, q)));
    let note = move |r: ReadAs| {
        let id = r.note_id(data);
        match r {
            ReadAs::Gloss(i) => data.glossary.get(i).map(|g| {
                Either::Left(view! {
                    <p class="notice read-as__note" role="note" id=id>
                        <span lang="zh">{g.chinese.as_ref()}</span>
                        {gloss_note(g)}
                    </p>
                })
            }),
            ReadAs::Alias(i) => data.sectors.get(i).map(|s| {
                Either::Right(view! {
                    <p class="notice read-as__note" role="note" id=id>
                        {alias_note(&s.name, &s.aliases)}
                    </p>
                })
            }),
        }
    };
    view! {
        <div class="read-as" id="read-as" hidden=move || used.with(Vec::is_empty)>
            <For each=move || used.get() key=|r| *r children=note/>
        </div>
    }
}
