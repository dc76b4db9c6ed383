//! The page: header, event overview, search and filters, results, figures, source article.
//!
//! The figures and the article are built just after the first paint (see `after_paint`).

use super::browser;
use super::delegate;
use super::filters::{ActiveFilters, SectorFilter};
use super::overview::Overview;
use super::results::{LinkNotes, ResultCount, Results, ViewTools};
use super::search_box::{focus_search, SearchBox};
use super::source;
use super::store::{Model, Store};
use crate::domain::view::{title, APP_TITLE};
use crate::markup::article::{article, sentence_id};
use crate::markup::summary::summary;
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
    // The article and its links follow the view.
    source::follow_the_view(store);
    // The figures and the article are below the fold: they are built once the search, the
    // filters and the first cards have been painted, so that those come up sooner. Then a
    // permalink or a sentence link scrolls to its target.
    let later = NodeRef::<leptos::html::Div>::new();
    browser::after_paint(move || {
        // `try_`: the app may have been unmounted meanwhile (tests mount and drop it).
        if let Some(Some(el)) = later.try_get_untracked() {
            let state = store.written.get_untracked();
            el.set_inner_html(&(summary(&model.data, &model.article) + &article(&model.article, &state)));
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
        <main
            id="main"
            class="wrap"
            on:click=move |ev| delegate::click(store, &ev)
            on:toggle:capture=move |ev| delegate::toggle(store, &ev)
            on:focusin=move |ev| delegate::focus_in(&ev)
        >
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
