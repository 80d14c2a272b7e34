//! The guide's URL scheme, as plain data: the app, the build-time prerenderer and the tests all
//! read routes from here, so a link can never point at a page the build did not write.
//!
//! English lives at the site's root (`/cast/`), Korean mirrors every route under `/ko/`
//! (`/ko/cast/`). Canonical paths end in a slash, because each route is written to the build as
//! `<path>/index.html`, and static hosts answer `/cast` with a redirect to `/cast/`. Both forms parse.

use crate::core::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Cast,
    CastMember(String),
    Episodes,
    Episode(u32),
    Relationships,
    Music,
    Places,
    Outlook,
    Search,
    About,
    Progress,
    /// Help lines, for a viewer the series has shaken.
    Help,
    /// How the series portrays mental health: cited views.
    Portrayal,
    /// The story so far: recaps of the episodes the reader has watched.
    Story,
    NotFound,
}

/// The top-level sections, in the order the navigation shows them.
pub const SECTIONS: [Route; 9] = [
    Route::Home,
    Route::Cast,
    Route::Episodes,
    Route::Relationships,
    Route::Music,
    Route::Places,
    Route::Outlook,
    Route::About,
    Route::Search,
];

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Reads a path relative to the site's base (leading slash optional, query and hash removed):
/// its language and its route.
pub fn parse(path: &str) -> (Lang, Route) {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let mut segments: Vec<&str> = path
        .split('/')
        .filter(|s| !s.is_empty() && *s != "index.html")
        .collect();
    let lang = if segments.first() == Some(&"ko") {
        segments.remove(0);
        Lang::Ko
    } else {
        Lang::En
    };
    let route = match segments.as_slice() {
        [] => Route::Home,
        ["cast"] => Route::Cast,
        ["cast", slug] if is_slug(slug) => Route::CastMember((*slug).to_string()),
        ["episodes"] => Route::Episodes,
        // Only plain digits: "+3", "03" or "3.0" are not episode addresses.
        ["episodes", n]
            if n.len() <= 3 && !n.starts_with('0') && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            n.parse().map(Route::Episode).unwrap_or(Route::NotFound)
        }
        ["relationships"] => Route::Relationships,
        ["music"] => Route::Music,
        ["places"] => Route::Places,
        ["outlook"] => Route::Outlook,
        ["search"] => Route::Search,
        ["about"] => Route::About,
        ["progress"] => Route::Progress,
        ["help"] => Route::Help,
        ["portrayal"] => Route::Portrayal,
        ["story"] => Route::Story,
        _ => Route::NotFound,
    };
    (lang, route)
}

