//! Invariants of the data files beyond their shape. The host tests run these against the shipped
//! files, so a typo in a date or a duplicated slug fails the build with the file and field named.

use super::model::{Cast, EpisodeGuide, Outlook, Show, Source};
use crate::logic::dates::{PartialDate, Weekday};
use std::collections::HashSet;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: &'static str,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

struct Report {
    file: &'static str,
    problems: Vec<Problem>,
}

impl Report {
    fn new(file: &'static str) -> Self {
        Report {
            file,
            problems: Vec::new(),
        }
    }
    fn check(&mut self, ok: bool, field: impl Into<String>, message: impl Into<String>) {
        if !ok {
            self.problems.push(Problem {
                file: self.file,
                field: field.into(),
                message: message.into(),
            });
        }
    }
    fn text(&mut self, text: &str, field: impl Into<String>) {
        let field = field.into();
        self.check(!text.trim().is_empty(), field.clone(), "is empty");
        self.check(
            text.chars().count() <= 600,
            field,
            "is longer than 600 characters",
        );
    }
    fn source(&mut self, source: &Source, field: &str) {
        self.text(&source.name, format!("{field}.name"));
        if let Some(url) = &source.url {
            self.check(
                source.safe_url().is_some(),
                format!("{field}.url"),
                format!("\"{url}\" is not an https address"),
            );
        }
    }
}

pub const FIRST_AIR_DATE: (i32, u8, u8) = (2020, 6, 20);
pub const LAST_AIR_DATE: (i32, u8, u8) = (2020, 8, 9);
pub const EPISODE_COUNT: u32 = 16;

pub fn check_show(show: &Show) -> Vec<Problem> {
    let mut r = Report::new("show.json");
    r.text(&show.title.en, "title.en");
    r.text(&show.title.ko, "title.ko");
    r.source(&show.title.source, "title.source");
    r.check(!show.premise.is_empty(), "premise", "is empty");
    for (i, p) in show.premise.iter().enumerate() {
        r.text(p, format!("premise[{i}]"));
    }
    for (i, f) in show.facts.iter().enumerate() {
        r.text(&f.label, format!("facts[{i}].label"));
        r.text(&f.value, format!("facts[{i}].value"));
        r.source(&f.source, &format!("facts[{i}].source"));
    }
    r.check(
        !show.where_to_watch.is_empty(),
        "where_to_watch",
        "is empty",
    );
    for (i, w) in show.where_to_watch.iter().enumerate() {
        r.text(&w.service, format!("where_to_watch[{i}].service"));
        r.source(&w.source, &format!("where_to_watch[{i}].source"));
    }
    r.source(&show.genres_source, "genres_source");
    r.source(&show.places_source, "places_source");
    r.source(&show.filming_source, "filming_source");
    for (i, a) in show.awards.iter().enumerate() {
        r.text(&a.body, format!("awards[{i}].body"));
        r.text(&a.category, format!("awards[{i}].category"));
    }
    r.source(&show.awards_source, "awards_source");
    r.text(&show.books.intro, "books.intro");
    for (i, b) in show.books.titles.iter().enumerate() {
        r.text(&b.title, format!("books.titles[{i}].title"));
        if let Some(ep) = b.episode {
            r.check(
                (1..=EPISODE_COUNT).contains(&ep),
                format!("books.titles[{i}].episode"),
                format!("{ep} is not an episode"),
            );
        }
    }
    r.source(&show.books.source, "books.source");
    for (i, p) in show.related.picks.iter().enumerate() {
        r.text(&p.title, format!("related.picks[{i}].title"));
        r.text(&p.why, format!("related.picks[{i}].why"));
    }
    r.problems
}

