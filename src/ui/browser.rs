//! The browser glue: location, history, title, clipboard, scrolling and downloads.
//!
//! The components stay declarative and call these; the few other direct uses of `web_sys`
//! are where an element is at hand (a handler's event target, `ui::early` reading the
//! prerendered page, the crash message). Every call tolerates a missing API (it returns
//! `None` or `false`) instead of panicking: a panic in WASM kills the page.

use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};

/// The current `location.search` (with its `?`), or empty.
pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// The current fragment without `#`, percent-decoded, or empty.
pub fn hash() -> String {
    let raw = window().location().hash().unwrap_or_default();
    crate::domain::url_state::decode(raw.trim_start_matches('#'))
}

/// The current path, e.g. `/explorer/sectors/healthcare/`.
pub fn pathname() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".to_owned())
}

/// The site's base path, the folder of `<base href>` (or of the page, without one), e.g.
/// `/explorer/`: every view's address is under it (`domain::pages`).
pub fn base_path() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|base| web_sys::Url::new_with_base(".", &base).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".to_owned())
}

/// The current path under the base, percent-decoded: `sectors/healthcare/`, or empty at
/// the base (or off it).
pub fn page_path() -> String {
    let path = pathname();
    let under = path.strip_prefix(base_path().as_str()).unwrap_or_default();
    crate::domain::url_state::decode(under)
}

/// The absolute URL of `address`, a view's address under the base (`domain::pages::address`).
pub fn absolute_url(address: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}{address}", base_path())
}

/// How a URL change enters the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry (filter changes), so Back returns to the previous view.
    Push,
    /// Rewrite the current entry (typing).
    Replace,
}

/// Writes `address` (a view's canonical address under the base, possibly empty) into the
/// address bar, unless it is already there.
pub fn write_url(address: &str, mode: HistoryMode) {
    let url = format!("{}{address}", base_path());
    let current = format!(
        "{}{}{}",
        pathname(),
        search(),
        window().location().hash().unwrap_or_default()
    );
    if url == current {
        return;
    }
    let Ok(history) = window().history() else {
        return;
    };
    // An entry the app pushed is marked, so that it knows the one before is the reader's own
    // earlier view here (see `entry_is_ours`); a replaced entry keeps its mark.
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::TRUE, "", Some(&url)),
        HistoryMode::Replace => {
            let mark = history.state().unwrap_or(JsValue::NULL);
            history.replace_state_with_url(&mark, "", Some(&url))
        }
    };
}

/// Whether the app pushed the current history entry (so Back returns to a view of this
/// page, as the reader left it).
pub fn entry_is_ours() -> bool {
    window().history().and_then(|h| h.state()).is_ok_and(|s| s.is_truthy())
}

