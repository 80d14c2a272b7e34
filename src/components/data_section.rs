use crate::components::load_error::LoadErrorPanel;
use crate::context::t;
use crate::data::error::LoadError;
use leptos::prelude::*;
use std::sync::Arc;

/// What a section draws once its data has loaded. One boxed type, so every page shares one copy
/// of the async machinery below instead of a copy per page.
pub type Render<T> = Arc<dyn Fn(T) -> AnyView + Send + Sync>;

/// Shows what `render` makes of a resource once it has loaded, a placeholder of the same rough
/// size while it loads, and a message with a retry button if it fails. The failure stays inside
/// this section: the header, the footer and the reader's place keep working.
#[component]
pub fn DataSection<T>(
    resource: LocalResource<Result<T, LoadError>>,
    /// Rough size of what will load, so the placeholder keeps its place and the page does not jump.
    #[prop(default = Size::Page)]
    size: Size,
    render: Render<T>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    // True while a load is under way behind content already shown (a retry after an error).
    let (pending, set_pending) = signal(false);
    let fallback = move |errors: ArcRwSignal<Errors>| {
        let messages = move || {
            errors
                .read()
                .iter()
                .map(|(_, e)| match e.downcast_ref::<LoadError>() {
                    Some(e) => (t().load_error)(e),
                    None => e.to_string(),
                })
                .collect::<Vec<_>>()
        };
        view! { <LoadErrorPanel messages=Signal::derive(messages) page=size == Size::Page busy=pending on_retry=move || resource.refetch() /> }
    };
    view! {
        <Transition fallback=move || view! { <LoadingPlaceholder size /> } set_pending>
            <ErrorBoundary fallback>
                {move || {
                    let render = render.clone();
                    Suspend::new(async move { resource.await.map(|v| render(v)) })
                }}
            </ErrorBoundary>
        </Transition>
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    Medium,
    Page,
}

#[component]
fn LoadingPlaceholder(size: Size) -> impl IntoView {
    // A class, not an inline style: the Content-Security-Policy allows no inline styles.
    let class = match size {
        Size::Medium => "loading loading--medium",
        Size::Page => "loading loading--page",
    };
    view! {
        <div class=class role="status">
            <span class="loading__text">{t().loading}</span>
        </div>
    }
}
