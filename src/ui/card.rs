//! One delegation card: its markup comes from [`crate::markup::card`]; here it is kept in
//! step with the view (search marks, pressed chips, the permalink target), and its "Copy
//! link" control is handled (see `delegate` for the listeners).

use super::browser;
use super::store::Store;
use crate::markup::card::{card, copy_fallback, heading_id, CardMarkup};
use crate::markup::html::marked_string;
use leptos::prelude::*;
use std::ops::Range;
use wasm_bindgen::JsCast;

/// The card of delegation `index`.
#[component]
pub fn Card(index: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let model = store.model;
    let Some(d) = model.data.delegations.get(index) else {
        return ().into_any();
    };
    let CardMarkup { html, runs, marks } = store.query.with_untracked(|q| {
        store
            .sectors
            .with_untracked(|pressed| card(&model.data, &model.article, d, q, pressed))
    });
    let id: &'static str = &d.id;
    let targeted = move || (store.target.get().as_deref() == Some(id)).then_some("true");
    let node = NodeRef::<leptos::html::Article>::new();

    // A new query re-marks only the runs whose marks change: the card, and any source
    // the reader opened in it, stay as they are.
    let mut built_with = Some(marks);
    Effect::new(move |before: Option<Vec<Vec<Range<usize>>>>| {
        let before = before.or_else(|| built_with.take()).unwrap_or_default();
        let now: Vec<Vec<Range<usize>>> = store.query.with(|q| runs.iter().map(|r| q.highlights(r)).collect());
        let Some(el) = node.get_untracked() else {
            return before;
        };
        if now != before {
            if let Ok(spans) = el.query_selector_all("span.hl") {
                for (i, (run, ranges)) in runs.iter().zip(&now).enumerate() {
                    if before.get(i) == Some(ranges) {
                        continue;
                    }
                    let span = u32::try_from(i).ok().and_then(|i| spans.item(i));
                    if let Some(span) = span.and_then(|s| s.dyn_into::<web_sys::Element>().ok()) {
                        span.set_inner_html(&marked_string(run, ranges));
                    }
                }
            }
        }
        now
    });
    // Chips show whether their sector is checked.
    Effect::new(move |_| {
        store.sectors.with(|pressed| {
            let Some(el) = node.get_untracked() else { return };
            for chip in browser::elements(el.query_selector_all("button.chip[data-sector]")) {
                let on = chip.get_attribute("data-sector").is_some_and(|s| pressed.contains(&s));
                let _ = chip.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
        });
    });
    view! {
        <article
            class="card"
            id=id
            aria-labelledby=heading_id(id)
            data-target=targeted
            tabindex="-1"
            node_ref=node
            inner_html=html
        ></article>
    }
    .into_any()
}

/// "Copy link" on a card: copies the permalink to the card in the current view; confirms
/// visibly and through the live region, and shows the link to copy by hand where the
/// Clipboard API is missing.
pub fn copy_link(store: Store, button: web_sys::Element) {
    let Some(card) = button.closest("article.card").ok().flatten() else {
        return;
    };
    let url = store.permalink(&card.id());
    leptos::task::spawn_local(async move {
        let fallback = card.query_selector(".copy-fallback").ok().flatten();
        if browser::copy_text(&url).await {
            if let Some(f) = fallback {
                f.remove();
            }
            button.set_text_content(Some("Link copied"));
            store.announcement.set("Link copied to the clipboard".to_owned());
            set_timeout(
                move || button.set_text_content(Some("Copy link")),
                std::time::Duration::from_secs(3),
            );
        } else {
            store
                .announcement
                .set("Copy is not available here: the link is shown to copy by hand".to_owned());
            if let Some(f) = fallback {
                f.remove();
            }
            let _ = button.insert_adjacent_html("afterend", &copy_fallback(&url));
        }
    });
}
