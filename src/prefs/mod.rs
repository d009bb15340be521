//! The user's private state (bookmarks, decisions, compare tray, settings): its types and
//! the rules every change follows. Pure; the browser edge is `storage.rs`.
//!
//! - `load`: reading saved state tolerantly, with migrations;
//! - `import`: reading an export file strictly, merging and previewing it;
//! - `export`: the Markdown summary (the JSON export is `Prefs::to_json`);
//! - `progress`: the progress bars of the saved page.

mod export;
mod import;
mod load;
mod progress;

pub use export::{export_markdown, md_text, ExportContext};
pub use import::{
    merge, parse_import, preview, Field, ImportError, ImportPreview, SchemaProblem, SHOWN_ID_CHARS,
};
pub use load::{load, LoadProblem, Loaded};
pub use progress::{progress_bars, Bar};

use crate::catalog::{Catalog, Lang};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

impl Theme {
    /// Every choice the theme menu offers; `None` follows the system.
    pub const CHOICES: [Option<Theme>; 3] = [None, Some(Theme::Light), Some(Theme::Dark)];

    /// The spelling of a choice in `data-theme`, the menu and the saved JSON.
    pub fn id_of(theme: Option<Theme>) -> &'static str {
        match theme {
            None => "system",
            Some(Theme::Light) => "light",
            Some(Theme::Dark) => "dark",
        }
    }

    /// The choice spelled `id`; anything unknown follows the system.
    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::CHOICES
            .into_iter()
            .flatten()
            .find(|t| Theme::id_of(Some(*t)) == id)
    }
}

/// Something about saved data the user must be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// Storage can't be used: changes live in memory only.
    Unavailable,
    /// A write failed (quota): the previous saved state is intact.
    Full,
    /// Some saved data was unreadable; the original was backed up.
    Recovered,
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

impl Prefs {
    /// The canonical JSON form: what is stored and exported, byte for byte (deterministic:
    /// struct fields in declaration order, decisions sorted by id). It is what serde writes,
    /// so a typed storage write (`storage.rs`) stores exactly this.
    pub fn to_json(&self) -> String {
        match serde_json::to_string(self) {
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
        self.edit_decision(id, |entry| entry.status = decision);
    }

    /// Set the note (cleaned by `clean_note`); the status stays. An entry with neither is
    /// removed.
    pub fn set_note(&mut self, id: &str, note: &str) {
        let note = clean_note(note);
        self.edit_decision(id, |entry| entry.note = note);
    }

    /// Change the decision entry of `id` (an empty one when there is none); an entry left
    /// with neither status nor note is removed.
    fn edit_decision(&mut self, id: &str, change: impl FnOnce(&mut DecisionEntry)) {
        let mut entry = self.decisions.remove(id).unwrap_or(DecisionEntry {
            status: None,
            note: String::new(),
        });
        change(&mut entry);
        if entry.status.is_some() || !entry.note.is_empty() {
            self.decisions.insert(id.to_string(), entry);
        }
    }

    /// Every saved project id: the bookmarks in order, then ids with only a decision.
    pub fn saved_ids(&self) -> Vec<String> {
        let mut ids = self.bookmarks.clone();
        for id in self.decisions.keys() {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }

    /// Forget `id`: its bookmark and its decision (the compare tray is not saved data).
    pub fn forget(&mut self, id: &str) {
        self.bookmarks.retain(|b| b != id);
        self.decisions.remove(id);
    }

    /// An import that replaces everything: the file's data with this browser's settings
    /// and last-seen dataset (they belong to the browser, not to the file).
    pub fn replaced_by(&self, incoming: &Prefs) -> Prefs {
        Prefs {
            settings: self.settings.clone(),
            last_seen_data: self.last_seen_data.clone(),
            ..incoming.clone()
        }
    }

    /// Everything cleared except this browser's settings and last-seen dataset.
    pub fn cleared(&self) -> Prefs {
        Prefs {
            settings: self.settings.clone(),
            last_seen_data: self.last_seen_data.clone(),
            ..Prefs::default()
        }
    }
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
    pub(crate) use crate::test_catalog::{small as fixture, strings};

    pub(crate) fn entry(status: Option<Decision>, note: &str) -> DecisionEntry {
        DecisionEntry {
            status,
            note: note.to_string(),
        }
    }

    pub(crate) fn sample() -> Prefs {
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

    #[test]
    fn saved_ids_are_bookmarks_then_decisions_once_each() {
        let p = sample();
        assert_eq!(
            p.saved_ids(),
            strings(&[
                "prometheus",
                "kubernetes",
                "fluentd",
                "jaeger",
                "opentelemetry",
                "opentracing"
            ])
        );
        assert!(Prefs::default().saved_ids().is_empty());
    }

    #[test]
    fn forgetting_an_id_drops_its_bookmark_and_decision_only() {
        let mut p = sample();
        p.forget("kubernetes");
        assert!(!p.is_bookmarked("kubernetes"));
        assert_eq!(p.decision("kubernetes"), None);
        assert_eq!(p.note("kubernetes"), "");
        assert!(p.is_bookmarked("prometheus"));
        assert_eq!(p.decision("jaeger"), Some(Decision::Evaluating));
        p.forget("jaeger");
        assert_eq!(p.decision("jaeger"), None);
        assert_eq!(p.compare, strings(&["jaeger", "opentelemetry"]));
        p.forget("never-saved");
        assert_eq!(p.bookmarks, strings(&["prometheus", "fluentd"]));
    }

    #[test]
    fn replacing_keeps_this_browsers_settings() {
        let mut mine = sample();
        mine.last_seen_data = Some("2026-11-26".into());
        let mut file = Prefs {
            last_seen_data: Some("2020-01-01".into()),
            ..Prefs::default()
        };
        file.toggle_bookmark("jaeger");
        file.settings.lang = Some(Lang::En);
        file.settings.theme = Some(Theme::Dark);
        file.compare = strings(&["jaeger"]);
        let next = mine.replaced_by(&file);
        assert_eq!(next.bookmarks, strings(&["jaeger"]));
        assert!(next.decisions.is_empty());
        assert_eq!(next.compare, strings(&["jaeger"]));
        assert_eq!(next.settings, mine.settings);
        assert_eq!(next.last_seen_data.as_deref(), Some("2026-11-26"));
    }

    #[test]
    fn clearing_keeps_settings_and_nothing_else() {
        let mut mine = sample();
        mine.settings.theme = Some(Theme::Light);
        mine.last_seen_data = Some("2026-11-26".into());
        let cleared = mine.cleared();
        assert_eq!(cleared.settings, mine.settings);
        assert_eq!(cleared.last_seen_data, mine.last_seen_data);
        assert!(cleared.saved_ids().is_empty());
        assert!(cleared.compare.is_empty());
        assert_eq!(
            Prefs {
                settings: Settings::default(),
                last_seen_data: None,
                ..cleared
            },
            Prefs::default()
        );
    }

    #[test]
    fn theme_ids_round_trip() {
        for t in Theme::CHOICES {
            assert_eq!(Theme::from_id(Theme::id_of(t)), t);
        }
        assert_eq!(Theme::from_id("blue"), None);
    }
}
