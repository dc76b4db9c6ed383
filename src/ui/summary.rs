//! The investment summary panel: the three official figures, the four derived ones with
//! their formulas, a chart to scale with the same numbers in a table, and the electronics
//! cluster.

use super::source::Source;
use super::store::Store;
use crate::domain::dataset::{Figure, Unit};
use crate::domain::figures::{derived, investment_bars};
use crate::domain::format::{group, usd_millions};
use leptos::prelude::*;

fn figure_text(f: &Figure) -> String {
    match f.unit {
        Unit::Count => group(f.value),
        Unit::UsdMillion => usd_millions(i128::from(f.value), 1),
    }
}

/// "Taiwanese investment in Chongqing".
#[component]
pub fn Summary() -> impl IntoView {
    let store = expect_context::<Store>();
    let data = &store.model.data;
    let f = &data.figures;
    let official = [
        ("approved-enterprises", &f.approved_enterprises),
        ("contracted-investment", &f.contracted_investment),
        ("utilized-investment", &f.utilized_investment),
    ];
    let bars = investment_bars(f);
    let cluster_source = data
        .context
        .electronics_cluster
        .first()
        .map(|c| c.source.clone())
        .unwrap_or_default();
    let chart_desc = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.text))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <section class="summary" id="figures" aria-labelledby="summary-heading">
            <h2 id="summary-heading">"Taiwanese investment in Chongqing"</h2>
            <p class="summary__asof">
                {format!("{} as of {}", f.source_label, f.as_of.label)}
                <Source span=f.source.clone()/>
            </p>
            <dl class="figures">
                {official.into_iter().map(|(id, fig)| view! {
                    <div class="figure" data-figure=id>
                        <dt>{fig.label.clone()}</dt>
                        <dd class="figure__value">{figure_text(fig)}</dd>
                        <dd class="figure__source"><Source span=fig.source.clone()/></dd>
                    </div>
                }).collect_view()}
            </dl>
            <h3>"Derived figures"</h3>
            <p class="summary__note">"Computed here from the official figures above; not published as such."</p>
            <dl class="figures figures--derived">
                {derived(f).into_iter().map(|d| {
                    let formula_id = format!("formula-{}", d.id);
                    view! {
                        <div class="figure" data-derived=d.id>
                            <dt>{d.label} " " <span class="badge">"Derived"</span></dt>
                            <dd class="figure__value">
                                <span class="has-tooltip" tabindex="0" aria-describedby=formula_id.clone()>{d.text}</span>
                                <span class="tooltip" role="tooltip" id=formula_id>{format!("= {}", d.formula)}</span>
                            </dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
            <figure class="chart">
                <svg
                    class="chart__svg"
                    viewBox="0 0 400 96"
                    role="img"
                    aria-labelledby="chart-title chart-desc"
                    preserveAspectRatio="none"
                >
                    <title id="chart-title">"Contracted and utilized Taiwanese investment in Chongqing"</title>
                    <desc id="chart-desc">{chart_desc}</desc>
                    {bars.iter().enumerate().map(|(i, b)| {
                        let y = (i * 48 + 4).to_string();
                        // Integer arithmetic: the chart is 400 units wide (no float formatting code).
                        let width = (b.permille * 400 / 1000).to_string();
                        view! {
                            <rect class=format!("chart__bar chart__bar--{i}") x="0" y=y height="40" width=width data-permille=b.permille.to_string()></rect>
                        }
                    }).collect_view()}
                </svg>
                <figcaption class="chart__legend">
                    {bars.iter().enumerate().map(|(i, b)| view! {
                        <span class=format!("chart__key chart__key--{i}")>{format!("{}: {}", b.label, b.text)}</span>
                    }).collect_view()}
                </figcaption>
            </figure>
            <table class="table">
                <caption>{format!("Taiwanese investment in Chongqing, as of {}", f.as_of.label)}</caption>
                <thead>
                    <tr><th scope="col">"Measure"</th><th scope="col">"Amount"</th><th scope="col">"Share of contracted"</th></tr>
                </thead>
                <tbody>
                    {bars.iter().map(|b| view! {
                        <tr><th scope="row">{b.label.clone()}</th><td>{b.text.clone()}</td><td>{b.share.clone()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h3>"Taiwan-invested electronics companies in Chongqing"</h3>
            <ul class="cluster" role="list">
                {data.context.electronics_cluster.iter().map(|c| view! { <li>{c.text.clone()}</li> }).collect_view()}
            </ul>
            <p class="summary__note">
                "As named in the article." <Source span=cluster_source/>
            </p>
            <p class="summary__note">
                {data.context.history.text.clone()} "." <Source span=data.context.history.source.clone()/>
                " Population: " {data.context.population.text.clone()} "." <Source span=data.context.population.source.clone()/>
            </p>
            {data.context.statements.iter().map(|s| view! {
                <p class="summary__note">{format!("{}: {}.", s.speaker, s.text)} <Source span=s.source.clone()/></p>
            }).collect_view()}
        </section>
    }
}
