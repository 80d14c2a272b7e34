//! Instant search over the cast, the episodes and their tales, the songs and the filming places.
//!
//! Matching ignores case, spaces, hyphens and punctuation, so "kim soohyun", "Kim Soo-hyun" and
//! "KIMSOOHYUN" are the same query. Names and titles are indexed in both scripts whichever
//! language the page is in, so "문강태" and "moon gangtae", "빨간 구두" and "red shoes" find the
//! same things. Spoiler text is never indexed: a search must not reveal it.

use crate::data::load::Site;
use crate::data::model::Theme;
use crate::data::text::{Fixed, Prose};
use crate::logic::hangul::romanise;
use crate::logic::routes::Route;
use crate::logic::titles::display;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Episode,
    Song,
    Place,
    /// A page of its own (help, the portrayal page): the page names it by its route.
    Page,
    /// An episode's recap, on the story-so-far page: found only once the reader has watched it.
    Recap,
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
    /// The episode a reader must have watched before this entry may be found (a recap).
    pub watched: Option<u32>,
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
/// `theme_word` gives a content note's theme in the page's language, so an episode is found by
/// the themes its notes name ("violence", "폭력").
pub fn index(site: &Site, theme_word: &dyn Fn(Theme) -> &'static str) -> Vec<Entry> {
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
            watched: None,
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
        for note in g.notes_of(n) {
            keys.extend(note.themes.iter().map(|th| normalise(theme_word(*th))));
        }
        entries.push(Entry {
            kind: Kind::Episode,
            title: shown,
            detail: tale.to_string(),
            route: Route::Episode(n),
            watched: None,
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
        let title = s.title.get(lang).to_string();
        let artists: Vec<&str> = s.artists.iter().map(|a| a.get(lang)).collect();
        entries.push(Entry {
            kind: Kind::Song,
            title,
            detail: artists.join(", "),
            route: Route::Music,
            watched: None,
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
            watched: None,
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
    let care = &g.care;
    let mut keys: Vec<String> = care.help.keywords.iter().map(|k| normalise(k)).collect();
    for h in &care.help.lines {
        keys.push(normalise(&h.number));
        keys.push(normalise(site.t(Prose::HelpName(&h.id))));
    }
    entries.push(Entry {
        kind: Kind::Page,
        title: String::new(),
        detail: site.t(Prose::Fixed(Fixed::HelpIntro)).to_string(),
        route: Route::Help,
        watched: None,
        keys,
    });
    let mut keys: Vec<String> = care
        .portrayal_keywords
        .iter()
        .map(|k| normalise(k))
        .collect();
    keys.extend(
        care.portrayal
            .iter()
            .map(|t| normalise(site.t(Prose::TopicTitle(&t.id)))),
    );
    entries.push(Entry {
        kind: Kind::Page,
        title: String::new(),
        detail: site.t(Prose::Fixed(Fixed::PortrayalIntro)).to_string(),
        route: Route::Portrayal,
        watched: None,
        keys,
    });
    for e in &g.episodes {
        let n = e.number;
        entries.push(Entry {
            kind: Kind::Recap,
            title: display(e, lang).main,
            detail: site.t(Prose::RecapShort(n)).to_string(),
            route: Route::Story,
            watched: Some(n),
            keys: vec![
                normalise(site.t(Prose::RecapShort(n))),
                normalise(site.t(Prose::RecapFull(n))),
            ],
        });
    }
    entries
}

/// The entries matching `query`, best first: a match in a name or title ranks above a match in a
/// description; ties keep page order. An empty query matches nothing. `watched` says whether the
/// reader has watched an episode: a recap of one they have not is never found.
pub fn search<'a>(
    entries: &'a [Entry],
    query: &str,
    watched: &dyn Fn(u32) -> bool,
) -> Vec<&'a Entry> {
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
        .filter(|(_, entry)| entry.watched.is_none_or(watched))
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
    use crate::core::lang::Lang;
    use crate::data::load::read_site;

    fn titles(lang: Lang, query: &str) -> Vec<String> {
        let site = read_site(lang).expect("data loads");
        let entries = index(&site, &theme_word);
        search(&entries, query, &|_| false)
            .iter()
            .map(|e| e.title.clone())
            .collect()
    }

    /// The themes as a page would word them (the interface's words are not logic's to know).
    fn theme_word(t: Theme) -> &'static str {
        match t {
            Theme::Violence => "violence",
            Theme::SexualHarassment => "sexual harassment",
            _ => "other theme",
        }
    }

    #[test]
    fn finds_the_help_page_and_episodes_by_their_notes_themes() {
        for lang in Lang::ALL {
            for q in ["109", "help", "도움", "상담", "helpline"] {
                assert_eq!(routes(lang, q).first(), Some(&Route::Help), "{lang:?} {q}");
            }
            assert!(routes(lang, "자폐").contains(&Route::Portrayal), "{lang:?}");
            assert!(routes(lang, "mental health").contains(&Route::Portrayal));
        }
        let harassment = routes(Lang::En, "sexual harassment");
        assert_eq!(
            harassment.first(),
            Some(&Route::Episode(3)),
            "{harassment:?}"
        );
    }

    fn routes(lang: Lang, query: &str) -> Vec<Route> {
        let site = read_site(lang).expect("data loads");
        let entries = index(&site, &theme_word);
        search(&entries, query, &|_| false)
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
    fn recaps_are_found_only_for_episodes_the_reader_has_watched() {
        let site = read_site(Lang::En).expect("data loads");
        let entries = index(&site, &theme_word);
        // A word of episode 16's recap that is in no name, title or tale.
        let query = "mother's tree";
        let unwatched = search(&entries, query, &|_| false);
        assert!(
            unwatched.iter().all(|e| e.kind != Kind::Recap),
            "found before it was watched"
        );
        let up_to_15 = search(&entries, query, &|n| n <= 15);
        assert!(up_to_15.iter().all(|e| e.watched != Some(16)));
        let all = search(&entries, query, &|_| true);
        assert!(
            all.iter().any(|e| e.watched == Some(16)),
            "found once watched"
        );
    }

    #[test]
    fn spoilers_are_not_searchable() {
        // Only the spoiler texts name Do Hui-jae.
        assert!(titles(Lang::En, "hui-jae").is_empty());
        assert!(titles(Lang::Ko, "도희재").is_empty());
    }
}
