use crate::components::unverified::Unverified;
use crate::components::watch_toggle::{MarkUpTo, WatchToggle};
use crate::data::model::{Episode, TitleKind};
use crate::logic::ratings::{format_rating, Mark};
use crate::logic::routes::Route;
use crate::paths::href;
use leptos::prelude::*;

/// The episode's title as a fan can use it: the English title, or for episodes whose English
/// title is unconfirmed, the Korean title with our own literal translation, marked as such.
#[component]
pub fn EpisodeTitle(episode: Episode) -> impl IntoView {
    let (title, kind) = episode.display_title();
    let main_class = match kind {
        TitleKind::Unknown => "episode-title__main episode-title__main--unknown",
        _ => "episode-title__main",
    };
    view! {
        <span class="episode-title">
            <span class=main_class>{title}</span>
            {episode
                .title_ko
                .clone()
                .map(|ko| view! { " " <span class="hangul episode-title__ko" lang="ko">{ko}</span> })}
            {(kind == TitleKind::OurTranslation)
                .then(|| view! { " " <Unverified label="literal translation, not an official title" /> })}
        </span>
    }
}

#[component]
pub fn RatingValue(episode: Episode, mark: Option<Mark>) -> impl IntoView {
    let text = format_rating(episode.rating);
    let missing = episode.rating.is_none();
    view! {
        <span class=if missing { "rating rating--missing" } else { "rating" }>
            {text}
            {mark.map(|m| view! { " " <span class=format!("badge badge--{}", m.label().to_lowercase())>{m.label()}</span> })}
        </span>
    }
}

/// One line of the episode list: number, air date with weekday, title, tale and rating.
#[component]
pub fn EpisodeRow(episode: Episode, mark: Option<Mark>) -> impl IntoView {
    let link = href(&Route::Episode(episode.number));
    let weekday = episode
        .air_date
        .weekday()
        .map(|w| w.short())
        .unwrap_or_default();
    let tracker = crate::tracker::use_tracker();
    let number = episode.number;
    view! {
        <li
            class=move || if tracker.is_watched(number) { "episode-row episode-row--watched" } else { "episode-row" }
            id=format!("episode-{}", episode.number)
        >
            <span class="episode-row__number" aria-hidden="true">{episode.number}</span>
            <div class="episode-row__body">
                <h2 class="episode-row__title">
                    <a href=link>
                        <span class="visually-hidden">{format!("Episode {}: ", episode.number)}</span>
                        <EpisodeTitle episode=episode.clone() />
                    </a>
                </h2>
                <p class="episode-row__meta">
                    <time datetime=episode.air_date.iso()>{format!("{weekday} {}", episode.air_date.short())}</time>
                    <span class="episode-row__sep" aria-hidden="true">" · "</span>
                    <span class="visually-hidden">" Rating: "</span>
                    <RatingValue episode=episode.clone() mark />
                </p>
                <p class="episode-row__tale">
                    <span class="episode-row__tale-label">"Tale: "</span>
                    {episode.tale.clone()}
                </p>
                <div class="episode-row__actions">
                    <WatchToggle number=episode.number />
                    <MarkUpTo number=episode.number />
                </div>
            </div>
        </li>
    }
}
