//! The app's state: the view's signals, private, behind the actions that change them and the
//! URL, and the read-only signals components render from.
//!
//! Components call these actions instead of setting signals, so that every change writes the
//! canonical URL in one place: `replaceState` (debounced) while typing, a new history entry
//! when a filter changes. A store built natively (the prerender) never reads or writes the
//! URL: only [`Store::restore`] and the actions do, and only the browser calls them.

use super::browser::{self, HistoryMode};
use crate::domain::article::Article;
use crate::domain::dataset::Dataset;
use crate::domain::labels::{bounded_notes, sentence_id};
use crate::domain::pages::{self, Page};
use crate::domain::scope::{is_page_fragment, places, Scope};
use crate::domain::search::Query;
use crate::domain::table::{Column, Sort};
use crate::domain::texts::Texts;
use crate::domain::url_state::{clip, clip_query, ViewState};
use crate::domain::view::{self, View};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::time::Duration;

pub use crate::domain::view::PAGE_SIZE;

/// The view the address bar names: its state, what had to be corrected (as notes for the
/// reader) and its fragment, the page's path laid over the query (`domain::pages::read`).
pub fn read_address() -> (ViewState, Vec<String>, String) {
    let (mut state, notes) = ViewState::parse(&browser::search());
    let mut notes: Vec<String> = notes.iter().map(ToString::to_string).collect();
    let mut hash = browser::hash();
    if let Some(path) = pages::read(&browser::page_path(), &mut state, &mut hash) {
        notes.push(format!(
            "This address has no page of its own (\u{201c}{}\u{201d}), so the whole list is shown.",
            clip(&path)
        ));
    }
    (state, notes, hash)
}

/// How long typing must pause before the URL is rewritten.
pub const URL_DEBOUNCE: Duration = Duration::from_millis(300);

/// The name of the page's `<meta>` that holds where readers send corrections (written by
/// `cargo xtask dist --corrections-url`, read by `ui::start`).
pub const CORRECTIONS_META: &str = "cqtw-corrections";

/// The immutable data behind the app, built once at start-up.
pub struct Model {
    pub data: Dataset,
    pub article: Article,
    /// The other reports' texts, split into sentences as the article is.
    pub texts: Texts,
    pub catalog: view::Catalog,
    /// Where readers send corrections (the project's issue tracker), if the build names it.
    pub corrections: Option<String>,
}

impl Model {
    /// Builds the model from a dataset and article (the search indexes are built on first
    /// use). The search covers the page beyond the cards too: the figures, the context notes
    /// and the article's sentences.
    pub fn new(data: Dataset, article: Article) -> Model {
        let texts = Texts::embedded();
        let scope = Scope::new(places(&data, &article, &texts));
        let catalog = view::catalog(&data).with_scope(scope);
        Model {
            data,
            article,
            texts,
            catalog,
            corrections: None,
        }
    }

    /// The model with `corrections` as where readers send corrections.
    pub fn with_corrections(self, corrections: Option<String>) -> Model {
        Model { corrections, ..self }
    }

    /// The delegation `id` names, as the data holds it.
    pub fn delegation_id(&'static self, id: &str) -> Option<&'static str> {
        self.data.delegations.iter().find(|d| d.id == id).map(|d| &*d.id)
    }
}

/// The reactive state, cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct Store {
    pub model: &'static Model,
    /// Search text as typed.
    q: RwSignal<String>,
    /// Checked sector slugs (only ones the dataset knows).
    sectors: RwSignal<BTreeSet<String>>,
    /// The article sentence open in the source view.
    sentence: RwSignal<Option<usize>>,
    /// Whether the results show as a table rather than cards.
    table: RwSignal<bool>,
    /// The table's order (`None`: the search's order).
    sort: RwSignal<Option<Sort>>,
    /// The card a permalink points at (`#id`).
    target: RwSignal<Option<&'static str>>,
    /// Notes about a link that had to be corrected.
    notes: RwSignal<Vec<String>>,
    /// The latest polite announcement (copy confirmations, failures).
    announcement: RwSignal<String>,
    /// The card whose link is shown to copy by hand, where the Clipboard API failed: one at a
    /// time, however many "Copy link"s were pressed.
    copy_fallback: RwSignal<Option<&'static str>>,
    /// How many result cards are rendered (a first page, then "Show more").
    limit: RwSignal<usize>,
    /// The parsed query, shared by every highlight.
    query: Memo<Query>,
    /// What the page shows.
    view: Memo<View>,
    /// The view as the address bar holds it: it follows the state after the typing pause,
    /// so links built from it (sentence links) are not rebuilt per keystroke.
    written: RwSignal<ViewState>,
    /// The absolute link to the view in `written`, as the address bar holds it (empty until
    /// the app knows where it is deployed: the prerendered page cannot).
    url: RwSignal<String>,
    pending_url: StoredValue<Option<TimeoutHandle>>,
}

