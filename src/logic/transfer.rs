//! Moving progress between devices with no account: a short code that carries the whole
//! progress, put in a link (after `#`, so it never reaches a server) or a QR code, and a small
//! JSON file that wraps the same code. One decoder reads both, and whatever it is given (a
//! mistyped link, a damaged file, a file from a newer guide, a photo of the wrong QR code) it
//! answers with progress or a clear [`TransferError`], never a panic.
//!
//! The code is base64url of: a version byte; the watched episodes as a 16-bit mask; a flags byte
//! (bit 0: show every spoiler); the rewatch count (LEB128); the ratings, 3 bits an episode; the
//! notes (LEB128 count, then episode, LEB128 length and UTF-8 text each); and a CRC-32 of all
//! that, so a damaged code is caught rather than misread.

use super::progress::{is_episode, Progress, EPISODES, NOTE_MAX_CHARS};
use crate::core::json::{self, as_u64, quote, Json};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The layout this version writes. A code with a higher version byte is from a newer guide.
pub const CODE_VERSION: u8 = 1;
/// The key that marks a JSON file as ours, holding its layout version.
pub const FILE_KEY: &str = "okay_guide_progress";
pub const FILE_VERSION: u64 = 1;
/// Longer input than this is not ours (a code with every note full is about 11 KB).
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
    let mut out = vec![CODE_VERSION];
    let mask: u16 = progress
        .watched()
        .fold(0, |m, e| m | 1u16.checked_shl(e - 1).unwrap_or(0));
    out.extend_from_slice(&mask.to_le_bytes());
    out.push(u8::from(progress.show_all_spoilers()));
    put_varint(&mut out, u64::from(progress.rewatches()));
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
    let (&version, _) = bytes.split_first().ok_or(TransferError::Damaged)?;
    if version == 0 {
        return Err(TransferError::NotOurs);
    }
    if version > CODE_VERSION {
        return Err(TransferError::Newer {
            version: u64::from(version),
        });
    }
    if bytes.len() < 4 + 1 {
        return Err(TransferError::Damaged);
    }
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    let crc = u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]);
    if crc32(body) != crc {
        return Err(TransferError::Damaged);
    }
    let mut r = Reader { bytes: body, at: 1 };
    let mask = u16::from_le_bytes([r.byte()?, r.byte()?]);
    let flags = r.byte()?;
    if flags > 1 {
        return Err(TransferError::Damaged);
    }
    let rewatches = u32::try_from(r.varint()?).map_err(|_| TransferError::Damaged)?;
    let mut packed = [0u8; 8];
    for b in packed.iter_mut().take(6) {
        *b = r.byte()?;
    }
    let packed = u64::from_le_bytes(packed);
    let mut p = Progress::default();
    for e in 1..=EPISODES {
        if mask & (1 << (e - 1)) != 0 {
            p.set_watched(e, true);
        }
        match (packed >> (3 * (e - 1))) & 7 {
            0 => {}
            s @ 1..=5 => p.set_rating(e, Some(s as u8)),
            _ => return Err(TransferError::Damaged),
        }
    }
    p.set_show_all_spoilers(flags == 1);
    for _ in 0..r.varint()? {
        let e = u32::from(r.byte()?);
        let len = usize::try_from(r.varint()?).map_err(|_| TransferError::Damaged)?;
        let text = std::str::from_utf8(r.take(len)?).map_err(|_| TransferError::Damaged)?;
        if !is_episode(e) || text.chars().count() > NOTE_MAX_CHARS || p.note(e).is_some() {
            return Err(TransferError::Damaged);
        }
        p.set_note(e, text);
    }
    if r.at != body.len() {
        return Err(TransferError::Damaged);
    }
    p.set_rewatches(rewatches);
    Ok(p)
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
        "{{\"{FILE_KEY}\":{FILE_VERSION},\"code\":{},\"exported\":{},\"watched\":[{}],\"ratings\":{},\"notes\":{},\"rewatches\":{}}}\n",
        quote(&encode(progress)),
        quote(exported_on),
        watched.join(","),
        s.ratings,
        s.notes,
        progress.rewatches()
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
    /// Watched episodes as runs: `[(1, 7), (9, 9)]`.
    pub runs: Vec<(u32, u32)>,
    pub watched: usize,
    pub ratings: usize,
    pub notes: usize,
    pub rewatches: u32,
    pub show_all_spoilers: bool,
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
            rewatches: p.rewatches(),
            show_all_spoilers: p.show_all_spoilers(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(encode(&Progress::default()).len() < 24);
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
        // A version byte of 2 (a newer guide), whatever follows.
        let newer = URL_SAFE_NO_PAD.encode([2u8, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(decode(&newer), Err(TransferError::Newer { version: 2 }));
        assert_eq!(read_file(""), Err(TransferError::Empty));
        assert_eq!(
            read_file("{\"theme\":\"dark\"}"),
            Err(TransferError::NotOurs)
        );
        assert_eq!(read_file("PK\u{3}\u{4}binary"), Err(TransferError::NotOurs));
        assert_eq!(
            read_file("{\"okay_guide_progress\":2,\"code\":\"x\"}"),
            Err(TransferError::Newer { version: 2 })
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

    #[test]
    fn a_full_code_still_decodes() {
        let mut p = Progress::default();
        for e in 1..=EPISODES {
            p.set_watched(e, true);
            p.set_rating(e, Some((e % 5 + 1) as u8));
            p.set_note(e, &"가".repeat(NOTE_MAX_CHARS));
        }
        let code = encode(&p);
        assert!(code.len() < MAX_INPUT);
        assert_eq!(decode(&code), Ok(p));
    }
}
