//! The prose of the guide in one language, and the exact set of keys the facts call for.
//!
//! A fact is stored once (`guide.json`); the words about it are stored once per language, under a
//! key derived from the fact's id (`episode.3.synopsis`). [`keys`] lists every key the facts
//! need, so one check proves a language complete: the loader refuses a text file that lacks any
//! of them, and the host tests prove both languages carry exactly this set.

use super::model::{EpisodeNote, Group, Guide, Note, PlaceNote, SongNote, TextFile};
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
    /// all present, so a missing one means a view asked for a passage the facts do not call for:
    /// a bug, which stops every debug build and test (the build's prerendering draws every page),
    /// and reads as nothing in the release app rather than taking a reader's page down.
    pub fn get(&self, key: &str) -> &str {
        let found = self.find(key);
        debug_assert!(found.is_some(), "no prose under \"{key}\"");
        found.unwrap_or("")
    }

    /// A passage (see [`Prose`]).
    pub fn prose(&self, passage: Prose) -> &str {
        self.get(&passage.key())
    }

    pub fn has(&self, key: &str) -> bool {
        self.find(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _)| k.as_str())
    }

    /// Paragraphs of a multi-paragraph passage, split on blank lines.
    pub fn paragraphs(&self, passage: Prose) -> Vec<String> {
        self.prose(passage)
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
        .filter(|k| text.find(k).is_none_or(|t| t.trim().is_empty()))
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

/// A passage of the guide's prose, named by what it is about. [`Prose::key`] is the one place each
/// kind of key is spelled: views ask for passages by kind, and [`keys`] lists the passages the facts
/// call for with the same constructors, so a view cannot ask for a key the text files were never
/// checked for without the compiler or the tests noticing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prose<'a> {
    /// A passage about the guide as a whole (`show.tagline`).
    Fixed(Fixed),
    FactLabel(&'a str),
    FactValue(&'a str),
    /// What a place in the story is.
    StoryPlace(&'a str),
    WatchRegion(&'a str),
    WatchNote(&'a str),
    AwardBody(&'a str),
    AwardCategory(&'a str),
    AwardNote(&'a str),
    BookNote(&'a str),
    /// Why a related title is worth watching.
    RelatedWhy(&'a str),
    CastAbout(&'a str),
    CastSpoiler(&'a str),
    EpisodeTale(u32),
    EpisodeSynopsis(u32),
    /// The `i`th plot reveal of an episode, counted from 1.
    EpisodeSpoiler(u32, usize),
    EpisodeNote(u32, EpisodeNote),
    ReasonTitle(&'a str),
    ReasonText(&'a str),
    TimelineEvent(&'a str),
    Group(Group),
    /// The name of someone on the relationship map with no cast page.
    PersonName(&'a str),
    PersonAbout(&'a str),
    RelationLabel(&'a str),
    RelationText(&'a str),
    SongNote(&'a str, SongNote),
    PlaceName(&'a str),
    PlaceWhere(&'a str),
    PlaceScene(&'a str),
    PlaceNote(&'a str, PlaceNote),
    CitationNote(&'a str),
    /// A content note's words: themes only, no plot.
    NoteSafe(&'a str),
    /// A content note's passage that reveals its episode's plot.
    NoteContext(&'a str),
    HelpName(&'a str),
    HelpHours(&'a str),
    HelpAbout(&'a str),
    TopicTitle(&'a str),
    TopicIntro(&'a str),
    /// Who holds a view, and where they said it.
    ViewWho(&'a str),
    ViewText(&'a str),
    /// Where the tale an episode borrows comes from.
    TaleOrigin(u32),
    /// What the episode takes from its tale.
    TaleTakes(u32),
    /// The name of the `i`th free copy of an episode's tale, counted from 1.
    FreeText(u32, usize),
    RecapShort(u32),
    RecapFull(u32),
    GuestAbout(&'a str),
}

/// The passages about the guide as a whole, one each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fixed {
    TitleAltNote,
    Tagline,
    Premise,
    Genres,
    ScoreNote,
    BooksIntro,
    RelatedIntro,
    CastNote,
    RatingsNote,
    TitlesNote,
    SynopsesNote,
    OutlookHeadline,
    OutlookSummary,
    PredictionLabel,
    PredictionText,
    MusicIntro,
    MusicOther,
    AlbumNote,
    PlacesIntro,
    Regulator,
    NoRating,
    Guidelines,
    HelpIntro,
    HelpEmergency,
    HelpNotAdvice,
    HelpDirectory,
    PortrayalIntro,
}

impl Fixed {
    pub const ALL: [Fixed; 27] = [
        Fixed::TitleAltNote,
        Fixed::Tagline,
        Fixed::Premise,
        Fixed::Genres,
        Fixed::ScoreNote,
        Fixed::BooksIntro,
        Fixed::RelatedIntro,
        Fixed::CastNote,
        Fixed::RatingsNote,
        Fixed::TitlesNote,
        Fixed::SynopsesNote,
        Fixed::OutlookHeadline,
        Fixed::OutlookSummary,
        Fixed::PredictionLabel,
        Fixed::PredictionText,
        Fixed::MusicIntro,
        Fixed::MusicOther,
        Fixed::AlbumNote,
        Fixed::PlacesIntro,
        Fixed::Regulator,
        Fixed::NoRating,
        Fixed::Guidelines,
        Fixed::HelpIntro,
        Fixed::HelpEmergency,
        Fixed::HelpNotAdvice,
        Fixed::HelpDirectory,
        Fixed::PortrayalIntro,
    ];

    fn key(self) -> &'static str {
        match self {
            Fixed::TitleAltNote => "show.title.alt_note",
            Fixed::Tagline => "show.tagline",
            Fixed::Premise => "show.premise",
            Fixed::Genres => "show.genres",
            Fixed::ScoreNote => "score.note",
            Fixed::BooksIntro => "books.intro",
            Fixed::RelatedIntro => "related.intro",
            Fixed::CastNote => "cast.note",
            Fixed::RatingsNote => "episodes.ratings_note",
            Fixed::TitlesNote => "episodes.titles_note",
            Fixed::SynopsesNote => "episodes.synopses_note",
            Fixed::OutlookHeadline => "outlook.headline",
            Fixed::OutlookSummary => "outlook.summary",
            Fixed::PredictionLabel => "outlook.prediction.label",
            Fixed::PredictionText => "outlook.prediction.text",
            Fixed::MusicIntro => "music.intro",
            Fixed::MusicOther => "music.other",
            Fixed::AlbumNote => "album.note",
            Fixed::PlacesIntro => "places.intro",
            Fixed::Regulator => "care.regulator",
            Fixed::NoRating => "care.no_rating",
            Fixed::Guidelines => "care.guidelines",
            Fixed::HelpIntro => "help.intro",
            Fixed::HelpEmergency => "help.emergency",
            Fixed::HelpNotAdvice => "help.not_advice",
            Fixed::HelpDirectory => "help.directory",
            Fixed::PortrayalIntro => "portrayal.intro",
        }
    }
}

impl Prose<'_> {
    /// The key the text files hold this passage under.
    pub fn key(&self) -> String {
        match *self {
            Prose::Fixed(f) => f.key().to_string(),
            Prose::FactLabel(id) => format!("show.fact.{id}.label"),
            Prose::FactValue(id) => format!("show.fact.{id}.value"),
            Prose::StoryPlace(id) => format!("story.{id}.what"),
            Prose::WatchRegion(id) => format!("watch.{id}.region"),
            Prose::WatchNote(id) => format!("watch.{id}.note"),
            Prose::AwardBody(id) => format!("award.{id}.body"),
            Prose::AwardCategory(id) => format!("award.{id}.category"),
            Prose::AwardNote(id) => format!("award.{id}.note"),
            Prose::BookNote(id) => format!("book.{id}.note"),
            Prose::RelatedWhy(id) => format!("related.{id}.why"),
            Prose::CastAbout(slug) => format!("cast.{slug}.about"),
            Prose::CastSpoiler(slug) => format!("cast.{slug}.spoiler"),
            Prose::EpisodeTale(n) => format!("episode.{n}.tale"),
            Prose::EpisodeSynopsis(n) => format!("episode.{n}.synopsis"),
            Prose::EpisodeSpoiler(n, i) => format!("episode.{n}.spoiler.{i}"),
            Prose::EpisodeNote(n, EpisodeNote::Rating) => format!("episode.{n}.rating_note"),
            Prose::EpisodeNote(n, EpisodeNote::Title) => format!("episode.{n}.title_note"),
            Prose::ReasonTitle(id) => format!("outlook.reason.{id}.title"),
            Prose::ReasonText(id) => format!("outlook.reason.{id}.text"),
            Prose::TimelineEvent(id) => format!("outlook.timeline.{id}"),
            Prose::Group(g) => format!("group.{}", g.id()),
            Prose::PersonName(id) => format!("person.{id}.name"),
            Prose::PersonAbout(id) => format!("person.{id}.about"),
            Prose::RelationLabel(id) => format!("relation.{id}.label"),
            Prose::RelationText(id) => format!("relation.{id}.text"),
            Prose::SongNote(id, SongNote::Scene) => format!("song.{id}.scene"),
            Prose::SongNote(id, SongNote::Credits) => format!("song.{id}.credits"),
            Prose::PlaceName(id) => format!("place.{id}.name"),
            Prose::PlaceWhere(id) => format!("place.{id}.where"),
            Prose::PlaceScene(id) => format!("place.{id}.scene"),
            Prose::PlaceNote(id, PlaceNote::Address) => format!("place.{id}.address"),
            Prose::CitationNote(id) => format!("citation.{id}.note"),
            Prose::NoteSafe(id) => format!("care.note.{id}.safe"),
            Prose::NoteContext(id) => format!("care.note.{id}.context"),
            Prose::HelpName(id) => format!("help.{id}.name"),
            Prose::HelpHours(id) => format!("help.{id}.hours"),
            Prose::HelpAbout(id) => format!("help.{id}.about"),
            Prose::TopicTitle(id) => format!("portrayal.{id}.title"),
            Prose::TopicIntro(id) => format!("portrayal.{id}.intro"),
            Prose::ViewWho(id) => format!("view.{id}.who"),
            Prose::ViewText(id) => format!("view.{id}.text"),
            Prose::TaleOrigin(n) => format!("episode.{n}.tale_origin"),
            Prose::TaleTakes(n) => format!("episode.{n}.tale_takes"),
            Prose::FreeText(n, i) => format!("episode.{n}.free.{i}"),
            Prose::RecapShort(n) => format!("episode.{n}.recap_short"),
            Prose::RecapFull(n) => format!("episode.{n}.recap_full"),
            Prose::GuestAbout(id) => format!("guest.{id}.about"),
        }
    }
}

/// Every passage the facts call for, in a stable order.
pub fn passages(guide: &Guide) -> Vec<Prose<'_>> {
    let mut k: Vec<Prose> = Fixed::ALL.into_iter().map(Prose::Fixed).collect();
    let show = &guide.show;
    for f in &show.facts {
        k.extend([Prose::FactLabel(&f.id), Prose::FactValue(&f.id)]);
    }
    for p in &show.places {
        k.push(Prose::StoryPlace(&p.id));
    }
    for w in &show.where_to_watch {
        k.extend([Prose::WatchRegion(&w.id), Prose::WatchNote(&w.id)]);
    }
    for a in &show.awards {
        k.extend([Prose::AwardBody(&a.id), Prose::AwardCategory(&a.id)]);
        k.extend(a.notes.iter().map(|Note::Note| Prose::AwardNote(&a.id)));
    }
    for b in &show.books {
        k.extend(b.notes.iter().map(|Note::Note| Prose::BookNote(&b.id)));
    }
    for r in &show.related {
        k.push(Prose::RelatedWhy(&r.id));
    }
    for m in &guide.cast {
        k.push(Prose::CastAbout(&m.slug));
        if m.spoiler.is_some() {
            k.push(Prose::CastSpoiler(&m.slug));
        }
    }
    for e in &guide.episodes {
        let n = e.number;
        k.extend([Prose::EpisodeTale(n), Prose::EpisodeSynopsis(n)]);
        k.extend((1..=e.spoilers.len()).map(|i| Prose::EpisodeSpoiler(n, i)));
        k.extend(e.notes.iter().map(|note| Prose::EpisodeNote(n, *note)));
        k.push(Prose::TaleOrigin(n));
        if e.tale.takes {
            k.push(Prose::TaleTakes(n));
        }
        k.extend((1..=e.tale.read_free.len()).map(|i| Prose::FreeText(n, i)));
        k.extend([Prose::RecapShort(n), Prose::RecapFull(n)]);
    }
    for g in &guide.guests {
        k.push(Prose::GuestAbout(&g.id));
    }
    let o = &guide.outlook;
    for r in &o.reasons {
        k.extend([Prose::ReasonTitle(&r.id), Prose::ReasonText(&r.id)]);
    }
    for e in &o.timeline {
        k.push(Prose::TimelineEvent(&e.id));
    }
    for g in Group::ALL {
        if guide.people.iter().any(|p| p.group == g) {
            k.push(Prose::Group(g));
        }
    }
    for p in guide.people.iter().filter(|p| p.cast.is_none()) {
        k.extend([Prose::PersonName(&p.id), Prose::PersonAbout(&p.id)]);
    }
    for r in &guide.relations {
        k.extend([Prose::RelationLabel(&r.id), Prose::RelationText(&r.id)]);
    }
    for s in guide.music.songs() {
        k.extend(s.notes.iter().map(|note| Prose::SongNote(&s.id, *note)));
    }
    for p in &guide.places {
        k.extend([
            Prose::PlaceName(&p.id),
            Prose::PlaceWhere(&p.id),
            Prose::PlaceScene(&p.id),
        ]);
        k.extend(p.notes.iter().map(|note| Prose::PlaceNote(&p.id, *note)));
    }
    for c in guide.citations.iter().filter(|c| c.note) {
        k.push(Prose::CitationNote(&c.id));
    }
    let care = &guide.care;
    for n in &care.notes {
        k.push(Prose::NoteSafe(&n.id));
        if n.context {
            k.push(Prose::NoteContext(&n.id));
        }
    }
    for h in &care.help.lines {
        k.extend([
            Prose::HelpName(&h.id),
            Prose::HelpHours(&h.id),
            Prose::HelpAbout(&h.id),
        ]);
    }
    for t in &care.portrayal {
        k.extend([Prose::TopicTitle(&t.id), Prose::TopicIntro(&t.id)]);
        for v in &t.views {
            k.extend([Prose::ViewWho(&v.id), Prose::ViewText(&v.id)]);
        }
    }
    k
}

/// Every prose key the facts call for, in a stable order (see [`passages`]).
pub fn keys(guide: &Guide) -> Vec<String> {
    passages(guide).iter().map(Prose::key).collect()
}
