//! Invariants of the data beyond its shape. The host tests run these against the shipped files,
//! so a typo in a date, a fact without a source or a citation without a date fails the build with
//! the record named.

use super::model::{Citation, Cites, Dates, Guide, Name, RegionMap};
use super::text::{keys, Text};
use crate::core::date::{PartialDate, Weekday};
use crate::core::hangul::is_hangul;
use crate::data::model::EpisodeNote;
use std::collections::HashSet;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

struct Report<'a> {
    guide: &'a Guide,
    /// Today's day number, for dates that must not lie in the future.
    today: i64,
    ids: HashSet<&'a str>,
    used: HashSet<&'a str>,
    problems: Vec<Problem>,
}

impl<'a> Report<'a> {
    fn check(&mut self, ok: bool, field: impl Into<String>, message: impl Into<String>) {
        if !ok {
            self.problems.push(Problem {
                field: field.into(),
                message: message.into(),
            });
        }
    }

    /// A fact record's citations: at least one, and every one known.
    fn cites(&mut self, cites: &'a Cites, field: impl Into<String>) {
        let field = field.into();
        self.check(!cites.is_empty(), field.clone(), "has no citation");
        for id in cites {
            self.used.insert(id.as_str());
            let known = self.ids.contains(id.as_str());
            self.check(
                known,
                field.clone(),
                format!("cites unknown source \"{id}\""),
            );
        }
    }

    fn episode(&mut self, n: Option<u32>, field: impl Into<String>) {
        if let Some(n) = n {
            let count = self.guide.episodes.len() as u32;
            self.check(
                (1..=count).contains(&n),
                field,
                format!("{n} is not an episode"),
            );
        }
    }

    fn not_after_as_of(&mut self, date: Option<PartialDate>, field: impl Into<String>) {
        if let Some(d) = date {
            let ok = d.first_day() <= self.guide.as_of.newest.last_day();
            self.check(ok, field, format!("{d} is later than the data's as_of"));
        }
    }

    /// A changeable claim's two dates: its newest source no later than the data's, neither date
    /// in the future, and the check no earlier than the newest source it found.
    fn dates(&mut self, dates: Option<Dates>, field: impl Into<String>) {
        let Some(d) = dates else { return };
        let field = field.into();
        self.not_after_as_of(Some(d.newest), format!("{field}.newest"));
        for (what, date) in [("newest", d.newest), ("checked", d.checked)] {
            self.check(
                date.first_day() <= self.today,
                format!("{field}.{what}"),
                format!("{date} is in the future"),
            );
        }
        self.check(
            d.checked.last_day() >= d.newest.first_day(),
            format!("{field}.checked"),
            format!(
                "{} is older than the newest source, {}",
                d.checked, d.newest
            ),
        );
    }

    fn hangul(&mut self, name: &Name, field: impl Into<String>) {
        if let Some(ko) = &name.ko {
            self.check(
                ko.chars().any(is_hangul),
                field,
                format!("\"{ko}\" has no Hangul"),
            );
        }
    }
}

pub const FIRST_AIR_DATE: (i32, u8, u8) = (2020, 6, 20);
pub const LAST_AIR_DATE: (i32, u8, u8) = (2020, 8, 9);
pub const EPISODE_COUNT: u32 = 16;

fn check_citation(r: &mut Report, c: &Citation) {
    let at = |f: &str| format!("citations.{}.{f}", c.id);
    r.check(!c.id.is_empty(), "citations", "a citation has no id");
    r.check(!c.publisher.trim().is_empty(), at("publisher"), "is empty");
    r.check(
        c.safe_url().is_some(),
        at("url"),
        format!("\"{}\" is not an http or https address", c.url),
    );
    if let Some(t) = &c.title {
        r.check(!t.trim().is_empty(), at("title"), "is empty");
    }
    r.check(
        c.lang.len() == 2 && c.lang.bytes().all(|b| b.is_ascii_lowercase()),
        at("lang"),
        "is not a two-letter language tag",
    );
    r.not_after_as_of(c.date.date(), at("date"));
}

