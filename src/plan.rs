//! A plan shared as a link: the versioned, compressed payload of `/plan#<payload>`, its
//! decoding (every failure told apart, nothing can panic), and what viewing and importing it
//! needs (grouping, differences, apply). Pure; the view is `pages/plan.rs`.
//!
//! Payload format, version 1: `1.` followed by the URL-safe base64 (no padding) of a zlib
//! stream (deflate plus an Adler-32 checksum, so a changed character is caught) of this JSON:
//!
//! ```json
//! {"t":"Team plan","b":["prometheus","envoy"],"d":[["prometheus","a","replaces Nagios"],["envoy","e"]]}
//! ```
//!
//! `t` is the optional title, `b` the bookmarks in order, `d` the decisions as
//! `[id, status, note?]` with status `c`/`e`/`a`/`r` (considering, evaluating, adopted,
//! rejected) or `-` (a note without a status). Ids are the dataset's ids as text, so a link
//! stays readable when projects are added. Unknown keys are ignored (later versions of
//! version 1 may add some); a different leading number is another format.

use crate::catalog::{Indexed, Lang};
use crate::i18n::K;
use crate::prefs::{self, clean_note, Decision, DecisionEntry, Prefs};
use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashSet};

mod view;

pub use view::{apply, compare, decisions_by_stage, markdown, Difference};

/// The payload format this app writes, and the newest it reads.
pub const FORMAT_VERSION: u64 = 1;
/// The longest title kept, in characters.
pub const TITLE_MAX_CHARS: usize = 80;
/// The longest payload read, in characters (a link far beyond what chat apps keep).
pub const MAX_PAYLOAD_CHARS: usize = 16 * 1024;
/// The most bytes a payload may inflate to: a small link can't expand into a huge one.
pub const MAX_INFLATED_BYTES: usize = 64 * 1024;
/// The most bookmarks, and the most decisions, a plan may hold.
pub const MAX_ENTRIES: usize = 1_000;

/// URL-safe base64 without padding; padding is tolerated on input (some tools add it).
const B64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// What a link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// At most `TITLE_MAX_CHARS`, one line; empty when none.
    pub title: String,
    /// Bookmarked ids, in the sender's order.
    pub bookmarks: Vec<String>,
    pub decisions: BTreeMap<String, DecisionEntry>,
}

/// A title as it is kept: one line (control characters removed), trimmed, at most
/// `TITLE_MAX_CHARS` characters. Idempotent.
pub fn clean_title(title: &str) -> String {
    let kept: String = title.chars().filter(|c| !c.is_control()).collect();
    let capped: String = kept.trim().chars().take(TITLE_MAX_CHARS).collect();
    capped.trim_end().to_string()
}

fn status_code(d: Option<Decision>) -> &'static str {
    match d {
        Some(Decision::Considering) => "c",
        Some(Decision::Evaluating) => "e",
        Some(Decision::Adopted) => "a",
        Some(Decision::Rejected) => "r",
        None => "-",
    }
}

fn status_from_code(code: &str) -> Option<Option<Decision>> {
    match code {
        "c" => Some(Some(Decision::Considering)),
        "e" => Some(Some(Decision::Evaluating)),
        "a" => Some(Some(Decision::Adopted)),
        "r" => Some(Some(Decision::Rejected)),
        "-" => Some(None),
        _ => None,
    }
}

impl Plan {
    /// The shareable part of saved state: bookmarks and decisions (never the compare tray or
    /// settings, which belong to this browser).
    pub fn from_prefs(prefs: &Prefs, title: &str) -> Plan {
        Plan {
            title: clean_title(title),
            bookmarks: prefs.bookmarks.clone(),
            decisions: prefs.decisions.clone(),
        }
    }

