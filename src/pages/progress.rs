use crate::components::page_head::PageHead;
use crate::components::qr_code::QrCode;
use crate::data::load::Site;
use crate::i18n::t;
use crate::logic::meta;
use crate::logic::progress::Progress;
use crate::logic::routes::Route;
use crate::logic::transfer::{self, Summary, TransferError, LINK_PREFIX};
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// What the reader brought from another device, waiting for their decision.
#[derive(Clone, Debug, PartialEq)]
enum Incoming {
    None,
    Ready(Box<Progress>),
    Failed(TransferError),
    Done(&'static str),
}

/// Moving progress between devices with no account: a link (the progress rides after `#`), its
/// QR code, and a file; and, when the page is opened with such a link or a file is chosen, what it
/// holds and the reader's choice to replace, merge or ignore. Nothing is ever overwritten silently.
#[component]
pub fn ProgressPage(site: Site) -> impl IntoView {
    let t = t();
    let tracker = use_tracker();
    let (incoming, set_incoming) = signal(incoming_from_address());
    // A link opened in a tab already on this page changes only the fragment: no new page load,
    // so the code is read again when the fragment changes.
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener_untyped("hashchange", move |_| {
            let read = incoming_from_address();
            if !matches!(read, Incoming::None) {
                set_incoming.set(read);
            }
        });
        on_cleanup(move || handle.remove());
    }
    let summary = move || {
        let s = Summary::of(&tracker.get());
        if s.watched == 0 && s.ratings == 0 && s.notes == 0 && s.rewatches == 0 {
            t.nothing_yet.to_string()
        } else {
            (t.summary)(&s)
        }
    };
    let link = move || {
        format!(
            "{}{}{}",
            origin(),
            crate::paths::href(&Route::Progress),
            LINK_PREFIX
        ) + &tracker.with(transfer::encode)
    };
    let decide = move |choice: &'static str| {
        if let Incoming::Ready(p) = incoming.get_untracked() {
            match choice {
                "replace" => tracker.replace(*p),
                "merge" => tracker.merge(&p),
                _ => {}
            }
        }
        forget_address_code();
        set_incoming.set(Incoming::Done(match choice {
            "replace" => t.replaced,
            "merge" => t.merged,
            _ => t.ignored,
        }));
    };
    let offer = move || {
        match incoming.get() {
        Incoming::None => None,
        Incoming::Ready(p) => Some(view! {
            <section class="card incoming" aria-labelledby="incoming-heading">
                <h2 id="incoming-heading">{t.incoming_heading}</h2>
                <p>{(t.incoming_holds)(&Summary::of(&p))}</p>
                <p class="note">{t.choice_help}</p>
                <div class="incoming__choices">
                    <button type="button" class="button" on:click=move |_| decide("replace")>{t.replace}</button>
                    <button type="button" class="button" on:click=move |_| decide("merge")>{t.merge}</button>
                    <button type="button" class="button button--quiet" on:click=move |_| decide("ignore")>{t.ignore}</button>
                </div>
            </section>
        }.into_any()),
        Incoming::Failed(e) => Some(view! { <p class="card incoming incoming--error" role="alert">{(t.transfer_error)(&e)}</p> }.into_any()),
        Incoming::Done(message) => Some(view! { <p class="card incoming" role="status">{message}</p> }.into_any()),
    }
    };
    let (copied, set_copied) = signal(false);
    view! {
        <PageHead meta=meta::for_section(&Route::Progress, site.lang()) />
        <article class="page transfer">
            <h1>{t.transfer_heading}</h1>
            <p class="lead">{t.transfer_intro}</p>
            <div aria-live="polite">{offer}</div>
            <p class="transfer__now"><strong>{t.on_this_device}</strong> " " <span>{summary}</span></p>
            <section aria-labelledby="link-heading">
                <h2 id="link-heading">{t.link_heading}</h2>
                <p class="note">{t.link_help}</p>
                <label class="transfer__link">
                    <span class="visually-hidden">{t.link_heading}</span>
                    <input type="text" readonly class="transfer__url" prop:value=link on:focus=|ev| crate::components::select_on_focus(&ev) />
                </label>
                <button type="button" class="button" on:click=move |_| {
                    copy_text(&link());
                    set_copied.set(true);
                }>{t.copy_link}</button>
                <span role="status" class="transfer__copied">{move || copied.get().then_some(t.copied)}</span>
            </section>
            <section aria-labelledby="qr-heading">
                <h2 id="qr-heading">{t.qr_heading}</h2>
                {move || view! { <QrCode text=link() /> }}
            </section>
            <section aria-labelledby="file-heading">
                <h2 id="file-heading">{t.file_heading}</h2>
                <p class="note">{t.file_help}</p>
                <button type="button" class="button" on:click=move |_| save_file(&tracker.with(|p| transfer::file_text(p, &today_iso())))>
                    {t.export_file}
                </button>
                <label class="transfer__import">
                    <span class="button button--quiet">{t.import_file}</span>
                    <input type="file" class="visually-hidden" accept=".json,application/json" on:change=move |ev| {
                        read_file(ev, move |read| {
                            set_incoming.set(match read.and_then(|text| transfer::read_file(&text)) {
                                Ok(p) => Incoming::Ready(Box::new(p)),
                                Err(e) => Incoming::Failed(e),
                            });
                        });
                    } />
                </label>
            </section>
        </article>
    }
}

fn today_iso() -> String {
    let (y, m, d) = crate::logic::dates::civil_from_days(crate::clock::today());
    format!("{y:04}-{m:02}-{d:02}")
}

/// A code in the address (`#p=…`), read when the page opens and when the fragment changes.
fn incoming_from_address() -> Incoming {
    #[cfg(target_arch = "wasm32")]
    {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        if hash.starts_with(LINK_PREFIX) {
            return match transfer::decode(&hash) {
                Ok(p) => Incoming::Ready(Box::new(p)),
                Err(e) => Incoming::Failed(e),
            };
        }
    }
    Incoming::None
}

/// Takes the code out of the address once it is dealt with, so a reload does not ask again.
fn forget_address_code() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let path = w.location().pathname().unwrap_or_default();
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }
}

fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

fn copy_text(text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::{Function, Reflect};
        use wasm_bindgen::{JsCast, JsValue};
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator: JsValue = window.navigator().into();
        // Through Reflect: the Clipboard API is missing on some browsers and web-sys marks it unstable.
        let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
        if let Some(write) = Reflect::get(&clipboard, &"writeText".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
        {
            let _ = write.call1(&clipboard, &text.into());
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// Offers `text` as a download named after the guide and the day.
fn save_file(text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Some(a) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("a").ok())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            a.set_href(&url);
            a.set_download(&format!("okay-guide-progress-{}.json", today_iso()));
            a.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// Reads the chosen file as text and hands it on; an unreadable file reads as empty, and one far
/// too big to be a progress file is refused unread.
fn read_file(ev: leptos::ev::Event, then: impl FnOnce(Result<String, TransferError>) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else { return };
        // A progress file is tiny; anything huge is not one, and is not read into memory.
        if file.size() > 256.0 * 1024.0 {
            then(Err(TransferError::NotOurs));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            then(Ok(text.unwrap_or_default()));
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ev;
        let _ = then;
    }
}
