//! JSON in and out, the cheap way on each side. In the browser, the browser's own `JSON.parse`
//! reads the text and serde-wasm-bindgen maps the result onto our types: a fraction of the code
//! serde_json would add to the app. On the host (prerendering, tests) serde_json does the same.
//! Both go through the same `serde::Deserialize` impls, so a file means the same everywhere; the
//! browser tests read the shipped files through the browser side.

use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON at all: the parser's own words.
    Syntax(String),
    /// JSON, but not in the shape the type wants: which field, and what was wrong.
    Shape(String),
}

/// A parsed JSON document, ready to be read as one or more types.
#[cfg(target_arch = "wasm32")]
pub struct Parsed(wasm_bindgen::JsValue);
#[cfg(not(target_arch = "wasm32"))]
pub struct Parsed(serde_json::Value);

#[cfg(target_arch = "wasm32")]
pub fn parse(text: &str) -> Result<Parsed, JsonError> {
    js_sys::JSON::parse(text).map(Parsed).map_err(|e| {
        let message = js_sys::Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_default();
        JsonError::Syntax(message)
    })
}

#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<Parsed, JsonError> {
    serde_json::from_str(text)
        .map(Parsed)
        .map_err(|e| JsonError::Syntax(e.to_string()))
}

impl Parsed {
    /// The document as `T`.
    pub fn read<T: DeserializeOwned>(&self) -> Result<T, JsonError> {
        #[cfg(target_arch = "wasm32")]
        return serde_wasm_bindgen::from_value(self.0.clone())
            .map_err(|e| JsonError::Shape(e.to_string()));
        #[cfg(not(target_arch = "wasm32"))]
        T::deserialize(&self.0).map_err(|e| JsonError::Shape(e.to_string()))
    }
}

/// Parses `text` as `T` in one step.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    parse(text)?.read()
}

/// `s` as a JSON string literal, quotes included, escaped as `JSON.stringify` would.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Any JSON value, kept only as far as a tolerant reader needs: numbers, strings, booleans;
/// anything else is noted and skipped. For reading values this guide did not necessarily write
/// (stored progress, imported files) without failing on the first surprise.
#[derive(Clone, Debug, PartialEq)]
pub enum Loose {
    Number(f64),
    Text(String),
    Bool(bool),
    Null,
    List(Vec<Loose>),
    Map(Vec<(String, Loose)>),
}

impl Loose {
    /// A whole number that fits in a u64, if this is one.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Loose::Number(n)
                if n.fract() == 0.0 && *n >= 0.0 && *n < 18_446_744_073_709_551_616.0 =>
            {
                Some(*n as u64)
            }
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Loose::Text(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Loose::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&[Loose]> {
        match self {
            Loose::List(l) => Some(l),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&[(String, Loose)]> {
        match self {
            Loose::Map(m) => Some(m),
            _ => None,
        }
    }

    /// A field of a map.
    pub fn get(&self, key: &str) -> Option<&Loose> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }
}

/// How deep a [`Loose`] value may nest before the rest is skipped: ours are two levels deep, and a
/// hostile value must not exhaust the stack.
const MAX_DEPTH: usize = 8;

struct LooseVisitor(usize);

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Text(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::Text(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut items = Vec::new();
        if self.0 >= MAX_DEPTH {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(Loose::Null);
        }
        while let Some(item) = seq.next_element_seed(LooseSeed(self.0 + 1))? {
            items.push(item);
        }
        Ok(Loose::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let mut fields = Vec::new();
        if self.0 >= MAX_DEPTH {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(Loose::Null);
        }
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(LooseSeed(self.0 + 1))?;
            fields.push((key, value));
        }
        Ok(Loose::Map(fields))
    }
}

struct LooseSeed(usize);

impl<'de> de::DeserializeSeed<'de> for LooseSeed {
    type Value = Loose;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        d.deserialize_any(LooseVisitor(self.0))
    }
}

impl<'de> de::Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LooseVisitor(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_json_stringify() {
        for s in [
            "",
            "plain",
            "quote \" and \\ slash",
            "line\nbreak\ttab\r",
            "\u{1}\u{1f}",
            "한글 🎤 “curly”",
        ] {
            let q = quote(s);
            let back: String = serde_json::from_str(&q).expect("valid JSON");
            assert_eq!(back, s);
            assert_eq!(q, serde_json::to_string(s).expect("serde_json agrees"));
        }
    }

    #[test]
    fn reads_any_value_loosely() {
        let v: Loose = from_str(r#"{"v":2,"watched":[1,"3",null,2.5,true],"notes":{"1":"x"},"deep":[[[[[[[[[[1]]]]]]]]]]}"#).expect("json");
        assert_eq!(v.get("v").and_then(Loose::as_u64), Some(2));
        let w = v.get("watched").and_then(Loose::as_list).expect("list");
        assert_eq!(w.len(), 5);
        assert_eq!(w[0].as_u64(), Some(1));
        assert_eq!(w[1].as_u64(), None);
        assert_eq!(w[3].as_u64(), None);
        assert_eq!(
            v.get("notes")
                .and_then(|n| n.get("1"))
                .and_then(Loose::as_str),
            Some("x")
        );
        assert!(matches!(from_str::<Loose>("{"), Err(JsonError::Syntax(_))));
        assert!(matches!(from_str::<u32>("\"x\""), Err(JsonError::Shape(_))));
    }
}
