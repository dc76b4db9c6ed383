//! The search box: it holds `q`, sets it on every keystroke, and clears it on Escape.
//!
//! Its value follows the store, so a change from elsewhere ("Clear all", Back) shows in it;
//! the value is written only when it differs from what the box holds, so typing (and a CJK
//! input method's composition) is never interrupted by a write of the same text.
//!
//! On a phone, typing happens above the on-screen keyboard: while the box has the focus it is
//! kept at the top of the visual viewport (also when the keyboard opens and shrinks it), so
//! the count under it and the first results stay in view; Enter closes the keyboard and goes
//! to the results.

use super::store::Store;
use leptos::prelude::*;

/// The id of the search box.
pub const SEARCH_INPUT: &str = "search-input";

/// The labelled search field.
#[component]
pub fn SearchBox(store: Store) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let search = NodeRef::<leptos::html::Div>::new();
    // An effect: it runs in the browser only, not in the native prerender.
    Effect::new(move |_| {
        let q = store.q().get();
        if let Some(input) = input.get().filter(|i| i.value() != q) {
            input.set_value(&q);
        }
    });
    // The box at the top of what the phone shows, while it has the focus.
    let bring_up = move || {
        let focused = input.get_untracked().is_some_and(|i| super::browser::is_focused(&i));
        if let Some(search) = search.get_untracked().filter(|_| focused) {
            super::browser::keep_at_top_on_a_phone(&search);
        }
    };
    Effect::new(move |_| {
        // Kept by the effect's owner: the listener goes when the app is unmounted.
        StoredValue::new_local(super::browser::on_visual_viewport_resize(bring_up));
    });
    view! {
        <div class="search" node_ref=search>
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
                on:input=move |ev| {
                    store.set_query(event_target_value(&ev));
                    bring_up();
                }
                on:focus=move |_| bring_up()
                on:keydown=move |ev| {
                    match ev.key().as_str() {
                        "Escape" => {
                            ev.prevent_default();
                            store.set_query(String::new());
                        }
                        // To the results (which closes a phone's keyboard).
                        "Enter" => {
                            ev.prevent_default();
                            super::browser::scroll_to("results", true);
                        }
                        _ => {}
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
