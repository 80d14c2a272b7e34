//! What an episode brings: who appears, where it was filmed, what plays, and the real tale behind
//! it, each cited, each gated by the reader's progress where it gives away the plot.

use crate::components::source_line::SourceLine;
use crate::components::unverified::Unverified;
use crate::context::{t, use_links, use_site};
use crate::data::model::{Appearance, Episode};
use crate::data::text::Prose;
use crate::logic::routes::Route;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// A person in an episode as the page shows them: the character, who plays them, and where to
/// read more; `None` for an id that is neither in the cast nor a guest (the data checks refuse it).
fn person(appearance: &Appearance) -> Option<(String, String, Option<Route>, Option<String>)> {
    let site = use_site();
    let lang = site.lang();
    let g = &site.guide;
    if let Some(m) = g.member(&appearance.who) {
        return Some((
            m.character.get(lang).to_string(),
            m.actor.get(lang).to_string(),
            Some(Route::CastMember(m.slug.clone())),
            None,
        ));
    }
    let guest = g.guest(&appearance.who)?;
    Some((
        guest.character.get(lang).to_string(),
        guest.actor.get(lang).to_string(),
        None,
        Some((t().guest_kind)(guest.kind).to_string()),
    ))
}

/// Who appears: the characters who matter in the episode and every guest or special appearance.
/// Someone whose presence would give away the plot is listed only once the reader has reached the
/// episode that reveals it; until then the list says how many are held back.
#[component]
pub fn WhoAppears(episode: Episode) -> impl IntoView {
    let t = t();
    let links = use_links();
    let tracker = use_tracker();
    if episode.appearances.is_empty() {
        return ().into_any();
    }
    let cites: Vec<String> = episode
        .appearances
        .iter()
        .flat_map(|a| a.cite.iter().cloned())
        .collect();
    let list = move || {
        let mut held = 0;
        let items = episode
            .appearances
            .iter()
            .filter(|a| {
                let shown = a.from_episode.is_none_or(|ep| tracker.spoiler_unlocked(ep));
                held += usize::from(!shown);
                shown
            })
            .filter_map(|a| {
                let (character, actor, route, kind) = person(a)?;
                let name = match route {
                    Some(r) => view! { <a href=links.href(&r)>{character}</a> }.into_any(),
                    None => view! { <span>{character}</span> }.into_any(),
                };
                Some(view! {
                    <li>
                        {name} " " <span class="appearance__actor">{(t.played_by_short)(&actor)}</span>
                        {kind.map(|k| view! { " " <span class="badge">{k}</span> })}
                    </li>
                })
            })
            .collect_view();
        view! {
            <ul class="appearances">{items}</ul>
            {(held > 0).then(|| view! { <p class="note">{(t.held_back)(held)}</p> })}
        }
    };
    view! {
        <section aria-labelledby="who-appears-heading">
            <h2 id="who-appears-heading">{t.who_appears}</h2>
            {list}
            <SourceLine cites />
        </section>
    }
    .into_any()
}

