//! The controls kept in step with the view (markup: [`crate::markup::controls`]): the search
//! box's value, the sector checkboxes and their counts, the active filters and the notes
//! about a corrected link.
//!
//! The search box and the checkboxes are updated in place, never rebuilt, so the focus, the
//! caret and a half-made selection stay where the reader left them.

use super::browser::{self, find};
use super::store::{follow, Store};
use crate::domain::url_state::ViewState;
use crate::markup::controls::{active_filters, empty, facet_count, link_notes, SEARCH_INPUT};
use crate::markup::page::checked_sectors;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves the focus to the search box and selects its text.
pub fn focus_search() {
    let input = document().get_element_by_id(SEARCH_INPUT);
    if let Some(input) = input.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = input.focus();
        input.select();
    }
}

/// Keeps the controls under `main` in step with the store; `shown` is the state and `notes`
/// the notes the page was written with.
pub fn keep_in_step(store: Store, main: &web_sys::Element, shown: &ViewState, notes: Vec<String>) {
    let data = &store.model.data;
    let input = find(main, &format!("#{SEARCH_INPUT}")).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    follow(
        shown.q.clone(),
        move || store.q.get(),
        move |q| {
            // Only a change from elsewhere (Escape, "Clear all", Back): typing already put it there.
            if let Some(input) = input.as_ref().filter(|i| i.value() != *q) {
                input.set_value(q);
            }
        },
    );

    let options: Vec<web_sys::Element> = browser::elements(main.query_selector_all(".filter__option")).collect();
    follow(
        store.view.with_untracked(|v| v.facets.clone()),
        move || store.view.with(|v| v.facets.clone()),
        move |facets| {
            for (option, f) in options.iter().zip(facets) {
                let _ = option.set_attribute("data-empty", empty(f));
                let checkbox = find(option, "input").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                if let Some(checkbox) = checkbox.filter(|c| c.checked() != f.checked) {
                    checkbox.set_checked(f.checked);
                }
                if let Some(count) = find(option, ".filter__count") {
                    count.set_text_content(Some(&facet_count(f)));
                }
            }
        },
    );

    let active = find(main, "#active-filters");
    follow(
        (shown.q.clone(), shown.sectors.clone()),
        move || (store.q.get(), store.sectors.get()),
        move |(q, sectors)| {
            let state = ViewState {
                sectors: sectors.clone(),
                ..ViewState::default()
            };
            if let Some(el) = &active {
                el.set_inner_html(&active_filters(q, &checked_sectors(data, &state)));
            }
        },
    );

    let region = find(main, "#link-notes");
    follow(
        notes,
        move || store.notes.get(),
        move |n| {
            if let Some(el) = &region {
                el.set_inner_html(&link_notes(n));
            }
        },
    );
}
