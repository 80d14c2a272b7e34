//! The prose of the guide in one language, and the exact set of keys the facts call for.
//!
//! A fact is stored once (`guide.json`); the words about it are stored once per language, under a
//! key derived from the fact's id (`episode.3.synopsis`). [`keys`] lists every key the facts
//! need, so one check proves a language complete: the loader refuses a text file that lacks any
//! of them, and the host tests prove both languages carry exactly this set.

use super::model::{Guide, TextFile};
use crate::core::lang::Lang;

/// One language's prose, checked against the facts it describes. Kept as a sorted list searched
/// by halves: as fast as a hash map for 300 entries, without the hashing code in the app.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub lang: Lang,
    entries: Vec<(String, String)>,
}

impl Text {
    pub fn new(lang: Lang, mut entries: Vec<(String, String)>) -> Self {
        // One pass when the keys come in order, as in the build's copies (serde_json writes them
        // sorted); the insertion sort is linear then.
        crate::core::order::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        entries.dedup_by(|a, b| a.0 == b.0);
        Text { lang, entries }
    }

    fn find(&self, key: &str) -> Option<&str> {
        let at = self
            .entries
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()?;
        Some(&self.entries[at].1)
    }

    /// The prose under `key`. Keys come from [`keys`] and the loader has checked that they are
    /// all present, so an empty answer means a view asked for a key the facts do not call for.
    pub fn get(&self, key: &str) -> &str {
        self.find(key).unwrap_or("")
    }

    pub fn has(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_str())
    }

    /// Paragraphs of a multi-paragraph text, split on blank lines.
    pub fn paragraphs(&self, key: &str) -> Vec<String> {
        self.get(key)
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// Reads a parsed text file, checking it is the language asked for and complete for `guide`.
/// Returns the keys that are missing, if any (a few are enough to report).
pub fn from_file(file: TextFile, lang: Lang, guide: &Guide) -> Result<Text, TextProblem> {
    if file.lang != lang.tag() {
        return Err(TextProblem::WrongLanguage { found: file.lang });
    }
    let text = Text::new(lang, file.text);
    let missing: Vec<String> = keys(guide)
        .into_iter()
        .filter(|k| text.get(k).trim().is_empty())
        .collect();
    if missing.is_empty() {
        Ok(text)
    } else {
        Err(TextProblem::Missing {
            count: missing.len(),
            first: missing.into_iter().next().unwrap_or_default(),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextProblem {
    WrongLanguage { found: String },
    Missing { count: usize, first: String },
}

/// Every prose key the facts call for, in a stable order.
pub fn keys(guide: &Guide) -> Vec<String> {
    let mut k: Vec<String> = [
        "show.title.alt_note",
        "show.tagline",
        "show.premise",
        "show.genres",
        "score.note",
        "books.intro",
        "related.intro",
        "cast.note",
        "episodes.ratings_note",
        "episodes.titles_note",
        "episodes.synopses_note",
        "outlook.headline",
        "outlook.summary",
        "outlook.prediction.label",
        "outlook.prediction.text",
        "music.intro",
        "music.other",
        "album.note",
        "places.intro",
    ]
    .into_iter()
    .map(str::to_string)
    .collect();
    let show = &guide.show;
    for f in &show.facts {
        k.push(format!("show.fact.{}.label", f.id));
        k.push(format!("show.fact.{}.value", f.id));
    }
    for p in &show.places {
        k.push(format!("story.{}.what", p.id));
    }
    for w in &show.where_to_watch {
        k.push(format!("watch.{}.region", w.id));
        k.push(format!("watch.{}.note", w.id));
    }
    for a in &show.awards {
        k.push(format!("award.{}.body", a.id));
        k.push(format!("award.{}.category", a.id));
        for n in &a.notes {
            k.push(format!("award.{}.{n}", a.id));
        }
    }
    for b in &show.books {
        for n in &b.notes {
            k.push(format!("book.{}.{n}", b.id));
        }
    }
    for r in &show.related {
        k.push(format!("related.{}.why", r.id));
    }
    for m in &guide.cast {
        k.push(format!("cast.{}.about", m.slug));
        if m.spoiler.is_some() {
            k.push(format!("cast.{}.spoiler", m.slug));
        }
    }
    for e in &guide.episodes {
        let n = e.number;
        k.push(format!("episode.{n}.tale"));
        k.push(format!("episode.{n}.synopsis"));
        for i in 1..=e.spoilers.len() {
            k.push(format!("episode.{n}.spoiler.{i}"));
        }
        for note in &e.notes {
            k.push(format!("episode.{n}.{note}_note"));
        }
    }
    let o = &guide.outlook;
    for r in &o.reasons {
        k.push(format!("outlook.reason.{}.title", r.id));
        k.push(format!("outlook.reason.{}.text", r.id));
    }
    for e in &o.timeline {
        k.push(format!("outlook.timeline.{}", e.id));
    }
    let mut groups: Vec<&str> = guide.people.iter().map(|p| p.group.as_str()).collect();
    crate::core::order::sort_by(&mut groups, Ord::cmp);
    groups.dedup();
    for g in groups {
        k.push(format!("group.{g}"));
    }
    for p in guide.people.iter().filter(|p| p.cast.is_none()) {
        k.push(format!("person.{}.name", p.id));
        k.push(format!("person.{}.about", p.id));
    }
    for r in &guide.relations {
        k.push(format!("relation.{}.label", r.id));
        k.push(format!("relation.{}.text", r.id));
    }
    for s in guide.music.songs() {
        for n in &s.notes {
            k.push(format!("song.{}.{n}", s.id));
        }
    }
    for p in &guide.places {
        k.push(format!("place.{}.name", p.id));
        k.push(format!("place.{}.where", p.id));
        k.push(format!("place.{}.scene", p.id));
        for n in &p.notes {
            k.push(format!("place.{}.{n}", p.id));
        }
    }
    for c in guide.citations.iter().filter(|c| c.note) {
        k.push(format!("citation.{}.note", c.id));
    }
    k
}
