//! The mark of an inference: "(inferred)", a disclosure that opens its reason in place, next
//! to what it explains, by tap, click or keyboard, and that prints its reason. The page uses
//! it for every value the article does not state: the event's year, an outcome tied to a
//! delegation by where the article reports it, a sector inferred from a site.

use leptos::prelude::*;

/// "(inferred)", opening `reason`.
#[component]
pub fn Inferred(reason: &'static str) -> impl IntoView {
    view! {
        <details class="inferred">
            <summary class="inferred__mark">
                {"(inferred)"}<span class="visually-hidden">{": why?"}</span>
            </summary>
            <span class="inferred__reason">{reason}</span>
        </details>
    }
}
