//! JSON in and out, the cheap way.
//!
//! Reading: the text is parsed by the platform's own parser (the browser's `JSON.parse` in the
//! app, serde_json on the host for prerendering and tests), and our types are read out of the
//! parsed value by [`Read`] impls that are plain code shared by both sides: one generic function
//! per field type, and per record one line per field. Measured against serde's derive with
//! serde-wasm-bindgen (same model, release wasm after wasm-opt): about 100 KB of code, 35 KB
//! gzip, became under 20 KB.
//!
//! Measured again later by stubbing the readers out of the release build (wasm-opt -Oz, gzip -9):
//! they had grown to 24.1 KB gzip (73 KB raw) of the app, mostly per-field error plumbing and a
//! list loop per element type. These changes brought that to 7.7 KB gzip (26 KB raw) with the
//! same results and messages: readers note the first error in a [`Fault`] instead of returning
//! early, so a record is one call per field (−12.6 KB gzip); one list loop, `each`, serves every
//! element type (−2.7 KB); one word lookup, [`word`], serves every enum (−0.9 KB); record
//! readers are left to the inliner (−0.15 KB).
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

/// Where a read puts what went wrong: the first error, with its path ("citations.3.url is
/// missing"), or `None` while all is well.
pub type Fault = Option<String>;

/// A type that can be read out of a parsed JSON value.
///
/// Readers do not return a `Result`: [`Read::read_or`] always returns a value and puts the first
/// error in a [`Fault`] instead, returning [`Read::placeholder`] (or a part-read value, which the
/// caller drops) when it fails. That keeps a record's reader straight-line code, one call per
/// field, where returning early from each field made the app carry a branch, an error copy and a
/// drop of the fields read so far for every field of every record. [`Read::read`] wraps it in a
/// `Result` for callers.
pub trait Read: Sized {
    /// Reads `v`; on failure records the error in `fault` (which is `None` when this is called).
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self;
    /// The value returned when reading failed, and what an absent member reads as when the type
    /// is [`Read::OPTIONAL`].
    fn placeholder() -> Self;
    /// Whether a record's member of this type may be absent (reading as the placeholder).
    const OPTIONAL: bool = false;

    /// The value, or the first error with its path.
    fn read<J: Json>(v: &J) -> Result<Self, String> {
        let mut fault = None;
        let value = Self::read_or(v, &mut fault);
        match fault {
            None => Ok(value),
            Some(e) => Err(e),
        }
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

/// Records `error` unless an earlier one is already there (the first error is the one reported).
#[inline(never)]
pub fn fail(fault: &mut Fault, error: impl Into<String>) {
    if fault.is_none() {
        *fault = Some(error.into());
    }
}

/// `value`, or the placeholder with `error` recorded: for hand-written readers of single values.
pub fn or_fail<T: Read>(value: Result<T, String>, fault: &mut Fault) -> T {
    value.unwrap_or_else(|e| {
        fail(fault, e);
        T::placeholder()
    })
}

/// The member `key` of `obj`, when there is one to read. `None` once an error is recorded (the
/// rest of the record is not read) and when the member is absent, which is an error unless the
/// field is optional. Not generic over the field's type, so the app carries it once.
#[inline(never)]
fn member<J: Json>(obj: &J, key: &str, optional: bool, fault: &mut Fault) -> Option<J> {
    if fault.is_some() {
        return None;
    }
    let v = obj.field(key);
    if v.is_none() && !optional {
        *fault = Some(at(key, "is missing".into()));
    }
    v
}

/// Reads the member `key` of `obj`; errors name the path ("citations.3.url …"). Never inlined:
/// one copy per field type serves every record, which keeps the app small. (Measured and not
/// kept: passing the read to `member` as a closure, so this would be smaller per type, saved
/// 22 bytes gzip; keeping the member in a struct so `member` returns a reference saved 1.7 KB
/// raw but cost 0.7 KB gzip.)
#[inline(never)]
pub fn field<J: Json, T: Read>(obj: &J, key: &str, fault: &mut Fault) -> T {
    match member(obj, key, T::OPTIONAL, fault) {
        None => T::placeholder(),
        Some(v) => {
            let value = T::read_or(&v, fault);
            under(key, fault);
            value
        }
    }
}

/// Puts `key` in front of the error recorded while reading inside it, if any.
#[inline(never)]
fn under(key: &str, fault: &mut Fault) {
    if let Some(e) = fault.take() {
        *fault = Some(at(key, e));
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
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        v.string().unwrap_or_else(|| {
            fail(fault, "expected text");
            String::new()
        })
    }
    fn placeholder() -> Self {
        String::new()
    }
}

impl Read for bool {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        v.boolean().unwrap_or_else(|| {
            fail(fault, "expected true or false");
            false
        })
    }
    fn placeholder() -> Self {
        false
    }
    const OPTIONAL: bool = true;
}

impl Read for f32 {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        v.number().unwrap_or_else(|| {
            fail(fault, "expected a number");
            0.0
        }) as f32
    }
    fn placeholder() -> Self {
        0.0
    }
}

