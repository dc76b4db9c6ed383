//! `cargo xtask serve`: provision, then `trunk serve` with live reload on 127.0.0.1:8080.
//! Also a plain static file server for the audit and the bench.

use crate::cmd;
use crate::tools::Tools;
use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn run() -> Result<()> {
    let tools = Tools::ensure_build()?;
    eprintln!("==> serving at http://127.0.0.1:8080/ (Ctrl+C to stop)");
    cmd::run(
        tools
            .trunk()
            .args(["serve", "--address", "127.0.0.1", "--port", "8080"]),
    )
}

/// `e2e/serve.mjs` on 127.0.0.1: a static server that compresses and caches like a CDN,
/// stopped when dropped.
pub struct StaticServer(Child);

impl StaticServer {
    /// Serves `dir` on `port` and waits until it answers.
    pub fn start(dir: &Path, port: u16) -> Result<StaticServer> {
        let script = crate::project_root().join("e2e").join("serve.mjs");
        let child = Command::new("node")
            .arg(script)
            .arg(dir)
            .arg(port.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("cannot start node e2e/serve.mjs")?;
        let server = StaticServer(child);
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(server);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        bail!("the static server on port {port} did not start")
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
