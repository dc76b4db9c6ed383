//! Provenance in the page: the "Source" disclosures and the source article (markup:
//! [`crate::markup::source`], [`crate::markup::article`]), kept in step with the view.

use super::browser;
use super::store::{effect, Store};
use crate::markup::article::{back, sentence_id};
use crate::markup::source::{body, parse_cite, sentence_href};
use leptos::prelude::*;

/// A disclosure opened (or closed): its body is built the first time, whatever opened it
/// (a click, the keyboard or a script).
pub fn on_toggle(store: Store, details: &web_sys::Element) {
    if !details.matches("details.source").unwrap_or(false)
        || details.query_selector(".source__body").ok().flatten().is_some()
    {
        return;
    }
    let numbers = parse_cite(&details.get_attribute("data-cite").unwrap_or_default());
    let html = store
        .written
        .with_untracked(|state| body(&store.model.article, &numbers, state));
    let _ = details.insert_adjacent_html("beforeend", &html);
}

/// A link to a sentence (`data-sentence="<n>"`) or back from it (`data-sentence=""`),
/// followed in place.
pub fn follow(store: Store, sentence: &str) {
    match sentence.parse::<usize>() {
        Ok(n) => store.open_sentence(n),
        Err(_) => {
            store.close_sentence();
            browser::scroll_to("results", true);
        }
    }
}

/// Keeps the article and the sentence links in step with the view: every link keeps the
/// rest of the view as the address bar holds it, the open sentence is marked, and the
/// "back" line names it.
pub fn follow_the_view(store: Store) {
    effect(Box::new(move || {
        store.written.with(|state| {
            for link in browser::elements(document().query_selector_all("a[data-sentence]")) {
                let n = link.get_attribute("data-sentence").and_then(|n| n.parse().ok());
                let _ = link.set_attribute("href", &sentence_href(state, n));
            }
        });
    }));
    effect(Box::new(move || {
        let open = store.sentence.get();
        for el in browser::elements(document().query_selector_all(".sentence[data-current]")) {
            let _ = el.remove_attribute("data-current");
        }
        if let Some(el) = open.and_then(|n| document().get_element_by_id(&sentence_id(n))) {
            let _ = el.set_attribute("data-current", "true");
        }
        if let Some(line) = document().get_element_by_id("article-back") {
            let state = store.written.with_untracked(|w| crate::domain::url_state::ViewState {
                sentence: open,
                ..w.clone()
            });
            line.set_inner_html(&back(&state));
            let _ = line.toggle_attribute_with_force("hidden", open.is_none());
        }
    }));
}
