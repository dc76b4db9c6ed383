//! The report's side-by-side part: our app next to what a web developer would build instead
//! for the same content (the static page with Pagefind's default UI, and with MiniSearch and
//! a small vanilla script), and the static floor, under two profiles (no throttling, and a
//! slow phone), as `e2e/bench/run.mjs` measured them; the cards each returns for the query
//! script; the first visit with the service worker allowed; and the budgets that compare us
//! with them, all times a reader waits. Sizes are bytes as served, brotli and gzip, decimal
//! (1 KB = 1000 bytes).

use super::{f, kb, served};
use serde_json::Value;
use std::fmt::Write as _;

/// The variants in the report's order: key in the measurements, and the row's name.
const VARIANTS: [(&str, &str); 5] = [
    ("app", "our app (default view)"),
    ("linked", "our app, opened by a `?q=taiwan` link"),
    ("pagefind", "static + Pagefind 1.6 (default UI, sectors as filters)"),
    (
        "minisearch",
        "static + MiniSearch 7.2 + vanilla script (esbuild, minified)",
    ),
    ("floor", "static floor (no search)"),
];

/// The profiles: key, and how the report names it.
const PROFILES: [(&str, &str); 2] = [("none", "no throttling"), ("slow", "slow phone")];

/// A median in ms to `digits` decimals, or "—" when not measured.
fn median_in(v: &Value, digits: usize) -> String {
    match v["median"].as_f64() {
        Some(x) => format!("{x:.digits$} ms"),
        None => "—".into(),
    }
}

/// A load's median, to the millisecond.
fn median_ms(v: &Value) -> String {
    median_in(v, 0)
}

/// Why a peer was not measured, when it was not (it could not be built or installed).
fn missing(b: &Value, key: &str) -> Option<String> {
    b["peers"][key]["error"].as_str().map(str::to_owned)
}

/// The side-by-side table: per variant, its first load and what a first search adds, then for
/// each profile the medians of first cards, interactive (a first query answered) and
/// keystroke-to-result over the query script.
pub fn side_by_side(b: &Value) -> String {
    let loads = b["profiles"]["none"]["app"]["n"].as_u64().unwrap_or(0);
    let mut t = format!(
        "## Side by side: what a reader waits for, against what a web developer would build instead\n\n\
         Medians of {loads} cold loads of each page (cache disabled; the pages take turns, after one uncounted \
         load of each), under two profiles: no throttling (loopback), and a slow phone (CDP: 4× CPU slowdown, \
         1.6 Mbps down, 750 kbps up, 150 ms round trip; CDP slows the page's main thread, not the \
         background threads where the browser compiles WASM, so the slow phone is kinder to our WASM \
         than a real phone would be). First cards: navigation start → the page's cards are in \
         the DOM. Interactive: → the first query (\"{}\"), typed as soon as the page shows a search box, is answered: \
         the page shows the one card it answers with (ours and the MiniSearch page read what was typed when \
         their script starts; Pagefind's box comes with its UI). \
         Keystroke→result: each keystroke of the query script on the page itself, input event → its result \
         shown (Pagefind: after its 300 ms debounce, as its readers wait). Transfer: the bytes as served \
         (1 KB = 1000 bytes), brotli and gzip, of every file fetched until the network is idle, and of what \
         the first search fetches besides: our build's precompressed files (brotli 11, gzip 9), the peers' \
         files compressed by the same server at the same levels, and files that are compressed already \
         (Pagefind's index) as they are.\n\n\
         | variant | first load, brotli | first load, gzip | + first search | first cards, no throttling | \
         first cards, slow phone | interactive, no throttling | interactive, slow phone | \
         keystroke→result, no throttling | keystroke→result, slow phone |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
        b["firstQuery"].as_str().unwrap_or("?")
    );
    for (key, name) in VARIANTS {
        if let Some(why) = missing(b, key) {
            let _ = writeln!(t, "| {name} | not measured: {why} | | | | | | | | |");
            continue;
        }
        let none = &b["profiles"]["none"][key];
        if !none.is_object() {
            continue;
        }
        let transfer = &none["transfer"];
        let search = match transfer["requestsAfterSearch"].as_u64() {
            Some(0) | None => "0".to_owned(),
            Some(1) => format!("{} (1 request)", served(&transfer["afterSearch"])),
            Some(n) => format!("{} ({n} requests)", served(&transfer["afterSearch"])),
        };
        let first = &transfer["first"];
        let _ = write!(
            t,
            "| {name} | {} | {} | {search} |",
            kb(f(&first["brotli"])),
            kb(f(&first["gzip"]))
        );
        for (profile, _) in PROFILES {
            let _ = write!(t, " {} |", median_ms(&b["profiles"][profile][key]));
        }
        for (profile, _) in PROFILES {
            let _ = write!(t, " {} |", median_ms(&b["profiles"][profile][key]["answer"]));
        }
        for (profile, _) in PROFILES {
            let _ = write!(t, " {} |", median_in(&b["queryScript"][profile][key], 1));
        }
        t.push('\n');
    }
    for (profile, name) in PROFILES {
        for (key, variant) in VARIANTS {
            if let Some(n) = b["queryScript"][profile][key]["timedOut"].as_u64().filter(|n| *n > 0) {
                let _ = writeln!(
                    t,
                    "\n{variant}, {name}: {n} keystrokes were not answered within 5 s (counted as 5 s)."
                );
            }
        }
    }
    t
}

