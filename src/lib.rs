//! A fan guide to *It's Okay to Not Be Okay*.
//!
//! data (JSON under `public/data/`) → [`data`] (serde model, loader, checks) → [`logic`] (pure
//! functions) → [`components`] and [`pages`] (views) → [`app`] (routing). See `docs/architecture.md`.

// Deeply nested view types exceed the default limit when rendered to HTML for prerendering.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod context;
pub mod core;
pub mod data;
pub mod dom;
pub mod i18n;
pub mod logic;
pub mod pages;
pub mod tracker;

/// Starts the app in the browser: logs panics to the console (debug builds), reads where the
/// site lives and the page's language, loads the data, then swaps the build's prerendered markup
/// for the live app.
///
/// The data is loaded *before* mounting so the app's first render is already complete: the
/// prerendered page stays on screen until then, and no loading placeholder flashes in between.
/// A file that fails to load is not fatal here; the page shows the error where its content goes.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use crate::core::lang::Lang;
    use crate::core::paths::strip_base;
    use logic::routes::{parse, Route};

    // The release build stops at a panic with no message (see the Makefile: RELEASE_WASM_ENV);
    // debug builds and `make build-debuggable` print the panic and its place in the console.
    #[cfg(any(debug_assertions, okay_debuggable))]
    console_error_panic_hook::set_once();
    dom::mark("okay-guide:start");
    let paths: context::Paths = Box::leak(Box::new(dom::site_paths()));
    let (lang, _) =
        strip_base(paths.base(), &dom::pathname()).map_or((Lang::En, Route::NotFound), parse);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = data::load::load_site(lang, paths).await;
        dom::mark("okay-guide:data");
        // The boot script keeps focus, typed text and an early press across the swap.
        dom::announce("okay-guide:before-mount");
        dom::remove_element("prerendered");
        leptos::mount::mount_to_body(move || leptos::view! { <app::App paths /> });
        dom::mark("okay-guide:mounted");
        dom::announce("okay-guide:mounted");
    });
}
