//! What the reader did on the prerendered page before the app started, carried over to the
//! app's own page: the text typed into the search box, the sectors checked, the "Source"
//! disclosures opened, and where the focus was (with the caret, in the search box).

use super::search_box::SEARCH_INPUT;
use super::store::Store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An element is found again by the element with an id that holds it (a card, or `main`)
/// and its place among that element's matches of a selector: both pages are rendered by the
/// same components, so the places agree.
type Place = (String, u32);

/// What a reader can focus on the page.
const FOCUSABLE: &str = "a[href], button, input, summary, [tabindex]";

/// The reader's input on the prerendered page.
#[derive(Clone, Default)]
pub struct EarlyInput {
    query: Option<String>,
    sectors: Vec<String>,
    opened: Vec<Place>,
    /// The focused element, and the search box's selection if it was that.
    focus: Option<(Place, Option<(u32, u32)>)>,
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

/// The place of each element under `main` that `selector` matches, but for those in a
/// source's body: the build writes every body into the page, the app only an opened one.
fn places(main: &web_sys::Element, selector: &str) -> Vec<(Place, web_sys::Element)> {
    let mut seen: Vec<(String, u32)> = Vec::new();
    elements(main, selector)
        .into_iter()
        .filter(|el| el.closest(".source__body").ok().flatten().is_none())
        .map(|el| {
            let id = holder(&el);
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
            ((id, n), el)
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
        let sectors = elements(main, "input[name=sector]:checked")
            .iter()
            .filter_map(|c| c.get_attribute("value"))
            .collect();
        let opened = places(main, "details.source")
            .into_iter()
            .filter(|(_, d)| d.has_attribute("open"))
            .map(|(place, _)| place)
            .collect();
        let focused = document().active_element();
        let focus = places(main, FOCUSABLE)
            .into_iter()
            .find(|(_, el)| focused.as_ref() == Some(el))
            .map(|(place, el)| {
                let selection = el
                    .dyn_into::<web_sys::HtmlInputElement>()
                    .ok()
                    .filter(|i| i.id() == SEARCH_INPUT)
                    .map(|i| {
                        let start = i.selection_start().ok().flatten().unwrap_or(0);
                        (start, i.selection_end().ok().flatten().unwrap_or(start))
                    });
                (place, selection)
            });
        EarlyInput {
            query,
            sectors,
            opened,
            focus,
        }
    }

    /// Applies the typed text and the checked sectors to the store, before the app renders.
    pub fn apply_to_state(&self, store: Store) {
        store.take_up(self.query.clone(), &self.sectors);
    }

    /// Opens the same disclosures and gives the focus back, once the app's page is in the
    /// document.
    pub fn apply_to_page(&self) {
        let Some(main) = document().query_selector("#app > .page").ok().flatten() else {
            return;
        };
        if !self.opened.is_empty() {
            for (place, d) in places(&main, "details.source") {
                if self.opened.contains(&place) {
                    let _ = d.set_attribute("open", "");
                }
            }
        }
        let Some((focused, selection)) = &self.focus else {
            return;
        };
        let Some((_, el)) = places(&main, FOCUSABLE).into_iter().find(|(place, _)| place == focused) else {
            return;
        };
        if let Some((start, end)) = *selection {
            if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                // The search box's value follows the store in an effect that runs after
                // this; set it now so that the selection has its text (the effect then sees
                // the same text and leaves it, and the caret, alone).
                input.set_value(self.query.as_deref().unwrap_or_default());
                let _ = input.focus();
                let _ = input.set_selection_range(start, end);
            }
        } else if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
