//! Reader for the two viewing-history files Netflix lets a member download, limited to the rows of
//! *It's Okay to Not Be Okay* (사이코지만 괜찮아), and a writer for the guide's own export.
//!
//! - `NetflixViewingHistory.csv` (profile page, "Download all"): columns `Title,Date`; the date is
//!   written in the account's locale, the title is `Show: [Season label: ]Episode title`.
//! - `ViewingActivity.csv` (personal-data download): `Profile Name, Start Time, Duration, Attributes,
//!   Title, Supplemental Video Type, ...`; Start Time is `YYYY-MM-DD HH:MM:SS` in UTC and the title
//!   usually ends in `(Episode N)`.
//!
//! [`read`] gives a [`Preview`]; [`import`] turns it into the first watch's days for the reader
//! to confirm (merged like progress from another device, so nothing is overwritten unasked);
//! [`export_rows`] and [`write_csv`] write the guide's own export.
//!
//! Plain code on purpose: no dependencies, no maps, no sorting, no panics on any input.

pub use super::progress::{iso, Day};
use super::progress::{Progress, Run};
use crate::core::date::{civil_from_days, days_from_civil, days_in_month};
use std::borrow::Cow;

/// Largest file `read` accepts. A `ViewingActivity.csv` row is about 150–250 bytes, so this is
/// over 130,000 viewings (trailers included), far beyond a real account, while keeping the browser's
/// copy plus the wasm copy of the file well under 100 MB on a phone. The app should check
/// `File.size` against it before reading the file at all.
pub const MAX_BYTES: usize = 32 * 1024 * 1024;

/// Number of episodes of the show.
pub const EPISODES: usize = super::progress::EPISODES as usize;

/// Header of the file `write_csv` produces. `read` recognises it and answers `FileError::OwnExport`.
pub const EXPORT_HEADER: &str = "episode,watched_date,run,rating,note";

/// The show's title as Netflix writes it in different account languages (compared normalised).
const SHOW_TITLES: [&str; 3] = [
    "It's Okay to Not Be Okay",
    "It's Okay Not to Be Okay",
    "사이코지만 괜찮아",
];

/// At most this many distinct profile names are collected (Netflix allows five per account).
const MAX_PROFILES: usize = 32;
/// At most this many columns are read from the header row.
const MAX_COLUMNS: usize = 64;
/// A title is split into at most this many ": " segments (the last keeps any further colons).
const MAX_SEGMENTS: usize = 8;

/// The day of a proleptic Gregorian date, or `None` if the date does not exist (years 1 to 9999
/// only).
pub fn day_from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let day = u8::try_from(day).ok()?;
    if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// Year, month (1–12) and day of month (1–31).
pub fn ymd(day: Day) -> (i32, u32, u32) {
    let (y, m, d) = civil_from_days(day);
    (y, u32::from(m), u32::from(d))
}

/// The UTC day of a Unix time in seconds.
pub fn day_from_unix_seconds(seconds: i64) -> Day {
    seconds.div_euclid(86_400)
}

/// One episode as the app knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EpisodeInfo {
    /// 1–16.
    pub number: u32,
    /// First broadcast (KST). No viewing can be earlier.
    pub air_date: Day,
    /// Netflix episode titles known for it, in any language.
    pub titles: Vec<String>,
}

/// The show's episodes, provided by the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    pub episodes: [EpisodeInfo; EPISODES],
}

/// What the reader needs from the app besides the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options<'a> {
    /// The reader's local day: dates after it are impossible.
    pub today: Day,
    /// The reader's offset from UTC in minutes (UTC+9 is 540), applied to ViewingActivity's UTC
    /// start times to give local days. Clamped to ±18 hours.
    pub utc_offset_minutes: i32,
    /// Keep only this profile's rows of a ViewingActivity file (name compared after trimming).
    pub profile: Option<&'a str>,
}

impl Options<'_> {
    pub fn new(today: Day) -> Self {
        Options {
            today,
            utc_offset_minutes: 0,
            profile: None,
        }
    }
}

/// Why a file cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Larger than `MAX_BYTES`.
    TooLarge { limit: usize },
    /// Not UTF-8 (for example a file re-saved by a spreadsheet in a legacy encoding or UTF-16).
    NotText,
    /// Empty, binary, or not comma/semicolon/tab separated.
    NotCsv,
    /// A table, but without `Title` and `Date` / `Start Time` columns.
    UnknownColumns,
    /// A file written by `write_csv` (this guide's own export), not a Netflix file.
    OwnExport,
    /// A Netflix file without a single row of this show; `rows` is how many rows it had.
    NoRowsForShow { rows: usize },
}

impl FileError {
    /// A stable code for the app's messages.
    pub fn code(&self) -> &'static str {
        match self {
            FileError::TooLarge { .. } => "too-large",
            FileError::NotText => "not-text",
            FileError::NotCsv => "not-csv",
            FileError::UnknownColumns => "unknown-columns",
            FileError::OwnExport => "own-export",
            FileError::NoRowsForShow { .. } => "no-rows-for-show",
        }
    }
}

/// Which Netflix file it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `Title,Date` (NetflixViewingHistory.csv).
    TitleDate,
    /// `Profile Name,Start Time,...` (ViewingActivity.csv).
    ViewingActivity,
}

/// How the day/month order of a `Title,Date` file was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    /// Month first (US).
    MonthDay,
    /// Day first (UK, Germany, ...).
    DayMonth,
    /// Not decided: each date was read on its own, maybe into `ambiguous`.
    Unknown,
    /// The file's dates carry the year first (ISO, Korean) or it is a ViewingActivity file.
    NotNeeded,
}

/// Why a row of this show was not placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A trailer or preview (non-empty Supplemental Video Type), not a viewing.
    Trailer,
    /// No episode title or number after the show's title.
    NoEpisode,
    /// An episode title the catalogue does not know.
    UnknownEpisodeTitle,
    /// An episode number outside the catalogue.
    UnknownEpisodeNumber,
    /// The title names one episode and the number another.
    TitleNumberMismatch,
    /// The date could not be read, or does not exist.
    BadDate,
    /// Every reading of the date is before the episode's first broadcast.
    BeforeBroadcast,
    /// Every reading of the date is after `Options::today`.
    InFuture,
}

impl Reason {
    /// A stable code for the app's messages.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Trailer => "trailer",
            Reason::NoEpisode => "no-episode",
            Reason::UnknownEpisodeTitle => "unknown-episode-title",
            Reason::UnknownEpisodeNumber => "unknown-episode-number",
            Reason::TitleNumberMismatch => "title-number-mismatch",
            Reason::BadDate => "bad-date",
            Reason::BeforeBroadcast => "before-broadcast",
            Reason::InFuture => "in-future",
        }
    }
}

/// One viewing of one episode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub episode: u32,
    /// The local day: as written in a `Title,Date` file; for ViewingActivity the UTC start time
    /// moved by `Options::utc_offset_minutes`.
    pub day: Day,
    /// Line of the file where the row starts (the header is line 1).
    pub line: usize,
    /// ViewingActivity only: start time in seconds since 1970-01-01 00:00 UTC, so the app can
    /// recompute the local day with another offset (`day_from_unix_seconds(utc + offset * 60)`).
    pub utc_seconds: Option<i64>,
    /// ViewingActivity only: how long was watched (a few seconds is a stray click).
    pub duration_seconds: Option<u32>,
}

/// A row of this show that could not be placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unplaced {
    pub line: usize,
    pub reason: Reason,
    /// The episode, when it was recognised.
    pub episode: Option<u32>,
}

/// A row whose date has two possible readings (day/month or month/day), both possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ambiguous {
    pub line: usize,
    pub episode: u32,
    /// Earliest first.
    pub choices: Vec<Day>,
}

/// What `read` found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub format: Format,
    pub date_order: DateOrder,
    /// All viewings placed, in file order (Netflix writes newest first).
    pub matches: Vec<Match>,
    pub unplaced: Vec<Unplaced>,
    pub ambiguous: Vec<Ambiguous>,
    /// Data rows in the file (blank lines not counted).
    pub rows: usize,
    /// Rows of other shows: counted, never kept.
    pub other_rows: usize,
    /// ViewingActivity: profiles with at least one row of this show, in order of appearance.
    pub profiles: Vec<String>,
    /// Rows of this show skipped because they belong to another profile than `Options::profile`.
    pub other_profile_rows: usize,
}

impl Preview {
    /// The earliest placed viewing of each episode (index 0 is episode 1).
    pub fn first_viewings(&self) -> [Option<Day>; EPISODES] {
        let mut first = [None; EPISODES];
        for m in &self.matches {
            let slot = (m.episode as usize)
                .checked_sub(1)
                .and_then(|i| first.get_mut(i));
            if let Some(slot) = slot {
                if slot.is_none_or(|d: Day| m.day < d) {
                    *slot = Some(m.day);
                }
            }
        }
        first
    }
}

