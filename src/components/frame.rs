//! The frame of every page: skip link, header with the sections and the language switch, the
//! notices, the page itself, and the footer. The app and the build's prerendered pages use this
//! same component, so the app takes over a page without anything moving.

use crate::components::lang_offer::LangOffer;
use crate::components::offline_notice::OfflineNotice;
use crate::components::story_art::Emblem;
use crate::components::tracker_notice::TrackerNotice;
use crate::components::update_banner::UpdateBanner;
use crate::context::t;
use crate::context::use_links;
use crate::core::lang::Lang;
use crate::i18n::ui;
use crate::logic::routes::{Route, SECTIONS};
use leptos::prelude::*;

#[component]
pub fn Frame(lang: Lang, #[prop(into)] route: Signal<Route>, children: Children) -> impl IntoView {
    let t = t();
    let other = lang.other();
    let links = use_links();
    let nav = SECTIONS
        .into_iter()
        .map(|section| {
            let link = links.href(&section);
            let label = (t.section)(&section);
            let current = move || {
                route
                    .with(|r| r.section().as_ref() == Some(&section))
                    .then_some("page")
            };
            view! { <li><a class="site-nav__link" href=link aria-current=current>{label}</a></li> }
        })
        .collect_view();
    view! {
        // Handled here rather than by the browser: with a `<base href>`, "#main" would resolve to
        // the home page instead of this page's content.
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            crate::dom::focus_main();
        }>{t.skip_link}</a>
        <header class="site-header">
            <a class="brand" href=links.href(&Route::Home)>
                <Emblem />
                <span class="brand__text">
                    <span class="brand__title">{t.brand_title}</span>
                    <span class="brand__sub">{t.brand_sub}</span>
                </span>
            </a>
            <a
                class="lang-switch"
                // From a page that does not exist, the other language's home page: the same
                // unknown address would not exist there either.
                href=move || {
                    route.with(|r| match r {
                        Route::NotFound => links.href_in(other, &Route::Home),
                        r => links.href_in(other, r),
                    })
                }
                hreflang=other.tag()
                lang=other.tag()
            >
                {ui(other).lang_name}
            </a>
            <nav class="site-nav" aria-label=t.nav_label>
                <ul class="site-nav__list">{nav}</ul>
            </nav>
        </header>
        <UpdateBanner />
        <OfflineNotice />
        <TrackerNotice />
        <LangOffer lang route />
        <main id="main" class="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <nav class="site-footer__links" aria-label=t.footer_links>
                <a href=links.href(&Route::Help)>{(t.section)(&Route::Help)}</a>
                <a href=links.href(&Route::Portrayal)>{(t.section)(&Route::Portrayal)}</a>
            </nav>
            <p>{t.footer}</p>
        </footer>
    }
}
