//! The headline figures, first on the page: contracted and utilized investment, the
//! utilization rate (derived, and marked so) and the count of approved Taiwan-funded
//! enterprises, with the date the official data is as of. Each links to the figures panel,
//! where it is cited to its sentence and, when derived, shown with its formula.
//!
//! Nothing here changes with the view, so `cargo xtask dist` renders it once into the page's
//! `<section id="headline">` ([`super::prerendered_headline`]), above the app, and the WASM
//! does not carry it.

use super::store::Model;
use crate::domain::figures::derived;
use crate::domain::labels::figure_text;
use leptos::prelude::*;

/// The section's content.
#[component]
pub fn Headline(model: &'static Model) -> impl IntoView {
    let f = &model.data.figures;
    let mut items: Vec<(String, String)> = [&f.contracted_investment, &f.utilized_investment]
        .into_iter()
        .map(|fig| (figure_text(fig), fig.label.to_string()))
        .collect();
    items.extend(
        derived(f)
            .into_iter()
            .take(1)
            .map(|d| (d.text, format!("{} (derived)", d.label))),
    );
    items.push((
        figure_text(&f.approved_enterprises),
        f.approved_enterprises.label.to_string(),
    ));
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
    view! {
        <p class="headline__title" id="headline-title">
            {format!("Taiwan-funded enterprises in Chongqing \u{00b7} {} as of {}", f.source_label, f.as_of.label)}
        </p>
        <ul class="headline__list" role="list">{items}</ul>
    }
}
