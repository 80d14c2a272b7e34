use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "An unofficial guide made by fans. Facts come from the sources named beside them; "
                "everything is written in our own words. Nothing on this site tracks you or loads anything from other sites."
            </p>
        </footer>
    }
}
