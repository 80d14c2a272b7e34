use crate::components::source_note::SourceNote;
use crate::components::spoiler::Spoiler;
use crate::data::model::{Reason, Stance};
use leptos::prelude::*;

/// One argument about a season 2, with its date and source. A reason that gives away the ending
/// is kept behind a spoiler button.
#[component]
pub fn ReasonCard(reason: Reason) -> impl IntoView {
    let stance = match reason.stance {
        Stance::Against => "against",
        Stance::For => "for",
        Stance::Context => "context",
    };
    let body = match reason.spoiler_from_episode {
        Some(ep) => view! { <Spoiler from_episode=ep text=reason.text.clone() /> }.into_any(),
        None => view! { <p>{reason.text.clone()}</p> }.into_any(),
    };
    view! {
        <li class=format!("reason reason--{stance}")>
            <h4 class="reason__title">{reason.title.clone()}</h4>
            <p class="reason__date">
                <time datetime=reason.date.iso()>{reason.date.long()}</time>
            </p>
            {body}
            <SourceNote source=reason.source.clone() />
        </li>
    }
}
