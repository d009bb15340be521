//! The comparison: selection parsing and editing, attribute rows, and their differences. Pure.

use crate::catalog::{Indexed, Lang, Project, RelationKind, Text};
use crate::i18n::{format_date, K};
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
    let mut ids: Vec<String> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut duplicates = false;
    let mut too_many = false;
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match resolve(index, part) {
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

impl RowKey {
    pub const ALL: [RowKey; 16] = [
        RowKey::Stages,
        RowKey::Maturity,
        RowKey::Timeline,
        RowKey::Map2020,
        RowKey::Language,
        RowKey::License,
        RowKey::Origin,
        RowKey::FirstRelease,
        RowKey::Tags,
        RowKey::What,
        RowKey::Why,
        RowKey::Features,
        RowKey::Caveats,
        RowKey::UseCases,
        RowKey::Related,
        RowKey::Links,
    ];

    /// What the row holds: facts are compared; descriptions and links are read, not
    /// compared (two descriptions always differ in wording, two homepages always differ).
    pub fn kind(self) -> RowKind {
        match self {
            RowKey::Stages
            | RowKey::Maturity
            | RowKey::Timeline
            | RowKey::Map2020
            | RowKey::Language
            | RowKey::License
            | RowKey::FirstRelease
            | RowKey::Tags => RowKind::Fact,
            RowKey::Origin
            | RowKey::What
            | RowKey::Why
            | RowKey::Features
            | RowKey::Caveats
            | RowKey::UseCases => RowKind::Prose,
            RowKey::Related | RowKey::Links => RowKind::Links,
        }
    }

    /// The row's heading.
    pub fn label(self) -> K {
        match self {
            RowKey::Stages => K::Stages,
            RowKey::Maturity => K::Maturity,
            RowKey::Timeline => K::Timeline,
            RowKey::Map2020 => K::OnMap2020,
            RowKey::Language => K::Language,
            RowKey::License => K::License,
            RowKey::Origin => K::Origin,
            RowKey::FirstRelease => K::FirstRelease,
            RowKey::Tags => K::Tags,
            RowKey::What => K::WhatItIs,
            RowKey::Why => K::WhyUseIt,
            RowKey::Features => K::KeyFeatures,
            RowKey::Caveats => K::Caveats,
            RowKey::UseCases => K::UseCases,
            RowKey::Related => K::Related,
            RowKey::Links => K::Links,
        }
    }
}

/// What a row holds, which decides whether its values are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// Maturity, dates, language, license …: equal or not, and the difference matters.
    Fact,
    /// Sentences written per project: they always differ in wording.
    Prose,
    /// Related projects and web links: different per project by nature.
    Links,
}

/// A prose line longer than this many characters is cut to its first line until opened.
pub const PROSE_FIRST_LINE_CHARS: usize = 48;

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

impl Row {
    /// The row is a fact the projects do not share: marked, and kept by "only differences".
    /// Prose and links never count, however different their wording.
    pub fn differs_in_fact(&self) -> bool {
        self.differs && self.key.kind() == RowKind::Fact
    }

    /// A prose row with more to read than its first line: it shows the first line and a
    /// "more" control.
    pub fn collapsible(&self) -> bool {
        self.key.kind() == RowKind::Prose
            && self.cells.iter().any(|c| match c {
                Cell::Lines(lines) => {
                    lines.len() > 1
                        || lines
                            .iter()
                            .any(|l| l.chars().count() > PROSE_FIRST_LINE_CHARS)
                }
                Cell::Links(_) => false,
            })
    }
}

/// The rows to show: every row, or with `only_diff` the facts that differ.
pub fn shown_rows(rows: Vec<Row>, only_diff: bool) -> Vec<Row> {
    rows.into_iter()
        .filter(|r| !only_diff || r.differs_in_fact())
        .collect()
}

