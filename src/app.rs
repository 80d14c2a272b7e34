use crate::components::offline_notice::OfflineNotice;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::tracker_notice::TrackerNotice;
use crate::components::update_banner::UpdateBanner;
use crate::logic::routes::{strip_base, Route};
use crate::pages::{
    about::AboutPage, cast::CastPage, cast_member::CastMemberPage, episode::EpisodePage,
    episodes::EpisodesPage, home::HomePage, not_found::NotFoundView, outlook::OutlookPage,
    search::SearchPage,
};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{FlatRoutes, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// The whole app. The router keeps the address bar and history in step and turns link clicks into
/// in-page navigation; which page to show is decided by [`Route::parse`], the same function the
/// build uses to write each route's HTML file. (A single catch-all route hands every path to it:
/// the router only completes a navigation, updating the address bar, once a route has matched.)
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
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
    let route = Memo::new(move |_| {
        let path = location.pathname.get();
        strip_base(&base, &path).map_or(Route::NotFound, Route::parse)
    });
    // Move focus to the new page's content after an in-app navigation, as a full page load would,
    // so keyboard and screen-reader users start at the top of what changed.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        if previous.is_some_and(|p| p != current) {
            focus_main();
        }
        current
    });
    view! {
        <SiteHeader current=route />
        <UpdateBanner />
        <OfflineNotice />
        <TrackerNotice />
        <main id="main" class="main" tabindex="-1">
            <FlatRoutes fallback=|| ()>
                <leptos_router::components::Route
                    path=path!("/*any")
                    view=move || view! { {move || page_for(route.get())} }
                />
            </FlatRoutes>
        </main>
        <SiteFooter />
    }
}

pub fn page_for(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage /> }.into_any(),
        Route::Cast => view! { <CastPage /> }.into_any(),
        Route::CastMember(slug) => view! { <CastMemberPage slug /> }.into_any(),
        Route::Episodes => view! { <EpisodesPage /> }.into_any(),
        Route::Episode(number) => view! { <EpisodePage number /> }.into_any(),
        Route::Outlook => view! { <OutlookPage /> }.into_any(),
        Route::Search => view! { <SearchPage /> }.into_any(),
        Route::About => view! { <AboutPage /> }.into_any(),
        Route::NotFound => view! { <NotFoundView /> }.into_any(),
    }
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
