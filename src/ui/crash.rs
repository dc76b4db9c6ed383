//! What the reader sees when the app fails: a friendly message with a reload link instead of
//! a blank page. The details go to the console too.
//!
//! The message lives in `index.html` (`#crash`, hidden), so it shows even though a panic
//! leaves no Rust code able to run afterwards.

use leptos::prelude::document;

/// Installs a panic hook that logs the panic and reveals the crash message.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        leptos::logging::error!("{detail}");
        show(&detail);
    }));
}

/// Reveals the crash message and hides the app.
pub fn show(detail: &str) {
    let doc = document();
    if let Some(crash) = doc.get_element_by_id("crash") {
        let _ = crash.remove_attribute("hidden");
        if let Some(el) = doc.get_element_by_id("crash-detail") {
            el.set_text_content(Some(detail));
        }
    }
    if let Some(app) = doc.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
}
