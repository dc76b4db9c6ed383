//! Chongqing–Taiwan Week Explorer: a client-side app over a cited dataset about the 17th
//! Chongqing–Taiwan Week.
//!
//! [`domain`] is the pure core (no DOM); [`ui`] is the thin Leptos shell that reads it.

#[cfg(feature = "bench")]
pub mod bench;
pub mod domain;
pub mod markup;
pub mod ui;
