use leptos::prelude::*;

/// "A new version is available" with a reload button. `register-sw.js` announces a downloaded
/// build with the `okay-guide-update` event and leaves `window.__okayGuideUpdate` to switch to it;
/// the page never switches on its own, so nobody loses their place mid-read.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let t = crate::context::t();
    let (ready, set_ready) = signal(crate::dom::update_waiting());
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
                <p class="update-banner__text">{t.update_ready}</p>
                <button type="button" class="button" on:click=move |_| crate::dom::apply_update()>
                    {t.update_reload}
                </button>
            })}
        </div>
    }
}
