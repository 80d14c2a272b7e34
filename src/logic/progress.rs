//! The reader's watch progress and how it is stored on their device.
//!
//! The stored value is untrusted: another version of the guide, another site on the same origin,
//! a browser extension or the reader's own hand may have written it. [`decode`] therefore never
//! fails: it reads what it can and says what it did, so the app can tell the reader instead of
//! silently dropping their progress.

use crate::core::json::{self, as_u64, quote, Json};

/// The show has sixteen episodes; stored numbers outside `1..=EPISODES` are not episodes.
pub const EPISODES: u32 = 16;
/// The localStorage key of the progress.
pub const STORAGE_KEY: &str = "okay-guide.progress";
/// Where a stored value this version could not fully read is kept before it is overwritten.
pub const BACKUP_KEY: &str = "okay-guide.progress.backup";
/// The layout written by this version. Bump it when the layout changes and teach [`decode`] the old one.
pub const STORED_FORMAT: u32 = 2;
/// The longest private note an episode can carry, in characters.
pub const NOTE_MAX_CHARS: usize = 500;
/// A stored value longer than this is not ours (ours stays under 40 KB even with every note
/// full); it is not parsed.
const MAX_STORED_LEN: usize = 64 * 1024;

/// One slot per episode (episode `n` at index `n - 1`) rather than sets and maps keyed by number:
/// the show has a fixed sixteen episodes, and the slots cost the app a fraction of the code of
/// three ordered collections.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Bit `n` is episode `n`.
    watched: u32,
    show_all_spoilers: bool,
    /// The reader's own 1–5 rating per episode.
    ratings: [Option<u8>; EPISODES as usize],
    /// The reader's private note per episode, at most [`NOTE_MAX_CHARS`] characters.
    notes: [Option<String>; EPISODES as usize],
    /// How many times the reader has finished the show and started again.
    rewatches: u32,
}

impl Progress {
    pub fn is_watched(&self, episode: u32) -> bool {
        is_episode(episode) && self.watched & (1 << episode) != 0
    }

    pub fn count(&self) -> usize {
        self.watched.count_ones() as usize
    }

