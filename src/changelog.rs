//! The dataset's changelog (`data/CHANGELOG.json`): its types and checks, a project's history,
//! and "what changed since your last visit" (which entries, in which order, and how each
//! reads for this user). Pure; the views are `components/whats_new.rs` and the project page.

use crate::catalog::{Indexed, Lang, Text};
use crate::i18n::K;
use crate::prefs::{Decision, Prefs};
use crate::validate::is_date;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::LazyLock;

const CHANGELOG_JSON: &str = include_str!("../data/CHANGELOG.json");

/// What kind of change an entry records. Ids are public (documented in data/README.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// The CNCF maturity changed (accepted, incubating, graduated).
    Maturity,
    /// The project joined the dataset.
    NewProject,
    /// The project was archived.
    Archived,
    /// The project's name (and maybe id; the old id becomes an alias) changed.
    Renamed,
    /// Caveats, features or guidance changed because the project changed.
    CaveatUpdated,
    /// A notable release that changes advice (a new major version).
    Release,
    /// A fact in the dataset was wrong and was corrected.
    Correction,
}

impl ChangeKind {
    pub fn id(self) -> &'static str {
        match self {
            ChangeKind::Maturity => "maturity",
            ChangeKind::NewProject => "new-project",
            ChangeKind::Archived => "archived",
            ChangeKind::Renamed => "renamed",
            ChangeKind::CaveatUpdated => "caveat-updated",
            ChangeKind::Release => "release",
            ChangeKind::Correction => "correction",
        }
    }

    pub fn label(self) -> K {
        match self {
            ChangeKind::Maturity => K::ChangeMaturity,
            ChangeKind::NewProject => K::ChangeNewProject,
            ChangeKind::Archived => K::ChangeArchived,
            ChangeKind::Renamed => K::ChangeRenamed,
            ChangeKind::CaveatUpdated => K::ChangeCaveatUpdated,
            ChangeKind::Release => K::ChangeRelease,
            ChangeKind::Correction => K::ChangeCorrection,
        }
    }
}

/// One dated change to the dataset.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub date: String,
    pub kind: ChangeKind,
    /// The projects it is about (ids; a former id may appear as an alias).
    pub projects: Vec<String>,
    /// One line, names included ("Tekton added to CI/CD").
    pub summary: Text,
}

/// The whole changelog, newest entry first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Changelog {
    pub entries: Vec<Entry>,
}

impl Changelog {
    pub fn from_json(json: &str) -> Result<Changelog, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The newest date, if any.
    pub fn latest(&self) -> Option<&str> {
        self.entries.iter().map(|e| e.date.as_str()).max()
    }
}

static BUNDLED: LazyLock<Changelog> =
    LazyLock::new(|| Changelog::from_json(CHANGELOG_JSON).unwrap_or_default());

/// The changelog bundled into the build (empty if it could not be read; `cargo test`
/// guarantees it can).
pub fn bundled() -> &'static Changelog {
    &BUNDLED
}

/// Everything wrong with a changelog, as `<check>: <what>` lines (empty when fine).
///
/// `require_known_ids`: every id must be a project or an alias in `index` (the shipped file;
/// off only for the tests of the other checks).
pub fn check(log: &Changelog, index: &Indexed, require_known_ids: bool) -> Vec<String> {
    let as_of = index.catalog.as_of.as_str();
    let mut problems = Vec::new();
    let hangul = |s: &str| s.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c));
    for (n, e) in log.entries.iter().enumerate() {
        let at = format!("entry {} ({})", n + 1, e.summary.en);
        if !is_date(&e.date) {
            problems.push(format!("changelog-dates: {at}: {:?} is not a date", e.date));
        } else if e.date.as_str() > as_of {
            problems.push(format!(
                "changelog-dates: {at}: {} is after the dataset's as_of {as_of}",
                e.date
            ));
        }
        if n > 0 && log.entries[n - 1].date < e.date {
            problems.push(format!(
                "changelog-order: {at}: newer than the entry before it (newest first)"
            ));
        }
        if e.projects.is_empty() {
            problems.push(format!("changelog-projects: {at}: names no project"));
        }
        let mut seen = HashSet::new();
        for id in &e.projects {
            if !seen.insert(id) {
                problems.push(format!("changelog-projects: {at}: {id} twice"));
            }
            if require_known_ids && index.project(id).is_none() {
                problems.push(format!(
                    "changelog-projects: {at}: {id} is neither a project nor an alias"
                ));
            }
        }
        for (lang, text) in [("ko", &e.summary.ko), ("en", &e.summary.en)] {
            if text.trim().is_empty() || text.trim() != text {
                problems.push(format!(
                    "changelog-summary: {at}: {lang} is empty or untrimmed"
                ));
            }
            if text.contains('\n') || text.chars().count() > 160 {
                problems.push(format!(
                    "changelog-summary: {at}: {lang} is not one short line"
                ));
            }
        }
        if !hangul(&e.summary.ko) {
            problems.push(format!("changelog-summary: {at}: ko has no Hangul"));
        }
    }
    problems
}

