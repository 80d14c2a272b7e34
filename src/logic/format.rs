//! Dates, numbers, spans of time and counts, written the way each language writes them:
//! "Saturday, 20 June 2020" and "2020년 6월 20일 (토)", "2,299 days" and "2,299일",
//! "1 result" and "2 results" (Korean counts have no plural).

use crate::core::date::{civil_from_days, PartialDate, Weekday};
use crate::core::lang::Lang;
use crate::data::model::Dates;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_en(m: u8) -> &'static str {
    MONTHS
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// "Jun": the first three letters, or the whole name should one ever be shorter.
fn month_short_en(m: u8) -> &'static str {
    let name = month_en(m);
    name.get(..3).unwrap_or(name)
}

pub fn weekday_name(w: Weekday, lang: Lang) -> &'static str {
    let i = w as usize;
    match lang {
        Lang::En => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][i],
        Lang::Ko => [
            "월요일",
            "화요일",
            "수요일",
            "목요일",
            "금요일",
            "토요일",
            "일요일",
        ][i],
    }
}

pub fn weekday_short(w: Weekday, lang: Lang) -> &'static str {
    let i = w as usize;
    match lang {
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
        Lang::Ko => ["월", "화", "수", "목", "금", "토", "일"][i],
    }
}

/// "20 June 2020", "June 2022", "2024" / "2020년 6월 20일", "2022년 6월", "2024년".
pub fn long_date(d: PartialDate, lang: Lang) -> String {
    match (lang, d.month, d.day) {
        (Lang::En, Some(m), Some(day)) => format!("{day} {} {}", month_en(m), d.year),
        (Lang::En, Some(m), None) => format!("{} {}", month_en(m), d.year),
        (Lang::En, None, _) => d.year.to_string(),
        (Lang::Ko, Some(m), Some(day)) => format!("{}년 {m}월 {day}일", d.year),
        (Lang::Ko, Some(m), None) => format!("{}년 {m}월", d.year),
        (Lang::Ko, None, _) => format!("{}년", d.year),
    }
}

/// "20 Jun 2020" / "2020. 6. 20." — for lists and source lines.
pub fn short_date(d: PartialDate, lang: Lang) -> String {
    match (lang, d.month, d.day) {
        (Lang::En, Some(m), Some(day)) => format!("{day} {} {}", month_short_en(m), d.year),
        (Lang::En, Some(m), None) => format!("{} {}", month_short_en(m), d.year),
        (Lang::Ko, Some(m), Some(day)) => format!("{}. {m}. {day}.", d.year),
        (Lang::Ko, Some(m), None) => format!("{}. {m}.", d.year),
        (_, None, _) => long_date(d, lang),
    }
}

/// "Saturday, 20 June 2020" / "2020년 6월 20일 (토)".
pub fn date_with_weekday(d: PartialDate, lang: Lang) -> String {
    match (d.weekday(), lang) {
        (Some(w), Lang::En) => format!("{}, {}", weekday_name(w, lang), long_date(d, lang)),
        (Some(w), Lang::Ko) => format!("{} ({})", long_date(d, lang), weekday_short(w, lang)),
        (None, _) => long_date(d, lang),
    }
}

/// "Sat 20 Jun" / "6. 20. (토)" — the episode list's compact air date (the year is the run's).
pub fn list_date(d: PartialDate, lang: Lang) -> String {
    match (d.weekday(), d.month, d.day, lang) {
        (Some(w), Some(m), Some(day), Lang::En) => {
            format!("{} {day} {}", weekday_short(w, lang), month_short_en(m))
        }
        (Some(w), Some(m), Some(day), Lang::Ko) => {
            format!("{m}. {day}. ({})", weekday_short(w, lang))
        }
        _ => short_date(d, lang),
    }
}

/// Digits grouped by thousands: "2,299".
pub fn number(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 day", "2,299 days" / "2,299일".
pub fn days(n: i64, lang: Lang) -> String {
    match lang {
        Lang::En if n == 1 => "1 day".into(),
        Lang::En => format!("{} days", number(n)),
        Lang::Ko => format!("{}일", number(n)),
    }
}

/// English count with its noun: `count(1, "result", "results")` → "1 result".
pub fn count_en(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", number(n as i64))
    }
}

/// Whole calendar months from `from_day` to `to_day` (day numbers), rounded down.
pub fn months_between(from_day: i64, to_day: i64) -> i32 {
    let (y1, m1, d1) = civil_from_days(from_day);
    let (y2, m2, d2) = civil_from_days(to_day);
    let mut months = (y2 - y1) * 12 + i32::from(m2) - i32::from(m1);
    if d2 < d1 {
        months -= 1;
    }
    months
}

