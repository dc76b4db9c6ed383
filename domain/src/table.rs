//! The table view: its columns, the order a column header sets (`sort=district`,
//! `sort=-outcomes` in the URL) and the rows in that order.
//!
//! The table shows the same results as the cards (searched and filtered alike), one row per
//! delegation. Sorting is stable: rows that tie keep the search's order, and with no sort
//! the rows are in the search's order.

use super::chars::lower;
use super::dataset::{Dataset, Delegation};
use std::fmt;

/// A column of the table, in the order it shows them: the card's own order, so that a
/// row reads, and is tabbed through, as it is seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Sectors,
    District,
    Sites,
    Outcomes,
}

impl Column {
    /// Every column, left to right.
    pub const ALL: [Column; 5] = [
        Column::Name,
        Column::Sectors,
        Column::District,
        Column::Sites,
        Column::Outcomes,
    ];

    /// The column's name in the URL.
    pub fn slug(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::District => "district",
            Column::Sites => "sites",
            Column::Sectors => "sectors",
            Column::Outcomes => "outcomes",
        }
    }

    /// The column's header.
    pub fn label(self) -> &'static str {
        match self {
            Column::Name => "Delegation",
            Column::District => "District",
            Column::Sites => "Sites visited",
            Column::Sectors => "Sectors",
            Column::Outcomes => "Outcomes",
        }
    }

    /// The column's header as a caption names it: "sorted by district".
    pub fn noun(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::District => "district",
            Column::Sites => "number of sites visited",
            Column::Sectors => "number of sectors",
            Column::Outcomes => "number of outcomes",
        }
    }

    /// Whether the column sorts by a count (the most first, on the first press) rather than
    /// by text (A to Z first).
    pub fn counts(self) -> bool {
        matches!(self, Column::Sites | Column::Sectors | Column::Outcomes)
    }

    fn parse(slug: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// The order the table is sorted in: a column, ascending or descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    /// Reads a `sort` value: a column's slug, with a leading `-` for descending, in any case.
    pub fn parse(value: &str) -> Option<Sort> {
        let value = value.trim().to_ascii_lowercase();
        let (descending, slug) = match value.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, value.as_str()),
        };
        Column::parse(slug).map(|column| Sort { column, descending })
    }

    /// The order after a press on `column`'s header, from `current`: the column's first
    /// order (A to Z, or the most first), then the reverse, then the search's order again.
    pub fn after_press(current: Option<Sort>, column: Column) -> Option<Sort> {
        let first = column.counts();
        match current {
            Some(s) if s.column == column && s.descending == first => Some(Sort {
                column,
                descending: !first,
            }),
            Some(s) if s.column == column => None,
            _ => Some(Sort {
                column,
                descending: first,
            }),
        }
    }

    /// The `aria-sort` of `column`'s header under `sort`.
    pub fn aria(sort: Option<Sort>, column: Column) -> &'static str {
        match sort {
            Some(s) if s.column == column && s.descending => "descending",
            Some(s) if s.column == column => "ascending",
            _ => "none",
        }
    }
}

impl fmt::Display for Sort {
    /// The URL's form: `district`, `-outcomes`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.descending {
            f.write_str("-")?;
        }
        f.write_str(self.column.slug())
    }
}

/// A row's key for `column`, as characters: the name or the first district in lower case
/// (`None` when the article names no district), or a count as one character. Lower case is
/// `chars::lower`, as the search's (see `chars` for why not `str::to_lowercase`).
fn key(d: &Delegation, column: Column) -> Option<Vec<char>> {
    let count = |n: usize| {
        Some(vec![
            char::from_u32(u32::try_from(n).unwrap_or(0xD7FF).min(0xD7FF)).unwrap_or('\u{D7FF}')
        ])
    };
    match column {
        Column::Name => Some(d.name.chars().map(lower).collect()),
        Column::District => d.districts.first().map(|c| c.text.chars().map(lower).collect()),
        Column::Sites => count(d.sites.len()),
        Column::Sectors => count(d.sectors.len()),
        Column::Outcomes => count(d.outcomes.len()),
    }
}

