use leptos::prelude::*;

/// A plot reveal kept out of the page until the reader asks for it. The hidden text is not in the
/// DOM at all (not merely styled away), so neither eyes nor screen readers meet it by accident.
#[component]
pub fn Spoiler(from_episode: u32, text: String) -> impl IntoView {
    let (shown, set_shown) = signal(false);
    let label = format!("Reveal spoiler (episode {from_episode})");
    view! {
        <div class="spoiler">
            <Show
                when=move || shown.get()
                fallback=move || {
                    let label = label.clone();
                    view! {
                        <button type="button" class="button button--quiet spoiler__reveal" on:click=move |_| set_shown.set(true)>
                            {label}
                        </button>
                    }
                }
            >
                <p class="spoiler__text">
                    <span class="badge">{format!("Spoiler from episode {from_episode}")}</span>
                    " "
                    {text.clone()}
                </p>
            </Show>
        </div>
    }
}
