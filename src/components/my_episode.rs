use crate::context::t;
use crate::logic::progress::NOTE_MAX_CHARS;
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// The reader's own 1–5 rating of an episode: a group of radio buttons (one per star, and "no
/// rating"), so it works by keyboard and reads as one choice to a screen reader.
#[component]
pub fn MyRating(number: u32) -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    let name = format!("my-rating-{number}");
    let choice = move |stars: Option<u8>| {
        let id = format!("{name}-{}", stars.unwrap_or(0));
        let label = match stars {
            Some(s) => (t.stars)(s),
            None => t.clear_rating.to_string(),
        };
        let class = if stars.is_some() {
            "stars__star"
        } else {
            "stars__none"
        };
        view! {
            <input
                type="radio"
                class="stars__input"
                name=name.clone()
                id=id.clone()
                prop:checked=move || tracker.rating(number) == stars
                on:change=move |_| tracker.set_rating(number, stars)
            />
            <label for=id class=class>
                {stars.map(|s| view! {
                    <span aria-hidden="true">{move || if tracker.rating(number) >= Some(s) { "★" } else { "☆" }}</span>
                })}
                <span class="visually-hidden">{label}</span>
            </label>
        }
    };
    view! {
        <fieldset class="stars">
            <legend class="stars__legend">{t.your_rating}</legend>
            <div class="stars__row">
                {choice(None)}
                {(1..=5u8).map(|s| choice(Some(s))).collect_view()}
            </div>
            <p class="stars__now" aria-hidden="true">
                {move || tracker.rating(number).map_or_else(|| t.clear_rating.to_string(), |s| (t.stars)(s))}
            </p>
        </fieldset>
    }
}

/// A private note on an episode, saved on this device as the reader types (within the limit).
#[component]
pub fn MyNote(number: u32) -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    let id = format!("note-{number}");
    let count = move || tracker.note(number).chars().count();
    view! {
        <div class="note-field">
            <label for=id.clone() class="note-field__label">{t.your_note}</label>
            <textarea
                id=id
                class="note-field__input"
                rows="3"
                maxlength=NOTE_MAX_CHARS
                aria-describedby=format!("note-{number}-help")
                // Not kept in step while typing: re-setting the value would move the caret.
                prop:value=untrack(move || tracker.note(number))
                on:input=move |ev| tracker.set_note(number, &event_target_value(&ev))
            ></textarea>
            <p class="note-field__help" id=format!("note-{number}-help")>
                {t.note_help} " " <span>{move || (t.note_count)(count(), NOTE_MAX_CHARS)}</span>
            </p>
        </div>
    }
}
