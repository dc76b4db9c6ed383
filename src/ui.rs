//! The Leptos shell: the [`store`]'s signals, and the page written from [`crate::markup`]
//! and kept in step with them.

pub mod app;
pub mod browser;
pub mod card;
pub mod controls;
pub mod crash;
pub mod delegate;
pub mod results;
pub mod source;
pub mod store;

use leptos::prelude::*;
use store::Model;
use wasm_bindgen::JsCast;

/// Starts the app: installs the panic hook, loads the embedded data and mounts the page.
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
            // The search index is built after the first paint (or by the first query).
            let model: &'static Model = Box::leak(Box::new(Model::new(data, article)));
            #[cfg(feature = "bench")]
            crate::bench::register(model);
            let Some(root) = document().get_element_by_id("app") else {
                crash::show("the page has no #app element");
                return;
            };
            let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
                return;
            };
            leptos::mount::mount_to(root, move || view! { <app::App model=model/> }).forget();
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