/// "6 years, 3 months", "1 month", "30 days" / "6년 3개월", "1개월", "30일", for fans rather
/// than accountants: calendar months, and days only under a month.
pub fn span(from_day: i64, to_day: i64, lang: Lang) -> String {
    if to_day < from_day {
        return match lang {
            Lang::En => "not yet".into(),
            Lang::Ko => "아직".into(),
        };
    }
    let months = months_between(from_day, to_day);
    if months <= 0 {
        return days(to_day - from_day, lang);
    }
    let (y, m) = (months / 12, months % 12);
    match lang {
        Lang::En => {
            let part = |n: i32, one: &str, many: &str| count_en(n as usize, one, many);
            match (y, m) {
                (0, m) => part(m, "month", "months"),
                (y, 0) => part(y, "year", "years"),
                (y, m) => format!(
                    "{}, {}",
                    part(y, "year", "years"),
                    part(m, "month", "months")
                ),
            }
        }
        Lang::Ko => match (y, m) {
            (0, m) => format!("{m}개월"),
            (y, 0) => format!("{y}년"),
            (y, m) => format!("{y}년 {m}개월"),
        },
    }
}

/// A changeable claim's two dates in words: "newest source July 2020, checked December 2026" /
/// "최신 출처 2020년 7월, 2026년 12월 확인". Once the check is over a year before the reader's
/// `today` (a day number from their clock), how long ago is added ("…, over a year ago" /
/// "…, 1년 넘게 지난 정보") and the second value is `true`, so the page can mark it stale. The
/// warning counts from the check, not from the news: a claim checked last month is fresh however
/// old its newest source.
pub fn dates_note(d: Dates, today: i64, lang: Lang) -> (String, bool) {
    let (newest, checked) = (long_date(d.newest, lang), long_date(d.checked, lang));
    let mut line = match lang {
        Lang::En => format!("newest source {newest}, checked {checked}"),
        Lang::Ko => format!("최신 출처 {newest}, {checked} 확인"),
    };
    let last = d.checked.last_day();
    let stale = today - last > 365;
    if stale {
        let years = (months_between(last, today) / 12).max(1);
        line.push_str(&match lang {
            Lang::En if years == 1 => ", over a year ago".to_string(),
            Lang::En => format!(", over {years} years ago"),
            Lang::Ko => format!(", {years}년 넘게 지난 정보"),
        });
    }
    (line, stale)
}

