use crate::data::model::Source;
use leptos::prelude::*;

/// "Source: …", linked only when the address is a plain https URL.
#[component]
pub fn SourceNote(
    source: Source,
    #[prop(default = "Source")] label: &'static str,
) -> impl IntoView {
    let link = source.safe_url().map(str::to_string);
    let name = source.name.clone();
    view! {
        <p class="source">
            {label}": "
            {match link {
                Some(href) => {
                    view! { <a href=href rel="noopener noreferrer" class="source__link">{name}</a> }
                        .into_any()
                }
                None => view! { <cite>{name}</cite> }.into_any(),
            }}
        </p>
    }
}
