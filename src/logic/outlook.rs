//! The season-2 outlook's figures that depend on the reader's clock, computed from "today" so they
//! stay true however long after the finale someone reads the guide.

use crate::data::model::{Outlook, Reason, Stance};
use crate::logic::dates::{describe_span, PartialDate};

#[derive(Clone, Debug, PartialEq)]
pub struct LiveFigures {
    pub days_since_finale: i64,
    pub since_finale: String,
    /// `None` while the predicted window has not yet closed.
    pub since_window_closed: Option<String>,
    /// Days between the newest fact in the data and today: how stale the status may be.
    pub days_since_as_of: i64,
}

/// `today` is a day number (days since 1970-01-01) from the reader's clock.
pub fn live_figures(outlook: &Outlook, today: i64) -> LiveFigures {
    let finale = outlook.finale_date.last_day();
    let window_closed = outlook.seed_prediction.window_end.last_day() + 1;
    LiveFigures {
        days_since_finale: (today - finale).max(0),
        since_finale: describe_span(finale, today),
        since_window_closed: (today >= window_closed).then(|| describe_span(window_closed, today)),
        days_since_as_of: (today - outlook.as_of.last_day()).max(0),
    }
}

/// Reasons grouped the way the page presents them: against, for, then context.
pub fn reasons_by_stance(outlook: &Outlook) -> Vec<(Stance, Vec<&Reason>)> {
    [Stance::Against, Stance::For, Stance::Context]
        .into_iter()
        .map(|s| {
            (
                s,
                outlook
                    .reasons
                    .iter()
                    .filter(|r| r.stance == s)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, rs)| !rs.is_empty())
        .collect()
}

/// Timeline events oldest first. A partial date sorts by the last day it can mean: "August 2020"
/// (an article written as the run ended) belongs after the finale of 9 August 2020.
pub fn sorted_timeline(outlook: &Outlook) -> Vec<(PartialDate, String)> {
    let mut events: Vec<_> = outlook
        .timeline
        .iter()
        .map(|e| (e.date, e.event.clone()))
        .collect();
    events.sort_by_key(|(d, _)| d.last_day());
    events
}

pub fn stance_heading(stance: Stance) -> &'static str {
    match stance {
        Stance::Against => "Why a season 2 is unlikely",
        Stance::For => "What speaks for one",
        Stance::Context => "What happened instead",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::parse_json;
    use crate::logic::dates::days_from_civil;

    fn outlook() -> Outlook {
        parse_json(include_str!("../../public/data/outlook.json")).unwrap()
    }

    #[test]
    fn counts_from_the_readers_clock() {
        let o = outlook();
        let today = days_from_civil(2026, 11, 24);
        let live = live_figures(&o, today);
        assert_eq!(live.days_since_finale, today - days_from_civil(2020, 8, 9));
        assert_eq!(live.days_since_finale, 2298);
        assert_eq!(live.since_finale, "6 years, 3 months");
        assert_eq!(
            live.since_window_closed.as_deref(),
            Some("5 years, 2 months")
        );
        assert_eq!(live.days_since_as_of, today - days_from_civil(2025, 9, 30));
    }

    #[test]
    fn window_not_yet_closed_has_no_figure() {
        let o = outlook();
        let live = live_figures(&o, days_from_civil(2021, 7, 1));
        assert_eq!(live.since_window_closed, None);
        let live = live_figures(&o, days_from_civil(2021, 9, 1));
        assert_eq!(live.since_window_closed.as_deref(), Some("0 days"));
    }

    #[test]
    fn groups_reasons_against_first() {
        let o = outlook();
        let groups = reasons_by_stance(&o);
        assert_eq!(groups[0].0, Stance::Against);
        assert!(groups.iter().any(|(s, _)| *s == Stance::For));
        let total: usize = groups.iter().map(|(_, r)| r.len()).sum();
        assert_eq!(total, o.reasons.len());
    }

    #[test]
    fn timeline_is_chronological() {
        let events = sorted_timeline(&outlook());
        assert!(events
            .windows(2)
            .all(|w| w[0].0.last_day() <= w[1].0.last_day()));
        let finale = events
            .iter()
            .position(|(d, _)| *d == PartialDate::ymd(2020, 8, 9));
        let seed = events.iter().position(|(d, _)| d.iso() == "2020-08");
        assert!(finale < seed, "the seed article came after the finale");
        assert_eq!(events[0].0, PartialDate::ymd(2020, 6, 20));
    }
}
