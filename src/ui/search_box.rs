//! The search box: results follow every keystroke; `/` focuses it, `Escape` clears it.

use super::store::Store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const INPUT_ID: &str = "search-input";

/// Moves the focus to the search box.
pub fn focus_search() {
    let input = document().get_element_by_id(INPUT_ID);
    if let Some(input) = input.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = input.focus();
        input.select();
    }
}

/// The search field.
#[component]
pub fn SearchBox() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <div class="search">
            <label class="search__label" for=INPUT_ID>"Search delegations"</label>
            <p class="search__hint" id="search-hint">
                "Names, people, places, sectors, quotes. Press " <kbd>"/"</kbd> " to search, "
                <kbd>"Esc"</kbd> " to clear."
            </p>
            <input
                id=INPUT_ID
                class="search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-hint"
                maxlength="200"
                prop:value=move || store.q.get()
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
