//! JSON in and out, the cheap way.
//!
//! Reading: the text is parsed by the platform's own parser (the browser's `JSON.parse` in the
//! app, serde_json on the host for prerendering and tests), and our types are read out of the
//! parsed value by [`Read`] impls that are plain code shared by both sides: one generic function
//! per field type, and per record one line per field. Measured against serde's derive with
//! serde-wasm-bindgen (same model, release wasm after wasm-opt): about 100 KB of code, 35 KB
//! gzip, became under 20 KB.
//!
//! Writing: the few values the app writes (stored progress, an exported file) are small and
//! flat, so they are written by hand with [`quote`] for strings.

/// A parsed JSON value, as the readers need to see it.
pub trait Json: Sized {
    /// A member of an object; `None` when absent (or when this is not an object).
    fn field(&self, key: &str) -> Option<Self>;
    fn is_object(&self) -> bool;
    /// The elements, when this is an array.
    fn items(&self) -> Option<Vec<Self>>;
    /// The members, when this is an object.
    fn entries(&self) -> Option<Vec<(String, Self)>>;
    fn string(&self) -> Option<String>;
    fn number(&self) -> Option<f64>;
    fn boolean(&self) -> Option<bool>;
    fn is_null(&self) -> bool;
}

/// Parses JSON text with the platform's parser; `Err` carries the parser's own words.
#[cfg(target_arch = "wasm32")]
pub fn parse(text: &str) -> Result<wasm_bindgen::JsValue, String> {
    js_sys::JSON::parse(text).map_err(|e| {
        js_sys::Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_default()
    })
}

#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<serde_json::Value, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
impl Json for wasm_bindgen::JsValue {
    fn field(&self, key: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        js_sys::Reflect::get(self, &key.into())
            .ok()
            .filter(|v| !v.is_undefined())
    }
    fn is_object(&self) -> bool {
        wasm_bindgen::JsValue::is_object(self) && !js_sys::Array::is_array(self)
    }
    fn items(&self) -> Option<Vec<Self>> {
        js_sys::Array::is_array(self).then(|| js_sys::Array::from(self).iter().collect())
    }
    fn entries(&self) -> Option<Vec<(String, Self)>> {
        if !Json::is_object(self) {
            return None;
        }
        let object = js_sys::Object::from(self.clone());
        Some(
            js_sys::Object::entries(&object)
                .iter()
                .map(|pair| {
                    let pair = js_sys::Array::from(&pair);
                    (pair.get(0).as_string().unwrap_or_default(), pair.get(1))
                })
                .collect(),
        )
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn is_null(&self) -> bool {
        wasm_bindgen::JsValue::is_null(self)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Json for serde_json::Value {
    fn field(&self, key: &str) -> Option<Self> {
        self.as_object()?.get(key).cloned()
    }
    fn is_object(&self) -> bool {
        self.is_object()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn entries(&self) -> Option<Vec<(String, Self)>> {
        Some(
            self.as_object()?
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        )
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn is_null(&self) -> bool {
        self.is_null()
    }
}

/// A type that can be read out of a parsed JSON value.
pub trait Read: Sized {
    fn read<J: Json>(v: &J) -> Result<Self, String>;
    /// What an absent field means; `None` when the field is required.
    fn missing() -> Option<Self> {
        None
    }
    /// Host only: adds to `out` the path of every member of `v`, at any depth, that the model has
    /// no field for. Only records have members of their own; lists and options look inside.
    #[cfg(not(target_arch = "wasm32"))]
    fn unknown<J: Json>(v: &J, path: &str, out: &mut Vec<String>) {
        let _ = (v, path, out);
    }
}

/// `a.b` from `a` and `b`; just `b` at the top.
#[cfg(not(target_arch = "wasm32"))]
pub fn child_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Host only: the members of the parsed text that `T` has no field for, with their paths
/// ("episodes.3.nots"). Empty when every member is known.
#[cfg(not(target_arch = "wasm32"))]
pub fn unknown_fields<T: Read>(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(value) = parse(text) {
        T::unknown(&value, "", &mut out);
    }
    out
}

/// Reads the member `key` of `obj`; errors name the path ("citations.3.url …"). Never inlined:
/// one copy per field type serves every record, which keeps the app small.
#[inline(never)]
pub fn field<J: Json, T: Read>(obj: &J, key: &str) -> Result<T, String> {
    match obj.field(key) {
        None => T::missing().ok_or_else(|| at(key, "is missing".into())),
        Some(v) => T::read(&v).map_err(|e| at(key, e)),
    }
}

/// Puts `key` in front of an error from inside it: "url is missing", "citations.3.url …".
/// Messages start with "is" or "expected"; anything else is a path from a level below.
fn at(key: &str, error: String) -> String {
    let message = error.starts_with("is ") || error.starts_with("expected ");
    let mut s = String::with_capacity(key.len() + error.len() + 1);
    s.push_str(key);
    s.push(if message { ' ' } else { '.' });
    s.push_str(&error);
    s
}

/// Reads the whole text as `T`.
pub fn from_str<T: Read>(text: &str) -> Result<T, JsonError> {
    let value = parse(text).map_err(JsonError::Syntax)?;
    T::read(&value).map_err(JsonError::Shape)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON at all: the parser's own words.
    Syntax(String),
    /// JSON, but not in the shape the type wants: which field, and what was wrong.
    Shape(String),
}

impl Read for String {
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        v.string().ok_or_else(|| "expected text".into())
    }
}

impl Read for bool {
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        v.boolean().ok_or_else(|| "expected true or false".into())
    }
    fn missing() -> Option<Self> {
        Some(false)
    }
}

impl Read for f32 {
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        v.number()
            .map(|n| n as f32)
            .ok_or_else(|| "expected a number".into())
    }
}

/// A whole number within `max`, read from a JSON number.
fn whole<J: Json>(v: &J, max: f64) -> Result<f64, String> {
    match v.number() {
        Some(n) if n.fract() == 0.0 && (0.0..=max).contains(&n) => Ok(n),
        Some(_) => Err("is not a whole number in range".into()),
        None => Err("expected a number".into()),
    }
}

impl Read for u32 {
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        whole(v, f64::from(u32::MAX)).map(|n| n as u32)
    }
}

impl Read for u16 {
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        whole(v, f64::from(u16::MAX)).map(|n| n as u16)
    }
}

