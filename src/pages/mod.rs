//! One file per route. Each page is a plain view of the loaded site (facts and one language's
//! prose), so the app, the build's prerenderer and the browser tests all draw it the same way.
//! Only the places page loads something more (its map), in a section of its own.
pub mod about;
pub mod cast;
pub mod cast_member;
pub mod episode;
pub mod episodes;
pub mod help;
pub mod home;
pub mod music;
pub mod not_found;
pub mod outlook;
pub mod places;
pub mod portrayal;
pub mod progress;
pub mod relationships;
pub mod search;
pub mod story;

use crate::data::load::Site;
use crate::logic::routes::Route;
use leptos::prelude::*;

/// The page for a route. `query` is the address's query string (search and the map read it).
pub fn page_for(route: &Route, site: Site, query: &str) -> AnyView {
    // Every view of the page draws from this site (see `crate::context`).
    crate::context::provide_site(site);
    let q = |key: &str| crate::pages::query_value(query, key);
    match route {
        Route::Home => view! { <home::HomePage /> }.into_any(),
        Route::Cast => view! { <cast::CastPage /> }.into_any(),
        Route::CastMember(slug) => {
            view! { <cast_member::CastMemberPage slug=slug.clone() /> }.into_any()
        }
        Route::Episodes => view! { <episodes::EpisodesPage /> }.into_any(),
        Route::Episode(n) => view! { <episode::EpisodePage number=*n /> }.into_any(),
        Route::Relationships => {
            view! { <relationships::RelationshipsPage who=q("who") /> }.into_any()
        }
        Route::Music => view! { <music::MusicPage /> }.into_any(),
        Route::Places => view! { <places::PlacesPage /> }.into_any(),
        Route::Outlook => view! { <outlook::OutlookPage today=crate::dom::today() /> }.into_any(),
        Route::About => view! { <about::AboutPage /> }.into_any(),
        Route::Search => {
            view! { <search::SearchPage initial=q("q").unwrap_or_default() /> }.into_any()
        }
        Route::Progress => view! { <progress::ProgressPage /> }.into_any(),
        Route::Help => view! { <help::HelpPage /> }.into_any(),
        Route::Portrayal => view! { <portrayal::PortrayalPage /> }.into_any(),
        Route::Story => view! { <story::StoryPage /> }.into_any(),
        Route::NotFound => view! { <not_found::NotFoundPage /> }.into_any(),
    }
}

/// One value of a query string (`?q=red+shoes&x=1`), decoded; `None` when absent or malformed.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then(|| decode_component(v)).flatten()
    })
}

/// Percent-decoding of a query value (`+` is a space), refusing broken escapes and non-UTF-8.
pub fn decode_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_query_values() {
        assert_eq!(
            query_value("?q=red+shoes", "q").as_deref(),
            Some("red shoes")
        );
        assert_eq!(
            query_value("?x=1&q=%EB%AC%B8%EA%B0%95%ED%83%9C", "q").as_deref(),
            Some("문강태")
        );
        assert_eq!(
            query_value("?who=gang-tae", "who").as_deref(),
            Some("gang-tae")
        );
        assert_eq!(query_value("?q=%zz", "q"), None);
        assert_eq!(query_value("?q=%E", "q"), None);
        assert_eq!(query_value("?q=%FF", "q"), None);
        assert_eq!(query_value("", "q"), None);
        assert_eq!(query_value("?q", "q").as_deref(), Some(""));
    }
}