/// Every invariant of `guide.json`, on the reader's clock; an empty list means the facts are sound.
pub fn check_guide(guide: &Guide) -> Vec<Problem> {
    check_guide_on(guide, crate::dom::today())
}

/// [`check_guide`] as if today were the day number `today`.
pub fn check_guide_on(guide: &Guide, today: i64) -> Vec<Problem> {
    let mut r = Report {
        guide,
        today,
        ids: HashSet::new(),
        used: HashSet::new(),
        problems: Vec::new(),
    };
    r.dates(Some(guide.as_of), "as_of");
    for c in &guide.citations {
        let fresh = r.ids.insert(c.id.as_str());
        r.check(fresh, format!("citations.{}", c.id), "the id is used twice");
        check_citation(&mut r, c);
    }
    let show = &guide.show;
    r.cites(&show.title.cite, "show.title");
    r.cites(&show.premise_cite, "show.premise");
    r.cites(&show.genres_cite, "show.genres");
    for f in &show.facts {
        r.cites(&f.cite, format!("show.facts.{}", f.id));
    }
    for p in &show.places {
        r.cites(&p.cite, format!("show.places.{}", p.id));
        r.hangul(&p.name, format!("show.places.{}.name", p.id));
    }
    for w in &show.where_to_watch {
        r.cites(&w.cite, format!("show.where_to_watch.{}", w.id));
        r.dates(w.as_of, format!("show.where_to_watch.{}.as_of", w.id));
    }
    for s in &show.scores {
        r.cites(&s.cite, format!("show.scores.{}", s.id));
        r.dates(s.as_of, format!("show.scores.{}.as_of", s.id));
    }
    for a in &show.awards {
        r.cites(&a.cite, format!("show.awards.{}", a.id));
        r.not_after_as_of(Some(a.date), format!("show.awards.{}.date", a.id));
    }
    for b in &show.books {
        r.cites(&b.cite, format!("show.books.{}", b.id));
        r.episode(b.episode, format!("show.books.{}.episode", b.id));
    }
    r.cites(&show.books_cite, "show.books");
    for p in &show.related {
        r.cites(&p.cite, format!("show.related.{}", p.id));
        r.dates(p.as_of, format!("show.related.{}.as_of", p.id));
        r.hangul(&p.title, format!("show.related.{}.title", p.id));
    }
    check_cast(&mut r);
    check_episodes(&mut r);
    check_outlook(&mut r);
    check_relations(&mut r);
    check_music(&mut r);
    check_care(&mut r);
    check_episode_contents(&mut r);
    for p in &guide.places {
        r.cites(&p.cite, format!("places.{}", p.id));
        r.episode(
            p.scene_from_episode,
            format!("places.{}.scene_from_episode", p.id),
        );
    }
    r.cites(&guide.places_cite, "places");
    // A bibliography lists what the guide uses, and nothing else.
    let unused: Vec<&str> = guide
        .citations
        .iter()
        .map(|c| c.id.as_str())
        .filter(|id| !r.used.contains(id))
        .collect();
    r.check(
        unused.is_empty(),
        "citations",
        format!("cited by no fact: {unused:?}"),
    );
    r.problems
}

