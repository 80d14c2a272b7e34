//! Page titles and descriptions in the reader's language. The app sets the title in the
//! document head and the build writes title, description and link-preview tags into each
//! route's static HTML, from the same functions, so a link preview matches the page.

use super::ui;
use crate::core::lang::Lang;
use crate::data::load::Site;
use crate::data::model::{CastMember, Episode};
use crate::data::text::Prose;
use crate::logic::format::long_date;
use crate::logic::routes::Route;
use crate::logic::titles::display;

#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
}

/// The full `<title>` text for a page title.
pub fn full_title(title: &str, lang: Lang) -> String {
    let site = ui(lang).site_name;
    if title.is_empty() {
        site.to_string()
    } else {
        format!("{title} · {site}")
    }
}

pub fn for_section(route: &Route, lang: Lang) -> PageMeta {
    let t = ui(lang);
    PageMeta {
        title: (t.page_title)(route).to_string(),
        description: (t.page_description)(route).to_string(),
    }
}

pub fn for_cast_member(m: &CastMember, site: &Site) -> PageMeta {
    let (lang, t) = (site.lang(), ui(site.lang()));
    let (character, actor) = (m.character.get(lang), m.actor.get(lang));
    PageMeta {
        title: (t.member_title)(character, actor),
        description: (t.member_description)(character, actor, site.t(Prose::CastAbout(&m.slug))),
    }
}

pub fn for_episode(e: &Episode, site: &Site) -> PageMeta {
    let (lang, t) = (site.lang(), ui(site.lang()));
    let title = display(e, lang).main;
    let title = if title.is_empty() {
        t.no_title.to_string()
    } else {
        title
    };
    PageMeta {
        title: (t.episode_title)(e.number, &title),
        description: (t.episode_description)(
            e.number,
            &long_date(e.air_date, lang),
            site.t(Prose::EpisodeTale(e.number)),
        ),
    }
}

/// The meta of any route, as the build writes it into the page.
pub fn for_route(route: &Route, site: &Site) -> PageMeta {
    match route {
        Route::CastMember(slug) => match site.guide.member(slug) {
            Some(m) => for_cast_member(m, site),
            None => for_section(&Route::NotFound, site.lang()),
        },
        Route::Episode(n) => match site.guide.episode(*n) {
            Some(e) => for_episode(e, site),
            None => for_section(&Route::NotFound, site.lang()),
        },
        other => for_section(other, site.lang()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::read_site;

    #[test]
    fn titles_and_descriptions_in_both_languages() {
        let en = read_site(Lang::En).expect("data loads");
        let ko = read_site(Lang::Ko).expect("data loads");
        let m = for_route(&Route::CastMember("ko-moon-young".into()), &en);
        assert_eq!(m.title, "Ko Moon-young (Seo Yea-ji)");
        assert!(m.description.contains("Seo Yea-ji"));
        let m = for_route(&Route::CastMember("ko-moon-young".into()), &ko);
        assert_eq!(m.title, "고문영 (서예지)");
        let e = for_route(&Route::Episode(2), &ko);
        assert_eq!(e.title, "2회: 빨간 구두 아가씨");
        assert!(
            e.description.contains("2020년 6월 21일"),
            "{}",
            e.description
        );
        assert_eq!(full_title("", Lang::Ko), "사이코지만 괜찮아 팬 가이드");
        assert_eq!(
            full_title("출연진", Lang::Ko),
            "출연진 · 사이코지만 괜찮아 팬 가이드"
        );
        for route in crate::logic::routes::SECTIONS {
            for lang in Lang::ALL {
                let m = for_section(&route, lang);
                assert!(!m.description.is_empty(), "{route:?} {lang:?}");
            }
        }
    }
}
