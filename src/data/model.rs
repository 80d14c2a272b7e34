//! The shape of the guide's data. Facts live once, in `public/data/guide.json`; every sentence a
//! reader sees lives in one text file per language (`text-en.json`, `text-ko.json`) under keys
//! that [`crate::data::text::keys`] derives from the facts. The app, the prerenderer and the host
//! tests all read the files through these types, so a renamed field fails `cargo test`, not a
//! fan's page.
//!
//! Optional facts are `Option`s: `None` is how the data says "our sources do not confirm this".
//! Every fact record carries `cite`: the ids of the [`Citation`]s that support it.

use crate::logic::dates::PartialDate;
use serde::Deserialize;

/// The format version every file carries, so a future layout change is detected, not misread.
pub const FORMAT: u32 = 2;

pub type Cites = Vec<String>;

/// The two languages of the guide. English lives at the site's root, Korean under `/ko/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The BCP 47 tag, for `lang` and `hreflang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ko,
            Lang::Ko => Lang::En,
        }
    }
}

/// A name as a source prints it, in English and, where a source gives it, in Hangul.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Name {
    pub en: String,
    #[serde(default)]
    pub ko: Option<String>,
}

impl Name {
    /// The name a reader of `lang` knows it by.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.ko) {
            (Lang::Ko, Some(ko)) => ko,
            _ => &self.en,
        }
    }

    /// The name in the other script, when it differs, to show beside [`Name::get`].
    pub fn other(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => self.ko.as_deref(),
            Lang::Ko => self.ko.as_ref().map(|_| self.en.as_str()),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CitationKind {
    /// Newspapers, magazines, broadcasters' news and entertainment sites.
    Press,
    /// The broadcaster, the producers, the record label.
    Official,
    /// Encyclopedias, databases and catalogues.
    Reference,
    /// Blogs, fan recaps, forums and fan-run databases.
    Fan,
}

/// One source, described as a reference work would: who published it, its title as published
/// (in its own language), when, and where to read it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Citation {
    pub id: String,
    pub kind: CitationKind,
    pub publisher: String,
    /// `None` where the page as read did not show its title.
    #[serde(default)]
    pub title: Option<String>,
    /// The title was read from the page's address rather than the page itself.
    #[serde(default)]
    pub title_from_address: bool,
    /// The language of the source, as a BCP 47 tag.
    pub lang: String,
    /// When it was published; [`CiteDate::Undated`] when the page does not say.
    pub date: CiteDate,
    pub url: String,
    /// Where it was read when that is not the publisher's own site ("ZUM").
    #[serde(default)]
    pub via: Option<String>,
    /// Whether the text files carry a note about this source (`citation.<id>.note`).
    #[serde(default)]
    pub note: bool,
}

impl Citation {
    /// A link target only for plain web addresses: data is untrusted, so `javascript:` and
    /// friends are shown as text, never made clickable.
    pub fn safe_url(&self) -> Option<&str> {
        let u = self.url.as_str();
        ((u.starts_with("https://") || u.starts_with("http://"))
            && u.len() > 8
            && !u.chars().any(|c| c.is_whitespace() || c.is_control()))
        .then_some(u)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CiteDate {
    On(PartialDate),
    Undated,
}

impl CiteDate {
    pub fn date(self) -> Option<PartialDate> {
        match self {
            CiteDate::On(d) => Some(d),
            CiteDate::Undated => None,
        }
    }
}

impl<'de> Deserialize<'de> for CiteDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if text == "undated" {
            Ok(CiteDate::Undated)
        } else {
            PartialDate::parse(&text)
                .map(CiteDate::On)
                .map_err(serde::de::Error::custom)
        }
    }
}

/// Everything in `guide.json`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Guide {
    pub format: u32,
    /// The newest month the sources cover.
    pub as_of: PartialDate,
    pub citations: Vec<Citation>,
    pub show: Show,
    pub cast: Vec<CastMember>,
    pub episodes: Vec<Episode>,
    pub ratings: RatingsSummary,
    pub outlook: Outlook,
    pub people: Vec<Person>,
    pub relations: Vec<Relation>,
    pub relations_note_cite: Cites,
    pub music: Music,
    pub places: Vec<FilmingPlace>,
    pub places_cite: Cites,
}

impl Guide {
    pub fn citation(&self, id: &str) -> Option<&Citation> {
        self.citations.iter().find(|c| c.id == id)
    }

    pub fn member(&self, slug: &str) -> Option<&CastMember> {
        self.cast.iter().find(|m| m.slug == slug)
    }

