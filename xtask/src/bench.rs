//! `cargo xtask bench`: size and speed against budgets. Builds the release site and a bench
//! variant (cargo feature `bench`), measures in headless Chromium on localhost
//! (`e2e/bench/run.mjs`), runs the criterion growth benches of the native search core, then
//! prints one table and writes `target/bench/report.md` and `report.json`. Budgets print PASS
//! or FAIL, and every budget is a time a reader waits: bytes are reported as served (brotli and
//! gzip, the files the build precompressed) and decide nothing. Nothing here is asserted by
//! `cargo xtask test`. Sizes are decimal: 1 KB is 1000 bytes and 1 MB 1,000,000.

use crate::cmd;
use crate::dist::{self, Profile, Site};
use crate::serve::StaticServer;
use crate::tools::{self, Tools};
use anyhow::{Context, Result};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

mod limits;
mod peers;

const PORT: u16 = 4175;
const SIZES: [u32; 3] = [1_000, 10_000, 100_000];
/// Bytes in the report's KB: decimal, 1 KB = 1000 bytes, everywhere in the report.
const KB: f64 = 1000.0;

pub fn run() -> Result<()> {
    let tools = Tools::ensure_all()?;
    let root = crate::project_root();
    let site = root.join("target").join("bench-site");
    let _ = std::fs::remove_dir_all(&site);
    let release = site.join("explorer");
    let built = dist::build(&tools, Profile::Release, "/explorer/", &release, &[], Site::default())?;
    let bench = site.join("explorer-bench");
    dist::build(
        &tools,
        Profile::Release,
        "/explorer-bench/",
        &bench,
        &["bench"],
        Site::default(),
    )?;
    copy_libraries(&root.join("e2e").join("node_modules"), &bench.join("lib"))?;

    eprintln!("==> measuring in headless Chromium (about 3 minutes)");
    let server = StaticServer::start(&site, PORT)?;
    let output = Command::new("node")
        .arg("bench/run.mjs")
        .arg(format!("http://127.0.0.1:{PORT}"))
        .arg(&release)
        .current_dir(root.join("e2e"))
        .env("CHROMIUM", tools::CHROMIUM)
        .output()
        .context("cannot run node bench/run.mjs")?;
    drop(server);
    if !output.status.success() {
        anyhow::bail!(
            "browser measurements failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let mut browser: Value = serde_json::from_slice(&output.stdout).context("bench/run.mjs printed no JSON")?;
    browser["build"] = serde_json::json!({
        "pages": built.pages,
        "embeds": built.embeds,
        "pagesMs": built.pages_ms as f64,
        "imagesMs": built.images_ms as f64,
        "totalMs": built.total_ms as f64,
    });

    let mut rounds = Vec::with_capacity(ROUNDS);
    for round in 1..=ROUNDS {
        eprintln!("==> criterion, round {round} of {ROUNDS}: native search core at 1k, 10k, 100k records");
        cmd::run(
            Command::new("cargo")
                .args(["bench", "-p", "cqtw-domain", "--bench", "search"])
                .current_dir(&root),
        )?;
        rounds.push(read_criterion(&root.join("target").join("criterion").join("search"))?);
    }
    let growth = growth(&rounds);
    let counted = count_instructions(&root)?;

    let (table, report) = render(&browser, &growth, &counted);
    let out = root.join("target").join("bench");
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("report.md"), &table)?;
    std::fs::write(out.join("report.json"), serde_json::to_string_pretty(&report)?)?;
    println!("{table}");
    println!("written: {} and report.json", out.join("report.md").display());
    Ok(())
}

/// MiniSearch and Fuse.js, served beside the bench build so the page can import them.
fn copy_libraries(node_modules: &Path, lib: &Path) -> Result<()> {
    std::fs::create_dir_all(lib)?;
    for (from, to) in [
        ("minisearch/dist/es/index.js", "minisearch.js"),
        ("fuse.js/dist/fuse.mjs", "fuse.mjs"),
    ] {
        std::fs::copy(node_modules.join(from), lib.join(to)).with_context(|| format!("cannot copy {from}"))?;
    }
    Ok(())
}

/// Rounds of the criterion benches. The sizes run one after another, so a burst of load
/// on this shared machine during one size skews the ratio between sizes; each round gives
/// one ratio, and the report takes the median of the rounds' ratios.
const ROUNDS: usize = 5;

/// One size of the growth table: the median time of the rounds, and its growth from the
/// size before (the median of the rounds' own ratios, and each of them).
#[derive(Debug, PartialEq)]
struct Growth {
    records: u32,
    median_ns: f64,
    factor: Option<f64>,
    rounds: Vec<f64>,
}

/// The growth table from rounds of `(records, median ns)` at the same sizes, in order.
fn growth(rounds: &[Vec<(u32, f64)>]) -> Vec<Growth> {
    let sizes = rounds.first().map_or(0, Vec::len);
    (0..sizes)
        .map(|i| {
            let at = |r: &Vec<(u32, f64)>, i: usize| r.get(i).map_or(f64::NAN, |x| x.1);
            let ratios: Vec<f64> = match i {
                0 => Vec::new(),
                _ => rounds.iter().map(|r| at(r, i) / at(r, i - 1)).collect(),
            };
            Growth {
                records: rounds[0][i].0,
                median_ns: median(rounds.iter().map(|r| at(r, i)).collect()),
                factor: (i > 0).then(|| median(ratios.clone())),
                rounds: ratios,
            }
        })
        .collect()
}

/// The median of `xs` (NaN when empty).
fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    match xs.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => xs[n / 2],
        n => (xs[n / 2 - 1] + xs[n / 2]) / 2.0,
    }
}

