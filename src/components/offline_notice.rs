use leptos::prelude::*;

/// Tells the reader when the device has no connection: pages saved by an earlier visit keep
/// working, anything else will say it could not load.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let (offline, set_offline) = signal(is_offline());
    #[cfg(target_arch = "wasm32")]
    {
        let off = window_event_listener_untyped("offline", move |_| set_offline.set(true));
        let on = window_event_listener_untyped("online", move |_| set_offline.set(false));
        on_cleanup(move || {
            off.remove();
            on.remove();
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = set_offline;
    view! {
        <div class="offline-notice" role="status">
            {move || offline.get().then(|| view! { <p>{crate::i18n::t().offline}</p> })}
        </div>
    }
}

fn is_offline() -> bool {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window().is_some_and(|w| !w.navigator().on_line());
    #[cfg(not(target_arch = "wasm32"))]
    false
}
