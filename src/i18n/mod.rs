//! The interface's words in each language. Every label, button, heading, message and page title
//! the views show comes from a [`Ui`]; the views themselves hold no English or Korean. A `Ui` is a
//! plain struct, so a string missing from one language is a compile error, not a blank button.
//! Data prose (synopses, descriptions) lives in the text files instead; see `crate::data::text`.
//!
//! Measured before choosing this over a crate (Leptos 0.8 CSR, ~150 strings, release wasm after
//! `wasm-opt -Oz`, gzip): leptos_i18n 0.6 added 46–60 KB, leptos-fluent 0.3 added 71 KB, this
//! struct 5 KB. The budget for the whole Korean interface was 25 KB.

mod en;
mod ko;
pub mod meta;

use crate::core::lang::Lang;
use crate::data::error::LoadError;
use crate::data::model::{
    CitationKind, GuestKind, Outcome, RelationKind, ReleaseKind, Stance, Theme, ViewStance,
};
use crate::logic::netflix::{FileError, Reason as RowReason};
use crate::logic::progress::{DateError, Loaded};
use crate::logic::routes::Route;
use crate::logic::transfer::{Summary, TransferError};

pub use en::EN;
pub use ko::KO;

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

pub struct Ui {
    pub lang: Lang,
    // The frame of every page.
    pub site_name: &'static str,
    pub skip_link: &'static str,
    pub brand_title: &'static str,
    pub brand_sub: &'static str,
    /// The show's title in the other language, shown small under the brand.
    pub brand_other: &'static str,
    pub nav_label: &'static str,
    /// The name of this language, in itself, for the switch on the other language's pages.
    pub lang_name: &'static str,
    /// What the switch to this language says to a screen reader.
    pub lang_switch_label: &'static str,
    pub lang_offer_text: &'static str,
    pub lang_offer_go: &'static str,
    pub lang_offer_dismiss: &'static str,
    pub footer: &'static str,
    /// Shown only where JavaScript is off: the page reads, the tools need the app.
    pub no_script: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub offline: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub dismiss: &'static str,
    pub load_error: fn(&LoadError) -> String,
    pub storage_unavailable: &'static str,
    pub storage_not_saved: &'static str,
    pub stored_progress: fn(&Loaded) -> Option<String>,
    pub section: fn(&Route) -> &'static str,
    pub page_title: fn(&Route) -> &'static str,
    pub page_description: fn(&Route) -> &'static str,
    pub member_title: fn(character: &str, actor: &str) -> String,
    pub member_description: fn(character: &str, actor: &str, about: &str) -> String,
    pub episode_title: fn(n: u32, title: &str) -> String,
    pub episode_description: fn(n: u32, date: &str, tale: &str) -> String,
    // Sources.
    pub source: &'static str,
    pub sources: &'static str,
    pub fan_source: &'static str,
    pub undated: &'static str,
    pub not_confirmed: &'static str,
    pub weak_source: &'static str,
    pub kind_heading: fn(CitationKind) -> &'static str,
    pub title_not_shown: &'static str,
    pub title_from_address: &'static str,
    pub via: &'static str,
    pub used_for: &'static str,
    pub bibliography_intro: fn(sources: usize, facts: usize) -> String,
    pub use_label: fn(&crate::logic::cite::Use) -> String,
    // Home.
    pub hero_kicker: &'static str,
    pub literally: &'static str,
    pub genres_label: &'static str,
    pub status_label: &'static str,
    pub season2: &'static str,
    pub read_outlook: &'static str,
    pub premise_heading: &'static str,
    pub also_known: fn(alt: &str, note: &str) -> String,
    pub facts_heading: &'static str,
    pub genre: &'static str,
    pub watch_heading: &'static str,
    pub story_places_heading: &'static str,
    pub filming_link: &'static str,
    pub scores_heading: &'static str,
    pub explore_label: &'static str,
    pub meet_cast: &'static str,
    pub all_episodes: &'static str,
    // Progress and the tracker.
    pub progress_heading: &'static str,
    pub progress_count: fn(watched: usize, total: u32) -> String,
    pub start_with: fn(u32) -> String,
    pub continue_with: fn(u32) -> String,
    pub seen_all: &'static str,
    pub progress_help: &'static str,
    pub clear_progress: &'static str,
    pub clear_confirm: &'static str,
    pub clear_yes: &'static str,
    pub cancel: &'static str,
    pub spoiler_switch: &'static str,
    pub spoiler_switch_hint: &'static str,
    pub start_rewatch: &'static str,
    pub rewatch_help: &'static str,
    pub times_finished: fn(u32) -> String,
    pub move_progress_link: &'static str,
    pub watched: &'static str,
    /// The watch toggle's name: the visible word, then the episode; the same pressed or not (the
    /// state is `aria-pressed`'s), so speech input can say what it sees.
    pub mark_watched: fn(episode: u32) -> String,
    pub mark_up_to: &'static str,
    pub mark_up_to_label: fn(u32) -> String,
    pub reveal_spoiler: fn(u32) -> String,
    pub spoiler_from: fn(u32) -> String,
    // Cast.
    pub cast_heading: &'static str,
    pub leads: &'static str,
    pub supporting: &'static str,
    pub lead_badge: &'static str,
    pub supporting_badge: &'static str,
    pub played_by: &'static str,
    pub also_in: &'static str,
    pub all_cast: &'static str,
    pub one_of_the_leads: &'static str,
    pub who_they_are: &'static str,
    pub age: fn(u8) -> String,
    pub other_roles: fn(actor: &str) -> String,
    pub no_other_roles: &'static str,
    pub roles_checked: &'static str,
    pub no_such_member: &'static str,
    pub connections: &'static str,
    pub no_connections_yet: &'static str,
    pub see_map: &'static str,
    // Episodes.
    pub episodes_heading: &'static str,
    pub episodes_lead: &'static str,
    pub extremes: fn(high: u32, high_v: &str, low: u32, low_v: &str) -> String,
    pub episode_n: fn(u32) -> String,
    pub rating_label: &'static str,
    pub tale_label: &'static str,
    pub no_figure: &'static str,
    pub mark_highest: &'static str,
    pub mark_lowest: &'static str,
    pub our_translation: &'static str,
    pub fan_translation: &'static str,
    pub from_fan_recaps: &'static str,
    pub no_title: &'static str,
    pub no_korean_title: &'static str,
    pub figures_heading: &'static str,
    pub ratings: &'static str,
    pub titles: &'static str,
    pub chart_caption: &'static str,
    pub chart_label: fn(count: usize, extremes: &str, missing: &str) -> String,
    pub chart_missing: fn(&str) -> String,
    pub chart_table: &'static str,
    pub chart_episode: &'static str,
    pub chart_rating: &'static str,
    pub chart_finale: &'static str,
    pub chart_average: fn(&str) -> String,
    pub all_episodes_link: &'static str,
    pub episode_of: fn(n: u32, total: usize) -> String,
    pub in_short: &'static str,
    pub first_aired: &'static str,
    pub broadcast_slot: &'static str,
    pub the_tale: &'static str,
    pub nielsen_rating: &'static str,
    pub single_source: &'static str,
    pub peak: fn(&str) -> String,
    pub previous: fn(u32) -> String,
    pub next: fn(u32) -> String,
    pub other_episodes: &'static str,
    pub no_such_episode: fn(n: u32, total: usize) -> String,
    pub your_rating: &'static str,
    pub stars: fn(u8) -> String,
    pub clear_rating: &'static str,
    pub your_note: &'static str,
    pub note_help: &'static str,
    pub note_count: fn(used: usize, max: usize) -> String,
    // Sharing.
    pub share: &'static str,
    pub shared: &'static str,
    pub copied: &'static str,
    pub copy_this: &'static str,
    // Outlook.
    pub outlook_heading: &'static str,
    pub status_as_of: &'static str,
    pub newest_source: fn(date: &str) -> String,
    pub by_your_clock: &'static str,
    pub since_finale: &'static str,
    pub since_window: fn(&str) -> String,
    pub not_yet_closed: &'static str,
    pub after_finale: fn(span: &str) -> String,
    pub reasons: &'static str,
    pub stance: fn(Stance) -> &'static str,
    pub spike_heading: &'static str,
    pub spike_intro: &'static str,
    pub timeline: &'static str,
    // About.
    pub about_heading: &'static str,
    pub awards: &'static str,
    pub outcome: fn(Outcome) -> &'static str,
    pub books_heading: &'static str,
    pub tale_of_episode: fn(u32) -> String,
    pub related_heading: &'static str,
    pub bibliography: &'static str,
    pub filming_moved: &'static str,
    // Search.
    pub search_heading: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub nothing_found: fn(&str) -> String,
    pub results: fn(n: usize, q: &str) -> String,
    pub kind_person: &'static str,
    pub kind_episode: &'static str,
    pub kind_song: &'static str,
    pub kind_place: &'static str,
    // Relationships.
    pub map_heading: &'static str,
    pub map_intro: &'static str,
    pub official_label: fn(label: &str) -> String,
    pub locked: fn(usize) -> String,
    pub all_unlocked: &'static str,
    pub choose_person: &'static str,
    pub everyone: &'static str,
    pub map_title: &'static str,
    pub map_of: fn(&str) -> String,
    pub legend: &'static str,
    pub relation_kind: fn(RelationKind) -> &'static str,
    pub list_heading: &'static str,
    pub from_episode: fn(u32) -> String,
    pub premise: &'static str,
    pub their_connections: fn(&str) -> String,
    // Music.
    pub music_heading: &'static str,
    pub music_director: &'static str,
    pub ost_producer: &'static str,
    pub release: fn(ReleaseKind, Option<u32>) -> String,
    pub released: &'static str,
    pub date_unknown: &'static str,
    pub date_inferred: &'static str,
    pub tracks: fn(u32) -> String,
    pub first_heard: fn(u32) -> String,
    pub first_heard_unknown: &'static str,
    pub english_title_weak: &'static str,
    pub credits: &'static str,
    pub scene: &'static str,
    // Places.
    pub places_heading: &'static str,
    pub map_region: &'static str,
    /// The name of the focusable frame a map scrolls in (the drawing inside has its own name).
    pub map_frame: &'static str,
    pub places_list: &'static str,
    pub studio_set: &'static str,
    pub not_on_map: &'static str,
    pub address: &'static str,
    pub reference_town: &'static str,
    pub map_credit: &'static str,
    pub where_label: &'static str,
    // Moving progress.
    pub transfer_heading: &'static str,
    pub transfer_intro: &'static str,
    pub on_this_device: &'static str,
    pub summary: fn(&Summary) -> String,
    pub nothing_yet: &'static str,
    pub link_heading: &'static str,
    pub link_help: &'static str,
    pub copy_link: &'static str,
    pub qr_heading: &'static str,
    pub qr_alt: &'static str,
    pub qr_too_long: &'static str,
    pub file_heading: &'static str,
    pub export_file: &'static str,
    pub import_file: &'static str,
    pub file_help: &'static str,
    pub incoming_heading: &'static str,
    pub incoming_holds: fn(&Summary) -> String,
    pub replace: &'static str,
    pub merge: &'static str,
    pub ignore: &'static str,
    pub choice_help: &'static str,
    pub replaced: &'static str,
    pub merged: &'static str,
    pub ignored: &'static str,
    pub transfer_error: fn(&TransferError) -> String,
    // Watching with care.
    pub content_notes: &'static str,
    pub theme: fn(Theme) -> &'static str,
    pub themes_label: &'static str,
    pub get_help: &'static str,
    pub regulator_label: &'static str,
    pub regulator_unconfirmed: &'static str,
    pub in_emergency: &'static str,
    pub lines_in_korea: &'static str,
    pub other_countries: &'static str,
    pub call: fn(number: &str) -> String,
    pub since: fn(date: &str) -> String,
    pub view_stance: fn(ViewStance) -> &'static str,
    pub topic_link: fn(title: &str) -> String,
    pub footer_links: &'static str,
    pub kind_page: &'static str,
    // What an episode brings.
    pub who_appears: &'static str,
    pub guest_kind: fn(GuestKind) -> &'static str,
    pub played_by_short: fn(actor: &str) -> String,
    pub held_back: fn(usize) -> String,
    pub where_heading: &'static str,
    pub in_the_story: &'static str,
    pub filmed_at: &'static str,
    pub what_plays: &'static str,
    pub tale_heading: &'static str,
    pub read_free: &'static str,
    pub own_book: &'static str,
    pub guests_label: &'static str,
    pub songs_label: &'static str,
    pub places_follow: &'static str,
    pub places_ahead: fn(usize) -> String,
    // The story so far.
    pub story_link: &'static str,
    pub story_lead: &'static str,
    pub story_empty: &'static str,
    pub story_full: &'static str,
    pub story_up_to: fn(u32) -> String,
    // Watch days, runs, numbers, importing and merging.
    pub watched_on: fn(date: &str) -> String,
    pub watched_day_unknown: &'static str,
    pub change_day: &'static str,
    pub day_label: &'static str,
    pub day_unknown: &'static str,
    pub date_error: fn(DateError) -> &'static str,
    pub mark_up_to_ask: fn(u32) -> String,
    pub date_today: &'static str,
    pub date_broadcast: &'static str,
    pub date_not_known: &'static str,
    pub your_progress: &'static str,
    pub numbers_heading: &'static str,
    pub stat_watched_now: &'static str,
    pub stat_watched_all: &'static str,
    pub stat_runs_done: &'static str,
    pub stat_first_last: &'static str,
    pub stat_span: &'static str,
    pub stat_streak: &'static str,
    pub stat_time: &'static str,
    pub days_count: fn(i64) -> String,
    pub time_range: fn(min_hours: u32, max_hours: u32) -> String,
    pub time_note: &'static str,
    pub ratings_compare: &'static str,
    pub ratings_compare_caption: &'static str,
    pub your_stars: &'static str,
    pub broadcast_rating: &'static str,
    pub nothing_known: &'static str,
    pub runs_heading: &'static str,
    pub run_name: fn(usize) -> String,
    pub run_count: fn(watched: usize, complete: bool) -> String,
    pub end_run: fn(usize) -> String,
    pub delete_run: fn(usize) -> String,
    pub diary_heading: &'static str,
    pub diary_empty: &'static str,
    pub settings_heading: &'static str,
    pub notes_open_setting: &'static str,
    pub notes_open_hint: &'static str,
    pub csv_heading: &'static str,
    pub csv_help: &'static str,
    pub export_csv: &'static str,
    pub netflix_heading: &'static str,
    pub netflix_help: &'static str,
    pub netflix_choose: &'static str,
    pub netflix_error: fn(&FileError) -> String,
    pub netflix_too_large: &'static str,
    pub netflix_unreadable: &'static str,
    pub netflix_found: fn(episodes: usize, rows: usize, other: usize) -> String,
    pub netflix_profile: &'static str,
    pub netflix_marks: &'static str,
    pub netflix_ambiguous: &'static str,
    pub netflix_pick: fn(episode: u32) -> String,
    pub netflix_unplaced: &'static str,
    pub row_reason: fn(RowReason) -> &'static str,
    pub netflix_line: fn(line: usize) -> String,
    pub netflix_refused: fn(usize) -> String,
    pub netflix_short: fn(usize) -> String,
    pub apply: &'static str,
    pub imported: &'static str,
    pub conflicts_heading: &'static str,
    pub conflicts_help: &'static str,
    pub conflict_rating: fn(episode: u32) -> String,
    pub conflict_note: fn(episode: u32) -> String,
    pub conflict_date: fn(run: usize, episode: u32) -> String,
    pub keep_mine: fn(&str) -> String,
    pub take_theirs: fn(&str) -> String,
    // Not found.
    pub not_found_heading: &'static str,
    pub not_found_text: &'static str,
    pub go_home: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::{parse_response, GUIDE_FILE};
    use crate::data::model::Guide;

