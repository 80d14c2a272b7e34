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
    all.push(Route::Progress);
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