/// The browser's Back.
pub fn back() {
    if let Ok(history) = window().history() {
        let _ = history.back();
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Scrolls the element with `id` into view and focuses it when `focus` is set. Returns
/// whether it was found. The jump is instant: off-screen cards and figures are laid out only
/// when they come near (`content-visibility`), so a smooth scroll past them would end short
/// of its target; an instant jump also needs no reduced-motion exception.
pub fn scroll_to(id: &str, focus: bool) -> bool {
    let Some(el) = document().get_element_by_id(id) else {
        return false;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_behavior(web_sys::ScrollBehavior::Instant);
    opts.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if focus {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
    true
}

/// Whether the page lays out for a phone (below the two-column layout of `style/main.css`).
pub fn is_narrow() -> bool {
    window()
        .match_media("(max-width: 55.99rem)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Whether `el` has the focus.
pub fn is_focused(el: &web_sys::Element) -> bool {
    document().active_element().is_some_and(|a| &a == el)
}

/// On a phone, scrolls `el` to the top of the visual viewport (what the reader sees above an
/// on-screen keyboard), unless it is there already; elsewhere, does nothing.
pub fn keep_at_top_on_a_phone(el: &web_sys::Element) {
    if !is_narrow() {
        return;
    }
    let top = el.get_bounding_client_rect().top();
    let seen = window().visual_viewport().map_or(0.0, |v| v.offset_top());
    if (top - seen).abs() > 12.0 {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_behavior(web_sys::ScrollBehavior::Instant);
        opts.set_block(web_sys::ScrollLogicalPosition::Start);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Calls `f` whenever the visual viewport is resized (an on-screen keyboard opens or closes),
/// until the returned guard is dropped.
pub fn on_visual_viewport_resize(f: impl Fn() + 'static) -> impl Drop {
    struct Listening(Option<(web_sys::VisualViewport, wasm_bindgen::closure::Closure<dyn Fn()>)>);
    impl Drop for Listening {
        fn drop(&mut self) {
            if let Some((viewport, listener)) = self.0.take() {
                let _ = viewport.remove_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
            }
        }
    }
    let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(f);
    let viewport = window().visual_viewport();
    Listening(viewport.and_then(|v| {
        v.add_event_listener_with_callback("resize", listener.as_ref().unchecked_ref())
            .ok()?;
        Some((v, listener))
    }))
}

/// Whether the focused element takes text, so that `/` must type rather than jump.
pub fn focus_is_in_text_field() -> bool {
    let Some(el) = document().active_element() else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    let text_input = el
        .dyn_ref::<web_sys::HtmlInputElement>()
        .is_some_and(|i| !matches!(i.type_().as_str(), "checkbox" | "radio" | "button" | "submit" | "reset"));
    text_input || tag == "textarea" || tag == "select" || el.get_attribute("contenteditable").is_some()
}

/// Copies `text` to the clipboard: `false` where the Clipboard API is missing (an insecure
/// context, an old browser) or the write is refused.
pub async fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    has_clipboard
        && wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
}

/// Whether a click asks to follow a link in place: the main button, no modifier key (one
/// would ask for a new tab or window, which stays the browser's).
pub fn is_plain_click(e: &web_sys::MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

/// Whether the `<details>` a `toggle` event came from is now open.
pub fn is_open(e: &web_sys::Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}

/// Whether the browser has a native share sheet (`navigator.share`). Natively (the
/// prerendered page) there is no browser to ask: `false`.
pub fn can_share() -> bool {
    cfg!(target_arch = "wasm32")
        && js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("share")).is_ok_and(|f| f.is_function())
}

/// Opens the native share sheet for `url` with `title`; a cancelled or refused share is
/// the reader's choice, and nothing else happens.
pub async fn share(title: &str, url: &str) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let _ = wasm_bindgen_futures::JsFuture::from(window().navigator().share_with_data(&data)).await;
}

/// The `content` of the page's `<meta name="…">`, if any.
pub fn meta(name: &str) -> Option<String> {
    document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()?
        .get_attribute("content")
        .filter(|c| !c.is_empty())
}

/// The document's title.
pub fn title() -> String {
    document().title()
}

/// Offers `contents` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, contents: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Ok(a) = document().create_element("a") else {
        return false;
    };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return false;
    };
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Revoking at once can cancel the download in some browsers; give it a moment.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    true
}

/// How long to wait for a frame before running deferred work anyway (frames are not drawn
/// in a background tab, but timers still run).
const PAINT_FALLBACK: std::time::Duration = std::time::Duration::from_millis(200);

/// Runs `f` once, after the browser has had the chance to paint what is in the DOM now: in a
/// task after the next animation frame, or after [`PAINT_FALLBACK`] if no frame comes.
pub fn after_paint(f: impl FnOnce() + 'static) {
    use leptos::prelude::{request_animation_frame, set_timeout};
    use std::cell::Cell;
    use std::rc::Rc;
    let once = Rc::new(Cell::new(Some(f)));
    let run = {
        let once = once.clone();
        move || {
            if let Some(f) = once.take() {
                f();
            }
        }
    };
    let fallback = run.clone();
    request_animation_frame(move || set_timeout(run, std::time::Duration::ZERO));
    set_timeout(fallback, PAINT_FALLBACK);
}

/// Sets a `performance.mark` for the benchmark.
pub fn mark(name: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(name);
    }
}

/// Sets a `performance.mark` unless the page has set it already.
pub fn mark_once(name: &str) {
    if let Some(perf) = window().performance() {
        if perf.get_entries_by_name(name).length() == 0 {
            let _ = perf.mark(name);
        }
    }
}

/// Whether the URL asks for a forced panic (`?debug=panic`), to test the crash message.
/// Only debug builds honour it; release builds ignore it.
pub fn wants_forced_panic() -> bool {
    cfg!(debug_assertions) && search().trim_start_matches('?').split('&').any(|p| p == "debug=panic")
}
