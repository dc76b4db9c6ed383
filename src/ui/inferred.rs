//! The mark of an inference: "(inferred)", focusable, with its reason as a tooltip. The
//! page uses it for every value the article does not state: the event's year, an outcome tied
//! to a delegation by where the article reports it, a sector inferred from a site.

use leptos::prelude::*;

/// "(inferred)", described by `reason`; `id` names the reason's element and must be unique.
#[component]
pub fn Inferred(id: String, reason: &'static str) -> impl IntoView {
    let described_by = id.clone();
    view! {
        <span class="inferred" tabindex="0" aria-describedby=described_by>
            <span class="inferred__mark">{"(inferred)"}</span>
            <span class="tooltip" role="tooltip" id=id>{reason}</span>
        </span>
    }
}
