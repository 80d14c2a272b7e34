//! The shipped data files, read through the app's own types and checked against the show's facts.
#![cfg(not(target_arch = "wasm32"))]

use okay_guide::data::load::{parse_response, DataFile};
use okay_guide::data::model::{Billing, Cast, EpisodeGuide, Outlook, Show, Stance, TitleKind};
use okay_guide::data::validate::{check_cast, check_episodes, check_outlook, check_show, Problem};
use okay_guide::logic::dates::{PartialDate, Weekday};
use okay_guide::logic::ratings::extremes;
use okay_guide::logic::routes::Route;

fn load<T: DataFile>() -> T {
    let path = format!("{}/public/data/{}", env!("CARGO_MANIFEST_DIR"), T::FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_response::<T>(200, Some("application/json"), &text)
        .unwrap_or_else(|e| panic!("{path} does not parse: {e}"))
}

fn assert_clean(problems: Vec<Problem>) {
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(list.is_empty(), "data problems:\n{}", list.join("\n"));
}

#[test]
fn every_file_passes_its_checks() {
    assert_clean(check_show(&load::<Show>()));
    assert_clean(check_cast(&load::<Cast>()));
    assert_clean(check_episodes(&load::<EpisodeGuide>()));
    assert_clean(check_outlook(&load::<Outlook>()));
}

#[test]
fn sixteen_episodes_on_the_weekend_schedule() {
    let guide = load::<EpisodeGuide>();
    let numbers: Vec<u32> = guide.episodes.iter().map(|e| e.number).collect();
    assert_eq!(numbers, (1..=16).collect::<Vec<_>>());
    let first = &guide.episodes[0];
    let last = &guide.episodes[15];
    assert_eq!(first.air_date, PartialDate::ymd(2020, 6, 20));
    assert_eq!(last.air_date, PartialDate::ymd(2020, 8, 9));
    for e in &guide.episodes {
        let day = e.air_date.weekday();
        assert!(
            matches!(day, Some(Weekday::Saturday | Weekday::Sunday)),
            "episode {} on {day:?}",
            e.number
        );
    }
}

#[test]
fn ratings_match_the_facts() {
    let guide = load::<EpisodeGuide>();
    let x = extremes(&guide.episodes).expect("ratings");
    assert_eq!(x.highest, (16, 7.3));
    assert_eq!(x.lowest, (2, 4.7));
    let ep10 = guide.find(10).expect("episode 10");
    assert_eq!(ep10.rating, None, "episode 10 has no figure in the sources");
    assert!(ep10.rating_note.is_some());
}

#[test]
fn unverified_titles_are_marked_not_invented() {
    let guide = load::<EpisodeGuide>();
    for e in &guide.episodes {
        if e.number >= 13 {
            assert_eq!(
                e.title_en, None,
                "episode {}: English title is unverified",
                e.number
            );
            assert_ne!(
                e.display_title().1,
                TitleKind::Official,
                "episode {} must be shown as unofficial",
                e.number
            );
        } else {
            assert!(
                e.title_en.is_some(),
                "episode {} has a Netflix title",
                e.number
            );
        }
    }
    // Korean titles the facts leave unverified stay empty.
    for n in [2, 3, 5, 6, 8, 9, 11, 12, 13] {
        assert_eq!(
            guide.find(n).and_then(|e| e.title_ko.clone()),
            None,
            "episode {n}"
        );
    }
    assert_eq!(
        guide.find(14).and_then(|e| e.title_ko.clone()).as_deref(),
        Some("손, 아귀")
    );
}

#[test]
fn cast_is_complete_with_hangul() {
    let cast = load::<Cast>();
    let main: Vec<_> = cast
        .members
        .iter()
        .filter(|m| m.billing == Billing::Main)
        .collect();
    assert_eq!(main.len(), 4);
    assert_eq!(cast.members.len(), 12);
    for m in &cast.members {
        assert!(
            m.actor.ko.is_some(),
            "{}: the facts give the actor's Hangul",
            m.actor.en
        );
        if m.slug != "kwon-ki-do" {
            assert!(
                m.character.ko.is_some(),
                "{}: the facts give the Hangul",
                m.character.en
            );
        }
        assert_eq!(
            Route::parse(&Route::CastMember(m.slug.clone()).path()),
            Route::CastMember(m.slug.clone())
        );
    }
    let gang_tae = cast.find("moon-gang-tae").expect("Moon Gang-tae");
    assert_eq!(gang_tae.actor.en, "Kim Soo-hyun");
    assert_eq!(gang_tae.character.ko.as_deref(), Some("문강태"));
    // The director and the publisher are easy to swap; the facts are explicit about who is who.
    assert_eq!(
        cast.find("oh-ji-wang").map(|m| m.actor.en.as_str()),
        Some("Kim Chang-wan")
    );
    assert_eq!(
        cast.find("lee-sang-in").map(|m| m.actor.en.as_str()),
        Some("Kim Joo-hun")
    );
    let head_nurse = cast.find("park-haeng-ja").expect("Park Haeng-ja");
    assert_eq!(
        head_nurse.spoiler.as_ref().map(|s| s.from_episode),
        Some(13)
    );
    assert!(
        !head_nurse.about.contains("mother"),
        "the reveal belongs behind the spoiler"
    );
}

#[test]
fn outlook_is_dated_and_sourced() {
    let o = load::<Outlook>();
    assert_eq!(o.as_of, PartialDate::parse("2025-09").expect("date"));
    assert!(o.reasons.iter().any(|r| r.stance == Stance::Against));
    assert!(o.reasons.iter().any(|r| r.stance == Stance::For));
    assert_eq!(
        o.timeline.first().map(|e| e.date),
        Some(PartialDate::ymd(2020, 6, 20))
    );
    assert_eq!(o.seed_prediction.label, "summer 2021");
}

#[test]
fn show_facts_cover_the_essentials() {
    let show = load::<Show>();
    let labels: Vec<&str> = show.facts.iter().map(|f| f.label.as_str()).collect();
    for needed in [
        "Network",
        "First aired",
        "Schedule",
        "Episodes",
        "Running time",
        "Writer",
        "Director",
        "Companies",
    ] {
        assert!(labels.contains(&needed), "missing key fact {needed}");
    }
    assert!(show
        .where_to_watch
        .iter()
        .any(|w| w.service == "Netflix" && !w.verified));
    assert_eq!(show.title.ko, "사이코지만 괜찮아");
    assert_eq!(
        show.as_of,
        PartialDate::parse("2025-09").expect("date"),
        "stale-prone facts carry a date"
    );
}

#[test]
fn the_bibliography_lists_every_source_once() {
    use okay_guide::logic::sources::all_sources;
    let (show, cast, guide, outlook) = (
        load::<Show>(),
        load::<Cast>(),
        load::<EpisodeGuide>(),
        load::<Outlook>(),
    );
    let sources = all_sources(&show, &cast, &guide, &outlook);
    assert_eq!(sources.first(), Some(&show.title.source));
    for (i, s) in sources.iter().enumerate() {
        assert!(!sources[..i].contains(s), "{} is listed twice", s.name);
    }
    for reason in &outlook.reasons {
        assert!(sources.contains(&reason.source), "{}", reason.source.name);
    }
    assert!(sources.contains(&show.books.source));
    assert!(sources.contains(&show.awards_source));
}

#[test]
fn the_tracker_counts_the_episodes_the_data_has() {
    let guide = load::<EpisodeGuide>();
    assert_eq!(
        guide.episodes.len(),
        okay_guide::logic::progress::EPISODES as usize
    );
}

#[test]
fn every_episode_has_a_synopsis_and_its_spoilers_are_its_own() {
    let guide = load::<EpisodeGuide>();
    for e in &guide.episodes {
        assert!(e.synopsis.len() > 20, "episode {} synopsis", e.number);
        for s in &e.spoilers {
            assert_eq!(s.from_episode, e.number, "episode {}", e.number);
        }
    }
    // The reveals the issue names: the head nurse's identity (13) and the ending (16).
    assert!(guide.episodes[12]
        .spoilers
        .iter()
        .any(|s| s.text.contains("Do Hui-jae")));
    assert!(!guide.episodes[15].spoilers.is_empty());
}

#[test]
fn extras_match_the_facts() {
    let show = load::<Show>();
    use okay_guide::data::model::Outcome;
    let wins: Vec<&str> = show
        .awards
        .iter()
        .filter(|a| a.outcome == Outcome::Won)
        .map(|a| a.category.as_str())
        .collect();
    assert!(wins.contains(&"Best Supporting Actor"));
    assert!(show
        .awards
        .iter()
        .any(|a| a.body.contains("Emmy") && a.outcome == Outcome::Nominated));
    let books = &show.books.titles;
    assert_eq!(books.len(), 4);
    assert_eq!(
        books.iter().filter(|b| !b.verified).count(),
        1,
        "only the fourth book is unconfirmed"
    );
    assert!(show.related.picks.len() >= 5);
}
