//! Chongqing–Taiwan Week Explorer: a client-side app over a cited dataset about the 17th
//! Chongqing–Taiwan Week.
//!
//! [`domain`] is the pure core (no DOM); [`ui`] is the Leptos shell: components that render
//! the prerendered page natively and run in the browser.

#[cfg(feature = "bench")]
pub mod bench;
pub mod domain;
pub mod ui;
