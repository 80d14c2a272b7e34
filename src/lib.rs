//! A fan guide to *It's Okay to Not Be Okay*.
//!
//! data (JSON under `public/data/`) → [`data`] (serde model, loader, checks) → [`logic`] (pure
//! functions) → [`components`] and [`pages`] (views) → [`app`] (routing). See `docs/architecture.md`.

// Deeply nested view types exceed the default limit when rendered to HTML for prerendering.
#![recursion_limit = "256"]

pub mod app;
pub mod clock;
pub mod components;
pub mod data;
pub mod i18n;
pub mod logic;
pub mod pages;
pub mod paths;
pub mod tracker;

/// Starts the app in the browser: logs panics to the console, reads the base path and the page's
/// language, loads the data, then swaps the build's prerendered markup for the live app.
///
/// The data is loaded *before* mounting so the app's first render is already complete: the
/// prerendered page stays on screen until then, and no loading placeholder flashes in between.
/// A file that fails to load is not fatal here; the page shows the error where its content goes.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use data::load::load_site;
    use logic::routes::{parse, strip_base, Route};

    // The release build stops at a panic with no message (see the Makefile: RELEASE_WASM_ENV).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    mark("okay-guide:start");
    let base = paths::read_base_from_document();
    paths::set_base(&base);
    paths::read_data_names_from_document();
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let (lang, _) =
        strip_base(&base, &path).map_or((data::model::Lang::En, Route::NotFound), parse);
    paths::set_lang(lang);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = load_site(lang).await;
        mark("okay-guide:data");
        // The boot script keeps focus, typed text and an early press across the swap.
        announce("okay-guide:before-mount");
        if let Some(old) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("prerendered"))
        {
            old.remove();
        }
        leptos::mount::mount_to_body(app::App);
        mark("okay-guide:mounted");
        announce("okay-guide:mounted");
    });
}

/// A named point on the page's performance timeline, so the benchmark and the browser's own tools
/// can tell how long starting, loading and mounting took.
#[cfg(target_arch = "wasm32")]
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Tells the page's boot script about a step of the start (see `src/bin/postbuild/boot.js`).
#[cfg(target_arch = "wasm32")]
fn announce(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}