/// Median nanoseconds per iteration (the whole query script) at each size.
fn read_criterion(dir: &Path) -> Result<Vec<(u32, f64)>> {
    SIZES
        .iter()
        .map(|&n| {
            let path = dir.join(n.to_string()).join("new").join("estimates.json");
            let v: Value = serde_json::from_str(
                &std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?,
            )?;
            Ok((n, v["median"]["point_estimate"].as_f64().unwrap_or(f64::NAN)))
        })
        .collect()
}

/// Records at which callgrind counts the query script (100k takes about a minute).
const COUNTED: [u32; 2] = [10_000, 100_000];

/// Instructions and data-cache misses of one size, from callgrind: first level, and last
/// level simulated with this machine's L2 (see [`l2_cache`]).
#[derive(Debug, Default, PartialEq)]
struct Counts {
    records: u32,
    instructions: u64,
    d1_misses: u64,
    l2_misses: u64,
}

/// This machine's per-core L2 as callgrind's `--LL=size,ways,line` (from sysfs), so the
/// simulated last level is the cache a growing working set leaves first.
fn l2_cache() -> Option<String> {
    let dir = Path::new("/sys/devices/system/cpu/cpu0/cache/index2");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).ok().map(|s| s.trim().to_owned());
    if read("level")? != "2" {
        return None;
    }
    let size = read("size")?;
    let bytes: u64 = match size.strip_suffix('K') {
        Some(k) => k.parse::<u64>().ok()? * 1024,
        None => size.parse().ok()?,
    };
    Some(format!(
        "{bytes},{},{}",
        read("ways_of_associativity")?,
        read("coherency_line_size")?
    ))
}

/// The profile behind the growth figure: callgrind counts the instructions and simulated
/// cache misses of the query script alone (`run_script` in `benches/search.rs`) at 10k and
/// 100k records. Counts, unlike times, do not depend on the machine's load. Empty when
/// valgrind cannot be installed.
fn count_instructions(root: &Path) -> Result<Vec<Counts>> {
    if let Err(e) = tools::ensure_valgrind() {
        eprintln!("==> skipping the instruction counts: {e}");
        return Ok(Vec::new());
    }
    eprintln!("==> callgrind: instructions and cache misses of the query script at 10k and 100k records");
    let output = Command::new("cargo")
        .args([
            "bench",
            "-p",
            "cqtw-domain",
            "--bench",
            "search",
            "--no-run",
            "--message-format=json",
        ])
        .current_dir(root)
        .output()
        .context("cannot build the search bench")?;
    let exe = bench_executable(&String::from_utf8_lossy(&output.stdout))
        .context("cargo bench --no-run named no bench executable")?;
    let out = root.join("target").join("bench");
    std::fs::create_dir_all(&out)?;
    let l2 = l2_cache();
    COUNTED
        .iter()
        .map(|&records| {
            let file = out.join(format!("callgrind.{records}.out"));
            cmd::run(
                Command::new("valgrind")
                    .args(["--tool=callgrind", "--cache-sim=yes", "--collect-atstart=no"])
                    .args(l2.iter().map(|ll| format!("--LL={ll}")))
                    .arg("--toggle-collect=*run_script*")
                    .arg(format!("--callgrind-out-file={}", file.display()))
                    .arg(&exe)
                    .env("CQTW_GROWTH_PROFILE", records.to_string()),
            )?;
            let text = std::fs::read_to_string(&file)?;
            parse_callgrind(records, &text).with_context(|| format!("no totals in {}", file.display()))
        })
        .collect()
}