    pub fn watched(&self) -> impl Iterator<Item = u32> + '_ {
        (1..=EPISODES).filter(|n| self.is_watched(*n))
    }

    /// Marks or unmarks one episode; numbers that are not episodes are ignored.
    pub fn set_watched(&mut self, episode: u32, watched: bool) {
        if !is_episode(episode) {
            return;
        }
        if watched {
            self.watched |= 1 << episode;
        } else {
            self.watched &= !(1 << episode);
        }
    }

    pub fn toggle(&mut self, episode: u32) {
        let now = self.is_watched(episode);
        self.set_watched(episode, !now);
    }

    /// "I have seen everything up to here": marks episodes 1 to `episode`, leaves later ones alone.
    pub fn mark_up_to(&mut self, episode: u32) {
        for n in 1..=episode.min(EPISODES) {
            self.set_watched(n, true);
        }
    }

    /// Forgets every watched episode; the spoiler switch, ratings, notes and rewatches stay.
    pub fn clear(&mut self) {
        self.watched = 0;
    }

    /// The first episode not yet watched, which is where the reader carries on.
    pub fn next_up(&self) -> Option<u32> {
        (1..=EPISODES).find(|n| !self.is_watched(*n))
    }

    pub fn show_all_spoilers(&self) -> bool {
        self.show_all_spoilers
    }

    pub fn set_show_all_spoilers(&mut self, on: bool) {
        self.show_all_spoilers = on;
    }

    /// A fact that spoils episode `from_episode` may be shown once the reader has marked that
    /// episode watched, has asked to see every spoiler, or has finished the show before.
    pub fn spoiler_unlocked(&self, from_episode: u32) -> bool {
        self.show_all_spoilers || self.rewatches > 0 || self.is_watched(from_episode)
    }

    pub fn rating(&self, episode: u32) -> Option<u8> {
        slot(episode).and_then(|i| self.ratings[i])
    }

    /// Sets the reader's rating (1 to 5), or clears it with `None`; anything else is ignored.
    pub fn set_rating(&mut self, episode: u32, stars: Option<u8>) {
        let Some(i) = slot(episode) else { return };
        match stars {
            Some(1..=5) | None => self.ratings[i] = stars,
            Some(_) => {}
        }
    }

    pub fn ratings(&self) -> impl Iterator<Item = (u32, u8)> + '_ {
        (1..=EPISODES).filter_map(|e| Some((e, self.rating(e)?)))
    }

    pub fn note(&self, episode: u32) -> Option<&str> {
        slot(episode).and_then(|i| self.notes[i].as_deref())
    }

    /// Keeps a note, cut to [`NOTE_MAX_CHARS`]; an empty note removes it.
    pub fn set_note(&mut self, episode: u32, text: &str) {
        let Some(i) = slot(episode) else { return };
        let text = clip_note(text);
        self.notes[i] = (!text.trim().is_empty()).then_some(text);
    }

    pub fn notes(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        (1..=EPISODES).filter_map(|e| Some((e, self.note(e)?)))
    }

    /// How many times the reader has seen the whole show: every rewatch started, plus the
    /// current run if it is complete.
    pub fn times_finished(&self) -> u32 {
        self.rewatches + u32::from(self.count() == EPISODES as usize)
    }

    pub fn rewatches(&self) -> u32 {
        self.rewatches
    }

    /// Restores a rewatch count carried over from another device.
    pub fn set_rewatches(&mut self, n: u32) {
        self.rewatches = n;
    }

    /// Starts watching again from episode 1: the finished run is counted, the ticks are cleared,
    /// and spoilers stay unlocked (the reader has seen it all). Only after a complete run.
    pub fn start_rewatch(&mut self) -> bool {
        if self.count() != EPISODES as usize {
            return false;
        }
        self.rewatches = self.rewatches.saturating_add(1);
        self.clear();
        true
    }

    /// Everything both hold: episodes watched on either, the higher rewatch count, and the
    /// switch on if either had it; a rating or note both have keeps this device's.
    pub fn merge(&mut self, other: &Progress) {
        self.watched |= other.watched;
        self.show_all_spoilers |= other.show_all_spoilers;
        self.rewatches = self.rewatches.max(other.rewatches);
        for (mine, theirs) in self.ratings.iter_mut().zip(&other.ratings) {
            *mine = mine.or(*theirs);
        }
        for (mine, theirs) in self.notes.iter_mut().zip(&other.notes) {
            if mine.is_none() {
                mine.clone_from(theirs);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Progress::default()
    }
}

/// A note cut to [`NOTE_MAX_CHARS`] characters.
pub fn clip_note(text: &str) -> String {
    text.chars().take(NOTE_MAX_CHARS).collect()
}

pub fn is_episode(n: u32) -> bool {
    (1..=EPISODES).contains(&n)
}

/// Where episode `n` is kept in the per-episode slots.
fn slot(n: u32) -> Option<usize> {
    is_episode(n).then(|| n as usize - 1)
}

/// What [`decode`] found in storage, so the app can say so when it matters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Nothing,
    /// A value in this version's layout, read in full.
    Current,
    /// A value in an older layout, carried over.
    Migrated { from: u32 },
    /// Some entries were not valid and were left out.
    Repaired { dropped: usize },
    /// A value from a newer version of the guide: what this version understands was read.
    Newer { version: u32 },
    /// Not readable at all (corrupt, or not ours): the tracker starts empty.
    Unreadable,
}

impl Loaded {
    /// Whether the stored value holds more than this version keeps, so writing over it would lose
    /// something: the app saves a copy under [`BACKUP_KEY`] first.
    pub fn needs_backup(&self) -> bool {
        matches!(
            self,
            Loaded::Newer { .. } | Loaded::Unreadable | Loaded::Repaired { .. }
        )
    }
}

