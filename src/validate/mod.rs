//! Dataset validation: named checks that collect every problem with the offending id.
//!
//! Every check walks the whole catalog and reports *every* problem it finds, never only the
//! first. A problem names its check and the offending id (project, stage, tag, comparison or
//! help item), so `cargo test` can print a complete to-do list for the dataset authors.
//!
//! `validate` only checks the catalog's internal consistency; it has no size thresholds, so
//! small test fixtures are valid catalogs. The bundled dataset's minimum size (projects,
//! comparisons) and its required ids are asserted by the integration test `tests/dataset.rs`.

use crate::catalog::Catalog;
use crate::catalog::STAGE_IDS;
use std::collections::{HashMap, HashSet};
use std::fmt;

mod content;
mod facts;
use content::*;
use facts::*;
pub use facts::{badge_on, is_date, is_spdx_expression};

/// One problem found in the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The check's name, e.g. `unique-ids`.
    pub check: &'static str,
    /// The offending id (project, stage, comparison, tag) or field path.
    pub id: String,
    pub message: String,
}

impl fmt::Display for Problem {
    /// `<check>: <id>: <what is wrong>`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.check, self.id, self.message)
    }
}

/// The day the v20200501 poster was published; its badges show maturity on this date.
pub const MAP_2020_DATE: &str = "2020-05-01";

type Check = fn(&Catalog, &mut Sink);

/// The checks `validate` runs, in order, by name.
const CHECKS: [(&str, Check); 16] = [
    ("unique-ids", unique_ids),
    ("id-format", id_format),
    ("stage-order", stage_order),
    ("references", references),
    ("both-languages", both_languages),
    ("dates", dates),
    ("status-consistency", status_consistency),
    ("map-2020", map_2020),
    ("map-2020-text", map_2020_text),
    ("part-of", part_of),
    ("successor", successor),
    ("https-urls", https_urls),
    ("sources-present", sources_present),
    ("stage-coverage", stage_coverage),
    ("license-spdx", license_spdx),
    ("vocabulary", vocabulary),
];

/// The names of every check `validate` runs, in order.
pub fn check_names() -> impl Iterator<Item = &'static str> {
    CHECKS.iter().map(|(name, _)| *name)
}

/// Run every check; an empty list means the dataset is valid.
pub fn validate(catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (name, check) in CHECKS {
        let mut sink = Sink {
            check: name,
            problems: &mut problems,
        };
        check(catalog, &mut sink);
    }
    problems
}

/// Collects the problems of one check.
struct Sink<'a> {
    check: &'static str,
    problems: &'a mut Vec<Problem>,
}

impl Sink<'_> {
    fn report(&mut self, id: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            check: self.check,
            id: id.to_string(),
            message: message.into(),
        });
    }
}

/// Report every id that occurs more than once in `ids`, once per repeat.
fn report_duplicates<'a>(sink: &mut Sink, kind: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            sink.report(id, format!("duplicate {kind} id"));
        }
    }
}

fn unique_ids(c: &Catalog, sink: &mut Sink) {
    report_duplicates(sink, "project", c.projects.iter().map(|p| p.id.as_str()));
    report_duplicates(sink, "stage", c.stages.iter().map(|s| s.id.as_str()));
    report_duplicates(sink, "tag", c.tags.iter().map(|t| t.id.as_str()));
    report_duplicates(
        sink,
        "comparison",
        c.comparisons.iter().map(|x| x.id.as_str()),
    );
    report_duplicates(sink, "help item", c.help.iter().map(|h| h.id.as_str()));

    // Aliases share the project namespace: an alias may not be any project's id or another alias.
    let ids: HashSet<&str> = c.projects.iter().map(|p| p.id.as_str()).collect();
    let mut alias_owner: HashMap<&str, &str> = HashMap::new();
    for p in &c.projects {
        for alias in &p.aliases {
            if ids.contains(alias.as_str()) {
                sink.report(&p.id, format!("alias `{alias}` is also a project id"));
            }
            if let Some(owner) = alias_owner.insert(alias, &p.id) {
                sink.report(
                    &p.id,
                    format!("alias `{alias}` is also an alias of `{owner}`"),
                );
            }
        }
    }

    // Two comparisons of the same project set are one comparison written twice.
    let mut sets: HashMap<Vec<&str>, &str> = HashMap::new();
    for x in &c.comparisons {
        let mut set: Vec<&str> = x.projects.iter().map(String::as_str).collect();
        set.sort_unstable();
        set.dedup();
        if let Some(other) = sets.insert(set, &x.id) {
            sink.report(&x.id, format!("compares the same projects as `{other}`"));
        }
    }

    // Two projects with the same display name are almost certainly one project entered twice.
    let mut names: HashMap<String, &str> = HashMap::new();
    for p in &c.projects {
        if p.name.trim().is_empty() {
            sink.report(&p.id, "name is empty");
            continue;
        }
        if let Some(other) = names.insert(p.name.trim().to_lowercase(), &p.id) {
            sink.report(
                &p.id,
                format!("name `{}` is also used by `{other}`", p.name),
            );
        }
    }
}

/// Lowercase kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn id_format(c: &Catalog, sink: &mut Sink) {
    let mut check = |kind: &str, id: &str| {
        if !is_kebab_id(id) {
            sink.report(id, format!("{kind} id is not lowercase kebab-case"));
        }
    };
    for p in &c.projects {
        check("project", &p.id);
        for alias in &p.aliases {
            check("alias", alias);
        }
    }
    for s in &c.stages {
        check("stage", &s.id);
    }
    for t in &c.tags {
        check("tag", &t.id);
    }
    for x in &c.comparisons {
        check("comparison", &x.id);
    }
    for h in &c.help {
        check("help item", &h.id);
    }
}

