//! Where the site lives. The build can place the guide under any path (`make build
//! PUBLIC_URL=/guide/`); Trunk writes that path into `<base href>`, and the build names the
//! content-hashed copies of the data files in each page. [`SitePaths`] holds both, read once at
//! start and handed to whatever makes a link or fetches a file.

/// The site's base path ("/" or "/a/b/") and the data files' content-hashed names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SitePaths {
    base: String,
    /// Plain data file name → the content-hashed name this build's pages were written with.
    data_names: Vec<(String, String)>,
}

impl SitePaths {
    /// A base path as configured ("guide", "/guide", "/guide/"), normalised.
    pub fn new(base: &str) -> Self {
        SitePaths {
            base: normalise_base(base),
            data_names: Vec::new(),
        }
    }

    /// Adds the data names from `show.json=show-0123….json cast.json=…` (the build writes it into
    /// each page), keeping only well-formed pairs: the page is data too.
    pub fn with_data_names(mut self, spec: &str) -> Self {
        self.data_names = spec
            .split_whitespace()
            .filter_map(|pair| pair.split_once('='))
            .filter(|(plain, hashed)| {
                let ok = |s: &str| {
                    s.ends_with(".json")
                        && s.bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
                };
                ok(plain) && ok(hashed)
            })
            .map(|(p, h)| (p.to_string(), h.to_string()))
            .collect();
        self
    }

    /// "/" or "/a/b/".
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The absolute URL path of `path` (relative to the site), e.g. `/guide/ko/cast/`.
    pub fn join(&self, path: &str) -> String {
        join_base(&self.base, path)
    }

    /// The URL of a data file: its content-hashed name when the page names one.
    pub fn data_url(&self, file: &str) -> String {
        let name = self
            .data_names
            .iter()
            .find(|(plain, _)| plain == file)
            .map_or(file, |(_, hashed)| hashed.as_str());
        self.join(&format!("data/{name}"))
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
    fn data_urls_use_the_pages_hashed_names() {
        let paths = SitePaths::new("/guide/");
        assert_eq!(paths.data_url("cast.json"), "/guide/data/cast.json");
        let paths = paths.with_data_names(
            "cast.json=cast-0123456789abcdef.json bogus show.json=../../etc.json x=y.json",
        );
        assert_eq!(
            paths.data_url("cast.json"),
            "/guide/data/cast-0123456789abcdef.json"
        );
        assert_eq!(
            paths.data_url("show.json"),
            "/guide/data/show.json",
            "a path in a name is refused"
        );
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
        assert_eq!(SitePaths::new("guide").base(), "/guide/");
    }
}
