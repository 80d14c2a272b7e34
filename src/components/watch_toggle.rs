use crate::components::focus::focus_follows;
use crate::context::{t, use_site};
use crate::core::date::PartialDate;
use crate::logic::format::long_date;
use crate::logic::progress::{DateChoice, Day};
use crate::logic::stats::air_days;
use crate::tracker::{use_tracker, AirDays};
use leptos::prelude::*;

/// Each episode's first broadcast day, from the loaded site: the rules on watch days need them.
fn air() -> AirDays {
    air_days(&use_site().guide.episodes)
}

/// Marks one episode watched (today) or unwatched, drawn as a check chip: "○ Watched" / "✓ Watched".
/// Its accessible name starts with the visible word and names the episode ("Watched, episode 3"),
/// the same in both states, so speech-input users can say what they see (WCAG 2.5.3); the state is
/// `aria-pressed`'s, which also lets the page's boot script show the new state at once when it is
/// pressed before the app has started (see `src/bin/postbuild/boot.js`).
#[component]
pub fn WatchToggle(number: u32) -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    let air = air();
    // A press is saved at once and shows its own answer at once; the rest of the page learns of
    // it after the next paint, so what the change reveals (a watch day, spoilers, content-note
    // context) does not hold back the press's own paint (INP). Until then the button shows what
    // was asked.
    let asked = RwSignal::new(None::<bool>);
    let watched = move || asked.get().unwrap_or_else(|| tracker.is_watched(number));
    let press = move |_| {
        let want = !untrack(watched);
        tracker.set_watched_today_quietly(number, want, &air);
        asked.set(Some(want));
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // The tracker outlives the page; the button may not (the reader moved on).
                    tracker.redraw();
                    asked.try_set(None);
                },
                std::time::Duration::ZERO,
            )
        });
    };
    view! {
        <button
            type="button"
            class="watch-toggle"
            aria-pressed=move || if watched() { "true" } else { "false" }
            aria-label=(t.mark_watched)(number)
            on:click=press
        >
            <span class="watch-toggle__box" aria-hidden="true"></span>
            <span class="watch-toggle__text">{t.watched}</span>
        </button>
    }
}

/// "I have seen everything up to here": marks episodes 1 to `number`, after asking which day they
/// should have (today, each one's broadcast day, or not known). Hidden once they are all marked.
#[component]
pub fn MarkUpTo(number: u32) -> impl IntoView {
    let tracker = use_tracker();
    let t = t();
    let air = air();
    // A memo, so that the button is drawn again only when it comes or goes.
    let needed = Memo::new(move |_| number > 1 && (1..=number).any(|n| !tracker.is_watched(n)));
    let asking = RwSignal::new(false);
    let first_choice = NodeRef::<leptos::html::Button>::new();
    let opener = NodeRef::<leptos::html::Button>::new();
    focus_follows(
        move || asking.get(),
        first_choice,
        move || {
            if let Some(b) = opener.get_untracked() {
                let _ = b.focus();
            }
        },
    );
    let choose = move |choice: DateChoice| {
        tracker.mark_up_to_with(number, choice, &air);
        asking.set(false);
    };
    view! {
        {move || needed.get().then(|| view! {
            // The visible words start the accessible name, so speech input can use them. A label
            // rather than hidden text: browsers put a space before a hidden span's comma.
            <button
                type="button"
                class="button button--quiet mark-up-to"
                aria-label=(t.mark_up_to_label)(number)
                aria-expanded=move || if asking.get() { "true" } else { "false" }
                node_ref=opener
                on:click=move |_| asking.update(|a| *a = !*a)
            >
                {t.mark_up_to}
            </button>
        })}
        {move || asking.get().then(|| view! {
            <div class="mark-up-to__ask" role="group" aria-label=(t.mark_up_to_ask)(number)>
                <p class="mark-up-to__question">{(t.mark_up_to_ask)(number)}</p>
                <button type="button" class="button" node_ref=first_choice on:click=move |_| choose(DateChoice::Today)>{t.date_today}</button>
                <button type="button" class="button button--quiet" on:click=move |_| choose(DateChoice::Broadcast)>{t.date_broadcast}</button>
                <button type="button" class="button button--quiet" on:click=move |_| choose(DateChoice::Unknown)>{t.date_not_known}</button>
                <button type="button" class="button button--quiet" on:click=move |_| asking.set(false)>{t.cancel}</button>
            </div>
        })}
    }
}

/// The day an episode was watched in the current run, and a way to change it: an earlier day, or
/// "not known"; never before its first broadcast nor after today. Shown only once it is watched.
#[component]
pub fn WatchDay(number: u32) -> impl IntoView {
    let tracker = use_tracker();
    let site = use_site();
    let t = t();
    let lang = site.lang();
    let air = air();
    let error = RwSignal::new(None::<&'static str>);
    let min = iso(air[number as usize - 1]);
    let set = move |day: Option<Day>| {
        error.set(
            tracker
                .set_watched_on(number, day, &air)
                .err()
                .map(t.date_error),
        );
    };
    let input_id = format!("watch-day-{number}");
    move || {
        let mark = tracker.watched_on(number)?;
        let shown = match mark {
            Some(day) => (t.watched_on)(&long_date(PartialDate::from_day(day), lang)),
            None => t.watched_day_unknown.to_string(),
        };
        let value = mark.map(iso).unwrap_or_default();
        let (id, label_for) = (input_id.clone(), input_id.clone());
        let min = min.clone();
        Some(view! {
            <div class="watch-day">
                <p class="watch-day__now">{shown}</p>
                <details class="watch-day__change">
                    <summary>{t.change_day}</summary>
                    <label for=label_for class="watch-day__label">{t.day_label}</label>
                    <input
                        type="date"
                        id=id
                        class="watch-day__input"
                        min=min
                        max=iso(tracker.today())
                        prop:value=value
                        on:change=move |ev| {
                            let text = event_target_value(&ev);
                            match PartialDate::parse(&text) {
                                Ok(d) if d.is_full() => set(Some(d.first_day())),
                                _ => error.set(Some((t.date_error)(crate::logic::progress::DateError::NotAnEpisode))),
                            }
                        }
                    />
                    <button type="button" class="button button--quiet" on:click=move |_| set(None)>{t.day_unknown}</button>
                    <p class="watch-day__error" role="alert">{move || error.get()}</p>
                </details>
            </div>
        })
    }
}

/// `YYYY-MM-DD`, as a date field takes it.
fn iso(day: Day) -> String {
    PartialDate::from_day(day).iso()
}
