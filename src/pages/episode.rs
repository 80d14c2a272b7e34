use crate::components::content_notes::ContentNotes;
use crate::components::episode_bits::{EpisodeTitle, RatingValue};
use crate::components::episode_contents::{TaleBehind, WhatPlays, WherePlaces, WhoAppears};
use crate::components::my_episode::{MyNote, MyRating};
use crate::components::page_head::PageHead;
use crate::components::share_button::ShareButton;
use crate::components::source_line::SourceLine;
use crate::components::spoiler::Spoiler;
use crate::components::unverified::Unverified;
use crate::components::watch_toggle::{MarkUpTo, WatchDay, WatchToggle};
use crate::context::href;
use crate::context::t;
use crate::core::lang::Lang;
use crate::data::model::Episode;
use crate::data::model::EpisodeNote;
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::format::date_with_weekday;
use crate::logic::ratings::{extremes, milli, percent};
use crate::logic::routes::Route;
use crate::logic::titles::display;
use crate::pages::not_found::NotFoundPage;
use leptos::prelude::*;

#[component]
pub fn EpisodePage(number: u32) -> impl IntoView {
    let site = crate::context::use_site();
    match site.guide.episode(number).cloned() {
        Some(episode) => view! { <EpisodeView episode /> }.into_any(),
        None => {
            let message = (t().no_such_episode)(number, site.guide.episodes.len());
            view! { <NotFoundPage message /> }.into_any()
        }
    }
}

#[component]
fn EpisodeView(episode: Episode) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let n = episode.number;
    let g = &site.guide;
    let mark = extremes(&g.episodes).and_then(|x| x.mark_for(n));
    let meta = meta::for_episode(&episode, &site);
    let neighbour = |e: Option<&Episode>, rel: &'static str, label: fn(u32) -> String| {
        e.map(|e| {
            let title = display(e, lang).main;
            view! {
                <a class=format!("pager__link pager__link--{rel}") href=href(&Route::Episode(e.number)) rel=rel>
                    <span class="pager__label">{label(e.number)}</span>
                    <span class="pager__title">{title}</span>
                </a>
            }
        })
    };
    let spoilers = episode
        .spoilers
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let text = site.t(Prose::EpisodeSpoiler(n, i + 1)).to_string();
            view! { <Spoiler from_episode=s.from_episode text /> <SourceLine cites=s.cite.clone() /> }
        })
        .collect_view();
    let rating = episode.rating.clone();
    let parts = episode.has_note(EpisodeNote::Rating).then(|| {
        site.t(Prose::EpisodeNote(n, EpisodeNote::Rating))
            .to_string()
    });
    let peak = rating
        .as_ref()
        .and_then(|r| r.peak)
        .and_then(milli)
        .map(percent);
    let titles: Vec<_> = [(&episode.title_en, Lang::En), (&episode.title_ko, Lang::Ko)]
        .into_iter()
        .filter_map(|(title, l)| title.as_ref().map(|x| (x.clone(), l)))
        .map(|(x, l)| {
            view! {
                <li>
                    <span lang=l.tag()>{x.text.clone()}</span>
                    {x.fan.then(|| view! { " " <span class="source__fan">{if l == Lang::En { t.fan_translation } else { t.from_fan_recaps }}</span> })}
                    {x.gloss.clone().map(|g| view! { " " <span lang="en">{format!("(“{g}”)")}</span> " " <Unverified label=t.our_translation /> })}
                    <SourceLine cites=x.cite.clone() />
                </li>
            }
        })
        .collect();
    view! {
        <PageHead meta=meta.clone() />
        <article class="page episode">
            <p class="breadcrumb"><a href=href(&Route::Episodes)>{t.all_episodes_link}</a></p>
            <p class="episode__number">{(t.episode_of)(n, g.episodes.len())}</p>
            <h1 class="episode__title"><EpisodeTitle episode=episode.clone() /></h1>
            <div class="episode__actions">
                <WatchToggle number=n />
                <MarkUpTo number=n />
                <ShareButton title=meta.title />
            </div>
            <WatchDay number=n />
            <ContentNotes episode=n />
            <section class="episode__synopsis" aria-labelledby="synopsis-heading">
                <h2 id="synopsis-heading">{t.in_short}</h2>
                <p>{site.t(Prose::EpisodeSynopsis(n)).to_string()}</p>
                {spoilers}
                <p class="note">{site.t(Prose::Fixed(Fixed::SynopsesNote)).to_string()}</p>
            </section>
            <section class="card mine" aria-label=t.your_rating>
                <MyRating number=n />
                <MyNote number=n />
            </section>
            <dl class="facts">
                <div class="facts__row">
                    <dt>{t.first_aired}</dt>
                    <dd><time datetime=episode.air_date.iso()>{date_with_weekday(episode.air_date, lang)}</time> " " {t.broadcast_slot}</dd>
                </div>
                <div class="facts__row">
                    <dt>{t.the_tale}</dt>
                    <dd>{site.t(Prose::EpisodeTale(n)).to_string()} <SourceLine cites=episode.tale_cite.clone() /></dd>
                </div>
                <div class="facts__row">
                    <dt>{t.nielsen_rating}</dt>
                    <dd>
                        <RatingValue episode=episode.clone() mark />
                        {rating.as_ref().filter(|r| r.single_source).map(|_| view! { " " <Unverified label=t.single_source /> })}
                        {parts.map(|p| view! { <span class="facts__detail">{p}</span> })}
                        {peak.map(|p| view! { <span class="facts__detail">{(t.peak)(&p)}</span> })}
                        {rating.map(|r| view! { <SourceLine cites=r.cite.clone() /> })}
                    </dd>
                </div>
                <div class="facts__row">
                    <dt>{t.titles}</dt>
                    <dd>
                        <ul class="titles">{titles}</ul>
                        {episode.has_note(EpisodeNote::Title).then(|| view! { <p class="facts__detail">{site.t(Prose::EpisodeNote(n, EpisodeNote::Title)).to_string()}</p> })}
                    </dd>
                </div>
            </dl>
            <WhoAppears episode=episode.clone() />
            <WherePlaces episode=episode.clone() />
            <WhatPlays episode=episode.clone() />
            <TaleBehind episode=episode.clone() />
            <nav class="pager" aria-label=t.other_episodes>
                {neighbour(g.episode(n.wrapping_sub(1)), "prev", t.previous)}
                {neighbour(g.episode(n + 1), "next", t.next)}
            </nav>
        </article>
    }
}
