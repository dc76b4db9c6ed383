//! Taiwan-funded enterprises in Chongqing over time: the chart's geometry (each count at its
//! date, to scale, nothing between them) and how each point is drawn and said.
//!
//! The counts are the sources' own: a lower bound ("more than 1,260") is drawn as one, and a
//! figure a blog relays looks different from an outlet's. No line joins the points: the
//! sources give four moments, not a trend between them.

use super::dataset::Dataset;
use super::format::group;
use super::reports::{Count, SourceKind, ARTICLE};
use super::texts::source;

/// The chart's drawing area, in the SVG's units: narrow enough that its 13-unit text stays
/// legible when a phone shows it at 340 px.
pub const WIDTH: i64 = 420;
pub const HEIGHT: i64 = 250;
/// Room for the axes' labels: left, right, top, bottom.
const LEFT: i64 = 48;
const RIGHT: i64 = 24;
const TOP: i64 = 36;
const BOTTOM: i64 = 32;
/// The step of the count axis.
const STEP: i64 = 500;

/// How a point is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A count a news outlet (or the primary article) gives: a filled dot.
    Outlet,
    /// A count a blog relays from official data: a ring.
    Relayed,
    /// A lower bound ("more than …"): a triangle pointing up.
    LowerBound,
}

impl Mark {
    /// The class that draws it: `over-time__mark--outlet`.
    pub fn slug(self) -> &'static str {
        match self {
            Mark::Outlet => "outlet",
            Mark::Relayed => "relayed",
            Mark::LowerBound => "lower-bound",
        }
    }

    /// What the legend says of it.
    pub fn legend(self) -> &'static str {
        match self {
            Mark::Outlet => "Filled dot: a count a news outlet reports",
            Mark::Relayed => "Ring: a count a blog relays from official data (no news outlet)",
            Mark::LowerBound => "Triangle: a lower bound (\u{201c}more than\u{201d}); the count itself is not given",
        }
    }
}

/// One count, placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Point {
    /// Its index in the dataset's `enterprises`.
    pub index: usize,
    pub cx: i64,
    pub cy: i64,
    pub mark: Mark,
    /// The value as the label beside it says it: "793", "more than 1,260".
    pub label: String,
    /// The date as the axis would say it: "mid-2009".
    pub when: String,
}

/// A tick of an axis: where, and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    pub at: i64,
    pub label: String,
}

/// The chart: its points, and the ticks of both axes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub points: Vec<Point>,
    pub years: Vec<Tick>,
    pub counts: Vec<Tick>,
    /// The baseline's y and the plot's left and right x.
    pub bottom: i64,
    pub left: i64,
    pub right: i64,
    pub top: i64,
}

/// The outline of mark `m` centred on (`x`, `y`), as an SVG path: a dot or ring of radius 7,
/// or a triangle pointing up. One element kind draws every mark.
pub fn mark_path(m: Mark, x: i64, y: i64) -> String {
    match m {
        Mark::LowerBound => format!("M{x},{} L{},{} L{},{} Z", y - 9, x - 8, y + 6, x + 8, y + 6),
        Mark::Outlet | Mark::Relayed => format!("M{},{y} a7,7 0 1,0 14,0 a7,7 0 1,0 -14,0 Z", x - 7),
    }
}

/// A text of the chart: the ticks' labels and the points' values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub x: i64,
    pub y: i64,
    /// `start`, `middle` or `end`.
    pub anchor: &'static str,
    /// `tick` or `value`.
    pub kind: &'static str,
    pub text: String,
}

impl Chart {
    /// The grid's horizontal lines, one path: one line per tick of the count axis.
    pub fn grid_path(&self) -> String {
        let lines: Vec<String> = self
            .counts
            .iter()
            .map(|t| format!("M{},{} H{}", self.left, t.at, self.right))
            .collect();
        lines.join(" ")
    }

    /// The time axis: the baseline.
    pub fn axis_path(&self) -> String {
        format!("M{},{} H{}", self.left, self.bottom, self.right)
    }

    /// Every text of the chart: the counts' ticks, the years, each point's value (above it,
    /// kept inside the drawing at either end).
    pub fn labels(&self) -> Vec<Label> {
        let counts = self.counts.iter().map(|t| Label {
            x: self.left - 8,
            y: t.at + 4,
            anchor: "end",
            kind: "tick",
            text: t.label.clone(),
        });
        let years = self.years.iter().map(|t| Label {
            x: t.at,
            y: self.bottom + 22,
            anchor: "middle",
            kind: "tick",
            text: t.label.clone(),
        });
        let values = self.points.iter().map(|p| Label {
            x: p.cx,
            y: p.cy - 14,
            anchor: if p.cx > WIDTH - 60 {
                "end"
            } else if p.cx < 100 {
                "start"
            } else {
                "middle"
            },
            kind: "value",
            text: p.label.clone(),
        });
        counts.chain(years).chain(values).collect()
    }
}

/// How a count is drawn: a lower bound as one; else as its source's kind says.
pub fn mark(data: &Dataset, c: &Count) -> Mark {
    if c.at_least {
        return Mark::LowerBound;
    }
    let kind = (c.cite.source != ARTICLE)
        .then(|| source(data, &c.cite.source).map(|s| s.kind))
        .flatten();
    match kind {
        Some(SourceKind::Blog) => Mark::Relayed,
        _ => Mark::Outlet,
    }
}

/// The value as its label says it: the source's words for a lower bound, else the count.
pub fn value_label(c: &Count) -> String {
    if c.at_least {
        format!("more than {}", group(i64::from(c.value)))
    } else {
        group(i64::from(c.value))
    }
}

