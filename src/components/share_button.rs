use crate::dom::{share_page, Shared};
use leptos::prelude::*;

/// Shares the current page: the phone's own share sheet where the browser has one (Web Share
/// API), otherwise the link is copied, with a visible confirmation. If neither works, the link is
/// shown selected so the reader can copy it by hand.
#[component]
pub fn ShareButton(#[prop(into)] title: String) -> impl IntoView {
    let (status, set_status) = signal(None::<Shared>);
    let t = crate::context::t();
    let share = move |_| {
        let title = title.clone();
        leptos::task::spawn_local(async move {
            set_status.set(Some(share_page(&title).await));
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button button--quiet share__button" on:click=share>
                <svg class="share__icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" />
                </svg>
                {t.share}
            </button>
            <p class="share__status" role="status">
                {move || status.get().map(|s| match s {
                    Shared::Sheet => view! { {t.shared} }.into_any(),
                    Shared::Cancelled => ().into_any(),
                    Shared::Copied => view! { {t.copied} }.into_any(),
                    Shared::Manual(url) => view! {
                        <label class="share__manual">
                            {t.copy_this} " "
                            <input type="text" readonly value=url class="share__url" on:focus=|ev| crate::dom::select_on_focus(&ev) />
                        </label>
                    }.into_any(),
                })}
            </p>
        </div>
    }
}
