//! The release site: `trunk build --release` (wasm-opt -Oz, hashed names, SRI), then the JS
//! glue minified (with its SRI hash rewritten), the default view's `<main>` prerendered into
//! the page, and a Content-Security-Policy whose script hashes are computed from the built
//! page.

use crate::cmd;
use crate::html::{model, sha256_b64, tag_span};
use crate::pages;
use crate::tools::Tools;
use anyhow::{bail, Context, Result};
use base64::Engine as _;
use cqtw_explorer::ui::store::{Model, CORRECTIONS_META};
use sha2::Digest;
use std::path::{Path, PathBuf};

/// The policy, less the hashes of the inline scripts that trunk writes.
///
/// `require-trusted-types-for 'script'` makes the browser refuse every string passed to an
/// HTML or script sink (`innerHTML`, `insertAdjacentHTML`, `document.write`, `eval`,
/// `script.src`, …): no text can become markup, whatever the code does. The app writes
/// no markup (its components build nodes), and `trusted-types default` allows exactly one
/// policy, [`TRUSTED_TYPES`], which admits only the service worker's and the exports
/// worker's own URLs.
///
/// Inline scripts run only by hash; script files only from this origin (the one the page
/// loads is preloaded with its integrity). `'strict-dynamic'` without `'self'` was tried:
/// Chromium 156 then refuses the loader's static `import` of the glue (a parser-inserted
/// module's import is not "dynamic") unless the `modulepreload` link fetched it first, which
/// is a promise of load order, not of policy. `img-src 'self'` (nothing uses `data:`), no forms, no frames.
/// `frame-ancestors` cannot be set in a `<meta>`: the host sends it (`public/_headers`).
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; \
form-action 'none'; frame-src 'none'; manifest-src 'self'; worker-src 'self'; require-trusted-types-for 'script'; \
trusted-types default";

/// The page's one Trusted Types policy. `navigator.serviceWorker.register` and `new Worker`
/// are script-URL sinks, so under enforcement they refuse a plain string; this `default`
/// policy admits only this deployment's `sw.js` and its exports worker (`exports-worker.js`,
/// see `ui::worker`): same origin, the page's own path, any query. It throws for any other
/// URL. It has no `createHTML` and no `createScript`: every HTML and script sink still
/// refuses strings. Measured here (Chromium 156): without it, `register("sw.js")` throws
/// "This document requires 'TrustedScriptURL' assignment".
const TRUSTED_TYPES: &str = "if(window.trustedTypes&&trustedTypes.createPolicy)trustedTypes.createPolicy(\"default\",\
{createScriptURL:function(u){var b=document.baseURI,a=new URL(u,b);\
if([\"sw.js\",\"exports-worker.js\"].some(function(n){n=new URL(n,b);return a.origin===n.origin&&a.pathname===n.pathname}))\
return u;throw new TypeError(\"Refused script URL: \"+u)}})";

/// Where a build is published: its absolute address (`--site-url`: the pages' preview tags,
/// canonical links and sitemap are absolute with it, left out without), and where readers
/// send corrections (`--corrections-url`: the project's issue tracker, linked from "About
/// this data"; without it, the page asks them to write to whoever published the copy).
#[derive(Clone, Copy, Debug, Default)]
pub struct Site<'a> {
    pub url: Option<&'a str>,
    pub corrections: Option<&'a str>,
}

/// The usage line of `cargo xtask dist`.
const DIST_USAGE: &str =
    "cargo xtask dist [--public-url /path/] [--site-url https://host/path/] [--corrections-url https://…]";

/// `cargo xtask dist [--public-url /path/] [--site-url https://host/path/] [--corrections-url URL]`.
pub fn run_cli(args: &[String]) -> Result<()> {
    let mut public_url = "/".to_owned();
    let mut site_url: Option<String> = None;
    let mut corrections: Option<String> = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (arg.as_str(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .with_context(|| format!("{name} needs a value"))
        };
        match name {
            "--public-url" => public_url = value()?,
            "--site-url" => site_url = Some(value()?),
            "--corrections-url" => corrections = Some(value()?),
            other => bail!("unknown argument `{other}` (usage: {DIST_USAGE})"),
        }
    }
    let tools = Tools::ensure_build()?;
    let out = crate::project_root().join("dist");
    let site = Site {
        url: site_url.as_deref(),
        corrections: corrections.as_deref(),
    };
    build(&tools, Profile::Release, &public_url, &out, &[], site)?;
    eprintln!("==> dist/ is ready for {public_url}: serve its files under that path");
    Ok(())
}

/// How to build the site.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// What we ship: optimised, wasm-opt -Oz.
    Release,
    /// A debug build, for tests of debug-only hooks.
    Debug,
}

