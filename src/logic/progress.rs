//! The reader's watch progress and how it is stored on their device.
//!
//! **Runs.** The progress is a list of runs: the first watch, then each rewatch. A run keeps, per
//! episode, whether it was watched and on which day (a [`Mark`]: the day may be unknown). The last
//! run is the current one, which the simple calls (`toggle`, `is_watched`, `count`, `next_up`, …)
//! read and change. The rules:
//! - a rewatch starts once the current run is complete, or once the reader has *ended* it: ending
//!   closes a run that stopped part-way (the first watch too), so a reader who gave up at episode 8
//!   can start again from episode 1 without losing the first watch's dates. A rewatch is never
//!   started on top of a run still in progress, so "where am I" always has one answer;
//! - marking an episode of an ended run reopens it (the reader carries on after all);
//! - a rewatch can be deleted, never the first watch; deleting the current rewatch makes the run
//!   before it current again, as it was left (ended);
//! - ratings and notes belong to the episode, not the run: a rewatch wipes nothing;
//! - a date is never earlier than the episode's first broadcast, nor after the reader's today
//!   ([`Progress::set_watched_on`]; the broadcast days are passed in from the guide's data).
//!
//! The spoiler guard follows the furthest the reader ever got: a fact that spoils an episode is
//! shown once that episode is watched in any run, once any run was completed, or with the switch.
//!
//! The stored value is untrusted: another version of the guide, another site on the same origin,
//! a browser extension or the reader's own hand may have written it. [`decode`] therefore never
//! fails: it reads what it can and says what it did, so the app can tell the reader instead of
//! silently dropping their progress.

use crate::core::date::{civil_from_days, PartialDate};
use crate::core::json::{self, as_u64, quote, Json};
use crate::core::order::sort_by;

/// The show has sixteen episodes; stored numbers outside `1..=EPISODES` are not episodes.
pub const EPISODES: u32 = 16;
const N: usize = EPISODES as usize;
/// The localStorage key of the progress.
pub const STORAGE_KEY: &str = "okay-guide.progress";
/// Where a stored value this version could not fully read is kept before it is overwritten.
pub const BACKUP_KEY: &str = "okay-guide.progress.backup";
/// The layout written by this version. Bump it when the layout changes and teach [`decode`] the old one.
pub const STORED_FORMAT: u32 = 3;
/// The longest private note an episode can carry, in characters.
pub const NOTE_MAX_CHARS: usize = 500;
/// The most runs (the first watch and its rewatches) kept: a bound on what a stored value, a
/// link or a file can make the app allocate, far beyond anyone's rewatching.
pub const MAX_RUNS: usize = 32;
/// A stored value longer than this is not ours (ours stays under 80 KB even with every note full
/// of characters JSON escapes and every run dated); it is not parsed.
const MAX_STORED_LEN: usize = 96 * 1024;

/// A calendar day: days since 1970-01-01, the reader's local day (like `crate::dom::today()`).
pub type Day = i64;
/// The show's first broadcast (episode 1, 2020-06-20): no watch can be earlier, whatever the
/// broadcast days passed in say. A host test checks it against the guide's data.
pub const PREMIERE: Day = 18_433;
/// 9999-12-31, the last day a stored date can name.
pub const LAST_DAY: Day = 2_932_896;

/// One episode in one run: `None` not watched, `Some(None)` watched on a day not known,
/// `Some(Some(day))` watched on that day.
pub type Mark = Option<Option<Day>>;

/// One time through the show: a [`Mark`] per episode (episode `n` at index `n - 1`). Slots rather
/// than sets and maps keyed by number: the show has a fixed sixteen episodes, and slots cost the
/// app a fraction of the code of ordered collections.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Run([Mark; N]);

impl Run {
    /// A complete run whose days are not known (what older layouts' rewatch counts meant).
    pub fn complete_undated() -> Run {
        Run([Some(None); N])
    }

    pub fn mark(&self, episode: u32) -> Mark {
        slot(episode).and_then(|i| self.0[i])
    }

    pub fn is_watched(&self, episode: u32) -> bool {
        self.mark(episode).is_some()
    }

    /// Sets one episode's mark; refuses (`false`) a number that is not an episode or a day
    /// outside [`PREMIERE`]`..=`[`LAST_DAY`].
    pub fn set(&mut self, episode: u32, mark: Mark) -> bool {
        match (slot(episode), mark) {
            (Some(_), Some(Some(d))) if !(PREMIERE..=LAST_DAY).contains(&d) => false,
            (Some(i), _) => {
                self.0[i] = mark;
                true
            }
            (None, _) => false,
        }
    }

    pub fn count(&self) -> usize {
        self.0.iter().filter(|m| m.is_some()).count()
    }

    pub fn is_complete(&self) -> bool {
        self.count() == N
    }

    /// The watched episodes with their day, if known, in episode order.
    pub fn watched(&self) -> impl Iterator<Item = (u32, Option<Day>)> + '_ {
        (1..=EPISODES).filter_map(|e| Some((e, self.mark(e)?)))
    }

    /// The watched episodes whose day is known, with it.
    pub fn dates(&self) -> impl Iterator<Item = (u32, Day)> + '_ {
        self.watched().filter_map(|(e, d)| Some((e, d?)))
    }
}

/// What "mark everything up to here" dates the newly marked episodes with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateChoice {
    Today,
    /// Each episode's first broadcast.
    Broadcast,
    Unknown,
}

/// Why a date was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    NotAnEpisode,
    NoSuchRun,
    /// Before the episode's first broadcast.
    BeforeBroadcast,
    /// After the reader's today.
    InFuture,
}

