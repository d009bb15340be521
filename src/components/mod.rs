//! Reusable, prop-driven view pieces.

pub mod cards;
pub mod copy_link;
pub mod decision;
pub mod filter_bar;
pub mod landscape_data;
pub mod links;
pub mod maturity;
pub mod search_results;
pub mod share_plan;
pub mod shell;
pub mod shortcuts;
pub mod trail_picture;
pub mod tray;
pub mod whats_new;
