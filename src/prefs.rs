//! The user's private state (bookmarks, decisions, compare tray, settings): types, versioned
//! JSON format, tolerant loading with migrations, import/merge and export. Pure; the browser
//! edge is `storage.rs`.

use crate::catalog::{Catalog, Indexed, Lang, Project};
use crate::compare::MAX_COMPARED;
use crate::i18n::K;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Current schema version of the stored JSON.
pub const VERSION: u32 = 3;

/// Version 3 added `last_seen_data`. Saved state from before it was written by an app whose
/// dataset was at most this old (the last `as_of` shipped without a changelog), so that is
/// what such a browser last saw.
pub const PRE_CHANGELOG_DATA: &str = "2026-11-26";

/// The longest note kept, in characters.
pub const NOTE_MAX_CHARS: usize = 500;
/// The largest import file accepted, in bytes.
pub const IMPORT_MAX_BYTES: usize = 1024 * 1024;
/// The most bookmarks, and the most decisions, an import file may hold.
pub const IMPORT_MAX_ENTRIES: usize = 5_000;

/// Every localStorage key the app uses. Documented in the README; never rename.
pub mod storage_keys {
    /// The saved state (JSON, see `Prefs`).
    pub const PREFS: &str = "trailmap:prefs";
    /// Prefix for backups of unreadable saved state: `trailmap:backup:<n>`.
    pub const BACKUP_PREFIX: &str = "trailmap:backup:";
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Considering,
    Evaluating,
    Adopted,
    Rejected,
}

impl Decision {
    pub const ALL: [Decision; 4] = [
        Decision::Considering,
        Decision::Evaluating,
        Decision::Adopted,
        Decision::Rejected,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Decision::Considering => "considering",
            Decision::Evaluating => "evaluating",
            Decision::Adopted => "adopted",
            Decision::Rejected => "rejected",
        }
    }

    pub fn from_id(id: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.id() == id)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    Light,
    Dark,
}

/// A decision about one project, with an optional note (always rendered as text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionEntry {
    pub status: Option<Decision>,
    pub note: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Option<Lang>,
    pub theme: Option<Theme>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    pub version: u32,
    /// Bookmarked project ids, in the order they were added.
    pub bookmarks: Vec<String>,
    pub decisions: BTreeMap<String, DecisionEntry>,
    /// The compare tray, in column order (at most `compare::MAX_COMPARED`).
    pub compare: Vec<String>,
    pub settings: Settings,
    /// The dataset `as_of` this browser last acknowledged (the "what changed" panel lists the
    /// changelog entries after it). `None`: not known yet, treated as the current dataset.
    pub last_seen_data: Option<String>,
}

impl Default for Prefs {
    fn default() -> Prefs {
        Prefs {
            version: VERSION,
            bookmarks: Vec::new(),
            decisions: BTreeMap::new(),
            compare: Vec::new(),
            settings: Settings::default(),
            last_seen_data: None,
        }
    }
}

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

/// A note as it is stored: control characters other than newline removed, trimmed, and
/// at most `NOTE_MAX_CHARS` characters. Idempotent.
pub fn clean_note(note: &str) -> String {
    let kept: String = note
        .chars()
        .filter(|&c| c == '\n' || !c.is_control())
        .collect();
    let capped: String = kept.trim().chars().take(NOTE_MAX_CHARS).collect();
    capped.trim_end().to_string()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Saved state: count what can't be read, keep unknown ids.
    Tolerant,
    /// An import file: refuse what can't be read, drop unknown ids.
    Strict,
}

/// Reads the body of a stored or exported prefs object, in either mode.
struct Reader<'a> {
    index: &'a Indexed,
    mode: Mode,
    skipped: usize,
    dropped: Vec<String>,
    dropped_seen: HashSet<String>,
}

