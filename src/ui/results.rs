//! The results kept in step with the view (markup: [`crate::markup::results`],
//! [`crate::markup::card`]): the count, the cards, their search marks, pressed chips and
//! permalink target, the empty state, "Show more", the live region, and the tools' actions.
//!
//! The list is keyed by delegation: a card that stays in the results is moved, not rebuilt,
//! so a "Source" the reader opened in it stays open while they type.

use super::app::Written;
use super::browser::{self, find};
use super::store::{effect, follow, Store, PAGE_SIZE};
use crate::domain::export;
use crate::domain::search::Query;
use crate::domain::url_state::ViewState;
use crate::domain::view::title;
use crate::markup::card::{card, CardMarkup, Shown};
use crate::markup::html::marked_string;
use crate::markup::page::empty;
use crate::markup::results::{count, show_more, show_more_label, CITE};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

/// A card in the list: its delegation, its `<li>`, its highlightable runs and the marks they
/// show, for `query`.
struct Rendered {
    index: usize,
    item: web_sys::Element,
    runs: Vec<&'static str>,
    marks: Vec<Vec<Range<usize>>>,
    query: Query,
}

impl Rendered {
    fn new(index: usize, item: web_sys::Element, markup: CardMarkup<'static>, query: Query) -> Rendered {
        Rendered {
            index,
            item,
            runs: markup.runs,
            marks: markup.marks,
            query,
        }
    }

    /// Re-marks the runs whose marks differ under `query`; the rest of the card is untouched.
    fn mark(&mut self, query: &Query) {
        let now: Vec<Vec<Range<usize>>> = self.runs.iter().map(|r| query.highlights(r)).collect();
        if now != self.marks {
            let spans = browser::elements(self.item.query_selector_all("span.hl"));
            for (((run, ranges), before), span) in self.runs.iter().zip(&now).zip(&self.marks).zip(spans) {
                if ranges != before {
                    span.set_inner_html(&marked_string(run, ranges));
                }
            }
            self.marks = now;
        }
        self.query = query.clone();
    }
}

/// Builds the card of delegation `index` for the current view, in a new `<li>`.
fn build(store: Store, index: usize) -> Option<Rendered> {
    let model = store.model;
    let d = model.data.delegations.get(index)?;
    let query = store.query.get_untracked();
    let pressed = store.sectors.get_untracked();
    let targeted = store.target.with_untracked(|t| t.as_deref() == Some(&*d.id));
    let shown = Shown {
        query: &query,
        pressed: &pressed,
        targeted,
    };
    let markup = card(&model.data, &model.article, d, &shown);
    let item = document().create_element("li").ok()?;
    item.set_inner_html(&markup.html);
    Some(Rendered::new(index, item, markup, query))
}

/// Puts the cards of `shown`, in order, in `list`: cards already there are moved (or left),
/// new ones built, the rest removed.
fn arrange(store: Store, list: &web_sys::Element, cards: &mut Vec<Rendered>, shown: &[usize]) {
    let mut before: HashMap<usize, Rendered> = cards.drain(..).map(|r| (r.index, r)).collect();
    let mut next = list.first_element_child();
    for &i in shown {
        let Some(r) = before.remove(&i).or_else(|| build(store, i)) else {
            continue;
        };
        if next.as_ref() == Some(&r.item) {
            next = r.item.next_element_sibling();
        } else {
            let _ = list.insert_before(&r.item, next.as_ref().map(|n| n.as_ref()));
        }
        cards.push(r);
    }
    for r in before.into_values() {
        r.item.remove();
    }
}

