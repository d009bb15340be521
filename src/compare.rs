//! The comparison: selection parsing and editing, attribute rows, and their differences. Pure.

use crate::catalog::{Catalog, Indexed, Lang, Project};

/// The most projects a comparison holds.
pub const MAX_COMPARED: usize = 4;

/// Something the user should be told about a comparison link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelectionNotice {
    UnknownDropped(Vec<String>),
    DuplicatesCollapsed,
    TooMany,
}

/// Parse the comma-separated `ids` value: aliases resolve to current ids, unknown ids and
/// duplicates are dropped, order is kept, at most `MAX_COMPARED` remain.
pub fn parse_ids(raw: &str, index: &Indexed) -> (Vec<String>, Vec<SelectionNotice>) {
    let _ = (raw, index);
    (Vec::new(), Vec::new())
}

/// The rows of the comparison table, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKey {
    Stages,
    Maturity,
    Timeline,
    Map2020,
    Language,
    License,
    Origin,
    FirstRelease,
    Tags,
    What,
    Why,
    Features,
    Caveats,
    UseCases,
    Related,
    Links,
}

/// One cell: plain text lines, or links (label, href, internal project link?).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Lines(Vec<String>),
    Links(Vec<CellLink>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellLink {
    pub label: String,
    /// A project id for an in-app link, or an https URL.
    pub target: LinkTarget,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    Project(String),
    External(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub key: RowKey,
    pub cells: Vec<Cell>,
    /// True when the projects' values are not all the same.
    pub differs: bool,
}

/// Build every row for `projects` (in column order), texts in `lang`.
pub fn rows(catalog: &Catalog, projects: &[&Project], lang: Lang) -> Vec<Row> {
    let _ = (catalog, projects, lang);
    Vec::new()
}

/// The selection already holds `MAX_COMPARED` projects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Full;

pub fn add(ids: &mut Vec<String>, id: &str) -> Result<(), Full> {
    let _ = (ids, id);
    Ok(())
}
pub fn remove(ids: &mut Vec<String>, id: &str) {
    ids.retain(|i| i != id);
}
pub fn move_left(ids: &mut [String], i: usize) {
    let _ = (ids, i);
}
pub fn move_right(ids: &mut [String], i: usize) {
    let _ = (ids, i);
}
pub fn swap_at(ids: &mut [String], i: usize, new_id: &str) {
    let _ = (ids, i, new_id);
}
pub fn swap_candidates<'a>(index: &'a Indexed, project: &Project, selection: &[String]) -> Vec<&'a Project> {
    let _ = (index, project, selection);
    Vec::new()
}
