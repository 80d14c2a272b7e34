//! The relationship map: which connections a reader may see, and where everything is drawn.
//!
//! Visibility follows the spoiler rules: a connection revealed in episode N is left out entirely
//! (not hidden) until the reader has marked N watched, switched on every spoiler or finished the
//! show. The layout is plain geometry, deterministic and tested: people sit in their groups
//! around the map, each connection is a line (a gentle curve where two people share several),
//! and each label is slid along its line until it touches no other label and no person.

use crate::data::model::{Person, Relation};
use crate::logic::progress::Progress;

/// Whether the reader may see `relation` now.
pub fn is_visible(relation: &Relation, progress: &Progress) -> bool {
    relation
        .from_episode
        .is_none_or(|n| progress.spoiler_unlocked(n))
}

/// The connections the reader may see, and how many are still locked.
pub fn visible<'a>(relations: &'a [Relation], progress: &Progress) -> (Vec<&'a Relation>, usize) {
    let shown: Vec<&Relation> = relations
        .iter()
        .filter(|r| is_visible(r, progress))
        .collect();
    let locked = relations.len() - shown.len();
    (shown, locked)
}

/// A person's connections among `shown`, in data order.
pub fn of_person<'a>(shown: &[&'a Relation], person: &str) -> Vec<&'a Relation> {
    shown
        .iter()
        .copied()
        .filter(|r| r.a == person || r.b == person)
        .collect()
}

/// The person on the other end of `relation` from `person`.
pub fn other_end<'a>(relation: &'a Relation, person: &str) -> &'a str {
    if relation.a == person {
        &relation.b
    } else {
        &relation.a
    }
}

/// A rectangle, centre and half-sizes, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Box2 {
    pub x: f32,
    pub y: f32,
    pub hw: f32,
    pub hh: f32,
}

impl Box2 {
    pub fn overlaps(&self, o: &Box2) -> bool {
        (self.x - o.x).abs() < self.hw + o.hw && (self.y - o.y).abs() < self.hh + o.hh
    }

    pub fn inside(&self, width: f32, height: f32) -> bool {
        self.x - self.hw >= 0.0
            && self.y - self.hh >= 0.0
            && self.x + self.hw <= width
            && self.y + self.hh <= height
    }
}

/// Where a label goes: of `candidates`, in order of preference, the first whose area overlaps
/// nothing in `taken` and `fits`; failing that, the one that collides least. With it, how many
/// collisions it has (zero on a good layout). Shared by the relationship map and the places map.
pub fn least_crowded<T>(
    candidates: impl IntoIterator<Item = T>,
    area: impl Fn(&T) -> Box2,
    fits: impl Fn(&Box2) -> bool,
    taken: &[Box2],
) -> Option<(usize, T)> {
    let mut best: Option<(usize, T)> = None;
    for c in candidates {
        let a = area(&c);
        let hits = taken.iter().filter(|o| o.overlaps(&a)).count() + usize::from(!fits(&a));
        if best.as_ref().is_none_or(|(h, _)| hits < *h) {
            best = Some((hits, c));
        }
        if hits == 0 {
            break;
        }
    }
    best
}

#[derive(Clone, Debug, PartialEq)]
pub struct NodeAt {
    pub id: String,
    pub x: f32,
    pub y: f32,
    /// The name's box under the portrait.
    pub name_box: Box2,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EdgeAt {
    /// Index into the relations the layout was given.
    pub relation: usize,
    /// SVG path data of the line.
    pub path: String,
    pub label: Box2,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    pub nodes: Vec<NodeAt>,
    pub edges: Vec<EdgeAt>,
    /// Labels that could not be placed clear of everything, and lines that could not be bent
    /// round a portrait in their way (zero on a good layout).
    pub crowded: usize,
}

impl Layout {
    pub fn node(&self, id: &str) -> Option<&NodeAt> {
        self.nodes.iter().find(|n| n.id == id)
    }
}

/// Sine for laying people out on a circle. Browsers' wasm has no sine instruction, and the
/// standard library's would bring several kilobytes of range reduction for angles that never leave
/// a few turns; this keeps the error under 0.001, far below a pixel.
pub fn sin(a: f32) -> f32 {
    use std::f32::consts::{PI, TAU};
    // Into [-π, π], then the odd Taylor series to the 11th power (|error| < 6e-4 on that range).
    let x = a - TAU * ((a + PI) / TAU).floor();
    let x2 = x * x;
    x * (1.0
        - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0 * (1.0 - x2 / 110.0)))))
}