impl<'a> Reader<'a> {
    fn new(index: &'a Indexed, mode: Mode) -> Reader<'a> {
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

fn read_body(obj: &Map<String, Value>, r: &mut Reader) -> Result<Prefs, ImportError> {
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
        theme: match o.get("theme").and_then(Value::as_str) {
            Some("light") => Some(Theme::Light),
            Some("dark") => Some(Theme::Dark),
            _ => None,
        },
    }
}

impl Prefs {
    /// The canonical JSON form: what is stored and exported (deterministic: struct fields in
    /// declaration order, decisions sorted by id).
    pub fn to_json(&self) -> String {
        match serde_json::to_string_pretty(self) {
            Ok(json) => json,
            // Unreachable for these types; an empty current-version object stays loadable.
            Err(_) => format!("{{\"version\":{VERSION}}}"),
        }
    }

    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.bookmarks.iter().any(|b| b == id)
    }

    /// Add `id` at the end, or remove it when it is already bookmarked.
    pub fn toggle_bookmark(&mut self, id: &str) {
        match self.bookmarks.iter().position(|b| b == id) {
            Some(pos) => {
                self.bookmarks.remove(pos);
            }
            None => self.bookmarks.push(id.to_string()),
        }
    }

    pub fn decision(&self, id: &str) -> Option<Decision> {
        self.decisions.get(id).and_then(|d| d.status)
    }

    pub fn note(&self, id: &str) -> &str {
        self.decisions
            .get(id)
            .map(|d| d.note.as_str())
            .unwrap_or("")
    }

    /// Set or clear (`None`) the status; the note stays. An entry with neither is removed.
    pub fn set_decision(&mut self, id: &str, decision: Option<Decision>) {
        match self.decisions.get_mut(id) {
            Some(entry) => {
                entry.status = decision;
                if entry.note.is_empty() && entry.status.is_none() {
                    self.decisions.remove(id);
                }
            }
            None => {
                if decision.is_some() {
                    self.decisions.insert(
                        id.to_string(),
                        DecisionEntry {
                            status: decision,
                            note: String::new(),
                        },
                    );
                }
            }
        }
    }

    /// Set the note (cleaned by `clean_note`); the status stays. An entry with neither is
    /// removed.
    pub fn set_note(&mut self, id: &str, note: &str) {
        let note = clean_note(note);
        match self.decisions.get_mut(id) {
            Some(entry) => {
                entry.note = note;
                if entry.note.is_empty() && entry.status.is_none() {
                    self.decisions.remove(id);
                }
            }
            None => {
                if !note.is_empty() {
                    self.decisions
                        .insert(id.to_string(), DecisionEntry { status: None, note });
                }
            }
        }
    }
}

/// Why an import was refused. Structured, so the message is built in the UI language
/// (`ImportError::message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Over `IMPORT_MAX_BYTES`, or more than `IMPORT_MAX_ENTRIES` bookmarks or decisions.
    TooLarge,
    /// Not JSON; where the parser gave up (1-based; 0 when unknown).
    NotJson {
        line: usize,
        column: usize,
    },
    WrongSchema(SchemaProblem),
}

/// A list field of the export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Bookmarks,
    Compare,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Bookmarks => "bookmarks",
            Field::Compare => "compare",
        }
    }
}

/// What about a JSON file makes it not a Trail Map export. Ids taken from the file are
/// shortened (`SHOWN_ID_CHARS`): they are shown to the user, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaProblem {
    NotAnObject,
    NoVersion,
    VersionNotANumber,
    UnsupportedVersion(u64),
    NotAList(Field),
    NotAnId(Field),
    DecisionsNotAnObject,
    EmptyDecisionId,
    UnknownStatus(String),
    NoteNotText(String),
    DecisionUnreadable(String),
}

/// The most characters of a file's id an error message repeats.
pub const SHOWN_ID_CHARS: usize = 40;

fn shown_id(id: &str) -> String {
    let mut out: String = id
        .chars()
        .filter(|c| !c.is_control())
        .take(SHOWN_ID_CHARS)
        .collect();
    if id.chars().count() > SHOWN_ID_CHARS {
        out.push('…');
    }
    out
}

