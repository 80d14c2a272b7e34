use crate::components::data_section::{DataSection, Size};
use crate::components::live_figures::LiveFiguresPanel;
use crate::components::page_head::PageHead;
use crate::components::ratings_chart::RatingsChart;
use crate::components::reason_card::ReasonCard;
use crate::components::source_note::SourceNote;
use crate::components::timeline::Timeline;
use crate::data::load::load;
use crate::data::model::{Episode, EpisodeGuide, Outlook};
use crate::logic::meta;
use crate::logic::outlook::{live_figures, reasons_by_stance, sorted_timeline, stance_heading};
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn OutlookPage() -> impl IntoView {
    let outlook = LocalResource::new(load::<Outlook>);
    let episodes = LocalResource::new(load::<EpisodeGuide>);
    view! {
        <PageHead meta=meta::for_section(&Route::Outlook) />
        <article class="page outlook">
            <h1>"Will there be a season 2?"</h1>
            <DataSection resource=outlook size=Size::Page render=|outlook| {
                let today = crate::clock::today();
                view! { <OutlookView outlook today /> }
            } />
            <DataSection resource=episodes render=|guide: EpisodeGuide| view! {
                <SpikeChart episodes=guide.episodes />
            } />
        </article>
    }
}

/// The chart behind the one argument for a season 2: the ratings rose at the very end. It loads
/// from the episode file, so it can fail on its own without taking the outlook with it.
#[component]
pub fn SpikeChart(episodes: Vec<Episode>) -> impl IntoView {
    view! {
        <section aria-labelledby="spike-heading">
            <h2 id="spike-heading">"The ratings spike"</h2>
            <p>
                "The seed article's one argument for a renewal: the audience grew at the end. Here are all sixteen figures."
            </p>
            <RatingsChart episodes />
        </section>
    }
}

/// `today` is a day number from the reader's clock; passing it in keeps the view testable.
#[component]
pub fn OutlookView(outlook: Outlook, today: i64) -> impl IntoView {
    let figures = live_figures(&outlook, today);
    let groups = reasons_by_stance(&outlook)
        .into_iter()
        .map(|(stance, reasons)| {
            let id = format!("reasons-{stance:?}").to_lowercase();
            let labelled_by = id.clone();
            let reasons: Vec<_> = reasons.into_iter().cloned().collect();
            view! {
                <section class="reasons" aria-labelledby=labelled_by>
                    <h3 id=id>{stance_heading(stance)}</h3>
                    <ul class="reasons__list">
                        {reasons.into_iter().map(|reason| view! { <ReasonCard reason /> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    let mut sources: Vec<_> = outlook.reasons.iter().map(|r| r.source.clone()).collect();
    sources.dedup_by(|a, b| a.name == b.name);
    view! {
        <section class={format!("verdict verdict--{}", outlook.status.verdict)} aria-labelledby="verdict-heading">
            <p class="verdict__asof">
                "Status as of "
                <time datetime=outlook.as_of.iso()>{outlook.as_of.long()}</time>
            </p>
            <h2 id="verdict-heading" class="verdict__headline">{outlook.status.headline.clone()}</h2>
            <p>{outlook.status.summary.clone()}</p>
            {(figures.days_since_as_of > 180).then(|| view! {
                <p class="note">
                    {format!(
                        "Our newest source is from {}, so check the news for anything more recent.",
                        outlook.as_of.long()
                    )}
                </p>
            })}
        </section>

        <section aria-labelledby="clock-heading">
            <h2 id="clock-heading">"By your clock"</h2>
            <LiveFiguresPanel figures window_label=outlook.seed_prediction.label.clone() />
            <p class="note">{outlook.seed_prediction.text.clone()}</p>
        </section>

        <section aria-labelledby="reasons-heading">
            <h2 id="reasons-heading">"The reasons"</h2>
            {groups}
        </section>

        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            <Timeline events=sorted_timeline(&outlook) />
        </section>

        <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources"</h2>
            <ul class="sources">
                {sources.into_iter().map(|source| view! { <li><SourceNote source label="Source" /></li> }).collect_view()}
            </ul>
        </section>
    }
}
