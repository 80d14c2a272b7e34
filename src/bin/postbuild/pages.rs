//! Step 1: one static HTML file per route and language, rendered from the app's own views and data.

use leptos::prelude::*;
use okay_guide::components::frame::Frame;
use okay_guide::context::{provide_page, Paths};
use okay_guide::core::lang::Lang;
use okay_guide::core::paths::SitePaths;
use okay_guide::data::load::{
    check_text, parse_strict, text_file, DataFile, Site, GUIDE_FILE, MAP_FILE,
};
use okay_guide::data::model::{Guide, RegionMap, TextFile};
use okay_guide::i18n::meta::{self, full_title, PageMeta};
use okay_guide::i18n::ui;
use okay_guide::logic::routes::{Route, SECTIONS};
use okay_guide::pages::page_for;
use okay_guide::tracker::Tracker;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::Site as Build;

fn read<T: DataFile>(dist: &Path, file: &str) -> Result<T, String> {
    let path = dist.join("data").join(file);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_strict(file, &text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every route the build writes, in one language.
pub fn routes(guide: &Guide) -> Vec<Route> {
    let mut all = SECTIONS.to_vec();
    all.extend([Route::Progress, Route::Help, Route::Portrayal, Route::Story]);
    all.extend(guide.cast.iter().map(|m| Route::CastMember(m.slug.clone())));
    all.extend(guide.episodes.iter().map(|e| Route::Episode(e.number)));
    all.push(Route::NotFound);
    all
}

fn page_html(route: &Route, site: &Site, paths: Paths) -> String {
    // Each page is drawn in an owner of its own, with its own language and site in context.
    let owner = Owner::new();
    owner.with(|| {
        provide_page(site.lang(), paths);
        provide_context(Tracker::in_memory());
        let page = page_for(route, site.clone(), "");
        // Read by the boot script (`boot.js`): which address this markup is for, and whether the app
        // must start at once.
        let path = route.path_in(site.lang());
        let boot = route.needs_app_at_once().then_some("now");
        view! {
            <div id="prerendered" data-path=path data-boot=boot>
                <Frame lang=site.lang() route=Signal::stored(route.clone())>{page}</Frame>
            </div>
        }
        .to_html()
        // Leptos marks some places in its HTML with empty comments (`<!>`) for hydration, which this
        // app never does (it replaces the markup); HTML's own grammar calls them bogus comments.
        .replace("<!>", "")
    })
}

pub fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Puts a route's language, title, description, alternates, link-preview tags, the CSP and the
/// content into the shell.
fn fill_shell(
    build: &Build,
    shell: &str,
    csp: &str,
    route: &Route,
    lang: Lang,
    meta: &PageMeta,
    body: &str,
) -> Result<String, String> {
    let title = escape_attr(&full_title(&meta.title, lang));
    let description = escape_attr(&meta.description);
    let image = escape_attr(&format!("{}{}icons/icon-512.png", build.origin, build.base));
    let url = |l: Lang| {
        escape_attr(&format!(
            "{}{}",
            build.origin,
            SitePaths::new(&build.base).join(&route.path_in(l))
        ))
    };
    // Unknown addresses have no alternates: the not-found page is served for every one of them.
    let alternates = if *route == Route::NotFound {
        String::new()
    } else {
        format!(
            "\n    <link rel=\"alternate\" hreflang=\"en\" href=\"{}\" />\n    <link rel=\"alternate\" hreflang=\"ko\" href=\"{}\" />\n    <link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />",
            url(Lang::En),
            url(Lang::Ko),
            url(Lang::En)
        )
    };
    let (locale, locale_alt) = match lang {
        Lang::En => ("en_GB", "ko_KR"),
        Lang::Ko => ("ko_KR", "en_GB"),
    };
    let head = format!(
        "<title>{title}</title>\n    <meta name=\"description\" content=\"{description}\" />\n    \
         <meta property=\"og:type\" content=\"website\" />\n    \
         <meta property=\"og:site_name\" content=\"{site_name}\" />\n    \
         <meta property=\"og:locale\" content=\"{locale}\" />\n    \
         <meta property=\"og:locale:alternate\" content=\"{locale_alt}\" />\n    \
         <meta property=\"og:title\" content=\"{title}\" />\n    \
         <meta property=\"og:description\" content=\"{description}\" />\n    \
         <meta property=\"og:image\" content=\"{image}\" />\n    \
         <meta property=\"og:image:alt\" content=\"{alt}\" />\n    \
         <meta name=\"twitter:card\" content=\"summary\" />\n    \
         <meta name=\"twitter:title\" content=\"{title}\" />\n    \
         <meta name=\"twitter:description\" content=\"{description}\" />\n    \
         <meta name=\"twitter:image\" content=\"{image}\" />",
        site_name = escape_attr(ui(lang).site_name),
        alt = escape_attr(match lang {
            Lang::En => "A crescent moon over a pink butterfly on a night sky",
            Lang::Ko => "밤하늘의 초승달과 분홍 나비",
        }),
    );
    // What the page says where JavaScript is off, in the page's language.
    let noscript_at = shell
        .find("<noscript>")
        .ok_or("the shell has no <noscript>")?;
    let noscript_end = shell[noscript_at..]
        .find("</noscript>")
        .map(|i| noscript_at + i)
        .ok_or("the shell's <noscript> is not closed")?;
    let shell = format!(
        "{}<noscript>\n      <p class=\"noscript\">{}</p>\n    {}",
        &shell[..noscript_at],
        escape_attr(ui(lang).no_script),
        &shell[noscript_end..]
    );
    let html_open = "<html lang=\"en\">";
    let shell = shell.replacen(html_open, &format!("<html lang=\"{}\">", lang.tag()), 1);
    // Alternates are links, which HTML wants after <base>: they go at the end of the head.
    let shell = shell.replacen("</head>", &format!("{alternates}\n  </head>"), 1);
    if !shell.contains(&format!("<html lang=\"{}\">", lang.tag())) {
        return Err("the shell has no <html lang=\"en\">".into());
    }
    let charset = "<meta charset=\"utf-8\" />";
    let charset_end = shell
        .find(charset)
        .ok_or("the shell has no <meta charset>")?
        + charset.len();
    let start = shell.find("<title>").ok_or("the shell has no <title>")?;
    let desc_start = shell[start..]
        .find("<meta name=\"description\"")
        .map(|i| start + i)
        .ok_or("the shell has no description")?;
    let desc_end = shell[desc_start..]
        .find("/>")
        .map(|i| desc_start + i + 2)
        .ok_or("the shell's description is not closed")?;
    let body_at = shell.find("<body>").ok_or("the shell has no <body>")? + "<body>".len();
    if !(charset_end <= start && desc_end <= body_at) {
        return Err("the shell's head is not in the expected order".into());
    }
    // The policy comes first in <head>, so it covers everything after it.
    Ok(format!(
        "{}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />{}{}{}\n{}{}",
        &shell[..charset_end],
        escape_attr(csp),
        &shell[charset_end..start],
        head,
        &shell[desc_end..body_at],
        body,
        &shell[body_at..]
    ))
}

fn out_path(dist: &Path, route: &Route, lang: Lang) -> PathBuf {
    let dir = match lang {
        Lang::En => dist.to_path_buf(),
        Lang::Ko => dist.join("ko"),
    };
    match route {
        Route::Home => dir.join("index.html"),
        Route::NotFound => dir.join("404.html"),
        other => dir.join(other.path().trim_matches('/')).join("index.html"),
    }
}

/// Writes every route's page in both languages; returns how many.
pub fn write_all(build: &Build, shell: &str, csp: &str) -> Result<usize, String> {
    let dist = &build.dist;
    let guide: Guide = read(dist, GUIDE_FILE)?;
    let map: Arc<RegionMap> = Arc::new(read(dist, MAP_FILE)?);
    let guide = Arc::new(guide);
    let paths: Paths = Box::leak(Box::new(SitePaths::new(&build.base)));
    let mut written = 0;
    for lang in Lang::ALL {
        let file: TextFile = read(dist, text_file(lang))?;
        let text = check_text(file, lang, &guide).map_err(|e| e.to_string())?;
        let site = Site {
            guide: guide.clone(),
            text: Arc::new(text),
            map: Ok(map.clone()),
        };
        for route in routes(&guide) {
            let meta = meta::for_route(&route, &site);
            let html = fill_shell(
                build,
                shell,
                csp,
                &route,
                lang,
                &meta,
                &page_html(&route, &site, paths),
            )?;
            let path = out_path(dist, &route, lang);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
            written += 1;
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    <meta name=\"viewport\" content=\"width=device-width\" />\n    <title>Shell</title>\n    <meta name=\"description\" content=\"Shell page\" />\n    <base href=\"/guide/\" />\n  </head>\n  <body>\n    <noscript>x</noscript>\n  </body>\n</html>\n";

    fn build() -> Build {
        Build {
            dist: PathBuf::from("dist"),
            base: "/guide/".into(),
            origin: "https://fans.example.org".into(),
        }
    }

    fn fill(route: &Route, lang: Lang, title: &str) -> Result<String, String> {
        let meta = PageMeta {
            title: title.into(),
            description: "A \"quoted\" <page> & more".into(),
        };
        fill_shell(
            &build(),
            SHELL,
            "default-src 'none'",
            route,
            lang,
            &meta,
            "<main>hi</main>",
        )
    }

    #[test]
    fn puts_the_policy_first_and_each_part_in_its_place() {
        let html = fill(&Route::Episode(3), Lang::Ko, "3회").expect("fills");
        let at = |needle: &str| {
            html.find(needle)
                .unwrap_or_else(|| panic!("{needle} in {html}"))
        };
        assert!(html.contains("<html lang=\"ko\">") && !html.contains("lang=\"en\">"));
        assert!(at("<meta charset") < at("Content-Security-Policy"));
        assert!(at("Content-Security-Policy") < at("<meta name=\"viewport\""));
        assert!(at("<title>3회 · ") < at("<base href"));
        assert!(!html.contains("<title>Shell</title>") && !html.contains("Shell page"));
        assert!(
            at("<base href") < at("hreflang=\"en\""),
            "alternates after <base>"
        );
        assert!(at("hreflang=\"x-default\"") < at("</head>"));
        assert!(html.contains(
            "<link rel=\"alternate\" hreflang=\"ko\" href=\"https://fans.example.org/guide/ko/episodes/3/\" />"
        ));
        assert!(html.contains("content=\"https://fans.example.org/guide/icons/icon-512.png\""));
        assert!(html.contains("og:locale\" content=\"ko_KR\""));
        assert!(at("<body>") < at("<main>hi</main>") && at("<main>hi</main>") < at("<noscript>"));
        assert!(html.contains(&format!(
            "<p class=\"noscript\">{}</p>",
            ui(Lang::Ko).no_script
        )));
        assert!(!html.contains("<noscript>x</noscript>"));
        assert_eq!(html.matches("<title>").count(), 1);
    }

    #[test]
    fn escapes_what_goes_into_attributes() {
        let html = fill(&Route::Home, Lang::En, "").expect("fills");
        assert!(html.contains("content=\"A &quot;quoted&quot; &lt;page&gt; &amp; more\""));
        assert!(!html.contains("\"quoted\""));
        assert_eq!(escape_attr("a&b\"<>"), "a&amp;b&quot;&lt;&gt;");
    }

    #[test]
    fn the_not_found_page_has_no_alternates() {
        let html = fill(&Route::NotFound, Lang::En, "Page not found").expect("fills");
        assert!(!html.contains("hreflang"));
    }

    #[test]
    fn a_shell_missing_a_part_is_refused_not_mangled() {
        let meta = PageMeta {
            title: String::new(),
            description: String::new(),
        };
        for (what, broken) in [
            ("lang", SHELL.replace("<html lang=\"en\">", "<html>")),
            ("charset", SHELL.replace("<meta charset=\"utf-8\" />", "")),
            ("title", SHELL.replace("<title>Shell</title>", "")),
            (
                "description",
                SHELL.replace("<meta name=\"description\" content=\"Shell page\" />", ""),
            ),
            ("body", SHELL.replace("<body>", "<body class=\"x\">")),
            ("noscript", SHELL.replace("<noscript>x</noscript>", "")),
        ] {
            let out = fill_shell(&build(), &broken, "x", &Route::Home, Lang::En, &meta, "");
            assert!(out.is_err(), "{what}: {out:?}");
        }
    }

    #[test]
    fn writes_each_route_where_a_static_host_looks_for_it() {
        let dist = Path::new("d");
        assert_eq!(
            out_path(dist, &Route::Home, Lang::En),
            Path::new("d/index.html")
        );
        assert_eq!(
            out_path(dist, &Route::NotFound, Lang::Ko),
            Path::new("d/ko/404.html")
        );
        assert_eq!(
            out_path(dist, &Route::CastMember("oh-ji-wang".into()), Lang::Ko),
            Path::new("d/ko/cast/oh-ji-wang/index.html")
        );
    }
}