/// Writes `value` only if it differs from what `signal` holds, so that its subscribers wake
/// only for a real change.
pub fn set_if_changed<T: PartialEq>(signal: &impl Update<Value = T>, value: T) {
    signal.maybe_update(|current| {
        let differs = *current != value;
        if differs {
            *current = value;
        }
        differs
    });
}

impl Store {
    /// The state of the default view (everything shown, nothing checked), as the build
    /// prerenders it. The browser then calls [`Store::restore`] to read the URL.
    pub fn new(model: &'static Model) -> Store {
        Store::at(model, ViewState::default(), None)
    }

    /// The view `state`, with the card `target` marked, without reading or writing any URL:
    /// what the build prerenders for a page, and what native tests render.
    pub fn at(model: &'static Model, state: ViewState, target: Option<&'static str>) -> Store {
        let q = RwSignal::new(clip_query(state.q));
        let (known, _) = view::split_known(&model.data, &state.sectors);
        let sectors = RwSignal::new(known);
        let query = Memo::new(move |_| crate::domain::vocabulary::query(&model.data, &q.read()));
        let view = Memo::new(move |_| {
            let state = ViewState {
                q: q.get(),
                sectors: sectors.get(),
                ..ViewState::default()
            };
            view::compute(&model.data, &model.catalog, &state)
        });
        Store {
            model,
            q,
            sectors,
            sentence: RwSignal::new(state.sentence.filter(|n| model.article.sentence(*n).is_some())),
            table: RwSignal::new(state.table),
            sort: RwSignal::new(state.sort),
            target: RwSignal::new(target),
            notes: RwSignal::new(Vec::new()),
            announcement: RwSignal::new(String::new()),
            copy_fallback: RwSignal::new(None),
            limit: RwSignal::new(PAGE_SIZE),
            query,
            view,
            written: RwSignal::new(ViewState::default()),
            url: RwSignal::new(String::new()),
            pending_url: StoredValue::new(None),
        }
    }

    /// The search text as typed.
    pub fn q(&self) -> ReadSignal<String> {
        self.q.read_only()
    }

    /// The checked sectors' slugs.
    pub fn sectors(&self) -> ReadSignal<BTreeSet<String>> {
        self.sectors.read_only()
    }

    /// The article sentence open in the source view.
    pub fn sentence(&self) -> ReadSignal<Option<usize>> {
        self.sentence.read_only()
    }

    /// Whether the results show as a table.
    pub fn table(&self) -> ReadSignal<bool> {
        self.table.read_only()
    }

    /// The table's order (`None`: the search's order).
    pub fn sort(&self) -> ReadSignal<Option<Sort>> {
        self.sort.read_only()
    }