pub fn cos(a: f32) -> f32 {
    sin(a + std::f32::consts::FRAC_PI_2)
}

/// Radius of a portrait on the map.
pub const NODE_R: f32 = 30.0;
/// Height of one line of label text, in map units (the font is 15 units).
pub const LINE_H: f32 = 20.0;
const GAP: f32 = 3.0;

/// Rough width of `text` at the map's font size: Hangul and other wide glyphs take a full em,
/// Latin letters a little over half. Good enough to keep labels apart; the tests use the same.
pub fn text_width(text: &str) -> f32 {
    text.chars()
        .map(|c| match c {
            ' ' | 'i' | 'l' | 'j' | '\'' | ',' | '.' | '(' | ')' => 4.5,
            'm' | 'w' | 'M' | 'W' => 12.5,
            c if c.is_ascii_uppercase() => 10.0,
            c if c.is_ascii() => 8.2,
            _ => 15.5,
        })
        .sum::<f32>()
        + 10.0
}

fn name_box(x: f32, y: f32, name: &str) -> Box2 {
    Box2 {
        x,
        y: y + NODE_R + 4.0 + LINE_H / 2.0,
        hw: text_width(name) / 2.0,
        hh: LINE_H / 2.0,
    }
}

/// The whole map. The two people with the most connections (over *every* connection, locked
/// ones included, so nobody moves when a spoiler unlocks) sit side by side in the middle;
/// everyone else goes round them in the order the data lists them, which keeps groups together.
/// A few starting angles are tried and the one whose labels collide least wins. `names` gives
/// each person's displayed name, `labels` each shown relation's label, in the order given.
pub fn full(
    people: &[Person],
    all: &[Relation],
    names: &dyn Fn(&str) -> String,
    relations: &[&Relation],
    labels: &[String],
) -> Layout {
    let (width, height) = (1100.0_f32, 820.0_f32);
    let (cx, cy) = (width / 2.0, height / 2.0 - 10.0);
    let degree = |id: &str| all.iter().filter(|r| r.a == id || r.b == id).count();
    let mut by_degree: Vec<(usize, &Person)> = people.iter().enumerate().collect();
    // Ties keep the data's order.
    crate::core::order::sort_by_key(&mut by_degree, |(i, p)| {
        (std::cmp::Reverse(degree(&p.id)), *i)
    });
    let hubs: Vec<&str> = by_degree
        .iter()
        .take(2)
        .map(|(_, p)| p.id.as_str())
        .collect();
    let ring: Vec<&Person> = people
        .iter()
        .filter(|p| !hubs.contains(&p.id.as_str()))
        .collect();
    let place = |start: f32| -> Vec<NodeAt> {
        let mut nodes = Vec::new();
        for (i, id) in hubs.iter().enumerate() {
            let x = cx + if i == 0 { -160.0 } else { 160.0 };
            nodes.push(NodeAt {
                id: id.to_string(),
                x,
                y: cy,
                name_box: name_box(x, cy, &names(id)),
            });
        }
        for (i, p) in ring.iter().enumerate() {
            let a = start + std::f32::consts::TAU * i as f32 / ring.len().max(1) as f32;
            let (x, y) = ((cx + 440.0 * cos(a)).round(), (cy + 330.0 * sin(a)).round());
            nodes.push(NodeAt {
                id: p.id.clone(),
                x,
                y,
                name_box: name_box(x, y, &names(&p.id)),
            });
        }
        nodes
    };
    let step = std::f32::consts::TAU / (4.0 * ring.len().max(1) as f32);
    let mut best: Option<Layout> = None;
    for k in 0..4 {
        let layout = place_edges(
            width,
            height,
            place(std::f32::consts::PI + k as f32 * step),
            relations,
            labels,
        );
        if best.as_ref().is_none_or(|b| layout.crowded < b.crowded) {
            best = Some(layout);
        }
        if best.as_ref().is_some_and(|b| b.crowded == 0) {
            break;
        }
    }
    best.unwrap_or_else(|| {
        place_edges(
            width,
            height,
            place(std::f32::consts::PI),
            relations,
            labels,
        )
    })
}