/// "episodes 1–7 and 9" / "1~7회, 9회", from runs of consecutive episodes.
pub fn episode_runs(runs: &[(u32, u32)], lang: Lang) -> String {
    let parts: Vec<String> = runs
        .iter()
        .map(|&(a, b)| match (lang, a == b) {
            (Lang::En, true) => a.to_string(),
            (Lang::En, false) => format!("{a}–{b}"),
            (Lang::Ko, true) => format!("{a}회"),
            (Lang::Ko, false) => format!("{a}~{b}회"),
        })
        .collect();
    match lang {
        Lang::En => {
            let word = if runs.len() == 1 && runs[0].0 == runs[0].1 {
                "episode"
            } else {
                "episodes"
            };
            let list = match parts.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                _ => parts.join(""),
            };
            format!("{word} {list}")
        }
        Lang::Ko => parts.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::days_from_civil;

    #[test]
    fn dates_in_both_languages() {
        let d = PartialDate::ymd(2020, 6, 20);
        assert_eq!(long_date(d, Lang::En), "20 June 2020");
        assert_eq!(long_date(d, Lang::Ko), "2020년 6월 20일");
        assert_eq!(date_with_weekday(d, Lang::En), "Saturday, 20 June 2020");
        assert_eq!(date_with_weekday(d, Lang::Ko), "2020년 6월 20일 (토)");
        assert_eq!(short_date(d, Lang::En), "20 Jun 2020");
        assert_eq!(short_date(d, Lang::Ko), "2020. 6. 20.");
        assert_eq!(
            list_date(PartialDate::ymd(2020, 8, 9), Lang::En),
            "Sun 9 Aug"
        );
        assert_eq!(
            list_date(PartialDate::ymd(2020, 8, 9), Lang::Ko),
            "8. 9. (일)"
        );
        let month = PartialDate {
            year: 2026,
            month: Some(3),
            day: None,
        };
        assert_eq!(long_date(month, Lang::En), "March 2026");
        assert_eq!(long_date(month, Lang::Ko), "2026년 3월");
        let year = PartialDate {
            year: 2024,
            month: None,
            day: None,
        };
        assert_eq!(long_date(year, Lang::Ko), "2024년");
        assert_eq!(short_date(year, Lang::En), "2024");
    }

    #[test]
    fn numbers_and_shares() {
        assert_eq!(number(2299), "2,299");
        assert_eq!(number(1_000_000), "1,000,000");
        assert_eq!(number(999), "999");
        assert_eq!(number(-1234), "-1,234");
        assert_eq!(days(2299, Lang::En), "2,299 days");
        assert_eq!(days(1, Lang::En), "1 day");
        assert_eq!(days(2299, Lang::Ko), "2,299일");
        assert_eq!(count_en(1, "result", "results"), "1 result");
        assert_eq!(count_en(0, "result", "results"), "0 results");
    }

    #[test]
    fn spans_in_words() {
        let finale = days_from_civil(2020, 8, 9);
        assert_eq!(span(finale, finale, Lang::En), "0 days");
        assert_eq!(span(finale, finale + 1, Lang::En), "1 day");
        assert_eq!(
            span(finale, days_from_civil(2020, 9, 9), Lang::En),
            "1 month"
        );
        assert_eq!(
            span(finale, days_from_civil(2021, 8, 9), Lang::En),
            "1 year"
        );
        let today = days_from_civil(2026, 11, 25);
        assert_eq!(span(finale, today, Lang::En), "6 years, 3 months");
        assert_eq!(span(finale, today, Lang::Ko), "6년 3개월");
        assert_eq!(span(finale, finale - 1, Lang::En), "not yet");
    }

    #[test]
    fn two_dates_and_staleness_counted_from_the_check_at_fixed_clocks() {
        let date = |t: &str| PartialDate::parse(t).expect("date");
        let outlook = Dates {
            newest: date("2026-05"),
            checked: date("2026-12"),
        };
        // Within a year of the end of December 2026: both dates, no warning, however old the news.
        for today in [days_from_civil(2026, 12, 7), days_from_civil(2027, 12, 31)] {
            assert_eq!(
                dates_note(outlook, today, Lang::En),
                (
                    "newest source May 2026, checked December 2026".to_string(),
                    false
                )
            );
        }
        assert_eq!(
            dates_note(outlook, days_from_civil(2027, 6, 1), Lang::Ko),
            ("최신 출처 2026년 5월, 2026년 12월 확인".to_string(), false)
        );
        // Over a year after the check: say how long ago, in each language.
        assert_eq!(
            dates_note(outlook, days_from_civil(2028, 1, 2), Lang::En),
            (
                "newest source May 2026, checked December 2026, over a year ago".to_string(),
                true
            )
        );
        assert_eq!(
            dates_note(outlook, days_from_civil(2030, 3, 1), Lang::En).0,
            "newest source May 2026, checked December 2026, over 3 years ago"
        );
        assert_eq!(
            dates_note(outlook, days_from_civil(2028, 1, 2), Lang::Ko),
            (
                "최신 출처 2026년 5월, 2026년 12월 확인, 1년 넘게 지난 정보".to_string(),
                true
            )
        );
        // Old news checked recently is fresh: the warning follows the check.
        let netflix = Dates {
            newest: date("2020-07"),
            checked: date("2026-12"),
        };
        assert!(!dates_note(netflix, days_from_civil(2027, 3, 20), Lang::En).1);
        let unchecked = Dates {
            newest: date("2020-07"),
            checked: date("2020-07"),
        };
        assert_eq!(
            dates_note(unchecked, days_from_civil(2027, 3, 20), Lang::En).0,
            "newest source July 2020, checked July 2020, over 6 years ago"
        );
    }

    #[test]
    fn runs_of_episodes() {
        assert_eq!(episode_runs(&[(1, 7)], Lang::En), "episodes 1–7");
        assert_eq!(
            episode_runs(&[(1, 7), (9, 9)], Lang::En),
            "episodes 1–7 and 9"
        );
        assert_eq!(episode_runs(&[(3, 3)], Lang::En), "episode 3");
        assert_eq!(
            episode_runs(&[(1, 2), (5, 5), (9, 16)], Lang::En),
            "episodes 1–2, 5 and 9–16"
        );
        assert_eq!(episode_runs(&[(1, 7), (9, 9)], Lang::Ko), "1~7회, 9회");
    }
}
