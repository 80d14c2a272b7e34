use crate::context::t;
use leptos::prelude::*;

/// A failure, in words, with a way to try again. `role="alert"` so screen readers announce it.
/// While a retry is under way (`busy`), the panel stays where it is and says so, so the page does
/// not jump and the reader knows the button did something. When the failure takes the place of a
/// whole page (`page`), its title is the page's `<h1>`, so the page still has a main heading.
#[component]
pub fn LoadErrorPanel(
    messages: Signal<Vec<String>>,
    #[prop(optional)] page: bool,
    #[prop(into)] busy: Signal<bool>,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let t = t();
    let title = if page {
        view! { <h1 class="load-error__title">{t.load_failed}</h1> }.into_any()
    } else {
        view! { <h2 class="load-error__title">{t.load_failed}</h2> }.into_any()
    };
    view! {
        <div class="load-error" role="alert">
            {title}
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
                {t.retry}
            </button>
            <p class="load-error__busy" role="status">{move || busy.get().then_some(t.loading)}</p>
        </div>
    }
}
