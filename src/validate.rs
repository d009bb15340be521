//! Dataset validation: named checks that collect every problem with the offending id.

use crate::catalog::Catalog;

/// One problem found in the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The check's name, e.g. `unique-ids`.
    pub check: &'static str,
    /// The offending id (project, stage, comparison, tag) or field path.
    pub id: String,
    pub message: String,
}

/// Run every check; an empty list means the dataset is valid.
pub fn validate(catalog: &Catalog) -> Vec<Problem> {
    let _ = catalog;
    Vec::new()
}
