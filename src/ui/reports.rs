//! What the other reports say beside the primary article, where the page shows the fact: a
//! citation of another report ([`ReportCite`]), and the list of what they say about one
//! thing ([`Reports`]): the same fact (a second source), the same fact told differently
//! (both shown, with what differs), or something the primary article does not say.
//!
//! A report in another language is quoted in it (`lang`), with the English beside it marked
//! as a translation made here.

use super::store::Store;
use crate::domain::format::capitalised;
use crate::domain::labels::sentences;
use crate::domain::reports::{self, Cite, Relation, Report};
use crate::domain::texts::{sentence_id, source};
use leptos::either::Either;
use leptos::prelude::*;

/// What an English rendering beside a quote in another language is called.
pub const TRANSLATION: &str = "Translation made here";

/// A citation of another report: "Asia City News (French edition), sentence 5", a disclosure
/// that opens the cited sentences in their language, with a link to them under "Other
/// reports". `short` shows only "sentence 5", where the report is named just above (its name
/// stays in the accessible name).
#[component]
pub fn ReportCite(store: Store, cite: &'static Cite, #[prop(optional)] short: bool) -> impl IntoView {
    let model = store.model;
    let numbers = model.texts.sentences(cite);
    let s = source(&model.data, &cite.source);
    let outlet = s.map_or(&*cite.source, |s| &*s.outlet);
    let lang = s.and_then(reports::lang);
    let text = model.texts.get(&cite.source);
    let quote: Vec<&str> = numbers
        .iter()
        .filter_map(|&n| text.and_then(|t| t.sentence(n).map(|s| t.sentence_text(s))))
        .collect();
    let href = numbers.first().map(|&n| format!("#{}", sentence_id(&cite.source, n)));
    let label = format!("{outlet}, {}", sentences(&numbers));
    let shown = if short { sentences(&numbers) } else { label.clone() };
    view! {
        <details class="cite" data-source=cite.source.to_string() data-cite=numbers.first().map(ToString::to_string)>
            <summary class="cite__toggle" aria-label=short.then(|| label.clone())>{shown}</summary>
            <div class="cite__body">
                <blockquote class="source__quote" lang=lang>{quote.join(" ")}</blockquote>
                <a href=href>{format!("Read it in the report ({})", sentences(&numbers))}</a>
            </div>
        </details>
    }
}

/// The primary article's words and a report's, side by side where they differ.
#[component]
fn Entry(store: Store, r: &'static Report) -> impl IntoView {
    let s = source(&store.model.data, &r.cite.source);
    let lang = s.and_then(reports::lang);
    let outlet = s.map_or(&*r.cite.source, |s| &*s.outlet);
    let primary = r.primary.as_deref().map(|p| {
        view! {
            <p class="report__primary">
                <span class="report__who">{"The primary article: "}</span>
                <q>{p}</q>
            </p>
        }
    });
    // Validation admits a rendering only of words in another language.
    let rendering = r.rendering.as_deref().map(|t| {
        view! {
            <p class="report__translation">
                <span class="report__who">{format!("{TRANSLATION}: ")}</span>
                <q>{t}</q>
            </p>
        }
    });
    view! {
        <li class="report" data-relation=r.relation.slug()>
            <span class="badge badge--report">{r.relation.label()}</span>
            {primary}
            // A `div`, not a `p`: the citation is a `<details>`, which would close a paragraph.
            <div class="report__words">
                <span class="report__who">{format!("{outlet}: ")}</span>
                <q lang=lang.clone()>{r.cite.span.as_ref()}</q>
                {" "}<ReportCite store cite=&r.cite/>
            </div>
            {rendering}
            {r.note.as_deref().map(|n| view! { <p class="report__note">{capitalised(n)}{"."}</p> })}
        </li>
    }
}

/// What the other reports say about `about` (`figure:contracted-investment`, `cluster`,
/// `delegation:<id>`, `event`), under `heading`; nothing when they say nothing. `folded`
/// puts them in a disclosure whose toggle is the heading and their count (a card's).
#[component]
pub fn Reports(
    store: Store,
    about: String,
    #[prop(optional)] heading: Option<&'static str>,
    #[prop(optional)] folded: bool,
) -> impl IntoView {
    let list = reports::about(&store.model.data, &about);
    (!list.is_empty()).then(|| {
        let n = list.len();
        let entries = list.into_iter().map(|r| view! { <Entry store r/> }).collect_view();
        let list = view! { <ul class="reports__list" role="list">{entries}</ul> };
        if folded {
            Either::Left(view! {
                <details class="reports reports--folded">
                    <summary class="reports__toggle">{format!("{} ({n})", heading.unwrap_or("In another report"))}</summary>
                    {list}
                </details>
            })
        } else {
            Either::Right(view! {
                <div class="reports">
                    {heading.map(|h| view! { <h2 class="reports__heading">{h}</h2> })}
                    {list}
                </div>
            })
        }
    })
}

/// Beside a fact the primary article gives (its provenance `span`), where another report gives
/// it too: "2 sources" and that report's citation, "told differently" when its words differ
/// (the card's list of what the report says shows both).
#[component]
pub fn Backing(store: Store, about: String, span: &'static str) -> impl IntoView {
    let list = reports::backing(&store.model.data, &about, span);
    (!list.is_empty()).then(|| {
        let n = list.len() + 1;
        let cites = list
            .into_iter()
            .map(|r| {
                let differs = (r.relation == Relation::Differs).then_some(" (told differently)");
                view! { " " <ReportCite store cite=&r.cite/>{differs} }
            })
            .collect_view();
        view! { <div class="backing">{format!(" \u{b7} {n} sources:")}{cites}</div> }
    })
}

/// How many sources give a fact the primary article gives, counting the reports that say
/// the same: "2 sources".
pub fn source_count(store: Store, about: &str) -> Option<String> {
    let same = reports::about(&store.model.data, about)
        .into_iter()
        .filter(|r| r.relation == Relation::Same)
        .count();
    (same > 0).then(|| format!("{} sources", same + 1))
}
