//! The investment summary panel: the three official figures, the four derived ones with
//! their formulas, a chart to scale with the same numbers in a table, the electronics
//! cluster and the context around the figures.

use super::source::Source;
use super::store::Store;
use crate::domain::figures::{derived, investment_bars};
use crate::domain::labels::figure_text;
use leptos::prelude::*;

/// The whole panel, `<section id="figures">`.
#[component]
pub fn Summary(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let f = &data.figures;
    let official = [
        ("approved-enterprises", &f.approved_enterprises),
        ("contracted-investment", &f.contracted_investment),
        ("utilized-investment", &f.utilized_investment),
    ]
    .into_iter()
    .map(|(id, fig)| {
        view! {
            <div class="figure" data-figure=id>
                <dt>{fig.label.as_ref()}</dt>
                <dd class="figure__value">{figure_text(fig)}</dd>
                <dd class="figure__source">
                    <Source store span=&fig.source/>
                </dd>
            </div>
        }
    })
    .collect_view();
    let derived = derived(f)
        .into_iter()
        .map(|d| {
            let formula_id = format!("formula-{}", d.id);
            view! {
                <div class="figure" data-derived=d.id>
                    <dt>{d.label}{" "}<span class="badge">{"Derived"}</span></dt>
                    <dd class="figure__value">
                        <span class="has-tooltip" tabindex="0" aria-describedby=formula_id.clone()>
                            {d.text}
                        </span>
                        <span class="tooltip" role="tooltip" id=formula_id>
                            {format!("= {}", d.formula)}
                        </span>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="summary" id="figures" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{"Taiwan-funded enterprises in Chongqing"}</h2>
            <div class="summary__asof">
                {format!("{} as of {}", f.source_label, f.as_of.label)}
                <Source store span=&f.source/>
            </div>
            <dl class="figures">{official}</dl>
            <h3>{"Derived figures"}</h3>
            <p class="summary__note">
                {"Computed here from the official figures above; not published as such."}
            </p>
            <dl class="figures figures--derived">{derived}</dl>
            <Chart store/>
            <Context store/>
        </section>
    }
}

/// Contracted and utilized investment to scale, and the same numbers in a table.
#[component]
fn Chart(store: Store) -> impl IntoView {
    let f = &store.model.data.figures;
    let bars = investment_bars(f);
    let shown: Vec<String> = bars.iter().map(|b| format!("{}: {}", b.label, b.text)).collect();
    // Integer arithmetic: the chart is 400 units wide (no float formatting code).
    let rects = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            view! {
                <rect
                    class=format!("chart__bar chart__bar--{i}")
                    x="0"
                    y=(i * 48 + 4).to_string()
                    height="40"
                    width=(b.permille * 400 / 1000).to_string()
                    data-permille=b.permille.to_string()
                ></rect>
            }
        })
        .collect_view();
    let keys = shown
        .iter()
        .enumerate()
        .map(|(i, line)| view! { <span class=format!("chart__key chart__key--{i}")>{line.clone()}</span> })
        .collect_view();
    let rows = bars
        .into_iter()
        .map(|b| {
            view! {
                <tr>
                    <th scope="row">{b.label}</th>
                    <td>{b.text}</td>
                    <td>{b.share}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg
                class="chart__svg"
                viewBox="0 0 400 96"
                role="img"
                aria-labelledby="chart-title chart-desc"
                preserveAspectRatio="none"
            >
                <title id="chart-title">{"Contracted and utilized investment of Taiwan-funded enterprises in Chongqing"}</title>
                <desc id="chart-desc">{shown.join("; ")}</desc>
                {rects}
            </svg>
            <figcaption class="chart__legend">{keys}</figcaption>
        </figure>
        <table class="table">
            <caption>{format!("Investment of Taiwan-funded enterprises in Chongqing, as of {}", f.as_of.label)}</caption>
            <thead>
                <tr>
                    <th scope="col">{"Measure"}</th>
                    <th scope="col">{"Amount"}</th>
                    <th scope="col">{"Share of contracted (derived)"}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The electronics cluster, Chongqing's history with Taiwan, its population, and the
/// statements not tied to one delegation.
#[component]
fn Context(store: Store) -> impl IntoView {
    let c = &store.model.data.context;
    let companies = c
        .electronics_cluster
        .iter()
        .map(|company| view! { <li>{company.text.as_ref()}</li> })
        .collect_view();
    let cluster_source = c
        .electronics_cluster
        .first()
        .map(|c| view! { <Source store span=&c.source/> });
    let statements = c
        .statements
        .iter()
        .map(|s| {
            view! {
                <div class="summary__note">
                    {format!("{}: {}.", s.speaker, s.text)}<Source store span=&s.source/>
                </div>
            }
        })
        .collect_view();
    view! {
        <h3>{"Taiwan-invested electronics companies in Chongqing"}</h3>
        <ul class="cluster" role="list">{companies}</ul>
        <div class="summary__note">
            {"The companies the article names; it introduces them with \u{201c}including\u{201d}, so the list may not be complete."}
            {cluster_source}
        </div>
        <div class="summary__note">
            {c.history.text.as_ref()}{"."}<Source store span=&c.history.source/>
            {" Population: "}{c.population.text.as_ref()}{"."}
            <Source store span=&c.population.source/>
        </div>
        {statements}
    }
}
