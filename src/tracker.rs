//! The reader's watch progress for the whole app: one signal, saved to the device's localStorage on
//! every change and kept in step with the guide's other open tabs through the `storage` event.
//!
//! Storage is allowed to fail in every way a browser can fail it (blocked in private browsing,
//! full, throwing on access, holding a value we cannot read): the tracker then keeps working for
//! this visit and says so in a notice, and a value it could not fully read is copied aside before
//! it is ever overwritten. The rules about the value itself live in [`crate::logic::progress`].

use crate::logic::netflix::{self, Catalogue, FileError, Import, Preview};
use crate::logic::progress::{
    Conflict, DateChoice, DateError, Day, Entry, Loaded, Mark, MergePlan, Progress, Run, Side,
    EPISODES,
};
use crate::logic::stats::{self, Stats};
use leptos::prelude::*;

/// Each episode's first broadcast day (episode `n` at `n - 1`), which the rules on watch days
/// need. The views pass it in with each dated call, from the guide's data
/// (`logic::stats::air_days(&site.guide.episodes)`): the tracker is made before the data loads,
/// and holds nothing of it.
pub type AirDays = [Day; EPISODES as usize];

/// Something the reader should know about their saved progress; the words are in `crate::i18n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser refuses to store anything at all.
    Unavailable,
    /// A save failed, usually because the device's storage for this site is full.
    NotSaved,
    /// What was found in storage at start, when worth saying.
    Found(Loaded),
}

#[derive(Clone, Copy)]
pub struct Tracker {
    progress: RwSignal<Progress>,
    notice: RwSignal<Option<Notice>>,
    /// The stored value as found at start, when this version could not keep all of it: it is
    /// copied to the backup key before the first save replaces it.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    unsaved_original: StoredValue<Option<String>>,
    persist: bool,
}

impl Tracker {
    /// A tracker that lives in memory only: for the build's prerendering and component tests.
    pub fn in_memory() -> Self {
        Tracker {
            progress: RwSignal::new(Progress::default()),
            notice: RwSignal::new(None),
            unsaved_original: StoredValue::new(None),
            persist: false,
        }
    }

    pub fn is_watched(&self, episode: u32) -> bool {
        self.progress.with(|p| p.is_watched(episode))
    }

    pub fn count(&self) -> usize {
        self.progress.with(Progress::count)
    }

    pub fn next_up(&self) -> Option<u32> {
        self.progress.with(Progress::next_up)
    }

    pub fn show_all_spoilers(&self) -> bool {
        self.progress.with(Progress::show_all_spoilers)
    }

    pub fn spoiler_unlocked(&self, from_episode: u32) -> bool {
        self.progress.with(|p| p.spoiler_unlocked(from_episode))
    }

    /// Watched in any run, or a run was completed (see [`Progress::has_seen`]).
    pub fn has_seen(&self, episode: u32) -> bool {
        self.progress.with(|p| p.has_seen(episode))
    }

    pub fn notice(&self) -> Option<Notice> {
        self.notice.get()
    }

    /// The whole progress, tracked: for views that show more than one part of it.
    pub fn get(&self) -> Progress {
        self.progress.get()
    }

    pub fn with<R>(&self, f: impl FnOnce(&Progress) -> R) -> R {
        self.progress.with(f)
    }

    pub fn rating(&self, episode: u32) -> Option<u8> {
        self.progress.with(|p| p.rating(episode))
    }

    pub fn set_rating(&self, episode: u32, stars: Option<u8>) {
        self.change(|p| p.set_rating(episode, stars));
    }

    pub fn note(&self, episode: u32) -> String {
        self.progress
            .with(|p| p.note(episode).unwrap_or_default().to_string())
    }

    pub fn set_note(&self, episode: u32, text: &str) {
        self.change(|p| p.set_note(episode, text));
    }

    pub fn times_finished(&self) -> u32 {
        self.progress.with(Progress::times_finished)
    }

    pub fn start_rewatch(&self) {
        self.change(|p| {
            p.start_rewatch();
        });
    }

    /// Takes progress brought from another device, instead of this device's.
    pub fn replace(&self, incoming: Progress) {
        self.change(|p| *p = incoming);
    }

    /// Adds progress brought from another device to this device's (see [`Progress::merge`]).
    pub fn merge(&self, incoming: &Progress) {
        self.change(|p| p.merge(incoming));
    }

    /// The reader's day as the tracker dates watches: `crate::dom::today()`.
    pub fn today(&self) -> Day {
        crate::dom::today()
    }

