use crate::components::page_head::PageHead;
use crate::logic::meta;
use crate::logic::routes::Route;
use crate::paths::href;
use leptos::prelude::*;

#[component]
pub fn NotFoundView(#[prop(optional)] message: Option<String>) -> impl IntoView {
    view! {
        <PageHead meta=meta::for_section(&Route::NotFound) />
        <article class="page not-found">
            <h1>"Page not found"</h1>
            <p>{message.unwrap_or_else(|| "This page isn't part of the guide. It may have moved, or the address has a typo.".into())}</p>
            <ul class="not-found__links">
                <li><a href=href(&Route::Home)>"Go to the start of the guide"</a></li>
                <li><a href=href(&Route::Cast)>"Cast"</a></li>
                <li><a href=href(&Route::Episodes)>"Episodes"</a></li>
            </ul>
        </article>
    }
}
