use crate::components::source_note::SourceNote;
use crate::components::unverified::Unverified;
use crate::data::model::Show;
use leptos::prelude::*;

/// The services that carry the show, each with its region, an "unconfirmed" mark where our sources
/// disagree, and the date our information dates from.
#[component]
pub fn WhereToWatch(show: Show) -> impl IntoView {
    view! {
        <p class="note">{format!("As of {}. {}", show.as_of.long(), show.as_of_note)}</p>
        <ul class="watch">
            {show
                .where_to_watch
                .iter()
                .map(|w| {
                    view! {
                        <li class="watch__item card">
                            <h3 class="watch__service">
                                {w.service.clone()}
                                {(!w.verified).then(|| view! { " " <Unverified label="not confirmed" /> })}
                            </h3>
                            <p class="watch__region">{w.region.clone()}</p>
                            <p>{w.note.clone()}</p>
                            <SourceNote source=w.source.clone() />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
