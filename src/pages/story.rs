use crate::components::page_head::PageHead;
use crate::components::source_line::SourceLine;
use crate::context::{t, use_links, use_site};
use crate::data::text::Prose;
use crate::i18n::meta;
use crate::logic::routes::Route;
use crate::logic::titles::display;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// The story so far, for a reader coming back after weeks: a short recap of each episode they have
/// marked watched, in order, each with its fuller recap a click away. It stops at their progress:
/// nothing of a later episode is ever in the page, not even in its markup (the build, which knows
/// no one's progress, writes the page empty).
#[component]
pub fn StoryPage() -> impl IntoView {
    let site = use_site();
    let t = t();
    let lang = site.lang();
    let links = use_links();
    let tracker = use_tracker();
    let recaps = move || {
        let progress = tracker.get();
        let watched: Vec<u32> = site
            .guide
            .episodes
            .iter()
            .map(|e| e.number)
            // Watched in any run, or a run finished: the spoiler switch alone shows no recap.
            .filter(|n| progress.has_seen(*n))
            .collect();
        if watched.is_empty() {
            return view! { <p class="note story__empty">{t.story_empty}</p> }.into_any();
        }
        let items = watched
            .iter()
            .filter_map(|n| site.guide.episode(*n))
            .map(|e| {
                let n = e.number;
                let full = site
                    .text
                    .paragraphs(Prose::RecapFull(n))
                    .into_iter()
                    .map(|p| view! { <p>{p}</p> })
                    .collect_view();
                let title = display(e, lang).main;
                view! {
                    <li class="card recap" id=format!("recap-{n}")>
                        <h2 class="recap__title">
                            <a href=links.href(&Route::Episode(n))>{(t.episode_title)(n, &title)}</a>
                        </h2>
                        <p>{site.t(Prose::RecapShort(n)).to_string()}</p>
                        <details class="recap__full">
                            <summary>{t.story_full}</summary>
                            {full}
                        </details>
                        <SourceLine cites=e.recap_cite.clone() />
                    </li>
                }
            })
            .collect_view();
        let last = watched.last().copied().unwrap_or(0);
        view! {
            <p class="story__up-to">{(t.story_up_to)(last)}</p>
            <ol class="cards story__list">{items}</ol>
        }
        .into_any()
    };
    view! {
        <PageHead meta=meta::for_section(&Route::Story, lang) />
        <article class="page story">
            <h1>{(t.page_title)(&Route::Story)}</h1>
            <p class="lead">{t.story_lead}</p>
            {recaps}
        </article>
    }
}
