//! Dataset validation: named checks that collect every problem with the offending id.
//!
//! Every check walks the whole catalog and reports *every* problem it finds, never only the
//! first. A problem names its check and the offending id (project, stage, tag, comparison or
//! help item), so `cargo test` can print a complete to-do list for the dataset authors.
//!
//! `validate` only checks the catalog's internal consistency; it has no size thresholds, so
//! small test fixtures are valid catalogs. The bundled dataset's minimum size (projects,
//! comparisons) and its required ids are asserted by the integration test `tests/dataset.rs`.

use crate::catalog::STAGE_IDS;
use crate::catalog::{Catalog, Cncf, Lang, MapBadge, Maturity, RelationKind, Text};
use std::collections::{HashMap, HashSet};
use std::fmt;

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
const CHECKS: [(&str, Check); 15] = [
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

/// Hangul syllables, jamo and compatibility jamo.
fn has_hangul(s: &str) -> bool {
    s.chars().any(|ch| {
        matches!(ch,
            '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
    })
}

fn both_languages(c: &Catalog, sink: &mut Sink) {
    // `prose`: a sentence the Korean reader reads, so it must actually be Korean.
    fn text(sink: &mut Sink, id: &str, field: &str, t: &Text, prose: bool) {
        for (lang, s) in [("ko", &t.ko), ("en", &t.en)] {
            if s.trim().is_empty() {
                sink.report(id, format!("{field}.{lang} is empty"));
            } else if s.trim() != s {
                sink.report(
                    id,
                    format!("{field}.{lang} has leading or trailing whitespace"),
                );
            }
        }
        if prose && !t.ko.trim().is_empty() && !has_hangul(&t.ko) {
            sink.report(id, format!("{field}.ko has no Korean (Hangul) text"));
        }
    }
    fn list(sink: &mut Sink, id: &str, field: &str, items: &[Text]) {
        if items.is_empty() {
            sink.report(id, format!("{field} is empty"));
        }
        for (i, t) in items.iter().enumerate() {
            text(sink, id, &format!("{field}[{i}]"), t, false);
        }
    }

    text(sink, "cloud_native", "cloud_native", &c.cloud_native, true);
    for h in &c.help {
        text(sink, &h.id, "title", &h.title, false);
        text(sink, &h.id, "text", &h.text, true);
    }
    for t in &c.tags {
        text(sink, &t.id, "label", &t.label, false);
    }
    for s in &c.stages {
        text(sink, &s.id, "title", &s.title, false);
        text(sink, &s.id, "summary", &s.summary, true);
        list(sink, &s.id, "guidance", &s.guidance);
    }
    for p in &c.projects {
        text(sink, &p.id, "origin", &p.origin, false);
        text(sink, &p.id, "tagline", &p.tagline, true);
        text(sink, &p.id, "what", &p.what, true);
        text(sink, &p.id, "why", &p.why, true);
        list(sink, &p.id, "features", &p.features);
        list(sink, &p.id, "caveats", &p.caveats);
        list(sink, &p.id, "use_cases", &p.use_cases);
    }
    for x in &c.comparisons {
        text(sink, &x.id, "title", &x.title, false);
        text(sink, &x.id, "narrative", &x.narrative, true);
    }
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r.clone()]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| s[r].parse().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1 && (1..=days).contains(&d)
}

/// The cncf dates by name, in the order they happen.
fn cncf_dates(cncf: &Cncf) -> [(&'static str, Option<&str>); 4] {
    [
        ("accepted", cncf.accepted.as_deref()),
        ("incubating", cncf.incubating.as_deref()),
        ("graduated", cncf.graduated.as_deref()),
        ("archived", cncf.archived.as_deref()),
    ]
}

fn dates(c: &Catalog, sink: &mut Sink) {
    let as_of = is_date(&c.as_of).then_some(c.as_of.as_str());
    if as_of.is_none() {
        sink.report(
            "as_of",
            format!("`{}` is not a YYYY-MM-DD calendar date", c.as_of),
        );
    }
    // The CNCF facts are as of `cncf_as_of` (the landscape snapshot), never later than the
    // day the dataset as a whole was checked.
    let cncf_as_of = match c.cncf_as_of.as_deref() {
        None => as_of,
        Some(d) if !is_date(d) => {
            sink.report(
                "cncf_as_of",
                format!("`{d}` is not a YYYY-MM-DD calendar date"),
            );
            None
        }
        Some(d) => {
            if let Some(as_of) = as_of {
                if d > as_of {
                    sink.report("cncf_as_of", format!("{d} is after as_of {as_of}"));
                }
            }
            Some(d)
        }
    };
    for p in &c.projects {
        let mut valid: HashMap<&str, &str> = HashMap::new();
        for (field, date) in cncf_dates(&p.cncf) {
            let Some(date) = date else { continue };
            if !is_date(date) {
                sink.report(
                    &p.id,
                    format!("cncf.{field} `{date}` is not a YYYY-MM-DD calendar date"),
                );
                continue;
            }
            if let Some(limit) = cncf_as_of {
                if date > limit {
                    let name = if c.cncf_as_of.is_some() {
                        "cncf_as_of"
                    } else {
                        "as_of"
                    };
                    sink.report(
                        &p.id,
                        format!("cncf.{field} {date} is after {name} {limit}"),
                    );
                }
            }
            valid.insert(field, date);
        }
        // Valid dates compare correctly as strings.
        for (early, late) in [
            ("accepted", "incubating"),
            ("incubating", "graduated"),
            ("accepted", "graduated"),
            ("accepted", "archived"),
        ] {
            if let (Some(a), Some(b)) = (valid.get(early), valid.get(late)) {
                if a > b {
                    sink.report(&p.id, format!("cncf.{late} {b} is before cncf.{early} {a}"));
                }
            }
        }
        if let Some(year) = p.first_release {
            let max = as_of
                .and_then(|d| d[..4].parse::<u16>().ok())
                .unwrap_or(9999);
            if !(1970..=max).contains(&year) {
                sink.report(
                    &p.id,
                    format!("first_release {year} is not between 1970 and {max}"),
                );
            }
        }
    }
}

fn status_consistency(c: &Catalog, sink: &mut Sink) {
    for p in &c.projects {
        let cncf = &p.cncf;
        let status = cncf.status.id();
        let mut need = |field: &str, date: &Option<String>| {
            if date.is_none() {
                sink.report(
                    &p.id,
                    format!("status is {status} but cncf.{field} is null"),
                );
            }
        };
        match cncf.status {
            Maturity::Graduated => {
                need("accepted", &cncf.accepted);
                need("graduated", &cncf.graduated);
            }
            Maturity::Incubating => {
                need("accepted", &cncf.accepted);
                need("incubating", &cncf.incubating);
            }
            Maturity::Sandbox => need("accepted", &cncf.accepted),
            Maturity::Archived => {
                need("accepted", &cncf.accepted);
                need("archived", &cncf.archived);
            }
            Maturity::NotCncf => {}
        }
        // Dates that the status rules out.
        let forbidden: &[&str] = match cncf.status {
            Maturity::Graduated => &["archived"],
            Maturity::Incubating => &["graduated", "archived"],
            Maturity::Sandbox => &["incubating", "graduated", "archived"],
            Maturity::Archived => &[],
            Maturity::NotCncf => &["accepted", "incubating", "graduated", "archived"],
        };
        for (field, date) in cncf_dates(cncf) {
            if let Some(date) = date {
                if forbidden.contains(&field) {
                    sink.report(
                        &p.id,
                        format!("status is {status} but cncf.{field} is set ({date})"),
                    );
                }
            }
        }
    }
}

/// The badge a project wore on the 2020 poster, derived from its CNCF dates.
pub fn badge_on(cncf: &Cncf, day: &str) -> Option<MapBadge> {
    let by = |d: &Option<String>| d.as_deref().is_some_and(|d| is_date(d) && d <= day);
    if by(&cncf.graduated) {
        Some(MapBadge::Graduated)
    } else if by(&cncf.incubating) {
        Some(MapBadge::Incubating)
    } else {
        None
    }
}

fn badge_name(b: Option<MapBadge>) -> &'static str {
    match b {
        Some(MapBadge::Graduated) => "graduated",
        Some(MapBadge::Incubating) => "incubating",
        None => "null",
    }
}

fn map_2020(c: &Catalog, sink: &mut Sink) {
    for p in &c.projects {
        let Some(map) = &p.on_map_2020 else { continue };
        if !(1..=10).contains(&map.step) {
            sink.report(&p.id, format!("on_map_2020.step {} is not 1..10", map.step));
        } else {
            let steps: Vec<u8> = p
                .stage_ids()
                .filter_map(|s| c.stage(s))
                .map(|s| s.step)
                .collect();
            if !steps.contains(&map.step) {
                sink.report(
                    &p.id,
                    format!(
                        "on_map_2020.step {} is not the step of its stage or an also_in stage ({steps:?})",
                        map.step
                    ),
                );
            }
        }
        let expected = badge_on(&p.cncf, MAP_2020_DATE);
        if map.badge != expected {
            sink.report(
                &p.id,
                format!(
                    "on_map_2020.badge is {}, but its dates say {} on {MAP_2020_DATE}",
                    badge_name(map.badge),
                    badge_name(expected)
                ),
            );
        }
    }
}

/// "Named in the poster's text" is its own fact: a project the poster shows with a logo is
/// not also "named only in the text", and the step must be one of the project's stages.
fn map_2020_text(c: &Catalog, sink: &mut Sink) {
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

/// A `part-of` project is CNCF-hosted through its parent: one parent, which is not itself
/// part of another project, and the parent's CNCF status and dates exactly.
fn part_of(c: &Catalog, sink: &mut Sink) {
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

/// An `https://` URL with a host and no whitespace.
pub fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && !url.chars().any(char::is_whitespace)
}

fn https_urls(c: &Catalog, sink: &mut Sink) {
    let mut check = |id: &str, field: &str, url: &str| {
        if !is_https_url(url) {
            sink.report(id, format!("{field} `{url}` is not an https:// URL"));
        }
    };
    check("map", "map.url", &c.map.url);
    for h in &c.help {
        check(&h.id, "url", &h.url);
        for (i, s) in h.sources.iter().enumerate() {
            check(&h.id, &format!("sources[{i}]"), s);
        }
    }
    for p in &c.projects {
        check(&p.id, "homepage", &p.homepage);
        check(&p.id, "repo", &p.repo);
        if let Some(docs) = &p.docs_ko {
            check(&p.id, "docs_ko", docs);
        }
        for (i, s) in p.sources.iter().enumerate() {
            check(&p.id, &format!("sources[{i}]"), s);
        }
    }
}

fn sources_present(c: &Catalog, sink: &mut Sink) {
    for p in &c.projects {
        if p.sources.len() < 2 {
            sink.report(
                &p.id,
                format!("has {} sources, expected at least 2", p.sources.len()),
            );
        }
        let mut seen = HashSet::new();
        for s in &p.sources {
            if !seen.insert(s.as_str()) {
                sink.report(&p.id, format!("source `{s}` is listed twice"));
            }
        }
    }
}

fn stage_coverage(c: &Catalog, sink: &mut Sink) {
    for s in &c.stages {
        let n = c.projects.iter().filter(|p| p.in_stage(&s.id)).count();
        if n < 2 {
            sink.report(
                &s.id,
                format!("has {n} projects (primary or also_in), expected at least 2"),
            );
        }
    }
}

/// A simple well-formedness check for an SPDX licence expression: license ids made of
/// `[A-Za-z0-9.+-]`, joined by `AND`/`OR`, optionally `<id> WITH <exception>`, with parentheses.
/// It does not check ids against the SPDX list.
pub fn is_spdx_expression(expr: &str) -> bool {
    let spaced = expr.replace('(', " ( ").replace(')', " ) ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut pos = 0;
    parse_or(&tokens, &mut pos) && pos == tokens.len()
}

fn is_license_id(t: &str) -> bool {
    !matches!(t, "AND" | "OR" | "WITH" | "(" | ")")
        && !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-'))
}

// expr := term (("AND" | "OR") term)*
fn parse_or(tokens: &[&str], pos: &mut usize) -> bool {
    if !parse_term(tokens, pos) {
        return false;
    }
    while matches!(tokens.get(*pos), Some(&"AND" | &"OR")) {
        *pos += 1;
        if !parse_term(tokens, pos) {
            return false;
        }
    }
    true
}

// term := "(" expr ")" | id ("WITH" id)?
fn parse_term(tokens: &[&str], pos: &mut usize) -> bool {
    match tokens.get(*pos) {
        Some(&"(") => {
            *pos += 1;
            if !parse_or(tokens, pos) || tokens.get(*pos) != Some(&")") {
                return false;
            }
            *pos += 1;
            true
        }
        Some(t) if is_license_id(t) => {
            *pos += 1;
            if tokens.get(*pos) == Some(&"WITH") {
                *pos += 1;
                if !tokens.get(*pos).is_some_and(|t| is_license_id(t)) {
                    return false;
                }
                *pos += 1;
            }
            true
        }
        _ => false,
    }
}

fn license_spdx(c: &Catalog, sink: &mut Sink) {
    for p in &c.projects {
        if !is_spdx_expression(&p.license) {
            sink.report(
                &p.id,
                format!(
                    "license `{}` is not a well-formed SPDX expression",
                    p.license
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
fn vocabulary(c: &Catalog, sink: &mut Sink) {
    for (id, field, t) in texts(c) {
        for lang in Lang::ALL {
            for v in crate::glossary::variants(t.get(lang), lang) {
                sink.report(id, format!("{field}.{}: {v}", lang.code()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(is_https_url("https://prometheus.io/"));
        for bad in [
            "http://x.io",
            "https://",
            "https:///x",
            "https://a b",
            "ftp://x",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
    }
}
