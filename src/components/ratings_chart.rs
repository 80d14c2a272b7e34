use crate::data::model::Episode;
use crate::logic::chart::{layout, LEFT, ROW, TOP, WIDTH};
use crate::logic::ratings::{format_rating, Mark};
use leptos::prelude::*;

/// The chart's accessible name, from the data: what a sighted reader takes in at a glance.
pub fn chart_label(episodes: &[Episode]) -> String {
    let mut label = format!(
        "Nielsen ratings of all {} episodes, in percent.",
        episodes.len()
    );
    if let Some(x) = crate::logic::ratings::extremes(episodes) {
        label.push_str(&format!(
            " Highest: episode {} at {}. Lowest: episode {} at {}.",
            x.highest.0,
            format_rating(Some(x.highest.1)),
            x.lowest.0,
            format_rating(Some(x.lowest.1))
        ));
    }
    let missing: Vec<String> = episodes
        .iter()
        .filter(|e| e.rating.is_none())
        .map(|e| e.number.to_string())
        .collect();
    if !missing.is_empty() {
        label.push_str(&format!(" No figure for episode {}.", missing.join(", ")));
    }
    label
}

/// The 16 Nielsen ratings as a bar chart drawn in SVG, with the same figures as a table for
/// screen readers and anyone who prefers numbers. Episode 10 has no figure and shows a gap.
#[component]
pub fn RatingsChart(episodes: Vec<Episode>) -> impl IntoView {
    let chart = layout(&episodes);
    let view_box = format!("0 0 {WIDTH} {}", chart.height);
    let label = chart_label(&episodes);
    let spike_y = chart
        .bars
        .iter()
        .find(|b| b.finale)
        .map(|b| b.y)
        .unwrap_or(TOP);
    let ticks = chart.ticks.clone();
    let grid_bottom = chart.height - 8.0;
    let rows = episodes.clone();
    view! {
        <figure class="chart">
            <figcaption class="chart__caption">"Nielsen ratings by episode (nationwide, %)"</figcaption>
            <svg class="chart__svg" viewBox=view_box role="img" aria-label=label>
                {ticks
                    .into_iter()
                    .map(|(x, text)| {
                        view! {
                            <line class="chart__grid" x1=x x2=x y1=TOP - 6.0 y2=grid_bottom />
                            <text class="chart__tick" x=x y=TOP - 10.0 text-anchor="middle">{text}</text>
                        }
                    })
                    .collect_view()}
                <rect
                    class="chart__spike"
                    x="0"
                    y=spike_y - 2.0
                    width=WIDTH
                    height=ROW * 2.0 + 2.0
                    rx="4"
                />
                {chart
                    .bars
                    .into_iter()
                    .map(|bar| {
                        let class = match bar.mark {
                            Some(Mark::Highest) => "chart__bar chart__bar--highest",
                            Some(Mark::Lowest) => "chart__bar chart__bar--lowest",
                            None => "chart__bar",
                        };
                        let value_x = LEFT + bar.length.unwrap_or(0.0) + 4.0;
                        let mid = bar.y + ROW / 2.0;
                        let value = match (bar.rating, bar.mark) {
                            (None, _) => "n/a (no figure)".to_string(),
                            (r, Some(m)) => format!("{} {}", format_rating(r), m.label().to_lowercase()),
                            (r, None) => format_rating(r),
                        };
                        view! {
                            <text class="chart__label" x=LEFT - 6.0 y=mid text-anchor="end" dominant-baseline="central">
                                {bar.episode}
                            </text>
                            {bar
                                .length
                                .map(|l| {
                                    view! { <rect class=class x=LEFT y=bar.y + 3.0 width=l height=ROW - 6.0 rx="2" /> }
                                })}
                            <text
                                class=if bar.rating.is_none() { "chart__value chart__value--missing" } else { "chart__value" }
                                x=value_x
                                y=mid
                                dominant-baseline="central"
                            >
                                {value}
                            </text>
                        }
                    })
                    .collect_view()}
                <text class="chart__note" x=WIDTH - 4.0 y=spike_y - 6.0 text-anchor="end">"the finale spike"</text>
            </svg>
            <details class="chart__table">
                <summary>"Show the ratings as a table"</summary>
                <table>
                    <thead>
                        <tr><th scope="col">"Episode"</th><th scope="col">"Rating"</th></tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|e| view! { <tr><th scope="row">{e.number}</th><td>{format_rating(e.rating)}</td></tr> })
                            .collect_view()}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
