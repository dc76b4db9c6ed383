//! The page: its `<main>` is written as HTML text for the view the URL describes
//! ([`crate::markup::page`]), or adopted from `index.html` where the build wrote it, then kept
//! in step with the view region by region ([`controls`], [`results`], [`source`]). The header
//! and footer are static, in `index.html`.
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
use crate::markup::controls::SEARCH_INPUT;
use crate::markup::page::{cards, page, PageMarkup, PageState, PRERENDERED};
use crate::markup::summary::summary;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
///
/// `cargo xtask dist` writes the `<main>` of the default view into `index.html`
/// ([`crate::markup::page::prerendered`]), so the cards are on screen before the WASM
/// arrives. When the link asks for that view, the app adopts that `<main>` as it is and
/// renders nothing; otherwise it replaces it with its own.
#[component]
pub fn App(model: &'static Model) -> impl IntoView {
    let store = Store::new(model);
    let state = store.state_untracked();
    let prerendered = document()
        .query_selector(&format!("main[{PRERENDERED}]"))
        .ok()
        .flatten();
    // The build wrote the embedded dataset's default view; a bench build shows other data.
    let adopt = prerendered.is_some() && state == ViewState::default() && !cfg!(feature = "bench");
    let view = store.view.get_untracked();
    let limit = store.limit.get_untracked();
    // What the page shows before the effects' first run: for an adopted page, what the build
    // wrote (no notes, no target, no link), so that the first run puts in what differs.
    let (notes, target, url) = if adopt {
        (Vec::new(), None, String::new())
    } else {
        (
            store.notes.get_untracked(),
            store.target.get_untracked(),
            store.view_url(),
        )
    };
    let first = PageState {
        state: &state,
        view: &view,
        limit,
        notes: &notes,
        target: target.as_deref(),
        url: &url,
    };
    // An adopted page is in the document already: only its cards' runs and marks are needed.
    let (html, cards) = if adopt {
        (String::new(), cards(&model.data, &model.article, &first))
    } else {
        let PageMarkup { html, cards } = page(&model.data, &model.article, &first);
        (html, cards)
    };
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
            let Some(e) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
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

    // Once `<main>` is in the document: its listeners, and its regions kept in step.
    let start = move |main: web_sys::Element| {
        let mut written = written;
        delegate::listen(store, &main);
        let notes = std::mem::take(&mut written.notes);
        controls::keep_in_step(store, &main, &written.state, notes);
        results::keep_in_step(store, &main, written);
        later(store, main);
    };
    match prerendered {
        Some(main) if adopt => {
            let _ = main.remove_attribute(PRERENDERED);
            start(main.clone());
            take_early_input(store, &main);
            None
        }
        stale => {
            if let Some(main) = stale {
                main.remove();
            }
            // They belong to this component's owner, so unmounting the app removes them.
            let owner = Owner::current();
            let root = NodeRef::<leptos::html::Main>::new();
            root.on_load(move |main| match owner {
                Some(owner) => owner.with(|| start(main.into())),
                None => start(main.into()),
            });
            Some(view! { <main id="main" class="wrap" node_ref=root inner_html=html></main> })
        }
    }
}

/// What the reader did on the adopted page before the app started: text typed into the
/// search box, sectors checked, sources opened. The app takes it up as if it had seen it.
fn take_early_input(store: Store, main: &web_sys::Element) {
    let input = find(main, &format!("#{SEARCH_INPUT}")).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(q) = input.map(|i| i.value()).filter(|q| !q.is_empty()) {
        store.set_query(q);
    }
    let checked = browser::elements(main.query_selector_all("input[name=sector]:checked"));
    for slug in checked.filter_map(|c| c.get_attribute("value")) {
        store.toggle_sector(&slug);
    }
    for details in browser::elements(main.query_selector_all("details[open]")) {
        source::on_toggle(store, &details);
    }
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
