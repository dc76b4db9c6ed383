//! The shareable pages of the release site: one per delegation, per sector and for the
//! figures (`cqtw_domain::pages`), each a copy of the built page with its own view
//! prerendered, its own `<title>`, description and Open Graph tags, and its own preview image;
//! then `sitemap.xml` and the `Sitemap:` line of `robots.txt`.
//!
//! Crawlers that build link previews run no script and never see a `#fragment`, so each view
//! worth sharing is a real page. `og:url`, `og:image` and the canonical link must be absolute
//! to be read at all: they are written only when the site's URL is known (`--site-url`), and
//! left out otherwise rather than written wrong.

use crate::preview::{self, esc, Preview};
use anyhow::{bail, Context, Result};
use cqtw_domain::share::{self, Meta};
use cqtw_domain::view::APP_TITLE;
use cqtw_explorer::ui::store::Model;
use std::path::Path;
use std::time::Instant;

/// The preview image's name, in each page's folder (and at the root for the default page).
pub const PREVIEW: &str = "preview.png";

/// What the pages step did: each page's path under the base (the root is `""`) with its
/// file's SHA-256, for the service worker, and how long the pages and images took.
pub struct Written {
    pub pages: Vec<(String, String)>,
    /// The embed pages' paths under the base.
    pub embeds: Vec<String>,
    pub pages_ms: u128,
    pub images_ms: u128,
}

/// Writes the head of `index.html` and every page's copy of it into `out`. `default_main` is
/// the default view's `<main>` exactly as the build wrote it into `index.html`.
pub fn write(out: &Path, model: &'static Model, default_main: &str, site_url: Option<&str>) -> Result<Written> {
    let started = Instant::now();
    let index = out.join("index.html");
    let template = std::fs::read_to_string(&index).with_context(|| format!("cannot read {}", index.display()))?;
    if template.matches(default_main).count() != 1 {
        bail!("the default view's <main> is not in index.html exactly once");
    }
    let data = &model.data;
    let mut pages: Vec<(String, String)> = Vec::new();
    let mut previews: Vec<(String, Meta)> = Vec::new();
    let root = share::meta(data, &model.catalog, None);
    let html = with_head(&template, &head(&root, "", site_url))?;
    std::fs::write(&index, &html).with_context(|| format!("cannot write {}", index.display()))?;
    pages.push((String::new(), crate::html::sha256_b64(html.as_bytes())));
    previews.push((String::new(), root));
    for page in share::pages(data) {
        let path = page.path();
        let meta = share::meta(data, &model.catalog, Some(&page));
        let main = crate::html::page(model, Some(&page))?;
        let html = template.replacen(default_main, &main, 1);
        let html = with_head(&html, &head(&meta, &path, site_url))?;
        let html = match page.view().1 {
            Some(anchor) => with_autofocus(&html, &anchor)?,
            None => html,
        };
        let dir = out.join(&path);
        std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        std::fs::write(dir.join("index.html"), &html).with_context(|| format!("cannot write {path}index.html"))?;
        pages.push((path.clone(), crate::html::sha256_b64(html.as_bytes())));
        previews.push((path, meta));
    }
    let embeds = write_embeds(out, model, &template, site_url)?;
    write_not_found(out, &template)?;
    let pages_ms = started.elapsed().as_millis();
    let started = Instant::now();
    for (path, meta) in &previews {
        let png = preview::png(&preview::svg(&preview_of(meta)))?;
        std::fs::write(out.join(path).join(PREVIEW), png).with_context(|| format!("cannot write {path}{PREVIEW}"))?;
    }
    let images_ms = started.elapsed().as_millis();
    match site_url {
        Some(site) => {
            let paths: Vec<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
            std::fs::write(out.join("sitemap.xml"), sitemap(site, &paths)).context("cannot write sitemap.xml")?;
            let robots = out.join("robots.txt");
            let text = std::fs::read_to_string(&robots).context("cannot read robots.txt")?;
            std::fs::write(&robots, format!("{}\nSitemap: {site}sitemap.xml\n", text.trim_end()))
                .context("cannot write robots.txt")?;
        }
        None => eprintln!(
            "note: no --site-url, so og:url, og:image and the canonical links are left out (previews need them absolute) and there is no sitemap.xml"
        ),
    }
    Ok(Written {
        pages,
        embeds,
        pages_ms,
        images_ms,
    })
}

