//! The headline figures, first on the page: contracted and utilized investment, the
//! utilization rate (derived, and marked so) and the count of approved Taiwan-funded
//! enterprises, with the date the official data is as of, and the article's sentences they
//! come from. Each links to the figures panel, where it is cited and, when derived, shown with
//! its formula.
//! The sentence numbers open the article there, as every source link does.

use super::source::SentenceLink;
use super::store::Store;
use crate::domain::figures::derived;
use crate::domain::labels::figure_text;
use leptos::prelude::*;

/// `<section id="headline">`, above `<main>`.
#[component]
pub fn Headline(store: Store) -> impl IntoView {
    let model = store.model;
    let f = &model.data.figures;
    let [contracted, utilized, enterprises] = [
        &f.contracted_investment,
        &f.utilized_investment,
        &f.approved_enterprises,
    ];
    let official = |fig: &crate::domain::dataset::Figure| (figure_text(fig), fig.label.to_string());
    let mut items = vec![official(contracted), official(utilized)];
    items.extend(
        derived(f)
            .into_iter()
            .take(1)
            .map(|d| (d.text, format!("{} (derived)", d.label))),
    );
    items.push(official(enterprises));
    let items = items
        .into_iter()
        .map(|(value, label)| {
            view! {
                <li>
                    <a class="headline__item" href="#figures">
                        <span class="headline__value">{value}</span>
                        <span class="headline__label">{label}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    // The sentences the four figures come from (the rate is derived from two of them).
    let mut cited: Vec<usize> = [contracted, utilized, enterprises]
        .into_iter()
        .flat_map(|fig| model.article.cite(&fig.source))
        .collect();
    cited.sort_unstable();
    cited.dedup();
    let sources = cited
        .iter()
        .map(|&n| view! { {" "}<SentenceLink store n=Some(n) text=n.to_string()/> })
        .collect_view();
    view! {
        <section class="wrap headline" id="headline" aria-label="Headline figures">
        <p class="headline__title" id="headline-title">
            {format!("Taiwan-funded enterprises in Chongqing \u{00b7} {} as of {}", f.source_label, f.as_of.label)}
            <span class="headline__cite">
                {format!(" \u{00b7} {}:", if cited.len() == 1 { "Article sentence" } else { "Article sentences" })}
                {sources}
            </span>
        </p>
        <ul class="headline__list" role="list">{items}</ul>
        </section>
    }
}
