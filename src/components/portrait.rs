use crate::data::model::CastMember;
use leptos::prelude::*;

/// The glyphs of a monogram: the character's Hangul family name where we have it (one syllable,
/// as Korean monograms are), otherwise their English initials.
pub fn monogram(member: &CastMember) -> String {
    if let Some(first) = member
        .character
        .ko
        .as_deref()
        .and_then(|k| k.chars().next())
    {
        return first.to_string();
    }
    member
        .character
        .en
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_ascii_alphanumeric())
        .take(2)
        .collect::<String>()
        .to_uppercase()
}

/// One of six palette entries, stable for a slug, so each character keeps their colour.
pub fn palette_index(slug: &str) -> usize {
    slug.bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b))) as usize
        % 6
}

/// A generated portrait: a framed storybook medallion with the character's monogram. Decorative
/// (the card already names the character), so it is hidden from assistive technology.
#[component]
pub fn Portrait(member: CastMember, #[prop(default = false)] large: bool) -> impl IntoView {
    let class = format!(
        "portrait portrait--{}{}",
        palette_index(&member.slug),
        if large { " portrait--large" } else { "" }
    );
    let glyphs = monogram(&member);
    view! {
        <svg class=class viewBox="0 0 100 100" aria-hidden="true" focusable="false">
            <circle class="portrait__ring" cx="50" cy="50" r="47" />
            <circle class="portrait__face" cx="50" cy="50" r="40" />
            <path class="portrait__vine" d="M18 70 Q30 60 26 48 Q22 36 34 26 M82 70 Q70 60 74 48 Q78 36 66 26" />
            <text class="portrait__glyph" x="50" y="52" text-anchor="middle" dominant-baseline="central">
                {glyphs}
            </text>
        </svg>
    }
}
