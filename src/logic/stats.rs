//! The reader's numbers, worked out from their progress for the view to draw: how much they have
//! watched, when, in what streaks, for how long, and how their ratings sit beside the broadcast's.

use super::progress::{Day, Progress, EPISODES, PREMIERE};
use crate::core::order::sort_by;
use crate::data::model::Episode;

const N: usize = EPISODES as usize;

/// The running time of an episode, in minutes, least and most. The guide's only sourced figure is
/// a range, "70 to 85 minutes an episode" (Wikipedia; the show's `runtime` fact), so time watched
/// is a range too, counted from it.
pub const MINUTES_PER_EPISODE: (u32, u32) = (70, 85);

#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    /// Episodes watched in the current run.
    pub watched_now: usize,
    /// Episodes watched in all runs, each run counted (an episode seen twice counts twice).
    pub watched_all: usize,
    /// Different episodes watched in any run.
    pub episodes_seen: usize,
    pub runs_completed: u32,
    /// The earliest and latest known watch days, in any run.
    pub first_day: Option<Day>,
    pub last_day: Option<Day>,
    /// Days from the first known watch day to the last (0: all on one day).
    pub days_first_to_last: Option<i64>,
    /// The most consecutive days with at least one episode watched (known days only; 0 when no
    /// day is known).
    pub longest_streak: u32,
    /// Time watched in minutes, least and most, for every episode watched in every run, from
    /// [`MINUTES_PER_EPISODE`].
    pub minutes: (u32, u32),
    /// Each episode's rating by the reader beside its broadcast rating.
    pub ratings: Vec<RatingRow>,
    /// Each run, the first watch first.
    pub runs: Vec<RunStats>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RatingRow {
    pub episode: u32,
    /// The reader's 1–5 stars.
    pub mine: Option<u8>,
    /// The broadcast's nationwide share in percent (Nielsen Korea), as the guide gives it.
    pub broadcast: Option<f32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunStats {
    pub watched: usize,
    pub complete: bool,
    /// Its first and last known watch days: the days from the first episode to the last.
    pub first: Option<Day>,
    pub last: Option<Day>,
}

/// The numbers of `progress`, with each episode's broadcast rating (episode `n` at `n - 1`; see
/// [`broadcast_ratings`]).
pub fn stats(progress: &Progress, broadcast: &[Option<f32>; N]) -> Stats {
    let runs = progress.runs();
    let mut days: Vec<Day> = runs
        .iter()
        .flat_map(|r| r.dates().map(|(_, d)| d))
        .collect();
    sort_by(&mut days, |a, b| a.cmp(b));
    days.dedup();
    let (mut streak, mut longest) = (0u32, 0u32);
    for (i, d) in days.iter().enumerate() {
        streak = match i.checked_sub(1).and_then(|j| days.get(j)) {
            Some(before) if before + 1 == *d => streak + 1,
            _ => 1,
        };
        longest = longest.max(streak);
    }
    let (first_day, last_day) = (days.first().copied(), days.last().copied());
    let watched_all: usize = runs.iter().map(|r| r.count()).sum();
    let viewings = u32::try_from(watched_all).unwrap_or(u32::MAX);
    Stats {
        watched_now: progress.count(),
        watched_all,
        episodes_seen: (1..=EPISODES)
            .filter(|e| runs.iter().any(|r| r.is_watched(*e)))
            .count(),
        runs_completed: progress.times_finished(),
        first_day,
        last_day,
        days_first_to_last: first_day.zip(last_day).map(|(a, b)| b - a),
        longest_streak: longest,
        minutes: (
            viewings.saturating_mul(MINUTES_PER_EPISODE.0),
            viewings.saturating_mul(MINUTES_PER_EPISODE.1),
        ),
        ratings: (1..=EPISODES)
            .zip(broadcast)
            .map(|(episode, b)| RatingRow {
                episode,
                mine: progress.rating(episode),
                broadcast: *b,
            })
            .collect(),
        runs: runs
            .iter()
            .map(|r| RunStats {
                watched: r.count(),
                complete: r.is_complete(),
                first: r.dates().map(|(_, d)| d).min(),
                last: r.dates().map(|(_, d)| d).max(),
            })
            .collect(),
    }
}

/// Each episode's first broadcast day, from the guide's data (episode `n` at `n - 1`), for the
/// rules on watch days. An episode the data lacks gets the premiere, the earliest possible.
pub fn air_days(episodes: &[Episode]) -> [Day; N] {
    std::array::from_fn(|i| {
        episodes
            .iter()
            .find(|e| e.number as usize == i + 1)
            .map_or(PREMIERE, |e| e.air_date.first_day())
    })
}

/// Each episode's broadcast rating from the guide's data (episode `n` at `n - 1`).
pub fn broadcast_ratings(episodes: &[Episode]) -> [Option<f32>; N] {
    std::array::from_fn(|i| {
        episodes
            .iter()
            .find(|e| e.number as usize == i + 1)
            .and_then(|e| Some(e.rating.as_ref()?.value))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::days_from_civil;
    use crate::logic::progress::{DateChoice, Run};

    fn day(m: u8, d: u8) -> Day {
        days_from_civil(2025, m, d)
    }

    #[test]
    fn nothing_watched() {
        let s = stats(&Progress::default(), &[None; N]);
        assert_eq!(
            (
                s.watched_all,
                s.first_day,
                s.days_first_to_last,
                s.longest_streak,
                s.minutes
            ),
            (0, None, None, 0, (0, 0))
        );
        assert_eq!(s.ratings.len(), 16);
        assert_eq!(s.runs.len(), 1);
    }

    #[test]
    fn counts_days_streaks_and_time_over_every_run() {
        let mut first = Run::default();
        // Episodes 1-3 on three days in a row, 4 and 5 on one day, 6 a week later, 7 undated.
        for (e, d) in [
            (1, day(3, 1)),
            (2, day(3, 2)),
            (3, day(3, 3)),
            (4, day(3, 5)),
            (5, day(3, 5)),
            (6, day(3, 12)),
        ] {
            first.set(e, Some(Some(d)));
        }
        first.set(7, Some(None));
        let mut second = Run::default();
        // A rewatch: the same day as the first run's episode 6 counts once; then 13 and 14 March
        // join it into a streak of three.
        second.set(1, Some(Some(day(3, 12))));
        second.set(2, Some(Some(day(3, 13))));
        second.set(3, Some(Some(day(3, 14))));
        let mut p = Progress::default();
        p.set_runs(vec![first, second], false);
        p.set_rating(1, Some(5));
        let mut broadcast = [None; N];
        broadcast[0] = Some(6.1);
        broadcast[1] = Some(4.7);
        let s = stats(&p, &broadcast);
        assert_eq!((s.watched_now, s.watched_all, s.episodes_seen), (3, 10, 7));
        assert_eq!(
            (s.first_day, s.last_day),
            (Some(day(3, 1)), Some(day(3, 14)))
        );
        assert_eq!(s.days_first_to_last, Some(13));
        assert_eq!(s.longest_streak, 3);
        assert_eq!(s.minutes, (700, 850), "ten episodes at 70 to 85 minutes");
        assert_eq!(s.runs_completed, 0);
        assert_eq!(
            s.runs,
            [
                RunStats {
                    watched: 7,
                    complete: false,
                    first: Some(day(3, 1)),
                    last: Some(day(3, 12))
                },
                RunStats {
                    watched: 3,
                    complete: false,
                    first: Some(day(3, 12)),
                    last: Some(day(3, 14))
                },
            ]
        );
        assert_eq!(
            s.ratings[0],
            RatingRow {
                episode: 1,
                mine: Some(5),
                broadcast: Some(6.1)
            }
        );
        assert_eq!(
            s.ratings[1],
            RatingRow {
                episode: 2,
                mine: None,
                broadcast: Some(4.7)
            }
        );
    }

    #[test]
    fn a_binge_on_broadcast_days_and_a_complete_run() {
        let air: [Day; N] = std::array::from_fn(|i| PREMIERE + i as i64);
        let mut p = Progress::default();
        p.mark_up_to_with(16, DateChoice::Broadcast, day(12, 1), &air);
        let s = stats(&p, &[None; N]);
        assert_eq!(
            (s.longest_streak, s.days_first_to_last, s.runs_completed),
            (16, Some(15), 1)
        );
        assert_eq!(s.minutes, (16 * 70, 16 * 85));
    }

    #[test]
    fn the_guides_data_gives_sixteen_broadcast_days_from_the_premiere() {
        let site = crate::data::load::read_site(crate::core::lang::Lang::En);
        let Ok(site) = site else {
            panic!("the data loads");
        };
        let air = air_days(&site.guide.episodes);
        assert_eq!(
            air[0], PREMIERE,
            "the premiere constant is episode 1's broadcast"
        );
        assert!(air.windows(2).all(|w| w[0] < w[1]));
        let ratings = broadcast_ratings(&site.guide.episodes);
        assert_eq!(ratings[0], Some(6.1));
    }
}