/// A whole number within `max`, read from a JSON number; 0 when it is not one.
fn whole<J: Json>(v: &J, max: f64, fault: &mut Fault) -> f64 {
    match v.number() {
        Some(n) if n.fract() == 0.0 && (0.0..=max).contains(&n) => return n,
        Some(_) => fail(fault, "is not a whole number in range"),
        None => fail(fault, "expected a number"),
    }
    0.0
}

impl Read for u32 {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        whole(v, f64::from(u32::MAX), fault) as u32
    }
    fn placeholder() -> Self {
        0
    }
}

impl Read for u16 {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        whole(v, f64::from(u16::MAX), fault) as u16
    }
    fn placeholder() -> Self {
        0
    }
}

impl Read for u8 {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        whole(v, f64::from(u8::MAX), fault) as u8
    }
    fn placeholder() -> Self {
        0
    }
}

impl<T: Read> Read for Option<T> {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        if v.is_null() {
            None
        } else {
            Some(T::read_or(v, fault))
        }
    }
    fn placeholder() -> Self {
        None
    }
    const OPTIONAL: bool = true;
    #[cfg(not(target_arch = "wasm32"))]
    fn unknown<J: Json>(v: &J, path: &str, out: &mut Vec<String>) {
        T::unknown(v, path, out);
    }
}

/// Reads each element of the list `v` with `read`, stopping at the first error (which it puts
/// under the element's index: "3.url is missing"). Not generic over the element type, so the
/// loop is in the app once instead of once per list type; each list type adds only its `read`.
#[inline(never)]
fn each<J: Json>(v: &J, fault: &mut Fault, read: &mut dyn FnMut(&J, &mut Fault)) {
    let Some(items) = v.items() else {
        fail(fault, "expected a list");
        return;
    };
    for (i, item) in items.iter().enumerate() {
        read(item, fault);
        if fault.is_some() {
            under(&i.to_string(), fault);
            return;
        }
    }
}

impl<T: Read> Read for Vec<T> {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        let mut out = Vec::new();
        each(v, fault, &mut |item, fault| {
            out.push(T::read_or(item, fault))
        });
        out
    }
    fn placeholder() -> Self {
        Vec::new()
    }
    const OPTIONAL: bool = true;
    #[cfg(not(target_arch = "wasm32"))]
    fn unknown<J: Json>(v: &J, path: &str, out: &mut Vec<String>) {
        for (i, item) in v.items().unwrap_or_default().iter().enumerate() {
            T::unknown(item, &child_path(path, &i.to_string()), out);
        }
    }
}

impl Read for Vec<(String, String)> {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        let Some(entries) = v.entries() else {
            fail(fault, "expected an object");
            return Vec::new();
        };
        let mut out = Vec::with_capacity(entries.len());
        for (k, item) in entries {
            match item.string() {
                Some(s) => out.push((k, s)),
                None => {
                    fail(fault, at(&k, "expected text".into()));
                    break;
                }
            }
        }
        out
    }
    fn placeholder() -> Self {
        Vec::new()
    }
}

