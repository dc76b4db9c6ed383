//! Provenance in the page: the "Source" control on every fact, and the source view, the
//! whole article with each sentence addressable (`?s=<n>`).

use super::store::{sentence_id, set_if_changed, Store};
use crate::domain::url_state::ViewState;
use leptos::prelude::*;

/// The link that opens the article at sentence `n`, keeping the rest of the view (as the
/// address bar holds it, so typing does not rebuild every sentence link).
fn sentence_href(store: Store, n: Option<usize>) -> String {
    let state = ViewState {
        sentence: n,
        ..store.written.get()
    };
    let query = state.to_string();
    if query.is_empty() {
        "./".to_owned()
    } else {
        query
    }
}

/// A small disclosure that reveals the article sentence(s) a fact comes from.
///
/// The body is built the first time the disclosure opens (by a click, the keyboard or a
/// script): a page holds dozens of these and most are never opened, so building them up
/// front cost start-up time and a live link per fact.
#[component]
pub fn Source(#[prop(into)] span: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let numbers = store.model.article.cite(&span);
    let label = match numbers.as_slice() {
        [one] => format!("sentence {one}"),
        many => format!(
            "sentences {}",
            many.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
        ),
    };
    let hidden = format!(": {label}");
    let (opened, set_opened) = signal(false);
    let body = move || opened.get().then(|| source_body(store, &numbers, &label));
    view! {
        <details class="source" on:toggle=move |_| set_if_changed(&set_opened, true)>
            <summary class="source__toggle">
                "Source" <span class="visually-hidden">{hidden}</span>
            </summary>
            {body}
        </details>
    }
}

/// The open disclosure: the cited sentences and a link to the first one in the article.
fn source_body(store: Store, numbers: &[usize], label: &str) -> impl IntoView {
    let article = &store.model.article;
    let text: Vec<&'static str> = numbers
        .iter()
        .filter_map(|&n| article.sentence(n))
        .map(|s| article.sentence_text(s))
        .collect();
    let open = numbers.first().map(|&n| {
        view! {
            <a
                class="source__open"
                href=move || sentence_href(store, Some(n))
                on:click=move |ev| {
                    ev.prevent_default();
                    store.open_sentence(n);
                }
            >
                {format!("Open in article ({label})")}
            </a>
        }
    });
    view! {
        <div class="source__body">
            <blockquote class="source__quote">{text.join(" ")}</blockquote>
            {open}
        </div>
    }
}

/// The whole article, sentence by sentence, with the open sentence highlighted.
#[component]
pub fn SourceView() -> impl IntoView {
    let store = expect_context::<Store>();
    let article = &store.model.article;
    let paragraphs = article.sentences().chunk_by(|a, b| a.paragraph == b.paragraph);
    let body = paragraphs
        .map(|sentences| {
            let spans = sentences
                .iter()
                .map(|s| {
                    let n = s.number;
                    let current = move || (store.sentence.get() == Some(n)).then_some("true");
                    view! {
                        <span class="sentence" id=sentence_id(n) data-current=current tabindex="-1">
                            <a
                                class="sentence__number"
                                href=move || sentence_href(store, Some(n))
                                aria-label=format!("Link to sentence {n}")
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    store.open_sentence(n);
                                }
                            >
                                {n}
                            </a>
                            " " {article.sentence_text(s)} " "
                        </span>
                    }
                })
                .collect_view();
            view! { <p>{spans}</p> }
        })
        .collect_view();
    let back = move || {
        store.sentence.get().map(|n| {
            view! {
                <p class="article__back" id="article-back">
                    {format!("Showing sentence {n}. ")}
                    <a
                        href=move || sentence_href(store, None)
                        on:click=move |ev| {
                            ev.prevent_default();
                            store.close_sentence();
                            super::browser::scroll_to("results", true);
                        }
                    >
                        "Back to the delegations"
                    </a>
                </p>
            }
        })
    };
    view! {
        <section id="article" class="article" aria-labelledby="article-heading">
            <h2 id="article-heading">"Source article"</h2>
            <p class="article__intro">
                "The news article every fact here comes from, unchanged. Each sentence is numbered; "
                "its number is a link you can share."
            </p>
            {back}
            <div class="article__text">{body}</div>
        </section>
    }
}
