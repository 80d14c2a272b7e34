use crate::components::checked::Checked;
use crate::components::page_head::PageHead;
use crate::components::source_line::SourceLine;
use crate::components::unverified::Unverified;
use crate::context::href;
use crate::context::t;
use crate::data::model::Note;
use crate::data::model::{CitationKind, Outcome};
use crate::data::text::{Fixed, Prose};
use crate::i18n::meta;
use crate::logic::cite::{grouped, uses};
use crate::logic::format::{long_date, short_date};
use crate::logic::routes::Route;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let today = crate::dom::today();
    let show = &site.guide.show;
    let awards = show
        .awards
        .iter()
        .map(|a| {
            let (label, class) = match a.outcome {
                Outcome::Won => ((t.outcome)(a.outcome), "badge badge--won"),
                other => ((t.outcome)(other), "badge"),
            };
            let note = a.notes.contains(&Note::Note).then(|| site.t(Prose::AwardNote(&a.id)).to_string());
            view! {
                <li class="card award">
                    <span class=class>{label}</span> " "
                    <strong class="award__category">{site.t(Prose::AwardCategory(&a.id)).to_string()}</strong>
                    {a.who.as_ref().map(|w| format!(" · {}", w.get(lang)))}
                    <span class="award__body">
                        {site.t(Prose::AwardBody(&a.id)).to_string()} " · "
                        <time datetime=a.date.iso()>{long_date(a.date, lang)}</time>
                    </span>
                    {note.map(|n| view! { <span class="award__note">{n}</span> })}
                    <SourceLine cites=a.cite.clone() />
                </li>
            }
        })
        .collect_view();
    let books = show
        .books
        .iter()
        .map(|b| {
            let note = b.notes.contains(&Note::Note).then(|| site.t(Prose::BookNote(&b.id)).to_string());
            view! {
                <li class="card book">
                    <h3 class="book__title">
                        <i>{b.title.get(lang).to_string()}</i>
                        {b.title.other(lang).map(|o| view! { " " <span class="name-other" lang=lang.other().tag()>{o.to_string()}</span> })}
                        {(!b.verified).then(|| view! { " " <Unverified label=t.not_confirmed /> })}
                    </h3>
                    {note.map(|n| view! { <p>{n}</p> })}
                    {b.episode.map(|n| view! { <p><a href=href(&Route::Episode(n))>{(t.tale_of_episode)(n)}</a></p> })}
                    <SourceLine cites=b.cite.clone() />
                </li>
            }
        })
        .collect_view();
    let related = show
        .related
        .iter()
        .map(|p| {
            view! {
                <li>
                    <i>{p.title.get(lang).to_string()}</i>
                    {p.title.other(lang).map(|o| view! { " " <span class="name-other" lang=lang.other().tag()>{o.to_string()}</span> })}
                    {p.year.map(|y| format!(" ({y})"))}
                    ": " {site.t(Prose::RelatedWhy(&p.id)).to_string()}
                    {p.as_of.map(|d| view! { " " <Checked dates=d lang today /> })}
                    <SourceLine cites=p.cite.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <PageHead meta=meta::for_section(&Route::About, lang) />
        <article class="page about">
            <h1>{t.about_heading}</h1>
            <section aria-labelledby="awards-heading">
                <h2 id="awards-heading">{t.awards}</h2>
                <ul class="cards awards">{awards}</ul>
            </section>
            <section aria-labelledby="books-heading">
                <h2 id="books-heading">{t.books_heading}</h2>
                <p>{site.t(Prose::Fixed(Fixed::BooksIntro)).to_string()}</p>
                <ul class="cards books">{books}</ul>
                <SourceLine cites=show.books_cite.clone() />
            </section>
            <section aria-labelledby="related-heading">
                <h2 id="related-heading">{t.related_heading}</h2>
                <p>{site.t(Prose::Fixed(Fixed::RelatedIntro)).to_string()}</p>
                <ul class="related">{related}</ul>
            </section>
            <p class="note"><a href=href(&Route::Places)>{t.filming_moved}</a></p>
            <Bibliography />
        </article>
    }
}

/// Every citation the guide uses, grouped by kind, each with publisher, title as published,
/// date and link, and what the guide uses it for.
#[component]
fn Bibliography() -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let lang = site.lang();
    let uses = uses(&site);
    let facts: usize = uses.values().map(Vec::len).sum();
    let groups = grouped(&site)
        .into_iter()
        .map(|(kind, list)| {
            let items = list
                .into_iter()
                .map(|c| {
                    let date = match c.date.date() {
                        Some(d) => short_date(d, lang),
                        None => t.undated.to_string(),
                    };
                    let title = match &c.title {
                        Some(title) => view! {
                            <cite lang=c.lang.clone()>{title.clone()}</cite>
                            {c.title_from_address.then(|| view! { " " <span class="bib__flag">{format!("({})", t.title_from_address)}</span> })}
                        }
                        .into_any(),
                        None => view! { <span class="bib__flag">{t.title_not_shown}</span> }.into_any(),
                    };
                    let link = c.safe_url().map(|u| view! { <a class="bib__link" href=u.to_string() rel="noopener noreferrer">{u.to_string()}</a> });
                    let used: Vec<_> = uses
                        .get(c.id.as_str())
                        .map(|list| {
                            list.iter()
                                .enumerate()
                                .map(|(i, u)| view! { {(i > 0).then_some("; ")} <a href=href(&u.route)>{(t.use_label)(u)}</a> })
                                .collect()
                        })
                        .unwrap_or_default();
                    let note = c.note.then(|| site.t(Prose::CitationNote(&c.id)).to_string());
                    view! {
                        <li class="bib__item" id=format!("source-{}", c.id)>
                            <span class="bib__publisher">{c.publisher.clone()}</span>
                            {c.via.clone().map(|v| format!(" ({} {v})", t.via))}
                            " · " {title} " · " <span class="bib__date">{date}</span>
                            {note.map(|n| view! { " · " <span class="bib__note">{n}</span> })}
                            {link}
                            <span class="bib__uses">{t.used_for} " " {used}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="bib__group" aria-labelledby=group_id(kind)>
                    <h3 id=group_id(kind)>{(t.kind_heading)(kind)}</h3>
                    <ul class="bib">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t.bibliography}</h2>
            <p class="note">{(t.bibliography_intro)(site.guide.citations.len(), facts)}</p>
            {groups}
        </section>
    }
}

fn group_id(kind: CitationKind) -> &'static str {
    match kind {
        CitationKind::Press => "bib-press",
        CitationKind::Official => "bib-official",
        CitationKind::Reference => "bib-reference",
        CitationKind::Fan => "bib-fan",
    }
}
