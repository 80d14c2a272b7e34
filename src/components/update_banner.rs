use leptos::prelude::*;

/// "A new version is available" with a reload button. `register-sw.js` announces a downloaded
/// build with the `okay-guide-update` event and leaves `window.__okayGuideUpdate` to switch to it;
/// the page never switches on its own, so nobody loses their place mid-read.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let (ready, set_ready) = signal(update_waiting());
    #[cfg(target_arch = "wasm32")]
    {
        let handle =
            window_event_listener_untyped("okay-guide-update", move |_| set_ready.set(true));
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = set_ready;
    // The live region exists from the start so screen readers announce the message when it appears.
    view! {
        <div class="update-banner" role="status">
            {move || ready.get().then(|| view! {
                <p class="update-banner__text">{crate::i18n::t().update_ready}</p>
                <button type="button" class="button" on:click=move |_| apply_update()>
                    {crate::i18n::t().update_reload}
                </button>
            })}
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
fn update_function() -> Option<js_sys::Function> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"__okayGuideUpdate".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

fn update_waiting() -> bool {
    #[cfg(target_arch = "wasm32")]
    return update_function().is_some();
    #[cfg(not(target_arch = "wasm32"))]
    false
}

fn apply_update() {
    #[cfg(target_arch = "wasm32")]
    if let Some(f) = update_function() {
        if let Err(e) = f.call0(&wasm_bindgen::JsValue::NULL) {
            web_sys::console::error_2(
                &"okay-guide: could not switch to the new version".into(),
                &e,
            );
        }
    }
}
