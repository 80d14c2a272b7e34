//! The one way the app gets its data: fetch a file under `data/`, check what came back, parse it
//! into the model, and keep it for the rest of the visit so moving between pages costs nothing.
//! A page needs the facts (`guide.json`) and the prose of its language (`text-<lang>.json`):
//! [`load_site`] fetches both at once and proves the prose complete for the facts.

use super::error::{Damage, LoadError};
use super::model::{Guide, RegionMap, TextFile, FORMAT};
use super::text::{self, Prose, Text, TextProblem};
use crate::core::json::{self, Json, Read};
use crate::core::lang::Lang;
use crate::core::paths::SitePaths;
use std::sync::Arc;

/// How long one data file may take before the loader gives up and says so.
pub const TIMEOUT_SECONDS: u32 = 12;

pub const GUIDE_FILE: &str = "guide.json";
pub const MAP_FILE: &str = "map.json";

/// The prose file of a language.
pub fn text_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "text-en.json",
        Lang::Ko => "text-ko.json",
    }
}

/// Everything a page draws from: the facts and one language's prose, both checked, and the map
/// of the filming places, which may fail on its own without taking the rest of the guide down.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub guide: Arc<Guide>,
    pub text: Arc<Text>,
    pub map: Result<Arc<RegionMap>, LoadError>,
}

impl Site {
    pub fn lang(&self) -> Lang {
        self.text.lang
    }

    /// A passage of this language's prose.
    pub fn t(&self, passage: Prose) -> &str {
        self.text.prose(passage)
    }

    /// Someone on the relationship map as a reader of this language knows them, and the slug of
    /// their cast page if they have one (the brothers' late mother has none: her name is prose).
    pub fn person_name(&self, id: &str) -> (String, Option<&str>) {
        let g = &self.guide;
        match g
            .person(id)
            .and_then(|p| p.cast.as_deref())
            .and_then(|slug| g.member(slug))
        {
            Some(m) => (m.character.get(self.lang()).to_string(), Some(&m.slug)),
            None => (self.t(Prose::PersonName(id)).to_string(), None),
        }
    }
}

/// A data file the app knows how to load, and the layout version it must carry.
pub trait DataFile: Read + 'static {
    const FORMAT: u32;
}

impl DataFile for Guide {
    const FORMAT: u32 = FORMAT;
}

impl DataFile for TextFile {
    const FORMAT: u32 = FORMAT;
}

/// The map's layout is versioned by its generator, `tools/map/make-map.mjs`.
impl DataFile for RegionMap {
    const FORMAT: u32 = 1;
}

/// Judges an HTTP answer and parses its body. Pure, so the host tests cover every failure.
///
/// Status and content are checked before parsing: hosts with an SPA fallback answer a missing
/// file with `index.html` and status 200, which must read as "not the data", not as a parse error.
pub fn parse_response<T: DataFile>(
    file: &str,
    status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<T, LoadError> {
    parse_json(file, check_response(file, status, content_type, body)?)
}

/// The checks of [`parse_response`] before parsing; returns the body without a leading byte-order
/// mark or spaces. Not generic, so the app carries it once for all three files.
pub fn check_response<'a>(
    file: &str,
    status: u16,
    content_type: Option<&str>,
    body: &'a str,
) -> Result<&'a str, LoadError> {
    let name = || file.to_string();
    match status {
        200..=299 => {}
        404 | 410 => {
            return Err(LoadError::NotFound {
                file: name(),
                status,
            })
        }
        _ => {
            return Err(LoadError::Server {
                file: name(),
                status,
            })
        }
    }
    let trimmed = body.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(LoadError::Empty { file: name() });
    }
    let looks_like_html = trimmed.starts_with('<')
        || content_type.is_some_and(|t| t.to_ascii_lowercase().contains("html"));
    if looks_like_html {
        return Err(LoadError::NotJson { file: name() });
    }
    Ok(trimmed)
}

