//! "Also on this page": what a search finds beyond the cards (the figures, the context notes,
//! the article's sentences), grouped by kind, each linking to its place on the page.
//!
//! Every place is known at build time, so, like the notes in `read_as.rs`, the list is
//! rendered only then, every entry hidden, and moved into the app's slot
//! (`ui::carry_static`); the app shows the entries the search found ([`show_found`]). The
//! WASM carries the search over them (`domain::scope`), not their markup.

use super::store::Store;
use leptos::prelude::*;

/// The id of the app's slot for the build's list.
pub const HITS_SLOT: &str = "hits-slot";

/// The id of an entry of the list: `hit-sentence-12`.
pub fn hit_id(place_id: &str) -> String {
    format!("hit-{place_id}")
}

/// The id of a kind's group: `hits-figure`.
pub fn group_id(kind: crate::domain::scope::Kind) -> String {
    format!("hits-{}", kind.slug())
}

/// The list's place after the cards: the list itself at build time, and in the browser the
/// slot it is moved into, with the effect that shows what the search found.
#[component]
pub fn AlsoOnThisPage(store: Store) -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    {
        view! { <AllPlaces store/> }
    }
    #[cfg(target_arch = "wasm32")]
    {
        Effect::new(move || store.view.with(|v| show_found(store, &v.places)));
        view! { <div id=HITS_SLOT></div> }
    }
}

/// Shows the entries at `found` (indices into the scope's places), the groups that hold one,
/// and the list if any; hides the rest.
#[cfg(target_arch = "wasm32")]
fn show_found(store: Store, found: &[usize]) {
    use crate::domain::scope::KINDS;
    let Some(scope) = store.model.catalog.scope.as_ref() else {
        return;
    };
    let doc = document();
    let show = |id: &str, shown: bool| {
        if let Some(el) = doc.get_element_by_id(id) {
            let _ = el.toggle_attribute_with_force("hidden", !shown);
        }
    };
    for (i, place) in scope.places.iter().enumerate() {
        show(&hit_id(&place.id), found.contains(&i));
    }
    for (kind, n) in KINDS.into_iter().zip(scope.counts(found)) {
        show(&group_id(kind), n > 0);
    }
    show("hits", !found.is_empty());
}

/// Every place, hidden, grouped by kind: a figure or note links to its tile or note, a
/// sentence opens in the article as the cards' sources do.
#[cfg(not(target_arch = "wasm32"))]
#[component]
fn AllPlaces(store: Store) -> impl IntoView {
    use super::source::SentenceLink;
    use crate::domain::scope::{Kind, KINDS};
    let Some(scope) = store.model.catalog.scope.as_ref() else {
        return view! { <section class="hits" id="hits" hidden></section> }.into_any();
    };
    let group = |kind: Kind| {
        let entries = scope
            .places
            .iter()
            .filter(|p| p.kind == kind)
            .map(|p| {
                let link = match p.sentence {
                    Some(n) => view! { <SentenceLink store n=Some(n) text=p.heading()/> }.into_any(),
                    None => view! { <a href=format!("#{}", p.id)>{p.heading()}</a> }.into_any(),
                };
                view! {
                    <li id=hit_id(&p.id) hidden>
                        {link}
                        <span class="hits__text">{p.text.to_string()}</span>
                    </li>
                }
            })
            .collect_view();
        let heading = format!("{}-heading", group_id(kind));
        view! {
            <div class="hits__group" id=group_id(kind) hidden>
                <h4 id=heading.clone()>{kind.group()}</h4>
                <ul class="hits__list" role="list" aria-labelledby=heading>
                    {entries}
                </ul>
            </div>
        }
    };
    view! {
        <section class="hits" id="hits" aria-labelledby="hits-heading" hidden>
            <h3 id="hits-heading">{"Also on this page"}</h3>
            <p class="hits__note">{"The search\u{2019}s words in the figures, the context and the article below."}</p>
            {KINDS.into_iter().map(group).collect_view()}
        </section>
    }
    .into_any()
}