impl ImportError {
    /// The reason, in `lang`, for the user (follows `K::ImportRejected`).
    pub fn message(&self, lang: Lang) -> String {
        let quoted = |k: K, what: &str| format!("{} “{what}”", k.get(lang));
        match self {
            ImportError::TooLarge => K::ImportTooLarge.get(lang).to_string(),
            ImportError::NotJson { line, column } if *line > 0 => format!(
                "{} ({})",
                K::ImportNotJson.get(lang),
                match lang {
                    Lang::Ko => format!("{line}행 {column}열"),
                    Lang::En => format!("line {line}, column {column}"),
                }
            ),
            ImportError::NotJson { .. } => K::ImportNotJson.get(lang).to_string(),
            ImportError::WrongSchema(problem) => {
                let detail = match problem {
                    SchemaProblem::NotAnObject => K::ImportNotAnObject.get(lang).to_string(),
                    SchemaProblem::NoVersion => K::ImportNoVersion.get(lang).to_string(),
                    SchemaProblem::VersionNotANumber => {
                        K::ImportVersionNotNumber.get(lang).to_string()
                    }
                    SchemaProblem::UnsupportedVersion(v) => format!(
                        "{} {v} ({} 1–{VERSION})",
                        K::ImportUnsupportedVersion.get(lang),
                        K::ImportSupportedVersions.get(lang)
                    ),
                    SchemaProblem::NotAList(f) => quoted(K::ImportNotAList, f.name()),
                    SchemaProblem::NotAnId(f) => quoted(K::ImportNotAnId, f.name()),
                    SchemaProblem::DecisionsNotAnObject => {
                        quoted(K::ImportDecisionsNotObject, "decisions")
                    }
                    SchemaProblem::EmptyDecisionId => {
                        K::ImportEmptyDecisionId.get(lang).to_string()
                    }
                    SchemaProblem::UnknownStatus(id) => quoted(K::ImportUnknownStatus, id),
                    SchemaProblem::NoteNotText(id) => quoted(K::ImportNoteNotText, id),
                    SchemaProblem::DecisionUnreadable(id) => {
                        quoted(K::ImportDecisionUnreadable, id)
                    }
                };
                format!("{} {detail}", K::ImportWrongSchema.get(lang))
            }
        }
    }
}

/// What applying an import would change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPreview {
    pub bookmarks_added: Vec<String>,
    pub bookmarks_removed: Vec<String>,
    pub decisions_changed: Vec<String>,
    pub unknown_ids_dropped: Vec<String>,
}

/// Parse an export file strictly enough to refuse garbage, leniently enough to accept older
/// versions; notes are cleaned (control characters removed, length capped).
///
/// Returns the prefs to apply (replace, or `merge` into the current ones) and the ids the
/// dataset doesn't know, which were left out (each once, in order of appearance).
pub fn parse_import(text: &str, index: &Indexed) -> Result<(Prefs, Vec<String>), ImportError> {
    if text.len() > IMPORT_MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    // Some editors save JSON with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Value::Object(obj) = value else {
        return Err(ImportError::WrongSchema(SchemaProblem::NotAnObject));
    };
    match obj.get("version").map(Value::as_u64) {
        None => return Err(ImportError::WrongSchema(SchemaProblem::NoVersion)),
        Some(None) => return Err(ImportError::WrongSchema(SchemaProblem::VersionNotANumber)),
        Some(Some(v)) if v == 0 || v > u64::from(VERSION) => {
            return Err(ImportError::WrongSchema(SchemaProblem::UnsupportedVersion(
                v,
            )))
        }
        Some(Some(_)) => {}
    }
    let mut reader = Reader::new(index, Mode::Strict);
    let prefs = read_body(&obj, &mut reader)?;
    Ok((prefs, reader.dropped))
}

/// `incoming` merged into `current`: union of bookmarks, incoming decisions win.
/// Bookmarks keep the current order, then the new ones in incoming order; the compare
/// tray and settings are the current ones.
pub fn merge(current: &Prefs, incoming: &Prefs) -> Prefs {
    let mut next = current.clone();
    next.version = VERSION;
    let mut seen: HashSet<&str> = current.bookmarks.iter().map(String::as_str).collect();
    for id in &incoming.bookmarks {
        if seen.insert(id.as_str()) {
            next.bookmarks.push(id.clone());
        }
    }
    for (id, entry) in &incoming.decisions {
        next.decisions.insert(id.clone(), entry.clone());
    }
    next
}

