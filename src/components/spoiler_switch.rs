use crate::context::t;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// The one switch for readers who have finished the show: every spoiler in the guide, shown.
#[component]
pub fn SpoilerSwitch() -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    view! {
        <label class="switch">
            <input
                type="checkbox"
                class="switch__input"
                prop:checked=move || tracker.show_all_spoilers()
                on:change=move |ev| tracker.set_show_all_spoilers(event_target_checked(&ev))
            />
            <span class="switch__label">{t.spoiler_switch}</span>
            <span class="switch__hint">{t.spoiler_switch_hint}</span>
        </label>
    }
}
