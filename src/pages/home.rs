use crate::components::data_section::{DataSection, Size};
use crate::components::page_head::PageHead;
use crate::components::source_note::SourceNote;
use crate::components::story_art::Flourish;
use crate::components::watch_progress::WatchProgress;
use crate::components::where_to_watch::WhereToWatch;
use crate::data::load::load;
use crate::data::model::{EpisodeGuide, Outlook, Show};
use crate::logic::meta;
use crate::logic::routes::Route;
use crate::paths::href;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let show = LocalResource::new(load::<Show>);
    let outlook = LocalResource::new(load::<Outlook>);
    let guide = LocalResource::new(load::<EpisodeGuide>);
    view! {
        <PageHead meta=meta::for_section(&Route::Home) />
        <DataSection resource=show size=Size::Page render=move |show| view! {
            <HomeView
                show
                progress=move || view! {
                    <DataSection resource=guide size=Size::Medium render=|g| view! { <WatchProgress episodes=g.episodes /> } />
                }
            >
                <DataSection resource=outlook size=Size::Line render=|o| view! { <StatusLine outlook=o /> } />
            </HomeView>
        } />
    }
}

/// The one-line answer to "is there a season 2?", linking to the full outlook.
#[component]
pub fn StatusLine(outlook: Outlook) -> impl IntoView {
    view! {
        <p class="status-line">
            <span class="status-line__label">"Season 2: "</span>
            <strong>{outlook.status.headline.clone()}</strong>
            {format!(" (as of {}). ", outlook.as_of.long())}
            <a href=href(&Route::Outlook)>"Read the outlook"</a>
        </p>
    }
}

/// The premise and key facts. `children` is where the season-2 status line goes and `progress`
/// the reader's watch progress; each loads from its own file and may fail on its own.
#[component]
pub fn HomeView(show: Show, #[prop(into)] progress: ViewFn, children: Children) -> impl IntoView {
    let title = show.title.clone();
    view! {
        <article class="page home">
            <header class="hero">
                <p class="hero__kicker">"A fan guide to the 2020 K-drama"</p>
                <h1 class="hero__title">{title.en.clone()}</h1>
                <p class="hero__ko">
                    <span lang="ko" class="hangul">{title.ko.clone()}</span>
                    <span class="hero__gloss">
                        {format!(" · {} · literally “{}”", title.ko_romanized, title.ko_literal)}
                    </span>
                </p>
                <p class="hero__tagline">{show.tagline.clone()}</p>
                <ul class="tags" aria-label="Genres">
                    {show.genres.iter().map(|g| view! { <li class="tag">{g.clone()}</li> }).collect_view()}
                </ul>
            </header>

            <section class="card status" aria-label="Season 2 status">{children()}</section>


            <section aria-labelledby="premise-heading">
                <h2 id="premise-heading">"What it's about"</h2>
                {show.premise.iter().map(|p| view! { <p class="premise">{p.clone()}</p> }).collect_view()}
                <p class="note">
                    {format!("Also known as “{}”: {}", title.en_alt, title.en_alt_note)}
                </p>
                <SourceNote source=title.source.clone() />
            </section>

            {progress.run()}

            <Flourish />

            <section aria-labelledby="facts-heading">
                <h2 id="facts-heading">"Key facts"</h2>
                <dl class="facts">
                    {show
                        .facts
                        .iter()
                        .map(|f| {
                            view! {
                                <div class="facts__row">
                                    <dt>{f.label.clone()}</dt>
                                    <dd>
                                        {f.value.clone()}
                                        <span class="facts__source">{format!("Source: {}", f.source.name)}</span>
                                    </dd>
                                </div>
                            }
                        })
                        .collect_view()}
                    <div class="facts__row">
                        <dt>"Genre"</dt>
                        <dd>
                            {show.genres.join(", ")}
                            <span class="facts__source">{format!("Source: {}", show.genres_source.name)}</span>
                        </dd>
                    </div>
                </dl>
            </section>

            <section aria-labelledby="watch-heading">
                <h2 id="watch-heading">"Where to watch"</h2>
                <WhereToWatch show=show.clone() />
            </section>

            <section aria-labelledby="places-heading">
                <h2 id="places-heading">"Places in the story"</h2>
                <ul class="places">
                    {show
                        .places
                        .iter()
                        .map(|p| {
                            view! {
                                <li>
                                    <strong>{p.name_en.clone()}</strong>
                                    {p.name_ko.clone().map(|ko| view! { " " <span lang="ko" class="hangul">{ko}</span> })}
                                    {format!(": {}", p.what)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <SourceNote source=show.places_source.clone() />
                <p class="note">"Where it was filmed: see "<a href=href(&Route::About)>"awards, books and filming"</a>"."</p>
            </section>

            <section aria-labelledby="scores-heading">
                <h2 id="scores-heading">"What viewers scored it"</h2>
                <ul class="scores">
                    {show
                        .other_scores
                        .iter()
                        .map(|s| {
                            view! {
                                <li>
                                    <strong>{s.site.clone()}</strong>
                                    {format!(": {} ", s.score)}
                                    <span class="facts__source">{format!("(source: {})", s.source.name)}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p class="note">
                    {format!("{} Our newest sources date from {}.", show.other_scores_note, show.as_of.long())}
                </p>
            </section>

            <nav class="next-steps" aria-label="Explore the guide">
                <a class="button" href=href(&Route::Cast)>"Meet the cast"</a>
                <a class="button" href=href(&Route::Episodes)>"All 16 episodes"</a>
            </nav>
        </article>
    }
}
