//! Property tests ("fuzzing" on stable Rust) for everything that reads untrusted text: the data
//! files, dates, routes and query strings, the data-name map a page carries, the stored watch
//! progress, the progress link and file, search queries and Netflix viewing-history files. None
//! may panic, whatever the input; every decoder answers with a value or a clear error. And the
//! progress's own promises: it round-trips through every form, and merging never loses anything.
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
    fn older_stored_values_keep_their_meaning(
        watched in prop::collection::vec(1u32..=16, 0..20),
        rewatches in 0u64..40,
        ratings in prop::collection::vec((1u32..=16, 1u8..=5), 0..5),
        on in any::<bool>(),
        v in 0u32..3,
    ) {
        use okay_guide::logic::progress::{decode, Loaded};
        let list: Vec<String> = watched.iter().map(u32::to_string).collect();
        let stars: Vec<String> = ratings.iter().map(|(e, s)| format!("\"{e}\":{s}")).collect();
        let raw = match v {
            0 => format!("[{}]", list.join(",")),
            1 => format!("{{\"v\":1,\"watched\":[{}],\"show_all_spoilers\":{on}}}", list.join(",")),
            _ => format!(
                "{{\"notes\":{{}},\"ratings\":{{{}}},\"rewatches\":{rewatches},\"show_all_spoilers\":{on},\"v\":2,\"watched\":[{}]}}",
                stars.join(","),
                list.join(",")
            ),
        };
        let (p, loaded) = decode(Some(&raw));
        let finished = if v == 2 { rewatches.min(MAX_RUNS as u64 - 1) as usize } else { 0 };
        prop_assert_eq!(loaded, if v == 2 && rewatches as usize > finished {
            Loaded::Repaired { dropped: 1 }
        } else {
            Loaded::Migrated { from: v }
        });
        // Format 2's rewatch count is that many complete runs before the current one, whose days
        // are not known; the list is the current run.
        prop_assert_eq!(p.runs().len(), finished + 1);
        prop_assert!(p.runs()[..finished].iter().all(|r| r.is_complete() && r.dates().count() == 0));
        let mut want: Vec<u32> = watched.clone();
        want.sort_unstable();
        want.dedup();
        prop_assert_eq!(p.watched().collect::<Vec<_>>(), want);
        prop_assert!(p.runs().iter().all(|r| r.dates().count() == 0));
        prop_assert_eq!(p.show_all_spoilers(), on && v > 0);
        prop_assert!(p.notes_open());
        if v == 2 {
            for (e, s) in &ratings {
                prop_assert!(p.rating(*e).is_some());
                let last = ratings.iter().rev().find(|(x, _)| x == e).map(|(_, s)| *s);
                prop_assert_eq!(p.rating(*e), last.or(Some(*s)));
            }
        }
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
            let entries = okay_guide::logic::search::index(&site, &|_| "theme");
            let found = okay_guide::logic::search::search(&entries, &query, &|n| n % 2 == 0);
            prop_assert!(found.len() <= entries.len());
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

/// The Netflix viewing-history reader: it never panics, generated files read back to what was
/// written into them, and the guide's own export is plain RFC 4180. Every row is invented.
mod netflix {
    use okay_guide::logic::netflix::*;
    use proptest::prelude::*;

    /// The catalogue the app builds, from the shipped guide: its titles as Netflix gives them (the
    /// fan translations left out) and each episode's broadcast day.
    pub fn catalogue() -> Catalogue {
        static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        CATALOGUE
            .get_or_init(|| {
                let guide = okay_guide::data::load::read_file::<okay_guide::data::model::Guide>(
                    "guide.json",
                );
                okay_guide::logic::netflix::catalogue(
                    &guide.expect("the shipped guide.json").episodes,
                )
            })
            .clone()
    }

    pub fn day(y: i32, m: u32, d: u32) -> Day {
        match day_from_ymd(y, m, d) {
            Some(day) => day,
            None => panic!("bad test date {y}-{m}-{d}"),
        }
    }

    pub fn air(episode: u32) -> Day {
        catalogue().episodes[episode as usize - 1].air_date
    }

    fn title(episode: u32, english: bool) -> Option<String> {
        catalogue().episodes[episode as usize - 1]
            .titles
            .iter()
            .find(|t| t.is_ascii() == english)
            .cloned()
    }

    pub fn en(episode: u32) -> Option<String> {
        title(episode, true)
    }

    pub fn ko(episode: u32) -> Option<String> {
        title(episode, false)
    }

    pub fn today() -> Day {
        day(2026, 12, 1)
    }

    pub fn options() -> Options<'static> {
        Options::new(today())
    }

    // ---------------------------------------------------------------- never panics

    proptest! {
        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = read(&bytes, &catalogue(), &options());
        }

        #[test]
        fn random_bytes_after_a_header_never_panic(
            header in 0usize..3,
            bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        ) {
            let mut file = [&b"Title,Date\n"[..], b"\xEF\xBB\xBFProfile Name,Start Time,Duration,Title,Supplemental Video Type\r\n", b""][header].to_vec();
            file.extend(bytes);
            let _ = read(&file, &catalogue(), &options());
        }
    }

    /// Pieces that make CSV-ish text interesting for the reader.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("\"".to_string()),
            Just("\"\"".to_string()),
            Just(",".to_string()),
            Just(";".to_string()),
            Just("\t".to_string()),
            Just("\r\n".to_string()),
            Just("\n".to_string()),
            Just("\r".to_string()),
            Just("\u{feff}".to_string()),
            Just(":".to_string()),
            Just(": ".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just(" (Episode 4)".to_string()),
            Just("(에피소드 ".to_string()),
            Just("화".to_string()),
            Just("It's Okay to Not Be Okay: ".to_string()),
            Just("사이코지만 괜찮아: ".to_string()),
            Just("Limited Series: ".to_string()),
            Just("Zombie Kid".to_string()),
            Just("장화, 홍련의 아빠".to_string()),
            Just("Title".to_string()),
            Just("Date".to_string()),
            Just("Start Time".to_string()),
            Just("Profile Name".to_string()),
            Just("Supplemental Video Type".to_string()),
            Just("Duration".to_string()),
            Just("watched_date".to_string()),
            Just("/".to_string()),
            Just(".".to_string()),
            Just("-".to_string()),
            Just(". ".to_string()),
            Just("2020-07-05 23:59:59".to_string()),
            Just("99:99:99".to_string()),
            (0u32..100_000).prop_map(|n| n.to_string()),
            "[0-9]{1,6}",
            "\\PC{0,12}",
            (1usize..50_000).prop_map(|n| "x".repeat(n)),
            (1usize..5_000).prop_map(|n| "\"".repeat(n)),
            (1usize..5_000).prop_map(|n| ",".repeat(n)),
        ]
    }

    proptest! {
        #[test]
        fn csv_ish_text_never_panics(
            header in prop_oneof![
                Just(""),
                Just("Title,Date\r\n"),
                Just("\u{feff}\"Title\",\"Date\"\n"),
                Just("Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country\n"),
            ],
            pieces in proptest::collection::vec(piece(), 0..60),
            offset in -2000i32..2000,
            today in -100_000i32..100_000,
            profile in proptest::option::of("\\PC{0,4}"),
        ) {
            let text = format!("{header}{}", pieces.concat());
            let opts = Options { today: i64::from(today), utc_offset_minutes: offset, profile: profile.as_deref() };
            if let Ok(p) = read(text.as_bytes(), &catalogue(), &opts) {
                // Whatever it found stays inside the file and the catalogue.
                let lines = text.matches('\n').count() + text.matches('\r').count() + 1;
                for m in &p.matches {
                    prop_assert!((1..=16).contains(&m.episode));
                    prop_assert!(m.line >= 2 && m.line <= lines);
                    prop_assert!(m.day >= air(m.episode) && m.day <= i64::from(today));
                }
                for a in &p.ambiguous {
                    prop_assert_eq!(a.choices.len(), 2);
                    prop_assert!(a.choices[0] < a.choices[1]);
                }
                prop_assert!(p.matches.len() + p.unplaced.len() + p.ambiguous.len() + p.other_rows + p.other_profile_rows <= p.rows);
                let _ = p.first_viewings();
            }
        }

        #[test]
        fn any_day_converts_without_panic(n in any::<i32>(), secs in any::<i64>()) {
            let (y, m, d) = ymd(i64::from(n));
            prop_assert!((1..=12).contains(&m) && (1..=31).contains(&d));
            if (1..=9999).contains(&y) {
                prop_assert_eq!(day_from_ymd(y, m, d), Some(i64::from(n)));
            }
            let _ = iso(i64::from(n));
            let _ = day_from_unix_seconds(secs);
        }
    }

    // ---------------------------------------------------------------- generated files read back

    /// The date shapes of a `Title,Date` file. The first six put day and month in an order the reader
    /// has to work out.
    const SHAPES: [&str; 11] = [
        "M/D/YY",
        "M/D/YYYY",
        "D/M/YY",
        "D/M/YYYY",
        "D.M.YY",
        "D-M-YYYY",
        "YYYY-MM-DD",
        "YYYY/MM/DD",
        "D.M.YYYY",
        "YY. M. D.",
        "YYYY. M. D.",
    ];

    fn write_date(shape: usize, d: Day) -> String {
        let (y, m, dd) = ymd(d);
        let yy = y % 100;
        match shape {
            0 => format!("{m}/{dd}/{yy:02}"),
            1 => format!("{m:02}/{dd:02}/{y}"),
            2 => format!("{dd}/{m}/{yy:02}"),
            3 => format!("{dd:02}/{m:02}/{y}"),
            4 => format!("{dd:02}.{m:02}.{yy:02}"),
            5 => format!("{dd}-{m}-{y}"),
            6 => format!("{y}-{m:02}-{dd:02}"),
            7 => format!("{y}/{m:02}/{dd:02}"),
            8 => format!("{dd}.{m}.{y}"),
            9 => format!("{yy:02}. {m}. {dd}."),
            _ => format!("{y}. {m}. {dd}."),
        }
    }

    fn month_first(shape: usize) -> Option<bool> {
        match shape {
            0 | 1 => Some(true),
            2..=5 | 8 => Some(false),
            _ => None,
        }
    }

    const LABELS: [&str; 5] = [
        "",
        "Limited Series: ",
        "Season 1: ",
        "시즌 1: ",
        "리미티드 시리즈: ",
    ];
    const SHOWS: [&str; 4] = [
        "It's Okay to Not Be Okay",
        "It’s Okay to Not Be Okay",
        "It's Okay Not to Be Okay",
        "사이코지만 괜찮아",
    ];

    /// A title Netflix could have written for this episode.
    fn write_title(episode: u32, style: usize, show: usize, label: usize) -> String {
        let head = format!("{}: {}", SHOWS[show % 4], LABELS[label % 5]);
        let named = match style % 3 {
            0 => en(episode).or(ko(episode)),
            _ => ko(episode).or(en(episode)),
        };
        match (style % 6, named) {
            (0 | 1, Some(name)) => format!("{head}{name}"),
            (2, Some(name)) => format!("{head}{name} (Episode {episode})"),
            (3, _) => format!("{head}Episode {episode}"),
            (4, _) => format!("{head}{episode}화"),
            _ => format!("{head}에피소드 {episode}"),
        }
    }

    fn quote(field: &str) -> String {
        format!("\"{}\"", field.replace('"', "\"\""))
    }

    #[derive(Clone, Debug)]
    struct Row {
        episode: u32,
        after_air: i32,
        /// Another date with a day of month of 12 or less (month index from June 2020, day).
        low: (i32, u32),
        style: usize,
        show: usize,
        label: usize,
        other_first: bool,
    }

    fn rows() -> impl Strategy<Value = Vec<Row>> {
        proptest::collection::vec(
            (
                1u32..=16,
                0i32..2300,
                (0i32..75, 1u32..=12),
                0usize..6,
                0usize..4,
                0usize..5,
                any::<bool>(),
            )
                .prop_map(
                    |(episode, after_air, low, style, show, label, other_first)| Row {
                        episode,
                        after_air,
                        low,
                        style,
                        show,
                        label,
                        other_first,
                    },
                ),
            1..40,
        )
    }

    proptest! {
        #[test]
        fn generated_title_date_file_reads_back(
            rows in rows(),
            shape in 0usize..SHAPES.len(),
            crlf in any::<bool>(),
            bom in any::<bool>(),
            quoted in any::<bool>(),
            low_days in any::<bool>(),
        ) {
            let nl = if crlf { "\r\n" } else { "\n" };
            let mut file = format!("{}Title,Date{nl}", if bom { "\u{feff}" } else { "" });
            let mut expected = Vec::new();
            let mut line = 1;
            let mut settles = false;
            let mut forced = false;
            for r in &rows {
                let mut watched = (air(r.episode) + i64::from(r.after_air)).min(today());
                // Files where no day is above 12 make the reader work the order out from broadcasts.
                let (k, d) = r.low;
                let low = day_from_ymd(2020 + (5 + k) / 12, 1 + ((5 + k) % 12) as u32, d);
                if let Some(low) = low.filter(|l| low_days && *l >= air(r.episode) && *l <= today()) {
                    watched = low;
                }
                if r.other_first {
                    line += 1;
                    file.push_str(&format!("{},{}{nl}", quote("Other Show: Season 1: Zombie Kid, Again"), write_date(shape, watched)));
                }
                let title = write_title(r.episode, r.style, r.show, r.label);
                let date = write_date(shape, watched);
                let title = if quoted || title.contains(',') { quote(&title) } else { title };
                file.push_str(&format!("{title},{date}{nl}"));
                line += 1;
                let (y, m, d) = ymd(watched);
                settles |= d > 12;
                // The other reading of the same digits, when the shape leaves the order open and it
                // is a different day that a viewing could have had.
                let other = day_from_ymd(y, d, m)
                    .filter(|o| month_first(shape).is_some() && *o != watched)
                    .filter(|o| *o >= air(r.episode) && *o <= today());
                let two_readings = month_first(shape).is_some() && d <= 12 && d != m;
                forced |= two_readings && other.is_none();
                expected.push((line, r.episode, watched, other.is_some()));
            }
            let p = read(file.as_bytes(), &catalogue(), &options());
            prop_assert!(p.is_ok(), "not read: {}", p.as_ref().err().map_or("", |e| e.code()));
            let p = p.unwrap_or_else(|_| unreachable!());
            prop_assert!(p.unplaced.is_empty());
            prop_assert_eq!(p.matches.len() + p.ambiguous.len(), expected.len());
            // A day above 12, or a row with only one possible reading, settles the whole file.
            let exact = month_first(shape).is_none() || settles || forced;
            if exact {
                prop_assert!(p.ambiguous.is_empty());
            }
            for a in &p.ambiguous {
                prop_assert!(a.choices.len() == 2 && a.choices[0] < a.choices[1]);
            }
            if let (Some(first), DateOrder::MonthDay | DateOrder::DayMonth) = (month_first(shape), p.date_order) {
                prop_assert_eq!(first, p.date_order == DateOrder::MonthDay);
            }
            for (line, episode, watched, open) in expected {
                if exact || !open {
                    let m = p.matches.iter().find(|m| m.line == line);
                    prop_assert_eq!(m.map(|m| (m.episode, m.day)), Some((episode, watched)));
                } else if let Some(m) = p.matches.iter().find(|m| m.line == line) {
                    prop_assert_eq!((m.episode, m.day), (episode, watched));
                } else {
                    let a = p.ambiguous.iter().find(|a| a.line == line);
                    prop_assert!(a.is_some_and(|a| a.episode == episode && a.choices.contains(&watched)));
                }
            }
        }

        #[test]
        fn generated_viewing_activity_reads_back(
            rows in proptest::collection::vec((1u32..=16, 1i64..2000, 0i64..86_400, 0usize..3, 0usize..6, any::<bool>()), 1..30),
            offset in -12 * 60i32..=14 * 60,
            pick in proptest::option::of(0usize..3),
        ) {
            const PROFILES: [&str; 3] = ["Mina", "Jun, Jr.", "할머니"];
            let mut file = String::from("Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country\r\n");
            let mut expected = Vec::new();
            for (i, (episode, after, second, who, style, trailer)) in rows.iter().enumerate() {
                let utc = (air(*episode) + after) * 86_400 + second;
                let utc = utc.min((today() - 1) * 86_400);
                let (d, secs) = (day_from_unix_seconds(utc), utc.rem_euclid(86_400));
                let stamp = format!("{} {:02}:{:02}:{:02}", iso(d), secs / 3600, secs / 60 % 60, secs % 60);
                let title = format!("{} (Episode {episode})", write_title(*episode, *style, 0, 1));
                let supplemental = if *trailer { "TRAILER" } else { "" };
                file.push_str(&format!(
                    "{},{stamp},00:42:00,,{},{supplemental},Smart TV,00:42:00,00:42:00,KR (Korea)\r\n",
                    quote(PROFILES[*who]), quote(&title)
                ));
                if !trailer && pick.is_none_or(|p| p == *who) {
                    expected.push((i + 2, *episode, day_from_unix_seconds(utc + i64::from(offset) * 60), utc));
                }
            }
            let opts = Options { utc_offset_minutes: offset, profile: pick.map(|p| PROFILES[p]), ..options() };
            let p = read(file.as_bytes(), &catalogue(), &opts);
            prop_assert!(p.is_ok());
            let p = p.unwrap_or_else(|_| unreachable!());
            let got: Vec<_> = p.matches.iter().map(|m| (m.line, m.episode, m.day, m.utc_seconds.unwrap_or(-1))).collect();
            prop_assert_eq!(got, expected);
            prop_assert!(p.ambiguous.is_empty());
            prop_assert!(p.unplaced.iter().all(|u| u.reason == Reason::Trailer));
            let mut profiles: Vec<&str> = Vec::new();
            for (_, _, _, who, _, _) in &rows {
                if !profiles.contains(&PROFILES[*who]) {
                    profiles.push(PROFILES[*who]);
                }
            }
            prop_assert_eq!(p.profiles, profiles);
        }
    }

    // ---------------------------------------------------------------- the export

    /// A strict, independent RFC 4180 reader for the test.
    fn simple_csv(text: &str) -> Option<Vec<Vec<String>>> {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        let mut was_quoted = false;
        while let Some(c) = chars.next() {
            if quoted {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.push(c);
                }
                continue;
            }
            match c {
                '"' if field.is_empty() && !was_quoted => {
                    quoted = true;
                    was_quoted = true;
                }
                '"' => return None,
                ',' => {
                    record.push(std::mem::take(&mut field));
                    was_quoted = false;
                }
                '\r' if chars.peek() == Some(&'\n') => {
                    chars.next();
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                    was_quoted = false;
                }
                _ if was_quoted => return None,
                _ => field.push(c),
            }
        }
        if quoted || !field.is_empty() || !record.is_empty() {
            return None;
        }
        Some(records)
    }

    fn export_row() -> impl Strategy<Value = ExportRow> {
        (
            any::<u32>(),
            proptest::option::of(any::<i32>()),
            proptest::option::of(any::<u32>()),
            proptest::option::of(any::<u8>()),
            prop_oneof![
                "\\PC{0,20}",
                ".{0,20}",
                "[,\"\r\n a]{0,12}",
                Just(String::new())
            ],
        )
            .prop_map(|(episode, watched, run, rating, note)| ExportRow {
                episode,
                watched: watched.map(i64::from),
                run,
                rating,
                note,
            })
    }

    proptest! {
        #[test]
        fn export_reads_back_with_a_plain_csv_reader(rows in proptest::collection::vec(export_row(), 0..20)) {
            let out = write_csv(&rows);
            let records = simple_csv(&out);
            prop_assert!(records.is_some(), "not RFC 4180: {}", out);
            let records = records.unwrap_or_default();
            prop_assert_eq!(records.len(), rows.len() + 1);
            prop_assert_eq!(records[0].join(","), EXPORT_HEADER);
            for (r, rec) in rows.iter().zip(&records[1..]) {
                let want = vec![
                    r.episode.to_string(),
                    r.watched.map(iso).unwrap_or_default(),
                    r.run.map(|x| x.to_string()).unwrap_or_default(),
                    r.rating.map(|x| x.to_string()).unwrap_or_default(),
                    r.note.clone(),
                ];
                prop_assert_eq!(rec, &want);
                if let Some(d) = r.watched {
                    let (y, m, dd) = ymd(d);
                    if (1..=9999).contains(&y) {
                        prop_assert_eq!(&rec[1], &format!("{y:04}-{m:02}-{dd:02}"));
                    }
                }
            }
            // Never mistaken for a Netflix file.
            prop_assert_eq!(read(out.as_bytes(), &catalogue(), &options()).err(), Some(FileError::OwnExport));
        }
    }

    proptest! {
        #[test]
        fn an_import_takes_each_episodes_earliest_possible_day(
            rows in rows(),
            shape in 0usize..SHAPES.len(),
            answer in any::<prop::sample::Index>(),
        ) {
            let mut file = String::from("Title,Date\n");
            for r in &rows {
                let watched = (air(r.episode) + i64::from(r.after_air)).min(today());
                let title = quote(&write_title(r.episode, r.style, r.show, r.label));
                file.push_str(&format!("{title},{}\n", write_date(shape, watched)));
            }
            let Ok(p) = read(file.as_bytes(), &catalogue(), &options()) else {
                return Err(TestCaseError::fail("not read"));
            };
            let air: [Day; 16] = std::array::from_fn(|i| air(i as u32 + 1));
            let mut import = import(&p, &air, today());
            let first = p.first_viewings();
            let check = |import: &Import| -> Result<(), TestCaseError> {
                let incoming = import.incoming();
                prop_assert_eq!(incoming.runs().len(), 1);
                for (i, sure) in first.iter().enumerate() {
                    let e = i as u32 + 1;
                    let got = incoming.runs()[0].mark(e);
                    // Never later than the file's earliest sure viewing; watched if the file
                    // shows it at all.
                    if let Some(d) = sure {
                        prop_assert!(got.flatten().is_some_and(|g| g <= *d));
                    }
                    let asked = p.ambiguous.iter().any(|a| a.episode == e);
                    prop_assert_eq!(got.is_some(), sure.is_some() || asked);
                    if let Some(Some(d)) = got {
                        prop_assert!(d >= air[i] && d <= today());
                    }
                }
                for a in &import.ambiguous {
                    let known = incoming.runs()[0].mark(a.episode).flatten();
                    prop_assert!(a.choices.iter().any(|c| known.is_none_or(|k| *c < k)));
                }
                Ok(())
            };
            check(&import)?;
            // Answering the questions only ever moves a day earlier.
            while let Some(q) = import.ambiguous.first().cloned() {
                let day = q.choices[answer.index(q.choices.len())];
                let before = import.incoming().runs()[0].mark(q.episode).flatten();
                prop_assert!(import.choose(0, day));
                let after = import.incoming().runs()[0].mark(q.episode).flatten();
                prop_assert_eq!(after, Some(before.map_or(day, |b| b.min(day))));
                check(&import)?;
            }
        }
    }

    #[test]
    fn shapes_cover_every_supported_order() {
        // Every date shape the reader supports is generated above; keep the list and the writer in step.
        for (i, _) in SHAPES.iter().enumerate() {
            let d = day(2020, 7, 25);
            let p = read(
                format!(
                    "Title,Date\n\"It's Okay to Not Be Okay: The Ugly Duckling\",\"{}\"\n",
                    write_date(i, d)
                )
                .as_bytes(),
                &catalogue(),
                &options(),
            );
            assert_eq!(
                p.map(|p| p.matches.first().map(|m| m.day)),
                Ok(Some(d)),
                "shape {}",
                SHAPES[i]
            );
        }
    }
}
