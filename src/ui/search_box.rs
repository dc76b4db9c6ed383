//! The search box: it holds `q`, sets it on every keystroke, and clears it on Escape.
//!
//! Its value follows the store, so a change from elsewhere ("Clear all", Back) shows in it;
//! the value is written only when it differs from what the box holds, so typing (and a CJK
//! input method's composition) is never interrupted by a write of the same text.

use super::store::Store;
use leptos::prelude::*;

/// The id of the search box.
pub const SEARCH_INPUT: &str = "search-input";

/// The labelled search field.
#[component]
pub fn SearchBox(store: Store) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    // An effect: it runs in the browser only, not in the native prerender.
    Effect::new(move |_| {
        let q = store.q().get();
        if let Some(input) = input.get().filter(|i| i.value() != q) {
            input.set_value(&q);
        }
    });
    view! {
        <div class="search">
            <label class="search__label" for=SEARCH_INPUT>
                {"Search delegations"}
            </label>
            <p class="search__hint" id="search-hint">
                {"Names, people, places, sectors, quotes, figures and the article."}
                <span class="search__keys">
                    {" Press "}<kbd>{"/"}</kbd>{" to search, "}<kbd>{"Esc"}</kbd>{" to clear."}
                </span>
            </p>
            <input
                id=SEARCH_INPUT
                class="search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-hint"
                maxlength="200"
                node_ref=input
                on:input=move |ev| store.set_query(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        store.set_query(String::new());
                    }
                }
            />
        </div>
    }
}

/// Moves the focus to the search box and selects its text.
pub fn focus_search() {
    use wasm_bindgen::JsCast;
    let input = document().get_element_by_id(SEARCH_INPUT);
    if let Some(input) = input.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = input.focus();
        input.select();
    }
}
