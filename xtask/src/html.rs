//! Helpers shared by the site's writers (`dist`, `pages`, `chart`): the app's model as the
//! browser gets it, the prerendered HTML as pages hold it, tags found in a built page, and
//! the SHA-256 digests the integrity attributes and the service worker use.

use anyhow::Result;
use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The app's data, as the browser gets it, with `corrections` as the address readers send
/// corrections to (a new model per call: a build makes one).
pub fn model_for(corrections: Option<&str>) -> Result<&'static cqtw_explorer::ui::store::Model> {
    let (data, article) = cqtw_domain::embedded::load().map_err(|e| anyhow::anyhow!(e))?;
    let model = cqtw_explorer::ui::store::Model::new(data, article).with_corrections(corrections.map(str::to_owned));
    Ok(Box::leak(Box::new(model)))
}

/// The app's data, as the browser gets it (no corrections address).
pub fn model() -> Result<&'static cqtw_explorer::ui::store::Model> {
    static MODEL: std::sync::OnceLock<&'static cqtw_explorer::ui::store::Model> = std::sync::OnceLock::new();
    if let Some(model) = MODEL.get() {
        return Ok(model);
    }
    let (data, article) = cqtw_domain::embedded::load().map_err(|e| anyhow::anyhow!(e))?;
    Ok(MODEL.get_or_init(|| Box::leak(Box::new(cqtw_explorer::ui::store::Model::new(data, article)))))
}

/// Marks when the prerendered cards are in the document (`app-rendered`, which the bench
/// reads as "first cards"), as the peer pages mark theirs.
pub const RENDERED: &str = "if(!location.search)performance.mark(\"app-rendered\")";

/// The page of the default view (`None`) or of a shareable page, as the build writes it into
/// `<div id="app">`: the app's own components rendered natively
/// (`cqtw_explorer::ui::prerendered`), with the first-cards mark right after the cards.
pub fn page(
    model: &'static cqtw_explorer::ui::store::Model,
    page: Option<&cqtw_domain::pages::Page>,
) -> Result<String> {
    let html = without_markers(&cqtw_explorer::ui::prerendered(model, page));
    let Some(cards) = html.find("id=\"cards\"") else {
        anyhow::bail!("the prerendered page has no list of cards");
    };
    let Some(end) = html[cards..].find("</ol>").map(|at| cards + at + "</ol>".len()) else {
        anyhow::bail!("the prerendered list of cards is not closed");
    };
    Ok(format!("{}<script>{RENDERED}</script>{}", &html[..end], &html[end..]))
}

/// `html` without the empty comments (`<!>`) that Leptos writes for hydration: the app takes
/// the prerendered page's place rather than hydrating it, so they are noise. (Text is
/// escaped, so `<!>` in the HTML is always a marker.)
pub fn without_markers(html: &str) -> String {
    html.replace("<!>", "")
}

/// Where the first `<tag …>` of `html` (`open` is `"<link"`, say) whose text contains
/// `needle` stands, from `<` to `>`.
pub fn tag_span(html: &str, open: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    html.match_indices(open).find_map(|(at, _)| {
        let end = at + html[at..].find('>')? + 1;
        html[at..end].contains(needle).then_some(at..end)
    })
}

/// The base64 SHA-256 of `text`, as CSP and SRI write it.
pub fn sha256_b64(text: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text))
}
