use crate::components::page_head::PageHead;
use crate::components::relation_map::RelationMap;
use crate::components::source_line::SourceLine;
use crate::context::t;
use crate::i18n::meta;
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn RelationshipsPage(who: Option<String>) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let official = site
        .guide
        .relations
        .iter()
        .find_map(|r| r.official_label.clone());
    view! {
        <PageHead meta=meta::for_section(&Route::Relationships, site.lang()) />
        <article class="page relationships">
            <h1>{t.map_heading}</h1>
            <p class="lead">{t.map_intro}</p>
            {official.map(|label| view! {
                <p>{(t.official_label)(&label)}</p>
                <SourceLine cites=site.guide.relations_note_cite.clone() />
            })}
            <RelationMap who />
        </article>
    }
}