    /// The card a permalink points at.
    pub fn target(&self) -> ReadSignal<Option<&'static str>> {
        self.target.read_only()
    }

    /// Notes about a link that had to be corrected.
    pub fn notes(&self) -> ReadSignal<Vec<String>> {
        self.notes.read_only()
    }

    /// The latest polite announcement.
    pub fn announcement(&self) -> ReadSignal<String> {
        self.announcement.read_only()
    }

    /// The card whose link is shown to copy by hand.
    pub fn copy_fallback(&self) -> ReadSignal<Option<&'static str>> {
        self.copy_fallback.read_only()
    }

    /// How many result cards are rendered.
    pub fn limit(&self) -> ReadSignal<usize> {
        self.limit.read_only()
    }

    /// The parsed query.
    pub fn query(&self) -> Memo<Query> {
        self.query
    }

    /// What the page shows.
    pub fn view(&self) -> Memo<View> {
        self.view
    }

    /// The view as the address bar holds it.
    pub fn written(&self) -> ReadSignal<ViewState> {
        self.written.read_only()
    }

    /// The absolute link to the view the address bar holds.
    pub fn url(&self) -> ReadSignal<String> {
        self.url.read_only()
    }

    /// The view state as the URL holds it, read without tracking (for event handlers).
    pub fn state_untracked(&self) -> ViewState {
        ViewState {
            q: self.q.get_untracked(),
            sectors: self.sectors.get_untracked(),
            sentence: self.sentence.get_untracked(),
            table: self.table.get_untracked(),
            sort: self.sort.get_untracked(),
        }
    }

    /// Reads the URL into the state (on load, on Back/Forward and on a jump within the page),
    /// replacing a non-canonical URL with its canonical form.
    pub fn restore(&self) {
        let (mut state, mut notes, hash) = read_address();
        // A jump to a place on the page (a search hit's link) while a typed search still
        // waits for its pause: the new entry holds the view from before the typing, so the
        // typing is kept and written now, with the new fragment. Back or Forward to another
        // view reads a state that differs from the one written, and is taken as it is.
        let typing = self.pending_url.try_with_value(Option::is_some).unwrap_or(false);
        if typing && self.written.with_untracked(|w| *w == state) {
            state = self.state_untracked();
            notes.clear();
        }
        // Whichever view is restored is written below, with its fragment; a write still
        // waiting would drop that fragment.
        self.cancel_pending();
        let (known, sector_notes) = view::split_known(&self.model.data, &state.sectors);
        let mut messages: Vec<String> = notes;
        messages.extend(sector_notes);
        let sentences = self.model.article.sentences().len();
        if let Some(n) = state.sentence.filter(|n| *n > sentences) {
            messages.push(format!(
                "The article has {sentences} sentences; sentence {n} does not exist, so none was opened."
            ));
        }
        let target = self.model.delegation_id(&hash);
        set_if_changed(&self.q, state.q);
        set_if_changed(&self.sectors, known);
        set_if_changed(
            &self.sentence,
            state.sentence.filter(|n| self.model.article.sentence(*n).is_some()),
        );
        set_if_changed(&self.table, state.table);
        set_if_changed(&self.sort, state.sort);
        set_if_changed(&self.target, target);
        // A permalinked card that the search or the filter hides: say so, first (it is not a
        // correction, and a long list of corrections is cut short).
        let delegations = &self.model.data.delegations;
        if let Some(at) = delegations.iter().position(|d| Some(&*d.id) == target) {
            if !self.view.with_untracked(|v| v.results.contains(&at)) {
                messages.insert(
                    0,
                    format!(
                    "The card this link points to, \u{201c}{}\u{201d}, is hidden by the search or the filter: \u{201c}Clear all\u{201d} shows it.",
                    delegations[at].name
                ));
            }
        }
        set_if_changed(&self.notes, bounded_notes(messages));
        set_if_changed(&self.limit, PAGE_SIZE);
        // A card's id, one of the page's own anchors or a place a result links to stays in
        // the address.
        let fragment = target.or(is_page_fragment(&hash).then_some(hash.as_str()));
        self.publish(fragment, HistoryMode::Replace);
    }

    /// Writes the current state into the address bar (with `fragment`, if any) and records
    /// it as the written view and its link.
    fn publish(&self, fragment: Option<&str>, mode: HistoryMode) {
        let state = self.state_untracked();
        let address = pages::address(&state, fragment);
        browser::write_url(&address, mode);
        set_if_changed(&self.url, browser::absolute_url(&address));
        set_if_changed(&self.written, state);
    }

    fn write_url(&self, mode: HistoryMode) {
        self.cancel_pending();
        self.publish(None, mode);
    }

    /// Resets what a change of view makes stale. Signals are only written when they differ,
    /// so a keystroke does not wake every card's permalink mark or the pager.
    fn changed(&self) {
        set_if_changed(&self.target, None);
        set_if_changed(&self.notes, Vec::new());
        set_if_changed(&self.limit, PAGE_SIZE);
    }

    /// Sets the search text; the URL follows after a pause in typing.
    pub fn set_query(&self, text: String) {
        set_if_changed(&self.q, clip_query(text));
        self.changed();
        let store = *self;
        let handle = set_timeout_with_handle(move || store.write_url(HistoryMode::Replace), URL_DEBOUNCE).ok();
        self.pending_url.update_value(|p| {
            if let Some(old) = std::mem::replace(p, handle) {
                old.clear();
            }
        });
    }

    /// Checks or unchecks a sector: a new history entry.
    pub fn toggle_sector(&self, slug: &str) {
        self.set_sector(slug, !self.sectors.with_untracked(|s| s.contains(slug)));
    }

    /// Checks (`on`) or unchecks a sector the dataset knows: a new history entry.
    pub fn set_sector(&self, slug: &str, on: bool) {
        if self.model.data.sector(slug).is_none() {
            return;
        }
        let changed = self.sectors.try_maybe_update(|s| {
            let changed = if on { s.insert(slug.to_owned()) } else { s.remove(slug) };
            (changed, changed)
        });
        if changed == Some(true) {
            self.changed();
            self.write_url(HistoryMode::Push);
        }
    }

    /// Takes up what the reader typed and checked on the prerendered page before the app
    /// started: the page's own state, so the history entry is replaced, not added to.
    pub fn take_up(&self, query: Option<String>, sectors: &[String]) {
        if query.is_none() && sectors.is_empty() {
            return;
        }
        if let Some(q) = query {
            set_if_changed(&self.q, clip_query(q));
        }
        let known = sectors.iter().filter(|s| self.model.data.sector(s).is_some());
        self.sectors.update(|checked| checked.extend(known.cloned()));
        self.changed();
        self.write_url(HistoryMode::Replace);
    }

    /// Unchecks every sector, keeping the search: a new history entry.
    pub fn clear_sectors(&self) {
        self.sectors.set(BTreeSet::new());
        self.changed();
        self.write_url(HistoryMode::Push);
    }

    /// Clears the search text and every filter: a new history entry. A card a permalink
    /// points at stays the target, and is scrolled to: the search or the filter may have
    /// hidden it (the link's note says so).
    pub fn clear_all(&self) {
        set_if_changed(&self.q, String::new());
        set_if_changed(&self.sectors, BTreeSet::new());
        set_if_changed(&self.notes, Vec::new());
        set_if_changed(&self.limit, PAGE_SIZE);
        self.cancel_pending();
        let target = self.target.get_untracked();
        self.publish(target, HistoryMode::Push);
        if let Some(id) = target {
            request_animation_frame(move || {
                browser::scroll_to(id, true);
            });
        }
    }

    /// Opens the source view at sentence `n`: a new history entry.
    pub fn open_sentence(&self, n: usize) {
        self.sentence.set(Some(n));
        self.write_url(HistoryMode::Push);
        request_animation_frame(move || {
            browser::scroll_to(&sentence_id(n), true);
        });
    }

    /// Closes the source view. When the reader opened it here, this is the browser's Back:
    /// the view they left comes back where they left it, at the fact they were reading (the
    /// browser restores the scroll position). Opened from a link, it is a new history entry,
    /// at the results.
    pub fn close_sentence(&self) {
        if browser::entry_is_ours() {
            browser::back();
            return;
        }
        self.sentence.set(None);
        self.write_url(HistoryMode::Push);
        browser::scroll_to("results", true);
    }

    /// Shows the results as a table (`true`) or as cards: a new history entry. Leaving the
    /// table forgets its order.
    pub fn set_table(&self, on: bool) {
        if self.table.get_untracked() == on {
            return;
        }
        self.table.set(on);
        if !on {
            set_if_changed(&self.sort, None);
        }
        self.write_url(HistoryMode::Push);
    }

    /// A press on `column`'s header: its first order, the reverse, then the search's order
    /// again (`Sort::after_press`). A new history entry.
    pub fn sort_by(&self, column: Column) {
        self.sort.set(Sort::after_press(self.sort.get_untracked(), column));
        self.write_url(HistoryMode::Push);
    }

    /// Shows the next page of cards.
    pub fn more(&self) {
        self.limit.update(|l| *l += PAGE_SIZE);
    }

    /// Says `message` in the polite live region.
    pub fn announce(&self, message: impl Into<String>) {
        self.announcement.set(message.into());
    }

    /// Shows the link of card `id` to copy by hand (`None`: no card's).
    pub fn show_copy_fallback(&self, id: Option<&'static str>) {
        set_if_changed(&self.copy_fallback, id);
    }

    /// Whether the app that owns the store is still mounted (tests mount and drop it).
    pub fn is_mounted(&self) -> bool {
        self.q.try_with_untracked(|_| ()).is_some()
    }

    /// The permalink to a card: its own page, which carries its preview.
    pub fn permalink(&self, id: &str) -> String {
        browser::absolute_url(&Page::Delegation(id.to_owned()).path())
    }

    /// The link to the current view, with the card a permalink points at: a page's own
    /// address when the view has one.
    pub fn view_url(&self) -> String {
        let target = self.target.get_untracked();
        browser::absolute_url(&pages::address(&self.state_untracked(), target))
    }

    /// Drops a URL write still waiting for a pause in typing (superseded by a write now, or
    /// the app is being unmounted).
    pub fn cancel_pending(&self) {
        self.pending_url.try_update_value(|p| {
            if let Some(handle) = p.take() {
                handle.clear();
            }
        });
    }
}
