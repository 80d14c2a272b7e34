//! An episode's title as a reader of each language can use it, and what kind of title it is.
//! English readers get the English title, or the Korean one with our literal translation where no
//! English title exists; Korean readers get the Korean title, or the English one where no Korean
//! title is known. Every stand-in is marked as such.

use crate::core::lang::Lang;
use crate::data::model::Episode;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Badge {
    /// Our own literal translation of the Korean title.
    OurTranslation,
    /// An English title that only fan recaps give.
    FanTranslation,
    /// No Korean title is known; the English one stands in.
    NoKoreanTitle,
    /// No title of any kind is known.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayTitle {
    /// The title to show; empty when no title is known.
    pub main: String,
    /// The script of `main`, for its `lang` attribute.
    pub main_lang: Lang,
    /// The title in the other script, shown beside it.
    pub other: Option<(String, Lang)>,
    pub badge: Option<Badge>,
}

pub fn display(e: &Episode, lang: Lang) -> DisplayTitle {
    let en = e.title_en.as_ref();
    let ko = e.title_ko.as_ref();
    let title = |main: &str, main_lang, other: Option<(&str, Lang)>, badge| DisplayTitle {
        main: main.to_string(),
        main_lang,
        other: other.map(|(t, l)| (t.to_string(), l)),
        badge,
    };
    match (lang, en, ko) {
        (Lang::En, Some(en), ko) => title(
            &en.text,
            Lang::En,
            ko.map(|k| (k.text.as_str(), Lang::Ko)),
            en.fan.then_some(Badge::FanTranslation),
        ),
        (Lang::En, None, Some(ko)) => match &ko.gloss {
            Some(gloss) => title(
                gloss,
                Lang::En,
                Some((&ko.text, Lang::Ko)),
                Some(Badge::OurTranslation),
            ),
            None => title(&ko.text, Lang::Ko, None, None),
        },
        (Lang::Ko, en, Some(ko)) => title(
            &ko.text,
            Lang::Ko,
            en.map(|t| (t.text.as_str(), Lang::En)),
            None,
        ),
        (Lang::Ko, Some(en), None) => title(&en.text, Lang::En, None, Some(Badge::NoKoreanTitle)),
        (_, None, None) => title("", lang, None, Some(Badge::Unknown)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::read_site;

    fn episodes() -> Vec<Episode> {
        read_site(Lang::En)
            .expect("data loads")
            .guide
            .episodes
            .clone()
    }

    #[test]
    fn each_language_gets_its_own_title_or_a_marked_stand_in() {
        let eps = episodes();
        let t = |n: usize, lang| display(&eps[n - 1], lang);
        assert_eq!(t(2, Lang::En).main, "The Lady in Red Shoes");
        assert_eq!(
            t(2, Lang::En).other,
            Some(("빨간 구두 아가씨".into(), Lang::Ko))
        );
        assert_eq!(t(2, Lang::Ko).main, "빨간 구두 아가씨");
        assert_eq!(t(5, Lang::Ko).badge, Some(Badge::NoKoreanTitle));
        assert_eq!(t(5, Lang::Ko).main_lang, Lang::En);
        assert_eq!(t(13, Lang::En).badge, Some(Badge::FanTranslation));
        assert_eq!(t(15, Lang::En).main, "The Brothers Who Got Along");
        assert_eq!(t(15, Lang::En).badge, Some(Badge::OurTranslation));
        assert_eq!(t(16, Lang::Ko).main, "진짜 진짜 얼굴을 찾아서");
        assert_eq!(t(16, Lang::Ko).badge, None);
    }

    #[test]
    fn no_title_at_all_is_said() {
        let mut e = episodes()[0].clone();
        e.title_en = None;
        e.title_ko = None;
        for lang in Lang::ALL {
            assert_eq!(display(&e, lang).badge, Some(Badge::Unknown));
        }
    }
}
