//! Instant search over the cast, their characters, the episodes and the tales behind them.
//!
//! Matching ignores case, spaces, hyphens and punctuation, so "kim soohyun", "Kim Soo-hyun" and
//! "KIMSOOHYUN" are the same query, and Hangul matches Hangul ("문강태"). Every word of the query
//! must appear somewhere in the entry. Spoiler text is never indexed: a search must not reveal it.

use crate::data::model::{Cast, EpisodeGuide};
use crate::logic::routes::Route;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Episode,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Person => "Cast",
            Kind::Episode => "Episode",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub kind: Kind,
    pub title: String,
    pub detail: String,
    pub route: Route,
    /// Normalised fields, strongest first (a name before a description).
    keys: Vec<String>,
}

/// Lower-cases and keeps only letters and digits (any script), so spelling variants meet.
pub fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The searchable entries of the guide, in page order.
pub fn index(cast: &Cast, guide: &EpisodeGuide) -> Vec<Entry> {
    let mut entries = Vec::new();
    for m in &cast.members {
        let mut names = vec![m.character.en.clone(), m.actor.en.clone()];
        names.extend(m.character.ko.clone());
        names.extend(m.actor.ko.clone());
        let mut keys: Vec<String> = names.iter().map(|n| normalise(n)).collect();
        keys.push(normalise(&m.about));
        entries.push(Entry {
            kind: Kind::Person,
            title: m.character.en.clone(),
            detail: format!("played by {}", m.actor.en),
            route: Route::CastMember(m.slug.clone()),
            keys,
        });
    }
    for e in &guide.episodes {
        let (title, _) = e.display_title();
        let mut keys = vec![
            format!("episode{}", e.number),
            format!("ep{}", e.number),
            normalise(&title),
        ];
        keys.extend(e.title_ko.as_deref().map(normalise));
        keys.push(normalise(&e.tale));
        entries.push(Entry {
            kind: Kind::Episode,
            title: format!("Episode {}: {}", e.number, title),
            detail: format!("Tale: {}", e.tale),
            route: Route::Episode(e.number),
            keys,
        });
    }
    entries
}

/// The entries matching `query`, best first: a match in a name or title ranks above a match in a
/// description; ties keep page order. An empty query matches nothing.
pub fn search<'a>(entries: &'a [Entry], query: &str) -> Vec<&'a Entry> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(normalise)
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let joined: String = words.concat();
    let mut hits: Vec<(usize, usize, &Entry)> = entries
        .iter()
        .enumerate()
        .filter_map(|(order, entry)| score(entry, &words, &joined).map(|s| (s, order, entry)))
        .collect();
    hits.sort_by_key(|(score, order, _)| (*score, *order));
    hits.into_iter().map(|(_, _, e)| e).collect()
}