/// Build every row for `projects` (in column order), texts in `lang`. An empty cell means
/// the dataset has nothing for it (the view shows a placeholder).
pub fn rows(index: &Indexed, projects: &[&Project], lang: Lang) -> Vec<Row> {
    RowKey::ALL
        .iter()
        .map(|&key| {
            let (cells, keys): (Vec<Cell>, Vec<String>) =
                projects.iter().map(|p| cell(index, p, key, lang)).unzip();
            // Compared through a language-independent key, so the answer never depends on
            // the UI language.
            let differs = keys.iter().skip(1).any(|k| Some(k) != keys.first());
            Row {
                key,
                cells,
                differs,
            }
        })
        .collect()
}

fn lines(v: Vec<String>) -> Cell {
    Cell::Lines(v)
}

/// Both languages of a text, so prose differs whenever either text differs.
fn prose_key<'a>(texts: impl IntoIterator<Item = &'a Text>) -> String {
    texts
        .into_iter()
        .map(|t| format!("{}\u{1f}{}", t.ko, t.en))
        .collect::<Vec<_>>()
        .join("\u{1e}")
}

fn prose_cell(texts: &[Text], lang: Lang) -> (Cell, String) {
    (
        lines(texts.iter().map(|t| t.get(lang).to_string()).collect()),
        prose_key(texts),
    )
}

