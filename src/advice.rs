//! What the app tells a reader about a project's CNCF status: the archived banner and its
//! successor, the warning when adopting an archived project, and the maturity legend.

use crate::catalog::{Indexed, Maturity, Project};
use crate::i18n::K;
use crate::prefs::Decision;

/// The project that replaced `project`, from its `successor` relation in the dataset
/// (followed through former ids). Never the project itself.
pub fn successor<'a>(data: &'a Indexed, project: &Project) -> Option<&'a Project> {
    project
        .successor()
        .and_then(|id| data.project(id))
        .filter(|s| s.id != project.id)
}

/// The banner an archived project's page opens with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ArchivedBanner<'a> {
    /// What to use instead, when the dataset names it.
    pub successor: Option<&'a Project>,
}

/// `Some` for an archived project only.
pub fn archived_banner<'a>(data: &'a Indexed, project: &Project) -> Option<ArchivedBanner<'a>> {
    (project.maturity() == Maturity::Archived).then(|| ArchivedBanner {
        successor: successor(data, project),
    })
}

/// Whether choosing `decision` for `project` earns a warning (never a refusal): adopting a
/// project that is archived.
pub fn warns_on_decision(project: &Project, decision: Option<Decision>) -> bool {
    project.maturity() == Maturity::Archived && decision == Some(Decision::Adopted)
}

/// The maturity legend: every status a badge can show, with what it means, in the order a
/// project moves through them (projects outside the CNCF last).
pub const LEGEND: [(Maturity, K); 5] = [
    (Maturity::Sandbox, K::LegendSandbox),
    (Maturity::Incubating, K::LegendIncubating),
    (Maturity::Graduated, K::LegendGraduated),
    (Maturity::Archived, K::LegendArchived),
    (Maturity::NotCncf, K::LegendNotCncf),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_catalog::small;

    #[test]
    fn an_archived_project_names_its_successor_through_an_alias() {
        let data = small();
        let Some(tracing) = data.project("opentracing") else {
            panic!("fixture has opentracing");
        };
        // The fixture's relation names the former id `otel`.
        assert_eq!(
            successor(&data, tracing).map(|p| p.id.as_str()),
            Some("opentelemetry")
        );
        let banner = archived_banner(&data, tracing);
        assert_eq!(
            banner.and_then(|b| b.successor).map(|p| p.name.as_str()),
            data.project("opentelemetry").map(|p| p.name.as_str())
        );
    }

    #[test]
    fn only_archived_projects_get_a_banner() {
        let data = small();
        for p in &data.catalog.projects {
            assert_eq!(
                archived_banner(&data, p).is_some(),
                p.maturity() == Maturity::Archived,
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn an_archived_project_without_a_known_successor_still_gets_its_banner() {
        let data = small();
        let Some(tracing) = data.project("opentracing") else {
            panic!("fixture has opentracing");
        };
        let mut orphan = tracing.clone();
        orphan
            .related
            .retain(|r| r.kind != crate::catalog::RelationKind::Successor);
        assert_eq!(
            archived_banner(&data, &orphan),
            Some(ArchivedBanner { successor: None })
        );
        // A successor the dataset doesn't know, or the project itself, is no successor.
        for bad in ["no-such-project", "opentracing"] {
            let mut p = tracing.clone();
            for r in &mut p.related {
                if r.kind == crate::catalog::RelationKind::Successor {
                    r.id = bad.to_string();
                }
            }
            assert_eq!(successor(&data, &p), None, "{bad}");
        }
    }

    #[test]
    fn adopting_an_archived_project_warns_and_nothing_else_does() {
        let data = small();
        for p in &data.catalog.projects {
            let archived = p.maturity() == Maturity::Archived;
            assert_eq!(
                warns_on_decision(p, Some(Decision::Adopted)),
                archived,
                "{}",
                p.id
            );
            for d in [
                None,
                Some(Decision::Considering),
                Some(Decision::Evaluating),
                Some(Decision::Rejected),
            ] {
                assert!(!warns_on_decision(p, d), "{} {d:?}", p.id);
            }
        }
    }

    #[test]
    fn the_legend_explains_every_maturity_once() {
        let shown: Vec<Maturity> = LEGEND.iter().map(|(m, _)| *m).collect();
        for m in Maturity::ALL {
            assert_eq!(shown.iter().filter(|&&s| s == m).count(), 1, "{m:?}");
        }
        assert_eq!(shown.len(), Maturity::ALL.len());
    }
}
