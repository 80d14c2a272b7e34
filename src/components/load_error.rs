use leptos::prelude::*;

/// A failure, in words, with a way to try again. `role="alert"` so screen readers announce it.
#[component]
pub fn LoadErrorPanel(
    messages: Signal<Vec<String>>,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="load-error" role="alert">
            <h2 class="load-error__title">"This part of the guide didn't load"</h2>
            <ul class="load-error__list">
                {move || messages.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
            <button type="button" class="button" on:click=move |_| on_retry()>
                "Try again"
            </button>
        </div>
    }
}
