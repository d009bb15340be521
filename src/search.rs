//! Full-text search over both languages: a prebuilt index, typo-tolerant, names ranked first.

use crate::catalog::Catalog;

/// Precomputed, normalised search text for every project of a catalog (built once).
pub struct SearchIndex {
    _private: (),
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        let _ = catalog;
        SearchIndex { _private: () }
    }

    /// Score of project number `i` (dataset order) for `query`; `None` when it does not match.
    /// Higher is better; a name match always outranks any other match.
    pub fn score(&self, i: usize, query: &str) -> Option<u32> {
        let _ = (i, query);
        None
    }
}
