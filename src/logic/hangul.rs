//! Hangul in Latin letters, so a reader who types "ayajin" or "sokcho" finds 아야진 and 속초 in the
//! Korean interface, where names are stored only in Hangul.
//!
//! This is the Revised Romanization of Korean, syllable by syllable, with one sound rule: a final
//! consonant before a silent ㅇ moves on to the next syllable (설악 → "seorak", as on road signs).
//! Other sound changes (속리산 → "songnisan") are left out: a search key only has to match what
//! most people type, and the place and person names in the guide are spelled this simple way.

use crate::core::hangul::syllable;

const INITIAL: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];
const MEDIAL: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
];
/// A final consonant at the end of a syllable (index 0: none).
const FINAL: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];
/// The same final carried over to a following silent ㅇ: (what stays, what moves on).
const CARRIED: [(&str, &str); 28] = [
    ("", ""),
    ("", "g"),
    ("", "kk"),
    ("k", "s"),
    ("", "n"),
    ("n", "j"),
    ("n", ""),
    ("", "d"),
    ("", "r"),
    ("l", "g"),
    ("l", "m"),
    ("l", "b"),
    ("l", "s"),
    ("l", "t"),
    ("l", "p"),
    ("l", ""),
    ("", "m"),
    ("", "b"),
    ("p", "s"),
    ("", "s"),
    ("", "ss"),
    ("ng", ""),
    ("", "j"),
    ("", "ch"),
    ("", "k"),
    ("", "t"),
    ("", "p"),
    ("", ""),
];

/// `text` with every Hangul syllable written in Latin letters; anything else is kept as it is.
pub fn romanise(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut carried = "";
    for (i, c) in chars.iter().enumerate() {
        let Some((initial, medial, last)) = syllable(*c) else {
            out.push_str(carried);
            carried = "";
            out.push(*c);
            continue;
        };
        // A silent ㅇ takes the consonant carried over from the syllable before, if any.
        if initial == 11 && !carried.is_empty() {
            out.push_str(carried);
        } else {
            out.push_str(INITIAL[initial]);
        }
        out.push_str(MEDIAL[medial]);
        let next_is_silent = chars
            .get(i + 1)
            .and_then(|n| syllable(*n))
            .is_some_and(|(n, _, _)| n == 11);
        if next_is_silent {
            let (stays, moves) = CARRIED[last];
            out.push_str(stays);
            carried = moves;
        } else {
            out.push_str(FINAL[last]);
            carried = "";
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::romanise;

    #[test]
    fn place_and_person_names_as_people_type_them() {
        for (hangul, latin) in [
            ("아야진", "ayajin"),
            ("속초", "sokcho"),
            ("고성군", "goseonggun"),
            ("원주", "wonju"),
            ("양주", "yangju"),
            ("파주", "paju"),
            ("설악", "seorak"),
            ("문강태", "mungangtae"),
            ("고문영", "gomunyeong"),
            ("괜찮은 정신병원", "gwaenchaneun jeongsinbyeongwon"),
        ] {
            assert_eq!(romanise(hangul), latin, "{hangul}");
        }
    }

    #[test]
    fn other_text_is_kept() {
        assert_eq!(romanise("Secret Blue 카페 7"), "Secret Blue kape 7");
        assert_eq!(romanise(""), "");
        // Lone jamo are not syllables.
        assert_eq!(romanise("ㅋㅋ"), "ㅋㅋ");
    }
}