/// One person's connections: the person in the middle, everyone they are connected to in a
/// ring around them. Small enough to read on a phone.
pub fn around(
    center: &str,
    names: &dyn Fn(&str) -> String,
    relations: &[&Relation],
    labels: &[String],
) -> Layout {
    let mut others: Vec<&str> = Vec::new();
    for r in relations {
        let o = other_end(r, center);
        if o != center && !others.contains(&o) {
            others.push(o);
        }
    }
    let n = others.len();
    // Room for the longest label between the middle and the ring.
    let longest = labels.iter().map(|l| text_width(l)).fold(0.0_f32, f32::max);
    let radius = match n {
        0 => 0.0,
        1..=3 => 175.0_f32.max(longest + 2.0 * NODE_R + 20.0),
        _ => (120.0 + 9.0 * n as f32).max(longest * 1.15 + 2.0 * NODE_R + 20.0),
    };
    let width = 2.0 * radius + 260.0;
    let height = 2.0 * radius + 2.0 * (NODE_R + LINE_H) + 60.0;
    let (cx, cy) = (width / 2.0, height / 2.0 - LINE_H / 2.0);
    let mut nodes = vec![NodeAt {
        id: center.to_string(),
        x: cx,
        y: cy,
        name_box: name_box(cx, cy, &names(center)),
    }];
    for (i, o) in others.iter().enumerate() {
        // Start at the top and go clockwise; a half step keeps two people off the vertical.
        let a = -std::f32::consts::FRAC_PI_2
            + std::f32::consts::TAU * (i as f32 + if n.is_multiple_of(2) { 0.5 } else { 0.0 })
                / n as f32;
        let (x, y) = (cx + radius * cos(a), cy + radius * sin(a));
        nodes.push(NodeAt {
            id: o.to_string(),
            x,
            y,
            name_box: name_box(x, y, &names(o)),
        });
    }
    place_edges(width, height, nodes, relations, labels)
}

