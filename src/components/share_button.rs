use leptos::prelude::*;

/// Shares the current page: the phone's own share sheet where the browser has one (Web Share
/// API), otherwise the link is copied, with a visible confirmation. If neither works, the link is
/// shown selected so the reader can copy it by hand.
#[component]
pub fn ShareButton(#[prop(into)] title: String) -> impl IntoView {
    let (status, set_status) = signal(None::<Shared>);
    let t = crate::i18n::t();
    let share = move |_| {
        let title = title.clone();
        leptos::task::spawn_local(async move {
            set_status.set(Some(share_page(&title).await));
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button button--quiet share__button" on:click=share>
                <svg class="share__icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" />
                </svg>
                {t.share}
            </button>
            <p class="share__status" role="status">
                {move || status.get().map(|s| match s {
                    Shared::Sheet => view! { {t.shared} }.into_any(),
                    Shared::Cancelled => ().into_any(),
                    Shared::Copied => view! { {t.copied} }.into_any(),
                    Shared::Manual(url) => view! {
                        <label class="share__manual">
                            {t.copy_this} " "
                            <input type="text" readonly value=url class="share__url" on:focus=|ev| crate::components::select_on_focus(&ev) />
                        </label>
                    }.into_any(),
                })}
            </p>
        </div>
    }
}

// Only the browser build can share or copy; the host build (prerendering) never runs a click.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[derive(Clone, Debug, PartialEq)]
enum Shared {
    Sheet,
    Cancelled,
    Copied,
    Manual(String),
}

#[cfg(target_arch = "wasm32")]
async fn share_page(title: &str) -> Shared {
    use js_sys::{Function, Object, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    let Some(window) = web_sys::window() else {
        return Shared::Manual(String::new());
    };
    let url = window.location().href().unwrap_or_default();
    let navigator: JsValue = window.navigator().into();
    let method = |name: &str, on: &JsValue| -> Option<Function> {
        Reflect::get(on, &JsValue::from_str(name))
            .ok()?
            .dyn_into::<Function>()
            .ok()
    };
    // Called through Reflect: both APIs are missing on some browsers and web-sys marks them unstable.
    if let Some(share) = method("share", &navigator) {
        let data = Object::new();
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        let _ = Reflect::set(&data, &"url".into(), &url.as_str().into());
        if let Ok(promise) = share.call1(&navigator, &data) {
            match JsFuture::from(Promise::from(promise)).await {
                Ok(_) => return Shared::Sheet,
                // The reader closed the share sheet: nothing to report.
                Err(e) if error_name(&e).as_deref() == Some("AbortError") => {
                    return Shared::Cancelled
                }
                Err(_) => {}
            }
        }
    }
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(write) = method("writeText", &clipboard) {
        if let Ok(promise) = write.call1(&clipboard, &url.as_str().into()) {
            if JsFuture::from(Promise::from(promise)).await.is_ok() {
                return Shared::Copied;
            }
        }
    }
    Shared::Manual(url)
}

#[cfg(target_arch = "wasm32")]
fn error_name(e: &wasm_bindgen::JsValue) -> Option<String> {
    js_sys::Reflect::get(e, &"name".into()).ok()?.as_string()
}

#[cfg(not(target_arch = "wasm32"))]
async fn share_page(_title: &str) -> Shared {
    Shared::Manual(String::new())
}
