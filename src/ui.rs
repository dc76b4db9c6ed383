//! The Leptos shell: components written with `view!` over the [`store`]'s signals.
//!
//! `cargo xtask dist` renders [`app::App`] natively into `index.html` ([`prerendered`]): every
//! region of the page (the headline figures, the overview, the search and filters, the cards,
//! the figures panel, the article, "About this data"), so the page shows before the WASM
//! arrives and reads without JavaScript. In the browser, [`start`] mounts the same component
//! in its place, in one task, carrying over what the reader did meanwhile (a link with a
//! query had the prerendered view hidden by a script in the page, so that it never flashes).

pub mod about;
pub mod app;
pub mod article;
pub mod browser;
pub mod card;
pub mod copy_link;
pub mod crash;
#[cfg(target_arch = "wasm32")]
mod early;
pub mod editions;
pub mod empty;
pub mod filter;
pub mod headline;
pub mod highlight;
pub mod hits;
pub mod inferred;
pub mod notes;
pub mod other_reports;
pub mod over_time;
pub mod overview;
pub mod read_as;
pub mod reports;
pub mod results;
pub mod search_box;
pub mod source;
pub mod store;
pub mod summary;
pub mod table;
pub mod tools;
pub mod worker;

use leptos::prelude::*;
use store::{Model, Store};

/// The attribute that marks the page written at build time.
pub const PRERENDERED: &str = "data-prerendered";

/// The page of the default view (`None`) or of a shareable page, as `cargo xtask dist`
/// writes it into `index.html` and each page's copy of it: rendered natively by the same
/// components the browser runs, in the state the page's address names, with each source's
/// sentence in its HTML, so that a source opens without JavaScript.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerendered(model: &'static Model, page: Option<&crate::domain::pages::Page>) -> String {
    let owner = Owner::new();
    owner.with(|| {
        // A page without script still opens every source: each holds its sentence.
        provide_context(source::BodiesInHtml);
        let store = match page {
            Some(page) => {
                let (state, fragment) = page.view();
                let target = fragment.as_deref().and_then(|f| model.delegation_id(f));
                Store::at(model, state, target)
            }
            None => Store::new(model),
        };
        view! { <app::App store prerendered=true/> }.to_html()
    })
}

/// The content of a chrome-less embed page (`embed/figures/`, `embed/delegations/<id>/`,
/// `embed/sectors/<slug>/`), as `cargo xtask dist` writes it: the figures panel, one card or
/// a sector's cards, rendered by the app's own components with every source's sentence in the
/// HTML, since an embed runs no app. `None` for an unknown id or sector.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerendered_embed(model: &'static Model, page: &crate::domain::pages::Page) -> Option<String> {
    use crate::domain::pages::Page;
    let owner = Owner::new();
    owner.with(|| {
        provide_context(source::BodiesInHtml);
        let store = Store::new(model);
        match page {
            Page::Delegation(id) => {
                let d = model.data.delegations.iter().find(|d| *d.id == **id)?;
                Some(view! { <card::Card store d/> }.to_html())
            }
            Page::Figures => Some(view! { <summary::Summary store/> }.to_html()),
            // A report has no embed of its own: `share::embed` gives the figures'.
            Page::Source(_) => None,
            Page::Sector(slug) => {
                let sector = model.data.sector(slug)?;
                let (state, _) = page.view();
                let results = crate::domain::view::compute(&model.data, &model.catalog, &state).results;
                let heading = format!("{}: {}", sector.name, crate::domain::labels::count(results.len()));
                let cards = results
                    .into_iter()
                    .filter_map(|i| model.data.delegations.get(i))
                    .map(|d| view! { <li><card::Card store d/></li> })
                    .collect_view();
                Some(
                    view! {
                        <h2 class="embed__heading">{heading}</h2>
                        <ol class="cards" role="list">{cards}</ol>
                    }
                    .to_html(),
                )
            }
        }
    })
}

