//! Tool provisioning: every pinned tool is installed once into a version-keyed folder outside
//! the repo (`~/.cache/cqtw-explorer/tools/<tool>-<version>/`, or `$CQTW_TOOLS_DIR`), so later
//! clones and CI reuse it. A tool that cannot be installed stops the task with one line that
//! names the tool, its version and the command to run by hand.
//!
//! Supply chain:
//! - cargo tools install with `--locked`, except wasm-bindgen-cli, whose published lock file
//!   names a crate version the registry lacks (no other way to pin its dependencies exists
//!   short of vendoring them).
//! - npm tools install from the lock files committed in `xtask/npm/<set>/` with
//!   `npm ci --ignore-scripts` (no install script runs), into a folder keyed by the lock's hash.
//! - Each install records the SHA-256 of the files it runs (`.cqtw-integrity`); every later use
//!   checks them, and a tool whose files changed is installed again.

use crate::cmd;
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";
/// The npm tools of the build: wasm-opt (binaryen 132) and terser 5.51.4, which minifies
/// wasm-bindgen's JS glue (trunk 0.21's own minifier fails on it). Pinned by the lock file.
pub const BUILD_NPM: &str = "build";
/// Lighthouse, for `cargo xtask audit`.
pub const AUDIT_NPM: &str = "audit";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Where the pinned tools live.
pub fn cache_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("CQTW_TOOLS_DIR") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|| PathBuf::from("/tmp"));
    base.join("cqtw-explorer").join("tools")
}

/// The installed tools' locations.
pub struct Tools {
    pub trunk: PathBuf,
    pub wasm_bindgen_dir: PathBuf,
    pub wasm_opt_dir: PathBuf,
    pub terser: PathBuf,
}

impl Tools {
    /// Everything the build needs: the wasm target, trunk, wasm-bindgen-cli, wasm-opt and
    /// terser.
    pub fn ensure_build() -> Result<Tools> {
        ensure_wasm_target()?;
        let trunk = ensure_trunk()?;
        let wasm_bindgen_dir = ensure_wasm_bindgen()?;
        let npm = ensure_npm_tools(BUILD_NPM)?;
        let wasm_opt_dir = npm.clone();
        let terser = npm.join("terser");
        Ok(Tools {
            trunk,
            wasm_bindgen_dir,
            wasm_opt_dir,
            terser,
        })
    }

    /// The build tools plus Chromium, ChromeDriver and the npm test dependencies.
    pub fn ensure_all() -> Result<Tools> {
        let tools = Tools::ensure_build()?;
        ensure_chromium()?;
        ensure_npm_deps(&crate::project_root().join("e2e"))?;
        Ok(tools)
    }

    /// `PATH` with the pinned tools first, so trunk and cargo's test runner find them.
    pub fn path(&self) -> std::ffi::OsString {
        let mut dirs = vec![self.wasm_bindgen_dir.clone(), self.wasm_opt_dir.clone()];
        if let Some(dir) = self.trunk.parent() {
            dirs.push(dir.to_path_buf());
        }
        if let Some(path) = std::env::var_os("PATH") {
            dirs.extend(std::env::split_paths(&path));
        }
        std::env::join_paths(dirs).unwrap_or_default()
    }

    /// A `trunk` command with the pinned tools on its `PATH`, run from the project root.
    pub fn trunk(&self) -> Command {
        let mut c = Command::new(&self.trunk);
        c.current_dir(crate::project_root()).env("PATH", self.path());
        c
    }
}

fn manual(tool: &str, version: &str, command: &str) -> anyhow::Error {
    anyhow!("could not install {tool} {version}; install it by hand with: {command}")
}

fn progress(tool: &str, version: &str, how_long: &str) {
    eprintln!("==> installing {tool} {version} (this may take {how_long}; it is cached for later runs)");
}