    /// The episode's mark in the current run: not watched, or watched on a day (maybe not known).
    pub fn watched_on(&self, episode: u32) -> Mark {
        self.progress.with(|p| p.watched_on(episode))
    }

    /// Marks the episode watched in the current run on `day` (`None`: not known); a day before
    /// its broadcast or after today is refused and nothing changes.
    pub fn set_watched_on(
        &self,
        episode: u32,
        day: Option<Day>,
        air: &AirDays,
    ) -> Result<(), DateError> {
        let today = self.today();
        self.change(|p| p.set_watched_on(episode, day, today, air))
            .unwrap_or(Err(DateError::NoSuchRun))
    }

    /// Sets an episode's mark in any run (0 is the first watch), with the same rules.
    pub fn set_watched_in(
        &self,
        run: usize,
        episode: u32,
        mark: Mark,
        air: &AirDays,
    ) -> Result<(), DateError> {
        let today = self.today();
        self.change(|p| p.set_watched_in(run, episode, mark, today, air))
            .unwrap_or(Err(DateError::NoSuchRun))
    }

    /// The watched switch set to a given state: unmarking, or marking watched today (day not
    /// known if today is before its broadcast, as on a wrong clock).
    pub fn set_watched_today(&self, episode: u32, watched: bool, air: &AirDays) {
        self.set_watched_today_quietly(episode, watched, air);
        self.redraw();
    }

    /// [`Self::set_watched_today`], saved at once (a page closed a moment later keeps it) but
    /// shown to the views only at the next [`Self::redraw`]: a press can then paint its own answer
    /// first and let what the change reveals be drawn a frame later.
    pub fn set_watched_today_quietly(&self, episode: u32, watched: bool, air: &AirDays) {
        let today = self.today();
        self.change_quietly(|p| {
            if !watched {
                p.set_watched(episode, false);
            } else if !p.is_watched(episode)
                && p.set_watched_on(episode, Some(today), today, air).is_err()
            {
                p.set_watched(episode, true);
            }
        });
    }

    /// Tells every view of the progress that it changed.
    pub fn redraw(&self) {
        self.progress.notify();
    }

    /// "I have seen everything up to here", dating the episodes it marks as the reader chose.
    pub fn mark_up_to_with(&self, episode: u32, choice: DateChoice, air: &AirDays) {
        let today = self.today();
        self.change(|p| p.mark_up_to_with(episode, choice, today, air));
    }

    /// The first watch and every rewatch, the current one last.
    pub fn runs(&self) -> Vec<Run> {
        self.progress.with(|p| p.runs().to_vec())
    }

    /// Whether the current run was ended before it was complete.
    pub fn run_ended(&self) -> bool {
        self.progress.with(Progress::run_ended)
    }

    pub fn can_start_rewatch(&self) -> bool {
        self.progress.with(Progress::can_start_rewatch)
    }

    pub fn can_end_run(&self) -> bool {
        self.progress.with(Progress::can_end_run)
    }

    /// Closes the current run where it stopped, so a rewatch can start.
    pub fn end_run(&self) -> bool {
        self.change(Progress::end_run).unwrap_or(false)
    }

    /// Deletes a rewatch (never the first watch, run 0).
    pub fn delete_run(&self, run: usize) -> bool {
        self.change(|p| p.delete_run(run)).unwrap_or(false)
    }

    /// Every watch, newest first.
    pub fn diary(&self) -> Vec<Entry> {
        self.progress.with(Progress::diary)
    }

    /// The reader's numbers, with each episode's broadcast rating
    /// (`logic::stats::broadcast_ratings(&site.guide.episodes)`).
    pub fn stats(&self, broadcast: &[Option<f32>; EPISODES as usize]) -> Stats {
        self.progress.with(|p| stats::stats(p, broadcast))
    }

    /// Content notes shown open (the default) or closed until asked.
    pub fn notes_open(&self) -> bool {
        self.progress.with(Progress::notes_open)
    }

    pub fn set_notes_open(&self, open: bool) {
        self.change(|p| p.set_notes_open(open));
    }

    /// What merging progress from another device (or a Netflix import's
    /// [`Import::incoming`]) would give, and the disagreements the reader must settle.
    pub fn plan_merge(&self, incoming: &Progress) -> MergePlan {
        self.progress.with(|p| p.plan_merge(incoming))
    }

    /// Merges with the reader's choice per conflict (any conflict not listed keeps this
    /// device's value). The plan is made again against the progress as it is now.
    pub fn apply_merge(&self, incoming: &Progress, choices: &[(Conflict, Side)]) {
        self.change(|p| p.apply_merge(incoming, choices));
    }

