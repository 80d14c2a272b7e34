use crate::context::t;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// A plot reveal, kept out of the page until the reader has reached its episode (marked it
/// watched), switched on every spoiler, finished the show before, or asks for this one. Until
/// then the text is not in the DOM at all (not merely styled away), so neither eyes nor screen
/// readers meet it by accident.
#[component]
pub fn Spoiler(from_episode: u32, text: String) -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    let (asked, set_asked) = signal(false);
    // A memo, so that other progress changes do not redraw the button under the reader's focus.
    let shown = Memo::new(move |_| asked.get() || tracker.spoiler_unlocked(from_episode));
    view! {
        <div class="spoiler">
            {move || if shown.get() {
                view! {
                    <p class="spoiler__text">
                        <span class="badge">{(t.spoiler_from)(from_episode)}</span>
                        " "
                        {text.clone()}
                    </p>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button button--quiet spoiler__reveal" on:click=move |_| set_asked.set(true)>
                        {(t.reveal_spoiler)(from_episode)}
                    </button>
                }.into_any()
            }}
        </div>
    }
}

/// A passage that gives away the plot up to `from_episode`, kept behind the spoiler rules; with no
/// such episode, plain text.
#[component]
pub fn Gated(
    from_episode: Option<u32>,
    text: String,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    match from_episode {
        Some(ep) => view! { <Spoiler from_episode=ep text /> }.into_any(),
        None => view! { <p class=class>{text}</p> }.into_any(),
    }
}
