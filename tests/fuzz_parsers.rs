//! Property tests ("fuzzing" on stable Rust) for everything that reads untrusted text: the data
//! files, dates, routes, the data-name map a page carries, the stored watch progress and search
//! queries. None may panic, whatever the input.
//! `make test` runs the default number of cases; `make fuzz` runs many more (PROPTEST_CASES).
#![cfg(not(target_arch = "wasm32"))]

use okay_guide::data::load::parse_response;
use okay_guide::data::model::{Cast, EpisodeGuide, Outlook, Show};
use okay_guide::data::validate::{check_cast, check_episodes, check_outlook, check_show};
use okay_guide::logic::dates::PartialDate;
use okay_guide::logic::routes::Route;
use proptest::prelude::*;

const FILES: [&str; 4] = [
    include_str!("../public/data/show.json"),
    include_str!("../public/data/cast.json"),
    include_str!("../public/data/episodes.json"),
    include_str!("../public/data/outlook.json"),
];

/// Parses `text` as every data file and runs the checks on whatever parses.
fn parse_all(status: u16, content_type: Option<&str>, text: &str) {
    if let Ok(v) = parse_response::<Show>(status, content_type, text) {
        let _ = check_show(&v);
    }
    if let Ok(v) = parse_response::<Cast>(status, content_type, text) {
        let _ = check_cast(&v);
    }
    if let Ok(v) = parse_response::<EpisodeGuide>(status, content_type, text) {
        let _ = check_episodes(&v);
    }
    if let Ok(v) = parse_response::<Outlook>(status, content_type, text) {
        let _ = check_outlook(&v);
    }
}

/// A real file with some bytes changed, removed or inserted: close to valid, which reaches deeper
/// into the parsers than random text does.
fn mutated_file() -> impl Strategy<Value = String> {
    (
        0..FILES.len(),
        prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<char>()), 1..8),
    )
        .prop_map(|(which, edits)| {
            let mut chars: Vec<char> = FILES[which].chars().collect();
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
        let text = FILES[2]
            .replacen("\"rating\": 6.1", &format!("\"rating\": {rating:e}"), 1)
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
    fn routes_never_panic_and_round_trip(path in "(/[a-z0-9%.+-]{0,12}){0,5}/?") {
        let route = Route::parse(&path);
        if route != Route::NotFound {
            prop_assert_eq!(Route::parse(&route.path()), route);
        }
    }

    #[test]
    fn data_name_maps_never_panic(spec in "\\PC{0,200}") {
        okay_guide::paths::set_data_names(&spec);
        let url = okay_guide::paths::data_url("cast.json");
        prop_assert!(url.starts_with("/data/") && !url.contains(".."), "{}", url);
        okay_guide::paths::set_data_names("");
    }

    #[test]
    fn stored_progress_never_panics_and_what_it_reads_is_valid(raw in stored_progress()) {
        use okay_guide::logic::progress::{decode, encode, Loaded, EPISODES};
        let (progress, loaded) = decode(Some(&raw));
        prop_assert!(progress.watched().all(|n| (1..=EPISODES).contains(&n)));
        if loaded == Loaded::Unreadable {
            prop_assert_eq!(progress.count(), 0);
        }
        // Whatever was read is saved in today's layout and reads back the same.
        let (again, how) = decode(Some(&encode(&progress)));
        prop_assert_eq!(again, progress);
        prop_assert_eq!(how, Loaded::Current);
    }

    #[test]
    fn search_never_panics(query in "\\PC{0,40}") {
        let cast = parse_response::<Cast>(200, None, FILES[1]).ok();
        let guide = parse_response::<EpisodeGuide>(200, None, FILES[2]).ok();
        if let (Some(cast), Some(guide)) = (cast, guide) {
            let entries = okay_guide::logic::search::index(&cast, &guide);
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
            format!(
                "{{\"v\":{v},\"watched\":[{}],\"show_all_spoilers\":{on}}}",
                list.join(",")
            )
        }),
        numbers.prop_map(|list| format!("[{}]", list.join(","))),
        (".{0,40}", 0usize..60).prop_map(|(junk, at)| {
            let mut s = String::from("{\"v\":1,\"watched\":[1,2,3],\"show_all_spoilers\":false}");
            s.insert_str(at.min(s.len()), &junk);
            s
        }),
    ]
}
