//! Provenance in the page: the sentence marker on every fact (a superscript "4", the number
//! of the article's sentence it comes from), which opens that sentence in place, and the
//! links that open the source article at a sentence.
//!
//! A marker is a `<details>`: it opens with the keyboard and without script, and it prints.
//! Closed, it holds only its toggle and the sentence numbers it cites (`data-cite`); its
//! body (the cited text and a link to the first sentence) is rendered the first time it
//! opens, since a page holds dozens of these and most are never opened. Screen readers hear
//! "Source, sentence 4".

use super::store::Store;
use crate::domain::labels::{cite_value, sentence_href, sentences};
use leptos::prelude::*;

/// Provided while rendering a page that runs no script (an embed, at build time): every
/// disclosure is rendered with its body, so that it opens without the app.
#[derive(Clone, Copy, Debug)]
pub struct BodiesInHtml;

/// The sentence marker of a fact whose provenance is `span`.
#[component]
pub fn Source(store: Store, span: &'static str) -> impl IntoView {
    let numbers = store.model.article.cite(span);
    let label = sentences(&numbers);
    let cite = cite_value(&numbers);
    let shown = cite.replace(',', ",\u{2009}");
    // A page that runs no script (an embed) holds every body in its HTML.
    let opened = RwSignal::new(cfg!(not(target_arch = "wasm32")) && use_context::<BodiesInHtml>().is_some());
    let details = NodeRef::<leptos::html::Details>::new();
    // However it opens: a click, the keyboard, a script, or `ui::early` reopening what the
    // reader opened on the prerendered page.
    let on_toggle = move |_| {
        if details.get_untracked().is_some_and(|d| d.open()) {
            opened.set(true);
        }
    };
    view! {
        <details class="source" data-cite=cite node_ref=details on:toggle=on_toggle>
            // The name holds the visible number (WCAG 2.5.3): "Source, sentence 4".
            <summary class="source__toggle" aria-label=format!("Source, {label}")>
                {shown}
            </summary>
            {move || opened.get().then(|| view! { <SourceBody store numbers=numbers.clone()/> })}
        </details>
    }
}

/// The body of an open disclosure: the cited sentences, and a link that opens the article
/// at the first one.
#[component]
fn SourceBody(store: Store, numbers: Vec<usize>) -> impl IntoView {
    let article = &store.model.article;
    let quote: Vec<&str> = numbers
        .iter()
        .filter_map(|&n| article.sentence(n))
        .map(|s| article.sentence_text(s))
        .collect();
    let link = numbers.first().map(|&first| {
        let text = format!("Open in article ({})", sentences(&numbers));
        view! { <SentenceLink store n=Some(first) class="source__open" text/> }
    });
    view! {
        <div class="source__body">
            <blockquote class="source__quote">{quote.join(" ")}</blockquote>
            {link}
        </div>
    }
}

/// A link to sentence `n` of the article (or, for `None`, back to the delegations) that
/// keeps the rest of the view as the address bar holds it, and is followed in place. A
/// click that asks for a new tab or window keeps the browser's behaviour.
#[component]
pub fn SentenceLink(
    store: Store,
    n: Option<usize>,
    #[prop(optional)] class: Option<&'static str>,
    #[prop(optional)] label: Option<String>,
    #[prop(into)] text: String,
) -> impl IntoView {
    let follow = move |ev: web_sys::MouseEvent| {
        if !super::browser::is_plain_click(&ev) {
            return;
        }
        ev.prevent_default();
        match n {
            Some(n) => store.open_sentence(n),
            None => store.close_sentence(),
        }
    };
    view! {
        <a
            class=class
            href=move || store.written().with(|state| sentence_href(state, n))
            data-sentence=n.map(|n| n.to_string()).unwrap_or_default()
            aria-label=label
            on:click=follow
        >
            {text}
        </a>
    }
}
