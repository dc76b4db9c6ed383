//! The event overview at the top of the page (markup: [`crate::markup::overview`]).

use super::store::Store;
use crate::markup::overview::overview;
use leptos::prelude::*;

/// The top of the page.
#[component]
pub fn Overview() -> impl IntoView {
    let store = expect_context::<Store>();
    let html = overview(&store.model.data, &store.model.article);
    view! { <section class="overview" aria-labelledby="event-title" inner_html=html></section> }
}
