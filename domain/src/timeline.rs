//! The Week across its editions: the editions the sources report, in order, and the gaps
//! between them said as gaps ("6th–14th: no report in these sources"), never filled.

use super::dataset::Dataset;
use super::format::ordinal;
use super::reports::Edition;

/// One entry of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry<'a> {
    Edition(&'a Edition),
    /// Editions no source reports: `from` to `to`, inclusive.
    Gap {
        from: u32,
        to: u32,
    },
}

/// The editions in number order, with a gap wherever numbers are missing between them.
pub fn entries(data: &Dataset) -> Vec<Entry<'_>> {
    let mut editions: Vec<&Edition> = data.editions.iter().collect();
    editions.sort_by_key(|e| e.number);
    let mut out = Vec::new();
    for (i, e) in editions.iter().enumerate() {
        if let Some(prev) = i.checked_sub(1).and_then(|p| editions.get(p)) {
            if e.number > prev.number + 1 {
                out.push(Entry::Gap {
                    from: prev.number + 1,
                    to: e.number - 1,
                });
            }
        }
        out.push(Entry::Edition(e));
    }
    out
}

/// What a gap says: "6th–14th Weeks: not reported in these sources".
pub fn gap_label(from: u32, to: u32) -> String {
    let editions = if from == to {
        format!("{} Week", ordinal(i64::from(from)))
    } else {
        format!("{}\u{2013}{} Weeks", ordinal(i64::from(from)), ordinal(i64::from(to)))
    };
    format!("{editions}: not reported in these sources")
}

/// An edition's heading: "17th Week, 2025".
pub fn heading(e: &Edition) -> String {
    format!("{} Week, {}", ordinal(i64::from(e.number)), e.year)
}

/// The anchor of an edition in the timeline: `edition-17`.
pub fn edition_id(e: &Edition) -> String {
    format!("edition-{}", e.number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    #[test]
    fn four_editions_in_order_with_the_gap_said_as_one() {
        let (data, _) = embedded::load().expect("loads");
        let said: Vec<String> = entries(&data)
            .into_iter()
            .map(|e| match e {
                Entry::Edition(e) => heading(e),
                Entry::Gap { from, to } => gap_label(from, to),
            })
            .collect();
        assert_eq!(
            said,
            [
                "5th Week, 2013",
                "6th\u{2013}14th Weeks: not reported in these sources",
                "15th Week, 2023",
                "16th Week, 2024",
                "17th Week, 2025",
            ]
        );
        assert_eq!(gap_label(3, 3), "3rd Week: not reported in these sources");
    }
}
