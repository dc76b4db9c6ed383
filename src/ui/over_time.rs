//! "Taiwan-funded enterprises in Chongqing over time", in the figures panel: the counts the
//! sources give (`domain::over_time`), as a chart to scale and as a table, each point cited.
//! A lower bound and a blog's relayed figure are drawn differently from an outlet's count,
//! and the legend says how; no line joins the points.

use super::reports::ReportCite;
use super::source::Source;
use super::store::Store;
use crate::domain::over_time::{chart, mark, mark_path, summary, Mark, HEIGHT, WIDTH};
use crate::domain::reports::{Cite, Count, ARTICLE};
use crate::domain::texts::source;
use leptos::either::Either;
use leptos::prelude::*;

/// The id of the section, which the figures page's readers may link to.
pub const OVER_TIME_ID: &str = "over-time";

/// The marker alone, for the legend and the table.
fn legend_marker(m: Mark) -> impl IntoView {
    view! {
        <svg class="over-time__key" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            <path class=format!("over-time__mark over-time__mark--{}", m.slug()) d=mark_path(m, 10, 11)></path>
        </svg>
    }
}

/// A citation of a count's source: the article's marker, or another report's.
#[component]
fn CountCite(store: Store, cite: &'static Cite) -> impl IntoView {
    if cite.source == ARTICLE {
        Either::Left(view! { <Source store span=&cite.span/> })
    } else {
        Either::Right(view! { <ReportCite store cite/> })
    }
}

/// The section: chart, legend, then the table.
#[component]
pub fn OverTime(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let c = chart(data);
    // Few kinds of element: the grid and the axis are a path each, every mark is a path and
    // every text one `<text>`.
    let marks = c
        .points
        .iter()
        .map(|p| {
            view! {
                <path
                    class=format!("over-time__mark over-time__mark--{}", p.mark.slug())
                    d=mark_path(p.mark, p.cx, p.cy)
                    data-when=p.when.clone()
                    data-mark=p.mark.slug()
                ></path>
            }
        })
        .collect_view();
    let labels = c
        .labels()
        .into_iter()
        .map(|l| {
            view! {
                <text class=format!("over-time__{}", l.kind) x=l.x y=l.y text-anchor=l.anchor>{l.text}</text>
            }
        })
        .collect_view();
    let legend = [Mark::Outlet, Mark::Relayed, Mark::LowerBound]
        .into_iter()
        .map(|m| view! { <li>{legend_marker(m)}{m.legend()}</li> })
        .collect_view();
    let rows = data
        .enterprises
        .iter()
        .map(|count| view! { <Row store count/> })
        .collect_view();
    // Static: an `Option`, not an `AnyView`, whose rebuilding code the WASM would carry.
    (!data.enterprises.is_empty()).then(|| view! {
        <section class="over-time" id=OVER_TIME_ID aria-labelledby="over-time-heading" tabindex="-1">
            <h3 id="over-time-heading">{"Taiwan-funded enterprises over time"}</h3>
            <p class="summary__note">
                {"The counts of approved Taiwan-funded enterprises that public reports give, each at its date and cited. The sources give these moments only: nothing is drawn between them."}
            </p>
            <figure class="over-time__chart">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=summary(data) class="over-time__svg">
                    <path class="over-time__grid" d=c.grid_path()></path>
                    <path class="over-time__axis" d=c.axis_path()></path>
                    {marks}
                    {labels}
                </svg>
                <figcaption>
                    <ul class="over-time__legend" role="list">{legend}</ul>
                </figcaption>
            </figure>
            <div class="table-scroll" role="region" aria-labelledby="over-time-caption" tabindex="0">
                <table class="over-time__table">
                    <caption id="over-time-caption">{"Approved Taiwan-funded enterprises, by date, as each source gives them"}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{"When"}</th>
                            <th scope="col">{"Count, as written"}</th>
                            <th scope="col">{"Investment, as written"}</th>
                            <th scope="col">{"Source"}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    })
}

/// One count: its date (and why, when inferred), the count as written (and what it counts,
/// when not approved enterprises), any amounts the same source gives, and the source.
#[component]
fn Row(store: Store, count: &'static Count) -> impl IntoView {
    let data = &store.model.data;
    // The citation names the report; the kind says what sort of source it is.
    let (outlet, kind) = match count.cite.source.as_ref() {
        ARTICLE => (Some("The primary article"), "iChongqing, as identified".to_owned()),
        id => (
            None,
            source(data, id).map(|s| s.kind.label().to_owned()).unwrap_or_default(),
        ),
    };
    let when_inferred = count.when_inferred.as_deref().map(|why| {
        view! { " " <super::inferred::Inferred reason=why/> }
    });
    let counts = count.counts.as_deref().map(|what| {
        view! { <span class="over-time__counts">{format!("counts \u{201c}{what}\u{201d}, not approved enterprises")}</span> }
    });
    let m = mark(data, count);
    let bound = (m == Mark::LowerBound).then(|| view! { <span class="badge">{"Lower bound"}</span> });
    let amounts = count
        .investment
        .iter()
        .map(|a| {
            view! {
                <li>{format!("{}: ", a.label)}<strong>{a.text.as_ref()}</strong>{" "}<CountCite store cite=&a.cite/></li>
            }
        })
        .collect_view();
    view! {
        <tr data-mark=m.slug()>
            <th scope="row">{count.when.as_ref()}{when_inferred}</th>
            <td>
                {legend_marker(m)}<strong>{count.written.as_ref()}</strong>
                {" "}{bound}{counts}
            </td>
            <td>
                {if count.investment.is_empty() {
                    Either::Left("Not given")
                } else {
                    Either::Right(view! { <ul class="over-time__amounts" role="list">{amounts}</ul> })
                }}
            </td>
            <td>
                {outlet}<CountCite store cite=&count.cite/>
                <span class="over-time__kind">{kind}</span>
            </td>
        </tr>
    }
}