/// Parses a file's text into the model and checks its format version.
pub fn parse_json<T: DataFile>(file: &str, text: &str) -> Result<T, LoadError> {
    let malformed = |damage: Damage, detail: String| LoadError::Malformed {
        file: file.to_string(),
        damage,
        detail: shorten(detail),
    };
    let value = json::parse(text).map_err(|e| malformed(Damage::Syntax, e))?;
    // Read the version first, so a file from another version of the guide says so instead of
    // failing on whichever field happened to change.
    if let Some(found) = value.field("format").and_then(|f| u32::read(&f).ok()) {
        if found != T::FORMAT {
            return Err(LoadError::WrongFormat {
                file: file.to_string(),
                found,
                expected: T::FORMAT,
            });
        }
    }
    T::read(&value).map_err(|e| malformed(Damage::Shape, e))
}

/// Checks a language's prose against the facts (see [`text::from_file`]).
pub fn check_text(file: TextFile, lang: Lang, guide: &Guide) -> Result<Text, LoadError> {
    let name = text_file(lang).to_string();
    text::from_file(file, lang, guide).map_err(|problem| match problem {
        TextProblem::WrongLanguage { found } => LoadError::WrongLanguage { file: name, found },
        TextProblem::Missing { count, first } => LoadError::Incomplete {
            file: name,
            count,
            first,
        },
    })
}

fn shorten(mut detail: String) -> String {
    // The parser's own message names the field; keep it short so it fits on a phone.
    if detail.len() > 160 {
        let mut cut = 160;
        while !detail.is_char_boundary(cut) {
            cut -= 1;
        }
        detail.truncate(cut);
        detail.push('…');
    }
    detail
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use std::any::Any;
    use std::cell::RefCell;

    thread_local! {
        // Only successful loads are kept, so "Try again" after a failure really fetches again.
        static CACHE: RefCell<Vec<(&'static str, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
    }

    fn cached<T: 'static>(key: &'static str) -> Option<Arc<T>> {
        CACHE.with(|c| {
            c.borrow()
                .iter()
                .find(|(k, _)| *k == key)?
                .1
                .downcast_ref::<Arc<T>>()
                .cloned()
        })
    }

    fn keep<T: 'static>(key: &'static str, value: &Arc<T>) {
        CACHE.with(|c| c.borrow_mut().push((key, Box::new(value.clone()))));
    }

    async fn fetch_text(
        file: &str,
        url: &str,
        signal: Option<&web_sys::AbortSignal>,
    ) -> Result<(u16, Option<String>, String), LoadError> {
        let network = || LoadError::Network {
            file: file.to_string(),
        };
        let response = gloo_net::http::Request::get(url)
            .abort_signal(signal)
            .send()
            .await
            .map_err(|_| network())?;
        let content_type = response.headers().get("content-type");
        let body = response.text().await.map_err(|_| network())?;
        Ok((response.status(), content_type, body))
    }

    /// Fetches and parses one file, giving up after [`TIMEOUT_SECONDS`].
    async fn fetch_file<T: DataFile>(
        file: &'static str,
        paths: &SitePaths,
    ) -> Result<T, LoadError> {
        let body = fetch_checked(file, &paths.data_url(file)).await?;
        parse_json(file, &body)
    }

    /// The fetching half of [`fetch_file`], apart so that one copy serves every file type.
    #[inline(never)]
    async fn fetch_checked(file: &'static str, url: &str) -> Result<String, LoadError> {
        use futures::future::{select, Either};
        // A request that never finishes must not leave the page waiting for ever: race it
        // against a timer and abort it when the timer wins.
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        let fetch = Box::pin(fetch_text(file, url, signal.as_ref()));
        let timer = Box::pin(crate::dom::sleep(TIMEOUT_SECONDS as i32 * 1000));
        let outcome = match select(fetch, timer).await {
            Either::Left((outcome, _)) => outcome,
            Either::Right(((), _)) => {
                if let Some(c) = &controller {
                    c.abort();
                }
                Err(LoadError::Timeout {
                    file: file.to_string(),
                    seconds: TIMEOUT_SECONDS,
                })
            }
        };
        let (status, content_type, body) = outcome?;
        check_response(file, status, content_type.as_deref(), &body).map(str::to_string)
    }

    async fn load_cached<T: DataFile>(
        file: &'static str,
        paths: &SitePaths,
    ) -> Result<Arc<T>, LoadError> {
        if let Some(hit) = cached::<T>(file) {
            return Ok(hit);
        }
        let value = Arc::new(fetch_file::<T>(file, paths).await.inspect_err(report)?);
        keep(file, &value);
        Ok(value)
    }

    fn report(e: &LoadError) {
        crate::dom::log_error(&format!("okay-guide: {e}"));
    }

    pub async fn load_site(lang: Lang, paths: &SitePaths) -> Result<Site, LoadError> {
        let file = text_file(lang);
        let (guide, text, map) = futures::join!(
            load_cached::<Guide>(GUIDE_FILE, paths),
            async {
                match cached::<Text>(file) {
                    Some(hit) => Ok(Err(hit)),
                    None => fetch_file::<TextFile>(file, paths).await.map(Ok),
                }
            },
            load_cached::<RegionMap>(MAP_FILE, paths)
        );
        let guide = guide?;
        let text = match text.inspect_err(report)? {
            Err(checked) => checked,
            Ok(raw) => {
                let checked = Arc::new(check_text(raw, lang, &guide).inspect_err(report)?);
                keep(file, &checked);
                checked
            }
        };
        Ok(Site { guide, text, map })
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::load_site;

/// Parses a data file on the host, strictly: a member the model has no field for is refused,
/// so a misspelt field fails the tests and the build instead of reading as absent. (The app in
/// the browser reads the same files leniently; by then the build has proved them.)
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_strict<T: DataFile>(file: &str, text: &str) -> Result<T, LoadError> {
    let value = parse_response::<T>(file, 200, Some("application/json"), text)?;
    let unknown = json::unknown_fields::<T>(text);
    match unknown.first() {
        None => Ok(value),
        Some(first) => Err(LoadError::Malformed {
            file: file.to_string(),
            damage: Damage::Shape,
            detail: format!(
                "{} field(s) the guide does not know, the first {first}",
                unknown.len()
            ),
        }),
    }
}

/// Reads a data file from `public/data/` on the host (prerendering and tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_file<T: DataFile>(file: &str) -> Result<T, LoadError> {
    let path = format!("{}/public/data/{file}", env!("CARGO_MANIFEST_DIR"));
    match std::fs::read_to_string(&path) {
        Ok(text) => parse_strict::<T>(file, &text),
        Err(_) => Err(LoadError::NotFound {
            file: file.to_string(),
            status: 404,
        }),
    }
}

