use crate::components::story_art::Emblem;
use crate::logic::routes::{Route, SECTIONS};
use crate::paths::href;
use leptos::prelude::*;

/// The top of every page: a skip link, the guide's name and the section navigation. The current
/// section carries `aria-current="page"` so screen readers announce where the reader is.
#[component]
pub fn SiteHeader(#[prop(into)] current: Signal<Route>) -> impl IntoView {
    view! {
        // Handled here rather than by the browser: with a `<base href>`, "#main" would resolve to
        // the home page instead of this page's content.
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            crate::app::focus_main();
        }>"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href=href(&Route::Home)>
                <Emblem />
                <span class="brand__text">
                    <span class="brand__title">"It's Okay to Not Be Okay"</span>
                    <span class="brand__sub">"a fan guide · " <span lang="ko">"사이코지만 괜찮아"</span></span>
                </span>
            </a>
            <nav class="site-nav" aria-label="Sections">
                <ul class="site-nav__list">
                    {SECTIONS
                        .into_iter()
                        .map(|(route, label)| {
                            let link = href(&route);
                            let is_current = move || current.get().section().as_ref() == Some(&route);
                            view! {
                                <li>
                                    <a
                                        class="site-nav__link"
                                        href=link
                                        aria-current=move || is_current().then_some("page")
                                    >
                                        {label}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
