//! The filming-places map: one dot per town, with the numbers of the places filmed there, and
//! where each town's label goes so that no two labels, dots or the reference town collide.
use crate::core::lang::Lang;
use crate::data::model::{MapTown, RegionMap, TownKind};
use crate::logic::relmap::{least_crowded, text_width, Box2};

/// Label size on the map, in map units (the map is drawn about 1000 units wide).
pub const FONT: f32 = 28.0;
pub const DOT_R: f32 = 9.0;
/// Space between a dot and its label.
const GAP: f32 = 14.0;

/// A town with something filmed there.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub x: f32,
    pub y: f32,
    pub name: String,
    /// "1, 4, 9": the numbers of the places in the list below the map.
    pub numbers: String,
    /// Every place here rests on weak evidence.
    pub weak: bool,
    pub label: Label,
}

/// Where a label's text starts, and how it is anchored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub x: f32,
    pub y: f32,
    /// SVG `text-anchor`: "start", "end" or "middle".
    pub anchor: &'static str,
    pub area: Box2,
}

/// A reference town (Seoul), drawn as a small square with its name to the right.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub x: f32,
    pub y: f32,
    pub name: String,
    pub area: Box2,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub marks: Vec<Mark>,
    pub references: Vec<Reference>,
    /// Labels that could not be placed clear of everything (zero on a good map).
    pub crowded: usize,
}

fn name_of(town: &MapTown, lang: Lang) -> String {
    match (lang, &town.name_ko) {
        (Lang::Ko, Some(ko)) => ko.clone(),
        _ => town.name_en.clone(),
    }
}

fn width(text: &str) -> f32 {
    text_width(text) * FONT / 15.0
}

