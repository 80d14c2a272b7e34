use crate::components::data_section::{DataSection, Size};
use crate::components::page_head::PageHead;
use crate::components::source_note::SourceNote;
use crate::components::unverified::Unverified;
use crate::components::where_to_watch::WhereToWatch;
use crate::data::error::LoadError;
use crate::data::load::load;
use crate::data::model::{Cast, EpisodeGuide, Outcome, Outlook, Show};
use crate::logic::meta;
use crate::logic::routes::Route;
use crate::logic::sources::all_sources;
use crate::paths::href;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let show = LocalResource::new(load::<Show>);
    // The bibliography needs every file; it fails (and retries) on its own.
    let everything = LocalResource::new(|| async {
        let (show, cast, guide, outlook) = futures::join!(
            load::<Show>(),
            load::<Cast>(),
            load::<EpisodeGuide>(),
            load::<Outlook>()
        );
        Ok::<_, LoadError>((show?, cast?, guide?, outlook?))
    });
    view! {
        <PageHead meta=meta::for_section(&Route::About) />
        <article class="page about">
            <h1>"Awards, books and sources"</h1>
            <DataSection resource=show size=Size::Page render=|show| view! { <AboutView show /> } />
            <DataSection resource=everything size=Size::Medium render=|(show, cast, guide, outlook)| {
                view! { <SourcesList show cast guide outlook /> }
            } />
        </article>
    }
}

#[component]
pub fn AboutView(show: Show) -> impl IntoView {
    let outcome = |o: Outcome| match o {
        Outcome::Won => ("Won", "badge badge--won"),
        Outcome::Nominated => ("Nominated", "badge"),
        Outcome::Listed => ("Listed", "badge"),
    };
    view! {
        <section aria-labelledby="awards-heading">
            <h2 id="awards-heading">"Awards"</h2>
            <ul class="awards">
                {show
                    .awards
                    .iter()
                    .map(|a| {
                        let (label, class) = outcome(a.outcome);
                        view! {
                            <li class="award">
                                <span class=class>{label}</span>
                                " "
                                <strong class="award__category">{a.category.clone()}</strong>
                                {a.who.clone().map(|w| format!(" · {w}"))}
                                <span class="award__body">
                                    {a.body.clone()}
                                    // A year alone is already in the name of the awards.
                                    {a.date.is_full().then(|| view! { " · " <time datetime=a.date.iso()>{a.date.long()}</time> })}
                                </span>
                                {a.note.clone().map(|n| view! { <span class="award__note">{n}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <SourceNote source=show.awards_source.clone() />
        </section>

        <section aria-labelledby="books-heading">
            <h2 id="books-heading">"Moon-young's books, published for real"</h2>
            <p>{show.books.intro.clone()}</p>
            <ul class="books">
                {show
                    .books
                    .titles
                    .iter()
                    .map(|b| {
                        view! {
                            <li class="book card">
                                <h3 class="book__title">
                                    <i>{b.title.clone()}</i>
                                    {b.title_ko.clone().map(|ko| view! { " " <span lang="ko" class="hangul">{ko}</span> })}
                                    {(!b.verified).then(|| view! { " " <Unverified label="not confirmed" /> })}
                                </h3>
                                {b.note.clone().map(|n| view! { <p>{n}</p> })}
                                {b.episode.map(|n| view! {
                                    <p><a href=href(&Route::Episode(n))>{format!("The tale of episode {n}")}</a></p>
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <SourceNote source=show.books.source.clone() />
        </section>

        <section aria-labelledby="filming-heading">
            <h2 id="filming-heading">"Where it was filmed"</h2>
            <ul class="places">
                {show.filming.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}
            </ul>
            <SourceNote source=show.filming_source.clone() />
        </section>

        <section aria-labelledby="watch-heading">
            <h2 id="watch-heading">"Where to watch"</h2>
            <WhereToWatch show=show.clone() />
        </section>

        <section aria-labelledby="related-heading">
            <h2 id="related-heading">"If you liked this"</h2>
            <p>{show.related.intro.clone()}</p>
            <ul class="related">
                {show
                    .related
                    .picks
                    .iter()
                    .map(|p| {
                        view! {
                            <li>
                                <i>{p.title.clone()}</i>
                                {p.year.map(|y| format!(" ({y})"))}
                                {format!(": {}", p.why)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// Every source the guide cites, once each, linked where the address is a plain https URL.
#[component]
pub fn SourcesList(show: Show, cast: Cast, guide: EpisodeGuide, outlook: Outlook) -> impl IntoView {
    let sources = all_sources(&show, &cast, &guide, &outlook);
    view! {
        <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources for the whole guide"</h2>
            <p class="note">
                {format!(
                    "{} sources, in the order the guide first cites them. Facts are taken from them; every sentence here is our own.",
                    sources.len()
                )}
            </p>
            <ol class="sources">
                {sources
                    .into_iter()
                    .map(|s| {
                        let link = s.safe_url().map(str::to_string);
                        view! {
                            <li>
                                {match link {
                                    Some(url) => view! { <a href=url rel="noopener noreferrer">{s.name.clone()}</a> }.into_any(),
                                    None => view! { <cite>{s.name.clone()}</cite> }.into_any(),
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