/// The shipped facts and one language's prose, read from `public/data/` (host only).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_site(lang: Lang) -> Result<Site, LoadError> {
    let guide = read_file::<Guide>(GUIDE_FILE)?;
    let text = check_text(read_file::<TextFile>(text_file(lang))?, lang, &guide)?;
    Ok(Site {
        guide: Arc::new(guide),
        text: Arc::new(text),
        map: read_file::<RegionMap>(MAP_FILE).map(Arc::new),
    })
}

/// On the host there is no browser to fetch with; the prerenderer and tests read files directly.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load_site(lang: Lang, _paths: &SitePaths) -> Result<Site, LoadError> {
    read_site(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUIDE: &str = include_str!("../../public/data/guide.json");

    #[test]
    fn accepts_a_good_answer() {
        let guide = parse_response::<Guide>(GUIDE_FILE, 200, Some("application/json"), GUIDE);
        assert!(
            guide.is_ok_and(|g| g.cast.len() == 12),
            "the shipped facts parse"
        );
    }

    #[test]
    fn missing_file_and_server_errors_are_named() {
        assert_eq!(
            parse_response::<Guide>(GUIDE_FILE, 404, Some("text/html"), "<html>"),
            Err(LoadError::NotFound {
                file: GUIDE_FILE.into(),
                status: 404
            })
        );
        assert!(matches!(
            parse_response::<Guide>(GUIDE_FILE, 503, None, GUIDE),
            Err(LoadError::Server { status: 503, .. })
        ));
    }

    #[test]
    fn an_html_page_is_not_data() {
        // What a host with an SPA fallback sends for a missing file.
        let html = "<!DOCTYPE html><html><body>app</body></html>";
        assert!(matches!(
            parse_response::<TextFile>("text-ko.json", 200, Some("text/html; charset=utf-8"), html),
            Err(LoadError::NotJson { .. })
        ));
        assert!(matches!(
            parse_response::<TextFile>("text-ko.json", 200, Some("application/json"), html),
            Err(LoadError::NotJson { .. })
        ));
    }

    #[test]
    fn empty_and_broken_json_are_errors() {
        assert!(matches!(
            parse_response::<Guide>(GUIDE_FILE, 200, None, "  \n"),
            Err(LoadError::Empty { .. })
        ));
        // Cut near the middle, on a character boundary (the file has Hangul).
        let half = (0..=GUIDE.len() / 2)
            .rev()
            .find(|&i| GUIDE.is_char_boundary(i))
            .unwrap_or(0);
        let broken = &GUIDE[..half];
        let err = parse_response::<Guide>(GUIDE_FILE, 200, None, broken);
        assert!(matches!(err, Err(LoadError::Malformed { .. })));
        let wrong_shape = r#"{"format": 2, "cast": "everyone"}"#;
        let err = parse_response::<Guide>(GUIDE_FILE, 200, None, wrong_shape);
        assert!(err.is_err_and(|e| e.to_string().contains(GUIDE_FILE)));
    }

    #[test]
    fn other_format_versions_are_reported_as_such() {
        let future = GUIDE.replacen("\"format\": 2", "\"format\": 3", 1);
        assert_eq!(
            parse_response::<Guide>(GUIDE_FILE, 200, None, &future),
            Err(LoadError::WrongFormat {
                file: GUIDE_FILE.into(),
                found: 3,
                expected: 2
            })
        );
    }

    #[test]
    fn unknown_fields_are_ignored_in_the_browser_and_refused_on_the_host() {
        let extra = GUIDE.replacen("\"format\": 2", "\"format\": 2, \"added_later\": [1, 2]", 1);
        assert!(parse_response::<Guide>(GUIDE_FILE, 200, None, &extra).is_ok());
        assert!(parse_strict::<Guide>(GUIDE_FILE, GUIDE).is_ok());
        let misspelt = GUIDE.replacen("\"air_date\"", "\"airdate\"", 1);
        let err = parse_strict::<Guide>(
            GUIDE_FILE,
            &misspelt.replacen(
                "\"airdate\"",
                "\"air_date\": \"2020-06-20\", \"airdate\"",
                1,
            ),
        );
        assert!(
            err.as_ref()
                .is_err_and(|e| e.to_string().contains("episodes.0.airdate")),
            "{err:?}"
        );
    }

    #[test]
    fn prose_must_be_complete_and_in_the_right_language() {
        let guide: Guide = parse_json(GUIDE_FILE, GUIDE).expect("the shipped facts parse");
        let en: TextFile = parse_json(
            "text-en.json",
            include_str!("../../public/data/text-en.json"),
        )
        .expect("the shipped English parses");
        assert!(check_text(en.clone(), Lang::En, &guide).is_ok());
        assert!(matches!(
            check_text(en.clone(), Lang::Ko, &guide),
            Err(LoadError::WrongLanguage { .. })
        ));
        let mut short = en;
        short.text.retain(|(k, _)| k != "episode.3.synopsis");
        for (k, v) in short.text.iter_mut() {
            if k == "episode.4.tale" {
                *v = "   ".into();
            }
        }
        assert_eq!(
            check_text(short, Lang::En, &guide),
            Err(LoadError::Incomplete {
                file: "text-en.json".into(),
                count: 2,
                first: "episode.3.synopsis".into()
            })
        );
    }
}
