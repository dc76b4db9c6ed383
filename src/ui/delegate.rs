//! The listeners for the controls inside the HTML that [`crate::markup`] builds (cards,
//! sources, the article): one listener per event type on `<main>`, which finds the control
//! from the event's target, instead of one closure per control.

use super::browser::target_element;
use super::card::copy_link;
use super::source;
use super::store::Store;
use wasm_bindgen::JsCast;

/// A click: a sector chip, a link to a sentence, or "Copy link".
pub fn click(store: Store, ev: &web_sys::MouseEvent) {
    let Some(target) = target_element(ev) else { return };
    let find = |selector: &str| target.closest(selector).ok().flatten();
    if let Some(chip) = find("button.chip[data-sector]") {
        store.toggle_sector(&chip.get_attribute("data-sector").unwrap_or_default());
    } else if let Some(link) = find("a[data-sentence]") {
        // A click that asks for a new tab or window keeps the browser's behaviour.
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        source::follow(store, &link.get_attribute("data-sentence").unwrap_or_default());
    } else if let Some(button) = find("button.copy-link") {
        copy_link(store, button);
    }
}

/// A disclosure opened or closed (`toggle` does not bubble: this listens while capturing).
pub fn toggle(store: Store, ev: &web_sys::Event) {
    if let Some(details) = target_element(ev) {
        source::on_toggle(store, &details);
    }
}

/// Focus moved: the link shown to copy by hand is selected, ready to copy.
pub fn focus_in(ev: &web_sys::FocusEvent) {
    let input = target_element(ev)
        .filter(|el| el.matches(".copy-fallback input").unwrap_or(false))
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        input.select();
    }
}
