use crate::tracker::use_tracker;
use leptos::prelude::*;

/// Marks one episode watched or unwatched, drawn as a check chip: "○ Watched" / "✓ Watched". The
/// accessible name says what pressing it will do ("Mark episode 3 as watched"); the visible word is
/// part of that name in both states, so speech-input users can say what they see.
#[component]
pub fn WatchToggle(number: u32) -> impl IntoView {
    let tracker = use_tracker();
    let watched = move || tracker.is_watched(number);
    view! {
        <button
            type="button"
            class=move || if watched() { "watch-toggle watch-toggle--on" } else { "watch-toggle" }
            aria-label=move || {
                format!("Mark episode {number} as {}", if watched() { "unwatched" } else { "watched" })
            }
            on:click=move |_| tracker.toggle(number)
        >
            <span class="watch-toggle__box" aria-hidden="true">{move || if watched() { "✓" } else { "" }}</span>
            <span class="watch-toggle__text">"Watched"</span>
        </button>
    }
}

/// "I have seen everything up to here": marks episodes 1 to `number`. Hidden once they all are.
#[component]
pub fn MarkUpTo(number: u32) -> impl IntoView {
    let tracker = use_tracker();
    let needed = move || number > 1 && (1..=number).any(|n| !tracker.is_watched(n));
    view! {
        <Show when=needed>
            // The visible words start the accessible name, so speech input can use them. A label
            // rather than hidden text: browsers put a space before a hidden span's comma.
            <button
                type="button"
                class="button button--quiet mark-up-to"
                aria-label=format!("Mark all up to here, episodes 1 to {number}")
                on:click=move |_| tracker.mark_up_to(number)
            >
                "Mark all up to here"
            </button>
        </Show>
    }
}
