use crate::components::focus::focus_follows;
use crate::components::spoiler_switch::SpoilerSwitch;
use crate::context::t;
use crate::context::use_links;
use crate::logic::progress::EPISODES;
use crate::logic::routes::Route;
use crate::logic::titles::display;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// The reader's progress: "5 of 16 watched" with a bar, where to carry on, the spoiler switch,
/// a rewatch once the show is finished, a way to start over (asked twice, since it cannot be
/// undone) and the way to move it all to another device.
#[component]
pub fn WatchProgress() -> impl IntoView {
    let site = crate::context::use_site();
    let tracker = use_tracker();
    let t = t();
    let lang = site.lang();
    let links = use_links();
    let (confirming, set_confirming) = signal(false);
    // Keyboard focus follows the question: onto "Yes" when it is asked, back afterwards (to the
    // button that asked it, or to the heading once the button is disabled by an empty progress).
    let yes_button = NodeRef::<leptos::html::Button>::new();
    let clear_button = NodeRef::<leptos::html::Button>::new();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_follows(
        move || confirming.get(),
        yes_button,
        move || match clear_button.get() {
            Some(b) if !b.disabled() => {
                let _ = b.focus();
            }
            _ => {
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                }
            }
        },
    );
    let count = move || tracker.count();
    let next = move || {
        let n = tracker.next_up()?;
        let e = site.guide.episode(n)?;
        Some((n, display(e, lang).main))
    };
    view! {
        <section class="card progress" aria-labelledby="progress-heading">
            <h2 id="progress-heading" class="progress__heading" tabindex="-1" node_ref=heading>{t.progress_heading}</h2>
            <p class="progress__count" id="progress-count">{move || (t.progress_count)(count(), EPISODES)}</p>
            <progress class="progress__bar" max=EPISODES value=count aria-labelledby="progress-count"></progress>
            {move || (count() > 0).then(|| view! {
                <p class="progress__story"><a href=links.href(&Route::Story)>{t.story_link}</a></p>
            })}
            <p class="progress__next">
                {move || match next() {
                    Some((n, title)) => view! {
                        <a class="button" href=links.href(&Route::Episode(n))>
                            {if count() == 0 { (t.start_with)(n) } else { (t.continue_with)(n) }}
                        </a>
                        " " <span class="progress__next-title">{title}</span>
                    }.into_any(),
                    None => view! {
                        {t.seen_all} " "
                        <button type="button" class="button" on:click=move |_| tracker.start_rewatch()>{t.start_rewatch}</button>
                        <span class="progress__hint">{t.rewatch_help}</span>
                    }.into_any(),
                }}
            </p>
            {move || {
                let n = tracker.times_finished();
                (n > 0).then(|| view! { <p class="progress__finished">{(t.times_finished)(n)}</p> })
            }}
            <p class="progress__help">{t.progress_help}</p>
            <SpoilerSwitch />
            <div class="progress__actions">
                <a class="progress__move" href=links.href(&Route::Progress)>{t.move_progress_link}</a>
                {move || if confirming.get() {
                    view! {
                        <p class="progress__confirm" role="alert">{t.clear_confirm}</p>
                        <button type="button" class="button button--danger" node_ref=yes_button on:click=move |_| {
                            tracker.clear();
                            set_confirming.set(false);
                        }>{t.clear_yes}</button>
                        " "
                        <button type="button" class="button button--quiet" on:click=move |_| set_confirming.set(false)>{t.cancel}</button>
                    }.into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="button button--quiet"
                            node_ref=clear_button
                            disabled=move || count() == 0
                            on:click=move |_| set_confirming.set(true)
                        >{t.clear_progress}</button>
                    }.into_any()
                }}
            </div>
        </section>
    }
}
