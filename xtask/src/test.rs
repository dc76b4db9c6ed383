//! `cargo xtask test`: every check, in order, stopping at the first failure with the name of
//! the step; then one summary line, `N passed, N failed, N skipped`, over all tests.
//!
//! 1. `cargo fmt --check`, clippy `-D warnings` on the native and the wasm32 target;
//! 2. native unit and property tests (`cargo test`);
//! 3. browser tests (`wasm-bindgen-test`) in headless Chromium;
//! 4. end-to-end tests (Playwright, Debian Chromium) against the release build served by a
//!    plain static file server under the sub-path `/explorer/`.

use crate::cmd;
use crate::dist;
use crate::tools::{self, Tools, CHROMEDRIVER, WASM_TARGET};
use anyhow::{anyhow, bail, Context, Result};
use std::process::Command;

/// The sub-path the end-to-end tests serve the release build under.
pub const E2E_PUBLIC_URL: &str = "/explorer/";
/// Where the end-to-end site says it is served (`--site-url`): another origin than the test
/// server's, so that a test can tell an absolute link the build wrote from one the browser made.
pub const E2E_SITE_URL: &str = "https://cqtw.example/explorer/";
/// Where the end-to-end site says corrections go (`--corrections-url`).
pub const E2E_CORRECTIONS_URL: &str = "https://cqtw.example/issues/new";

#[derive(Default, Clone, Copy, Debug, PartialEq, Eq)]
struct Counts {
    passed: u64,
    failed: u64,
    skipped: u64,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.passed += o.passed;
        self.failed += o.failed;
        self.skipped += o.skipped;
    }
}

/// Sums the `test result:` lines that libtest and wasm-bindgen-test print.
fn parse_libtest(output: &str) -> Counts {
    let mut c = Counts::default();
    for line in output.lines().filter(|l| l.trim_start().starts_with("test result:")) {
        let number_before = |word: &str| -> u64 {
            line.split([';', '.'])
                .map(str::trim)
                .find_map(|part| part.strip_suffix(word).and_then(|n| n.trim().parse().ok()))
                .unwrap_or(0)
        };
        c.passed += number_before("passed");
        c.failed += number_before("failed");
        c.skipped += number_before("ignored");
    }
    c
}

/// Counts from Playwright's JSON report.
fn parse_playwright(report: &str) -> Result<Counts> {
    let v: serde_json::Value = serde_json::from_str(report).context("cannot parse the Playwright JSON report")?;
    let stat = |k: &str| v["stats"][k].as_u64().unwrap_or(0);
    Ok(Counts {
        passed: stat("expected") + stat("flaky"),
        failed: stat("unexpected"),
        skipped: stat("skipped"),
    })
}

struct Run {
    total: Counts,
}

impl Run {
    /// Runs one step; it adds what it counted to the total, even when it fails.
    fn step(&mut self, name: &str, f: impl FnOnce(&mut Counts) -> Result<()>) -> Result<()> {
        eprintln!("\n==> step: {name}");
        let result = f(&mut self.total);
        result.map_err(|e| {
            self.summary();
            anyhow!("step `{name}` failed: {e:#}")
        })
    }

    fn summary(&self) {
        let t = self.total;
        println!("{} passed, {} failed, {} skipped", t.passed, t.failed, t.skipped);
    }
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(crate::project_root());
    c
}

/// Runs a test command whose output has libtest result lines, adding them to `total`.
fn libtest(cmd: &mut Command, total: &mut Counts) -> Result<()> {
    let (out, ok) = cmd::run_tee(cmd)?;
    let counts = parse_libtest(&out);
    *total += counts;
    if !ok || counts.failed > 0 {
        return Err(anyhow!("{} test(s) failed", counts.failed.max(1)));
    }
    if counts.passed == 0 {
        return Err(anyhow!("no test ran"));
    }
    Ok(())
}

