use crate::logic::meta::{full_title, PageMeta};
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the document title for the page being shown. (Descriptions and link-preview tags are
/// written into each route's static HTML at build time, where crawlers and chat apps read them.)
#[component]
pub fn PageHead(meta: PageMeta) -> impl IntoView {
    view! { <Title text=full_title(&meta.title) /> }
}
