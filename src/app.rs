use crate::components::data_section::{DataSection, Render, Size};
use crate::components::frame::Frame;
use crate::context::{provide_page, Paths};
use crate::core::lang::Lang;
use crate::core::paths::strip_base;
use crate::data::load::{load_site, Site};
use crate::dom;
use crate::logic::routes::{parse, Route};
use crate::pages::page_for;
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
pub fn App(paths: Paths) -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    crate::tracker::provide_tracker();
    #[cfg(not(target_arch = "wasm32"))]
    provide_context(crate::tracker::Tracker::in_memory());
    let base = paths.base().trim_end_matches('/').to_string();
    view! {
        <Router base>
            <Shell paths />
        </Router>
    }
}

#[component]
fn Shell(paths: Paths) -> impl IntoView {
    let location = use_location();
    let base = paths.base().to_string();
    let address = Memo::new(move |_| {
        let path = location.pathname.get();
        strip_base(&base, &path).map_or((Lang::En, Route::NotFound), parse)
    });
    let lang = Memo::new(move |_| address.get().0);
    let route = Memo::new(move |_| address.get().1);
    // The site (facts and this language's prose) is fetched again only when the language changes.
    let site = LocalResource::new(move || {
        let lang = lang.get();
        async move { load_site(lang, paths).await }
    });
    // Move focus to the new page's content after an in-app navigation, as a full page load would,
    // so keyboard and screen-reader users start at the top of what changed.
    Effect::new(move |previous: Option<(Lang, Route)>| {
        let current = address.get();
        if previous.is_some_and(|p| p != current) {
            dom::focus_main();
        }
        current
    });
    // The routes stay in place while the language changes underneath them: rebuilding them would
    // drop the navigation in flight, and the address bar would keep the old language's path.
    let shell = move || {
        let lang = lang.get();
        // Every link and word drawn from here on is in this language.
        provide_page(lang, paths);
        // A new page for each route; the site is already loaded, so it draws at once.
        let page = move || {
            let current = route.get();
            let query = location.search.get_untracked();
            let render: Render<Site> = Arc::new(move |site| page_for(&current, site, &query));
            view! { <DataSection resource=site size=Size::Page render /> }
        };
        dom::set_document_lang(lang.tag());
        view! { <Frame lang route=route>{page}</Frame> }
    };
    view! {
        <FlatRoutes fallback=|| ()>
            <leptos_router::components::Route path=path!("/*any") view=move || shell />
        </FlatRoutes>
    }
}