pub fn check_cast(cast: &Cast) -> Vec<Problem> {
    let mut r = Report::new("cast.json");
    let mut slugs = HashSet::new();
    r.check(!cast.members.is_empty(), "members", "is empty");
    for (i, m) in cast.members.iter().enumerate() {
        let at = |f: &str| format!("members[{i}].{f}");
        r.check(
            slugs.insert(m.slug.clone()),
            at("slug"),
            format!("\"{}\" is used twice", m.slug),
        );
        r.check(
            m.slug == crate::logic::slug::slugify(&m.character.en),
            at("slug"),
            format!("\"{}\" is not made from the character's name", m.slug),
        );
        r.text(&m.actor.en, at("actor.en"));
        r.text(&m.character.en, at("character.en"));
        r.text(&m.about, at("about"));
        for (field, ko) in [("actor.ko", &m.actor.ko), ("character.ko", &m.character.ko)] {
            if let Some(ko) = ko {
                r.check(
                    ko.chars().any(is_hangul),
                    at(field),
                    format!("\"{ko}\" has no Hangul"),
                );
            }
        }
        for (j, role) in m.other_roles.iter().enumerate() {
            r.text(&role.title, at(&format!("other_roles[{j}].title")));
            if let Some(y) = role.year {
                r.check(
                    (1950..=2100).contains(&y),
                    at(&format!("other_roles[{j}].year")),
                    "is out of range",
                );
            }
        }
        if let Some(s) = &m.spoiler {
            r.check(
                (1..=EPISODE_COUNT).contains(&s.from_episode),
                at("spoiler.from_episode"),
                "is not an episode number",
            );
            r.text(&s.text, at("spoiler.text"));
        }
        r.source(&m.source, &at("source"));
    }
    r.problems
}

pub fn check_episodes(guide: &EpisodeGuide) -> Vec<Problem> {
    let mut r = Report::new("episodes.json");
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
        let at = |f: &str| format!("episodes[{i}].{f}");
        r.check(
            e.number == i as u32 + 1,
            at("number"),
            format!("is {}, expected {}", e.number, i + 1),
        );
        let day = e.air_date.first_day();
        r.check(e.air_date.is_full(), at("air_date"), "needs a full date");
        r.check(
            (first..=last).contains(&day),
            at("air_date"),
            format!("{} is outside the broadcast run", e.air_date),
        );
        r.check(
            matches!(
                e.air_date.weekday(),
                Some(Weekday::Saturday | Weekday::Sunday)
            ),
            at("air_date"),
            format!("{} is not a Saturday or Sunday", e.air_date),
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
            format!("episode {} should air on a {}", e.number, expected.name()),
        );
        if let Some(en) = &e.title_en {
            r.text(en, at("title_en"));
        }
        if let Some(ko) = &e.title_ko {
            r.check(ko.chars().any(is_hangul), at("title_ko"), "has no Hangul");
        }
        r.check(
            e.title_ko_gloss.is_none() || e.title_ko.is_some(),
            at("title_ko_gloss"),
            "translates a Korean title that is not given",
        );
        r.text(&e.tale, at("tale"));
        r.text(&e.synopsis, at("synopsis"));
        for (j, sp) in e.spoilers.iter().enumerate() {
            r.text(&sp.text, at(&format!("spoilers[{j}].text")));
            r.check(
                sp.from_episode == e.number,
                at(&format!("spoilers[{j}].from_episode")),
                format!(
                    "is {}, but the spoiler is listed under episode {}",
                    sp.from_episode, e.number
                ),
            );
        }
        if let Some(rating) = e.rating {
            r.check(
                rating.is_finite() && (0.0..=100.0).contains(&rating),
                at("rating"),
                format!("{rating} is not a percentage"),
            );
        } else {
            r.check(
                e.rating_note.is_some(),
                at("rating_note"),
                "must explain a missing rating",
            );
        }
    }
    r.source(&guide.ratings_source, "ratings_source");
    r.source(&guide.titles_source, "titles_source");
    r.problems
}

