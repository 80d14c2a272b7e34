//! The guide's bibliography: every source named anywhere in the data, once each.
//! (Tested against the real data files in `tests/data_files.rs`.)

use crate::data::model::{Cast, EpisodeGuide, Outlook, Show, Source};

/// Each distinct source (same name and address) once, in the order the guide first cites it.
pub fn all_sources(
    show: &Show,
    cast: &Cast,
    guide: &EpisodeGuide,
    outlook: &Outlook,
) -> Vec<Source> {
    let cited = std::iter::once(&show.title.source)
        .chain(show.facts.iter().map(|f| &f.source))
        .chain([
            &show.genres_source,
            &show.places_source,
            &show.filming_source,
        ])
        .chain(show.where_to_watch.iter().map(|w| &w.source))
        .chain(show.other_scores.iter().map(|s| &s.source))
        .chain([&show.awards_source, &show.books.source])
        .chain(cast.members.iter().map(|m| &m.source))
        .chain([&guide.ratings_source, &guide.titles_source])
        .chain(outlook.reasons.iter().map(|r| &r.source));
    let mut out: Vec<Source> = Vec::new();
    for source in cited {
        if !out.contains(source) {
            out.push(source.clone());
        }
    }
    out
}
