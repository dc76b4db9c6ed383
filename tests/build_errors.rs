//! A bad edit of the dataset fails `cargo build` with a message that names the file, the path
//! in the data and the problem, and no panic backtrace. Runs `cargo check` on a copy of the
//! package with a broken dataset.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let dest = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), dest).expect("copy file");
        }
    }
}

/// A copy of the app and its domain crate (not xtask) whose dataset JSON is `edit`ed.
fn broken_copy(name: &str, edit: impl FnOnce(String) -> String) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target").join("build-error-test").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&root.join("src"), &dir.join("src"));
    copy_dir(&root.join("domain").join("src"), &dir.join("domain").join("src"));
    copy_dir(&root.join("domain").join("data"), &dir.join("domain").join("data"));
    copy_dir(
        &root.join("domain").join("benches"),
        &dir.join("domain").join("benches"),
    );
    std::fs::copy(
        root.join("domain").join("build.rs"),
        dir.join("domain").join("build.rs"),
    )
    .expect("copy domain/build.rs");
    std::fs::copy(
        root.join("domain").join("Cargo.toml"),
        dir.join("domain").join("Cargo.toml"),
    )
    .expect("copy domain/Cargo.toml");
    std::fs::copy(root.join("build.rs"), dir.join("build.rs")).expect("copy build.rs");
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy lock");
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).expect("manifest");
    let manifest = manifest.replace(
        "members = [\".\", \"domain\", \"xtask\"]",
        "members = [\".\", \"domain\"]",
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write manifest");
    let json = dir.join("domain/data/chongqing-taiwan-week.json");
    let text = std::fs::read_to_string(&json).expect("dataset");
    std::fs::write(&json, edit(text)).expect("write dataset");
    dir
}

fn check(dir: &Path) -> (bool, String) {
    let target = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("build-error-test")
        .join("target");
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--offline", "--lib"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("cargo runs");
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn bad_dataset_edits_fail_the_build_with_file_path_and_problem() {
    let dir = broken_copy("unknown-sector", |s| {
        s.replacen("\"sector\": \"pharmaceuticals\",", "\"sector\": \"foo\",", 1)
    });
    let (ok, stderr) = check(&dir);
    assert!(!ok, "the build should fail");
    assert!(
        stderr.contains(
            "error: domain/data/chongqing-taiwan-week.json: delegations[2].sectors[0]: unknown sector \"foo\""
        ),
        "{stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("stack backtrace"),
        "{stderr}"
    );

    let dir = broken_copy("missing-comma", |s| {
        s.replacen("\"name\": \"Healthcare\",\n", "\"name\": \"Healthcare\"\n", 1)
    });
    let (ok, stderr) = check(&dir);
    assert!(!ok, "the build should fail");
    assert!(
        stderr.contains("error: domain/data/chongqing-taiwan-week.json:"),
        "{stderr}"
    );
    assert!(stderr.contains("invalid JSON: expected `,` or `}`"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
