use crate::components::page_head::PageHead;
use crate::components::source_line::SourceLine;
use crate::components::spoiler::Spoiler;
use crate::components::unverified::Unverified;
use crate::context::href;
use crate::context::t;
use crate::core::lang::Lang;
use crate::data::model::Song;
use crate::data::model::SongNote;
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::format::long_date;
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn MusicPage() -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let m = &site.guide.music;
    let credit = |label: &'static str, c: &crate::data::model::Credit| {
        view! {
            <div class="facts__row">
                <dt>{label}</dt>
                <dd>
                    {c.name.get(lang).to_string()}
                    {c.name.other(lang).map(|o| view! { " " <span class="name-other" lang=lang.other().tag()>{o.to_string()}</span> })}
                    <SourceLine cites=c.cite.clone() />
                </dd>
            </div>
        }
    };
    let releases = m
        .releases
        .iter()
        .map(|r| {
            let date = match r.date {
                Some(d) => view! {
                    <time datetime=d.iso()>{long_date(d, lang)}</time>
                    {r.date_inferred.then(|| view! { " " <Unverified label=t.date_inferred /> })}
                }
                .into_any(),
                None => view! { <span class="checked checked--stale">{t.date_unknown}</span> }.into_any(),
            };
            let songs = r.songs.iter().map(|s| view! { <SongItem song=s.clone() /> }).collect_view();
            let album_note = (r.songs.is_empty()).then(|| view! { <p>{site.t(Prose::Fixed(Fixed::AlbumNote)).to_string()}</p> });
            view! {
                <li class="card release">
                    <h2 class="release__name">
                        {(t.release)(r.kind, r.number)}
                        {r.tracks.map(|n| view! { " " <span class="release__tracks">{(t.tracks)(n)}</span> })}
                    </h2>
                    <p class="release__date">{t.released} ": " {date}</p>
                    <SourceLine cites=r.cite.clone() />
                    {album_note}
                    <ol class="songs">{songs}</ol>
                </li>
            }
        })
        .collect_view();
    let others = m
        .other_songs
        .iter()
        .map(|s| view! { <SongItem song=s.clone() /> })
        .collect_view();
    view! {
        <PageHead meta=meta::for_section(&Route::Music, lang) />
        <article class="page music">
            <h1>{t.music_heading}</h1>
            <p class="lead">{site.t(Prose::Fixed(Fixed::MusicIntro)).to_string()}</p>
            <dl class="facts">
                {credit(t.music_director, &m.director)}
                {credit(t.ost_producer, &m.producer)}
            </dl>
            <ol class="releases">{releases}</ol>
            <section aria-labelledby="other-songs">
                <h2 id="other-songs">{site.t(Prose::Fixed(Fixed::MusicOther)).to_string()}</h2>
                <ul class="songs">{others}</ul>
            </section>
        </article>
    }
}

/// One song: its title in both languages, who sings it, where it is first heard, the scene (kept
/// behind the spoiler rules when it gives away plot), credits and sources.
#[component]
fn SongItem(song: Song) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let (main, other) = match (lang, &song.title.en) {
        (Lang::En, Some(en)) => (
            en.clone(),
            (en != &song.title.ko).then(|| song.title.ko.clone()),
        ),
        (_, en) => (
            song.title.ko.clone(),
            en.clone().filter(|e| !song.title.ko.contains(e.as_str())),
        ),
    };
    let other_lang = if main == song.title.ko {
        Lang::En
    } else {
        Lang::Ko
    };
    let artists = song
        .artists
        .iter()
        .map(|a| match a.other(lang) {
            Some(o) => format!("{} ({o})", a.get(lang)),
            None => a.get(lang).to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let first = match song.first_episode {
        Some(n) => view! { <a href=href(&Route::Episode(n))>{(t.first_heard)(n)}</a> }.into_any(),
        None => view! { <span class="checked">{t.first_heard_unknown}</span> }.into_any(),
    };
    let scene = song.has_note(SongNote::Scene).then(|| {
        let text = site
            .t(Prose::SongNote(&song.id, SongNote::Scene))
            .to_string();
        match song.scene_from_episode {
            Some(ep) => view! { <Spoiler from_episode=ep text /> }.into_any(),
            None => view! { <p class="song__scene">{text}</p> }.into_any(),
        }
    });
    let credits = song
        .has_note(SongNote::Credits)
        .then(|| view! { <p class="song__credits"><span>{t.credits}": "</span>{site.t(Prose::SongNote(&song.id, SongNote::Credits)).to_string()}</p> });
    view! {
        <li class="song">
            <p class="song__title">
                <strong lang=if other_lang == Lang::En { "ko" } else { "en" }>{main}</strong>
                {other.map(|o| view! { " " <span class="name-other" lang=other_lang.tag()>{o}</span> })}
                {song.title_en_weak.then(|| view! { " " <Unverified label=t.english_title_weak /> })}
            </p>
            <p class="song__artists">{(!artists.is_empty()).then(|| view! { {artists} " · " })} {first}</p>
            {scene}
            {credits}
            <SourceLine cites=song.cite.clone() />
        </li>
    }
}
