use crate::components::checked::Checked;
use crate::components::page_head::PageHead;
use crate::components::ratings_chart::RatingsChart;
use crate::components::source_line::SourceLine;
use crate::components::spoiler::Gated;
use crate::components::unverified::Unverified;
use crate::context::t;
use crate::data::model::Stance;
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::format::{days, long_date};
use crate::logic::outlook::{live_figures, reasons_by_stance, sorted_timeline};
use crate::logic::routes::Route;
use leptos::prelude::*;

/// `today` is a day number from the reader's clock; passing it in keeps the view testable.
#[component]
pub fn OutlookPage(today: i64) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let o = &site.guide.outlook;
    let figures = live_figures(o, today, lang);
    let label = site.t(Prose::Fixed(Fixed::PredictionLabel)).to_string();
    let groups = reasons_by_stance(o)
        .into_iter()
        .map(|(stance, reasons)| {
            let id = match stance {
                Stance::Against => "reasons-against",
                Stance::For => "reasons-for",
                Stance::Context => "reasons-context",
            };
            let cards = reasons
                .into_iter()
                .map(|r| {
                    let text = site.t(Prose::ReasonText(&r.id)).to_string();
                    let body = view! { <Gated from_episode=r.spoiler_from_episode text /> };
                    view! {
                        <li class=format!("card reason reason--{}", id.trim_start_matches("reasons-"))>
                            <h4 class="reason__title">
                                {site.t(Prose::ReasonTitle(&r.id)).to_string()}
                                {r.unverified.then(|| view! { " " <Unverified label=t.not_confirmed /> })}
                            </h4>
                            <p class="reason__date"><time datetime=r.date.iso()>{long_date(r.date, lang)}</time></p>
                            {body}
                            <SourceLine cites=r.cite.clone() />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="reasons" aria-labelledby=id>
                    <h3 id=id>{(t.stance)(stance)}</h3>
                    <ul class="cards reasons__list">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    let timeline = sorted_timeline(o)
        .into_iter()
        .map(|e| {
            view! {
                <li class="timeline__item">
                    <time class="timeline__date" datetime=e.date.iso()>{long_date(e.date, lang)}</time>
                    <span class="timeline__event">{site.t(Prose::TimelineEvent(&e.id)).to_string()}</span>
                    <SourceLine cites=e.cite.clone() />
                </li>
            }
        })
        .collect_view();
    let since_window = match figures.since_window_closed.clone() {
        Some(span) => view! { <span class="figures__big">{span}</span> }.into_any(),
        None => view! { <span class="figures__big">{t.not_yet_closed}</span> }.into_any(),
    };
    view! {
        <PageHead meta=meta::for_section(&Route::Outlook, lang) />
        <article class="page outlook">
            <h1>{t.outlook_heading}</h1>
            <section class=format!("verdict verdict--{}", o.verdict.id()) aria-labelledby="verdict-heading">
                <p class="verdict__asof">
                    {t.status_as_of} " " <Checked dates=o.as_of lang today />
                </p>
                <h2 id="verdict-heading" class="verdict__headline">{site.t(Prose::Fixed(Fixed::OutlookHeadline)).to_string()}</h2>
                <p>{(t.after_finale)(&figures.since_finale)} " " {site.t(Prose::Fixed(Fixed::OutlookSummary)).to_string()}</p>
                {(figures.days_since_check > 180).then(|| view! { <p class="note">{(t.newest_source)(&long_date(o.as_of.newest, lang))}</p> })}
                <SourceLine cites=o.status_cite.clone() />
            </section>

            <section aria-labelledby="clock-heading">
                <h2 id="clock-heading">{t.by_your_clock}</h2>
                <dl class="figures">
                    <div class="figures__item">
                        <dt>{t.since_finale}</dt>
                        <dd>
                            <span class="figures__big">{days(figures.days_since_finale, lang)}</span>
                            <span class="figures__small">{format!(" ({})", figures.since_finale)}</span>
                        </dd>
                    </div>
                    <div class="figures__item">
                        <dt>
                            {(t.since_window)(&label)}
                            {(!o.prediction.verified).then(|| view! { " " <Unverified label=t.not_confirmed /> })}
                        </dt>
                        <dd>{since_window}</dd>
                    </div>
                </dl>
                <p class="note">{site.t(Prose::Fixed(Fixed::PredictionText)).to_string()}</p>
                <SourceLine cites=o.prediction.cite.clone() />
            </section>

            <section aria-labelledby="reasons-heading">
                <h2 id="reasons-heading">{t.reasons}</h2>
                {groups}
            </section>

            <section aria-labelledby="spike-heading">
                <h2 id="spike-heading">{t.spike_heading}</h2>
                <p>{t.spike_intro}</p>
                <RatingsChart episodes=site.guide.episodes.clone() />
            </section>

            <section aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">{t.timeline}</h2>
                <ol class="timeline">{timeline}</ol>
            </section>
        </article>
    }
}
