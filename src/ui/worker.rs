//! The exports worker, from the page's side (see `domain::job`): started the first time the
//! page asks it for a file, a QR code or "did you mean", then kept. It answers in the order it
//! was asked, so the answers go to the callers waiting in that order. If it cannot load, stops
//! or refuses (its WASM failed, or it is of another deploy), the caller gets `None`, the
//! worker is dropped, and the next question starts a new one.

use crate::domain::job::{self, Job, VERSION};
use std::cell::RefCell;
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;

/// What a caller does with the answer (`None`: the worker failed or refused).
type Waiting = Box<dyn FnOnce(Option<String>)>;

thread_local! {
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    static WAITING: RefCell<VecDeque<Waiting>> = const { RefCell::new(VecDeque::new()) };
}

/// The worker's script, beside the page: relative, so it resolves against the page's base
/// (the deploy path). The Trusted Types policy admits it (`xtask/src/dist.rs`).
pub const SCRIPT: &str = "exports-worker.js";

/// Asks the worker for `job`; `done` gets the answer, or `None` if the worker failed.
pub fn ask(job: &Job, done: impl FnOnce(Option<String>) + 'static) {
    let Some(worker) = worker() else {
        done(None);
        return;
    };
    WAITING.with_borrow_mut(|w| w.push_back(Box::new(done)));
    if worker.post_message(&JsValue::from_str(&job.encode(VERSION))).is_err() {
        fail_all();
    }
}

/// The running worker, started if there is none.
fn worker() -> Option<web_sys::Worker> {
    if let Some(worker) = WORKER.with_borrow(Clone::clone) {
        return Some(worker);
    }
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(SCRIPT, &options).ok()?;
    let on_answer = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
        let text = e.data().as_string().unwrap_or_default();
        let answer = job::read(&text).map(str::to_owned);
        let refused = answer.is_none();
        if let Some(done) = WAITING.with_borrow_mut(VecDeque::pop_front) {
            done(answer);
        }
        if refused {
            // Its WASM did not load, or it is of another deploy: start afresh next time.
            fail_all();
        }
    });
    worker.set_onmessage(Some(on_answer.as_ref().unchecked_ref()));
    on_answer.forget();
    let on_error = Closure::<dyn FnMut()>::new(fail_all);
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    WORKER.with_borrow_mut(|slot| *slot = Some(worker.clone()));
    Some(worker)
}

/// The worker failed (it could not load, or it stopped): it is dropped, and every caller
/// waiting gets `None`.
fn fail_all() {
    if let Some(worker) = WORKER.with_borrow_mut(Option::take) {
        worker.terminate();
    }
    for done in WAITING.with_borrow_mut(std::mem::take) {
        done(None);
    }
}