fn ensure_wasm_target() -> Result<()> {
    let installed = cmd::output(Command::new("rustup").args(["target", "list", "--installed"]))
        .is_some_and(|out| out.lines().any(|l| l.trim() == WASM_TARGET));
    if installed {
        return Ok(());
    }
    progress("the Rust target", WASM_TARGET, "a minute");
    let hand = format!("rustup target add {WASM_TARGET}");
    cmd::run(Command::new("rustup").args(["target", "add", WASM_TARGET]))
        .map_err(|_| manual("the Rust target", WASM_TARGET, &hand))
}

fn version_ok(bin: &Path, want: &str) -> bool {
    bin.is_file() && cmd::output(Command::new(bin).arg("--version")).is_some_and(|v| v.contains(want))
}

/// The file in an install folder that records the hash of the files it runs.
const RECORD: &str = ".cqtw-integrity";

/// SHA-256 over `files` (each path, then its bytes; a folder stands for every file in it, in
/// sorted order), as hex.
pub fn files_hash(root: &Path, files: &[&str]) -> Result<String> {
    use sha2::{Digest, Sha256};
    fn add(hasher: &mut Sha256, root: &Path, path: &Path) -> Result<()> {
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("cannot list {}", path.display()))?
                .flatten()
                .map(|e| e.path())
                .collect();
            entries.sort();
            for entry in entries {
                add(hasher, root, &entry)?;
            }
        } else {
            let rel = path.strip_prefix(root).unwrap_or(path);
            hasher.update(rel.to_string_lossy().as_bytes());
            hasher.update([0]);
            hasher.update(std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?);
        }
        Ok(())
    }
    let mut hasher = Sha256::new();
    for file in files {
        add(&mut hasher, root, &root.join(file))?;
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether the install in `root` still has the files it recorded. A cargo install made before
/// records existed is adopted once, with a note (reinstalling trunk takes 8 minutes); an npm
/// install is not (it is quick to redo).
fn recorded_ok(root: &Path, files: &[&str], adopt: bool) -> bool {
    let Ok(now) = files_hash(root, files) else { return false };
    match std::fs::read_to_string(root.join(RECORD)) {
        Ok(recorded) if recorded.trim() == now => true,
        Ok(_) => {
            eprintln!(
                "==> {}: the tool's files changed since install; installing it again",
                root.display()
            );
            false
        }
        Err(_) if adopt => {
            eprintln!(
                "==> {}: recording the hash of an install made before hashes were kept",
                root.display()
            );
            record(root, files).is_ok()
        }
        Err(_) => false,
    }
}

/// Records the hash of `files` in `root` after an install.
fn record(root: &Path, files: &[&str]) -> Result<()> {
    let hash = files_hash(root, files)?;
    std::fs::write(root.join(RECORD), hash).with_context(|| format!("cannot write {}", root.join(RECORD).display()))
}

/// Removes an install that failed its check, so that it is made afresh.
fn discard(root: &Path) {
    if root.exists() {
        let _ = std::fs::remove_dir_all(root);
    }
}

fn ensure_trunk() -> Result<PathBuf> {
    let root = cache_root().join(format!("trunk-{TRUNK_VERSION}"));
    let bin = root.join("bin").join("trunk");
    let files = ["bin/trunk"];
    if version_ok(&bin, TRUNK_VERSION) && recorded_ok(&root, &files, true) {
        return Ok(bin);
    }
    discard(&root);
    progress("trunk", TRUNK_VERSION, "about 8 minutes");
    let hand = format!(
        "cargo install trunk --version {TRUNK_VERSION} --locked --root {}",
        root.display()
    );
    cmd::run(
        Command::new("cargo")
            .args(["install", "trunk", "--version", TRUNK_VERSION, "--locked", "--root"])
            .arg(&root),
    )
    .map_err(|_| manual("trunk", TRUNK_VERSION, &hand))?;
    record(&root, &files)?;
    Ok(bin)
}

/// The `wasm-bindgen` version `Cargo.lock` resolved: the CLI must equal it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock_path = crate::project_root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path).with_context(|| format!("cannot read {}", lock_path.display()))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.trim().strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    bail!("{}: no wasm-bindgen package found", lock_path.display())
}