/// Builds the site for `public_url` into `out`, with extra cargo `features`, published as
/// `site` says.
pub fn build(
    tools: &Tools,
    profile: Profile,
    public_url: &str,
    out: &Path,
    features: &[&str],
    site: Site,
) -> Result<Built> {
    let begun = std::time::Instant::now();
    if !public_url.starts_with('/') || !public_url.ends_with('/') {
        bail!("--public-url must start and end with `/`, got `{public_url}`");
    }
    if let Some(url) = site.url {
        pages::check_site_url(url)?;
    }
    if let Some(url) = site.corrections {
        pages::check_corrections_url(url)?;
    }
    let model = crate::html::model_for(site.corrections)?;
    let mut trunk = tools.trunk();
    trunk.arg("build");
    if profile == Profile::Release {
        trunk.arg("--release");
    }
    trunk.args(["--public-url", public_url, "--dist"]).arg(out);
    if !features.is_empty() {
        trunk.args(["--features", &features.join(",")]);
    }
    cmd::run(&mut trunk).context("site build failed")?;
    // Before the minifier, which could fold the placeholder away.
    worker_integrity(out)?;
    if profile == Profile::Release {
        drop_streams(tools, out)?;
        minify_glue(tools, out)?;
        shorten_imports(out)?;
    }
    wasm_integrity(out)?;
    glue_integrity(out)?;
    if features.is_empty() {
        lean_loader(out)?;
    }
    let main = prerender(out, profile, model)?;
    harden(out)?;
    site_headers(out, public_url)?;
    let written = pages::write(out, model, &main, site.url)?;
    let started = std::time::Instant::now();
    downloads(out)?;
    let downloads_ms = started.elapsed().as_millis();
    eprintln!(
        "==> {} pages and {} embeds in {} ms, the preview images in {} ms",
        written.pages.len(),
        written.embeds.len(),
        written.pages_ms,
        written.images_ms
    );
    fill_service_worker(out, &written.pages)?;
    // Last: every file is final, and the worker lists and hashes the files themselves.
    if profile == Profile::Release {
        let started = std::time::Instant::now();
        let siblings = precompress(out)?;
        eprintln!(
            "==> {} files precompressed (brotli 11 and gzip 9) in {} ms",
            siblings,
            started.elapsed().as_millis()
        );
    }
    Ok(Built {
        pages: written.pages.len(),
        embeds: written.embeds.len(),
        pages_ms: written.pages_ms,
        images_ms: written.images_ms + downloads_ms,
        total_ms: begun.elapsed().as_millis(),
    })
}

/// What a build made beside the app, and how long it took (for the bench).
pub struct Built {
    /// The app's pages, the root included.
    pub pages: usize,
    pub embeds: usize,
    /// Rendering the pages and embeds.
    pub pages_ms: u128,
    /// Drawing the preview images and the chart.
    pub images_ms: u128,
    /// The whole site build, trunk included.
    pub total_ms: u128,
}

/// The files the figures panel offers to download, the same for every view, so written here
/// rather than by the WASM: the figures as CSV and JSON (every value with its source's id,
/// address and sentences), and the chart as SVG and PNG.
fn downloads(out: &Path) -> Result<()> {
    let model = model()?;
    let (data, article, texts) = (&model.data, &model.article, &model.texts);
    let csv = cqtw_domain::figure_rows::csv(data, article, texts);
    std::fs::write(out.join(FIGURES_CSV), csv).context("cannot write the figures CSV")?;
    let json = cqtw_domain::figure_rows::json(data, article, texts);
    std::fs::write(out.join(FIGURES_JSON), json).context("cannot write the figures JSON")?;
    let svg = crate::chart::svg(model);
    std::fs::write(out.join(crate::chart::PNG), crate::preview::png(&svg)?).context("cannot write the chart PNG")?;
    std::fs::write(out.join(crate::chart::SVG), svg).context("cannot write the chart SVG")
}

/// The figures CSV's name at the site's root (the app links to it).
pub const FIGURES_CSV: &str = "figures.csv";
/// The figures JSON's name at the site's root, beside the CSV.
pub const FIGURES_JSON: &str = "figures.json";

/// The files the page itself uses, which the service worker keeps for offline use: the page's
/// scripts, WASM and stylesheet, its icon and its manifest. Not the link-preview image, the
/// install icon or `robots.txt`, which the page never loads (and which a host may rewrite).
fn offline_file(name: &str) -> bool {
    name == pages::NOT_FOUND
        || name.ends_with(".js") && name != "sw.js"
        || name.ends_with(".wasm")
        || name.ends_with(".css")
        || name == "favicon.svg"
        || name == "manifest.webmanifest"
}

/// Writes this build's version, its pages with their hashes and its files with their hashes
/// into `sw.js` (the worker installs and serves only copies that match). `pages` are the
/// shareable pages' paths under the base (the root is `""`) with their SHA-256. The version
/// hashes the pages, the files and the worker itself, so any change of the three is a new
/// version with a cache of its own.
fn fill_service_worker(out: &Path, pages: &[(String, String)]) -> Result<()> {
    let sw = out.join("sw.js");
    let template = std::fs::read_to_string(&sw).with_context(|| format!("cannot read {}", sw.display()))?;
    let mut assets: Vec<String> = std::fs::read_dir(out)
        .with_context(|| format!("cannot list {}", out.display()))?
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| offline_file(name))
        .collect();
    assets.sort();
    let mut hashed = serde_json::Map::new();
    for name in assets {
        let bytes = std::fs::read(out.join(&name)).with_context(|| format!("cannot read {name}"))?;
        hashed.insert(name, format!("sha256-{}", sha256_b64(&bytes)).into());
    }
    let pages: serde_json::Map<String, serde_json::Value> = pages
        .iter()
        .map(|(path, hash)| (path.clone(), format!("sha256-{hash}").into()))
        .collect();
    if !pages.contains_key("") {
        bail!("the service worker needs the root page's hash");
    }
    let assets = serde_json::to_string(&hashed)?;
    let pages = serde_json::to_string(&pages)?;
    let version: String = sha256_b64(format!("{pages}\n{assets}\n{template}").as_bytes())
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(16)
        .collect();
    let filled = template
        .replace("__CQTW_VERSION__", &version)
        .replace("__CQTW_PAGES__", &pages)
        .replace("__CQTW_ASSETS__", &assets);
    std::fs::write(&sw, filled).with_context(|| format!("cannot write {}", sw.display()))
}

/// The files that get precompressed siblings: the site's text and its WASM (PNG images are
/// compressed already).
const PRECOMPRESSED: [&str; 11] = [
    "html",
    "js",
    "mjs",
    "css",
    "wasm",
    "json",
    "webmanifest",
    "svg",
    "txt",
    "xml",
    "csv",
];

