use crate::components::data_section::{DataSection, Size};
use crate::components::episode_row::EpisodeRow;
use crate::components::page_head::PageHead;
use crate::components::ratings_chart::RatingsChart;
use crate::components::source_note::SourceNote;
use crate::components::watch_progress::WatchProgress;
use crate::data::load::load;
use crate::data::model::EpisodeGuide;
use crate::logic::meta;
use crate::logic::ratings::{extremes, format_rating};
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn EpisodesPage() -> impl IntoView {
    let guide = LocalResource::new(load::<EpisodeGuide>);
    view! {
        <PageHead meta=meta::for_section(&Route::Episodes) />
        <article class="page">
            <h1>"Episodes"</h1>
            <EpisodesLead />
            <DataSection resource=guide size=Size::Page render=|guide| view! { <EpisodesView guide /> } />
        </article>
    }
}

/// The page's opening line. Shared with the build's prerendered page, which must match the app's.
#[component]
pub fn EpisodesLead() -> impl IntoView {
    view! {
        <p class="lead">
            "Sixteen episodes aired on tvN from 20 June to 9 August 2020, two a week on Saturday and Sunday nights. Each one is built around a fairy tale or picture book."
        </p>
    }
}

#[component]
pub fn EpisodesView(guide: EpisodeGuide) -> impl IntoView {
    let x = extremes(&guide.episodes);
    let summary = x.map(|x| {
        format!(
            "Highest rated: episode {} at {}. Lowest: episode {} at {}.",
            x.highest.0,
            format_rating(Some(x.highest.1)),
            x.lowest.0,
            format_rating(Some(x.lowest.1))
        )
    });
    view! {
        <WatchProgress episodes=guide.episodes.clone() />
        {summary.map(|s| view! { <p class="ratings-summary">{s}</p> })}
        <RatingsChart episodes=guide.episodes.clone() />
        <ol class="episode-list">
            {guide
                .episodes
                .iter()
                .cloned()
                .map(|episode| {
                    let mark = x.and_then(|x| x.mark_for(episode.number));
                    view! { <EpisodeRow episode mark /> }
                })
                .collect_view()}
        </ol>
        <section class="notes" aria-labelledby="about-figures">
            <h2 id="about-figures">"About these figures and titles"</h2>
            <p>{guide.ratings_note.clone()}</p>
            <SourceNote source=guide.ratings_source.clone() label="Ratings" />
            <p>{guide.titles_note.clone()}</p>
            <SourceNote source=guide.titles_source.clone() label="Titles" />
        </section>
    }
}
