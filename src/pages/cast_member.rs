use crate::components::data_section::{DataSection, Size};
use crate::components::page_head::PageHead;
use crate::components::portrait::Portrait;
use crate::components::share_button::ShareButton;
use crate::components::source_note::SourceNote;
use crate::components::spoiler::Spoiler;
use crate::data::load::load;
use crate::data::model::{Billing, Cast, CastMember};
use crate::logic::meta;
use crate::logic::routes::Route;
use crate::pages::not_found::NotFoundView;
use crate::paths::href;
use leptos::prelude::*;

#[component]
pub fn CastMemberPage(slug: String) -> impl IntoView {
    let cast = LocalResource::new(load::<Cast>);
    view! {
        <DataSection resource=cast size=Size::Page render=move |cast| {
            match cast.find(&slug).cloned() {
                Some(member) => view! { <CastMemberView member /> }.into_any(),
                None => view! {
                    <NotFoundView message="We have no character with that address in our cast list.".to_string() />
                }.into_any(),
            }
        } />
    }
}

#[component]
pub fn CastMemberView(member: CastMember) -> impl IntoView {
    let billing = match member.billing {
        Billing::Main => "One of the four leads",
        Billing::Supporting => "Supporting cast",
    };
    let roles = member.other_roles.clone();
    view! {
        <PageHead meta=meta::for_cast_member(&member) />
        <article class="page profile">
            <p class="breadcrumb"><a href=href(&Route::Cast)>"← All cast"</a></p>
            <header class="profile__header">
                <Portrait member=member.clone() large=true />
                <div>
                    <h1 class="profile__name">
                        {member.character.en.clone()}
                        {member.character.ko.clone().map(|ko| view! { " " <span class="hangul" lang="ko">{ko}</span> })}
                    </h1>
                    <p class="profile__actor">
                        "Played by "
                        <strong>{member.actor.en.clone()}</strong>
                        {member.actor.ko.clone().map(|ko| view! { " " <span class="hangul" lang="ko">{ko}</span> })}
                    </p>
                    <p class="badge">{billing}</p>
                    <ShareButton title=meta::for_cast_member(&member).title />
                </div>
            </header>
            <section aria-labelledby="who-heading">
                <h2 id="who-heading">"Who they are"</h2>
                <p>{member.about.clone()}</p>
                {member.age.map(|age| view! { <p>{format!("Age at the start of the story: {age}.")}</p> })}
                {member.spoiler.clone().map(|s| view! { <Spoiler from_episode=s.from_episode text=s.text /> })}
            </section>
            <section aria-labelledby="roles-heading">
                <h2 id="roles-heading">{format!("{}'s other roles", member.actor.en)}</h2>
                {if roles.is_empty() {
                    view! { <p class="note">"Our sources list no other roles for this actor yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="roles">
                            {roles
                                .into_iter()
                                .map(|r| view! { <li><i>{r.title}</i>{r.year.map(|y| format!(" ({y})"))}</li> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            </section>
            <SourceNote source=member.source.clone() />
        </article>
    }
}