    /// Reads a Netflix viewing-history file and works out what it brings to the first watch
    /// (days as the tracker's today; `profile`: only that profile's rows of a ViewingActivity
    /// file). Nothing changes until [`Tracker::apply_merge`] with `Import::incoming()`.
    pub fn read_netflix(
        &self,
        bytes: &[u8],
        catalogue: &Catalogue,
        profile: Option<&str>,
    ) -> Result<(Preview, Import), FileError> {
        let today = self.today();
        let options = netflix::Options {
            profile,
            utc_offset_minutes: crate::dom::utc_offset_minutes(),
            ..netflix::Options::new(today)
        };
        let preview = netflix::read(bytes, catalogue, &options)?;
        let air = std::array::from_fn(|i| catalogue.episodes[i].air_date);
        let import = netflix::import(&preview, &air, today);
        Ok((preview, import))
    }

    /// The progress as a CSV file: a row per episode and run (see `logic::netflix::export_rows`).
    pub fn export_csv(&self) -> String {
        self.progress
            .with(|p| netflix::write_csv(&netflix::export_rows(p)))
    }

    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    pub fn toggle(&self, episode: u32) {
        self.change(|p| p.toggle(episode));
    }

    pub fn mark_up_to(&self, episode: u32) {
        self.change(|p| p.mark_up_to(episode));
    }

    pub fn clear(&self) {
        self.change(Progress::clear);
    }

    pub fn set_show_all_spoilers(&self, on: bool) {
        self.change(|p| p.set_show_all_spoilers(on));
    }

    /// Changes the progress and saves it; `None` only if the signal is gone (never while the
    /// page lives).
    fn change<R>(&self, f: impl FnOnce(&mut Progress) -> R) -> Option<R> {
        let out = self.change_quietly(f);
        self.redraw();
        out
    }

    /// [`Self::change`] without telling the views; [`Self::redraw`] does that later.
    fn change_quietly<R>(&self, f: impl FnOnce(&mut Progress) -> R) -> Option<R> {
        let out = self.progress.try_update_untracked(f);
        if self.persist {
            self.save();
        }
        out
    }

    #[cfg(target_arch = "wasm32")]
    fn save(&self) {
        use crate::logic::progress::{encode, BACKUP_KEY, STORAGE_KEY};
        if let Some(original) = self.unsaved_original.get_value() {
            match crate::dom::storage::write(BACKUP_KEY, &original) {
                Ok(()) => self.unsaved_original.set_value(None),
                Err(e) => warn(&format!("could not back up the old progress: {e}")),
            }
        }
        let text = self.progress.with_untracked(encode);
        if let Err(e) = crate::dom::storage::write(STORAGE_KEY, &text) {
            warn(&format!("could not save progress: {e}"));
            self.notice.set(Some(Notice::NotSaved));
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn save(&self) {}
}

/// The app's tracker. Whatever draws a view provides one (the app [`provide_tracker`], the build
/// and the tests [`Tracker::in_memory`]); a view drawn without one fails at once, loudly, rather
/// than keeping a private progress the rest of the page never sees.
pub fn use_tracker() -> Tracker {
    expect_context::<Tracker>()
}

/// Reads the stored progress, provides the tracker to the app and follows other tabs' changes.
#[cfg(target_arch = "wasm32")]
pub fn provide_tracker() -> Tracker {
    use crate::logic::progress::{decode, STORAGE_KEY};
    let mut tracker = Tracker::in_memory();
    tracker.persist = true;
    match crate::dom::storage::read(STORAGE_KEY) {
        Ok(raw) => {
            let (progress, loaded) = decode(raw.as_deref());
            if !matches!(loaded, Loaded::Nothing | Loaded::Current) {
                warn("stored progress was not in this version's layout");
            }
            if loaded.needs_backup() {
                tracker.unsaved_original.set_value(raw);
            }
            // Carried over in full from an older layout is not news to the reader; only what was
            // left out or kept aside is.
            if loaded.needs_backup() {
                tracker.notice.set(Some(Notice::Found(loaded)));
            }
            tracker.progress.set(progress);
        }
        Err(e) => {
            warn(&format!("storage unavailable: {e}"));
            tracker.notice.set(Some(Notice::Unavailable));
        }
    }
    // Another tab changed the progress (or cleared the site's storage): follow it. The event
    // never fires in the tab that made the change, so this cannot loop. The listener is never
    // removed (dropping the handle leaves it in place): the tracker lives as long as the page.
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        let key = ev.key();
        if key.is_none() || key.as_deref() == Some(STORAGE_KEY) {
            let (progress, _) = decode(ev.new_value().as_deref());
            tracker.progress.set(progress);
        }
    });
    provide_context(tracker);
    tracker
}

