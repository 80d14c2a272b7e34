//! Page titles and descriptions. The app sets them in the document head and the build writes them
//! into each route's static HTML, from the same functions, so a link preview matches the page.

use crate::data::model::{CastMember, Episode};
use crate::logic::routes::Route;

pub const SITE_NAME: &str = "It's Okay to Not Be Okay — fan guide";

#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
}

/// The full `<title>` text for a page title.
pub fn full_title(title: &str) -> String {
    if title.is_empty() {
        SITE_NAME.to_string()
    } else {
        format!("{title} · {SITE_NAME}")
    }
}

pub fn for_section(route: &Route) -> PageMeta {
    let (title, description) = match route {
        Route::Home => (
            "",
            "A fan guide to the 2020 K-drama It's Okay to Not Be Okay (사이코지만 괜찮아): premise, key facts, cast, all 16 episodes with their fairy tales and ratings, and whether a season 2 is coming.",
        ),
        Route::Cast => (
            "Cast",
            "Who plays whom in It's Okay to Not Be Okay: the four leads and the supporting cast, with names in English and Hangul and the actors' other roles.",
        ),
        Route::Episodes => (
            "Episodes",
            "All 16 episodes of It's Okay to Not Be Okay with air dates, titles, the fairy tale behind each one, and Nielsen ratings.",
        ),
        Route::Outlook => (
            "Will there be a season 2?",
            "Is a second season of It's Okay to Not Be Okay coming? The status, the reasons for and against with their sources, and a timeline.",
        ),
        Route::Search => (
            "Search",
            "Search the It's Okay to Not Be Okay fan guide: actors, characters, episodes and the fairy tales behind them, in English or Hangul.",
        ),
        Route::About => (
            "Awards, books and sources",
            "Awards won by It's Okay to Not Be Okay, Ko Moon-young's picture books that were published for real, where it was filmed and where to watch it, what to watch next, and every source this guide uses.",
        ),
        Route::NotFound => (
            "Page not found",
            "This page of the It's Okay to Not Be Okay fan guide does not exist.",
        ),
        Route::CastMember(_) | Route::Episode(_) => ("", ""),
    };
    PageMeta {
        title: title.to_string(),
        description: description.to_string(),
    }
}

pub fn for_cast_member(m: &CastMember) -> PageMeta {
    PageMeta {
        title: format!("{} ({})", m.character.en, m.actor.en),
        description: format!(
            "{} is played by {} in It's Okay to Not Be Okay. {}",
            m.character.en, m.actor.en, m.about
        ),
    }
}

pub fn for_episode(e: &Episode) -> PageMeta {
    let (title, _) = e.display_title();
    PageMeta {
        title: format!("Episode {}: {}", e.number, title.trim_matches(['“', '”'])),
        description: format!(
            "Episode {} of It's Okay to Not Be Okay, first aired {}. Built on: {}.",
            e.number,
            e.air_date.long(),
            e.tale
        ),
    }
}