fn place_edges(
    width: f32,
    height: f32,
    nodes: Vec<NodeAt>,
    relations: &[&Relation],
    labels: &[String],
) -> Layout {
    let at = |id: &str| nodes.iter().find(|n| n.id == id).map(|n| (n.x, n.y));
    // Obstacles: every portrait and every name.
    let mut taken: Vec<Box2> = nodes
        .iter()
        .flat_map(|n| {
            [
                Box2 {
                    x: n.x,
                    y: n.y,
                    hw: NODE_R + GAP,
                    hh: NODE_R + GAP,
                },
                n.name_box,
            ]
        })
        .collect();
    let mut edges = Vec::new();
    let mut crowded = 0;
    for (i, r) in relations.iter().enumerate() {
        let (Some(a), Some(b)) = (at(&r.a), at(&r.b)) else {
            continue;
        };
        // Several connections between the same two people fan out as curves.
        let same: Vec<usize> = relations
            .iter()
            .enumerate()
            .filter(|(_, o)| (o.a == r.a && o.b == r.b) || (o.a == r.b && o.b == r.a))
            .map(|(j, _)| j)
            .collect();
        let k = same.iter().position(|j| *j == i).unwrap_or(0) as f32;
        let bend = (k - (same.len() as f32 - 1.0) / 2.0) * 46.0;
        // Keep the bend on the same side whichever way round the pair is written.
        let (p0, p1, bend) = if (r.a.as_str()) < (r.b.as_str()) {
            (a, b, bend)
        } else {
            (b, a, bend)
        };
        let (dx, dy) = (p1.0 - p0.0, p1.1 - p0.1);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        let (nx, ny) = (-dy / len, dx / len);
        let (mx, my) = ((p0.0 + p1.0) / 2.0, (p0.1 + p1.1) / 2.0);
        // Control point of a quadratic curve; the curve's own midpoint bends half as far.
        let ctrl_for = |bend: f32| (mx + nx * bend * 2.0, my + ny * bend * 2.0);
        let curve = |ctrl: (f32, f32), t: f32| {
            let u = 1.0 - t;
            (
                u * u * p0.0 + 2.0 * u * t * ctrl.0 + t * t * p1.0,
                u * u * p0.1 + 2.0 * u * t * ctrl.1 + t * t * p1.1,
            )
        };
        // A line must not run through someone it does not join (three people in a row would
        // otherwise read as two connections): bend it further until it clears every portrait.
        let through = |ctrl: (f32, f32)| {
            nodes.iter().any(|n| {
                (n.x, n.y) != p0
                    && (n.x, n.y) != p1
                    && (1..20).any(|s| {
                        let (x, y) = curve(ctrl, s as f32 / 20.0);
                        (x - n.x).powi(2) + (y - n.y).powi(2) < (NODE_R + GAP).powi(2)
                    })
            })
        };
        let extra = [0.0, 55.0, -55.0, 100.0, -100.0, 150.0, -150.0]
            .into_iter()
            .find(|e| !through(ctrl_for(bend + e)));
        crowded += usize::from(extra.is_none());
        let ctrl = ctrl_for(bend + extra.unwrap_or(0.0));
        let point = |t: f32| curve(ctrl, t);
        let text = labels.get(i).map(String::as_str).unwrap_or_default();
        let (hw, hh) = (text_width(text) / 2.0, LINE_H / 2.0);
        let candidates = [
            0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8, 0.15, 0.85,
        ]
        .into_iter()
        .flat_map(|t| [(t, 0.0), (t, 12.0), (t, -12.0), (t, 24.0), (t, -24.0)])
        .map(|(t, off)| {
            let (x, y) = point(t);
            Box2 {
                x: x + nx * off,
                y: y + ny * off,
                hw,
                hh,
            }
        });
        let best = least_crowded(candidates, |b| *b, |b| b.inside(width, height), &taken);
        let Some((hits, label)) = best else { continue };
        crowded += usize::from(hits > 0);
        taken.push(label);
        edges.push(EdgeAt {
            relation: i,
            // Whole units: formatting floats would cost the browser app 10 KB of code.
            path: format!(
                "M{} {}Q{} {} {} {}",
                p0.0 as i32, p0.1 as i32, ctrl.0 as i32, ctrl.1 as i32, p1.0 as i32, p1.1 as i32
            ),
            label,
        });
    }
    Layout {
        width,
        height,
        nodes,
        edges,
        crowded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::data::load::{parse_json, GUIDE_FILE};
    use crate::data::model::Guide;
    use crate::data::text::Prose;

    fn guide() -> Guide {
        parse_json(GUIDE_FILE, include_str!("../../public/data/guide.json")).expect("facts parse")
    }

    fn check(layout: &Layout, what: &str) {
        assert_eq!(layout.crowded, 0, "{what}: a label overlaps");
        for (i, a) in layout.nodes.iter().enumerate() {
            let disc = Box2 {
                x: a.x,
                y: a.y,
                hw: NODE_R,
                hh: NODE_R,
            };
            assert!(
                disc.inside(layout.width, layout.height),
                "{what}: {} off the map",
                a.id
            );
            assert!(
                a.name_box.inside(layout.width, layout.height),
                "{what}: {}'s name off the map",
                a.id
            );
            for b in &layout.nodes[i + 1..] {
                let d = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                assert!(
                    d >= 2.0 * NODE_R + 10.0,
                    "{what}: {} and {} overlap",
                    a.id,
                    b.id
                );
                assert!(
                    !a.name_box.overlaps(&b.name_box),
                    "{what}: names of {} and {} overlap",
                    a.id,
                    b.id
                );
                let other_disc = Box2 {
                    x: b.x,
                    y: b.y,
                    hw: NODE_R,
                    hh: NODE_R,
                };
                assert!(
                    !a.name_box.overlaps(&other_disc),
                    "{what}: {}'s name covers {}",
                    a.id,
                    b.id
                );
                assert!(
                    !b.name_box.overlaps(&disc),
                    "{what}: {}'s name covers {}",
                    b.id,
                    a.id
                );
            }
        }
        for (i, e) in layout.edges.iter().enumerate() {
            for f in &layout.edges[i + 1..] {
                assert!(
                    !e.label.overlaps(&f.label),
                    "{what}: labels {} and {} overlap",
                    e.relation,
                    f.relation
                );
            }
        }
    }

    /// English and Korean names and labels of the shipped data, as the page shows them.
    fn words<'a>(g: &'a Guide, lang: Lang) -> (impl Fn(&str) -> String + 'a, Vec<String>) {
        let file = match lang {
            Lang::Ko => include_str!("../../public/data/text-ko.json"),
            Lang::En => include_str!("../../public/data/text-en.json"),
        };
        let file: crate::data::model::TextFile =
            parse_json("text.json", file).expect("text parses");
        let text = crate::data::text::Text::new(lang, file.text);
        let labels = g
            .relations
            .iter()
            .map(|r| text.prose(Prose::RelationLabel(&r.id)).to_string())
            .collect();
        let names = move |id: &str| {
            let p = g.person(id);
            match p.and_then(|p| p.cast.as_deref()).and_then(|s| g.member(s)) {
                Some(m) => m.character.get(lang).to_string(),
                None => text.prose(Prose::PersonName(id)).to_string(),
            }
        };
        (names, labels)
    }

    #[test]
    fn no_person_or_label_overlaps_whatever_is_unlocked() {
        let g = guide();
        for lang in Lang::ALL {
            let (names, all_labels) = words(&g, lang);
            for unlocked in [0, 2, 3, 6, 9, 12, 13, 14, 15, 16] {
                let mut p = Progress::default();
                p.mark_up_to(unlocked);
                let (shown, _) = visible(&g.relations, &p);
                let labels: Vec<String> = shown
                    .iter()
                    .map(|r| {
                        let i = g.relations.iter().position(|x| x.id == r.id).unwrap_or(0);
                        all_labels[i].clone()
                    })
                    .collect();
                check(
                    &full(&g.people, &g.relations, &names, &shown, &labels),
                    &format!("{} full map, up to {unlocked}", lang.tag()),
                );
                for person in &g.people {
                    let mine = of_person(&shown, &person.id);
                    let mine_labels: Vec<String> = mine
                        .iter()
                        .map(|r| {
                            let i = g.relations.iter().position(|x| x.id == r.id).unwrap_or(0);
                            all_labels[i].clone()
                        })
                        .collect();
                    check(
                        &around(&person.id, &names, &mine, &mine_labels),
                        &format!("{} {} up to {unlocked}", lang.tag(), person.id),
                    );
                }
            }
        }
    }

    #[test]
    fn spoiler_connections_are_absent_until_their_episode() {
        let g = guide();
        let mut p = Progress::default();
        let nurse_and_daughter = |shown: &[&Relation]| {
            shown.iter().any(|r| {
                r.a == "haeng-ja"
                    && r.b == "moon-young"
                    && r.kind == crate::data::model::RelationKind::Family
            })
        };
        p.mark_up_to(12);
        let (shown, locked) = visible(&g.relations, &p);
        assert!(!nurse_and_daughter(&shown));
        assert!(locked > 0);
        p.set_watched(13, true);
        let (shown, fewer) = visible(&g.relations, &p);
        assert!(nurse_and_daughter(&shown));
        assert!(fewer < locked);
        let mut all = Progress::default();
        all.set_show_all_spoilers(true);
        assert_eq!(visible(&g.relations, &all).1, 0);
        // Nothing from the premise is ever locked.
        let (shown, _) = visible(&g.relations, &Progress::default());
        assert!(shown.iter().all(|r| r.from_episode.is_none()));
    }

    #[test]
    fn the_small_sine_is_close_enough() {
        for i in -100..=100 {
            let a = i as f32 * 0.1;
            assert!((sin(a) - a.sin()).abs() < 1e-3, "sin {a}");
            assert!((cos(a) - a.cos()).abs() < 1e-3, "cos {a}");
        }
    }
}