/// Whether `day` can be the day `episode` was watched: not before its first broadcast (`air`,
/// episode `n` at index `n - 1`, and never before [`PREMIERE`]), not after `today`.
pub fn check_day(episode: u32, day: Day, today: Day, air: &[Day; N]) -> Result<(), DateError> {
    let i = slot(episode).ok_or(DateError::NotAnEpisode)?;
    if day < air[i].max(PREMIERE) {
        Err(DateError::BeforeBroadcast)
    } else if day > today.min(LAST_DAY) {
        Err(DateError::InFuture)
    } else {
        Ok(())
    }
}

/// One line of the reader's diary: an episode watched in a run, on a day or on a day not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub day: Option<Day>,
    /// 0 for the first watch, 1 for the first rewatch, …
    pub run: usize,
    pub episode: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The first watch, then each rewatch; never empty. The last is the current run.
    runs: Vec<Run>,
    /// The current run was ended by the reader (it may be incomplete).
    ended: bool,
    show_all_spoilers: bool,
    /// Content notes are shown open (`true`, the default) or closed until asked.
    notes_open: bool,
    /// The reader's own 1–5 rating per episode.
    ratings: [Option<u8>; N],
    /// The reader's private note per episode, at most [`NOTE_MAX_CHARS`] characters.
    notes: [Option<String>; N],
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            runs: vec![Run::default()],
            ended: false,
            show_all_spoilers: false,
            notes_open: true,
            ratings: [None; N],
            notes: Default::default(),
        }
    }
}

impl Progress {
    fn current(&self) -> &Run {
        static NONE: Run = Run([None; N]);
        self.runs.last().unwrap_or(&NONE)
    }

    fn current_mut(&mut self) -> &mut Run {
        if self.runs.is_empty() {
            self.runs.push(Run::default());
        }
        let last = self.runs.len() - 1;
        &mut self.runs[last]
    }

    /// Whether the episode is watched in the current run.
    pub fn is_watched(&self, episode: u32) -> bool {
        self.current().is_watched(episode)
    }

    /// The episode's mark in the current run.
    pub fn watched_on(&self, episode: u32) -> Mark {
        self.current().mark(episode)
    }

    /// Episodes watched in the current run.
    pub fn count(&self) -> usize {
        self.current().count()
    }

