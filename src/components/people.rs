//! People: the cast card, and a person's connections as a list.

use crate::components::portrait::Portrait;
use crate::components::source_line::SourceLine;
use crate::components::spoiler::Spoiler;
use crate::components::unverified::Unverified;
use crate::context::href;
use crate::context::t;
use crate::data::load::Site;
use crate::data::model::{Billing, CastMember, Relation};
use crate::data::text::Prose;
use crate::logic::routes::Route;
use leptos::prelude::*;

/// A person on the map as a reader of this language knows them, and their page if they have one.
pub fn person_name(site: &Site, id: &str) -> (String, Option<Route>) {
    let (name, slug) = site.person_name(id);
    (name, slug.map(|s| Route::CastMember(s.to_string())))
}

/// One character and the actor who plays them. The character's name links to their own page.
#[component]
pub fn CastCard(member: CastMember) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let heading_id = format!("cast-{}", member.slug);
    let billing = match member.billing {
        Billing::Main => t.lead_badge,
        Billing::Supporting => t.supporting_badge,
    };
    let other = |n: &crate::data::model::Name| {
        n.other(lang).map(|o| view! { " " <span class="name-other" lang=lang.other().tag()>{o.to_string()}</span> })
    };
    let roles = member
        .roles
        .iter()
        .enumerate()
        .map(|(i, r)| view! { {(i > 0).then_some(", ")} <i>{r.title.get(lang).to_string()}</i> })
        .collect_view();
    let has_roles = !member.roles.is_empty();
    view! {
        <article class="cast-card" aria-labelledby=heading_id.clone()>
            <Portrait member=member.clone() />
            <div class="cast-card__body">
                <h3 class="cast-card__name" id=heading_id.clone()>
                    <a href=href(&Route::CastMember(member.slug.clone()))>{member.character.get(lang).to_string()}</a>
                    {other(&member.character)}
                </h3>
                <p class="cast-card__actor">
                    <span class="visually-hidden">{t.played_by}" "</span>
                    {member.actor.get(lang).to_string()}
                    {other(&member.actor)}
                    " " <span class="badge">{billing}</span>
                </p>
                <p class="cast-card__about">{site.t(Prose::CastAbout(&member.slug)).to_string()}</p>
                {member.spoiler.as_ref().map(|s| view! {
                    <Spoiler from_episode=s.from_episode text=site.t(Prose::CastSpoiler(&member.slug)).to_string() />
                })}
                {has_roles.then(|| view! {
                    <p class="cast-card__roles"><span class="cast-card__roles-label">{t.also_in}" "</span>{roles}</p>
                })}
            </div>
        </article>
    }
}

/// Connections as a list: both people (linked to their pages), what ties them, since when, and
/// the sources. The accessible counterpart of the map, and a cast member's "Connections".
#[component]
pub fn ConnectionList(relations: Vec<Relation>) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let items = relations
        .into_iter()
        .map(|r| {
            let name = |id: &str| {
                let (name, route) = person_name(&site, id);
                match route {
                    Some(route) => view! { <a href=href(&route)>{name}</a> }.into_any(),
                    None => view! { <span>{name}</span> }.into_any(),
                }
            };
            let when = match r.from_episode {
                Some(n) => (t.from_episode)(n),
                None => t.premise.to_string(),
            };
            view! {
                <li class=format!("connection connection--{}", r.kind.id())>
                    <p class="connection__who">
                        {name(&r.a)} <span aria-hidden="true">" — "</span><span class="visually-hidden">", "</span> {name(&r.b)}
                    </p>
                    <p class="connection__what">
                        <span class=format!("kind kind--{}", r.kind.id())>{(t.relation_kind)(r.kind)}</span>
                        " " <strong>{site.t(Prose::RelationLabel(&r.id)).to_string()}</strong>
                        " " <span class="badge">{when}</span>
                        {r.weak.then(|| view! { " " <Unverified label=t.weak_source /> })}
                    </p>
                    <p class="connection__text">{site.t(Prose::RelationText(&r.id)).to_string()}</p>
                    <SourceLine cites=r.cite.clone() />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="connections">{items}</ul> }
}