/// Where: the filming places seen in the episode, linked to the places page, and the places of
/// the story it happens in.
#[component]
pub fn WherePlaces(episode: Episode) -> impl IntoView {
    let site = use_site();
    let t = t();
    let links = use_links();
    let lang = site.lang();
    if episode.places.is_empty() {
        return ().into_any();
    }
    let items = episode
        .places
        .iter()
        .map(|p| {
            let name = if p.in_story {
                site.guide
                    .show
                    .places
                    .iter()
                    .find(|s| s.id == p.place)
                    .map(|s| s.name.get(lang).to_string())
                    .unwrap_or_default()
            } else {
                site.t(Prose::PlaceName(&p.place)).to_string()
            };
            let (label, place) = if p.in_story {
                (t.in_the_story, view! { <span>{name}</span> }.into_any())
            } else {
                let to = format!("{}#place-{}", links.href(&Route::Places), p.place);
                (t.filmed_at, view! { <a href=to>{name}</a> }.into_any())
            };
            view! {
                <li>
                    <span class="episode-place__kind">{label}": "</span>{place}
                    {p.weak.then(|| view! { " " <Unverified label=t.weak_source /> })}
                    <SourceLine cites=p.cite.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="where-heading">
            <h2 id="where-heading">{t.where_heading}</h2>
            <ul class="episode-places">{items}</ul>
        </section>
    }
    .into_any()
}

/// What plays: the songs heard in the episode, linked to the soundtrack page.
#[component]
pub fn WhatPlays(episode: Episode) -> impl IntoView {
    let site = use_site();
    let t = t();
    let links = use_links();
    let lang = site.lang();
    let items = episode
        .songs
        .iter()
        .filter_map(|es| {
            let song = site.guide.music.songs().find(|s| s.id == es.song)?;
            let artists: Vec<&str> = song.artists.iter().map(|a| a.get(lang)).collect();
            Some(view! {
                <li>
                    <a href=links.href(&Route::Music)>{song.title.get(lang).to_string()}</a>
                    {(!artists.is_empty()).then(|| view! { " · " {artists.join(", ")} })}
                    <SourceLine cites=es.cite.clone() />
                </li>
            })
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then(|| {
        view! {
            <section aria-labelledby="songs-heading">
                <h2 id="songs-heading">{t.what_plays}</h2>
                <ul class="songs-here">{items}</ul>
            </section>
        }
    })
}

/// The tale behind the episode: where it comes from, what the episode takes from it (a spoiler of
/// the episode), and where to read the original free. The series' own picture books are not
/// reproduced: the page points to the published books.
#[component]
pub fn TaleBehind(episode: Episode) -> impl IntoView {
    let site = use_site();
    let t = t();
    let links = use_links();
    let n = episode.number;
    let tale = &episode.tale;
    let takes = tale.takes.then(|| {
        let text = site.t(Prose::TaleTakes(n)).to_string();
        match tale.takes_from_episode {
            Some(ep) => {
                view! { <crate::components::spoiler::Spoiler from_episode=ep text /> }.into_any()
            }
            None => view! { <p>{text}</p> }.into_any(),
        }
    });
    let free = tale
        .read_free
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let url = f.safe_url()?.to_string();
            Some(view! {
                <li>
                    <a href=url rel="noopener noreferrer">{site.t(Prose::FreeText(n, i + 1)).to_string()}</a>
                    <SourceLine cites=f.cite.clone() />
                </li>
            })
        })
        .collect::<Vec<_>>();
    let own_book = site.guide.show.books.iter().any(|b| b.episode == Some(n));
    view! {
        <section aria-labelledby="tale-heading">
            <h2 id="tale-heading">{t.tale_heading}</h2>
            <p>
                {site.t(Prose::TaleOrigin(n)).to_string()}
                {tale.year.clone().map(|y| view! { " " <span class="badge">{y}</span> })}
            </p>
            {takes}
            {(!free.is_empty()).then(|| view! {
                <h3 class="tale__free-heading">{t.read_free}</h3>
                <ul class="tale__free">{free}</ul>
            })}
            {own_book.then(|| view! {
                <p class="note"><a href=format!("{}#books-heading", links.href(&Route::About))>{t.own_book}</a></p>
            })}
            <SourceLine cites=tale.cite.clone() />
        </section>
    }
}

/// One line for the episode list: the guests an episode brings and the songs heard in it.
#[component]
pub fn EpisodeAtAGlance(episode: Episode) -> impl IntoView {
    let site = use_site();
    let t = t();
    let lang = site.lang();
    let tracker = use_tracker();
    let songs: Vec<String> = episode
        .songs
        .iter()
        .filter_map(|es| site.guide.music.songs().find(|s| s.id == es.song))
        .map(|s| s.title.get(lang).to_string())
        .collect();
    let guests = move || {
        episode
            .appearances
            .iter()
            .filter(|a| a.from_episode.is_none_or(|ep| tracker.spoiler_unlocked(ep)))
            .filter_map(|a| site.guide.guest(&a.who))
            .map(|g| g.actor.get(lang).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <p class="episode-row__brings">
            {move || {
                let guests = guests();
                (!guests.is_empty()).then(|| view! { <span>{t.guests_label}": "{guests}</span> })
            }}
            {(!songs.is_empty()).then(|| view! { " " <span>{t.songs_label}": "{songs.join(", ")}</span> })}
        </p>
    }
}
