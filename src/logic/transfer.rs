//! Moving progress between devices with no account: a short code that carries the whole
//! progress, put in a link (after `#`, so it never reaches a server) or a QR code, and a small
//! JSON file that wraps the same code. One decoder reads both, and whatever it is given (a
//! mistyped link, a damaged file, a file from a newer guide, a photo of the wrong QR code) it
//! answers with progress or a clear [`TransferError`], never a panic.
//!
//! The code is base64url of bytes that end in a CRC-32 of all before it, so a damaged code is
//! caught rather than misread. Version 2 (written since watch dates and runs):
//! - the version byte, 2;
//! - a flags byte: bit 0 show every spoiler, bit 1 content notes closed, bit 2 the current run
//!   ended (all clear is the default progress);
//! - the ratings, 3 bits an episode (6 bytes);
//! - the notes: a LEB128 count, then per note its episode, LEB128 length and UTF-8 text;
//! - the runs: a LEB128 count (1 to [`MAX_RUNS`]), then per run a 16-bit mask of the watched
//!   episodes and a 16-bit mask of those with a known day, then each known day in episode order
//!   as a zigzag LEB128 difference from the day before it (the first from [`PREMIERE`]): a run
//!   watched over a few weeks takes a byte a day.
//!
//! Version 1 (still read): the version byte; the watched episodes as a 16-bit mask; a flags byte
//! (bit 0: show every spoiler); the rewatch count (LEB128), read as that many complete runs with
//! days not known before the current one; the ratings; the notes.

use super::progress::{
    is_episode, Progress, Run, EPISODES, LAST_DAY, MAX_RUNS, NOTE_MAX_CHARS, PREMIERE,
};
use crate::core::json::{self, as_u64, quote, Json};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The layout this version writes. A code with a higher version byte is from a newer guide.
pub const CODE_VERSION: u8 = 2;
/// The key that marks a JSON file as ours, holding its layout version.
pub const FILE_KEY: &str = "okay_guide_progress";
/// The file layout this version writes; version 1 files (code version 1 inside) are still read.
pub const FILE_VERSION: u64 = 2;
/// Longer input than this is not ours (a code with every note full of four-byte characters and
/// every run dated is under 48 KB).
const MAX_INPUT: usize = 64 * 1024;
/// The fragment that carries a code in a link: `…/progress/#p=<code>`.
pub const LINK_PREFIX: &str = "#p=";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransferError {
    /// Nothing to read.
    Empty,
    /// Not a code or file of this guide at all.
    NotOurs,
    /// Ours, but damaged: cut short, altered or mistyped.
    Damaged,
    /// Made by a newer version of the guide than this one.
    Newer { version: u64 },
}

/// Encodes progress as the code a link and a file carry.
pub fn encode(progress: &Progress) -> String {
    let flags = u8::from(progress.show_all_spoilers())
        | u8::from(!progress.notes_open()) << 1
        | u8::from(progress.run_ended()) << 2;
    let mut out = vec![CODE_VERSION, flags];
    let mut packed: u64 = 0;
    for (e, s) in progress.ratings() {
        packed |= u64::from(s & 7) << (3 * (e - 1));
    }
    out.extend_from_slice(&packed.to_le_bytes()[..6]);
    let notes: Vec<(u32, &str)> = progress.notes().collect();
    put_varint(&mut out, notes.len() as u64);
    for (e, text) in notes {
        out.push(e as u8);
        put_varint(&mut out, text.len() as u64);
        out.extend_from_slice(text.as_bytes());
    }
    put_varint(&mut out, progress.runs().len() as u64);
    let mut previous = PREMIERE;
    for run in progress.runs() {
        let mask = |pick: fn(Option<i64>) -> bool| {
            run.watched()
                .filter(|(_, d)| pick(*d))
                .fold(0u16, |m, (e, _)| m | 1 << (e - 1))
        };
        out.extend_from_slice(&mask(|_| true).to_le_bytes());
        out.extend_from_slice(&mask(|d| d.is_some()).to_le_bytes());
        for (_, day) in run.dates() {
            let step = day - previous;
            put_varint(&mut out, ((step << 1) ^ (step >> 63)) as u64);
            previous = day;
        }
    }
    let crc = crc32(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    URL_SAFE_NO_PAD.encode(out)
}

/// Reads a code (or a whole link or fragment that holds one).
pub fn decode(input: &str) -> Result<Progress, TransferError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(TransferError::Empty);
    }
    if input.len() > MAX_INPUT {
        return Err(TransferError::NotOurs);
    }
    let code = match input.find(LINK_PREFIX) {
        Some(at) => &input[at + LINK_PREFIX.len()..],
        None if input.contains('/') || input.contains(':') => return Err(TransferError::NotOurs),
        None => input,
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(code.trim_end_matches('='))
        .map_err(|_| {
            if code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                TransferError::Damaged
            } else {
                TransferError::NotOurs
            }
        })?;
    decode_bytes(&bytes)
}