    pub fn watched(&self) -> impl Iterator<Item = u32> + '_ {
        self.current().watched().map(|(e, _)| e)
    }

    /// Marks (with no day) or unmarks one episode of the current run; an episode already watched
    /// keeps its day. Numbers that are not episodes are ignored.
    pub fn set_watched(&mut self, episode: u32, watched: bool) {
        let mark = match (watched, self.watched_on(episode)) {
            (true, Some(day)) => Some(day),
            (true, None) => Some(None),
            (false, _) => None,
        };
        self.put(episode, mark);
    }

    /// Sets a mark in the current run; a watched mark reopens an ended run.
    fn put(&mut self, episode: u32, mark: Mark) -> bool {
        let done = self.current_mut().set(episode, mark);
        if done && mark.is_some() {
            self.ended = false;
        }
        done
    }

    pub fn toggle(&mut self, episode: u32) {
        let now = self.is_watched(episode);
        self.set_watched(episode, !now);
    }

    /// "I have seen everything up to here": marks episodes 1 to `episode` (days not known),
    /// leaves later ones and those already watched alone.
    pub fn mark_up_to(&mut self, episode: u32) {
        for n in 1..=episode.min(EPISODES) {
            self.set_watched(n, true);
        }
    }

    /// [`Progress::mark_up_to`] with a day for the episodes it marks: `today`, each one's
    /// broadcast, or not known. Episodes already watched keep their day, known or not. A day the
    /// rules refuse (a device clock set before the broadcast) is left unknown rather than wrong.
    pub fn mark_up_to_with(
        &mut self,
        episode: u32,
        choice: DateChoice,
        today: Day,
        air: &[Day; N],
    ) {
        for n in 1..=episode.min(EPISODES) {
            if self.is_watched(n) {
                continue;
            }
            let day = match choice {
                DateChoice::Today => Some(today),
                DateChoice::Broadcast => air.get(n as usize - 1).copied(),
                DateChoice::Unknown => None,
            };
            let day = day.filter(|d| check_day(n, *d, today, air).is_ok());
            self.put(n, Some(day));
        }
    }

    /// Marks the episode watched in the current run on `day` (`None`: not known), refusing a day
    /// before its broadcast or after `today`.
    pub fn set_watched_on(
        &mut self,
        episode: u32,
        day: Option<Day>,
        today: Day,
        air: &[Day; N],
    ) -> Result<(), DateError> {
        let current = self.runs.len().saturating_sub(1);
        self.set_watched_in(current, episode, Some(day), today, air)
    }

    /// Sets an episode's mark in any run (0 is the first watch), with the same rules for days.
    pub fn set_watched_in(
        &mut self,
        run: usize,
        episode: u32,
        mark: Mark,
        today: Day,
        air: &[Day; N],
    ) -> Result<(), DateError> {
        slot(episode).ok_or(DateError::NotAnEpisode)?;
        if let Some(Some(day)) = mark {
            check_day(episode, day, today, air)?;
        }
        if run + 1 == self.runs.len() {
            self.put(episode, mark);
        } else {
            self.runs
                .get_mut(run)
                .ok_or(DateError::NoSuchRun)?
                .set(episode, mark);
        }
        Ok(())
    }

    /// Forgets the current run's watched episodes; earlier runs, the settings, ratings and notes
    /// stay.
    pub fn clear(&mut self) {
        *self.current_mut() = Run::default();
        self.ended = false;
    }

    /// The first episode not yet watched in the current run, which is where the reader carries on.
    pub fn next_up(&self) -> Option<u32> {
        (1..=EPISODES).find(|n| !self.is_watched(*n))
    }

    pub fn show_all_spoilers(&self) -> bool {
        self.show_all_spoilers
    }

    pub fn set_show_all_spoilers(&mut self, on: bool) {
        self.show_all_spoilers = on;
    }

    pub fn notes_open(&self) -> bool {
        self.notes_open
    }

    pub fn set_notes_open(&mut self, open: bool) {
        self.notes_open = open;
    }

    /// A fact that spoils episode `from_episode` may be shown once the reader has watched that
    /// episode in any run, has completed any run, or has asked to see every spoiler.
    pub fn spoiler_unlocked(&self, from_episode: u32) -> bool {
        self.show_all_spoilers || self.has_seen(from_episode)
    }

    /// Whether the reader has seen the episode: watched in any run, or a run was completed (what
    /// the spoiler guard follows, without the switch; for a recap of what they have seen).
    pub fn has_seen(&self, episode: u32) -> bool {
        self.runs
            .iter()
            .any(|r| r.is_complete() || r.is_watched(episode))
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

    /// The first watch and every rewatch; the last is the current run.
    pub fn runs(&self) -> &[Run] {
        &self.runs
    }

    /// Replaces every run (decoders and merges): at most [`MAX_RUNS`] are kept, and none means one
    /// empty first watch.
    pub fn set_runs(&mut self, mut runs: Vec<Run>, ended: bool) {
        runs.truncate(MAX_RUNS);
        if runs.is_empty() {
            runs.push(Run::default());
        }
        self.runs = runs;
        self.ended = ended && !self.current().is_complete();
    }

    /// Whether the current run was ended before it was complete (a complete run is never
    /// "ended": it is finished).
    pub fn run_ended(&self) -> bool {
        self.ended
    }

    /// How many times the reader has seen the whole show: the complete runs.
    pub fn times_finished(&self) -> u32 {
        self.runs.iter().filter(|r| r.is_complete()).count() as u32
    }

    /// How many rewatches were started (the runs after the first watch).
    pub fn rewatches(&self) -> u32 {
        self.runs.len().saturating_sub(1) as u32
    }

    /// The complete runs before the current one (format 2's `rewatches`).
    pub fn finished_before(&self) -> u32 {
        let before = self.runs.len().saturating_sub(1);
        self.runs[..before]
            .iter()
            .filter(|r| r.is_complete())
            .count() as u32
    }

    pub fn can_start_rewatch(&self) -> bool {
        self.runs.len() < MAX_RUNS && (self.ended || self.current().is_complete())
    }

    /// Starts watching again from episode 1, once the current run is complete or ended: the run
    /// is kept with its days, and spoilers stay unlocked as far as the reader ever got.
    pub fn start_rewatch(&mut self) -> bool {
        let can = self.can_start_rewatch();
        if can {
            self.runs.push(Run::default());
            self.ended = false;
        }
        can
    }

    /// Whether the current run can be ended: begun, not complete, not ended yet.
    pub fn can_end_run(&self) -> bool {
        let run = self.current();
        !self.ended && run.count() > 0 && !run.is_complete()
    }

    /// Closes the current run where it stopped (even incomplete), so a rewatch can start.
    pub fn end_run(&mut self) -> bool {
        let can = self.can_end_run();
        self.ended |= can;
        can
    }

    /// Deletes a rewatch (`run` ≥ 1; the first watch is never deleted). Deleting the current one
    /// makes the run before it current, ended as it was left.
    pub fn delete_run(&mut self, run: usize) -> bool {
        if run == 0 || run >= self.runs.len() {
            return false;
        }
        self.runs.remove(run);
        if run == self.runs.len() {
            self.ended = !self.current().is_complete();
        }
        true
    }

    /// Every watch, newest first: known days newest first, then the watches whose day is not
    /// known (latest run first); within a day, the latest run and episode first.
    pub fn diary(&self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = Vec::new();
        for (run, r) in self.runs.iter().enumerate() {
            for (episode, day) in r.watched() {
                entries.push(Entry { day, run, episode });
            }
        }
        sort_by(&mut entries, |a, b| {
            (b.day, b.run, b.episode).cmp(&(a.day, a.run, a.episode))
        });
        entries
    }

    pub fn is_empty(&self) -> bool {
        *self == Progress::default()
    }

    /// What merging `other` into this progress gives, and where the two disagree.
    ///
    /// Runs are matched by position: the first watch with the first watch, the n-th rewatch with
    /// the n-th rewatch, because each device counts its runs from the same first watch; the longer
    /// list's extra runs are appended. In each run an episode watched on either side is watched,
    /// with the day either knows. Ratings and notes only one side has are taken. Where both know a
    /// different value (a rating, a note, the day of the same episode in the same run), `merged`
    /// keeps this device's and the disagreement is in `conflicts` for the reader to decide. The
    /// spoiler switch is on if either had it on; notes are closed if either closed them (the
    /// setting's default never overrides a choice). The current run is ended if the side(s)
    /// whose last run it is ended it.
    pub fn plan_merge(&self, other: &Progress) -> MergePlan {
        let mut merged = self.clone();
        let mut conflicts = Vec::new();
        for (run, theirs) in other.runs.iter().enumerate() {
            let Some(mine) = merged.runs.get_mut(run) else {
                merged.runs.push(theirs.clone());
                continue;
            };
            for (i, (m, t)) in mine.0.iter_mut().zip(&theirs.0).enumerate() {
                match (*m, *t) {
                    (Some(Some(a)), Some(Some(b))) if a != b => conflicts.push(Conflict::Date {
                        run,
                        episode: i as u32 + 1,
                        mine: a,
                        theirs: b,
                    }),
                    (None | Some(None), Some(t)) => *m = Some(t),
                    _ => {}
                }
            }
        }
        merged.runs.truncate(MAX_RUNS);
        merged.ended = match self.runs.len().cmp(&other.runs.len()) {
            std::cmp::Ordering::Less => other.ended,
            std::cmp::Ordering::Equal => self.ended || other.ended,
            std::cmp::Ordering::Greater => self.ended,
        };
        merged.ended &= !merged.current().is_complete();
        merged.show_all_spoilers |= other.show_all_spoilers;
        merged.notes_open &= other.notes_open;
        for (i, (mine, theirs)) in merged.ratings.iter_mut().zip(&other.ratings).enumerate() {
            match (*mine, *theirs) {
                (Some(a), Some(b)) if a != b => conflicts.push(Conflict::Rating {
                    episode: i as u32 + 1,
                    mine: a,
                    theirs: b,
                }),
                (None, b) => *mine = b,
                _ => {}
            }
        }
        for (i, (mine, theirs)) in merged.notes.iter_mut().zip(&other.notes).enumerate() {
            match (mine.as_ref(), theirs) {
                (Some(a), Some(b)) if a != b => conflicts.push(Conflict::Note {
                    episode: i as u32 + 1,
                    mine: a.clone(),
                    theirs: b.clone(),
                }),
                (None, b) => mine.clone_from(b),
                _ => {}
            }
        }
        MergePlan { merged, conflicts }
    }

    /// Merges `other` in (see [`Progress::plan_merge`]), taking the other side's value for every
    /// conflict the reader chose [`Side::Theirs`] for; any conflict not listed keeps this
    /// device's. The plan is made again here, so a change since the reader saw it is not lost.
    pub fn apply_merge(&mut self, other: &Progress, choices: &[(Conflict, Side)]) {
        let MergePlan {
            mut merged,
            conflicts,
        } = self.plan_merge(other);
        for c in conflicts {
            if choices.iter().any(|(x, s)| *x == c && *s == Side::Theirs) {
                match c {
                    Conflict::Rating {
                        episode, theirs, ..
                    } => {
                        merged.set_rating(episode, Some(theirs));
                    }
                    Conflict::Note {
                        episode, theirs, ..
                    } => merged.set_note(episode, &theirs),
                    Conflict::Date {
                        run,
                        episode,
                        theirs,
                        ..
                    } => {
                        if let Some(r) = merged.runs.get_mut(run) {
                            r.set(episode, Some(Some(theirs)));
                        }
                    }
                }
            }
        }
        *self = merged;
    }

    /// Everything both hold, this device's value wherever both have a different one.
    pub fn merge(&mut self, other: &Progress) {
        self.apply_merge(other, &[]);
    }
}

