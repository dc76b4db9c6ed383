//! The investment summary panel: the three official figures (with what the second report
//! says of them), the four derived ones with their formulas in the tiles, a chart to scale
//! labelled with its numbers, the counts over time, the electronics cluster and the context
//! around the figures.

use super::over_time::OverTime;
use super::reports::{source_count, Reports};
use super::source::Source;
use super::store::Store;
use crate::domain::figures::{derived, investment_bars, official};
use crate::domain::labels::figure_text;
use crate::domain::reports;
use crate::domain::scope::{context_id, figure_id, CLUSTER_HEADING, CLUSTER_ID};
use leptos::prelude::*;

/// The whole panel, `<section id="figures">`.
#[component]
pub fn Summary(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let f = &data.figures;
    let official = official(f)
        .into_iter()
        .map(|(id, fig)| {
            view! {
                <div class="figure" data-figure=id id=figure_id(id) tabindex="-1">
                    <dt>{fig.label.as_ref()}</dt>
                    <dd class="figure__value">{figure_text(fig)}</dd>
                    <dd class="figure__source">
                        <Source store span=&fig.source/>
                        {source_count(store, &format!("figure:{id}")).map(|n| view! { <span class="figure__sources">{n}</span> })}
                    </dd>
                    {(!reports::about(&store.model.data, &format!("figure:{id}")).is_empty()).then(|| view! {
                        <dd class="figure__reports">
                            <Reports store about=format!("figure:{id}")/>
                        </dd>
                    })}
                </div>
            }
        })
        .collect_view();
    let derived = derived(f)
        .into_iter()
        .map(|d| {
            view! {
                <div class="figure" data-derived=d.id id=figure_id(d.id) tabindex="-1">
                    <dt>{d.label}{" "}<span class="badge">{"Derived"}</span></dt>
                    <dd class="figure__value">{d.text}</dd>
                    <dd class="figure__formula">{format!("= {}", d.formula)}</dd>
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
            <Reports store about="figure:as-of".to_owned()/>
            <dl class="figures">{official}</dl>
            <h3>{"Derived figures"}</h3>
            <p class="summary__note">
                {"Computed here from the official figures above; not published as such."}
            </p>
            <dl class="figures figures--derived">{derived}</dl>
            <Chart store/>
            <OverTime store/>
            <Context store/>
        </section>
    }
}

/// Contracted and utilized investment to scale, each bar labelled with its name and amount
/// (the text is the chart's content; the bars only draw it to scale).
#[component]
fn Chart(store: Store) -> impl IntoView {
    let f = &store.model.data.figures;
    // Integer arithmetic: each bar is 1000 units wide at most (no float formatting code).
    let bars = investment_bars(f)
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            view! {
                <li class="chart__row">
                    <span class="chart__label">{b.label}{": "}<strong>{b.text}</strong></span>
                    <svg class="chart__svg" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">
                        <rect class=format!("chart__bar chart__bar--{i}") height="10" width=b.permille.to_string()></rect>
                    </svg>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" aria-labelledby="chart-title">
            <figcaption id="chart-title" class="chart__title">
                {format!("Contracted and utilized investment, to scale, as of {}", f.as_of.label)}
            </figcaption>
            <ul class="chart__rows" role="list">{bars}</ul>
            <p class="chart__downloads">
                {"Download the chart, with its title, date and source: "}
                <a href="chart.svg" download="chongqing-taiwan-week-chart.svg">{"SVG"}</a>
                {" \u{b7} "}
                <a href="chart.png" download="chongqing-taiwan-week-chart.png">{"PNG"}</a>
            </p>
        </figure>
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
        .enumerate()
        .map(|(i, s)| {
            view! {
                <div class="summary__note" id=context_id(i + 2) tabindex="-1">
                    {format!("{}: {}.", s.speaker, s.text)}<Source store span=&s.source/>
                </div>
            }
        })
        .collect_view();
    view! {
        <h3 id=CLUSTER_ID tabindex="-1">{CLUSTER_HEADING}</h3>
        <ul class="cluster" role="list">{companies}</ul>
        <div class="summary__note">
            {"The companies the article names; it introduces them with \u{201c}including\u{201d}, so the list may not be complete."}
            {cluster_source}
        </div>
        <Reports store about="cluster".to_owned()/>
        <div class="summary__note" id=context_id(1) tabindex="-1">
            {c.history.text.as_ref()}{"."}<Source store span=&c.history.source/>
            {" Population: "}{c.population.text.as_ref()}{"."}
            <Source store span=&c.population.source/>
        </div>
        {statements}
    }
}
