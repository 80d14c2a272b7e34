//! The one way the app gets its data: fetch a file under `data/`, check what came back, parse it
//! into the model, and keep it for the rest of the visit so moving between pages costs nothing.

use super::error::LoadError;
use super::model::{Cast, EpisodeGuide, Outlook, Show, FORMAT};
use serde::de::DeserializeOwned;

/// How long one data file may take before the loader gives up and says so.
pub const TIMEOUT_SECONDS: u32 = 12;

/// A data file the app knows how to load.
pub trait DataFile: DeserializeOwned + Clone + 'static {
    /// The file's name inside `data/`.
    const FILE: &'static str;
    /// The format version the file claims, checked against [`FORMAT`].
    fn format(&self) -> u32;
}

macro_rules! data_file {
    ($ty:ty, $file:literal) => {
        impl DataFile for $ty {
            const FILE: &'static str = $file;
            fn format(&self) -> u32 {
                self.format
            }
        }
    };
}

data_file!(Show, "show.json");
data_file!(Cast, "cast.json");
data_file!(EpisodeGuide, "episodes.json");
data_file!(Outlook, "outlook.json");

/// Judges an HTTP answer and parses its body. Pure, so the host tests cover every failure.
///
/// Status and content are checked before parsing: hosts with an SPA fallback answer a missing
/// file with `index.html` and status 200, which must read as "not the data", not as a parse error.
pub fn parse_response<T: DataFile>(
    status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<T, LoadError> {
    let file = T::FILE.to_string();
    match status {
        200..=299 => {}
        404 | 410 => return Err(LoadError::NotFound { file, status }),
        _ => return Err(LoadError::Server { file, status }),
    }
    let trimmed = body.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(LoadError::Empty { file });
    }
    let looks_like_html = trimmed.starts_with('<')
        || content_type.is_some_and(|t| t.to_ascii_lowercase().contains("html"));
    if looks_like_html {
        return Err(LoadError::NotJson { file });
    }
    parse_json(trimmed)
}

/// Parses a file's text into the model and checks its format version.
pub fn parse_json<T: DataFile>(text: &str) -> Result<T, LoadError> {
    let file = T::FILE.to_string();
    // Read the version first, so a file from another version of the guide says so instead of
    // failing on whichever field happened to change.
    #[derive(serde::Deserialize)]
    struct Version {
        format: Option<u32>,
    }
    if let Ok(Version {
        format: Some(found),
    }) = serde_json::from_str::<Version>(text)
    {
        if found != FORMAT {
            return Err(LoadError::WrongFormat {
                file,
                found,
                expected: FORMAT,
            });
        }
    }
    let value: T = serde_json::from_str(text).map_err(|e| LoadError::Malformed {
        file,
        detail: describe_serde_error(&e),
    })?;
    Ok(value)
}

