//! The event overview: name and edition, dates (the inferred year marked, with its reason),
//! host city, then, under "About the event" (folded on a phone, so that the search box is in
//! the first screen), purpose (which names the sectors of the event as a whole), activity,
//! and the counts the article gives.

use super::inferred::Inferred;
use super::reports::Reports;
use super::source::Source;
use super::store::Store;
use crate::domain::figures::event_counts;
use crate::domain::format::{count_noun as noun_count, day_range, ordinal};
use crate::domain::labels::outcome_count;
use leptos::prelude::*;

/// `<section class="overview">`, first in `<main>`.
#[component]
pub fn Overview(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let e = &data.event;
    let counts = event_counts(data);
    let year = e.year.value.to_string();
    let year_mark = e
        .year
        .inferred
        .then(|| view! { {" "}<Inferred reason=&e.year.reason/> });
    let stats = [
        format!("{} described", noun_count(counts.delegations, "delegation")),
        format!("{} named as visited", noun_count(counts.sites, "site")),
        outcome_count(counts.agreements, "agreement", "signed"),
        outcome_count(counts.frameworks, "framework", "reached"),
    ]
    .into_iter()
    .map(|what| view! { <li>{what}</li> })
    .collect_view();
    view! {
        <section class="overview" id="overview" aria-labelledby="event-title">
        <p class="overview__eyebrow">{"Cross-Strait industrial matchmaking"}</p>
        <h1 id="event-title">{format!("{} {}", ordinal(e.edition), e.name)}</h1>
        <div class="overview__when">
            <span>
                {"Matchmaking events "}{day_range(e.dates.month, e.dates.start_day, e.dates.end_day)}{" "}{year}
            </span>
            {year_mark}
            {" \u{00b7} "}
            {e.host_city.text.as_ref()}
            // The second report of these dates is under "About the event" ("In another
            // report"): beside them it would push the search box off a phone's first screen.
            <Source store span=&e.dates.source/>
        </div>
        // Open on a desktop (CSS shows its content and hides the toggle at its width); on a
        // phone, folded, so that the search box is in the first screen.
        <details class="overview__more">
            <summary class="overview__toggle">{"About the event"}</summary>
            <div class="overview__purpose">
                {e.purpose.text.as_ref()}{"."}<Source store span=&e.purpose.source/>
            </div>
            <div class="overview__activity">
                {e.activity.text.as_ref()}{"."}<Source store span=&e.activity.source/>
            </div>
            <ul class="stats" role="list" aria-label="In the article">
                {stats}
            </ul>
            <Reports store about="event".to_owned() heading="In another report" folded=true/>
        </details>
        </section>
    }
}
