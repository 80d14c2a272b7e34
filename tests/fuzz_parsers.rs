//! Property tests ("fuzzing" on stable Rust) for everything that reads untrusted text: the data
//! files, dates, routes and query strings, the data-name map a page carries, the stored watch
//! progress, the progress link and file, and search queries. None may panic, whatever the input;
//! every decoder answers with a value or a clear error.
//! `make test` runs the default number of cases; `make fuzz` runs many more (PROPTEST_CASES).
#![cfg(not(target_arch = "wasm32"))]

use okay_guide::core::date::PartialDate;
use okay_guide::core::json::quote;
use okay_guide::core::lang::Lang;
use okay_guide::data::load::{check_text, parse_response, read_site, GUIDE_FILE};
use okay_guide::data::model::{Guide, RegionMap, TextFile};
use okay_guide::data::validate::{check_guide, check_map};
use okay_guide::logic::progress::{
    Conflict, Progress, Run, Side, EPISODES, LAST_DAY, MAX_RUNS, NOTE_MAX_CHARS, PREMIERE,
};
use okay_guide::logic::routes::{parse, Route};
use okay_guide::logic::transfer::{self, TransferError};
use proptest::prelude::*;

/// The shipped data files, read when the tests run: the map is made by the build (`make map`), so
/// a fresh clone's `cargo test` compiles without it and mutates a small map of the same shape.
fn files() -> &'static [String; 4] {
    static FILES: std::sync::OnceLock<[String; 4]> = std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        let read = |name: &str| {
            std::fs::read_to_string(format!("{}/public/data/{name}", env!("CARGO_MANIFEST_DIR")))
        };
        let small_map = r#"{"format":1,"view_box":[0,0,10,10],"land":"M0 0H9V9Z","boundaries":"","towns":[{"id":"a","name_en":"A","name_ko":"가","x":1,"y":2,"kind":"filming"}],"points":[],"attribution":[{"name":"N","licence":"L","via":null}]}"#;
        ["guide.json", "text-en.json", "text-ko.json", "map.json"].map(|name| {
            read(name).unwrap_or_else(|e| {
                assert_eq!(name, "map.json", "{name}: {e}");
                small_map.to_string()
            })
        })
    })
}

/// Parses `text` as every data file and runs the checks on whatever parses.
fn parse_all(status: u16, content_type: Option<&str>, text: &str) {
    let guide = parse_response::<Guide>(GUIDE_FILE, status, content_type, text).ok();
    if let Some(g) = &guide {
        let _ = check_guide(g);
    }
    let shipped: Option<Guide> = parse_response(GUIDE_FILE, 200, None, &files()[0]).ok();
    if let (Ok(t), Some(g)) = (
        parse_response::<TextFile>("text-ko.json", status, content_type, text),
        &shipped,
    ) {
        let _ = check_text(t, Lang::Ko, g);
    }
    if let (Ok(m), Some(g)) = (
        parse_response::<RegionMap>("map.json", status, content_type, text),
        &shipped,
    ) {
        let _ = check_map(g, &m);
    }
}

/// A real file with some characters changed, removed or inserted, or cut short: close to valid,
/// which reaches deeper into the parsers than random text does.
fn mutated_file() -> impl Strategy<Value = String> {
    (
        0..files().len(),
        prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<char>()), 1..8),
    )
        .prop_map(|(which, edits)| {
            let mut chars: Vec<char> = files()[which].chars().collect();
            for (at, op, c) in edits {
                if chars.is_empty() {
                    break;
                }
                let i = at.index(chars.len());
                match op {
                    0 => chars[i] = c,
                    1 => {
                        chars.remove(i);
                    }
                    2 => chars.insert(i, c),
                    _ => chars.truncate(i),
                }
            }
            chars.into_iter().collect()
        })
}

