use crate::core::date::PartialDate;
use leptos::prelude::*;

/// Dated events, oldest first, as an ordered list (the order carries meaning).
#[component]
pub fn Timeline(events: Vec<(PartialDate, String)>) -> impl IntoView {
    view! {
        <ol class="timeline">
            {events
                .into_iter()
                .map(|(date, event)| {
                    view! {
                        <li class="timeline__item">
                            <time class="timeline__date" datetime=date.iso()>{date.long()}</time>
                            <span class="timeline__event">{event}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
