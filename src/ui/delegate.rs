//! The listeners of `<main>`: one per event type, which finds the control from the event's
//! target, instead of one closure per control. Buttons say what they do with `data-sector`
//! (check or uncheck that sector) or `data-action`.

use super::browser::{self, target_element};
use super::card::copy_link;
use super::results;
use super::source;
use super::store::Store;
use crate::markup::controls::SEARCH_INPUT;
use wasm_bindgen::JsCast;

/// Listens on `main` for what its controls do. Every listener hears the event while it
/// travels down to its target (capture), so events that do not bubble (`toggle`, and the
/// `input` events some autofill tools dispatch) are heard too.
pub fn listen(store: Store, main: &web_sys::Element) {
    for kind in ["click", "input", "change", "keydown", "focusin", "toggle"] {
        browser::listen(main, kind, true, Box::new(move |ev| handle(store, &ev)));
    }
}

fn handle(store: Store, ev: &web_sys::Event) {
    let Some(target) = target_element(ev) else { return };
    match ev.type_().as_str() {
        "click" => {
            if let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() {
                click(store, ev, &target);
            }
        }
        "input" if target.id() == SEARCH_INPUT => {
            if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
                store.set_query(input.value());
            }
        }
        "keydown" if target.id() == SEARCH_INPUT => {
            let escape = ev
                .dyn_ref::<web_sys::KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape");
            if escape {
                ev.prevent_default();
                store.set_query(String::new());
            }
        }
        "change" => {
            if let Some(checkbox) = target
                .dyn_ref::<web_sys::HtmlInputElement>()
                .filter(|i| i.name() == "sector")
            {
                store.toggle_sector(&checkbox.value());
            }
        }
        "toggle" => source::on_toggle(store, &target),
        "focusin" => focus_in(&target),
        _ => {}
    }
}

/// A click: a sector (chip, suggestion, active filter), a link to a sentence, "Copy link", or
/// another action.
fn click(store: Store, ev: &web_sys::MouseEvent, target: &web_sys::Element) {
    let find = |selector: &str| target.closest(selector).ok().flatten();
    if let Some(button) = find("button[data-sector]") {
        store.toggle_sector(&button.get_attribute("data-sector").unwrap_or_default());
    } else if let Some(link) = find("a[data-sentence]") {
        // A click that asks for a new tab or window keeps the browser's behaviour.
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        source::follow(store, &link.get_attribute("data-sentence").unwrap_or_default());
    } else if let Some(button) = find("button.copy-link") {
        copy_link(store, button);
    } else if let Some(button) = find("button[data-action]") {
        match button.get_attribute("data-action").unwrap_or_default().as_str() {
            "clear-query" => store.set_query(String::new()),
            "clear-all" => store.clear_all(),
            "more" => results::more(store),
            action => results::tool(store, action, button),
        }
    }
}

/// Focus moved: the link shown to copy by hand is selected, ready to copy.
fn focus_in(target: &web_sys::Element) {
    if target.matches(".copy-fallback input").unwrap_or(false) {
        if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
            input.select();
        }
    }
}