    #[test]
    fn a_damaged_file_is_explained_in_the_pages_language() {
        let broken = parse_response::<Guide>(GUIDE_FILE, 200, None, "{\"format\": 2,").unwrap_err();
        let shape = parse_response::<Guide>(GUIDE_FILE, 200, None, r#"{"format": 2, "cast": 1}"#)
            .unwrap_err();
        for (err, en, ko) in [
            (&broken, "it is not valid JSON", "JSON 문법이 맞지 않습니다"),
            (
                &shape,
                "a field has the wrong shape",
                "항목의 형태가 맞지 않습니다",
            ),
        ] {
            let in_en = (ui(Lang::En).load_error)(err);
            let in_ko = (ui(Lang::Ko).load_error)(err);
            assert!(in_en.contains(en) && in_en.contains(GUIDE_FILE), "{in_en}");
            assert!(in_ko.contains(ko) && in_ko.contains(GUIDE_FILE), "{in_ko}");
            assert!(!in_ko.contains(en), "English reason in Korean: {in_ko}");
        }
        // The technical detail names the field, in either language.
        assert!((ui(Lang::Ko).load_error)(&shape).contains("세부 정보: "));
    }

    #[test]
    fn every_load_error_is_worded_for_a_fan_in_both_languages() {
        use crate::data::error::Damage;
        let file = || "text-ko.json".to_string();
        let all = [
            LoadError::Network { file: file() },
            LoadError::Timeout {
                file: file(),
                seconds: 12,
            },
            LoadError::NotFound {
                file: file(),
                status: 404,
            },
            LoadError::Server {
                file: file(),
                status: 503,
            },
            LoadError::NotJson { file: file() },
            LoadError::Empty { file: file() },
            LoadError::Malformed {
                file: file(),
                damage: Damage::Syntax,
                detail: "x".into(),
            },
            LoadError::Incomplete {
                file: file(),
                count: 2,
                first: "a.b".into(),
            },
            LoadError::WrongLanguage {
                file: file(),
                found: "en".into(),
            },
            LoadError::WrongFormat {
                file: file(),
                found: 3,
                expected: 2,
            },
        ];
        for e in &all {
            for lang in Lang::ALL {
                let message = (ui(lang).load_error)(e);
                assert!(
                    message.contains("text-ko.json"),
                    "{lang:?} names the file: {message}"
                );
                for jargon in ["::", "{", "Err(", "Some(", "serde", "unwrap", "panicked"] {
                    assert!(!message.contains(jargon), "{lang:?} {jargon}: {message}");
                }
                assert_eq!(
                    lang == Lang::Ko,
                    message.chars().any(crate::core::hangul::is_hangul),
                    "{message}"
                );
            }
        }
        assert!((ui(Lang::En).load_error)(&all[4]).starts_with("The server sent a web page"));
    }
}
