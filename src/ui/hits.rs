//! "Also on this page": what a search finds beyond the cards (the figures, the context notes,
//! the article's sentences), grouped by kind, each linking to its place on the page: a
//! figure or a note to its tile or note, a sentence to the article, opened there as the
//! cards' sources are.

use super::highlight::Hl;
use super::source::SentenceLink;
use super::store::Store;
use crate::domain::scope::{Kind, Place, KINDS};
use leptos::prelude::*;

/// The id of an entry of the list: `hit-sentence-12`.
pub fn hit_id(place_id: &str) -> String {
    format!("hit-{place_id}")
}

/// The list, after the cards: hidden while the search finds nothing beyond them.
#[component]
pub fn AlsoOnThisPage(store: Store) -> impl IntoView {
    let Some(scope) = store.model.catalog.scope.as_ref() else {
        return ().into_any();
    };
    let found = Memo::new(move |_| store.view().with(|v| v.places.clone()));
    let group = move |kind: Kind| {
        let entries = Memo::new(move |_| {
            found.with(|f| {
                f.iter()
                    .filter_map(|&i| scope.places.get(i))
                    .filter(|p| p.kind == kind)
                    .collect::<Vec<&'static Place>>()
            })
        });
        let heading = format!("hits-{}-heading", kind.slug());
        view! {
            <div class="hits__group" hidden=move || entries.with(Vec::is_empty)>
                <h4 id=heading.clone()>{kind.group()}</h4>
                <ul class="hits__list" role="list" aria-labelledby=heading>
                    <For each=move || entries.get() key=|p| &*p.id children=move |p| view! { <Entry store p/> }/>
                </ul>
            </div>
        }
    };
    view! {
        <section class="hits" id="hits" aria-labelledby="hits-heading" hidden=move || found.with(Vec::is_empty)>
            <h3 id="hits-heading">
                {move || {
                    if store.view().with(|v| v.results.is_empty()) { "Found on this page" } else { "Also on this page" }
                }}
            </h3>
            <p class="hits__note">{"The search\u{2019}s words in the figures, the context and the article below."}</p>
            {KINDS.into_iter().map(group).collect_view()}
        </section>
    }
    .into_any()
}

/// One place: its heading as a link to it, and its text with the search's words marked.
#[component]
fn Entry(store: Store, p: &'static Place) -> impl IntoView {
    let link = match p.sentence {
        Some(n) => view! { <SentenceLink store n=Some(n) text=p.heading()/> }.into_any(),
        None => view! { <a href=format!("#{}", p.id)>{p.heading()}</a> }.into_any(),
    };
    view! {
        <li id=hit_id(&p.id)>
            {link}
            <span class="hits__text"><Hl store text=&p.text/></span>
        </li>
    }
}
