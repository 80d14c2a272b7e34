//! Plain values and small tools that every layer uses: the two languages, calendar dates, the JSON
//! reader, sorting, Hangul, slugs and the site's base path. Nothing here imports from the rest of
//! the app, so data, logic and views can all stand on it.
pub mod date;
pub mod hangul;
pub mod json;
pub mod lang;
pub mod order;
pub mod paths;
pub mod slug;
