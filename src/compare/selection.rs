//! Which projects are compared: the `ids` of a link parsed, and the selection edited (add,
//! remove, move, swap) without duplicates or overflow. Pure.

use crate::catalog::{Indexed, Project, RelationKind};
use std::collections::HashSet;

/// The most projects a comparison holds.
pub const MAX_COMPARED: usize = 4;

/// The most unknown ids one `UnknownDropped` notice lists (a pasted link can hold anything).
pub const MAX_UNKNOWN_REPORTED: usize = 20;

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
    parse_ids_with(raw, index, |_| None)
}

/// `parse_ids` that also keeps the ids `other` knows (items of the whole landscape), as
/// `other` spells them.
pub fn parse_ids_with<'a>(
    raw: &str,
    index: &'a Indexed,
    other: impl Fn(&str) -> Option<&'a str>,
) -> (Vec<String>, Vec<SelectionNotice>) {
    let mut ids: Vec<String> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut duplicates = false;
    let mut too_many = false;
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let found = resolve(index, part)
            .or_else(|| other(part))
            .or_else(|| other(&part.to_ascii_lowercase()));
        match found {
            Some(id) if ids.iter().any(|i| i == id) => duplicates = true,
            Some(_) if ids.len() >= MAX_COMPARED => too_many = true,
            Some(id) => ids.push(id.to_string()),
            None => {
                if unknown.len() < MAX_UNKNOWN_REPORTED && !unknown.iter().any(|u| u == part) {
                    unknown.push(part.to_string());
                }
            }
        }
    }
    let mut notices = Vec::new();
    if !unknown.is_empty() {
        notices.push(SelectionNotice::UnknownDropped(unknown));
    }
    if duplicates {
        notices.push(SelectionNotice::DuplicatesCollapsed);
    }
    if too_many {
        notices.push(SelectionNotice::TooMany);
    }
    (ids, notices)
}

/// The current id for `id` (or an alias), forgiving capitals typed into a link.
fn resolve<'a>(index: &'a Indexed, id: &str) -> Option<&'a str> {
    index
        .canonical_id(id)
        .or_else(|| index.canonical_id(&id.to_ascii_lowercase()))
}

/// The selection already holds `MAX_COMPARED` projects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Full;

/// Append `id` as the last column; nothing happens when it is already there.
pub fn add(selection: &mut Vec<String>, id: &str) -> Result<(), Full> {
    if selection.iter().any(|s| s == id) {
        return Ok(());
    }
    if selection.len() >= MAX_COMPARED {
        return Err(Full);
    }
    selection.push(id.to_string());
    Ok(())
}

/// Remove `id`'s column, if present.
pub fn remove(selection: &mut Vec<String>, id: &str) {
    selection.retain(|s| s != id);
}

/// Move column `i` one place left; out of range or already first: nothing happens.
pub fn move_left(selection: &mut [String], i: usize) {
    if i > 0 && i < selection.len() {
        selection.swap(i - 1, i);
    }
}

/// Move column `i` one place right; out of range or already last: nothing happens.
pub fn move_right(selection: &mut [String], i: usize) {
    if i < selection.len().saturating_sub(1) {
        selection.swap(i, i + 1);
    }
}

/// Put `new_id` in column `i`. Refused (false) when `i` is out of range or `new_id` is
/// already in another column; true when the selection now has `new_id` at `i`.
pub fn swap_at(selection: &mut [String], i: usize, new_id: &str) -> bool {
    if selection
        .iter()
        .enumerate()
        .any(|(j, s)| j != i && s == new_id)
    {
        return false;
    }
    match selection.get_mut(i) {
        Some(slot) => {
            *slot = new_id.to_string();
            true
        }
        None => false,
    }
}

