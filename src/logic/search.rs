//! Instant search over the cast, the episodes and their tales, the songs and the filming places.
//!
//! Matching ignores case, spaces, hyphens and punctuation, so "kim soohyun", "Kim Soo-hyun" and
//! "KIMSOOHYUN" are the same query. Names and titles are indexed in both scripts whichever
//! language the page is in, so "문강태" and "moon gangtae", "빨간 구두" and "red shoes" find the
//! same things. Spoiler text is never indexed: a search must not reveal it.

use crate::core::lang::Lang;
use crate::data::load::Site;
use crate::data::text::Prose;
use crate::logic::hangul::romanise;
use crate::logic::routes::Route;
use crate::logic::titles::display;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Episode,
    Song,
    Place,
}

/// One thing search can find. The page words it: a person's `detail` is the actor ("played by
/// …"), an episode's `title` its title in the page's language (empty where none is known) and its
/// `detail` the tale behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub kind: Kind,
    pub title: String,
    pub detail: String,
    pub route: Route,
    /// Normalised fields, strongest first (a name before a description).
    keys: Vec<String>,
}

/// Lower-cases and keeps only letters and digits, so spelling variants meet. ASCII is folded by
/// hand and other scripts are kept whole (Hangul has no case): the full Unicode case and letter
/// tables would add kilobytes to the app for names that are all ASCII or Hangul.
pub fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric() || (!c.is_ascii() && !is_separator(*c)))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Non-ASCII spaces, dashes, quotes and brackets, which separate words like ASCII punctuation.
fn is_separator(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' | '·' | '×')
}