/// Content notes, help lines and the portrayal page: every note cited and on a real episode
/// (an episode with nothing sourced has no note), every help line dialable and dated, every view
/// cited and about real characters.
fn check_care(r: &mut Report) {
    let guide = r.guide;
    let care = &guide.care;
    let mut ids = HashSet::new();
    for n in &care.notes {
        let at = |f: &str| format!("care.notes.{}.{f}", n.id);
        r.check(ids.insert(n.id.as_str()), at("id"), "is used twice");
        r.cites(&n.cite, at("cite"));
        r.episode(Some(n.episode), at("episode"));
        r.check(!n.themes.is_empty(), at("themes"), "names no theme");
    }
    r.cites(&care.regulator.cite, "care.regulator");
    r.episode(Some(care.regulator.episode), "care.regulator.episode");
    r.not_after_as_of(Some(care.regulator.date), "care.regulator.date");
    r.cites(&care.no_rating_cite, "care.no_rating");
    r.cites(&care.guideline_cite, "care.guidelines");
    let help = &care.help;
    r.cites(&help.page_cite, "care.help");
    r.cites(&help.directory_cite, "care.help.directory");
    r.check(
        help.directory_url.starts_with("https://"),
        "care.help.directory_url",
        "is not an https address",
    );
    r.check(
        help.lines.iter().any(|h| h.emergency) && help.lines.iter().any(|h| !h.emergency),
        "care.help.lines",
        "needs emergency numbers and help lines",
    );
    for h in &help.lines {
        let at = |f: &str| format!("care.help.lines.{}.{f}", h.id);
        r.check(ids.insert(h.id.as_str()), at("id"), "is used twice");
        r.cites(&h.cite, at("cite"));
        r.check(
            !h.tel().is_empty() && h.number.chars().all(|c| c.is_ascii_digit() || c == '-'),
            at("number"),
            "is not a number a phone can dial",
        );
        r.dates(Some(h.as_of), at("as_of"));
    }
    for t in &care.portrayal {
        let at = |f: &str| format!("care.portrayal.{}.{f}", t.id);
        r.check(ids.insert(t.id.as_str()), at("id"), "is used twice");
        r.check(!t.views.is_empty(), at("views"), "is empty");
        for slug in &t.characters {
            r.check(
                guide.member(slug).is_some(),
                at("characters"),
                format!("{slug} is not in the cast"),
            );
        }
        for v in &t.views {
            let at = |f: &str| format!("care.portrayal.{}.views.{}.{f}", t.id, v.id);
            r.check(ids.insert(v.id.as_str()), at("id"), "is used twice");
            r.cites(&v.cite, at("cite"));
            r.episode(v.spoiler_from_episode, at("spoiler_from_episode"));
            r.not_after_as_of(v.date, at("date"));
        }
    }
}

fn check_cast(r: &mut Report) {
    let guide = r.guide;
    let mut slugs = HashSet::new();
    r.check(!guide.cast.is_empty(), "cast", "is empty");
    for m in &guide.cast {
        let at = |f: &str| format!("cast.{}.{f}", m.slug);
        r.check(slugs.insert(m.slug.as_str()), at("slug"), "is used twice");
        r.check(
            m.slug == crate::core::slug::slugify(&m.character.en),
            at("slug"),
            "is not made from the character's name",
        );
        r.hangul(&m.actor, at("actor"));
        r.hangul(&m.character, at("character"));
        r.cites(&m.cite, at("cite"));
        for (i, role) in m.roles.iter().enumerate() {
            r.cites(&role.cite, at(&format!("roles[{i}]")));
            r.hangul(&role.title, at(&format!("roles[{i}].title")));
            if let Some(y) = role.year {
                r.check(
                    (1950..=2100).contains(&y),
                    at(&format!("roles[{i}].year")),
                    "is out of range",
                );
            }
        }
        r.check(
            m.roles.is_empty() || m.roles_as_of.is_some(),
            at("roles_as_of"),
            "a list of other roles needs the date it was last checked",
        );
        r.dates(m.roles_as_of, at("roles_as_of"));
        if let Some(s) = &m.spoiler {
            r.episode(Some(s.from_episode), at("spoiler.from_episode"));
            r.cites(&s.cite, at("spoiler"));
        }
    }
}