/// Whether `name` is a file of the site that gets precompressed siblings: not `_headers`
/// (a host's configuration, never served), nor a sibling itself.
fn precompressible(name: &str) -> bool {
    name != "_headers"
        && name
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && PRECOMPRESSED.contains(&ext))
}

/// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every
/// [`precompressible`] file under `out`, in every folder, as static hosts serve them (nginx
/// `gzip_static` and `brotli_static`, Caddy `precompressed`, Netlify and Cloudflare Pages by
/// themselves): the files are compressed once, at their best, rather than on every request
/// at the speed a server can afford. A sibling left by an earlier build of a file that is
/// gone is removed. Returns how many files got siblings.
pub fn precompress(out: &Path) -> Result<usize> {
    let mut files = Vec::new();
    let mut dirs = vec![out.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("cannot list {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let orphan = [".br", ".gz"]
                .iter()
                .find_map(|ext| name.strip_suffix(ext))
                .is_some_and(|original| !path.with_file_name(original).is_file());
            if orphan {
                std::fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
            } else if precompressible(name) {
                files.push(path);
            }
        }
    }
    // Brotli 11 takes most of it (about 8 s for a release site on one core): the files are
    // shared among the cores, the largest first.
    files.sort_by_key(|f| std::cmp::Reverse(f.metadata().map_or(0, |m| m.len())));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> Result<()> {
                    while let Some(file) = files.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
                        compress_beside(file)?;
                    }
                    Ok(())
                })
            })
            .collect();
        handles
            .into_iter()
            .try_for_each(|h| h.join().map_err(|_| anyhow::anyhow!("a compression thread panicked"))?)
    })?;
    Ok(files.len())
}

/// Writes `<file>.br` and `<file>.gz`.
fn compress_beside(file: &Path) -> Result<()> {
    let raw = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let sibling = |ext: &str| {
        let mut name = file.as_os_str().to_owned();
        name.push(ext);
        PathBuf::from(name)
    };
    std::fs::write(sibling(".br"), brotli_11(&raw)?).with_context(|| format!("cannot write {}.br", file.display()))?;
    std::fs::write(sibling(".gz"), gzip_9(&raw)?).with_context(|| format!("cannot write {}.gz", file.display()))
}

/// `raw` compressed with brotli at quality 11 and a 4 MB window (brotli's defaults for its
/// best compression, as `brotli -q 11` and Node's `zlib.brotliCompressSync` write it).
pub fn brotli_11(raw: &[u8]) -> Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: raw.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(raw.len() / 3);
    brotli::BrotliCompress(&mut &raw[..], &mut out, &params).context("brotli failed")?;
    Ok(out)
}

/// `raw` compressed with gzip at level 9 (`gzip -9`), with no name and no time in its header,
/// so that a build writes the same bytes every time.
pub fn gzip_9(raw: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write as _;
    let mut gz = flate2::write::GzEncoder::new(Vec::with_capacity(raw.len() / 3), flate2::Compression::best());
    gz.write_all(raw).context("gzip failed")?;
    gz.finish().context("gzip failed")
}

/// Writes the deploy path into `_headers`: hosts read the file at the publish root and match
/// its patterns against the whole path, so under `/explorer/` the rule `/*` must read
/// `/explorer/*`.
fn site_headers(out: &Path, public_url: &str) -> Result<()> {
    rewrite(&out.join("_headers"), |text| Ok(with_public_url(text, public_url)))
}

