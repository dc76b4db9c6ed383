//! One delegation card: name, the organisation's head, sector chips, places, outcomes, facts,
//! statements and quotes, each with its sentence marker (one for a run of neighbours from the
//! same sentences), and "Copy link".
//!
//! Every text a search can match is an [`Hl`] run; the card itself is built once per
//! delegation and kept while it stays in the results, so a "Source" opened in it stays open.

use super::copy_link::CopyLink;
use super::highlight::Hl;
use super::inferred::Inferred;
use super::reports::{Backing, Reports};
use super::source::Source;
use super::store::Store;
use crate::domain::dataset::{Basis, Cited, Delegation, Outcome, Statement};
use crate::domain::labels::{heading_id, markers};
use crate::domain::reports;
use leptos::either::Either;
use leptos::prelude::*;

/// The card of `d`, an `<article>` labelled by its heading and marked when a permalink
/// points at it.
#[component]
pub fn Card(store: Store, d: &'static Delegation) -> impl IntoView {
    let id: &'static str = &d.id;
    let targeted = move || (store.target().get() == Some(id)).then_some("true");
    view! {
        <article class="card" tabindex="-1" id=id aria-labelledby=heading_id(id) data-target=targeted>
            <header class="card__head">
                <h3 class="card__title" id=heading_id(id)>
                    <Hl store text=&d.name/>
                </h3>
                <Head store d/>
            </header>
            <Chips store d/>
            <dl class="card__meta">
                <Places
                    store
                    label="District"
                    items=&d.districts
                    empty="Not named in the article"
                    about=Some(reports::delegation_about(id))
                />
                // Sites get no backing: a report of a visit to a district says nothing of the
                // sites the article names there.
                <Places store label="Sites visited" items=&d.sites empty="Not named in the article" about=None/>
            </dl>
            <Outcomes store id items=&d.outcomes/>
            <Facts store items=&d.facts/>
            <Statements store items=&d.statements/>
            <Quotes store id items=&d.quotes/>
            <Reports store about=reports::delegation_about(id) heading="What another report says" folded=true/>
            <footer class="card__foot">
                <CopyLink store id/>
            </footer>
        </article>
    }
}

/// The head of the organisation, as the article names them (it never says who led a visit),
/// or that it names no one.
#[component]
pub fn Head(store: Store, d: &'static Delegation) -> impl IntoView {
    match &d.head {
        Some(l) => leptos::either::Either::Left(view! {
            <div class="card__leader">
                <Hl store text=&l.name/>{", "}<Hl store text=&l.title/>{" of the organization"}
                <Source store span=&l.source/>
            </div>
        }),
        None => leptos::either::Either::Right(view! {
            <div class="card__leader card__leader--none">{"The article names no one from this organization"}</div>
        }),
    }
}

