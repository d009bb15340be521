//! The user's private state (bookmarks, decisions, compare tray, settings): types, versioned
//! JSON format, tolerant loading with migrations, import/merge and export. Pure; the browser
//! edge is `storage.rs`.

use crate::catalog::{Catalog, Indexed, Lang};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Current schema version of the stored JSON.
pub const VERSION: u32 = 2;

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
}

impl Default for Prefs {
    fn default() -> Prefs {
        Prefs {
            version: VERSION,
            bookmarks: Vec::new(),
            decisions: BTreeMap::new(),
            compare: Vec::new(),
            settings: Settings::default(),
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
    let _ = (raw, index);
    Loaded {
        prefs: Prefs::default(),
        problem: None,
    }
}

impl Prefs {
    /// The canonical JSON form: what is stored and exported (deterministic).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.bookmarks.iter().any(|b| b == id)
    }

    pub fn toggle_bookmark(&mut self, id: &str) {
        let _ = id;
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

    pub fn set_decision(&mut self, id: &str, decision: Option<Decision>) {
        let _ = (id, decision);
    }

    pub fn set_note(&mut self, id: &str, note: &str) {
        let _ = (id, note);
    }
}

/// Why an import was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    NotJson(String),
    WrongSchema(String),
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
pub fn parse_import(text: &str, index: &Indexed) -> Result<(Prefs, Vec<String>), ImportError> {
    let _ = (text, index);
    Err(ImportError::WrongSchema(String::new()))
}

/// `incoming` merged into `current`: union of bookmarks, incoming decisions win.
pub fn merge(current: &Prefs, incoming: &Prefs) -> Prefs {
    let _ = incoming;
    current.clone()
}

pub fn preview(current: &Prefs, next: &Prefs, unknown_ids_dropped: Vec<String>) -> ImportPreview {
    let _ = (current, next);
    ImportPreview {
        unknown_ids_dropped,
        ..ImportPreview::default()
    }
}

/// A readable "my stack" summary for a team document.
pub fn export_markdown(prefs: &Prefs, catalog: &Catalog, lang: Lang) -> String {
    let _ = (prefs, catalog, lang);
    String::new()
}

/// How many projects of a stage (primary stage) carry each decision.
pub fn stage_progress(
    prefs: &Prefs,
    catalog: &Catalog,
    stage_id: &str,
) -> BTreeMap<Decision, usize> {
    let _ = (prefs, catalog, stage_id);
    BTreeMap::new()
}