/// What going from `current` to `next` changes; every list sorted.
pub fn preview(current: &Prefs, next: &Prefs, unknown_ids_dropped: Vec<String>) -> ImportPreview {
    let before: HashSet<&str> = current.bookmarks.iter().map(String::as_str).collect();
    let after: HashSet<&str> = next.bookmarks.iter().map(String::as_str).collect();
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v.dedup();
        v
    };
    let bookmarks_added = sorted(
        next.bookmarks
            .iter()
            .filter(|id| !before.contains(id.as_str()))
            .cloned()
            .collect(),
    );
    let bookmarks_removed = sorted(
        current
            .bookmarks
            .iter()
            .filter(|id| !after.contains(id.as_str()))
            .cloned()
            .collect(),
    );
    let decisions_changed = sorted(
        current
            .decisions
            .keys()
            .chain(next.decisions.keys())
            .filter(|id| current.decisions.get(*id) != next.decisions.get(*id))
            .cloned()
            .collect(),
    );
    ImportPreview {
        bookmarks_added,
        bookmarks_removed,
        decisions_changed,
        unknown_ids_dropped,
    }
}

/// The order of the groups in the Markdown summary.
const MARKDOWN_ORDER: [Decision; 4] = [
    Decision::Adopted,
    Decision::Evaluating,
    Decision::Considering,
    Decision::Rejected,
];

/// The UI string for a decision status.
pub fn decision_key(decision: Decision) -> K {
    match decision {
        Decision::Considering => K::DecisionConsidering,
        Decision::Evaluating => K::DecisionEvaluating,
        Decision::Adopted => K::DecisionAdopted,
        Decision::Rejected => K::DecisionRejected,
    }
}

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
        out.push_str(&match lang {
            Lang::Ko => format!(
                "\n## {}{}: {}\n",
                stage.step,
                K::Step.get(lang),
                stage.title.get(lang)
            ),
            Lang::En => format!(
                "\n## {} {}: {}\n",
                K::Step.get(lang),
                stage.step,
                stage.title.get(lang)
            ),
        });
        let groups = MARKDOWN_ORDER
            .iter()
            .map(|&d| (Some(d), K::get(decision_key(d), lang)))
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
            let status = prefs.decision(id).map(|d| decision_key(d).get(lang));
            md_item(&mut out, name, status, prefs.note(id));
        }
    }
    if prefs.bookmarks.is_empty() && prefs.decisions.is_empty() {
        out.push_str(&format!("\n{}\n", K::MdNothingSaved.get(lang)));
    }
    out
}

