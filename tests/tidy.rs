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

/// The prose documents: `README.md`, `ARCHITECTURE.md` and every `.md` under `docs/`.
fn prose_docs() -> Vec<PathBuf> {
    fn markdown(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                markdown(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    let mut files = vec![root().join("README.md"), root().join("ARCHITECTURE.md")];
    markdown(&root().join("docs"), &mut files);
    files.sort();
    files
}

/// The lines of a Markdown text that are prose: fenced code blocks left out, and inline code
/// spans blanked, so that code that looks like a link is not read as one.
fn prose_lines(text: &str) -> Vec<String> {
    let mut fenced = false;
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let mut prose = String::with_capacity(line.len());
        for (i, part) in line.split('`').enumerate() {
            if i % 2 == 0 {
                prose.push_str(part);
            } else {
                prose.push_str(&" ".repeat(part.len() + 2));
            }
        }
        out.push(prose);
    }
    out
}

/// The targets of the Markdown links and images of `text` (`[text](target)`,
/// `![alt](target)`), without a title after the target.
fn link_targets(text: &str) -> Vec<String> {
    let mut targets = Vec::new();
    for line in prose_lines(text) {
        let mut rest = line.as_str();
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            // `(<a b.md>)` holds a target with spaces; `(a.md "Title")` a title after it.
            let (target, end) = match after.strip_prefix('<') {
                Some(inner) => match inner.find('>') {
                    Some(close) => (&inner[..close], close + 2),
                    None => break,
                },
                None => match after.find(')') {
                    Some(close) => (after[..close].split_whitespace().next().unwrap_or_default(), close),
                    None => break,
                },
            };
            if rest[..at].contains('[') && !target.is_empty() {
                targets.push(target.to_owned());
            }
            rest = &after[end..];
        }
    }
    targets
}

/// Whether a link target is one the repository must hold: not a web or mail address, and not
/// an anchor in the same document.
fn is_relative(target: &str) -> bool {
    !(target.starts_with("http://")
        || target.starts_with("https://")
        || target.starts_with("mailto:")
        || target.starts_with('#'))
}

#[test]
fn the_link_reader_finds_links_and_images_outside_code() {
    let text = "See [the docs](docs/a.md#part) and ![shot](b.png \"A title\").\n\
                Not `[code](c.md)`, nor [web](https://x.org/) links: [here](#top), [mail](mailto:a@b).\n\
                ```\n[fenced](d.md)\n```\n[two](e/) [on one line](<f g.md>)\n";
    let targets = link_targets(text);
    assert_eq!(
        targets,
        [
            "docs/a.md#part",
            "b.png",
            "https://x.org/",
            "#top",
            "mailto:a@b",
            "e/",
            "f g.md"
        ]
    );
    let relative: Vec<&String> = targets.iter().filter(|t| is_relative(t)).collect();
    assert_eq!(relative, ["docs/a.md#part", "b.png", "e/", "f g.md"]);
}

#[test]
fn every_relative_link_in_the_docs_resolves() {
    let files: Vec<PathBuf> = prose_docs()
        .into_iter()
        .filter(|f| !f.ends_with("ARCHITECTURE.md"))
        .collect();
    assert!(files.len() >= 5, "docs not found: {files:?}");
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in &files {
        let text = fs::read_to_string(file).expect("readable");
        let dir = file.parent().unwrap_or(Path::new("."));
        for target in link_targets(&text).into_iter().filter(|t| is_relative(t)) {
            let path = target.split('#').next().unwrap_or_default();
            checked += 1;
            if !dir.join(path).exists() {
                broken.push(format!("{}: ({target})", file.display()));
            }
        }
    }
    assert!(checked >= 10, "no relative links found");
    assert!(broken.is_empty(), "links to nothing:\n{}", broken.join("\n"));
}

#[test]
fn the_readme_fits_in_150_lines() {
    let readme = fs::read_to_string(root().join("README.md")).expect("README.md");
    let lines = readme.lines().count();
    assert!(
        lines <= 150,
        "README.md has {lines} lines: keep it to 150, and move details into docs/"
    );
}

/// Whether `span`, the text of a code span, looks like a commit hash: 7 to 40 lower-case hex
/// digits, with at least one letter and one digit (so `32000000` or `decade` are not).
fn is_commit_hash(span: &str) -> bool {
    (7..=40).contains(&span.len())
        && span.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && span.bytes().any(|b| b.is_ascii_digit())
        && span.bytes().any(|b| b.is_ascii_lowercase())
}

#[test]
fn the_hash_reader_tells_commits_from_numbers_and_words() {
    for hash in ["6528b21", "ebcc2be", "bef6bd169dfb778d36cbc02bcb51eec6938381d5"] {
        assert!(is_commit_hash(hash), "{hash}");
    }
    for not in ["32000000", "defaced", "abc123", "6528B21", "sha256-0a1b2c3d", "g528b21"] {
        assert!(!is_commit_hash(not), "{not}");
    }
}