impl Read for u8 {
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        whole(v, f64::from(u8::MAX)).map(|n| n as u8)
    }
}

impl<T: Read> Read for Option<T> {
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        if v.is_null() {
            Ok(None)
        } else {
            T::read(v).map(Some)
        }
    }
    fn missing() -> Option<Self> {
        Some(None)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn unknown<J: Json>(v: &J, path: &str, out: &mut Vec<String>) {
        T::unknown(v, path, out);
    }
}

impl<T: Read> Read for Vec<T> {
    #[inline(never)]
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        let items = v.items().ok_or_else(|| String::from("expected a list"))?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match T::read(item) {
                Ok(x) => out.push(x),
                Err(e) => return Err(at(&i.to_string(), e)),
            }
        }
        Ok(out)
    }
    fn missing() -> Option<Self> {
        Some(Vec::new())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn unknown<J: Json>(v: &J, path: &str, out: &mut Vec<String>) {
        for (i, item) in v.items().unwrap_or_default().iter().enumerate() {
            T::unknown(item, &child_path(path, &i.to_string()), out);
        }
    }
}

impl Read for Vec<(String, String)> {
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        let entries = v
            .entries()
            .ok_or_else(|| String::from("expected an object"))?;
        let mut out = Vec::with_capacity(entries.len());
        for (k, item) in entries {
            match item.string() {
                Some(s) => out.push((k, s)),
                None => return Err(at(&k, "expected text".into())),
            }
        }
        Ok(out)
    }
}

impl Read for [f32; 4] {
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        let list: Vec<f32> = Read::read(v)?;
        list.try_into().map_err(|_| "expected four numbers".into())
    }
}