fn decode_bytes(bytes: &[u8]) -> Result<Progress, TransferError> {
    use TransferError::Damaged;
    let (&version, _) = bytes.split_first().ok_or(Damaged)?;
    if version == 0 {
        return Err(TransferError::NotOurs);
    }
    if version > CODE_VERSION {
        return Err(TransferError::Newer {
            version: u64::from(version),
        });
    }
    if bytes.len() < 4 + 1 {
        return Err(Damaged);
    }
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    let crc = u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if crc32(body) != crc {
        return Err(Damaged);
    }
    let mut r = Reader { bytes: body, at: 1 };
    let mut p = Progress::default();
    let (mask, flags, rewatches) = if version == 1 {
        let mask = r.u16()?;
        let flags = r.byte()?;
        let rewatches = r.varint()?;
        (mask, flags, rewatches)
    } else {
        (0, r.byte()?, 0)
    };
    if flags > if version == 1 { 1 } else { 7 } {
        return Err(Damaged);
    }
    p.set_show_all_spoilers(flags & 1 != 0);
    p.set_notes_open(flags & 2 == 0);
    let mut packed = [0u8; 8];
    for b in packed.iter_mut().take(6) {
        *b = r.byte()?;
    }
    let packed = u64::from_le_bytes(packed);
    for e in 1..=EPISODES {
        match (packed >> (3 * (e - 1))) & 7 {
            0 => {}
            s @ 1..=5 => p.set_rating(e, Some(s as u8)),
            _ => return Err(Damaged),
        }
    }
    for _ in 0..r.varint()? {
        let e = u32::from(r.byte()?);
        let len = usize::try_from(r.varint()?).map_err(|_| Damaged)?;
        let text = std::str::from_utf8(r.take(len)?).map_err(|_| Damaged)?;
        if !is_episode(e) || text.chars().count() > NOTE_MAX_CHARS || p.note(e).is_some() {
            return Err(Damaged);
        }
        p.set_note(e, text);
    }
    let mut runs = Vec::new();
    if version == 1 {
        // A rewatch count too big to keep is cut to the runs a progress can hold.
        let finished = rewatches.min(MAX_RUNS as u64 - 1) as usize;
        runs = vec![Run::complete_undated(); finished];
        runs.push(run_of(mask, 0, &mut []));
    } else {
        let count = r.varint()?;
        if !(1..=MAX_RUNS as u64).contains(&count) {
            return Err(Damaged);
        }
        let mut previous = PREMIERE;
        for _ in 0..count {
            let (watched, dated) = (r.u16()?, r.u16()?);
            if dated & !watched != 0 {
                return Err(Damaged);
            }
            let mut days = Vec::new();
            for _ in 0..dated.count_ones() {
                let z = r.varint()? as i64;
                previous += (z >> 1) ^ -(z & 1);
                if !(PREMIERE..=LAST_DAY).contains(&previous) {
                    return Err(Damaged);
                }
                days.push(previous);
            }
            runs.push(run_of(watched, dated, &mut days));
        }
    }
    if r.at != body.len() {
        return Err(Damaged);
    }
    p.set_runs(runs, flags & 4 != 0);
    Ok(p)
}

/// A run from its masks and its known days, in episode order.
fn run_of(watched: u16, dated: u16, days: &mut [i64]) -> Run {
    let mut run = Run::default();
    let mut days = days.iter();
    for e in 1..=EPISODES {
        let bit = 1 << (e - 1);
        if watched & bit != 0 {
            let day = if dated & bit != 0 {
                days.next().copied()
            } else {
                None
            };
            run.set(e, Some(day));
        }
    }
    run
}