    pub fn episode(&self, number: u32) -> Option<&Episode> {
        self.episodes.iter().find(|e| e.number == number)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ShowTitle {
    pub en: String,
    pub en_alt: String,
    pub ko: String,
    pub ko_romanized: String,
    /// A literal English rendering of the Korean title.
    pub ko_literal: String,
    pub cite: Cites,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Show {
    pub title: ShowTitle,
    pub premise_cite: Cites,
    pub genres_cite: Cites,
    /// Key facts; their labels and values are prose (`show.fact.<id>.label` / `.value`).
    pub facts: Vec<Record>,
    /// Places in the story (not filming places).
    pub places: Vec<StoryPlace>,
    pub where_to_watch: Vec<WatchOption>,
    pub scores: Vec<Score>,
    pub awards: Vec<Award>,
    pub books: Vec<Book>,
    pub books_cite: Cites,
    pub related: Vec<RelatedPick>,
}

/// A fact whose words are all prose: only its id and its sources are facts.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Record {
    pub id: String,
    pub cite: Cites,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct StoryPlace {
    pub id: String,
    pub name: Name,
    pub cite: Cites,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct WatchOption {
    pub id: String,
    pub service: String,
    /// `false` where the sources do not show that it can be watched there.
    pub verified: bool,
    /// When the sources last confirmed it; `None` for what cannot change (the original broadcast)
    /// or where no source is dated.
    #[serde(default)]
    pub as_of: Option<PartialDate>,
    pub cite: Cites,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Score {
    pub id: String,
    pub site: String,
    pub score: String,
    #[serde(default)]
    pub as_of: Option<PartialDate>,
    pub cite: Cites,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Won,
    Nominated,
    /// A list or ranking the show was named in, not a competition.
    Listed,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Award {
    pub id: String,
    pub date: PartialDate,
    pub outcome: Outcome,
    #[serde(default)]
    pub who: Option<Name>,
    pub cite: Cites,
    /// Which optional prose the text files carry for this record (e.g. `["note"]`).
    #[serde(default)]
    pub notes: Vec<String>,
}

/// One of Ko Moon-young's picture books, published for real.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Book {
    pub id: String,
    pub title: Name,
    /// `false` where the sources only suggest the book belongs to the series.
    pub verified: bool,
    #[serde(default)]
    pub episode: Option<u32>,
    #[serde(default)]
    pub date: Option<PartialDate>,
    pub cite: Cites,
    #[serde(default)]
    pub notes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RelatedPick {
    pub id: String,
    pub title: Name,
    #[serde(default)]
    pub year: Option<u16>,
    pub cite: Cites,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Billing {
    Main,
    Supporting,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Role {
    pub title: Name,
    #[serde(default)]
    pub year: Option<u16>,
    pub cite: Cites,
}

/// A plot fact hidden until the reader reaches `from_episode`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SpoilerFact {
    pub from_episode: u32,
    pub cite: Cites,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CastMember {
    pub slug: String,
    pub billing: Billing,
    pub actor: Name,
    pub character: Name,
    #[serde(default)]
    pub age: Option<u8>,
    pub cite: Cites,
    /// The actor's other work, newest credits included, as of `roles_as_of`.
    pub roles: Vec<Role>,
    #[serde(default)]
    pub roles_as_of: Option<PartialDate>,
    #[serde(default)]
    pub spoiler: Option<SpoilerFact>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Title {
    pub text: String,
    pub cite: Cites,
    /// Reported only by fans' blogs and recaps (for an English title: a fan translation, not an
    /// official one).
    #[serde(default)]
    pub fan: bool,
    /// For a Korean title with no English one: our own literal translation, marked as such.
    #[serde(default)]
    pub gloss: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Rating {
    /// Nielsen Korea nationwide share in percent: the higher part of a two-part broadcast.
    pub value: f32,
    pub cite: Cites,
    /// Only one source gives the figure.
    #[serde(default)]
    pub single_source: bool,
    /// The two parts the broadcast was measured in, where a source gives them.
    #[serde(default)]
    pub parts: Vec<f32>,
    /// The highest minute-by-minute figure, where reported.
    #[serde(default)]
    pub peak: Option<f32>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Episode {
    pub number: u32,
    pub air_date: PartialDate,
    #[serde(default)]
    pub title_en: Option<Title>,
    #[serde(default)]
    pub title_ko: Option<Title>,
    #[serde(default)]
    pub rating: Option<Rating>,
    pub tale_cite: Cites,
    #[serde(default)]
    pub spoilers: Vec<SpoilerFact>,
    /// Optional prose the text files carry: "rating" (`rating_note`), "title" (`title_note`).
    #[serde(default)]
    pub notes: Vec<String>,
    /// Other names a reader might search for (tale names in either script).
    #[serde(default)]
    pub keywords: Vec<String>,
}

impl Episode {
    pub fn has_note(&self, name: &str) -> bool {
        self.notes.iter().any(|n| n == name)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RatingsSummary {
    pub average: f32,
    pub average_cite: Cites,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Argues that a season 2 is unlikely.
    Against,
    /// Argues that a season 2 could happen.
    For,
    /// Neither: what happened to the story instead.
    Context,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Reason {
    pub id: String,
    pub stance: Stance,
    pub date: PartialDate,
    pub cite: Cites,
    #[serde(default)]
    pub spoiler_from_episode: Option<u32>,
    /// `false` where the sources as read do not show the claim.
    #[serde(default = "yes")]
    pub verified: bool,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Prediction {
    pub window_start: PartialDate,
    pub window_end: PartialDate,
    pub verified: bool,
    pub cite: Cites,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct TimelineEvent {
    pub id: String,
    pub date: PartialDate,
    pub cite: Cites,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Outlook {
    pub as_of: PartialDate,
    pub finale_date: PartialDate,
    pub verdict: String,
    pub status_cite: Cites,
    pub prediction: Prediction,
    pub reasons: Vec<Reason>,
    pub timeline: Vec<TimelineEvent>,
}

/// Someone on the relationship map: a cast member, or (for the brothers' late mother) a
/// person with no cast page, whose name is prose (`person.<id>.name`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Person {
    pub id: String,
    #[serde(default)]
    pub cast: Option<String>,
    pub group: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelationKind {
    Family,
    Love,
    Friends,
    Work,
    Care,
    Past,
    Crime,
}

impl RelationKind {
    pub const ALL: [RelationKind; 7] = [
        RelationKind::Family,
        RelationKind::Love,
        RelationKind::Friends,
        RelationKind::Work,
        RelationKind::Care,
        RelationKind::Past,
        RelationKind::Crime,
    ];

    pub fn id(self) -> &'static str {
        match self {
            RelationKind::Family => "family",
            RelationKind::Love => "love",
            RelationKind::Friends => "friends",
            RelationKind::Work => "work",
            RelationKind::Care => "care",
            RelationKind::Past => "past",
            RelationKind::Crime => "crime",
        }
    }
}

/// A connection between two people, known to a viewer from `from_episode` on (`None`: the
/// premise tells it).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Relation {
    pub id: String,
    pub a: String,
    pub b: String,
    pub kind: RelationKind,
    #[serde(default)]
    pub from_episode: Option<u32>,
    /// Resting on one weak source.
    #[serde(default)]
    pub weak: bool,
    pub cite: Cites,
    /// The broadcaster's own words for the connection, quoted as published.
    #[serde(default)]
    pub official_label: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Credit {
    pub name: Name,
    pub cite: Cites,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SongTitle {
    pub ko: String,
    #[serde(default)]
    pub en: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Song {
    pub id: String,
    pub title: SongTitle,
    /// The English title rests on one weak source.
    #[serde(default)]
    pub title_en_weak: bool,
    pub artists: Vec<Name>,
    /// The episode a viewer first hears it in, where a source says.
    #[serde(default)]
    pub first_episode: Option<u32>,
    /// The scene's description gives away plot up to this episode.
    #[serde(default)]
    pub scene_from_episode: Option<u32>,
    pub cite: Cites,
    /// Optional prose: "scene", "credits".
    #[serde(default)]
    pub notes: Vec<String>,
}

impl Song {
    pub fn has_note(&self, name: &str) -> bool {
        self.notes.iter().any(|n| n == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReleaseKind {
    Part,
    Special,
    Album,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Release {
    pub id: String,
    pub kind: ReleaseKind,
    #[serde(default)]
    pub number: Option<u32>,
    /// `None` where no source gives the day.
    #[serde(default)]
    pub date: Option<PartialDate>,
    /// The date is worked out from a source rather than stated by it.
    #[serde(default)]
    pub date_inferred: bool,
    #[serde(default)]
    pub tracks: Option<u32>,
    pub cite: Cites,
    pub songs: Vec<Song>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Music {
    pub director: Credit,
    pub producer: Credit,
    pub releases: Vec<Release>,
    pub other_songs: Vec<Song>,
}

impl Music {
    /// Every song, in release order, the songs outside the releases last.
    pub fn songs(&self) -> impl Iterator<Item = &Song> {
        self.releases
            .iter()
            .flat_map(|r| r.songs.iter())
            .chain(self.other_songs.iter())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A real place you can visit.
    Location,
    /// A studio set.
    Set,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct FilmingPlace {
    pub id: String,
    pub kind: PlaceKind,
    /// The map town it is marked at (`map.json`), where the sources name one.
    #[serde(default)]
    pub town: Option<String>,
    /// A map point of its own (`map.json`), where a source gives coordinates.
    #[serde(default)]
    pub point: Option<String>,
    pub weak: bool,
    #[serde(default)]
    pub scene_from_episode: Option<u32>,
    pub cite: Cites,
    #[serde(default)]
    pub notes: Vec<String>,
}

/// One language's prose: `text-en.json` or `text-ko.json`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct TextFile {
    pub format: u32,
    pub lang: String,
    pub text: std::collections::HashMap<String, String>,
}

/// The region map of the filming places, made at build time from Natural Earth and GeoNames
/// (`tools/map/make-map.mjs` writes `map.json`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RegionMap {
    pub format: u32,
    pub view_box: [f32; 4],
    pub land: String,
    #[serde(default)]
    pub boundaries: String,
    pub towns: Vec<MapTown>,
    #[serde(default)]
    pub points: Vec<MapTown>,
    pub attribution: Vec<MapCredit>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MapTown {
    pub id: String,
    pub name_en: String,
    #[serde(default)]
    pub name_ko: Option<String>,
    pub x: f32,
    pub y: f32,
    #[serde(default)]
    pub kind: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MapCredit {
    pub name: String,
    pub licence: String,
    #[serde(default)]
    pub via: Option<String>,
}
