//! Pure logic with no view code: routes, dates and their wording, ratings, the outlook's figures,
//! page titles, watch progress and its stored and transfer forms, the reader's numbers, the
//! Netflix history import, search, citations, the relationship map's layout and QR codes. Everything here is covered by ordinary `#[test]`s.
pub mod chart;
pub mod cite;
pub mod format;
pub mod hangul;
pub mod netflix;

pub mod outlook;
pub mod placemap;
pub mod progress;
pub mod qr;
pub mod ratings;
pub mod relmap;
pub mod routes;
pub mod search;
pub mod stats;
pub mod titles;
pub mod transfer;
