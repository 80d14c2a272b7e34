use crate::components::switch::Switch;
use crate::context::t;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// The one switch for readers who have finished the show: every spoiler in the guide, shown.
#[component]
pub fn SpoilerSwitch() -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    view! {
        <Switch
            checked=Signal::derive(move || tracker.show_all_spoilers())
            on_change=move |on| tracker.set_show_all_spoilers(on)
            label=t.spoiler_switch
            hint=t.spoiler_switch_hint
        />
    }
}