impl Route {
    /// The canonical path in English, relative to the base, starting and ending with '/'.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Cast => "/cast/".into(),
            Route::CastMember(slug) => format!("/cast/{slug}/"),
            Route::Episodes => "/episodes/".into(),
            Route::Episode(n) => format!("/episodes/{n}/"),
            Route::Relationships => "/relationships/".into(),
            Route::Music => "/music/".into(),
            Route::Places => "/places/".into(),
            Route::Outlook => "/outlook/".into(),
            Route::Search => "/search/".into(),
            Route::About => "/about/".into(),
            Route::Progress => "/progress/".into(),
            Route::Help => "/help/".into(),
            Route::Portrayal => "/portrayal/".into(),
            Route::Story => "/story/".into(),
            Route::NotFound => "/404/".into(),
        }
    }

    /// The canonical path in `lang`: Korean pages live under `/ko/`.
    pub fn path_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.path(),
            Lang::Ko => format!("/ko{}", self.path()),
        }
    }

    /// Whether the page needs the app as soon as it has loaded, rather than at the reader's first
    /// touch or key: its prerendered markup can only be a start. The outlook counts its figures
    /// from the reader's own date, search answers what was typed, the progress page reads the
    /// link it was opened with, and the not-found page is served for addresses the build never saw.
    pub fn needs_app_at_once(&self) -> bool {
        matches!(
            self,
            Route::Outlook | Route::Search | Route::Progress | Route::Story | Route::NotFound
        )
    }

    /// The section a route belongs to, for `aria-current` in the navigation.
    pub fn section(&self) -> Option<Route> {
        match self {
            Route::Cast | Route::CastMember(_) => Some(Route::Cast),
            Route::Episodes | Route::Episode(_) => Some(Route::Episodes),
            Route::NotFound | Route::Progress | Route::Help | Route::Portrayal | Route::Story => {
                None
            }
            other => Some(other.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(path: &str) -> Route {
        let (lang, route) = parse(path);
        assert_eq!(lang, Lang::En, "{path}");
        route
    }

    #[test]
    fn parses_every_route_with_and_without_trailing_slash() {
        assert_eq!(en("/"), Route::Home);
        assert_eq!(en(""), Route::Home);
        assert_eq!(en("/index.html"), Route::Home);
        assert_eq!(en("/cast"), Route::Cast);
        assert_eq!(en("/cast/"), Route::Cast);
        assert_eq!(
            en("/cast/ko-moon-young/"),
            Route::CastMember("ko-moon-young".into())
        );
        assert_eq!(en("/episodes/16"), Route::Episode(16));
        assert_eq!(en("/episodes/16/?x=1#top"), Route::Episode(16));
        assert_eq!(en("/relationships/"), Route::Relationships);
        assert_eq!(en("/music"), Route::Music);
        assert_eq!(en("/places/"), Route::Places);
        assert_eq!(en("/outlook/"), Route::Outlook);
        assert_eq!(en("/search/?q=moon"), Route::Search);
        assert_eq!(en("/about"), Route::About);
        assert_eq!(en("/progress/#p=AQAA"), Route::Progress);
    }

    #[test]
    fn korean_mirrors_every_route_under_ko() {
        assert_eq!(parse("/ko/"), (Lang::Ko, Route::Home));
        assert_eq!(parse("/ko"), (Lang::Ko, Route::Home));
        assert_eq!(parse("/ko/episodes/16/"), (Lang::Ko, Route::Episode(16)));
        assert_eq!(
            parse("/ko/cast/ko-moon-young/"),
            (Lang::Ko, Route::CastMember("ko-moon-young".into()))
        );
        assert_eq!(parse("/ko/nope/"), (Lang::Ko, Route::NotFound));
        assert_eq!(parse("/ko/ko/"), (Lang::Ko, Route::NotFound));
        assert_eq!(parse("/en/cast/"), (Lang::En, Route::NotFound));
    }

    #[test]
    fn rejects_odd_addresses() {
        for path in [
            "/nope",
            "/episodes/abc",
            "/episodes/03",
            "/episodes/+3",
            "/episodes/99999999999",
            "/cast/Ko-Moon-Young",
            "/cast/%3Cscript%3E",
            "/cast/a/b",
            "/outlook/extra",
        ] {
            assert_eq!(en(path), Route::NotFound, "{path}");
        }
        // Syntactically fine, but no such episode: the page decides, not the parser.
        assert_eq!(en("/episodes/17"), Route::Episode(17));
    }

    #[test]
    fn paths_round_trip_in_both_languages() {
        for route in [
            Route::Home,
            Route::Cast,
            Route::CastMember("oh-ji-wang".into()),
            Route::Episodes,
            Route::Episode(1),
            Route::Relationships,
            Route::Music,
            Route::Places,
            Route::Outlook,
            Route::Search,
            Route::About,
            Route::Progress,
            Route::Help,
            Route::Portrayal,
            Route::Story,
        ] {
            for lang in Lang::ALL {
                assert_eq!(parse(&route.path_in(lang)), (lang, route.clone()));
            }
        }
        assert_eq!(Route::Cast.path_in(Lang::Ko), "/ko/cast/");
        assert_eq!(Route::Home.path_in(Lang::Ko), "/ko/");
    }

    #[test]
    fn sections_for_aria_current() {
        assert_eq!(Route::Episode(3).section(), Some(Route::Episodes));
        assert_eq!(Route::CastMember("x".into()).section(), Some(Route::Cast));
        assert_eq!(Route::Music.section(), Some(Route::Music));
        assert_eq!(Route::NotFound.section(), None);
    }

    #[test]
    fn only_live_pages_start_the_app_at_once() {
        for live in [
            Route::Outlook,
            Route::Search,
            Route::Progress,
            Route::Story,
            Route::NotFound,
        ] {
            assert!(live.needs_app_at_once(), "{live:?}");
        }
        for quiet in [
            Route::Home,
            Route::Cast,
            Route::Episodes,
            Route::About,
            Route::Episode(3),
            Route::Relationships,
            Route::Music,
            Route::Places,
            Route::Help,
            Route::Portrayal,
            Route::CastMember("ko-moon-young".into()),
        ] {
            assert!(!quiet.needs_app_at_once(), "{quiet:?}");
        }
    }
}