/// The bench's executable in `cargo bench --no-run --message-format=json`'s messages: the
/// artifact whose target is a bench. Cargo builds the package's binaries for a bench too
/// (the app's and the exports worker's), and lists them in no fixed order.
fn bench_executable(messages: &str) -> Option<String> {
    messages
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| {
            v["target"]["kind"]
                .as_array()
                .is_some_and(|k| k.iter().any(|k| k == "bench"))
        })
        .find_map(|v| v["executable"].as_str().map(str::to_owned))
}

/// Reads the `events:` and `totals:` lines of a callgrind output file.
fn parse_callgrind(records: u32, text: &str) -> Option<Counts> {
    let line = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .map(str::split_whitespace)
    };
    let events: Vec<&str> = line("events:")?.collect();
    let totals: Vec<u64> = line("totals:")?.map(|n| n.parse().unwrap_or(0)).collect();
    let get = |name: &str| {
        events
            .iter()
            .position(|e| *e == name)
            .and_then(|i| totals.get(i).copied())
    };
    Some(Counts {
        records,
        instructions: get("Ir")?,
        d1_misses: get("D1mr")? + get("D1mw")?,
        l2_misses: get("DLmr")? + get("DLmw")?,
    })
}

/// The app's cold load by phase: medians in ms from navigation start, and the time since
/// the previous phase.
fn phase_table(phases: &Value) -> String {
    const NAMES: [(&str, &str); 8] = [
        ("html", "page received"),
        ("css", "stylesheet received"),
        ("js", "JS loader received"),
        ("wasm", "WASM received"),
        ("app-start", "WASM compiled, app started"),
        ("app-data", "dataset built"),
        ("app-rendered", "first cards in the DOM"),
        ("app-interactive", "app interactive (controls live)"),
    ];
    let mut t = String::from(
        "The app's cold load by phase (medians, in the order they happened; the files download \
         in parallel):\n\n| phase | at | since the previous |\n| --- | ---: | ---: |\n",
    );
    let mut at: Vec<(f64, &str)> = NAMES
        .iter()
        .filter_map(|(key, name)| Some((phases[*key].as_f64()?, *name)))
        .collect();
    at.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut prev = 0.0;
    for (at, name) in at {
        let _ = writeln!(t, "| {name} | {at:.1} ms | {:+.1} ms |", at - prev);
        prev = at;
    }
    t
}

/// Time to interactive (`app-interactive`) of a cold load of the default view beside a link
/// with a query, which the app mounts itself (its prerendered default view is hidden), with
/// the first cards of each. Empty when the browser measured no link.
fn interactive_table(cold: &Value) -> String {
    let (app, linked) = (&cold["app"], &cold["linked"]);
    if !app["interactive"].is_object() || !linked["interactive"].is_object() {
        return String::new();
    }
    let link = format!("{} link", linked["query"].as_str().unwrap_or("?q="));
    let (at_app, at_link) = (f(&app["interactive"]["median"]), f(&linked["interactive"]["median"]));
    let mut t = format!(
        "## Time to interactive (cold load, cache disabled; not budgeted)\n\n\
         Time to interactive (app-interactive), medians: default view {at_app:.1} ms; {link} {at_link:.1} ms \
         ({:+.1} ms).\n\n\
         | view | time to interactive (app-interactive) | first cards in the DOM |\n| --- | --- | --- |\n",
        at_link - at_app
    );
    for (view, v) in [("default view", app), (link.as_str(), linked)] {
        let _ = writeln!(t, "| {view} | {} | {} |", ms(&v["interactive"]), ms(v));
    }
    t
}

/// The shareable pages: what they add to the build, and what a delegation's own page (a
/// shared card link) transfers on its first load beside the default page's (`default`: its
/// bytes as served, `{"brotli", "gzip"}`).
fn shared_pages(b: &Value, default: &Value) -> String {
    let build = &b["build"];
    let page = &b["delegationPage"];
    if !build.is_object() || !page.is_object() {
        return String::new();
    }
    format!(
        "## Shareable pages\n\n\
         | measure | value |\n| --- | --- |\n\
         | pages built (the root, each delegation, each sector, the figures) | {} |\n\
         | embed pages built | {} |\n\
         | time the pages and embeds add to the build | {:.0} ms |\n\
         | time the preview images and the chart add | {:.0} ms |\n\
         | whole site build (trunk, wasm-opt, pages, images) | {:.1} s |\n\
         | first-load transfer of a delegation's page, as served | {} ({} requests) |\n\
         | first-load transfer of the default page, as served | {} |\n",
        build["pages"],
        build["embeds"],
        f(&build["pagesMs"]),
        f(&build["imagesMs"]),
        f(&build["totalMs"]) / 1000.0,
        served(&page["first"]),
        page["requests"],
        served(default),
    )
}

