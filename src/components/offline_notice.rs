use leptos::prelude::*;

/// Tells the reader when the device has no connection: pages saved by an earlier visit keep
/// working, anything else will say it could not load.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let t = crate::context::t();
    let (offline, set_offline) = signal(crate::dom::is_offline());
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
            {move || offline.get().then(|| view! { <p>{t.offline}</p> })}
        </div>
    }
}
