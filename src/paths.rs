//! Where the site lives. The build can place the guide under any path (`make build
//! PUBLIC_URL=/guide/`); Trunk writes that path into `<base href>`, and every link and data URL
//! in the app is made here from it, so nothing else has to know.

use crate::data::model::Lang;
use crate::logic::routes::{join_base, normalise_base, Route};
use std::cell::{Cell, RefCell};

thread_local! {
    static BASE: RefCell<String> = RefCell::new("/".to_string());
    /// The language of the page being drawn. Set by the app before it renders a page (and by
    /// the build before it prerenders one), so every link stays in the reader's language.
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
    /// Plain data file name → the content-hashed name this build's pages were written with.
    static DATA_NAMES: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Reads `show.json=show-0123….json cast.json=…` (the build writes it into each page) and
/// keeps only well-formed pairs: the page is data too.
pub fn set_data_names(spec: &str) {
    let pairs = spec
        .split_whitespace()
        .filter_map(|pair| pair.split_once('='))
        .filter(|(plain, hashed)| {
            let ok = |s: &str| {
                s.ends_with(".json")
                    && s.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
            };
            ok(plain) && ok(hashed)
        })
        .map(|(p, h)| (p.to_string(), h.to_string()))
        .collect();
    DATA_NAMES.with(|d| *d.borrow_mut() = pairs);
}

/// Sets the base path ("/" or "/a/b/"); called once at start-up, before anything renders.
pub fn set_base(raw: &str) {
    BASE.with(|b| *b.borrow_mut() = normalise_base(raw));
}

pub fn base() -> String {
    BASE.with(|b| b.borrow().clone())
}

pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The language of the page being drawn.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// The absolute URL path of a route in the current language, e.g. `/guide/ko/cast/ko-moon-young/`.
pub fn href(route: &Route) -> String {
    href_in(lang(), route)
}

/// The absolute URL path of a route in `lang`.
pub fn href_in(lang: Lang, route: &Route) -> String {
    join_base(&base(), &route.path_in(lang))
}

/// The URL of a data file: its content-hashed name when the page names one.
pub fn data_url(file: &str) -> String {
    let name = DATA_NAMES.with(|d| {
        d.borrow()
            .iter()
            .find(|(plain, _)| plain == file)
            .map(|(_, hashed)| hashed.clone())
    });
    join_base(
        &base(),
        &format!("data/{}", name.as_deref().unwrap_or(file)),
    )
}

/// Reads the data file names from the page's `<meta name="okay-guide-data">`, if any.
#[cfg(target_arch = "wasm32")]
pub fn read_data_names_from_document() {
    let spec = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=okay-guide-data]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"));
    if let Some(spec) = spec {
        set_data_names(&spec);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_urls_use_the_pages_hashed_names() {
        set_base("/guide/");
        assert_eq!(data_url("cast.json"), "/guide/data/cast.json");
        set_data_names(
            "cast.json=cast-0123456789abcdef.json bogus show.json=../../etc.json x=y.json",
        );
        assert_eq!(
            data_url("cast.json"),
            "/guide/data/cast-0123456789abcdef.json"
        );
        assert_eq!(
            data_url("show.json"),
            "/guide/data/show.json",
            "a path in a name is refused"
        );
        set_data_names("");
        set_base("/");
    }
}
