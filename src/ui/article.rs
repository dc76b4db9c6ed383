//! The source article, sentence by sentence: each sentence addressable (`#sentence-<n>`),
//! its number a link (`?s=<n>`) that keeps the rest of the view, the open one marked
//! (`data-current`), and a way back to the delegations while one is open ([`ArticleBack`]).

use super::source::SentenceLink;
use super::store::Store;
use crate::domain::labels::sentence_id;
use leptos::prelude::*;

/// "Showing sentence N. Back to the delegations", while a sentence is open.
#[component]
pub fn ArticleBack(store: Store) -> impl IntoView {
    let open = store.sentence();
    let back = move || {
        open.get().map(|n| {
            view! {
                {format!("Showing sentence {n}. ")}
                <SentenceLink store n=None text="Back to the delegations"/>
            }
        })
    };
    view! {
        <p class="article__back" id="article-back" hidden=move || open.get().is_none()>
            {back}
        </p>
    }
}

/// The whole section, `<section id="article">`.
#[component]
pub fn ArticleText(store: Store) -> impl IntoView {
    let article = &store.model.article;
    let open = store.sentence();
    let paragraphs = article
        .sentences()
        .chunk_by(|a, b| a.paragraph == b.paragraph)
        .map(|paragraph| {
            let sentences = paragraph
                .iter()
                .map(|s| {
                    let n = s.number;
                    let current = move || (open.get() == Some(n)).then_some("true");
                    view! {
                        <span class="sentence" id=sentence_id(n) tabindex="-1" data-current=current>
                            <SentenceLink
                                store
                                n=Some(n)
                                class="sentence__number"
                                label=format!("Link to sentence {n}")
                                text=n.to_string()
                            />
                            {" "}{article.sentence_text(s)}{" "}
                        </span>
                    }
                })
                .collect_view();
            view! { <p>{sentences}</p> }
        })
        .collect_view();
    view! {
        <section id="article" class="article" aria-labelledby="article-heading">
            <h2 id="article-heading">{"Source article"}</h2>
            <p class="article__intro">
                {"The news article every fact here comes from, unchanged. Each sentence is numbered; its number is a link you can share."}
            </p>
            <div class="article__text">{paragraphs}</div>
        </section>
    }
}
