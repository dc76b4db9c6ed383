//! A card's "Copy link": copies the permalink to the card in the current view, confirms it
//! visibly and through the live region, and shows the link to copy by hand where the
//! Clipboard API is missing.

use super::browser;
use super::store::Store;
use leptos::prelude::*;
use std::time::Duration;

/// How long "Link copied" shows before the button reads "Copy link" again.
const CONFIRMATION: Duration = Duration::from_secs(3);

/// Selects the link shown to copy by hand, ready to copy.
fn select_all(ev: web_sys::FocusEvent) {
    event_target::<web_sys::HtmlInputElement>(&ev).select();
}

/// "Copy link" for the card of delegation `id`.
#[component]
pub fn CopyLink(store: Store, id: &'static str) -> impl IntoView {
    let copied = RwSignal::new(false);
    let by_hand = move || (store.copy_fallback().get() == Some(id)).then(|| store.permalink(id));
    let copy = move |_| {
        let url = store.permalink(id);
        store.show_copy_fallback(None);
        leptos::task::spawn_local(async move {
            if browser::copy_text(&url).await {
                copied.set(true);
                store.announce("Link copied to the clipboard");
                set_timeout(move || _ = copied.try_set(false), CONFIRMATION);
            } else {
                store.announce("Copy is not available here: the link is shown to copy by hand");
                store.show_copy_fallback(Some(id));
            }
        });
    };
    view! {
        <button type="button" class="button button--quiet copy-link" on:click=copy>
            {move || if copied.get() { "Link copied" } else { "Copy link" }}
        </button>
        {move || {
            by_hand()
                .map(|url| {
                    view! {
                        <label class="copy-fallback">
                            {"Copy this link: "}
                            <input
                                type="text"
                                readonly
                                value=url
                                on:focusin=select_all
                            />
                        </label>
                    }
                })
        }}
    }
}
