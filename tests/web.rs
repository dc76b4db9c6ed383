//! Browser tests of the Leptos components, in headless Chromium (wasm-bindgen-test).
//! Each test mounts the real app (`ui::app::App`, as `ui::start` does for a link with a
//! query) on the embedded dataset and asserts what a reader sees.
#![cfg(target_arch = "wasm32")]

use cqtw_domain::embedded;
use cqtw_explorer::ui::app::App;
use cqtw_explorer::ui::store::{set_if_changed, Model, Store, URL_DEBOUNCE};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn model() -> &'static Model {
    let (data, article) = embedded::load().expect("embedded dataset loads");
    Box::leak(Box::new(Model::new(data, article)))
}

/// Mounts the app in a fresh container, starting from `search` as the URL's query.
fn mount(search: &str) -> (web_sys::HtmlElement, impl Drop) {
    mount_model(search, model())
}

fn mount_model(search: &str, model: &'static Model) -> (web_sys::HtmlElement, impl Drop) {
    let win = window();
    // The runner's own path, as first seen: the app writes a view's page path
    // (`sectors/…/`) into the address, and without a `<base>` the next mount would start there.
    thread_local!(static START: String = window().location().pathname().unwrap_or_default());
    let path = START.with(Clone::clone);
    let _ = win
        .history()
        .map(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}"))));
    let container = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        let store = Store::new(model);
        store.restore();
        cqtw_explorer::ui::after_first_paint(store);
        view! { <App store/> }
    });
    (container, handle)
}

async fn settle() {
    leptos::task::tick().await;
    // Let effects and microtasks run.
    let p = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
    leptos::task::tick().await;
}

/// Waits (up to about a second, in 10 ms steps) until `done` holds, for what the app does
/// after the first paint; the caller asserts afterwards.
async fn eventually(done: impl Fn() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        sleep(10).await;
    }
}

