use crate::components::page_head::PageHead;
use crate::components::source_line::SourceLine;
use crate::components::spoiler::Spoiler;
use crate::context::{t, use_links, use_site};
use crate::data::model::ViewStance;
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::format::long_date;
use crate::logic::routes::Route;
use leptos::prelude::*;

/// How the series portrays mental health: for each condition or role, the characters it concerns
/// and cited views for and against, each attributed and dated. The guide takes no side and gives
/// no medical advice; a view that reveals the plot is a spoiler of its episode.
#[component]
pub fn PortrayalPage() -> impl IntoView {
    let site = use_site();
    let t = t();
    let lang = site.lang();
    let links = use_links();
    let topics = site
        .guide
        .care
        .portrayal
        .iter()
        .map(|topic| {
            let characters = topic
                .characters
                .iter()
                .filter_map(|slug| site.guide.member(slug))
                .map(|m| {
                    view! { <li><a href=links.href(&Route::CastMember(m.slug.clone()))>{m.character.get(lang).to_string()}</a></li> }
                })
                .collect_view();
            let views = topic
                .views
                .iter()
                .map(|v| {
                    let text = site.t(Prose::ViewText(&v.id)).to_string();
                    let body = match v.spoiler_from_episode {
                        Some(ep) => view! { <Spoiler from_episode=ep text /> }.into_any(),
                        None => view! { <p>{text}</p> }.into_any(),
                    };
                    let stance = match v.stance {
                        ViewStance::Praise => "badge badge--praise",
                        ViewStance::Criticism => "badge badge--criticism",
                        ViewStance::Mixed | ViewStance::Context => "badge",
                    };
                    view! {
                        <li class="card view">
                            <p class="view__who">
                                <span class=stance>{(t.view_stance)(v.stance)}</span> " "
                                {site.t(Prose::ViewWho(&v.id)).to_string()}
                                {v.date.map(|d| view! { ", " <time datetime=d.iso()>{long_date(d, lang)}</time> })}
                            </p>
                            {body}
                            <SourceLine cites=v.cite.clone() />
                        </li>
                    }
                })
                .collect_view();
            let heading = format!("topic-{}", topic.id);
            let labelled_by = heading.clone();
            view! {
                <section class="topic" id=topic.id.clone() aria-labelledby=labelled_by>
                    <h2 id=heading>{site.t(Prose::TopicTitle(&topic.id)).to_string()}</h2>
                    <p>{site.t(Prose::TopicIntro(&topic.id)).to_string()}</p>
                    {(!topic.characters.is_empty()).then(|| view! { <ul class="topic__characters">{characters}</ul> })}
                    <ul class="cards views">{views}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <PageHead meta=meta::for_section(&Route::Portrayal, lang) />
        <article class="page portrayal">
            <h1>{(t.page_title)(&Route::Portrayal)}</h1>
            <p class="lead">{site.t(Prose::Fixed(Fixed::PortrayalIntro)).to_string()}</p>
            {topics}
            <p class="note"><a href=links.href(&Route::Help)>{t.get_help}</a></p>
        </article>
    }
}