/// Any progress a reader could make: runs with known and unknown days (any day a progress can
/// hold), an ended current run, ratings, notes in any Unicode, both settings.
fn any_progress() -> impl Strategy<Value = Progress> {
    let mark = prop_oneof![
        2 => Just(None),
        1 => Just(Some(None)),
        2 => (PREMIERE..PREMIERE + 4000).prop_map(|d| Some(Some(d))),
        1 => (PREMIERE..=LAST_DAY).prop_map(|d| Some(Some(d))),
    ];
    (
        prop::collection::vec(prop::collection::vec(mark, 16), 0..5),
        any::<bool>(),
        prop::collection::vec((0u32..20, 0u8..8), 0..20),
        prop::collection::vec((0u32..20, "\\PC{0,40}|.{0,10}"), 0..6),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(runs, ended, ratings, notes, spoilers, notes_open)| {
            let mut p = Progress::default();
            let runs = runs
                .into_iter()
                .map(|marks| {
                    let mut run = Run::default();
                    for (e, m) in (1..).zip(marks) {
                        run.set(e, m);
                    }
                    run
                })
                .collect();
            p.set_runs(runs, ended);
            for (e, s) in ratings {
                p.set_rating(e, Some(s));
            }
            for (e, n) in notes {
                p.set_note(e, &n);
            }
            p.set_show_all_spoilers(spoilers);
            p.set_notes_open(notes_open);
            p
        })
}

/// Two progresses that share some of their history, as two devices of one reader do: the same
/// base, then each changed on its own.
fn two_devices() -> impl Strategy<Value = (Progress, Progress)> {
    (
        any_progress(),
        any_progress(),
        any_progress(),
        any::<bool>(),
    )
        .prop_map(|(base, a, b, share)| {
            if !share {
                return (a, b);
            }
            let (mut x, mut y) = (base.clone(), base);
            x.merge(&a);
            y.merge(&b);
            (x, y)
        })
}