/// The sector chips: each checks or unchecks its sector in the filter.
#[component]
pub fn Chips(store: Store, d: &'static Delegation) -> impl IntoView {
    let data = &store.model.data;
    let chips = d
        .sectors
        .iter()
        .filter_map(|link| Some((link, data.sector(&link.sector)?)))
        .map(|(link, sector)| {
            let slug: &'static str = &sector.slug;
            let pressed = move || {
                if store.sectors().with(|s| s.contains(slug)) {
                    "true"
                } else {
                    "false"
                }
            };
            // Beside the chip (which filters): the reason of an inferred sector, which opens in
            // place, or who raised it.
            let aside = match (link.basis, link.speaker.as_deref()) {
                (Basis::Inferred, _) => link
                    .note
                    .as_deref()
                    .map(|reason| Either::Left(view! { {" "}<Inferred reason/> })),
                (Basis::Remark, Some(speaker)) => Some(Either::Right(
                    view! { <span class="chip__basis">{format!(" raised by {speaker}")}</span> },
                )),
                _ => None,
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="chip"
                        aria-pressed=pressed
                        data-basis=link.basis.slug()
                        data-sector=slug
                        on:click=move |_| store.toggle_sector(slug)
                    >
                        <Hl store text=&sector.name/>
                    </button>
                    {aside}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="chips" role="list" aria-label="Sectors (press to filter)">
            {chips}
        </ul>
    }
}

/// Whether each fact of one of the card's lists, whose provenance is `spans`, carries its
/// sentence marker: one marker for a run of neighbours from the same sentences
/// (`labels::markers`).
pub fn marked<'a>(store: Store, spans: impl Iterator<Item = &'a str>) -> Vec<bool> {
    let cites: Vec<Vec<usize>> = spans.map(|span| store.model.article.cite(span)).collect();
    markers(&cites)
}

/// The sentence marker of the fact whose provenance is `span`, if it carries one.
pub fn marker(store: Store, shown: &[bool], i: usize, span: &'static str) -> Option<impl IntoView> {
    shown
        .get(i)
        .copied()
        .unwrap_or(true)
        .then(|| view! { <Source store span/> })
}

/// A row of the card's places: each place, with one sentence marker per run of places from
/// the same sentences, or what the article leaves out.
#[component]
fn Places(
    store: Store,
    label: &'static str,
    items: &'static [Cited],
    empty: &'static str,
    /// Whose reports may back each place, if any may.
    about: Option<String>,
) -> impl IntoView {
    let none = items.is_empty().then(|| view! { <dd class="card__none">{empty}</dd> });
    let shown = marked(store, items.iter().map(|c| &*c.source));
    let places = items
        .iter()
        .enumerate()
        .map(|(i, c)| {
            view! {
                <dd>
                    <Hl store text=&c.text/>
                    {marker(store, &shown, i, &c.source)}
                    {about.clone().map(|about| view! { <Backing store about span=&c.source/> })}
                </dd>
            }
        })
        .collect_view();
    view! {
        <div class="card__meta-row">
            <dt>{label}</dt>
            {none}
            {places}
        </div>
    }
}

/// A titled list section of a card; nothing when it has no items.
fn section<V: IntoView>(title: &'static str, items: Vec<V>) -> Option<impl IntoView> {
    (!items.is_empty()).then(|| {
        view! {
            <section class="card__section">
                <h4>{title}</h4>
                <ul role="list" class="card__list">
                    {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// The outcomes, each with its kind; one tied to the delegation by inference is marked.
#[component]
fn Outcomes(store: Store, id: &'static str, items: &'static [Outcome]) -> impl IntoView {
    section("Outcomes", outcome_items(store, id, items))
}

/// Each outcome: its kind, its text, "(inferred)" with the reason when the article ties it to
/// the delegation only by where it reports it, and its sentence marker.
pub fn outcome_items(store: Store, id: &'static str, items: &'static [Outcome]) -> Vec<impl IntoView> {
    let shown = marked(store, items.iter().map(|o| &*o.source));
    items
        .iter()
        .enumerate()
        .map(|(j, o)| {
            let inferred = o.inferred.as_deref().map(|reason| view! { {" "}<Inferred reason/> });
            view! {
                <span class="badge" data-kind=o.kind.slug()>{o.kind.label(o.count)}</span>
                {" "}
                <Hl store text=&o.text/>
                {inferred}
                {marker(store, &shown, j, &o.source)}
                <Backing store about=reports::delegation_about(id) span=&o.source/>
            }
        })
        .collect()
}

/// What the article states about the delegation in its own voice.
#[component]
fn Facts(store: Store, items: &'static [Cited]) -> impl IntoView {
    let shown = marked(store, items.iter().map(|c| &*c.source));
    let items = items
        .iter()
        .enumerate()
        .map(|(i, c)| view! { <Hl store text=&c.text/>{marker(store, &shown, i, &c.source)} })
        .collect();
    section("Also in the article", items)
}

#[component]
fn Statements(store: Store, items: &'static [Statement]) -> impl IntoView {
    let shown = marked(store, items.iter().map(|s| &*s.source));
    let items = items
        .iter()
        .enumerate()
        .map(|(i, s)| {
            view! {
                <span class="card__speaker">{s.speaker.as_ref()}{": "}</span>
                <Hl store text=&s.text/>
                {marker(store, &shown, i, &s.source)}
            }
        })
        .collect();
    section("What they said", items)
}

/// The quotes, in the speaker's exact words.
#[component]
fn Quotes(store: Store, id: &'static str, items: &'static [Statement]) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let quotes = items
            .iter()
            .map(|q| {
                view! {
                    <figure class="quote">
                        <blockquote>
                            <p>{"\u{201c}"}<Hl store text=&q.text/>{"\u{201d}"}</p>
                        </blockquote>
                        <figcaption>
                            {"\u{2014} "}<Hl store text=&q.speaker/><Source store span=&q.source/>
                            <Backing store about=reports::delegation_about(id) span=&q.source/>
                        </figcaption>
                    </figure>
                }
            })
            .collect_view();
        view! {
            <section class="card__section">
                <h4>{"In their words"}</h4>
                {quotes}
            </section>
        }
    })
}
