//! Route targets.

pub mod compare;
pub mod landscape;
pub mod not_found;
pub mod plan;
pub mod project;
pub mod saved;
pub mod trail;
