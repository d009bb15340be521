//! Outside input never panics and what the app keeps from it is stable: query strings, compare
//! ids, project ids from the path, saved state from localStorage and import files, all against
//! the bundled dataset. `print(parse(x))` must be a fixed point: reading back what the app
//! writes changes nothing and reports nothing.

use proptest::prelude::*;
use serde_json::{Map, Number, Value};
use trailmap::catalog::bundled;
use trailmap::compare::{parse_ids, MAX_COMPARED};
use trailmap::prefs::{self, Prefs};
use trailmap::query::{lang_param, pairs, TrailQuery, MAX_Q_CHARS};

/// Pieces of hostile or mangled URL text, written raw (not encoded) into a query string.
const URL_PIECES: &[&str] = &[
    "%",
    "%2",
    "%ZZ",
    "%%",
    "%C3%28",
    "%FF",
    "%FE%FF",
    "%E0%A4",
    "%ED%A0%80",
    "%F0%9F%98",
    "%00",
    "%0A",
    "%252C",
    "%25252F",
    "%2C%2C",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "<script>window.__pwned=1</script>",
    "javascript:alert(1)",
    "\"><img src=x onerror=alert(1)>",
    "'\"`",
    "&",
    "=",
    "+",
    ",",
    "?",
    "#",
    "observability",
    "CI-CD",
    "graduated",
    "Sandbox",
    "go",
    "Apache-2.0 OR MIT",
    "apache-2.0+or+mit",
    "gitops",
    "prometheus",
    "otel",
    "ko",
    "EN",
    "1",
    "true",
    "쿠버네티스",
    "\u{FFFD}",
    "\u{0}",
    "🙂",
    "../../etc/passwd",
];

const KEYS: &[&str] = &[
    "q",
    "stage",
    "maturity",
    "language",
    "license",
    "tag",
    "saved",
    "lang",
    "ids",
    "diff",
    "Q",
    "q ",
    "%71",
    "",
    "x",
    "__proto__",
    "q[]",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(URL_PIECES).prop_map(str::to_string),
        2 => "[a-zA-Z0-9%,+&=_ -]{0,24}",
        1 => any::<String>(),
        1 => (1usize..3).prop_map(|n| "x".repeat(n * 5_000)),
    ]
}

fn value() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..4).prop_map(|v| v.concat())
}

/// A raw query string: repeated keys, empty values, bare keys, junk between pairs.
fn hostile_query() -> impl Strategy<Value = String> {
    let pair = (prop::sample::select(KEYS), value(), any::<bool>()).prop_map(|(k, v, bare)| {
        if bare {
            k.to_string()
        } else {
            format!("{k}={v}")
        }
    });
    (any::<bool>(), prop::collection::vec(pair, 0..10))
        .prop_map(|(mark, pairs)| format!("{}{}", if mark { "?" } else { "" }, pairs.join("&")))
}

