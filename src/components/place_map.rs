use crate::data::load::Site;
use crate::data::model::{Lang, RegionMap};
use crate::i18n::t;
use leptos::prelude::*;

/// The region's outline with a dot at each town where something was filmed, numbered to match the
/// list below it. Drawn from `map.json`, which the build makes from Natural Earth and GeoNames:
/// no tiles, no map service, nothing fetched from elsewhere. `places` pairs each visible place's
/// number with its map town (or point).
#[component]
pub fn PlaceMap(
    site: Site,
    map: std::sync::Arc<RegionMap>,
    places: Vec<(usize, String, bool)>,
) -> impl IntoView {
    let t = t();
    let lang = site.lang();
    let [x0, y0, w, h] = map.view_box;
    let view_box = format!("{} {} {} {}", x0 as i32, y0 as i32, w as i32, h as i32);
    let spot = |id: &str| {
        map.towns
            .iter()
            .chain(map.points.iter())
            .find(|t| t.id == id)
    };
    // Which numbers sit at each spot, so a town with three places gets one dot and "1, 4, 9".
    let mut at: Vec<(String, Vec<usize>, bool)> = Vec::new();
    for (n, id, weak) in &places {
        match at.iter_mut().find(|(i, _, _)| i == id) {
            Some((_, list, all_weak)) => {
                list.push(*n);
                *all_weak &= *weak;
            }
            None => at.push((id.clone(), vec![*n], *weak)),
        }
    }
    let marks = at
        .into_iter()
        .filter_map(|(id, numbers, weak)| {
            let s = spot(&id)?;
            let name = match (lang, &s.name_ko) {
                (Lang::Ko, Some(ko)) => ko.clone(),
                _ => s.name_en.clone(),
            };
            let numbers: Vec<String> = numbers.iter().map(ToString::to_string).collect();
            let (x, y) = (s.x as i32, s.y as i32);
            // Labels go to the left of towns on the east coast, to the right elsewhere.
            let left = s.x > w * 0.6;
            let anchor = if left { "end" } else { "start" };
            let tx = if left { x - 14 } else { x + 14 };
            Some(view! {
                <g class=if weak { "placemap__spot placemap__spot--weak" } else { "placemap__spot" }>
                    <circle cx=x cy=y r="9" />
                    <text x=tx y=y text-anchor=anchor dominant-baseline="central">
                        <tspan class="placemap__name">{name}</tspan>
                        <tspan class="placemap__numbers">{format!(" {}", numbers.join(", "))}</tspan>
                    </text>
                </g>
            })
        })
        .collect_view();
    let references = map
        .towns
        .iter()
        .filter(|t| t.kind.as_deref() == Some("reference"))
        .map(|s| {
            let name = match (lang, &s.name_ko) {
                (Lang::Ko, Some(ko)) => ko.clone(),
                _ => s.name_en.clone(),
            };
            view! {
                <g class="placemap__reference">
                    <rect x=s.x as i32 - 5 y=s.y as i32 - 5 width="10" height="10" />
                    <text x=s.x as i32 + 12 y=s.y as i32 + 5>{format!("{name} ({})", t.reference_town)}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="placemap">
            <svg class="placemap__svg" viewBox=view_box role="img" aria-label=t.map_region>
                <rect class="placemap__sea" x=x0 as i32 y=y0 as i32 width=w as i32 height=h as i32 />
                <path class="placemap__land" d=map.land.clone() />
                <path class="placemap__border" d=map.boundaries.clone() />
                {references}
                {marks}
            </svg>
            <figcaption class="placemap__credit">{t.map_credit}</figcaption>
        </figure>
    }
}
