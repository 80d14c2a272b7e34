//! The reader's own record on the progress page: their numbers, their runs and diary, their
//! settings, a CSV copy, their Netflix history brought in, and the choices a merge needs.

use crate::components::switch::Switch;
use crate::context::{href, t, use_site};
use crate::core::date::PartialDate;
use crate::dom::Chosen;
use crate::logic::format::{long_date, short_date};
use crate::logic::netflix::{self, Import, Preview, MAX_BYTES};
use crate::logic::progress::{Conflict, Day, Progress, Side};
use crate::logic::ratings::{milli, percent};
use crate::logic::routes::Route;
use crate::logic::stats::broadcast_ratings;
use crate::tracker::use_tracker;
use leptos::prelude::*;

fn day_words(day: Option<Day>) -> String {
    let lang = use_site().lang();
    match day {
        Some(d) => long_date(PartialDate::from_day(d), lang),
        None => t().nothing_known.to_string(),
    }
}

/// "7 December 2026", or "1 – 7 December 2026" written out in full when the days differ.
fn span_words(first: Day, last: Day) -> String {
    if first == last {
        day_words(Some(first))
    } else {
        format!("{} – {}", day_words(Some(first)), day_words(Some(last)))
    }
}

/// The reader's numbers: how much, when, in what streaks, for how long; and their ratings beside
/// the broadcast's, as a small chart with the same figures in a table beside it.
#[component]
pub fn YourNumbers() -> impl IntoView {
    let site = use_site();
    let t = t();
    let tracker = use_tracker();
    let broadcast = broadcast_ratings(&site.guide.episodes);
    let numbers = move || {
        let s = tracker.stats(&broadcast);
        let (lo, hi) = s.minutes;
        let first_last = match (s.first_day, s.last_day) {
            (Some(a), Some(b)) => span_words(a, b),
            _ => t.nothing_known.to_string(),
        };
        let row = |label: &'static str, value: String| {
            view! { <div class="facts__row"><dt>{label}</dt><dd>{value}</dd></div> }
        };
        view! {
            <dl class="facts numbers">
                {row(t.stat_watched_now, s.watched_now.to_string())}
                {row(t.stat_watched_all, s.watched_all.to_string())}
                {row(t.stat_runs_done, s.runs_completed.to_string())}
                {row(t.stat_first_last, first_last)}
                {row(t.stat_span, s.days_first_to_last.map_or_else(|| t.nothing_known.to_string(), |d| (t.days_count)(d + 1)))}
                {row(t.stat_streak, (t.days_count)(i64::from(s.longest_streak)))}
                {row(t.stat_time, (t.time_range)(lo / 60, hi.div_ceil(60)))}
            </dl>
            <p class="note">{t.time_note}</p>
        }
    };
    let compare = move || {
        let s = tracker.stats(&broadcast);
        // Stars out of 5 and shares out of 8% share one height: both are "how high". Whole
        // numbers: attributes written from floats would bring float formatting into the app.
        const H: i32 = 60;
        let bars = s
            .ratings
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let x = i as i32 * 20 + 4;
                let mine = i32::from(r.mine.unwrap_or(0)) * H / 5;
                let aired = r.broadcast.and_then(milli).unwrap_or(0).min(8000) as i32 * H / 8000;
                view! {
                    <rect class="compare__mine" x=x y=H - mine width="7" height=mine />
                    <rect class="compare__aired" x=x + 8 y=H - aired width="7" height=aired />
                    <text class="compare__label" x=x + 7 y=H + 11 text-anchor="middle">{i + 1}</text>
                }
            })
            .collect_view();
        let rows = s
            .ratings
            .iter()
            .map(|r| {
                let aired = r
                    .broadcast
                    .and_then(milli)
                    .map_or_else(|| "—".to_string(), percent);
                let mine = r.mine.map_or_else(|| "—".to_string(), |m| (t.stars)(m));
                view! { <tr><th scope="row">{r.episode}</th><td>{mine}</td><td>{aired}</td></tr> }
            })
            .collect_view();
        view! {
            <figure class="compare">
                <svg class="compare__svg" viewBox="0 0 324 76" aria-hidden="true">{bars}</svg>
                <figcaption class="note">
                    <span class="compare__key compare__key--mine">{t.your_stars}</span> " "
                    <span class="compare__key compare__key--aired">{t.broadcast_rating}</span>
                </figcaption>
            </figure>
            <details class="chart__table compare__table">
                <summary>{t.chart_table}</summary>
                <table>
                    <caption>{t.ratings_compare_caption}</caption>
                    <thead><tr><th scope="col">{t.chart_episode}</th><th scope="col">{t.your_stars}</th><th scope="col">{t.broadcast_rating}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        }
    };
    view! {
        <section aria-labelledby="numbers-heading">
            <h2 id="numbers-heading">{t.numbers_heading}</h2>
            {numbers}
            <h3>{t.ratings_compare}</h3>
            {compare}
        </section>
    }
}

