//! The reader's watch progress and how it is stored on their device.
//!
//! The stored value is untrusted: another version of the guide, another site on the same origin,
//! a browser extension or the reader's own hand may have written it. [`decode`] therefore never
//! fails: it reads what it can and says what it did, so the app can tell the reader instead of
//! silently dropping their progress.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeSet;

/// The show has sixteen episodes; stored numbers outside `1..=EPISODES` are not episodes.
pub const EPISODES: u32 = 16;
/// The localStorage key of the progress.
pub const STORAGE_KEY: &str = "okay-guide.progress";
/// Where a stored value this version could not fully read is kept before it is overwritten.
pub const BACKUP_KEY: &str = "okay-guide.progress.backup";
/// The layout written by this version. Bump it when the layout changes and teach [`decode`] the old one.
pub const STORED_FORMAT: u32 = 1;
/// A stored value longer than this is not ours (ours is under 200 bytes); it is not parsed.
const MAX_STORED_LEN: usize = 16 * 1024;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    watched: BTreeSet<u32>,
    show_all_spoilers: bool,
}

impl Progress {
    pub fn is_watched(&self, episode: u32) -> bool {
        self.watched.contains(&episode)
    }

    pub fn count(&self) -> usize {
        self.watched.len()
    }

    pub fn watched(&self) -> impl Iterator<Item = u32> + '_ {
        self.watched.iter().copied()
    }

    /// Marks or unmarks one episode; numbers that are not episodes are ignored.
    pub fn set_watched(&mut self, episode: u32, watched: bool) {
        if !is_episode(episode) {
            return;
        }
        if watched {
            self.watched.insert(episode);
        } else {
            self.watched.remove(&episode);
        }
    }

    pub fn toggle(&mut self, episode: u32) {
        let now = self.is_watched(episode);
        self.set_watched(episode, !now);
    }

    /// "I have seen everything up to here": marks episodes 1 to `episode`, leaves later ones alone.
    pub fn mark_up_to(&mut self, episode: u32) {
        for n in 1..=episode.min(EPISODES) {
            self.watched.insert(n);
        }
    }

    /// Forgets every watched episode; the spoiler switch is a preference, not progress, and stays.
    pub fn clear(&mut self) {
        self.watched.clear();
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
    /// episode watched, or has asked to see every spoiler.
    pub fn spoiler_unlocked(&self, from_episode: u32) -> bool {
        self.show_all_spoilers || self.is_watched(from_episode)
    }
}

fn is_episode(n: u32) -> bool {
    (1..=EPISODES).contains(&n)
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
    /// Some entries were not episode numbers and were left out.
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

    /// A sentence for the reader, or `None` when there is nothing worth saying.
    pub fn notice(&self) -> Option<String> {
        match self {
            Loaded::Nothing | Loaded::Current => None,
            Loaded::Migrated { .. } => Some(
                "Your watch progress was saved by an older version of this guide. It has been carried over."
                    .into(),
            ),
            Loaded::Repaired { dropped } => Some(format!(
                "Your saved progress had {dropped} {} that {} not an episode of the show. {} left out; the rest is kept.",
                if *dropped == 1 { "entry" } else { "entries" },
                if *dropped == 1 { "was" } else { "were" },
                if *dropped == 1 { "It was" } else { "They were" },
            )),
            Loaded::Newer { .. } => Some(
                "Your watch progress was saved by a newer version of this guide. This page shows what it can read, and keeps a copy of the original on this device."
                    .into(),
            ),
            Loaded::Unreadable => Some(
                "Your saved watch progress could not be read, so the tracker starts empty. A copy of the old value is kept on this device."
                    .into(),
            ),
        }
    }
}

/// The layout of format 1.
#[derive(Serialize, Deserialize)]
struct StoredV1 {
    v: u32,
    watched: Vec<u32>,
    #[serde(default)]
    show_all_spoilers: bool,
}

