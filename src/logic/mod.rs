//! Pure logic with no view code: routes, dates, ratings, the outlook's figures, page titles.
//! Everything here is covered by ordinary `#[test]`s on the host.
pub mod chart;
pub mod dates;
pub mod meta;
pub mod outlook;
pub mod ratings;
pub mod routes;
pub mod slug;