/// `bytes` in the report's unit, decimal KB.
fn kb(bytes: f64) -> String {
    format!("{:.1} KB", bytes / KB)
}

/// Bytes as served in both encodings, from `{"brotli": n, "gzip": n}`: "brotli 1.2 KB, gzip
/// 1.5 KB".
fn served(v: &Value) -> String {
    format!("brotli {}, gzip {}", kb(f(&v["brotli"])), kb(f(&v["gzip"])))
}

/// The WASM file among the first load's files.
fn wasm_file(files: &[Value]) -> Option<&Value> {
    files
        .iter()
        .find(|x| x["file"].as_str().is_some_and(|name| name.ends_with(".wasm")))
}

/// The first load's files, raw and as served in each encoding, with their total, and the WASM
/// file's sizes on a line of their own.
fn size_table(files: &[Value]) -> String {
    let mut t = String::from(
        "Bytes as served, in KB (1 KB = 1000 bytes): brotli and gzip are the `.br` (quality 11) and \
         `.gz` (level 9) files the build writes beside each file, which the bench's server sends as \
         static hosts do. Not a budget: the budgets are times.\n\n\
         | file | raw | brotli | gzip |\n| --- | ---: | ---: | ---: |\n",
    );
    let row = |name: &str, x: [f64; 3]| format!("| {name} | {} | {} | {} |\n", kb(x[0]), kb(x[1]), kb(x[2]));
    let sizes = |x: &Value| [f(&x["raw"]), f(&x["brotli"]), f(&x["gzip"])];
    for x in files {
        let name = x["file"].as_str().unwrap_or("?");
        let tag = if name.ends_with(".wasm") { " (wasm)" } else { "" };
        t.push_str(&row(&format!("{name}{tag}"), sizes(x)));
    }
    let total = files
        .iter()
        .map(sizes)
        .fold([0.0; 3], |a, x| [a[0] + x[0], a[1] + x[1], a[2] + x[2]]);
    t.push_str(&row("**total**", total));
    if let Some(w) = wasm_file(files) {
        let _ = write!(
            t,
            "\nWASM ({}): raw {}, brotli {}, gzip {}.\n",
            w["file"].as_str().unwrap_or("?"),
            kb(f(&w["raw"])),
            kb(f(&w["brotli"])),
            kb(f(&w["gzip"]))
        );
    }
    t
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

/// A budget's verdict: PASS or FAIL for a must, GOAL MET or GOAL NOT MET for a goal (which
/// fails nothing), NOT MEASURED when what it compares with could not be measured.
fn verdict(budget: &peers::Budget) -> &'static str {
    match (budget.ok, budget.goal) {
        (Some(true), false) => "PASS",
        (Some(false), false) => "FAIL",
        (Some(true), true) => "GOAL MET",
        (Some(false), true) => "GOAL NOT MET",
        (None, _) => "NOT MEASURED",
    }
}

fn ms(s: &Value) -> String {
    format!(
        "{:.2} ms (min {:.2}, max {:.2}, n={})",
        f(&s["median"]),
        f(&s["min"]),
        f(&s["max"]),
        s["n"]
    )
}

/// The budgets, every one a time a reader waits, each with its verdict; then the first load's
/// bytes as served, for scale (they decide nothing).
fn budget_table(budgets: &[peers::Budget], first_load: &Value) -> String {
    let mut t = String::from(
        "## Budgets\n\nEvery budget is a time a reader waits; the reader-time budgets against the peers \
         were measured side by side in this run, on the slow phone. A goal is reported as met or not, \
         and fails nothing.\n\n| budget | measured | verdict |\n| --- | --- | --- |\n",
    );
    for x in budgets {
        let _ = writeln!(t, "| {} | {} | {} |", x.name, x.measured, verdict(x));
    }
    let _ = write!(
        t,
        "\nFirst load as served (no budget; 1 KB = 1000 bytes): {}.\n",
        served(first_load)
    );
    t
}

