use crate::context::t;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// Marks one episode watched or unwatched, drawn as a check chip: "○ Watched" / "✓ Watched". Its
/// accessible name starts with the visible word and names the episode ("Watched, episode 3"), the
/// same in both states, so speech-input users can say what they see (WCAG 2.5.3); the state is
/// `aria-pressed`'s, which also lets the page's boot script show the new state at once when it is
/// pressed before the app has started (see `src/bin/postbuild/boot.js`).
#[component]
pub fn WatchToggle(number: u32) -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    let watched = move || tracker.is_watched(number);
    view! {
        <button
            type="button"
            class="watch-toggle"
            aria-pressed=move || if watched() { "true" } else { "false" }
            aria-label=(t.mark_watched)(number)
            on:click=move |_| tracker.toggle(number)
        >
            <span class="watch-toggle__box" aria-hidden="true"></span>
            <span class="watch-toggle__text">{t.watched}</span>
        </button>
    }
}

/// "I have seen everything up to here": marks episodes 1 to `number`. Hidden once they all are.
#[component]
pub fn MarkUpTo(number: u32) -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    // A memo, so that the button is drawn again only when it comes or goes.
    let needed = Memo::new(move |_| number > 1 && (1..=number).any(|n| !tracker.is_watched(n)));
    view! {
        {move || needed.get().then(|| view! {
            // The visible words start the accessible name, so speech input can use them. A label
            // rather than hidden text: browsers put a space before a hidden span's comma.
            <button
                type="button"
                class="button button--quiet mark-up-to"
                aria-label=(t.mark_up_to_label)(number)
                on:click=move |_| tracker.mark_up_to(number)
            >
                {t.mark_up_to}
            </button>
        })}
    }
}
