use crate::components::data_section::{DataSection, Size};
use crate::components::page_head::PageHead;
use crate::data::error::LoadError;
use crate::data::load::load;
use crate::data::model::{Cast, EpisodeGuide};
use crate::logic::meta;
use crate::logic::routes::Route;
use crate::logic::search::{index, search};
use crate::paths::href;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SearchPage() -> impl IntoView {
    let data = LocalResource::new(|| async {
        let (cast, guide) = futures::join!(load::<Cast>(), load::<EpisodeGuide>());
        Ok::<_, LoadError>((cast?, guide?))
    });
    // A shared or bookmarked "/search/?q=…" opens with its query filled in.
    let initial = use_query_map()
        .with_untracked(|q| q.get("q"))
        .unwrap_or_default();
    view! {
        <PageHead meta=meta::for_section(&Route::Search) />
        <article class="page search">
            <h1>"Search the guide"</h1>
            <DataSection resource=data size=Size::Medium render=move |(cast, guide)| {
                view! { <SearchView cast guide initial=initial.clone() /> }
            } />
        </article>
    }
}

/// The search field and its results, filtered as the reader types. Without JavaScript the form
/// still submits to this page with `?q=`.
#[component]
pub fn SearchView(
    cast: Cast,
    guide: EpisodeGuide,
    #[prop(optional)] initial: String,
) -> impl IntoView {
    let entries = StoredValue::new(index(&cast, &guide));
    let (query, set_query) = signal(initial);
    let results = Memo::new(move |_| {
        query.with(|q| {
            entries.with_value(|all| search(all, q).into_iter().cloned().collect::<Vec<_>>())
        })
    });
    let summary = move || {
        let q = query.get();
        let n = results.with(Vec::len);
        if q.trim().is_empty() {
            String::new()
        } else if n == 0 {
            format!("Nothing found for “{}”.", q.trim())
        } else {
            format!(
                "{n} {} for “{}”",
                if n == 1 { "result" } else { "results" },
                q.trim()
            )
        }
    };
    view! {
        <form class="search__form" role="search" action=href(&Route::Search) method="get" on:submit=|ev| ev.prevent_default()>
            <label for="search-input" class="search__label">"Search"</label>
            <input
                id="search-input"
                class="search__input"
                type="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-hint"
                prop:value=move || query.get()
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    remember_query(&q);
                    set_query.set(q);
                }
            />
            <p id="search-hint" class="search__hint">
                "Actors, characters, episodes and tales, in English or Hangul: try "
                <span lang="ko" class="hangul">"문강태"</span>", “kim soohyun” or “red shoes”."
            </p>
        </form>
        <p class="search__summary" role="status">{summary}</p>
        <ul class="search__results">
            <For each=move || results.get() key=|e| e.route.path() let:entry>
                <li class="search-result">
                    <span class="badge">{entry.kind.label()}</span>
                    " "
                    <a class="search-result__title" href=href(&entry.route)>{entry.title.clone()}</a>
                    <span class="search-result__detail">{entry.detail.clone()}</span>
                </li>
            </For>
        </ul>
    }
}

/// Keeps the address bar's `?q=` in step with the field, without adding a history entry per
/// keystroke, so a search can be shared and Back returns to it.
fn remember_query(q: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let path = href(&Route::Search);
        let url = if q.is_empty() {
            path
        } else {
            let encoded: String = js_sys::encode_uri_component(q).into();
            format!("{path}?q={encoded}")
        };
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = q;
}