/// The folder of the chrome-less embed pages, under the base.
pub const EMBED: &str = "embed/";

/// The policy of an embed page: it runs one script, by its hash (the height message,
/// [`EMBED_HEIGHT`]), loads only the site's stylesheet, and its links open in the page that
/// frames it (`<base target="_top">`). Who may frame it is the host's to say
/// (`frame-ancestors`, in `_headers`), since a `<meta>` cannot.
fn embed_csp() -> String {
    format!(
        "default-src 'none'; script-src 'sha256-{}'; style-src 'self'; img-src 'self'; base-uri 'self'; form-action 'none'",
        crate::html::sha256_b64(EMBED_HEIGHT.as_bytes())
    )
}

/// The embed's only script: it tells the page that frames it how tall its content is,
/// whenever that changes, as `{type: "cqtw-embed-height", height, path}` (`docs/embed.md`),
/// so the host can size the frame to it; a host that does not listen keeps the frame's
/// `height`. It reads nothing of the host's, and the message carries no data of the reader's.
pub const EMBED_HEIGHT: &str = "(function(){var d=document.documentElement;function s(){parent!==window&&parent.postMessage({type:\"cqtw-embed-height\",height:Math.ceil(d.scrollHeight),path:location.pathname},\"*\")}window.ResizeObserver?new ResizeObserver(s).observe(d):addEventListener(\"load\",s);s()})()";

/// Writes `embed/figures/`, `embed/delegations/<id>/` and `embed/sectors/<slug>/`: the figures
/// panel, one card or a sector's cards, made for an `<iframe>`, with the site's stylesheet,
/// the citation line and text version, the height message, and a link back to the full view.
fn write_embeds(out: &Path, model: &'static Model, template: &str, site_url: Option<&str>) -> Result<Vec<String>> {
    let stylesheet = tag_with(template, "<link", "stylesheet").context("the page has no stylesheet link")?;
    let base = tag_with(template, "<base", "href").context("the page has no <base href>")?;
    let base = base.replacen("<base", "<base target=\"_top\"", 1);
    let mut written = Vec::new();
    for page in share::pages(&model.data) {
        let Some(content) = cqtw_explorer::ui::prerendered_embed(model, &page) else {
            continue;
        };
        let content = inert(&crate::html::without_markers(&content));
        let meta = share::meta(&model.data, &model.catalog, Some(&page));
        let canonical = site_url
            .map(|site| {
                format!(
                    "<link rel=\"canonical\" href=\"{}\">",
                    esc(&format!("{site}{}", page.path()))
                )
            })
            .unwrap_or_default();
        let html = format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{base}\
             <title>{title}</title><link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\"><meta name=\"robots\" content=\"noindex\">{canonical}{stylesheet}</head>\
             <body class=\"embed\"><main class=\"embed__main\">{content}</main>\
             <p class=\"embed__credit\"><a href=\"{full}\">{app}: open the full view</a> \u{b7} {cited}</p>\
             <script>{EMBED_HEIGHT}</script></body></html>",
            csp = embed_csp(),
            title = esc(&meta.title),
            full = page.path(),
            app = esc(APP_TITLE),
            cited = esc(&cqtw_domain::export::citation_source(
                &model.data,
                &model.article,
                cqtw_domain::embedded::DATA_VERSION
            )),
        );
        let path = format!("{EMBED}{}", page.path());
        let dir = out.join(&path);
        std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        std::fs::write(dir.join("index.html"), html).with_context(|| format!("cannot write {path}index.html"))?;
        written.push(path);
    }
    Ok(written)
}

/// The page a host serves for an address the site has no page for (`404.html`, at the site's
/// root: static hosts serve the nearest one; the service worker answers an unknown address
/// with it offline): the site's header and stylesheet, what happened, and a link home. No
/// script.
fn write_not_found(out: &Path, template: &str) -> Result<()> {
    let stylesheet = tag_with(template, "<link", "stylesheet").context("the page has no stylesheet link")?;
    let base = tag_with(template, "<base", "href").context("the page has no <base href>")?;
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'self'; form-action 'none'\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{base}\
         <title>No page at this address \u{2014} {app}</title><link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\"><meta name=\"robots\" content=\"noindex\">{stylesheet}</head>\
         <body><header class=\"site-header\"><div class=\"wrap site-header__inner\"><p class=\"brand\">{app}</p></div></header>\
         <main class=\"wrap not-found\" id=\"main\"><h1>No page at this address</h1>\
         <p>The explorer has a page for each delegation, for each sector and for the figures; this address is none of them. It may be mistyped, or from an earlier version of the site.</p>\
         <p><a class=\"button\" href=\"./\">Go to the explorer</a></p></main></body></html>",
        app = esc(APP_TITLE),
    );
    std::fs::write(out.join(NOT_FOUND), html).context("cannot write 404.html")
}

