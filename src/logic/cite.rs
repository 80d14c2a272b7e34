//! Citations as a reference work shows them: a short line under each fact ("Korea JoongAng
//! Daily, 18 Feb 2026"), and a bibliography that groups every source by kind and says what the
//! guide uses it for. Both are worked out from the facts, so they cannot drift apart.

use crate::core::lang::Lang;
use crate::data::load::Site;
use crate::data::model::{Citation, CitationKind};
use crate::data::text::{Fixed, Prose};
use crate::logic::format::short_date;
use crate::logic::routes::Route;

/// The words of one entry in a source line: who published it and when.
pub fn short(c: &Citation, lang: Lang) -> String {
    match c.date.date() {
        Some(d) => format!("{}, {}", c.publisher, short_date(d, lang)),
        None => c.publisher.clone(),
    }
}

/// The citations behind `ids`, in order, each once; unknown ids are skipped (the data tests
/// make sure there are none).
pub fn resolve<'a>(site: &'a Site, ids: &[String]) -> Vec<&'a Citation> {
    let mut out: Vec<&Citation> = Vec::new();
    for id in ids {
        if let Some(c) = site.guide.citation(id) {
            if !out.iter().any(|o| o.id == c.id) {
                out.push(c);
            }
        }
    }
    out
}

/// What one fact uses a source for, named for the bibliography.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Use {
    pub what: UseKind,
    /// The record's name in the reader's language ("Episode 3", "Moon Gang-tae", "Part 4").
    pub name: String,
    /// The page that shows the fact.
    pub route: Route,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UseKind {
    Fact,
    /// A content note of an episode, the regulator's step, or what no source gives.
    Care,
    Help,
    Portrayal,
    /// Who appears in an episode, where it was filmed, what plays in it.
    InEpisode,
    Recap,
    Person,
    Roles,
    EpisodeTitle,
    EpisodeRating,
    EpisodeTale,
    Spoiler,
    Award,
    Book,
    Related,
    Watch,
    Score,
    Outlook,
    Reason,
    Timeline,
    Relation,
    Music,
    Song,
    Place,
}

/// The uses of each source, by citation id (a short list of pairs: a map would bring its hashing
/// code into the app for a few hundred entries).
#[derive(Clone, Debug, Default)]
pub struct Uses<'a>(Vec<(&'a str, Vec<Use>)>);

impl<'a> Uses<'a> {
    pub fn get(&self, id: &str) -> Option<&Vec<Use>> {
        self.0.iter().find(|(k, _)| *k == id).map(|(_, v)| v)
    }

    pub fn values(&self) -> impl Iterator<Item = &Vec<Use>> {
        self.0.iter().map(|(_, v)| v)
    }

    fn entry(&mut self, id: &'a str) -> &mut Vec<Use> {
        let at = match self.0.iter().position(|(k, _)| *k == id) {
            Some(at) => at,
            None => {
                self.0.push((id, Vec::new()));
                self.0.len() - 1
            }
        };
        &mut self.0[at].1
    }
}