/// Something both sides of a merge know, differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conflict {
    Rating {
        episode: u32,
        mine: u8,
        theirs: u8,
    },
    Note {
        episode: u32,
        mine: String,
        theirs: String,
    },
    /// The day the same episode was watched in the same run (0 is the first watch).
    Date {
        run: usize,
        episode: u32,
        mine: Day,
        theirs: Day,
    },
}

/// Which side of a conflict the reader keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

/// The result of [`Progress::plan_merge`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergePlan {
    /// The merge with this device's value at every conflict.
    pub merged: Progress,
    pub conflicts: Vec<Conflict>,
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

/// `YYYY-MM-DD`.
pub fn iso(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Marks the listed episodes watched (no day) in the current run, counting what is not one.
fn read_list<J: Json>(p: &mut Progress, list: Vec<J>, dropped: &mut usize) {
    for item in &list {
        match as_u64(item).and_then(|n| u32::try_from(n).ok()) {
            Some(n) if is_episode(n) => p.set_watched(n, true),
            _ => *dropped += 1,
        }
    }
}

/// A full `YYYY-MM-DD` date a progress can hold ([`PREMIERE`] to [`LAST_DAY`]).
pub fn parse_day(text: &str) -> Option<Day> {
    let date = PartialDate::parse(text).ok().filter(PartialDate::is_full)?;
    Some(date.first_day()).filter(|d| (PREMIERE..=LAST_DAY).contains(d))
}

/// What [`decode`] found in storage, so the app can say so when it matters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Nothing,
    /// A value in this version's layout, read in full.
    Current,
    /// A value in an older layout, carried over in full.
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

/// Turns progress into the stored text (format 3, keys in alphabetical order):
///
/// `{"ended":false,"notes":{"5":"…"},"notes_open":true,"ratings":{"3":4},"rewatches":1,
/// "runs":[{"1":null,…,"16":null},{"1":"2026-11-30","2":null}],"show_all_spoilers":false,"v":3,
/// "watched":[1,2]}`
///
/// `runs` holds each run's watched episodes with their day (`null`: not known); `ended` says the
/// current (last) run was ended. `watched` and `rewatches` keep format 2's meaning (the current
/// run's episodes; the complete runs before it), which format 2 promised later formats would
/// keep, so an older version of the guide still open in another tab reads what it can.
pub fn encode(progress: &Progress) -> String {
    let map = |items: Vec<String>| format!("{{{}}}", items.join(","));
    let notes = progress
        .notes()
        .map(|(e, n)| format!("\"{e}\":{}", quote(n)))
        .collect();
    let ratings = progress
        .ratings()
        .map(|(e, s)| format!("\"{e}\":{s}"))
        .collect();
    let runs: Vec<String> = progress
        .runs
        .iter()
        .map(|r| {
            map(r
                .watched()
                .map(|(e, d)| format!("\"{e}\":{}", d.map_or("null".into(), |d| quote(&iso(d)))))
                .collect())
        })
        .collect();
    let watched: Vec<String> = progress.watched().map(|e| e.to_string()).collect();
    format!(
        "{{\"ended\":{},\"notes\":{},\"notes_open\":{},\"ratings\":{},\"rewatches\":{},\"runs\":[{}],\"show_all_spoilers\":{},\"v\":{STORED_FORMAT},\"watched\":[{}]}}",
        progress.ended,
        map(notes),
        progress.notes_open,
        map(ratings),
        progress.finished_before(),
        runs.join(","),
        progress.show_all_spoilers,
        watched.join(",")
    )
}

/// Reads a stored value (`None`: nothing stored). Never fails; see [`Loaded`].
///
/// Layouts understood:
/// - format 3: the layout [`encode`] writes;
/// - format 2: `{"notes":{"1":"…"},"ratings":{"1":4},"rewatches":2,"show_all_spoilers":false,"v":2,"watched":[1,2]}`:
///   the rewatch count becomes that many complete runs with days not known, before a current
///   run holding `watched`;
/// - format 1: `{"v":1,"watched":[1,2],"show_all_spoilers":false}`;
/// - format 0, a bare list `[1,2]`: the simplest shape a list of episodes can take, accepted
///   and migrated so a hand-written or early value is not thrown away;
/// - a newer format (`v` above 3): whatever still has the format-3 meaning, which later formats
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
    match read_stored(&value) {
        Some(read) => read,
        None => (Progress::default(), Loaded::Unreadable),
    }
}

