use crate::components::people::{person_name, ConnectionList};
use crate::context::t;
use crate::data::model::{Relation, RelationKind};
use crate::data::text::Prose;
use crate::logic::relmap::{around, full, of_person, visible, Layout, NODE_R};
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// The relationship map: a choice of person, the map as SVG, a legend and the same connections
/// as a list. Only connections the reader may see are drawn or listed at all; the page says how
/// many are still locked. `who` is the person chosen first (from `?who=` in the address).
#[component]
pub fn RelationMap(who: Option<String>) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let tracker = use_tracker();
    let known = |id: &str| site.guide.person(id).is_some();
    let start = who.filter(|w| known(w));
    let (chosen, set_chosen) = signal(start);
    let options = site
        .guide
        .people
        .iter()
        .map(|p| {
            let (name, _) = person_name(&site, &p.id);
            let id = p.id.clone();
            let selected = move || chosen.with(|c| c.as_deref() == Some(id.as_str()));
            view! { <option value=p.id.clone() selected=selected>{name}</option> }
        })
        .collect_view();
    let drawing = {
        let site = site.clone();
        move || {
            let progress = tracker.get();
            let (shown, locked) = visible(&site.guide.relations, &progress);
            let who = chosen.get();
            let shown: Vec<&Relation> = match &who {
                Some(id) => of_person(&shown, id),
                None => shown,
            };
            let labels: Vec<String> = shown
                .iter()
                .map(|r| site.t(Prose::RelationLabel(&r.id)).to_string())
                .collect();
            let names = |id: &str| person_name(&site, id).0;
            let layout = match &who {
                Some(id) => around(id, &names, &shown, &labels),
                None => full(
                    &site.guide.people,
                    &site.guide.relations,
                    &names,
                    &shown,
                    &labels,
                ),
            };
            let title = match &who {
                Some(id) => (t.map_of)(&names(id)),
                None => t.map_title.to_string(),
            };
            let list: Vec<Relation> = shown.iter().map(|r| (*r).clone()).collect();
            let status = if locked == 0 {
                t.all_unlocked.to_string()
            } else {
                (t.locked)(locked)
            };
            view! {
                <p class="relmap__status" role="status">{status}</p>
                // Scrolls sideways on a phone rather than shrinking the words below reading size; the
                // list below says the same at any width. Focusable, so keyboards can scroll it too.
                <figure class=if who.is_some() { "relmap relmap--one" } else { "relmap relmap--all" } tabindex="0" aria-label=t.map_frame>
                    <MapSvg layout shown=list.clone() labels title=title.clone() />
                </figure>
                <h2 id="connections-heading">{match &who {
                    Some(id) => (t.their_connections)(&names(id)),
                    None => t.list_heading.to_string(),
                }}</h2>
                <ConnectionList relations=list />
            }
        }
    };
    view! {
        <div class="relmap-controls">
            <label for="relmap-who" class="relmap-controls__label">{t.choose_person}</label>
            <select
                id="relmap-who"
                class="relmap-controls__select"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    set_chosen.set((!v.is_empty()).then_some(v));
                }
            >
                <option value="" selected=move || chosen.with(Option::is_none)>{t.everyone}</option>
                {options}
            </select>
        </div>
        <Legend />
        {drawing}
    }
}

#[component]
fn Legend() -> impl IntoView {
    let t = t();
    view! {
        <div class="relmap-legend">
            <p class="relmap-legend__title">{t.legend}</p>
            <ul class="relmap-legend__list">
                {RelationKind::ALL.into_iter().map(|k| view! {
                    <li><span class=format!("relmap-legend__line relmap-legend__line--{}", k.id()) aria-hidden="true"></span>{(t.relation_kind)(k)}</li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// The map itself. Decorative to assistive technology beyond its title: the list below says the
/// same in order.
#[component]
fn MapSvg(
    layout: Layout,
    shown: Vec<Relation>,
    labels: Vec<String>,
    title: String,
) -> impl IntoView {
    let site = crate::context::use_site();
    let view_box = format!("0 0 {} {}", layout.width as i32, layout.height as i32);
    let edges = layout
        .edges
        .iter()
        .map(|e| {
            let kind = shown.get(e.relation).map_or("family", |r| r.kind.id());
            view! { <path class=format!("relmap__edge relmap__edge--{kind}") d=e.path.clone() /> }
        })
        .collect_view();
    let tags = layout
        .edges
        .iter()
        .map(|e| {
            let kind = shown.get(e.relation).map_or("family", |r| r.kind.id());
            let b = e.label;
            view! {
                <g class=format!("relmap__tag relmap__tag--{kind}")>
                    <rect x=(b.x - b.hw) as i32 y=(b.y - b.hh) as i32 width=(2.0 * b.hw) as i32 height=(2.0 * b.hh) as i32 rx="4" />
                    <text x=b.x as i32 y=b.y as i32 text-anchor="middle" dominant-baseline="central">
                        {labels.get(e.relation).cloned().unwrap_or_default()}
                    </text>
                </g>
            }
        })
        .collect_view();
    let nodes = layout
        .nodes
        .iter()
        .map(|n| {
            let person = site.guide.person(&n.id);
            let group = person.map_or("", |p| p.group.id());
            let member = person
                .and_then(|p| p.cast.as_deref())
                .and_then(|slug| site.guide.member(slug));
            // Someone without a cast card gets an open ring rather than an invented monogram.
            let open = if member.is_none() { " relmap__node--open" } else { "" };
            let glyph = member
                .map(crate::components::portrait::monogram)
                .unwrap_or_default();
            let name = person_name(&site, &n.id).0;
            view! {
                <g class=format!("relmap__node relmap__node--{group}{open}")>
                    <circle cx=n.x as i32 cy=n.y as i32 r=NODE_R as i32 />
                    <text class="relmap__glyph" x=n.x as i32 y=n.y as i32 text-anchor="middle" dominant-baseline="central">{glyph}</text>
                    <text class="relmap__name" x=n.name_box.x as i32 y=n.name_box.y as i32 text-anchor="middle" dominant-baseline="central">{name}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="relmap__svg" viewBox=view_box role="img" aria-label=title>
            <g class="relmap__edges">{edges}</g>
            <g class="relmap__tags">{tags}</g>
            <g class="relmap__nodes">{nodes}</g>
        </svg>
    }
}