fn check_episodes(r: &mut Report) {
    let guide = r.guide;
    r.check(
        guide.episodes.len() == EPISODE_COUNT as usize,
        "episodes",
        format!(
            "has {} entries, expected {EPISODE_COUNT}",
            guide.episodes.len()
        ),
    );
    let first = PartialDate::ymd(FIRST_AIR_DATE.0, FIRST_AIR_DATE.1, FIRST_AIR_DATE.2).first_day();
    let last = PartialDate::ymd(LAST_AIR_DATE.0, LAST_AIR_DATE.1, LAST_AIR_DATE.2).first_day();
    let mut previous_day = i64::MIN;
    for (i, e) in guide.episodes.iter().enumerate() {
        let at = |f: &str| format!("episodes.{}.{f}", i + 1);
        r.check(
            e.number == i as u32 + 1,
            at("number"),
            format!("is {}", e.number),
        );
        let day = e.air_date.first_day();
        r.check(e.air_date.is_full(), at("air_date"), "needs a full date");
        r.check(
            (first..=last).contains(&day),
            at("air_date"),
            format!("{} is outside the broadcast run", e.air_date),
        );
        r.check(
            day > previous_day,
            at("air_date"),
            "is not after the previous episode",
        );
        previous_day = day;
        // Two episodes a week: odd numbers on Saturday, even on Sunday.
        let expected = if e.number % 2 == 1 {
            Weekday::Saturday
        } else {
            Weekday::Sunday
        };
        r.check(
            e.air_date.weekday() == Some(expected),
            at("air_date"),
            format!("episode {} should air on a {expected:?}", e.number),
        );
        if let Some(t) = &e.title_en {
            r.cites(&t.cite, at("title_en"));
            r.check(!t.text.trim().is_empty(), at("title_en"), "is empty");
        }
        if let Some(t) = &e.title_ko {
            r.cites(&t.cite, at("title_ko"));
            r.check(
                t.text.chars().any(is_hangul),
                at("title_ko"),
                "has no Hangul",
            );
            r.check(
                t.gloss.is_none() || e.title_en.is_none(),
                at("title_ko.gloss"),
                "our own translation is for episodes with no English title",
            );
        }
        r.check(
            e.title_en.is_some() || e.title_ko.as_ref().is_some_and(|t| t.gloss.is_some()),
            at("title_en"),
            "an episode with no English title needs our literal translation of the Korean one",
        );
        r.cites(&e.tale_cite, at("tale"));
        for (j, sp) in e.spoilers.iter().enumerate() {
            r.cites(&sp.cite, at(&format!("spoilers[{j}]")));
            r.check(
                sp.from_episode == e.number,
                at(&format!("spoilers[{j}].from_episode")),
                "an episode's spoilers unlock with that episode",
            );
        }
        match &e.rating {
            Some(rating) => {
                r.cites(&rating.cite, at("rating"));
                let percent = |v: f32| v.is_finite() && (0.0..=100.0).contains(&v);
                r.check(percent(rating.value), at("rating"), "is not a percentage");
                r.check(
                    rating.parts.is_empty()
                        || rating
                            .parts
                            .iter()
                            .all(|p| percent(*p) && *p <= rating.value + 0.05),
                    at("rating.parts"),
                    "the headline figure is the higher of the two parts",
                );
            }
            None => r.check(
                e.has_note(EpisodeNote::Rating),
                at("rating"),
                "a missing figure needs a note",
            ),
        }
    }
    r.cites(&guide.ratings.average_cite, "ratings.average");
}

/// What each episode brings: every appearance, place and song tied to something that exists,
/// every one cited; the tale cited, with free copies only at plain web addresses of stored pages;
/// the recaps cited; guests cited, with their names in Hangul.
fn check_episode_contents(r: &mut Report) {
    let guide = r.guide;
    let mut guest_ids = HashSet::new();
    for g in &guide.guests {
        let at = |f: &str| format!("guests.{}.{f}", g.id);
        r.check(guest_ids.insert(g.id.as_str()), at("id"), "is used twice");
        r.check(
            guide.member(&g.id).is_none(),
            at("id"),
            "is a cast member's slug",
        );
        r.cites(&g.cite, at("cite"));
        r.hangul(&g.actor, at("actor"));
        r.hangul(&g.character, at("character"));
    }
    for e in &guide.episodes {
        let at = |f: &str| format!("episodes.{}.{f}", e.number);
        for a in &e.appearances {
            r.check(
                guide.member(&a.who).is_some() || guide.guest(&a.who).is_some(),
                at("appearances"),
                format!("{} is neither in the cast nor a guest", a.who),
            );
            r.cites(&a.cite, at(&format!("appearances.{}", a.who)));
            r.episode(a.from_episode, at("appearances.from_episode"));
        }
        for p in &e.places {
            let known = if p.in_story {
                guide.show.places.iter().any(|s| s.id == p.place)
            } else {
                guide.places.iter().any(|f| f.id == p.place)
            };
            r.check(
                known,
                at("places"),
                format!("{} is not a known place", p.place),
            );
            r.cites(&p.cite, at(&format!("places.{}", p.place)));
        }
        for s in &e.songs {
            r.check(
                guide.music.songs().any(|x| x.id == s.song),
                at("songs"),
                format!("{} is not a song of the soundtrack", s.song),
            );
            r.cites(&s.cite, at(&format!("songs.{}", s.song)));
        }
        r.cites(&e.tale.cite, at("tale"));
        r.episode(e.tale.takes_from_episode, at("tale.takes_from_episode"));
        for (i, f) in e.tale.read_free.iter().enumerate() {
            r.check(
                f.safe_url().is_some(),
                at(&format!("tale.read_free.{i}")),
                "is not a plain web address",
            );
            r.cites(&f.cite, at(&format!("tale.read_free.{i}.cite")));
        }
        r.cites(&e.recap_cite, at("recap_cite"));
    }
}

