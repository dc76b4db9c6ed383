//! The report's "what limits it" section: where our app's time to interactive goes on the slow
//! phone, phase by phase, read from the marks and resource timings of its cold loads (medians),
//! the phase that costs most named, with what would shrink each phase (candidates to measure,
//! not assumed wins).

use super::f;
use serde_json::Value;
use std::fmt::Write as _;

/// The chain from navigation start to the first answer: each phase ends at a mark (or a
/// file's arrival); its name, and what would shrink it.
const CHAIN: [(&str, &str, &str); 6] = [
    (
        "html",
        "the page's HTML arrives",
        "a host close to the reader; the page's own bytes (prerendered cards, inline scripts)",
    ),
    (
        "wasm",
        "download of the WASM (beside the glue and the stylesheet)",
        "fewer bytes before the cards are live: code splitting (Leptos 0.8 `#[lazy]` and \
         `wasm_split_helpers`, with `wasm-split-cli`) so that the figures panel, the article and \
         the exports load after the cards are interactive; an earlier start (preload of the WASM)",
    ),
    (
        "app-start",
        "compile and instantiate the WASM, start the app",
        "streaming compilation while the WASM downloads; less code at start (code splitting)",
    ),
    (
        "app-data",
        "load the embedded dataset",
        "nothing to win: the dataset is static data in the WASM, nothing is parsed",
    ),
    (
        "app-interactive",
        "build the catalog and mount the components in place of the prerendered page",
        "less to mount at start (the figures panel and the article already wait for the first paint)",
    ),
    (
        "first-answer",
        "the first query answered: the search index is built for it (unless the task after the \
         first paint built it already), then searched and rendered",
        "building the index during the WASM download is not possible (it is built by the WASM); \
         a smaller index, or one built at compile time",
    ),
];

/// The section: a table of the phases on the slow phone with their share of the time to the
/// first answer, then the phase that costs most, with what would shrink it. Empty when the
/// slow phone's loads of the app were not measured.
pub fn section(b: &Value) -> String {
    let app = &b["profiles"]["slow"]["app"];
    let mut at: Vec<(f64, &str, &str)> = CHAIN
        .iter()
        .filter_map(|(key, what, shrink)| {
            let t = if *key == "first-answer" {
                app["answer"]["median"].as_f64()
            } else {
                app["phases"][*key].as_f64()
            };
            Some((t?, *what, *shrink))
        })
        .collect();
    if at.len() < 2 {
        return String::new();
    }
    at.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total = at.last().map_or(f64::NAN, |x| x.0);
    let mut t = format!(
        "## What limits it: our app's time to interactive on the slow phone, by phase\n\n\
         Medians of the cold loads on the slow phone, from the page's marks and the files' resource timings: \
         navigation start → the first query answered in {total:.0} ms. Each phase runs from the end of the one \
         before.\n\n| phase | ends at | takes | share | what would shrink it |\n| --- | ---: | ---: | ---: | --- |\n"
    );
    let mut prev = 0.0;
    let mut costliest: Option<(f64, &str, &str)> = None;
    for (end, what, shrink) in &at {
        let took = end - prev;
        let _ = writeln!(
            t,
            "| {what} | {end:.0} ms | {took:.0} ms | {:.0}% | {shrink} |",
            100.0 * took / total
        );
        if costliest.is_none_or(|c| took > c.0) {
            costliest = Some((took, what, shrink));
        }
        prev = *end;
    }
    if let Some((took, what, shrink)) = costliest {
        let _ = writeln!(
            t,
            "\nThe phase that costs most: **{what}**, {took:.0} ms ({:.0}% of the time to the first answer). \
             What would shrink it: {shrink}.",
            100.0 * took / total
        );
    }
    let floor = f(&b["profiles"]["slow"]["floor"]["median"]);
    if floor.is_finite() {
        let _ = writeln!(
            t,
            "\nFor scale: the static floor shows the same cards at {floor:.0} ms on the same profile, with nothing to download or start after them."
        );
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_the_costliest_phase_of_the_slow_phones_chain_with_what_would_shrink_it() {
        let b = json!({"profiles": {"slow": {
            "app": {"phases": {"html": 320.0, "wasm": 1450.0, "app-start": 1610.0, "app-data": 1650.0,
                               "app-interactive": 1900.0, "app-rendered": 700.0},
                    "answer": {"median": 1985.0}},
            "floor": {"median": 1088.0},
        }}});
        let t = section(&b);
        assert!(t.contains("navigation start → the first query answered in 1985 ms"));
        assert!(t.contains("| the page's HTML arrives | 320 ms | 320 ms | 16% |"));
        assert!(t.contains("| download of the WASM (beside the glue and the stylesheet) | 1450 ms | 1130 ms | 57% |"));
        assert!(t.contains("| the first query answered: the search index is built for it"));
        assert!(t.contains("| 1985 ms | 85 ms | 4% |"));
        assert!(t.contains(
            "The phase that costs most: **download of the WASM (beside the glue and the stylesheet)**, 1130 ms (57% of"
        ));
        assert!(t.contains("code splitting (Leptos 0.8 `#[lazy]`"));
        assert!(t.contains("the static floor shows the same cards at 1088 ms"));
        assert_eq!(section(&json!({})), "", "nothing measured, no section");
    }
}
