use crate::components::page_head::PageHead;
use crate::context::t;
use crate::context::use_links;
use crate::i18n::meta;
use crate::logic::routes::Route;
use crate::logic::search::{index, search, Kind};
use leptos::prelude::*;

/// The search field and its results, filtered as the reader types. Without JavaScript the form
/// still submits to this page with `?q=`; a shared "/search/?q=…" opens with its query filled in.
#[component]
pub fn SearchPage(#[prop(optional)] initial: String) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let links = use_links();
    let search_path = links.href(&Route::Search);
    let action = search_path.clone();
    let entries = StoredValue::new(index(&site, &t.theme));
    let (query, set_query) = signal(initial);
    let tracker = crate::tracker::use_tracker();
    let results = Memo::new(move |_| {
        let progress = tracker.get();
        let watched = |n: u32| progress.has_seen(n);
        query.with(|q| {
            entries.with_value(|all| {
                search(all, q, &watched)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let summary = move || {
        let q = query.get();
        let n = results.with(Vec::len);
        let q = q.trim();
        if q.is_empty() {
            String::new()
        } else if n == 0 {
            (t.nothing_found)(q)
        } else {
            (t.results)(n, q)
        }
    };
    view! {
        <PageHead meta=meta::for_section(&Route::Search, site.lang()) />
        <article class="page search">
            <h1>{t.search_heading}</h1>
            <form class="search__form" role="search" action=action method="get" on:submit=|ev| ev.prevent_default()>
                <label for="search-input" class="search__label">{t.search_label}</label>
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
                        remember_query(&search_path, &q);
                        set_query.set(q);
                    }
                />
                <p id="search-hint" class="search__hint">{t.search_hint}</p>
            </form>
            <p class="search__summary" role="status">{summary}</p>
            <ul class="search__results">
                // Redrawn whole on each keystroke: a keyed <For> would keep rows, but costs more
                // app than a list of a few dozen short rows is worth.
                {move || results.with(|list| list.iter().map(|entry| {
                    let (title, detail) = match (entry.kind, &entry.route) {
                        (Kind::Episode, Route::Episode(n)) => (
                            (t.episode_title)(*n, if entry.title.is_empty() { t.no_title } else { &entry.title }),
                            format!("{} {}", t.tale_label, entry.detail),
                        ),
                        (Kind::Person, _) => (entry.title.clone(), format!("{} {}", t.played_by, entry.detail)),
                        (Kind::Page, route) => ((t.page_title)(route).to_string(), entry.detail.clone()),
                        (Kind::Recap, _) => (
                            format!("{} · {}", (t.page_title)(&Route::Story), entry.title),
                            entry.detail.clone(),
                        ),
                        _ => (entry.title.clone(), entry.detail.clone()),
                    };
                    view! {
                    <li class="search-result">
                        <span class="badge">{match entry.kind {
                            Kind::Person => t.kind_person,
                            Kind::Episode => t.kind_episode,
                            Kind::Song => t.kind_song,
                            Kind::Place => t.kind_place,
                            Kind::Page | Kind::Recap => t.kind_page,
                        }}</span>
                        " "
                        <a class="search-result__title" href=links.href(&entry.route)>{title}</a>
                        <span class="search-result__detail">{detail}</span>
                    </li>
                }}).collect_view())}
            </ul>
        </article>
    }
}

/// Keeps the address bar's `?q=` in step with the field, without adding a history entry per
/// keystroke, so a search can be shared and Back returns to it.
fn remember_query(path: &str, q: &str) {
    let url = if q.is_empty() {
        path.to_string()
    } else {
        format!("{path}?q={}", crate::dom::encode_component(q))
    };
    crate::dom::replace_address(&url);
}