pub fn run() -> Result<()> {
    let tools = Tools::ensure_all()?;
    let mut run = Run {
        total: Counts::default(),
    };
    // Every cargo command runs `--locked`: the build uses exactly `Cargo.lock`, and a
    // manifest change that would rewrite it fails here instead.
    let clippy_native = [
        "clippy",
        "--locked",
        "--workspace",
        "--all-targets",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ];
    let clippy_wasm = [
        "clippy",
        "--locked",
        "-p",
        "cqtw-explorer",
        "--all-targets",
        "--all-features",
        "--target",
        WASM_TARGET,
        "--",
        "-D",
        "warnings",
    ];
    let web = [
        "test",
        "--locked",
        "-p",
        "cqtw-explorer",
        "--target",
        WASM_TARGET,
        "--test",
        "web",
    ];
    run.step("format (cargo fmt --check)", |_| {
        cmd::run(cargo().args(["fmt", "--all", "--check"]))
    })?;
    run.step("clippy (native)", |_| cmd::run(cargo().args(clippy_native)))?;
    run.step("clippy (wasm32)", |_| cmd::run(cargo().args(clippy_wasm)))?;
    run.step("native tests (cargo test)", |total| {
        libtest(cargo().args(["test", "--locked", "--workspace"]), total)
    })?;
    run.step("browser tests (wasm-bindgen-test, headless Chromium)", |total| {
        let mut cmd = cargo();
        cmd.args(web)
            .env("PATH", tools.path())
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
        libtest(&mut cmd, total)
    })?;
    run.step(
        "end-to-end tests (Playwright, release build under /explorer/)",
        |total| e2e(&tools, total),
    )?;
    run.summary();
    Ok(())
}

fn e2e(tools: &Tools, total: &mut Counts) -> Result<()> {
    let root = crate::project_root();
    let site = root.join("target").join("e2e-site");
    let out = site.join(E2E_PUBLIC_URL.trim_matches('/'));
    let _ = std::fs::remove_dir_all(&site);
    dist::build(
        tools,
        dist::Profile::Release,
        E2E_PUBLIC_URL,
        &out,
        &[],
        dist::Site {
            url: Some(E2E_SITE_URL),
            corrections: Some(E2E_CORRECTIONS_URL),
        },
    )?;
    // A debug build beside it, for the tests of debug-only hooks (the forced panic).
    let debug_url = format!("{}-debug/", E2E_PUBLIC_URL.trim_end_matches('/'));
    dist::build(
        tools,
        dist::Profile::Debug,
        &debug_url,
        &site.join(debug_url.trim_matches('/')),
        &[],
        dist::Site::default(),
    )?;
    let e2e = root.join("e2e");
    let report = root.join("target").join("e2e-report.json");
    let _ = std::fs::remove_file(&report);
    // The local Playwright, by its path: never `npx`, which would fetch one from the registry
    // if it were missing.
    let playwright = e2e.join("node_modules").join(".bin").join("playwright");
    if !playwright.is_file() {
        bail!(
            "{} is missing: run `cd e2e && npm ci --ignore-scripts`",
            playwright.display()
        );
    }
    let npx_ok = cmd::run(
        Command::new(&playwright)
            .arg("test")
            .current_dir(&e2e)
            .env("E2E_SITE_ROOT", &site)
            .env("E2E_PUBLIC_URL", E2E_PUBLIC_URL)
            .env("E2E_SITE_URL", E2E_SITE_URL)
            .env("E2E_CORRECTIONS_URL", E2E_CORRECTIONS_URL)
            .env("E2E_JSON_REPORT", &report)
            .env("CHROMIUM", tools::CHROMIUM),
    );
    let counts = std::fs::read_to_string(&report)
        .map_err(anyhow::Error::from)
        .and_then(|r| parse_playwright(&r))
        .context("Playwright wrote no report")?;
    *total += counts;
    npx_ok?;
    if counts.failed > 0 {
        return Err(anyhow!("{} end-to-end test(s) failed", counts.failed));
    }
    if counts.passed == 0 {
        return Err(anyhow!("no end-to-end test ran"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_libtest_result_lines() {
        let out = "test result: ok. 44 passed; 0 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.2s\n\
                   noise\n   test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured\n";
        assert_eq!(
            parse_libtest(out),
            Counts {
                passed: 47,
                failed: 1,
                skipped: 2
            }
        );
    }

    #[test]
    fn reads_playwright_stats() {
        let r = r#"{"stats":{"expected":10,"unexpected":1,"flaky":2,"skipped":3}}"#;
        assert_eq!(
            parse_playwright(r).unwrap_or_default(),
            Counts {
                passed: 12,
                failed: 1,
                skipped: 3
            }
        );
    }
}
