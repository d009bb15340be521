//! Checks of how the dataset says things: the poster's text, part-of projects, successors,
//! and the glossary's vocabulary.

use super::Sink;
use crate::catalog::{Catalog, Lang, RelationKind, Text};

/// "Named in the poster's text" is its own fact: a project the poster shows with a logo is
/// not also "named only in the text", and the step must be one of the project's stages.
pub(super) fn map_2020_text(c: &Catalog, sink: &mut Sink) {
    for p in &c.projects {
        let Some(step) = p.named_in_map_text_2020 else {
            continue;
        };
        if p.on_map_2020.is_some() {
            sink.report(
                &p.id,
                "named_in_map_text_2020 is set, but on_map_2020 says the poster shows its logo",
            );
        }
        if !(1..=10).contains(&step) {
            sink.report(&p.id, format!("named_in_map_text_2020 {step} is not 1..10"));
            continue;
        }
        let steps: Vec<u8> = p
            .stage_ids()
            .filter_map(|s| c.stage(s))
            .map(|s| s.step)
            .collect();
        if !steps.contains(&step) {
            sink.report(
                &p.id,
                format!(
                    "named_in_map_text_2020 {step} is not the step of its stage or an also_in stage ({steps:?})"
                ),
            );
        }
    }
}

/// A `successor` is what an archived project's page tells the reader to use instead
/// ("Archived — use OpenTelemetry instead"): one per project, and itself not archived.
pub(super) fn successor(c: &Catalog, sink: &mut Sink) {
    for p in &c.projects {
        let named: Vec<&str> = p
            .related
            .iter()
            .filter(|r| r.kind == RelationKind::Successor)
            .map(|r| r.id.as_str())
            .collect();
        if named.len() > 1 {
            sink.report(
                &p.id,
                format!(
                    "names {} successors ({}); expected one",
                    named.len(),
                    named.join(", ")
                ),
            );
        }
        let Some(next) = named
            .first()
            .and_then(|id| c.projects.iter().find(|x| x.id == *id))
        else {
            continue; // an unknown id is reported by `references`
        };
        if next.maturity() == crate::catalog::Maturity::Archived {
            sink.report(
                &p.id,
                format!(
                    "its successor `{}` is archived too; name a project to use instead",
                    next.id
                ),
            );
        }
    }
}

/// A `part-of` project is CNCF-hosted through its parent: one parent, which is not itself
/// part of another project, and the parent's CNCF status and dates exactly.
pub(super) fn part_of(c: &Catalog, sink: &mut Sink) {
    for p in &c.projects {
        let parents: Vec<&str> = p
            .related
            .iter()
            .filter(|r| r.kind == RelationKind::PartOf)
            .map(|r| r.id.as_str())
            .collect();
        if parents.len() > 1 {
            sink.report(
                &p.id,
                format!(
                    "is part of {} projects ({}); expected one",
                    parents.len(),
                    parents.join(", ")
                ),
            );
        }
        let Some(parent) = parents
            .first()
            .and_then(|id| c.projects.iter().find(|x| x.id == *id))
        else {
            continue; // an unknown id is reported by `references`
        };
        if let Some(grand) = parent.part_of() {
            sink.report(
                &p.id,
                format!(
                    "its parent `{}` is itself part of `{grand}`; point at `{grand}`",
                    parent.id
                ),
            );
        }
        if p.cncf != parent.cncf {
            sink.report(
                &p.id,
                format!(
                    "is part of `{}` but its cncf facts differ from its parent's ({} vs {})",
                    parent.id,
                    p.cncf.status.id(),
                    parent.cncf.status.id()
                ),
            );
        }
    }
}

/// Every text of the catalog with the id that owns it and its field name.
fn texts(c: &Catalog) -> Vec<(&str, String, &Text)> {
    let mut out: Vec<(&str, String, &Text)> =
        vec![("cloud_native", "cloud_native".into(), &c.cloud_native)];
    for h in &c.help {
        out.push((&h.id, "title".into(), &h.title));
        out.push((&h.id, "text".into(), &h.text));
    }
    for t in &c.tags {
        out.push((&t.id, "label".into(), &t.label));
    }
    for s in &c.stages {
        out.push((&s.id, "title".into(), &s.title));
        out.push((&s.id, "summary".into(), &s.summary));
        for (i, g) in s.guidance.iter().enumerate() {
            out.push((&s.id, format!("guidance[{i}]"), g));
        }
    }
    for p in &c.projects {
        for (field, t) in [
            ("origin", &p.origin),
            ("tagline", &p.tagline),
            ("what", &p.what),
            ("why", &p.why),
        ] {
            out.push((&p.id, field.into(), t));
        }
        for (field, list) in [
            ("features", &p.features),
            ("caveats", &p.caveats),
            ("use_cases", &p.use_cases),
        ] {
            for (i, t) in list.iter().enumerate() {
                out.push((&p.id, format!("{field}[{i}]"), t));
            }
        }
    }
    for x in &c.comparisons {
        out.push((&x.id, "title".into(), &x.title));
        out.push((&x.id, "narrative".into(), &x.narrative));
    }
    out
}

/// The glossary (`crate::glossary`, documented in data/README.md): no banned variant in any
/// text.
pub(super) fn vocabulary(c: &Catalog, sink: &mut Sink) {
    for (id, field, t) in texts(c) {
        for lang in Lang::ALL {
            for v in crate::glossary::variants(t.get(lang), lang) {
                sink.report(id, format!("{field}.{}: {v}", lang.code()));
            }
        }
    }
}
