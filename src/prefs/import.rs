//! Import files: read strictly (refuse what is not an export, drop unknown ids), then
//! merged into or replacing the saved state, with a preview of what changes.

use super::load::{read_body, Mode, Reader};
use super::{Prefs, IMPORT_MAX_BYTES, VERSION};
use crate::catalog::{Indexed, Lang};
use crate::i18n::K;
use crate::text::shorten;
use serde_json::Value;
use std::collections::HashSet;

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

/// An id from a file as an error message repeats it: shortened, control characters dropped.
pub(super) fn shown_id(id: &str) -> String {
    shorten(id, SHOWN_ID_CHARS)
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

impl ImportPreview {
    /// What the import changes, as a sentence: "3 bookmarks added, 1 bookmark removed,
    /// 4 decisions changed." / "북마크 3개 추가, 북마크 1개 제거, 결정 4개 변경." Counts of
    /// zero are left out; with none at all it says that nothing changes. (The unknown ids a
    /// file held are listed apart, by name.)
    pub fn sentence(&self, lang: Lang) -> String {
        let counts = [
            (self.bookmarks_added.len(), Change::BookmarksAdded),
            (self.bookmarks_removed.len(), Change::BookmarksRemoved),
            (self.decisions_changed.len(), Change::DecisionsChanged),
        ];
        let parts: Vec<String> = counts
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, change)| change.phrase(n, lang))
            .collect();
        if parts.is_empty() {
            return K::ImportNothingChanges.get(lang).to_string();
        }
        format!("{}.", parts.join(", "))
    }
}

/// One kind of change an import preview counts.
#[derive(Clone, Copy)]
enum Change {
    BookmarksAdded,
    BookmarksRemoved,
    DecisionsChanged,
}

impl Change {
    /// "1 bookmark added", "3 bookmarks added" / "북마크 3개 추가" (Korean has no plural).
    fn phrase(self, n: usize, lang: Lang) -> String {
        match lang {
            Lang::Ko => {
                let (noun, verb) = match self {
                    Change::BookmarksAdded => ("북마크", "추가"),
                    Change::BookmarksRemoved => ("북마크", "제거"),
                    Change::DecisionsChanged => ("결정", "변경"),
                };
                format!("{noun} {n}개 {verb}")
            }
            Lang::En => {
                let (one, many, verb) = match self {
                    Change::BookmarksAdded => ("bookmark", "bookmarks", "added"),
                    Change::BookmarksRemoved => ("bookmark", "bookmarks", "removed"),
                    Change::DecisionsChanged => ("decision", "decisions", "changed"),
                };
                format!("{n} {} {verb}", if n == 1 { one } else { many })
            }
        }
    }
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

fn sorted(ids: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = ids.collect();
    v.sort();
    v.dedup();
    v
}

/// What going from `current` to `next` changes; every list sorted.
pub fn preview(current: &Prefs, next: &Prefs, unknown_ids_dropped: Vec<String>) -> ImportPreview {
    // The ids of `from` that `to` lacks, sorted and once each.
    let missing = |from: &[String], to: &[String]| {
        let to: HashSet<&str> = to.iter().map(String::as_str).collect();
        sorted(from.iter().filter(|id| !to.contains(id.as_str())).cloned())
    };
    let bookmarks_added = missing(&next.bookmarks, &current.bookmarks);
    let bookmarks_removed = missing(&current.bookmarks, &next.bookmarks);
    let decisions_changed = sorted(
        current
            .decisions
            .keys()
            .chain(next.decisions.keys())
            .filter(|id| current.decisions.get(*id) != next.decisions.get(*id))
            .cloned(),
    );
    ImportPreview {
        bookmarks_added,
        bookmarks_removed,
        decisions_changed,
        unknown_ids_dropped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::load;
    use crate::prefs::tests::{fixture, sample, strings};
    use crate::prefs::{Decision, Theme, IMPORT_MAX_ENTRIES, NOTE_MAX_CHARS};
    use serde_json::json;

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
        assert_eq!(load(Some(&exported), &index).prefs.to_json(), exported);
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
    fn previews_read_as_sentences_with_the_right_number() {
        let ids = |n: usize| (0..n).map(|i| format!("p{i}")).collect::<Vec<_>>();
        let pv = |added, removed, changed| ImportPreview {
            bookmarks_added: ids(added),
            bookmarks_removed: ids(removed),
            decisions_changed: ids(changed),
            unknown_ids_dropped: ids(2),
        };
        assert_eq!(
            pv(3, 0, 4).sentence(Lang::En),
            "3 bookmarks added, 4 decisions changed."
        );
        assert_eq!(
            pv(3, 0, 4).sentence(Lang::Ko),
            "북마크 3개 추가, 결정 4개 변경."
        );
        assert_eq!(
            pv(1, 1, 1).sentence(Lang::En),
            "1 bookmark added, 1 bookmark removed, 1 decision changed."
        );
        assert_eq!(pv(0, 2, 0).sentence(Lang::Ko), "북마크 2개 제거.");
        assert_eq!(pv(0, 0, 2).sentence(Lang::En), "2 decisions changed.");
        assert_eq!(pv(0, 0, 0).sentence(Lang::En), "Nothing changes.");
        assert_eq!(pv(0, 0, 0).sentence(Lang::Ko), "바뀌는 것이 없습니다.");
        // From a real preview: merging adds, replacing may also remove.
        let current = Prefs {
            bookmarks: strings(&["a", "b"]),
            ..Prefs::default()
        };
        let incoming = Prefs {
            bookmarks: strings(&["c"]),
            ..Prefs::default()
        };
        let merged = preview(&current, &merge(&current, &incoming), Vec::new());
        assert_eq!(merged.sentence(Lang::En), "1 bookmark added.");
        let replaced = preview(&current, &incoming, Vec::new());
        assert_eq!(
            replaced.sentence(Lang::En),
            "1 bookmark added, 2 bookmarks removed."
        );
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
}
