//! Reusable pieces of the pages, one concept per file.
pub mod cast_card;
pub mod data_section;
pub mod episode_row;
pub mod live_figures;
pub mod load_error;
pub mod offline_notice;
pub mod page_head;
pub mod portrait;
pub mod reason_card;
pub mod site_footer;
pub mod site_header;
pub mod source_note;
pub mod spoiler;
pub mod story_art;
pub mod timeline;
pub mod unverified;
pub mod update_banner;
