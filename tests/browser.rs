//! Components mounted in a real browser (headless Chromium via wasm-bindgen-test), checked
//! through the DOM they produce, in both languages.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use okay_guide::components::data_section::{DataSection, Render};
use okay_guide::components::episode_bits::EpisodeRow;
use okay_guide::components::frame::Frame;
use okay_guide::components::people::CastCard;
use okay_guide::components::qr_code::QrCode;
use okay_guide::components::relation_map::RelationMap;
use okay_guide::context::{provide_page, provide_site};
use okay_guide::core::date::days_from_civil;
use okay_guide::core::lang::Lang;
use okay_guide::core::paths::SitePaths;
use okay_guide::data::error::LoadError;
use okay_guide::data::load::{check_text, parse_json, Site, GUIDE_FILE};
use okay_guide::data::model::{Guide, TextFile};
use okay_guide::logic::ratings::extremes;
use okay_guide::logic::routes::Route;
use okay_guide::pages::outlook::OutlookPage;
use okay_guide::tracker::Tracker;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn site(lang: Lang) -> Site {
    let guide: Guide =
        parse_json(GUIDE_FILE, include_str!("../public/data/guide.json")).expect("guide.json");
    let file: TextFile = match lang {
        Lang::En => parse_json("text-en.json", include_str!("../public/data/text-en.json")),
        Lang::Ko => parse_json("text-ko.json", include_str!("../public/data/text-ko.json")),
    }
    .expect("text");
    let text = check_text(file, lang, &guide).expect("complete text");
    let map = parse_json("map.json", include_str!("../public/data/map.json")).map(Arc::new);
    Site {
        guide: Arc::new(guide),
        text: Arc::new(text),
        map,
    }
}

/// Mounts a view as a page in `lang` draws it: the language, the site's paths, an in-memory
/// tracker (a test may provide its own inside `f`) and, when given, the site, all in context.
fn mount<V: IntoView + 'static>(
    lang: Lang,
    site: Option<Site>,
    f: impl FnOnce() -> V + 'static,
) -> web_sys::HtmlElement {
    let f = move || {
        provide_page(lang, Box::leak(Box::new(SitePaths::new("/"))));
        provide_context(Tracker::in_memory());
        if let Some(site) = site {
            provide_site(site);
        }
        f()
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let el: web_sys::HtmlElement = document
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document
        .body()
        .expect("body")
        .append_child(&el)
        .expect("append");
    leptos::mount::mount_to(el.clone(), f).forget();
    el
}

fn text(el: &web_sys::HtmlElement, selector: &str) -> String {
    el.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn count(el: &web_sys::HtmlElement, selector: &str) -> u32 {
    el.query_selector_all(selector)
        .map(|l| l.length())
        .unwrap_or(0)
}

fn click(el: &web_sys::HtmlElement, selector: &str) {
    let target: web_sys::HtmlElement = el
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into();
    target.click();
}

/// Lets pending futures and effects run (resources resolve a tick after they start).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .expect("timeout");
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits for the browser's next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
fn cast_card_shows_names_in_both_scripts_in_each_language() {
    let s = site(Lang::En);
    let member = s.guide.member("ko-moon-young").cloned().expect("member");
    let en = mount(Lang::En, Some(s), move || view! { <CastCard member /> });
    let heading = text(&en, "h3");
    assert!(
        heading.contains("Ko Moon-young") && heading.contains("고문영"),
        "{heading}"
    );
    let link = en.query_selector("h3 a").ok().flatten().expect("link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/cast/ko-moon-young/")
    );
    assert!(text(&en, ".cast-card__roles").contains("Eve"));
    let s = site(Lang::Ko);
    let member = s.guide.member("ko-moon-young").cloned().expect("member");
    let ko = mount(Lang::Ko, Some(s), move || view! { <CastCard member /> });
    let link = ko.query_selector("h3 a").ok().flatten().expect("link");
    assert_eq!(link.text_content().as_deref(), Some("고문영"));
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/ko/cast/ko-moon-young/")
    );
    assert!(text(&ko, ".cast-card__roles").contains("이브"));
    assert!(text(&ko, ".cast-card__about").contains("동화 작가"));
}

