use crate::components::data_section::{DataSection, Size};
use crate::components::episode_row::{EpisodeTitle, RatingValue};
use crate::components::page_head::PageHead;
use crate::components::share_button::ShareButton;
use crate::components::source_note::SourceNote;
use crate::components::spoiler::Spoiler;
use crate::components::watch_toggle::{MarkUpTo, WatchToggle};
use crate::data::load::load;
use crate::data::model::{Episode, EpisodeGuide};
use crate::logic::meta;
use crate::logic::ratings::extremes;
use crate::logic::routes::Route;
use crate::pages::not_found::NotFoundView;
use crate::paths::href;
use leptos::prelude::*;

#[component]
pub fn EpisodePage(number: u32) -> impl IntoView {
    let guide = LocalResource::new(load::<EpisodeGuide>);
    view! {
        <DataSection resource=guide size=Size::Page render=move |guide| {
            match guide.find(number).cloned() {
                Some(episode) => view! { <EpisodeView guide episode /> }.into_any(),
                None => view! {
                    <NotFoundView message=format!(
                        "There is no episode {number}. The show has {} episodes.",
                        guide.episodes.len()
                    ) />
                }.into_any(),
            }
        } />
    }
}

#[component]
pub fn EpisodeView(guide: EpisodeGuide, episode: Episode) -> impl IntoView {
    let mark = extremes(&guide.episodes).and_then(|x| x.mark_for(episode.number));
    let previous = guide.find(episode.number.wrapping_sub(1)).cloned();
    let next = guide.find(episode.number + 1).cloned();
    let weekday = episode
        .air_date
        .weekday()
        .map(|w| w.name())
        .unwrap_or_default();
    let neighbour = |e: Episode, rel: &'static str, label: &'static str| {
        let (title, _) = e.display_title();
        view! {
            <a class=format!("pager__link pager__link--{rel}") href=href(&Route::Episode(e.number)) rel=rel>
                <span class="pager__label">{format!("{label}: episode {}", e.number)}</span>
                <span class="pager__title">{title}</span>
            </a>
        }
    };
    view! {
        <PageHead meta=meta::for_episode(&episode) />
        <article class="page episode">
            <p class="breadcrumb"><a href=href(&Route::Episodes)>"← All episodes"</a></p>
            <p class="episode__number">{format!("Episode {} of {}", episode.number, guide.episodes.len())}</p>
            <h1 class="episode__title"><EpisodeTitle episode=episode.clone() /></h1>
            <div class="episode__actions">
                <WatchToggle number=episode.number />
                <MarkUpTo number=episode.number />
                <ShareButton title=meta::for_episode(&episode).title />
            </div>
            <section class="episode__synopsis" aria-labelledby="synopsis-heading">
                <h2 id="synopsis-heading">"In short"</h2>
                <p>{episode.synopsis.clone()}</p>
                // One button for the episode's reveals: they all unlock with the same episode.
                {(!episode.spoilers.is_empty()).then(|| {
                    let text = episode.spoilers.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ");
                    view! { <Spoiler from_episode=episode.number text /> }
                })}
                <p class="note">{guide.synopses_note.clone()}</p>
            </section>
            <dl class="facts">
                <div class="facts__row">
                    <dt>"First aired"</dt>
                    <dd>
                        <time datetime=episode.air_date.iso()>{format!("{weekday}, {}", episode.air_date.long())}</time>
                        " at 21:00 KST on tvN"
                    </dd>
                </div>
                <div class="facts__row">
                    <dt>"The tale"</dt>
                    <dd>{episode.tale.clone()}</dd>
                </div>
                <div class="facts__row">
                    <dt>"Nielsen rating"</dt>
                    <dd>
                        <RatingValue episode=episode.clone() mark />
                        {episode.rating_note.clone().map(|n| view! { <span class="facts__source">{n}</span> })}
                    </dd>
                </div>
            </dl>
            <SourceNote source=guide.ratings_source.clone() label="Ratings" />
            <SourceNote source=guide.titles_source.clone() label="Titles" />
            <nav class="pager" aria-label="Other episodes">
                {previous.map(|e| neighbour(e, "prev", "Previous"))}
                {next.map(|e| neighbour(e, "next", "Next"))}
            </nav>
        </article>
    }
}
