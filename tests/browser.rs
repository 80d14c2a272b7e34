//! Components mounted in a real browser (headless Chromium via wasm-bindgen-test), checked
//! through the DOM they produce.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use okay_guide::components::cast_card::CastCard;
use okay_guide::components::data_section::DataSection;
use okay_guide::components::episode_row::EpisodeRow;
use okay_guide::data::error::LoadError;
use okay_guide::data::load::parse_json;
use okay_guide::data::model::{Cast, EpisodeGuide, Outlook};
use okay_guide::logic::dates::days_from_civil;
use okay_guide::logic::ratings::extremes;
use okay_guide::pages::outlook::OutlookView;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn cast() -> Cast {
    parse_json(include_str!("../public/data/cast.json")).expect("cast.json")
}

fn episodes() -> EpisodeGuide {
    parse_json(include_str!("../public/data/episodes.json")).expect("episodes.json")
}

fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
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

#[wasm_bindgen_test]
fn cast_card_shows_names_in_both_scripts_and_links_to_the_character() {
    let member = cast().find("ko-moon-young").cloned().expect("member");
    let el = mount(move || view! { <CastCard member /> });
    let heading = text(&el, "h3");
    assert!(heading.contains("Ko Moon-young"), "{heading}");
    assert!(heading.contains("고문영"), "{heading}");
    let actor = text(&el, ".cast-card__actor");
    assert!(
        actor.contains("Seo Yea-ji") && actor.contains("서예지"),
        "{actor}"
    );
    let link = el.query_selector("h3 a").ok().flatten().expect("link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/cast/ko-moon-young/")
    );
    assert!(text(&el, ".cast-card__roles").contains("Eve"));
    assert!(el
        .query_selector("svg.portrait[aria-hidden=true]")
        .ok()
        .flatten()
        .is_some());
}

#[wasm_bindgen_test]
fn markup_in_data_is_shown_as_text() {
    let mut member = cast().members[0].clone();
    member.about = "<img src=x onerror=alert(1)><script>alert(2)</script>".into();
    member.source.url = Some("javascript:alert(3)".into());
    let el = mount(move || view! { <CastCard member /> });
    assert!(el.query_selector("img, script").ok().flatten().is_none());
    assert_eq!(
        text(&el, ".cast-card__about"),
        "<img src=x onerror=alert(1)><script>alert(2)</script>"
    );
}

#[wasm_bindgen_test]
async fn spoiler_text_is_absent_until_revealed() {
    let member = cast().find("park-haeng-ja").cloned().expect("member");
    let el = mount(move || view! { <CastCard member /> });
    let all = el.text_content().unwrap_or_default();
    assert!(!all.contains("Do Hui-jae"), "spoiler leaked: {all}");
    let button: web_sys::HtmlElement = el
        .query_selector(".spoiler__reveal")
        .ok()
        .flatten()
        .expect("reveal button")
        .unchecked_into();
    assert_eq!(
        button.text_content().as_deref(),
        Some("Reveal spoiler (episode 13)")
    );
    button.click();
    settle().await;
    assert!(el.text_content().unwrap_or_default().contains("Do Hui-jae"));
}

#[wasm_bindgen_test]
fn episode_rows_mark_extremes_and_missing_ratings() {
    let guide = episodes();
    let x = extremes(&guide.episodes);
    let rows = guide.episodes.clone();
    let el = mount(move || {
        view! {
            <ol>
                {rows
                    .into_iter()
                    .map(|episode| {
                        let mark = x.and_then(|x| x.mark_for(episode.number));
                        view! { <EpisodeRow episode mark /> }
                    })
                    .collect_view()}
            </ol>
        }
    });
    assert_eq!(
        el.query_selector_all("li.episode-row")
            .map(|l| l.length())
            .unwrap_or(0),
        16
    );
    assert!(text(&el, "#episode-16 .rating").contains("7.3%"));
    assert!(text(&el, "#episode-16 .rating").contains("Highest"));
    assert!(text(&el, "#episode-2 .rating").contains("Lowest"));
    assert!(text(&el, "#episode-10 .rating").contains("n/a"));
    assert!(text(&el, "#episode-1 time").starts_with("Sat 20 Jun 2020"));
    assert!(text(&el, "#episode-14 .episode-row__title").contains("literal translation"));
    let thirteen = text(&el, "#episode-13 .episode-row__title");
    assert!(
        thirteen.contains("Title not confirmed") && !thirteen.contains("translation"),
        "{thirteen}"
    );
}

#[wasm_bindgen_test]
fn outlook_shows_status_date_and_clock_figures() {
    let outlook: Outlook =
        parse_json(include_str!("../public/data/outlook.json")).expect("outlook");
    let today = days_from_civil(2026, 11, 24);
    let el = mount(move || view! { <OutlookView outlook today /> });
    assert!(text(&el, ".verdict__asof").contains("September 2025"));
    assert!(text(&el, ".verdict__headline").contains("No season 2"));
    assert!(text(&el, ".figures").contains("2298"));
    assert!(
        el.query_selector_all(".reason")
            .map(|l| l.length())
            .unwrap_or(0)
            >= 5
    );
    assert!(
        el.query_selector_all(".timeline__item")
            .map(|l| l.length())
            .unwrap_or(0)
            >= 10
    );
}