/// CRC-32 (IEEE 802.3, the checksum of zip and PNG), bit by bit. The usual table-driven crates
/// carry 1–16 KB of tables into the app; a code of a few hundred bytes needs no speed.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & 0u32.wrapping_sub(crc & 1));
        }
    }
    !crc
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, TransferError> {
        let b = *self.bytes.get(self.at).ok_or(TransferError::Damaged)?;
        self.at += 1;
        Ok(b)
    }

    fn u16(&mut self) -> Result<u16, TransferError> {
        Ok(u16::from_le_bytes([self.byte()?, self.byte()?]))
    }

    fn take(&mut self, n: usize) -> Result<&[u8], TransferError> {
        let end = self.at.checked_add(n).ok_or(TransferError::Damaged)?;
        let out = self.bytes.get(self.at..end).ok_or(TransferError::Damaged)?;
        self.at = end;
        Ok(out)
    }

    /// LEB128, at most 5 bytes (a u32 and then some).
    fn varint(&mut self) -> Result<u64, TransferError> {
        let mut value = 0u64;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(TransferError::Damaged)
    }
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// The JSON file an export writes: the code, and a readable summary for curious eyes (the
/// summary is never read back; the code is what counts).
pub fn file_text(progress: &Progress, exported_on: &str) -> String {
    let s = Summary::of(progress);
    let watched: Vec<String> = progress.watched().map(|e| e.to_string()).collect();
    // Written by hand so our key comes first: even a file cut short still says whose it is.
    format!(
        "{{\"{FILE_KEY}\":{FILE_VERSION},\"code\":{},\"exported\":{},\"watched\":[{}],\"ratings\":{},\"notes\":{},\"rewatches\":{},\"runs\":{},\"dates\":{}}}\n",
        quote(&encode(progress)),
        quote(exported_on),
        watched.join(","),
        s.ratings,
        s.notes,
        s.rewatches,
        progress.runs().len(),
        s.dates
    )
}

/// Reads an imported file: ours, of a version this guide knows, holding a sound code.
pub fn read_file(text: &str) -> Result<Progress, TransferError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(TransferError::Empty);
    }
    if text.len() > MAX_INPUT {
        return Err(TransferError::NotOurs);
    }
    let value = json::parse(text).map_err(|_| {
        // Our files start with our key; anything else that does not parse is not ours.
        if text.contains(FILE_KEY) {
            TransferError::Damaged
        } else {
            TransferError::NotOurs
        }
    })?;
    let version = value.field(FILE_KEY).ok_or(TransferError::NotOurs)?;
    let version = as_u64(&version).ok_or(TransferError::Damaged)?;
    if version > FILE_VERSION {
        return Err(TransferError::Newer { version });
    }
    if version == 0 {
        return Err(TransferError::Damaged);
    }
    let code = value
        .field("code")
        .and_then(|c| c.string())
        .ok_or(TransferError::Damaged)?;
    match decode(&code) {
        Err(TransferError::NotOurs | TransferError::Empty) => Err(TransferError::Damaged),
        other => other,
    }
}

/// What a code or file holds, for "episodes 1–7 watched, 2 ratings" before the reader decides.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// The current run's watched episodes as ranges: `[(1, 7), (9, 9)]`.
    pub runs: Vec<(u32, u32)>,
    /// Episodes watched in the current run.
    pub watched: usize,
    pub ratings: usize,
    pub notes: usize,
    /// Complete runs before the current one.
    pub rewatches: u32,
    pub show_all_spoilers: bool,
    /// Watch days known, in every run.
    pub dates: usize,
}

