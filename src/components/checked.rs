use crate::core::lang::Lang;
use crate::data::model::Dates;
use crate::logic::format::dates_note;
use leptos::prelude::*;

/// The two dates of a claim that can change: "newest source July 2020, checked December 2026",
/// and once the check is over a year before the reader's today, how long ago, marked as stale.
#[component]
pub fn Checked(dates: Dates, lang: Lang, today: i64) -> impl IntoView {
    let (text, stale) = dates_note(dates, today, lang);
    view! { <span class=if stale { "checked checked--stale" } else { "checked" }>{text}</span> }
}