pub fn check_outlook(o: &Outlook) -> Vec<Problem> {
    let mut r = Report::new("outlook.json");
    r.text(&o.status.headline, "status.headline");
    r.text(&o.status.summary, "status.summary");
    r.check(
        o.seed_prediction.window_start.first_day() <= o.seed_prediction.window_end.last_day(),
        "seed_prediction",
        "window ends before it starts",
    );
    r.check(!o.reasons.is_empty(), "reasons", "is empty");
    for (i, reason) in o.reasons.iter().enumerate() {
        r.text(&reason.title, format!("reasons[{i}].title"));
        r.text(&reason.text, format!("reasons[{i}].text"));
        r.source(&reason.source, &format!("reasons[{i}].source"));
        r.check(
            reason.date.first_day() <= o.as_of.last_day(),
            format!("reasons[{i}].date"),
            "is later than as_of",
        );
    }
    for (i, e) in o.timeline.iter().enumerate() {
        r.text(&e.event, format!("timeline[{i}].event"));
        r.check(
            e.date.first_day() <= o.as_of.last_day(),
            format!("timeline[{i}].date"),
            "is later than as_of",
        );
    }
    let newest = o.timeline.iter().map(|e| e.date.last_day()).max();
    r.check(
        newest == Some(o.as_of.last_day()),
        "as_of",
        "should be the date of the newest timeline event",
    );
    r.problems
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::parse_json;

    fn episodes() -> EpisodeGuide {
        parse_json(include_str!("../../public/data/episodes.json")).unwrap()
    }

    fn fields(problems: &[Problem]) -> Vec<String> {
        problems
            .iter()
            .map(|p| format!("{}:{}", p.file, p.field))
            .collect()
    }

    #[test]
    fn catches_bad_episode_data_with_file_and_field() {
        let mut guide = episodes();
        guide.episodes[2].air_date = PartialDate::ymd(2020, 6, 29); // a Monday
        guide.episodes[4].rating = Some(900.0);
        guide.episodes[9].rating_note = None; // episode 10 has no figure to explain
        guide.episodes[5].number = 0;
        let found = fields(&check_episodes(&guide));
        for expected in [
            "episodes.json:episodes[2].air_date",
            "episodes.json:episodes[4].rating",
            "episodes.json:episodes[9].rating_note",
            "episodes.json:episodes[5].number",
        ] {
            assert!(
                found.iter().any(|f| f == expected),
                "{expected} not in {found:?}"
            );
        }
        guide.episodes.pop();
        assert!(fields(&check_episodes(&guide)).contains(&"episodes.json:episodes".to_string()));
    }

    #[test]
    fn catches_duplicate_slugs_missing_hangul_and_unsafe_links() {
        let mut cast: Cast = parse_json(include_str!("../../public/data/cast.json")).unwrap();
        cast.members[1].slug = cast.members[0].slug.clone();
        cast.members[2].actor.ko = Some("Oh".into());
        cast.members[3].source.url = Some("javascript:alert(1)".into());
        let found = fields(&check_cast(&cast));
        assert!(
            found.contains(&"cast.json:members[1].slug".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"cast.json:members[2].actor.ko".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"cast.json:members[3].source.url".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn catches_outlook_dates_after_as_of() {
        let mut o: Outlook = parse_json(include_str!("../../public/data/outlook.json")).unwrap();
        o.timeline[0].date = PartialDate::ymd(2030, 1, 1);
        let found = fields(&check_outlook(&o));
        assert!(
            found.contains(&"outlook.json:timeline[0].date".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"outlook.json:as_of".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn safe_urls_are_https_only() {
        let s = |u: &str| Source {
            name: "x".into(),
            url: Some(u.into()),
        };
        assert!(s("https://example.org/a").safe_url().is_some());
        for bad in [
            "http://x.org",
            "javascript:alert(1)",
            "JAVASCRIPT:x",
            "data:text/html,x",
            "https://a b",
        ] {
            assert!(s(bad).safe_url().is_none(), "{bad}");
        }
    }
}
