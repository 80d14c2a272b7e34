//! Which episodes drew the most and the fewest viewers. Episodes without a figure are skipped,
//! never treated as zero. Figures are handled as thousandths of a percent, so nothing here (or in
//! the views) needs floating-point formatting, which costs the browser app 10 KB of code.

use crate::data::model::Episode;

/// A share in thousandths of a percent (7.348% → 7348), or `None` for no usable figure.
pub fn milli(value: f32) -> Option<u32> {
    (value.is_finite() && (0.0..=100.0).contains(&value)).then(|| (value * 1000.0).round() as u32)
}

/// The headline figure of an episode, in thousandths.
pub fn rating_of(e: &Episode) -> Option<u32> {
    e.rating.as_ref().and_then(|r| milli(r.value))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Extremes {
    pub highest: (u32, u32),
    pub lowest: (u32, u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Highest,
    Lowest,
}

/// The highest and lowest rated episodes (the earliest wins a tie); `None` without any figure.
pub fn extremes(episodes: &[Episode]) -> Option<Extremes> {
    let mut result: Option<Extremes> = None;
    for (n, r) in episodes
        .iter()
        .filter_map(|e| rating_of(e).map(|r| (e.number, r)))
    {
        result = Some(match result {
            None => Extremes {
                highest: (n, r),
                lowest: (n, r),
            },
            Some(x) => Extremes {
                highest: if r > x.highest.1 { (n, r) } else { x.highest },
                lowest: if r < x.lowest.1 { (n, r) } else { x.lowest },
            },
        });
    }
    result
}

impl Extremes {
    pub fn mark_for(&self, episode: u32) -> Option<Mark> {
        if episode == self.highest.0 {
            Some(Mark::Highest)
        } else if episode == self.lowest.0 {
            Some(Mark::Lowest)
        } else {
            None
        }
    }
}

/// "7.3%", "5.054%": as many decimals as the figure carries, at least one.
pub fn percent(milli: u32) -> String {
    let (whole, mut frac) = (milli / 1000, milli % 1000);
    let mut digits = 3;
    while digits > 1 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    format!("{whole}.{frac:0digits$}%")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::PartialDate;
    use crate::data::model::Rating;

    fn ep(number: u32, rating: Option<f32>) -> Episode {
        Episode {
            number,
            air_date: PartialDate::ymd(2020, 6, 20),
            title_en: None,
            title_ko: None,
            rating: rating.map(|value| Rating {
                value,
                cite: vec![],
                single_source: false,
                parts: vec![],
                peak: None,
            }),
            tale_cite: vec![],
            spoilers: vec![],
            notes: vec![],
            keywords: vec![],
            appearances: vec![],
            places: vec![],
            songs: vec![],
            tale: crate::data::model::Tale {
                year: None,
                takes: false,
                takes_from_episode: None,
                read_free: vec![],
                cite: vec![],
            },
            recap_cite: vec![],
        }
    }

    #[test]
    fn finds_extremes_and_skips_missing_figures() {
        let eps = [
            ep(1, Some(6.1)),
            ep(2, Some(4.7)),
            ep(3, None),
            ep(4, Some(7.3)),
        ];
        let x = extremes(&eps).expect("figures exist");
        assert_eq!(x.highest, (4, 7300));
        assert_eq!(x.lowest, (2, 4700));
        assert_eq!(x.mark_for(4), Some(Mark::Highest));
        assert_eq!(x.mark_for(2), Some(Mark::Lowest));
        assert_eq!(x.mark_for(3), None);
    }

    #[test]
    fn ties_go_to_the_earlier_episode_and_nothing_gives_none() {
        let x = extremes(&[ep(6, Some(5.6)), ep(7, Some(5.6))]).expect("figures exist");
        assert_eq!(x.highest.0, 6);
        assert_eq!(x.lowest.0, 6);
        assert_eq!(extremes(&[ep(10, None)]), None);
        assert_eq!(extremes(&[ep(10, Some(f32::NAN))]), None);
        assert_eq!(extremes(&[ep(10, Some(-1.0)), ep(11, Some(900.0))]), None);
    }

    #[test]
    fn formats_shares_without_floats() {
        assert_eq!(percent(7300), "7.3%");
        assert_eq!(percent(5054), "5.054%");
        assert_eq!(percent(5555), "5.555%");
        assert_eq!(percent(5000), "5.0%");
        assert_eq!(percent(24850), "24.85%");
        assert_eq!(milli(7.348), Some(7348));
        assert_eq!(milli(f32::INFINITY), None);
    }
}
