//! The shape of the guide's data. Facts live once, in `public/data/guide.json`; every sentence a
//! reader sees lives in one text file per language (`text-en.json`, `text-ko.json`) under keys
//! that [`crate::data::text::keys`] derives from the facts. The app, the prerenderer and the host
//! tests all read the files through these types, so a renamed field fails `cargo test`, not a
//! fan's page.
//!
//! Optional facts are `Option`s: `None` is how the data says "our sources do not confirm this".
//! Every fact record carries `cite`: the ids of the [`Citation`]s that support it.

use crate::core::date::PartialDate;
use crate::core::json::{self, Fault, Json, Read};
use crate::core::json::{read_enum, record};
use crate::core::lang::Lang;

/// The format version every file carries, so a future layout change is detected, not misread.
pub const FORMAT: u32 = 2;

pub type Cites = Vec<String>;

record! {
/// The two dates of a claim that can change: the date of the newest source behind it, and when
/// someone last looked for anything newer. One date alone ("as of March 2026") cannot tell a reader
/// whether nobody has looked since March or someone looked in December and found nothing new.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dates {
    /// The date of the newest source the claim rests on.
    pub newest: PartialDate,
    /// When the sources were last searched for anything newer.
    pub checked: PartialDate,
}
}

record! {
/// A name as a source prints it, in English and, where a source gives it, in Hangul.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub en: String,
    pub ko: Option<String>,
}
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

record! {
/// One source, described as a reference work would: who published it, its title as published
/// (in its own language), when, and where to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Citation {
    pub id: String,
    pub kind: CitationKind,
    pub publisher: String,
    /// `None` where the page as read did not show its title.
    pub title: Option<String>,
    /// The title was read from the page's address rather than the page itself.
    pub title_from_address: bool,
    /// The language of the source, as a BCP 47 tag.
    pub lang: String,
    /// When it was published; [`CiteDate::Undated`] when the page does not say.
    pub date: CiteDate,
    pub url: String,
    /// Where it was read when that is not the publisher's own site ("ZUM").
    pub via: Option<String>,
    /// Whether the text files carry a note about this source (`citation.<id>.note`).
    pub note: bool,
}
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

impl Read for CiteDate {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        let date = match v.string().as_deref() {
            Some("undated") => Ok(CiteDate::Undated),
            Some(text) => PartialDate::parse(text)
                .map(CiteDate::On)
                .map_err(|_| "is not a date or \"undated\"".into()),
            None => Err("expected a date or \"undated\"".into()),
        };
        json::or_fail(date, fault)
    }
    fn placeholder() -> Self {
        CiteDate::Undated
    }
}

record! {
/// Everything in `guide.json`.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    pub format: u32,
    /// The newest month the sources cover, and when they were last searched for anything newer.
    pub as_of: Dates,
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
    pub care: Care,
    /// Guest and special appearances: people in an episode who are not in the cast list.
    pub guests: Vec<Guest>,
}
}

impl Guide {
    /// The content notes of an episode, in the data's order.
    pub fn notes_of(&self, episode: u32) -> impl Iterator<Item = &ContentNote> {
        self.care.notes.iter().filter(move |n| n.episode == episode)
    }

    pub fn citation(&self, id: &str) -> Option<&Citation> {
        self.citations.iter().find(|c| c.id == id)
    }

    pub fn member(&self, slug: &str) -> Option<&CastMember> {
        self.cast.iter().find(|m| m.slug == slug)
    }

    pub fn episode(&self, number: u32) -> Option<&Episode> {
        self.episodes.iter().find(|e| e.number == number)
    }

