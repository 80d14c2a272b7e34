//! How an episode is named and rated, wherever it appears, and its line in the episode list.

use crate::components::content_notes::NotesAtAGlance;
use crate::components::episode_contents::EpisodeAtAGlance;
use crate::components::unverified::Unverified;
use crate::components::watch_toggle::{MarkUpTo, WatchToggle};
use crate::context::href;
use crate::context::t;
use crate::data::model::Episode;
use crate::data::text::Prose;
use crate::logic::format::list_date;
use crate::logic::ratings::{percent, rating_of, Mark};
use crate::logic::routes::Route;
use crate::logic::titles::{display, Badge};
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// The episode's title as a reader of this language can use it, with the other script beside
/// it and a mark on every stand-in (our translation, a fan translation, no title known).
#[component]
pub fn EpisodeTitle(episode: Episode) -> impl IntoView {
    let t = t();
    let title = display(&episode, crate::context::use_lang());
    let badge = title.badge.map(|b| match b {
        Badge::OurTranslation => t.our_translation,
        Badge::FanTranslation => t.fan_translation,
        Badge::NoKoreanTitle => t.no_korean_title,
        Badge::Unknown => t.no_title,
    });
    let main = if title.main.is_empty() {
        t.no_title.to_string()
    } else {
        title.main
    };
    let unknown = title.badge == Some(Badge::Unknown);
    view! {
        <span class="episode-title">
            {(!unknown).then(|| view! {
                <span class="episode-title__main" lang=title.main_lang.tag()>{main}</span>
            })}
            {title.other.map(|(other, lang)| view! {
                " " <span class="episode-title__other" lang=lang.tag()>{other}</span>
            })}
            {badge.map(|b| view! { " " <Unverified label=b /> })}
        </span>
    }
}

/// "6.1%" with its mark (highest, lowest), or "n/a".
#[component]
pub fn RatingValue(episode: Episode, mark: Option<Mark>) -> impl IntoView {
    let t = t();
    let rating = rating_of(&episode);
    let text = rating.map_or_else(|| t.no_figure.to_string(), percent);
    let mark = mark.map(|m| match m {
        Mark::Highest => ("badge badge--highest", t.mark_highest),
        Mark::Lowest => ("badge badge--lowest", t.mark_lowest),
    });
    view! {
        <span class=if rating.is_none() { "rating rating--missing" } else { "rating" }>
            {text}
            {mark.map(|(class, label)| view! { " " <span class=class>{label}</span> })}
        </span>
    }
}

/// One line of the episode list: number, air date with weekday, title, tale and rating.
#[component]
pub fn EpisodeRow(episode: Episode, mark: Option<Mark>) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let n = episode.number;
    let tracker = use_tracker();
    let date = list_date(episode.air_date, site.lang());
    view! {
        <li
            class=move || if tracker.is_watched(n) { "episode-row episode-row--watched" } else { "episode-row" }
            id=format!("episode-{n}")
        >
            <span class="episode-row__number" aria-hidden="true">{n}</span>
            <div class="episode-row__body">
                <h2 class="episode-row__title">
                    <a href=href(&Route::Episode(n))>
                        <span class="visually-hidden">{(t.episode_n)(n)}</span>
                        <EpisodeTitle episode=episode.clone() />
                    </a>
                </h2>
                <p class="episode-row__meta">
                    <time datetime=episode.air_date.iso()>{date}</time>
                    <span class="episode-row__sep" aria-hidden="true">" · "</span>
                    <span class="visually-hidden">{t.rating_label}" "</span>
                    <RatingValue episode=episode.clone() mark />
                </p>
                <p class="episode-row__tale">
                    <span class="episode-row__tale-label">{t.tale_label}" "</span>
                    {site.t(Prose::EpisodeTale(n)).to_string()}
                </p>
                <EpisodeAtAGlance episode=episode.clone() />
                <NotesAtAGlance episode=n />
                <div class="episode-row__actions">
                    <WatchToggle number=n />
                    <MarkUpTo number=n />
                </div>
            </div>
        </li>
    }
}
