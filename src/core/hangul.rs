//! What the guide needs to know about Hangul, in one place: whether a character is Hangul, and
//! the parts of a precomposed syllable (for romanising search keys and for choosing the Korean
//! particle that fits a word's last sound).

/// Hangul syllables, the conjoining jamo and the compatibility jamo.
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// The parts of a precomposed Hangul syllable (가–힣): initial, medial and final indices, the
/// final being 0 when the syllable has none.
pub fn syllable(c: char) -> Option<(usize, usize, usize)> {
    let code = u32::from(c).checked_sub(0xAC00)?;
    (code < 11172).then_some((
        (code / 588) as usize,
        (code % 588 / 28) as usize,
        (code % 28) as usize,
    ))
}

/// Whether `c` is a Hangul syllable that ends in a consonant (김, 현), not a vowel (지, 가).
pub fn ends_in_consonant(c: char) -> bool {
    syllable(c).is_some_and(|(_, _, last)| last != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_hangul_and_its_last_sound() {
        assert!(is_hangul('문') && is_hangul('ㄱ') && !is_hangul('a') && !is_hangul('漢'));
        assert_eq!(syllable('가'), Some((0, 0, 0)));
        assert_eq!(syllable('힣'), Some((18, 20, 27)));
        assert_eq!(syllable('a'), None);
        assert!(ends_in_consonant('현') && !ends_in_consonant('지') && !ends_in_consonant('x'));
    }
}