fn check_outlook(r: &mut Report) {
    let o = &r.guide.outlook;
    r.cites(&o.status_cite, "outlook.status");
    r.cites(&o.prediction.cite, "outlook.prediction");
    r.check(
        o.prediction.window_start.first_day() <= o.prediction.window_end.last_day(),
        "outlook.prediction",
        "window ends before it starts",
    );
    r.check(
        o.as_of == r.guide.as_of,
        "outlook.as_of",
        "differs from the data's as_of",
    );
    r.check(!o.reasons.is_empty(), "outlook.reasons", "is empty");
    for reason in &o.reasons {
        r.cites(&reason.cite, format!("outlook.reasons.{}", reason.id));
        r.not_after_as_of(
            Some(reason.date),
            format!("outlook.reasons.{}.date", reason.id),
        );
        r.episode(
            reason.spoiler_from_episode,
            format!("outlook.reasons.{}.spoiler", reason.id),
        );
    }
    for e in &o.timeline {
        r.cites(&e.cite, format!("outlook.timeline.{}", e.id));
        r.not_after_as_of(Some(e.date), format!("outlook.timeline.{}.date", e.id));
    }
    let newest = o.timeline.iter().map(|e| e.date.last_day()).max();
    r.check(
        newest.is_some_and(|d| d >= o.as_of.newest.first_day()),
        "outlook.as_of",
        "no timeline event falls in the as_of month",
    );
}

fn check_relations(r: &mut Report) {
    let guide = r.guide;
    let mut ids = HashSet::new();
    for p in &guide.people {
        r.check(
            ids.insert(p.id.as_str()),
            format!("people.{}", p.id),
            "is listed twice",
        );
        if let Some(slug) = &p.cast {
            r.check(
                guide.member(slug).is_some(),
                format!("people.{}.cast", p.id),
                "no such cast member",
            );
        }
    }
    let mut rel_ids = HashSet::new();
    for rel in &guide.relations {
        let at = |f: &str| format!("relations.{}.{f}", rel.id);
        r.check(rel_ids.insert(rel.id.as_str()), at("id"), "is used twice");
        r.check(
            ids.contains(rel.a.as_str()),
            at("a"),
            format!("\"{}\" is nobody on the map", rel.a),
        );
        r.check(
            ids.contains(rel.b.as_str()),
            at("b"),
            format!("\"{}\" is nobody on the map", rel.b),
        );
        r.check(rel.a != rel.b, at("b"), "a connection needs two people");
        r.episode(rel.from_episode, at("from_episode"));
        r.cites(&rel.cite, at("cite"));
    }
    r.cites(&guide.relations_note_cite, "relations");
}