/// The not-found page's file name, at the site's root.
pub const NOT_FOUND: &str = "404.html";

/// `html` as a page without script shows it: the app's buttons, which would do nothing, are
/// gone (a card's "Copy link") or plain text (a sector chip, which filters in the app).
fn inert(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<button") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let (Some(open_end), Some(close)) = (after.find('>'), after.find("</button>")) else {
            rest = after;
            break;
        };
        let tag = &after[..open_end];
        if tag.contains("class=\"chip\"") {
            let kept: Vec<&str> = tag["<button".len()..]
                .split("\" ")
                .map(str::trim_start)
                .filter(|a| !a.starts_with("type=") && !a.starts_with("aria-pressed="))
                .collect();
            out.push_str("<span ");
            out.push_str(&kept.join("\" "));
            out.push('>');
            out.push_str(&after[open_end + 1..close]);
            out.push_str("</span>");
        }
        rest = &after[close + "</button>".len()..];
    }
    out.push_str(rest);
    out.replace("aria-label=\"Sectors (press to filter)\"", "aria-label=\"Sectors\"")
}

/// The first `<tag …>` of `html` whose text contains `needle`.
fn tag_with<'a>(html: &'a str, open: &str, needle: &str) -> Option<&'a str> {
    crate::html::tag_span(html, open, needle).map(|span| &html[span])
}

/// The preview image of a page.
pub fn preview_of(meta: &Meta) -> Preview {
    Preview {
        kicker: meta.kicker.clone(),
        title: meta.heading.clone(),
        lines: meta.lines.clone(),
        figures_label: meta.figures_label.clone(),
        figures: meta.figures.clone(),
        footer: meta.footer.clone(),
    }
}

/// Checks `--corrections-url`: absolute http(s) (or `mailto:`), with nothing that could end
/// the attribute it is written into.
pub fn check_corrections_url(url: &str) -> Result<()> {
    let scheme = ["https://", "http://", "mailto:"].iter().any(|s| url.starts_with(s));
    if !scheme || url.contains(['"', '<', '>', ' ']) {
        bail!("--corrections-url must be an absolute http(s) or mailto: address, got `{url}`");
    }
    Ok(())
}

/// Checks `--site-url`: absolute http(s), ending in `/`.
pub fn check_site_url(url: &str) -> Result<()> {
    let scheme = url.starts_with("https://") || url.starts_with("http://");
    if !scheme || !url.ends_with('/') || url.contains(['"', '<', '>', ' ', '#', '?']) {
        bail!(
            "--site-url must be an absolute http(s) URL ending in `/`, e.g. https://example.org/explorer/, got `{url}`"
        );
    }
    Ok(())
}

/// The `<head>` tags of a page at `path` (under the base) that say what it is.
fn head(meta: &Meta, path: &str, site_url: Option<&str>) -> String {
    let mut tags = format!(
        "<title>{title}</title><meta name=\"description\" content=\"{description}\">\
         <meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"{site}\">\
         <meta property=\"og:title\" content=\"{title}\"><meta property=\"og:description\" content=\"{description}\">",
        title = esc(&meta.title),
        description = esc(&meta.description),
        site = esc(APP_TITLE),
    );
    if let Some(site) = site_url {
        let url = esc(&format!("{site}{path}"));
        let image = esc(&format!("{site}{path}{PREVIEW}"));
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{url}\"><meta property=\"og:url\" content=\"{url}\">\
             <meta property=\"og:image\" content=\"{image}\"><meta property=\"og:image:type\" content=\"image/png\">\
             <meta property=\"og:image:width\" content=\"{w}\"><meta property=\"og:image:height\" content=\"{h}\">\
             <meta property=\"og:image:alt\" content=\"{alt}\">",
            w = preview::WIDTH,
            h = preview::HEIGHT,
            alt = esc(&meta.image_alt),
        ));
    }
    tags.push_str("<meta name=\"twitter:card\" content=\"summary_large_image\">");
    tags
}