/// Starts the app: installs the panic hook, loads the embedded data and mounts the page.
pub fn start() {
    // Start-up phases, as `performance.mark`s (the bench reports them; a mark costs little).
    browser::mark("app-start");
    crash::install_hook();
    // Read before mounting: the app rewrites the URL into its canonical form.
    let forced_panic = browser::wants_forced_panic();
    #[cfg(feature = "bench")]
    let (data, article) = crate::bench::load();
    #[cfg(not(feature = "bench"))]
    let (data, article) = crate::data::load();
    browser::mark("app-data");
    let corrections = browser::meta(store::CORRECTIONS_META);
    let model: &'static Model = Box::leak(Box::new(Model::new(data, article).with_corrections(corrections)));
    #[cfg(feature = "bench")]
    crate::bench::register(model);
    if let Err(message) = boot(model) {
        crash::show(message);
        return;
    }
    // A page with prerendered cards set `app-rendered` when they were parsed.
    browser::mark_once("app-rendered");
    browser::mark("app-interactive");
    // The service worker is registered by the page's first script (release builds):
    // see `xtask/src/dist.rs`, `OFFLINE`.
    if forced_panic {
        panic!("forced panic requested by ?debug=panic (debug builds only)");
    }
}

/// Mounts the app into `#app`, in place of the prerendered page, reads the URL, and
/// schedules what waits for the first paint. The store is created inside the mount, so that
/// the app's root owner owns its signals.
///
/// The prerendered page is replaced, not hydrated: the new page is mounted and the old one
/// removed in one task, so no frame shows neither (the page keeps its height and scroll
/// position), and what the reader did on the prerendered page (text typed, the caret,
/// sectors checked, sources opened) is carried over (`early`). Hydration would keep the
/// built elements, but a link with a query asks for another view than the one built.
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
    let prerendered = doc.query_selector(&format!("#app > [{PRERENDERED}]")).ok().flatten();
    // The build wrote the embedded dataset's default view; a bench build shows other data,
    // and a link with a query asks for another view (a script in the page hid this one).
    let default_view = browser::search().trim_start_matches('?').is_empty() && !cfg!(feature = "bench");
    let early = prerendered
        .as_ref()
        .filter(|_| default_view)
        .map(early::EarlyInput::read)
        .unwrap_or_default();
    let made = Rc::new(Cell::new(None::<Store>));
    let slot = made.clone();
    let carried = early.clone();
    leptos::mount::mount_to(root, move || {
        let store = Store::new(model);
        store.restore();
        carried.apply_to_state(store);
        slot.set(Some(store));
        view! { <app::App store/> }
    })
    .forget();
    if let Some(page) = prerendered {
        page.remove();
    }
    early.apply_to_page();
    after_first_paint(made.get().ok_or("the app did not start")?);
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
fn boot(_model: &'static Model) -> Result<(), &'static str> {
    Err("the app runs in a browser")
}

/// What waits for the first paint: then a permalink or a sentence link scrolls to its
/// target, and the search indexes (the cards' and the rest of the page's) are built before
/// the first keystroke needs them, so the first render never waits for them.
pub fn after_first_paint(store: Store) {
    browser::after_paint(move || {
        if !store.is_mounted() {
            return;
        }
        request_animation_frame(move || {
            if let Some(id) = store.target().try_get_untracked().flatten() {
                browser::scroll_to(id, false);
            } else if let Some(n) = store.sentence().try_get_untracked().flatten() {
                browser::scroll_to(&crate::domain::labels::sentence_id(n), false);
            } else {
                let (_, _, hash) = store::read_address();
                if crate::domain::scope::is_page_fragment(&hash) {
                    browser::scroll_to(&hash, false);
                }
            }
        });
        let model = store.model;
        set_timeout(
            move || {
                model.catalog.search_index(&model.data);
                // And the rest of the page's, which every query searches too.
                if let Some(scope) = &model.catalog.scope {
                    scope.index();
                }
            },
            std::time::Duration::ZERO,
        );
    });
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
