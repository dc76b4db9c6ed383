//! One delegation card: its markup comes from [`crate::markup::card`]; here it is kept in
//! step with the view (search marks, pressed chips, the permalink target), and its "Copy
//! link" control is handled (see `delegate` for the listeners).

use super::browser;
use super::store::Store;
use crate::markup::card::{card, copy_fallback, heading_id, CardMarkup};
use crate::markup::html::marked_string;
use leptos::prelude::*;
use std::ops::Range;

/// The card of delegation `index`.
#[component]
pub fn Card(index: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let model = store.model;
    let Some(d) = model.data.delegations.get(index) else {
        return ().into_any();
    };
    // What the card is built for, so that its effects' first runs can tell whether the view
    // changed since (usually not: then they only subscribe).
    let built_for = store.query.get_untracked();
    let pressed_for = store.sectors.get_untracked();
    let CardMarkup { html, runs, marks } = card(&model.data, &model.article, d, &built_for, &pressed_for);
    let id: &'static str = &d.id;
    let targeted = move || (store.target.get().as_deref() == Some(id)).then_some("true");
    let node = NodeRef::<leptos::html::Article>::new();

    // A new query re-marks only the runs whose marks change: the card, and any source
    // the reader opened in it, stay as they are.
    let mut built = Some((built_for, marks));
    Effect::new(move |before: Option<Vec<Vec<Range<usize>>>>| {
        store.query.with(|q| {
            let before = match (before, built.take()) {
                (Some(before), _) => before,
                (None, Some((built_for, marks))) if built_for == *q => return marks,
                (None, built) => built.map(|(_, marks)| marks).unwrap_or_default(),
            };
            let now: Vec<Vec<Range<usize>>> = runs.iter().map(|r| q.highlights(r)).collect();
            if now != before {
                let Some(el) = node.get_untracked() else {
                    return before;
                };
                let spans = browser::elements(el.query_selector_all("span.hl"));
                for (i, ((run, ranges), span)) in runs.iter().zip(&now).zip(spans).enumerate() {
                    if before.get(i) != Some(ranges) {
                        span.set_inner_html(&marked_string(run, ranges));
                    }
                }
            }
            now
        })
    });
    // Chips show whether their sector is checked.
    Effect::new(move |ran: Option<()>| {
        store.sectors.with(|pressed| {
            if ran.is_none() && *pressed == pressed_for {
                return;
            }
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
        if let Some(shown) = card.query_selector(".copy-fallback").ok().flatten() {
            shown.remove();
        }
        if browser::copy_text(&url).await {
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
            let _ = button.insert_adjacent_html("afterend", &copy_fallback(&url));
        }
    });
}