/// The cards each variant returns for each full query of the script, in its order.
pub fn quality(b: &Value) -> String {
    let Some(queries) = b["quality"].as_object() else {
        return String::new();
    };
    let columns: Vec<(&str, &str)> = [("app", "ours"), ("minisearch", "MiniSearch"), ("pagefind", "Pagefind")]
        .into_iter()
        .filter(|(key, _)| queries.values().any(|q| q[*key].is_array()))
        .collect();
    let mut t = String::from(
        "## Result quality: the cards each variant returns for each query of the script (in its order)\n\n| query |",
    );
    for (_, name) in &columns {
        let _ = write!(t, " {name} |");
    }
    let _ = writeln!(t, "\n| --- |{}", " --- |".repeat(columns.len()));
    for (query, by) in queries {
        let _ = write!(t, "| {query} |");
        for (key, _) in &columns {
            let ids: Vec<&str> = by[*key]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let cell = if ids.is_empty() {
                "none".to_owned()
            } else {
                ids.join(", ")
            };
            let _ = write!(t, " {cell} |");
        }
        t.push('\n');
    }
    t
}

/// The first visit with the service worker allowed: what the page and the worker ask for,
/// what the network (not the browser's HTTP cache) sends them, and when the worker started
/// against when the app became interactive.
pub fn first_visit(b: &Value) -> String {
    let v = &b["firstVisit"];
    if !v.is_object() {
        return String::new();
    }
    let part = |p: &Value| {
        let files: Vec<&str> = p["files"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        format!(
            "{} requests ({}), {} of them from the network: {}",
            p["requests"],
            files.join(", "),
            p["fromNetwork"],
            served(p)
        )
    };
    let when = match v["registeredAfterInteractiveMs"].as_f64() {
        Some(ms) if ms >= 0.0 => format!("registered {ms:.0} ms after the app became interactive"),
        Some(ms) => format!("registered {:.0} ms BEFORE the app became interactive", -ms),
        None => "never registered".to_owned(),
    };
    format!(
        "## First visit with the service worker allowed\n\n\
         In all {} (what the network sent, as served; a request the browser's HTTP cache answered \
         sends nothing).\n\n- The page: {}.\n- The worker: {}.\n\nThe worker was {when}{}.\n",
        served(v),
        part(&v["page"]),
        part(&v["worker"]),
        if v["active"].as_bool() == Some(true) {
            " and became active"
        } else {
            "; it did not become active within 20 s"
        },
    )
}

/// A budget line: its name, what was measured, whether it holds (`None`: not measured, when a
/// peer it compares with could not be built), and whether it is a goal (reported as met or
/// not, failing nothing) rather than a must (PASS or FAIL).
#[derive(Debug, PartialEq)]
pub struct Budget {
    pub name: String,
    pub measured: String,
    pub ok: Option<bool>,
    pub goal: bool,
}

impl Budget {
    pub fn must(name: &str, measured: String, ok: Option<bool>) -> Budget {
        Budget {
            name: name.to_owned(),
            measured,
            ok,
            goal: false,
        }
    }

    pub fn goal(name: &str, measured: String, ok: Option<bool>) -> Budget {
        Budget {
            goal: true,
            ..Budget::must(name, measured, ok)
        }
    }
}

/// The budgets against the floor and the MiniSearch peer, on the slow phone: first cards,
/// the first answer (a must, and a goal), and keystroke-to-result. Reader time only.
pub fn budgets(b: &Value) -> Vec<Budget> {
    let slow = &b["profiles"]["slow"];
    let cards = f(&slow["app"]["median"]) / f(&slow["floor"]["median"]);
    let interactive = f(&slow["app"]["answer"]["median"]) / f(&slow["minisearch"]["answer"]["median"]);
    let (ours, theirs) = (
        f(&b["queryScript"]["slow"]["app"]["median"]),
        f(&b["queryScript"]["slow"]["minisearch"]["median"]),
    );
    let measured = |x: f64| x.is_finite().then_some(());
    let answer = format!(
        "{interactive:.2}× ({} against {})",
        median_ms(&slow["app"]["answer"]),
        median_ms(&slow["minisearch"]["answer"])
    );
    vec![
        Budget::must(
            "first cards, slow phone ≤ 1.2× the static floor's",
            format!(
                "{cards:.2}× ({} against {})",
                median_ms(&slow["app"]),
                median_ms(&slow["floor"])
            ),
            measured(cards).map(|()| cards <= 1.2),
        ),
        Budget::must(
            "interactive (first answer), slow phone ≤ 2× the MiniSearch page's",
            answer.clone(),
            measured(interactive).map(|()| interactive <= 2.0),
        ),
        Budget::goal(
            "interactive (first answer), slow phone ≤ 1.5× the MiniSearch page's (goal)",
            answer,
            measured(interactive).map(|()| interactive <= 1.5),
        ),
        Budget::must(
            "keystroke→result, slow phone ≤ the MiniSearch page's",
            format!("{ours:.1} vs {theirs:.1} ms"),
            measured(ours / theirs).map(|()| ours <= theirs),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn s(median: f64) -> Value {
        json!({"median": median, "min": median, "max": median, "n": 15})
    }

    /// A cold load's medians, and its transfer: `(brotli, gzip)` bytes of the first load and
    /// of what the first search fetched.
    fn load(cards: f64, answer: Option<f64>, first: (u64, u64), after: (u64, u64), requests_after: u64) -> Value {
        let mut v = s(cards);
        if let Some(a) = answer {
            v["answer"] = s(a);
        }
        let bytes = |(brotli, gzip): (u64, u64)| json!({"brotli": brotli, "gzip": gzip});
        v["transfer"] = json!({"first": bytes(first), "afterSearch": bytes(after), "requests": 4,
                               "requestsAfterSearch": requests_after});
        v
    }

    fn measured() -> Value {
        json!({
            "firstQuery": "fuling",
            "peers": {"floor": {"page": "floor.html"}, "minisearch": {"page": "peer-minisearch.html"}, "pagefind": {"error": "pagefind: cannot install"}},
            "profiles": {
                "none": {"app": load(180.0, Some(530.0), (150_210, 179_700), (0, 0), 0),
                         "floor": load(100.0, None, (10_000, 11_500), (0, 0), 0),
                         "minisearch": load(101.0, Some(358.0), (16_000, 17_950), (0, 0), 0)},
                "slow": {"app": s(1130.0), "floor": s(1000.0), "minisearch": s(950.0)},
            },
            "queryScript": {"none": {"app": s(5.5), "minisearch": s(30.0)}, "slow": {"app": s(16.2), "minisearch": s(70.9)}},
        })
    }

    #[test]
    fn each_variant_is_a_row_and_a_peer_that_could_not_be_built_says_why() {
        let mut b = measured();
        b["profiles"]["slow"]["app"]["answer"] = s(1985.0);
        b["profiles"]["slow"]["minisearch"]["answer"] = s(1169.0);
        b["profiles"]["none"]["pagefind"] = load(188.0, Some(659.0), (40_050, 44_700), (25_001, 25_976), 3);
        let t = side_by_side(&b);
        assert!(t.contains("Medians of 15 cold loads"));
        assert!(t.contains("the first query (\"fuling\"), typed as soon as the page shows a search box, is answered"));
        assert!(t.contains("| variant | first load, brotli | first load, gzip | + first search |"));
        assert!(t.contains("Transfer: the bytes as served (1 KB = 1000 bytes), brotli and gzip"));
        assert!(t.contains(
            "| our app (default view) | 150.2 KB | 179.7 KB | 0 | 180 ms | 1130 ms | 530 ms | 1985 ms | 5.5 ms | 16.2 ms |\n"
        ));
        assert!(t.contains("| static floor (no search) | 10.0 KB | 11.5 KB | 0 | 100 ms | 1000 ms | — | — | — | — |\n"));
        assert!(t.contains(
            "| static + Pagefind 1.6 (default UI, sectors as filters) | not measured: pagefind: cannot install |"
        ));
        b["peers"]["pagefind"] = json!({"page": "peer-pagefind.html"});
        let t = side_by_side(&b);
        assert!(t.contains("| static + Pagefind 1.6 (default UI, sectors as filters) | 40.0 KB | 44.7 KB | brotli 25.0 KB, gzip 26.0 KB (3 requests) | 188 ms | — | 659 ms |"));
        assert!(!t.contains("`?q=taiwan` link"), "a variant not measured is left out");
        b["profiles"]["none"]["pagefind"]["transfer"]["requestsAfterSearch"] = json!(1);
        assert!(side_by_side(&b).contains("| brotli 25.0 KB, gzip 26.0 KB (1 request) |"));
        assert!(!t.contains("not answered"));
        b["queryScript"]["slow"]["pagefind"] = json!({"median": 330.0, "timedOut": 2});
        assert!(side_by_side(&b).contains(
            "static + Pagefind 1.6 (default UI, sectors as filters), slow phone: 2 keystrokes were not answered within 5 s"
        ));
    }

    #[test]
    fn the_budgets_compare_with_the_floor_and_the_minisearch_page_on_the_slow_phone() {
        let mut b = measured();
        b["profiles"]["slow"]["app"]["answer"] = s(1985.0);
        b["profiles"]["slow"]["minisearch"]["answer"] = s(1169.0);
        let got = budgets(&b);
        assert_eq!(got.len(), 4, "reader time only: no budget of bytes");
        assert_eq!(
            got[0],
            Budget::must(
                "first cards, slow phone ≤ 1.2× the static floor's",
                "1.13× (1130 ms against 1000 ms)".into(),
                Some(true)
            )
        );
        assert_eq!(
            got[1],
            Budget::must(
                "interactive (first answer), slow phone ≤ 2× the MiniSearch page's",
                "1.70× (1985 ms against 1169 ms)".into(),
                Some(true)
            )
        );
        assert_eq!(
            got[2],
            Budget::goal(
                "interactive (first answer), slow phone ≤ 1.5× the MiniSearch page's (goal)",
                "1.70× (1985 ms against 1169 ms)".into(),
                Some(false)
            ),
            "the goal not met, the must still passes"
        );
        assert!(got[2].goal && !got[1].goal);
        assert_eq!(
            got[3],
            Budget::must(
                "keystroke→result, slow phone ≤ the MiniSearch page's",
                "16.2 vs 70.9 ms".into(),
                Some(true)
            )
        );
        b["profiles"]["slow"]["app"]["answer"] = s(1700.0);
        assert_eq!(budgets(&b)[2].ok, Some(true), "1.45×: the goal met");
        b["profiles"]["slow"]["app"]["answer"] = s(2400.0);
        b["queryScript"]["slow"]["app"] = s(80.0);
        let got = budgets(&b);
        assert_eq!(got[1].ok, Some(false), "2.05× the MiniSearch page's");
        assert_eq!(got[2].ok, Some(false));
        assert_eq!(got[3].ok, Some(false));
        b["profiles"]["slow"]["minisearch"] = Value::Null;
        let got = budgets(&b);
        assert_eq!(
            (got[1].ok, got[2].ok),
            (None, None),
            "no MiniSearch page: not measured, neither pass nor fail"
        );
    }

    #[test]
    fn quality_lists_each_variants_cards_per_query() {
        let b = json!({"quality": {
            "healthcare": {"app": ["a"], "minisearch": ["a"], "pagefind": ["a", "b"]},
            "smart term": {"app": ["c"], "minisearch": [], "pagefind": []},
        }});
        let t = quality(&b);
        assert!(t.contains("| query | ours | MiniSearch | Pagefind |\n| --- | --- | --- | --- |\n"));
        assert!(t.contains("| healthcare | a | a | a, b |\n"));
        assert!(t.contains("| smart term | c | none | none |\n"));
        assert_eq!(quality(&json!({})), "");
    }

    #[test]
    fn the_first_visit_says_what_the_worker_fetched_and_when_it_started() {
        let b = json!({"firstVisit": {
            "active": true, "requests": 12, "fromNetwork": 8, "brotli": 150_012, "gzip": 186_756,
            "page": {"requests": 5, "fromNetwork": 5, "brotli": 144_100, "gzip": 179_825, "files": ["app.wasm", "index.html"]},
            "worker": {"requests": 7, "fromNetwork": 3, "brotli": 5_912, "gzip": 6_931, "files": ["app.wasm", "index.html", "sw.js"]},
            "registeredAfterInteractiveMs": 420.1,
        }});
        let t = first_visit(&b);
        assert!(t.contains("In all brotli 150.0 KB, gzip 186.8 KB (what the network sent, as served"));
        assert!(t.contains(
            "- The page: 5 requests (app.wasm, index.html), 5 of them from the network: brotli 144.1 KB, gzip 179.8 KB.\n"
        ));
        assert!(t.contains(
            "- The worker: 7 requests (app.wasm, index.html, sw.js), 3 of them from the network: brotli 5.9 KB, gzip 6.9 KB.\n"
        ));
        assert!(t.contains("registered 420 ms after the app became interactive and became active."));
        let mut early = b.clone();
        early["firstVisit"]["registeredAfterInteractiveMs"] = json!(-98.8);
        assert!(first_visit(&early).contains("registered 99 ms BEFORE the app became interactive"));
        assert_eq!(first_visit(&json!({})), "");
    }
}
