//! Step 1: one static HTML file per route, rendered from the app's own views and data.

use leptos::prelude::*;
use okay_guide::components::site_footer::SiteFooter;
use okay_guide::components::site_header::SiteHeader;
use okay_guide::components::watch_progress::WatchProgress;
use okay_guide::data::load::{parse_json, DataFile};
use okay_guide::data::model::{Cast, EpisodeGuide, Outlook, Show};
use okay_guide::logic::meta::{self, full_title, PageMeta};
use okay_guide::logic::routes::Route;
use okay_guide::pages::{
    about::{AboutView, SourcesList},
    cast::CastView,
    cast_member::CastMemberView,
    episode::EpisodeView,
    episodes::{EpisodesLead, EpisodesView},
    home::{HomeView, StatusLine},
    not_found::NotFoundView,
    outlook::{OutlookView, SpikeChart},
    search::SearchView,
};
use std::path::{Path, PathBuf};

use crate::Site;

struct Data {
    show: Show,
    cast: Cast,
    episodes: EpisodeGuide,
    outlook: Outlook,
}

fn read<T: DataFile>(dist: &Path) -> Result<T, String> {
    let path = dist.join("data").join(T::FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_json(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every route the build writes, with its page's title and description.
fn routes(data: &Data) -> Vec<(Route, PageMeta)> {
    let mut all: Vec<(Route, PageMeta)> = [
        Route::Home,
        Route::Cast,
        Route::Episodes,
        Route::Outlook,
        Route::About,
        Route::Search,
    ]
    .into_iter()
    .map(|r| {
        let m = meta::for_section(&r);
        (r, m)
    })
    .collect();
    all.extend(
        data.cast
            .members
            .iter()
            .map(|m| (Route::CastMember(m.slug.clone()), meta::for_cast_member(m))),
    );
    all.extend(
        data.episodes
            .episodes
            .iter()
            .map(|e| (Route::Episode(e.number), meta::for_episode(e))),
    );
    all.push((Route::NotFound, meta::for_section(&Route::NotFound)));
    all
}

fn page_html(route: &Route, data: &Data) -> String {
    let d = data;
    let page = match route {
        Route::Home => {
            let outlook = d.outlook.clone();
            let episodes = d.episodes.episodes.clone();
            view! {
                <HomeView show=d.show.clone() progress=move || view! { <WatchProgress episodes=episodes.clone() /> }>
                    <StatusLine outlook />
                </HomeView>
            }
            .into_any()
        }
        Route::Cast => view! {
            <article class="page"><h1>"Cast"</h1><CastView cast=d.cast.clone() /></article>
        }
        .into_any(),
        Route::CastMember(slug) => match d.cast.find(slug).cloned() {
            Some(member) => view! { <CastMemberView member /> }.into_any(),
            None => view! { <NotFoundView /> }.into_any(),
        },
        Route::Episodes => view! {
            <article class="page"><h1>"Episodes"</h1><EpisodesLead /><EpisodesView guide=d.episodes.clone() /></article>
        }
        .into_any(),
        Route::Episode(n) => match d.episodes.find(*n).cloned() {
            Some(episode) => view! { <EpisodeView guide=d.episodes.clone() episode /> }.into_any(),
            None => view! { <NotFoundView /> }.into_any(),
        },
        Route::Outlook => view! {
            <article class="page outlook">
                <h1>"Will there be a season 2?"</h1>
                <OutlookView outlook=d.outlook.clone() today=okay_guide::clock::today() />
                <SpikeChart episodes=d.episodes.episodes.clone() />
            </article>
        }
        .into_any(),
        Route::About => view! {
            <article class="page about">
                <h1>"Awards, books and sources"</h1>
                <AboutView show=d.show.clone() />
                <SourcesList
                    show=d.show.clone()
                    cast=d.cast.clone()
                    guide=d.episodes.clone()
                    outlook=d.outlook.clone()
                />
            </article>
        }
        .into_any(),
        Route::Search => view! {
            <article class="page search">
                <h1>"Search the guide"</h1>
                <SearchView cast=d.cast.clone() guide=d.episodes.clone() />
            </article>
        }
        .into_any(),
        Route::NotFound => view! { <NotFoundView /> }.into_any(),
    };
    let current = route.clone();
    // Read by the boot script (`boot.js`): which address this markup is for, and whether the app
    // must start at once.
    let path = route.path();
    let boot = route.needs_app_at_once().then_some("now");
    view! {
        <div id="prerendered" data-path=path data-boot=boot>
            <SiteHeader current=Signal::stored(current) />
            <main id="main" class="main" tabindex="-1">{page}</main>
            <SiteFooter />
        </div>
    }
    .to_html()
}

fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Puts a route's title, description, link-preview tags, the CSP and the content into the shell.
fn fill_shell(
    site: &Site,
    shell: &str,
    csp: &str,
    meta: &PageMeta,
    body: &str,
) -> Result<String, String> {
    let title = escape_attr(&full_title(&meta.title));
    let description = escape_attr(&meta.description);
    let image = escape_attr(&format!("{}{}icons/icon-512.png", site.origin, site.base));
    let head = format!(
        "<title>{title}</title>\n    <meta name=\"description\" content=\"{description}\" />\n    \
         <meta property=\"og:type\" content=\"website\" />\n    \
         <meta property=\"og:site_name\" content=\"{site_name}\" />\n    \
         <meta property=\"og:title\" content=\"{title}\" />\n    \
         <meta property=\"og:description\" content=\"{description}\" />\n    \
         <meta property=\"og:image\" content=\"{image}\" />\n    \
         <meta property=\"og:image:alt\" content=\"A crescent moon over a pink butterfly on a night sky\" />\n    \
         <meta name=\"twitter:card\" content=\"summary\" />\n    \
         <meta name=\"twitter:title\" content=\"{title}\" />\n    \
         <meta name=\"twitter:description\" content=\"{description}\" />\n    \
         <meta name=\"twitter:image\" content=\"{image}\" />",
        site_name = escape_attr(meta::SITE_NAME),
    );
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
    // The policy comes first in <head>, so it covers Trunk's inline loader script.
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

fn out_path(dist: &Path, route: &Route) -> PathBuf {
    match route {
        Route::Home => dist.join("index.html"),
        Route::NotFound => dist.join("404.html"),
        other => dist.join(other.path().trim_matches('/')).join("index.html"),
    }
}

/// Writes every route's page; returns how many.
pub fn write_all(site: &Site, shell: &str, csp: &str) -> Result<usize, String> {
    let dist = &site.dist;
    let data = Data {
        show: read(dist)?,
        cast: read(dist)?,
        episodes: read(dist)?,
        outlook: read(dist)?,
    };
    let owner = Owner::new();
    owner.set();
    leptos_meta::provide_meta_context();
    let routes = routes(&data);
    for (route, meta) in &routes {
        let html = fill_shell(site, shell, csp, meta, &page_html(route, &data))?;
        let path = out_path(dist, route);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(routes.len())
}
