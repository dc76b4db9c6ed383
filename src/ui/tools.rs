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
use crate::domain::pages::Page;
use crate::domain::share;
use crate::domain::view::{title, APP_TITLE};
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

/// The embed of the view the reader is on, as the address bar holds it (`share::embed`).
fn embed_of(store: Store) -> share::Embed {
    let page = store.written().with(|state| {
        let target = store.target().get();
        // `#figures` is the figures' page; the prerender has no address to read.
        let at_figures = || cfg!(target_arch = "wasm32") && browser::hash() == crate::domain::pages::FIGURES;
        Page::of_view(state, target).or_else(|| (state.is_default() && at_figures()).then_some(Page::Figures))
    });
    share::embed(&store.model.data, &store.model.catalog, page.as_ref())
}

/// The `<iframe>` code that shows embed `e`, at this site's address (in the browser only).
fn embed_code(e: &share::Embed) -> String {
    // Text for the reader to paste, not markup for this page: escaped for an attribute.
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<iframe src=\"{}\" title=\"{} \u{2014} {APP_TITLE}\" width=\"100%\" height=\"{}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        attr(&browser::absolute_url(&e.path)),
        attr(&e.title),
        e.height
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
    let embed = Memo::new(move |_| embed_of(store));
    let copy_embed = move |_| {
        let code = embed.with_untracked(embed_code);
        copy_confirmed(store, embed_label, code, COPY_EMBED, "Embed code copied");
    };
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
                <a class="button button--quiet" href="figures.json" download="chongqing-taiwan-week-figures.json">
                    {"Figures JSON"}
                </a>
            </div>
            <details class="menu__more" on:toggle=on_qr>
                <summary>{"QR code"}</summary>
                {qr}
            </details>
            <details class="menu__more">
                <summary>{"Embed"}</summary>
                <p class="menu__note" id="embed-what">{move || embed.with(|e| e.what.clone())}</p>
                <textarea
                    class="menu__code"
                    readonly
                    rows="3"
                    aria-label="Embed code"
                    aria-describedby="embed-what embed-height"
                    prop:value=move || embed.with(embed_code)
                ></textarea>
                <p class="menu__note" id="embed-height">
                    {"The frame tells the page that shows it how tall its content is (a message of type \u{201c}cqtw-embed-height\u{201d}), so a page that listens can fit it; the height above suits most widths."}
                </p>
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