proptest! {
    #[test]
    fn data_parsers_never_panic_on_any_text(text in ".*", status in 100u16..600, html in any::<bool>()) {
        parse_all(status, html.then_some("text/html"), &text);
    }

    #[test]
    fn data_parsers_never_panic_on_damaged_files(text in mutated_file()) {
        parse_all(200, Some("application/json"), &text);
    }

    #[test]
    fn numbers_out_of_range_are_reported_not_crashed(rating in any::<f64>(), number in any::<i64>()) {
        let text = files()[0]
            .replacen("\"value\": 6.1", &format!("\"value\": {rating:e}"), 1)
            .replacen("\"number\": 1,", &format!("\"number\": {number},"), 1);
        parse_all(200, None, &text);
    }

    #[test]
    fn dates_never_panic(text in "\\PC{0,16}") {
        if let Ok(d) = PartialDate::parse(&text) {
            prop_assert!(d.first_day() <= d.last_day());
            prop_assert_eq!(PartialDate::parse(&d.iso()), Ok(d));
        }
    }

    #[test]
    fn routes_never_panic_and_round_trip(path in "(/(ko|[a-z0-9%.+-]{0,12})){0,5}/?") {
        let (lang, route) = parse(&path);
        if route != Route::NotFound {
            prop_assert_eq!(parse(&route.path_in(lang)), (lang, route));
        }
    }

    #[test]
    fn query_strings_never_panic(query in "\\PC{0,60}") {
        let _ = okay_guide::pages::query_value(&query, "q");
        let _ = okay_guide::pages::decode_component(&query);
    }

    #[test]
    fn data_name_maps_never_panic(spec in "\\PC{0,200}") {
        let paths = okay_guide::core::paths::SitePaths::new("/").with_data_names(&spec);
        let url = paths.data_url("guide.json");
        prop_assert!(url.starts_with("/data/") && !url.contains(".."), "{}", url);
    }

    #[test]
    fn stored_progress_never_panics_and_what_it_reads_is_valid(raw in stored_progress()) {
        use okay_guide::logic::progress::{decode, encode, Loaded};
        let (progress, loaded) = decode(Some(&raw));
        prop_assert!(progress.watched().all(|n| (1..=EPISODES).contains(&n)));
        prop_assert!(progress.ratings().all(|(e, s)| (1..=EPISODES).contains(&e) && (1..=5).contains(&s)));
        prop_assert!(progress.notes().all(|(_, n)| n.chars().count() <= NOTE_MAX_CHARS));
        if loaded == Loaded::Unreadable {
            prop_assert!(progress.is_empty());
        }
        // Whatever was read is saved in today's layout and reads back the same.
        let (again, how) = decode(Some(&encode(&progress)));
        prop_assert_eq!(again, progress);
        prop_assert_eq!(how, Loaded::Current);
    }

    #[test]
    fn any_progress_round_trips_through_storage(p in any_progress()) {
        use okay_guide::logic::progress::{decode, encode, Loaded};
        prop_assert_eq!(decode(Some(&encode(&p))), (p.clone(), Loaded::Current));
    }

    #[test]
    fn merging_never_loses_a_day_a_rating_or_a_note((mine, theirs) in two_devices()) {
        let plan = mine.plan_merge(&theirs);
        let m = &plan.merged;
        let mut simple = mine.clone();
        simple.merge(&theirs);
        prop_assert_eq!(&simple, m);
        prop_assert!(m.runs().len() <= MAX_RUNS);
        prop_assert_eq!(m.runs().len(), mine.runs().len().max(theirs.runs().len()));
        for (side, p) in [(Side::Mine, &mine), (Side::Theirs, &theirs)] {
            for (run, r) in p.runs().iter().enumerate() {
                for (e, day) in r.watched() {
                    let here = m.runs()[run].mark(e);
                    prop_assert!(here.is_some(), "run {} episode {} watched", run, e);
                    if let Some(d) = day {
                        let in_conflict = plan.conflicts.iter().any(|c| matches!(c,
                            Conflict::Date { run: cr, episode, mine: a, theirs: b }
                                if *cr == run && *episode == e && pick(side, *a, *b) == d));
                        prop_assert!(here == Some(Some(d)) || in_conflict, "run {} episode {} day {}", run, e, d);
                    }
                }
            }
            for (e, s) in p.ratings() {
                let in_conflict = plan.conflicts.iter().any(|c| matches!(c,
                    Conflict::Rating { episode, mine: a, theirs: b } if *episode == e && pick(side, *a, *b) == s));
                prop_assert!(m.rating(e) == Some(s) || in_conflict);
            }
            for (e, n) in p.notes() {
                let in_conflict = plan.conflicts.iter().any(|c| matches!(c,
                    Conflict::Note { episode, mine: a, theirs: b } if *episode == e && pick(side, a.as_str(), b.as_str()) == n));
                prop_assert!(m.note(e) == Some(n) || in_conflict);
            }
            if p.show_all_spoilers() {
                prop_assert!(m.show_all_spoilers());
            }
            if !p.notes_open() {
                prop_assert!(!m.notes_open());
            }
        }
        // Every conflict is a real disagreement, and choosing "theirs" for all of them gives
        // their value everywhere.
        let mut all_theirs = mine.clone();
        let choices: Vec<(Conflict, Side)> = plan.conflicts.iter().map(|c| (c.clone(), Side::Theirs)).collect();
        all_theirs.apply_merge(&theirs, &choices);
        for c in &plan.conflicts {
            match c {
                Conflict::Date { run, episode, mine: a, theirs: b } => {
                    prop_assert_ne!(a, b);
                    prop_assert_eq!(all_theirs.runs()[*run].mark(*episode), Some(Some(*b)));
                }
                Conflict::Rating { episode, mine: a, theirs: b } => {
                    prop_assert_ne!(a, b);
                    prop_assert_eq!(all_theirs.rating(*episode), Some(*b));
                }
                Conflict::Note { episode, mine: a, theirs: b } => {
                    prop_assert_ne!(a, b);
                    prop_assert_eq!(all_theirs.note(*episode), Some(b.as_str()));
                }
            }
        }
        // Merging what is already merged changes nothing and finds nothing new.
        let again = m.plan_merge(&mine);
        prop_assert_eq!(&again.merged, m);
        prop_assert!(again.conflicts.is_empty());
        // The spoiler guard only ever opens up.
        for e in 1..=EPISODES {
            if mine.spoiler_unlocked(e) || theirs.spoiler_unlocked(e) {
                prop_assert!(m.spoiler_unlocked(e));
            }
        }
    }

    #[test]
    fn any_text_decodes_to_progress_or_a_clear_error(text in "\\PC{0,300}") {
        match transfer::decode(&text) {
            Ok(p) => prop_assert!(p.watched().all(|n| (1..=EPISODES).contains(&n))),
            Err(TransferError::Empty | TransferError::NotOurs | TransferError::Damaged | TransferError::Newer { .. }) => {}
        }
        let _ = transfer::read_file(&text);
    }

    #[test]
    fn any_code_like_text_is_caught_not_misread(code in "[A-Za-z0-9_-]{0,200}") {
        // Random base64url almost never carries a valid checksum: it must be refused, not misread.
        if let Ok(p) = transfer::decode(&code) {
            prop_assert_eq!(transfer::encode(&p), code.trim_end_matches('='));
        }
    }

    #[test]
    fn progress_round_trips_through_link_and_file(p in any_progress()) {
        prop_assert_eq!(transfer::decode(&transfer::encode(&p)), Ok(p.clone()));
        prop_assert_eq!(transfer::read_file(&transfer::file_text(&p, "2026-11-25")), Ok(p));
    }

    #[test]
    fn damaged_files_are_refused_not_misread(p in any_progress(), cut in any::<prop::sample::Index>(), flip in any::<prop::sample::Index>()) {
        let file = transfer::file_text(&p, "2026-11-25");
        let at = cut.index(file.len().max(1));
        if file.is_char_boundary(at) && at < file.len() - 2 {
            prop_assert!(transfer::read_file(&file[..at]).is_err());
        }
        // One changed character inside the code must not slip through.
        let code = transfer::encode(&p);
        let i = flip.index(code.len());
        let mut bytes = code.clone().into_bytes();
        bytes[i] = if bytes[i] == b'Q' { b'R' } else { b'Q' };
        let altered = String::from_utf8(bytes).unwrap_or_default();
        if altered != code {
            prop_assert!(transfer::decode(&altered).is_err());
        }
    }

    #[test]
    fn search_never_panics(query in "\\PC{0,40}") {
        for lang in Lang::ALL {
            let site = read_site(lang).expect("data loads");
            let entries = okay_guide::logic::search::index(&site);
            prop_assert!(okay_guide::logic::search::search(&entries, &query).len() <= entries.len());
        }
    }
}