fn describe_serde_error(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Syntax => "it is not valid JSON",
        Category::Eof => "it ends too early",
        Category::Data => "a field has the wrong shape",
        Category::Io => "it could not be read",
    };
    // serde's own message names the field; keep it short so it fits on a phone.
    let mut detail = e.to_string();
    if detail.len() > 160 {
        let mut cut = 160;
        while !detail.is_char_boundary(cut) {
            cut -= 1;
        }
        detail.truncate(cut);
        detail.push('…');
    }
    format!("{what}: {detail}")
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use std::any::Any;
    use std::cell::RefCell;
    use std::collections::HashMap;

    thread_local! {
        // Only successful loads are kept, so "Try again" after a failure really fetches again.
        static CACHE: RefCell<HashMap<&'static str, Box<dyn Any>>> = RefCell::new(HashMap::new());
    }

    pub fn cached<T: DataFile>() -> Option<T> {
        CACHE.with(|c| {
            c.borrow()
                .get(T::FILE)
                .and_then(|v| v.downcast_ref::<T>())
                .cloned()
        })
    }

    /// Resolves after `ms` milliseconds (a browser timer; no extra crate for one sleep).
    async fn sleep(ms: i32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    async fn fetch_text<T: DataFile>(
        signal: Option<&web_sys::AbortSignal>,
    ) -> Result<(u16, Option<String>, String), LoadError> {
        let network = || LoadError::Network {
            file: T::FILE.to_string(),
        };
        let url = crate::paths::data_url(T::FILE);
        let response = gloo_net::http::Request::get(&url)
            .abort_signal(signal)
            .send()
            .await
            .map_err(|_| network())?;
        let content_type = response.headers().get("content-type");
        let body = response.text().await.map_err(|_| network())?;
        Ok((response.status(), content_type, body))
    }

    pub async fn load<T: DataFile>() -> Result<T, LoadError> {
        use futures::future::{select, Either};
        if let Some(hit) = cached::<T>() {
            return Ok(hit);
        }
        // A request that never finishes must not leave the page waiting for ever: race it
        // against a timer and abort it when the timer wins.
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        let fetch = Box::pin(fetch_text::<T>(signal.as_ref()));
        let timer = Box::pin(sleep(TIMEOUT_SECONDS as i32 * 1000));
        let outcome = match select(fetch, timer).await {
            Either::Left((outcome, _)) => outcome,
            Either::Right(((), _)) => {
                if let Some(c) = &controller {
                    c.abort();
                }
                Err(LoadError::Timeout {
                    file: T::FILE.to_string(),
                    seconds: TIMEOUT_SECONDS,
                })
            }
        };
        let result = outcome.and_then(
            |(status, content_type, body): (u16, Option<String>, String)| {
                parse_response::<T>(status, content_type.as_deref(), &body)
            },
        );
        match &result {
            Ok(value) => CACHE.with(|c| {
                c.borrow_mut().insert(T::FILE, Box::new(value.clone()));
            }),
            Err(e) => web_sys::console::error_1(&format!("okay-guide: {e}").into()),
        }
        result
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::load;

/// On the host there is no browser to fetch with; the prerenderer and tests read files directly.
#[cfg(not(target_arch = "wasm32"))]
pub async fn load<T: DataFile>() -> Result<T, LoadError> {
    let path = format!("{}/public/data/{}", env!("CARGO_MANIFEST_DIR"), T::FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => parse_response::<T>(200, Some("application/json"), &text),
        Err(_) => Err(LoadError::NotFound {
            file: T::FILE.to_string(),
            status: 404,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAST: &str = include_str!("../../public/data/cast.json");

    #[test]
    fn accepts_a_good_answer() {
        let cast = parse_response::<Cast>(200, Some("application/json"), CAST);
        assert!(cast.is_ok_and(|c| c.members.len() == 12));
    }

    #[test]
    fn missing_file_and_server_errors_are_named() {
        assert_eq!(
            parse_response::<Cast>(404, Some("text/html"), "<html>"),
            Err(LoadError::NotFound {
                file: "cast.json".into(),
                status: 404
            })
        );
        assert!(matches!(
            parse_response::<Cast>(503, None, CAST),
            Err(LoadError::Server { status: 503, .. })
        ));
    }

    #[test]
    fn an_html_page_is_not_data() {
        // What a host with an SPA fallback sends for a missing file.
        let html = "<!DOCTYPE html><html><body>app</body></html>";
        assert!(matches!(
            parse_response::<Show>(200, Some("text/html; charset=utf-8"), html),
            Err(LoadError::NotJson { .. })
        ));
        assert!(matches!(
            parse_response::<Show>(200, Some("application/json"), html),
            Err(LoadError::NotJson { .. })
        ));
    }

    #[test]
    fn empty_and_broken_json_are_errors() {
        assert!(matches!(
            parse_response::<Show>(200, None, "  \n"),
            Err(LoadError::Empty { .. })
        ));
        let broken = &CAST[..CAST.len() / 2];
        let err = parse_response::<Cast>(200, None, broken);
        assert!(matches!(err, Err(LoadError::Malformed { .. })));
        let wrong_shape = r#"{"format": 1, "members": "everyone"}"#;
        let err = parse_response::<Cast>(200, None, wrong_shape).unwrap_err();
        assert!(err.to_string().contains("cast.json"), "{err}");
    }

    #[test]
    fn other_format_versions_are_reported_as_such() {
        let future = CAST.replacen("\"format\": 1", "\"format\": 2", 1);
        assert_eq!(
            parse_response::<Cast>(200, None, &future),
            Err(LoadError::WrongFormat {
                file: "cast.json".into(),
                found: 2,
                expected: 1
            })
        );
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let extra = CAST.replacen("\"format\": 1", "\"format\": 1, \"added_later\": [1, 2]", 1);
        assert!(parse_response::<Cast>(200, None, &extra).is_ok());
    }

    #[test]
    fn messages_are_fan_readable() {
        let e = LoadError::NotJson {
            file: "episodes.json".into(),
        };
        assert!(e.to_string().starts_with("The server sent a web page"));
        assert!(!e.to_string().contains("serde"));
    }
}
