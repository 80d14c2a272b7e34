//! Today's date from the reader's clock, as a day number (days since 1970-01-01, UTC).

#[cfg(target_arch = "wasm32")]
pub fn today() -> i64 {
    (js_sys::Date::now() / 86_400_000.0).floor() as i64
}

#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .unwrap_or(0)
}
