use crate::logic::outlook::LiveFigures;
use leptos::prelude::*;

/// Figures computed from the reader's own clock.
#[component]
pub fn LiveFiguresPanel(figures: LiveFigures, window_label: String) -> impl IntoView {
    view! {
        <dl class="figures">
            <div class="figures__item">
                <dt>"Since the finale"</dt>
                <dd>
                    <span class="figures__big">{figures.days_since_finale}</span>
                    " days"
                    <span class="figures__small">{format!(" ({})", figures.since_finale)}</span>
                </dd>
            </div>
            <div class="figures__item">
                <dt>{format!("Since the predicted {window_label} window closed")}</dt>
                <dd>
                    {match figures.since_window_closed {
                        Some(span) => view! { <span class="figures__big">{span}</span> }.into_any(),
                        None => view! { <span class="figures__big">"Not yet closed"</span> }.into_any(),
                    }}
                </dd>
            </div>
        </dl>
    }
}
