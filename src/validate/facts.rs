//! The checks about the facts the dataset states: both languages present, dates real and in
//! order, maturity consistent with the dates, the 2020 map's badges, https links, sources,
//! stage coverage and SPDX license expressions.

use super::{Sink, MAP_2020_DATE};
use crate::catalog::{Catalog, Cncf, MapBadge, Maturity, Text};
use crate::text::is_https;
use std::collections::{HashMap, HashSet};

/// Hangul syllables, jamo and compatibility jamo.
pub(super) fn has_hangul(s: &str) -> bool {
    s.chars().any(|ch| {
        matches!(ch,
            '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
    })
}

pub(super) fn both_languages(c: &Catalog, sink: &mut Sink) {
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
pub(super) fn cncf_dates(cncf: &Cncf) -> [(&'static str, Option<&str>); 4] {
    [
        ("accepted", cncf.accepted.as_deref()),
        ("incubating", cncf.incubating.as_deref()),
        ("graduated", cncf.graduated.as_deref()),
        ("archived", cncf.archived.as_deref()),
    ]
}

pub(super) fn dates(c: &Catalog, sink: &mut Sink) {
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

pub(super) fn status_consistency(c: &Catalog, sink: &mut Sink) {
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

pub(super) fn badge_name(b: Option<MapBadge>) -> &'static str {
    match b {
        Some(MapBadge::Graduated) => "graduated",
        Some(MapBadge::Incubating) => "incubating",
        None => "null",
    }
}

pub(super) fn map_2020(c: &Catalog, sink: &mut Sink) {
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

pub(super) fn https_urls(c: &Catalog, sink: &mut Sink) {
    let mut check = |id: &str, field: &str, url: &str| {
        if !is_https(url) {
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

pub(super) fn sources_present(c: &Catalog, sink: &mut Sink) {
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

pub(super) fn stage_coverage(c: &Catalog, sink: &mut Sink) {
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

pub(super) fn is_license_id(t: &str) -> bool {
    !matches!(t, "AND" | "OR" | "WITH" | "(" | ")")
        && !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-'))
}

// expr := term (("AND" | "OR") term)*
pub(super) fn parse_or(tokens: &[&str], pos: &mut usize) -> bool {
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
pub(super) fn parse_term(tokens: &[&str], pos: &mut usize) -> bool {
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

pub(super) fn license_spdx(c: &Catalog, sink: &mut Sink) {
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
