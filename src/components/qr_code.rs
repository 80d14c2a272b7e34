use crate::context::t;
use crate::logic::qr::svg;
use leptos::prelude::*;

/// The QR code of `text`, as SVG drawn by the app, or a sentence saying it is too long for one.
#[component]
pub fn QrCode(text: String) -> impl IntoView {
    let t = t();
    match svg(&text) {
        Some(qr) => view! {
            <svg class="qr" viewBox=format!("0 0 {} {}", qr.size, qr.size) role="img" aria-label=t.qr_alt shape-rendering="crispEdges">
                <rect class="qr__paper" width=qr.size height=qr.size />
                <path class="qr__ink" d=qr.path />
            </svg>
        }
        .into_any(),
        None => view! { <p class="note">{t.qr_too_long}</p> }.into_any(),
    }
}
