//! "About this data", the page's footer: what the source is (and what it leaves unknown),
//! how the facts were extracted, what "stated", "inferred" and "derived" mean, how to report
//! an error, and the text version.
//! The header links to it (`#about`).

use super::store::Store;
use crate::domain::chars::lower;
use crate::domain::embedded::DATA_VERSION;
use crate::domain::export::source_fields;
use crate::domain::format::{and_list, count_noun, ordinal};
use leptos::prelude::*;

/// `<footer id="about">`, after `<main>`.
#[component]
pub fn About(store: Store) -> impl IntoView {
    let model = store.model;
    let data = &model.data;
    let sentences = model.article.sentences();
    let paragraphs = sentences.last().map_or(0, |s| s.paragraph + 1);
    let (given, missing) = source_fields(&data.source);
    let source_rows = given
        .into_iter()
        .map(|(label, value)| (label, value.to_owned()))
        .chain(
            missing
                .into_iter()
                .map(|label| (label, "Not given in the supplied text".to_owned())),
        )
        .map(|(label, value)| {
            view! {
                <div class="about__row">
                    <dt>{capitalised(label)}</dt>
                    <dd>{value}</dd>
                </div>
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
                    <h3>{"The source"}</h3>
                    <p>
                        {format!(
                            "One news article on the {event}, supplied as plain text ({}, {}; dateline \u{201c}Chongqing\u{201d}), is the only source.",
                            count_noun(sentences.len(), "sentence"),
                            count_noun(paragraphs, "paragraph"),
                        )}
                    </p>
                    <dl class="about__source">{source_rows}</dl>
                    <p>
                        {"Nothing it leaves out is guessed."}
                    </p>
                </section>
                <section>
                    <h3>{"How the facts were extracted"}</h3>
                    <ul>
                        <li>
                            {"Every fact cites the article word for word (\u{201c}Source\u{201d} shows the sentence); the build checks every citation, and that every sentence is used."}
                        </li>
                        <li>
                            {"What someone said is a statement or a quote with the speaker, never a fact."}
                        </li>
                        <li>
                            {"Counts are the article\u{2019}s, or of what it names; where it gives no number, none is shown."}
                        </li>
                        <li>{taxonomy}</li>
                        <li>{"Amounts are in \u{201c}$\u{201d}, as written: the article names no currency."}</li>
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
                                view! {
                                    {"in "}
                                    <a href=url rel="noopener">{"the project\u{2019}s issue tracker"}</a>
                                    {"."}
                                }
                                    .into_any()
                            }
                            None => {
                                view! { {"to whoever published this copy of the explorer: this build names no issue tracker."} }
                                    .into_any()
                            }
                        }}
                    </p>
                </section>
            </div>
            <p class="about__version">
                {"Text version "}<code>{DATA_VERSION}</code>
                {format!(
                    " (SHA-256 of the article and the dataset) \u{00b7} {} \u{00b7} Runs in your browser: no tracking, no requests to other sites.",
                    count_noun(sentences.len(), "sentence")
                )}
            </p>
        </div>
        </footer>
    }
}

/// `label` with its first letter in capitals.
fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}