#[wasm_bindgen_test]
fn markup_in_data_is_shown_as_text() {
    let s = site(Lang::En);
    let mut text_map: Vec<(String, String)> = s
        .text
        .keys()
        .map(|k| (k.to_string(), s.text.get(k).to_string()))
        .collect();
    text_map.retain(|(k, _)| k != "cast.nam-ju-ri.about");
    text_map.push((
        "cast.nam-ju-ri.about".into(),
        "<img src=x onerror=alert(1)><script>alert(2)</script>".into(),
    ));
    let mut guide = (*s.guide).clone();
    guide
        .citations
        .iter_mut()
        .for_each(|c| c.url = "javascript:alert(3)".into());
    let s = Site {
        guide: Arc::new(guide),
        text: Arc::new(okay_guide::data::text::Text::new(Lang::En, text_map)),
        map: s.map.clone(),
    };
    let member = s.guide.member("nam-ju-ri").cloned().expect("member");
    let el = mount(Lang::En, Some(s), move || view! { <CastCard member /> });
    assert!(el
        .query_selector("img, script, a[href^=javascript]")
        .ok()
        .flatten()
        .is_none());
    assert_eq!(
        text(&el, ".cast-card__about"),
        "<img src=x onerror=alert(1)><script>alert(2)</script>"
    );
}

#[wasm_bindgen_test]
async fn spoiler_text_is_absent_until_revealed() {
    let s = site(Lang::En);
    let member = s.guide.member("park-haeng-ja").cloned().expect("member");
    let el = mount(Lang::En, Some(s), move || view! { <CastCard member /> });
    assert!(
        !el.text_content().unwrap_or_default().contains("Do Hui-jae"),
        "spoiler leaked"
    );
    assert_eq!(text(&el, ".spoiler__reveal"), "Reveal spoiler (episode 13)");
    click(&el, ".spoiler__reveal");
    settle().await;
    assert!(el.text_content().unwrap_or_default().contains("Do Hui-jae"));
}

#[wasm_bindgen_test]
async fn watch_toggle_keeps_its_name_and_says_its_state_in_each_language() {
    for (lang, before, after) in [
        (Lang::En, "Watched, episode 3", "Watched, episode 3"),
        (Lang::Ko, "봤어요, 3회", "봤어요, 3회"),
    ] {
        let s = site(lang);
        let episode = s.guide.episode(3).cloned().expect("episode");
        let el = mount(lang, Some(s), move || {
            view! { <ol><EpisodeRow episode mark=None /></ol> }
        });
        let button = || {
            el.query_selector(".watch-toggle")
                .ok()
                .flatten()
                .expect("toggle")
        };
        assert_eq!(
            button().get_attribute("aria-label").as_deref(),
            Some(before)
        );
        assert_eq!(
            button().get_attribute("aria-pressed").as_deref(),
            Some("false")
        );
        click(&el, ".watch-toggle");
        settle().await;
        // The press answers at once; the progress changes after the next paint.
        assert_eq!(button().get_attribute("aria-label").as_deref(), Some(after));
        assert_eq!(
            button().get_attribute("aria-pressed").as_deref(),
            Some("true")
        );
        next_frame().await;
        settle().await;
        assert_eq!(count(&el, ".episode-row--watched"), 1);
        assert_eq!(
            button().get_attribute("aria-pressed").as_deref(),
            Some("true")
        );
    }
}

#[wasm_bindgen_test]
fn episode_rows_mark_extremes_and_stand_in_titles() {
    let s = site(Lang::En);
    let x = extremes(&s.guide.episodes);
    let rows = s.guide.episodes.clone();
    let el = mount(Lang::En, Some(s), move || {
        view! {
            <ol>
                {rows.into_iter().map(|episode| {
                    let mark = x.and_then(|x| x.mark_for(episode.number));
                    view! { <EpisodeRow episode mark /> }
                }).collect_view()}
            </ol>
        }
    });
    assert_eq!(count(&el, "li.episode-row"), 16);
    assert!(text(&el, "#episode-16 .rating").contains("7.3%"));
    assert!(text(&el, "#episode-16 .rating").contains("Highest"));
    assert!(text(&el, "#episode-2 .rating").contains("Lowest"));
    assert!(text(&el, "#episode-10 .rating").contains("5.4%"));
    assert!(text(&el, "#episode-1 time").starts_with("Sat 20 Jun"));
    assert!(text(&el, "#episode-15 .episode-row__title").contains("literal translation"));
    assert!(text(&el, "#episode-13 .episode-row__title").contains("fan translation"));
}

