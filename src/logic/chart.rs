//! Geometry of the ratings chart, as plain numbers, so the drawing can be tested without a browser.
//! Horizontal bars (one row per episode) stay readable on a 320 px phone, where 16 vertical bars
//! would need labels too small to read. Bars start at zero so their lengths compare honestly.

use crate::data::model::Episode;
use crate::logic::ratings::{extremes, Mark};

pub const WIDTH: f32 = 320.0;
pub const ROW: f32 = 18.0;
pub const TOP: f32 = 28.0;
pub const LEFT: f32 = 34.0;
/// Room on the right for the value and its "highest"/"lowest" label.
pub const RIGHT: f32 = 92.0;
/// The scale's maximum, in percent: the next even number above the highest rating.
pub fn scale_max(episodes: &[Episode]) -> f32 {
    let top = episodes
        .iter()
        .filter_map(|e| e.rating)
        .filter(|r| r.is_finite() && *r >= 0.0)
        .fold(0.0f32, f32::max);
    ((top / 2.0).floor() + 1.0) * 2.0
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub episode: u32,
    /// Top of the row.
    pub y: f32,
    /// `None` where no figure exists: drawn as a gap with "n/a", never as a zero-length bar.
    pub length: Option<f32>,
    pub rating: Option<f32>,
    pub mark: Option<Mark>,
    /// One of the last two episodes, whose ratings rose at the end of the run.
    pub finale: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub height: f32,
    pub plot_width: f32,
    pub max: f32,
    pub bars: Vec<Bar>,
    /// Gridline positions (x) with their labels, e.g. (0.0, "0%").
    pub ticks: Vec<(f32, String)>,
}

pub fn layout(episodes: &[Episode]) -> Chart {
    let max = scale_max(episodes);
    let plot_width = WIDTH - LEFT - RIGHT;
    let x = extremes(episodes);
    let last = episodes.iter().map(|e| e.number).max().unwrap_or(0);
    let bars = episodes
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let rating = e.rating.filter(|r| r.is_finite() && *r >= 0.0);
            Bar {
                episode: e.number,
                y: TOP + i as f32 * ROW,
                length: rating.map(|r| (r.min(max) / max) * plot_width),
                rating,
                mark: x.and_then(|x| x.mark_for(e.number)),
                finale: e.number + 1 >= last,
            }
        })
        .collect::<Vec<_>>();
    let ticks = (0..=(max as u32))
        .step_by(2)
        .map(|t| (LEFT + t as f32 / max * plot_width, format!("{t}%")))
        .collect();
    Chart {
        height: TOP + bars.len() as f32 * ROW + 8.0,
        plot_width,
        max,
        bars,
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::parse_json;
    use crate::data::model::EpisodeGuide;

    fn chart() -> Chart {
        let guide: EpisodeGuide =
            parse_json(include_str!("../../public/data/episodes.json")).unwrap();
        layout(&guide.episodes)
    }

    #[test]
    fn bars_are_proportional_from_zero() {
        let c = chart();
        assert_eq!(c.max, 8.0);
        assert_eq!(c.bars.len(), 16);
        let ep16 = &c.bars[15];
        let ep2 = &c.bars[1];
        let ratio = ep16.length.unwrap() / ep2.length.unwrap();
        assert!((ratio - 7.3 / 4.7).abs() < 1e-4, "{ratio}");
        assert_eq!(c.ticks.first().map(|t| t.1.as_str()), Some("0%"));
        assert_eq!(c.ticks.last().map(|t| t.1.as_str()), Some("8%"));
    }

    #[test]
    fn the_missing_figure_is_a_gap_not_a_zero() {
        let c = chart();
        let ep10 = &c.bars[9];
        assert_eq!(ep10.episode, 10);
        assert_eq!(ep10.length, None);
        assert_eq!(ep10.rating, None);
    }

    #[test]
    fn extremes_and_the_final_spike_are_marked() {
        let c = chart();
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
        let mut guide: EpisodeGuide =
            parse_json(include_str!("../../public/data/episodes.json")).unwrap();
        guide.episodes[0].rating = Some(900.0);
        guide.episodes[1].rating = Some(-3.0);
        guide.episodes[2].rating = Some(f32::NAN);
        let c = layout(&guide.episodes);
        for bar in &c.bars {
            if let Some(l) = bar.length {
                assert!((0.0..=c.plot_width).contains(&l), "{bar:?}");
            }
        }
        assert_eq!(c.bars[1].length, None);
        assert_eq!(c.bars[2].length, None);
    }
}
