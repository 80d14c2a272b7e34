//! Geometry of the ratings chart, as whole numbers, so the drawing can be tested without a
//! browser (and the app never formats a float). Horizontal bars (one row per episode) stay
//! readable on a 320 px phone, where 16 vertical bars would need labels too small to read. Bars
//! start at zero so their lengths compare honestly.

use crate::data::model::Episode;
use crate::logic::ratings::{extremes, rating_of, Mark};

pub const WIDTH: i32 = 320;
pub const ROW: i32 = 18;
pub const TOP: i32 = 28;
pub const LEFT: i32 = 34;
/// Room on the right for the value and its "highest"/"lowest" label.
pub const RIGHT: i32 = 92;
pub const PLOT: i32 = WIDTH - LEFT - RIGHT;

/// The scale's maximum, in whole percent: the next even number above the highest rating.
pub fn scale_max(episodes: &[Episode]) -> u32 {
    let top = episodes.iter().filter_map(rating_of).max().unwrap_or(0);
    (top / 2000 + 1) * 2
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub episode: u32,
    /// Top of the row.
    pub y: i32,
    /// `None` where no figure exists: drawn as a gap, never as a zero-length bar.
    pub length: Option<i32>,
    pub rating: Option<u32>,
    pub mark: Option<Mark>,
    /// One of the last two episodes, whose ratings rose at the end of the run.
    pub finale: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub height: i32,
    pub max: u32,
    pub bars: Vec<Bar>,
    /// Gridline positions (x) with the percentage they stand for.
    pub ticks: Vec<(i32, u32)>,
}

pub fn layout(episodes: &[Episode]) -> Chart {
    let max = scale_max(episodes);
    let x = extremes(episodes);
    let last = episodes.iter().map(|e| e.number).max().unwrap_or(0);
    let bars = episodes
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let rating = rating_of(e);
            Bar {
                episode: e.number,
                y: TOP + i as i32 * ROW,
                length: rating.map(|r| {
                    (i64::from(r.min(max * 1000)) * i64::from(PLOT) / i64::from(max * 1000)) as i32
                }),
                rating,
                mark: x.and_then(|x| x.mark_for(e.number)),
                finale: e.number + 1 >= last,
            }
        })
        .collect::<Vec<_>>();
    let ticks = (0..=max)
        .step_by(2)
        .map(|t| (LEFT + (t as i32) * PLOT / max as i32, t))
        .collect();
    Chart {
        height: TOP + bars.len() as i32 * ROW + 8,
        max,
        bars,
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::data::load::read_site;

    fn episodes() -> Vec<Episode> {
        read_site(Lang::En)
            .expect("data loads")
            .guide
            .episodes
            .clone()
    }

    #[test]
    fn bars_are_proportional_from_zero() {
        let c = layout(&episodes());
        assert_eq!(c.max, 8);
        assert_eq!(c.bars.len(), 16);
        let (ep16, ep2) = (
            c.bars[15].length.unwrap_or(0),
            c.bars[1].length.unwrap_or(1),
        );
        assert_eq!(ep16, 7300 * PLOT / 8000);
        assert_eq!(ep2, 4700 * PLOT / 8000);
        assert_eq!(c.ticks.first(), Some(&(LEFT, 0)));
        assert_eq!(c.ticks.last(), Some(&(LEFT + PLOT, 8)));
    }

    #[test]
    fn a_missing_figure_is_a_gap_not_a_zero() {
        let mut eps = episodes();
        eps[9].rating = None;
        let c = layout(&eps);
        assert_eq!(c.bars[9].episode, 10);
        assert_eq!(c.bars[9].length, None);
    }

    #[test]
    fn extremes_and_the_final_spike_are_marked() {
        let c = layout(&episodes());
        assert_eq!(c.bars[15].mark, Some(Mark::Highest));
        assert_eq!(c.bars[1].mark, Some(Mark::Lowest));
        let finale: Vec<u32> = c
            .bars
            .iter()
            .filter(|b| b.finale)
            .map(|b| b.episode)
            .collect();
        assert_eq!(finale, vec![15, 16]);
    }

    #[test]
    fn absurd_values_stay_inside_the_plot() {
        let mut eps = episodes();
        for (i, v) in [(0, 900.0), (1, -3.0), (2, f32::NAN)] {
            if let Some(r) = eps[i].rating.as_mut() {
                r.value = v;
            }
        }
        let c = layout(&eps);
        for bar in &c.bars {
            if let Some(l) = bar.length {
                assert!((0..=PLOT).contains(&l), "{bar:?}");
            }
        }
        assert_eq!(c.bars[1].length, None);
        assert_eq!(c.bars[2].length, None);
    }
}
