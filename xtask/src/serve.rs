//! `cargo xtask serve`: provision, then `trunk serve` with live reload on 127.0.0.1:8080.

use crate::cmd;
use crate::tools::Tools;
use anyhow::Result;

pub fn run() -> Result<()> {
    let tools = Tools::ensure_build()?;
    eprintln!("==> serving at http://127.0.0.1:8080/ (Ctrl+C to stop)");
    cmd::run(
        tools
            .trunk()
            .args(["serve", "--address", "127.0.0.1", "--port", "8080"]),
    )
}
