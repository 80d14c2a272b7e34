use crate::components::checked::Checked;
use crate::components::page_head::PageHead;
use crate::components::source_line::SourceLine;
use crate::components::story_art::Flourish;
use crate::components::unverified::Unverified;
use crate::components::watch_progress::WatchProgress;
use crate::context::href;
use crate::context::t;
use crate::core::lang::Lang;
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let today = crate::dom::today();
    let show = &site.guide.show;
    let title = &show.title;
    let (main_title, other_title) = match lang {
        Lang::En => (title.en.clone(), title.ko.clone()),
        Lang::Ko => (title.ko.clone(), title.en.clone()),
    };
    let gloss = match lang {
        Lang::En => format!(
            " · {} · {} “{}”",
            title.ko_romanized, t.literally, title.ko_literal
        ),
        Lang::Ko => format!(" · {}", title.ko_romanized),
    };
    let genres = site
        .t(Prose::Fixed(Fixed::Genres))
        .split(", ")
        .map(|g| view! { <li class="tag">{g.to_string()}</li> })
        .collect_view();
    let premise = site
        .text
        .paragraphs(Prose::Fixed(Fixed::Premise))
        .into_iter()
        .map(|p| view! { <p class="premise">{p}</p> })
        .collect_view();
    let facts = show
        .facts
        .iter()
        .map(|f| {
            view! {
                <div class="facts__row">
                    <dt>{site.t(Prose::FactLabel(&f.id)).to_string()}</dt>
                    <dd>
                        {site.t(Prose::FactValue(&f.id)).to_string()}
                        <SourceLine cites=f.cite.clone() />
                    </dd>
                </div>
            }
        })
        .collect_view();
    let watch = show
        .where_to_watch
        .iter()
        .map(|w| {
            view! {
                <li class="card watch">
                    <h3 class="watch__service">
                        {w.service.clone()}
                        {(!w.verified).then(|| view! { " " <Unverified label=t.not_confirmed /> })}
                    </h3>
                    <p class="watch__region">{site.t(Prose::WatchRegion(&w.id)).to_string()}</p>
                    <p class="watch__note">
                        {site.t(Prose::WatchNote(&w.id)).to_string()}
                        {w.as_of.map(|d| view! { " " <Checked dates=d lang today /> })}
                    </p>
                    <SourceLine cites=w.cite.clone() />
                </li>
            }
        })
        .collect_view();
    let places = show
        .places
        .iter()
        .map(|p| {
            view! {
                <li>
                    <strong>{p.name.get(lang).to_string()}</strong>
                    {p.name.other(lang).map(|o| view! { " " <span class="name-other" lang=lang.other().tag()>{o.to_string()}</span> })}
                    ": " {site.t(Prose::StoryPlace(&p.id)).to_string()}
                    <SourceLine cites=p.cite.clone() />
                </li>
            }
        })
        .collect_view();
    let scores = show
        .scores
        .iter()
        .map(|s| {
            view! {
                <li>
                    <strong>{s.site.clone()}</strong> ": " {s.score.clone()} " "
                    {match s.as_of {
                        Some(d) => view! { <Checked dates=d lang today /> }.into_any(),
                        None => view! { <span class="checked checked--stale">{t.undated}</span> }.into_any(),
                    }}
                    <SourceLine cites=s.cite.clone() />
                </li>
            }
        })
        .collect_view();
    let outlook = &site.guide.outlook;
    view! {
        <PageHead meta=meta::for_section(&Route::Home, lang) />
        <article class="page home">
            <header class="hero">
                <p class="hero__kicker">{t.hero_kicker}</p>
                <h1 class="hero__title">{main_title}</h1>
                <p class="hero__other">
                    <span lang=lang.other().tag()>{other_title}</span>
                    <span class="hero__gloss">{gloss}</span>
                </p>
                <p class="hero__tagline">{site.t(Prose::Fixed(Fixed::Tagline)).to_string()}</p>
                <ul class="tags" aria-label=t.genres_label>{genres}</ul>
            </header>

            <section class="card status" aria-label=t.status_label>
                <p class="status-line">
                    <span class="status-line__label">{t.season2}" "</span>
                    <strong>{site.t(Prose::Fixed(Fixed::OutlookHeadline)).to_string()}</strong>
                    " (" <Checked dates=outlook.as_of lang today /> "). "
                    <a href=href(&Route::Outlook)>{t.read_outlook}</a>
                </p>
            </section>

            <section aria-labelledby="premise-heading">
                <h2 id="premise-heading">{t.premise_heading}</h2>
                {premise}
                <p class="note">{(t.also_known)(&title.en_alt, site.t(Prose::Fixed(Fixed::TitleAltNote)))}</p>
                <SourceLine cites=show.premise_cite.clone() />
                <SourceLine cites=title.cite.clone() />
            </section>

            <WatchProgress />

            <Flourish />

            <section aria-labelledby="facts-heading">
                <h2 id="facts-heading">{t.facts_heading}</h2>
                <dl class="facts">
                    {facts}
                    <div class="facts__row">
                        <dt>{t.genre}</dt>
                        <dd>{site.t(Prose::Fixed(Fixed::Genres)).to_string()} <SourceLine cites=show.genres_cite.clone() /></dd>
                    </div>
                </dl>
            </section>

            <section aria-labelledby="watch-heading">
                <h2 id="watch-heading">{t.watch_heading}</h2>
                <ul class="cards">{watch}</ul>
            </section>

            <section aria-labelledby="places-heading">
                <h2 id="places-heading">{t.story_places_heading}</h2>
                <ul class="places">{places}</ul>
                <p><a href=href(&Route::Places)>{t.filming_link}</a></p>
            </section>

            <section aria-labelledby="scores-heading">
                <h2 id="scores-heading">{t.scores_heading}</h2>
                <ul class="scores">{scores}</ul>
                <p class="note">{site.t(Prose::Fixed(Fixed::ScoreNote)).to_string()}</p>
            </section>

            <nav class="next-steps" aria-label=t.explore_label>
                <a class="button" href=href(&Route::Cast)>{t.meet_cast}</a>
                <a class="button" href=href(&Route::Episodes)>{t.all_episodes}</a>
                <a class="button" href=href(&Route::Relationships)>{(t.section)(&Route::Relationships)}</a>
            </nav>
        </article>
    }
}