/// Projects to offer in place of `project`: its alternatives and successors first (dataset
/// order of its `related`), then the other projects of its primary stage; never one that is
/// already selected, nor `project` itself.
pub fn swap_candidates<'a>(
    index: &'a Indexed,
    project: &Project,
    selection: &[String],
) -> Vec<&'a Project> {
    let mut seen: HashSet<&str> = selection.iter().map(String::as_str).collect();
    seen.insert(project.id.as_str());
    let related = project
        .related
        .iter()
        .filter(|r| matches!(r.kind, RelationKind::Alternative | RelationKind::Successor))
        .filter_map(|r| index.project(&r.id));
    // Not `projects_in_stage`: it ties the items' lifetime to `project`'s.
    let same_stage = index
        .catalog
        .projects
        .iter()
        .filter(|p| p.stage == project.stage);
    let mut out = Vec::new();
    for p in related.chain(same_stage) {
        if seen.insert(p.id.as_str()) {
            out.push(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_catalog::{get, small as fixture, strings};
    use proptest::prelude::*;

    #[test]
    fn ids_resolve_aliases_and_drop_unknown_ones_in_order() {
        let index = fixture();
        let (ids, notices) = parse_ids(" prom , nope,otel,, Kubernetes ,what,nope", &index);
        assert_eq!(ids, strings(&["prometheus", "opentelemetry", "kubernetes"]));
        assert_eq!(
            notices,
            vec![SelectionNotice::UnknownDropped(strings(&["nope", "what"]))]
        );
    }

    #[test]
    fn duplicate_ids_collapse_once() {
        let index = fixture();
        let (ids, notices) = parse_ids("jaeger,prometheus,prom,jaeger,jaeger", &index);
        assert_eq!(ids, strings(&["jaeger", "prometheus"]));
        assert_eq!(notices, vec![SelectionNotice::DuplicatesCollapsed]);
    }

    #[test]
    fn more_than_four_keeps_the_first_four() {
        let index = fixture();
        let (ids, notices) = parse_ids(
            "containerd,kubernetes,prometheus,jaeger,fluentd,opentelemetry,kubernetes,zzz",
            &index,
        );
        assert_eq!(
            ids,
            strings(&["containerd", "kubernetes", "prometheus", "jaeger"])
        );
        assert_eq!(
            notices,
            vec![
                SelectionNotice::UnknownDropped(strings(&["zzz"])),
                SelectionNotice::DuplicatesCollapsed,
                SelectionNotice::TooMany
            ]
        );
    }

    #[test]
    fn empty_and_garbage_values_give_an_empty_selection() {
        let index = fixture();
        for raw in ["", ",,,", "   ", " , , "] {
            assert_eq!(parse_ids(raw, &index), (Vec::new(), Vec::new()), "{raw:?}");
        }
        let (ids, notices) = parse_ids("<script>,%00,\u{0},🙂,../../etc", &index);
        assert!(ids.is_empty());
        assert_eq!(
            notices,
            vec![SelectionNotice::UnknownDropped(strings(&[
                "<script>",
                "%00",
                "\u{0}",
                "🙂",
                "../../etc"
            ]))]
        );
        let many: Vec<String> = (0..100).map(|i| format!("x{i}")).collect();
        let (_, notices) = parse_ids(&many.join(","), &index);
        assert!(matches!(
            notices.as_slice(),
            [SelectionNotice::UnknownDropped(u)] if u.len() == MAX_UNKNOWN_REPORTED
        ));
    }

    proptest! {
        #[test]
        fn parse_ids_never_panics_and_respects_limits(raw in ".{0,200}") {
            let index = fixture();
            let (ids, _) = parse_ids(&raw, &index);
            prop_assert!(ids.len() <= MAX_COMPARED);
            prop_assert!(ids.iter().all(|id| index.catalog.projects.iter().any(|p| &p.id == id)));
        }

        #[test]
        fn loading_and_importing_never_panic(raw in ".{0,200}") {
            let index = fixture();
            let _ = crate::prefs::load(Some(&raw), &index);
            let _ = crate::prefs::parse_import(&raw, &index);
        }
    }

    #[test]
    fn selections_are_edited_without_duplicates_or_overflow() {
        let mut sel = Vec::new();
        assert_eq!(add(&mut sel, "a"), Ok(()));
        assert_eq!(add(&mut sel, "b"), Ok(()));
        assert_eq!(add(&mut sel, "a"), Ok(()));
        assert_eq!(sel, strings(&["a", "b"]));
        assert_eq!(add(&mut sel, "c"), Ok(()));
        assert_eq!(add(&mut sel, "d"), Ok(()));
        assert_eq!(add(&mut sel, "e"), Err(Full));
        assert_eq!(
            add(&mut sel, "d"),
            Ok(()),
            "already present is fine when full"
        );
        assert_eq!(sel, strings(&["a", "b", "c", "d"]));

        move_left(&mut sel, 2);
        assert_eq!(sel, strings(&["a", "c", "b", "d"]));
        move_left(&mut sel, 0);
        move_left(&mut sel, 99);
        move_right(&mut sel, 3);
        move_right(&mut sel, usize::MAX);
        assert_eq!(sel, strings(&["a", "c", "b", "d"]));
        move_right(&mut sel, 0);
        assert_eq!(sel, strings(&["c", "a", "b", "d"]));

        assert!(swap_at(&mut sel, 1, "e"));
        assert_eq!(sel, strings(&["c", "e", "b", "d"]));
        assert!(!swap_at(&mut sel, 1, "d"), "no duplicates");
        assert!(swap_at(&mut sel, 1, "e"), "same id in place is fine");
        assert!(!swap_at(&mut sel, 4, "f"));
        assert_eq!(sel, strings(&["c", "e", "b", "d"]));

        remove(&mut sel, "e");
        remove(&mut sel, "zzz");
        assert_eq!(sel, strings(&["c", "b", "d"]));
    }

    #[test]
    fn swap_candidates_put_alternatives_and_successors_first() {
        let index = fixture();
        let ot = get(&index, "opentracing");
        let ids = |v: Vec<&Project>| v.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        // Successor (through its alias) first; complements are not promoted.
        assert_eq!(
            ids(swap_candidates(
                &index,
                ot,
                &strings(&["opentracing", "prometheus"])
            )),
            strings(&["opentelemetry", "jaeger", "fluentd"])
        );
        // An alternative from another stage comes first, then the stage's others.
        let fluentd = get(&index, "fluentd");
        assert_eq!(
            ids(swap_candidates(
                &index,
                fluentd,
                &strings(&["fluentd", "jaeger"])
            )),
            strings(&["containerd", "prometheus", "opentracing", "opentelemetry"])
        );
    }
}