/// Ids as they appear in links, files and storage: real ones, aliases, odd spellings, junk.
fn id_text() -> impl Strategy<Value = String> {
    let ids: Vec<String> = bundled()
        .catalog
        .projects
        .iter()
        .map(|p| p.id.clone())
        .collect();
    prop_oneof![
        3 => prop::sample::select(ids),
        1 => prop::sample::select(vec![
            "otel", "OTEL", " prometheus ", "Kubernetes", "container-network-interface", "",
            " ", "<b>x</b>", "javascript:alert(1)", "%FF", "\u{0}", "쿠버네티스",
        ])
        .prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn trail_queries_never_panic_and_print_stably(s in hostile_query()) {
        let index = bundled();
        let _ = pairs(&s);
        let _ = lang_param(&s);
        let (q, _) = TrailQuery::parse(&s, index);
        prop_assert!(q.q.chars().count() <= MAX_Q_CHARS);
        let printed = q.to_search();
        let (back, ignored) = TrailQuery::parse(&printed, index);
        prop_assert_eq!(&ignored, &vec![]);
        prop_assert_eq!(&back, &q);
        prop_assert_eq!(back.to_search(), printed);
    }

    #[test]
    fn compare_ids_never_panic_and_print_stably(
        parts in prop::collection::vec(prop_oneof![id_text(), piece()], 0..12),
        sep in prop::sample::select(vec![",", ",,", " , ", "%2C"]),
    ) {
        let index = bundled();
        let raw = parts.join(sep);
        let (ids, _) = parse_ids(&raw, index);
        prop_assert!(ids.len() <= MAX_COMPARED);
        for id in &ids {
            prop_assert!(index.catalog.projects.iter().any(|p| &p.id == id));
        }
        // What the page writes back (`ids=a,b`) reads as the same selection, silently.
        prop_assert_eq!(parse_ids(&ids.join(","), index), (ids, vec![]));
    }

    #[test]
    fn project_lookups_by_any_id_never_panic(id in prop_oneof![id_text(), piece()]) {
        let index = bundled();
        if let Some(canonical) = index.canonical_id(&id) {
            prop_assert_eq!(index.canonical_id(canonical), Some(canonical));
        }
    }

    #[test]
    fn saved_state_loads_without_panic_and_reloads_unchanged(raw in saved_text()) {
        let index = bundled();
        let first = prefs::load(Some(&raw), index);
        let stored = first.prefs.to_json();
        let again = prefs::load(Some(&stored), index);
        prop_assert_eq!(again.problem, None);
        prop_assert_eq!(&again.prefs, &first.prefs);
        prop_assert_eq!(again.prefs.to_json(), stored);
    }

    #[test]
    fn import_files_never_panic_and_exports_reimport_stably(raw in saved_text()) {
        let index = bundled();
        let _ = prefs::parse_import(&raw, index);
        // An export of whatever was loaded imports cleanly (unknown ids are dropped), and
        // exporting that again is a fixed point.
        let exported = prefs::load(Some(&raw), index).prefs.to_json();
        let imported = prefs::parse_import(&exported, index);
        prop_assert!(imported.is_ok(), "{:?}", imported);
        if let Ok((p, _)) = imported {
            let once = p.to_json();
            let twice = prefs::parse_import(&once, index).map(|(p, _)| p.to_json());
            prop_assert_eq!(twice.ok(), Some(once));
        }
    }
}

#[test]
fn prefs_default_round_trips() {
    let stored = Prefs::default().to_json();
    let loaded = prefs::load(Some(&stored), bundled());
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.prefs, Prefs::default());
}

#[test]
fn deeply_nested_saved_state_is_unreadable_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let nested = format!("{{\"version\":2,\"bookmarks\":{deep}}}");
    for raw in [deep.as_str(), nested.as_str()] {
        let loaded = prefs::load(Some(raw), bundled());
        assert_eq!(loaded.prefs, Prefs::default());
        assert!(loaded.needs_backup());
        assert!(prefs::parse_import(raw, bundled()).is_err());
    }
}

#[test]
fn long_and_mangled_urls_parse_to_defaults_with_reports() {
    let index = bundled();
    let long = "x".repeat(10_000);
    let (q, ignored) = TrailQuery::parse(&format!("?stage={long}&tag=%FF&lang=%C3%28"), index);
    assert!(q.is_unfiltered() && q.lang.is_none());
    assert_eq!(ignored.len(), 3);
    let (q, _) = TrailQuery::parse(&format!("?q={long}"), index);
    assert_eq!(q.q.chars().count(), MAX_Q_CHARS);
    let (ids, _) = parse_ids(&format!("{long},%FF,<script>"), index);
    assert!(ids.is_empty());
}

