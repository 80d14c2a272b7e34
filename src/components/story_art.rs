use leptos::prelude::*;

/// The header's emblem: a crescent moon over a butterfly, drawn inline so nothing is downloaded.
/// Butterflies haunt one of the leads, and every episode opens like a picture book.
#[component]
pub fn Emblem() -> impl IntoView {
    view! {
        <svg class="emblem" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            <path class="emblem__moon" d="M30 5a15 15 0 1 0 13 22 12 12 0 1 1-13-22z" />
            <path
                class="emblem__wing"
                d="M24 30c-3-6-11-9-14-5s2 10 9 8c-5 2-6 8-2 9s6-5 7-12zm0 0c3-6 11-9 14-5s-2 10-9 8c5 2 6 8 2 9s-6-5-7-12z"
            />
        </svg>
    }
}

/// A quiet divider of stars and a thread, between the parts of a page.
#[component]
pub fn Flourish() -> impl IntoView {
    view! {
        <svg class="flourish" viewBox="0 0 240 16" aria-hidden="true" focusable="false">
            <path d="M4 8h92M144 8h92" />
            <path class="flourish__star" d="M120 1l2 5 5 2-5 2-2 5-2-5-5-2 5-2z" />
            <circle cx="104" cy="8" r="2" />
            <circle cx="136" cy="8" r="2" />
        </svg>
    }
}