/// Waits `ms` milliseconds of the browser's own timers.
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Waits until `selector` matches under `root`: the figures and the article are mounted
/// after the first paint.
async fn appears(root: &web_sys::HtmlElement, selector: &str) {
    eventually(|| root.query_selector(selector).ok().flatten().is_some()).await;
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

fn search_box(root: &web_sys::HtmlElement) -> web_sys::HtmlInputElement {
    root.query_selector("input[type=search]")
        .unwrap()
        .expect("the search box")
        .unchecked_into::<web_sys::HtmlInputElement>()
}

fn type_into_search(root: &web_sys::HtmlElement, text: &str) {
    let input = search_box(root);
    input.set_value(text);
    // An `input` that does not bubble, as some autofill tools dispatch: the app must hear it.
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn shows_the_event_and_all_three_delegations() {
    let (root, _h) = mount("");
    settle().await;
    // Every region is the app's own: the headline figures, the overview, the figures panel,
    // the article and "About this data".
    for region in ["#headline", "#overview", "#figures", "#article", "#about"] {
        assert!(root.query_selector(region).unwrap().is_some(), "{region}");
    }
    assert_eq!(texts(&root, "#event-title"), ["17th Chongqing-Taiwan Week"]);
    assert_eq!(
        texts(&root, "article.card h3"),
        [
            "Taiwan Healthcare Industry Alliance",
            "Taiwan Electrical and Electronic Manufacturers' Association",
            "Taiwan Business and Construction Association",
        ]
    );
    assert_eq!(texts(&root, "#result-count"), ["3 delegations"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_filters_and_highlights() {
    let (root, _h) = mount("");
    settle().await;
    type_into_search(&root, "guoan");
    settle().await;
    assert_eq!(texts(&root, "article.card h3"), ["Taiwan Healthcare Industry Alliance"]);
    // The count names what the search found beyond the cards too (the 5th Week's report
    // has "Guanyinqiao", one typo from a word that starts so).
    assert_eq!(
        texts(&root, "#result-count"),
        ["1 delegation \u{b7} 1 article sentence \u{b7} 1 report sentence"]
    );
    assert!(texts(&root, "article.card mark").iter().any(|m| m == "Guo'an"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_url_with_sectors_opens_filtered_and_notes_unknown_ones() {
    let (root, _h) = mount("?sector=pharmaceuticals,no-such-thing");
    settle().await;
    assert_eq!(
        texts(&root, "article.card h3"),
        ["Taiwan Business and Construction Association"]
    );
    let notes = texts(&root, ".notice li");
    assert_eq!(notes, ["Unknown sector \u{201c}no-such-thing\u{201d} was ignored."]);
    let checked = root.query_selector("input[value=pharmaceuticals]").unwrap().unwrap();
    assert!(checked.unchecked_into::<web_sys::HtmlInputElement>().checked());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_empty_state_names_the_query_and_suggests_sectors() {
    let (root, _h) = mount("?q=fuling&sector=smart-terminals");
    settle().await;
    assert!(texts(&root, "article.card").is_empty());
    // The sector filter sorts the delegations, not the article's sentences.
    assert_eq!(
        texts(&root, "#result-count"),
        ["No delegations \u{b7} 2 article sentences \u{b7} 1 report sentence"]
    );
    let empty = texts(&root, ".empty p");
    assert_eq!(
        empty[0],
        "No delegation matches the search \u{201c}fuling\u{201d} with the sector filter Smart terminals."
    );
    assert_eq!(
        texts(&root, ".empty__suggestions button"),
        ["Healthcare (1)", "Pharmaceuticals (1)"]
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_sentence_link_of_the_figures_panel_opens_the_article_there_in_place() {
    let (root, _h) = mount("");
    settle().await;
    assert!(root.query_selector("#article [data-current]").unwrap().is_none());
    assert!(root.query_selector("#article-back[hidden]").unwrap().is_some());
    // A source of the panel, opened: its body links to its sentence.
    root.query_selector("#figures details.source")
        .unwrap()
        .expect("the panel cites its sentences")
        .unchecked_into::<web_sys::HtmlDetailsElement>()
        .set_open(true);
    appears(&root, "#figures .source__body a[data-sentence]").await;
    let link = root
        .query_selector("#figures .source__body a[data-sentence]")
        .unwrap()
        .expect("the body links to the sentence")
        .unchecked_into::<web_sys::HtmlElement>();
    let n = link.get_attribute("data-sentence").unwrap_or_default();
    assert_eq!(link.get_attribute("href"), Some(format!("?s={n}")));
    link.click();
    settle().await;
    assert_eq!(window().location().search().unwrap_or_default(), format!("?s={n}"));
    appears(&root, &format!("#sentence-{n}[data-current=true]")).await;
    assert_eq!(root.query_selector_all("#article [data-current]").unwrap().length(), 1);
    assert!(
        root.query_selector("#article-back:not([hidden])").unwrap().is_some(),
        "the way back shows"
    );
    // Every sentence link now keeps the view it was opened from.
    type_into_search(&root, "fuling");
    eventually(|| window().location().search().unwrap_or_default().contains("q=fuling")).await;
    let back = root.query_selector("#article-back a").unwrap().expect("a way back");
    assert_eq!(back.get_attribute("href").as_deref(), Some("?q=fuling"));
    root.remove();
}

/// A jump to a place on the page, made while the typed search still waits for its pause:
/// the fragment navigation adds an entry that holds the view from before the typing.
#[wasm_bindgen_test]
async fn a_jump_within_the_page_right_after_typing_keeps_the_search() {
    let (root, _h) = mount("");
    settle().await;
    type_into_search(&root, "fuling");
    settle().await;
    assert_eq!(
        window().location().search().unwrap_or_default(),
        "",
        "still in the pause"
    );
    let found = texts(&root, "article.card h3");
    assert!(
        !found.is_empty() && found.len() < 3,
        "the search narrows the cards: {found:?}"
    );
    // What following `<a href="#article">` does, with its `popstate` dispatched at once
    // rather than after the browser's own task, so the pause has certainly not ended.
    window().location().set_hash("article").unwrap();
    let popstate = web_sys::PopStateEvent::new("popstate").unwrap();
    window().dispatch_event(&popstate).unwrap();
    settle().await;
    assert_eq!(window().location().search().unwrap_or_default(), "?q=fuling");
    assert_eq!(window().location().hash().unwrap_or_default(), "#article");
    assert_eq!(search_box(&root).value(), "fuling");
    assert_eq!(texts(&root, "article.card h3"), found);
    // The write that waited is dropped: it would have taken the fragment away.
    let pause = URL_DEBOUNCE.as_millis() as i32 + 100;
    sleep(pause).await;
    assert_eq!(window().location().hash().unwrap_or_default(), "#article");
    root.remove();
}

#[wasm_bindgen_test]
async fn also_on_this_page_shows_what_the_search_found_beyond_the_cards() {
    let (root, _h) = mount("");
    settle().await;
    let visible = |id: &str| root.query_selector(&format!("#{id}:not([hidden])")).unwrap().is_some();
    let entries = || texts(&root, "#hits li").len();
    assert!(!visible("hits"));
    assert_eq!(entries(), 0);
    type_into_search(&root, "2,299");
    eventually(|| visible("hit-sentence-28")).await;
    assert!(visible("hits") && visible("hit-figure-approved-enterprises"));
    assert!(!visible("hit-figure-utilization-rate") && !visible("hit-context-cluster") && !visible("hit-sentence-27"));
    let groups = texts(&root, ".hits__group:not([hidden]) h4");
    assert_eq!(
        groups,
        [
            "Figures",
            "Article sentences",
            "Other reports: Asia City News (French edition)"
        ],
        "{groups:?}"
    );
    type_into_search(&root, "foxconn");
    eventually(|| visible("hit-context-cluster")).await;
    assert!(visible("hit-sentence-27") && !visible("hit-figure-approved-enterprises"));
    assert!(texts(&root, "#hits mark")
        .iter()
        .all(|m| m.eq_ignore_ascii_case("foxconn")));
    type_into_search(&root, "");
    eventually(|| !visible("hits")).await;
    assert_eq!(entries(), 0);
    root.remove();
}

#[wasm_bindgen_test]
fn the_crash_message_replaces_the_app() {
    let doc = document();
    let crash = doc.create_element("div").unwrap();
    crash.set_id("crash");
    crash.set_attribute("hidden", "").unwrap();
    let detail = doc.create_element("pre").unwrap();
    detail.set_id("crash-detail");
    crash.append_child(&detail).unwrap();
    doc.body().unwrap().append_child(&crash).unwrap();
    cqtw_explorer::ui::crash::show("boom");
    assert!(!crash.has_attribute("hidden"));
    assert_eq!(detail.text_content().as_deref(), Some("boom"));
    crash.remove();
}

#[wasm_bindgen_test]
async fn large_result_sets_render_a_first_page_and_show_more() {
    let (real, article) = embedded::load().expect("embedded dataset loads");
    let data = cqtw_domain::synthetic::generate(&real, 25);
    let model: &'static Model = Box::leak(Box::new(Model::new(data, article)));
    let (root, _h) = mount_model("", model);
    settle().await;
    assert_eq!(texts(&root, "article.card").len(), 10);
    assert_eq!(texts(&root, "#result-count"), ["25 delegations"]);
    let more = root
        .query_selector(".show-more")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(more.text_content().unwrap_or_default(), "Show more (10 of 25 shown)");
    more.click();
    settle().await;
    assert_eq!(texts(&root, "article.card").len(), 20);
    more.click();
    settle().await;
    assert_eq!(texts(&root, "article.card").len(), 25);
    assert!(root.query_selector(".show-more").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn the_search_index_is_built_after_the_first_render_before_any_query() {
    let model = model();
    let (root, _h) = mount_model("", model);
    assert_eq!(texts(&root, "article.card").len(), 3);
    assert!(
        !model.catalog.is_indexed(),
        "the first render does not wait for the index"
    );
    // The index is built in a task after the first paint.
    eventually(|| model.catalog.is_indexed()).await;
    assert!(model.catalog.is_indexed(), "built before the reader types");
    type_into_search(&root, "guoan");
    settle().await;
    assert_eq!(texts(&root, "article.card").len(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn set_if_changed_wakes_subscribers_only_for_a_real_change() {
    let owner = Owner::new();
    owner.set();
    let signal = RwSignal::new(1);
    let runs = RwSignal::new(0);
    Effect::new(move |_| {
        signal.track();
        runs.update_untracked(|n| *n += 1);
    });
    settle().await;
    assert_eq!(runs.get_untracked(), 1);
    set_if_changed(&signal, 1);
    settle().await;
    assert_eq!(runs.get_untracked(), 1, "the same value wakes nobody");
    set_if_changed(&signal, 2);
    settle().await;
    assert_eq!((signal.get_untracked(), runs.get_untracked()), (2, 2));
}

#[wasm_bindgen_test]
async fn dataset_text_is_shown_as_text_never_as_markup() {
    let (mut data, article) = embedded::load().expect("embedded dataset loads");
    let hostile = "<img src=x onerror=\"window.pwned=1\"> & 'quoted'";
    let first = &mut data.delegations.to_mut()[0];
    first.name = hostile.into();
    first.facts.to_mut()[0].text = format!("{hostile} fact").into();
    let model: &'static Model = Box::leak(Box::new(Model::new(data, article)));
    let (root, _h) = mount_model("", model);
    settle().await;
    assert_eq!(texts(&root, "article.card h3")[0], hostile);
    assert!(texts(&root, "article.card li").iter().any(|t| t.starts_with(hostile)));
    // Marked by a query too, it stays text.
    type_into_search(&root, "img onerror");
    settle().await;
    assert_eq!(texts(&root, "article.card h3"), [hostile]);
    assert_eq!(texts(&root, "article.card h3 mark"), ["img", "onerror"]);
    assert!(root.query_selector("article.card img").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_new_query_updates_kept_cards_and_the_controls_in_place() {
    let (root, _h) = mount("");
    settle().await;
    let node = |selector: &str| root.query_selector(selector).unwrap().unwrap();
    let card = node("#taiwan-healthcare-industry-alliance");
    assert!(texts(&root, "mark").is_empty());
    let input = node("input[type=search]");
    let checkbox = node("input[value=healthcare]");
    type_into_search(&root, "wang");
    settle().await;
    assert_eq!(texts(&root, "article.card h3"), ["Taiwan Healthcare Industry Alliance"]);
    // The card stayed: moved and re-marked, not rebuilt; the controls were not rebuilt either.
    assert!(card.is_same_node(Some(&node("#taiwan-healthcare-industry-alliance"))));
    let marks = texts(&root, "#taiwan-healthcare-industry-alliance mark");
    assert!(!marks.is_empty() && marks.iter().all(|m| m == "Wang"), "{marks:?}");
    assert!(input.is_same_node(Some(&node("input[type=search]"))));
    assert!(checkbox.is_same_node(Some(&node("input[value=healthcare]"))));
    assert_eq!(
        texts(&root, "label:has(input[value=pharmaceuticals]) .filter__count"),
        ["(0)"]
    );
    assert_eq!(
        node("label:has(input[value=pharmaceuticals])")
            .get_attribute("data-empty")
            .as_deref(),
        Some("true")
    );
    // Nothing matches: the list hides and the empty state says why; then back to all three.
    type_into_search(&root, "zzzz");
    settle().await;
    assert!(node("#results-body").has_attribute("hidden"));
    assert!(texts(&root, ".empty p")[0].contains("\u{201c}zzzz\u{201d}"));
    type_into_search(&root, "");
    settle().await;
    assert!(!node("#results-body").has_attribute("hidden"));
    assert!(node("#empty-state").has_attribute("hidden"));
    assert_eq!(texts(&root, "article.card").len(), 3);
    root.remove();
}

#[wasm_bindgen_test]
async fn unmounting_the_app_removes_its_listeners() {
    let (root, handle) = mount("");
    settle().await;
    drop(handle);
    settle().await;
    // Were they still there, these would reach the disposed store and panic.
    window()
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
    let slash = web_sys::KeyboardEventInit::new();
    slash.set_key("/");
    let key = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &slash).unwrap();
    window().dispatch_event(&key).unwrap();
    settle().await;
    assert!(root.query_selector("main").unwrap().is_none(), "unmounted");
    root.remove();
}

/// Records every write of a string to an HTML sink (`innerHTML`, `outerHTML`,
/// `insertAdjacentHTML`) from now on, in `window.__markupWrites`. The page itself refuses
/// them (Trusted Types, see `cargo xtask dist`); here they are counted instead, so that a
/// component that would need one (a fully static nested `view!` subtree, which Leptos
/// builds from an HTML string) fails this test.
fn trap_markup_sinks() {
    let trap = js_sys::Function::new_no_args(
        r#"
        if (window.__markupWrites) { window.__markupWrites.length = 0; return; }
        window.__markupWrites = [];
        for (const name of ['innerHTML', 'outerHTML']) {
            const d = Object.getOwnPropertyDescriptor(Element.prototype, name);
            Object.defineProperty(Element.prototype, name, {
                configurable: true,
                get: d.get,
                set(v) { window.__markupWrites.push(name + ': ' + String(v).slice(0, 80)); d.set.call(this, v); },
            });
        }
        const adjacent = Element.prototype.insertAdjacentHTML;
        Element.prototype.insertAdjacentHTML = function (p, v) {
            window.__markupWrites.push('insertAdjacentHTML: ' + String(v).slice(0, 80));
            return adjacent.call(this, p, v);
        };
        "#,
    );
    trap.call0(&wasm_bindgen::JsValue::NULL).unwrap();
}

fn markup_writes() -> Vec<String> {
    let writes = js_sys::Reflect::get(&window(), &"__markupWrites".into()).unwrap();
    js_sys::Array::from(&writes)
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

#[wasm_bindgen_test]
async fn no_component_turns_a_string_into_markup() {
    trap_markup_sinks();
    let (root, _h) = mount("?q=guoan&sector=precision-medicine,nope&s=3#taiwan-healthcare-industry-alliance");
    settle().await;
    assert!(root.query_selector(".notice").unwrap().is_some());
    assert!(root.query_selector(".active-filters").unwrap().is_some());
    appears(&root, "#article-back:not([hidden])").await;
    let source = root
        .query_selector("article.card details.source")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlDetailsElement>();
    source.set_open(true);
    appears(&root, "article.card .source__body").await;
    // The share menu, with its embed code shown. (Its QR code is drawn by the exports worker,
    // which this runner does not serve: `e2e/tests/share.spec.js` scans it.)
    for more in ["details.menu", "details.menu__more"] {
        let all = root.query_selector_all(more).unwrap();
        for i in 0..all.length() {
            all.item(i)
                .unwrap()
                .unchecked_into::<web_sys::HtmlDetailsElement>()
                .set_open(true);
        }
    }
    appears(&root, ".menu__code").await;
    // The table view and its sorted column.
    click(&root, ".view-switch button:nth-child(2)");
    appears(&root, "table.results-table").await;
    click(&root, "th[data-column=district] .sort");
    appears(&root, "th[aria-sort=ascending]").await;
    type_into_search(&root, "zzzz");
    settle().await;
    assert!(texts(&root, ".empty p")[0].contains("zzzz"));
    type_into_search(&root, "");
    settle().await;
    assert_eq!(
        texts(&root, "tbody .cell__name"),
        ["Taiwan Healthcare Industry Alliance"]
    );
    assert_eq!(markup_writes(), Vec::<String>::new());
    root.remove();
}

#[wasm_bindgen_test]
async fn an_export_the_worker_cannot_make_is_announced_as_failed() {
    // This runner serves no `exports-worker.js`: the worker fails to load, as it would if the
    // host lost the file.
    let (root, _h) = mount("");
    settle().await;
    click(&root, "details.menu .menu__items button:nth-child(4)");
    let failed = ["The download failed: reload the page and try again"];
    eventually(|| texts(&root, "#announcer") == failed).await;
    assert_eq!(texts(&root, "#announcer"), failed);
    root.remove();
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn the_table_view_is_a_table_of_the_results_sorted_by_its_headers() {
    let (root, _h) = mount("");
    settle().await;
    click(&root, ".view-switch button:nth-child(2)");
    appears(&root, "table.results-table").await;
    assert_eq!(window().location().search().unwrap(), "?view=table");
    assert!(
        root.query_selector("article.card").unwrap().is_none(),
        "rows, not cards"
    );
    assert_eq!(
        texts(&root, "thead th[scope=col] .sort"),
        ["Delegation", "Sectors", "District", "Sites visited", "Outcomes"]
    );
    assert!(texts(&root, "caption")[0].starts_with("Delegations, one per row."));
    let rows = || texts(&root, "tbody th[scope=row] .cell__name");
    assert_eq!(
        rows(),
        [
            "Taiwan Healthcare Industry Alliance",
            "Taiwan Electrical and Electronic Manufacturers' Association",
            "Taiwan Business and Construction Association",
        ]
    );
    assert!(
        root.query_selector("th[aria-sort]").unwrap().is_none(),
        "nothing sorted yet"
    );
    // Sorted by district, A to Z: Fuling, Yuzhong, then the delegation with none named.
    click(&root, "th[data-column=district] .sort");
    appears(&root, "th[data-column=district][aria-sort=ascending]").await;
    assert_eq!(root.query_selector_all("th[aria-sort]").unwrap().length(), 1);
    assert_eq!(
        rows(),
        [
            "Taiwan Business and Construction Association",
            "Taiwan Healthcare Industry Alliance",
            "Taiwan Electrical and Electronic Manufacturers' Association",
        ]
    );
    assert_eq!(texts(&root, "#sort-state"), ["Sorted by district, A to Z"]);
    // Searched and filtered as the cards are.
    type_into_search(&root, "lei");
    settle().await;
    assert_eq!(rows(), ["Taiwan Business and Construction Association"]);
    assert_eq!(texts(&root, "tbody .card__leader mark"), ["Lei"]);
    type_into_search(&root, "");
    settle().await;
    click(&root, ".view-switch button:nth-child(1)");
    eventually(|| root.query_selector("table").unwrap().is_none()).await;
    assert_eq!(window().location().search().unwrap(), "");
    assert_eq!(
        texts(&root, "article.card h3")[0],
        "Taiwan Healthcare Industry Alliance"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_source_opens_its_body_and_it_stays_while_typing() {
    let (root, _h) = mount("");
    settle().await;
    let source = root
        .query_selector("#taiwan-healthcare-industry-alliance .card__leader details.source")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlDetailsElement>();
    assert!(
        source.query_selector(".source__body").unwrap().is_none(),
        "built when first opened"
    );
    source.set_open(true);
    appears(&root, ".card__leader .source__body").await;
    let quote = texts(&root, ".card__leader .source__quote");
    assert_eq!(quote.len(), 1);
    assert!(quote[0].contains("Wang Guo'an"), "{quote:?}");
    type_into_search(&root, "wang");
    settle().await;
    assert!(source.is_connected() && source.open());
    assert_eq!(texts(&root, ".card__leader .source__quote"), quote);
    root.remove();
}
