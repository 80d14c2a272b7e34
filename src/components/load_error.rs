use leptos::prelude::*;

/// A failure, in words, with a way to try again. `role="alert"` so screen readers announce it.
/// While a retry is under way (`busy`), the panel stays where it is and says so, so the page does
/// not jump and the reader knows the button did something.
#[component]
pub fn LoadErrorPanel(
    messages: Signal<Vec<String>>,
    #[prop(into)] busy: Signal<bool>,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="load-error" role="alert">
            <h2 class="load-error__title">"This part of the guide didn't load"</h2>
            <ul class="load-error__list">
                {move || messages.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
            <button
                type="button"
                class="button"
                aria-disabled=move || busy.get().then_some("true")
                on:click=move |_| {
                    if !busy.get_untracked() {
                        on_retry();
                    }
                }
            >
                "Try again"
            </button>
            <p class="load-error__busy" role="status">{move || busy.get().then_some("Loading…")}</p>
        </div>
    }
}
