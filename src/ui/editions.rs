//! "The Week across editions": a compact timeline of the editions public reports describe
//! (`domain::timeline`), each with what its report gives (dates as written, projects signed
//! and their value in the unit written, districts, theme, activities, guests, hosts), each
//! fact cited. Editions no report describes stay a gap, said as one.

use super::inferred::Inferred;
use super::reports::ReportCite;
use super::store::Store;
use crate::domain::format::capitalised;
use crate::domain::reports::{Edition, EditionFact};
use crate::domain::texts::source;
use crate::domain::timeline::{edition_id, entries, gap_label, heading, Entry};
use leptos::either::Either;
use leptos::prelude::*;

/// The section's id.
pub const EDITIONS_ID: &str = "editions";

/// The section, after the figures panel.
#[component]
pub fn Editions(store: Store) -> impl IntoView {
    let data = &store.model.data;
    // Static: `Either` and `Option`, not `AnyView`, whose rebuilding code the WASM would carry.
    let items = entries(data)
        .into_iter()
        .map(|e| match e {
            Entry::Edition(edition) => Either::Left(view! { <EditionItem store edition/> }),
            Entry::Gap { from, to } => Either::Right(view! { <li class="timeline__gap">{gap_label(from, to)}</li> }),
        })
        .collect_view();
    (!data.editions.is_empty()).then(|| view! {
        <section class="editions" id=EDITIONS_ID aria-labelledby="editions-heading" tabindex="-1">
            <h2 id="editions-heading">{"The Week across editions"}</h2>
            <p class="summary__note">
                {"What public reports say of the editions they cover: the opening\u{2019}s signings, not the matchmaking events above. Values are in the unit each report writes (yuan or dollars), never converted; dates and figures are as written, and what a report expected before the Week is marked as expected."}
            </p>
            <ol class="timeline" role="list">{items}</ol>
        </section>
    })
}

/// One edition: heading, the report it comes from, its facts.
#[component]
fn EditionItem(store: Store, edition: &'static Edition) -> impl IntoView {
    let data = &store.model.data;
    let reported_by = edition
        .facts
        .first()
        .and_then(|f| source(data, &f.cite.source))
        .map(|s| format!("As reported by {} ({})", s.outlet, s.kind.label()));
    // The year: marked when inferred, and cited where a report's words give it.
    let inferred = edition
        .year_inferred
        .as_deref()
        .map(|why| view! { " " <Inferred reason=why/> });
    let cite = edition
        .year_cite
        .as_ref()
        .map(|c| view! { " " <ReportCite store cite=c short=true/> });
    let year = (edition.year_inferred.is_some() || edition.year_cite.is_some()).then(|| {
        view! { <div class="edition__year">{format!("The year {}:", edition.year)}{inferred}{cite}</div> }
    });
    let facts = edition
        .facts
        .iter()
        .map(|fact| view! { <Fact store fact/> })
        .collect_view();
    view! {
        <li class="edition" id=edition_id(edition) data-edition=edition.number>
            <h3 class="edition__heading">{heading(edition)}</h3>
            // Beside the heading, not in it: a disclosure is no part of a heading's name.
            {year}
            <p class="edition__source">{reported_by}</p>
            <dl class="edition__facts">{facts}</dl>
        </li>
    }
}

/// A fact: its label, its words as written, why it is inferred, a note, its citation.
#[component]
fn Fact(store: Store, fact: &'static EditionFact) -> impl IntoView {
    let inferred = fact.inferred.as_deref().map(|why| view! { " " <Inferred reason=why/> });
    let note = fact
        .note
        .as_deref()
        .map(|n| view! { <span class="edition__note">{capitalised(n)}{"."}</span> });
    view! {
        <div class="edition__fact" data-kind=fact.kind.slug()>
            <dt>{fact.kind.label()}</dt>
            <dd>
                {fact.text.as_ref()}{inferred}{" "}<ReportCite store cite=&fact.cite short=true/>
                {note}
            </dd>
        </div>
    }
}
