//! "About this data", the page's footer: what the source is (the page it was identified as,
//! and what is still unknown), the other reports, how the facts were extracted, what "stated", "inferred" and "derived" mean, how to report
//! an error, and the text version.
//! The header links to it (`#about`).

use super::store::Store;
use crate::domain::chars::lower;
use crate::domain::embedded::DATA_VERSION;
use crate::domain::export::source_fields;
use crate::domain::format::{and_list, capitalised, count_noun, long_date, ordinal};
use crate::domain::reports::{identification, published, IDENTIFIED_ID};
use crate::domain::texts::source_id;
use leptos::either::Either;
use leptos::prelude::*;

/// `<footer id="about">`, after `<main>`.
#[component]
pub fn About(store: Store) -> impl IntoView {
    let model = store.model;
    let data = &model.data;
    let sentences = model.article.sentences();
    let paragraphs = sentences.last().map_or(0, |s| s.paragraph + 1);
    let (given, missing) = source_fields(&data.source);
    let identified = identification(data);
    let not_given = "Not given in the supplied text";
    // Each row: its label, its text, and the address it links to (the page's address).
    let mut rows: Vec<(&str, String, Option<String>)> = given
        .into_iter()
        .map(|(label, value)| (label, value.to_owned(), None))
        .collect();
    for label in missing {
        let (text, href) = match (&identified, label) {
            (Some(id), "outlet") => (format!("{} (identified)", id.source.outlet), None),
            (Some(id), "publication date") => match id.source.published.as_deref().and_then(long_date) {
                Some(date) => (format!("{date} ({})", id.source.date_known.label()), None),
                None => (not_given.to_owned(), None),
            },
            (Some(id), "address") => (String::new(), Some(id.source.address.to_string())),
            (Some(id), "retrieval date") => (
                format!(
                    "{} (the stored copy that identifies it)",
                    long_date(&id.source.retrieved).unwrap_or_default()
                ),
                None,
            ),
            (Some(id), "headline") => match &id.source.headline_note {
                Some(note) => (format!("{not_given}; {note}"), None),
                None => (not_given.to_owned(), None),
            },
            _ => (not_given.to_owned(), None),
        };
        rows.push((label, text, href));
    }
    let rows = rows
        .into_iter()
        .map(|(label, text, href)| {
            view! {
                <div class="about__row">
                    <dt>{capitalised(label)}</dt>
                    <dd>{text}{href.map(|to| { let shown = to.clone(); view! { <a href=to rel="noopener">{shown}</a> } })}</dd>
                </div>
            }
        })
        .collect_view();
    let identified_as = identified.as_ref().map(|id| {
        view! {
            <p class="about__identified" id=IDENTIFIED_ID>
                <strong>{"Identified as "}</strong>
                {published(id.source)}{", "}
                <a href=id.source.address.to_string() rel="noopener">{id.source.address.to_string()}</a>
                {format!(
                    ". Identified by matching the text, not named in it: {}. Retrieved {}.",
                    id.how,
                    long_date(&id.source.retrieved).unwrap_or_default()
                )}
            </p>
        }
    });
    let others = data
        .sources
        .iter()
        .filter(|s| s.text)
        .map(|s| {
            view! {
                <li>
                    <a href=format!("#{}", source_id(&s.id))>{published(s)}</a>
                    {format!(" \u{b7} {}", s.kind.label())}
                </li>
            }
        })
        .collect_view();
    let event = format!("{} {}", ordinal(data.event.edition), data.event.name);
    let groups: Vec<String> = data
        .sectors
        .iter()
        .filter_map(|parent| {
            let children: Vec<String> = data
                .sectors
                .iter()
                .filter(|c| c.parent.as_deref() == Some(&*parent.slug))
                .map(|c| c.name.chars().map(lower).collect())
                .collect();
            (!children.is_empty()).then(|| format!("{} takes in {}", parent.name, and_list(&children)))
        })
        .collect();
    let taxonomy = format!(
        "Grouping sectors ({}) is our taxonomy, not the article\u{2019}s.",
        groups.join("; ")
    );
    view! {
        <footer class="site-footer" id="about" aria-labelledby="about-heading">
        <div class="wrap about">
            <h2 id="about-heading">{"About this data"}</h2>
            <div class="about__grid">
                <section>
                    <h3>{"The primary source"}</h3>
                    <p>
                        {format!(
                            "One news article on the {event}, supplied as plain text ({}, {}; dateline \u{201c}Chongqing\u{201d}), is the primary source.",
                            count_noun(sentences.len(), "sentence"),
                            count_noun(paragraphs, "paragraph"),
                        )}
                    </p>
                    {identified_as}
                    <dl class="about__source">{rows}</dl>
                    <p>
                        {"Nothing it leaves out is guessed."}
                    </p>
                </section>
                <section>
                    <h3>{"Other reports"}</h3>
                    <p>
                        {"Further public reports, each stored as retrieved on the date it gives and cited to its sentence: a second report of the same matchmaking events, reports of other editions, and counts over time. What we say of each (outlet, kind, date) is ours, from its page or its address."}
                    </p>
                    <ul class="about__reports">{others}</ul>
                </section>
                <section>
                    <h3>{"How the facts were extracted"}</h3>
                    <ul>
                        <li>
                            {"Every fact cites its source word for word (a marker shows the sentence); the build checks every citation, and that every sentence of the article is used."}
                        </li>
                        <li>
                            {"What someone said is a statement or a quote with the speaker, never a fact."}
                        </li>
                        <li>
                            {"Counts are the article\u{2019}s, or of what it names; where it gives no number, none is shown."}
                        </li>
                        <li>{taxonomy}</li>
                        <li>{"Amounts are in \u{201c}$\u{201d}, as written: the article does not say which dollar. Other reports\u{2019} amounts are in the unit each writes (yuan, dollars, USD), never converted."}</li>
                        <li>{"A report in another language is quoted in it; the English beside it is a translation made here, and says so."}</li>
                        <li>
                            {"The event is named as the article spells it, \u{201c}Chongqing-Taiwan Week\u{201d}; \u{201c}Chongqing\u{2013}Taiwan Week Explorer\u{201d}, with a dash, is this explorer\u{2019}s own name."}
                        </li>
                    </ul>
                </section>
                <section>
                    <h3>{"Stated, inferred, derived"}</h3>
                    <dl class="about__terms">
                        <dt>{"Stated"}</dt>
                        <dd>{"The article says it (anything unmarked)."}</dd>
                        <dt>{"Inferred"}</dt>
                        <dd>
                            {"Our conclusion from the article, marked \u{201c}(inferred)\u{201d} with the reason."}
                        </dd>
                        <dt>{"Derived"}</dt>
                        <dd>
                            {"Computed from the article\u{2019}s figures, marked \u{201c}Derived\u{201d} with the formula."}
                        </dd>
                    </dl>
                </section>
                <section>
                    <h3>{"Report an error"}</h3>
                    <p>
                        {"If the page says more, less or other than its sources, say so with \u{201c}Cite this view\u{201d} (it names the text version), the sentence and what is wrong, "}
                        {match model.corrections.clone() {
                            Some(url) => {
                                Either::Left(view! {
                                    {"in "}
                                    <a href=url rel="noopener">{"the project\u{2019}s issue tracker"}</a>
                                    {"."}
                                })
                            }
                            None => {
                                Either::Right(view! { {"to whoever published this copy of the explorer: this build names no issue tracker."} })
                            }
                        }}
                    </p>
                </section>
            </div>
            <p class="about__version">
                {"Text version "}<code>{DATA_VERSION}</code>
                {format!(
                    " (SHA-256 of the article, the dataset and the other reports\u{2019} texts) \u{00b7} {} \u{00b7} Runs in your browser: no tracking, no requests to other sites.",
                    count_noun(sentences.len(), "sentence")
                )}
            </p>
        </div>
        </footer>
    }
}
