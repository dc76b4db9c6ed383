//! What the reader did on the prerendered page before the app started, carried over to the
//! app's own page: the text typed into the search box (and the caret), the sectors checked,
//! and the "Source" disclosures opened.

use super::search_box::SEARCH_INPUT;
use super::store::Store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A disclosure is found again by the element with an id that holds it (a card, or `main`)
/// and its place among that element's disclosures.
type Place = (String, u32);

/// The reader's input on the prerendered page.
#[derive(Clone, Default)]
pub struct EarlyInput {
    query: Option<String>,
    sectors: Vec<String>,
    /// Whether the search box had the focus, and its selection.
    focus: Option<(u32, u32)>,
    opened: Vec<Place>,
}

fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// The id of the nearest element with an id around `el` (a card, or `main`).
fn holder(el: &web_sys::Element) -> String {
    el.parent_element()
        .and_then(|p| p.closest("[id]").ok().flatten())
        .map(|h| h.id())
        .unwrap_or_default()
}

/// The place of each disclosure under `main`.
fn places(main: &web_sys::Element) -> Vec<(Place, web_sys::Element)> {
    let mut seen: Vec<(String, u32)> = Vec::new();
    elements(main, "details.source")
        .into_iter()
        .map(|d| {
            let id = holder(&d);
            let n = match seen.iter_mut().find(|(h, _)| *h == id) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    seen.push((id.clone(), 0));
                    0
                }
            };
            ((id, n), d)
        })
        .collect()
}

fn search_input(root: &web_sys::Element) -> Option<web_sys::HtmlInputElement> {
    root.query_selector(&format!("#{SEARCH_INPUT}"))
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

impl EarlyInput {
    /// Reads the reader's input from the prerendered `<main>`.
    pub fn read(main: &web_sys::Element) -> EarlyInput {
        let input = search_input(main);
        let query = input.as_ref().map(|i| i.value()).filter(|q| !q.is_empty());
        let focused = document().active_element();
        let focus = input.filter(|i| focused.as_ref() == Some(i.unchecked_ref())).map(|i| {
            let start = i.selection_start().ok().flatten().unwrap_or(0);
            (start, i.selection_end().ok().flatten().unwrap_or(start))
        });
        let sectors = elements(main, "input[name=sector]:checked")
            .iter()
            .filter_map(|c| c.get_attribute("value"))
            .collect();
        let opened = places(main)
            .into_iter()
            .filter(|(_, d)| d.has_attribute("open"))
            .map(|(place, _)| place)
            .collect();
        EarlyInput {
            query,
            sectors,
            focus,
            opened,
        }
    }

    /// Applies the typed text and the checked sectors to the store, before the app renders.
    pub fn apply_to_state(&self, store: Store) {
        if let Some(q) = &self.query {
            store.set_query(q.clone());
        }
        for slug in &self.sectors {
            store.set_sector(slug, true);
        }
    }

    /// Opens the same disclosures and gives the focus back to the search box, once the
    /// app's page is in the document.
    pub fn apply_to_page(&self) {
        let Some(main) = document().query_selector("#app > main").ok().flatten() else {
            return;
        };
        if !self.opened.is_empty() {
            for (place, d) in places(&main) {
                if self.opened.contains(&place) {
                    let _ = d.set_attribute("open", "");
                }
            }
        }
        if let Some((start, end)) = self.focus {
            if let Some(input) = search_input(&main) {
                // The value property is bound in an effect that runs after this; set it now
                // so that the selection has its text (the effect then writes the same value,
                // which leaves the selection where it is).
                input.set_value(self.query.as_deref().unwrap_or_default());
                let _ = input.focus();
                let _ = input.set_selection_range(start, end);
            }
        }
    }
}
