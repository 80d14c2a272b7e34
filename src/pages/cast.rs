use crate::components::page_head::PageHead;
use crate::components::people::CastCard;
use crate::components::source_line::SourceLine;
use crate::context::t;
use crate::data::model::Billing;
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn CastPage() -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let group = |billing: Billing| {
        site.guide
            .cast
            .iter()
            .filter(|m| m.billing == billing)
            .map(|m| view! { <li><CastCard member=m.clone() /></li> })
            .collect_view()
    };
    let cites: Vec<String> = site
        .guide
        .cast
        .iter()
        .flat_map(|m| m.cite.iter().cloned())
        .collect();
    view! {
        <PageHead meta=meta::for_section(&Route::Cast, site.lang()) />
        <article class="page">
            <h1>{t.cast_heading}</h1>
            <section aria-labelledby="main-cast">
                <h2 id="main-cast">{t.leads}</h2>
                <ul class="cast-grid">{group(Billing::Main)}</ul>
            </section>
            <section aria-labelledby="supporting-cast">
                <h2 id="supporting-cast">{t.supporting}</h2>
                <ul class="cast-grid cast-grid--supporting">{group(Billing::Supporting)}</ul>
            </section>
            <p class="note">{site.t(Prose::Fixed(Fixed::CastNote)).to_string()}</p>
            <SourceLine cites />
        </article>
    }
}
