//! Every call the app makes to the browser, in one place: the document, the address, history,
//! storage, the clipboard and share sheet, files, timers and the clock.
//!
//! The rest of the app stays plain Rust: each function here has a host version that does nothing
//! (or answers as a page with no browser would), so the build's prerenderer and the host tests run
//! the same views. Every browser call can fail or be missing; none of them panics.

use crate::core::paths::SitePaths;

/// Today's date from the reader's clock, as a day number (days since 1970-01-01, UTC).
pub fn today() -> i64 {
    // The reader's own calendar day: someone in Seoul marking an episode at 08:00 watched it
    // today, not on the UTC day before.
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        crate::core::date::days_from_civil(
            now.get_full_year() as i32,
            (now.get_month() + 1) as u8,
            now.get_date() as u8,
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .unwrap_or(0)
}

/// Minutes the reader's clock is ahead of UTC (Seoul: 540), for times a file gives in UTC.
pub fn utc_offset_minutes() -> i32 {
    #[cfg(target_arch = "wasm32")]
    return -(js_sys::Date::new_0().get_timezone_offset() as i32);
    #[cfg(not(target_arch = "wasm32"))]
    0
}

#[cfg(target_arch = "wasm32")]
fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

// ---- start-up ------------------------------------------------------------------------------

/// The site's paths as this page was built with them: `<base href>` (Trunk fills it in from
/// `--public-url`) and the data files' hashed names from `<meta name="okay-guide-data">`.
pub fn site_paths() -> SitePaths {
    #[cfg(target_arch = "wasm32")]
    {
        let attribute = |selector: &str, name: &str| {
            document()?
                .query_selector(selector)
                .ok()
                .flatten()?
                .get_attribute(name)
        };
        let base = attribute("base[href]", "href").unwrap_or_else(|| "/".into());
        let names = attribute("meta[name=okay-guide-data]", "content").unwrap_or_default();
        SitePaths::new(&base).with_data_names(&names)
    }
    #[cfg(not(target_arch = "wasm32"))]
    SitePaths::new("/")
}

/// The address's path (`/ko/cast/`), empty where there is no browser.
pub fn pathname() -> String {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// The address's fragment, `#` included (`#p=…`).
pub fn hash() -> String {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// `https://example.org`, for links a reader takes to another device.
pub fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Takes an element out of the document (the prerendered markup, once the app replaces it).
pub fn remove_element(id: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(old) = document().and_then(|d| d.get_element_by_id(id)) {
        old.remove();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// A named point on the page's performance timeline, so the benchmark and the browser's own tools
/// can tell how long starting, loading and mounting took.
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

/// Tells the page's boot script about a step of the start (see `src/bin/postbuild/boot.js`).
pub fn announce(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

/// A message for whoever opens the browser's console (a bug report), never for the reader.
pub fn log_error(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::error_1(&message.into());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message;
}

pub fn log_warning(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&message.into());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = message;
}

// ---- the page ------------------------------------------------------------------------------

/// Moves keyboard focus to the page's main content and scrolls to the top, as a page load would.
pub fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(main) = document()
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

/// Keeps `<html lang>` in step with the page's language, so screen readers and hyphenation
/// follow an in-app language switch.
pub fn set_document_lang(tag: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = tag;
}

pub fn set_title(title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(d) = document() {
        d.set_title(title);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = title;
}

/// Selects the whole text of the read-only field that got focus, so a link shown for copying by
/// hand is ready to copy.
pub fn select_on_focus(ev: &leptos::ev::FocusEvent) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ev;
}

/// Changes the address without a new history entry or a page load.
pub fn replace_address(url: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = url;
}

/// `text` percent-encoded for a query value, as the browser's `encodeURIComponent` does it.
pub fn encode_component(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::encode_uri_component(text).into();
    #[cfg(not(target_arch = "wasm32"))]
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' => {
                (b as char).to_string()
            }
            b'\'' | b'(' | b')' => (b as char).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

// ---- the device ----------------------------------------------------------------------------

/// Whether the first language the reader's browser lists is Korean (Korean anywhere lower is not
/// a preference).
pub fn prefers_korean() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
            return false;
        };
        let first = nav
            .languages()
            .get(0)
            .as_string()
            .or_else(|| nav.language());
        first.is_some_and(|l| l.to_ascii_lowercase().starts_with("ko"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

pub fn is_offline() -> bool {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window().is_some_and(|w| !w.navigator().on_line());
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Resolves after `ms` milliseconds (a browser timer; no extra crate for one sleep).
pub async fn sleep(ms: i32) {
    #[cfg(target_arch = "wasm32")]
    {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ms;
}

/// localStorage, where every step can throw: blocked in private browsing, full, or missing.
pub mod storage {
    /// The stored value under `key`; `Err` says why storage could not be read at all.
    pub fn read(key: &str) -> Result<Option<String>, String> {
        #[cfg(target_arch = "wasm32")]
        return local()?.get_item(key).map_err(describe);
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = key;
            Err("no browser storage".into())
        }
    }

    pub fn write(key: &str, value: &str) -> Result<(), String> {
        #[cfg(target_arch = "wasm32")]
        return local()?.set_item(key, value).map_err(describe);
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = (key, value);
            Err("no browser storage".into())
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn describe(e: wasm_bindgen::JsValue) -> String {
        e.as_string()
            .or_else(|| {
                js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
            })
            .unwrap_or_else(|| "unknown error".into())
    }

    #[cfg(target_arch = "wasm32")]
    fn local() -> Result<web_sys::Storage, String> {
        web_sys::window()
            .ok_or("no window")?
            .local_storage()
            .map_err(describe)?
            .ok_or_else(|| "no localStorage".into())
    }
}

#[cfg(target_arch = "wasm32")]
fn method(name: &str, on: &wasm_bindgen::JsValue) -> Option<js_sys::Function> {
    use wasm_bindgen::JsCast;
    js_sys::Reflect::get(on, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

/// Puts `text` on the clipboard; `false` where the browser has no clipboard or refuses.
pub async fn copy_text(text: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let Some(window) = web_sys::window() else {
            return false;
        };
        let navigator: JsValue = window.navigator().into();
        // Through Reflect: the Clipboard API is missing on some browsers and web-sys marks it unstable.
        let clipboard =
            js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
        let Some(write) = method("writeText", &clipboard) else {
            return false;
        };
        let Ok(promise) = write.call1(&clipboard, &text.into()) else {
            return false;
        };
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
            .await
            .is_ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        false
    }
}

/// How sharing the current page went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The phone's own share sheet took it.
    Sheet,
    /// The reader closed the share sheet: nothing to report.
    Cancelled,
    Copied,
    /// Neither worked: the address, for the reader to copy by hand.
    Manual(String),
}

/// Shares the current page: the share sheet where the browser has one (Web Share API),
/// otherwise the address is copied, otherwise handed back to be shown.
pub async fn share_page(title: &str) -> Shared {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::{Object, Promise, Reflect};
        use wasm_bindgen::JsValue;
        let Some(window) = web_sys::window() else {
            return Shared::Manual(String::new());
        };
        let url = window.location().href().unwrap_or_default();
        let navigator: JsValue = window.navigator().into();
        if let Some(share) = method("share", &navigator) {
            let data = Object::new();
            let _ = Reflect::set(&data, &"title".into(), &title.into());
            let _ = Reflect::set(&data, &"url".into(), &url.as_str().into());
            if let Ok(promise) = share.call1(&navigator, &data) {
                match wasm_bindgen_futures::JsFuture::from(Promise::from(promise)).await {
                    Ok(_) => return Shared::Sheet,
                    Err(e)
                        if Reflect::get(&e, &"name".into())
                            .ok()
                            .and_then(|n| n.as_string())
                            .as_deref()
                            == Some("AbortError") =>
                    {
                        return Shared::Cancelled
                    }
                    Err(_) => {}
                }
            }
        }
        if copy_text(&url).await {
            Shared::Copied
        } else {
            Shared::Manual(url)
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = title;
        Shared::Manual(String::new())
    }
}

/// Offers `text` as a download called `name`.
pub fn save_file(name: &str, mime: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Some(a) = document()
            .and_then(|d| d.create_element("a").ok())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, mime, text);
}

/// What reading a chosen file gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chosen {
    /// The file's bytes.
    Bytes(Vec<u8>),
    /// Larger than the limit: not read into memory.
    TooLarge,
    /// The browser could not read it.
    Unreadable,
}

/// Reads the file chosen in a file input (the event of its `change`) or dropped on an element (a
/// `drop` event) and hands its bytes on. Nothing happens when no file came.
pub fn read_chosen_file(
    ev: &leptos::ev::Event,
    max_bytes: usize,
    then: impl FnOnce(Chosen) + 'static,
) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let dropped = || {
            let transfer = js_sys::Reflect::get(ev, &"dataTransfer".into()).ok()?;
            js_sys::Reflect::get(&transfer, &"files".into())
                .ok()?
                .dyn_into::<web_sys::FileList>()
                .ok()
        };
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .or_else(dropped)
            .and_then(|files| files.get(0));
        let Some(file) = file else { return };
        if file.size() > max_bytes as f64 {
            then(Chosen::TooLarge);
            return;
        }
        leptos::task::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            then(match read {
                Ok(buffer) => Chosen::Bytes(js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(_) => Chosen::Unreadable,
            });
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (ev, max_bytes, then);
}

/// The function `register-sw.js` leaves on the window once a new build is downloaded.
#[cfg(target_arch = "wasm32")]
fn update_function() -> Option<js_sys::Function> {
    let window: wasm_bindgen::JsValue = web_sys::window()?.into();
    method("__okayGuideUpdate", &window)
}

/// Whether a new version of the guide is downloaded and waiting.
pub fn update_waiting() -> bool {
    #[cfg(target_arch = "wasm32")]
    return update_function().is_some();
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Switches to the waiting version (the page reloads).
pub fn apply_update() {
    #[cfg(target_arch = "wasm32")]
    if let Some(f) = update_function() {
        if f.call0(&wasm_bindgen::JsValue::NULL).is_err() {
            log_error("okay-guide: could not switch to the new version");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_like_encode_uri_component() {
        assert_eq!(encode_component("red shoes"), "red%20shoes");
        assert_eq!(encode_component("문"), "%EB%AC%B8");
        assert_eq!(encode_component("a-b_c.d!~*'()"), "a-b_c.d!~*'()");
        assert_eq!(encode_component("&=?#/"), "%26%3D%3F%23%2F");
    }
}