fn read_stored<J: Json>(value: &J) -> Option<(Progress, Loaded)> {
    let mut p = Progress::default();
    let mut dropped = 0;
    let episode_key = |k: &String| k.parse::<u32>().ok().filter(|n| is_episode(*n));
    let version = if let Some(items) = value.items() {
        read_list(&mut p, items, &mut dropped);
        0
    } else {
        let v = value.field("v").as_ref().and_then(as_u64)?;
        let version = u32::try_from(v).unwrap_or(u32::MAX);
        let newer = version > STORED_FORMAT;
        let runs = value.field("runs").and_then(|r| r.items());
        match (runs, value.field("watched").and_then(|w| w.items())) {
            (Some(items), _) if version >= 3 => {
                let mut runs = Vec::new();
                for item in items {
                    let Some(entries) = item.entries() else {
                        dropped += 1;
                        continue;
                    };
                    let mut run = Run::default();
                    for (k, v) in entries {
                        let mark = if v.is_null() {
                            Some(None)
                        } else {
                            v.string().as_deref().and_then(parse_day).map(Some)
                        };
                        match (episode_key(&k), mark) {
                            (Some(e), Some(day)) => {
                                run.set(e, Some(day));
                            }
                            _ => dropped += 1,
                        }
                    }
                    runs.push(run);
                }
                dropped += runs.len().saturating_sub(MAX_RUNS);
                let ended = value.field("ended").and_then(|b| b.boolean());
                p.set_runs(runs, ended.unwrap_or(false));
            }
            (_, Some(list)) if (1..=3).contains(&version) || newer => {
                let rewatches = value.field("rewatches").as_ref().and_then(as_u64);
                let k = rewatches.unwrap_or(0).min(MAX_RUNS as u64 - 1) as usize;
                dropped += usize::from(rewatches.unwrap_or(0) > k as u64);
                p.set_runs(vec![Run::complete_undated(); k + 1], false);
                p.clear();
                read_list(&mut p, list, &mut dropped);
            }
            _ if newer => {}
            _ => return None,
        }
        let flag = |key: &str| value.field(key).and_then(|b| b.boolean());
        p.show_all_spoilers = flag("show_all_spoilers").unwrap_or(false);
        p.notes_open = flag("notes_open").unwrap_or(true);
        for (k, v) in value
            .field("ratings")
            .and_then(|r| r.entries())
            .unwrap_or_default()
        {
            match (episode_key(&k), as_u64(&v)) {
                (Some(e), Some(s @ 1..=5)) => p.set_rating(e, Some(s as u8)),
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
                    p.set_note(e, &text);
                }
                _ => dropped += 1,
            }
        }
        version
    };
    let loaded = match version {
        v if v > STORED_FORMAT => Loaded::Newer { version: v },
        _ if dropped > 0 => Loaded::Repaired { dropped },
        STORED_FORMAT => Loaded::Current,
        from => Loaded::Migrated { from },
    };
    Some((p, loaded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::days_from_civil;

    fn watched(p: &Progress) -> Vec<u32> {
        p.watched().collect()
    }

    fn day(y: i32, m: u8, d: u8) -> Day {
        days_from_civil(y, m, d)
    }

    /// The broadcast days (2020): Saturdays and Sundays from 20 June to 9 August.
    fn air() -> [Day; N] {
        let days = [
            (6, 20),
            (6, 21),
            (6, 27),
            (6, 28),
            (7, 4),
            (7, 5),
            (7, 11),
            (7, 12),
            (7, 18),
            (7, 19),
            (7, 25),
            (7, 26),
            (8, 1),
            (8, 2),
            (8, 8),
            (8, 9),
        ];
        days.map(|(m, d)| day(2020, m, d))
    }

    fn today() -> Day {
        day(2026, 12, 1)
    }

    #[test]
    fn constants_are_the_days_they_name() {
        assert_eq!(PREMIERE, day(2020, 6, 20));
        assert_eq!(LAST_DAY, day(9999, 12, 31));
        assert_eq!(iso(PREMIERE), "2020-06-20");
        assert_eq!(parse_day("2020-06-20"), Some(PREMIERE));
        assert_eq!(parse_day("2020-06-19"), None, "before the show");
        assert_eq!(parse_day("2021-02-29"), None);
        assert_eq!(parse_day("2021-02"), None, "a full date only");
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
        assert_eq!(p.watched_on(5), Some(None), "watched, day not known");
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
    fn clear_keeps_preferences_ratings_notes_and_earlier_runs() {
        let mut p = Progress::default();
        p.mark_up_to(16);
        assert!(p.start_rewatch());
        p.mark_up_to(3);
        p.set_show_all_spoilers(true);
        p.set_notes_open(false);
        p.set_rating(2, Some(5));
        p.set_note(2, "the red shoes!");
        p.clear();
        assert_eq!(p.count(), 0);
        assert!(p.show_all_spoilers());
        assert!(!p.notes_open());
        assert_eq!(p.rating(2), Some(5));
        assert_eq!(p.note(2), Some("the red shoes!"));
        assert_eq!(p.runs().len(), 2);
        assert!(p.runs()[0].is_complete());
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
    fn spoilers_follow_the_furthest_any_run_got() {
        let mut p = Progress::default();
        p.mark_up_to(10);
        assert!(p.end_run());
        assert!(p.start_rewatch());
        p.mark_up_to(2);
        assert!(p.spoiler_unlocked(10), "watched in the first run");
        assert!(p.has_seen(10) && !p.is_watched(10));
        assert!(
            !p.spoiler_unlocked(11),
            "no run got that far or was completed"
        );
        assert!(p.delete_run(1));
        assert!(p.spoiler_unlocked(10));
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
        assert!(
            !p.start_rewatch(),
            "only after the last episode, or an ended run"
        );
        p.set_watched(16, true);
        assert_eq!(p.times_finished(), 1);
        p.set_rating(16, Some(5));
        assert!(p.start_rewatch());
        assert_eq!((p.count(), p.rewatches(), p.times_finished()), (0, 1, 1));
        assert_eq!(p.rating(16), Some(5), "ratings outlive a rewatch");
        p.mark_up_to(16);
        assert_eq!(p.times_finished(), 2);
        assert_eq!(p.finished_before(), 1);
    }

    #[test]
    fn dates_respect_the_broadcast_and_today() {
        let (air, today) = (air(), today());
        let mut p = Progress::default();
        assert_eq!(
            p.set_watched_on(8, Some(day(2020, 7, 11)), today, &air),
            Err(DateError::BeforeBroadcast),
            "episode 8 aired on 12 July"
        );
        assert_eq!(
            p.set_watched_on(8, Some(today + 1), today, &air),
            Err(DateError::InFuture)
        );
        assert_eq!(
            p.set_watched_on(17, None, today, &air),
            Err(DateError::NotAnEpisode)
        );
        assert_eq!(p.count(), 0, "nothing refused was kept");
        assert_eq!(
            p.set_watched_on(8, Some(day(2020, 7, 12)), today, &air),
            Ok(())
        );
        assert_eq!(p.set_watched_on(9, Some(today), today, &air), Ok(()));
        assert_eq!(p.set_watched_on(10, None, today, &air), Ok(()));
        assert_eq!(p.watched_on(8), Some(Some(day(2020, 7, 12))));
        assert_eq!(p.watched_on(10), Some(None));
        // A broadcast day passed in wrong (before the premiere) does not let a day through.
        let mut early = air;
        early[0] = 0;
        assert_eq!(
            check_day(1, day(2019, 1, 1), today, &early),
            Err(DateError::BeforeBroadcast)
        );
        // Marking again without a day keeps the day.
        p.set_watched(8, true);
        assert_eq!(p.watched_on(8), Some(Some(day(2020, 7, 12))));
    }

    #[test]
    fn mark_up_to_with_a_choice_of_day() {
        let (air, today) = (air(), today());
        let mut p = Progress::default();
        p.set_watched_on(2, Some(day(2021, 1, 1)), today, &air)
            .unwrap_or_default();
        p.set_watched(3, true);
        p.mark_up_to_with(4, DateChoice::Broadcast, today, &air);
        assert_eq!(p.watched_on(1), Some(Some(air[0])));
        assert_eq!(p.watched_on(2), Some(Some(day(2021, 1, 1))), "kept");
        assert_eq!(p.watched_on(3), Some(None), "kept, though not known");
        assert_eq!(p.watched_on(4), Some(Some(air[3])));
        p.mark_up_to_with(6, DateChoice::Today, today, &air);
        assert_eq!(p.watched_on(5), Some(Some(today)));
        p.mark_up_to_with(8, DateChoice::Unknown, today, &air);
        assert_eq!(p.watched_on(7), Some(None));
        // A clock before the broadcast: the day is left unknown, not wrong.
        let mut q = Progress::default();
        q.mark_up_to_with(2, DateChoice::Today, day(2020, 6, 20), &air);
        assert_eq!(q.watched_on(1), Some(Some(day(2020, 6, 20))));
        assert_eq!(q.watched_on(2), Some(None));
    }

    #[test]
    fn a_rewatch_keeps_the_first_watch_dates() {
        let (air, today) = (air(), today());
        let mut p = Progress::default();
        p.mark_up_to_with(16, DateChoice::Broadcast, today, &air);
        p.set_rating(1, Some(4));
        p.set_note(1, "first time");
        let first = p.runs()[0].clone();
        assert!(p.start_rewatch());
        assert_eq!(p.runs()[0], first);
        assert_eq!(p.watched_on(1), None, "the new run starts empty");
        p.set_watched_on(1, Some(today), today, &air)
            .unwrap_or_default();
        assert_eq!(p.runs()[0], first, "still untouched");
        assert_eq!((p.rating(1), p.note(1)), (Some(4), Some("first time")));
        // Fixing a day in an earlier run.
        assert_eq!(
            p.set_watched_in(0, 2, Some(Some(day(2021, 3, 1))), today, &air),
            Ok(())
        );
        assert_eq!(p.runs()[0].mark(2), Some(Some(day(2021, 3, 1))));
        assert_eq!(
            p.set_watched_in(5, 2, Some(None), today, &air),
            Err(DateError::NoSuchRun)
        );
        assert_eq!(
            p.set_watched_in(0, 2, Some(Some(day(2020, 1, 1))), today, &air),
            Err(DateError::BeforeBroadcast)
        );
    }

    #[test]
    fn ending_and_deleting_runs() {
        let mut p = Progress::default();
        assert!(!p.can_end_run(), "nothing watched yet");
        assert!(!p.end_run());
        p.mark_up_to(8);
        assert!(!p.can_start_rewatch());
        assert!(
            p.end_run(),
            "the first watch can be closed where it stopped"
        );
        assert!(p.run_ended());
        assert!(!p.end_run(), "already ended");
        assert!(p.start_rewatch());
        assert_eq!(p.runs().len(), 2);
        assert!(!p.run_ended());
        p.mark_up_to(3);
        assert!(p.end_run());
        p.set_watched(4, true);
        assert!(!p.run_ended(), "marking an episode carries on");
        assert!(!p.delete_run(0), "never the first watch");
        assert!(!p.delete_run(2));
        assert!(p.delete_run(1));
        assert_eq!(p.runs().len(), 1);
        assert_eq!(p.count(), 8, "the first watch is current again");
        assert!(p.run_ended(), "as it was left");
        assert!(p.can_start_rewatch());
        // Deleting a middle run keeps the current one.
        let mut q = Progress::default();
        for _ in 0..3 {
            q.mark_up_to(16);
            assert!(q.start_rewatch());
        }
        q.mark_up_to(2);
        assert!(q.delete_run(1));
        assert_eq!((q.runs().len(), q.count(), q.run_ended()), (3, 2, false));
    }

    #[test]
    fn runs_are_bounded() {
        let mut p = Progress::default();
        for _ in 1..MAX_RUNS {
            p.mark_up_to(16);
            assert!(p.start_rewatch());
        }
        p.mark_up_to(16);
        assert!(!p.start_rewatch());
        assert_eq!(p.runs().len(), MAX_RUNS);
    }

    #[test]
    fn the_diary_is_newest_first() {
        let (air, today) = (air(), today());
        let mut p = Progress::default();
        p.mark_up_to_with(2, DateChoice::Broadcast, today, &air);
        p.set_watched(3, true);
        p.set_watched_on(16, Some(day(2024, 5, 5)), today, &air)
            .unwrap_or_default();
        p.end_run();
        p.start_rewatch();
        p.set_watched_on(1, Some(day(2024, 5, 5)), today, &air)
            .unwrap_or_default();
        p.set_watched(2, true);
        let e = |day, run, episode| Entry { day, run, episode };
        assert_eq!(
            p.diary(),
            [
                e(Some(day(2024, 5, 5)), 1, 1),
                e(Some(day(2024, 5, 5)), 0, 16),
                e(Some(air[1]), 0, 2),
                e(Some(air[0]), 0, 1),
                e(None, 1, 2),
                e(None, 0, 3),
            ]
        );
    }

    fn dated(entries: &[(usize, u32, Day)]) -> Progress {
        let mut p = Progress::default();
        let runs = entries.iter().map(|(r, _, _)| r + 1).max().unwrap_or(1);
        let mut list = vec![Run::default(); runs];
        for (r, e, d) in entries {
            list[*r].set(*e, Some(Some(*d)));
        }
        p.set_runs(list, false);
        p
    }

    #[test]
    fn merging_adds_what_this_device_lacks_and_reports_disagreements() {
        let mut here = dated(&[(0, 1, day(2021, 1, 1)), (0, 2, day(2021, 1, 2))]);
        here.set_watched(3, true);
        here.set_rating(2, Some(4));
        here.set_rating(3, Some(2));
        here.set_note(2, "mine");
        let mut there = dated(&[
            (0, 1, day(2021, 1, 1)),
            (0, 2, day(2022, 2, 2)),
            (0, 3, day(2021, 1, 3)),
            (1, 5, day(2023, 3, 3)),
        ]);
        there.set_rating(2, Some(1));
        there.set_rating(3, Some(2));
        there.set_rating(7, Some(5));
        there.set_note(2, "theirs");
        there.set_note(7, "ep 7");
        there.set_show_all_spoilers(true);
        there.set_notes_open(false);
        let plan = here.plan_merge(&there);
        assert_eq!(
            plan.conflicts,
            [
                Conflict::Date {
                    run: 0,
                    episode: 2,
                    mine: day(2021, 1, 2),
                    theirs: day(2022, 2, 2)
                },
                Conflict::Rating {
                    episode: 2,
                    mine: 4,
                    theirs: 1
                },
                Conflict::Note {
                    episode: 2,
                    mine: "mine".into(),
                    theirs: "theirs".into()
                },
            ]
        );
        let m = &plan.merged;
        assert_eq!(m.runs().len(), 2, "their rewatch is appended");
        assert_eq!(
            m.runs()[0].mark(3),
            Some(Some(day(2021, 1, 3))),
            "a day fills an unknown"
        );
        assert_eq!(
            m.runs()[0].mark(2),
            Some(Some(day(2021, 1, 2))),
            "mine until chosen"
        );
        assert_eq!(
            (m.rating(2), m.rating(7), m.note(7)),
            (Some(4), Some(5), Some("ep 7"))
        );
        assert!(m.show_all_spoilers() && !m.notes_open());
        // The reader takes their day and their note, keeps their own rating.
        let mut chosen = here.clone();
        chosen.apply_merge(
            &there,
            &[
                (plan.conflicts[0].clone(), Side::Theirs),
                (plan.conflicts[1].clone(), Side::Mine),
                (plan.conflicts[2].clone(), Side::Theirs),
            ],
        );
        assert_eq!(chosen.runs()[0].mark(2), Some(Some(day(2022, 2, 2))));
        assert_eq!(
            (chosen.rating(2), chosen.note(2)),
            (Some(4), Some("theirs"))
        );
        // The simple merge keeps this device's at every conflict.
        here.merge(&there);
        assert_eq!(here, plan.merged);
    }

    #[test]
    fn merging_ended_runs() {
        let mut a = Progress::default();
        a.mark_up_to(5);
        a.end_run();
        let mut b = Progress::default();
        b.mark_up_to(3);
        assert!(a.plan_merge(&b).merged.run_ended());
        assert!(b.plan_merge(&a).merged.run_ended());
        let mut c = b.clone();
        c.end_run();
        c.start_rewatch();
        c.set_watched(1, true);
        let m = a.plan_merge(&c).merged;
        assert!(!m.run_ended(), "their rewatch is current and open");
        assert_eq!((m.runs().len(), m.runs()[0].count()), (2, 5));
    }

    #[test]
    fn round_trip() {
        let (air, today) = (air(), today());
        let mut p = Progress::default();
        p.mark_up_to(16);
        p.start_rewatch();
        p.mark_up_to_with(2, DateChoice::Broadcast, today, &air);
        p.set_watched(7, true);
        p.set_show_all_spoilers(true);
        p.set_notes_open(false);
        p.set_rating(3, Some(4));
        p.set_note(5, "Rapunzel \"castle\" 🏰");
        let text = encode(&p);
        assert_eq!(
            text,
            r#"{"ended":false,"notes":{"5":"Rapunzel \"castle\" 🏰"},"notes_open":false,"ratings":{"3":4},"rewatches":1,"runs":[{"1":null,"2":null,"3":null,"4":null,"5":null,"6":null,"7":null,"8":null,"9":null,"10":null,"11":null,"12":null,"13":null,"14":null,"15":null,"16":null},{"1":"2020-06-20","2":"2020-06-21","7":null}],"show_all_spoilers":true,"v":3,"watched":[1,2,7]}"#
        );
        assert_eq!(decode(Some(&text)), (p, Loaded::Current));
        let empty = encode(&Progress::default());
        assert_eq!(decode(Some(&empty)), (Progress::default(), Loaded::Current));
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
            r#"{"v":3,"runs":{}}"#,
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
        assert!(p.show_all_spoilers() && p.notes_open());
        assert_eq!(loaded, Loaded::Migrated { from: 1 });
        let (p, loaded) = decode(Some(
            r#"{"notes":{"1":"x"},"ratings":{"1":4},"rewatches":2,"show_all_spoilers":false,"v":2,"watched":[1,2]}"#,
        ));
        assert_eq!(loaded, Loaded::Migrated { from: 2 });
        assert_eq!(p.runs().len(), 3);
        assert_eq!(p.runs()[0], Run::complete_undated());
        assert_eq!(p.runs()[1], Run::complete_undated());
        assert_eq!(watched(&p), [1, 2]);
        assert_eq!((p.times_finished(), p.finished_before()), (2, 2));
        assert_eq!((p.rating(1), p.note(1)), (Some(4), Some("x")));
        // Written back, format 2's fields still mean what they meant.
        assert!(encode(&p).contains(r#""rewatches":2,"#));
        assert!(encode(&p).ends_with(r#""watched":[1,2]}"#));
    }

    #[test]
    fn an_absurd_rewatch_count_is_bounded_and_reported() {
        let (p, loaded) = decode(Some(r#"{"v":2,"watched":[1],"rewatches":4294967295}"#));
        assert_eq!(p.runs().len(), MAX_RUNS);
        assert_eq!(watched(&p), [1]);
        assert_eq!(loaded, Loaded::Repaired { dropped: 1 });
    }

    #[test]
    fn a_newer_format_is_read_as_far_as_it_can_be() {
        let (p, loaded) = decode(Some(
            r#"{"v":4,"runs":[{"4":"2021-01-01","2":null}],"show_all_spoilers":true,"ratings":{"4":2},"moods":{"1":"sad"}}"#,
        ));
        assert_eq!(watched(&p), [2, 4]);
        assert_eq!(p.watched_on(4), Some(Some(days_from_civil(2021, 1, 1))));
        assert!(p.show_all_spoilers());
        assert_eq!(p.rating(4), Some(2));
        assert_eq!(loaded, Loaded::Newer { version: 4 });
        assert!(
            loaded.needs_backup(),
            "the extra fields would be lost on write"
        );
        let (p, loaded) = decode(Some(r#"{"v":5,"watched":[3]}"#));
        assert_eq!(
            watched(&p),
            [3],
            "format 2's fields, when there are no runs"
        );
        assert_eq!(loaded, Loaded::Newer { version: 5 });
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
        let (p, loaded) = decode(Some(
            r#"{"v":3,"runs":[{"1":"2021-01-01","2":"2019-01-01","3":"2021-02-30","4":7,"17":null,"5":"2021-01"},[1],{"1":null}],"ended":true}"#,
        ));
        assert_eq!(p.runs().len(), 2);
        assert_eq!(p.runs()[0].watched().count(), 1);
        assert_eq!(watched(&p), [1]);
        assert!(p.run_ended());
        assert_eq!(loaded, Loaded::Repaired { dropped: 6 });
    }
}