/// `_headers` text with every path pattern put under `public_url`.
fn with_public_url(text: &str, public_url: &str) -> String {
    let base = public_url.trim_end_matches('/');
    text.lines()
        .map(|line| match line.strip_prefix('/') {
            Some(rest) => format!("{base}/{rest}"),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Makes the loader fetch the WASM with its SRI hash: trunk's `<link rel=preload as=fetch
/// integrity=…>` is ignored by Chromium ("The `integrity` attribute is currently ignored for
/// preload destinations…") and its loader's `init` fetches the file without one, so an
/// altered WASM would run. `init` takes the `fetch` promise instead of the address, and the
/// browser refuses a body that does not match. (The CSP hash of the loader is computed
/// later, from the rewritten script.)
fn wasm_integrity(out: &Path) -> Result<()> {
    rewrite(&out.join("index.html"), |html| {
        with_wasm_integrity(html, |url| {
            let name = url.rsplit('/').next().unwrap_or(url);
            let path = out.join(name);
            std::fs::read(&path)
                .map(|bytes| sha384_sri(&bytes))
                .with_context(|| format!("cannot read {}", path.display()))
        })
    })
}

/// Replaces the text of `file` with what `edit` makes of it.
fn rewrite(file: &Path, edit: impl FnOnce(&str) -> Result<String>) -> Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let text = edit(&text).with_context(|| file.display().to_string())?;
    std::fs::write(file, text).with_context(|| format!("cannot write {}", file.display()))
}

/// The exports worker's loader (`exports-worker.js`) fetches the worker's WASM with its SRI
/// hash, written here in place of its placeholder, so an altered WASM is refused as the app's
/// is. (Its JS glue is a module import, which takes no integrity in a worker.)
fn worker_integrity(out: &Path) -> Result<()> {
    let wasm = out.join(WORKER_WASM);
    let bytes = std::fs::read(&wasm).with_context(|| format!("cannot read {}", wasm.display()))?;
    rewrite(&out.join(WORKER_LOADER), |js| {
        with_worker_integrity(js, &sha384_sri(&bytes))
    })
}

/// The exports worker's loader and WASM, as trunk names them (a worker's names are not hashed).
const WORKER_LOADER: &str = "exports-worker.js";
const WORKER_WASM: &str = "cqtw-worker_bg.wasm";

/// `js` with its integrity placeholder replaced by `sri`.
fn with_worker_integrity(js: &str, sri: &str) -> Result<String> {
    const PLACEHOLDER: &str = "__CQTW_WORKER_WASM_INTEGRITY__";
    if js.matches(PLACEHOLDER).count() != 1 {
        bail!("{WORKER_LOADER}: expected one {PLACEHOLDER} to write the WASM's integrity in");
    }
    Ok(js.replacen(PLACEHOLDER, sri, 1))
}

/// Gives the loader's `import` of the JS glue its integrity: trunk's `<link rel=modulepreload
/// integrity=…>` goes before the loader, so the checked preload is what puts the glue in the
/// module map, and the import takes it from there (after the loader, the import could start
/// first, unchecked). An import map's `integrity` would do the same, but measured, it held
/// the first cards back by about 40 ms (A/B, 12 cold loads each, loopback: 92 → 135 ms).
fn glue_integrity(out: &Path) -> Result<()> {
    rewrite(&out.join("index.html"), with_glue_preload_first)
}

/// `html` with the glue's modulepreload link moved before the loader `<script type=module>`.
fn with_glue_preload_first(html: &str) -> Result<String> {
    let Some(loader) = html
        .find("<script type=module>")
        .or_else(|| html.find("<script type=\"module\">"))
    else {
        bail!("no loader <script type=module>");
    };
    let Some(link) = tag_span(html, "<link", "modulepreload") else {
        bail!("no modulepreload link for the glue");
    };
    if !html[link.clone()].contains("integrity=") {
        bail!("the glue's modulepreload link has no integrity");
    }
    if link.start < loader {
        return Ok(html.to_owned());
    }
    let mut out = html.to_owned();
    let tag = html[link.clone()].to_owned();
    out.replace_range(link, "");
    out.insert_str(loader, &tag);
    Ok(out)
}

/// Drops what trunk's loader adds for tools, from a build without features: the bindings on
/// `window` (the bench build calls them) and the `TrunkApplicationStarted` event (nothing
/// listens). Bytes on the first load, and one global less.
fn lean_loader(out: &Path) -> Result<()> {
    rewrite(&out.join("index.html"), |html| Ok(without_tool_hooks(html)))
}

fn without_tool_hooks(html: &str) -> String {
    html.replacen("import init, * as bindings from", "import init from", 1)
        .replacen("window.wasmBindings = bindings;", "", 1)
        .replacen(
            "dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));",
            "",
            1,
        )
        .replacen("const wasm = await init(", "await init(", 1)
}

/// `html` with its loader's `init({ module_or_path: '<url>' })` fetching `<url>` with the
/// integrity `sri(url)` gives.
fn with_wasm_integrity(html: &str, sri: impl Fn(&str) -> Result<String>) -> Result<String> {
    const CALL: &str = "init({ module_or_path: '";
    let Some(start) = html.find(CALL).map(|p| p + CALL.len()) else {
        bail!("no `{CALL}…')` loader call to add the WASM's integrity to");
    };
    let Some(len) = html[start..].find('\'') else {
        bail!("the loader's WASM address is not closed");
    };
    let url = &html[start..start + len];
    let integrity = sri(url)?;
    let call = format!("{CALL}{url}' }})");
    let checked = format!("init({{ module_or_path: fetch('{url}', {{ integrity: '{integrity}' }}) }})");
    if !html.contains(&call) {
        bail!("unexpected loader call for {url}");
    }
    Ok(html.replacen(&call, &checked, 1))
}

/// Minifies the JS glue that wasm-bindgen writes (44 KB raw, 7.9 KB gzip, to 20 KB and
/// 5.9 KB): trunk 0.21's minifier stops at its `export default` ("RequiredTokenNotFound").
/// This, [`drop_streams`] and [`shorten_imports`] together buy the reader 43 ms: without the
/// three, the first answer on the bench's slow phone came that much later (median of 12
/// paired cold loads, `e2e/bench/ab.mjs`, on a loaded machine).
/// The page's `integrity` for the file is rewritten to match; the file keeps its name.
fn minify_glue(tools: &Tools, out: &Path) -> Result<()> {
    let index = out.join("index.html");
    let mut html = std::fs::read_to_string(&index).with_context(|| format!("cannot read {}", index.display()))?;
    let glue: Vec<PathBuf> = std::fs::read_dir(out)
        .with_context(|| format!("cannot list {}", out.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "js") && p.file_name().is_some_and(|n| n != "sw.js"))
        .collect();
    for js in glue {
        let before = std::fs::read(&js).with_context(|| format!("cannot read {}", js.display()))?;
        let mut terser = std::process::Command::new(&tools.terser);
        terser
            .arg(&js)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(&js)
            .env("PATH", tools.path());
        cmd::run(&mut terser).with_context(|| format!("terser failed on {}", js.display()))?;
        let after = std::fs::read(&js).with_context(|| format!("cannot read {}", js.display()))?;
        html = html.replace(&sha384_sri(&before), &sha384_sri(&after));
    }
    std::fs::write(&index, html).with_context(|| format!("cannot write {}", index.display()))
}

/// The app's one file in `out` whose name ends with `ext` (`_bg.wasm`, `.js`).
fn app_file(out: &Path, ext: &str) -> Result<PathBuf> {
    let found: Vec<PathBuf> = std::fs::read_dir(out)
        .with_context(|| format!("cannot list {}", out.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("cqtw-explorer-") && n.ends_with(ext))
        })
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => bail!(
            "expected one cqtw-explorer-*{ext} in {}, found {}",
            out.display(),
            found.len()
        ),
    }
}