/// Reads a Netflix viewing-history file and keeps the rows of this show.
pub fn read(bytes: &[u8], catalogue: &Catalogue, options: &Options) -> Result<Preview, FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(FileError::TooLarge { limit: MAX_BYTES });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotText)?;
    // Before the binary check: the guide's own notes may hold any character.
    if text.starts_with(EXPORT_HEADER) {
        return Err(FileError::OwnExport);
    }
    let control = |c: char| c < ' ' && !matches!(c, '\t' | '\n' | '\r');
    if text.trim().is_empty() || text.chars().any(control) {
        return Err(FileError::NotCsv);
    }
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .find(|&d| first_line.as_bytes().contains(&d))
        .unwrap_or(b',');
    let mut records = Records {
        text,
        pos: 0,
        line: 1,
        delimiter,
    };
    let mut fields: Vec<Cow<str>> = Vec::new();
    // The header is the first line that is not blank.
    while records.next(&mut fields, MAX_COLUMNS).is_some()
        && fields.iter().all(|f| f.trim().is_empty())
    {}
    if fields.len() < 2 {
        return Err(FileError::NotCsv);
    }
    let names: Vec<String> = fields.iter().map(|f| column_name(f)).collect();
    let column = |name: &str| names.iter().position(|n| n == name);
    if column("watched_date").is_some() {
        return Err(FileError::OwnExport);
    }
    let title_col = column("title").ok_or(FileError::UnknownColumns)?;
    let (format, date_col) = match (column("start time"), column("date")) {
        (Some(c), _) => (Format::ViewingActivity, c),
        (None, Some(c)) => (Format::TitleDate, c),
        _ => return Err(FileError::UnknownColumns),
    };
    let activity = format == Format::ViewingActivity;
    let extra = |name| if activity { column(name) } else { None };
    let (profile_col, trailer_col, duration_col) = (
        extra("profile name"),
        extra("supplemental video type"),
        extra("duration"),
    );
    let used = [
        Some(title_col),
        Some(date_col),
        profile_col,
        trailer_col,
        duration_col,
    ];
    let keep = used.iter().flatten().max().map_or(0, |m| m + 1);

    let shows: Vec<String> = SHOW_TITLES.iter().map(|t| key(t)).collect();
    let mut titles: Vec<(u32, String)> = Vec::new();
    for ep in &catalogue.episodes {
        for t in &ep.titles {
            let k = key(t);
            if !k.is_empty() {
                titles.push((ep.number, k));
            }
        }
    }
    let numbers: Vec<u32> = catalogue.episodes.iter().map(|e| e.number).collect();
    let offset = i64::from(options.utc_offset_minutes.clamp(-18 * 60, 18 * 60)) * 60;
    let wanted_profile = options.profile.map(str::trim);

    let mut preview = Preview {
        format,
        date_order: DateOrder::NotNeeded,
        matches: Vec::new(),
        unplaced: Vec::new(),
        ambiguous: Vec::new(),
        rows: 0,
        other_rows: 0,
        profiles: Vec::new(),
        other_profile_rows: 0,
    };
    let mut pending: Vec<Pending> = Vec::new();
    let (mut month_first, mut day_first) = (0usize, 0usize);
    let mut show_rows = 0usize;

    while let Some(line) = records.next(&mut fields, keep) {
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        preview.rows += 1;
        let get = |col: Option<usize>| col.and_then(|c| fields.get(c)).map_or("", |f| f.trim());
        let date_text = get(Some(date_col));
        let when = if activity {
            parse_start_time(date_text, offset)
        } else {
            parse_date(date_text)
        };
        if let When::Either { a, b, .. } = when {
            month_first += usize::from(b > 12 && a <= 12);
            day_first += usize::from(a > 12 && b <= 12);
        }
        let Some(episode) = episode_of(get(Some(title_col)), &shows, &titles, &numbers) else {
            preview.other_rows += 1;
            continue;
        };
        show_rows += 1;
        let profile = get(profile_col);
        if !profile.is_empty()
            && preview.profiles.len() < MAX_PROFILES
            && !preview.profiles.iter().any(|p| p == profile)
        {
            preview.profiles.push(profile.to_string());
        }
        if profile_col.is_some() && wanted_profile.is_some_and(|w| w != profile) {
            preview.other_profile_rows += 1;
            continue;
        }
        let unplaced = |reason, episode| Unplaced {
            line,
            reason,
            episode,
        };
        if !get(trailer_col).is_empty() {
            preview
                .unplaced
                .push(unplaced(Reason::Trailer, episode.ok()));
            continue;
        }
        match episode {
            Err(reason) => preview.unplaced.push(unplaced(reason, None)),
            Ok(episode) => pending.push(Pending {
                line,
                episode,
                when,
                duration: parse_clock(get(duration_col), 100_000),
            }),
        }
    }
    if show_rows == 0 {
        return Err(FileError::NoRowsForShow { rows: preview.rows });
    }

    let order = match (month_first > 0, day_first > 0) {
        (true, false) => DateOrder::MonthDay,
        (false, true) => DateOrder::DayMonth,
        (true, true) => DateOrder::Unknown,
        (false, false) => {
            // No day above 12 anywhere: let the rows whose date has only one possible reading
            // (after broadcast, not in the future) vote, and follow them if they agree.
            let (mut md, mut dm) = (0usize, 0usize);
            let mut any = false;
            for p in &pending {
                if let When::Either { a, b, year } = p.when {
                    any = true;
                    let air = air_date(catalogue, p.episode);
                    let ok = |m, d| {
                        day_from_ymd(year, m, d).is_some_and(|d| d >= air && d <= options.today)
                    };
                    match (ok(a, b), ok(b, a)) {
                        (true, false) => md += 1,
                        (false, true) => dm += 1,
                        _ => {}
                    }
                }
            }
            match (md > 0, dm > 0, any) {
                (true, false, _) => DateOrder::MonthDay,
                (false, true, _) => DateOrder::DayMonth,
                (_, _, true) => DateOrder::Unknown,
                (_, _, false) => DateOrder::NotNeeded,
            }
        }
    };
    preview.date_order = order;

    for p in pending {
        let air = air_date(catalogue, p.episode);
        let (utc_seconds, readings) = match p.when {
            When::Fixed(d) => (None, [Some(d), None]),
            When::Stamp { local, utc } => (Some(utc), [Some(local), None]),
            When::Bad => (None, [None, None]),
            When::Either { a, b, year } => {
                let md = day_from_ymd(year, a, b);
                let dm = day_from_ymd(year, b, a);
                let readings = match order {
                    DateOrder::MonthDay => [md, None],
                    DateOrder::DayMonth => [dm, None],
                    _ if md == dm => [md, None],
                    _ => [md, dm],
                };
                (None, readings)
            }
        };
        let possible = |d: &Day| *d >= air && *d <= options.today;
        let mut choices: Vec<Day> = readings
            .iter()
            .flatten()
            .copied()
            .filter(possible)
            .collect();
        if let [x, y] = choices.as_slice() {
            if y < x {
                choices = vec![*y, *x];
            }
        }
        match choices.as_slice() {
            &[day] => preview.matches.push(Match {
                episode: p.episode,
                day,
                line: p.line,
                utc_seconds,
                duration_seconds: p.duration,
            }),
            [] => {
                let reason = if readings.iter().all(Option::is_none) {
                    Reason::BadDate
                } else if readings.iter().flatten().all(|d| *d < air) {
                    Reason::BeforeBroadcast
                } else {
                    Reason::InFuture
                };
                preview.unplaced.push(Unplaced {
                    line: p.line,
                    reason,
                    episode: Some(p.episode),
                });
            }
            _ => preview.ambiguous.push(Ambiguous {
                line: p.line,
                episode: p.episode,
                choices,
            }),
        }
    }
    Ok(preview)
}

/// A row of this show waiting for the file's date order.
struct Pending {
    line: usize,
    episode: u32,
    when: When,
    duration: Option<u32>,
}

/// A date as read from one field.
#[derive(Clone, Copy)]
enum When {
    /// Year first: only one reading.
    Fixed(Day),
    /// `a`/`b`/`year`: month/day or day/month.
    Either {
        a: u32,
        b: u32,
        year: i32,
    },
    /// ViewingActivity start time: local day and UTC seconds.
    Stamp {
        local: Day,
        utc: i64,
    },
    Bad,
}

fn air_date(catalogue: &Catalogue, episode: u32) -> Day {
    catalogue
        .episodes
        .iter()
        .find(|e| e.number == episode)
        .map_or(Day::MIN, |e| e.air_date)
}

