use crate::i18n::meta::{full_title, PageMeta};
use leptos::prelude::*;

/// Sets the document title for the page being shown, after it is drawn. (The title, language,
/// description and link-preview tags of each route are written into its static HTML at build
/// time; this keeps the title right during in-app navigation, and the frame keeps `<html lang>`
/// in step.) Plain DOM rather than leptos_meta: the browser already keeps the title, and the
/// meta machinery cost the app more than the two fields it set.
#[component]
pub fn PageHead(meta: PageMeta) -> impl IntoView {
    let title = full_title(&meta.title, crate::context::use_lang());
    Effect::new(move |_| crate::dom::set_title(&title));
}
