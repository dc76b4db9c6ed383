//! The exports worker, from the page's side (see `domain::job`): started the first time the
//! page asks it for a file, a QR code or "did you mean", then kept. It answers in the order it
//! was asked, so each answer goes to the oldest question waiting. If it cannot load, stops or
//! refuses (its WASM failed, or it is of another deploy), every question waiting gets `None`,
//! the worker is dropped, and the next question starts a new one.

use crate::domain::job::{Answer, Job, Request};
use futures_channel::oneshot;
use std::cell::RefCell;
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;

thread_local! {
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    static WAITING: RefCell<VecDeque<oneshot::Sender<Option<Answer>>>> = const { RefCell::new(VecDeque::new()) };
}

/// The worker's script, beside the page: relative, so it resolves against the page's base
/// (the deploy path). The Trusted Types policy admits it (`xtask/src/dist.rs`).
pub const SCRIPT: &str = "exports-worker.js";

/// Asks the worker for `job`: its answer, or `None` if the worker failed or refused.
pub async fn ask(job: Job) -> Option<Answer> {
    let worker = worker()?;
    let (answer, waiting) = oneshot::channel();
    WAITING.with_borrow_mut(|w| w.push_back(answer));
    if worker
        .post_message(&JsValue::from_str(&Request::new(job).encode()))
        .is_err()
    {
        fail_all();
    }
    // A sender dropped without an answer (the worker failed) is `None` too.
    waiting.await.ok().flatten()
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
        let answer = e.data().as_string().and_then(|text| Answer::decode(&text));
        let refused = answer.is_none();
        if let Some(waiting) = WAITING.with_borrow_mut(VecDeque::pop_front) {
            let _ = waiting.send(answer);
        }
        if refused {
            // Its WASM did not load, or it is of another deploy: start afresh next time.
            fail_all();
        }
    });
    worker.set_onmessage(Some(on_answer.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut()>::new(fail_all);
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The two handlers live as long as the worker they are set on (one pair per worker
    // started: the page starts another only after one failed); the worker holds them.
    on_answer.forget();
    on_error.forget();
    WORKER.with_borrow_mut(|slot| *slot = Some(worker.clone()));
    Some(worker)
}

/// The worker failed (it could not load, or it stopped): it is dropped, and every question
/// waiting gets `None`.
fn fail_all() {
    if let Some(worker) = WORKER.with_borrow_mut(Option::take) {
        worker.terminate();
    }
    for waiting in WAITING.with_borrow_mut(std::mem::take) {
        let _ = waiting.send(None);
    }
}
