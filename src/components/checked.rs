use crate::core::date::PartialDate;
use crate::core::lang::Lang;
use crate::logic::format::{checked, stale_note};
use leptos::prelude::*;

/// When a claim that can change was last checked: "checked March 2026", and once that is over a
/// year before the reader's today, "checked March 2026, over a year ago", marked as stale.
#[component]
pub fn Checked(as_of: PartialDate, lang: Lang, today: i64) -> impl IntoView {
    match stale_note(as_of, today, lang) {
        Some(note) => view! { <span class="checked checked--stale">{note}</span> }.into_any(),
        None => view! { <span class="checked">{checked(as_of, lang)}</span> }.into_any(),
    }
}