#[wasm_bindgen_test]
async fn the_relationship_map_leaves_locked_connections_out_of_the_page() {
    let s = site(Lang::En);
    let tracker = Tracker::in_memory();
    let el = mount(Lang::En, Some(s), move || {
        provide_context(tracker);
        view! { <RelationMap who=Some("moon-young".into()) /> }
    });
    settle().await;
    let page = el.inner_html();
    assert!(
        !page.contains("Do Hui-jae"),
        "a locked connection is in the DOM"
    );
    assert!(text(&el, ".relmap__status").contains("locked"));
    assert!(count(&el, "svg.relmap__svg .relmap__node") >= 3);
    tracker.mark_up_to(13);
    settle().await;
    let page = el.inner_html();
    assert!(
        page.contains("Do Hui-jae"),
        "episode 13 unlocks the head nurse's secret"
    );
    assert!(text(&el, ".connections").contains("mother and daughter"));
}

#[wasm_bindgen_test]
fn outlook_counts_from_the_readers_clock_in_korean() {
    let s = site(Lang::Ko);
    let today = days_from_civil(2026, 11, 25);
    let el = mount(Lang::Ko, Some(s), move || {
        view! { <OutlookPage today /> }
    });
    assert!(text(&el, ".verdict__asof").contains("최신 출처 2026년 5월, 2026년 12월 확인"));
    assert!(
        text(&el, ".figures").contains("2,299일"),
        "{}",
        text(&el, ".figures")
    );
    assert!(text(&el, ".figures").contains("6년 3개월"));
    assert!(count(&el, ".reason") >= 5);
    assert!(count(&el, ".timeline__item") >= 14);
    assert!(
        count(&el, ".reason .source__link") >= 5,
        "every reason links its sources"
    );
}

#[wasm_bindgen_test]
async fn a_failed_load_renders_a_message_with_retry_in_the_readers_language() {
    let el = mount(Lang::Ko, None, || {
        let failing = LocalResource::new(|| async {
            Err::<String, _>(LoadError::NotJson {
                file: "guide.json".into(),
            })
        });
        let render: Render<String> = Arc::new(|s: String| s.into_any());
        view! { <DataSection resource=failing render /> }
    });
    settle().await;
    let alert = text(&el, "[role=alert]");
    assert!(
        alert.contains("guide.json") && alert.contains("웹 페이지"),
        "{alert}"
    );
    assert_eq!(text(&el, "[role=alert] button"), "다시 시도");
}

#[wasm_bindgen_test]
fn the_frame_links_to_the_same_page_in_the_other_language() {
    let el = mount(Lang::En, None, || {
        view! { <Frame lang=Lang::En route=Signal::stored(Route::Episode(4))><p>"x"</p></Frame> }
    });
    let switch = el
        .query_selector(".lang-switch")
        .ok()
        .flatten()
        .expect("switch");
    assert_eq!(
        switch.get_attribute("href").as_deref(),
        Some("/ko/episodes/4/")
    );
    assert_eq!(switch.get_attribute("hreflang").as_deref(), Some("ko"));
    assert_eq!(switch.get_attribute("lang").as_deref(), Some("ko"));
    assert_eq!(switch.text_content().as_deref(), Some("한국어"));
    assert_eq!(
        el.query_selector("a[aria-current=page]")
            .ok()
            .flatten()
            .and_then(|a| a.text_content())
            .as_deref(),
        Some("Episodes")
    );
}

#[wasm_bindgen_test]
fn the_qr_code_is_drawn_as_one_path() {
    let el = mount(
        Lang::En,
        None,
        || view! { <QrCode text="https://example.org/progress/#p=AQ".to_string() /> },
    );
    let path = el
        .query_selector("svg.qr path")
        .ok()
        .flatten()
        .expect("path");
    assert!(path
        .get_attribute("d")
        .is_some_and(|d| d.starts_with('M') && d.len() > 200));
    let long = mount(
        Lang::En,
        None,
        || view! { <QrCode text="x".repeat(3000) /> },
    );
    assert!(long.query_selector("svg").ok().flatten().is_none());
    assert!(long.text_content().unwrap_or_default().contains("too long"));
}

