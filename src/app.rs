use crate::components::data_section::{DataSection, Render, Size};
use crate::components::frame::Frame;
use crate::data::load::load_site;
use crate::data::model::Lang;
use crate::logic::routes::{parse, strip_base, Route};
use crate::pages::page_for;
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;
use std::sync::Arc;

/// The whole app. The router keeps the address bar and history in step and turns link clicks into
/// in-page navigation; which page to show, and in which language, is decided by
/// [`parse`], the same function the build uses to write each route's HTML file. (A single
/// catch-all route hands every path to it: the router only completes a navigation, updating the
/// address bar, once a route has matched.)
#[component]
pub fn App() -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    crate::tracker::provide_tracker();
    let base = paths::base();
    view! {
        <Router base=base.trim_end_matches('/').to_string()>
            <Shell base />
        </Router>
    }
}

#[component]
fn Shell(base: String) -> impl IntoView {
    let location = use_location();
    let address = Memo::new(move |_| {
        let path = location.pathname.get();
        strip_base(&base, &path).map_or((Lang::En, Route::NotFound), parse)
    });
    let lang = Memo::new(move |_| address.get().0);
    let route = Memo::new(move |_| address.get().1);
    // The site (facts and this language's prose) is fetched again only when the language changes.
    let site = LocalResource::new(move || load_site(lang.get()));
    // Move focus to the new page's content after an in-app navigation, as a full page load would,
    // so keyboard and screen-reader users start at the top of what changed.
    Effect::new(move |previous: Option<(Lang, Route)>| {
        let current = address.get();
        if previous.is_some_and(|p| p != current) {
            focus_main();
        }
        current
    });
    // The routes stay in place while the language changes underneath them: rebuilding them would
    // drop the navigation in flight, and the address bar would keep the old language's path.
    let shell = move || {
        let lang = lang.get();
        // Every link and word drawn from here on is in this language.
        paths::set_lang(lang);
        // A new page for each route; the site is already loaded, so it draws at once.
        let page = move || {
            let current = route.get();
            let query = location.search.get_untracked();
            let render: Render<crate::data::load::Site> =
                Arc::new(move |site| page_for(&current, site, &query));
            view! { <DataSection resource=site size=Size::Page render /> }
        };
        set_document_lang(lang);
        view! { <Frame lang route=route>{page}</Frame> }
    };
    view! {
        <FlatRoutes fallback=|| ()>
            <leptos_router::components::Route path=path!("/*any") view=move || shell />
        </FlatRoutes>
    }
}

/// Keeps `<html lang>` in step with the page's language, so screen readers and hyphenation
/// follow an in-app language switch.
fn set_document_lang(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

/// Moves keyboard focus to the page's main content and scrolls to the top.
pub fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    }
}
