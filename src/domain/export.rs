//! Exports of the current view: delegations as JSON and CSV, the figures as CSV, and a
//! ready citation. File names say what they hold.

use super::dataset::{Dataset, Delegation};
use super::format::usd_millions;
use serde::Serialize;

/// One delegation as exported: the card's facts, flattened.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    name: &'a str,
    leader: Option<&'a str>,
    leader_title: Option<&'a str>,
    districts: Vec<&'a str>,
    sites: Vec<&'a str>,
    sectors: Vec<&'a str>,
    outcomes: Vec<&'a str>,
    counterparts: Vec<&'a str>,
}

fn row<'a>(data: &'a Dataset, d: &'a Delegation) -> Row<'a> {
    let texts = |items: &'a [super::dataset::Cited]| items.iter().map(|c| &*c.text).collect();
    Row {
        id: &d.id,
        name: &d.name,
        leader: d.leader.as_ref().map(|l| &*l.name),
        leader_title: d.leader.as_ref().map(|l| &*l.title),
        districts: texts(&d.districts),
        sites: texts(&d.sites),
        sectors: d
            .sectors
            .iter()
            .map(|s| data.sector(&s.sector).map_or(&*s.sector, |x| &*x.name))
            .collect(),
        outcomes: d.outcomes.iter().map(|o| &*o.text).collect(),
        counterparts: texts(&d.counterparts),
    }
}

/// The delegations at `indices`, in that order, as pretty JSON.
pub fn delegations_json(data: &Dataset, indices: &[usize]) -> String {
    let rows: Vec<Row> = indices
        .iter()
        .filter_map(|&i| data.delegations.get(i))
        .map(|d| row(data, d))
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_owned())
}

/// Quotes a CSV field when it needs it (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn csv_line(fields: &[&str]) -> String {
    let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    format!("{}\r\n", quoted.join(","))
}

/// The delegations at `indices` as CSV: one row each, list fields joined by `;`.
pub fn delegations_csv(data: &Dataset, indices: &[usize]) -> String {
    let mut out = csv_line(&[
        "id",
        "name",
        "leader",
        "leader_title",
        "districts",
        "sites",
        "sectors",
        "outcomes",
        "counterparts",
    ]);
    for d in indices.iter().filter_map(|&i| data.delegations.get(i)) {
        let r = row(data, d);
        out.push_str(&csv_line(&[
            r.id,
            r.name,
            r.leader.unwrap_or(""),
            r.leader_title.unwrap_or(""),
            &r.districts.join(";"),
            &r.sites.join(";"),
            &r.sectors.join(";"),
            &r.outcomes.join(";"),
            &r.counterparts.join(";"),
        ]));
    }
    out
}

/// The official and derived figures as CSV.
pub fn figures_csv(data: &Dataset) -> String {
    let f = &data.figures;
    let mut out = csv_line(&["figure", "value", "unit", "as_of", "kind", "source"]);
    for fig in [
        &f.approved_enterprises,
        &f.contracted_investment,
        &f.utilized_investment,
    ] {
        let unit = match fig.unit {
            super::dataset::Unit::Count => "count",
            super::dataset::Unit::UsdMillion => "USD million",
        };
        let value = fig.value.to_string();
        out.push_str(&csv_line(&[
            &fig.label,
            &value,
            unit,
            &f.as_of.label,
            "official",
            &f.source_label,
        ]));
    }
    for d in super::figures::derived(f) {
        out.push_str(&csv_line(&[
            d.label,
            &d.text,
            "",
            &f.as_of.label,
            "derived",
            &d.formula,
        ]));
    }
    out
}

/// File names for the exports, saying what they hold.
pub fn file_name(what: &str, ext: &str) -> String {
    format!("chongqing-taiwan-week-{what}.{ext}")
}

/// A ready citation of the current view.
pub fn citation(data: &Dataset, title: &str, url: &str) -> String {
    let f = &data.figures;
    format!(
        "{title}. {url}\nSource: news article on the {} {} ({}, Chongqing). Investment figures: {}, as of {} ({} contracted, {} utilized).",
        super::format::ordinal(data.event.edition),
        data.event.name,
        super::format::day_range(data.event.dates.month, data.event.dates.start_day, data.event.dates.end_day),
        f.source_label.chars().map(super::chars::lower).collect::<String>(),
        f.as_of.label,
        usd_millions(i128::from(f.contracted_investment.value), 1),
        usd_millions(i128::from(f.utilized_investment.value), 1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::embedded;

    #[test]
    fn csv_has_one_row_per_delegation_with_sectors_joined() {
        let (data, _) = embedded::load().expect("loads");
        let csv = delegations_csv(&data, &[2, 0]);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].starts_with("taiwan-business-and-construction-association,"));
        assert!(lines[1].contains("Computer manufacturing;Pharmaceuticals"));
        assert!(lines[2].contains("\"Wang Guo'an\"") || lines[2].contains("Wang Guo'an"));
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn json_holds_exactly_the_given_delegations() {
        let (data, _) = embedded::load().expect("loads");
        let v: serde_json::Value = serde_json::from_str(&delegations_json(&data, &[1])).expect("json");
        assert_eq!(v.as_array().map(Vec::len), Some(1));
        assert_eq!(v[0]["id"], "taiwan-electrical-and-electronic-manufacturers-association");
        assert_eq!(v[0]["leader"], serde_json::Value::Null);
    }

    #[test]
    fn figures_csv_has_official_and_derived_rows() {
        let (data, _) = embedded::load().expect("loads");
        let csv = figures_csv(&data);
        assert!(csv.contains("Approved Taiwan-funded enterprises,2299,count,June 2025,official,Official data"));
        assert!(csv.contains("Utilization rate,24.9%,,June 2025,derived"));
        assert_eq!(csv.matches("\r\n").count(), 8);
    }

    #[test]
    fn citation_names_view_source_and_date() {
        let (data, _) = embedded::load().expect("loads");
        let c = citation(&data, "Healthcare — Explorer", "http://x/?sector=healthcare");
        assert!(c.starts_with("Healthcare — Explorer. http://x/?sector=healthcare\n"));
        assert!(c.contains("17th Chongqing-Taiwan Week (15\u{2013}17 September, Chongqing)"));
        assert!(c.contains("as of June 2025"));
    }
}
