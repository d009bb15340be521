//! Reading saved state: never fails, keeps every entry it can read, migrates older
//! versions and maps renamed ids to current ones. The same reader, in strict mode, reads
//! import files (`import.rs`).

use super::import::{shown_id, Field, ImportError, SchemaProblem};
use super::{
    clean_note, Decision, DecisionEntry, Prefs, Settings, Theme, IMPORT_MAX_ENTRIES,
    PRE_CHANGELOG_DATA, VERSION,
};
use crate::catalog::{Indexed, Lang};
use crate::compare::MAX_COMPARED;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashSet};

/// What went wrong reading saved state; the user is told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// Not JSON, or not an object: nothing could be kept.
    Unreadable,
    /// Some entries were unreadable and dropped (count), the rest kept.
    PartlyUnreadable(usize),
    /// A version newer than this app knows; readable entries kept.
    UnknownVersion(u64),
}

/// The result of reading saved state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub prefs: Prefs,
    pub problem: Option<LoadProblem>,
}

impl Loaded {
    /// When true, the original text must be kept under a backup key before anything is
    /// written over it.
    pub fn needs_backup(&self) -> bool {
        self.problem.is_some()
    }
}

/// Read saved state. Never fails: keeps every entry it can read, migrates older versions,
/// maps renamed ids (aliases) to current ones.
pub fn load(raw: Option<&str>, index: &Indexed) -> Loaded {
    let Some(raw) = raw else {
        return Loaded {
            prefs: Prefs::default(),
            problem: None,
        };
    };
    let unreadable = || Loaded {
        prefs: Prefs::default(),
        problem: Some(LoadProblem::Unreadable),
    };
    let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(raw) else {
        return unreadable();
    };
    let mut reader = Reader::new(index, Mode::Tolerant);
    // v1 had no notes, compare tray or settings, and stored a decision as a plain string;
    // the body reader accepts both decision forms, so migrating v1 is reading it.
    let newer = match obj.get("version") {
        None => None,
        Some(v) => match v.as_u64() {
            Some(n) if n > u64::from(VERSION) => Some(n),
            Some(_) => None,
            None => {
                reader.skipped += 1;
                None
            }
        },
    };
    let Ok(mut prefs) = read_body(&obj, &mut reader) else {
        // Unreachable: the tolerant reader never refuses. Kept total so nothing can panic.
        return unreadable();
    };
    prefs.last_seen_data = read_last_seen(&obj);
    let problem = match newer {
        Some(v) => Some(LoadProblem::UnknownVersion(v)),
        None if reader.skipped > 0 => Some(LoadProblem::PartlyUnreadable(reader.skipped)),
        None => None,
    };
    Loaded { prefs, problem }
}