fn ensure_wasm_bindgen() -> Result<PathBuf> {
    let version = locked_wasm_bindgen_version()?;
    let root = cache_root().join(format!("wasm-bindgen-cli-{version}"));
    let bin_dir = root.join("bin");
    let files = ["bin/wasm-bindgen", "bin/wasm-bindgen-test-runner"];
    if version_ok(&bin_dir.join("wasm-bindgen"), &version) && recorded_ok(&root, &files, true) {
        return Ok(bin_dir);
    }
    discard(&root);
    progress("wasm-bindgen-cli", &version, "about 5 minutes");
    // Not --locked: the CLI's own lock file names a crate version the registry lacks.
    let hand = format!(
        "cargo install wasm-bindgen-cli --version ={version} --root {}",
        root.display()
    );
    cmd::run(
        Command::new("cargo")
            .args([
                "install",
                "wasm-bindgen-cli",
                "--version",
                &format!("={version}"),
                "--root",
            ])
            .arg(&root),
    )
    .map_err(|_| manual("wasm-bindgen-cli", &version, &hand))?;
    record(&root, &files)?;
    Ok(bin_dir)
}

fn is_root() -> bool {
    cmd::output(Command::new("id").arg("-u")).is_some_and(|u| u.trim() == "0")
}

/// Debian's Chromium and ChromeDriver, through apt-get when running as root.
pub fn ensure_chromium() -> Result<()> {
    ensure_debian(&["chromium", "chromium-driver"], &[CHROMIUM, CHROMEDRIVER])
}

/// Debian's valgrind (callgrind counts the search core's instructions for the bench).
pub fn ensure_valgrind() -> Result<()> {
    ensure_debian(&["valgrind"], &["/usr/bin/valgrind"])
}

/// Debian `packages`, through apt-get when running as root, unless all of `files` exist.
fn ensure_debian(packages: &[&str], files: &[&str]) -> Result<()> {
    if files.iter().all(|f| Path::new(f).is_file()) {
        return Ok(());
    }
    let names = packages.join(" and ");
    let hand = format!("sudo apt-get update && sudo apt-get install -y {}", packages.join(" "));
    if !is_root() {
        return Err(manual(&names, "(Debian)", &hand));
    }
    progress(&names, "(Debian)", "a few minutes");
    cmd::run(Command::new("apt-get").args(["update", "-qq"]))
        .and_then(|()| {
            cmd::run(
                Command::new("apt-get")
                    .args(["install", "-y", "-qq"])
                    .args(packages)
                    .env("DEBIAN_FRONTEND", "noninteractive"),
            )
        })
        .map_err(|_| manual(&names, "(Debian)", &hand))
}

