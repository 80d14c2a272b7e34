//! The shape of the four data files under `public/data/`. Both the app and the host tests read the
//! files through these types, so a field renamed in JSON fails `cargo test`, not a fan's page.
//!
//! Optional facts are `Option`s: `None` is how the data says "our sources do not confirm this".

use crate::logic::dates::PartialDate;
use serde::{Deserialize, Serialize};

/// The format version every file carries, so a future layout change can be detected, not misread.
pub const FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
}

impl Source {
    /// A link target only for plain https addresses: data is untrusted, so `javascript:` and
    /// friends are shown as text, never made clickable.
    pub fn safe_url(&self) -> Option<&str> {
        self.url
            .as_deref()
            .filter(|u| u.starts_with("https://") && !u.chars().any(char::is_whitespace))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Show {
    pub format: u32,
    /// The newest month our sources cover, for the facts that can go stale (where to watch, scores).
    pub as_of: PartialDate,
    pub as_of_note: String,
    pub title: ShowTitle,
    pub tagline: String,
    pub premise: Vec<String>,
    pub genres: Vec<String>,
    pub genres_source: Source,
    pub facts: Vec<KeyFact>,
    pub places: Vec<Place>,
    pub places_source: Source,
    pub filming: Vec<String>,
    pub filming_source: Source,
    pub where_to_watch: Vec<WatchOption>,
    pub other_scores: Vec<OtherScore>,
    pub other_scores_note: String,
    pub awards: Vec<Award>,
    pub awards_source: Source,
    pub books: Books,
    pub related: Related,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Won,
    Nominated,
    /// A list or ranking the show was named in, not a competition.
    Listed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Award {
    pub date: PartialDate,
    pub body: String,
    pub category: String,
    #[serde(default)]
    pub who: Option<String>,
    pub outcome: Outcome,
    #[serde(default)]
    pub note: Option<String>,
}

/// Ko Moon-young's picture books, which were published for real.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Books {
    pub intro: String,
    pub titles: Vec<Book>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Book {
    pub title: String,
    #[serde(default)]
    pub title_ko: Option<String>,
    /// `false` where our sources only think this book belongs to the series.
    pub verified: bool,
    #[serde(default)]
    pub note: Option<String>,
    /// The episode whose tale this book is, if any.
    #[serde(default)]
    pub episode: Option<u32>,
}

/// "If you liked this": other work by the people who made the show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Related {
    pub intro: String,
    pub picks: Vec<RelatedPick>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RelatedPick {
    pub title: String,
    #[serde(default)]
    pub year: Option<u16>,
    pub why: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShowTitle {
    pub en: String,
    pub en_alt: String,
    pub en_alt_note: String,
    pub ko: String,
    pub ko_romanized: String,
    pub ko_literal: String,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyFact {
    pub label: String,
    pub value: String,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name_en: String,
    pub name_ko: Option<String>,
    pub what: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WatchOption {
    pub service: String,
    pub region: String,
    pub verified: bool,
    pub note: String,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtherScore {
    pub site: String,
    pub score: String,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Name {
    pub en: String,
    /// Hangul, where a source gives it.
    pub ko: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Billing {
    Main,
    Supporting,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub title: String,
    #[serde(default)]
    pub year: Option<u16>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spoiler {
    /// The first episode whose viewers may read this without having something revealed early.
    pub from_episode: u32,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CastMember {
    pub slug: String,
    pub billing: Billing,
    pub actor: Name,
    pub character: Name,
    #[serde(default)]
    pub age: Option<u8>,
    pub about: String,
    pub other_roles: Vec<Role>,
    #[serde(default)]
    pub spoiler: Option<Spoiler>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cast {
    pub format: u32,
    pub note: String,
    pub members: Vec<CastMember>,
}

impl Cast {
    pub fn find(&self, slug: &str) -> Option<&CastMember> {
        self.members.iter().find(|m| m.slug == slug)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Episode {
    pub number: u32,
    pub air_date: PartialDate,
    /// Netflix's English title; `None` where no English title could be confirmed.
    pub title_en: Option<String>,
    /// The Korean broadcast title; `None` where our sources do not confirm it.
    pub title_ko: Option<String>,
    /// Our own literal translation of the Korean title (not an official title).
    #[serde(default)]
    pub title_ko_gloss: Option<String>,
    pub tale: String,
    /// Nielsen Korea nationwide share in percent; `None` where no figure was found.
    pub rating: Option<f32>,
    #[serde(default)]
    pub rating_note: Option<String>,
    /// A short teaser in our own words that gives away nothing beyond the episode's set-up.
    pub synopsis: String,
    /// Plot facts of this episode, each shown only to readers who have reached it.
    #[serde(default)]
    pub spoilers: Vec<Spoiler>,
}

impl Episode {
    /// The title a fan can use for this episode, and what kind of title it is.
    pub fn display_title(&self) -> (String, TitleKind) {
        match (&self.title_en, &self.title_ko_gloss, &self.title_ko) {
            (Some(en), _, _) => (en.clone(), TitleKind::Official),
            (None, Some(gloss), _) => (format!("“{gloss}”"), TitleKind::OurTranslation),
            (None, None, Some(ko)) => (ko.clone(), TitleKind::Official),
            (None, None, None) => ("Title not confirmed".into(), TitleKind::Unknown),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleKind {
    /// A title the show itself uses.
    Official,
    /// Our literal translation of the Korean title; no English title is confirmed.
    OurTranslation,
    /// No title of any kind is confirmed by our sources.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EpisodeGuide {
    pub format: u32,
    pub ratings_source: Source,
    pub ratings_note: String,
    pub titles_source: Source,
    pub titles_note: String,
    pub synopses_note: String,
    pub episodes: Vec<Episode>,
}

impl EpisodeGuide {
    pub fn find(&self, number: u32) -> Option<&Episode> {
        self.episodes.iter().find(|e| e.number == number)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Argues that a season 2 is unlikely.
    Against,
    /// Argues that a season 2 could happen.
    For,
    /// Neither: what happened to the story instead.
    Context,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub stance: Stance,
    pub title: String,
    pub text: String,
    pub source: Source,
    pub date: PartialDate,
    #[serde(default)]
    pub spoiler_from_episode: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Status {
    pub verdict: String,
    pub headline: String,
    pub summary: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    pub label: String,
    pub window_start: PartialDate,
    pub window_end: PartialDate,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    pub date: PartialDate,
    pub event: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outlook {
    pub format: u32,
    pub as_of: PartialDate,
    pub status: Status,
    pub finale_date: PartialDate,
    pub seed_prediction: Prediction,
    pub reasons: Vec<Reason>,
    pub timeline: Vec<TimelineEvent>,
}
