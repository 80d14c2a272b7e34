use crate::components::checked::Checked;
use crate::components::page_head::PageHead;
use crate::components::source_line::SourceLine;
use crate::context::{t, use_site};
use crate::data::model::HelpLine;
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::format::long_date;
use crate::logic::routes::Route;
use leptos::prelude::*;

/// Help for a viewer the series has shaken: emergency numbers first, then Korea's help lines,
/// each a number a phone can dial, with its source and when it was last checked, then a directory
/// for every other country. Nothing on the page is fetched or tracked; it works offline like the
/// rest of the guide.
#[component]
pub fn HelpPage() -> impl IntoView {
    let site = use_site();
    let t = t();
    let lang = site.lang();
    let today = crate::dom::today();
    let help = &site.guide.care.help;
    let line = |h: &HelpLine| {
        let since = h
            .since
            .map(|d| view! { " · " <span>{(t.since)(&long_date(d, lang))}</span> });
        view! {
            <li class="card help-line" id=format!("help-{}", h.id)>
                <h3 class="help-line__name">{site.t(Prose::HelpName(&h.id)).to_string()}</h3>
                <p class="help-line__number">
                    <a class="help-line__call" href=format!("tel:{}", h.tel()) aria-label=(t.call)(&h.number)>{h.number.clone()}</a>
                </p>
                <p class="help-line__hours">{site.t(Prose::HelpHours(&h.id)).to_string()}{since}</p>
                <p>{site.t(Prose::HelpAbout(&h.id)).to_string()}</p>
                <p class="note"><Checked dates=h.as_of lang today /></p>
                <SourceLine cites=h.cite.clone() />
            </li>
        }
    };
    let emergency = help
        .lines
        .iter()
        .filter(|h| h.emergency)
        .map(line)
        .collect_view();
    let lines = help
        .lines
        .iter()
        .filter(|h| !h.emergency)
        .map(line)
        .collect_view();
    view! {
        <PageHead meta=meta::for_section(&Route::Help, lang) />
        <article class="page help">
            <h1>{(t.page_title)(&Route::Help)}</h1>
            <p class="lead">{site.t(Prose::Fixed(Fixed::HelpIntro)).to_string()}</p>
            <section aria-labelledby="emergency-heading">
                <h2 id="emergency-heading">{t.in_emergency}</h2>
                <p class="help__emergency">{site.t(Prose::Fixed(Fixed::HelpEmergency)).to_string()}</p>
                <ul class="cards help-lines">{emergency}</ul>
            </section>
            <section aria-labelledby="lines-heading">
                <h2 id="lines-heading">{t.lines_in_korea}</h2>
                <ul class="cards help-lines">{lines}</ul>
            </section>
            <section aria-labelledby="elsewhere-heading">
                <h2 id="elsewhere-heading">{t.other_countries}</h2>
                <p>
                    {site.t(Prose::Fixed(Fixed::HelpDirectory)).to_string()} " "
                    <a href=help.directory_url.clone() rel="noopener noreferrer">{help.directory_url.clone()}</a>
                </p>
                <SourceLine cites=help.directory_cite.clone() />
            </section>
            <p class="note">{site.t(Prose::Fixed(Fixed::HelpNotAdvice)).to_string()}</p>
            <SourceLine cites=help.page_cite.clone() />
        </article>
    }
}
