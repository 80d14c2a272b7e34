use leptos::prelude::*;

/// A visible marker for a fact the sources do not confirm, or confirm only weakly.
#[component]
pub fn Unverified(label: &'static str) -> impl IntoView {
    view! { <span class="badge badge--unverified">{label}</span> }
}
