use crate::components::page_head::PageHead;
use crate::components::qr_code::QrCode;
use crate::components::tracker_panels::{
    CsvExport, MergeChoices, NetflixImport, ProgressSettings, RunsAndDiary, YourNumbers,
};
use crate::context::t;
use crate::dom::Chosen;
use crate::i18n::meta;
use crate::logic::progress::{Conflict, Progress};
use crate::logic::routes::Route;
use crate::logic::transfer::{self, Summary, TransferError, LINK_PREFIX};
use crate::tracker::use_tracker;
use leptos::prelude::*;

/// What the reader brought from another device, waiting for their decision.
#[derive(Clone, Debug, PartialEq)]
enum Incoming {
    None,
    Ready(Box<Progress>),
    /// A merge whose two sides disagree somewhere: the reader chooses, item by item.
    Merging(Box<Progress>, Vec<Conflict>),
    Failed(TransferError),
    Done(&'static str),
}

/// The reader's answer to progress brought from another device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    Replace,
    Merge,
    Ignore,
}

/// Moving progress between devices with no account: a link (the progress rides after `#`), its
/// QR code, and a file; and, when the page is opened with such a link or a file is chosen, what it
/// holds and the reader's choice to replace, merge or ignore. Nothing is ever overwritten silently.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let site = crate::context::use_site();
    let t = t();
    let tracker = use_tracker();
    let (incoming, set_incoming) = signal(incoming_from_address());
    // A link opened in a tab already on this page changes only the fragment: no new page load,
    // so the code is read again when the fragment changes.
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener_untyped("hashchange", move |_| {
            let read = incoming_from_address();
            if !matches!(read, Incoming::None) {
                set_incoming.set(read);
            }
        });
        on_cleanup(move || handle.remove());
    }
    let summary = move || {
        let s = Summary::of(&tracker.get());
        if s.watched == 0 && s.ratings == 0 && s.notes == 0 && s.rewatches == 0 {
            t.nothing_yet.to_string()
        } else {
            (t.summary)(&s)
        }
    };
    let links = crate::context::use_links();
    let link = move || {
        format!(
            "{}{}{}",
            crate::dom::origin(),
            links.href(&Route::Progress),
            LINK_PREFIX
        ) + &tracker.with(transfer::encode)
    };
    let decide = move |choice: Choice| {
        let mut done = match choice {
            Choice::Replace => t.replaced,
            Choice::Merge => t.merged,
            Choice::Ignore => t.ignored,
        };
        if let Incoming::Ready(p) = incoming.get_untracked() {
            match choice {
                Choice::Replace => tracker.replace(*p),
                Choice::Merge => {
                    let plan = tracker.plan_merge(&p);
                    if !plan.conflicts.is_empty() {
                        set_incoming.set(Incoming::Merging(p, plan.conflicts));
                        return;
                    }
                    tracker.apply_merge(&p, &[]);
                }
                Choice::Ignore => done = t.ignored,
            }
        }
        forget_address_code();
        set_incoming.set(Incoming::Done(done));
    };
    let offer = move || {
        match incoming.get() {
        Incoming::None => None,
        Incoming::Ready(p) => Some(view! {
            <section class="card incoming" aria-labelledby="incoming-heading">
                <h2 id="incoming-heading">{t.incoming_heading}</h2>
                <p>{(t.incoming_holds)(&Summary::of(&p))}</p>
                <p class="note">{t.choice_help}</p>
                <div class="incoming__choices">
                    <button type="button" class="button" on:click=move |_| decide(Choice::Replace)>{t.replace}</button>
                    <button type="button" class="button" on:click=move |_| decide(Choice::Merge)>{t.merge}</button>
                    <button type="button" class="button button--quiet" on:click=move |_| decide(Choice::Ignore)>{t.ignore}</button>
                </div>
            </section>
        }.into_any()),
        Incoming::Merging(p, conflicts) => Some(view! {
            <section class="card incoming" aria-labelledby="incoming-heading">
                <h2 id="incoming-heading">{t.incoming_heading}</h2>
                <MergeChoices incoming=*p conflicts on_done=move |_| {
                    forget_address_code();
                    set_incoming.set(Incoming::Done(t.merged));
                } />
            </section>
        }.into_any()),
        Incoming::Failed(e) => Some(view! { <p class="card incoming incoming--error" role="alert">{(t.transfer_error)(&e)}</p> }.into_any()),
        Incoming::Done(message) => Some(view! { <p class="card incoming" role="status">{message}</p> }.into_any()),
    }
    };
    let (copied, set_copied) = signal(false);
    view! {
        <PageHead meta=meta::for_section(&Route::Progress, site.lang()) />
        <article class="page transfer">
            <h1>{t.your_progress}</h1>
            <div aria-live="polite">{offer}</div>
            <YourNumbers />
            <RunsAndDiary />
            <ProgressSettings />
            <NetflixImport />
            <h2 class="transfer__heading">{t.transfer_heading}</h2>
            <p class="lead">{t.transfer_intro}</p>
            <p class="transfer__now"><strong>{t.on_this_device}</strong> " " <span>{summary}</span></p>
            <section aria-labelledby="link-heading">
                <h3 id="link-heading">{t.link_heading}</h3>
                <p class="note">{t.link_help}</p>
                <label class="transfer__link">
                    <span class="visually-hidden">{t.link_heading}</span>
                    <input type="text" readonly class="transfer__url" prop:value=link on:focus=|ev| crate::dom::select_on_focus(&ev) />
                </label>
                <button type="button" class="button" on:click=move |_| {
                    let text = link();
                    leptos::task::spawn_local(async move {
                        crate::dom::copy_text(&text).await;
                    });
                    set_copied.set(true);
                }>{t.copy_link}</button>
                <span role="status" class="transfer__copied">{move || copied.get().then_some(t.copied)}</span>
            </section>
            <section aria-labelledby="qr-heading">
                <h3 id="qr-heading">{t.qr_heading}</h3>
                {move || view! { <QrCode text=link() /> }}
            </section>
            <section aria-labelledby="file-heading">
                <h3 id="file-heading">{t.file_heading}</h3>
                <p class="note">{t.file_help}</p>
                <button type="button" class="button" on:click=move |_| {
                    let day = today_iso();
                    crate::dom::save_file(
                        &format!("okay-guide-progress-{day}.json"),
                        "application/json",
                        &tracker.with(|p| transfer::file_text(p, &day)),
                    );
                }>
                    {t.export_file}
                </button>
                <label class="transfer__import">
                    <span class="button button--quiet">{t.import_file}</span>
                    <input type="file" class="visually-hidden" accept=".json,application/json" on:change=move |ev| {
                        // A progress file is tiny; anything huge is not one, and is not read into memory.
                        crate::dom::read_chosen_file(&ev, 256 * 1024, move |chosen| {
                            let read = match chosen {
                                Chosen::Bytes(bytes) => transfer::read_file(&String::from_utf8_lossy(&bytes)),
                                Chosen::TooLarge => Err(TransferError::NotOurs),
                                Chosen::Unreadable => transfer::read_file(""),
                            };
                            set_incoming.set(match read {
                                Ok(p) => Incoming::Ready(Box::new(p)),
                                Err(e) => Incoming::Failed(e),
                            });
                        });
                    } />
                </label>
            </section>
            <CsvExport />
        </article>
    }
}

fn today_iso() -> String {
    let (y, m, d) = crate::core::date::civil_from_days(crate::dom::today());
    format!("{y:04}-{m:02}-{d:02}")
}

/// A code in the address (`#p=…`), read when the page opens and when the fragment changes.
fn incoming_from_address() -> Incoming {
    let hash = crate::dom::hash();
    if !hash.starts_with(LINK_PREFIX) {
        return Incoming::None;
    }
    match transfer::decode(&hash) {
        Ok(p) => Incoming::Ready(Box::new(p)),
        Err(e) => Incoming::Failed(e),
    }
}

/// Takes the code out of the address once it is dealt with, so a reload does not ask again.
fn forget_address_code() {
    crate::dom::replace_address(&crate::dom::pathname());
}
