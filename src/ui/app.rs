//! The page: header, event overview, search and filters, results, figures, source article.
//!
//! The figures and the article are built just after the first paint (see `after_paint`).

use super::browser;
use super::filters::{ActiveFilters, SectorFilter};
use super::overview::Overview;
use super::results::{LinkNotes, ResultCount, Results, ViewTools};
use super::search_box::{focus_search, SearchBox};
use super::source::SourceView;
use super::store::{sentence_id, Model, Store};
use super::summary::Summary;
use crate::domain::view::{title, APP_TITLE};
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App(model: &'static Model) -> impl IntoView {
    let store = Store::new(model);
    provide_context(store);

    // The title follows the address bar (so typing does not retitle the tab per keystroke).
    Effect::new(move |_| browser::set_title(&store.written.with(|state| title(&model.data, state))));
    // Back and Forward restore the view the entry describes.
    let _ = window_event_listener(leptos::ev::popstate, move |_| store.restore());
    // `/` jumps to the search box unless the reader is typing somewhere.
    let _ = window_event_listener(leptos::ev::keydown, move |e| {
        let plain = !(e.ctrl_key() || e.meta_key() || e.alt_key());
        if e.key() == "/" && plain && !browser::focus_is_in_text_field() {
            e.prevent_default();
            focus_search();
        }
    });
    // The figures and the article are below the fold: they are built once the search, the
    // filters and the first cards have been painted, so that those come up sooner. Then a
    // permalink or a sentence link scrolls to its target.
    // (Mounted as a view of its own rather than behind a signal: that would compile a second,
    // update-in-place copy of both trees into the wasm, for a switch that flips once.)
    let later = NodeRef::<leptos::html::Div>::new();
    let owner = Owner::current();
    browser::after_paint(move || {
        // `try_`: the app may have been unmounted meanwhile (tests mount and drop it).
        if let (Some(owner), Some(Some(el))) = (owner, later.try_get_untracked()) {
            owner.with(|| leptos::mount::mount_to(el.into(), || view! { <Summary/><SourceView/> }).forget());
        }
        request_animation_frame(move || {
            if let Some(id) = store.target.get_untracked() {
                browser::scroll_to(&id, false);
            } else if let Some(n) = store.sentence.get_untracked() {
                browser::scroll_to(&sentence_id(n), false);
            }
        });
        // The search index, so that it is ready before the first keystroke (a query that
        // comes sooner builds it itself).
        set_timeout(
            move || {
                model.catalog.search_index(&model.data);
            },
            std::time::Duration::ZERO,
        );
    });

    view! {
        <a class="skip-link" href="#results">"Skip to results"</a>
        <header class="site-header">
            <div class="wrap site-header__inner">
                <p class="brand">{APP_TITLE}</p>
                <p class="site-header__note">"Every fact cited to its source sentence"</p>
            </div>
        </header>
        <main id="main" class="wrap">
            <Overview/>
            <LinkNotes/>
            <div class="layout">
                <div class="controls" role="search" aria-label="Delegations">
                    <SearchBox/>
                    <SectorFilter/>
                </div>
                <section id="results" class="results" aria-labelledby="results-heading" tabindex="-1">
                    <div class="results__head" data-url=move || {
                        store.written.track();
                        store.view_url()
                    }>
                        <h2 id="results-heading">"Delegations"</h2>
                        <ResultCount/>
                    </div>
                    <ActiveFilters/>
                    <ViewTools/>
                    <Results/>
                </section>
            </div>
            <div class="later" node_ref=later></div>
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>
                    "Source: a news article on the 17th Chongqing-Taiwan Week; every fact links to its sentence. "
                    "Runs entirely in your browser: no tracking, no requests to other sites."
                </p>
            </div>
        </footer>
    }
}
