use crate::context::t;
use crate::data::model::CitationKind;
use crate::logic::cite::{resolve, short};
use leptos::prelude::*;

/// "Source: Korea JoongAng Daily, 18 Feb 2026", each source a link to where it can be read, fan
/// sources marked as such. Links only for plain web addresses: data is untrusted.
#[component]
pub fn SourceLine(
    cites: Vec<String>,
    #[prop(optional)] label: Option<&'static str>,
) -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let found = resolve(&site, &cites);
    let label = label.unwrap_or(if found.len() > 1 { t.sources } else { t.source });
    let items = found
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let text = short(c, lang);
            let fan = (c.kind == CitationKind::Fan).then(|| view! { " " <span class="source__fan">{t.fan_source}</span> });
            let link = match c.safe_url() {
                Some(url) => view! { <a href=url.to_string() rel="noopener noreferrer" class="source__link">{text}</a> }.into_any(),
                None => view! { <cite>{text}</cite> }.into_any(),
            };
            view! { {(i > 0).then_some("; ")} {link} {fan} }
        })
        .collect_view();
    view! { <p class="source">{label}": " {items}</p> }
}
