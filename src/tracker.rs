//! The reader's watch progress for the whole app: one signal, saved to the device's localStorage on
//! every change and kept in step with the guide's other open tabs through the `storage` event.
//!
//! Storage is allowed to fail in every way a browser can fail it (blocked in private browsing,
//! full, throwing on access, holding a value we cannot read): the tracker then keeps working for
//! this visit and says so in a notice, and a value it could not fully read is copied aside before
//! it is ever overwritten. The rules about the value itself live in [`crate::logic::progress`].

use crate::logic::progress::{Loaded, Progress};
use leptos::prelude::*;

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

    fn change(&self, f: impl FnOnce(&mut Progress)) {
        self.progress.update(f);
        if self.persist {
            self.save();
        }
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
            if !matches!(loaded, Loaded::Nothing | Loaded::Current) {
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
