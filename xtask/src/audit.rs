//! `cargo xtask audit`: Lighthouse (npm `lighthouse`, pinned by `xtask/npm/audit/`, Debian Chromium) on the release
//! build served under `/explorer/`; writes the reports under `target/lighthouse/` and prints
//! the four category scores.

use crate::cmd;
use crate::dist::{self, Profile};
use crate::tools::{self, Tools};
use anyhow::{bail, Context, Result};
use std::process::Command;

/// The version `xtask/npm/audit/package.json` pins, for the report.
const LIGHTHOUSE_VERSION: &str = "12.2.3";
const PORT: u16 = 4174;

pub fn run() -> Result<()> {
    let tools = Tools::ensure_build()?;
    tools::ensure_chromium()?;
    let lighthouse = tools::ensure_npm_tools(tools::AUDIT_NPM)?.join("lighthouse");
    let root = crate::project_root();
    let site = root.join("target").join("audit-site");
    let _ = std::fs::remove_dir_all(&site);
    dist::build(
        &tools,
        Profile::Release,
        "/explorer/",
        &site.join("explorer"),
        &[],
        dist::Site::default(),
    )?;
    let server = crate::serve::StaticServer::start(&site, PORT)?;
    let out_dir = root.join("target").join("lighthouse");
    std::fs::create_dir_all(&out_dir)?;
    let url = format!("http://127.0.0.1:{PORT}/explorer/");
    let result = cmd::run(
        Command::new(&lighthouse)
            .arg(&url)
            .args(["--output=json", "--output=html", "--quiet"])
            .arg(format!("--output-path={}", out_dir.join("report").display()))
            .arg("--only-categories=performance,accessibility,best-practices,seo")
            .arg(
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking \
                 --disable-component-update --disable-sync --no-first-run",
            )
            .env("CHROME_PATH", tools::CHROMIUM),
    );
    drop(server);
    result?;
    let report = std::fs::read_to_string(out_dir.join("report.report.json")).context("Lighthouse wrote no report")?;
    let v: serde_json::Value = serde_json::from_str(&report)?;
    println!("Lighthouse {LIGHTHOUSE_VERSION} on {url}");
    let mut all = true;
    for key in ["performance", "accessibility", "best-practices", "seo"] {
        let cat = &v["categories"][key];
        let Some(score) = cat["score"].as_f64() else {
            bail!("no {key} score in the report")
        };
        let score = (score * 100.0).round();
        all &= score >= 100.0;
        println!("  {:<16} {score:>3}", cat["title"].as_str().unwrap_or(key));
    }
    for audit in v["audits"].as_object().into_iter().flatten() {
        let (id, a) = audit;
        let weak = a["score"].as_f64().is_some_and(|s| s < 0.9) && a["scoreDisplayMode"] != "informative";
        if weak {
            println!(
                "  - {id}: {} ({})",
                a["title"].as_str().unwrap_or(""),
                a["displayValue"].as_str().unwrap_or("")
            );
        }
    }
    println!("reports: {}", out_dir.join("report.report.html").display());
    if !all {
        eprintln!("note: below 100 in some category; the audits listed above say why");
    }
    Ok(())
}
