//! The tools of the results: cite this view (copied to the clipboard), download the shown
//! delegations as JSON or CSV, download the figures as CSV; and the polite live region that
//! confirms a copy.

use super::browser;
use super::store::Store;
use crate::domain::embedded::DATA_VERSION;
use crate::domain::export::{self, Provenance};
use crate::domain::labels::CITE;
use crate::domain::view::title;
use leptos::prelude::*;
use std::time::Duration;

/// How long the confirmation shows on the button.
const CONFIRMATION: Duration = Duration::from_secs(3);

/// The tools' group and the live region.
#[component]
pub fn Tools(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let article = &store.model.article;
    let cite_label = RwSignal::new(CITE);
    // What the exports and the citation are about: the view as shown, and the text version.
    let about = move |f: &dyn Fn(&Provenance) -> String| {
        let title = title(data, &store.state_untracked());
        let url = store.view_url();
        f(&Provenance {
            title: &title,
            url: &url,
            version: DATA_VERSION,
        })
    };
    let cite = move |_| {
        let text = about(&|p| export::citation(data, article, p));
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            let (label, message) = if ok {
                ("Citation copied", "Citation copied")
            } else {
                (CITE, "Copy failed: select the address bar to cite")
            };
            cite_label.set(label);
            store.announcement.set(message.to_owned());
            set_timeout(move || _ = cite_label.try_set(CITE), CONFIRMATION);
        });
    };
    let results = move || store.view.with_untracked(|v| v.results.clone());
    let json = move |_| {
        let body = about(&|p| export::delegations_json(data, article, &results(), p));
        browser::download(&export::file_name("delegations", "json"), "application/json", &body);
    };
    let csv = move |_| {
        let body = export::delegations_csv(data, article, &results());
        browser::download(&export::file_name("delegations", "csv"), "text/csv", &body);
    };
    let figures = move |_| {
        browser::download(
            &export::file_name("figures", "csv"),
            "text/csv",
            &export::figures_csv(data, article),
        );
    };
    view! {
        <div class="tools" role="group" aria-label="Cite and export this view">
            <button type="button" class="button button--quiet" on:click=cite>
                {move || cite_label.get()}
            </button>
            <button type="button" class="button button--quiet" on:click=json>
                {"Download JSON"}
            </button>
            <button type="button" class="button button--quiet" on:click=csv>
                {"Download CSV"}
            </button>
            <button type="button" class="button button--quiet" on:click=figures>
                {"Figures CSV"}
            </button>
        </div>
        <p class="visually-hidden" aria-live="polite" id="announcer">
            {move || store.announcement.get()}
        </p>
    }
}
