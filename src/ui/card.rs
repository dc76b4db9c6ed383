//! A card's "Copy link" control (the card's markup: [`crate::markup::card`]; kept in step
//! with the view by `results`).

use super::browser;
use super::store::Store;
use crate::markup::card::copy_fallback;
use leptos::prelude::*;

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