/// How many projects of a stage (primary stage) carry each decision. Every decision is a
/// key, zero included.
pub fn stage_progress(
    prefs: &Prefs,
    catalog: &Catalog,
    stage_id: &str,
) -> BTreeMap<Decision, usize> {
    let mut counts: BTreeMap<Decision, usize> = Decision::ALL.iter().map(|&d| (d, 0)).collect();
    for p in catalog.projects_in_stage(stage_id) {
        if let Some(d) = prefs.decision(&p.id) {
            *counts.entry(d).or_insert(0) += 1;
        }
    }
    counts
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    fn text(s: &str) -> Value {
        json!({ "ko": format!("{s} (ko)"), "en": s })
    }

    fn project(id: &str, stage: &str, status: &str, extra: Value) -> Value {
        let mut p = json!({
            "id": id,
            "name": format!("Name of {id}"),
            "stage": stage,
            "also_in": [],
            "on_map_2020": null,
            "cncf": { "status": status, "accepted": "2018-01-02", "incubating": null,
                      "graduated": null, "archived": null },
            "language": "Go",
            "license": "Apache-2.0",
            "homepage": format!("https://{id}.example/"),
            "repo": format!("https://github.com/example/{id}"),
            "first_release": 2016,
            "origin": text(&format!("origin of {id}")),
            "tagline": text("t"),
            "what": text(&format!("what {id} is")),
            "why": text(&format!("why {id}")),
            "features": [text(&format!("feature of {id}"))],
            "caveats": [],
            "use_cases": [],
            "tags": [],
            "related": [],
            "sources": ["https://example.org/"]
        });
        if let (Value::Object(p), Value::Object(extra)) = (&mut p, extra) {
            p.extend(extra);
        }
        p
    }

    /// A small dataset with aliases, shared by the tests of `prefs` and `compare`.
    pub(crate) fn fixture() -> Indexed {
        let stage = |id: &str, step: u8| {
            json!({ "id": id, "step": step, "optional": step > 3, "title": text(&format!("Stage {id}")),
                    "summary": text("s"), "guidance": [] })
        };
        let catalog = json!({
            "schema_version": 1,
            "as_of": "2026-01-01",
            "map": { "name": "m", "version": "v", "url": "https://example.org/" },
            "cloud_native": text("cn"),
            "help": [],
            "tags": [
                { "id": "monitoring", "label": text("Monitoring") },
                { "id": "tracing", "label": text("Tracing") },
                { "id": "logging", "label": text("Logging") }
            ],
            // Out of step order on purpose: output follows `step`.
            "stages": [stage("observability", 4), stage("containerization", 1), stage("orchestration", 3)],
            "projects": [
                project("containerd", "containerization", "graduated", json!({})),
                project("kubernetes", "orchestration", "graduated", json!({
                    "on_map_2020": { "step": 3, "badge": "graduated" },
                    "cncf": { "status": "graduated", "accepted": "2016-03-10", "incubating": null,
                              "graduated": "2018-03-06", "archived": null }
                })),
                project("prometheus", "observability", "graduated", json!({
                    "aliases": ["prom"], "tags": ["monitoring"],
                    "on_map_2020": { "step": 4, "badge": "graduated" }
                })),
                project("jaeger", "observability", "graduated", json!({
                    "tags": ["tracing"],
                    "related": [{ "id": "opentracing", "kind": "implements" }]
                })),
                project("opentracing", "observability", "archived", json!({
                    "language": null,
                    "related": [{ "id": "otel", "kind": "successor" },
                                { "id": "jaeger", "kind": "complements" }]
                })),
                project("opentelemetry", "observability", "incubating", json!({
                    "aliases": ["otel"], "also_in": ["orchestration"], "tags": ["tracing", "logging"]
                })),
                project("fluentd", "observability", "graduated", json!({
                    "language": "Ruby", "license": "Apache-2.0", "tags": ["logging"],
                    "related": [{ "id": "containerd", "kind": "alternative" }]
                })),
            ],
            "comparisons": []
        });
        match serde_json::from_value::<Catalog>(catalog) {
            Ok(c) => Indexed::new(c),
            Err(e) => panic!("test fixture does not match the schema: {e}"),
        }
    }

    fn load_str(raw: &str, index: &Indexed) -> Loaded {
        load(Some(raw), index)
    }

    fn entry(status: Option<Decision>, note: &str) -> DecisionEntry {
        DecisionEntry {
            status,
            note: note.to_string(),
        }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
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
        assert!(p.to_json().contains("\"version\": 3"));

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
            json.contains("\"version\": 3") && json.contains("\"last_seen_data\": \"2026-12-01\"")
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
            parse_import(text, &index).map(|(p, _)| p.last_seen_data),
            Ok(None)
        );
        assert_eq!(
            parse_import(r#"{"version":2,"bookmarks":[]}"#, &index).map(|(p, _)| p.last_seen_data),
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
    fn bookmarks_toggle_in_order() {
        let mut p = Prefs::default();
        p.toggle_bookmark("a");
        p.toggle_bookmark("b");
        p.toggle_bookmark("c");
        p.toggle_bookmark("b");
        assert_eq!(p.bookmarks, strings(&["a", "c"]));
        assert!(p.is_bookmarked("a") && !p.is_bookmarked("b"));
        p.toggle_bookmark("b");
        assert_eq!(p.bookmarks, strings(&["a", "c", "b"]));
    }

    #[test]
    fn decisions_and_notes_remove_empty_entries() {
        let mut p = Prefs::default();
        p.set_decision("k", None);
        assert!(p.decisions.is_empty());
        p.set_decision("k", Some(Decision::Adopted));
        p.set_note("k", "  because\r\n it\u{7} works \t ");
        assert_eq!(
            p.decisions.get("k"),
            Some(&entry(Some(Decision::Adopted), "because\n it works"))
        );
        p.set_decision("k", None);
        assert_eq!(
            p.decisions.get("k"),
            Some(&entry(None, "because\n it works"))
        );
        p.set_note("k", "   ");
        assert!(p.decisions.is_empty());

        p.set_note("n", "note first");
        assert_eq!(p.decision("n"), None);
        assert_eq!(p.note("n"), "note first");
        p.set_decision("n", Some(Decision::Rejected));
        p.set_note("n", "");
        assert_eq!(
            p.decisions.get("n"),
            Some(&entry(Some(Decision::Rejected), ""))
        );
        p.set_decision("n", None);
        assert!(p.decisions.is_empty());
    }

    #[test]
    fn notes_are_capped_and_cleaning_is_idempotent() {
        let long = "가".repeat(NOTE_MAX_CHARS + 50);
        let cleaned = clean_note(&long);
        assert_eq!(cleaned.chars().count(), NOTE_MAX_CHARS);
        let edge = format!("{} x", "a".repeat(NOTE_MAX_CHARS - 1));
        let once = clean_note(&edge);
        assert_eq!(once, "a".repeat(NOTE_MAX_CHARS - 1));
        for s in [
            long.as_str(),
            edge.as_str(),
            " a\u{0}b\n\nc \u{1b}[31m ",
            "\u{85}x\u{9f}",
        ] {
            let once = clean_note(s);
            assert_eq!(clean_note(&once), once);
            assert!(once.chars().all(|c| c == '\n' || !c.is_control()));
        }
    }

    fn sample() -> Prefs {
        let mut p = Prefs::default();
        p.toggle_bookmark("prometheus");
        p.toggle_bookmark("kubernetes");
        p.toggle_bookmark("fluentd");
        p.set_decision("kubernetes", Some(Decision::Adopted));
        p.set_note("kubernetes", "Runs everything.\nSince 2019.");
        p.set_decision("jaeger", Some(Decision::Evaluating));
        p.set_decision("opentracing", Some(Decision::Rejected));
        p.set_note("opentracing", "Archived; use OpenTelemetry");
        p.set_decision("opentelemetry", Some(Decision::Considering));
        p.compare = strings(&["jaeger", "opentelemetry"]);
        p.settings.lang = Some(Lang::Ko);
        p
    }

    #[test]
    fn export_import_export_is_byte_for_byte_equal() {
        let index = fixture();
        let prefs = sample();
        let exported = prefs.to_json();
        assert_eq!(exported, sample().to_json(), "to_json is deterministic");
        let (imported, dropped) = match parse_import(&exported, &index) {
            Ok(r) => r,
            Err(e) => panic!("own export refused: {e:?}"),
        };
        assert!(dropped.is_empty());
        assert_eq!(imported, prefs);
        assert_eq!(imported.to_json(), exported);
        // And through storage.
        assert_eq!(load_str(&exported, &index).prefs.to_json(), exported);
    }

    #[test]
    fn import_refuses_large_files() {
        let index = fixture();
        let big = format!(
            r#"{{"version":2,"bookmarks":[],"pad":"{}"}}"#,
            "x".repeat(IMPORT_MAX_BYTES)
        );
        assert_eq!(parse_import(&big, &index), Err(ImportError::TooLarge));

        let many: Vec<String> = (0..=IMPORT_MAX_ENTRIES).map(|i| format!("p{i}")).collect();
        let text = json!({ "version": 2, "bookmarks": many }).to_string();
        assert!(text.len() < IMPORT_MAX_BYTES);
        assert_eq!(parse_import(&text, &index), Err(ImportError::TooLarge));
    }

    #[test]
    fn import_refuses_what_is_not_json() {
        let index = fixture();
        for text in ["", "hello", "{\"version\": 2", "<html></html>"] {
            assert!(
                matches!(parse_import(text, &index), Err(ImportError::NotJson { line, .. }) if line > 0),
                "{text:?}"
            );
        }
    }

    #[test]
    fn import_refuses_json_that_is_not_an_export() {
        let index = fixture();
        for text in [
            "[]",
            "\"text\"",
            "{}",
            r#"{"bookmarks":["kubernetes"]}"#,
            r#"{"version":"2","bookmarks":[]}"#,
            r#"{"version":0}"#,
            r#"{"version":4,"bookmarks":[]}"#,
            r#"{"version":2.5}"#,
            r#"{"version":2,"bookmarks":"kubernetes"}"#,
            r#"{"version":2,"bookmarks":["kubernetes",3]}"#,
            r#"{"version":2,"decisions":["kubernetes"]}"#,
            r#"{"version":2,"decisions":{"kubernetes":{"status":"loved"}}}"#,
            r#"{"version":2,"decisions":{"kubernetes":{"status":"adopted","note":7}}}"#,
            r#"{"version":1,"decisions":{"kubernetes":"maybe"}}"#,
        ] {
            assert!(
                matches!(parse_import(text, &index), Err(ImportError::WrongSchema(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn import_errors_are_told_in_the_ui_language() {
        let index = fixture();
        let hangul = |s: &str| s.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c));
        let long_id = "x".repeat(SHOWN_ID_CHARS * 3);
        let hostile =
            json!({ "version": 2, "decisions": { long_id.clone(): { "status": "nope" } } });
        let cases = [
            "{\"version\": 2",
            "[]",
            "{}",
            r#"{"version":"2"}"#,
            r#"{"version":4}"#,
            r#"{"version":2,"bookmarks":"kubernetes"}"#,
            r#"{"version":2,"compare":[1]}"#,
            r#"{"version":2,"decisions":[]}"#,
            r#"{"version":2,"decisions":{" ":"adopted"}}"#,
            r#"{"version":2,"decisions":{"jaeger":"loved"}}"#,
            r#"{"version":2,"decisions":{"jaeger":{"status":null,"note":1}}}"#,
            r#"{"version":2,"decisions":{"jaeger":7}}"#,
        ];
        let mut seen = HashSet::new();
        for text in cases
            .iter()
            .map(|t| t.to_string())
            .chain([hostile.to_string()])
        {
            let err = match parse_import(&text, &index) {
                Err(e) => e,
                Ok(_) => panic!("accepted: {text}"),
            };
            let (ko, en) = (err.message(Lang::Ko), err.message(Lang::En));
            assert!(hangul(&ko) && !hangul(&en), "{text}: {ko} / {en}");
            assert!(ko.chars().count() < 200 && en.chars().count() < 200, "{en}");
            assert!(seen.insert(en.clone()), "two problems read the same: {en}");
        }
        let big = "x".repeat(IMPORT_MAX_BYTES + 1);
        let too_large = parse_import(&big, &index).err();
        assert_eq!(too_large, Some(ImportError::TooLarge));
        assert!(hangul(&ImportError::TooLarge.message(Lang::Ko)));
        let shown = shown_id(&long_id);
        assert_eq!(shown.chars().count(), SHOWN_ID_CHARS + 1);
        assert_eq!(
            parse_import(&hostile.to_string(), &index),
            Err(ImportError::WrongSchema(SchemaProblem::UnknownStatus(
                shown
            )))
        );
    }

    #[test]
    fn import_accepts_version_1_and_drops_unknown_ids() {
        let index = fixture();
        let text = r#"{"version":1,"bookmarks":["kubernetes","nope","prom","nope","kubernetes"],
                       "decisions":{"otel":"adopted","nope":"rejected","zzz":"considering"}}"#;
        let (prefs, dropped) = match parse_import(text, &index) {
            Ok(r) => r,
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(prefs.bookmarks, strings(&["kubernetes", "prometheus"]));
        assert_eq!(prefs.decision("opentelemetry"), Some(Decision::Adopted));
        assert_eq!(prefs.decisions.len(), 1);
        assert_eq!(dropped, strings(&["nope", "zzz"]));
    }

    #[test]
    fn imported_notes_keep_html_as_text_and_lose_control_characters() {
        let index = fixture();
        let text = json!({
            "version": 2,
            "decisions": {
                "kubernetes": { "status": "adopted",
                                "note": "<script>alert(1)</script> & <b>bold</b>\u{0}\u{7}\r\nok  " },
                "jaeger": { "status": null, "note": "x".repeat(NOTE_MAX_CHARS * 2) }
            }
        })
        .to_string();
        let (prefs, _) = match parse_import(&text, &index) {
            Ok(r) => r,
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(
            prefs.note("kubernetes"),
            "<script>alert(1)</script> & <b>bold</b>\nok"
        );
        assert_eq!(prefs.note("jaeger").chars().count(), NOTE_MAX_CHARS);
    }

    #[test]
    fn merge_keeps_current_order_and_incoming_decisions_win() {
        let mut current = Prefs {
            bookmarks: strings(&["a", "b"]),
            ..Prefs::default()
        };
        current.set_decision("a", Some(Decision::Adopted));
        current.set_decision("b", Some(Decision::Considering));
        current.compare = strings(&["a"]);
        current.settings.theme = Some(Theme::Light);
        let mut incoming = Prefs {
            bookmarks: strings(&["c", "a", "d"]),
            ..Prefs::default()
        };
        incoming.set_decision("b", Some(Decision::Rejected));
        incoming.set_note("c", "new");
        incoming.compare = strings(&["c", "d"]);
        incoming.settings.theme = Some(Theme::Dark);

        let merged = merge(&current, &incoming);
        assert_eq!(merged.bookmarks, strings(&["a", "b", "c", "d"]));
        assert_eq!(merged.decision("a"), Some(Decision::Adopted));
        assert_eq!(merged.decision("b"), Some(Decision::Rejected));
        assert_eq!(merged.note("c"), "new");
        assert_eq!(merged.compare, current.compare);
        assert_eq!(merged.settings, current.settings);

        let pv = preview(&current, &merged, strings(&["x"]));
        assert_eq!(pv.bookmarks_added, strings(&["c", "d"]));
        assert!(pv.bookmarks_removed.is_empty());
        assert_eq!(pv.decisions_changed, strings(&["b", "c"]));
        assert_eq!(pv.unknown_ids_dropped, strings(&["x"]));

        // Replacing: what is not in the file goes away.
        let pv = preview(&current, &incoming, Vec::new());
        assert_eq!(pv.bookmarks_added, strings(&["c", "d"]));
        assert_eq!(pv.bookmarks_removed, strings(&["b"]));
        assert_eq!(pv.decisions_changed, strings(&["a", "b", "c"]));
        assert_eq!(
            preview(&current, &current, Vec::new()),
            ImportPreview::default()
        );
    }

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

    #[test]
    fn progress_counts_decisions_by_primary_stage() {
        let index = fixture();
        let mut prefs = sample();
        prefs.set_decision("prometheus", Some(Decision::Adopted));
        prefs.set_decision("gone-project", Some(Decision::Adopted));
        let obs = stage_progress(&prefs, &index.catalog, "observability");
        assert_eq!(obs.get(&Decision::Adopted), Some(&1));
        assert_eq!(obs.get(&Decision::Evaluating), Some(&1));
        assert_eq!(obs.get(&Decision::Considering), Some(&1));
        assert_eq!(obs.get(&Decision::Rejected), Some(&1));
        // opentelemetry is also in orchestration, but counts only where it is primary.
        let orch = stage_progress(&prefs, &index.catalog, "orchestration");
        assert_eq!(orch.get(&Decision::Adopted), Some(&1));
        assert_eq!(orch.get(&Decision::Considering), Some(&0));
        let none = stage_progress(&prefs, &index.catalog, "no-such-stage");
        assert!(none.values().all(|&n| n == 0) && none.len() == 4);
    }
}
