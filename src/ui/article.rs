//! The source article, sentence by sentence: each sentence addressable (`#sentence-<n>`),
//! its number a link (`?s=<n>`), the open one marked, and a way back to the delegations.
//!
//! The text never changes, so, like the figures panel, it is rendered only at build time,
//! into the prerendered `<main>`, and moved into the app's slot for it when the app takes the
//! page's place (`ui::carry_static`); in the browser the app marks the open sentence
//! ([`mark_open_sentence`]), points the sentence links at the view ([`point_sentence_links`])
//! and opens them in place, and shows the way back ([`ArticleBack`]). The WASM does not carry the text's view: 4.4 KB gzip less (measured:
//! wasm-opt -Oz, gzip -9, 1 KB = 1000 bytes).

use super::source::SentenceLink;
use super::store::Store;
use leptos::prelude::*;

/// The id of the app's slot for the build's article.
pub const ARTICLE_SLOT: &str = "article-slot";

/// The article's place in `<main>`: the article itself at build time, and in the browser
/// the slot that the build's article is moved into.
#[component]
pub fn ArticlePanel(store: Store) -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    {
        view! { <ArticleText store/> }
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = store;
        view! { <div id=ARTICLE_SLOT></div> }
    }
}

/// "Showing sentence N. Back to the delegations", while a sentence is open.
#[component]
pub fn ArticleBack(store: Store) -> impl IntoView {
    let open = Memo::new(move |_| store.sentence.get());
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

/// Marks sentence `n` as the open one (`data-current`) in the build's article, and no other.
#[cfg(target_arch = "wasm32")]
pub fn mark_open_sentence(n: Option<usize>) {
    let doc = document();
    if let Ok(marked) = doc.query_selector_all("#article [data-current]") {
        for i in 0..marked.length() {
            if let Some(el) = marked
                .item(i)
                .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            {
                let _ = el.remove_attribute("data-current");
            }
        }
    }
    if let Some(el) = n.and_then(|n| doc.get_element_by_id(&crate::domain::labels::sentence_id(n))) {
        let _ = el.set_attribute("data-current", "true");
    }
}

/// The sentence links of the build's overview, figures, article and search results beyond
/// the cards, which the app opens in place (`app.rs`) and points at the view
/// (`point_sentence_links`).
pub const BUILD_SENTENCE_LINKS: &str =
    "#overview a[data-sentence], #figures a[data-sentence], #article a[data-sentence], #hits a[data-sentence]";

/// Points the sentence links of the build's figures and article at sentence `n` of the view
/// the address bar holds (`?q=lei&s=12`), as the app's own links are, so that one opened in a
/// new tab, or copied, keeps the view.
#[cfg(target_arch = "wasm32")]
pub fn point_sentence_links(state: &crate::domain::url_state::ViewState) {
    let Ok(links) = document().query_selector_all(BUILD_SENTENCE_LINKS) else {
        return;
    };
    for i in 0..links.length() {
        let Some(link) = links
            .item(i)
            .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        else {
            continue;
        };
        let n = link.get_attribute("data-sentence").and_then(|v| v.parse().ok());
        let _ = link.set_attribute("href", &crate::domain::labels::sentence_href(state, n));
    }
}

/// The whole section, `<section id="article">`.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn ArticleText(store: Store) -> impl IntoView {
    use crate::domain::labels::sentence_id;
    let article = &store.model.article;
    let paragraphs = article
        .sentences()
        .chunk_by(|a, b| a.paragraph == b.paragraph)
        .map(|paragraph| {
            let sentences = paragraph
                .iter()
                .map(|s| {
                    let n = s.number;
                    view! {
                        <span class="sentence" id=sentence_id(n) tabindex="-1">
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
