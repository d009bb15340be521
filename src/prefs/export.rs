//! The Markdown summary of the saved state ("my stack") for a team document.

use super::{Decision, Prefs};
use crate::catalog::{Catalog, Lang, Project};
use crate::i18n::{step_label, K};
use std::collections::{HashMap, HashSet};

/// The order of the groups in the Markdown summary.
const MARKDOWN_ORDER: [Decision; 4] = [
    Decision::Adopted,
    Decision::Evaluating,
    Decision::Considering,
    Decision::Rejected,
];

/// One list item: name, optional status word, and the note with its lines kept inside the
/// item.
fn md_item(out: &mut String, name: &str, status: Option<&str>, note: &str) {
    out.push_str("- **");
    out.push_str(name);
    out.push_str("**");
    if let Some(status) = status {
        out.push_str(" (");
        out.push_str(status);
        out.push(')');
    }
    if !note.is_empty() {
        out.push_str(" — ");
        out.push_str(&note.replace('\n', "\n  "));
    }
    out.push('\n');
}

/// A readable "my stack" summary for a team document.
///
/// Per stage in trail order (empty stages skipped): adopted, evaluating, considering and
/// rejected projects with their notes, then saved projects without a decision. Ids the
/// dataset doesn't know come last, under their own heading.
pub fn export_markdown(prefs: &Prefs, catalog: &Catalog, lang: Lang) -> String {
    let mut out = format!(
        "# {} — {}\n\n_{}: {}_\n",
        K::AppName.get(lang),
        K::MyStack.get(lang),
        K::DataAsOf.get(lang),
        catalog.as_of
    );
    let mut stages: Vec<_> = catalog.stages.iter().collect();
    stages.sort_by_key(|s| s.step);
    let mut listed: HashSet<&str> = HashSet::new();
    let saved = |p: &Project| prefs.is_bookmarked(&p.id) || prefs.decisions.contains_key(&p.id);

    for stage in &stages {
        let projects: Vec<&Project> = catalog
            .projects_in_stage(&stage.id)
            .filter(|p| saved(p))
            .collect();
        if projects.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n## {}: {}\n",
            step_label(stage.step, lang),
            stage.title.get(lang)
        ));
        let groups = MARKDOWN_ORDER
            .iter()
            .map(|&d| (Some(d), d.label().get(lang)))
            .chain(std::iter::once((None, K::MdNoDecision.get(lang))));
        for (status, heading) in groups {
            let members: Vec<&&Project> = projects
                .iter()
                .filter(|p| prefs.decision(&p.id) == status)
                .collect();
            if members.is_empty() {
                continue;
            }
            out.push_str(&format!("\n### {heading}\n\n"));
            for p in members {
                md_item(&mut out, &p.name, None, prefs.note(&p.id));
                listed.insert(p.id.as_str());
            }
        }
    }

    let mut others: Vec<&str> = Vec::new();
    for id in prefs.bookmarks.iter().chain(prefs.decisions.keys()) {
        if listed.insert(id.as_str()) {
            others.push(id);
        }
    }
    if !others.is_empty() {
        out.push_str(&format!("\n## {}\n\n", K::MdOther.get(lang)));
        let names: HashMap<&str, &str> = catalog
            .projects
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str()))
            .collect();
        for id in others {
            let name = names.get(id).copied().unwrap_or(id);
            let status = prefs.decision(id).map(|d| d.label().get(lang));
            md_item(&mut out, name, status, prefs.note(id));
        }
    }
    if prefs.bookmarks.is_empty() && prefs.decisions.is_empty() {
        out.push_str(&format!("\n{}\n", K::MdNothingSaved.get(lang)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::tests::{fixture, sample};

    #[test]
    fn markdown_lists_stages_in_trail_order_with_notes() {
        let index = fixture();
        let mut prefs = sample();
        prefs.toggle_bookmark("gone-project");
        prefs.set_note("gone-project", "from an old dataset");
        let md = export_markdown(&prefs, &index.catalog, Lang::En);
        assert!(md.starts_with("# Trail Map — My stack\n"), "{md}");
        let orch = md.find("## Step 3: Stage orchestration");
        let obs = md.find("## Step 4: Stage observability");
        assert!(orch.is_some() && obs.is_some() && orch < obs, "{md}");
        assert!(
            !md.contains("Stage containerization"),
            "empty stages are skipped: {md}"
        );
        assert!(
            md.contains(
                "### Adopted\n\n- **Name of kubernetes** — Runs everything.\n  Since 2019.\n"
            ),
            "{md}"
        );
        assert!(
            md.contains("- **Name of opentracing** — Archived; use OpenTelemetry"),
            "{md}"
        );
        for heading in [
            "### Evaluating",
            "### Considering",
            "### Rejected",
            "### Saved, no decision yet",
        ] {
            assert!(md.contains(heading), "{heading} missing: {md}");
        }
        // Observability: adopted/evaluating/considering/rejected, then bookmarks.
        let pos = |s: &str| md.find(s).unwrap_or(usize::MAX);
        assert!(pos("Name of jaeger") < pos("Name of opentelemetry"));
        assert!(pos("Name of opentelemetry") < pos("Name of opentracing"));
        assert!(pos("Name of opentracing") < pos("Name of prometheus"));
        assert!(md.contains("## Other (ids not in the current dataset)\n\n- **gone-project** — from an old dataset\n"), "{md}");

        let ko = export_markdown(&prefs, &index.catalog, Lang::Ko);
        assert!(
            ko.contains("나의 스택")
                && ko.contains("### 도입함")
                && ko.contains("## 3단계: Stage orchestration (ko)"),
            "{ko}"
        );

        let empty = export_markdown(&Prefs::default(), &index.catalog, Lang::En);
        assert!(empty.contains("Nothing saved yet."), "{empty}");
        assert!(!empty.contains("## "), "{empty}");
    }
}