/// `npm ci` in `dir` when its `node_modules` is missing or older than the lock file.
pub fn ensure_npm_deps(dir: &Path) -> Result<()> {
    let lock = dir.join("package-lock.json");
    let marker = dir.join("node_modules").join(".package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = match (modified(&lock), modified(&marker)) {
        (Some(l), Some(m)) => m >= l,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    progress("npm test dependencies", &format!("({})", lock.display()), "a minute");
    let hand = format!("cd {} && npm ci --ignore-scripts", dir.display());
    cmd::run(
        Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
            .current_dir(dir)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )
    .map_err(|_| manual("npm test dependencies", "(e2e/package-lock.json)", &hand))
}

/// The npm tool set `set` (`xtask/npm/<set>/`), installed from its committed lock file with
/// `npm ci --ignore-scripts` into a cache folder keyed by the lock's hash; returns its
/// `node_modules/.bin`. The installed packages' files are checked against the hash recorded
/// at install on every use.
pub fn ensure_npm_tools(set: &str) -> Result<PathBuf> {
    let spec = crate::project_root().join("xtask").join("npm").join(set);
    let lock = std::fs::read(spec.join("package-lock.json"))
        .with_context(|| format!("cannot read {}", spec.join("package-lock.json").display()))?;
    let key: String = {
        use sha2::{Digest, Sha256};
        Sha256::digest(&lock)
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let root = cache_root().join(format!("npm-{set}-{key}"));
    let bin = root.join("node_modules").join(".bin");
    let files = ["node_modules"];
    if bin.is_dir() && recorded_ok(&root, &files, false) {
        return Ok(bin);
    }
    discard(&root);
    progress(
        &format!("npm tools \"{set}\""),
        &format!("(xtask/npm/{set}/package-lock.json)"),
        "a minute or two",
    );
    let hand = format!(
        "cp xtask/npm/{set}/package*.json {dir} && cd {dir} && npm ci --ignore-scripts",
        dir = root.display()
    );
    std::fs::create_dir_all(&root).with_context(|| format!("cannot create {}", root.display()))?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(spec.join(file), root.join(file)).with_context(|| format!("cannot copy {file}"))?;
    }
    cmd::run(
        Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
            .current_dir(&root),
    )
    .map_err(|_| manual(&format!("npm tools {set}"), &key, &hand))?;
    record(&root, &files)?;
    Ok(bin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_install_says_tool_version_and_command_in_one_line() {
        let e = manual("trunk", TRUNK_VERSION, "cargo install trunk --version 0.21.14 --locked");
        let text = e.to_string();
        assert_eq!(
            text,
            "could not install trunk 0.21.14; install it by hand with: cargo install trunk --version 0.21.14 --locked"
        );
        assert!(!text.contains('\n'));
    }

    #[test]
    fn the_cache_is_keyed_by_tool_and_version_outside_the_repo() {
        let root = cache_root();
        assert!(!root.starts_with(crate::project_root()), "{}", root.display());
        assert!(root.ends_with("cqtw-explorer/tools") || std::env::var_os("CQTW_TOOLS_DIR").is_some());
    }

    #[test]
    fn a_changed_tool_file_fails_its_recorded_hash() {
        let dir = std::env::temp_dir().join(format!("cqtw-tools-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("bin")).expect("temp dir");
        std::fs::write(dir.join("bin/tool"), "original").expect("write");
        record(&dir, &["bin"]).expect("recorded");
        assert!(recorded_ok(&dir, &["bin"], false));
        std::fs::write(dir.join("bin/tool"), "tampered").expect("write");
        assert!(!recorded_ok(&dir, &["bin"], false), "a changed file is caught");
        std::fs::remove_file(dir.join(RECORD)).expect("remove");
        assert!(!recorded_ok(&dir, &["bin"], false), "no record, no trust");
        assert!(recorded_ok(&dir, &["bin"], true), "an old install can be adopted once");
        assert!(dir.join(RECORD).is_file());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_npm_tools_are_pinned_by_committed_lock_files() {
        for set in [BUILD_NPM, AUDIT_NPM] {
            let dir = crate::project_root().join("xtask").join("npm").join(set);
            let lock = std::fs::read_to_string(dir.join("package-lock.json")).unwrap_or_default();
            assert!(lock.contains("\"lockfileVersion\""), "{set}: a lock file");
            assert!(
                lock.contains("\"integrity\": \"sha512-"),
                "{set}: every package pinned by its hash"
            );
        }
    }

    #[test]
    fn the_locked_wasm_bindgen_version_is_the_exact_pin() {
        let manifest = std::fs::read_to_string(crate::project_root().join("Cargo.toml")).unwrap_or_default();
        let pin = manifest
            .lines()
            .find_map(|l| l.strip_prefix("wasm-bindgen = \"="))
            .map(|v| v.trim_end_matches('"').to_owned());
        assert_eq!(locked_wasm_bindgen_version().ok(), pin);
        assert!(pin.is_some(), "Cargo.toml pins wasm-bindgen with `=`");
    }
}