#[test]
fn the_prose_docs_name_no_commit_and_no_particular_run() {
    // A document says what is true of the code it sits beside; a commit or a run it was true
    // of goes stale with the next one (the bench writes each run's figures to its report).
    let words = ["last run", "latest run", "previous run", "this run's figures"];
    let files: Vec<PathBuf> = prose_docs()
        .into_iter()
        .filter(|f| !f.ends_with("docs/editorial-review.md"))
        .collect();
    assert!(files.len() >= 3, "docs not found: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable");
        for (n, line) in text.lines().enumerate() {
            for span in line.split('`').skip(1).step_by(2) {
                if is_commit_hash(span) {
                    found.push(format!("{}:{}: commit `{span}`", file.display(), n + 1));
                }
            }
            let lower = line.to_lowercase();
            for word in words {
                if lower.contains(word) {
                    found.push(format!("{}:{}: \"{word}\"", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "name no commit or run; say what is true now:\n{}",
        found.join("\n")
    );
}

#[test]
fn nothing_finds_an_element_again_to_patch_it() {
    // The page is components: state shows through reactive attributes, never through code
    // that looks an element up by id or selector and writes to it. Two places may: the panic
    // hook (after a panic no reactive code runs, so it reveals the static crash message) and
    // the early input (it reads and gives back what the reader did on the prerendered page).
    let allowed = ["src/ui/crash.rs", "src/ui/early.rs"];
    let writes = [
        "set_attribute(",
        "remove_attribute(",
        "toggle_attribute",
        "set_text_content(",
        "query_selector_all(",
        "class_list(",
    ];
    let files = rust_files(&root().join("src"));
    assert!(files.len() >= 30, "source files not found");
    for file in files {
        let name = file
            .strip_prefix(root())
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        if allowed.contains(&name.as_str()) {
            continue;
        }
        let text = fs::read_to_string(&file).expect("readable");
        for write in writes {
            assert!(
                !shipped(&text).contains(write),
                "{name}: `{write}` patches an element by hand; make it a reactive attribute of its component"
            );
        }
    }
}

#[test]
fn a_byte_figure_in_a_comment_names_the_reader_time_it_buys() {
    // Hand work that replaces what Leptos, std or a kept crate does must name the reader time
    // it buys on the slow phone (ARCHITECTURE.md, "Hand work and what it buys"): a comment
    // that counts bytes of the build must also name milliseconds.
    let byte_words = [
        "KB gzip",
        "KB brotli",
        "costs WASM",
        "cost the WASM",
        "bytes of WASM",
        "of the WASM",
    ];
    let dirs = ["src", "domain/src", "xtask/src"];
    let mut found = Vec::new();
    for file in dirs.iter().flat_map(|d| rust_files(&root().join(d))) {
        let text = fs::read_to_string(&file).expect("readable");
        // Each run of comment lines, as one comment.
        let mut comment = String::new();
        for line in text.lines().chain(std::iter::once("")) {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                comment.push_str(trimmed);
                comment.push(' ');
                continue;
            }
            let counts_bytes = byte_words.iter().any(|w| comment.contains(w));
            if counts_bytes && !comment.contains(" ms") {
                found.push(format!("{}: {}", file.display(), comment.trim()));
            }
            comment.clear();
        }
    }
    assert!(
        found.is_empty(),
        "byte figures without the reader time they buy:\n{}",
        found.join("\n")
    );
}

/// The texts in single quotes in `text`: a quote opens after white space or `(`, and closes
/// where no letter follows it (so "page's" stays inside).
fn quoted_titles(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        if c != '\'' {
            continue;
        }
        match open {
            None if i == 0 || chars[i - 1].is_whitespace() || chars[i - 1] == '(' => open = Some(i + 1),
            Some(start) if !chars.get(i + 1).is_some_and(|n| n.is_alphabetic()) => {
                out.push(chars[start..i].iter().collect());
                open = None;
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_title_reader_keeps_apostrophes_inside_titles() {
    let text = "`e2e/tests/x.spec.js`: 'the page's marks', 'a (b) c'; and 'd'.";
    assert_eq!(quoted_titles(text), ["the page's marks", "a (b) c", "d"]);
}

#[test]
fn every_test_the_architecture_names_exists() {
    // The invariants each name the tests that enforce them: a renamed or deleted test must
    // not leave an invariant unenforced on paper.
    let arch = fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let invariants = arch.split("## Invariants").nth(1).expect("an Invariants section");
    let mut sources = String::new();
    for dir in ["src", "tests", "domain/src", "domain/tests", "xtask/src"] {
        for file in rust_files(&root().join(dir)) {
            sources.push_str(&fs::read_to_string(&file).expect("readable"));
        }
    }
    let mut specs = String::new();
    for entry in fs::read_dir(root().join("e2e/tests")).into_iter().flatten().flatten() {
        specs.push_str(&fs::read_to_string(entry.path()).unwrap_or_default());
    }
    let mut named = 0;
    let mut missing = Vec::new();
    for span in invariants.split('`').skip(1).step_by(2) {
        // A Rust test: a snake_case name with at least two underscores.
        let is_test_name = span.matches('_').count() >= 2
            && span
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if is_test_name {
            named += 1;
            if !sources.contains(&format!("fn {span}(")) {
                missing.push(span.to_owned());
            }
        }
    }
    // An end-to-end test: its title in quotes ('…', an apostrophe inside it being one that a
    // letter follows), after the spec file that holds it.
    for (_, rest) in invariants.split("e2e/tests/").skip(1).filter_map(|r| r.split_once('`')) {
        let upto = rest.find("e2e/tests/").unwrap_or(rest.len());
        let upto = rest[..upto].find("\n- ").unwrap_or(upto);
        for title in quoted_titles(&rest[..upto]).into_iter().filter(|t| t.len() > 12) {
            named += 1;
            let flat = title.split_whitespace().collect::<Vec<_>>().join(" ");
            let in_specs = specs.replace("\\'", "'").contains(&flat);
            if !in_specs {
                missing.push(format!("e2e: {flat}"));
            }
        }
    }
    assert!(named >= 40, "the invariants name {named} tests");
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names tests that do not exist:\n{}",
        missing.join("\n")
    );
}
