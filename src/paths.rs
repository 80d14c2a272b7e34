//! Where the site lives. The build can place the guide under any path (`make build
//! PUBLIC_URL=/guide/`); Trunk writes that path into `<base href>`, and every link and data URL
//! in the app is made here from it, so nothing else has to know.

use crate::logic::routes::{join_base, normalise_base, Route};
use std::cell::RefCell;

thread_local! {
    static BASE: RefCell<String> = RefCell::new("/".to_string());
}

/// Sets the base path ("/" or "/a/b/"); called once at start-up, before anything renders.
pub fn set_base(raw: &str) {
    BASE.with(|b| *b.borrow_mut() = normalise_base(raw));
}

pub fn base() -> String {
    BASE.with(|b| b.borrow().clone())
}

/// The absolute URL path of a route, e.g. `/guide/cast/ko-moon-young/`.
pub fn href(route: &Route) -> String {
    join_base(&base(), &route.path())
}

/// The URL of a data file.
pub fn data_url(file: &str) -> String {
    join_base(&base(), &format!("data/{file}"))
}

/// Reads the base from the page's `<base href>`, which Trunk fills in from `--public-url`.
#[cfg(target_arch = "wasm32")]
pub fn read_base_from_document() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base[href]").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .map(|href| normalise_base(&href))
        .unwrap_or_else(|| "/".to_string())
}