impl Read for [f32; 4] {
    fn read_or<J: Json>(v: &J, fault: &mut Fault) -> Self {
        let list: Vec<f32> = Read::read_or(v, fault);
        if fault.is_some() {
            return [0.0; 4];
        }
        or_fail(
            list.try_into().map_err(|_| "expected four numbers".into()),
            fault,
        )
    }
    fn placeholder() -> Self {
        [0.0; 4]
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
            // Not marked `inline(never)` (it was while each field returned early): measured
            // 153 bytes gzip smaller without, as most records are read in one place.
            fn read_or<J: $crate::core::json::Json>(
                v: &J,
                fault: &mut $crate::core::json::Fault,
            ) -> Self {
                if !v.is_object() {
                    $crate::core::json::fail(fault, "expected an object");
                }
                // After an error every further field reads as its placeholder, unread.
                $ty { $($field: $crate::core::json::field(v, stringify!($field), fault),)* }
            }

            fn placeholder() -> Self {
                $ty { $($field: $crate::core::json::Read::placeholder(),)* }
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

/// Which of `words` the text `v` is. When it is none of them, records "expected one of: …" and
/// gives 0. Not generic over the enum, so each enum read adds only its table of words and values.
#[inline(never)]
pub fn word<J: Json>(v: &J, words: &[&str], fault: &mut Fault) -> usize {
    if let Some(i) = v.string().and_then(|s| words.iter().position(|w| *w == s)) {
        return i;
    }
    let mut error = String::from("expected one of:");
    for w in words {
        error.push(' ');
        error.push_str(w);
    }
    fail(fault, error);
    0
}

/// Implements [`Read`] for a fieldless enum written as one of a few words. The first variant is
/// the placeholder.
macro_rules! read_enum {
    ($ty:ident { $first:ident = $first_word:literal $(, $variant:ident = $word:literal)* $(,)? }) => {
        impl $crate::core::json::Read for $ty {
            // Not marked `inline(never)` (it was while each field returned early): measured
            // 153 bytes gzip smaller without, as most records are read in one place.
            fn read_or<J: $crate::core::json::Json>(
                v: &J,
                fault: &mut $crate::core::json::Fault,
            ) -> Self {
                const VALUES: &[$ty] = &[$ty::$first $(, $ty::$variant)*];
                VALUES[$crate::core::json::word(v, &[$first_word $(, $word)*], fault)]
            }
            fn placeholder() -> Self {
                $ty::$first
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

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Kind {
        Big,
        Small,
    }
    read_enum!(Kind { Big = "big", Small = "small" });

    #[test]
    fn reports_the_first_error_with_its_whole_path() {
        let e = |text: &str| match from_str::<Outer>(text) {
            Err(JsonError::Shape(s)) => s,
            other => panic!("{}", other.is_ok()),
        };
        // Fields are read in order and the first error is the one reported, however many follow.
        assert_eq!(
            e(r#"{"pairs":[{"name":"a","count":1},{"count":"x","tags":3}],"one":4}"#),
            "pairs.1.name is missing"
        );
        assert_eq!(
            e(r#"{"pairs":[{"name":"a","count":1.5}],"one":4}"#),
            "pairs.0.count is not a whole number in range"
        );
        assert_eq!(
            e(r#"{"pairs":[],"one":{"name":"a","count":1,"tags":["t",null]}}"#),
            "one.tags.1 expected text"
        );
        assert_eq!(e(r#"{"pairs":{}}"#), "pairs expected a list");
        assert_eq!(e(r#"{"pairs":[],"one":[]}"#), "one expected an object");
        let o: Outer = from_str(r#"{"pairs":[],"one":null}"#).expect("null reads as None");
        assert!(o.one.is_none());

        let kinds: Vec<Kind> = from_str(r#"["small","big"]"#).expect("words");
        assert_eq!(kinds, [Kind::Small, Kind::Big]);
        assert_eq!(
            from_str::<Vec<Kind>>(r#"["big","huge"]"#),
            Err(JsonError::Shape("1 expected one of: big small".into()))
        );
        assert_eq!(
            from_str::<[f32; 4]>("[1,2,3]"),
            Err(JsonError::Shape("expected four numbers".into()))
        );
    }
}
