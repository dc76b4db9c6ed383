//! "Other reports": each further source the page cites, with what we know of it (outlet,
//! kind, date and how the date is known, language, address, retrieval date, how much of the
//! page the stored copy holds) and its stored text, sentence by sentence, in its language.
//! Each report is addressable (`#source-<id>`, with a page of its own at `sources/<id>/`),
//! and so is each sentence (`#source-<id>--<n>`), which the citations and search link to.

use super::store::Store;
use crate::domain::format::long_date;
use crate::domain::reports::{identification, lang as language_of, language_name, published, Source, IDENTIFIED_ID};
use crate::domain::texts::{sentence_id, source_id};
use leptos::prelude::*;

/// The section's id.
pub const SOURCES_ID: &str = "sources";

/// The section, after the article.
#[component]
pub fn OtherReports(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let reports = data.sources.iter().map(|s| view! { <Report store s/> }).collect_view();
    (!data.sources.is_empty()).then(|| view! {
        <section class="other-reports" id=SOURCES_ID aria-labelledby="sources-heading">
            <h2 id="sources-heading">{"Other reports"}</h2>
            <p class="article__intro">
                {"Public reports besides the primary article, as their stored copies hold them, unchanged. What is said of each (outlet, kind, date) is ours, from its page or its address."}
            </p>
            {reports}
        </section>
    })
}

/// One report: what we know of it, then its text.
#[component]
fn Report(store: Store, s: &'static Source) -> impl IntoView {
    let lang = language_of(s);
    let heading = match (&s.headline, &s.headline_note) {
        (Some(h), _) => h.to_string(),
        (None, _) => format!("A report by {}", s.outlet),
    };
    let text = store.model.texts.get(&s.id).map(|text| {
        let paragraphs = text
            .sentences()
            .chunk_by(|a, b| a.paragraph == b.paragraph)
            .map(|paragraph| {
                let sentences = paragraph
                    .iter()
                    .map(|sentence| {
                        let n = sentence.number;
                        view! {
                            <span class="sentence" id=sentence_id(&s.id, n) tabindex="-1">
                                <span class="sentence__number" aria-hidden="true">{n.to_string()}</span>
                                <span class="visually-hidden">{format!("Sentence {n}: ")}</span>
                                {text.sentence_text(sentence)}{" "}
                            </span>
                        }
                    })
                    .collect_view();
                view! { <p>{sentences}</p> }
            })
            .collect_view();
        view! { <div class="article__text other-report__text" lang=lang.clone()>{paragraphs}</div> }
    });
    // A source without text here is the one the primary article was identified as.
    let identifies = identification(&store.model.data).is_some_and(|i| i.source.id == s.id);
    let no_text = (!s.text && identifies).then(|| {
        view! {
            <p class="other-report__same">
                {"Its text is the primary article\u{2019}s: the page identifies it ("}
                <a href=format!("#{IDENTIFIED_ID}")>{"how"}</a>{"), and the article above is its text."}
            </p>
        }
    });
    let headline = match (&s.headline, &s.headline_note) {
        (Some(h), _) => h.to_string(),
        (None, Some(note)) => format!(
            "Not in the stored copy; {}",
            note.trim_start_matches("not in the stored copy; ")
        ),
        (None, None) => "Not in the stored copy".to_owned(),
    };
    let language = language_name(s);
    view! {
        <article class="other-report" id=source_id(&s.id) tabindex="-1" aria-labelledby=format!("{}--heading", source_id(&s.id))>
            <h3 id=format!("{}--heading", source_id(&s.id)) lang=s.headline.as_ref().and(lang.clone())>{heading}</h3>
            <dl class="other-report__meta">
                <div><dt>{"Published"}</dt><dd>{published(s)}</dd></div>
                <div><dt>{"Kind"}</dt><dd>{s.kind.label()}</dd></div>
                <div><dt>{"Headline"}</dt><dd lang=s.headline.as_ref().and(lang.clone())>{headline}</dd></div>
                <div><dt>{"Language"}</dt><dd>{language}</dd></div>
                <div>
                    <dt>{"Address"}</dt>
                    <dd><a href=s.address.to_string() rel="noopener" class="other-report__address">{s.address.to_string()}</a></dd>
                </div>
                <div>
                    <dt>{"Stored copy"}</dt>
                    <dd>{format!("Retrieved {}; holds {}", long_date(&s.retrieved).unwrap_or_default(), s.holds)}</dd>
                </div>
            </dl>
            {text}
            {no_text}
        </article>
    }
}
