use crate::context::t;
use crate::data::model::RegionMap;
use crate::logic::placemap::{draw, DOT_R};
use leptos::prelude::*;

/// The region's outline with a dot at each town where something was filmed, numbered to match the
/// list below it. Drawn from `map.json`, which the build makes from Natural Earth and GeoNames:
/// no tiles, no map service, nothing fetched from elsewhere. `places` pairs each place's number
/// with its map town (or point); [`draw`] decides where everything goes.
#[component]
pub fn PlaceMap(
    map: std::sync::Arc<RegionMap>,
    places: Vec<(usize, String, bool)>,
) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let [x0, y0, w, h] = map.view_box;
    let view_box = format!("{} {} {} {}", x0 as i32, y0 as i32, w as i32, h as i32);
    let drawing = draw(&map, site.lang(), &places, t.reference_town);
    let marks = drawing
        .marks
        .into_iter()
        .map(|m| {
            let l = m.label;
            view! {
                <g class=if m.weak { "placemap__spot placemap__spot--weak" } else { "placemap__spot" }>
                    <circle cx=m.x as i32 cy=m.y as i32 r=DOT_R as i32 />
                    <text x=l.x as i32 y=l.y as i32 text-anchor=l.anchor dominant-baseline="central">
                        <tspan class="placemap__name">{m.name}</tspan>
                        <tspan class="placemap__numbers">{format!(" {}", m.numbers)}</tspan>
                    </text>
                </g>
            }
        })
        .collect_view();
    let references = drawing
        .references
        .into_iter()
        .map(|r| {
            view! {
                <g class="placemap__reference">
                    <rect x=r.x as i32 - 5 y=r.y as i32 - 5 width="10" height="10" />
                    <text x=r.x as i32 + 12 y=r.y as i32 + 5>{r.name}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="placemap">
            // As with the relationship map: sideways scrolling on a phone keeps the town names at a
            // readable size, and the numbered list below says the same at any width.
            <div class="placemap__frame" tabindex="0" role="group" aria-label=t.map_frame>
                <svg class="placemap__svg" viewBox=view_box role="img" aria-label=t.map_region>
                    <rect class="placemap__sea" x=x0 as i32 y=y0 as i32 width=w as i32 height=h as i32 />
                    <path class="placemap__land" d=map.land.clone() />
                    <path class="placemap__border" d=map.boundaries.clone() />
                    {references}
                    {marks}
                </svg>
            </div>
            <figcaption class="placemap__credit">{t.map_credit}</figcaption>
        </figure>
    }
}