/// Keeps the results under `main` in step with the store, from what `written` put there.
pub fn keep_in_step(store: Store, main: &web_sys::Element, written: Written) {
    let Written {
        state,
        url,
        results,
        limit,
        target,
        cards,
        ..
    } = written;
    let list = find(main, "#cards");
    let items = browser::elements(main.query_selector_all("#cards > li"));
    let query = Query::new(&state.q);
    let cards: Vec<Rendered> = cards
        .into_iter()
        .zip(items)
        .map(|((index, markup), item)| Rendered::new(index, item, markup, query.clone()))
        .collect();
    let cards = Rc::new(RefCell::new(cards));

    let status = find(main, "#result-count");
    follow(
        results.len(),
        move || store.view.with(|v| v.results.len()),
        move |n| {
            if let Some(el) = &status {
                el.set_text_content(Some(&count(*n)));
            }
        },
    );

    let head = find(main, ".results__head");
    follow(
        url,
        move || {
            store.written.track();
            store.view_url()
        },
        move |url| {
            if let Some(el) = &head {
                let _ = el.set_attribute("data-url", url);
            }
        },
    );

    let shown: Vec<usize> = results.iter().take(limit).copied().collect();
    {
        let (cards, list) = (cards.clone(), list.clone());
        follow(
            shown,
            move || {
                let limit = store.limit.get();
                store
                    .view
                    .with(|v| v.results.iter().take(limit).copied().collect::<Vec<_>>())
            },
            move |shown| {
                if let Some(list) = &list {
                    arrange(store, list, &mut cards.borrow_mut(), shown);
                    let _ = list.toggle_attribute_with_force("hidden", shown.is_empty());
                }
            },
        );
    }

    // A new query re-marks the runs whose marks change, in the cards built before it.
    {
        let cards = cards.clone();
        effect(Box::new(move || {
            store.query.with(|q| {
                for r in cards.borrow_mut().iter_mut().filter(|r| r.query != *q) {
                    r.mark(q);
                }
            });
        }));
    }

    let chips = list.clone();
    follow(
        state.sectors.clone(),
        move || store.sectors.get(),
        move |pressed| {
            let Some(list) = &chips else { return };
            for chip in browser::elements(list.query_selector_all("button.chip[data-sector]")) {
                let on = chip.get_attribute("data-sector").is_some_and(|s| pressed.contains(&s));
                let _ = chip.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
        },
    );

    let targets = list.clone();
    follow(
        target,
        move || store.target.get(),
        move |target| {
            let Some(list) = &targets else { return };
            for card in browser::elements(list.query_selector_all("article.card[data-target]")) {
                let _ = card.remove_attribute("data-target");
            }
            let card = target.as_deref().and_then(|id| document().get_element_by_id(id));
            if let Some(card) = card.filter(|c| list.contains(Some(c))) {
                let _ = card.set_attribute("data-target", "true");
            }
        },
    );

    let empty_state = find(main, "#empty-state");
    follow(
        results.is_empty().then(|| (state.q.clone(), state.sectors.clone())),
        move || {
            let none = store.view.with(|v| v.results.is_empty());
            none.then(|| (store.q.get(), store.sectors.get()))
        },
        move |asked| {
            let Some(el) = &empty_state else { return };
            let html = match asked {
                Some((q, sectors)) => {
                    let state = ViewState {
                        q: q.clone(),
                        sectors: sectors.clone(),
                        sentence: None,
                    };
                    store.view.with_untracked(|v| empty(&store.model.data, &state, v))
                }
                None => String::new(),
            };
            el.set_inner_html(&html);
            let _ = el.toggle_attribute_with_force("hidden", asked.is_none());
        },
    );

    let more = find(main, "#more");
    follow(
        (limit, results.len()),
        move || (store.limit.get(), store.view.with(|v| v.results.len())),
        move |&(limit, total)| {
            let Some(el) = &more else { return };
            // The button stays the same element while it is needed, so it keeps the focus.
            match find(el, "button") {
                Some(button) if total > limit => button.set_text_content(Some(&show_more_label(limit, total))),
                _ => {
                    let mut html = String::new();
                    show_more(&mut html, limit, total);
                    el.set_inner_html(&html);
                }
            }
        },
    );

    let announcer = find(main, "#announcer");
    follow(
        String::new(),
        move || store.announcement.get(),
        move |text| {
            if let Some(el) = &announcer {
                el.set_text_content(Some(text));
            }
        },
    );
}

/// "Show more": the next page of cards.
pub fn more(store: Store) {
    store.limit.update(|l| *l += PAGE_SIZE);
}

/// A tool: cite the view (`cite`), or download it (`json`, `csv`) or the figures (`figures`).
pub fn tool(store: Store, action: &str, button: web_sys::Element) {
    let data = &store.model.data;
    let results = || store.view.with_untracked(|v| v.results.clone());
    match action {
        "cite" => {
            let text = export::citation(data, &title(data, &store.state_untracked()), &store.view_url());
            leptos::task::spawn_local(async move {
                let ok = browser::copy_text(&text).await;
                let (label, message) = if ok {
                    ("Citation copied", "Citation copied")
                } else {
                    (CITE, "Copy failed: select the address bar to cite")
                };
                button.set_text_content(Some(label));
                store.announcement.set(message.to_owned());
                set_timeout(
                    move || button.set_text_content(Some(CITE)),
                    std::time::Duration::from_secs(3),
                );
            });
        }
        "json" => {
            let body = export::delegations_json(data, &results());
            browser::download(&export::file_name("delegations", "json"), "application/json", &body);
        }
        "csv" => {
            let body = export::delegations_csv(data, &results());
            browser::download(&export::file_name("delegations", "csv"), "text/csv", &body);
        }
        "figures" => {
            browser::download(
                &export::file_name("figures", "csv"),
                "text/csv",
                &export::figures_csv(data),
            );
        }
        _ => {}
    }
}
