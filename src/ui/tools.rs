//! "Share and export", one menu beside the results: copy the link to this view, the native
//! share sheet where the browser has one, the view's QR code, the code to embed the figures
//! or the delegation in view, cite this view (copied to the clipboard), download the shown
//! delegations as JSON or CSV and the figures as CSV (a file the build wrote); and the polite
//! live region that confirms a copy.
//!
//! The menu is a `<details>`: it opens and closes, with the keyboard too, without script.

use super::browser;
use super::store::Store;
use super::worker;
use crate::domain::embedded::DATA_VERSION;
use crate::domain::export;
use crate::domain::job::{Answer, Job};
use crate::domain::labels::CITE;
use crate::domain::view::{title, APP_TITLE, FIGURES_HEADING};
use leptos::prelude::*;
use std::time::Duration;

/// How long the confirmation shows on the button.
const CONFIRMATION: Duration = Duration::from_secs(3);

/// The label of the button that copies the view's link.
const COPY_VIEW: &str = "Copy link to this view";

/// What the live region says when the exports worker could not make a file.
const EXPORT_FAILED: &str = "The download failed: reload the page and try again";

/// What the live region says when the exports worker could not draw the QR code.
const QR_FAILED: &str = "The QR code could not be drawn: reload the page and try again";

/// The label of the button that copies the embed code.
const COPY_EMBED: &str = "Copy embed code";

/// The `<iframe>` that embeds what is in view: the delegation whose page this is, or else the
/// figures. Its page is chrome-less, runs no script, and links back to the full view.
fn embed_code(store: Store) -> String {
    let own = store.written().with(|state| state.is_default());
    let target = store.target().get().filter(|_| own);
    let name = target
        .as_ref()
        .and_then(|id| store.model.data.delegations.iter().find(|d| *d.id == **id))
        .map(|d| d.name.as_ref());
    let (path, title, height) = match (target.as_ref(), name) {
        (Some(id), Some(name)) => (format!("embed/delegations/{id}/"), name, 900),
        _ => ("embed/figures/".to_owned(), FIGURES_HEADING, 1500),
    };
    // Text for the reader to paste, not markup for this page: escaped for an attribute.
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<iframe src=\"{}\" title=\"{} \u{2014} {APP_TITLE}\" width=\"100%\" height=\"{height}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        attr(&browser::absolute_url(&path)),
        attr(title)
    )
}

/// Copies `text`, then shows `done` on the button whose label `label` holds and announces it,
/// or says how to copy by hand; the label returns to `idle` after a moment.
fn copy_confirmed(store: Store, label: RwSignal<&'static str>, text: String, idle: &'static str, done: &'static str) {
    leptos::task::spawn_local(async move {
        let (shown, message) = if browser::copy_text(&text).await {
            (done, done)
        } else {
            (idle, "Copy failed: select the address bar to copy the link")
        };
        label.set(shown);
        store.announce(message);
        set_timeout(move || _ = label.try_set(idle), CONFIRMATION);
    });
}

/// The menu and the live region.
#[component]
pub fn Tools(store: Store) -> impl IntoView {
    let data = &store.model.data;
    let cite_label = RwSignal::new(CITE);
    let link_label = RwSignal::new(COPY_VIEW);
    // What the exports and the citation are about: the view as shown.
    let about = move || (title(data, &store.state_untracked()), store.view_url());
    let cite = move |_| {
        let (title, url) = about();
        let source = export::citation_source(data, &store.model.article, DATA_VERSION);
        let text = export::cite(&title, &url, &source);
        copy_confirmed(store, cite_label, text, CITE, "Citation copied");
    };
    let copy_view = move |_| copy_confirmed(store, link_label, store.view_url(), COPY_VIEW, "Link copied");
    let share = move |_| {
        let url = store.view_url();
        leptos::task::spawn_local(async move { browser::share(&browser::title(), &url).await });
    };
    // Read once: the prerendered page has no browser to ask, so it never offers the sheet.
    let no_share = !browser::can_share();
    let results = move || store.view().with_untracked(|v| v.results.clone());
    // The files and the QR code come from the exports worker (`domain::job`): a failure is
    // announced, never silent.
    let save = move |job: Job, ext: &'static str, mime: &'static str| {
        leptos::task::spawn_local(async move {
            let saved = match worker::ask(job).await {
                Some(Answer::File { body }) => browser::download(&export::file_name("delegations", ext), mime, &body),
                _ => false,
            };
            if !saved {
                store.announce(EXPORT_FAILED);
            }
        });
    };
    let json = move |_| {
        let (title, url) = about();
        let indices = results();
        save(Job::Json { indices, title, url }, "json", "application/json");
    };
    let csv = move |_| save(Job::Csv { indices: results() }, "csv", "text/csv");
    // The QR code is drawn only once asked for, and then follows the view's link.
    let qr_open = RwSignal::new(false);
    let on_qr = move |e: leptos::ev::Event| qr_open.set(browser::is_open(&e));
    let drawn = LocalResource::new(move || {
        let url = qr_open.get().then(|| store.url().get());
        async move {
            let url = url?;
            let answer = worker::ask(Job::Qr { url: url.clone() }).await;
            if !matches!(answer, Some(Answer::Qr { .. })) {
                store.announce(QR_FAILED);
            }
            match answer {
                Some(Answer::Qr { code: Some(code) }) => Some((code, url)),
                _ => None,
            }
        }
    });
    let qr = move || {
        let (code, url) = drawn.get().flatten()?;
        let view_box = format!("0 0 {0} {0}", code.size);
        Some(view! {
            <svg class="menu__qr" viewBox=view_box role="img" aria-label="QR code of the link below">
                <path d=code.path fill="#000"></path>
            </svg>
            <p class="menu__note" id="qr-link">{url}</p>
        })
    };
    let embed_label = RwSignal::new(COPY_EMBED);
    let embed = move || embed_code(store);
    let copy_embed = move |_| copy_confirmed(store, embed_label, embed(), COPY_EMBED, "Embed code copied");
    view! {
        // Built at build time too, where its buttons would do nothing until the app starts:
        // kept out of sight there, its place kept so that nothing moves.
        <details class="menu" data-static=cfg!(not(target_arch = "wasm32")).then_some("")>
            <summary class="button button--quiet">{"Share and export"}</summary>
            <div class="menu__items" role="group" aria-label="Share and export this view">
                <button type="button" class="button button--quiet" on:click=copy_view>
                    {move || link_label.get()}
                </button>
                <button type="button" class="button button--quiet" on:click=share hidden=no_share>
                    {"Share\u{2026}"}
                </button>
                <button type="button" class="button button--quiet" on:click=cite>
                    {move || cite_label.get()}
                </button>
                <button type="button" class="button button--quiet" on:click=json>
                    {"Download JSON"}
                </button>
                <button type="button" class="button button--quiet" on:click=csv>
                    {"Download CSV"}
                </button>
                <a class="button button--quiet" href="figures.csv" download="chongqing-taiwan-week-figures.csv">
                    {"Figures CSV"}
                </a>
            </div>
            <details class="menu__more" on:toggle=on_qr>
                <summary>{"QR code"}</summary>
                {qr}
            </details>
            <details class="menu__more">
                <summary>{"Embed"}</summary>
                <textarea class="menu__code" readonly rows="3" aria-label="Embed code" prop:value=embed></textarea>
                <button type="button" class="button button--quiet" on:click=copy_embed>
                    {move || embed_label.get()}
                </button>
            </details>
        </details>
        <p class="visually-hidden" aria-live="polite" id="announcer">
            {move || store.announcement().get()}
        </p>
    }
}
