//! Property tests ("fuzzing" on stable Rust) for everything that reads untrusted text: the data
//! files, dates, routes and query strings, the data-name map a page carries, the stored watch
//! progress, the progress link and file, and search queries. None may panic, whatever the input;
//! every decoder answers with a value or a clear error.
//! `make test` runs the default number of cases; `make fuzz` runs many more (PROPTEST_CASES).
#![cfg(not(target_arch = "wasm32"))]

use okay_guide::core::date::PartialDate;
use okay_guide::core::lang::Lang;
use okay_guide::data::load::{check_text, parse_response, read_site, GUIDE_FILE};
use okay_guide::data::model::{Guide, RegionMap, TextFile};
use okay_guide::data::validate::{check_guide, check_map};
use okay_guide::logic::progress::{Progress, EPISODES, NOTE_MAX_CHARS};
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

fn any_progress() -> impl Strategy<Value = Progress> {
    (
        prop::collection::vec(0u32..20, 0..20),
        prop::collection::vec((0u32..20, 0u8..8), 0..20),
        prop::collection::vec((0u32..20, "\\PC{0,40}"), 0..6),
        any::<bool>(),
        0u32..4,
    )
        .prop_map(|(watched, ratings, notes, spoilers, rewatches)| {
            let mut p = Progress::default();
            for w in watched {
                p.set_watched(w, true);
            }
            for (e, s) in ratings {
                p.set_rating(e, Some(s));
            }
            for (e, n) in notes {
                p.set_note(e, &n);
            }
            p.set_show_all_spoilers(spoilers);
            p.set_rewatches(rewatches);
            p
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
        numbers.prop_map(|list| format!("[{}]", list.join(","))),
        (".{0,40}", 0usize..60).prop_map(|(junk, at)| {
            let mut s = String::from("{\"v\":2,\"watched\":[1,2,3],\"show_all_spoilers\":false}");
            s.insert_str(at.min(s.len()), &junk);
            s
        }),
    ]
}