/// Lays out the map. `places` pairs each place's number with its town or point on the map and
/// whether it is weak; places whose spot is not on the map are left out (the list still has
/// them). `reference` is the word after a reference town's name ("for reference").
pub fn draw(
    map: &RegionMap,
    lang: Lang,
    places: &[(usize, String, bool)],
    reference: &str,
) -> Drawing {
    let [x0, y0, w, h] = map.view_box;
    let spot = |id: &str| {
        map.towns
            .iter()
            .chain(map.points.iter())
            .find(|t| t.id == id)
    };
    // Which numbers sit at each spot, so a town with three places gets one dot and "1, 4, 9".
    let mut at: Vec<(&MapTown, Vec<usize>, bool)> = Vec::new();
    for (n, id, weak) in places {
        let Some(town) = spot(id) else { continue };
        match at.iter_mut().find(|(t, _, _)| t.id == town.id) {
            Some((_, list, all_weak)) => {
                list.push(*n);
                *all_weak &= *weak;
            }
            None => at.push((town, vec![*n], *weak)),
        }
    }
    let inside = |b: &Box2| {
        Box2 {
            x: b.x - x0,
            y: b.y - y0,
            ..*b
        }
        .inside(w, h)
    };
    let references: Vec<Reference> = map
        .towns
        .iter()
        .filter(|t| t.kind == Some(TownKind::Reference))
        .map(|t| {
            let name = format!("{} ({reference})", name_of(t, lang));
            let wd = width(&name) * 0.85;
            Reference {
                x: t.x,
                y: t.y,
                area: Box2 {
                    x: t.x + 12.0 + wd / 2.0,
                    y: t.y,
                    hw: wd / 2.0 + 12.0,
                    hh: FONT * 0.6,
                },
                name,
            }
        })
        .collect();
    // Obstacles: every dot and every reference town with its name.
    let mut taken: Vec<Box2> = at
        .iter()
        .map(|(t, _, _)| Box2 {
            x: t.x,
            y: t.y,
            hw: DOT_R + 3.0,
            hh: DOT_R + 3.0,
        })
        .chain(references.iter().map(|r| r.area))
        .collect();
    // East to west: the coast is where towns crowd, so its labels choose first.
    let mut order: Vec<usize> = (0..at.len()).collect();
    crate::core::order::sort_by(&mut order, |a, b| at[*b].0.x.total_cmp(&at[*a].0.x));
    let mut crowded = 0;
    let mut placed: Vec<Option<Mark>> = vec![None; at.len()];
    for i in order {
        let (town, numbers, weak) = &at[i];
        let name = name_of(town, lang);
        let numbers = numbers
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let wd = width(&format!("{name} {numbers}"));
        let (x, y) = (town.x, town.y);
        let hh = FONT * 0.6;
        let side = DOT_R + GAP;
        let right = |dy: f32| Label {
            x: x + side,
            y: y + dy,
            anchor: "start",
            area: Box2 {
                x: x + side + wd / 2.0,
                y: y + dy,
                hw: wd / 2.0,
                hh,
            },
        };
        let left = |dy: f32| Label {
            x: x - side,
            y: y + dy,
            anchor: "end",
            area: Box2 {
                x: x - side - wd / 2.0,
                y: y + dy,
                hw: wd / 2.0,
                hh,
            },
        };
        let middle = |dy: f32| Label {
            x,
            y: y + dy,
            anchor: "middle",
            area: Box2 {
                x,
                y: y + dy,
                hw: wd / 2.0,
                hh,
            },
        };
        // Towns in the east third look inland first, so their labels stay off the sea's edge.
        let east = x - x0 > w * 0.6;
        let mut candidates = Vec::new();
        for dy in [0.0, -hh, hh] {
            if east {
                candidates.extend([left(dy), right(dy)]);
            } else {
                candidates.extend([right(dy), left(dy)]);
            }
        }
        candidates.extend([middle(-(side + hh)), middle(side + hh)]);
        let Some((hits, label)) = least_crowded(candidates, |c| c.area, inside, &taken) else {
            continue;
        };
        crowded += usize::from(hits > 0);
        taken.push(label.area);
        placed[i] = Some(Mark {
            x,
            y,
            name,
            numbers,
            weak: *weak,
            label,
        });
    }
    Drawing {
        marks: placed.into_iter().flatten().collect(),
        references,
        crowded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::read_site;

    fn spots(site: &crate::data::load::Site) -> Vec<(usize, String, bool)> {
        site.guide
            .places
            .iter()
            .enumerate()
            .filter_map(|(i, p)| Some((i + 1, p.town.clone().or_else(|| p.point.clone())?, p.weak)))
            .collect()
    }

    #[test]
    fn labels_clear_each_other_and_stay_on_the_map_in_both_languages() {
        for lang in Lang::ALL {
            let site = read_site(lang).expect("site loads");
            let map = site
                .map
                .clone()
                .expect("public/data/map.json is made by `make map`");
            let places = spots(&site);
            let d = draw(&map, lang, &places, "for reference");
            assert_eq!(d.crowded, 0, "{lang:?}: a label collides");
            let shown: usize = d.marks.iter().map(|m| m.numbers.split(", ").count()).sum();
            assert_eq!(
                shown,
                places.len(),
                "{lang:?}: every place with a spot has its number"
            );
            for (i, a) in d.marks.iter().enumerate() {
                for b in &d.marks[i + 1..] {
                    assert!(
                        !a.label.area.overlaps(&b.label.area),
                        "{lang:?}: {} and {}",
                        a.name,
                        b.name
                    );
                }
            }
        }
    }

    #[test]
    fn towns_close_together_get_labels_on_different_sides() {
        let town = |id: &str, x: f32| MapTown {
            id: id.into(),
            name_en: "Somewhere long".into(),
            name_ko: None,
            x,
            y: 400.0,
            kind: None,
        };
        let map = RegionMap {
            format: 1,
            view_box: [0.0, 0.0, 1000.0, 800.0],
            land: String::new(),
            boundaries: String::new(),
            towns: vec![town("a", 300.0), town("b", 380.0)],
            points: Vec::new(),
            attribution: Vec::new(),
        };
        let places = [(1, "a".to_string(), false), (2, "b".to_string(), true)];
        let d = draw(&map, Lang::En, &places, "");
        assert_eq!(d.crowded, 0);
        assert!(!d.marks[0].label.area.overlaps(&d.marks[1].label.area));
        assert!(d.marks.iter().any(|m| m.weak));
    }
}