fn stage_order(c: &Catalog, sink: &mut Sink) {
    for (i, stage) in c.stages.iter().enumerate() {
        let position = i + 1;
        let Some(expected) = STAGE_IDS.iter().position(|s| *s == stage.id) else {
            sink.report(
                &stage.id,
                format!("unknown stage id (at position {position})"),
            );
            continue;
        };
        let step = expected + 1;
        if step != position {
            sink.report(
                &stage.id,
                format!("is at position {position}, expected position {step}"),
            );
        }
        if usize::from(stage.step) != step {
            sink.report(
                &stage.id,
                format!("step is {}, expected {step}", stage.step),
            );
        }
        if stage.optional != (step > 3) {
            sink.report(
                &stage.id,
                format!(
                    "optional is {}, expected {} (steps 1-3 are required, 4-10 optional)",
                    stage.optional,
                    step > 3
                ),
            );
        }
    }
    for id in STAGE_IDS {
        if !c.stages.iter().any(|s| s.id == id) {
            sink.report(id, "stage is missing");
        }
    }
}

fn references(c: &Catalog, sink: &mut Sink) {
    let stages: HashSet<&str> = c.stages.iter().map(|s| s.id.as_str()).collect();
    let tags: HashSet<&str> = c.tags.iter().map(|t| t.id.as_str()).collect();
    let ids: HashSet<&str> = c.projects.iter().map(|p| p.id.as_str()).collect();
    let aliases: HashMap<&str, &str> = c
        .projects
        .iter()
        .flat_map(|p| p.aliases.iter().map(move |a| (a.as_str(), p.id.as_str())))
        .collect();
    // A reference must use a current id; an alias resolves but should be updated.
    let resolve = |sink: &mut Sink, owner: &str, what: &str, target: &str| {
        if ids.contains(target) {
            return;
        }
        match aliases.get(target) {
            Some(current) => sink.report(
                owner,
                format!("{what} `{target}` is a former id; use `{current}`"),
            ),
            None => sink.report(owner, format!("{what} `{target}` is not a project")),
        }
    };

    for p in &c.projects {
        if !stages.contains(p.stage.as_str()) {
            sink.report(&p.id, format!("stage `{}` is not a stage", p.stage));
        }
        let mut seen = HashSet::new();
        for s in &p.also_in {
            if !stages.contains(s.as_str()) {
                sink.report(&p.id, format!("also_in `{s}` is not a stage"));
            }
            if *s == p.stage {
                sink.report(&p.id, format!("also_in repeats the primary stage `{s}`"));
            } else if !seen.insert(s.as_str()) {
                sink.report(&p.id, format!("also_in lists `{s}` twice"));
            }
        }
        let mut seen = HashSet::new();
        for t in &p.tags {
            if !tags.contains(t.as_str()) {
                sink.report(&p.id, format!("tag `{t}` is not in the tag list"));
            }
            if !seen.insert(t.as_str()) {
                sink.report(&p.id, format!("tag `{t}` is listed twice"));
            }
        }
        let mut seen = HashSet::new();
        for r in &p.related {
            if r.id == p.id || p.aliases.contains(&r.id) {
                sink.report(&p.id, format!("related `{}` is the project itself", r.id));
                continue;
            }
            resolve(sink, &p.id, "related", &r.id);
            if !seen.insert(r.id.as_str()) {
                sink.report(&p.id, format!("related `{}` is listed twice", r.id));
            }
        }
    }

    for x in &c.comparisons {
        let n = x.projects.len();
        if !(2..=4).contains(&n) {
            sink.report(&x.id, format!("compares {n} projects, expected 2 to 4"));
        }
        let mut seen = HashSet::new();
        for id in &x.projects {
            resolve(sink, &x.id, "project", id);
            if !seen.insert(id.as_str()) {
                sink.report(&x.id, format!("project `{id}` is listed twice"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::is_https;

    #[test]
    fn dates_are_real_calendar_dates() {
        assert!(is_date("2020-05-01"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2021-02-30"));
        assert!(!is_date("2021-13-01"));
        assert!(!is_date("2021-1-01"));
        assert!(!is_date("2021-01-01 "));
        assert!(!is_date("20210101"));
        assert!(!is_date("２０２１-01-01"));
    }

    #[test]
    fn spdx_expressions() {
        for ok in [
            "Apache-2.0",
            "MIT",
            "Apache-2.0 OR MIT",
            "(Apache-2.0 OR MIT) AND BSD-3-Clause",
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
            "GPL-2.0+",
            "LicenseRef-scancode-public-domain",
        ] {
            assert!(is_spdx_expression(ok), "{ok}");
        }
        for bad in [
            "",
            "Apache 2.0",
            "Apache-2.0 or MIT",
            "Apache-2.0/MIT",
            "(MIT",
            "MIT)",
            "MIT AND",
            "MIT WITH",
            "Apache License, Version 2.0",
        ] {
            assert!(!is_spdx_expression(bad), "{bad}");
        }
    }

    #[test]
    fn kebab_ids_and_urls() {
        assert!(is_kebab_id("cri-o"));
        assert!(is_kebab_id("k8s"));
        for bad in ["", "CRI-O", "cri_o", "-a", "a-", "a--b", "a b"] {
            assert!(!is_kebab_id(bad), "{bad}");
        }
        assert!(is_https("https://prometheus.io/"));
        for bad in [
            "http://x.io",
            "https://",
            "https:///x",
            "https://a b",
            "ftp://x",
        ] {
            assert!(!is_https(bad), "{bad}");
        }
    }
}
