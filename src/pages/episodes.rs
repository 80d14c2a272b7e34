use crate::components::episode_bits::EpisodeRow;
use crate::components::page_head::PageHead;
use crate::components::ratings_chart::RatingsChart;
use crate::components::source_line::SourceLine;
use crate::components::watch_progress::WatchProgress;
use crate::context::{href, t};
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::ratings::{extremes, milli, percent};
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn EpisodesPage() -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let episodes = &site.guide.episodes;
    let x = extremes(episodes);
    let summary = x.map(|x| {
        (t.extremes)(
            x.highest.0,
            &percent(x.highest.1),
            x.lowest.0,
            &percent(x.lowest.1),
        )
    });
    let average = milli(site.guide.ratings.average).map(|a| (t.chart_average)(&percent(a)));
    let rows = episodes
        .iter()
        .map(|e| {
            let mark = x.and_then(|x| x.mark_for(e.number));
            view! { <EpisodeRow episode=e.clone() mark /> }
        })
        .collect_view();
    let rating_cites: Vec<String> = episodes
        .iter()
        .filter_map(|e| e.rating.as_ref())
        .flat_map(|r| r.cite.iter().cloned())
        .chain(site.guide.ratings.average_cite.iter().cloned())
        .collect();
    let title_cites: Vec<String> = episodes
        .iter()
        .flat_map(|e| e.title_en.iter().chain(e.title_ko.iter()))
        .flat_map(|t| t.cite.iter().cloned())
        .collect();
    view! {
        <PageHead meta=meta::for_section(&Route::Episodes, site.lang()) />
        <article class="page">
            <h1>{t.episodes_heading}</h1>
            <p class="lead">{t.episodes_lead}</p>
            <WatchProgress />
            {summary.map(|s| view! { <p class="ratings-summary">{s} {average.map(|a| format!(" ({a})"))}</p> })}
            <RatingsChart episodes=episodes.clone() />
            <ol class="episode-list">{rows}</ol>
            <section class="notes" aria-labelledby="about-figures">
                <h2 id="about-figures">{t.figures_heading}</h2>
                <p>{site.t(Prose::Fixed(Fixed::RatingsNote)).to_string()}</p>
                <SourceLine cites=rating_cites label=t.ratings />
                <p>{site.t(Prose::Fixed(Fixed::TitlesNote)).to_string()}</p>
                <SourceLine cites=title_cites label=t.titles />
                <p>{site.t(Prose::Fixed(Fixed::SynopsesNote)).to_string()}</p>
            </section>
            <section class="notes" aria-labelledby="about-content-notes">
                <h2 id="about-content-notes">{t.content_notes}</h2>
                <p>{site.t(Prose::Fixed(Fixed::Guidelines)).to_string()}</p>
                <SourceLine cites=site.guide.care.guideline_cite.clone() />
                <p>{site.t(Prose::Fixed(Fixed::NoRating)).to_string()}</p>
                <SourceLine cites=site.guide.care.no_rating_cite.clone() />
                <p><a href=href(&Route::Help)>{t.get_help}</a></p>
            </section>
        </article>
    }
}