#[cfg(test)]
mod preview {
    //! `cargo test --lib relmap::preview -- --ignored` writes the maps to /tmp for a look.
    use super::*;
    use crate::core::lang::Lang;
    use crate::data::load::read_site;
    use crate::data::text::Prose;

    fn svg(l: &Layout, names: &dyn Fn(&str) -> String, labels: &[String]) -> String {
        let mut out = format!(
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {} {}' width='{}' height='{}' font-family='sans-serif' font-size='15'><rect width='100%' height='100%' fill='white'/>",
            l.width, l.height, l.width, l.height
        );
        for e in &l.edges {
            out += &format!("<path d='{}' fill='none' stroke='#999'/>", e.path);
        }
        for e in &l.edges {
            let b = e.label;
            out += &format!(
                "<rect x='{}' y='{}' width='{}' height='{}' fill='#fffbe6' stroke='#ccc'/><text x='{}' y='{}' text-anchor='middle' dominant-baseline='central'>{}</text>",
                b.x - b.hw, b.y - b.hh, 2.0 * b.hw, 2.0 * b.hh, b.x, b.y, labels[e.relation]
            );
        }
        for n in &l.nodes {
            let b = n.name_box;
            out += &format!(
                "<circle cx='{}' cy='{}' r='{}' fill='#e8d5ff'/><text x='{}' y='{}' text-anchor='middle' dominant-baseline='central' font-weight='bold'>{}</text>",
                n.x, n.y, NODE_R, b.x, b.y, names(&n.id)
            );
        }
        out + "</svg>"
    }

    #[test]
    #[ignore]
    fn write_previews() {
        for lang in [Lang::En, Lang::Ko] {
            let site = read_site(lang).expect("data");
            let g = &site.guide;
            let names = |id: &str| site.person_name(id).0;
            let all: Vec<&Relation> = g.relations.iter().collect();
            let labels: Vec<String> = all
                .iter()
                .map(|r| site.t(Prose::RelationLabel(&r.id)).to_string())
                .collect();
            let l = full(&g.people, &g.relations, &names, &all, &labels);
            println!("full {lang:?}: crowded {}", l.crowded);
            std::fs::write(
                format!("/tmp/relmap-full-{}.svg", lang.tag()),
                svg(&l, &names, &labels),
            )
            .ok();
            let gt = of_person(&all, "gang-tae");
            let gl: Vec<String> = gt
                .iter()
                .map(|r| site.t(Prose::RelationLabel(&r.id)).to_string())
                .collect();
            let l = around("gang-tae", &names, &gt, &gl);
            std::fs::write(
                format!("/tmp/relmap-gang-tae-{}.svg", lang.tag()),
                svg(&l, &names, &gl),
            )
            .ok();
            println!("{lang:?}: crowded {}", l.crowded);
        }
    }
}