/// One project's cell for `key`, and the value it is compared by.
fn cell(index: &Indexed, p: &Project, key: RowKey, lang: Lang) -> (Cell, String) {
    let catalog = &index.catalog;
    match key {
        RowKey::Stages => {
            let titles = p
                .stage_ids()
                .map(|id| match catalog.stage(id) {
                    Some(s) => s.title.get(lang).to_string(),
                    None => id.to_string(),
                })
                .collect();
            let mut others: Vec<&str> = p.also_in.iter().map(String::as_str).collect();
            others.sort_unstable();
            others.dedup();
            (lines(titles), format!("{}|{}", p.stage, others.join(",")))
        }
        RowKey::Maturity => {
            let mut text = vec![p.maturity().label().get(lang).to_string()];
            // A part-of project shows its parent's maturity, labelled as such.
            if let Some(parent) = p.part_of() {
                let name = index.project(parent).map_or(parent, |x| x.name.as_str());
                text.push(crate::i18n::part_of_label(name, lang));
            }
            (lines(text), p.maturity().id().to_string())
        }
        RowKey::Timeline => {
            let c = &p.cncf;
            let dates = [
                (K::Accepted, &c.accepted),
                (K::IncubatingDate, &c.incubating),
                (K::GraduatedDate, &c.graduated),
                (K::ArchivedDate, &c.archived),
            ];
            let text = dates
                .iter()
                .filter_map(|(k, d)| {
                    d.as_deref()
                        .map(|d| format!("{} {}", k.get(lang), format_date(d, lang)))
                })
                .collect();
            let key = dates
                .iter()
                .map(|(_, d)| d.as_deref().unwrap_or("-"))
                .collect::<Vec<_>>()
                .join("|");
            (lines(text), key)
        }
        RowKey::Map2020 => {
            let map = p.map_2020();
            (
                lines(vec![crate::i18n::map_2020_label(map, lang)]),
                format!("{map:?}"),
            )
        }
        RowKey::Language => match &p.language {
            Some(l) => (lines(vec![l.clone()]), format!("lang:{}", l.trim())),
            None => (
                lines(vec![K::Spec.get(lang).to_string()]),
                "spec".to_string(),
            ),
        },
        RowKey::License => (lines(vec![p.license.clone()]), p.license.trim().to_string()),
        RowKey::Origin => prose_cell(std::slice::from_ref(&p.origin), lang),
        RowKey::FirstRelease => match p.first_release {
            Some(y) => (lines(vec![y.to_string()]), y.to_string()),
            None => (
                lines(vec![K::Unknown.get(lang).to_string()]),
                "-".to_string(),
            ),
        },
        RowKey::Tags => {
            let labels = p
                .tags
                .iter()
                .map(|id| match catalog.tag(id) {
                    Some(t) => t.label.get(lang).to_string(),
                    None => id.clone(),
                })
                .collect();
            let mut ids: Vec<&str> = p.tags.iter().map(String::as_str).collect();
            ids.sort_unstable();
            ids.dedup();
            (lines(labels), ids.join(","))
        }
        RowKey::What => prose_cell(std::slice::from_ref(&p.what), lang),
        RowKey::Why => prose_cell(std::slice::from_ref(&p.why), lang),
        RowKey::Features => prose_cell(&p.features, lang),
        RowKey::Caveats => prose_cell(&p.caveats, lang),
        RowKey::UseCases => prose_cell(&p.use_cases, lang),
        RowKey::Related => {
            let links = p
                .related
                .iter()
                .map(|r| {
                    let target = index.project(&r.id);
                    CellLink {
                        label: target.map_or_else(|| r.id.clone(), |t| t.name.clone()),
                        target: LinkTarget::Project(
                            target.map_or_else(|| r.id.clone(), |t| t.id.clone()),
                        ),
                    }
                })
                .collect();
            let mut ids: Vec<String> = p
                .related
                .iter()
                .map(|r| {
                    let id = index
                        .project(&r.id)
                        .map_or(r.id.as_str(), |t| t.id.as_str());
                    format!("{id}:{}", r.kind.id())
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            (Cell::Links(links), ids.join(","))
        }
        RowKey::Links => {
            let mut links = Vec::new();
            for (label, url) in [(K::Homepage, &p.homepage), (K::Repository, &p.repo)] {
                let url = url.trim();
                if crate::text::is_https(url)
                    && !links
                        .iter()
                        .any(|l: &CellLink| l.target == LinkTarget::External(url.to_string()))
                {
                    links.push(CellLink {
                        label: label.get(lang).to_string(),
                        target: LinkTarget::External(url.to_string()),
                    });
                }
            }
            (Cell::Links(links), format!("{}|{}", p.homepage, p.repo))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_catalog::small as fixture;
    use proptest::prelude::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn get<'a>(index: &'a Indexed, id: &str) -> &'a Project {
        match index.project(id) {
            Some(p) => p,
            None => panic!("fixture lacks {id}"),
        }
    }

    #[test]
    fn part_of_and_poster_text_read_in_the_rows() {
        // The bundled dataset: Kustomize is part of Kubernetes, Docker is named in the
        // poster's text of step 1.
        let index = crate::catalog::bundled();
        let (kus, k8s, docker) = (
            get(index, "kustomize"),
            get(index, "kubernetes"),
            get(index, "docker"),
        );
        let rows = rows(index, &[kus, k8s, docker], Lang::En);
        let find = |key: RowKey| rows.iter().find(|r| r.key == key).map(|r| r.cells.clone());
        let Some(maturity) = find(RowKey::Maturity) else {
            panic!("no maturity row")
        };
        assert_eq!(
            maturity[0],
            Cell::Lines(vec!["Graduated".into(), "part of Kubernetes".into()])
        );
        assert_eq!(maturity[1], Cell::Lines(vec!["Graduated".into()]));
        let Some(map) = find(RowKey::Map2020) else {
            panic!("no 2020-map row")
        };
        assert_eq!(
            map[2],
            Cell::Lines(vec!["Named in the text of step 1 (no logo)".into()])
        );
        assert_eq!(map[1], Cell::Lines(vec!["Step 3 · Graduated".into()]));
    }

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

    fn row(rows: &[Row], key: RowKey) -> &Row {
        match rows.iter().find(|r| r.key == key) {
            Some(r) => r,
            None => panic!("no {key:?} row"),
        }
    }

    #[test]
    fn every_row_is_built_in_order_with_one_cell_per_project() {
        let index = fixture();
        let projects = [get(&index, "kubernetes"), get(&index, "opentracing")];
        let rows = rows(&index, &projects, Lang::En);
        assert_eq!(
            rows.iter().map(|r| r.key).collect::<Vec<_>>(),
            RowKey::ALL.to_vec()
        );
        assert!(rows.iter().all(|r| r.cells.len() == 2));
    }

    #[test]
    fn same_values_do_not_differ_and_different_ones_do() {
        let index = fixture();
        let projects = [get(&index, "prometheus"), get(&index, "jaeger")];
        let rows = rows(&index, &projects, Lang::En);
        assert!(!row(&rows, RowKey::License).differs);
        assert!(!row(&rows, RowKey::Maturity).differs);
        assert!(!row(&rows, RowKey::Language).differs);
        assert!(!row(&rows, RowKey::Stages).differs);
        assert!(!row(&rows, RowKey::FirstRelease).differs);
        assert!(row(&rows, RowKey::Tags).differs);
        assert!(row(&rows, RowKey::Map2020).differs);
        assert!(row(&rows, RowKey::What).differs);
        assert!(row(&rows, RowKey::Related).differs);
        assert!(!row(&rows, RowKey::Caveats).differs, "both empty");

        let projects = [get(&index, "prometheus"), get(&index, "opentelemetry")];
        let rows = super::rows(&index, &projects, Lang::Ko);
        assert!(row(&rows, RowKey::Maturity).differs);
        assert!(row(&rows, RowKey::Stages).differs);
        assert!(!row(&rows, RowKey::License).differs);
    }

    #[test]
    fn only_differences_keeps_the_facts_that_differ_never_prose() {
        let index = fixture();
        let projects = [get(&index, "prometheus"), get(&index, "jaeger")];
        let all = rows(&index, &projects, Lang::En);
        // The descriptions differ in wording, and so do the links: neither counts.
        assert!(row(&all, RowKey::What).differs && !row(&all, RowKey::What).differs_in_fact());
        assert!(row(&all, RowKey::Related).differs);
        assert!(!row(&all, RowKey::Related).differs_in_fact());
        let kept: Vec<RowKey> = shown_rows(all.clone(), true)
            .iter()
            .map(|r| r.key)
            .collect();
        assert_eq!(kept, vec![RowKey::Map2020, RowKey::Tags]);
        assert!(kept.iter().all(|k| k.kind() == RowKind::Fact));
        assert_eq!(shown_rows(all.clone(), false).len(), RowKey::ALL.len());

        // A pair whose facts differ more: maturity and stages count too; the same dates,
        // language and license do not.
        let projects = [get(&index, "prometheus"), get(&index, "opentelemetry")];
        let kept: Vec<RowKey> = shown_rows(rows(&index, &projects, Lang::Ko), true)
            .iter()
            .map(|r| r.key)
            .collect();
        for key in [RowKey::Stages, RowKey::Maturity, RowKey::Tags] {
            assert!(kept.contains(&key), "{key:?} in {kept:?}");
        }
        for key in [RowKey::Timeline, RowKey::Language, RowKey::License] {
            assert!(!kept.contains(&key), "{key:?} in {kept:?}");
        }
        assert!(!kept.iter().any(|k| k.kind() != RowKind::Fact), "{kept:?}");
    }

    #[test]
    fn every_row_has_a_kind_and_prose_rows_are_the_descriptions() {
        let prose: Vec<RowKey> = RowKey::ALL
            .into_iter()
            .filter(|k| k.kind() == RowKind::Prose)
            .collect();
        assert_eq!(
            prose,
            vec![
                RowKey::Origin,
                RowKey::What,
                RowKey::Why,
                RowKey::Features,
                RowKey::Caveats,
                RowKey::UseCases
            ]
        );
        for key in [
            RowKey::Maturity,
            RowKey::Language,
            RowKey::License,
            RowKey::Timeline,
        ] {
            assert_eq!(key.kind(), RowKind::Fact);
        }
    }

    #[test]
    fn only_long_or_many_line_prose_collapses() {
        let row = |key, cells: Vec<Cell>| Row {
            key,
            cells,
            differs: true,
        };
        let short = Cell::Lines(vec!["Short.".into()]);
        let long = Cell::Lines(vec!["x".repeat(PROSE_FIRST_LINE_CHARS + 1)]);
        let two = Cell::Lines(vec!["a".into(), "b".into()]);
        assert!(!row(RowKey::What, vec![short.clone(), short.clone()]).collapsible());
        assert!(row(RowKey::What, vec![short.clone(), long.clone()]).collapsible());
        assert!(row(RowKey::Features, vec![two.clone(), short.clone()]).collapsible());
        // Facts never collapse, however long.
        assert!(!row(RowKey::Timeline, vec![two, long]).collapsible());
        let exactly = Cell::Lines(vec!["가".repeat(PROSE_FIRST_LINE_CHARS)]);
        assert!(
            !row(RowKey::Why, vec![exactly]).collapsible(),
            "counted in characters"
        );
    }

    #[test]
    fn fewer_than_two_projects_never_differ() {
        let index = fixture();
        let one = rows(&index, &[get(&index, "kubernetes")], Lang::En);
        assert!(one.iter().all(|r| !r.differs && r.cells.len() == 1));
        let none = rows(&index, &[], Lang::En);
        assert!(none.iter().all(|r| !r.differs && r.cells.is_empty()));
    }

    #[test]
    fn cells_read_in_the_chosen_language() {
        let index = fixture();
        let projects = [
            get(&index, "kubernetes"),
            get(&index, "opentracing"),
            get(&index, "opentelemetry"),
        ];
        let en = rows(&index, &projects, Lang::En);
        let lines = |rows: &[Row], key, i: usize| match row(rows, key).cells.get(i) {
            Some(Cell::Lines(l)) => l.clone(),
            other => panic!("{key:?} {i}: {other:?}"),
        };
        assert_eq!(
            lines(&en, RowKey::Timeline, 0),
            strings(&["Accepted Mar 10, 2016", "Graduated Mar 6, 2018"])
        );
        assert_eq!(
            lines(&en, RowKey::Map2020, 0),
            strings(&["Step 3 · Graduated"])
        );
        assert_eq!(
            lines(&en, RowKey::Map2020, 1),
            strings(&["Not on the 2020 map"])
        );
        assert_eq!(lines(&en, RowKey::Language, 1), strings(&["Specification"]));
        assert_eq!(lines(&en, RowKey::Maturity, 1), strings(&["Archived"]));
        assert_eq!(
            lines(&en, RowKey::Stages, 2),
            strings(&["Stage observability", "Stage orchestration"])
        );
        assert_eq!(
            lines(&en, RowKey::Tags, 2),
            strings(&["Tracing", "Logging"])
        );

        let ko = rows(&index, &projects, Lang::Ko);
        assert_eq!(lines(&ko, RowKey::Map2020, 0), strings(&["3단계 · 졸업"]));
        assert_eq!(
            lines(&ko, RowKey::Timeline, 0).first().map(String::as_str),
            Some("합류 2016년 3월 10일")
        );
        assert_eq!(
            lines(&ko, RowKey::What, 0),
            strings(&["what kubernetes is (ko)"])
        );
        // The language never changes what differs.
        let flags = |rows: &[Row]| rows.iter().map(|r| r.differs).collect::<Vec<_>>();
        assert_eq!(flags(&en), flags(&ko));

        match &row(&en, RowKey::Related).cells.get(1) {
            Some(Cell::Links(links)) => assert_eq!(
                links,
                &vec![
                    CellLink {
                        label: "Name of opentelemetry".into(),
                        target: LinkTarget::Project("opentelemetry".into())
                    },
                    CellLink {
                        label: "Name of jaeger".into(),
                        target: LinkTarget::Project("jaeger".into())
                    },
                ]
            ),
            other => panic!("{other:?}"),
        }
        match &row(&en, RowKey::Links).cells.first() {
            Some(Cell::Links(links)) => {
                assert_eq!(links.len(), 2);
                assert_eq!(links.first().map(|l| l.label.as_str()), Some("Homepage"));
                assert!(links.iter().all(
                    |l| matches!(&l.target, LinkTarget::External(u) if u.starts_with("https://"))
                ));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn only_https_links_are_offered() {
        let index = fixture();
        let mut p = get(&index, "kubernetes").clone();
        p.homepage = "javascript:alert(1)".into();
        p.repo = "http://example.org/".into();
        let rows = rows(&index, &[&p], Lang::En);
        assert_eq!(
            row(&rows, RowKey::Links).cells,
            vec![Cell::Links(Vec::new())]
        );
    }
}
