use crate::components::portrait::Portrait;
use crate::components::spoiler::Spoiler;
use crate::data::model::{Billing, CastMember};
use crate::logic::routes::Route;
use crate::paths::href;
use leptos::prelude::*;

/// One character and the actor who plays them. The character's name links to their own page.
#[component]
pub fn CastCard(member: CastMember) -> impl IntoView {
    let link = href(&Route::CastMember(member.slug.clone()));
    let heading_id = format!("cast-{}", member.slug);
    let labelled_by = heading_id.clone();
    let billing = match member.billing {
        Billing::Main => "Lead",
        Billing::Supporting => "Supporting",
    };
    let roles = member.other_roles.clone();
    let spoiler = member.spoiler.clone();
    view! {
        <article class="cast-card" aria-labelledby=labelled_by>
            <Portrait member=member.clone() />
            <div class="cast-card__body">
                <h3 class="cast-card__name" id=heading_id>
                    <a href=link>{member.character.en.clone()}</a>
                    {member.character.ko.clone().map(|ko| view! { <span class="hangul" lang="ko">{ko}</span> })}
                </h3>
                <p class="cast-card__actor">
                    <span class="visually-hidden">"Played by "</span>
                    {member.actor.en.clone()}
                    {member.actor.ko.clone().map(|ko| view! { " " <span class="hangul" lang="ko">{ko}</span> })}
                    <span class="badge">{billing}</span>
                </p>
                <p class="cast-card__about">{member.about.clone()}</p>
                {spoiler.map(|s| view! { <Spoiler from_episode=s.from_episode text=s.text /> })}
                {(!roles.is_empty())
                    .then(|| {
                        view! {
                            <p class="cast-card__roles">
                                <span class="cast-card__roles-label">"Also in: "</span>
                                {roles
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, r)| {
                                        view! {
                                            {(i > 0).then_some(", ")}
                                            <i>{r.title}</i>
                                            {r.year.map(|y| format!(" ({y})"))}
                                        }
                                    })
                                    .collect_view()}
                            </p>
                        }
                    })}
            </div>
        </article>
    }
}
