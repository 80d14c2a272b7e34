use crate::context::t;
use crate::data::model::Episode;
use crate::logic::chart::{layout, LEFT, ROW, TOP, WIDTH};
use crate::logic::ratings::{extremes, percent, rating_of, Mark};
use leptos::prelude::*;

/// The chart's accessible name, from the data: what a sighted reader takes in at a glance.
pub fn chart_label(episodes: &[Episode]) -> String {
    let t = t();
    let x = extremes(episodes)
        .map(|x| {
            (t.extremes)(
                x.highest.0,
                &percent(x.highest.1),
                x.lowest.0,
                &percent(x.lowest.1),
            )
        })
        .unwrap_or_default();
    let missing: Vec<String> = episodes
        .iter()
        .filter(|e| rating_of(e).is_none())
        .map(|e| e.number.to_string())
        .collect();
    let missing = if missing.is_empty() {
        String::new()
    } else {
        (t.chart_missing)(&missing.join(", "))
    };
    (t.chart_label)(episodes.len(), &x, &missing)
}

/// The sixteen Nielsen ratings as a bar chart drawn in SVG, with the same figures as a table for
/// screen readers and anyone who prefers numbers. An episode without a figure shows a gap.
#[component]
pub fn RatingsChart(episodes: Vec<Episode>) -> impl IntoView {
    let t = t();
    let chart = layout(&episodes);
    let view_box = format!("0 0 {WIDTH} {}", chart.height);
    let label = chart_label(&episodes);
    let spike_y = chart.bars.iter().find(|b| b.finale).map_or(TOP, |b| b.y);
    let grid_bottom = chart.height - 8;
    let bars = chart
        .bars
        .into_iter()
        .map(|bar| {
            let class = match bar.mark {
                Some(Mark::Highest) => "chart__bar chart__bar--highest",
                Some(Mark::Lowest) => "chart__bar chart__bar--lowest",
                None => "chart__bar",
            };
            let mid = bar.y + ROW / 2;
            let value = match (bar.rating, bar.mark) {
                (None, _) => t.no_figure.to_string(),
                (Some(r), Some(Mark::Highest)) => format!("{} {}", percent(r), t.mark_highest),
                (Some(r), Some(Mark::Lowest)) => format!("{} {}", percent(r), t.mark_lowest),
                (Some(r), None) => percent(r),
            };
            view! {
                <text class="chart__label" x=LEFT - 6 y=mid text-anchor="end" dominant-baseline="central">{bar.episode}</text>
                {bar.length.map(|l| view! { <rect class=class x=LEFT y=bar.y + 3 width=l height=ROW - 6 rx="2" /> })}
                <text
                    class=if bar.rating.is_none() { "chart__value chart__value--missing" } else { "chart__value" }
                    x=LEFT + bar.length.unwrap_or(0) + 4
                    y=mid
                    dominant-baseline="central"
                >{value}</text>
            }
        })
        .collect_view();
    let rows = episodes
        .iter()
        .map(|e| {
            let value = rating_of(e).map_or_else(|| t.no_figure.to_string(), percent);
            view! { <tr><th scope="row">{e.number}</th><td>{value}</td></tr> }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption class="chart__caption">{t.chart_caption}</figcaption>
            <svg class="chart__svg" viewBox=view_box role="img" aria-label=label>
                {chart.ticks.into_iter().map(|(x, v)| view! {
                    <line class="chart__grid" x1=x x2=x y1=TOP - 6 y2=grid_bottom />
                    <text class="chart__tick" x=x y=TOP - 10 text-anchor="middle">{format!("{v}%")}</text>
                }).collect_view()}
                <rect class="chart__spike" x="0" y=spike_y - 2 width=WIDTH height=ROW * 2 + 2 rx="4" />
                {bars}
                <text class="chart__note" x=WIDTH - 4 y=spike_y - 6 text-anchor="end">{t.chart_finale}</text>
            </svg>
            <details class="chart__table">
                <summary>{t.chart_table}</summary>
                <table>
                    <thead>
                        <tr><th scope="col">{t.chart_episode}</th><th scope="col">{t.chart_rating}</th></tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
