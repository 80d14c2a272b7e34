//! Reusable pieces of the pages, one concept per file. None holds interface words of its own:
//! they come from `crate::i18n`, and data prose from the site's text.
pub mod checked;
pub mod data_section;
pub mod episode_bits;
pub mod frame;
pub mod lang_offer;
pub mod load_error;
pub mod my_episode;
pub mod offline_notice;
pub mod page_head;
pub mod people;
pub mod place_map;
pub mod portrait;
pub mod qr_code;
pub mod ratings_chart;
pub mod relation_map;
pub mod share_button;
pub mod source_line;
pub mod spoiler;
pub mod spoiler_switch;
pub mod story_art;
pub mod tracker_notice;
pub mod unverified;
pub mod update_banner;
pub mod watch_progress;
pub mod watch_toggle;