/// Stored values near ours (several layouts, odd numbers, damage) and arbitrary text.
fn stored_progress() -> impl Strategy<Value = String> {
    let numbers = prop::collection::vec(
        prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            (0u32..20).prop_map(|n| n.to_string()),
            Just("\"3\"".to_string()),
            Just("null".to_string()),
            Just("2.5".to_string())
        ],
        0..20,
    );
    prop_oneof![
        ".*",
        (0u64..5, numbers.clone(), any::<bool>()).prop_map(|(v, list, on)| {
            format!("{{\"v\":{v},\"watched\":[{}],\"show_all_spoilers\":{on}}}", list.join(","))
        }),
        (numbers.clone(), numbers.clone()).prop_map(|(list, stars)| {
            let ratings: Vec<String> = stars.iter().enumerate().map(|(i, s)| format!("\"{i}\":{s}")).collect();
            format!("{{\"v\":2,\"watched\":[{}],\"ratings\":{{{}}},\"notes\":{{\"1\":\"x\",\"2\":3}},\"rewatches\":7}}", list.join(","), ratings.join(","))
        }),
        numbers.clone().prop_map(|list| format!("[{}]", list.join(","))),
        // Format 3's runs, with odd keys, days and values.
        (3u64..5, prop::collection::vec(prop::collection::vec((numbers.clone(), day_text()), 0..6), 0..4), any::<bool>(), "\\PC{0,12}")
            .prop_map(|(v, runs, ended, rewatches)| {
                let runs: Vec<String> = runs
                    .iter()
                    .map(|run| {
                        let entries: Vec<String> = run
                            .iter()
                            .map(|(keys, day)| format!("\"{}\":{day}", keys.first().map_or("1", |k| k.as_str()).trim_matches('"')))
                            .collect();
                        format!("{{{}}}", entries.join(","))
                    })
                    .collect();
                format!("{{\"v\":{v},\"runs\":[{}],\"ended\":{ended},\"rewatches\":{},\"notes_open\":false}}", runs.join(","), quote(&rewatches))
            }),
        (".{0,40}", 0usize..200, any_progress()).prop_map(|(junk, at, p)| {
            let mut s = okay_guide::logic::progress::encode(&p);
            let mut at = at.min(s.len());
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            s.insert_str(at, &junk);
            s
        }),
        (".{0,40}", 0usize..60).prop_map(|(junk, at)| {
            let mut s = String::from("{\"v\":2,\"watched\":[1,2,3],\"show_all_spoilers\":false}");
            s.insert_str(at.min(s.len()), &junk);
            s
        }),
    ]
}

/// What a stored day could be: ours, impossible, out of range, or not a day at all.
fn day_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("null".to_string()),
        (2000i32..10_100, 0u8..14, 0u8..33)
            .prop_map(|(y, m, d)| format!("\"{y:04}-{m:02}-{d:02}\"")),
        Just("\"2021-02\"".to_string()),
        Just("7".to_string()),
        Just("true".to_string()),
        "\"\\PC{0,12}\"",
    ]
}

/// One side's value of a conflict.
fn pick<T>(side: Side, mine: T, theirs: T) -> T {
    match side {
        Side::Mine => mine,
        Side::Theirs => theirs,
    }
}