#[wasm_bindgen_test]
fn the_shipped_data_reads_the_same_through_the_browsers_json_parse() {
    use okay_guide::data::validate::{check_guide, check_map, check_text};
    for lang in Lang::ALL {
        let s = site(lang);
        assert!(
            check_guide(&s.guide).is_empty(),
            "{:?}",
            check_guide(&s.guide)
        );
        assert!(check_text(&s.guide, &s.text).is_empty());
        // Every citation in the file was read (counted by the browser's own parse of it).
        let parsed = js_sys::JSON::parse(include_str!("../public/data/guide.json")).unwrap();
        let listed =
            js_sys::Array::from(&js_sys::Reflect::get(&parsed, &"citations".into()).unwrap());
        assert_eq!(s.guide.citations.len(), listed.length() as usize);
        assert!(listed.length() > 190);
        assert_eq!(s.guide.episodes.len(), 16);
        let map = s.map.as_ref().expect("map.json reads");
        assert!(check_map(&s.guide, map).is_empty());
    }
    let s = site(Lang::En);
    let ten = s
        .guide
        .episode(10)
        .and_then(|e| e.rating.clone())
        .expect("episode 10's rating");
    assert_eq!(
        (ten.value, ten.parts.clone(), ten.single_source),
        (5.4, vec![4.2, 5.4], true)
    );
    assert_eq!(
        s.guide
            .member("kwon-ki-do")
            .and_then(|m| m.character.ko.clone())
            .as_deref(),
        Some("권기도")
    );
    // A damaged file says where: the browser's parser, then the reader, name the problem.
    let broken = parse_json::<Guide>(GUIDE_FILE, "{\"format\": 2, \"cast\": 3}");
    let message = broken.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.contains("guide.json") && message.contains("wrong shape"),
        "{message}"
    );
    let not_json = parse_json::<Guide>(GUIDE_FILE, "{oops");
    assert!(not_json
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
        .contains("not valid JSON"));
}

#[wasm_bindgen_test]
async fn content_notes_follow_the_readers_setting_and_link_to_help() {
    use okay_guide::components::content_notes::ContentNotes;
    let s = site(Lang::Ko);
    // An episode whose notes include one that points to the help page.
    let episode = (1..=16)
        .find(|&n| s.guide.notes_of(n).any(|note| note.help))
        .expect("an episode with a note that links to help");
    let notes = s.guide.notes_of(episode).count() as u32;
    for open in [true, false] {
        let el = mount(Lang::Ko, Some(s.clone()), move || {
            let tracker = Tracker::in_memory();
            tracker.set_notes_open(open);
            provide_context(tracker);
            view! { <ContentNotes episode /> }
        });
        assert_eq!(count(&el, ".content-note"), notes);
        assert!(count(&el, ".content-note__help a") >= 1);
        let body = el
            .query_selector("#content-notes-body")
            .ok()
            .flatten()
            .expect("body");
        assert_eq!(body.has_attribute("hidden"), !open, "open: {open}");
        if !open {
            click(&el, ".content-notes__toggle");
            settle().await;
            let body = el
                .query_selector("#content-notes-body")
                .ok()
                .flatten()
                .expect("body");
            assert!(!body.has_attribute("hidden"), "the toggle opens them");
        }
    }
}

#[wasm_bindgen_test]
async fn a_watch_day_is_shown_and_a_merge_asks_where_the_two_disagree() {
    use okay_guide::components::tracker_panels::MergeChoices;
    use okay_guide::components::watch_toggle::WatchDay;
    use okay_guide::logic::progress::Progress;
    use okay_guide::logic::stats::air_days;
    let s = site(Lang::En);
    let air = air_days(&s.guide.episodes);
    let tracker = Tracker::in_memory();
    tracker.set_watched_today(3, true, &air);
    tracker.set_rating(2, Some(5));
    let mut theirs = Progress::default();
    theirs.set_rating(2, Some(1));
    let conflicts = tracker.plan_merge(&theirs).conflicts;
    assert_eq!(conflicts.len(), 1);
    let el = mount(Lang::En, Some(s), move || {
        provide_context(tracker);
        view! {
            <WatchDay number=3 />
            <WatchDay number=4 />
            <MergeChoices incoming=theirs conflicts on_done=|_| {} />
        }
    });
    assert!(text(&el, ".watch-day__now").starts_with("Watched on "));
    assert_eq!(
        count(&el, ".watch-day"),
        1,
        "only a watched episode has a day"
    );
    assert_eq!(text(&el, ".conflict legend"), "Episode 2: your rating");
    assert_eq!(count(&el, ".conflict input[type=radio]"), 2);
    assert_eq!(text(&el, ".conflict .choice"), "This device's: 5 stars");
}