/// Every use of every source, by citation id, in the order the guide shows the facts.
pub fn uses(site: &Site) -> Uses<'_> {
    let g = &site.guide;
    let lang = site.lang();
    let mut out = Uses(Vec::new());
    let mut add = |ids: &[String], what: UseKind, name: String, route: Route| {
        for id in ids {
            let list = out.entry(g.citation(id).map_or("", |c| c.id.as_str()));
            let u = Use {
                what,
                name: name.clone(),
                route: route.clone(),
            };
            if !list.contains(&u) {
                list.push(u);
            }
        }
    };
    let s = &g.show;
    let title = match lang {
        Lang::En => s.title.en.clone(),
        Lang::Ko => s.title.ko.clone(),
    };
    add(&s.title.cite, UseKind::Fact, title, Route::Home);
    add(
        &s.premise_cite,
        UseKind::Fact,
        site.t(Prose::Fixed(Fixed::Tagline)).into(),
        Route::Home,
    );
    add(
        &s.genres_cite,
        UseKind::Fact,
        site.t(Prose::Fixed(Fixed::Genres)).into(),
        Route::Home,
    );
    for f in &s.facts {
        let label = site.t(Prose::FactLabel(&f.id)).to_string();
        add(&f.cite, UseKind::Fact, label, Route::Home);
    }
    for p in &s.places {
        add(&p.cite, UseKind::Fact, p.name.get(lang).into(), Route::Home);
    }
    for w in &s.where_to_watch {
        add(&w.cite, UseKind::Watch, w.service.clone(), Route::Home);
    }
    for sc in &s.scores {
        add(&sc.cite, UseKind::Score, sc.site.clone(), Route::Home);
    }
    for m in &g.cast {
        let name = m.character.get(lang).to_string();
        let route = Route::CastMember(m.slug.clone());
        add(&m.cite, UseKind::Person, name.clone(), route.clone());
        for r in &m.roles {
            add(&r.cite, UseKind::Roles, name.clone(), route.clone());
        }
        if let Some(sp) = &m.spoiler {
            add(&sp.cite, UseKind::Spoiler, name.clone(), route.clone());
        }
    }
    for e in &g.episodes {
        let route = Route::Episode(e.number);
        let name = e.number.to_string();
        for t in e.title_en.iter().chain(e.title_ko.iter()) {
            add(&t.cite, UseKind::EpisodeTitle, name.clone(), route.clone());
        }
        if let Some(r) = &e.rating {
            add(&r.cite, UseKind::EpisodeRating, name.clone(), route.clone());
        }
        add(
            &e.tale_cite,
            UseKind::EpisodeTale,
            name.clone(),
            route.clone(),
        );
        for sp in &e.spoilers {
            add(&sp.cite, UseKind::Spoiler, name.clone(), route.clone());
        }
        for c in e
            .appearances
            .iter()
            .map(|a| &a.cite)
            .chain(e.places.iter().map(|p| &p.cite))
            .chain(e.songs.iter().map(|s| &s.cite))
        {
            add(c, UseKind::InEpisode, name.clone(), route.clone());
        }
        add(
            &e.tale.cite,
            UseKind::EpisodeTale,
            name.clone(),
            route.clone(),
        );
        for f in &e.tale.read_free {
            add(&f.cite, UseKind::EpisodeTale, name.clone(), route.clone());
        }
        add(&e.recap_cite, UseKind::Recap, name.clone(), Route::Story);
    }
    for guest in &g.guests {
        let name = guest.actor.get(lang).to_string();
        let first = g
            .episodes
            .iter()
            .find(|e| e.appearances.iter().any(|a| a.who == guest.id))
            .map_or(Route::Episodes, |e| Route::Episode(e.number));
        add(&guest.cite, UseKind::Person, name, first);
    }
    add(
        &g.ratings.average_cite,
        UseKind::EpisodeRating,
        String::new(),
        Route::Episodes,
    );
    let o = &g.outlook;
    add(
        &o.status_cite,
        UseKind::Outlook,
        site.t(Prose::Fixed(Fixed::OutlookHeadline)).into(),
        Route::Outlook,
    );
    add(
        &o.prediction.cite,
        UseKind::Outlook,
        site.t(Prose::Fixed(Fixed::PredictionLabel)).into(),
        Route::Outlook,
    );
    for r in &o.reasons {
        let title = site.t(Prose::ReasonTitle(&r.id)).to_string();
        add(&r.cite, UseKind::Reason, title, Route::Outlook);
    }
    for e in &o.timeline {
        add(
            &e.cite,
            UseKind::Timeline,
            crate::logic::format::long_date(e.date, lang),
            Route::Outlook,
        );
    }
    for a in &s.awards {
        let name = site.t(Prose::AwardBody(&a.id)).to_string();
        add(&a.cite, UseKind::Award, name, Route::About);
    }
    for b in &s.books {
        add(
            &b.cite,
            UseKind::Book,
            b.title.get(lang).into(),
            Route::About,
        );
    }
    add(&s.books_cite, UseKind::Book, String::new(), Route::About);
    for p in &s.related {
        add(
            &p.cite,
            UseKind::Related,
            p.title.get(lang).into(),
            Route::About,
        );
    }
    let person_name = |id: &str| -> String {
        match g
            .person(id)
            .and_then(|p| p.cast.as_deref())
            .and_then(|c| g.member(c))
        {
            Some(m) => m.character.get(lang).to_string(),
            None => site.t(Prose::PersonName(id)).to_string(),
        }
    };
    for r in &g.relations {
        let name = format!("{} – {}", person_name(&r.a), person_name(&r.b));
        add(&r.cite, UseKind::Relation, name, Route::Relationships);
    }
    add(
        &g.relations_note_cite,
        UseKind::Relation,
        String::new(),
        Route::Relationships,
    );
    let m = &g.music;
    add(
        &m.director.cite,
        UseKind::Music,
        m.director.name.get(lang).into(),
        Route::Music,
    );
    add(
        &m.producer.cite,
        UseKind::Music,
        m.producer.name.get(lang).into(),
        Route::Music,
    );
    for r in &m.releases {
        add(&r.cite, UseKind::Music, String::new(), Route::Music);
    }
    for s in m.songs() {
        add(
            &s.cite,
            UseKind::Song,
            s.title.get(lang).into(),
            Route::Music,
        );
    }
    for p in &g.places {
        let name = site.t(Prose::PlaceName(&p.id)).to_string();
        add(&p.cite, UseKind::Place, name, Route::Places);
    }
    add(&g.places_cite, UseKind::Place, String::new(), Route::Places);
    let care = &g.care;
    for n in &care.notes {
        let name = n.episode.to_string();
        add(&n.cite, UseKind::Care, name, Route::Episode(n.episode));
    }
    let regulator = care.regulator.episode;
    add(
        &care.regulator.cite,
        UseKind::Care,
        regulator.to_string(),
        Route::Episode(regulator),
    );
    add(
        &care.no_rating_cite,
        UseKind::Care,
        String::new(),
        Route::Episodes,
    );
    add(
        &care.guideline_cite,
        UseKind::Care,
        String::new(),
        Route::Episodes,
    );
    add(
        &care.help.page_cite,
        UseKind::Help,
        String::new(),
        Route::Help,
    );
    add(
        &care.help.directory_cite,
        UseKind::Help,
        "Find A Helpline".into(),
        Route::Help,
    );
    for h in &care.help.lines {
        let name = site.t(Prose::HelpName(&h.id)).to_string();
        add(&h.cite, UseKind::Help, name, Route::Help);
    }
    for t in &care.portrayal {
        let title = site.t(Prose::TopicTitle(&t.id)).to_string();
        for v in &t.views {
            add(&v.cite, UseKind::Portrayal, title.clone(), Route::Portrayal);
        }
    }
    out
}

