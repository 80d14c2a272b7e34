/// A URL slug from a name: "Ko Moon-young" → "ko-moon-young". Anything that is not an ASCII
/// letter or digit separates words, so the slug is always safe in a path.
pub fn slugify(name: &str) -> String {
    name.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn makes_slugs() {
        assert_eq!(slugify("Ko Moon-young"), "ko-moon-young");
        assert_eq!(slugify("  Oh  Ji-wang! "), "oh-ji-wang");
        assert_eq!(slugify("문강태"), "");
    }
}
