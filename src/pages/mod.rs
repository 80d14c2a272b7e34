//! One file per route. Each page is a `…Page` that loads its data and a `…View` that draws it
//! from plain values, so the views can be tested and prerendered without a network.
pub mod about;
pub mod cast;
pub mod cast_member;
pub mod episode;
pub mod episodes;
pub mod home;
pub mod not_found;
pub mod outlook;
pub mod search;