/// Reads a `Title,Date` date: `M/D/YY`, `D/M/YYYY`, `D.M.YY`, `D-M-YYYY`, `YYYY-MM-DD`,
/// `YYYY/MM/DD`, `YYYY. M. D.`, `YY. M. D.` (two-digit years are 20YY).
fn parse_date(text: &str) -> When {
    let t = text.trim();
    let (t, trailing_dot) = match t.strip_suffix('.') {
        Some(rest) => (rest.trim_end(), true),
        None => (t, false),
    };
    let mut separator = None;
    let mut spaced = false;
    for c in t.chars() {
        if c.is_ascii_digit() {
            continue;
        }
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        if !matches!(c, '/' | '.' | '-') || separator.is_some_and(|s| s != c) {
            return When::Bad;
        }
        separator = Some(c);
    }
    let mut groups = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty());
    let (Some(x), Some(y), Some(z), None) =
        (groups.next(), groups.next(), groups.next(), groups.next())
    else {
        return When::Bad;
    };
    let (Some(xn), Some(yn), Some(zn)) = (number(x, 4), number(y, 4), number(z, 4)) else {
        return When::Bad;
    };
    let year = |digits: &str, n: u32| match digits.len() {
        2 => Some(2000 + n as i32),
        4 => Some(n as i32),
        _ => None,
    };
    let korean = separator == Some('.') && (spaced || trailing_dot);
    if x.len() == 4 || (korean && x.len() == 2) {
        if y.len() > 2 || z.len() > 2 {
            return When::Bad;
        }
        return year(x, xn)
            .and_then(|yr| day_from_ymd(yr, yn, zn))
            .map_or(When::Bad, When::Fixed);
    }
    match year(z, zn) {
        Some(year) if x.len() <= 2 && y.len() <= 2 => When::Either { a: xn, b: yn, year },
        _ => When::Bad,
    }
}

/// Reads ViewingActivity's `YYYY-MM-DD HH:MM:SS` (UTC) and moves it by `offset` seconds.
fn parse_start_time(text: &str, offset: i64) -> When {
    let t = text.trim();
    let (date, time) = t.split_once([' ', 'T']).unwrap_or((t, ""));
    let When::Fixed(day) = parse_date(date) else {
        return When::Bad;
    };
    if time.trim().is_empty() {
        return When::Fixed(day);
    }
    match parse_clock(time.trim().trim_end_matches('Z'), 23) {
        Some(seconds) => {
            let utc = day * 86_400 + i64::from(seconds);
            When::Stamp {
                local: day_from_unix_seconds(utc + offset),
                utc,
            }
        }
        None => When::Bad,
    }
}

/// `H:MM:SS` or `H:MM` in seconds, hours up to `max_hours`.
fn parse_clock(text: &str, max_hours: u32) -> Option<u32> {
    let mut parts = text.split(':');
    let h = number(parts.next()?, 6)?;
    let m = number(parts.next()?, 2)?;
    let s = match parts.next() {
        Some(s) => number(s, 2)?,
        None => 0,
    };
    if parts.next().is_some() || h > max_hours || m > 59 || s > 59 {
        return None;
    }
    Some(h * 3600 + m * 60 + s)
}

/// ASCII digits only, 1 to `max_len` of them.
fn number(text: &str, max_len: usize) -> Option<u32> {
    if text.is_empty() || text.len() > max_len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Letters and digits only, folded to lower case: "It’s  Okay" and "it's okay" both give "itsokay".
fn key(text: &str) -> String {
    text.chars().filter(|&c| !is_mark(c)).map(fold).collect()
}

/// Spaces and punctuation, including the non-ASCII ones titles use: curly quotes, dashes, the
/// ellipsis, no-break and ideographic spaces, CJK brackets, fullwidth punctuation. (A short list
/// instead of `char::is_alphanumeric`, whose tables would add about 13 KB gzip to the wasm.)
fn is_mark(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    matches!(
        u32::from(c),
        0x80..=0xBF
            | 0xD7
            | 0xF7
            | 0x2B9..=0x2BC
            | 0x2000..=0x206F
            | 0x3000..=0x303F
            | 0xFE30..=0xFE4F
            | 0xFEFF
            | 0xFF01..=0xFF0F
            | 0xFF1A..=0xFF20
            | 0xFF3B..=0xFF40
            | 0xFF5B..=0xFF65
    )
}

/// Lower case for ASCII, Latin-1 and Cyrillic capitals (Hangul has no case); the same reason.
fn fold(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Þ' | 'А'..='Я' => char::from_u32(u32::from(c) + 32).unwrap_or(c),
        _ => c,
    }
}

fn column_name(field: &str) -> String {
    let trimmed = field.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    words.join(" ").to_ascii_lowercase()
}

/// `None`: not this show. Otherwise the episode, or why it is not known.
fn episode_of(
    title: &str,
    shows: &[String],
    titles: &[(u32, String)],
    numbers: &[u32],
) -> Option<Result<u32, Reason>> {
    let title = title.trim();
    // "(Episode 4)" / "(에피소드 4)" at the very end.
    let (body, mut number) = match split_paren(title) {
        Some((head, inner)) => match episode_number(inner) {
            Some(n) => (head, Some(n)),
            None => (title, None),
        },
        None => (title, None),
    };
    let segments: Vec<&str> = body.splitn(MAX_SEGMENTS, [':', '：']).collect();
    let (show, rest) = segments.split_first()?;
    let is_show = |s: &str| {
        let k = key(s);
        !k.is_empty() && shows.contains(&k)
    };
    // A trailer may be titled "Show (Trailer)" without any colon.
    if !is_show(show) && !split_paren(show).is_some_and(|(head, _)| is_show(head)) {
        return None;
    }
    if number.is_none() {
        number = rest.last().and_then(|s| episode_number(s));
    }
    // The episode title is the last segments after an optional season label of any language.
    // Lengths first, so a huge title is never copied.
    let keys: Vec<String> = rest.iter().map(|s| key(s)).collect();
    let mut by_title = None;
    for start in 0..keys.len() {
        let tail = keys.get(start..).unwrap_or(&[]);
        let len: usize = tail.iter().map(String::len).sum();
        let same = |t: &String| len > 0 && t.len() == len && *t == tail.concat();
        if let Some((n, _)) = titles.iter().find(|(_, t)| same(t)) {
            by_title = Some(*n);
            break;
        }
    }
    Some(match (number, by_title) {
        (Some(n), Some(t)) if n != t => Err(Reason::TitleNumberMismatch),
        (Some(n), _) if numbers.contains(&n) => Ok(n),
        (Some(_), _) => Err(Reason::UnknownEpisodeNumber),
        (None, Some(t)) => Ok(t),
        (None, None) if rest.iter().all(|s| s.trim().is_empty()) => Err(Reason::NoEpisode),
        (None, None) => Err(Reason::UnknownEpisodeTitle),
    })
}

/// "Head (inner)" → ("Head", "inner").
fn split_paren(text: &str) -> Option<(&str, &str)> {
    let inside = text.trim_end().strip_suffix(')')?;
    let open = inside.rfind('(')?;
    Some((inside.get(..open)?.trim_end(), inside.get(open + 1..)?))
}

/// "Episode 4", "에피소드 4", "4화", "4회", "제4화" → 4.
fn episode_number(text: &str) -> Option<u32> {
    let lower = text.trim().to_ascii_lowercase();
    let digits = if let Some(rest) = lower
        .strip_prefix("episode")
        .or_else(|| lower.strip_prefix("에피소드"))
    {
        rest.trim()
    } else {
        let rest = lower
            .strip_suffix('화')
            .or_else(|| lower.strip_suffix('회'))?
            .trim();
        rest.strip_prefix('제').unwrap_or(rest).trim()
    };
    number(digits, 3)
}

/// RFC 4180 records over the whole text, leniently: a quote inside an unquoted field is kept,
/// text after a closing quote is appended, an unclosed quote runs to the end of the file.
struct Records<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    delimiter: u8,
}

impl<'a> Records<'a> {
    /// Reads the next record into `out` (at most `max_fields` fields kept) and returns the line
    /// it starts on, or `None` at the end of the text.
    fn next(&mut self, out: &mut Vec<Cow<'a, str>>, max_fields: usize) -> Option<usize> {
        out.clear();
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let start_line = self.line;
        loop {
            let field = self.field(bytes);
            if out.len() < max_fields {
                out.push(field);
            }
            match bytes.get(self.pos).copied() {
                Some(b) if b == self.delimiter => self.pos += 1,
                Some(b'\r') => {
                    self.pos += 1;
                    if bytes.get(self.pos) == Some(&b'\n') {
                        self.pos += 1;
                    }
                    self.line += 1;
                    return Some(start_line);
                }
                Some(b'\n') => {
                    self.pos += 1;
                    self.line += 1;
                    return Some(start_line);
                }
                _ => return Some(start_line),
            }
        }
    }

    fn field(&mut self, bytes: &[u8]) -> Cow<'a, str> {
        let text = self.text;
        let mut value = Cow::Borrowed("");
        if bytes.get(self.pos) == Some(&b'"') {
            self.pos += 1;
            let mut start = self.pos;
            loop {
                match bytes.get(self.pos).copied() {
                    None => break,
                    Some(b'"') if bytes.get(self.pos + 1) == Some(&b'"') => {
                        value
                            .to_mut()
                            .push_str(text.get(start..=self.pos).unwrap_or(""));
                        self.pos += 2;
                        start = self.pos;
                    }
                    Some(b'"') => break,
                    Some(b) => {
                        if b == b'\n' || (b == b'\r' && bytes.get(self.pos + 1) != Some(&b'\n')) {
                            self.line += 1;
                        }
                        self.pos += 1;
                    }
                }
            }
            append(&mut value, text.get(start..self.pos).unwrap_or(""));
            if bytes.get(self.pos) == Some(&b'"') {
                self.pos += 1;
            }
        }
        let start = self.pos;
        while let Some(&b) = bytes.get(self.pos) {
            if b == self.delimiter || b == b'\r' || b == b'\n' {
                break;
            }
            self.pos += 1;
        }
        append(&mut value, text.get(start..self.pos).unwrap_or(""));
        value
    }
}

