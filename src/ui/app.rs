//! The page: its `<main>` is written as HTML text for the view the URL describes
//! ([`crate::markup::page`]), then kept in step with the view region by region
//! ([`controls`], [`results`], [`source`]). The header and footer are static, in `index.html`.
//!
//! The figures and the article are built just after the first paint (see `after_paint`).

use super::browser::{self, find};
use super::controls::{self, focus_search};
use super::delegate;
use super::results;
use super::source;
use super::store::{effect, Model, Store};
use crate::domain::url_state::ViewState;
use crate::domain::view::title;
use crate::markup::article::{article, sentence_id};
use crate::markup::card::CardMarkup;
use crate::markup::page::{page, PageMarkup, PageState};
use crate::markup::summary::summary;
use leptos::prelude::*;

/// What the page was first written with: the regions start from it.
pub struct Written {
    pub state: ViewState,
    pub notes: Vec<String>,
    pub url: String,
    /// Every result of the view, best first.
    pub results: Vec<usize>,
    pub limit: usize,
    pub target: Option<String>,
    /// The rendered cards, in order, with their delegation.
    pub cards: Vec<(usize, CardMarkup<'static>)>,
}

/// The whole app.
#[component]
pub fn App(model: &'static Model) -> impl IntoView {
    let store = Store::new(model);
    let state = store.state_untracked();
    let view = store.view.get_untracked();
    let notes = store.notes.get_untracked();
    let target = store.target.get_untracked();
    let url = store.view_url();
    let limit = store.limit.get_untracked();
    let first = PageState {
        state: &state,
        view: &view,
        limit,
        notes: &notes,
        target: target.as_deref(),
        url: &url,
    };
    let PageMarkup { html, cards } = page(&model.data, &model.article, &first);
    let written = Written {
        state,
        notes,
        url,
        results: view.results,
        limit,
        target,
        cards,
    };

    // The title follows the address bar (so typing does not retitle the tab per keystroke).
    effect(Box::new(move || {
        browser::set_title(&store.written.with(|state| title(&model.data, state)))
    }));
    let win: &web_sys::EventTarget = &window();
    // Back and Forward restore the view the entry describes.
    browser::listen(win, "popstate", false, Box::new(move |_| store.restore()));
    // `/` jumps to the search box unless the reader is typing somewhere.
    browser::listen(
        win,
        "keydown",
        false,
        Box::new(move |ev| {
            let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(&ev) else {
                return;
            };
            let plain = !(e.ctrl_key() || e.meta_key() || e.alt_key());
            if e.key() == "/" && plain && !browser::focus_is_in_text_field() {
                e.prevent_default();
                focus_search();
            }
        }),
    );
    // The article and its links follow the view.
    source::follow_the_view(store);

    // Once `<main>` is in the document: its listeners, and its regions kept in step. They
    // belong to this component's owner, so unmounting the app removes them.
    let owner = Owner::current();
    let root = NodeRef::<leptos::html::Main>::new();
    root.on_load(move |main| {
        let main: web_sys::Element = main.into();
        let start = move || {
            delegate::listen(store, &main);
            controls::keep_in_step(store, &main, &written.state, written.notes.clone());
            results::keep_in_step(store, &main, written);
            later(store, main);
        };
        match owner {
            Some(owner) => owner.with(start),
            None => start(),
        }
    });
    view! { <main id="main" class="wrap" node_ref=root inner_html=html></main> }
}

/// The figures and the article are below the fold: they are built once the search, the
/// filters and the first cards have been painted, so that those come up sooner. Then a
/// permalink or a sentence link scrolls to its target.
fn later(store: Store, main: web_sys::Element) {
    let model = store.model;
    browser::after_paint(move || {
        // `try_`: the app may have been unmounted meanwhile (tests mount and drop it).
        let Some(state) = store.written.try_get_untracked() else {
            return;
        };
        if let Some(el) = find(&main, "#later") {
            el.set_inner_html(&(summary(&model.data, &model.article) + &article(&model.article, &state)));
        }
        request_animation_frame(move || {
            if let Some(id) = store.target.try_get_untracked().flatten() {
                browser::scroll_to(&id, false);
            } else if let Some(n) = store.sentence.try_get_untracked().flatten() {
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
}