    /// The plan as saved state, for the import preview, progress and Markdown.
    pub fn to_prefs(&self) -> Prefs {
        Prefs {
            bookmarks: self.bookmarks.clone(),
            decisions: self.decisions.clone(),
            ..Prefs::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bookmarks.is_empty() && self.decisions.is_empty()
    }

    fn to_wire(&self) -> String {
        let mut obj = Map::new();
        if !self.title.is_empty() {
            obj.insert("t".into(), json!(self.title));
        }
        obj.insert("b".into(), json!(self.bookmarks));
        let decisions: Vec<Value> = self
            .decisions
            .iter()
            .map(|(id, e)| {
                let mut row = vec![json!(id), json!(status_code(e.status))];
                if !e.note.is_empty() {
                    row.push(json!(e.note));
                }
                Value::Array(row)
            })
            .collect();
        obj.insert("d".into(), Value::Array(decisions));
        Value::Object(obj).to_string()
    }
}

/// The payload for `plan` (without the `#`).
pub fn encode(plan: &Plan) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(plan.to_wire().as_bytes(), 9);
    format!("{FORMAT_VERSION}.{}", B64.encode(packed))
}

/// Why a link can't be shown. Structured, so the message is built in the UI language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// No payload after `#`.
    Empty,
    /// Longer than `MAX_PAYLOAD_CHARS`, inflating beyond `MAX_INFLATED_BYTES`, or more than
    /// `MAX_ENTRIES` entries.
    TooLarge,
    /// Made by a newer version of the app.
    FutureVersion(u64),
    /// Cut short or changed on the way (bad characters, bad compression, checksum).
    Damaged,
    /// Intact, but not a plan (wrong shape inside).
    NotAPlan,
}

impl PlanError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            PlanError::Empty => K::PlanErrEmpty.get(lang).to_string(),
            PlanError::TooLarge => K::PlanErrTooLarge.get(lang).to_string(),
            PlanError::FutureVersion(v) => format!(
                "{} ({} {v}, {} {FORMAT_VERSION})",
                K::PlanErrFuture.get(lang),
                K::PlanFormatLink.get(lang),
                K::PlanFormatApp.get(lang)
            ),
            PlanError::Damaged => K::PlanErrDamaged.get(lang).to_string(),
            PlanError::NotAPlan => K::PlanErrNotAPlan.get(lang).to_string(),
        }
    }
}

/// A decoded link: the plan (ids resolved to current ones) and the ids the dataset doesn't
/// know, which the plan leaves out (each once, in order of appearance).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub plan: Plan,
    pub unknown: Vec<String>,
}

/// The most characters of an unknown id kept for display.
const SHOWN_ID_CHARS: usize = prefs::SHOWN_ID_CHARS;

/// Read a payload (with or without the leading `#`). Never panics; total on any input.
pub fn decode(payload: &str, index: &Indexed) -> Result<Decoded, PlanError> {
    let payload = payload.trim();
    let payload = payload.strip_prefix('#').unwrap_or(payload).trim();
    if payload.is_empty() {
        return Err(PlanError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(PlanError::TooLarge);
    }
    let Some((version, body)) = payload.split_once('.') else {
        return Err(PlanError::Damaged);
    };
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PlanError::Damaged);
    }
    match version.parse::<u64>() {
        Ok(v) if v == FORMAT_VERSION => {}
        Ok(0) => return Err(PlanError::Damaged),
        Ok(v) => return Err(PlanError::FutureVersion(v)),
        // More digits than a u64 holds: certainly not a version this app wrote.
        Err(_) => return Err(PlanError::FutureVersion(u64::MAX)),
    }
    let packed = B64.decode(body).map_err(|_| PlanError::Damaged)?;
    let bytes =
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_INFLATED_BYTES)
            .map_err(|e| match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => PlanError::TooLarge,
                _ => PlanError::Damaged,
            })?;
    let text = std::str::from_utf8(&bytes).map_err(|_| PlanError::Damaged)?;
    let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(text) else {
        return Err(PlanError::NotAPlan);
    };
    read_plan(&obj, index)
}

struct Ids<'a> {
    index: &'a Indexed,
    unknown: Vec<String>,
    seen_unknown: HashSet<String>,
}