/// The Markdown table and the JSON report.
fn render(b: &Value, growth: &[Growth], counted: &[Counts]) -> (String, Value) {
    let mut t = String::new();
    let _ = writeln!(t, "# Benchmark report\n\n## Transfer size (first load, as served)\n");
    let files = b["transfer"].as_array().cloned().unwrap_or_default();
    let _ = writeln!(t, "{}", size_table(&files));
    let first_load = json!({
        "brotli": files.iter().map(|x| f(&x["brotli"])).sum::<f64>(),
        "gzip": files.iter().map(|x| f(&x["gzip"])).sum::<f64>(),
    });
    let wasm = wasm_file(&files);

    let app = &b["coldLoad"]["app"];
    let floor = &b["coldLoad"]["floor"];
    let ratio = f(&app["median"]) / f(&floor["median"]);
    let _ = writeln!(
        t,
        "## Cold load, no throttling (navigation start → first cards in the DOM, cache disabled; every page's loads take turns, after one uncounted load of each)\n"
    );
    let _ = writeln!(t, "| page | time |\n| --- | --- |\n| app | {} |\n| floor (static HTML, same cards and CSS, no WASM) | {} |\n| ratio | {ratio:.2}× |", ms(app), ms(floor));
    if app["interactive"].is_object() {
        let live = f(&app["interactive"]["median"]) / f(&floor["median"]);
        let _ = writeln!(
            t,
            "| app interactive (WASM started, controls live; not budgeted) | {} |\n| ratio | {live:.2}× |",
            ms(&app["interactive"])
        );
    }
    let _ = writeln!(t);
    let _ = writeln!(t, "{}", phase_table(&app["phases"]));
    let tti = interactive_table(&b["coldLoad"]);
    if !tti.is_empty() {
        let _ = writeln!(t, "{tti}");
    }
    for section in [
        shared_pages(b, &first_load),
        peers::side_by_side(b),
        limits::section(b),
        peers::quality(b),
        peers::first_visit(b),
    ] {
        if !section.is_empty() {
            let _ = writeln!(t, "{section}");
        }
    }

    let _ = writeln!(
        t,
        "## Keystroke latency (input event → DOM updated, style and layout done)\n"
    );
    let _ = writeln!(
        t,
        "| delegations | ready to paint | including the wait for the next frame |\n| ---: | --- | --- |"
    );
    for size in ["3", "1000", "10000"] {
        let k = &b["keystrokes"][size];
        let _ = writeln!(t, "| {size} | {} | {} |", ms(&k["ready"]), ms(&k["nextFrame"]));
    }
    let s = &b["search"];
    let (ours, mini, fuse) = (
        f(&s["ours"]["median"]),
        f(&s["minisearch"]["median"]),
        f(&s["fuse"]["median"]),
    );
    let _ = writeln!(
        t,
        "\n## Search core at 10,000 delegations ({} queries, the same corpus, in the same page)\n",
        s["queries"]
    );
    let _ = writeln!(t, "| engine | per query | ratio to ours |\n| --- | --- | ---: |");
    let _ = writeln!(t, "| ours (Rust/WASM) | {} | 1.00 |", ms(&s["ours"]));
    let _ = writeln!(
        t,
        "| MiniSearch 7.2 (prefix, fuzzy 0.2, AND) | {} | {:.2} |",
        ms(&s["minisearch"]),
        mini / ours
    );
    let _ = writeln!(
        t,
        "| Fuse.js 7 (threshold 0.3) | {} | {:.2} |",
        ms(&s["fuse"]),
        fuse / ours
    );
    let agreement = f(&s["agreement"]);
    let sets = f(&s["sets"]);
    let _ = writeln!(
        t,
        "\nAgreement with MiniSearch: top 10 {:.0}% (mean overlap of the first ten ids); whole result sets {:.0}% (mean Jaccard). \
         Rankings differ by design (field weights against BM25), so the top-10 overlap is lower than the set overlap.\n",
        agreement * 100.0,
        sets * 100.0
    );

    let cards = &b["searchCards"];
    let _ = writeln!(
        t,
        "Agreement with MiniSearch on the card corpus (the dataset's {} delegations, {} queries): top 10 {:.0}%; whole result sets {:.0}%.\n",
        cards["size"],
        cards["queries"],
        f(&cards["agreement"]) * 100.0,
        f(&cards["sets"]) * 100.0
    );

    let mem = &b["memory"];
    let _ = writeln!(
        t,
        "## Memory at 10,000 delegations\n\nWASM linear memory {:.1} MB; JS heap {:.1} MB. The search index, measured in the WASM \
         (its buffers' capacities): the cards' {:.2} MB, the rest of the page's (figures, context notes, sentences) {:.1} KB \
         (1 MB = 1,000,000 bytes, 1 KB = 1000 bytes).\n",
        f(&mem["wasm"]) / 1e6,
        f(&mem["jsHeap"]) / 1e6,
        f(&mem["index"]) / 1e6,
        f(&mem["scopeIndex"]) / 1e3
    );

    let _ = writeln!(
        t,
        "## Growth of the native search core (criterion, whole query script, {ROUNDS} rounds)\n\n\
         | records | median | growth (median of the rounds) | each round |\n| ---: | ---: | ---: | --- |"
    );
    for g in growth {
        let factor = g.factor.map(|x| format!("{x:.1}×")).unwrap_or_default();
        let each: Vec<String> = g.rounds.iter().map(|x| format!("{x:.1}×")).collect();
        let _ = writeln!(
            t,
            "| {} | {:.2} ms | {factor} | {} |",
            g.records,
            g.median_ns / 1e6,
            each.join(", ")
        );
    }
    let grew = |a: u64, b: u64| b as f64 / a as f64;
    if let [small, large] = counted {
        let _ = writeln!(
            t,
            "\nCounted by callgrind (the query script alone, three runs; counts do not depend on the machine's load; \
             the last level simulated as this machine's L2):\n\n\
             | records | instructions | L1 data misses | L2 data misses |\n| ---: | ---: | ---: | ---: |\n\
             | {} | {} | {} | {} |\n| {} | {} ({:.2}×) | {} ({:.2}×) | {} ({:.1}×) |\n",
            small.records,
            small.instructions,
            small.d1_misses,
            small.l2_misses,
            large.records,
            large.instructions,
            grew(small.instructions, large.instructions),
            large.d1_misses,
            grew(small.d1_misses, large.d1_misses),
            large.l2_misses,
            grew(small.l2_misses, large.l2_misses),
        );
    }
    let growth_10k_100k = growth
        .iter()
        .find(|g| g.records == 100_000)
        .and_then(|g| g.factor)
        .unwrap_or(f64::NAN);

    let k10 = f(&b["keystrokes"]["10000"]["ready"]["median"]);
    let mut budgets = peers::budgets(b);
    budgets.extend([
        peers::Budget::must(
            "keystroke-to-paint ≤ 16 ms at 10,000",
            format!("{k10:.2} ms"),
            Some(k10 <= 16.0),
        ),
        peers::Budget::must(
            "search core ≤ MiniSearch per query",
            format!("{ours:.3} vs {mini:.3} ms"),
            Some(ours <= mini),
        ),
        // Linear growth is 10× for 10× the records; allow 10% for measurement noise.
        peers::Budget::must(
            "search grows no worse than linearly 10k → 100k",
            match counted {
                [small, large] => format!(
                    "{growth_10k_100k:.1}× for 10× (instructions {:.2}×, L2 data misses {:.1}×)",
                    grew(small.instructions, large.instructions),
                    grew(small.l2_misses, large.l2_misses)
                ),
                _ => format!("{growth_10k_100k:.1}× for 10×"),
            },
            Some(growth_10k_100k <= 11.0),
        ),
    ]);
    let _ = writeln!(t, "\n{}", budget_table(&budgets, &first_load));
    let report = json!({
        "browser": b,
        "first_load": first_load,
        "wasm_raw": wasm.and_then(|w| w["raw"].as_u64()),
        "wasm_brotli": wasm.and_then(|w| w["brotli"].as_u64()),
        "wasm_gzip": wasm.and_then(|w| w["gzip"].as_u64()),
        "time_to_interactive_ms": {
            "default": b["coldLoad"]["app"]["interactive"]["median"],
            "linked": b["coldLoad"]["linked"]["interactive"]["median"],
            "linked_query": b["coldLoad"]["linked"]["query"],
        },
        "growth": growth.iter().map(|g| json!({"records": g.records, "median_ns": g.median_ns, "factor": g.factor, "rounds": g.rounds})).collect::<Vec<_>>(),
        "callgrind": counted.iter().map(|c| json!({"records": c.records, "instructions": c.instructions, "d1_misses": c.d1_misses, "l2_misses": c.l2_misses})).collect::<Vec<_>>(),
        "budgets": budgets.iter().map(|x| json!({
            "budget": x.name,
            "kind": if x.goal { "goal" } else { "must" },
            "measured": x.measured,
            "verdict": verdict(x),
        })).collect::<Vec<_>>(),
    });
    (t, report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_print_in_load_order_with_the_gaps_between_them() {
        let t = phase_table(&json!({"wasm": 80.0, "html": 6.0, "app-rendered": 130.5, "app-start": 101.0}));
        let prerendered =
            phase_table(&json!({"wasm": 80.0, "html": 6.0, "app-rendered": 40.0, "app-interactive": 101.0}));
        let order: Vec<&str> = prerendered.lines().filter_map(|l| l.split(" | ").next()).collect();
        assert_eq!(
            &order[order.len() - 4..],
            [
                "| page received",
                "| first cards in the DOM",
                "| WASM received",
                "| app interactive (controls live)"
            ]
        );
        let rows: Vec<&str> = t.lines().skip_while(|l| !l.starts_with("| ---")).skip(1).collect();
        assert_eq!(
            rows,
            [
                "| page received | 6.0 ms | +6.0 ms |",
                "| WASM received | 80.0 ms | +74.0 ms |",
                "| WASM compiled, app started | 101.0 ms | +21.0 ms |",
                "| first cards in the DOM | 130.5 ms | +29.5 ms |",
            ]
        );
    }

    #[test]
    fn the_shareable_pages_report_their_build_time_and_a_delegation_page_s_transfer() {
        let b = json!({
            "build": {"pages": 13, "embeds": 4, "pagesMs": 90.0, "imagesMs": 620.0, "totalMs": 95_000.0},
            "delegationPage": {"first": {"brotli": 150_400.0, "gzip": 178_900.0}, "requests": 6},
        });
        let t = shared_pages(&b, &json!({"brotli": 150_049.0, "gzip": 178_458.0}));
        assert!(t.lines().skip(2).all(|l| l.starts_with('|')), "a Markdown table: {t}");
        assert!(
            t.contains("| pages built (the root, each delegation, each sector, the figures) | 13 |"),
            "{t}"
        );
        assert!(
            t.contains("| time the preview images and the chart add | 620 ms |"),
            "{t}"
        );
        assert!(
            t.contains("| whole site build (trunk, wasm-opt, pages, images) | 95.0 s |"),
            "{t}"
        );
        assert!(
            t.contains(
                "| first-load transfer of a delegation's page, as served | brotli 150.4 KB, gzip 178.9 KB (6 requests) |"
            ),
            "{t}"
        );
        assert!(
            t.contains("| first-load transfer of the default page, as served | brotli 150.0 KB, gzip 178.5 KB |"),
            "{t}"
        );
        assert_eq!(shared_pages(&json!({}), &json!({})), "", "nothing without the measures");
    }

    #[test]
    fn sizes_are_decimal_kb_with_the_wasm_on_a_line_of_its_own() {
        assert_eq!(kb(1000.0), "1.0 KB");
        assert_eq!(kb(180_000.0), "180.0 KB");
        assert_eq!(kb(1024.0), "1.0 KB");
        assert_eq!(kb(1550.0), "1.6 KB");
        let files = [
            json!({"file": "index.html", "raw": 20_000, "gzip": 5_000, "brotli": 4_000}),
            json!({"file": "cqtw_explorer_bg.wasm", "raw": 300_000, "gzip": 120_500, "brotli": 100_000}),
        ];
        assert_eq!(wasm_file(&files).and_then(|w| w["gzip"].as_u64()), Some(120_500));
        assert_eq!(wasm_file(&files[..1]), None);
        let t = size_table(&files);
        assert!(t.starts_with("Bytes as served, in KB (1 KB = 1000 bytes): brotli and gzip are the `.br`"));
        assert!(t.contains("| file | raw | brotli | gzip |\n"));
        assert!(t.contains("| cqtw_explorer_bg.wasm (wasm) | 300.0 KB | 100.0 KB | 120.5 KB |\n"));
        assert!(t.contains("| **total** | 320.0 KB | 104.0 KB | 125.5 KB |\n"));
        assert!(t.ends_with("\nWASM (cqtw_explorer_bg.wasm): raw 300.0 KB, brotli 100.0 KB, gzip 120.5 KB.\n"));
    }

    #[test]
    fn the_budgets_are_reader_times_and_a_goal_fails_nothing() {
        let budgets = [
            peers::Budget::must("first cards", "1.10×".into(), Some(true)),
            peers::Budget::must("interactive ≤ 2×", "1.60×".into(), Some(true)),
            peers::Budget::goal("interactive ≤ 1.5× (goal)", "1.60×".into(), Some(false)),
            peers::Budget::must("keystroke", "12 vs 40 ms".into(), Some(false)),
            peers::Budget::goal("a goal with no peer", "—".into(), None),
        ];
        let t = budget_table(&budgets, &json!({"brotli": 150_210.0, "gzip": 179_854.0}));
        assert!(t.contains("| first cards | 1.10× | PASS |\n"));
        assert!(t.contains("| interactive ≤ 1.5× (goal) | 1.60× | GOAL NOT MET |\n"));
        assert!(t.contains("| keystroke | 12 vs 40 ms | FAIL |\n"));
        assert!(t.contains("| a goal with no peer | — | NOT MEASURED |\n"));
        assert!(t.ends_with("First load as served (no budget; 1 KB = 1000 bytes): brotli 150.2 KB, gzip 179.9 KB.\n"));
        assert!(
            !t.contains("ceiling") && !t.contains("≤ 180"),
            "no budget of bytes: {t}"
        );
        assert_eq!(
            verdict(&peers::Budget::goal("g", String::new(), Some(true))),
            "GOAL MET"
        );
    }

    #[test]
    fn time_to_interactive_puts_the_default_view_beside_the_link() {
        let s = |median: f64| json!({"median": median, "min": median - 1.0, "max": median + 1.0, "n": 15});
        let mut app = s(120.0);
        app["interactive"] = s(200.0);
        let mut linked = s(230.0);
        linked["interactive"] = s(231.5);
        linked["query"] = json!("?q=taiwan");
        let t = interactive_table(&json!({"app": app, "linked": linked}));
        assert!(t.contains(
            "Time to interactive (app-interactive), medians: default view 200.0 ms; ?q=taiwan link 231.5 ms (+31.5 ms)."
        ));
        assert!(t.contains("| default view | 200.00 ms (min 199.00, max 201.00, n=15) | 120.00 ms"));
        assert!(t.contains("| ?q=taiwan link | 231.50 ms (min 230.50, max 232.50, n=15) | 230.00 ms"));
        assert_eq!(interactive_table(&json!({"app": app})), "");
    }

    #[test]
    fn growth_is_the_median_of_each_rounds_own_ratio() {
        // Round 2's 10k run was slowed by load: its own ratio is low, the median ignores it.
        let rounds = vec![
            vec![(1_000, 1.0), (10_000, 10.0), (100_000, 100.0)],
            vec![(1_000, 1.0), (10_000, 14.0), (100_000, 98.0)],
            vec![(1_000, 1.1), (10_000, 10.5), (100_000, 108.0)],
        ];
        let g = growth(&rounds);
        assert_eq!(
            g.iter().map(|g| g.records).collect::<Vec<_>>(),
            [1_000, 10_000, 100_000]
        );
        assert_eq!(g[0].factor, None);
        assert_eq!(g[1].median_ns, 10.5);
        assert_eq!(g[2].rounds, [10.0, 7.0, 108.0 / 10.5]);
        assert_eq!(g[2].factor, Some(10.0));
        assert_eq!(median(vec![3.0, 1.0]), 2.0);
        assert!(median(Vec::new()).is_nan());
        assert!(growth(&[]).is_empty());
    }

    #[test]
    fn the_instructions_are_counted_in_the_bench_not_in_a_binary_built_beside_it() {
        let messages = [
            r#"{"reason":"compiler-artifact","target":{"kind":["bin"],"name":"cqtw-explorer"},"executable":"/t/release/cqtw-explorer"}"#,
            r#"{"reason":"compiler-artifact","target":{"kind":["lib"],"name":"cqtw_explorer"},"executable":null}"#,
            r#"{"reason":"compiler-artifact","target":{"kind":["bench"],"name":"search"},"executable":"/t/release/deps/search-1"}"#,
            r#"{"reason":"build-finished","success":true}"#,
        ]
        .join("\n");
        assert_eq!(bench_executable(&messages).as_deref(), Some("/t/release/deps/search-1"));
        assert_eq!(bench_executable(&messages.replace("\"bench\"", "\"bin\"")), None);
    }

    #[test]
    fn reads_callgrind_totals_by_event_name() {
        let text = "version: 1\nevents: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw\nfn=(1) x\n1 2 3\n\
                    summary: 9 9 9 9 9 9 9 9 9\ntotals: 199191017 40000600 42645400 65 1424260 902376 49 0 2188\n";
        assert_eq!(
            parse_callgrind(10_000, text),
            Some(Counts {
                records: 10_000,
                instructions: 199_191_017,
                d1_misses: 1_424_260 + 902_376,
                l2_misses: 2188
            })
        );
        assert_eq!(parse_callgrind(1, "events: Ir\n"), None);
    }
}