/// The results (indices into `data.delegations`, in the search's order) in the table's
/// order. Ties, and every row with `sort` `None`, keep the search's order; a row with no
/// district sorts after those with one, in either direction. An index out of range is left
/// out.
///
/// The keys are `(Vec<char>, usize)` pairs, so `sort_unstable` on them is a stable order:
/// ties are broken by the row's place.
pub fn sorted(data: &Dataset, results: &[usize], sort: Option<Sort>) -> Vec<usize> {
    let rows = results.iter().copied().filter(|&i| i < data.delegations.len());
    let Some(sort) = sort else {
        return rows.collect();
    };
    let rows: Vec<usize> = rows.collect();
    let n = rows.len();
    // Descending: sorted ascending with the places reversed, then the whole list reversed,
    // so that ties come out in their places' order. A missing key sorts last either way.
    let mut keyed: Vec<(Vec<char>, usize)> = rows
        .iter()
        .enumerate()
        .map(|(place, &i)| {
            let key = key(&data.delegations[i], sort.column);
            match (key, sort.descending) {
                (Some(k), false) => (k, place),
                (Some(k), true) => (k, n - place),
                (None, false) => (vec![char::MAX], place),
                (None, true) => (Vec::new(), n - place),
            }
        })
        .collect();
    keyed.sort_unstable();
    if sort.descending {
        keyed.reverse();
    }
    keyed
        .into_iter()
        .filter_map(|(_, place)| rows.get(if sort.descending { n - place } else { place }).copied())
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::embedded;
    use proptest::prelude::*;

    fn data() -> Dataset {
        embedded::load().map(|(d, _)| d).expect("the embedded dataset loads")
    }

    fn ids(data: &Dataset, rows: &[usize]) -> Vec<String> {
        rows.iter().map(|&i| data.delegations[i].id.to_string()).collect()
    }

    #[test]
    fn the_url_form_round_trips_and_reads_any_case() {
        for column in Column::ALL {
            for descending in [false, true] {
                let sort = Sort { column, descending };
                assert_eq!(Sort::parse(&sort.to_string()), Some(sort));
            }
        }
        assert_eq!(
            Sort::parse(" -District "),
            Some(Sort {
                column: Column::District,
                descending: true
            })
        );
        assert_eq!(Sort::parse("size"), None);
        assert_eq!(Sort::parse("--name"), None);
        assert_eq!(Sort::parse(""), None);
    }

    #[test]
    fn a_header_press_goes_first_order_then_reverse_then_the_search_order() {
        let name = Sort::after_press(None, Column::Name);
        assert_eq!(name.map(|s| s.to_string()).as_deref(), Some("name"));
        let reversed = Sort::after_press(name, Column::Name);
        assert_eq!(reversed.map(|s| s.to_string()).as_deref(), Some("-name"));
        assert_eq!(Sort::after_press(reversed, Column::Name), None);
        // A count column starts with the most.
        let most = Sort::after_press(reversed, Column::Outcomes);
        assert_eq!(most.map(|s| s.to_string()).as_deref(), Some("-outcomes"));
        assert_eq!(Sort::aria(most, Column::Outcomes), "descending");
        assert_eq!(Sort::aria(most, Column::Name), "none");
        assert_eq!(Sort::aria(name, Column::Name), "ascending");
    }

    #[test]
    fn sorts_the_embedded_delegations_by_each_column() {
        let data = data();
        let all: Vec<usize> = (0..data.delegations.len()).collect();
        let by = |s: &str| ids(&data, &sorted(&data, &all, Sort::parse(s)));
        // The article's order is the search's order with no query.
        assert_eq!(
            by("nothing"),
            [
                "taiwan-healthcare-industry-alliance",
                "taiwan-electrical-and-electronic-manufacturers-association",
                "taiwan-business-and-construction-association",
            ]
        );
        assert_eq!(
            by("name"),
            [
                "taiwan-business-and-construction-association",
                "taiwan-electrical-and-electronic-manufacturers-association",
                "taiwan-healthcare-industry-alliance",
            ]
        );
        assert_eq!(
            by("-name"),
            [
                "taiwan-healthcare-industry-alliance",
                "taiwan-electrical-and-electronic-manufacturers-association",
                "taiwan-business-and-construction-association",
            ]
        );
        // Counts: the most first when descending; ties keep the article's order.
        let sites = |s: &str| -> Vec<usize> {
            sorted(&data, &all, Sort::parse(s))
                .iter()
                .map(|&i| data.delegations[i].sites.len())
                .collect()
        };
        let mut ascending = sites("sites");
        assert!(ascending.windows(2).all(|w| w[0] <= w[1]), "{ascending:?}");
        ascending.reverse();
        assert_eq!(sites("-sites"), ascending);
    }

    #[test]
    fn a_row_without_a_district_sorts_last_either_way() {
        let data = data();
        let all: Vec<usize> = (0..data.delegations.len()).collect();
        for s in ["district", "-district"] {
            let rows = sorted(&data, &all, Sort::parse(s));
            let named: Vec<bool> = rows
                .iter()
                .map(|&i| !data.delegations[i].districts.is_empty())
                .collect();
            assert!(named.windows(2).all(|w| w[0] || !w[1]), "{s}: {named:?}");
        }
    }

    proptest! {
        #[test]
        fn sorting_keeps_exactly_the_results_and_ties_in_the_search_order(
            results in (0usize..6).prop_flat_map(|n| Just((0..n).collect::<Vec<usize>>()).prop_shuffle()),
            column in 0usize..5,
            descending in any::<bool>(),
        ) {
            let data = data();
            let sort = Sort { column: Column::ALL[column], descending };
            let rows = sorted(&data, &results, Some(sort));
            let kept: Vec<usize> = results.iter().copied().filter(|&i| i < data.delegations.len()).collect();
            let (mut got, mut want) = (rows.clone(), kept.clone());
            got.sort_unstable();
            want.sort_unstable();
            prop_assert_eq!(got, want);
            // Rows with equal keys are in the order they had in the results.
            let key = |i: usize| key(&data.delegations[i], sort.column);
            for pair in rows.windows(2) {
                if key(pair[0]) == key(pair[1]) && pair[0] != pair[1] {
                    let at = |i| kept.iter().position(|&k| k == i);
                    prop_assert!(at(pair[0]) < at(pair[1]));
                }
            }
            prop_assert_eq!(Sort::parse(&sort.to_string()), Some(sort));
        }

        #[test]
        fn parsing_any_sort_value_never_panics(s in ".{0,40}") {
            let _ = Sort::parse(&s);
        }
    }
}
