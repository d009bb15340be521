//! What viewing and importing a decoded plan needs: apply it to saved state, group its
//! decisions by stage, compare it with the viewer's own plan, copy it as Markdown. Pure.

use super::Plan;
use crate::catalog::{Catalog, Lang, Project, Stage};
use crate::i18n::K;
use crate::prefs::{self, DecisionEntry, Prefs};
use std::collections::HashSet;

/// Saved state after importing `incoming` (a plan's `to_prefs`): merged (union of bookmarks,
/// the plan's decisions win) or replacing bookmarks and decisions. Either way this browser's
/// compare tray, settings and last-seen dataset stay.
pub fn apply(current: &Prefs, incoming: &Prefs, replace: bool) -> Prefs {
    if !replace {
        return prefs::merge(current, incoming);
    }
    Prefs {
        bookmarks: incoming.bookmarks.clone(),
        decisions: incoming.decisions.clone(),
        ..current.clone()
    }
}

/// The plan's decisions grouped by primary stage, in trail order (projects in dataset
/// order); stages without a decision are left out.
pub fn decisions_by_stage<'a>(
    plan: &Plan,
    catalog: &'a Catalog,
) -> Vec<(&'a Stage, Vec<&'a Project>)> {
    let mut stages: Vec<&Stage> = catalog.stages.iter().collect();
    stages.sort_by_key(|s| s.step);
    stages
        .into_iter()
        .filter_map(|s| {
            let projects: Vec<&Project> = catalog
                .projects_in_stage(&s.id)
                .filter(|p| plan.decisions.contains_key(&p.id))
                .collect();
            (!projects.is_empty()).then_some((s, projects))
        })
        .collect()
}

/// One project in the comparison of a plan with the viewer's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub id: String,
    pub theirs: Option<DecisionEntry>,
    pub ours: Option<DecisionEntry>,
    pub their_bookmark: bool,
    pub our_bookmark: bool,
}

impl Difference {
    /// Whether the two plans disagree about this project (status, note or bookmark).
    pub fn differs(&self) -> bool {
        self.theirs != self.ours || self.their_bookmark != self.our_bookmark
    }

    /// Whether only the decision status disagrees, which the plan view shows beside it.
    pub fn status_differs(&self) -> bool {
        self.theirs.as_ref().and_then(|e| e.status) != self.ours.as_ref().and_then(|e| e.status)
    }
}

/// Every project either plan names, in trail order (stage step, then dataset order), ids the
/// dataset doesn't know last in id order.
pub fn compare(plan: &Plan, own: &Prefs, catalog: &Catalog) -> Vec<Difference> {
    let named = |id: &str| {
        plan.decisions.contains_key(id)
            || plan.bookmarks.iter().any(|b| b == id)
            || own.decisions.contains_key(id)
            || own.is_bookmarked(id)
    };
    let row = |id: &str| Difference {
        id: id.to_string(),
        theirs: plan.decisions.get(id).cloned(),
        ours: own.decisions.get(id).cloned(),
        their_bookmark: plan.bookmarks.iter().any(|b| b == id),
        our_bookmark: own.is_bookmarked(id),
    };
    let mut stages: Vec<&Stage> = catalog.stages.iter().collect();
    stages.sort_by_key(|s| s.step);
    let mut out: Vec<Difference> = Vec::new();
    let mut listed: HashSet<&str> = HashSet::new();
    for s in stages {
        for p in catalog.projects_in_stage(&s.id) {
            if named(&p.id) && listed.insert(p.id.as_str()) {
                out.push(row(&p.id));
            }
        }
    }
    let mut rest: Vec<&str> = plan
        .bookmarks
        .iter()
        .chain(plan.decisions.keys())
        .chain(own.bookmarks.iter())
        .chain(own.decisions.keys())
        .map(String::as_str)
        .filter(|id| !listed.contains(id))
        .collect();
    rest.sort_unstable();
    rest.dedup();
    out.extend(rest.into_iter().map(row));
    out
}

/// The plan as Markdown: the same summary as "Export Markdown", headed by its title.
pub fn markdown(plan: &Plan, catalog: &Catalog, lang: Lang, ctx: &prefs::ExportContext) -> String {
    let md = prefs::export_markdown(&plan.to_prefs(), catalog, lang, ctx);
    if plan.title.is_empty() {
        return md;
    }
    match md.split_once('\n') {
        Some((_, rest)) => format!(
            "# {} — {}\n{rest}",
            K::AppName.get(lang),
            prefs::md_text(&plan.title)
        ),
        None => md,
    }
}