/// Declares a record of the data and how it is read, in one place: the struct as written, and a
/// [`Read`] impl that reads one JSON member per field, named as the field. A field is written once,
/// so the struct and its reader cannot drift apart. On the host the record also lists the members
/// it does not know (see [`unknown_fields`]), so a misspelt field fails the tests and the build
/// instead of reading as absent. Members a file carries on purpose for its readers but the app
/// does not read (a map's provenance, say) are named after the struct: `unread: ["lat", "lon"]`.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $ty:ident {
            $($(#[$fmeta:meta])* pub $field:ident : $fty:ty),* $(,)?
        }
        $(unread: [$($unread:literal),* $(,)?])?
    ) => {
        $(#[$meta])*
        pub struct $ty {
            $($(#[$fmeta])* pub $field: $fty,)*
        }

        impl $crate::core::json::Read for $ty {
            #[inline(never)]
            fn read<J: $crate::core::json::Json>(v: &J) -> Result<Self, String> {
                if !v.is_object() {
                    return Err("expected an object".into());
                }
                Ok($ty { $($field: $crate::core::json::field(v, stringify!($field))?,)* })
            }

            #[cfg(not(target_arch = "wasm32"))]
            fn unknown<J: $crate::core::json::Json>(v: &J, path: &str, out: &mut Vec<String>) {
                const FIELDS: &[&str] = &[$(stringify!($field)),*];
                const UNREAD: &[&str] = &[$($($unread),*)?];
                for (key, value) in v.entries().unwrap_or_default() {
                    let here = $crate::core::json::child_path(path, &key);
                    if UNREAD.contains(&key.as_str()) {
                        continue;
                    }
                    if FIELDS.contains(&key.as_str()) {
                        $(if key == stringify!($field) {
                            <$fty as $crate::core::json::Read>::unknown(&value, &here, out);
                        })*
                    } else {
                        out.push(here);
                    }
                }
            }
        }
    };
}

/// Implements [`Read`] for a fieldless enum written as one of a few words.
macro_rules! read_enum {
    ($ty:ident { $($variant:ident = $word:literal),* $(,)? }) => {
        impl $crate::core::json::Read for $ty {
            fn read<J: $crate::core::json::Json>(v: &J) -> Result<Self, String> {
                match v.string().as_deref() {
                    $(Some($word) => Ok($ty::$variant),)*
                    _ => Err(concat!("expected one of:" $(, " ", $word)*).into()),
                }
            }
        }
    };
}

// Used as `crate::core::json::{record, read_enum}`, so the data layer takes them from core.
pub(crate) use read_enum;
pub(crate) use record;

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

/// A whole number that fits a u64, from any parsed value (for tolerant readers).
pub fn as_u64<J: Json>(v: &J) -> Option<u64> {
    let n = v.number()?;
    (n.fract() == 0.0 && (0.0..18_446_744_073_709_551_616.0).contains(&n)).then_some(n as u64)
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

    record! {
        pub struct Pair {
            pub name: String,
            pub count: u32,
            pub note: Option<String>,
            pub tags: Vec<String>,
            pub on: bool,
        }
    }

    record! {
        #[allow(dead_code)]
        pub struct Outer {
            pub pairs: Vec<Pair>,
            pub one: Option<Pair>,
        }
    }

    #[test]
    fn lists_the_members_a_record_does_not_know() {
        let text = r#"{"pairs":[{"name":"a","count":1},{"name":"b","count":2,"nmae":"x"}],"one":{"name":"c","count":3,"tag":[]},"extra":1}"#;
        assert!(
            from_str::<Outer>(text).is_ok(),
            "the reader itself ignores them"
        );
        assert_eq!(
            unknown_fields::<Outer>(text),
            ["extra", "one.tag", "pairs.1.nmae"]
        );
        assert!(unknown_fields::<Outer>(r#"{"pairs":[],"one":null}"#).is_empty());
    }

    #[test]
    fn reads_records_and_names_what_is_wrong() {
        let p: Pair = from_str(r#"{"name":"x","count":3,"extra":[1]}"#).expect("reads");
        assert_eq!(
            (p.name.as_str(), p.count, p.note, p.tags.len(), p.on),
            ("x", 3, None, 0, false)
        );
        let e = |text: &str| match from_str::<Pair>(text) {
            Err(JsonError::Shape(s)) => s,
            other => panic!("{}", other.is_ok()),
        };
        assert_eq!(e(r#"{"count":3}"#), "name is missing");
        assert_eq!(
            e(r#"{"name":"x","count":-1}"#),
            "count is not a whole number in range"
        );
        assert_eq!(
            e(r#"{"name":"x","count":3,"tags":["a",2]}"#),
            "tags.1 expected text"
        );
        assert_eq!(e("[1]"), "expected an object");
        assert!(matches!(from_str::<Pair>("{"), Err(JsonError::Syntax(_))));
        let v: Vec<Vec<u32>> = from_str("[[1],[2,3]]").expect("nested");
        assert_eq!(v, vec![vec![1], vec![2, 3]]);
    }
}
