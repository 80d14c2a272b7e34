use crate::tracker::use_tracker;
use leptos::prelude::*;

/// What went wrong with the saved progress, if anything, until the reader dismisses it.
#[component]
pub fn TrackerNotice() -> impl IntoView {
    let tracker = use_tracker();
    // The live region is always in the page so a later message (a failed save) is announced.
    view! {
        <div class="tracker-notice" role="status">
            {move || {
                tracker.notice().map(|text| {
                    view! {
                        <p class="tracker-notice__text">{text}</p>
                        <button type="button" class="button button--quiet" on:click=move |_| tracker.dismiss_notice()>
                            "Dismiss"
                        </button>
                    }
                })
            }}
        </div>
    }
}
