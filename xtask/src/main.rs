//! `cargo xtask`: the one place that knows how to provision tools, build, serve, test,
//! bench and audit the Chongqing–Taiwan Week Explorer.
//!
//! Modules: [`tools`] installs pinned tools into a version-keyed cache outside the repo;
//! [`cmd`] runs commands; [`dist`] makes the release site; [`serve`], [`test`], [`bench`]
//! and [`audit`] are the tasks of the same names.

mod audit;
mod bench;
mod chart;
mod cmd;
mod dist;
mod html;
mod imports;
mod pages;
mod preview;
mod serve;
mod streams;
mod test;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  serve                        install what is missing, then serve with live reload at http://127.0.0.1:8080
  test                         install what is missing, then fmt, clippy, native, browser and end-to-end tests
  dist [--public-url /path/]   release build into dist/ (wasm-opt -Oz, hashed names, SRI, CSP)
  bench                        size and speed benchmarks; writes target/bench/report.{md,json}
  audit                        Lighthouse scores of the release build; writes target/lighthouse/
  tools                        only install the pinned tools";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(),
        Some("test") => test::run(),
        Some("dist") => dist::run_cli(&args[1..]),
        Some("bench") => bench::run(),
        Some("audit") => audit::run(),
        Some("tools") => tools::Tools::ensure_all().map(|_| ()),
        Some("-h" | "--help" | "help") | None => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(anyhow::anyhow!("unknown task `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of `xtask/`).
pub fn project_root() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    dir.parent().unwrap_or(dir).to_path_buf()
}
