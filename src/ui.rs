//! The Leptos shell: components written with `view!` over the [`store`]'s signals.
//!
//! `cargo xtask dist` renders [`app::App`] natively into `index.html` ([`prerendered`]), so
//! the default view's cards show before the WASM arrives. In the browser, [`start`] hydrates
//! that page when the link asks for the default view, or mounts the app afresh for any
//! other link (a script in the page has hidden the prerendered view meanwhile).

pub mod app;
pub mod article;
pub mod browser;
pub mod card;
pub mod copy_link;
pub mod crash;
pub mod empty;
pub mod filter;
pub mod highlight;
pub mod notes;
pub mod overview;
pub mod results;
pub mod search_box;
pub mod source;
pub mod store;
pub mod summary;
pub mod tools;

use leptos::prelude::*;
use store::{Model, Store};

/// The attribute that marks a `<main>` written at build time.
pub const PRERENDERED: &str = "data-prerendered";

/// The default view's `<main>`, as `cargo xtask dist` writes it into `index.html`: rendered
/// natively by the same components the browser runs.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerendered(model: &'static Model) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::new(model);
        view! { <app::App store prerendered=true/> }.to_html()
    })
}

/// Starts the app: installs the panic hook, loads the embedded data and hydrates or mounts
/// the page.
pub fn start() {
    // Start-up phases, as `performance.mark`s (the bench reports them; a mark costs little).
    browser::mark("app-start");
    crash::install_hook();
    // Read before mounting: the app rewrites the URL into its canonical form.
    let forced_panic = browser::wants_forced_panic();
    #[cfg(feature = "bench")]
    let loaded = crate::bench::load();
    #[cfg(not(feature = "bench"))]
    let loaded = crate::domain::embedded::load();
    browser::mark("app-data");
    match loaded {
        Ok((data, article)) => {
            let model: &'static Model = Box::leak(Box::new(Model::new(data, article)));
            #[cfg(feature = "bench")]
            crate::bench::register(model);
            if let Err(message) = boot(model) {
                crash::show(message);
                return;
            }
            // A page with prerendered cards set `app-rendered` when they were parsed.
            browser::mark_once("app-rendered");
            browser::mark("app-interactive");
            browser::set_canonical();
            if !cfg!(debug_assertions) {
                browser::register_service_worker();
            }
            if forced_panic {
                panic!("forced panic requested by ?debug=panic (debug builds only)");
            }
        }
        Err(message) => crash::show(&message),
    }
}

/// Hydrates the prerendered page or mounts the app into `#app`, reads the URL and schedules
/// what waits for the first paint. The store is created inside the mount, so that the app's
/// root owner owns its signals.
#[cfg(target_arch = "wasm32")]
fn boot(model: &'static Model) -> Result<(), &'static str> {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    let doc = document();
    let root = doc
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .ok_or("the page has no #app element")?;
    let prerendered = doc.query_selector(&format!("main[{PRERENDERED}]")).ok().flatten();
    let made = Rc::new(Cell::new(None::<Store>));
    let slot = made.clone();
    // The build wrote the embedded dataset's default view; a bench build shows other data.
    let default_view = browser::search().trim_start_matches('?').is_empty();
    match prerendered {
        Some(main) if default_view && !cfg!(feature = "bench") => {
            // What the reader did on the prerendered page before the app started.
            let early = early_input(&main);
            // Hydrated in the state it was built in, the default view; then the URL (a
            // `#card` permalink) and the early input are applied as changes.
            leptos::mount::hydrate_from(root, move || {
                let store = Store::new(model);
                slot.set(Some(store));
                view! { <app::App store prerendered=true/> }
            })
            .forget();
            let _ = main.remove_attribute(PRERENDERED);
            let store = made.get().ok_or("the app did not start")?;
            store.restore();
            if let Some(q) = early.query {
                store.set_query(q);
            }
            for slug in early.sectors {
                store.set_sector(&slug, true);
            }
        }
        stale => {
            // A link with a query: the prerendered default view (hidden by a script in the
            // page since it was parsed) makes way for the view the link asks for.
            if let Some(main) = stale {
                main.remove();
            }
            leptos::mount::mount_to(root, move || {
                let store = Store::new(model);
                store.restore();
                slot.set(Some(store));
                view! { <app::App store/> }
            })
            .forget();
        }
    }
    after_first_paint(made.get().ok_or("the app did not start")?);
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
fn boot(_model: &'static Model) -> Result<(), &'static str> {
    Err("the app runs in a browser")
}

/// What the reader typed or checked on the prerendered page before the app started.
#[cfg(target_arch = "wasm32")]
struct EarlyInput {
    query: Option<String>,
    sectors: Vec<String>,
}

#[cfg(target_arch = "wasm32")]
fn early_input(main: &web_sys::Element) -> EarlyInput {
    use wasm_bindgen::JsCast;
    let query = main
        .query_selector(&format!("#{}", search_box::SEARCH_INPUT))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .filter(|q| !q.is_empty());
    let mut sectors = Vec::new();
    if let Ok(checked) = main.query_selector_all("input[name=sector]:checked") {
        for i in 0..checked.length() {
            let value = checked
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.get_attribute("value"));
            sectors.extend(value);
        }
    }
    EarlyInput { query, sectors }
}

/// The figures and the article are below the fold: they are rendered once the search, the
/// filters and the first cards have been painted, so that those come up sooner. Then a
/// permalink or a sentence link scrolls to its target, and the search index is built before
/// the first keystroke needs it.
pub fn after_first_paint(store: Store) {
    browser::after_paint(move || {
        // `try_`: the app may have been unmounted meanwhile (tests mount and drop it).
        if store.painted.try_set(true).is_some() {
            return;
        }
        request_animation_frame(move || {
            if let Some(id) = store.target.try_get_untracked().flatten() {
                browser::scroll_to(&id, false);
            } else if let Some(n) = store.sentence.try_get_untracked().flatten() {
                browser::scroll_to(&crate::domain::labels::sentence_id(n), false);
            }
        });
        let model = store.model;
        set_timeout(
            move || {
                model.catalog.search_index(&model.data);
            },
            std::time::Duration::ZERO,
        );
    });
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