/// A publisher's name as bytes with ASCII letters lowercased, for ordering without allocating.
fn folded(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes().map(|b| b.to_ascii_lowercase())
}

/// The bibliography: every citation, grouped by kind (press, official, reference, fan), each
/// group ordered by publisher and then by date, newest first.
pub fn grouped(site: &Site) -> Vec<(CitationKind, Vec<&Citation>)> {
    [
        CitationKind::Press,
        CitationKind::Official,
        CitationKind::Reference,
        CitationKind::Fan,
    ]
    .into_iter()
    .map(|kind| {
        let mut list: Vec<&Citation> = site
            .guide
            .citations
            .iter()
            .filter(|c| c.kind == kind)
            .collect();
        // Publishers compared byte by byte, ASCII letters folded, as if both were lowercased:
        // the insertion sort compares often, and this allocates nothing.
        crate::core::order::sort_by(&mut list, |a, b| {
            folded(&a.publisher)
                .cmp(folded(&b.publisher))
                .then_with(|| b.date.date().cmp(&a.date.date()))
                .then_with(|| a.id.cmp(&b.id))
        });
        (kind, list)
    })
    .filter(|(_, list)| !list.is_empty())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::read_site;

    fn site(lang: Lang) -> Site {
        read_site(lang).expect("the shipped data loads")
    }

    #[test]
    fn short_lines_name_publisher_and_date() {
        let s = site(Lang::En);
        let c = s.guide.citation("joongang-daily-2026").expect("cited");
        assert_eq!(short(c, Lang::En), "Korea JoongAng Daily, 18 Feb 2026");
        assert_eq!(short(c, Lang::Ko), "Korea JoongAng Daily, 2026. 2. 18.");
        let undated = s.guide.citation("wikipedia").expect("cited");
        assert_eq!(short(undated, Lang::En), "Wikipedia");
    }

    #[test]
    fn every_citation_is_used_and_grouped_once() {
        for lang in Lang::ALL {
            let s = site(lang);
            let uses = uses(&s);
            for c in &s.guide.citations {
                assert!(
                    uses.get(c.id.as_str()).is_some_and(|u| !u.is_empty()),
                    "{} unused",
                    c.id
                );
            }
            let total: usize = grouped(&s).iter().map(|(_, l)| l.len()).sum();
            assert_eq!(total, s.guide.citations.len());
        }
    }

    #[test]
    fn resolve_skips_duplicates_and_unknown_ids() {
        let s = site(Lang::En);
        let ids = vec![
            "wikipedia".to_string(),
            "nope".into(),
            "wikipedia".into(),
            "fandom".into(),
        ];
        let got: Vec<&str> = resolve(&s, &ids).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(got, ["wikipedia", "fandom"]);
    }
}