impl Ids<'_> {
    fn resolve(&mut self, id: &str) -> Option<String> {
        if let Some(c) = self.index.canonical_id(id) {
            return Some(c.to_string());
        }
        let shown: String = id
            .chars()
            .filter(|c| !c.is_control())
            .take(SHOWN_ID_CHARS)
            .collect();
        if self.seen_unknown.insert(shown.clone()) {
            self.unknown.push(shown);
        }
        None
    }
}

fn read_plan(obj: &Map<String, Value>, index: &Indexed) -> Result<Decoded, PlanError> {
    let mut ids = Ids {
        index,
        unknown: Vec::new(),
        seen_unknown: HashSet::new(),
    };
    let title = match obj.get("t") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => clean_title(s),
        Some(_) => return Err(PlanError::NotAPlan),
    };
    let mut bookmarks = Vec::new();
    match obj.get("b") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            if items.len() > MAX_ENTRIES {
                return Err(PlanError::TooLarge);
            }
            let mut seen = HashSet::new();
            for item in items {
                let Value::String(id) = item else {
                    return Err(PlanError::NotAPlan);
                };
                if id.trim().is_empty() {
                    return Err(PlanError::NotAPlan);
                }
                if let Some(id) = ids.resolve(id) {
                    if seen.insert(id.clone()) {
                        bookmarks.push(id);
                    }
                }
            }
        }
        Some(_) => return Err(PlanError::NotAPlan),
    }
    let mut decisions = BTreeMap::new();
    match obj.get("d") {
        None | Some(Value::Null) => {}
        Some(Value::Array(rows)) => {
            if rows.len() > MAX_ENTRIES {
                return Err(PlanError::TooLarge);
            }
            for row in rows {
                let (id, entry) = read_decision(row)?;
                if entry.status.is_none() && entry.note.is_empty() {
                    continue;
                }
                if let Some(id) = ids.resolve(&id) {
                    // A repeated id (or an alias of one already read): the first wins.
                    decisions.entry(id).or_insert(entry);
                }
            }
        }
        Some(_) => return Err(PlanError::NotAPlan),
    }
    if bookmarks.is_empty() && decisions.is_empty() && ids.unknown.is_empty() {
        // Nothing at all: a link made from empty saved state is refused when made, so this
        // came from somewhere else.
        return Err(PlanError::NotAPlan);
    }
    Ok(Decoded {
        plan: Plan {
            title,
            bookmarks,
            decisions,
        },
        unknown: ids.unknown,
    })
}

