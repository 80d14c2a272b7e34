//! The guide's URL scheme, as plain data: the app, the build-time prerenderer and the tests all
//! read routes from here, so a link can never point at a page the build did not write.
//!
//! Canonical paths end in a slash (`/cast/`), because each route is written to the build as
//! `<path>/index.html`, and static hosts answer `/cast` with a redirect to `/cast/`. Both forms parse.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Cast,
    CastMember(String),
    Episodes,
    Episode(u32),
    Outlook,
    Search,
    About,
    NotFound,
}

/// The top-level sections, in the order the navigation shows them.
pub const SECTIONS: [(Route, &str); 6] = [
    (Route::Home, "Home"),
    (Route::Cast, "Cast"),
    (Route::Episodes, "Episodes"),
    (Route::Outlook, "Season 2?"),
    (Route::About, "About"),
    (Route::Search, "Search"),
];

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Route {
    /// Reads a path relative to the site's base (leading slash optional, query and hash removed).
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let segments: Vec<&str> = path
            .split('/')
            .filter(|s| !s.is_empty() && *s != "index.html")
            .collect();
        match segments.as_slice() {
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
            ["outlook"] => Route::Outlook,
            ["search"] => Route::Search,
            ["about"] => Route::About,
            _ => Route::NotFound,
        }
    }

    /// The canonical path relative to the base, always starting and ending with '/'.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Cast => "/cast/".into(),
            Route::CastMember(slug) => format!("/cast/{slug}/"),
            Route::Episodes => "/episodes/".into(),
            Route::Episode(n) => format!("/episodes/{n}/"),
            Route::Outlook => "/outlook/".into(),
            Route::Search => "/search/".into(),
            Route::About => "/about/".into(),
            Route::NotFound => "/404/".into(),
        }
    }

    /// Whether the page needs the app as soon as it has loaded, rather than at the reader's first
    /// touch or key: its prerendered markup can only be a start. The outlook counts its figures
    /// from the reader's own date, search answers what was typed, and the not-found page is served
    /// for addresses the build never saw.
    pub fn needs_app_at_once(&self) -> bool {
        matches!(self, Route::Outlook | Route::Search | Route::NotFound)
    }

    /// The section a route belongs to, for `aria-current` in the navigation.
    pub fn section(&self) -> Option<Route> {
        match self {
            Route::Home => Some(Route::Home),
            Route::Cast | Route::CastMember(_) => Some(Route::Cast),
            Route::Episodes | Route::Episode(_) => Some(Route::Episodes),
            Route::Outlook => Some(Route::Outlook),
            Route::Search => Some(Route::Search),
            Route::About => Some(Route::About),
            Route::NotFound => None,
        }
    }
}

/// Joins the site's base path ("/" or "/some/path/") and a route path into an absolute URL path.
pub fn join_base(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// Removes the site's base from a location's pathname; `None` when the path lies outside the site.
pub fn strip_base<'a>(base: &str, pathname: &'a str) -> Option<&'a str> {
    let base = base.trim_end_matches('/');
    let rest = pathname.strip_prefix(base)?;
    (rest.is_empty() || rest.starts_with('/')).then_some(rest)
}

/// Normalises a configured public URL to the "/a/b/" form (leading and trailing slash).
pub fn normalise_base(raw: &str) -> String {
    let inner = raw.trim().trim_matches('/');
    if inner.is_empty() {
        "/".into()
    } else {
        format!("/{inner}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_route_with_and_without_trailing_slash() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/index.html"), Route::Home);
        assert_eq!(Route::parse("/cast"), Route::Cast);
        assert_eq!(Route::parse("/cast/"), Route::Cast);
        assert_eq!(
            Route::parse("/cast/ko-moon-young/"),
            Route::CastMember("ko-moon-young".into())
        );
        assert_eq!(Route::parse("/episodes/16"), Route::Episode(16));
        assert_eq!(Route::parse("/episodes/16/?x=1#top"), Route::Episode(16));
        assert_eq!(Route::parse("/outlook/"), Route::Outlook);
        assert_eq!(Route::parse("/search/?q=moon"), Route::Search);
        assert_eq!(Route::parse("/about"), Route::About);
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
            assert_eq!(Route::parse(path), Route::NotFound, "{path}");
        }
        // Syntactically fine, but no such episode: the page decides, not the parser.
        assert_eq!(Route::parse("/episodes/17"), Route::Episode(17));
    }

    #[test]
    fn paths_round_trip() {
        for route in [
            Route::Home,
            Route::Cast,
            Route::CastMember("oh-ji-wang".into()),
            Route::Episodes,
            Route::Episode(1),
            Route::Outlook,
            Route::Search,
            Route::About,
        ] {
            assert_eq!(Route::parse(&route.path()), route);
        }
    }

    #[test]
    fn base_paths() {
        assert_eq!(join_base("/", "/cast/"), "/cast/");
        assert_eq!(join_base("/guide/", "/cast/"), "/guide/cast/");
        assert_eq!(join_base("/guide/", "/"), "/guide/");
        assert_eq!(strip_base("/guide/", "/guide/cast/"), Some("/cast/"));
        assert_eq!(strip_base("/guide/", "/guide"), Some(""));
        assert_eq!(strip_base("/guide/", "/guidebook/"), None);
        assert_eq!(strip_base("/", "/cast/"), Some("/cast/"));
        assert_eq!(normalise_base(""), "/");
        assert_eq!(normalise_base("guide"), "/guide/");
        assert_eq!(normalise_base("/a/b"), "/a/b/");
    }

    #[test]
    fn sections_for_aria_current() {
        assert_eq!(Route::Episode(3).section(), Some(Route::Episodes));
        assert_eq!(Route::CastMember("x".into()).section(), Some(Route::Cast));
        assert_eq!(Route::NotFound.section(), None);
    }

    #[test]
    fn only_live_pages_start_the_app_at_once() {
        assert!(Route::Outlook.needs_app_at_once());
        assert!(Route::Search.needs_app_at_once());
        assert!(Route::NotFound.needs_app_at_once());
        for quiet in [
            Route::Home,
            Route::Cast,
            Route::Episodes,
            Route::About,
            Route::Episode(3),
        ] {
            assert!(!quiet.needs_app_at_once(), "{quiet:?}");
        }
        assert!(!Route::CastMember("ko-moon-young".into()).needs_app_at_once());
    }
}
