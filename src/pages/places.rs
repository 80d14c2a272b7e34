use crate::components::page_head::PageHead;
use crate::components::place_map::PlaceMap;
use crate::components::source_line::SourceLine;
use crate::components::spoiler::Gated;
use crate::components::switch::Switch;
use crate::components::unverified::Unverified;
use crate::context::t;
use crate::data::model::PlaceKind;
use crate::data::model::PlaceNote;
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::routes::Route;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// The filming places: a map drawn from real geographic data and the same places as a numbered
/// list. The map comes from its own file; if that fails, the list still stands.
#[component]
pub fn PlacesPage() -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    // The episodes each place is seen in (none where no source ties it to one).
    let episodes_of: Vec<Vec<u32>> = site
        .guide
        .places
        .iter()
        .map(|p| {
            site.guide
                .episodes
                .iter()
                .filter(|e| {
                    !p.throughout && e.places.iter().any(|ep| !ep.in_story && ep.place == p.id)
                })
                .map(|e| e.number)
                .collect()
        })
        .collect();
    let tracker = use_tracker();
    // "As far as I have watched": a place tied to episodes is drawn once one of them is reached.
    let follow = RwSignal::new(true);
    let reached = move |eps: &Vec<u32>| {
        !follow.get() || eps.is_empty() || eps.iter().any(|n| tracker.spoiler_unlocked(*n))
    };
    let ahead = {
        let episodes_of = episodes_of.clone();
        move || episodes_of.iter().filter(|eps| !reached(eps)).count()
    };
    // (number, map spot, weak) of every place that has a spot on the map and is reached.
    let spots = {
        let places = site.guide.places.clone();
        move || -> Vec<(usize, String, bool)> {
            places
                .iter()
                .zip(&episodes_of)
                .enumerate()
                .filter(|(_, (_, eps))| reached(eps))
                .filter_map(|(i, (p, _))| {
                    Some((i + 1, p.town.clone().or_else(|| p.point.clone())?, p.weak))
                })
                .collect()
        }
    };
    let drawn = match site.map.clone() {
        Ok(map) => view! {
            <Switch
                checked=follow.into()
                on_change=move |on| follow.set(on)
                label=t.places_follow
                class="places__follow"
            />
            <p class="note places__ahead" role="status">
                {move || { let n = ahead(); (n > 0).then(|| (t.places_ahead)(n)) }}
            </p>
            {move || view! { <PlaceMap map=map.clone() places=spots() /> }}
        }
        .into_any(),
        // The list below still holds every place; only the drawing is missing.
        Err(e) => view! {
            <div class="load-error" role="alert">
                <p class="load-error__title">{t.load_failed}</p>
                <p>{(t.load_error)(&e)}</p>
            </div>
        }
        .into_any(),
    };
    let items = site
        .guide
        .places
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let scene = site.t(Prose::PlaceScene(&p.id)).to_string();
            let scene = view! { <Gated from_episode=p.scene_from_episode text=scene class="place__scene" /> };
            let address = p.notes.contains(&PlaceNote::Address).then(|| {
                view! { <p class="place__address"><span>{t.address}": "</span><span lang="ko">{site.t(Prose::PlaceNote(&p.id, PlaceNote::Address)).to_string()}</span></p> }
            });
            let unmapped = p.town.is_none() && p.point.is_none();
            view! {
                <li class="card place" id=format!("place-{}", p.id)>
                    <h3 class="place__name">
                        <span class="place__number" aria-hidden="true">{i + 1}</span>
                        {site.t(Prose::PlaceName(&p.id)).to_string()}
                        {(p.kind == PlaceKind::Set).then(|| view! { " " <span class="badge">{t.studio_set}</span> })}
                        {p.weak.then(|| view! { " " <Unverified label=t.weak_source /> })}
                    </h3>
                    <p class="place__where">
                        <span>{t.where_label}": "</span>{site.t(Prose::PlaceWhere(&p.id)).to_string()}
                        {unmapped.then(|| view! { " " <span class="badge">{t.not_on_map}</span> })}
                    </p>
                    {address}
                    {scene}
                    <SourceLine cites=p.cite.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <PageHead meta=meta::for_section(&Route::Places, lang) />
        <article class="page places-page">
            <h1>{t.places_heading}</h1>
            <p class="lead">{site.t(Prose::Fixed(Fixed::PlacesIntro)).to_string()}</p>
            <SourceLine cites=site.guide.places_cite.clone() />
            {drawn}
            <h2 id="places-list">{t.places_list}</h2>
            <ol class="cards places-list" aria-labelledby="places-list">{items}</ol>
        </article>
    }
}
