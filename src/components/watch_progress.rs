use crate::components::spoiler_switch::SpoilerSwitch;
use crate::data::model::Episode;
use crate::logic::progress::EPISODES;
use crate::logic::routes::Route;
use crate::paths::href;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// The reader's progress: "5 of 16 watched" with a bar, where to carry on, the spoiler switch and
/// a way to start over (asked twice, since it cannot be undone).
#[component]
pub fn WatchProgress(episodes: Vec<Episode>) -> impl IntoView {
    let tracker = use_tracker();
    let (confirming, set_confirming) = signal(false);
    // Keyboard focus follows the question: onto "Yes" when it is asked, back afterwards (to the
    // button that asked it, or to the heading once the button is disabled by an empty progress).
    let yes_button = NodeRef::<leptos::html::Button>::new();
    let clear_button = NodeRef::<leptos::html::Button>::new();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |was_confirming: Option<bool>| {
        let now = confirming.get();
        if now {
            if let Some(b) = yes_button.get() {
                let _ = b.focus();
            }
        } else if was_confirming == Some(true) {
            match clear_button.get() {
                Some(b) if !b.disabled() => {
                    let _ = b.focus();
                }
                _ => {
                    if let Some(h) = heading.get_untracked() {
                        let _ = h.focus();
                    }
                }
            }
        }
        now
    });
    let count = move || tracker.count();
    let next = move || {
        let n = tracker.next_up()?;
        let (title, _) = episodes.iter().find(|e| e.number == n)?.display_title();
        Some((n, title))
    };
    view! {
        <section class="card progress" aria-labelledby="progress-heading">
            <h2 id="progress-heading" class="progress__heading" tabindex="-1" node_ref=heading>"Your progress"</h2>
            <p class="progress__count" id="progress-count">
                {move || format!("{} of {EPISODES} watched", count())}
            </p>
            <progress class="progress__bar" max=EPISODES value=count aria-labelledby="progress-count"></progress>
            <p class="progress__next">
                {move || match next() {
                    Some((n, title)) => view! {
                        <a class="button" href=href(&Route::Episode(n))>
                            {format!("{} with episode {n}", if count() == 0 { "Start" } else { "Continue" })}
                        </a>
                        " " <span class="progress__next-title">{title}</span>
                    }.into_any(),
                    None => view! { "You have seen all sixteen episodes." }.into_any(),
                }}
            </p>
            <p class="progress__help">
                "Mark episodes as you watch them and the guide keeps spoilers for later episodes hidden. Your progress stays on this device; there is no account."
            </p>
            <SpoilerSwitch />
            <div class="progress__clear">
                {move || if confirming.get() {
                    view! {
                        <p class="progress__confirm" role="alert">"Forget every episode you marked? This cannot be undone."</p>
                        <button type="button" class="button button--danger" node_ref=yes_button on:click=move |_| {
                            tracker.clear();
                            set_confirming.set(false);
                        }>"Yes, clear my progress"</button>
                        " "
                        <button type="button" class="button button--quiet" on:click=move |_| set_confirming.set(false)>"Cancel"</button>
                    }.into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="button button--quiet"
                            node_ref=clear_button
                            disabled=move || count() == 0
                            on:click=move |_| set_confirming.set(true)
                        >"Clear progress"</button>
                    }.into_any()
                }}
            </div>
        </section>
    }
}