fn check_music(r: &mut Report) {
    let music = &r.guide.music;
    r.cites(&music.director.cite, "music.director");
    r.cites(&music.producer.cite, "music.producer");
    let mut song_ids = HashSet::new();
    for release in &music.releases {
        r.cites(&release.cite, format!("music.{}", release.id));
        r.not_after_as_of(release.date, format!("music.{}.date", release.id));
    }
    for s in music.songs() {
        let at = |f: &str| format!("music.songs.{}.{f}", s.id);
        r.check(song_ids.insert(s.id.as_str()), at("id"), "is used twice");
        // A traditional song outside the releases (a folk song a character sings) has no artist.
        let traditional = music.other_songs.iter().any(|o| o.id == s.id);
        r.check(
            traditional || !s.artists.is_empty(),
            at("artists"),
            "is empty",
        );
        r.cites(&s.cite, at("cite"));
        r.episode(s.first_episode, at("first_episode"));
        r.episode(s.scene_from_episode, at("scene_from_episode"));
        if let (Some(first), Some(gate)) = (s.first_episode, s.scene_from_episode) {
            r.check(
                gate >= first,
                at("scene_from_episode"),
                "unlocks before the song is heard",
            );
        }
        for a in &s.artists {
            r.hangul(a, at("artists"));
        }
    }
}

/// The map's places must exist on the map.
pub fn check_map(guide: &Guide, map: &RegionMap) -> Vec<Problem> {
    let mut problems = Vec::new();
    let towns: HashSet<&str> = map.towns.iter().map(|t| t.id.as_str()).collect();
    let points: HashSet<&str> = map.points.iter().map(|t| t.id.as_str()).collect();
    for p in &guide.places {
        if let Some(t) = &p.town {
            if !towns.contains(t.as_str()) {
                problems.push(Problem {
                    field: format!("places.{}.town", p.id),
                    message: format!("\"{t}\" is not on the map"),
                });
            }
        }
        if let Some(t) = &p.point {
            if !points.contains(t.as_str()) {
                problems.push(Problem {
                    field: format!("places.{}.point", p.id),
                    message: format!("\"{t}\" is not on the map"),
                });
            }
        }
    }
    let [_, _, w, h] = map.view_box;
    for t in map.towns.iter().chain(&map.points) {
        if !(0.0..=w).contains(&t.x) || !(0.0..=h).contains(&t.y) {
            problems.push(Problem {
                field: format!("map.{}", t.id),
                message: "lies outside the map".into(),
            });
        }
    }
    problems
}

