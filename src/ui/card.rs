//! One delegation card: name, leader, places, sector chips, outcomes, facts, statements and
//! quotes, each fact with its source, and a "Copy link" control.

use super::browser;
use super::highlight::Hl;
use super::source::Source;
use super::store::Store;
use crate::domain::dataset::{Basis, Cited, Delegation};
use leptos::prelude::*;

/// The card of delegation `index`.
#[component]
pub fn Card(index: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let Some(d) = store.model.data.delegations.get(index) else {
        return ().into_any();
    };
    let id: &'static str = &d.id;
    let heading_id = format!("{id}-name");
    let labelled_by = heading_id.clone();
    let targeted = move || (store.target.get().as_deref() == Some(id)).then_some("true");
    view! {
        <article class="card" id=id aria-labelledby=labelled_by data-target=targeted tabindex="-1">
            <header class="card__head">
                <h3 class="card__title" id=heading_id><Hl text=d.name.clone()/></h3>
                <Leader d=d/>
            </header>
            <SectorChips d=d/>
            <dl class="card__meta">
                <Places label="District" items=&d.districts empty="Not named in the article"/>
                <Places label="Sites visited" items=&d.sites empty="Not named in the article"/>
                <Places label="Counterparts in Chongqing" items=&d.counterparts empty="None named in the article"/>
            </dl>
            <Outcomes d=d/>
            <CitedList title="Key facts" items=&d.facts/>
            <Statements d=d/>
            <Quotes d=d/>
            <footer class="card__foot">
                <CopyLink id=id/>
            </footer>
        </article>
    }
    .into_any()
}

#[component]
fn Leader(d: &'static Delegation) -> impl IntoView {
    match &d.leader {
        Some(l) => view! {
            <p class="card__leader">
                "Led by " <Hl text=l.name.clone()/> ", " <Hl text=l.title.clone()/>
                <Source span=l.source.clone()/>
            </p>
        }
        .into_any(),
        None => view! { <p class="card__leader card__leader--none">"Leader not named in the article"</p> }.into_any(),
    }
}

#[component]
fn SectorChips(d: &'static Delegation) -> impl IntoView {
    let store = expect_context::<Store>();
    let chips = d.sectors.iter().filter_map(|link| {
        let sector = store.model.data.sector(&link.sector)?;
        let slug = sector.slug.clone();
        let pressed = {
            let slug = slug.clone();
            move || store.sectors.with(|s| s.contains(&slug)).to_string()
        };
        let inferred = link.basis == Basis::Inferred;
        let hint = link
            .note
            .clone()
            .unwrap_or_else(|| "Discussed, as the article states".to_owned());
        Some(view! {
            <li>
                <button
                    type="button"
                    class="chip"
                    aria-pressed=pressed
                    data-basis=if inferred { "inferred" } else { "discussed" }
                    title=hint
                    on:click=move |_| store.toggle_sector(&slug)
                >
                    <Hl text=sector.name.clone()/>
                    {inferred.then(|| view! { <span class="chip__note">" (inferred)"</span> })}
                </button>
            </li>
        })
    });
    view! {
        <ul class="chips" role="list" aria-label="Sectors (press to filter)">{chips.collect_view()}</ul>
    }
}

#[component]
fn Places(label: &'static str, items: &'static [Cited], empty: &'static str) -> impl IntoView {
    view! {
        <div class="card__meta-row">
            <dt>{label}</dt>
            {if items.is_empty() {
                view! { <dd class="card__none">{empty}</dd> }.into_any()
            } else {
                items
                    .iter()
                    .map(|c| view! { <dd><Hl text=c.text.clone()/><Source span=c.source.clone()/></dd> })
                    .collect_view()
                    .into_any()
            }}
        </div>
    }
}

#[component]
fn Outcomes(d: &'static Delegation) -> impl IntoView {
    (!d.outcomes.is_empty()).then(|| {
        view! {
            <section class="card__section">
                <h4>"Outcomes"</h4>
                <ul role="list" class="card__list">
                    {d.outcomes.iter().map(|o| view! {
                        <li>
                            <span class="badge" data-kind=o.kind.slug()>{o.kind.label()}</span>
                            " " <Hl text=o.text.clone()/>
                            <Source span=o.source.clone()/>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn CitedList(title: &'static str, items: &'static [Cited]) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <section class="card__section">
                <h4>{title}</h4>
                <ul role="list" class="card__list">
                    {items.iter().map(|c| view! {
                        <li><Hl text=c.text.clone()/><Source span=c.source.clone()/></li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn Statements(d: &'static Delegation) -> impl IntoView {
    (!d.statements.is_empty()).then(|| {
        view! {
            <section class="card__section">
                <h4>"What they said"</h4>
                <ul role="list" class="card__list">
                    {d.statements.iter().map(|s| view! {
                        <li>
                            <span class="card__speaker">{s.speaker.clone()} ": "</span>
                            <Hl text=s.text.clone()/>
                            <Source span=s.source.clone()/>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
fn Quotes(d: &'static Delegation) -> impl IntoView {
    (!d.quotes.is_empty()).then(|| {
        view! {
            <section class="card__section">
                <h4>"In their words"</h4>
                {d.quotes.iter().map(|q| view! {
                    <figure class="quote">
                        <blockquote><p>"\u{201c}" <Hl text=q.text.clone()/> "\u{201d}"</p></blockquote>
                        <figcaption>"\u{2014} " <Hl text=q.speaker.clone()/> <Source span=q.source.clone()/></figcaption>
                    </figure>
                }).collect_view()}
            </section>
        }
    })
}

/// Copies the permalink to this card; confirms visibly and through the live region, and
/// shows the link to copy by hand where the Clipboard API is missing.
#[component]
fn CopyLink(id: &'static str) -> impl IntoView {
    let store = expect_context::<Store>();
    let (status, set_status) = signal(None::<Result<(), String>>);
    let copy = move |_| {
        let url = store.permalink(id);
        leptos::task::spawn_local(async move {
            if browser::copy_text(&url).await {
                set_status.set(Some(Ok(())));
                store.announcement.set("Link copied to the clipboard".to_owned());
                set_timeout(move || set_status.set(None), std::time::Duration::from_secs(3));
            } else {
                store
                    .announcement
                    .set("Copy is not available here: the link is shown to copy by hand".to_owned());
                set_status.set(Some(Err(url)));
            }
        });
    };
    view! {
        <button type="button" class="button button--quiet copy-link" on:click=copy>
            {move || if matches!(status.get(), Some(Ok(()))) { "Link copied" } else { "Copy link" }}
        </button>
        {move || match status.get() {
            Some(Err(url)) => Some(view! {
                <label class="copy-fallback">
                    "Copy this link: "
                    <input type="text" readonly prop:value=url on:focus=move |ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                </label>
            }),
            _ => None,
        }}
    }
}