#[wasm_bindgen_test]
async fn a_failed_load_renders_a_message_with_retry() {
    let el = mount(|| {
        let failing = LocalResource::new(|| async {
            Err::<Cast, _>(LoadError::NotJson {
                file: "cast.json".into(),
            })
        });
        view! { <DataSection resource=failing render=|c: Cast| c.note /> }
    });
    settle().await;
    let alert = text(&el, "[role=alert]");
    assert!(
        alert.contains("sent a web page where the data file cast.json should be"),
        "{alert}"
    );
    assert!(el
        .query_selector("[role=alert] button")
        .ok()
        .flatten()
        .is_some());
}

#[wasm_bindgen_test]
fn ratings_chart_is_an_image_named_for_ratings_with_a_gap() {
    use okay_guide::components::ratings_chart::RatingsChart;
    let guide = episodes();
    let el = mount(move || view! { <RatingsChart episodes=guide.episodes /> });
    let svg = el
        .query_selector("svg[role=img]")
        .ok()
        .flatten()
        .expect("chart");
    let label = svg.get_attribute("aria-label").unwrap_or_default();
    assert!(
        label.contains("ratings") && label.contains("No figure for episode 10"),
        "{label}"
    );
    assert_eq!(
        el.query_selector_all("rect.chart__bar")
            .map(|l| l.length())
            .unwrap_or(0),
        15
    );
    assert_eq!(
        el.query_selector_all("tbody tr")
            .map(|l| l.length())
            .unwrap_or(0),
        16
    );
}

fn button(el: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    el.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn marking_an_episode_renames_its_button_and_unlocks_its_spoilers() {
    use okay_guide::components::spoiler::Spoiler;
    use okay_guide::components::watch_toggle::WatchToggle;
    use okay_guide::tracker::Tracker;
    let el = mount(|| {
        provide_context(Tracker::in_memory());
        view! {
            <WatchToggle number=13 />
            <Spoiler from_episode=13 text="the head nurse's secret".to_string() />
        }
    });
    let toggle = button(&el, ".watch-toggle");
    assert_eq!(
        toggle.get_attribute("aria-label").as_deref(),
        Some("Mark episode 13 as watched")
    );
    assert!(!el.text_content().unwrap_or_default().contains("secret"));
    toggle.click();
    settle().await;
    assert_eq!(
        toggle.get_attribute("aria-label").as_deref(),
        Some("Mark episode 13 as unwatched")
    );
    assert!(text(&el, ".spoiler").contains("the head nurse's secret"));
    toggle.click();
    settle().await;
    assert!(
        !el.text_content().unwrap_or_default().contains("secret"),
        "unmarking hides it again"
    );
}

#[wasm_bindgen_test]
async fn progress_counts_and_points_to_the_next_episode() {
    use okay_guide::components::watch_progress::WatchProgress;
    use okay_guide::tracker::Tracker;
    let tracker = Tracker::in_memory();
    let guide = episodes();
    let el = mount(move || {
        provide_context(tracker);
        view! { <WatchProgress episodes=guide.episodes /> }
    });
    assert_eq!(text(&el, ".progress__count"), "0 of 16 watched");
    assert!(text(&el, ".progress__next").contains("Start with episode 1"));
    tracker.mark_up_to(4);
    settle().await;
    assert_eq!(text(&el, ".progress__count"), "4 of 16 watched");
    assert!(text(&el, ".progress__next").contains("Continue with episode 5"));
    assert!(text(&el, ".progress__next").contains("Rapunzel"));
}

#[wasm_bindgen_test]
async fn search_filters_as_the_reader_types() {
    use okay_guide::pages::search::SearchView;
    let (c, g) = (cast(), episodes());
    let el = mount(move || view! { <SearchView cast=c guide=g /> });
    assert_eq!(
        el.query_selector_all(".search-result")
            .map(|l| l.length())
            .unwrap_or(99),
        0
    );
    let input: web_sys::HtmlInputElement = el
        .query_selector("input[type=search]")
        .ok()
        .flatten()
        .expect("search field")
        .unchecked_into();
    let label = text(&el, "label[for=search-input]");
    assert_eq!(label, "Search");
    input.set_value("오정세");
    let event = web_sys::Event::new("input").expect("event");
    input.dispatch_event(&event).expect("dispatch");
    settle().await;
    assert_eq!(
        el.query_selector_all(".search-result")
            .map(|l| l.length())
            .unwrap_or(0),
        1
    );
    assert!(text(&el, ".search-result").contains("Moon Sang-tae"));
}
