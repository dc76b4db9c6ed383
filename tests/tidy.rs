//! House rules, checked inside `cargo test` (as rust-analyzer's tidy test does):
//! the domain crate depends on no DOM or framework crate, no string ever becomes markup, every
//! Rust file opens with a `//!` doc, and shipped code has no `unwrap()` (a panic in WASM
//! kills the page).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The part of a file before its test module.
fn shipped(source: &str) -> &str {
    let cut = ["#[cfg(test)]", "#[cfg(all(test"]
        .iter()
        .filter_map(|m| source.find(m))
        .min();
    &source[..cut.unwrap_or(source.len())]
}

/// The names of the dependencies a `Cargo.toml` declares, in any of its dependency tables
/// (`[dependencies]`, `[dev-dependencies]`, `[target.….dependencies]`, …).
fn dependencies(manifest: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_deps = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line.trim_end_matches(']').ends_with("dependencies");
            continue;
        }
        if in_deps && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                names.push(name.trim().to_owned());
            }
        }
    }
    names
}

#[test]
fn the_domain_crate_depends_on_no_dom_or_framework() {
    let manifest = fs::read_to_string(root().join("domain/Cargo.toml")).expect("domain/Cargo.toml");
    let names = dependencies(&manifest);
    assert!(names.iter().any(|n| n == "serde"), "dependencies not found: {names:?}");
    for banned in [
        "leptos",
        "web-sys",
        "js-sys",
        "wasm-bindgen",
        "wasm-bindgen-futures",
        "gloo",
    ] {
        assert!(
            !names.iter().any(|n| n.starts_with(banned)),
            "domain/Cargo.toml: the domain must not depend on `{banned}`"
        );
    }
    // And nothing reaches the browser another way (an `extern` block, say).
    for file in rust_files(&root().join("domain")) {
        let text = fs::read_to_string(&file).expect("readable");
        for banned in ["wasm_bindgen", "extern \"C\"", "document()", "window()"] {
            assert!(
                !text.contains(banned),
                "{}: the domain must not use `{banned}`",
                file.display()
            );
        }
    }
}

#[test]
fn the_manifest_reader_sees_every_dependency_table() {
    let toml = "[package]\nname = \"x\"\n[dependencies]\nserde = \"1\"\n# leptos = \"0.8\"\n\
                [target.'cfg(x)'.dependencies]\nweb-sys = \"0.3\"\n[dev-dependencies]\nproptest = \"1\"\n";
    assert_eq!(dependencies(toml), ["serde", "web-sys", "proptest"]);
}

#[test]
fn every_rust_file_opens_with_a_module_doc() {
    let dirs = [
        "src",
        "tests",
        "xtask/src",
        "domain/src",
        "domain/tests",
        "domain/benches",
    ];
    let mut files: Vec<PathBuf> = dirs.iter().flat_map(|d| rust_files(&root().join(d))).collect();
    files.extend([root().join("build.rs"), root().join("domain/build.rs")]);
    for file in files {
        let text = fs::read_to_string(&file).expect("readable");
        assert!(
            text.starts_with("//!"),
            "{}: start the file with a `//!` doc saying what it is for",
            file.display()
        );
    }
}

#[test]
fn shipped_code_has_no_unwrap() {
    let files = [rust_files(&root().join("src")), rust_files(&root().join("domain/src"))].concat();
    assert!(files.len() >= 40, "source files not found");
    for file in files {
        let text = fs::read_to_string(&file).expect("readable");
        assert!(
            !shipped(&text).contains(".unwrap()"),
            "{}: no unwrap() in shipped code",
            file.display()
        );
    }
}

#[test]
fn no_string_becomes_markup() {
    // The page is built from nodes by Leptos components; text is only ever text. The CSP's
    // `require-trusted-types-for 'script'` makes the browser enforce the same at run time.
    let sinks = [
        "inner_html",
        "outer_html",
        "insert_adjacent_html",
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "create_contextual_fragment",
        "DomParser",
    ];
    let files = [rust_files(&root().join("src")), rust_files(&root().join("domain/src"))].concat();
    assert!(files.len() >= 40, "source files not found");
    for file in files {
        let text = fs::read_to_string(&file).expect("readable");
        for sink in sinks {
            assert!(
                !text.contains(sink),
                "{}: `{sink}` turns a string into markup; build nodes with `view!` instead",
                file.display()
            );
        }
    }
}

#[test]
fn the_compiler_the_lock_and_the_tools_are_pinned() {
    let read = |p: &str| fs::read_to_string(root().join(p)).unwrap_or_default();
    // The string value of `key = "…"` in a TOML file, or empty.
    let value = |file: &str, key: &str| {
        let prefix = format!("{key} = \"");
        read(file)
            .lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix(prefix.as_str())
                    .map(|v| v.trim_end_matches('"').to_owned())
            })
            .unwrap_or_default()
    };
    // The compiler: an exact version, the one Cargo.toml declares.
    let channel = value("rust-toolchain.toml", "channel");
    assert_eq!(
        channel.split('.').count(),
        3,
        "rust-toolchain.toml pins an exact version: {channel:?}"
    );
    let declared = value("Cargo.toml", "rust-version");
    assert!(
        channel.starts_with(&declared),
        "{channel} is the declared rust-version {declared}"
    );
    // The lock: `cargo xtask` and every cargo command of `cargo xtask test` run --locked.
    assert!(read(".cargo/config.toml").contains("xtask = \"run --locked "));
    let test = read("xtask/src/test.rs");
    for command in ["\"clippy\",", "\"test\","] {
        for (at, _) in test.match_indices(command) {
            let next = test[at + command.len()..].trim_start();
            assert!(
                next.starts_with("\"--locked\""),
                "{command} runs --locked: {}",
                &test[at..at + 60]
            );
        }
    }
    assert!(test.contains("[\"test\", \"--locked\", \"--workspace\"]"));
    // The npm tools: from a lock file, without install scripts, never through npx.
    for file in [
        "xtask/src/test.rs",
        "xtask/src/tools.rs",
        "xtask/src/audit.rs",
        "xtask/src/bench.rs",
    ] {
        let source = read(file);
        assert!(!source.contains("Command::new(\"npx\")"), "{file} runs npx");
        for (at, _) in source.match_indices("\"ci\"") {
            assert!(
                source[at..].starts_with("\"ci\", \"--ignore-scripts\""),
                "{file}: npm ci --ignore-scripts"
            );
        }
        assert!(
            !source.contains("\"install\", \"--no-audit\""),
            "{file}: npm install of a tool"
        );
    }
}
