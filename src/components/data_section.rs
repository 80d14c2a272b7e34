use crate::components::load_error::LoadErrorPanel;
use crate::data::error::LoadError;
use leptos::prelude::*;

/// Shows what `render` makes of a resource once it has loaded, a placeholder of the same rough
/// size while it loads, and a message with a retry button if it fails. The failure stays inside
/// this section: the header and the other sections keep working.
#[component]
pub fn DataSection<T, F, V>(
    resource: LocalResource<Result<T, LoadError>>,
    /// Rough size of what will load, so the placeholder keeps its place and the page does not jump.
    #[prop(default = Size::Medium)]
    size: Size,
    render: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    // True while a load is under way behind content already shown (a retry after an error).
    let (pending, set_pending) = signal(false);
    let fallback = move |errors: ArcRwSignal<Errors>| {
        let messages = move || {
            errors
                .read()
                .iter()
                .map(|(_, e)| e.to_string())
                .collect::<Vec<_>>()
        };
        view! { <LoadErrorPanel messages=Signal::derive(messages) busy=pending on_retry=move || resource.refetch() /> }
    };
    view! {
        <Transition fallback=move || view! { <LoadingPlaceholder size /> } set_pending>
            <ErrorBoundary fallback>
                {move || {
                    let render = render.clone();
                    Suspend::new(async move { resource.await.map(render) })
                }}
            </ErrorBoundary>
        </Transition>
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    Line,
    Medium,
    Page,
}

#[component]
fn LoadingPlaceholder(size: Size) -> impl IntoView {
    // A class, not an inline style: the Content-Security-Policy allows no inline styles.
    let class = match size {
        Size::Line => "loading loading--line",
        Size::Medium => "loading loading--medium",
        Size::Page => "loading loading--page",
    };
    view! {
        <div class=class role="status">
            <span class="loading__text">"Loading…"</span>
        </div>
    }
}
