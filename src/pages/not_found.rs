use crate::components::page_head::PageHead;
use crate::context::href;
use crate::context::t;
use crate::i18n::meta;
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage(#[prop(optional)] message: Option<String>) -> impl IntoView {
    let t = t();
    view! {
        <PageHead meta=meta::for_section(&Route::NotFound, t.lang) />
        <article class="page not-found">
            <h1>{t.not_found_heading}</h1>
            <p>{message.unwrap_or_else(|| t.not_found_text.to_string())}</p>
            <ul class="not-found__links">
                <li><a href=href(&Route::Home)>{t.go_home}</a></li>
                <li><a href=href(&Route::Cast)>{(t.section)(&Route::Cast)}</a></li>
                <li><a href=href(&Route::Episodes)>{(t.section)(&Route::Episodes)}</a></li>
                <li><a href=href(&Route::Search)>{(t.section)(&Route::Search)}</a></li>
            </ul>
        </article>
    }
}
