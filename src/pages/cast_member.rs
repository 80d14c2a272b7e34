use crate::components::checked::Checked;
use crate::components::page_head::PageHead;
use crate::components::people::ConnectionList;
use crate::components::portrait::Portrait;
use crate::components::share_button::ShareButton;
use crate::components::source_line::SourceLine;
use crate::components::spoiler::Spoiler;
use crate::context::href;
use crate::context::t;
use crate::data::model::{Billing, CastMember, Relation};
use crate::data::text::Prose;
use crate::i18n::meta;
use crate::logic::relmap::{of_person, visible};
use crate::logic::routes::Route;
use crate::pages::not_found::NotFoundPage;
use crate::tracker::use_tracker;
use leptos::prelude::*;

#[component]
pub fn CastMemberPage(slug: String) -> impl IntoView {
    let site = crate::context::use_site();
    match site.guide.member(&slug).cloned() {
        Some(member) => view! { <MemberView member /> }.into_any(),
        None => view! { <NotFoundPage message=t().no_such_member.to_string() /> }.into_any(),
    }
}

#[component]
fn MemberView(member: CastMember) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let tracker = use_tracker();
    let meta = meta::for_cast_member(&member, &site);
    let billing = match member.billing {
        Billing::Main => t.one_of_the_leads,
        Billing::Supporting => t.supporting,
    };
    let other = |n: &crate::data::model::Name| {
        n.other(lang).map(|o| view! { " " <span class="name-other" lang=lang.other().tag()>{o.to_string()}</span> })
    };
    let roles: Vec<_> = member
        .roles
        .iter()
        .map(|r| {
            view! {
                <li>
                    <i>{r.title.get(lang).to_string()}</i>
                    {other(&r.title)}
                    {r.year.map(|y| format!(" ({y})"))}
                    <SourceLine cites=r.cite.clone() />
                </li>
            }
        })
        .collect();
    let person = site
        .guide
        .people
        .iter()
        .find(|p| p.cast.as_deref() == Some(member.slug.as_str()))
        .map(|p| p.id.clone());
    let connections = {
        let site = site.clone();
        let person = person.clone();
        move || {
            let person = person.clone()?;
            let progress = tracker.get();
            let (shown, _) = visible(&site.guide.relations, &progress);
            let mine: Vec<Relation> = of_person(&shown, &person).into_iter().cloned().collect();
            Some(if mine.is_empty() {
                view! { <p class="note">{t.no_connections_yet}</p> }.into_any()
            } else {
                view! { <ConnectionList relations=mine /> }.into_any()
            })
        }
    };
    // The parts of the page on how the series portrays mental health that concern this character.
    let topics = site
        .guide
        .care
        .portrayal
        .iter()
        .filter(|topic| topic.characters.contains(&member.slug))
        .map(|topic| {
            let title = site.t(Prose::TopicTitle(&topic.id));
            let to = format!("{}#{}", href(&Route::Portrayal), topic.id);
            view! { <p class="profile__topic"><a href=to>{(t.topic_link)(title)}</a></p> }
        })
        .collect_view();
    view! {
        <PageHead meta=meta.clone() />
        <article class="page profile">
            <p class="breadcrumb"><a href=href(&Route::Cast)>{t.all_cast}</a></p>
            <header class="profile__header">
                <Portrait member=member.clone() large=true />
                <div>
                    <h1 class="profile__name">{member.character.get(lang).to_string()} {other(&member.character)}</h1>
                    <p class="profile__actor">
                        {t.played_by} " " <strong>{member.actor.get(lang).to_string()}</strong> {other(&member.actor)}
                    </p>
                    <p class="badge">{billing}</p>
                    <ShareButton title=meta.title />
                </div>
            </header>
            <section aria-labelledby="who-heading">
                <h2 id="who-heading">{t.who_they_are}</h2>
                <p>{site.t(Prose::CastAbout(&member.slug)).to_string()}</p>
                {member.age.map(|age| view! { <p>{(t.age)(age)}</p> })}
                {member.spoiler.as_ref().map(|s| view! {
                    <Spoiler from_episode=s.from_episode text=site.t(Prose::CastSpoiler(&member.slug)).to_string() />
                    <SourceLine cites=s.cite.clone() />
                })}
                <SourceLine cites=member.cite.clone() />
                {topics}
            </section>
            {person.map(|id| view! {
                <section aria-labelledby="connections-heading">
                    <h2 id="connections-heading">{t.connections}</h2>
                    {connections}
                    <p><a href=format!("{}?who={id}", href(&Route::Relationships))>{t.see_map}</a></p>
                </section>
            })}
            <section aria-labelledby="roles-heading">
                <h2 id="roles-heading">{(t.other_roles)(member.actor.get(lang))}</h2>
                {if roles.is_empty() {
                    view! { <p class="note">{t.no_other_roles}</p> }.into_any()
                } else {
                    view! {
                        <ul class="roles">{roles}</ul>
                        {member.roles_as_of.map(|d| view! {
                            <p class="note">{t.roles_checked} " " <Checked dates=d lang today=crate::dom::today() /></p>
                        })}
                    }.into_any()
                }}
            </section>
        </article>
    }
}