/// The entries that name `project_id` (directly or through one of its aliases), newest
/// first: the project's history.
pub fn history<'a>(log: &'a Changelog, index: &Indexed, project_id: &str) -> Vec<&'a Entry> {
    let Some(canonical) = index.canonical_id(project_id) else {
        return Vec::new();
    };
    let mut out: Vec<&Entry> = log
        .entries
        .iter()
        .filter(|e| {
            e.projects
                .iter()
                .any(|id| index.canonical_id(id) == Some(canonical))
        })
        .collect();
    out.sort_by(|a, b| b.date.cmp(&a.date));
    out
}

/// How a change touches this user's plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mine {
    /// A named project has this decision (the first such project, in entry order).
    Decided { project: String, decision: Decision },
    /// A named project is bookmarked (and none has a decision).
    Bookmarked { project: String },
}

/// One line of the "what changed" panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change<'a> {
    pub entry: &'a Entry,
    pub mine: Option<Mine>,
}

fn mine(entry: &Entry, prefs: &Prefs, index: &Indexed) -> Option<Mine> {
    let ids: Vec<&str> = entry
        .projects
        .iter()
        .map(|id| index.canonical_id(id).unwrap_or(id))
        .collect();
    ids.iter()
        .find_map(|id| {
            prefs.decision(id).map(|decision| Mine::Decided {
                project: id.to_string(),
                decision,
            })
        })
        .or_else(|| {
            ids.iter()
                .find(|id| prefs.is_bookmarked(id))
                .map(|id| Mine::Bookmarked {
                    project: id.to_string(),
                })
        })
}

/// The changes this browser has not seen: entries dated after `prefs.last_seen_data`.
/// Nothing when that is unknown (a first visit) or not older than the dataset.
///
/// Order: entries about projects with a decision first, then bookmarked ones, then the
/// rest; within each, newest first, then as the file lists them.
pub fn since<'a>(log: &'a Changelog, prefs: &Prefs, index: &Indexed) -> Vec<Change<'a>> {
    let Some(seen) = prefs.last_seen_data.as_deref() else {
        return Vec::new();
    };
    if seen >= index.catalog.as_of.as_str() {
        return Vec::new();
    }
    let mut out: Vec<(usize, Change)> = log
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.date.as_str() > seen)
        .map(|(n, e)| {
            (
                n,
                Change {
                    entry: e,
                    mine: mine(e, prefs, index),
                },
            )
        })
        .collect();
    let rank = |c: &Change| match c.mine {
        Some(Mine::Decided { .. }) => 0,
        Some(Mine::Bookmarked { .. }) => 1,
        None => 2,
    };
    out.sort_by(|(na, a), (nb, b)| {
        rank(a)
            .cmp(&rank(b))
            .then_with(|| b.entry.date.cmp(&a.entry.date))
            .then_with(|| na.cmp(nb))
    });
    out.into_iter().map(|(_, c)| c).collect()
}

