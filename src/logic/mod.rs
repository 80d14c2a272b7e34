//! Pure logic with no view code: routes, dates, ratings, the outlook's figures, page titles,
//! watch progress and its stored form, search, and the list of sources.
//! Everything here is covered by ordinary `#[test]`s on the host.
pub mod chart;
pub mod dates;
pub mod meta;
pub mod outlook;
pub mod progress;
pub mod ratings;
pub mod routes;
pub mod search;
pub mod slug;
pub mod sources;