// ---- generators for saved state (localStorage text and import files) ----------------------

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        any::<u64>().prop_map(|n| Value::Number(n.into())),
        (-1e12f64..1e12).prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
        id_text().prop_map(Value::String),
        prop::sample::select(vec![
            "considering",
            "evaluating",
            "adopted",
            "rejected",
            "Adopted",
            "maybe",
            "light",
            "dark",
            "ko",
            "en",
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((id_text(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

fn decision() -> impl Strategy<Value = Value> {
    let note = prop_oneof![
        Just(Value::Null),
        any::<String>().prop_map(Value::String),
        Just(Value::String(
            "<img src=x onerror=alert(1)>\n\u{7}".to_string()
        )),
        Just(Value::String("n".repeat(2_000))),
        leaf(),
    ];
    prop_oneof![
        leaf(),
        (leaf(), note).prop_map(|(status, note)| {
            let mut o = Map::new();
            o.insert("status".to_string(), status);
            o.insert("note".to_string(), note);
            Value::Object(o)
        }),
        any_json(),
    ]
}

fn id_list() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => prop::collection::vec(prop_oneof![4 => id_text().prop_map(Value::String), 1 => leaf()], 0..10)
            .prop_map(Value::Array),
        1 => any_json(),
    ]
}

/// A prefs-shaped object with wrong types, unknown ids and versions, as JSON text.
fn prefs_object() -> impl Strategy<Value = String> {
    let version = prop_oneof![
        prop::sample::select(vec![0u64, 1, 2, 3, u64::MAX]).prop_map(|n| Value::Number(n.into())),
        leaf(),
    ];
    let decisions = prop_oneof![
        4 => prop::collection::vec((id_text(), decision()), 0..8)
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        1 => any_json(),
    ];
    let settings = prop_oneof![
        (leaf(), leaf()).prop_map(|(lang, theme)| {
            let mut o = Map::new();
            o.insert("lang".to_string(), lang);
            o.insert("theme".to_string(), theme);
            Value::Object(o)
        }),
        any_json(),
    ];
    let fields = (
        prop::option::of(version),
        prop::option::of(id_list()),
        prop::option::of(decisions),
        prop::option::of(id_list()),
        prop::option::of(settings),
        prop::option::of(any_json()),
    );
    fields.prop_map(|(v, b, d, c, s, junk)| {
        let mut o = Map::new();
        for (key, value) in [
            ("version", v),
            ("bookmarks", b),
            ("decisions", d),
            ("compare", c),
            ("settings", s),
            ("extra", junk),
        ] {
            if let Some(value) = value {
                o.insert(key.to_string(), value);
            }
        }
        Value::Object(o).to_string()
    })
}

/// Text as found under `trailmap:prefs` or in an import file: mostly prefs-shaped objects,
/// sometimes cut short or not JSON at all.
fn saved_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prefs_object(),
        1 => (prefs_object(), any::<prop::sample::Index>()).prop_map(|(s, at)| {
            let cut = at.index(s.len() + 1);
            let cut = (0..=cut).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
            s[..cut].to_string()
        }),
        1 => any_json().prop_map(|v| v.to_string()),
        1 => any::<String>(),
    ]
}

/// No raw HTML from data or user input: the only HTML sink in the app is the panic page's
/// static markup. Leptos' `inner_html=` attribute, `set_inner_html` and friends are searched
/// for in every source file.
#[test]
fn no_raw_html_sinks_outside_the_panic_page() {
    const SINKS: [&str; 5] = [
        "inner_html",
        "outer_html",
        "insert_adjacent_html",
        "document.write",
        "create_contextual_fragment",
    ];
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            panic!("cannot read {}", dir.display());
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 10, "found only {files:?}");
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for sink in SINKS {
                if code.contains(sink) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    let allowed =
        |f: &String| f.contains("panic_page.rs") && f.contains("set_inner_html(PANIC_HTML)");
    let bad: Vec<&String> = found.iter().filter(|f| !allowed(f)).collect();
    assert!(bad.is_empty(), "raw HTML sinks: {bad:#?}");
    assert_eq!(
        found.len(),
        1,
        "the panic page's static markup is the one sink"
    );
}
