//! The event overview: name and edition, dates (the inferred year marked), host city,
//! purpose, and counts.

use super::source::Source;
use super::store::Store;
use crate::domain::figures::event_counts;
use crate::domain::format::{day_range, noun, ordinal};
use leptos::prelude::*;

/// The top of the page.
#[component]
pub fn Overview() -> impl IntoView {
    let store = expect_context::<Store>();
    let data = &store.model.data;
    let e = &data.event;
    let counts = event_counts(data);
    let year = e.year.value.to_string();
    let agreements = if counts.agreements == 1 {
        "agreement or framework"
    } else {
        "agreements and frameworks"
    };
    view! {
        <section class="overview" aria-labelledby="event-title">
            <p class="overview__eyebrow">"Cross-Strait industrial matchmaking"</p>
            <h1 id="event-title">{format!("{} {}", ordinal(e.edition), e.name)}</h1>
            <p class="overview__when">
                <span>{day_range(e.dates.month, e.dates.start_day, e.dates.end_day)} " "</span>
                {if e.year.inferred {
                    view! {
                        <span class="inferred" tabindex="0" aria-describedby="year-reason">
                            {year} <span class="inferred__mark">" (inferred)"</span>
                            <span class="tooltip" role="tooltip" id="year-reason">{e.year.reason.clone()}</span>
                        </span>
                    }.into_any()
                } else {
                    view! { <span>{year}</span> }.into_any()
                }}
                " \u{00b7} " {e.host_city.text.clone()}
                <Source span=e.dates.source.clone()/>
            </p>
            <p class="overview__purpose">{e.purpose.text.clone()} "." <Source span=e.purpose.source.clone()/></p>
            <p class="overview__activity">{e.activity.text.clone()} "." <Source span=e.activity.source.clone()/></p>
            <ul class="stats" role="list">
                <li><strong>{counts.delegations}</strong> " " {noun(counts.delegations, "delegation")}</li>
                <li><strong>{counts.sites}</strong> " " {noun(counts.sites, "site")} " visited"</li>
                <li><strong>{counts.agreements}</strong> " " {agreements}</li>
            </ul>
        </section>
    }
}
