//! Which projects the trail shows for a query, and how many each facet option would leave.

use crate::catalog::{Catalog, Project};
use crate::query::{Facet, TrailQuery};
use crate::search::SearchIndex;

/// One option of a facet, with the number of projects it would leave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    pub value: String,
    pub count: usize,
    pub selected: bool,
}

/// The projects matching `query` (AND across facets, OR within one; `saved` keeps only
/// projects for which `is_saved` is true). With search text: ranked best first;
/// without: dataset order.
pub fn visible<'a>(
    catalog: &'a Catalog,
    index: &SearchIndex,
    query: &TrailQuery,
    is_saved: &dyn Fn(&str) -> bool,
) -> Vec<&'a Project> {
    let _ = (catalog, index, query, is_saved);
    Vec::new()
}

/// Options of `facet` in display order, each counting the projects that match every other
/// active filter plus this option.
pub fn facet_options(
    catalog: &Catalog,
    index: &SearchIndex,
    query: &TrailQuery,
    is_saved: &dyn Fn(&str) -> bool,
    facet: Facet,
) -> Vec<FacetOption> {
    let _ = (catalog, index, query, is_saved, facet);
    Vec::new()
}