impl Change<'_> {
    /// The line shown: the summary, then how it touches this user ("— you marked it
    /// Evaluating"; with the project's name when the entry names several).
    pub fn line(&self, index: &Indexed, lang: Lang) -> String {
        let summary = self.entry.summary.get(lang);
        let Some(mine) = &self.mine else {
            return summary.to_string();
        };
        let project = match mine {
            Mine::Decided { project, .. } | Mine::Bookmarked { project } => project,
        };
        let name = index
            .project(project)
            .map(|p| p.name.as_str())
            .unwrap_or(project);
        let several = self.entry.projects.len() > 1;
        let what = match (mine, lang) {
            (Mine::Decided { decision, .. }, Lang::En) => format!(
                "you marked {} {}",
                if several { name } else { "it" },
                decision.label().get(lang)
            ),
            (Mine::Decided { decision, .. }, Lang::Ko) => format!(
                "{}내 결정: {}",
                if several {
                    format!("{name}에 대한 ")
                } else {
                    String::new()
                },
                decision.label().get(lang)
            ),
            (Mine::Bookmarked { .. }, Lang::En) => {
                format!("you bookmarked {}", if several { name } else { "it" })
            }
            (Mine::Bookmarked { .. }, Lang::Ko) => {
                if several {
                    format!("북마크한 프로젝트: {name}")
                } else {
                    "북마크한 프로젝트".to_string()
                }
            }
        };
        format!("{summary} — {what}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::tests::fixture;

    fn entry(date: &str, kind: ChangeKind, projects: &[&str], en: &str) -> Entry {
        Entry {
            date: date.into(),
            kind,
            projects: projects.iter().map(|s| s.to_string()).collect(),
            summary: Text::new(format!("{en} (한국어)"), en),
        }
    }

    /// Fixture dataset is as of 2026-01-01.
    fn log() -> Changelog {
        Changelog {
            entries: vec![
                entry(
                    "2026-01-01",
                    ChangeKind::NewProject,
                    &["fluentd"],
                    "Fluentd added",
                ),
                entry(
                    "2026-01-01",
                    ChangeKind::CaveatUpdated,
                    &["jaeger"],
                    "Jaeger: v2",
                ),
                entry(
                    "2025-12-01",
                    ChangeKind::Maturity,
                    &["prom", "containerd"],
                    "Prometheus and containerd graduated",
                ),
                entry(
                    "2025-11-01",
                    ChangeKind::Renamed,
                    &["otel"],
                    "OpenTelemetry renamed",
                ),
                entry(
                    "2025-06-01",
                    ChangeKind::Archived,
                    &["opentracing"],
                    "OpenTracing archived",
                ),
            ],
        }
    }

    fn summaries(changes: &[Change]) -> Vec<String> {
        changes.iter().map(|c| c.entry.summary.en.clone()).collect()
    }

    #[test]
    fn the_bundled_changelog_passes_its_checks() {
        let log = match Changelog::from_json(CHANGELOG_JSON) {
            Ok(l) => l,
            Err(e) => panic!("data/CHANGELOG.json: {e}"),
        };
        let problems = check(&log, crate::catalog::bundled(), true);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert_eq!(
            log.latest(),
            Some(crate::catalog::catalog().as_of.as_str()),
            "the newest changelog entry must be dated the dataset's as_of"
        );
        assert_eq!(bundled(), &log);
    }

    #[test]
    fn checks_catch_each_mistake() {
        let index = fixture();
        assert_eq!(check(&log(), &index, true), Vec::<String>::new());
        let broken = |f: &dyn Fn(&mut Changelog), needle: &str| {
            let mut l = log();
            f(&mut l);
            let problems = check(&l, &index, true);
            assert!(
                problems.iter().any(|p| p.starts_with(needle)),
                "{needle}: {problems:?}"
            );
        };
        broken(
            &|l| l.entries[0].date = "2026-02-30".into(),
            "changelog-dates",
        );
        broken(
            &|l| l.entries[0].date = "2026-01-02".into(),
            "changelog-dates",
        );
        broken(&|l| l.entries.swap(0, 4), "changelog-order");
        broken(&|l| l.entries[1].projects.clear(), "changelog-projects");
        broken(
            &|l| l.entries[1].projects.push("nope".into()),
            "changelog-projects",
        );
        broken(
            &|l| l.entries[1].projects.push("jaeger".into()),
            "changelog-projects",
        );
        broken(
            &|l| l.entries[1].summary.ko = "Jaeger v2".into(),
            "changelog-summary",
        );
        broken(
            &|l| l.entries[1].summary.en = " x".into(),
            "changelog-summary",
        );
        broken(
            &|l| l.entries[1].summary.en = "a\nb".into(),
            "changelog-summary",
        );
        // Pending entries may name projects the dataset doesn't have yet.
        let mut l = log();
        l.entries[1].projects.push("nope".into());
        assert!(check(&l, &index, false).is_empty());
    }

    #[test]
    fn unknown_fields_and_kinds_are_errors() {
        assert!(Changelog::from_json(r#"{"entries":[],"extra":1}"#).is_err());
        assert!(Changelog::from_json(
            r#"{"entries":[{"date":"2026-01-01","kind":"moved","projects":["a"],"summary":{"ko":"가","en":"a"}}]}"#
        )
        .is_err());
    }

    #[test]
    fn a_project_history_follows_aliases() {
        let index = fixture();
        let log = log();
        let h: Vec<&str> = history(&log, &index, "prometheus")
            .iter()
            .map(|e| e.summary.en.as_str())
            .collect();
        assert_eq!(h, vec!["Prometheus and containerd graduated"]);
        let h = history(&log, &index, "otel");
        assert_eq!(h.len(), 1);
        assert!(history(&log, &index, "kubernetes").is_empty());
        assert!(history(&log, &index, "no-such").is_empty());
    }

    #[test]
    fn a_first_visit_or_a_current_browser_sees_nothing() {
        let index = fixture();
        let log = log();
        let mut prefs = Prefs::default();
        assert!(since(&log, &prefs, &index).is_empty());
        prefs.last_seen_data = Some("2026-01-01".into());
        assert!(since(&log, &prefs, &index).is_empty());
        prefs.last_seen_data = Some("2027-01-01".into());
        assert!(since(&log, &prefs, &index).is_empty());
    }

    #[test]
    fn changes_since_the_last_visit_put_my_projects_first() {
        let index = fixture();
        let log = log();
        let mut prefs = Prefs {
            last_seen_data: Some("2025-11-01".into()),
            ..Prefs::default()
        };
        // Nothing of mine: newest first, then file order; 2025-11-01 itself was seen.
        assert_eq!(
            summaries(&since(&log, &prefs, &index)),
            vec![
                "Fluentd added",
                "Jaeger: v2",
                "Prometheus and containerd graduated"
            ]
        );
        prefs.toggle_bookmark("containerd");
        prefs.set_decision("jaeger", Some(Decision::Evaluating));
        let changes = since(&log, &prefs, &index);
        assert_eq!(
            summaries(&changes),
            vec![
                "Jaeger: v2",
                "Prometheus and containerd graduated",
                "Fluentd added"
            ]
        );
        assert_eq!(
            changes[0].line(&index, Lang::En),
            "Jaeger: v2 — you marked it Evaluating"
        );
        assert_eq!(
            changes[1].line(&index, Lang::En),
            "Prometheus and containerd graduated — you bookmarked Name of containerd"
        );
        assert_eq!(changes[2].line(&index, Lang::En), "Fluentd added");
        let ko = changes[0].line(&index, Lang::Ko);
        assert_eq!(ko, "Jaeger: v2 (한국어) — 내 결정: 평가 중");

        // A decision beats a bookmark, and an alias in the entry still finds my project.
        prefs.set_decision("prometheus", Some(Decision::Adopted));
        let changes = since(&log, &prefs, &index);
        assert_eq!(
            changes[1].mine,
            Some(Mine::Decided {
                project: "prometheus".into(),
                decision: Decision::Adopted
            })
        );
        assert_eq!(
            summaries(&changes),
            vec![
                "Jaeger: v2",
                "Prometheus and containerd graduated",
                "Fluentd added"
            ]
        );
    }
}