/// Drops wasm-streams' unused classes (see [`streams`](crate::streams): 1.4 KB gzip of the
/// WASM; with [`minify_glue`] and [`shorten_imports`], 43 ms of the first answer on the slow
/// phone): their exports from the WASM, which wasm-opt then optimises again with trunk's
/// settings, and their `export` from the glue, which terser then drops. The page's
/// `integrity` for the WASM is rewritten to match (the glue's is, when it is minified).
fn drop_streams(tools: &Tools, out: &Path) -> Result<()> {
    let (wasm_path, glue_path) = (app_file(out, "_bg.wasm")?, app_file(out, ".js")?);
    let wasm = std::fs::read(&wasm_path).with_context(|| format!("cannot read {}", wasm_path.display()))?;
    let (pruned, dropped) = crate::streams::drop_exports(&wasm, crate::streams::is_stream_export)?;
    if dropped.is_empty() {
        return Ok(());
    }
    let glue = std::fs::read_to_string(&glue_path).with_context(|| format!("cannot read {}", glue_path.display()))?;
    let glue_after = crate::streams::unexport_classes(&glue)?;
    std::fs::write(&wasm_path, &pruned).with_context(|| format!("cannot write {}", wasm_path.display()))?;
    // The settings of `index.html`'s `data-wasm-opt-params`, with the features the module uses;
    // then the `producers` and `target_features` sections go: they describe the build, and
    // nothing reads them.
    let mut opt = std::process::Command::new("wasm-opt");
    opt.args([
        "--flatten",
        "--rereloop",
        "-Oz",
        "-Oz",
        "--converge",
        "--strip-producers",
        "--strip-target-features",
        "--enable-bulk-memory",
        "--enable-nontrapping-float-to-int",
        "--enable-reference-types",
        "--enable-sign-ext",
        "--enable-mutable-globals",
        "--enable-multivalue",
    ])
    .arg(&wasm_path)
    .arg("-o")
    .arg(&wasm_path)
    .env("PATH", tools.path());
    cmd::run(&mut opt).context("wasm-opt failed after dropping the stream exports")?;
    let optimised = std::fs::read(&wasm_path).with_context(|| format!("cannot read {}", wasm_path.display()))?;
    std::fs::write(&glue_path, &glue_after).with_context(|| format!("cannot write {}", glue_path.display()))?;
    rewrite(&out.join("index.html"), |html| {
        Ok(html
            .replace(&sha384_sri(&wasm), &sha384_sri(&optimised))
            .replace(&sha384_sri(glue.as_bytes()), &sha384_sri(glue_after.as_bytes())))
    })
}

/// Renames the WASM's hashed imports, with the glue's keys for them, to short names (see
/// [`imports`](crate::imports): 3.3 KB gzip of the first load; with [`drop_streams`] and
/// [`minify_glue`], 43 ms of the first answer on the slow phone). The page's `integrity` values
/// for both files are rewritten to match; the files keep their names.
fn shorten_imports(out: &Path) -> Result<()> {
    let named = |ext: &str| app_file(out, ext);
    let (wasm_path, glue_path) = (named("_bg.wasm")?, named(".js")?);
    let wasm = std::fs::read(&wasm_path).with_context(|| format!("cannot read {}", wasm_path.display()))?;
    let glue = std::fs::read_to_string(&glue_path).with_context(|| format!("cannot read {}", glue_path.display()))?;
    let (short_wasm, short_glue) = crate::imports::shorten(&wasm, &glue)?;
    std::fs::write(&wasm_path, &short_wasm).with_context(|| format!("cannot write {}", wasm_path.display()))?;
    std::fs::write(&glue_path, &short_glue).with_context(|| format!("cannot write {}", glue_path.display()))?;
    rewrite(&out.join("index.html"), |html| {
        Ok(html
            .replace(&sha384_sri(&wasm), &sha384_sri(&short_wasm))
            .replace(&sha384_sri(glue.as_bytes()), &sha384_sri(short_glue.as_bytes())))
    })
}

/// Hides the prerendered `<main>` of a link with a query (the app replaces it with the view
/// the link asks for), before the body is parsed.
const LINKED: &str = "if(location.search)document.documentElement.setAttribute(\"data-linked\",\"\")";

/// Keeps the view when an in-page link (`href="#about"`) is followed: under `<base href>`
/// such a link would resolve against the base and drop the query, so it is pointed at this
/// address first (in the capture phase, before the browser follows it).
const IN_PAGE: &str = "addEventListener(\"click\",function(e){var a=e.target.closest&&e.target.closest(\"a[href^='#']\");if(a)a.href=location.pathname+location.search+a.getAttribute(\"href\")},!0)";

/// Makes a failed start visible. The crash message (`#crash`, static in `index.html`) is
/// otherwise shown by the WASM, so a WASM or glue that does not load, or does not start,
/// would leave the page silent: cards that do nothing, or a blank page for a link with a
/// query. Until the app marks `app-interactive`, this shows the message when a script or
/// stylesheet fails to load (404, wrong MIME type, SRI or CSP block), when the start throws,
/// or when no start is seen within 30 s; it names the reason, points "Reload" at this
/// address, and shows the prerendered view that a link with a query had hidden. A slow start
/// that comes after the 30 s hides the message again.
const BOOT: &str = "(function(){var d=0;function f(w){if(d||performance.getEntriesByName(\"app-interactive\").length)return;d=1;\
function s(){var c=document.getElementById(\"crash\");if(!c)return;document.documentElement.removeAttribute(\"data-linked\");\
c.hidden=!1;var t=document.getElementById(\"crash-detail\");if(t)t.textContent=w;var a=c.querySelector(\"a\");if(a)a.href=location.href}\
document.readyState==\"loading\"?document.addEventListener(\"DOMContentLoaded\",s):s();return 1}\
addEventListener(\"error\",function(e){var t=e.target;if(t&&(t.tagName==\"SCRIPT\"||t.tagName==\"LINK\"))f(\"Could not load \"+(t.src||t.href||\"the loader\"));\
else if(t===window)f(String(e.message))},!0);\
addEventListener(\"unhandledrejection\",function(e){f(String(e.reason&&e.reason.message||e.reason))});\
setTimeout(function(){if(f(\"The app did not start within 30 seconds.\"))var i=setInterval(function(){\
if(performance.getEntriesByName(\"app-interactive\").length){clearInterval(i);document.getElementById(\"crash\").hidden=!0}},500)},3e4)})()";

