use crate::context::t;
use crate::tracker::{use_tracker, Notice};
use leptos::prelude::*;

/// What went wrong with the saved progress, if anything, until the reader dismisses it.
#[component]
pub fn TrackerNotice() -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    // The live region is always in the page so a later message (a failed save) is announced.
    view! {
        <div class="tracker-notice" role="status">
            {move || {
                let text = match tracker.notice()? {
                    Notice::Unavailable => t.storage_unavailable.to_string(),
                    Notice::NotSaved => t.storage_not_saved.to_string(),
                    Notice::Found(loaded) => (t.stored_progress)(&loaded)?,
                };
                Some(view! {
                    <p class="tracker-notice__text">{text}</p>
                    <button type="button" class="button button--quiet" on:click=move |_| tracker.dismiss_notice()>
                        {t.dismiss}
                    </button>
                })
            }}
        </div>
    }
}