#[cfg(target_arch = "wasm32")]
fn warn(message: &str) {
    crate::dom::log_warning(&format!("watch progress: {message}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn air() -> AirDays {
        std::array::from_fn(|i| crate::logic::progress::PREMIERE + i as Day)
    }

    #[test]
    fn a_press_asks_for_a_state_so_a_second_press_undoes_it_and_a_repeat_changes_nothing() {
        let t = Tracker::in_memory();
        let air = air();
        t.set_watched_today_quietly(5, true, &air);
        // Held from the views until the redraw, but already the progress (and what is saved).
        assert!(t.progress.with_untracked(|p| p.is_watched(5)));
        t.redraw();
        assert_eq!(t.watched_on(5), Some(Some(t.today())));
        // The same state asked again keeps the first day; the other state undoes it.
        t.set_watched_on(5, Some(air[4]), &air)
            .expect("a day after the broadcast");
        t.set_watched_today(5, true, &air);
        assert_eq!(t.watched_on(5), Some(Some(air[4])));
        t.set_watched_today(5, false, &air);
        assert_eq!(t.watched_on(5), None);
    }

    #[test]
    fn dated_marking_runs_and_settings_go_through_the_signal() {
        let t = Tracker::in_memory();
        let air = air();
        assert_eq!(
            t.set_watched_on(1, Some(air[0] - 1), &air),
            Err(DateError::BeforeBroadcast)
        );
        assert_eq!(t.set_watched_on(1, Some(air[0]), &air), Ok(()));
        assert_eq!(t.watched_on(1), Some(Some(air[0])));
        t.set_watched_today(2, true, &air);
        assert_eq!(t.watched_on(2), Some(Some(t.today())));
        t.set_watched_today(2, false, &air);
        assert_eq!(t.watched_on(2), None);
        t.mark_up_to_with(3, DateChoice::Broadcast, &air);
        assert_eq!(t.watched_on(3), Some(Some(air[2])));
        assert!(t.can_end_run() && t.end_run() && t.run_ended());
        assert!(t.can_start_rewatch());
        t.start_rewatch();
        assert_eq!(t.runs().len(), 2);
        assert_eq!(t.set_watched_in(0, 4, Some(None), &air), Ok(()));
        assert_eq!(t.diary().len(), 4);
        assert!(t.delete_run(1) && !t.delete_run(0));
        t.set_notes_open(false);
        assert!(!t.notes_open());
        let s = t.stats(&[None; EPISODES as usize]);
        assert_eq!((s.watched_now, s.first_day), (4, Some(air[0])));
        assert!(t
            .export_csv()
            .starts_with("episode,watched_date,run,rating,note\r\n1,2020-06-20,1,,\r\n"));
    }

    #[test]
    fn merging_takes_the_readers_choice() {
        let t = Tracker::in_memory();
        t.set_rating(1, Some(5));
        let mut other = Progress::default();
        other.set_rating(1, Some(2));
        other.set_rating(2, Some(3));
        let plan = t.plan_merge(&other);
        assert_eq!(plan.conflicts.len(), 1);
        t.apply_merge(&other, &[(plan.conflicts[0].clone(), Side::Theirs)]);
        assert_eq!((t.rating(1), t.rating(2)), (Some(2), Some(3)));
    }

    #[test]
    fn a_netflix_file_becomes_a_merge() {
        let t = Tracker::in_memory();
        let catalogue = Catalogue {
            episodes: std::array::from_fn(|i| netflix::EpisodeInfo {
                number: i as u32 + 1,
                air_date: air()[i],
                titles: vec![format!("Title {}", i + 1)],
            }),
        };
        let file = "Title,Date\n\"It's Okay to Not Be Okay: Title 2\",\"2020-07-01\"\n";
        let Ok((preview, import)) = t.read_netflix(file.as_bytes(), &catalogue, None) else {
            panic!("the file reads");
        };
        assert_eq!(preview.matches.len(), 1);
        t.apply_merge(&import.incoming(), &[]);
        assert_eq!(
            t.watched_on(2),
            Some(Some(crate::core::date::days_from_civil(2020, 7, 1)))
        );
        assert!(t.read_netflix(b"", &catalogue, None).is_err());
    }
}