/// The dataset this browser last saw. Never worth reporting: unreadable is "not known".
/// Versions 1 and 2 had no such field (migration to 3): they saw `PRE_CHANGELOG_DATA`.
fn read_last_seen(obj: &Map<String, Value>) -> Option<String> {
    match obj.get("last_seen_data") {
        Some(Value::String(s)) if crate::validate::is_date(s) => Some(s.clone()),
        Some(_) => None,
        None => match obj.get("version").and_then(Value::as_u64) {
            Some(v) if v >= 3 => None,
            _ => Some(PRE_CHANGELOG_DATA.to_string()),
        },
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Saved state: count what can't be read, keep unknown ids.
    Tolerant,
    /// An import file: refuse what can't be read, drop unknown ids.
    Strict,
}

/// Reads the body of a stored or exported prefs object, in either mode.
pub(super) struct Reader<'a> {
    index: &'a Indexed,
    mode: Mode,
    skipped: usize,
    pub(super) dropped: Vec<String>,
    dropped_seen: HashSet<String>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(index: &'a Indexed, mode: Mode) -> Reader<'a> {
        Reader {
            index,
            mode,
            skipped: 0,
            dropped: Vec::new(),
            dropped_seen: HashSet::new(),
        }
    }

    /// Something unreadable: counted when tolerant, refused when strict.
    fn bad(&mut self, problem: SchemaProblem) -> Result<(), ImportError> {
        match self.mode {
            Mode::Tolerant => {
                self.skipped += 1;
                Ok(())
            }
            Mode::Strict => Err(ImportError::WrongSchema(problem)),
        }
    }

    /// The id to keep for `id`: its current id, or `id` itself when the dataset doesn't know
    /// it (tolerant), or nothing (strict; the id is reported as dropped).
    fn resolve(&mut self, id: &str) -> Option<String> {
        if let Some(canonical) = self.index.canonical_id(id) {
            return Some(canonical.to_string());
        }
        match self.mode {
            Mode::Tolerant => Some(id.to_string()),
            Mode::Strict => {
                if self.dropped_seen.insert(id.to_string()) {
                    self.dropped.push(id.to_string());
                }
                None
            }
        }
    }

    fn too_many(&self, len: usize) -> Result<(), ImportError> {
        if self.mode == Mode::Strict && len > IMPORT_MAX_ENTRIES {
            Err(ImportError::TooLarge)
        } else {
            Ok(())
        }
    }
}

pub(super) fn read_body(obj: &Map<String, Value>, r: &mut Reader) -> Result<Prefs, ImportError> {
    let bookmarks = read_ids(obj.get("bookmarks"), r, Field::Bookmarks)?;
    let decisions = read_decisions(obj.get("decisions"), r)?;
    let mut compare = read_ids(obj.get("compare"), r, Field::Compare)?;
    if compare.len() > MAX_COMPARED {
        if r.mode == Mode::Tolerant {
            r.skipped += compare.len() - MAX_COMPARED;
        }
        compare.truncate(MAX_COMPARED);
    }
    Ok(Prefs {
        version: VERSION,
        bookmarks,
        decisions,
        compare,
        settings: read_settings(obj.get("settings")),
        // Saved state reads it (`load`); an import file never carries it: it is this
        // browser's, like the settings.
        last_seen_data: None,
    })
}

/// A list of ids, resolved and deduplicated, in order.
fn read_ids(
    value: Option<&Value>,
    r: &mut Reader,
    field: Field,
) -> Result<Vec<String>, ImportError> {
    let items = match value {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => {
            r.bad(SchemaProblem::NotAList(field))?;
            return Ok(Vec::new());
        }
    };
    r.too_many(items.len())?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for item in items {
        match item {
            Value::String(id) if !id.trim().is_empty() => {
                if let Some(id) = r.resolve(id) {
                    if seen.insert(id.clone()) {
                        out.push(id);
                    }
                }
            }
            _ => r.bad(SchemaProblem::NotAnId(field))?,
        }
    }
    Ok(out)
}

fn read_decisions(
    value: Option<&Value>,
    r: &mut Reader,
) -> Result<BTreeMap<String, DecisionEntry>, ImportError> {
    let map = match value {
        None | Some(Value::Null) => return Ok(BTreeMap::new()),
        Some(Value::Object(map)) => map,
        Some(_) => {
            r.bad(SchemaProblem::DecisionsNotAnObject)?;
            return Ok(BTreeMap::new());
        }
    };
    r.too_many(map.len())?;
    let mut out = BTreeMap::new();
    for (id, value) in map {
        if id.trim().is_empty() {
            r.bad(SchemaProblem::EmptyDecisionId)?;
            continue;
        }
        let Some(entry) = read_decision(id, value, r)? else {
            continue;
        };
        if entry.status.is_none() && entry.note.is_empty() {
            continue;
        }
        let Some(canonical) = r.resolve(id) else {
            continue;
        };
        insert_decision(&mut out, &canonical, *id == canonical, entry);
    }
    Ok(out)
}

/// One decision: a v1 plain status string or a v2 `{status, note}` object. `None` when
/// nothing of it is readable.
fn read_decision(
    id: &str,
    value: &Value,
    r: &mut Reader,
) -> Result<Option<DecisionEntry>, ImportError> {
    let bad_status = || SchemaProblem::UnknownStatus(shown_id(id));
    match value {
        Value::String(s) => match Decision::from_id(s) {
            Some(d) => Ok(Some(DecisionEntry {
                status: Some(d),
                note: String::new(),
            })),
            None => {
                r.bad(bad_status())?;
                Ok(None)
            }
        },
        Value::Object(o) => {
            let status = match o.get("status") {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Decision::from_id(s).map(Some).ok_or(()),
                Some(_) => Err(()),
            };
            let note = match o.get("note") {
                None | Some(Value::Null) => Ok(String::new()),
                Some(Value::String(s)) => Ok(clean_note(s)),
                Some(_) => Err(()),
            };
            // One unreadable entry counts once, even when both halves are bad.
            match (&status, &note) {
                (Err(()), _) => r.bad(bad_status())?,
                (_, Err(())) => r.bad(SchemaProblem::NoteNotText(shown_id(id)))?,
                _ => {}
            }
            let status = status.unwrap_or(None);
            let note = note.unwrap_or_default();
            Ok(Some(DecisionEntry { status, note }))
        }
        _ => {
            r.bad(SchemaProblem::DecisionUnreadable(shown_id(id)))?;
            Ok(None)
        }
    }
}

/// Two stored keys can name one project (an alias and its current id): the entry under the
/// current id wins, and the other fills what it lacks, so no note is lost.
fn insert_decision(
    out: &mut BTreeMap<String, DecisionEntry>,
    canonical: &str,
    is_canonical_key: bool,
    entry: DecisionEntry,
) {
    let merged = match out.remove(canonical) {
        None => entry,
        Some(old) => {
            let (first, second) = if is_canonical_key {
                (entry, old)
            } else {
                (old, entry)
            };
            DecisionEntry {
                status: first.status.or(second.status),
                note: if first.note.is_empty() {
                    second.note
                } else {
                    first.note
                },
            }
        }
    };
    out.insert(canonical.to_string(), merged);
}

/// Settings are never worth refusing or reporting: anything unreadable is "not set".
fn read_settings(value: Option<&Value>) -> Settings {
    let Some(Value::Object(o)) = value else {
        return Settings::default();
    };
    Settings {
        lang: o.get("lang").and_then(Value::as_str).and_then(Lang::parse),
        theme: o
            .get("theme")
            .and_then(Value::as_str)
            .and_then(Theme::from_id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::tests::{entry, fixture, strings};

    fn load_str(raw: &str, index: &Indexed) -> Loaded {
        load(Some(raw), index)
    }

    #[test]
    fn nothing_saved_is_the_default_without_a_problem() {
        let loaded = load(None, &fixture());
        assert_eq!(loaded.prefs, Prefs::default());
        assert_eq!(loaded.problem, None);
        assert!(!loaded.needs_backup());
    }

    #[test]
    fn garbage_and_non_objects_are_unreadable() {
        let index = fixture();
        for raw in [
            "",
            "not json",
            "{",
            "[1,2]",
            "\"prefs\"",
            "null",
            "42",
            "\u{0}\u{feff}",
        ] {
            let loaded = load_str(raw, &index);
            assert_eq!(loaded.prefs, Prefs::default(), "{raw:?}");
            assert_eq!(loaded.problem, Some(LoadProblem::Unreadable), "{raw:?}");
            assert!(loaded.needs_backup());
        }
    }

    #[test]
    fn a_current_file_loads_as_written() {
        let index = fixture();
        let mut prefs = Prefs::default();
        prefs.toggle_bookmark("kubernetes");
        prefs.toggle_bookmark("prometheus");
        prefs.set_decision("jaeger", Some(Decision::Evaluating));
        prefs.set_note("jaeger", "try it\nin staging");
        prefs.compare = strings(&["kubernetes", "jaeger"]);
        prefs.settings = Settings {
            lang: Some(Lang::Ko),
            theme: Some(Theme::Dark),
        };
        let loaded = load_str(&prefs.to_json(), &index);
        assert_eq!(loaded.problem, None);
        assert_eq!(loaded.prefs, prefs);
    }

    #[test]
    fn bad_entries_are_skipped_and_counted_good_ones_kept() {
        let index = fixture();
        let raw = r#"{
            "version": 2,
            "bookmarks": ["kubernetes", 7, null, "prometheus", {"id": "jaeger"}, ""],
            "decisions": {
                "kubernetes": {"status": "adopted", "note": "prod"},
                "jaeger": {"status": "loved", "note": "keep this note"},
                "fluentd": {"status": "bogus"},
                "containerd": 12,
                "prometheus": "rejected",
                "opentelemetry": {"status": "considering", "note": 5}
            },
            "compare": ["kubernetes", false, "jaeger"],
            "settings": {"lang": "fr", "theme": "dark"}
        }"#;
        let loaded = load_str(raw, &index);
        let p = &loaded.prefs;
        assert_eq!(p.bookmarks, strings(&["kubernetes", "prometheus"]));
        assert_eq!(
            p.decisions.get("kubernetes"),
            Some(&entry(Some(Decision::Adopted), "prod"))
        );
        assert_eq!(
            p.decisions.get("jaeger"),
            Some(&entry(None, "keep this note"))
        );
        assert_eq!(p.decisions.get("fluentd"), None);
        assert_eq!(p.decisions.get("containerd"), None);
        assert_eq!(p.decision("prometheus"), Some(Decision::Rejected));
        assert_eq!(
            p.decisions.get("opentelemetry"),
            Some(&entry(Some(Decision::Considering), ""))
        );
        assert_eq!(p.compare, strings(&["kubernetes", "jaeger"]));
        assert_eq!(
            p.settings,
            Settings {
                lang: None,
                theme: Some(Theme::Dark)
            }
        );
        // bookmarks: 7, null, {..}, "" (4); decisions: jaeger, fluentd, containerd,
        // opentelemetry's note (4); compare: false (1).
        assert_eq!(loaded.problem, Some(LoadProblem::PartlyUnreadable(9)));
        assert!(loaded.needs_backup());
    }

    #[test]
    fn wrong_field_types_lose_only_that_field() {
        let index = fixture();
        let raw = r#"{"version":3,"bookmarks":"kubernetes","decisions":["x"],
                      "compare":{"a":1},"settings":"dark","last_seen_data":"yesterday"}"#;
        let loaded = load_str(raw, &index);
        assert_eq!(loaded.prefs, Prefs::default());
        assert_eq!(loaded.problem, Some(LoadProblem::PartlyUnreadable(3)));

        let raw = r#"{"version":"two","bookmarks":["kubernetes"]}"#;
        let loaded = load_str(raw, &index);
        assert_eq!(loaded.prefs.bookmarks, strings(&["kubernetes"]));
        assert_eq!(loaded.problem, Some(LoadProblem::PartlyUnreadable(1)));
    }

    #[test]
    fn version_1_is_migrated() {
        let index = fixture();
        let raw = r#"{"version":1,"bookmarks":["kubernetes","prom"],
                      "decisions":{"kubernetes":"adopted","otel":"evaluating","jaeger":"rejected"}}"#;
        let loaded = load_str(raw, &index);
        assert_eq!(loaded.problem, None);
        let p = &loaded.prefs;
        assert_eq!(p.version, VERSION);
        assert_eq!(p.bookmarks, strings(&["kubernetes", "prometheus"]));
        assert_eq!(p.decision("kubernetes"), Some(Decision::Adopted));
        assert_eq!(p.decision("opentelemetry"), Some(Decision::Evaluating));
        assert_eq!(p.decision("jaeger"), Some(Decision::Rejected));
        assert_eq!(p.note("kubernetes"), "");
        assert!(p.compare.is_empty());
        assert_eq!(p.settings, Settings::default());
        assert!(p.to_json().contains("\"version\":3"));

        // No version at all is the earliest format.
        let loaded = load_str(
            r#"{"bookmarks":["jaeger"],"decisions":{"jaeger":"adopted"}}"#,
            &index,
        );
        assert_eq!(loaded.problem, None);
        assert_eq!(loaded.prefs.bookmarks, strings(&["jaeger"]));
        assert_eq!(loaded.prefs.decision("jaeger"), Some(Decision::Adopted));
    }

    #[test]
    fn version_2_is_migrated_to_3_with_the_dataset_it_last_saw() {
        let index = fixture();
        // Before version 3 nothing recorded the dataset: such a browser saw the last
        // release without a changelog (or an older one).
        for raw in [
            r#"{"version":2,"bookmarks":["kubernetes"],"decisions":{},"compare":[],"settings":{}}"#,
            r#"{"version":1,"bookmarks":["kubernetes"]}"#,
            r#"{"bookmarks":["kubernetes"]}"#,
        ] {
            let loaded = load_str(raw, &index);
            assert_eq!(loaded.problem, None, "{raw}");
            assert_eq!(loaded.prefs.version, 3);
            assert_eq!(
                loaded.prefs.last_seen_data.as_deref(),
                Some(PRE_CHANGELOG_DATA),
                "{raw}"
            );
            assert_eq!(loaded.prefs.bookmarks, strings(&["kubernetes"]));
        }
        // Version 3 keeps what it recorded, and writes it back.
        let prefs = Prefs {
            last_seen_data: Some("2026-12-01".into()),
            ..Prefs::default()
        };
        let json = prefs.to_json();
        assert!(
            json.contains("\"version\":3") && json.contains("\"last_seen_data\":\"2026-12-01\"")
        );
        assert_eq!(load_str(&json, &index).prefs, prefs);
        // Not recorded, or unreadable, in version 3: not known (a first visit), no problem.
        for raw in [
            r#"{"version":3,"bookmarks":[]}"#,
            r#"{"version":3,"last_seen_data":null}"#,
            r#"{"version":3,"last_seen_data":7}"#,
            r#"{"version":3,"last_seen_data":"2026-13-01"}"#,
        ] {
            let loaded = load_str(raw, &index);
            assert_eq!(loaded.prefs.last_seen_data, None, "{raw}");
            assert_eq!(loaded.problem, None, "{raw}");
        }
        // An import file never sets it: it belongs to this browser.
        let text = r#"{"version":3,"bookmarks":["kubernetes"],"last_seen_data":"2020-01-01"}"#;
        assert_eq!(
            crate::prefs::parse_import(text, &index).map(|(p, _)| p.last_seen_data),
            Ok(None)
        );
        assert_eq!(
            crate::prefs::parse_import(r#"{"version":2,"bookmarks":[]}"#, &index)
                .map(|(p, _)| p.last_seen_data),
            Ok(None)
        );
    }

    #[test]
    fn a_newer_version_keeps_what_is_readable() {
        let index = fixture();
        let raw = r#"{"version":4,"bookmarks":["kubernetes",{"new":"shape"}],
                      "decisions":{"jaeger":{"status":"adopted","note":"n","since":"2030"}},
                      "tray":["x"]}"#;
        let loaded = load_str(raw, &index);
        assert_eq!(loaded.problem, Some(LoadProblem::UnknownVersion(4)));
        assert!(loaded.needs_backup());
        assert_eq!(loaded.prefs.version, VERSION);
        assert_eq!(loaded.prefs.bookmarks, strings(&["kubernetes"]));
        assert_eq!(
            loaded.prefs.decisions.get("jaeger"),
            Some(&entry(Some(Decision::Adopted), "n"))
        );
    }

    #[test]
    fn aliases_map_to_current_ids_and_unknown_ids_are_kept() {
        let index = fixture();
        let raw = r#"{"version":2,
            "bookmarks":["prom","gone-project","otel"],
            "decisions":{"prom":{"status":"adopted","note":""},
                         "gone-project":{"status":"rejected","note":"was nice"}},
            "compare":["otel","gone-project"]}"#;
        let loaded = load_str(raw, &index);
        assert_eq!(loaded.problem, None);
        let p = &loaded.prefs;
        assert_eq!(
            p.bookmarks,
            strings(&["prometheus", "gone-project", "opentelemetry"])
        );
        assert_eq!(p.decision("prometheus"), Some(Decision::Adopted));
        assert_eq!(
            p.decisions.get("gone-project"),
            Some(&entry(Some(Decision::Rejected), "was nice"))
        );
        assert!(!p.decisions.contains_key("prom"));
        assert_eq!(p.compare, strings(&["opentelemetry", "gone-project"]));
    }

    #[test]
    fn duplicates_collapse_after_resolving_aliases() {
        let index = fixture();
        let raw = r#"{"version":2,
            "bookmarks":["prometheus","prom","kubernetes","prometheus","kubernetes"],
            "decisions":{"prom":{"status":"rejected","note":"old note"},
                         "prometheus":{"status":"adopted","note":""},
                         "otel":{"status":"evaluating","note":"alias note"},
                         "opentelemetry":{"status":null,"note":"current note"}},
            "compare":["otel","opentelemetry","prom","kubernetes","jaeger","fluentd"]}"#;
        let loaded = load_str(raw, &index);
        let p = &loaded.prefs;
        assert_eq!(p.bookmarks, strings(&["prometheus", "kubernetes"]));
        // The current id's entry wins; the alias's entry fills what it lacks.
        assert_eq!(
            p.decisions.get("prometheus"),
            Some(&entry(Some(Decision::Adopted), "old note"))
        );
        assert_eq!(
            p.decisions.get("opentelemetry"),
            Some(&entry(Some(Decision::Evaluating), "current note"))
        );
        assert_eq!(p.decisions.len(), 2);
        assert_eq!(
            p.compare,
            strings(&["opentelemetry", "prometheus", "kubernetes", "jaeger"])
        );
        // Only the fifth distinct compare id was lost.
        assert_eq!(loaded.problem, Some(LoadProblem::PartlyUnreadable(1)));
    }

    #[test]
    fn typed_reading_would_lose_a_whole_file() {
        // Why storage.rs reads saved state as raw text, not with a typed `get`: one bad
        // entry makes serde refuse everything, while `load` keeps the rest (and the raw text
        // is what the backup must hold).
        let raw = r#"{"version":2,"bookmarks":["kubernetes",7],"decisions":{}}"#;
        assert!(serde_json::from_str::<Prefs>(raw).is_err());
        assert_eq!(
            load_str(raw, &fixture()).prefs.bookmarks,
            strings(&["kubernetes"])
        );
    }

    #[test]
    fn backups_must_be_raw_text() {
        // Why storage.rs writes backups with `set_item`: a typed write of the text stores
        // it JSON-quoted, so the backup would no longer be the original.
        let raw = "{\"version\":2,\"bookmarks\":[\"kub";
        assert_ne!(serde_json::to_string(raw).ok().as_deref(), Some(raw));
    }

    #[test]
    fn what_is_stored_is_what_serde_writes() {
        // storage.rs stores `Prefs` through a typed `set` (serde_json::to_string); the
        // export must be the same bytes.
        let p = crate::prefs::tests::sample();
        assert_eq!(serde_json::to_string(&p).ok(), Some(p.to_json()));
        assert_eq!(load_str(&p.to_json(), &fixture()).prefs, p);
    }
}
