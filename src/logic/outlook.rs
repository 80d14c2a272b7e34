//! The season-2 outlook's figures that depend on the reader's clock, computed from "today" so they
//! stay true however long after the finale someone reads the guide.

use crate::core::lang::Lang;
use crate::data::model::{Outlook, Reason, Stance, TimelineEvent};
use crate::logic::format::span;

#[derive(Clone, Debug, PartialEq)]
pub struct LiveFigures {
    pub days_since_finale: i64,
    pub since_finale: String,
    /// `None` while the guessed window has not yet closed.
    pub since_window_closed: Option<String>,
    /// Days since the sources were last searched for news: how stale the status may be.
    pub days_since_check: i64,
}

/// `today` is a day number (days since 1970-01-01) from the reader's clock.
pub fn live_figures(outlook: &Outlook, today: i64, lang: Lang) -> LiveFigures {
    let finale = outlook.finale_date.last_day();
    let window_closed = outlook.prediction.window_end.last_day() + 1;
    LiveFigures {
        days_since_finale: (today - finale).max(0),
        since_finale: span(finale, today, lang),
        since_window_closed: (today >= window_closed).then(|| span(window_closed, today, lang)),
        days_since_check: (today - outlook.as_of.checked.last_day()).max(0),
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
pub fn sorted_timeline(outlook: &Outlook) -> Vec<&TimelineEvent> {
    let mut events: Vec<(usize, &TimelineEvent)> = outlook.timeline.iter().enumerate().collect();
    crate::core::order::sort_by_key(&mut events, |(i, e)| (e.date.last_day(), *i));
    events.into_iter().map(|(_, e)| e).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::{days_from_civil, PartialDate};
    use crate::data::load::read_site;

    fn outlook() -> Outlook {
        read_site(Lang::En)
            .expect("data loads")
            .guide
            .outlook
            .clone()
    }

    #[test]
    fn counts_from_the_readers_clock() {
        let o = outlook();
        let today = days_from_civil(2026, 11, 25);
        let live = live_figures(&o, today, Lang::En);
        assert_eq!(live.days_since_finale, 2299);
        assert_eq!(live.since_finale, "6 years, 3 months");
        assert_eq!(
            live.since_window_closed.as_deref(),
            Some("5 years, 2 months")
        );
        assert_eq!(live.days_since_check, 0, "checked in December 2026");
        let spring = days_from_civil(2027, 6, 30);
        assert_eq!(
            live_figures(&o, spring, Lang::En).days_since_check,
            spring - days_from_civil(2026, 12, 31)
        );
        let ko = live_figures(&o, today, Lang::Ko);
        assert_eq!(ko.since_finale, "6년 3개월");
        // A reader years from now still gets true figures.
        let later = live_figures(&o, days_from_civil(2031, 8, 9), Lang::En);
        assert_eq!(later.since_finale, "11 years");
    }

    #[test]
    fn window_not_yet_closed_has_no_figure() {
        let o = outlook();
        let live = live_figures(&o, days_from_civil(2021, 7, 1), Lang::En);
        assert_eq!(live.since_window_closed, None);
        let live = live_figures(&o, days_from_civil(2021, 9, 1), Lang::En);
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
        let o = outlook();
        let events = sorted_timeline(&o);
        assert!(events
            .windows(2)
            .all(|w| w[0].date.last_day() <= w[1].date.last_day()));
        let finale = events
            .iter()
            .position(|e| e.date == PartialDate::ymd(2020, 8, 9));
        let article = events.iter().position(|e| e.date.iso() == "2020-08");
        assert!(finale < article, "the article came after the finale");
        assert_eq!(events[0].date, PartialDate::ymd(2020, 6, 20));
        assert_eq!(
            events.last().map(|e| e.date.last_day()),
            Some(o.as_of.newest.last_day()),
            "the newest event is the newest news"
        );
    }
}
