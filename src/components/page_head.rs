use crate::logic::meta::{full_title, PageMeta};
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the document title for the page being shown. (The language of the document, its
/// description and link-preview tags are written into each route's static HTML at build time,
/// and the frame keeps `<html lang>` in step during in-app navigation.)
#[component]
pub fn PageHead(meta: PageMeta) -> impl IntoView {
    view! { <Title text=full_title(&meta.title, crate::paths::lang()) /> }
}