/// Appends without copying while the value is still a single borrowed piece.
fn append<'a>(value: &mut Cow<'a, str>, piece: &'a str) {
    if piece.is_empty() {
        return;
    }
    if value.is_empty() {
        if let Cow::Borrowed(_) = value {
            *value = Cow::Borrowed(piece);
            return;
        }
    }
    value.to_mut().push_str(piece);
}

/// One row of the guide's own export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportRow {
    pub episode: u32,
    /// Empty in the file when unknown.
    pub watched: Option<Day>,
    /// 1 for the first watch, 2 for the first rewatch, ...; empty for an episode rated or noted
    /// but not watched in any run.
    pub run: Option<u32>,
    pub rating: Option<u8>,
    pub note: String,
}

/// The guide's own export: `EXPORT_HEADER`, then one CRLF-terminated line a row, RFC 4180 quoting,
/// dates as `YYYY-MM-DD`. `read` answers `FileError::OwnExport` for it.
pub fn write_csv(rows: &[ExportRow]) -> String {
    let mut out = String::with_capacity(40 + rows.len() * 24);
    out.push_str(EXPORT_HEADER);
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&row.episode.to_string());
        out.push(',');
        if let Some(day) = row.watched {
            out.push_str(&iso(day));
        }
        out.push(',');
        if let Some(run) = row.run {
            out.push_str(&run.to_string());
        }
        out.push(',');
        if let Some(rating) = row.rating {
            out.push_str(&rating.to_string());
        }
        out.push(',');
        if row.note.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&row.note.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&row.note);
        }
        out.push_str("\r\n");
    }
    out
}

/// The guide's own export of a progress: one row per episode and run it was watched in, with the
/// episode's rating and note (which belong to the episode, not the run) on each; then a row with
/// no run for an episode rated or noted but not watched in any run. Episode order, then run order.
pub fn export_rows(progress: &Progress) -> Vec<ExportRow> {
    let mut rows = Vec::new();
    for episode in 1..=EPISODES as u32 {
        let rating = progress.rating(episode);
        let note = progress.note(episode).unwrap_or_default();
        let row = |watched, run| ExportRow {
            episode,
            watched,
            run,
            rating,
            note: note.to_string(),
        };
        let before = rows.len();
        for (i, run) in progress.runs().iter().enumerate() {
            if let Some(day) = run.mark(episode) {
                rows.push(row(day, Some(i as u32 + 1)));
            }
        }
        if rows.len() == before && (rating.is_some() || !note.is_empty()) {
            rows.push(row(None, None));
        }
    }
    rows
}

/// The catalogue of the guide's own data: each episode's first broadcast and its titles, Korean
/// and English, but not an English fan translation (not what Netflix shows).
pub fn catalogue(episodes: &[crate::data::model::Episode]) -> Catalogue {
    let air = super::stats::air_days(episodes);
    Catalogue {
        episodes: std::array::from_fn(|i| {
            let number = i as u32 + 1;
            let titles = episodes
                .iter()
                .filter(|e| e.number == number)
                .flat_map(|e| [e.title_en.as_ref().filter(|t| !t.fan), e.title_ko.as_ref()])
                .flatten()
                .map(|t| t.text.clone())
                .collect();
            EpisodeInfo {
                number,
                air_date: air[i],
                titles,
            }
        }),
    }
}

/// A viewing shorter than this (ViewingActivity's `Duration`) is a stray play, not a watch.
pub const MIN_VIEWING_SECONDS: u32 = 60;

/// What a Netflix file brings to the first watch, for the reader to confirm before anything
/// changes. [`Import::incoming`] is a progress whose first run holds each episode's earliest
/// viewing; it is merged like progress from another device ([`Progress::plan_merge`]), so an
/// episode the reader already has on another day in the first watch comes back as a
/// [`Conflict::Date`](super::progress::Conflict::Date) of run 0 for them to decide, and nothing is overwritten unasked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// The first run: each episode's earliest sure viewing; an episode seen only on ambiguous
    /// dates is watched, day not known, until the reader picks.
    first: Run,
    /// Rows whose date has two readings, either of which could still be the episode's earliest
    /// viewing: the reader picks one ([`Import::choose`]) or leaves the day unknown.
    pub ambiguous: Vec<Ambiguous>,
    /// Viewings refused, as (episode, day): before the episode's first broadcast or after today.
    pub refused: Vec<(u32, Day)>,
    /// Viewings left out as shorter than [`MIN_VIEWING_SECONDS`].
    pub short: usize,
}

/// Turns what [`read`] found into changes to the first watch's days (`air`: each episode's first
/// broadcast; `today`: the reader's day).
pub fn import(preview: &Preview, air: &[Day; EPISODES], today: Day) -> Import {
    let possible = |episode, day| super::progress::check_day(episode, day, today, air).is_ok();
    let mut import = Import {
        first: Run::default(),
        ambiguous: Vec::new(),
        refused: Vec::new(),
        short: 0,
    };
    for m in &preview.matches {
        if m.duration_seconds.is_some_and(|s| s < MIN_VIEWING_SECONDS) {
            import.short += 1;
        } else if possible(m.episode, m.day) {
            earliest(&mut import.first, m.episode, m.day);
        } else {
            import.refused.push((m.episode, m.day));
        }
    }
    for a in &preview.ambiguous {
        let (choices, refused): (Vec<Day>, Vec<Day>) =
            a.choices.iter().partition(|d| possible(a.episode, **d));
        if choices.is_empty() {
            import
                .refused
                .extend(refused.iter().map(|d| (a.episode, *d)));
        } else if let [day] = choices.as_slice() {
            earliest(&mut import.first, a.episode, *day);
        } else {
            if !import.first.is_watched(a.episode) {
                import.first.set(a.episode, Some(None));
            }
            import.ambiguous.push(Ambiguous {
                choices,
                ..a.clone()
            });
        }
    }
    import.prune();
    import
}

/// Keeps `day` as the episode's day in `run` if it is the earliest known.
fn earliest(run: &mut Run, episode: u32, day: Day) {
    if run.mark(episode).flatten().is_none_or(|d| day < d) {
        run.set(episode, Some(Some(day)));
    }
}

impl Import {
    /// The progress to merge: the first run only, every setting at its default.
    pub fn incoming(&self) -> Progress {
        let mut p = Progress::default();
        p.set_runs(vec![self.first.clone()], false);
        p
    }

    /// The reader's answer to `ambiguous[index]`: one of its choices, then taken like a sure day.
    pub fn choose(&mut self, index: usize, day: Day) -> bool {
        let Some(a) = self.ambiguous.get(index) else {
            return false;
        };
        if !a.choices.contains(&day) {
            return false;
        }
        let episode = a.episode;
        self.ambiguous.remove(index);
        earliest(&mut self.first, episode, day);
        self.prune();
        true
    }

    /// Drops the questions no answer to which could change an episode's earliest day.
    fn prune(&mut self) {
        let first = &self.first;
        self.ambiguous.retain(|a| {
            let known = first.mark(a.episode).flatten();
            a.choices.iter().any(|d| known.is_none_or(|k| *d < k))
        });
    }
}

#[cfg(test)]
mod tests {
    //! Hand-made files in the shapes public bug reports show. No row here is anyone's real history.
    use super::*;

    /// The catalogue the app builds, from the shipped guide: its titles as Netflix gives them (the
    /// fan translations left out) and each episode's broadcast day.
    fn catalogue() -> Catalogue {
        static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        CATALOGUE
            .get_or_init(|| {
                let guide = crate::data::load::read_file::<crate::data::model::Guide>("guide.json");
                super::catalogue(&guide.expect("the shipped guide.json").episodes)
            })
            .clone()
    }

    fn day(y: i32, m: u32, d: u32) -> Day {
        match day_from_ymd(y, m, d) {
            Some(day) => day,
            None => panic!("bad test date {y}-{m}-{d}"),
        }
    }

    fn air(episode: u32) -> Day {
        catalogue().episodes[episode as usize - 1].air_date
    }

    fn today() -> Day {
        day(2026, 12, 1)
    }