    pub fn guest(&self, id: &str) -> Option<&Guest> {
        self.guests.iter().find(|g| g.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct ShowTitle {
    pub en: String,
    pub en_alt: String,
    pub ko: String,
    pub ko_romanized: String,
    /// A literal English rendering of the Korean title.
    pub ko_literal: String,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
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
}

record! {
/// A fact whose words are all prose: only its id and its sources are facts.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub id: String,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct StoryPlace {
    pub id: String,
    pub name: Name,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct WatchOption {
    pub id: String,
    pub service: String,
    /// `false` where the sources do not show that it can be watched there.
    pub verified: bool,
    /// When the sources last confirmed it; `None` for what cannot change (the original broadcast)
    /// or where no source is dated.
    pub as_of: Option<Dates>,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    pub id: String,
    pub site: String,
    pub score: String,
    pub as_of: Option<Dates>,
    pub cite: Cites,
}
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Won,
    Nominated,
    /// A list or ranking the show was named in, not a competition.
    Listed,
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Award {
    pub id: String,
    pub date: PartialDate,
    pub outcome: Outcome,
    pub who: Option<Name>,
    pub cite: Cites,
    /// Which optional prose the text files carry for this record.
    pub notes: Vec<Note>,
}
}

record! {
/// One of Ko Moon-young's picture books, published for real.
#[derive(Clone, Debug, PartialEq)]
pub struct Book {
    pub id: String,
    pub title: Name,
    /// `false` where the sources only suggest the book belongs to the series.
    pub verified: bool,
    pub episode: Option<u32>,
    pub date: Option<PartialDate>,
    pub cite: Cites,
    pub notes: Vec<Note>,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct RelatedPick {
    pub id: String,
    pub title: Name,
    pub year: Option<u16>,
    /// For a work whose story is still moving (the remake's run): its two dates.
    pub as_of: Option<Dates>,
    pub cite: Cites,
}
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Billing {
    Main,
    Supporting,
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub title: Name,
    pub year: Option<u16>,
    pub cite: Cites,
}
}

record! {
/// A plot fact hidden until the reader reaches `from_episode`.
#[derive(Clone, Debug, PartialEq)]
pub struct SpoilerFact {
    pub from_episode: u32,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct CastMember {
    pub slug: String,
    pub billing: Billing,
    pub actor: Name,
    pub character: Name,
    pub age: Option<u8>,
    pub cite: Cites,
    /// The actor's other work, newest credits included, as of `roles_as_of`.
    pub roles: Vec<Role>,
    pub roles_as_of: Option<Dates>,
    pub spoiler: Option<SpoilerFact>,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Title {
    pub text: String,
    pub cite: Cites,
    /// Reported only by fans' blogs and recaps (for an English title: a fan translation, not an
    /// official one).
    pub fan: bool,
    /// For a Korean title with no English one: our own literal translation, marked as such.
    pub gloss: Option<String>,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Rating {
    /// Nielsen Korea nationwide share in percent: the higher part of a two-part broadcast.
    pub value: f32,
    pub cite: Cites,
    /// Only one source gives the figure.
    pub single_source: bool,
    /// The two parts the broadcast was measured in, where a source gives them.
    pub parts: Vec<f32>,
    /// The highest minute-by-minute figure, where reported.
    pub peak: Option<f32>,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Episode {
    pub number: u32,
    pub air_date: PartialDate,
    pub title_en: Option<Title>,
    pub title_ko: Option<Title>,
    pub rating: Option<Rating>,
    pub tale_cite: Cites,
    pub spoilers: Vec<SpoilerFact>,
    /// Optional prose the text files carry about the rating and the titles.
    pub notes: Vec<EpisodeNote>,
    /// Other names a reader might search for (tale names in either script).
    pub keywords: Vec<String>,
    /// Who appears in it: cast slugs or guest ids.
    pub appearances: Vec<Appearance>,
    /// Where it was filmed or where it happens.
    pub places: Vec<EpisodePlace>,
    /// Songs heard in it.
    pub songs: Vec<EpisodeSong>,
    /// The real tale it borrows: its origin (`episode.<n>.tale_origin`), what the episode takes
    /// from it, and where to read it free.
    pub tale: Tale,
    /// The recaps the story-so-far page draws from (`episode.<n>.recap_short`, `…_full`).
    pub recap_cite: Cites,
}
}

impl Episode {
    pub fn has_note(&self, note: EpisodeNote) -> bool {
        self.notes.contains(&note)
    }
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct RatingsSummary {
    pub average: f32,
    pub average_cite: Cites,
}
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stance {
    /// Argues that a season 2 is unlikely.
    Against,
    /// Argues that a season 2 could happen.
    For,
    /// Neither: what happened to the story instead.
    Context,
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub id: String,
    pub stance: Stance,
    pub date: PartialDate,
    pub cite: Cites,
    pub spoiler_from_episode: Option<u32>,
    /// The sources as read do not show the claim.
    pub unverified: bool,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Prediction {
    pub window_start: PartialDate,
    pub window_end: PartialDate,
    pub verified: bool,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEvent {
    pub id: String,
    pub date: PartialDate,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Outlook {
    pub as_of: Dates,
    pub finale_date: PartialDate,
    pub verdict: Verdict,
    pub status_cite: Cites,
    pub prediction: Prediction,
    pub reasons: Vec<Reason>,
    pub timeline: Vec<TimelineEvent>,
}
}

record! {
/// Someone on the relationship map: a cast member, or (for the brothers' late mother) a
/// person with no cast page, whose name is prose (`person.<id>.name`).
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub id: String,
    pub cast: Option<String>,
    pub group: Group,
}
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

record! {
/// A connection between two people, known to a viewer from `from_episode` on (`None`: the
/// premise tells it).
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    pub id: String,
    pub a: String,
    pub b: String,
    pub kind: RelationKind,
    pub from_episode: Option<u32>,
    /// Resting on one weak source.
    pub weak: bool,
    pub cite: Cites,
    /// The broadcaster's own words for the connection, quoted as published.
    pub official_label: Option<String>,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Credit {
    pub name: Name,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct SongTitle {
    pub ko: String,
    pub en: Option<String>,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Song {
    pub id: String,
    pub title: SongTitle,
    /// The English title rests on one weak source.
    pub title_en_weak: bool,
    pub artists: Vec<Name>,
    /// The episode a viewer first hears it in, where a source says.
    pub first_episode: Option<u32>,
    /// The scene's description gives away plot up to this episode.
    pub scene_from_episode: Option<u32>,
    pub cite: Cites,
    /// Optional prose: the scene it plays in, the credits.
    pub notes: Vec<SongNote>,
}
}

impl SongTitle {
    /// The title a reader of `lang` knows the song by: its English title on English pages where
    /// there is one, otherwise the Korean title it was released under.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.en) {
            (Lang::En, Some(en)) => en,
            _ => &self.ko,
        }
    }
}

impl Song {
    pub fn has_note(&self, note: SongNote) -> bool {
        self.notes.contains(&note)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReleaseKind {
    Part,
    Special,
    Album,
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    pub id: String,
    pub kind: ReleaseKind,
    pub number: Option<u32>,
    /// `None` where no source gives the day.
    pub date: Option<PartialDate>,
    /// The date is worked out from a source rather than stated by it.
    pub date_inferred: bool,
    pub tracks: Option<u32>,
    pub cite: Cites,
    pub songs: Vec<Song>,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Music {
    pub director: Credit,
    pub producer: Credit,
    pub releases: Vec<Release>,
    pub other_songs: Vec<Song>,
}
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// A real place you can visit.
    Location,
    /// A studio set.
    Set,
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct FilmingPlace {
    pub id: String,
    pub kind: PlaceKind,
    /// The map town it is marked at (`map.json`), where the sources name one.
    pub town: Option<String>,
    /// A map point of its own (`map.json`), where a source gives coordinates.
    pub point: Option<String>,
    pub weak: bool,
    /// Seen all through the series (the hospital's outside), whatever episodes a source ties it to.
    pub throughout: bool,
    pub scene_from_episode: Option<u32>,
    pub cite: Cites,
    pub notes: Vec<PlaceNote>,
}
}

record! {
/// One language's prose: `text-en.json` or `text-ko.json`.
#[derive(Clone, Debug, PartialEq)]
pub struct TextFile {
    pub format: u32,
    pub lang: String,
    /// Key and prose, in the file's order.
    pub text: Vec<(String, String)>,
}
}

record! {
/// The region map of the filming places, made at build time from Natural Earth and GeoNames
/// (`tools/map/make-map.mjs` writes `map.json`).
#[derive(Clone, Debug, PartialEq)]
pub struct RegionMap {
    pub format: u32,
    pub view_box: [f32; 4],
    pub land: String,
    pub boundaries: String,
    pub towns: Vec<MapTown>,
    pub points: Vec<MapTown>,
    pub attribution: Vec<MapCredit>,
}
// How the map was drawn, for whoever checks it.
unread: ["boundaries_note", "projection"]
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct MapTown {
    pub id: String,
    pub name_en: String,
    pub name_ko: Option<String>,
    pub x: f32,
    pub y: f32,
    pub kind: Option<TownKind>,
}
// Where each point comes from, for whoever checks it; the app draws the projected x and y.
unread: ["lat", "lon", "dataset", "record", "confidence", "source"]
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct MapCredit {
    pub name: String,
    pub licence: String,
    pub via: Option<String>,
}
unread: ["url"]
}

record! {
/// Watching with care: content notes, help lines, and cited views on how the series portrays
/// mental health.
#[derive(Clone, Debug, PartialEq)]
pub struct Care {
    pub notes: Vec<ContentNote>,
    pub regulator: Regulator,
    /// No source gives an official age grade: the sources that say how grades are set.
    pub no_rating_cite: Cites,
    /// The guidelines the notes follow (themes only, never methods).
    pub guideline_cite: Cites,
    pub help: Help,
    pub portrayal: Vec<Topic>,
    /// Words a reader might search for to find the portrayal page, in either language.
    pub portrayal_keywords: Vec<String>,
}
}

record! {
/// What a viewer may want to know before an episode. Its words (`care.note.<id>.safe`) name
/// themes only and reveal no plot; `context` says whether it has a passage that does
/// (`care.note.<id>.context`), shown like any spoiler of its episode.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentNote {
    pub id: String,
    pub episode: u32,
    pub themes: Vec<Theme>,
    /// Whether it concerns suicide, self-harm or abuse, so the help page is linked beside it.
    pub help: bool,
    pub context: bool,
    pub cite: Cites,
}
}

record! {
/// The broadcasting regulator's step against one episode.
#[derive(Clone, Debug, PartialEq)]
pub struct Regulator {
    pub date: PartialDate,
    pub episode: u32,
    /// Whether a source reports the final decision (not only the proposal).
    pub confirmed: bool,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct Help {
    pub lines: Vec<HelpLine>,
    /// A directory of help lines for every other country, linked to, never loaded from.
    pub directory_url: String,
    pub directory_cite: Cites,
    pub page_cite: Cites,
    /// Words a reader might search for to find the help page, in either language.
    pub keywords: Vec<String>,
}
}

record! {
/// A number to call. Emergency numbers come first on the page.
#[derive(Clone, Debug, PartialEq)]
pub struct HelpLine {
    pub id: String,
    pub number: String,
    pub emergency: bool,
    pub since: Option<PartialDate>,
    pub as_of: Dates,
    pub cite: Cites,
}
}

impl HelpLine {
    /// The number as a phone dials it (`tel:` link): its digits.
    pub fn tel(&self) -> String {
        self.number.chars().filter(char::is_ascii_digit).collect()
    }
}

record! {
/// One side of how the series portrays mental health: a condition or a role, the characters it
/// concerns, and cited views on it.
#[derive(Clone, Debug, PartialEq)]
pub struct Topic {
    pub id: String,
    /// Cast slugs.
    pub characters: Vec<String>,
    pub views: Vec<PortrayalView>,
}
}

record! {
/// One attributed view: who said it and where (prose), when, and for or against.
#[derive(Clone, Debug, PartialEq)]
pub struct PortrayalView {
    pub id: String,
    pub date: Option<PartialDate>,
    pub stance: ViewStance,
    pub spoiler_from_episode: Option<u32>,
    pub cite: Cites,
}
}

/// The themes a content note can name: themes only, never how anything happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Suicide,
    Violence,
    Abuse,
    Murder,
    DeathOfParent,
    Grief,
    SexualHarassment,
    Nudity,
    StrongLanguage,
    Ableism,
    Dementia,
    Drugging,
    Abduction,
    TraumaMemory,
    MentalHealthCrisis,
    Dissociation,
}

/// Where a view stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewStance {
    Praise,
    Criticism,
    Mixed,
    /// Explains rather than judges.
    Context,
}

read_enum!(Theme {
    Suicide = "suicide",
    Violence = "violence",
    Abuse = "abuse",
    Murder = "murder",
    DeathOfParent = "death-of-parent",
    Grief = "grief",
    SexualHarassment = "sexual-harassment",
    Nudity = "nudity",
    StrongLanguage = "strong-language",
    Ableism = "ableism",
    Dementia = "dementia",
    Drugging = "drugging",
    Abduction = "abduction",
    TraumaMemory = "trauma-memory",
    MentalHealthCrisis = "mental-health-crisis",
    Dissociation = "dissociation",
});
read_enum!(ViewStance { Praise = "praise", Criticism = "criticism", Mixed = "mixed", Context = "context" });

record! {
/// Someone who appears in an episode.
#[derive(Clone, Debug, PartialEq)]
pub struct Appearance {
    /// A cast slug, or a guest id.
    pub who: String,
    /// Their presence gives away the plot up to this episode.
    pub from_episode: Option<u32>,
    pub cite: Cites,
}
}

record! {
/// A place seen in an episode: a filming place (on the places map) or a place in the story.
#[derive(Clone, Debug, PartialEq)]
pub struct EpisodePlace {
    pub place: String,
    /// A place in the story (`show.places`), not a filming place.
    pub in_story: bool,
    /// The tie to this episode rests on one weak source or is worked out from two.
    pub weak: bool,
    pub cite: Cites,
}
}

record! {
#[derive(Clone, Debug, PartialEq)]
pub struct EpisodeSong {
    pub song: String,
    pub cite: Cites,
}
}

record! {
/// The real tale an episode borrows.
#[derive(Clone, Debug, PartialEq)]
pub struct Tale {
    /// When it was first published, as the sources give it ("1812", "c. 1740").
    pub year: Option<String>,
    /// Whether the text files say what the episode takes from it (`episode.<n>.tale_takes`).
    pub takes: bool,
    /// What it takes gives away the plot up to this episode.
    pub takes_from_episode: Option<u32>,
    /// Free public copies of the original, each named in the text files (`episode.<n>.free.<i>`).
    pub read_free: Vec<FreeText>,
    pub cite: Cites,
}
}

record! {
/// A free copy of a public-domain text, in a public archive.
#[derive(Clone, Debug, PartialEq)]
pub struct FreeText {
    pub url: String,
    /// The stored page that gives this address.
    pub cite: Cites,
}
}

impl FreeText {
    /// A link only for plain web addresses, as for citations.
    pub fn safe_url(&self) -> Option<&str> {
        let u = self.url.as_str();
        ((u.starts_with("https://") || u.starts_with("http://"))
            && !u.chars().any(|c| c.is_whitespace() || c.is_control()))
        .then_some(u)
    }
}

record! {
/// A guest or special appearance: an actor in an episode who is not in the cast list.
#[derive(Clone, Debug, PartialEq)]
pub struct Guest {
    pub id: String,
    pub actor: Name,
    pub character: Name,
    pub kind: GuestKind,
    pub cite: Cites,
}
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuestKind {
    /// 특별출연: billed as a special appearance.
    Special,
    Cameo,
    Guest,
}

read_enum!(GuestKind { Special = "special", Cameo = "cameo", Guest = "guest" });

/// The optional note an award or a book carries in the text files (`award.<id>.note`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    Note,
}

/// The optional notes of an episode: about its rating (`rating_note`) and its titles (`title_note`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EpisodeNote {
    Rating,
    Title,
}

/// The optional prose of a song: the scene it plays in, and its credits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SongNote {
    Scene,
    Credits,
}

/// The optional prose of a filming place: its street address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceNote {
    Address,
}

/// Which circle of the story a person on the relationship map belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Brothers,
    Family,
    Publisher,
    Hospital,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::Brothers,
        Group::Family,
        Group::Publisher,
        Group::Hospital,
    ];

    /// The word the data and the styles use for it.
    pub fn id(self) -> &'static str {
        match self {
            Group::Brothers => "brothers",
            Group::Family => "family",
            Group::Publisher => "publisher",
            Group::Hospital => "hospital",
        }
    }
}

/// The outlook's answer to "will there be a season 2?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing has been announced.
    NoAnnouncement,
    Announced,
    Cancelled,
}

impl Verdict {
    pub fn id(self) -> &'static str {
        match self {
            Verdict::NoAnnouncement => "no-announcement",
            Verdict::Announced => "announced",
            Verdict::Cancelled => "cancelled",
        }
    }
}

/// What a town on the region map is there for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TownKind {
    /// A town named only to help a reader find their way.
    Reference,
    /// A town where something was filmed.
    Filming,
    /// A town standing for the area something was filmed in.
    FilmingArea,
}

read_enum!(Note { Note = "note" });
read_enum!(EpisodeNote { Rating = "rating", Title = "title" });
read_enum!(SongNote { Scene = "scene", Credits = "credits" });
read_enum!(PlaceNote { Address = "address" });
read_enum!(Group { Brothers = "brothers", Family = "family", Publisher = "publisher", Hospital = "hospital" });
read_enum!(Verdict { NoAnnouncement = "no-announcement", Announced = "announced", Cancelled = "cancelled" });
read_enum!(TownKind { Reference = "reference", Filming = "filming", FilmingArea = "filming-area" });
read_enum!(CitationKind { Press = "press", Official = "official", Reference = "reference", Fan = "fan" });
read_enum!(Outcome { Won = "won", Nominated = "nominated", Listed = "listed" });
read_enum!(Billing { Main = "main", Supporting = "supporting" });
read_enum!(Stance { Against = "against", For = "for", Context = "context" });
read_enum!(RelationKind {
    Family = "family",
    Love = "love",
    Friends = "friends",
    Work = "work",
    Care = "care",
    Past = "past",
    Crime = "crime",
});
read_enum!(ReleaseKind { Part = "part", Special = "special", Album = "album" });
read_enum!(PlaceKind { Location = "location", Set = "set" });
