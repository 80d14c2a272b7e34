//! What every view needs to know about the page it is drawn on, reached through Leptos context as
//! the Leptos examples do: the page's language, the site's paths, and the loaded site. The app
//! provides them (`app`), and so do the build's prerenderer and the browser tests, each
//! for the page it draws; a view asking for one that was not provided fails at once, loudly,
//! instead of drawing the wrong language.

use crate::core::lang::Lang;
use crate::core::paths::SitePaths;
use crate::data::load::Site;
use crate::i18n::{ui, Ui};
use crate::logic::routes::Route;
use leptos::prelude::*;

/// The site's paths, shared by every link on the page. Read once when the app starts and kept
/// for the page's life (the build keeps one for all its pages), so links are plain copies.
pub type Paths = &'static SitePaths;

/// Provides what a page in `lang` is drawn with. The site comes later, once loaded (see
/// [`provide_site`]).
pub fn provide_page(lang: Lang, paths: Paths) {
    provide_context(lang);
    provide_context(paths);
}

/// Provides the loaded site to the page about to be drawn.
pub fn provide_site(site: Site) {
    provide_context(site);
}

/// The language of the page being drawn.
pub fn use_lang() -> Lang {
    expect_context::<Lang>()
}

/// The interface's words in the language of the page being drawn.
pub fn t() -> &'static Ui {
    ui(use_lang())
}

pub fn use_paths() -> Paths {
    expect_context::<Paths>()
}

/// The facts and this page's language's prose.
pub fn use_site() -> Site {
    expect_context::<Site>()
}

/// Makes links for the page being drawn. Taken once when a view is built, so closures that run
/// later (on a click, or when a signal changes) make links without reaching for the context.
#[derive(Clone, Copy, Debug)]
pub struct Links {
    lang: Lang,
    paths: Paths,
}

impl Links {
    /// The absolute URL path of a route in the page's language, e.g. `/guide/ko/cast/ko-moon-young/`.
    pub fn href(&self, route: &Route) -> String {
        self.href_in(self.lang, route)
    }

    /// The absolute URL path of a route in `lang`.
    pub fn href_in(&self, lang: Lang, route: &Route) -> String {
        self.paths.join(&route.path_in(lang))
    }
}

pub fn use_links() -> Links {
    Links {
        lang: use_lang(),
        paths: use_paths(),
    }
}

/// The absolute URL path of a route in the page's language (see [`Links::href`]).
pub fn href(route: &Route) -> String {
    use_links().href(route)
}