/// The searchable entries of the guide, in page order, titled in the site's language.
pub fn index(site: &Site) -> Vec<Entry> {
    let g = &site.guide;
    let lang = site.lang();
    let mut entries = Vec::new();
    for m in &g.cast {
        let mut keys: Vec<String> = [&m.character, &m.actor]
            .iter()
            .flat_map(|n| std::iter::once(n.en.as_str()).chain(n.ko.as_deref()))
            .map(normalise)
            .collect();
        keys.push(normalise(site.t(Prose::CastAbout(&m.slug))));
        entries.push(Entry {
            kind: Kind::Person,
            title: m.character.get(lang).to_string(),
            detail: m.actor.get(lang).to_string(),
            route: Route::CastMember(m.slug.clone()),
            keys,
        });
    }
    for e in &g.episodes {
        let n = e.number;
        let shown = display(e, lang).main;
        let mut keys = vec![format!("episode{n}"), format!("ep{n}"), format!("{n}회")];
        keys.extend(
            e.title_en
                .iter()
                .chain(e.title_ko.iter())
                .map(|x| normalise(&x.text)),
        );
        keys.extend(
            e.title_ko
                .iter()
                .filter_map(|x| x.gloss.as_deref())
                .map(normalise),
        );
        keys.extend(e.keywords.iter().map(|k| normalise(k)));
        let tale = site.t(Prose::EpisodeTale(n));
        keys.push(normalise(tale));
        entries.push(Entry {
            kind: Kind::Episode,
            title: shown,
            detail: tale.to_string(),
            route: Route::Episode(n),
            keys,
        });
    }
    for s in g.music.songs() {
        let mut keys: Vec<String> = std::iter::once(s.title.ko.as_str())
            .chain(s.title.en.as_deref())
            .map(normalise)
            .collect();
        for a in &s.artists {
            keys.push(normalise(&a.en));
            keys.extend(a.ko.as_deref().map(normalise));
        }
        let title = match (lang, &s.title.en) {
            (Lang::En, Some(en)) => en.clone(),
            _ => s.title.ko.clone(),
        };
        let artists: Vec<&str> = s.artists.iter().map(|a| a.get(lang)).collect();
        entries.push(Entry {
            kind: Kind::Song,
            title,
            detail: artists.join(", "),
            route: Route::Music,
            keys,
        });
    }
    for p in &g.places {
        let name = site.t(Prose::PlaceName(&p.id));
        let place = site.t(Prose::PlaceWhere(&p.id));
        entries.push(Entry {
            kind: Kind::Place,
            title: name.to_string(),
            detail: place.to_string(),
            route: Route::Places,
            // Place names are stored in the page's language only; their Latin spelling lets
            // "ayajin" find 아야진 in the Korean interface.
            keys: vec![
                normalise(name),
                normalise(place),
                normalise(&romanise(name)),
                normalise(&romanise(place)),
            ],
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
    crate::core::order::sort_by_key(&mut hits, |(score, order, _)| (*score, *order));
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
    use crate::data::load::read_site;

    fn titles(lang: Lang, query: &str) -> Vec<String> {
        let site = read_site(lang).expect("data loads");
        let entries = index(&site);
        search(&entries, query)
            .iter()
            .map(|e| e.title.clone())
            .collect()
    }

    fn routes(lang: Lang, query: &str) -> Vec<Route> {
        let site = read_site(lang).expect("data loads");
        let entries = index(&site);
        search(&entries, query)
            .iter()
            .map(|e| e.route.clone())
            .collect()
    }

    #[test]
    fn normalising_ignores_case_spaces_and_hyphens() {
        assert_eq!(normalise("Kim Soo-hyun"), "kimsoohyun");
        assert_eq!(normalise("  KIM soohyun! "), "kimsoohyun");
        assert_eq!(normalise("문 강태"), "문강태");
        assert_eq!(normalise("〈장화홍련〉 “Red Shoes”"), "장화홍련redshoes");
    }

    #[test]
    fn finds_people_whatever_script_is_typed_in_either_interface() {
        for lang in Lang::ALL {
            let gang_tae = if lang == Lang::En {
                "Moon Gang-tae"
            } else {
                "문강태"
            };
            for q in [
                "문강태",
                "moon gangtae",
                "Moon Gang-tae",
                "kim soohyun",
                "김수현",
            ] {
                assert_eq!(
                    titles(lang, q).first().map(String::as_str),
                    Some(gang_tae),
                    "{lang:?} {q}"
                );
            }
        }
    }

    #[test]
    fn finds_episodes_by_title_tale_and_number_in_both_scripts() {
        for lang in Lang::ALL {
            let two = routes(lang, "빨간 구두");
            assert_eq!(two.first(), Some(&Route::Episode(2)), "{lang:?}: {two:?}");
            let red = routes(lang, "red shoes");
            assert_eq!(red.first(), two.first(), "{lang:?}");
            let janghwa = routes(lang, "장화홍련");
            assert_eq!(janghwa.first(), Some(&Route::Episode(13)), "{lang:?}");
        }
        assert_eq!(
            titles(Lang::En, "episode 13").first().map(String::as_str),
            Some("The Father of the Two Sisters")
        );
        assert_eq!(
            titles(Lang::Ko, "13회").first().map(String::as_str),
            Some("장화, 홍련의 아빠")
        );
    }

    #[test]
    fn finds_songs_and_places() {
        assert_eq!(
            titles(Lang::En, "heize").first().map(String::as_str),
            Some("You're Cold")
        );
        assert_eq!(
            titles(Lang::Ko, "헤이즈").first().map(String::as_str),
            Some("You're Cold (더 많이 사랑한 쪽이 아프대)")
        );
        assert!(titles(Lang::En, "ayajin")
            .iter()
            .any(|t| t.contains("Ayajin")));
        for query in ["아야진", "ayajin", "sokcho"] {
            assert!(
                !titles(Lang::Ko, query).is_empty(),
                "{query} finds a place in Korean"
            );
        }
        assert_eq!(
            titles(Lang::Ko, "ayajin").first().map(String::as_str),
            Some("아야진 해변")
        );
    }

    #[test]
    fn every_word_must_match_somewhere_and_empty_matches_nothing() {
        assert!(titles(Lang::En, "moon zebra").is_empty());
        assert!(titles(Lang::En, "").is_empty());
        assert!(titles(Lang::En, "  - ").is_empty());
    }

    #[test]
    fn spoilers_are_not_searchable() {
        // Only the spoiler texts name Do Hui-jae.
        assert!(titles(Lang::En, "hui-jae").is_empty());
        assert!(titles(Lang::Ko, "도희재").is_empty());
    }
}
