use leptos::prelude::*;

/// An on/off setting drawn as a switch. It is a real checkbox inside its label, so keyboards,
/// screen readers and voice control get its name and state without any ARIA of our own; `hint`
/// explains the setting inside the label, so it is read with the name.
#[component]
pub fn Switch(
    checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    /// An extra class for where the switch sits on its page.
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    let class = class.map_or_else(|| "switch".to_owned(), |c| format!("switch {c}"));
    view! {
        <label class=class>
            <input
                type="checkbox"
                class="switch__input"
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <span class="switch__label">{label}</span>
            {hint.map(|h| view! { <span class="switch__hint">{h}</span> })}
        </label>
    }
}