/// Months since year 0, for the time axis.
fn months(year: u32, month: u32) -> i64 {
    i64::from(year) * 12 + i64::from(month.clamp(1, 12)) - 1
}

/// The chart of `data`'s counts, to scale on both axes (the count axis from 0).
pub fn chart(data: &Dataset) -> Chart {
    let counts = &data.enterprises;
    let first_year = counts.iter().map(|c| c.year).min().unwrap_or(2000);
    let last_year = counts
        .iter()
        .map(|c| c.year)
        .max()
        .unwrap_or(first_year)
        .max(first_year + 1);
    // The axis runs from January of the first year to December of the last.
    let (t0, t1) = (months(first_year, 1), months(last_year, 12));
    let top = counts.iter().map(|c| i64::from(c.value)).max().unwrap_or(STEP).max(1);
    let ceiling = (top + STEP - 1) / STEP * STEP;
    let (left, right, bottom) = (LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM);
    let x = |t: i64| left + (t - t0) * (right - left) / (t1 - t0).max(1);
    let y = |v: i64| bottom - v * (bottom - TOP) / ceiling;
    let points = counts
        .iter()
        .enumerate()
        .map(|(index, c)| Point {
            index,
            cx: x(months(c.year, c.month)),
            cy: y(i64::from(c.value)),
            mark: mark(data, c),
            label: value_label(c),
            when: c.when.to_string(),
        })
        .collect();
    let mut years: Vec<u32> = counts.iter().map(|c| c.year).collect();
    years.dedup();
    Chart {
        points,
        years: years
            .into_iter()
            .map(|year| Tick {
                at: x(months(year, 7)),
                label: year.to_string(),
            })
            .collect(),
        counts: (0..=ceiling / STEP)
            .map(|i| Tick {
                at: y(i * STEP),
                label: group(i * STEP),
            })
            .collect(),
        bottom,
        left,
        right,
        top: TOP,
    }
}

/// The chart in one sentence, for a screen reader (the table below gives each point).
pub fn summary(data: &Dataset) -> String {
    let parts: Vec<String> = data
        .enterprises
        .iter()
        .map(|c| {
            let how = match mark(data, c) {
                Mark::LowerBound => ", a lower bound",
                Mark::Relayed => ", relayed by a blog",
                Mark::Outlet => "",
            };
            // A source that counts something else says what: "Taiwan enterprises".
            let counts = c.counts.as_deref().map(|what| format!(", {what}")).unwrap_or_default();
            format!("{} ({}{how}{counts})", value_label(c), c.when)
        })
        .collect();
    format!(
        "Taiwan-funded enterprises approved, as the sources count them: {}.",
        parts.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    #[test]
    fn four_points_in_time_order_each_drawn_as_its_source_allows() {
        let (data, _) = embedded::load().expect("loads");
        let c = chart(&data);
        let marks: Vec<(Mark, &str)> = c.points.iter().map(|p| (p.mark, p.label.as_str())).collect();
        assert_eq!(
            marks,
            [
                (Mark::Relayed, "793"),
                (Mark::LowerBound, "more than 1,260"),
                (Mark::Outlet, "1,867"),
                (Mark::Outlet, "2,299"),
            ]
        );
        assert!(c.points.windows(2).all(|w| w[0].cx < w[1].cx), "left to right in time");
        assert!(c.points.iter().all(|p| (c.left..=c.right).contains(&p.cx)));
        assert!(c.points.iter().all(|p| (c.top..=c.bottom).contains(&p.cy)));
    }

    #[test]
    fn every_mark_is_one_closed_path_around_its_point() {
        assert_eq!(mark_path(Mark::LowerBound, 100, 50), "M100,41 L92,56 L108,56 Z");
        assert_eq!(
            mark_path(Mark::Outlet, 100, 50),
            "M93,50 a7,7 0 1,0 14,0 a7,7 0 1,0 -14,0 Z"
        );
        let (data, _) = embedded::load().expect("loads");
        let c = chart(&data);
        assert_eq!(c.grid_path().matches('M').count(), c.counts.len());
        let labels = c.labels();
        assert_eq!(labels.iter().filter(|l| l.kind == "value").count(), 4);
        assert!(labels
            .iter()
            .all(|l| (0..=WIDTH).contains(&l.x) && (0..=HEIGHT).contains(&l.y)));
    }

    #[test]
    fn the_count_axis_starts_at_zero_and_is_to_scale() {
        let (data, _) = embedded::load().expect("loads");
        let c = chart(&data);
        assert_eq!(
            c.counts.first().map(|t| (t.at, t.label.as_str())),
            Some((c.bottom, "0"))
        );
        assert_eq!(c.counts.last().map(|t| t.label.as_str()), Some("2,500"));
        // 2,299 stands 2,299/2,500 of the way up; 793 about a third of that.
        let height = c.bottom - c.top;
        let p = &c.points[3];
        assert_eq!(c.bottom - p.cy, 2299 * height / 2500);
        assert_eq!(c.bottom - c.points[0].cy, 793 * height / 2500);
    }

    #[test]
    fn the_summary_says_each_point_and_how_it_is_qualified() {
        let (data, _) = embedded::load().expect("loads");
        assert_eq!(
            summary(&data),
            "Taiwan-funded enterprises approved, as the sources count them: 793 (mid-2009, relayed by a blog); \
             more than 1,260 (October 2013, a lower bound, Taiwan enterprises); 1,867 (December 2020); \
             2,299 (June 2025)."
        );
    }
}
