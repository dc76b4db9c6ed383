//! The event overview: name and edition, dates (the inferred year marked, with its reason),
//! host city, purpose, activity, and counts.

use super::source::Source;
use super::store::Store;
use crate::domain::figures::event_counts;
use crate::domain::format::{day_range, noun, ordinal};
use leptos::either::Either;
use leptos::prelude::*;

/// The overview's content (inside `<section class="overview">`).
#[component]
pub fn Overview(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let e = &data.event;
    let counts = event_counts(data);
    let year = e.year.value.to_string();
    let year = if e.year.inferred {
        Either::Left(view! {
            <span class="inferred" tabindex="0" aria-describedby="year-reason">
                {year}<span class="inferred__mark">{" (inferred)"}</span>
                <span class="tooltip" role="tooltip" id="year-reason">{e.year.reason.as_ref()}</span>
            </span>
        })
    } else {
        Either::Right(view! { <span>{year}</span> })
    };
    let agreements = if counts.agreements == 1 {
        "agreement or framework".to_owned()
    } else {
        "agreements and frameworks".to_owned()
    };
    let stats = [
        (counts.delegations, noun(counts.delegations, "delegation")),
        (counts.sites, format!("{} visited", noun(counts.sites, "site"))),
        (counts.agreements, agreements),
    ]
    .into_iter()
    .map(|(n, what)| view! { <li><strong>{n}</strong>{" "}{what}</li> })
    .collect_view();
    view! {
        <p class="overview__eyebrow">{"Cross-Strait industrial matchmaking"}</p>
        <h1 id="event-title">{format!("{} {}", ordinal(e.edition), e.name)}</h1>
        <div class="overview__when">
            <span>{day_range(e.dates.month, e.dates.start_day, e.dates.end_day)}{" "}</span>
            {year}
            {" \u{00b7} "}
            {e.host_city.text.as_ref()}
            <Source store span=&e.dates.source/>
        </div>
        <div class="overview__purpose">
            {e.purpose.text.as_ref()}{"."}<Source store span=&e.purpose.source/>
        </div>
        <div class="overview__activity">
            {e.activity.text.as_ref()}{"."}<Source store span=&e.activity.source/>
        </div>
        <ul class="stats" role="list">
            {stats}
        </ul>
    }
}