/// `html` with its `<title>…</title>` replaced by `head`.
fn with_head(html: &str, head: &str) -> Result<String> {
    let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) else {
        bail!("the page has no <title> to put its tags in place of");
    };
    Ok(format!("{}{head}{}", &html[..start], &html[end + "</title>".len()..]))
}

/// `html` with `autofocus` on the element with id `id` (made focusable if it is not): a page
/// that opens on a card or on the figures is scrolled to it by the browser, without script.
fn with_autofocus(html: &str, id: &str) -> Result<String> {
    let attr = format!(" id=\"{id}\"");
    let Some(at) = html.find(&attr) else {
        bail!("no element with id `{id}` to open the page on");
    };
    let Some(open) = html[..at].rfind('<') else {
        bail!("no tag around id `{id}`");
    };
    let tag_end = at + html[at..].find('>').unwrap_or(attr.len());
    let focusable = html[open..tag_end].contains("tabindex=");
    let extra = if focusable {
        " autofocus"
    } else {
        " tabindex=\"-1\" autofocus"
    };
    Ok(format!(
        "{}{extra}{}",
        &html[..at + attr.len()],
        &html[at + attr.len()..]
    ))
}

/// The sitemap of the pages at `paths` under `site`.
fn sitemap(site: &str, paths: &[&str]) -> String {
    let urls: String = paths
        .iter()
        .map(|p| format!("  <url><loc>{}</loc></url>\n", esc(&format!("{site}{p}"))))
        .collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use cqtw_domain::pages::Page;

    fn meta() -> Meta {
        Meta {
            title: "A & B \u{2014} App".into(),
            description: "Say \"hi\" <b>".into(),
            kicker: "Sector".into(),
            heading: "A & B".into(),
            lines: vec!["one".into()],
            figures: Vec::new(),
            figures_label: String::new(),
            footer: "f".into(),
            image_alt: "alt".into(),
        }
    }

    #[test]
    fn the_preview_names_the_official_data_right_above_its_tiles() {
        let model = crate::html::model().expect("the data loads");
        let m = cqtw_domain::share::meta(&model.data, &model.catalog, None);
        let p = preview_of(&m);
        assert_eq!(
            p.figures_label,
            "Official data, as of June 2025: Taiwan-funded enterprises in Chongqing"
        );
        assert_eq!(p.title, "Taiwanese business delegations in Chongqing");
        assert_eq!(p.figures.len(), 4);
        assert!(
            p.footer.contains("matchmaking events 15\u{2013}17 September"),
            "{}",
            p.footer
        );
        let svg = crate::preview::svg(&p);
        assert!(
            svg.contains(">Official data, as of June 2025: Taiwan-funded enterprises in Chongqing</text>"),
            "{svg}"
        );
    }

    #[test]
    fn the_head_is_absolute_under_a_site_url_and_leaves_urls_out_without_one() {
        let with = head(&meta(), "sectors/a/", Some("https://ex.org/x/"));
        assert!(with.contains("<title>A &amp; B \u{2014} App</title>"));
        assert!(with.contains("content=\"Say &quot;hi&quot; &lt;b&gt;\""));
        assert!(with.contains("<link rel=\"canonical\" href=\"https://ex.org/x/sectors/a/\">"));
        assert!(with.contains("<meta property=\"og:url\" content=\"https://ex.org/x/sectors/a/\">"));
        assert!(with.contains("<meta property=\"og:image\" content=\"https://ex.org/x/sectors/a/preview.png\">"));
        assert!(
            with.contains("og:image:width\" content=\"1200\"") && with.contains("og:image:height\" content=\"630\"")
        );
        assert!(with.contains("twitter:card\" content=\"summary_large_image\""));
        let without = head(&meta(), "sectors/a/", None);
        for gone in ["og:url", "og:image", "canonical"] {
            assert!(!without.contains(gone), "{gone} is left out without a site URL");
        }
        assert!(without.contains("og:title"));
    }

    #[test]
    fn the_head_takes_the_title_s_place() {
        let html = "<head><meta charset=utf-8><title>Old</title><link></head>";
        assert_eq!(
            with_head(html, "<title>New</title>").ok().as_deref(),
            Some("<head><meta charset=utf-8><title>New</title><link></head>")
        );
        assert!(with_head("<head></head>", "x").is_err());
    }

    #[test]
    fn the_page_opens_on_its_anchor() {
        let card = "<article class=\"card\" tabindex=\"-1\" id=\"tbca\" data-target=\"true\">";
        assert_eq!(
            with_autofocus(card, "tbca").ok().as_deref(),
            Some("<article class=\"card\" tabindex=\"-1\" id=\"tbca\" autofocus data-target=\"true\">")
        );
        let section = "<section class=\"summary\" id=\"figures\">";
        assert_eq!(
            with_autofocus(section, "figures").ok().as_deref(),
            Some("<section class=\"summary\" id=\"figures\" tabindex=\"-1\" autofocus>")
        );
        assert!(with_autofocus(section, "nope").is_err());
    }

    #[test]
    fn the_site_url_must_be_absolute_and_end_in_a_slash() {
        assert!(check_site_url("https://ex.org/x/").is_ok());
        assert!(check_site_url("http://127.0.0.1:4180/explorer/").is_ok());
        for bad in ["/x/", "https://ex.org/x", "ftp://ex.org/", "https://ex.org/\"/"] {
            assert!(check_site_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_embed_has_no_button_that_would_do_nothing() {
        let card = "<ul class=\"chips\" aria-label=\"Sectors (press to filter)\"><li><button type=\"button\" aria-pressed=\"false\" title=\"Why\" data-sector=\"a\" class=\"chip\">A<span> (inferred)</span></button></li></ul><p>x</p><button type=\"button\" class=\"copy-link\">Copy link</button><p>y</p>";
        assert_eq!(
            inert(card),
            "<ul class=\"chips\" aria-label=\"Sectors\"><li><span title=\"Why\" data-sector=\"a\" class=\"chip\">A<span> (inferred)</span></span></li></ul><p>x</p><p>y</p>"
        );
        assert_eq!(inert("<p>no buttons</p>"), "<p>no buttons</p>");
    }

    #[test]
    fn a_tag_is_found_by_what_it_holds() {
        let html = "<link rel=icon href=a.svg><link rel=stylesheet href=/x/main.css integrity=sha384-a><base href=/x/>";
        assert_eq!(
            tag_with(html, "<link", "stylesheet"),
            Some("<link rel=stylesheet href=/x/main.css integrity=sha384-a>")
        );
        assert_eq!(tag_with(html, "<base", "href"), Some("<base href=/x/>"));
        assert_eq!(tag_with(html, "<script", "src"), None);
    }

    #[test]
    fn each_page_s_preview_is_1200_by_630_and_says_what_the_page_is() {
        let model = crate::html::model().expect("the embedded data loads");
        let data = &model.data;
        let mut pages: Vec<Option<Page>> = vec![None];
        pages.extend(share::pages(data).into_iter().map(Some));
        // The page, the figures, 3 delegations, 8 sectors, 8 sources.
        assert_eq!(pages.len(), 1 + 1 + 3 + 8 + data.sources.len());
        assert_eq!(data.sources.len(), 8);
        for page in &pages {
            let meta = share::meta(data, &model.catalog, page.as_ref());
            let svg = preview::svg(&preview_of(&meta));
            // The title may wrap over lines: every word of it is drawn.
            for word in meta.heading.split_whitespace() {
                assert!(svg.contains(&preview::esc(word)), "{page:?}: {word}");
            }
            for word in meta.figures.iter().flat_map(|(value, _)| value.split_whitespace()) {
                assert!(svg.contains(&preview::esc(word)), "{page:?}: {word}");
            }
            if let Some(Page::Delegation(id)) = page {
                let d = data.delegations.iter().find(|d| *d.id == **id).expect("known");
                if let Some(place) = d.districts.first() {
                    assert!(svg.contains(&*place.text), "{id}: its district");
                }
            }
            let png = preview::png(&svg).expect("renders");
            let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("decodes");
            assert_eq!(
                (pixmap.width(), pixmap.height()),
                (preview::WIDTH, preview::HEIGHT),
                "{page:?}"
            );
        }
    }

    #[test]
    fn the_sitemap_lists_each_page_absolute() {
        let xml = sitemap("https://ex.org/x/", &["", "figures/"]);
        assert!(xml.contains("<loc>https://ex.org/x/</loc>") && xml.contains("<loc>https://ex.org/x/figures/</loc>"));
    }
}
