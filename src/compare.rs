//! The comparison: attribute rows and their differences (the selection itself is in
//! `selection`). Pure.

use crate::catalog::{Indexed, Lang, Project, Text};
use crate::i18n::{format_date, K};
use crate::landscape::compare::item_cell;
use crate::landscape::Item;

mod selection;

pub use selection::{
    add, move_left, move_right, parse_ids, parse_ids_with, remove, swap_at, swap_candidates, Full,
    SelectionNotice, MAX_COMPARED, MAX_UNKNOWN_REPORTED,
};

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

/// A column of the comparison: a curated project, or an item of the whole landscape.
#[derive(Clone, Copy, Debug)]
pub enum Column<'a> {
    Project(&'a Project),
    Item(&'a Item),
}

impl Column<'_> {
    pub fn id(&self) -> &str {
        match self {
            Column::Project(p) => &p.id,
            Column::Item(it) => &it.id,
        }
    }

    pub fn name(&self) -> &str {
        match self {
            Column::Project(p) => &p.name,
            Column::Item(it) => &it.name,
        }
    }
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
    let columns: Vec<Column> = projects.iter().map(|p| Column::Project(p)).collect();
    rows_of(index, &columns, lang)
}

/// `rows` for columns that may be landscape items: their rows without data stay empty.
pub fn rows_of(index: &Indexed, columns: &[Column], lang: Lang) -> Vec<Row> {
    RowKey::ALL
        .iter()
        .map(|&key| {
            let (cells, keys): (Vec<Cell>, Vec<String>) = columns
                .iter()
                .map(|c| match c {
                    Column::Project(p) => cell(index, p, key, lang),
                    Column::Item(it) => item_cell(index, it, key, lang),
                })
                .unzip();
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
            timeline_cell(
                [&c.accepted, &c.incubating, &c.graduated, &c.archived],
                lang,
            )
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
        RowKey::Links => links_cell(&p.homepage, &p.repo, lang),
    }
}

/// The CNCF dates (accepted, incubating, graduated, archived) that are known, and their
/// comparison key.
pub(crate) fn timeline_cell(dates: [&Option<String>; 4], lang: Lang) -> (Cell, String) {
    let labels = [
        K::Accepted,
        K::IncubatingDate,
        K::GraduatedDate,
        K::ArchivedDate,
    ];
    let text = labels
        .iter()
        .zip(dates)
        .filter_map(|(k, d)| {
            d.as_deref()
                .map(|d| format!("{} {}", k.get(lang), format_date(d, lang)))
        })
        .collect();
    let key = dates
        .iter()
        .map(|d| d.as_deref().unwrap_or("-"))
        .collect::<Vec<_>>()
        .join("|");
    (lines(text), key)
}

/// Homepage and repository links (https only, each URL once), and their comparison key.
pub(crate) fn links_cell(homepage: &str, repo: &str, lang: Lang) -> (Cell, String) {
    let mut links = Vec::new();
    for (label, url) in [(K::Homepage, homepage), (K::Repository, repo)] {
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
    (Cell::Links(links), format!("{homepage}|{repo}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_catalog::{get, small as fixture, strings};

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
