use leptos::html::Button;
use leptos::prelude::*;

/// Keyboard focus follows a question asked in place: onto its first answer when `open` turns
/// true (once that button is drawn), and wherever `back` puts it when the question closes, so a
/// keyboard or screen-reader user is never left on a control that has just gone.
pub fn focus_follows(
    open: impl Fn() -> bool + 'static,
    first_answer: NodeRef<Button>,
    back: impl Fn() + 'static,
) {
    Effect::new(move |was_open: Option<bool>| {
        let now = open();
        if now {
            if let Some(b) = first_answer.get() {
                let _ = b.focus();
            }
        } else if was_open == Some(true) {
            back();
        }
        now
    });
}
