//! The page's static parts as HTML text: the delegation cards, the "Source" disclosures, the
//! event overview, the figures panel and the source article.
//!
//! Pure like [`crate::domain`] (no DOM, no `leptos`), so it is tested natively. The shell
//! inserts this text with `innerHTML` and handles its few controls with delegated listeners
//! (`ui::delegate`). Built as Leptos views, these parts compiled to about a fifth of the
//! WASM (one render, rebuild and unmount routine per view shape) and their first render was
//! the longest step of start-up; the browser's HTML parser builds the same elements from text.
//!
//! Every piece of text is written through [`html::text`] or [`html::attr`], which escape it,
//! so no data or URL text can become markup.

pub mod article;
pub mod card;
pub mod html;
pub mod overview;
pub mod source;
pub mod summary;