fn read_decision(row: &Value) -> Result<(String, DecisionEntry), PlanError> {
    let Value::Array(cells) = row else {
        return Err(PlanError::NotAPlan);
    };
    let (id, status, note) = match cells.as_slice() {
        [Value::String(id), Value::String(s)] => (id, s, ""),
        [Value::String(id), Value::String(s), Value::String(n)] => (id, s, n.as_str()),
        _ => return Err(PlanError::NotAPlan),
    };
    if id.trim().is_empty() {
        return Err(PlanError::NotAPlan);
    }
    let status = status_from_code(status).ok_or(PlanError::NotAPlan)?;
    Ok((
        id.clone(),
        DecisionEntry {
            status,
            note: clean_note(note),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::tests::fixture;
    use proptest::prelude::*;

    fn entry(status: Option<Decision>, note: &str) -> DecisionEntry {
        DecisionEntry {
            status,
            note: note.to_string(),
        }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn sample() -> Plan {
        let mut decisions = BTreeMap::new();
        decisions.insert(
            "kubernetes".into(),
            entry(Some(Decision::Adopted), "all of it"),
        );
        decisions.insert("jaeger".into(), entry(Some(Decision::Evaluating), ""));
        decisions.insert("fluentd".into(), entry(None, "ask the SRE team"));
        Plan {
            title: "Platform team, Q1".into(),
            bookmarks: strings(&["prometheus", "kubernetes", "opentelemetry"]),
            decisions,
        }
    }

    #[test]
    fn a_plan_round_trips() {
        let index = fixture();
        let plan = sample();
        let payload = encode(&plan);
        assert!(payload.starts_with("1."), "{payload}");
        assert_eq!(
            decode(&payload, &index),
            Ok(Decoded {
                plan: plan.clone(),
                unknown: Vec::new()
            })
        );
        // With the `#` and surrounding whitespace a paste may bring.
        assert_eq!(
            decode(&format!("  #{payload}\n"), &index).map(|d| d.plan),
            Ok(plan)
        );
    }

    #[test]
    fn the_payload_uses_only_url_safe_characters() {
        let payload = encode(&sample());
        assert!(
            payload
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')),
            "{payload}"
        );
    }

    #[test]
    fn aliases_become_current_ids_and_unknown_ids_are_listed() {
        let index = fixture();
        let mut plan = sample();
        plan.bookmarks = strings(&["prom", "gone-project", "prometheus", "gone-project"]);
        plan.decisions
            .insert("otel".into(), entry(Some(Decision::Rejected), ""));
        plan.decisions
            .insert("zzz-old".into(), entry(Some(Decision::Adopted), "note"));
        let decoded = match decode(&encode(&plan), &index) {
            Ok(d) => d,
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(decoded.plan.bookmarks, strings(&["prometheus"]));
        assert_eq!(
            decoded.plan.decisions.get("opentelemetry"),
            Some(&entry(Some(Decision::Rejected), ""))
        );
        assert!(!decoded.plan.decisions.contains_key("zzz-old"));
        assert_eq!(decoded.unknown, strings(&["gone-project", "zzz-old"]));
    }

    #[test]
    fn titles_and_notes_are_cleaned_and_html_stays_text() {
        let index = fixture();
        let mut plan = sample();
        plan.title = format!("  <b>Team</b>\n{}", "x".repeat(200));
        plan.decisions.insert(
            "jaeger".into(),
            entry(
                Some(Decision::Evaluating),
                &format!("<img src=x onerror=alert(1)>\u{7}{}", "y".repeat(900)),
            ),
        );
        let decoded = match decode(&encode(&plan), &index) {
            Ok(d) => d,
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(decoded.plan.title.chars().count(), TITLE_MAX_CHARS);
        assert!(decoded.plan.title.starts_with("<b>Team</b>xxx"));
        let note = &decoded.plan.decisions["jaeger"].note;
        assert!(
            note.starts_with("<img src=x onerror=alert(1)>yyy"),
            "{note}"
        );
        assert_eq!(note.chars().count(), prefs::NOTE_MAX_CHARS);
        assert_eq!(clean_title(&decoded.plan.title), decoded.plan.title);
    }

    /// The figure the issue asks for: a typical plan (10 projects, 5 decisions with short
    /// notes) as a whole link. Printed with `cargo test plan::tests::link_length -- --nocapture`.
    #[test]
    fn link_length_of_a_typical_plan() {
        let ids = [
            "kubernetes",
            "prometheus",
            "opentelemetry",
            "fluent-bit",
            "argo",
            "harbor",
            "cilium",
            "linkerd",
            "cert-manager",
            "kyverno",
        ];
        let notes = [
            ("kubernetes", Decision::Adopted, "EKS in prod since 2023"),
            (
                "prometheus",
                Decision::Adopted,
                "with Thanos for 1y retention",
            ),
            (
                "opentelemetry",
                Decision::Evaluating,
                "trial in payments Q1",
            ),
            (
                "cilium",
                Decision::Considering,
                "replace Calico? check eBPF on RHEL",
            ),
            ("kyverno", Decision::Rejected, "OPA already covers this"),
        ];
        let plan = Plan {
            title: "Platform team plan 2027".into(),
            bookmarks: strings(&ids),
            decisions: notes
                .iter()
                .map(|(id, d, n)| (id.to_string(), entry(Some(*d), n)))
                .collect(),
        };
        let link = crate::routes::plan_link("https://example.org/trailmap/", &encode(&plan));
        println!(
            "typical plan link: {} characters ({} of them payload; JSON {} bytes)",
            link.len(),
            encode(&plan).len(),
            plan.to_wire().len()
        );
        assert!(link.len() < 1_000, "{} characters: {link}", link.len());
        // And the ids stay text: a dataset that grows can still read it.
        let empty = Indexed::new(fixture().catalog);
        assert!(decode(&encode(&plan), &empty).is_ok());
    }

    #[test]
    fn damaged_links_are_told_apart() {
        let index = fixture();
        let payload = encode(&sample());
        // Cut short, at every length.
        for cut in 2..payload.len() {
            let r = decode(&payload[..cut], &index);
            assert!(matches!(r, Err(PlanError::Damaged)), "cut at {cut}: {r:?}");
        }
        // One character changed, anywhere in the body.
        let body_start = 2;
        for i in body_start..payload.len() {
            let mut bytes = payload.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(bytes).unwrap_or_default();
            let r = decode(&changed, &index);
            assert!(
                r.is_err() || r.as_ref().map(|d| &d.plan) == Ok(&sample()),
                "changed at {i}: {r:?}"
            );
        }
        for bad in [
            "1",
            "1.",
            "x.abc",
            ".abc",
            "1.!!!!",
            "1.abc def",
            "-1.abc",
            "01x.abc",
        ] {
            assert!(
                matches!(decode(bad, &index), Err(PlanError::Damaged)),
                "{bad}: {:?}",
                decode(bad, &index)
            );
        }
        assert_eq!(decode("", &index), Err(PlanError::Empty));
        assert_eq!(decode("#  ", &index), Err(PlanError::Empty));
    }

    #[test]
    fn future_versions_are_named() {
        let index = fixture();
        let body = encode(&sample());
        let body = &body[2..];
        assert_eq!(
            decode(&format!("2.{body}"), &index),
            Err(PlanError::FutureVersion(2))
        );
        assert_eq!(
            decode(&format!("99999999999999999999999.{body}"), &index),
            Err(PlanError::FutureVersion(u64::MAX))
        );
        let msg = PlanError::FutureVersion(2).message(Lang::En);
        assert!(msg.contains('2') && msg.contains('1'), "{msg}");
    }

    fn pack(json: &str) -> String {
        format!(
            "1.{}",
            B64.encode(miniz_oxide::deflate::compress_to_vec_zlib(
                json.as_bytes(),
                6
            ))
        )
    }

    #[test]
    fn oversized_links_and_zip_bombs_are_refused() {
        let index = fixture();
        let long = format!("1.{}", "A".repeat(MAX_PAYLOAD_CHARS));
        assert_eq!(decode(&long, &index), Err(PlanError::TooLarge));
        // A few hundred characters that would inflate to megabytes.
        let bomb = pack(&format!(r#"{{"t":"{}"}}"#, " ".repeat(4 * 1024 * 1024)));
        assert!(bomb.len() < MAX_PAYLOAD_CHARS, "{}", bomb.len());
        assert_eq!(decode(&bomb, &index), Err(PlanError::TooLarge));
        let many: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("p{i}")).collect();
        let many = pack(&json!({ "b": many }).to_string());
        assert_eq!(decode(&many, &index), Err(PlanError::TooLarge));
    }

    #[test]
    fn intact_payloads_of_the_wrong_shape_are_not_plans() {
        let index = fixture();
        for json in [
            "[]",
            "\"plan\"",
            "{}",
            r#"{"b":"kubernetes"}"#,
            r#"{"b":[1]}"#,
            r#"{"b":[" "]}"#,
            r#"{"t":7,"b":["kubernetes"]}"#,
            r#"{"d":{"kubernetes":"a"}}"#,
            r#"{"d":[["kubernetes"]]}"#,
            r#"{"d":[["kubernetes","loved"]]}"#,
            r#"{"d":[["kubernetes","a",7]]}"#,
            r#"{"d":[["kubernetes","a","n","extra"]]}"#,
            "not json",
        ] {
            assert_eq!(
                decode(&pack(json), &index),
                Err(PlanError::NotAPlan),
                "{json}"
            );
        }
        // Unknown keys are ignored: later links of version 1 may carry more.
        let extra = pack(r#"{"b":["kubernetes"],"x":{"later":true}}"#);
        assert_eq!(
            decode(&extra, &index).map(|d| d.plan.bookmarks),
            Ok(strings(&["kubernetes"]))
        );
        let bad_utf8 = format!(
            "1.{}",
            B64.encode(miniz_oxide::deflate::compress_to_vec_zlib(&[0xff, 0xfe], 6))
        );
        assert_eq!(decode(&bad_utf8, &index), Err(PlanError::Damaged));
    }

    #[test]
    fn every_error_reads_in_both_languages_and_differently() {
        let hangul = |s: &str| s.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c));
        let all = [
            PlanError::Empty,
            PlanError::TooLarge,
            PlanError::FutureVersion(3),
            PlanError::Damaged,
            PlanError::NotAPlan,
        ];
        let mut seen = HashSet::new();
        for e in all {
            let (ko, en) = (e.message(Lang::Ko), e.message(Lang::En));
            assert!(hangul(&ko) && !hangul(&en), "{ko} / {en}");
            assert!(seen.insert(en));
        }
    }

    #[test]
    fn importing_merges_or_replaces_but_keeps_this_browsers_things() {
        let mut current = Prefs {
            bookmarks: strings(&["a", "b"]),
            compare: strings(&["a", "b"]),
            last_seen_data: Some("2026-01-01".into()),
            ..Prefs::default()
        };
        current.set_decision("a", Some(Decision::Adopted));
        current.settings.lang = Some(Lang::Ko);
        let plan = sample();
        let incoming = plan.to_prefs();

        let replaced = apply(&current, &incoming, true);
        assert_eq!(replaced.bookmarks, plan.bookmarks);
        assert_eq!(replaced.decisions, plan.decisions);
        assert_eq!(replaced.compare, current.compare);
        assert_eq!(replaced.settings, current.settings);
        assert_eq!(replaced.last_seen_data, current.last_seen_data);

        let merged = apply(&current, &incoming, false);
        assert_eq!(merged, prefs::merge(&current, &incoming));
        assert_eq!(merged.decision("a"), Some(Decision::Adopted));
        assert_eq!(merged.decision("kubernetes"), Some(Decision::Adopted));
        assert_eq!(merged.last_seen_data, current.last_seen_data);
    }

    #[test]
    fn decisions_group_by_stage_in_trail_order() {
        let index = fixture();
        let groups: Vec<(String, Vec<String>)> = decisions_by_stage(&sample(), &index.catalog)
            .into_iter()
            .map(|(s, ps)| (s.id.clone(), ps.iter().map(|p| p.id.clone()).collect()))
            .collect();
        // Orchestration (step 3) before observability (step 4); dataset order within.
        assert_eq!(
            groups,
            vec![
                ("orchestration".to_string(), strings(&["kubernetes"])),
                ("observability".to_string(), strings(&["jaeger", "fluentd"])),
            ]
        );
    }

    #[test]
    fn comparing_lists_both_plans_and_marks_differences() {
        let index = fixture();
        let plan = sample();
        let mut own = Prefs::default();
        own.toggle_bookmark("kubernetes");
        own.set_decision("kubernetes", Some(Decision::Adopted));
        own.set_note("kubernetes", "all of it");
        own.set_decision("jaeger", Some(Decision::Rejected));
        own.toggle_bookmark("gone-project");
        let rows = compare(&plan, &own, &index.catalog);
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        // orchestration (3) before observability (4), dataset order within, unknown last.
        assert_eq!(
            ids,
            vec![
                "kubernetes",
                "prometheus",
                "jaeger",
                "opentelemetry",
                "fluentd",
                "gone-project"
            ]
        );
        let get = |id: &str| rows.iter().find(|r| r.id == id);
        assert_eq!(get("kubernetes").map(Difference::differs), Some(false));
        assert_eq!(get("jaeger").map(Difference::differs), Some(true));
        assert_eq!(get("jaeger").map(Difference::status_differs), Some(true));
        assert_eq!(get("prometheus").map(Difference::differs), Some(true));
        assert_eq!(
            get("prometheus").map(Difference::status_differs),
            Some(false)
        );
        assert_eq!(get("gone-project").map(|r| r.our_bookmark), Some(true));
    }

    #[test]
    fn markdown_is_the_export_headed_by_the_title() {
        let index = fixture();
        let plan = sample();
        let ctx = prefs::ExportContext {
            app_url: "https://example.org/",
            date: "2026-12-01",
        };
        let md = markdown(&plan, &index.catalog, Lang::En, &ctx);
        assert!(md.starts_with("# Trail Map — Platform team, Q1\n"), "{md}");
        let export = prefs::export_markdown(&plan.to_prefs(), &index.catalog, Lang::En, &ctx);
        assert_eq!(
            md.split_once('\n').map(|x| x.1),
            export.split_once('\n').map(|x| x.1)
        );
        let untitled = Plan {
            title: String::new(),
            ..plan
        };
        assert_eq!(markdown(&untitled, &index.catalog, Lang::En, &ctx), export);
        // A title stays text.
        let odd = Plan {
            title: "<b>Q1</b> *draft*".into(),
            ..untitled
        };
        assert!(markdown(&odd, &index.catalog, Lang::En, &ctx)
            .starts_with("# Trail Map — \\<b\\>Q1\\</b\\> \\*draft\\*\n"));
    }

    fn arb_decision() -> impl Strategy<Value = Option<Decision>> {
        prop_oneof![
            Just(None),
            Just(Some(Decision::Considering)),
            Just(Some(Decision::Evaluating)),
            Just(Some(Decision::Adopted)),
            Just(Some(Decision::Rejected)),
        ]
    }

    const KNOWN: [&str; 7] = [
        "containerd",
        "kubernetes",
        "prometheus",
        "jaeger",
        "opentracing",
        "opentelemetry",
        "fluentd",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Any plan of known ids (whatever the notes and title hold) decodes to itself, once
        /// its texts are cleaned the way saved state cleans them.
        #[test]
        fn encode_decode_round_trips(
            title in "\\PC{0,100}",
            marks in proptest::sample::subsequence(KNOWN.to_vec(), 0..=7),
            decided in proptest::collection::vec(
                (proptest::sample::select(KNOWN.to_vec()), arb_decision(), "(\\PC|\n|<|>|&|\"){0,80}"),
                0..7,
            ),
        ) {
            let index = fixture();
            let mut decisions = BTreeMap::new();
            for (id, status, note) in decided {
                let e = DecisionEntry { status, note: clean_note(&note) };
                if e.status.is_some() || !e.note.is_empty() {
                    decisions.insert(id.to_string(), e);
                }
            }
            let plan = Plan {
                title: clean_title(&title),
                bookmarks: marks.iter().map(|s| s.to_string()).collect(),
                decisions,
            };
            let result = decode(&encode(&plan), &index);
            if plan.is_empty() {
                prop_assert_eq!(result, Err(PlanError::NotAPlan));
            } else {
                prop_assert_eq!(result, Ok(Decoded { plan, unknown: Vec::new() }));
            }
        }

        /// Decoding anything never panics, and what it accepts is within the limits.
        #[test]
        fn decoding_arbitrary_text_never_panics(s in "\\PC{0,300}") {
            let index = fixture();
            if let Ok(d) = decode(&s, &index) {
                prop_assert!(d.plan.title.chars().count() <= TITLE_MAX_CHARS);
            }
        }

        /// Nor does decoding valid-looking versions with random bodies, or random bytes
        /// that are properly packed.
        #[test]
        fn decoding_packed_garbage_never_panics(
            body in "[A-Za-z0-9_-]{0,400}",
            bytes in proptest::collection::vec(any::<u8>(), 0..400),
        ) {
            let index = fixture();
            let _ = decode(&format!("1.{body}"), &index);
            let packed = format!("1.{}", B64.encode(miniz_oxide::deflate::compress_to_vec_zlib(&bytes, 6)));
            let r = decode(&packed, &index);
            prop_assert!(r.is_err() || r.is_ok());
        }
    }
}
