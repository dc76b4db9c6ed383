//! "Also on this page": what a search finds beyond the cards (the figures, the context notes,
//! the article's sentences, the other reports' sentences), grouped by kind and the reports by
//! source, each linking to its place on the page: a figure or a note to its tile or note, a
//! sentence to the article, opened there as the cards' sources are, a report's sentence to
//! it under "Other reports".

use super::highlight::Hl;
use super::reports::TRANSLATION;
use super::source::SentenceLink;
use super::store::Store;
use crate::domain::scope::{Kind, Place, Scope, KINDS};
use leptos::either::Either;
use leptos::prelude::*;

/// The id of an entry of the list: `hit-sentence-12`.
pub fn hit_id(place_id: &str) -> String {
    format!("hit-{place_id}")
}

/// The list, after the cards: hidden while the search finds nothing beyond them.
#[component]
pub fn AlsoOnThisPage(store: Store) -> Option<impl IntoView> {
    let scope: &'static Scope = store.model.catalog.scope.as_ref()?;
    let found = Memo::new(move |_| store.view().with(|v| v.places.clone()));
    // One group per kind; the other reports' sentences one group per report.
    let mut groups: Vec<(Kind, Option<&'static str>, String)> = Vec::new();
    for kind in KINDS {
        if kind == Kind::Report {
            for s in store.model.data.sources.iter().filter(|s| s.text) {
                groups.push((kind, Some(&*s.id), format!("{}: {}", kind.group(), s.outlet)));
            }
        } else {
            groups.push((kind, None, kind.group().to_owned()));
        }
    }
    let group = move |(kind, source, title): (Kind, Option<&'static str>, String)| {
        let entries = Memo::new(move |_| {
            found.with(|f| {
                f.iter()
                    .filter_map(|&i| scope.places.get(i))
                    .filter(|p| p.kind == kind && p.source.as_deref() == source)
                    .collect::<Vec<&'static Place>>()
            })
        });
        let heading = match source {
            Some(id) => format!("hits-{}-{id}-heading", kind.slug()),
            None => format!("hits-{}-heading", kind.slug()),
        };
        view! {
            <div class="hits__group" hidden=move || entries.with(Vec::is_empty)>
                <h4 id=heading.clone()>{title}</h4>
                <ul class="hits__list" role="list" aria-labelledby=heading>
                    <For each=move || entries.get() key=|p| &*p.id children=move |p| view! { <Entry store p/> }/>
                </ul>
            </div>
        }
    };
    Some(view! {
        <section class="hits" id="hits" aria-labelledby="hits-heading" hidden=move || found.with(Vec::is_empty)>
            <h3 id="hits-heading">
                {move || {
                    if store.view().with(|v| v.results.is_empty()) { "Found on this page" } else { "Also on this page" }
                }}
            </h3>
            <p class="hits__note">{"The search\u{2019}s words in the figures, the context, the article and the other reports below."}</p>
            {groups.into_iter().map(group).collect_view()}
        </section>
    })
}

/// One place: its heading as a link to it, and its text with the search's words marked.
#[component]
fn Entry(store: Store, p: &'static Place) -> impl IntoView {
    let link = match (p.kind, p.sentence) {
        (Kind::Sentence, Some(n)) => Either::Left(view! { <SentenceLink store n=Some(n) text=p.heading()/> }),
        _ => Either::Right(view! { <a href=format!("#{}", p.id)>{p.heading()}</a> }),
    };
    let rendering = p.rendering.as_ref().map(|r| {
        view! {
            <span class="hits__translation">
                {format!("{TRANSLATION}: ")}<Hl store text=r/>
            </span>
        }
    });
    view! {
        <li id=hit_id(&p.id)>
            {link}
            <span class="hits__text" lang=p.lang.as_deref()><Hl store text=&p.text/></span>
            {rendering}
        </li>
    }
}
