//! Calendar maths without a date crate: the guide only needs civil dates, weekdays and day counts,
//! and a full date/time library would add tens of kilobytes of wasm for that. (How dates are
//! worded in each language is logic, in `logic::format`.)

use crate::core::json;
use std::fmt;

/// A date that may be known only to the year or the month, as sources often are ("2024", "2022-06").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

impl PartialDate {
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("\"{text}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let mut parts = text.split('-');
        let year_text = parts.next().ok_or_else(bad)?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = year_text.parse().map_err(|_| bad())?;
        let number = |part: Option<&str>| -> Result<Option<u8>, String> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map(Some).map_err(|_| bad())
                }
                Some(_) => Err(bad()),
            }
        };
        let month = number(parts.next())?;
        let day = number(parts.next())?;
        if parts.next().is_some() {
            return Err(bad());
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(bad());
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(bad());
                }
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// The full date of a day number (days since 1970-01-01).
    pub fn from_day(days: i64) -> Self {
        let (y, m, d) = civil_from_days(days);
        PartialDate::ymd(y, m, d)
    }

    pub fn is_full(&self) -> bool {
        self.month.is_some() && self.day.is_some()
    }

    /// Day number of the first day the date can mean ("2022-06" starts on 1 June).
    pub fn first_day(&self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Day number of the last day the date can mean ("2022-06" ends on 30 June).
    pub fn last_day(&self) -> i64 {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        days_from_civil(self.year, month, day)
    }

    pub fn weekday(&self) -> Option<Weekday> {
        self.is_full().then(|| weekday_of(self.first_day()))
    }

    /// Machine-readable form for `<time datetime>`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

pub fn weekday_of(days: i64) -> Weekday {
    // 1970-01-01 was a Thursday.
    match (days + 3).rem_euclid(7) {
        0 => Weekday::Monday,
        1 => Weekday::Tuesday,
        2 => Weekday::Wednesday,
        3 => Weekday::Thursday,
        4 => Weekday::Friday,
        5 => Weekday::Saturday,
        _ => Weekday::Sunday,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl json::Read for PartialDate {
    fn read_or<J: json::Json>(v: &J, fault: &mut json::Fault) -> Self {
        let date = match v.string() {
            None => Err("expected a date".into()),
            Some(text) => PartialDate::parse(&text).map_err(|_| {
                format!("is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: \"{text}\"")
            }),
        };
        json::or_fail(date, fault)
    }
    fn placeholder() -> Self {
        PartialDate {
            year: 0,
            month: None,
            day: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for day in [-1_000_000, -1, 0, 1, 18_433, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
    }

    #[test]
    fn knows_the_broadcast_weekdays() {
        assert_eq!(
            PartialDate::ymd(2020, 6, 20).weekday(),
            Some(Weekday::Saturday)
        );
        assert_eq!(
            PartialDate::ymd(2020, 8, 9).weekday(),
            Some(Weekday::Sunday)
        );
        assert_eq!(
            PartialDate::ymd(2026, 11, 24).weekday(),
            Some(Weekday::Tuesday)
        );
        assert_eq!(PartialDate::parse("2024").map(|d| d.weekday()), Ok(None));
    }

    #[test]
    fn parses_partial_dates_and_rejects_nonsense() {
        assert_eq!(
            PartialDate::parse("2022-06"),
            Ok(PartialDate {
                year: 2022,
                month: Some(6),
                day: None
            })
        );
        assert_eq!(
            PartialDate::parse("2020-02-29").map(|d| d.day),
            Ok(Some(29))
        );
        for bad in [
            "",
            "20",
            "2021-02-29",
            "2020-13",
            "2020-00-10",
            "2020-6-1",
            "2020-06-01-01",
            "abcd",
            "2020-06-31",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn partial_dates_span_their_period() {
        let june = PartialDate::parse("2022-06").unwrap();
        assert_eq!(june.last_day() - june.first_day(), 29);
        let year = PartialDate::parse("2024").unwrap();
        assert_eq!(year.last_day() - year.first_day(), 365);
        assert_eq!(year.iso(), "2024");
    }
}
