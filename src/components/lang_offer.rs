use crate::data::model::Lang;
use crate::i18n::KO;
use crate::logic::routes::Route;
use crate::paths::href_in;
use leptos::prelude::*;

/// Where the reader's "no thanks" (or their having switched) is remembered on the device.
pub const DISMISSED_KEY: &str = "okay-guide.lang-offer";

/// On an English page, a reader whose browser prefers Korean is offered, once, the same page in
/// Korean. Never a redirect: a shared link must open what was shared. Shown only by the app (the
/// build cannot know the reader's languages), and never again once answered.
#[component]
pub fn LangOffer(lang: Lang, #[prop(into)] route: Signal<Route>) -> impl IntoView {
    let (open, set_open) = signal(lang == Lang::En && prefers_korean() && !dismissed());
    let close = move || {
        remember();
        set_open.set(false);
    };
    view! {
        {move || open.get().then(|| view! {
            <aside class="lang-offer" lang="ko" aria-label=KO.lang_name>
                <p class="lang-offer__text">{KO.lang_offer_text}</p>
                <a class="button" href=move || route.with(|r| href_in(Lang::Ko, r)) hreflang="ko" on:click=move |_| close()>
                    {KO.lang_offer_go}
                </a>
                <button type="button" class="button button--quiet" on:click=move |_| close()>{KO.lang_offer_dismiss}</button>
            </aside>
        })}
    }
}

fn prefers_korean() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
            return false;
        };
        // The first language the reader lists decides; Korean anywhere lower is not a preference.
        let first = nav
            .languages()
            .get(0)
            .as_string()
            .or_else(|| nav.language());
        first.is_some_and(|l| l.to_ascii_lowercase().starts_with("ko"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

fn dismissed() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(DISMISSED_KEY).ok().flatten())
            .is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    true
}

fn remember() {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        // If storage is refused the offer simply comes back next visit; nothing else depends on it.
        let _ = s.set_item(DISMISSED_KEY, "1");
    }
}
