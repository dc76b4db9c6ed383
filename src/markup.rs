//! The page as HTML text: the event overview, the controls, the delegation cards, the
//! "Source" disclosures, the results' count, empty state and tools, the figures panel and
//! the source article.
//!
//! Pure like [`crate::domain`] (no DOM, no `leptos`), so it is tested natively. The shell
//! inserts this text with `innerHTML`, keeps the regions a view changes in step in place
//! (`ui::controls`, `ui::results`) and handles the controls with delegated listeners
//! (`ui::delegate`). Built as Leptos views, the page compiled to more than a third of the
//! WASM (one render, rebuild and unmount routine per view shape, measured with twiggy) and
//! their first render was the longest step of start-up; the browser's HTML parser builds the
//! same elements from text.
//!
//! Every piece of text is written through [`html::text`] or [`html::attr`], which escape it,
//! so no data or URL text can become markup.

pub mod article;
pub mod card;
pub mod controls;
pub mod html;
pub mod overview;
pub mod page;
pub mod results;
pub mod source;
pub mod summary;
