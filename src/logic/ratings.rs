//! Which episodes drew the most and the fewest viewers. Episodes without a figure are skipped,
//! never treated as zero.

use crate::data::model::Episode;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extremes {
    pub highest: (u32, f32),
    pub lowest: (u32, f32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Highest,
    Lowest,
}

impl Mark {
    pub fn label(self) -> &'static str {
        match self {
            Mark::Highest => "Highest",
            Mark::Lowest => "Lowest",
        }
    }
}

/// The highest and lowest rated episodes (the earliest wins a tie); `None` without any figure.
pub fn extremes(episodes: &[Episode]) -> Option<Extremes> {
    let rated = episodes
        .iter()
        .filter_map(|e| e.rating.filter(|r| r.is_finite()).map(|r| (e.number, r)));
    let mut result: Option<Extremes> = None;
    for (n, r) in rated {
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

/// "6.1%", or "n/a" where no figure was found.
pub fn format_rating(rating: Option<f32>) -> String {
    match rating {
        Some(r) if r.is_finite() => format!("{r:.1}%"),
        _ => "n/a".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::dates::PartialDate;

    fn ep(number: u32, rating: Option<f32>) -> Episode {
        Episode {
            number,
            air_date: PartialDate::ymd(2020, 6, 20),
            title_en: None,
            title_ko: None,
            title_ko_gloss: None,
            tale: String::new(),
            rating,
            rating_note: None,
            synopsis: String::new(),
            spoilers: vec![],
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
        let x = extremes(&eps).unwrap();
        assert_eq!(x.highest, (4, 7.3));
        assert_eq!(x.lowest, (2, 4.7));
        assert_eq!(x.mark_for(4), Some(Mark::Highest));
        assert_eq!(x.mark_for(2), Some(Mark::Lowest));
        assert_eq!(x.mark_for(3), None);
    }

    #[test]
    fn ties_go_to_the_earlier_episode_and_nothing_gives_none() {
        let x = extremes(&[ep(6, Some(5.6)), ep(7, Some(5.6))]).unwrap();
        assert_eq!(x.highest.0, 6);
        assert_eq!(x.lowest.0, 6);
        assert_eq!(extremes(&[ep(10, None)]), None);
        assert_eq!(extremes(&[ep(10, Some(f32::NAN))]), None);
    }

    #[test]
    fn formats_missing_as_na() {
        assert_eq!(format_rating(Some(5.555)), "5.6%");
        assert_eq!(format_rating(None), "n/a");
    }
}