/// Turns progress into the stored text (this version's layout).
pub fn encode(progress: &Progress) -> String {
    let stored = StoredV1 {
        v: STORED_FORMAT,
        watched: progress.watched().collect(),
        show_all_spoilers: progress.show_all_spoilers,
    };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads a stored value (`None`: nothing stored). Never fails; see [`Loaded`].
///
/// Layouts understood:
/// - format 1: `{"v":1,"watched":[1,2],"show_all_spoilers":false}`;
/// - format 0, a bare list `[1,2]`: the simplest shape a list of episodes can take, accepted
///   and migrated so a hand-written or early value is not thrown away;
/// - a newer format (`v` above 1): its `watched` list and switch are read when they still have
///   the format-1 meaning, which later formats promise to keep.
pub fn decode(raw: Option<&str>) -> (Progress, Loaded) {
    let Some(raw) = raw else {
        return (Progress::default(), Loaded::Nothing);
    };
    if raw.len() > MAX_STORED_LEN {
        return (Progress::default(), Loaded::Unreadable);
    }
    let Ok(value) = serde_json::from_str::<Value>(raw) else {
        return (Progress::default(), Loaded::Unreadable);
    };
    let (list, show_all, loaded) = match &value {
        Value::Array(items) => (items.as_slice(), false, Loaded::Migrated { from: 0 }),
        Value::Object(map) => {
            let version = map.get("v").and_then(Value::as_u64);
            let list = map.get("watched").and_then(Value::as_array);
            let show_all = map.get("show_all_spoilers").and_then(Value::as_bool);
            match (version, list) {
                (Some(1), Some(list)) => {
                    (list.as_slice(), show_all.unwrap_or(false), Loaded::Current)
                }
                (Some(v), list) if v > u64::from(STORED_FORMAT) => {
                    let version = u32::try_from(v).unwrap_or(u32::MAX);
                    let list = list.map(Vec::as_slice).unwrap_or_default();
                    (list, show_all.unwrap_or(false), Loaded::Newer { version })
                }
                _ => return (Progress::default(), Loaded::Unreadable),
            }
        }
        _ => return (Progress::default(), Loaded::Unreadable),
    };
    let mut progress = Progress {
        watched: BTreeSet::new(),
        show_all_spoilers: show_all,
    };
    let mut dropped = 0;
    for item in list {
        match item.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) if is_episode(n) => {
                progress.watched.insert(n);
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
    fn clear_keeps_the_spoiler_preference() {
        let mut p = Progress::default();
        p.mark_up_to(3);
        p.set_show_all_spoilers(true);
        p.clear();
        assert_eq!(p.count(), 0);
        assert!(p.show_all_spoilers());
    }

    #[test]
    fn spoilers_unlock_with_their_episode_or_the_switch() {
        let mut p = Progress::default();
        assert!(!p.spoiler_unlocked(13));
        p.mark_up_to(12);
        assert!(!p.spoiler_unlocked(13), "episode 12 does not reveal 13");
        p.set_watched(13, true);
        assert!(p.spoiler_unlocked(13));
        assert!(!p.spoiler_unlocked(16));
        p.set_show_all_spoilers(true);
        assert!(p.spoiler_unlocked(16));
    }

    #[test]
    fn round_trip() {
        let mut p = Progress::default();
        p.mark_up_to(7);
        p.set_show_all_spoilers(true);
        let text = encode(&p);
        assert_eq!(
            text,
            r#"{"v":1,"watched":[1,2,3,4,5,6,7],"show_all_spoilers":true}"#
        );
        assert_eq!(decode(Some(&text)), (p, Loaded::Current));
    }

    #[test]
    fn nothing_stored() {
        assert_eq!(decode(None), (Progress::default(), Loaded::Nothing));
        assert_eq!(Loaded::Nothing.notice(), None);
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
            r#"{"v":1,"watched":"1-4"}"#,
            r#"{"v":"1","watched":[1]}"#,
            r#"{"theme":"dark"}"#,
        ] {
            let (p, loaded) = decode(Some(raw));
            assert_eq!(p, Progress::default(), "{raw}");
            assert_eq!(loaded, Loaded::Unreadable, "{raw}");
            assert!(loaded.notice().is_some() && loaded.needs_backup());
        }
    }

    #[test]
    fn oversized_values_are_not_parsed() {
        let raw = format!("[{}1]", "1,".repeat(MAX_STORED_LEN));
        assert_eq!(decode(Some(&raw)).1, Loaded::Unreadable);
    }

    #[test]
    fn a_bare_list_is_migrated() {
        let (p, loaded) = decode(Some("[1, 2, 3]"));
        assert_eq!(watched(&p), [1, 2, 3]);
        assert_eq!(loaded, Loaded::Migrated { from: 0 });
        assert!(loaded.notice().is_some());
        assert!(!loaded.needs_backup(), "nothing is lost by migrating");
    }

    #[test]
    fn a_newer_format_is_read_as_far_as_it_can_be() {
        let (p, loaded) = decode(Some(
            r#"{"v":2,"watched":[4,2],"show_all_spoilers":true,"rewatch":{"1":2}}"#,
        ));
        assert_eq!(watched(&p), [2, 4]);
        assert!(p.show_all_spoilers());
        assert_eq!(loaded, Loaded::Newer { version: 2 });
        assert!(
            loaded.needs_backup(),
            "the extra fields would be lost on write"
        );
        let (p, loaded) = decode(Some(r#"{"v":99999999999}"#));
        assert_eq!(p.count(), 0);
        assert_eq!(loaded, Loaded::Newer { version: u32::MAX });
    }

    #[test]
    fn entries_that_are_not_episodes_are_dropped_and_counted() {
        let (p, loaded) = decode(Some(
            r#"{"v":1,"watched":[0,1,1,16,17,900,-1,2.5,"3",null,4294967297]}"#,
        ));
        assert_eq!(watched(&p), [1, 16]);
        assert_eq!(loaded, Loaded::Repaired { dropped: 8 });
        assert!(loaded.notice().is_some_and(|n| n.contains("8 entries")));
        let one = Loaded::Repaired { dropped: 1 }.notice().unwrap_or_default();
        assert!(one.contains("1 entry that was not"), "{one}");
    }
}
