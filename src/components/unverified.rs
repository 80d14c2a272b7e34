use leptos::prelude::*;

/// A visible marker for a fact our sources do not confirm.
#[component]
pub fn Unverified(#[prop(into)] label: String) -> impl IntoView {
    view! { <span class="badge badge--unverified">{label}</span> }
}