/// Turns progress into the stored text (this version's layout, keys in alphabetical order):
/// `{"notes":{"1":"…"},"ratings":{"1":4},"rewatches":0,"show_all_spoilers":false,"v":2,"watched":[1,2]}`.
pub fn encode(progress: &Progress) -> String {
    let notes: Vec<String> = progress
        .notes()
        .map(|(e, n)| format!("\"{e}\":{}", quote(n)))
        .collect();
    let ratings: Vec<String> = progress
        .ratings()
        .map(|(e, s)| format!("\"{e}\":{s}"))
        .collect();
    let watched: Vec<String> = progress.watched().map(|e| e.to_string()).collect();
    format!(
        "{{\"notes\":{{{}}},\"ratings\":{{{}}},\"rewatches\":{},\"show_all_spoilers\":{},\"v\":{STORED_FORMAT},\"watched\":[{}]}}",
        notes.join(","),
        ratings.join(","),
        progress.rewatches,
        progress.show_all_spoilers,
        watched.join(",")
    )
}

/// Reads a stored value (`None`: nothing stored). Never fails; see [`Loaded`].
///
/// Layouts understood:
/// - format 2: the layout [`encode`] writes;
/// - format 1: `{"v":1,"watched":[1,2],"show_all_spoilers":false}`, migrated;
/// - format 0, a bare list `[1,2]`: the simplest shape a list of episodes can take, accepted
///   and migrated so a hand-written or early value is not thrown away;
/// - a newer format (`v` above 2): whatever still has the format-2 meaning, which later formats
///   promise to keep.
pub fn decode(raw: Option<&str>) -> (Progress, Loaded) {
    let Some(raw) = raw else {
        return (Progress::default(), Loaded::Nothing);
    };
    if raw.len() > MAX_STORED_LEN {
        return (Progress::default(), Loaded::Unreadable);
    }
    let Ok(value) = json::parse(raw) else {
        return (Progress::default(), Loaded::Unreadable);
    };
    let (list, loaded) = if let Some(items) = value.items() {
        (items, Loaded::Migrated { from: 0 })
    } else if value.is_object() {
        let version = value.field("v").as_ref().and_then(as_u64);
        let list = value.field("watched").and_then(|w| w.items());
        match (version, list) {
            (Some(2), Some(list)) => (list, Loaded::Current),
            (Some(1), Some(list)) => (list, Loaded::Migrated { from: 1 }),
            (Some(v), list) if v > u64::from(STORED_FORMAT) => {
                let version = u32::try_from(v).unwrap_or(u32::MAX);
                (list.unwrap_or_default(), Loaded::Newer { version })
            }
            _ => return (Progress::default(), Loaded::Unreadable),
        }
    } else {
        return (Progress::default(), Loaded::Unreadable);
    };
    let mut progress = Progress {
        show_all_spoilers: value
            .field("show_all_spoilers")
            .and_then(|b| b.boolean())
            .unwrap_or(false),
        rewatches: value
            .field("rewatches")
            .as_ref()
            .and_then(as_u64)
            .map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX)),
        ..Progress::default()
    };
    let mut dropped = 0;
    for item in &list {
        match as_u64(item).and_then(|n| u32::try_from(n).ok()) {
            Some(n) if is_episode(n) => progress.set_watched(n, true),
            _ => dropped += 1,
        }
    }
    let episode_key = |k: &String| k.parse::<u32>().ok().filter(|n| is_episode(*n));
    for (k, v) in value
        .field("ratings")
        .and_then(|r| r.entries())
        .unwrap_or_default()
    {
        match (episode_key(&k), as_u64(&v)) {
            (Some(e), Some(s @ 1..=5)) => progress.set_rating(e, Some(s as u8)),
            _ => dropped += 1,
        }
    }
    for (k, v) in value
        .field("notes")
        .and_then(|n| n.entries())
        .unwrap_or_default()
    {
        match (episode_key(&k), v.string()) {
            (Some(e), Some(text)) if !text.trim().is_empty() => {
                if text.chars().count() > NOTE_MAX_CHARS {
                    dropped += 1;
                }
                progress.set_note(e, &text);
            }
            _ => dropped += 1,
        }
    }
    let loaded = match loaded {
        Loaded::Current if dropped > 0 => Loaded::Repaired { dropped },
        other => other,
    };
    (progress, loaded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn watched(p: &Progress) -> Vec<u32> {
        p.watched().collect()
    }

    #[test]
    fn marking_and_unmarking() {
        let mut p = Progress::default();
        p.toggle(3);
        p.toggle(5);
        assert_eq!(watched(&p), [3, 5]);
        p.toggle(3);
        assert_eq!(watched(&p), [5]);
        p.set_watched(0, true);
        p.set_watched(17, true);
        assert_eq!(p.count(), 1, "non-episodes are ignored");
    }

    #[test]
    fn mark_up_to_keeps_later_episodes() {
        let mut p = Progress::default();
        p.set_watched(10, true);
        p.mark_up_to(4);
        assert_eq!(watched(&p), [1, 2, 3, 4, 10]);
        p.mark_up_to(99);
        assert_eq!(p.count(), 16);
        assert_eq!(p.next_up(), None);
    }

    #[test]
    fn next_up_is_the_first_gap() {
        let mut p = Progress::default();
        assert_eq!(p.next_up(), Some(1));
        p.mark_up_to(5);
        p.set_watched(8, true);
        assert_eq!(p.next_up(), Some(6));
    }

    #[test]
    fn clear_keeps_preferences_ratings_and_notes() {
        let mut p = Progress::default();
        p.mark_up_to(3);
        p.set_show_all_spoilers(true);
        p.set_rating(2, Some(5));
        p.set_note(2, "the red shoes!");
        p.clear();
        assert_eq!(p.count(), 0);
        assert!(p.show_all_spoilers());
        assert_eq!(p.rating(2), Some(5));
        assert_eq!(p.note(2), Some("the red shoes!"));
    }

    #[test]
    fn spoilers_unlock_with_their_episode_the_switch_or_a_finished_run() {
        let mut p = Progress::default();
        assert!(!p.spoiler_unlocked(13));
        p.mark_up_to(12);
        assert!(!p.spoiler_unlocked(13), "episode 12 does not reveal 13");
        p.set_watched(13, true);
        assert!(p.spoiler_unlocked(13));
        assert!(!p.spoiler_unlocked(16));
        p.set_show_all_spoilers(true);
        assert!(p.spoiler_unlocked(16));
        let mut q = Progress::default();
        q.mark_up_to(16);
        assert!(q.start_rewatch());
        assert_eq!(q.count(), 0);
        assert!(q.spoiler_unlocked(16), "a rewatch keeps spoilers unlocked");
    }

    #[test]
    fn ratings_are_one_to_five_and_notes_are_clipped() {
        let mut p = Progress::default();
        p.set_rating(4, Some(3));
        p.set_rating(4, Some(6));
        p.set_rating(4, Some(0));
        p.set_rating(17, Some(2));
        assert_eq!(p.ratings().collect::<Vec<_>>(), [(4, 3)]);
        p.set_rating(4, None);
        assert_eq!(p.rating(4), None);
        let long = "가".repeat(NOTE_MAX_CHARS + 20);
        p.set_note(1, &long);
        assert_eq!(p.note(1).map(|n| n.chars().count()), Some(NOTE_MAX_CHARS));
        p.set_note(1, "   ");
        assert_eq!(p.note(1), None, "an empty note is removed");
    }

    #[test]
    fn a_rewatch_counts_finished_runs() {
        let mut p = Progress::default();
        p.mark_up_to(15);
        assert_eq!(p.times_finished(), 0);
        assert!(!p.start_rewatch(), "only after the last episode");
        p.set_watched(16, true);
        assert_eq!(p.times_finished(), 1);
        p.set_rating(16, Some(5));
        assert!(p.start_rewatch());
        assert_eq!((p.count(), p.rewatches(), p.times_finished()), (0, 1, 1));
        assert_eq!(p.rating(16), Some(5), "ratings outlive a rewatch");
        p.mark_up_to(16);
        assert_eq!(p.times_finished(), 2);
    }

    #[test]
    fn merging_adds_what_this_device_lacks() {
        let mut here = Progress::default();
        here.mark_up_to(3);
        here.set_rating(2, Some(4));
        here.set_note(2, "mine");
        let mut there = Progress::default();
        there.set_watched(7, true);
        there.set_rating(2, Some(1));
        there.set_rating(7, Some(5));
        there.set_note(2, "theirs");
        there.set_note(7, "ep 7");
        there.set_show_all_spoilers(true);
        here.merge(&there);
        assert_eq!(watched(&here), [1, 2, 3, 7]);
        assert_eq!(here.rating(2), Some(4), "this device's rating stays");
        assert_eq!(here.rating(7), Some(5));
        assert_eq!(here.note(2), Some("mine"));
        assert_eq!(here.note(7), Some("ep 7"));
        assert!(here.show_all_spoilers());
    }

    #[test]
    fn round_trip() {
        let mut p = Progress::default();
        p.mark_up_to(7);
        p.set_show_all_spoilers(true);
        p.set_rating(3, Some(4));
        p.set_note(5, "Rapunzel \"castle\" 🏰");
        let text = encode(&p);
        assert_eq!(
            text,
            r#"{"notes":{"5":"Rapunzel \"castle\" 🏰"},"ratings":{"3":4},"rewatches":0,"show_all_spoilers":true,"v":2,"watched":[1,2,3,4,5,6,7]}"#
        );
        assert_eq!(decode(Some(&text)), (p, Loaded::Current));
    }

    #[test]
    fn nothing_stored() {
        assert_eq!(decode(None), (Progress::default(), Loaded::Nothing));
    }

    #[test]
    fn corrupt_and_foreign_values_start_empty() {
        for raw in [
            "",
            "{",
            "not json",
            "null",
            "42",
            "\"1,2,3\"",
            "{}",
            r#"{"watched":[1]}"#,
            r#"{"v":0,"watched":[1]}"#,
            r#"{"v":1}"#,
            r#"{"v":2,"watched":"1-4"}"#,
            r#"{"v":"1","watched":[1]}"#,
            r#"{"theme":"dark"}"#,
        ] {
            let (p, loaded) = decode(Some(raw));
            assert_eq!(p, Progress::default(), "{raw}");
            assert_eq!(loaded, Loaded::Unreadable, "{raw}");
            assert!(loaded.needs_backup());
        }
    }

    #[test]
    fn oversized_values_are_not_parsed() {
        let raw = format!("[{}1]", "1,".repeat(MAX_STORED_LEN));
        assert_eq!(decode(Some(&raw)).1, Loaded::Unreadable);
    }

    #[test]
    fn older_layouts_are_migrated() {
        let (p, loaded) = decode(Some("[1, 2, 3]"));
        assert_eq!(watched(&p), [1, 2, 3]);
        assert_eq!(loaded, Loaded::Migrated { from: 0 });
        assert!(!loaded.needs_backup(), "nothing is lost by migrating");
        let (p, loaded) = decode(Some(r#"{"v":1,"watched":[2,4],"show_all_spoilers":true}"#));
        assert_eq!(watched(&p), [2, 4]);
        assert!(p.show_all_spoilers());
        assert_eq!(loaded, Loaded::Migrated { from: 1 });
    }

    #[test]
    fn a_newer_format_is_read_as_far_as_it_can_be() {
        let (p, loaded) = decode(Some(
            r#"{"v":3,"watched":[4,2],"show_all_spoilers":true,"ratings":{"4":2},"moods":{"1":"sad"}}"#,
        ));
        assert_eq!(watched(&p), [2, 4]);
        assert!(p.show_all_spoilers());
        assert_eq!(p.rating(4), Some(2));
        assert_eq!(loaded, Loaded::Newer { version: 3 });
        assert!(
            loaded.needs_backup(),
            "the extra fields would be lost on write"
        );
        let (p, loaded) = decode(Some(r#"{"v":99999999999}"#));
        assert_eq!(p.count(), 0);
        assert_eq!(loaded, Loaded::Newer { version: u32::MAX });
    }

    #[test]
    fn entries_that_are_not_valid_are_dropped_and_counted() {
        let (p, loaded) = decode(Some(
            r#"{"v":2,"watched":[0,1,1,16,17,900,-1,2.5,"3",null,4294967297],"ratings":{"1":5,"2":9,"x":3,"40":1},"notes":{"1":"ok","2":7}}"#,
        ));
        assert_eq!(watched(&p), [1, 16]);
        assert_eq!(p.rating(1), Some(5));
        assert_eq!(p.note(1), Some("ok"));
        assert_eq!(loaded, Loaded::Repaired { dropped: 12 });
    }
}