/// Registers the service worker (`sw.js`, beside the page) that makes the app work offline,
/// once the page has loaded and the app is interactive (its `app-interactive` mark; checked
/// every half second, for a minute at most), so that its precaching, which fetches the page's files again, never
/// competes with the first load on a slow line. A page whose app does not start registers no
/// worker: nothing is kept for offline use from a deploy that does not work (a worker
/// installed by an earlier visit still checks for its update on every navigation).
/// In the page rather than in the WASM: the build knows the worker's address under the
/// public path, and a page whose WASM fails to load must not register it.
/// Release builds only. `register` takes a script URL: the Trusted Types policy admits this one.
const OFFLINE: &str = "addEventListener(\"load\",function r(){var s=navigator.serviceWorker;\
s&&(performance.getEntriesByName(\"app-interactive\").length?s.register(\"sw.js\").catch(function(){}):(r.n=(r.n|0)+1)<120&&setTimeout(r,500))})";

/// The first script of the page: the Trusted Types policy, the hiding of a linked view,
/// in-page links that keep the view, the boot watch and, in a release build, the offline
/// worker.
fn head_script(profile: Profile) -> String {
    let offline = if profile == Profile::Release { OFFLINE } else { "" };
    format!("{TRUSTED_TYPES};{LINKED};{IN_PAGE};{BOOT};{offline}")
}

/// Writes the default view's page into the built page's `<div id="app">`, rendered natively
/// by the app's own components (`crate::html::page`): the cards show as soon as the page is
/// parsed, before the WASM arrives, and read without JavaScript; the app then takes its place,
/// mounted in one task (`ui::boot`).
///
/// Returns the page as written, which the shareable pages replace with their own.
fn prerender(out: &Path, profile: Profile, model: &'static Model) -> Result<String> {
    let page = crate::html::page(model, None)?;
    rewrite(&out.join("index.html"), |html| {
        let html = with_prerendered(html, &page, profile)?;
        Ok(with_corrections_url(&html, model.corrections.as_deref()))
    })?;
    Ok(page)
}

/// `html` with the corrections address in a `<meta name="cqtw-corrections">` after its
/// charset, where the app reads it (`ui::start`), or unchanged without one.
fn with_corrections_url(html: &str, url: Option<&str>) -> String {
    let Some(url) = url else {
        return html.to_owned();
    };
    let meta = format!(
        "<meta name=\"{}\" content=\"{}\">",
        CORRECTIONS_META,
        crate::preview::esc(url)
    );
    match html
        .find("<meta charset")
        .and_then(|p| html[p..].find('>').map(|e| p + e + 1))
    {
        Some(at) => format!("{}{meta}{}", &html[..at], &html[at..]),
        None => html.to_owned(),
    }
}

/// The default view's page.
#[cfg(test)]
fn prerendered_main() -> Result<String> {
    crate::html::page(model()?, None)
}

/// `html` with `main` in its empty `<div id="app">`, and the script that hides it for a link
/// with a query right after `<meta charset>`: before the stylesheet, so that it does not wait
/// for it (a script after a stylesheet does, and holds up the parser).
fn with_prerendered(html: &str, main: &str, profile: Profile) -> Result<String> {
    let Some(app) = ["<div id=app></div>", "<div id=\"app\"></div>"]
        .into_iter()
        .find(|a| html.contains(a))
    else {
        bail!("no empty <div id=\"app\"> to prerender into");
    };
    let Some(charset) = html
        .find("<meta charset")
        .and_then(|p| html[p..].find('>').map(|e| p + e + 1))
    else {
        bail!("no <meta charset> to put the script that hides a prerendered view after");
    };
    let open = app.trim_end_matches("</div>");
    let html = format!(
        "{}<script>{}</script>{}",
        &html[..charset],
        head_script(profile),
        &html[charset..]
    );
    Ok(html.replacen(app, &format!("{open}{main}</div>"), 1))
}

/// The SRI value (`sha384-…`) of `bytes`.
pub fn sha384_sri(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes))
    )
}

/// Inline `<script>` bodies of a page.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_start = open_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            out.push(&after[body_start..body_start + close]);
        }
        rest = &after[body_start + close..];
    }
    out
}