impl Summary {
    pub fn of(p: &Progress) -> Summary {
        let mut runs: Vec<(u32, u32)> = Vec::new();
        for e in p.watched() {
            match runs.last_mut() {
                Some((_, end)) if *end + 1 == e => *end = e,
                _ => runs.push((e, e)),
            }
        }
        Summary {
            runs,
            watched: p.count(),
            ratings: p.ratings().count(),
            notes: p.notes().count(),
            rewatches: p.finished_before(),
            show_all_spoilers: p.show_all_spoilers(),
            dates: p.runs().iter().map(|r| r.dates().count()).sum(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::progress::DateChoice;

    fn sample() -> Progress {
        let mut p = Progress::default();
        p.mark_up_to(7);
        p.set_watched(9, true);
        p.set_rating(1, Some(5));
        p.set_rating(16, Some(1));
        p.set_note(2, "빨간 구두 — red shoes 👠");
        p.set_note(9, "the bamboo grove");
        p.set_show_all_spoilers(true);
        p
    }

    #[test]
    fn round_trips_through_code_link_and_file() {
        let p = sample();
        let code = encode(&p);
        assert!(code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode(&code), Ok(p.clone()));
        let link = format!("https://example.org/guide/progress/{LINK_PREFIX}{code}");
        assert_eq!(decode(&link), Ok(p.clone()));
        assert_eq!(read_file(&file_text(&p, "2026-11-25")), Ok(p));
        assert_eq!(
            decode(&encode(&Progress::default())),
            Ok(Progress::default())
        );
    }

    #[test]
    fn an_empty_progress_makes_a_short_code() {
        assert!(encode(&Progress::default()).len() <= 24);
        let mut p = Progress::default();
        p.mark_up_to(16);
        assert!(p.start_rewatch());
        p.mark_up_to(16);
        assert!(p.start_rewatch());
        p.set_watched(3, true);
        let back = decode(&encode(&p));
        assert_eq!(back.as_ref().map(Progress::rewatches), Ok(2));
        assert_eq!(back, Ok(p));
    }

    #[test]
    fn every_changed_character_is_caught() {
        let code = encode(&sample());
        for i in 0..code.len() {
            let mut bytes = code.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let altered = String::from_utf8(bytes).unwrap_or_default();
            assert!(decode(&altered).is_err(), "changed at {i}: {altered}");
        }
        assert_eq!(decode(&code[..code.len() - 3]), Err(TransferError::Damaged));
    }

    #[test]
    fn foreign_damaged_and_future_inputs_say_so() {
        assert_eq!(decode(""), Err(TransferError::Empty));
        assert_eq!(decode("   "), Err(TransferError::Empty));
        assert_eq!(decode("https://example.org/"), Err(TransferError::NotOurs));
        assert_eq!(decode("hello world!"), Err(TransferError::NotOurs));
        assert_eq!(decode("AAAA"), Err(TransferError::NotOurs), "version 0");
        // A version byte of 3 (a newer guide), whatever follows.
        let newer = URL_SAFE_NO_PAD.encode([3u8, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(decode(&newer), Err(TransferError::Newer { version: 3 }));
        assert_eq!(read_file(""), Err(TransferError::Empty));
        assert_eq!(
            read_file("{\"theme\":\"dark\"}"),
            Err(TransferError::NotOurs)
        );
        assert_eq!(read_file("PK\u{3}\u{4}binary"), Err(TransferError::NotOurs));
        assert_eq!(
            read_file("{\"okay_guide_progress\":3,\"code\":\"x\"}"),
            Err(TransferError::Newer { version: 3 })
        );
        assert_eq!(
            read_file("{\"okay_guide_progress\":1,\"code\":\"AQ\"}"),
            Err(TransferError::Damaged)
        );
        let whole = file_text(&sample(), "2026-11-25");
        assert_eq!(
            read_file(&whole[..whole.len() / 2]),
            Err(TransferError::Damaged)
        );
    }

    #[test]
    fn the_checksum_is_standard_crc32() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926, "the standard check value");
        assert_eq!(crc32("빨간 구두".as_bytes()), 0xC112_DFEA, "zlib agrees");
    }

    #[test]
    fn summarises_runs() {
        let s = Summary::of(&sample());
        assert_eq!(s.runs, [(1, 7), (9, 9)]);
        assert_eq!((s.watched, s.ratings, s.notes), (8, 2, 2));
        assert!(s.show_all_spoilers);
        assert_eq!(Summary::of(&Progress::default()).runs, []);
    }

    /// A progress as rich as a reader can make it, with a few notes: three runs with days.
    fn dated() -> Progress {
        let air: [i64; 16] =
            std::array::from_fn(|i| PREMIERE + 7 * (i as i64 / 2) + (i as i64 % 2));
        let today = PREMIERE + 2350;
        let mut p = sample();
        p.mark_up_to_with(16, DateChoice::Broadcast, today, &air);
        p.start_rewatch();
        for e in 1..=16 {
            let _ = p.set_watched_on(e, Some(PREMIERE + 400 + i64::from(e) / 3), today, &air);
        }
        p.start_rewatch();
        p.mark_up_to_with(5, DateChoice::Today, today, &air);
        p.set_watched(6, true);
        let _ = p.set_watched_in(0, 3, Some(None), today, &air);
        p.end_run();
        p.set_notes_open(false);
        p
    }

    #[test]
    fn runs_days_and_settings_round_trip() {
        let p = dated();
        assert_eq!(p.runs().len(), 3);
        assert!(p.run_ended() && !p.notes_open());
        let code = encode(&p);
        assert_eq!(decode(&code), Ok(p.clone()));
        assert_eq!(read_file(&file_text(&p, "2026-11-25")), Ok(p.clone()));
        // A day a byte or so: three runs of dates cost little next to the notes.
        let bare = {
            let mut q = p.clone();
            q.set_note(2, "");
            q.set_note(9, "");
            encode(&q)
        };
        assert!(bare.len() < 120, "{} characters", bare.len());
    }

    #[test]
    fn a_typical_link_fits_a_qr_code_and_a_huge_one_says_so() {
        let link = |p: &Progress| {
            format!(
                "https://example.org/okay-guide/progress/{LINK_PREFIX}{}",
                encode(p)
            )
        };
        assert!(crate::logic::qr::svg(&link(&dated())).is_some());
        // Every run a progress can hold, every day known: too dense for a phone screen, so the
        // page says so (`qr_too_long`) and offers the link and the file.
        let mut most = Progress::default();
        let mut runs = Vec::new();
        for r in 0..MAX_RUNS as i64 {
            let mut run = Run::default();
            for e in 1..=EPISODES {
                run.set(e, Some(Some(PREMIERE + 30 * r + i64::from(e) * 3)));
            }
            runs.push(run);
        }
        most.set_runs(runs, false);
        assert_eq!(decode(&encode(&most)), Ok(most.clone()));
        assert!(crate::logic::qr::svg(&link(&most)).is_none());
    }

    #[test]
    fn damaged_runs_are_refused() {
        // Hand-made bodies with a sound checksum: what a buggy or hostile writer could produce.
        let code = |body: &[u8]| {
            let mut b = body.to_vec();
            b.extend_from_slice(&crc32(body).to_le_bytes());
            URL_SAFE_NO_PAD.encode(b)
        };
        let head = [2u8, 0, 0, 0, 0, 0, 0, 0, 0];
        let with = |tail: &[u8]| code(&[&head[..], tail].concat());
        assert_eq!(decode(&with(&[1, 0, 0, 0, 0])), Ok(Progress::default()));
        assert_eq!(decode(&with(&[0])), Err(TransferError::Damaged), "no run");
        assert_eq!(
            decode(&with(&[33])),
            Err(TransferError::Damaged),
            "too many runs"
        );
        assert_eq!(
            decode(&with(&[1, 1, 0, 2, 0, 0])),
            Err(TransferError::Damaged),
            "a day for an episode not watched"
        );
        assert_eq!(
            decode(&with(&[1, 1, 0, 1, 0, 1])),
            Err(TransferError::Damaged),
            "a day before the premiere"
        );
        assert!(decode(&with(&[1, 1, 0, 1, 0, 2])).is_ok());
        assert_eq!(
            decode(&with(&[1, 0, 0, 0, 0, 9])),
            Err(TransferError::Damaged),
            "left over"
        );
        let mut flags = head;
        flags[1] = 8;
        assert_eq!(
            decode(&code(&[&flags[..], &[1, 0, 0, 0, 0]].concat())),
            Err(TransferError::Damaged)
        );
    }

    #[test]
    fn a_version_1_code_keeps_its_rewatches_as_runs() {
        // Version 1: mask, flags, rewatches, ratings, notes.
        let mut body = vec![1u8, 0b101, 0, 1, 3];
        body.extend_from_slice(&[0; 6]);
        body.push(0);
        let mut bytes = body.clone();
        bytes.extend_from_slice(&crc32(&body).to_le_bytes());
        let p = decode(&URL_SAFE_NO_PAD.encode(bytes)).unwrap_or_default();
        assert_eq!(p.runs().len(), 4);
        assert_eq!(p.times_finished(), 3);
        assert_eq!(p.watched().collect::<Vec<_>>(), [1, 3]);
        assert!(p.show_all_spoilers() && p.notes_open());
    }

    /// What the fixtures written by the previous version hold (see tests/fixtures/README.md).
    fn fixture_rich() -> Progress {
        let mut p = Progress::default();
        let mut current = Run::default();
        for e in [1, 2, 3, 4, 5, 6, 7, 9, 12] {
            current.set(e, Some(None));
        }
        p.set_runs(
            vec![Run::complete_undated(), Run::complete_undated(), current],
            false,
        );
        for (e, s) in [(1, 5), (2, 4), (9, 3), (16, 1)] {
            p.set_rating(e, Some(s));
        }
        p.set_note(2, "빨간 구두 — \"red shoes\" 👠");
        p.set_note(9, "the bamboo grove 🎋 '대나무 숲' \\ back-slash");
        p.set_note(12, "line one\nline two\ttab, comma; 사이코지만 괜찮아 🦋");
        p.set_show_all_spoilers(true);
        p
    }

    #[test]
    fn everything_the_previous_version_saved_still_opens_in_full() {
        use crate::logic::progress::{decode as stored, encode as store, Loaded};
        let rich = fixture_rich();
        let empty = Progress::default();
        for (text, want) in [
            (include_str!("../../tests/fixtures/code-v1-rich.txt"), &rich),
            (include_str!("../../tests/fixtures/qr-v1-rich.txt"), &rich),
            (
                include_str!("../../tests/fixtures/code-v1-empty.txt"),
                &empty,
            ),
            (include_str!("../../tests/fixtures/qr-v1-empty.txt"), &empty),
        ] {
            assert_eq!(decode(text).as_ref(), Ok(want), "{text}");
        }
        for (text, want) in [
            (
                include_str!("../../tests/fixtures/file-v1-rich.json"),
                &rich,
            ),
            (
                include_str!("../../tests/fixtures/file-v1-empty.json"),
                &empty,
            ),
        ] {
            assert_eq!(read_file(text).as_ref(), Ok(want), "{text}");
        }
        let qr = include_str!("../../tests/fixtures/qr-v1-rich.txt").trim();
        assert!(
            crate::logic::qr::svg(qr).is_some(),
            "the old QR text is still a QR code"
        );
        let from2 = Loaded::Migrated { from: 2 };
        for (text, want, loaded) in [
            (
                include_str!("../../tests/fixtures/v2-rich.stored.json"),
                rich.clone(),
                from2.clone(),
            ),
            (
                include_str!("../../tests/fixtures/v2-empty.stored.json"),
                empty.clone(),
                from2,
            ),
            (
                include_str!("../../tests/fixtures/v0.stored.json"),
                {
                    let mut p = Progress::default();
                    p.mark_up_to(3);
                    p.set_watched(16, true);
                    p
                },
                Loaded::Migrated { from: 0 },
            ),
            (
                include_str!("../../tests/fixtures/v1.stored.json"),
                {
                    let mut p = Progress::default();
                    for e in [2, 4, 5] {
                        p.set_watched(e, true);
                    }
                    p.set_show_all_spoilers(true);
                    p
                },
                Loaded::Migrated { from: 1 },
            ),
        ] {
            let (p, how) = stored(Some(text));
            assert_eq!((&p, &how), (&want, &loaded), "{text}");
            assert!(!how.needs_backup());
            // Saved again in today's layouts, nothing is lost either.
            assert_eq!(stored(Some(&store(&p))), (p.clone(), Loaded::Current));
            assert_eq!(decode(&encode(&p)), Ok(p));
        }
        // What the rich fixture means, in the terms of today.
        assert_eq!(
            (rich.times_finished(), rich.finished_before(), rich.count()),
            (2, 2, 9)
        );
        assert!(rich.spoiler_unlocked(16));
    }

    #[test]
    fn a_full_code_still_decodes() {
        use crate::logic::progress::{decode as stored, encode as store, Loaded};
        // The most a progress can hold: every run, every day known and far apart, every note
        // full of the longest characters (four bytes in UTF-8, or six as JSON escapes).
        for fill in ["🦋", "\u{1}"] {
            let mut p = Progress::default();
            let runs = (0..MAX_RUNS as i64)
                .map(|r| {
                    let mut run = Run::default();
                    for e in 1..=EPISODES {
                        let far = if e % 2 == 0 { 0 } else { 9000 };
                        run.set(e, Some(Some(PREMIERE + far + r)));
                    }
                    run
                })
                .collect();
            p.set_runs(runs, false);
            for e in 1..=EPISODES {
                p.set_rating(e, Some((e % 5 + 1) as u8));
                p.set_note(e, &fill.repeat(NOTE_MAX_CHARS));
            }
            let code = encode(&p);
            assert!(code.len() < MAX_INPUT, "{} bytes", code.len());
            assert_eq!(decode(&code), Ok(p.clone()));
            let file = file_text(&p, "2026-12-01");
            assert!(file.len() < MAX_INPUT, "{} bytes", file.len());
            assert_eq!(read_file(&file), Ok(p.clone()));
            let text = store(&p);
            assert!(text.len() < 80 * 1024, "{} bytes", text.len());
            assert_eq!(stored(Some(&text)), (p, Loaded::Current));
        }
    }
}
