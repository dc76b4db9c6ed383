//! Chongqing–Taiwan Week Explorer: a client-side app over a cited dataset about the 17th
//! Chongqing–Taiwan Week.
//!
//! [`domain`] is the pure core, its own crate (`cqtw-domain`, no DOM, no framework); [`ui`]
//! is the Leptos shell: components that render the prerendered page natively and run in the
//! browser.

// The page's view types nest deeply (a table row of outcomes, each with its marks and
// sources); rustc's default limit of 128 is too low for the futures their HTML renders with.
#![recursion_limit = "256"]

// The baked dataset (`data`) names `alloc::borrow::Cow`.
extern crate alloc;

#[cfg(feature = "bench")]
pub mod bench;
pub mod data;
pub use cqtw_domain as domain;
pub mod ui;
