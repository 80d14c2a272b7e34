use crate::components::cast_card::CastCard;
use crate::components::data_section::{DataSection, Size};
use crate::components::page_head::PageHead;
use crate::components::source_note::SourceNote;
use crate::data::load::load;
use crate::data::model::{Billing, Cast};
use crate::logic::meta;
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn CastPage() -> impl IntoView {
    let cast = LocalResource::new(load::<Cast>);
    view! {
        <PageHead meta=meta::for_section(&Route::Cast) />
        <article class="page">
            <h1>"Cast"</h1>
            <DataSection resource=cast size=Size::Page render=|cast| view! { <CastView cast /> } />
        </article>
    }
}

#[component]
pub fn CastView(cast: Cast) -> impl IntoView {
    let group = |billing: Billing| {
        cast.members
            .iter()
            .filter(|m| m.billing == billing)
            .cloned()
            .map(|member| view! { <li><CastCard member /></li> })
            .collect_view()
    };
    let main = group(Billing::Main);
    let supporting = group(Billing::Supporting);
    let source = cast.members.first().map(|m| m.source.clone());
    view! {
        <section aria-labelledby="main-cast">
            <h2 id="main-cast">"The leads"</h2>
            <ul class="cast-grid">{main}</ul>
        </section>
        <section aria-labelledby="supporting-cast">
            <h2 id="supporting-cast">"Supporting cast"</h2>
            <ul class="cast-grid cast-grid--supporting">{supporting}</ul>
        </section>
        <p class="note">{cast.note.clone()}</p>
        {source.map(|source| view! { <SourceNote source /> })}
    }
}
