//! What a viewer may want to know before pressing play: an episode's content notes, and where the
//! episode list shows at a glance which episodes carry them.

use crate::components::source_line::SourceLine;
use crate::components::spoiler::Spoiler;
use crate::components::unverified::Unverified;
use crate::context::{t, use_links, use_site};
use crate::data::model::{ContentNote, Theme};
use crate::data::text::{Fixed, Prose};
use crate::logic::format::long_date;
use crate::logic::routes::Route;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// An episode's content notes behind one labelled control that shows or hides them. Each note
/// names themes only; what reveals the episode's plot is a spoiler of that episode, gated like
/// every other. Notes about suicide, self-harm or abuse link to the help page. Open or closed at
/// first as the reader's setting says.
#[component]
pub fn ContentNotes(episode: u32) -> impl IntoView {
    let site = use_site();
    let t = t();
    let lang = site.lang();
    let links = use_links();
    let notes: Vec<ContentNote> = site.guide.notes_of(episode).cloned().collect();
    let regulator = Some(&site.guide.care.regulator).filter(|r| r.episode == episode);
    if notes.is_empty() && regulator.is_none() {
        return ().into_any();
    }
    // Open or folded at first as the reader's setting says; the control changes only this page.
    let open = RwSignal::new(use_tracker().notes_open());
    let items = notes
        .iter()
        .map(|n| {
            let context = n
                .context
                .then(|| site.t(Prose::NoteContext(&n.id)).to_string());
            view! {
                <li class="content-note">
                    <Themes themes=n.themes.clone() />
                    <p>{site.t(Prose::NoteSafe(&n.id)).to_string()}</p>
                    {context.map(|text| view! { <Spoiler from_episode=episode text /> })}
                    {n.help.then(|| view! {
                        <p class="content-note__help"><a href=links.href(&Route::Help)>{t.get_help}</a></p>
                    })}
                    <SourceLine cites=n.cite.clone() />
                </li>
            }
        })
        .collect_view();
    let regulator = regulator.map(|r| {
        view! {
            <p class="content-notes__regulator">
                <strong>{t.regulator_label}</strong> " "
                <time datetime=r.date.iso()>{long_date(r.date, lang)}</time> ": "
                {site.t(Prose::Fixed(Fixed::Regulator)).to_string()}
                {(!r.confirmed).then(|| view! { " " <Unverified label=t.regulator_unconfirmed /> })}
            </p>
            <SourceLine cites=r.cite.clone() />
        }
    });
    let count = notes.len();
    view! {
        <section class="card content-notes" id="content-notes" aria-labelledby="content-notes-heading">
            <h2 class="content-notes__heading" id="content-notes-heading">
                // The visible words are the whole name; the state is said by aria-expanded, so
                // the name stays the same whichever way it is set.
                <button
                    type="button"
                    class="content-notes__toggle"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls="content-notes-body"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {t.content_notes}
                    {(count > 0).then(|| view! { " " <span class="content-notes__count">{format!("({count})")}</span> })}
                </button>
            </h2>
            <div class="content-notes__body" id="content-notes-body" hidden=move || !open.get()>
                <ul class="content-notes__list">{items}</ul>
                {regulator}
            </div>
        </section>
    }
    .into_any()
}

/// The themes of a note, as a list of short tags.
#[component]
pub fn Themes(themes: Vec<Theme>) -> impl IntoView {
    let t = t();
    let tags = themes
        .into_iter()
        .map(|theme| view! { <li class="theme">{(t.theme)(theme)}</li> })
        .collect_view();
    view! {
        <div class="themes">
            <span class="themes__label">{t.themes_label}</span> " "
            <ul class="themes__list">{tags}</ul>
        </div>
    }
}

/// One line for the episode list: the themes an episode's notes name, so a viewer can plan.
#[component]
pub fn NotesAtAGlance(episode: u32) -> impl IntoView {
    let site = use_site();
    let t = t();
    let mut themes: Vec<Theme> = Vec::new();
    for n in site.guide.notes_of(episode) {
        for theme in &n.themes {
            if !themes.contains(theme) {
                themes.push(*theme);
            }
        }
    }
    (!themes.is_empty()).then(|| {
        let words: Vec<&str> = themes.iter().map(|th| (t.theme)(*th)).collect();
        view! {
            <p class="episode-row__notes">
                <span class="episode-row__notes-label">{t.content_notes}": "</span>
                {words.join(", ")}
            </p>
        }
    })
}