    fn options() -> Options<'static> {
        Options::new(today())
    }

    fn read_str(text: &str) -> Result<Preview, FileError> {
        read(text.as_bytes(), &catalogue(), &options())
    }

    fn ok(text: &str) -> Preview {
        match read_str(text) {
            Ok(p) => p,
            Err(e) => panic!("expected a preview, got {}", e.code()),
        }
    }

    /// (episode, ISO day, line) of every match, in file order.
    fn placed(p: &Preview) -> Vec<(u32, String, usize)> {
        p.matches
            .iter()
            .map(|m| (m.episode, iso(m.day), m.line))
            .collect()
    }

    fn reasons(p: &Preview) -> Vec<(usize, Reason)> {
        p.unplaced.iter().map(|u| (u.line, u.reason)).collect()
    }

    fn v(items: &[(u32, &str, usize)]) -> Vec<(u32, String, usize)> {
        items
            .iter()
            .map(|(e, d, l)| (*e, d.to_string(), *l))
            .collect()
    }

    // ---------------------------------------------------------------- Title,Date, every date order

    #[test]
    fn us_month_day_short_year_with_bom_crlf_and_other_shows() {
        let file = "\u{feff}Title,Date\r\n\
        \"Some Other Drama: Season 2: Pilot\",\"8/15/20\"\r\n\
        \"It's Okay to Not Be Okay: Limited Series: Beauty and the Beast\",\"7/13/20\"\r\n\
        \"It's Okay to Not Be Okay: Limited Series: The Boy Who Fed on Nightmares\",\"6/21/20\"\r\n\
        \"A Film\",\"6/1/20\"\r\n";
        let p = ok(file);
        assert_eq!(p.format, Format::TitleDate);
        assert_eq!(p.date_order, DateOrder::MonthDay);
        assert_eq!(placed(&p), v(&[(8, "2020-07-13", 3), (1, "2020-06-21", 4)]));
        assert_eq!((p.rows, p.other_rows), (4, 2));
        assert!(p.unplaced.is_empty() && p.ambiguous.is_empty() && p.profiles.is_empty());
    }

    #[test]
    fn us_month_day_long_year_unquoted_lf() {
        let file = "Title,Date\n\
        It's Okay to Not Be Okay: Limited Series: Zombie Kid,06/30/2020\n\
        It's Okay to Not Be Okay: Limited Series: Sleeping Witch,07/01/2020\n";
        let p = ok(file);
        assert_eq!(p.date_order, DateOrder::MonthDay);
        assert_eq!(placed(&p), v(&[(4, "2020-06-30", 2), (3, "2020-07-01", 3)]));
    }

    #[test]
    fn uk_day_month_long_year_without_season_label() {
        let file = "Title,Date\r\n\
        \"It's Okay to Not Be Okay: Zombie Kid\",\"29/06/2020\"\r\n\
        \"It's Okay to Not Be Okay: The Cheerful Dog\",\"02/08/2020\"\r\n";
        let p = ok(file);
        assert_eq!(p.date_order, DateOrder::DayMonth);
        assert_eq!(placed(&p), v(&[(4, "2020-06-29", 2), (7, "2020-08-02", 3)]));
    }

    #[test]
    fn uk_day_month_short_year() {
        let p = ok(
        "Title,Date\n\"It's Okay to Not Be Okay: Limited Series: King Donkey Ears\",\"19/7/20\"\n",
    );
        assert_eq!(placed(&p), v(&[(9, "2020-07-19", 2)]));
        assert_eq!(p.date_order, DateOrder::DayMonth);
    }

    #[test]
    fn german_dots_short_and_long_year_and_unknown_german_title() {
        let file = "Title,Date\n\
        \"It’s Okay to Not Be Okay: Limited Series: Bluebeard’s Secret\",\"24.07.20\"\n\
        \"It’s Okay to Not Be Okay: Limited Series: Romeo and Juliet\",\"1.8.2020\"\n\
        \"It’s Okay to Not Be Okay: Miniserie: Ein unbekannter Titel\",\"2.8.2020\"\n";
        let p = ok(file);
        assert_eq!(p.date_order, DateOrder::DayMonth);
        assert_eq!(
            placed(&p),
            v(&[(6, "2020-07-24", 2), (12, "2020-08-01", 3)])
        );
        assert_eq!(reasons(&p), vec![(4, Reason::UnknownEpisodeTitle)]);
    }

    #[test]
    fn iso_dates_with_dashes_and_slashes() {
        let file = "Title,Date\n\
        \"It's Okay to Not Be Okay: Limited Series: The Ugly Duckling\",\"2020-07-25\"\n\
        \"It's Okay to Not Be Okay: Limited Series: The Girl Who Cried Wolf\",\"2020/07/20\"\n";
        let p = ok(file);
        assert_eq!(p.date_order, DateOrder::NotNeeded);
        assert_eq!(
            placed(&p),
            v(&[(11, "2020-07-25", 2), (10, "2020-07-20", 3)])
        );
    }

    #[test]
    fn day_month_year_with_dashes() {
        let file = "Title,Date\n\
        \"It's Okay to Not Be Okay: The Lady in Red Shoes\",\"22-6-2020\"\n\
        \"It's Okay to Not Be Okay: Sleeping Witch\",\"5-7-2020\"\n";
        let p = ok(file);
        assert_eq!(p.date_order, DateOrder::DayMonth);
        assert_eq!(placed(&p), v(&[(2, "2020-06-22", 2), (3, "2020-07-05", 3)]));
    }

    #[test]
    fn korean_account_titles_and_dates() {
        let file = "\u{feff}Title,Date\r\n\
        \"사이코지만 괜찮아: 리미티드 시리즈: 진짜 진짜 얼굴을 찾아서\",\"20. 8. 10.\"\r\n\
        \"사이코지만 괜찮아: 리미티드 시리즈: 장화, 홍련의 아빠\",\"2020. 8. 2.\"\r\n\
        \"사이코지만 괜찮아: 시즌 1: 손, 아귀\",\"2020. 8. 3\"\r\n\
        \"사이코지만 괜찮아: 의좋은 형제\",\"20.8.9.\"\r\n\
        \"사이코지만 괜찮아: 리미티드 시리즈: 5화\",\"20. 7. 4.\"\r\n\
        \"사이코지만 괜찮아: 리미티드 시리즈: 6회\",\"20. 7. 6.\"\r\n\
        \"다른 드라마: 시즌 1: 1화\",\"20. 7. 6.\"\r\n";
        let p = ok(file);
        assert_eq!(p.date_order, DateOrder::NotNeeded);
        assert_eq!(
            placed(&p),
            v(&[
                (16, "2020-08-10", 2),
                (13, "2020-08-02", 3),
                (14, "2020-08-03", 4),
                (15, "2020-08-09", 5),
                (5, "2020-07-04", 6),
                (6, "2020-07-06", 7),
            ])
        );
        assert_eq!(p.other_rows, 1);
    }

    #[test]
    fn semicolon_file_saved_by_a_spreadsheet() {
        let file =
            "Title;Date\r\nIt's Okay to Not Be Okay: Limited Series: Sleeping Witch;28.06.2020\r\n";
        assert_eq!(placed(&ok(file)), v(&[(3, "2020-06-28", 2)]));
    }

    // ---------------------------------------------------------------- titles

    #[test]
    fn title_variants_curly_quotes_case_spaces_and_press_title() {
        let file = "Title,Date\n\
        \"IT’S  OKAY TO NOT BE OKAY :  limited series :  the boy who fed on nightmares \",\"2020-06-21\"\n\
        \"It's Okay Not to Be Okay: Limited Series: Bluebeards Secret\",\"2020-07-06\"\n\
        \"It‘s okay to not be okay: Season 1: THE LADY IN RED SHOES!\",\"2020-06-22\"\n";
        let p = ok(file);
        assert_eq!(
            placed(&p),
            v(&[
                (1, "2020-06-21", 2),
                (6, "2020-07-06", 3),
                (2, "2020-06-22", 4)
            ])
        );
    }

    #[test]
    fn episode_numbers_in_every_form() {
        let file = "Title,Date\n\
        \"It's Okay to Not Be Okay: Limited Series: Episode 13\",\"2020-08-01\"\n\
        \"It's Okay to Not Be Okay: Limited Series: Romeo and Juliet (Episode 12)\",\"2020-07-27\"\n\
        \"사이코지만 괜찮아: 리미티드 시리즈: 손, 아귀 (에피소드 14)\",\"2020-08-03\"\n\
        \"사이코지만 괜찮아: 리미티드 시리즈: 에피소드 15\",\"2020-08-08\"\n\
        \"사이코지만 괜찮아: 제16화\",\"2020-08-09\"\n\
        \"It's Okay to Not Be Okay (Episode 11)\",\"2020-07-25\"\n";
        let p = ok(file);
        assert_eq!(
            placed(&p),
            v(&[
                (13, "2020-08-01", 2),
                (12, "2020-07-27", 3),
                (14, "2020-08-03", 4),
                (15, "2020-08-08", 5),
                (16, "2020-08-09", 6),
                (11, "2020-07-25", 7),
            ])
        );
    }

    #[test]
    fn rows_that_cannot_be_placed_say_why() {
        let file = "Title,Date\n\
        \"It's Okay to Not Be Okay: Limited Series: Zombie Kid (Episode 5)\",\"2020-07-05\"\n\
        \"It's Okay to Not Be Okay: Limited Series: Episode 17\",\"2020-08-20\"\n\
        \"It's Okay to Not Be Okay: Limited Series: A Title Nobody Knows\",\"2020-08-20\"\n\
        \"It's Okay to Not Be Okay\",\"2020-08-20\"\n\
        \"It's Okay to Not Be Okay: Limited Series: Zombie Kid\",\"2020-06-27\"\n\
        \"It's Okay to Not Be Okay: Limited Series: Zombie Kid\",\"2027-01-01\"\n\
        \"It's Okay to Not Be Okay: Limited Series: Zombie Kid\",\"yesterday\"\n\
        \"It's Okay to Not Be Okay: Limited Series: Zombie Kid\",\"2/30/2021\"\n\
        \"It's Okay to Not Be Okay: Limited Series: Zombie Kid\",\n";
        let p = ok(file);
        assert!(p.matches.is_empty());
        assert_eq!(
            reasons(&p),
            vec![
                (2, Reason::TitleNumberMismatch),
                (3, Reason::UnknownEpisodeNumber),
                (4, Reason::UnknownEpisodeTitle),
                (5, Reason::NoEpisode),
                (6, Reason::BeforeBroadcast),
                (7, Reason::InFuture),
                (8, Reason::BadDate),
                (9, Reason::BadDate),
                (10, Reason::BadDate),
            ]
        );
        assert_eq!(p.unplaced[4].episode, Some(4));
    }

    #[test]
    fn look_alike_titles_are_other_shows() {
        let file = "Title,Date\n\
        \"It's Okay to Not Be Okay Again: Season 1: Zombie Kid\",\"2021-01-01\"\n\
        \"Psycho: Zombie Kid\",\"2021-01-01\"\n\
        \"It's Okay to Not Be Okay: Limited Series: Zombie Kid\",\"2021-01-01\"\n\
        \"Zombie Kid\",\"2021-01-01\"\n";
        let p = ok(file);
        assert_eq!(placed(&p), v(&[(4, "2021-01-01", 4)]));
        assert_eq!(p.other_rows, 3);
    }

    #[test]
    fn quoted_fields_with_commas_doubled_quotes_and_newlines() {
        // Line 2–3: another show's title with a newline inside quotes; the lines after it still count.
        let file = "\"Title\",\"Date\"\r\n\
        \"Talk \"\"Show\"\", Live: Season 1: Part\r\nTwo\",\"8/3/20\"\r\n\
        \"사이코지만 괜찮아: 리미티드 시리즈: 장화, 홍련의 아빠\",\"8/14/20\"\r\n\
        \"It's Okay to Not Be Okay: Limited Series: \"\"Zombie Kid\"\"\",\"7/1/20\"\r\n";
        let p = ok(file);
        assert_eq!(
            placed(&p),
            v(&[(13, "2020-08-14", 4), (4, "2020-07-01", 5)])
        );
        assert_eq!(p.other_rows, 1);
    }

    #[test]
    fn blank_lines_before_the_header_and_between_rows_are_skipped() {
        let file =
        "\r\n\r\nTitle,Date\r\n\r\n\"It's Okay to Not Be Okay: Zombie Kid\",\"2020-06-29\"\r\n\r\n";
        let p = ok(file);
        assert_eq!(placed(&p), v(&[(4, "2020-06-29", 5)]));
        assert_eq!(p.rows, 1);
    }

    #[test]
    fn extra_and_reordered_columns_are_ignored() {
        let file = " DATE , Note, title \n2020-06-21,\"x, y\",It's Okay to Not Be Okay: The Lady in Red Shoes\n";
        assert_eq!(placed(&ok(file)), v(&[(2, "2020-06-21", 2)]));
    }

    // ---------------------------------------------------------------- ViewingActivity.csv

    const VA_HEADER: &str = "Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country\r\n";

    fn activity() -> String {
        let rows = [
        "Mina,2020-06-20 14:05:11,01:10:02,,It's Okay to Not Be Okay: Limited Series: The Boy Who Fed on Nightmares (Episode 1),,Smart TV,01:10:02,01:10:02,KR (Korea)",
        "Mina,2020-06-20 13:58:00,00:01:31,,It's Okay to Not Be Okay: Limited Series: Season Trailer,TRAILER,Smart TV,00:01:31,Not latest view,KR (Korea)",
        "Mina,2020-06-21 23:30:00,01:05:00,Autoplayed: user action: None,사이코지만 괜찮아: 리미티드 시리즈: 빨간 구두 아가씨 (에피소드 2),,Android Phone,01:05:00,01:05:00,KR (Korea)",
        "Jun,2020-07-04 20:00:00,00:50:00,,\"It's Okay to Not Be Okay: Limited Series: Rapunzel and the Cursed Castle (Episode 5)\",,Chrome PC (Cadmium),00:50:00,00:50:00,US (United States)",
        "Jun,2021-03-03 10:00:00,00:42:00,,Another Show: Season 1: Pilot (Episode 1),,Chrome PC (Cadmium),00:42:00,00:42:00,US (United States)",
        "Kid,2021-03-03 10:00:00,00:20:00,,A Cartoon: Season 3: Boats (Episode 9),,Tablet,00:20:00,00:20:00,US (United States)",
    ];
        format!("{VA_HEADER}{}\r\n", rows.join("\r\n"))
    }

    #[test]
    fn viewing_activity_profiles_trailers_and_times() {
        let p = ok(&activity());
        assert_eq!(p.format, Format::ViewingActivity);
        assert_eq!(p.date_order, DateOrder::NotNeeded);
        assert_eq!(p.profiles, vec!["Mina".to_string(), "Jun".to_string()]);
        assert_eq!(
            placed(&p),
            v(&[
                (1, "2020-06-20", 2),
                (2, "2020-06-21", 4),
                (5, "2020-07-04", 5)
            ])
        );
        assert_eq!(reasons(&p), vec![(3, Reason::Trailer)]);
        assert_eq!(p.other_rows, 2);
        let first = &p.matches[0];
        assert_eq!(
            first.utc_seconds,
            Some(day(2020, 6, 20) * 86_400 + 14 * 3600 + 5 * 60 + 11)
        );
        assert_eq!(first.duration_seconds, Some(3600 + 10 * 60 + 2));
    }

    #[test]
    fn viewing_activity_local_day_follows_the_offset() {
        let cat = catalogue();
        let seoul = Options {
            utc_offset_minutes: 9 * 60,
            ..options()
        };
        let p = read(activity().as_bytes(), &cat, &seoul)
            .ok()
            .map(|p| placed(&p));
        // 2020-06-21 23:30 UTC is already 22 June in Seoul.
        assert_eq!(
            p,
            Some(v(&[
                (1, "2020-06-20", 2),
                (2, "2020-06-22", 4),
                (5, "2020-07-05", 5)
            ]))
        );
        let los_angeles = Options {
            utc_offset_minutes: -7 * 60,
            ..options()
        };
        let p = read(activity().as_bytes(), &cat, &los_angeles).ok();
        let p = p.as_ref();
        assert_eq!(
            p.map(placed),
            Some(v(&[
                (1, "2020-06-20", 2),
                (2, "2020-06-21", 4),
                (5, "2020-07-04", 5)
            ]))
        );
    }

    #[test]
    fn viewing_activity_filtered_by_profile() {
        let cat = catalogue();
        let jun = Options {
            profile: Some(" Jun "),
            ..options()
        };
        let p = read(activity().as_bytes(), &cat, &jun).ok();
        let p = p.as_ref();
        assert_eq!(p.map(placed), Some(v(&[(5, "2020-07-04", 5)])));
        assert_eq!(p.map(|p| p.other_profile_rows), Some(3));
        assert_eq!(p.map(|p| p.profiles.len()), Some(2));
        // A profile filter does nothing to a Title,Date file (it has no profiles).
        let file = "Title,Date\n\"It's Okay to Not Be Okay: Zombie Kid\",\"2020-06-29\"\n";
        assert_eq!(
            read(file.as_bytes(), &cat, &jun).map(|p| p.matches.len()),
            Ok(1)
        );
    }

    // ---------------------------------------------------------------- ambiguity

    #[test]
    fn ambiguous_date_is_returned_with_both_choices() {
        let p = ok("Title,Date\n\"It's Okay to Not Be Okay: Limited Series: The Boy Who Fed on Nightmares\",\"7/8/20\"\n");
        assert_eq!(p.date_order, DateOrder::Unknown);
        assert!(p.matches.is_empty());
        assert_eq!(
            p.ambiguous,
            vec![Ambiguous {
                line: 2,
                episode: 1,
                choices: vec![day(2020, 7, 8), day(2020, 8, 7)],
            }]
        );
    }

    #[test]
    fn broadcast_date_settles_a_date_and_then_the_whole_file() {
        // 8/7/20 for episode 8 (aired 12 July) can only be 7 August; so the file is month-first and
        // 7/8/20 is 8 July.
        let file = "Title,Date\n\
        \"It's Okay to Not Be Okay: Limited Series: Beauty and the Beast\",\"8/7/20\"\n\
        \"It's Okay to Not Be Okay: Limited Series: The Boy Who Fed on Nightmares\",\"7/8/20\"\n";
        let p = ok(file);
        assert_eq!(p.date_order, DateOrder::MonthDay);
        assert_eq!(placed(&p), v(&[(8, "2020-08-07", 2), (1, "2020-07-08", 3)]));
    }

    #[test]
    fn a_day_above_twelve_in_any_row_settles_the_order() {
        let file = "Title,Date\n\
        \"Another Show: Part 1\",\"25/12/20\"\n\
        \"It's Okay to Not Be Okay: Limited Series: The Boy Who Fed on Nightmares\",\"7/8/20\"\n";
        let p = ok(file);
        assert_eq!(p.date_order, DateOrder::DayMonth);
        assert_eq!(placed(&p), v(&[(1, "2020-08-07", 3)]));
    }

    #[test]
    fn three_four_twenty_is_before_broadcast_either_way() {
        let p = ok("Title,Date\n\"It's Okay to Not Be Okay: Zombie Kid\",\"3/4/20\"\n");
        assert_eq!(reasons(&p), vec![(2, Reason::BeforeBroadcast)]);
        assert!(p.ambiguous.is_empty());
    }

    #[test]
    fn today_rules_out_a_reading_in_the_future() {
        let cat = catalogue();
        let early = Options::new(day(2020, 7, 10));
        let file =
            "Title,Date\n\"It's Okay to Not Be Okay: The Boy Who Fed on Nightmares\",\"7/9/20\"\n";
        let p = read(file.as_bytes(), &cat, &early).ok();
        assert_eq!(p.as_ref().map(placed), Some(v(&[(1, "2020-07-09", 2)])));
    }

    #[test]
    fn a_file_mixing_both_orders_reads_each_row_on_its_own() {
        // What a spreadsheet can leave behind: both orders in one file.
        let file = "Title,Date\n\
        \"It's Okay to Not Be Okay: Zombie Kid\",\"13/7/20\"\n\
        \"It's Okay to Not Be Okay: Sleeping Witch\",\"7/14/2020\"\n\
        \"It's Okay to Not Be Okay: The Boy Who Fed on Nightmares\",\"7/8/20\"\n\
        \"It's Okay to Not Be Okay: The Lady in Red Shoes\",\"7/7/20\"\n";
        let p = ok(file);
        assert_eq!(p.date_order, DateOrder::Unknown);
        assert_eq!(
            placed(&p),
            v(&[
                (4, "2020-07-13", 2),
                (3, "2020-07-14", 3),
                (2, "2020-07-07", 5)
            ])
        );
        assert_eq!(p.ambiguous.len(), 1);
        assert_eq!(p.ambiguous[0].line, 4);
    }

    #[test]
    fn first_viewings_takes_the_earliest_of_each_episode() {
        let file = "Title,Date\n\
        \"It's Okay to Not Be Okay: Zombie Kid\",\"2021-05-01\"\n\
        \"It's Okay to Not Be Okay: Zombie Kid\",\"2020-06-29\"\n\
        \"It's Okay to Not Be Okay: Zombie Kid\",\"2020-07-29\"\n\
        \"It's Okay to Not Be Okay: Episode 16\",\"2020-08-09\"\n";
        let first = ok(file).first_viewings();
        assert_eq!(first[3], Some(day(2020, 6, 29)));
        assert_eq!(first[15], Some(day(2020, 8, 9)));
        assert_eq!(first.iter().flatten().count(), 2);
    }

    // ---------------------------------------------------------------- errors

    #[test]
    fn errors_for_files_that_are_not_a_history() {
        let cat = catalogue();
        let opt = options();
        let err = |bytes: &[u8]| read(bytes, &cat, &opt).err();
        assert_eq!(err(b""), Some(FileError::NotCsv));
        assert_eq!(err(b"\xEF\xBB\xBF \r\n\r\n"), Some(FileError::NotCsv));
        assert_eq!(
            err(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(FileError::NotText)
        );
        assert_eq!(err(b"GIF89a\x01\0\x01\0\0\0\0;"), Some(FileError::NotCsv));
        assert_eq!(
            err(b"Title,Date\n\"Caf\xE9\",\"1/2/20\"\n"),
            Some(FileError::NotText)
        );
        assert_eq!(err(b"\xFF\xFET\0i\0t\0l\0e\0"), Some(FileError::NotText));
        assert_eq!(err(b"just one line of prose"), Some(FileError::NotCsv));
        assert_eq!(
            err(b"name,email\nA,a@example.org\n"),
            Some(FileError::UnknownColumns)
        );
        // Header missing: the first row is taken as the header and names no known column.
        assert_eq!(
            err(b"\"It's Okay to Not Be Okay: Zombie Kid\",\"6/29/20\"\n"),
            Some(FileError::UnknownColumns)
        );
        assert_eq!(
            err(b"Title,Date\n\"A Film\",\"6/29/20\"\n\"Another: Season 1: X\",\"6/30/20\"\n"),
            Some(FileError::NoRowsForShow { rows: 2 })
        );
        assert_eq!(
            err(b"Title,Date\n"),
            Some(FileError::NoRowsForShow { rows: 0 })
        );
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(err(&big), Some(FileError::TooLarge { limit: MAX_BYTES }));
    }

    // ---------------------------------------------------------------- the guide's own export

    #[test]
    fn write_csv_quotes_what_needs_quoting() {
        let rows = [
            ExportRow {
                episode: 1,
                watched: Some(day(2020, 6, 20)),
                run: Some(1),
                rating: Some(5),
                note: "the butterfly hug".into(),
            },
            ExportRow {
                episode: 13,
                watched: None,
                run: Some(2),
                rating: None,
                note: "장화, 홍련의 아빠 — \"again\"\nsecond line".into(),
            },
            ExportRow {
                episode: 16,
                watched: None,
                run: None,
                rating: Some(3),
                note: String::new(),
            },
        ];
        let out = write_csv(&rows);
        assert_eq!(
            out,
            "episode,watched_date,run,rating,note\r\n\
         1,2020-06-20,1,5,the butterfly hug\r\n\
         13,,2,,\"장화, 홍련의 아빠 — \"\"again\"\"\nsecond line\"\r\n\
         16,,,3,\r\n"
        );
        assert_eq!(read_str(&out).err(), Some(FileError::OwnExport));
    }

    /// The cases the property tests once shrank to (kept as plain tests when the property tests
    /// moved into the app's `tests/fuzz_parsers.rs`).
    #[test]
    fn cases_the_property_tests_found() {
        // An export whose note holds a control character is still our own export, not "not CSV".
        let out = write_csv(&[ExportRow {
            episode: 0,
            watched: None,
            run: Some(0),
            rating: None,
            note: "\0".into(),
        }]);
        assert_eq!(read_str(&out).err(), Some(FileError::OwnExport));
        // A Korean `YY. M. D.` date.
        let p =
            ok("Title,Date\nIt's Okay to Not Be Okay: The Boy Who Fed on Nightmares,20. 6. 21.\n");
        assert_eq!(placed(&p), v(&[(1, "2020-06-21", 2)]));
        // A day of 12 or less whose other reading falls before the broadcast settles the order.
        let p = ok("Title,Date\nIt's Okay to Not Be Okay: The Cheerful Dog,8/1/20\n");
        assert_eq!(p.date_order, DateOrder::MonthDay);
        assert_eq!(placed(&p), v(&[(7, "2020-08-01", 2)]));
    }

    #[test]
    fn day_conversions() {
        assert_eq!(day_from_ymd(1970, 1, 1), Some(0));
        assert_eq!(iso(day(2020, 6, 20)), "2020-06-20");
        assert_eq!(day_from_ymd(2020, 2, 29).map(ymd), Some((2020, 2, 29)));
        assert_eq!(day_from_ymd(2021, 2, 29), None);
        assert_eq!(day_from_ymd(2020, 13, 1), None);
        assert_eq!(
            day_from_ymd(2020, 256 + 1, 1),
            None,
            "no wrapping into a month"
        );
        assert_eq!(
            day_from_ymd(2020, 1, 256 + 1),
            None,
            "no wrapping into a day"
        );
        assert_eq!(day_from_unix_seconds(-1), -1);
        assert_eq!(
            ymd(Day::from(i32::MIN)).1,
            ymd(Day::from(i32::MIN)).1.clamp(1, 12)
        );
        assert!(today() > day(2020, 8, 9));
    }

    /// `cargo test --release -- --ignored --nocapture` prints how long a file at the size limit takes.
    #[test]
    #[ignore]
    fn a_file_at_the_size_limit() {
        let row = "Mina,2021-03-03 10:00:00,00:42:00,,\"Another Show: Season 1: A Rather Long Episode Title (Episode 1)\",,Chrome PC (Cadmium),00:42:00,00:42:00,US (United States)\r\n";
        let ours = "Mina,2020-07-04 20:00:00,00:50:00,,\"It's Okay to Not Be Okay: Limited Series: Rapunzel and the Cursed Castle (Episode 5)\",,Chrome PC (Cadmium),00:50:00,00:50:00,US (United States)\r\n";
        let mut file = String::from("Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country\r\n");
        while file.len() + ours.len() < MAX_BYTES {
            file.push_str(if file.len() % 7 == 0 { ours } else { row });
        }
        let start = std::time::Instant::now();
        let p = read(file.as_bytes(), &catalogue(), &options());
        let elapsed = start.elapsed();
        let p = p.ok();
        println!(
            "{} bytes, {} rows, {} matches: {} ms",
            file.len(),
            p.as_ref().map_or(0, |p| p.rows),
            p.as_ref().map_or(0, |p| p.matches.len()),
            elapsed.as_millis()
        );
        assert!(p.is_some_and(|p| p.rows > 100_000));
    }

    #[test]
    fn non_ascii_punctuation_spaces_and_capitals_are_ignored_in_titles() {
        let mut cat = catalogue();
        cat.episodes[4]
            .titles
            .push("Rapunzel und das verfluchte Schloss".into());
        cat.episodes[5].titles.push("Синяя Борода".into());
        let file = "Title\tDate\n\
        It\u{2019}s\u{a0}Okay to Not Be Okay\u{ff1a}\u{3000}Limited Series: \u{201c}Sleeping\u{2014}Witch\u{201d}\u{2026}\t2020-06-28\n\
        It's Okay to Not Be Okay: Miniserie: RAPUNZEL UND DAS VERFLUCHTE SCHLOSS\t2020-07-05\n\
        It's Okay to Not Be Okay: Мини-сериал: СИНЯЯ БОРОДА\t2020-07-06\n\
        It's Okay to Not Be Okay (Trailer)\t2020-06-01\n";
        let p = read(file.as_bytes(), &cat, &options()).ok();
        let p = p.as_ref();
        assert_eq!(
            p.map(placed),
            Some(v(&[
                (3, "2020-06-28", 2),
                (5, "2020-07-05", 3),
                (6, "2020-07-06", 4)
            ]))
        );
        // Without a Supplemental Video Type column a trailer-like title is simply not an episode.
        assert_eq!(p.map(reasons), Some(vec![(5, Reason::NoEpisode)]));
    }

    // ---------------------------------------------------------------- into the first watch

    fn air_days() -> [Day; EPISODES] {
        std::array::from_fn(|i| air(i as u32 + 1))
    }

    fn viewing(episode: u32, day: Day, duration_seconds: Option<u32>) -> Match {
        Match {
            episode,
            day,
            line: 2,
            utc_seconds: None,
            duration_seconds,
        }
    }

    fn preview(matches: Vec<Match>, ambiguous: Vec<Ambiguous>) -> Preview {
        Preview {
            format: Format::TitleDate,
            date_order: DateOrder::Unknown,
            matches,
            unplaced: Vec::new(),
            ambiguous,
            rows: 0,
            other_rows: 0,
            profiles: Vec::new(),
            other_profile_rows: 0,
        }
    }

    #[test]
    fn the_earliest_sure_viewing_of_each_episode_is_taken() {
        let p = preview(
            vec![
                viewing(1, day(2021, 5, 2), None),
                viewing(1, day(2020, 6, 25), None),
                viewing(1, day(2021, 1, 1), None),
                viewing(2, day(2020, 6, 20), None),
                viewing(3, day(2020, 7, 1), Some(5)),
                viewing(4, day(2027, 1, 1), None),
                viewing(5, day(2020, 7, 4), Some(3000)),
            ],
            vec![],
        );
        let import = import(&p, &air_days(), today());
        let first = import.incoming();
        assert_eq!(first.runs().len(), 1);
        let run = &first.runs()[0];
        assert_eq!(run.mark(1), Some(Some(day(2020, 6, 25))));
        assert_eq!(run.mark(2), None, "the day before its broadcast is refused");
        assert_eq!(run.mark(3), None, "a five-second play is not a watch");
        assert_eq!(run.mark(4), None, "after today");
        assert_eq!(run.mark(5), Some(Some(day(2020, 7, 4))));
        assert_eq!(
            import.refused,
            [(2, day(2020, 6, 20)), (4, day(2027, 1, 1))]
        );
        assert_eq!(import.short, 1);
        assert!(import.ambiguous.is_empty());
    }

    #[test]
    fn ambiguous_days_are_left_for_the_reader() {
        let question = |episode, a, b| Ambiguous {
            line: 3,
            episode,
            choices: vec![a, b],
        };
        let p = preview(
            vec![viewing(7, day(2020, 7, 20), None)],
            vec![
                // Episode 8: no sure day; both readings possible.
                question(8, day(2020, 7, 12), day(2020, 12, 7)),
                // Episode 7: both readings later than its sure day, so no question.
                question(7, day(2020, 8, 9), day(2020, 9, 8)),
                // Episode 9: one reading before its broadcast, so the other is sure.
                question(9, day(2020, 7, 9), day(2020, 9, 7)),
            ],
        );
        let mut import = import(&p, &air_days(), today());
        assert_eq!(
            import.ambiguous,
            [question(8, day(2020, 7, 12), day(2020, 12, 7))]
        );
        let run = import.incoming().runs()[0].clone();
        assert_eq!(
            run.mark(8),
            Some(None),
            "watched; the day waits for the reader"
        );
        assert_eq!(run.mark(7), Some(Some(day(2020, 7, 20))));
        assert_eq!(run.mark(9), Some(Some(day(2020, 9, 7))));
        assert!(
            !import.choose(0, day(2020, 7, 13)),
            "not one of its choices"
        );
        assert!(!import.choose(1, day(2020, 7, 12)));
        assert!(import.choose(0, day(2020, 12, 7)));
        assert!(import.ambiguous.is_empty());
        assert_eq!(
            import.incoming().runs()[0].mark(8),
            Some(Some(day(2020, 12, 7)))
        );
    }

    #[test]
    fn an_import_is_merged_into_the_first_watch_and_asks_before_changing_a_day() {
        let air = air_days();
        let mut mine = Progress::default();
        let _ = mine.set_watched_on(1, Some(day(2021, 3, 3)), today(), &air);
        mine.set_watched(2, true);
        mine.mark_up_to(16);
        assert!(mine.start_rewatch());
        mine.set_watched(1, true);
        let file = "Title,Date\n\
            \"It's Okay to Not Be Okay: The Boy Who Fed on Nightmares\",\"2020-06-20\"\n\
            \"It's Okay to Not Be Okay: The Lady in Red Shoes\",\"2020-06-22\"\n\
            \"It's Okay to Not Be Okay: Zombie Kid\",\"2020-07-01\"\n";
        let import = import(&ok(file), &air, today());
        let plan = mine.plan_merge(&import.incoming());
        assert_eq!(
            plan.conflicts,
            [super::super::progress::Conflict::Date {
                run: 0,
                episode: 1,
                mine: day(2021, 3, 3),
                theirs: day(2020, 6, 20)
            }]
        );
        let merged = &plan.merged;
        assert_eq!(
            merged.runs()[0].mark(2),
            Some(Some(day(2020, 6, 22))),
            "a day fills an unknown"
        );
        assert_eq!(merged.runs()[0].mark(4), Some(Some(day(2020, 7, 1))));
        assert_eq!(merged.runs()[1], mine.runs()[1], "the rewatch is untouched");
        assert_eq!(merged.notes_open(), mine.notes_open());
    }

    #[test]
    fn the_export_has_a_row_per_episode_and_run() {
        let air = air_days();
        let mut p = Progress::default();
        let _ = p.set_watched_on(1, Some(day(2020, 6, 20)), today(), &air);
        p.set_watched(2, true);
        p.end_run();
        p.start_rewatch();
        let _ = p.set_watched_on(1, Some(day(2026, 1, 2)), today(), &air);
        p.set_rating(1, Some(5));
        p.set_note(1, "again, \"better\"");
        p.set_rating(16, Some(2));
        p.set_note(15, "not yet");
        assert_eq!(
            write_csv(&export_rows(&p)),
            "episode,watched_date,run,rating,note\r\n\
             1,2020-06-20,1,5,\"again, \"\"better\"\"\"\r\n\
             1,2026-01-02,2,5,\"again, \"\"better\"\"\"\r\n\
             2,,1,,\r\n\
             15,,,,not yet\r\n\
             16,,,2,\r\n"
        );
        assert_eq!(
            write_csv(&export_rows(&Progress::default())),
            format!("{EXPORT_HEADER}\r\n")
        );
    }

    #[test]
    fn the_guides_own_catalogue_reads_netflix_titles() {
        let Ok(site) = crate::data::load::read_site(crate::core::lang::Lang::En) else {
            panic!("the data loads");
        };
        let catalogue = super::catalogue(&site.guide.episodes);
        assert_eq!(
            catalogue.episodes[0].air_date,
            super::super::progress::PREMIERE
        );
        assert!(
            catalogue.episodes[12]
                .titles
                .iter()
                .all(|t| t != "The Father of the Two Sisters"),
            "a fan translation is not Netflix's title"
        );
        let file = "Title,Date\n\
            \"It's Okay to Not Be Okay: Limited Series: Zombie Kid\",\"6/30/20\"\n\
            \"사이코지만 괜찮아: 리미티드 시리즈: 손, 아귀\",\"8/15/20\"\n";
        let p = read(file.as_bytes(), &catalogue, &options());
        assert_eq!(
            p.map(|p| placed(&p)),
            Ok(v(&[(4, "2020-06-30", 2), (14, "2020-08-15", 3)]))
        );
    }
}