/// A language's prose must carry exactly the keys the facts call for: nothing missing, nothing
/// left over from a record that no longer exists.
pub fn check_text(guide: &Guide, text: &Text) -> Vec<Problem> {
    let wanted: HashSet<String> = keys(guide).into_iter().collect();
    let mut problems: Vec<Problem> = wanted
        .iter()
        .filter(|k| !text.has(k) || text.get(k).trim().is_empty())
        .map(|k| Problem {
            field: k.clone(),
            message: format!("missing in {}", text.lang.tag()),
        })
        .collect();
    problems.extend(
        text.keys()
            .filter(|k| !wanted.contains(*k))
            .map(|k| Problem {
                field: k.to_string(),
                message: format!("no fact calls for it ({})", text.lang.tag()),
            }),
    );
    problems.sort_by(|a, b| a.field.cmp(&b.field));
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::{parse_json, GUIDE_FILE};

    fn guide() -> Guide {
        parse_json(GUIDE_FILE, include_str!("../../public/data/guide.json"))
            .expect("shipped facts parse")
    }

    fn fields(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(|p| p.field.clone()).collect()
    }

    #[test]
    fn the_shipped_facts_are_sound() {
        let problems = check_guide(&guide());
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn changeable_claims_need_a_check_no_older_than_their_news_and_nothing_in_the_future() {
        use crate::core::date::days_from_civil;
        let dec_2026 = days_from_civil(2026, 12, 7);
        let ok = check_guide_on(&guide(), dec_2026);
        assert!(ok.is_empty(), "{ok:#?}");
        // Read on 1 June 2026, a check dated December 2026 has not happened yet.
        let found = fields(&check_guide_on(&guide(), days_from_civil(2026, 6, 1)));
        assert!(found.iter().any(|f| f == "as_of.checked"), "{found:?}");
        assert!(found
            .iter()
            .any(|f| f == "outlook.as_of.checked" || f == "as_of.checked"));
        let mut g = guide();
        let imdb = g
            .show
            .scores
            .iter_mut()
            .find(|s| s.as_of.is_some())
            .expect("a dated score");
        let dated = imdb.as_of.as_mut().expect("dates");
        dated.checked = PartialDate::parse("2021-08").expect("date");
        let id = imdb.id.clone();
        let found = fields(&check_guide_on(&g, dec_2026));
        assert!(
            found.contains(&format!("show.scores.{id}.as_of.checked")),
            "a check older than its newest source: {found:?}"
        );
        let mut g = guide();
        if let Some(d) = g.cast[0].roles_as_of.as_mut() {
            d.newest = PartialDate::parse("2027-01").expect("date");
            d.checked = PartialDate::parse("2027-02").expect("date");
        }
        let found = fields(&check_guide_on(&g, dec_2026));
        let slug = &g.cast[0].slug;
        for f in ["newest", "checked"] {
            assert!(
                found
                    .iter()
                    .any(|x| x.ends_with(&format!("roles_as_of.{f}")) && x.contains(slug.as_str())),
                "{f} in the future: {found:?}"
            );
        }
    }

    #[test]
    fn catches_bad_episode_data_by_record() {
        let mut g = guide();
        g.episodes[2].air_date = PartialDate::ymd(2020, 6, 29); // a Monday
        if let Some(r) = g.episodes[4].rating.as_mut() {
            r.value = 900.0;
        }
        g.episodes[9].rating = None; // episode 10 has a rating note, episode 6 does not
        g.episodes[5].rating = None;
        g.episodes[7].title_en = None;
        let found = fields(&check_guide(&g));
        for expected in [
            "episodes.3.air_date",
            "episodes.5.rating",
            "episodes.6.rating",
            "episodes.8.title_en",
        ] {
            assert!(
                found.iter().any(|f| f == expected),
                "{expected} not in {found:?}"
            );
        }
        assert!(
            !found.iter().any(|f| f == "episodes.10.rating"),
            "{found:?}"
        );
        g.episodes.pop();
        assert!(fields(&check_guide(&g)).contains(&"episodes".to_string()));
    }

    #[test]
    fn every_fact_needs_a_known_citation() {
        let mut g = guide();
        g.show.facts[0].cite.clear();
        g.cast[1].cite.push("no-such-source".into());
        g.relations[0].cite = vec![];
        let found = fields(&check_guide(&g));
        for expected in [
            "show.facts.network",
            "cast.ko-moon-young.cite",
            "relations.brothers.cite",
        ] {
            assert!(
                found.iter().any(|f| f == expected),
                "{expected} not in {found:?}"
            );
        }
    }

    #[test]
    fn citations_need_publisher_address_and_use() {
        let mut g = guide();
        g.citations[0].publisher = " ".into();
        g.citations[1].url = "javascript:alert(1)".into();
        g.citations[2].url = "ftp://example.org/x".into();
        let spare = g.citations[3].clone();
        g.citations.push(Citation {
            id: "orphan".into(),
            ..spare
        });
        let found = fields(&check_guide(&g));
        let id = |i: usize| g.citations[i].id.clone();
        for expected in [
            format!("citations.{}.publisher", id(0)),
            format!("citations.{}.url", id(1)),
            format!("citations.{}.url", id(2)),
            "citations".to_string(),
        ] {
            assert!(found.contains(&expected), "{expected} not in {found:?}");
        }
    }

    #[test]
    fn safe_urls_are_web_addresses_only() {
        let mut c = guide().citations[0].clone();
        for (url, ok) in [
            ("https://example.org/a", true),
            ("http://dispatch.co.kr/2087191", true),
            ("javascript:alert(1)", false),
            ("JAVASCRIPT:x", false),
            ("data:text/html,x", false),
            ("https://a b", false),
            ("https://", false),
        ] {
            c.url = url.into();
            assert_eq!(c.safe_url().is_some(), ok, "{url}");
        }
    }

    #[test]
    fn relations_must_join_people_on_the_map() {
        let mut g = guide();
        g.relations[0].b = "nobody".into();
        g.relations[1].from_episode = Some(17);
        let found = fields(&check_guide(&g));
        assert!(
            found.contains(&format!("relations.{}.b", g.relations[0].id)),
            "{found:?}"
        );
        assert!(
            found.contains(&format!("relations.{}.from_episode", g.relations[1].id)),
            "{found:?}"
        );
    }
}