/// Adds the CSP `<meta>` with the hashes of the page's inline scripts.
fn harden(out: &Path) -> Result<()> {
    let index: PathBuf = out.join("index.html");
    let html = std::fs::read_to_string(&index).with_context(|| format!("cannot read {}", index.display()))?;
    let hashes: String = inline_scripts(&html)
        .iter()
        .map(|s| format!(" 'sha256-{}'", sha256_b64(s.as_bytes())))
        .collect();
    let csp = CSP.replace("{hashes}", &hashes);
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
    // After `<meta charset …>`, minified or not: the policy must come before any script.
    let Some(pos) = html
        .find("<meta charset")
        .and_then(|p| html[p..].find('>').map(|e| p + e + 1))
    else {
        bail!("{}: no <meta charset> to put the CSP after", index.display());
    };
    let html = format!("{}{meta}{}", &html[..pos], &html[pos..]);
    std::fs::write(&index, html).with_context(|| format!("cannot write {}", index.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_only_inline_scripts() {
        let html = "<script src=\"a.js\"></script><script type=\"module\">import x;</script><p>";
        assert_eq!(inline_scripts(html), ["import x;"]);
    }

    #[test]
    fn the_default_view_goes_into_the_app_element_with_its_scripts() {
        let page = "<head><meta charset=utf-8><link rel=stylesheet href=a.css></head><body><div id=app></div></body>";
        let html = with_prerendered(page, "<main>cards</main>", Profile::Release).expect("it has both places");
        assert_eq!(
            html,
            format!(
                "<head><meta charset=utf-8><script>{}</script><link rel=stylesheet href=a.css></head>\
                 <body><div id=app><main>cards</main></div></body>",
                head_script(Profile::Release)
            )
        );
        assert!(with_prerendered("<meta charset=\"utf-8\"><div id=\"app\"></div>", "m", Profile::Release).is_ok());
        assert!(with_prerendered("<meta charset=utf-8><div id=app>x</div>", "m", Profile::Release).is_err());
        assert!(with_prerendered("<head></head><div id=app></div>", "m", Profile::Release).is_err());
    }

    #[test]
    fn the_deploy_snippets_send_the_headers_of_the_headers_file() {
        let root = crate::project_root();
        let read = |p: &str| std::fs::read_to_string(root.join(p)).unwrap_or_default();
        let rules = read("public/_headers");
        let headers: Vec<(&str, &str)> = rules
            .lines()
            .filter(|l| l.starts_with("  ") && !l.trim().starts_with('#'))
            .filter_map(|l| l.trim().split_once(": "))
            .collect();
        let names: Vec<&str> = headers.iter().map(|(n, _)| *n).collect();
        for must in [
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Cross-Origin-Opener-Policy",
            "Cache-Control",
        ] {
            assert!(names.contains(&must), "_headers sets {must}");
        }
        assert!(rules.contains("frame-ancestors 'none'"));
        for snippet in ["docs/deploy/nginx.conf", "docs/deploy/Caddyfile"] {
            let text = read(snippet);
            for (name, value) in &headers {
                assert!(
                    text.contains(&format!("{name} \"{value}\"")),
                    "{snippet} sends {name}: {value}"
                );
            }
        }
        // Both serve the `.gz` and `.br` files the build writes beside each file.
        assert!(read("docs/deploy/nginx.conf").contains("\n    gzip_static on;\n"));
        assert!(read("docs/deploy/nginx.conf").contains("brotli_static on;"));
        assert!(read("docs/deploy/Caddyfile").contains("file_server {\n\t\t\tprecompressed br gzip\n"));
    }

    #[test]
    fn the_exports_worker_fetches_its_wasm_with_its_integrity() {
        let loader =
            std::fs::read_to_string(crate::project_root().join("public").join(WORKER_LOADER)).unwrap_or_default();
        let written = with_worker_integrity(&loader, "sha384-abc").expect("one placeholder");
        assert!(written.contains("const INTEGRITY = 'sha384-abc';"), "{written}");
        assert!(written.contains(&format!("new URL('{WORKER_WASM}', import.meta.url)")));
        assert!(with_worker_integrity(&written, "sha384-abc").is_err(), "written once");
    }

    #[test]
    fn the_loader_fetches_the_wasm_with_its_integrity() {
        let page = "<script type=module>import init from '/x/a.js';\nconst wasm = await init({ module_or_path: '/x/a_bg.wasm' });</script>";
        let html = with_wasm_integrity(page, |url| Ok(format!("sha384-of-{url}"))).expect("rewritten");
        assert!(html.contains(
            "await init({ module_or_path: fetch('/x/a_bg.wasm', { integrity: 'sha384-of-/x/a_bg.wasm' }) });"
        ));
        assert!(with_wasm_integrity("<script>init(x)</script>", |_| Ok(String::new())).is_err());
    }

    #[test]
    fn the_glue_preload_with_its_integrity_comes_before_the_loader() {
        let page = "<head><script type=module>import init from '/x/a.js';</script><link crossorigin href=/x/a.js integrity=sha384-abc rel=modulepreload><link href=/x/a.css rel=stylesheet></head>";
        let html = with_glue_preload_first(page).expect("moved");
        assert_eq!(
            html,
            "<head><link crossorigin href=/x/a.js integrity=sha384-abc rel=modulepreload><script type=module>import init from '/x/a.js';</script><link href=/x/a.css rel=stylesheet></head>"
        );
        assert!(with_glue_preload_first("<script type=module></script><link href=a.js rel=modulepreload>").is_err());
    }

    #[test]
    fn the_headers_file_follows_the_deploy_path() {
        let text = "# note\n/*\n  X: y\n/sw.js\n  Cache-Control: no-cache\n";
        assert_eq!(
            with_public_url(text, "/explorer/"),
            "# note\n/explorer/*\n  X: y\n/explorer/sw.js\n  Cache-Control: no-cache\n"
        );
        assert_eq!(with_public_url(text, "/"), text);
    }

    #[test]
    fn a_built_tree_gets_both_siblings_and_they_decompress_to_the_original() {
        use std::io::Read as _;
        let dir = std::env::temp_dir().join(format!("cqtw-precompress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let page = "<!doctype html><title>x</title>".repeat(40);
        let wasm: Vec<u8> = (0..20_000u32).flat_map(|i| (i % 251).to_le_bytes()).collect();
        let files: [(&str, &[u8]); 8] = [
            ("index.html", page.as_bytes()),
            ("app-0123456789abcdef_bg.wasm", &wasm),
            ("sw.js", b"self.addEventListener('fetch', () => {});"),
            ("manifest.webmanifest", b"{\"name\":\"x\"}"),
            ("delegations/a/index.html", page.as_bytes()),
            ("figures.csv", b"a,b\n1,2\n"),
            ("_headers", b"/*\n  X: y\n"),
            ("preview.png", b"\x89PNG not really"),
        ];
        for (name, bytes) in files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder is written");
            std::fs::write(path, bytes).expect("the file is written");
        }
        // A sibling an earlier build left of a file that is gone.
        std::fs::write(dir.join("old-0000000000000000.js.br"), b"stale").expect("written");
        assert_eq!(precompress(&dir).expect("compressed"), 6);
        // Again, over its own output: the siblings get no siblings.
        assert_eq!(precompress(&dir).expect("compressed"), 6);
        for (name, bytes) in &files[..6] {
            let path = dir.join(name);
            let br = std::fs::read(format!("{}.br", path.display())).expect("a .br sibling");
            let gz = std::fs::read(format!("{}.gz", path.display())).expect("a .gz sibling");
            let mut unbrotli = Vec::new();
            brotli::BrotliDecompress(&mut &br[..], &mut unbrotli).expect("valid brotli");
            assert_eq!(&unbrotli, bytes, "{name}.br");
            let mut ungzip = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut ungzip)
                .expect("valid gzip");
            assert_eq!(&ungzip, bytes, "{name}.gz");
            assert!(
                gz[..2] == [0x1f, 0x8b] && gz[3] == 0,
                "{name}.gz: a gzip file with no name"
            );
        }
        assert_eq!(
            gzip_9(page.as_bytes()).ok(),
            gzip_9(page.as_bytes()).ok(),
            "the same bytes every time"
        );
        for name in ["_headers", "preview.png"] {
            for ext in ["br", "gz"] {
                assert!(!dir.join(format!("{name}.{ext}")).exists(), "{name}.{ext}");
            }
        }
        assert!(
            !dir.join("old-0000000000000000.js.br").exists(),
            "an orphan sibling is removed"
        );
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .expect("listed")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert!(
            !names.iter().any(|n| n.ends_with(".br.br") || n.ends_with(".gz.br")),
            "{names:?}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn only_the_files_the_page_uses_are_kept_offline() {
        for name in [
            "cqtw-explorer-0123456789abcdef.js",
            "x_bg.wasm",
            "main-1.css",
            "favicon.svg",
            "manifest.webmanifest",
        ] {
            assert!(offline_file(name), "{name}");
        }
        for name in [
            "sw.js",
            "index.html",
            "robots.txt",
            "og-image.png",
            "icon-512.png",
            "_headers",
            "cqtw-explorer-0123456789abcdef.js.br",
            "x_bg.wasm.gz",
            "main-1.css.br",
        ] {
            assert!(!offline_file(name), "{name}");
        }
    }

    #[test]
    fn the_release_loader_has_no_tool_hooks() {
        let loader = "import init, * as bindings from '/a.js';\nconst wasm = await init({ module_or_path: x });\n\n\nwindow.wasmBindings = bindings;\n\n\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));";
        let lean = without_tool_hooks(loader);
        assert_eq!(
            lean.trim_end(),
            "import init from '/a.js';\nawait init({ module_or_path: x });"
        );
    }

    #[test]
    fn the_boot_watch_is_in_the_first_script() {
        assert!(head_script(Profile::Release).contains(BOOT));
        assert!(head_script(Profile::Release).ends_with(OFFLINE));
        assert!(
            !head_script(Profile::Debug).contains("serviceWorker"),
            "debug builds register no worker"
        );
        assert!(BOOT.contains("app-interactive") && BOOT.contains("crash-detail"));
    }

    #[test]
    fn the_built_page_holds_every_region_and_marks_the_first_cards() {
        let page = prerendered_main().expect("the embedded data loads");
        assert!(!page.contains("<!>"));
        // The headline figures, cited, each a link to the figures panel.
        for figure in [
            "$32.38 billion",
            "$8.06 billion",
            "24.9%",
            "2,299",
            "Utilization rate (derived)",
        ] {
            assert!(page.contains(figure), "{figure}");
        }
        assert!(page.contains("Article sentence"));
        // "About this data", with the text version.
        assert!(page.contains("id=\"about-heading\""));
        assert!(page.contains(cqtw_domain::embedded::DATA_VERSION));
        // The first-cards mark, right after the cards, before the figures panel.
        let mark = format!("</ol><script>{}</script>", crate::html::RENDERED);
        assert_eq!(page.matches(&mark).count(), 1);
        let (at, figures) = (page.find(&mark), page.find("id=\"figures\""));
        assert!(at.is_some() && at < figures, "the mark comes before the panel");
    }

    #[test]
    fn the_built_page_holds_the_three_cards() {
        let main = prerendered_main().expect("the embedded data loads");
        let html =
            with_prerendered("<meta charset=utf-8><div id=app></div>", &main, Profile::Release).expect("prerendered");
        // The three cards, and the other reports (each an `<article>` of its own).
        assert_eq!(html.matches(" class=\"card\"").count(), 3);
        let reports = html.matches(" class=\"other-report\"").count();
        assert_eq!(reports, 8);
        assert_eq!(html.matches("<article ").count(), 3 + reports);
    }

    #[test]
    fn the_policy_enforces_trusted_types_with_one_policy_for_the_service_worker() {
        assert!(CSP.contains("require-trusted-types-for 'script'"));
        assert!(CSP.ends_with("trusted-types default"));
        assert!(TRUSTED_TYPES.contains("createScriptURL"));
        assert!(!TRUSTED_TYPES.contains("createHTML") && !TRUSTED_TYPES.contains("createScript:"));
        assert!(
            head_script(Profile::Release).starts_with(TRUSTED_TYPES),
            "the policy exists before any other script"
        );
    }

    #[test]
    fn sri_hashes_like_browsers_expect() {
        assert_eq!(
            sha384_sri(b""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
    }

    #[test]
    fn hashes_like_csp_expects() {
        assert_eq!(sha256_b64(b""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }
}
