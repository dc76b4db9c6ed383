//! The app's state: the view's signals and the actions that change them and the URL.
//!
//! Components call these actions instead of setting signals, so that every change writes the
//! canonical URL in one place: `replaceState` (debounced) while typing, a new history entry
//! when a filter changes.

use super::browser::{self, HistoryMode};
use crate::domain::article::Article;
use crate::domain::dataset::Dataset;
use crate::domain::search::Query;
use crate::domain::url_state::ViewState;
use crate::domain::view::{self, View};
use crate::markup::article::sentence_id;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::time::Duration;

/// How long typing must pause before the URL is rewritten.
pub const URL_DEBOUNCE: Duration = Duration::from_millis(300);

/// The immutable data behind the app, built once at start-up.
pub struct Model {
    pub data: Dataset,
    pub article: Article,
    pub catalog: view::Catalog,
}

impl Model {
    /// Builds the model (and its search index) from a dataset and article.
    pub fn new(data: Dataset, article: Article) -> Model {
        let catalog = view::catalog(&data);
        Model { data, article, catalog }
    }
}

/// The reactive state, cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct Store {
    pub model: &'static Model,
    /// Search text as typed.
    pub q: RwSignal<String>,
    /// Checked sector slugs (only ones the dataset knows).
    pub sectors: RwSignal<BTreeSet<String>>,
    /// The article sentence open in the source view.
    pub sentence: RwSignal<Option<usize>>,
    /// The card a permalink points at (`#id`).
    pub target: RwSignal<Option<String>>,
    /// Notes about a link that had to be corrected.
    pub notes: RwSignal<Vec<String>>,
    /// The latest polite announcement (copy confirmations).
    pub announcement: RwSignal<String>,
    /// How many result cards are rendered (a first page, then "Show more").
    pub limit: RwSignal<usize>,
    /// The parsed query, shared by every highlight.
    pub query: Memo<Query>,
    /// What the page shows.
    pub view: Memo<View>,
    /// The view as the address bar holds it: it follows the state after the typing pause,
    /// so links built from it (sentence links, the print URL) are not rebuilt per keystroke.
    pub written: RwSignal<ViewState>,
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

/// Keeps a part of the page in step with `read`: `apply` runs whenever `read` gives a value
/// other than the one the page last showed (`shown`, at first, as the page was written).
/// `read` is tracked; `apply` is not.
pub fn follow<T: PartialEq + 'static>(shown: T, read: impl Fn() -> T + 'static, apply: impl Fn(&T) + 'static) {
    let mut last = shown;
    effect(Box::new(move || {
        let now = read();
        if now != last {
            untrack(|| apply(&now));
            last = now;
        }
    }));
}

/// An effect that runs `step` now and whenever what it read changes. Every effect of the
/// page goes through this one type: each `Effect::new` closure type compiles to its own copy
/// of the effect's scheduling code (1 to 4 KB of WASM each, measured with twiggy).
pub fn effect(mut step: Box<dyn FnMut()>) {
    Effect::new(move |_| step());
}

pub use crate::domain::view::PAGE_SIZE;

impl Store {
    /// Creates the state from the current URL.
    pub fn new(model: &'static Model) -> Store {
        let q = RwSignal::new(String::new());
        let sectors = RwSignal::new(BTreeSet::new());
        let sentence = RwSignal::new(None);
        let query = Memo::new(move |_| Query::new(&q.read()));
        let view = Memo::new(move |_| {
            let state = ViewState {
                q: q.get(),
                sectors: sectors.get(),
                sentence: None,
            };
            view::compute(&model.data, &model.catalog, &state)
        });
        let store = Store {
            model,
            q,
            sectors,
            sentence,
            target: RwSignal::new(None),
            notes: RwSignal::new(Vec::new()),
            announcement: RwSignal::new(String::new()),
            limit: RwSignal::new(PAGE_SIZE),
            query,
            view,
            written: RwSignal::new(ViewState::default()),
            pending_url: StoredValue::new(None),
        };
        store.restore();
        // A URL write still waiting for a pause in typing is dropped with the app.
        let pending = store.pending_url;
        on_cleanup(move || {
            pending.try_update_value(|p| {
                if let Some(handle) = p.take() {
                    handle.clear();
                }
            });
        });
        store
    }

    /// The view state as the URL holds it, read without tracking (for event handlers).
    pub fn state_untracked(&self) -> ViewState {
        ViewState {
            q: self.q.get_untracked(),
            sectors: self.sectors.get_untracked(),
            sentence: self.sentence.get_untracked(),
        }
    }

    /// Reads the URL into the state (on load and on Back/Forward), replacing a non-canonical
    /// URL with its canonical form.
    pub fn restore(&self) {
        let (state, notes) = ViewState::parse(&browser::search());
        let (known, unknown) = view::split_known(&self.model.data, &state.sectors);
        let mut messages: Vec<String> = notes.iter().map(ToString::to_string).collect();
        messages.extend(
            unknown
                .iter()
                .map(|s| format!("Unknown sector \u{201c}{s}\u{201d} was ignored.")),
        );
        let hash = browser::hash();
        let target = self.model.data.delegation(&hash).map(|d| d.id.to_string());
        self.q.set(state.q);
        self.sectors.set(known);
        self.sentence
            .set(state.sentence.filter(|n| self.model.article.sentence(*n).is_some()));
        self.target.set(target.clone());
        self.notes.set(messages);
        self.limit.set(PAGE_SIZE);
        let state = self.state_untracked();
        browser::write_url(&state.to_string(), target.as_deref(), HistoryMode::Replace);
        self.written.set(state);
    }

    fn write_url(&self, mode: HistoryMode) {
        self.pending_url.update_value(|p| {
            if let Some(handle) = p.take() {
                handle.clear();
            }
        });
        let state = self.state_untracked();
        browser::write_url(&state.to_string(), None, mode);
        set_if_changed(&self.written, state);
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
        self.q.set(text);
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
        self.sectors.update(|s| {
            if !s.remove(slug) {
                s.insert(slug.to_owned());
            }
        });
        self.changed();
        self.write_url(HistoryMode::Push);
    }

    /// Clears the search text and every filter: a new history entry.
    pub fn clear_all(&self) {
        self.q.set(String::new());
        self.sectors.set(BTreeSet::new());
        self.changed();
        self.write_url(HistoryMode::Push);
    }

    /// Opens the source view at sentence `n`: a new history entry.
    pub fn open_sentence(&self, n: usize) {
        self.sentence.set(Some(n));
        self.write_url(HistoryMode::Push);
        request_animation_frame(move || {
            browser::scroll_to(&sentence_id(n), true);
        });
    }

    /// Closes the source view, back to the cards: a new history entry.
    pub fn close_sentence(&self) {
        self.sentence.set(None);
        self.write_url(HistoryMode::Push);
    }

    /// The permalink to a card: the current view plus `#id`.
    pub fn permalink(&self, id: &str) -> String {
        let mut state = self.state_untracked();
        state.sentence = None;
        browser::absolute_url(&state.to_string(), Some(id))
    }

    /// The link to the current view.
    pub fn view_url(&self) -> String {
        browser::absolute_url(&self.state_untracked().to_string(), None)
    }
}