/// Lower is better; `None` when some word is missing. The whole query, spaces removed, may also
/// match one field ("soo hyun" finds "Soo-hyun").
fn score(entry: &Entry, words: &[String], joined: &str) -> Option<usize> {
    let best_field = |needle: &str| entry.keys.iter().position(|k| k.contains(needle));
    if let Some(field) = best_field(joined) {
        let key = &entry.keys[field];
        let closeness = if key == joined {
            0
        } else if key.starts_with(joined) {
            1
        } else {
            2
        };
        return Some(field * 3 + closeness);
    }
    let mut worst = 0;
    for word in words {
        worst = worst.max(best_field(word)?);
    }
    Some(entry.keys.len() * 3 + worst)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{Billing, CastMember, Episode, Name, Source, Spoiler};
    use crate::logic::dates::PartialDate;

    fn source() -> Source {
        Source {
            name: "test".into(),
            url: None,
        }
    }

    fn member(slug: &str, actor: (&str, &str), character: (&str, &str), about: &str) -> CastMember {
        CastMember {
            slug: slug.into(),
            billing: Billing::Main,
            actor: Name {
                en: actor.0.into(),
                ko: Some(actor.1.into()),
            },
            character: Name {
                en: character.0.into(),
                ko: Some(character.1.into()),
            },
            age: None,
            about: about.into(),
            other_roles: vec![],
            spoiler: Some(Spoiler {
                from_episode: 13,
                text: "secretly someone else".into(),
            }),
            source: source(),
        }
    }

    fn episode(number: u32, title: Option<&str>, ko: Option<&str>, tale: &str) -> Episode {
        Episode {
            number,
            air_date: PartialDate::ymd(2020, 6, 20),
            title_en: title.map(Into::into),
            title_ko: ko.map(Into::into),
            title_ko_gloss: None,
            tale: tale.into(),
            rating: None,
            rating_note: None,
            synopsis: String::new(),
            spoilers: vec![],
        }
    }

    fn entries() -> Vec<Entry> {
        let cast = Cast {
            format: 1,
            note: String::new(),
            members: vec![
                member(
                    "moon-gang-tae",
                    ("Kim Soo-hyun", "김수현"),
                    ("Moon Gang-tae", "문강태"),
                    "A caregiver.",
                ),
                member(
                    "moon-sang-tae",
                    ("Oh Jung-se", "오정세"),
                    ("Moon Sang-tae", "문상태"),
                    "Gang-tae's older brother.",
                ),
            ],
        };
        let guide = EpisodeGuide {
            format: 1,
            ratings_source: source(),
            ratings_note: String::new(),
            titles_source: source(),
            titles_note: String::new(),
            synopses_note: String::new(),
            episodes: vec![
                episode(
                    2,
                    Some("The Lady in Red Shoes"),
                    None,
                    "Andersen's The Red Shoes",
                ),
                episode(13, None, None, "The folk tale Janghwa Hongryeon 장화홍련"),
            ],
        };
        index(&cast, &guide)
    }

    fn titles(query: &str) -> Vec<String> {
        let entries = entries();
        search(&entries, query)
            .iter()
            .map(|e| e.title.clone())
            .collect()
    }

    #[test]
    fn normalising_ignores_case_spaces_and_hyphens() {
        assert_eq!(normalise("Kim Soo-hyun"), "kimsoohyun");
        assert_eq!(normalise("  KIM soohyun! "), "kimsoohyun");
        assert_eq!(normalise("문 강태"), "문강태");
    }

    #[test]
    fn finds_actors_and_characters_in_english_and_hangul() {
        assert_eq!(titles("kim soohyun"), ["Moon Gang-tae"]);
        assert_eq!(titles("KIM SOO HYUN"), ["Moon Gang-tae"]);
        assert_eq!(titles("문강태"), ["Moon Gang-tae"]);
        assert_eq!(titles("김수현"), ["Moon Gang-tae"]);
        assert_eq!(titles("sangtae"), ["Moon Sang-tae"]);
    }

    #[test]
    fn names_rank_above_descriptions() {
        // Both match "gang-tae": one by name, the other only by its description.
        assert_eq!(titles("gang-tae"), ["Moon Gang-tae", "Moon Sang-tae"]);
    }

    #[test]
    fn every_word_must_match_somewhere() {
        assert_eq!(titles("moon brother"), ["Moon Sang-tae"]);
        assert!(titles("moon zebra").is_empty());
    }

    #[test]
    fn finds_episodes_by_title_tale_and_number() {
        assert_eq!(titles("red shoes"), ["Episode 2: The Lady in Red Shoes"]);
        assert_eq!(titles("janghwa"), ["Episode 13: Title not confirmed"]);
        assert_eq!(titles("장화홍련"), ["Episode 13: Title not confirmed"]);
        assert_eq!(titles("episode 13"), ["Episode 13: Title not confirmed"]);
        assert_eq!(titles("ep 2"), ["Episode 2: The Lady in Red Shoes"]);
        assert_eq!(
            titles("episode 1"),
            ["Episode 13: Title not confirmed"],
            "a prefix of an episode number still finds it"
        );
    }

    #[test]
    fn empty_and_punctuation_only_queries_match_nothing() {
        assert!(titles("").is_empty());
        assert!(titles("  - ").is_empty());
    }

    #[test]
    fn spoilers_are_not_searchable() {
        assert!(titles("secretly").is_empty());
    }
}
