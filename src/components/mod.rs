//! Reusable view pieces.
