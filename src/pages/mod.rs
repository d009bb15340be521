//! Route targets.
