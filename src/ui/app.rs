//! The whole page under the site header: the headline figures, then `<main>` (the event
//! overview, the link notes, the controls and the results, the figures panel and the
//! article), then "About this data".
//!
//! The same component renders the prerendered page at build time (natively, see
//! [`super::prerendered`]) and runs in the browser, where it takes that page's place (see
//! [`super::start`]).

use super::about::About;
use super::article::{ArticleBack, ArticleText};
use super::browser;
use super::editions::Editions;
use super::filter::SectorFilter;
use super::headline::Headline;
use super::notes::LinkNotes;
use super::other_reports::OtherReports;
use super::overview::Overview;
use super::results::Results;
use super::search_box::{focus_search, SearchBox};
use super::store::Store;
use super::summary::Summary;
use crate::domain::labels::count;
use crate::domain::pages::Page;
use crate::domain::view::page_title;
use leptos::prelude::*;

/// The page. `prerendered` marks the one the build writes into `index.html`: a script in the
/// page hides its `<main>` for a link with a query, and the app replaces it.
#[component]
pub fn App(store: Store, #[prop(optional)] prerendered: bool) -> impl IntoView {
    let data = &store.model.data;
    // Effects run only in the browser, once the page is mounted.
    // The title follows the address: a delegation's or the figures' page is titled by what
    // it shows, any other view by its state (`url` changes with every address written).
    Effect::new(move |_| {
        store.url().track();
        let page = Page::parse(&browser::page_path());
        browser::set_title(&store.written().with(|state| page_title(data, page.as_ref(), state)));
    });
    Effect::new(move |_| {
        // Back and Forward restore the view the entry describes.
        let popstate = window_event_listener(leptos::ev::popstate, move |_| store.restore());
        // `/` jumps to the search box unless the reader is typing somewhere.
        let slash = window_event_listener(leptos::ev::keydown, move |e| {
            let plain = !(e.ctrl_key() || e.meta_key() || e.alt_key());
            if e.key() == "/" && plain && !browser::focus_is_in_text_field() {
                e.prevent_default();
                focus_search();
            }
        });
        on_cleanup(move || {
            popstate.remove();
            slash.remove();
            store.cancel_pending();
        });
    });
    view! {
        <div class="page" data-prerendered=prerendered.then_some("")>
            <Headline store/>
            <main id="main" class="wrap">
                <Overview store/>
                <LinkNotes store/>
                <div class="layout">
                    <div class="controls" role="search" aria-label="Delegations">
                        <SearchBox store/>
                        // The count beside the search box, for a phone, where the results'
                        // heading is below the fold (the live region is the heading's).
                        <p class="controls__count" aria-hidden="true">
                            {move || count(store.view().with(|v| v.results.len()))}
                        </p>
                        <SectorFilter store/>
                    </div>
                    <Results store/>
                </div>
                <div class="later" id="later">
                    <Summary store/>
                    <Editions store/>
                    <ArticleBack store/>
                    <ArticleText store/>
                    <OtherReports store/>
                </div>
            </main>
            <About store/>
        </div>
    }
}