/// Each run (the first watch, then each rewatch) with how far it got and when, the controls to end
/// or delete a rewatch, and the diary: every watch, newest first.
#[component]
pub fn RunsAndDiary() -> impl IntoView {
    let site = use_site();
    let t = t();
    let lang = site.lang();
    let tracker = use_tracker();
    let broadcast = broadcast_ratings(&site.guide.episodes);
    let runs = move || {
        let stats = tracker.stats(&broadcast);
        let last = stats.runs.len().saturating_sub(1);
        stats
            .runs
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let when = match (r.first, r.last) {
                    (Some(a), Some(b)) => format!(" · {}", span_words(a, b)),
                    _ => String::new(),
                };
                // The current run can be closed where it stopped (someone who gave up at episode 8
                // keeps those days and can start again); then a rewatch can start from here too.
                let end = (i == last && tracker.can_end_run()).then(|| {
                    view! { <button type="button" class="button button--quiet" on:click=move |_| { tracker.end_run(); }>{(t.end_run)(i)}</button> }
                });
                let again = (i == last && !r.complete && tracker.can_start_rewatch()).then(|| {
                    view! { <button type="button" class="button button--quiet" on:click=move |_| tracker.start_rewatch()>{t.start_rewatch}</button> }
                });
                let delete = (i > 0).then(|| {
                    view! { <button type="button" class="button button--quiet" on:click=move |_| { tracker.delete_run(i); }>{(t.delete_run)(i)}</button> }
                });
                view! {
                    <li class="run">
                        <strong>{(t.run_name)(i)}</strong> " " {(t.run_count)(r.watched, r.complete)} {when}
                        " " {end} {again} " " {delete}
                    </li>
                }
            })
            .collect_view()
    };
    let diary = move || {
        let entries = tracker.diary();
        if entries.is_empty() {
            return view! { <p class="note">{t.diary_empty}</p> }.into_any();
        }
        let items = entries
            .into_iter()
            .map(|e| {
                let when = match e.day {
                    Some(d) => short_date(PartialDate::from_day(d), lang),
                    None => t.day_unknown.to_string(),
                };
                view! {
                    <li class="diary__entry">
                        <span class="diary__day">{when}</span> " "
                        <a href=href(&Route::Episode(e.episode))>{(t.episode_n)(e.episode).trim_end_matches([':', ' ']).to_string()}</a>
                        {(e.run > 0).then(|| view! { " " <span class="badge">{(t.run_name)(e.run)}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="diary">{items}</ol> }.into_any()
    };
    view! {
        <section aria-labelledby="runs-heading">
            <h2 id="runs-heading">{t.runs_heading}</h2>
            <ul class="runs">{runs}</ul>
        </section>
        <section aria-labelledby="diary-heading">
            <h2 id="diary-heading">{t.diary_heading}</h2>
            {diary}
        </section>
    }
}

/// The reader's settings, kept with their progress and carried by its link and file.
#[component]
pub fn ProgressSettings() -> impl IntoView {
    let t = t();
    let tracker = use_tracker();
    view! {
        <section aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t.settings_heading}</h2>
            <Switch
                checked=Signal::derive(move || tracker.notes_open())
                on_change=move |open| tracker.set_notes_open(open)
                label=t.notes_open_setting
                hint=t.notes_open_hint
            />
        </section>
    }
}

/// The choices a merge needs: for each thing both sides hold differently, which to keep. Nothing
/// is dropped: every date, rating and note of either side is kept or offered here.
#[component]
pub fn MergeChoices(
    incoming: Progress,
    conflicts: Vec<Conflict>,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let t = t();
    let tracker = use_tracker();
    let choices = RwSignal::new(vec![Side::Mine; conflicts.len()]);
    let items = conflicts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (what, mine, theirs) = match c {
                Conflict::Rating { episode, mine, theirs } => {
                    ((t.conflict_rating)(*episode), (t.stars)(*mine), (t.stars)(*theirs))
                }
                Conflict::Note { episode, mine, theirs } => {
                    ((t.conflict_note)(*episode), mine.clone(), theirs.clone())
                }
                Conflict::Date { run, episode, mine, theirs } => (
                    (t.conflict_date)(*run, *episode),
                    day_words(Some(*mine)),
                    day_words(Some(*theirs)),
                ),
            };
            let name = format!("conflict-{i}");
            let option = move |side: Side, words: String| {
                view! {
                    <label class="choice">
                        <input
                            type="radio"
                            name=name.clone()
                            prop:checked=move || choices.with(|c| c.get(i) == Some(&side))
                            on:change=move |_| choices.update(|c| if let Some(slot) = c.get_mut(i) { *slot = side; })
                        />
                        <span>{words}</span>
                    </label>
                }
            };
            view! {
                <li class="conflict">
                    <fieldset>
                        <legend>{what}</legend>
                        {option(Side::Mine, (t.keep_mine)(&mine))}
                        {option(Side::Theirs, (t.take_theirs)(&theirs))}
                    </fieldset>
                </li>
            }
        })
        .collect_view();
    let apply = move |_| {
        let chosen: Vec<(Conflict, Side)> = conflicts
            .iter()
            .cloned()
            .zip(choices.get_untracked())
            .collect();
        tracker.apply_merge(&incoming, &chosen);
        on_done.run(());
    };
    view! {
        <div class="conflicts">
            <h3>{t.conflicts_heading}</h3>
            <p class="note">{t.conflicts_help}</p>
            <ul class="conflicts__list">{items}</ul>
            <button type="button" class="button" on:click=apply>{t.apply}</button>
        </div>
    }
}

/// What a chosen Netflix file brings, before anything changes.
#[derive(Clone)]
enum Netflix {
    Idle,
    Failed(String),
    Ready {
        preview: Box<Preview>,
        import: Box<Import>,
        bytes: std::sync::Arc<Vec<u8>>,
    },
    Merging(Box<Progress>, Vec<Conflict>),
    Done,
}

/// Brings in a Netflix viewing-history file: read on this device, previewed (which episodes with
/// which days, what was not understood and why), and applied only when the reader says so, through
/// the same merge as another device's progress.
#[component]
pub fn NetflixImport() -> impl IntoView {
    let site = use_site();
    let t = t();
    let lang = site.lang();
    let tracker = use_tracker();
    let catalogue = std::sync::Arc::new(netflix::catalogue(&site.guide.episodes));
    let state = RwSignal::new(Netflix::Idle);
    let read = {
        let catalogue = catalogue.clone();
        move |bytes: std::sync::Arc<Vec<u8>>, profile: Option<String>| {
            state.set(
                match tracker.read_netflix(&bytes, &catalogue, profile.as_deref()) {
                    Ok((preview, import)) => Netflix::Ready {
                        preview: Box::new(preview),
                        import: Box::new(import),
                        bytes,
                    },
                    Err(e) => Netflix::Failed((t.netflix_error)(&e)),
                },
            );
        }
    };
    let on_file = {
        let read = read.clone();
        move |ev: leptos::ev::Event| {
            let read = read.clone();
            crate::dom::read_chosen_file(&ev, MAX_BYTES, move |chosen| match chosen {
                Chosen::Bytes(bytes) => read(std::sync::Arc::new(bytes), None),
                Chosen::TooLarge => state.set(Netflix::Failed(t.netflix_too_large.into())),
                Chosen::Unreadable => state.set(Netflix::Failed(t.netflix_unreadable.into())),
            });
        }
    };
    let apply = move |incoming: Progress| {
        let plan = tracker.plan_merge(&incoming);
        if plan.conflicts.is_empty() {
            tracker.apply_merge(&incoming, &[]);
            state.set(Netflix::Done);
        } else {
            state.set(Netflix::Merging(Box::new(incoming), plan.conflicts));
        }
    };
    let body = move || match state.get() {
        Netflix::Idle => ().into_any(),
        Netflix::Failed(message) => {
            view! { <p class="card incoming incoming--error" role="alert">{message}</p> }.into_any()
        }
        Netflix::Done => {
            view! { <p class="card incoming" role="status">{t.imported}</p> }.into_any()
        }
        Netflix::Merging(incoming, conflicts) => view! {
            <MergeChoices incoming=*incoming conflicts on_done=move |_| state.set(Netflix::Done) />
        }
        .into_any(),
        Netflix::Ready {
            preview,
            import,
            bytes,
        } => {
            let first = import.incoming();
            let marks = first
                .runs()
                .first()
                .map(|run| {
                    run.watched()
                        .map(|(n, day)| {
                            let when = match day {
                                Some(d) => long_date(PartialDate::from_day(d), lang),
                                None => t.day_unknown.to_string(),
                            };
                            view! { <li>{(t.episode_n)(n)} {when}</li> }
                        })
                        .collect_view()
                })
                .unwrap_or_default();
            let found = first.runs().first().map_or(0, |r| r.count());
            let ambiguous = import
                .ambiguous
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let choices = a
                        .choices
                        .iter()
                        .map(|day| {
                            let day = *day;
                            let import = import.clone();
                            let preview = preview.clone();
                            let bytes = bytes.clone();
                            view! {
                                <button type="button" class="button button--quiet" on:click=move |_| {
                                    let mut import = import.clone();
                                    import.choose(i, day);
                                    state.set(Netflix::Ready { preview: preview.clone(), import, bytes: bytes.clone() });
                                }>{long_date(PartialDate::from_day(day), lang)}</button>
                            }
                        })
                        .collect_view();
                    view! { <li><span>{(t.netflix_pick)(a.episode)}</span> " " {choices}</li> }
                })
                .collect_view();
            let unplaced = preview
                .unplaced
                .iter()
                .map(|u| view! { <li>{(t.netflix_line)(u.line)} ": " {(t.row_reason)(u.reason)}</li> })
                .collect_view();
            let profiles = (preview.profiles.len() > 1).then(|| {
                let read = read.clone();
                let options = preview
                    .profiles
                    .iter()
                    .map(|p| view! { <option value=p.clone()>{p.clone()}</option> })
                    .collect_view();
                let bytes = bytes.clone();
                view! {
                    <label class="netflix__profile">
                        {t.netflix_profile} " "
                        <select on:change=move |ev| read(bytes.clone(), Some(event_target_value(&ev)))>{options}</select>
                    </label>
                }
            });
            view! {
                <div class="card netflix__preview" role="status">
                    <p>{(t.netflix_found)(found, preview.rows, preview.other_rows)}</p>
                    {profiles}
                    <p>{t.netflix_marks}</p>
                    <ul class="netflix__marks">{marks}</ul>
                    {(!import.ambiguous.is_empty()).then(|| view! { <p>{t.netflix_ambiguous}</p> <ul>{ambiguous}</ul> })}
                    {(!preview.unplaced.is_empty()).then(|| view! { <p>{t.netflix_unplaced}</p> <ul>{unplaced}</ul> })}
                    {(!import.refused.is_empty()).then(|| view! { <p class="note">{(t.netflix_refused)(import.refused.len())}</p> })}
                    {(import.short > 0).then(|| view! { <p class="note">{(t.netflix_short)(import.short)}</p> })}
                    <div class="incoming__choices">
                        <button type="button" class="button" on:click=move |_| apply(first.clone())>{t.apply}</button>
                        <button type="button" class="button button--quiet" on:click=move |_| state.set(Netflix::Idle)>{t.cancel}</button>
                    </div>
                </div>
            }
            .into_any()
        }
    };
    // A file dropped anywhere on the section is read like a chosen one; the browser must be told
    // not to open it instead.
    let on_drop = {
        let on_file = on_file.clone();
        move |ev: leptos::ev::DragEvent| {
            ev.prevent_default();
            on_file(ev.into());
        }
    };
    view! {
        <section
            class="netflix"
            aria-labelledby="netflix-heading"
            on:dragover=|ev| ev.prevent_default()
            on:drop=on_drop
        >
            <h2 id="netflix-heading">{t.netflix_heading}</h2>
            <p class="note">{t.netflix_help}</p>
            <label class="transfer__import">
                <span class="button button--quiet">{t.netflix_choose}</span>
                <input type="file" class="visually-hidden" accept=".csv,text/csv" on:change=on_file />
            </label>
            <div aria-live="polite">{body}</div>
        </section>
    }
}

/// The progress as a CSV file a spreadsheet or another tracker can read.
#[component]
pub fn CsvExport() -> impl IntoView {
    let t = t();
    let tracker = use_tracker();
    view! {
        <section aria-labelledby="csv-heading">
            <h3 id="csv-heading">{t.csv_heading}</h3>
            <p class="note">{t.csv_help}</p>
            <button type="button" class="button" on:click=move |_| {
                let day = PartialDate::from_day(tracker.today()).iso();
                crate::dom::save_file(&format!("okay-guide-progress-{day}.csv"), "text/csv", &tracker.export_csv());
            }>{t.export_csv}</button>
        </section>
    }
}
