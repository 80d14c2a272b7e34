use crate::context::use_links;
use crate::core::lang::Lang;
use crate::i18n::KO;
use crate::logic::routes::Route;
use leptos::prelude::*;

/// Where the reader's "no thanks" (or their having switched) is remembered on the device.
pub const DISMISSED_KEY: &str = "okay-guide.lang-offer";

/// On an English page, a reader whose browser prefers Korean is offered, once, the same page in
/// Korean. Never a redirect: a shared link must open what was shared. Shown only by the app (the
/// build cannot know the reader's languages), and never again once answered.
#[component]
pub fn LangOffer(lang: Lang, #[prop(into)] route: Signal<Route>) -> impl IntoView {
    let links = use_links();
    let (open, set_open) = signal(lang == Lang::En && crate::dom::prefers_korean() && !dismissed());
    let close = move || {
        remember();
        set_open.set(false);
    };
    view! {
        {move || open.get().then(|| view! {
            <aside class="lang-offer" lang="ko" aria-label=KO.lang_name>
                <p class="lang-offer__text">{KO.lang_offer_text}</p>
                <a class="button" href=move || route.with(|r| links.href_in(Lang::Ko, r)) hreflang="ko" on:click=move |_| close()>
                    {KO.lang_offer_go}
                </a>
                <button type="button" class="button button--quiet" on:click=move |_| close()>{KO.lang_offer_dismiss}</button>
            </aside>
        })}
    }
}

fn dismissed() -> bool {
    matches!(crate::dom::storage::read(DISMISSED_KEY), Ok(Some(_)))
}

fn remember() {
    // If storage is refused the offer simply comes back next visit; nothing else depends on it.
    let _ = crate::dom::storage::write(DISMISSED_KEY, "1");
}
