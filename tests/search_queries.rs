//! The search relevance table: real queries in both languages and the project each must put
//! first, on the bundled dataset. The same table (`tests/fixtures/search_queries.json`) drives
//! the browser test `end2end/tests/search.spec.ts`.
//!
//! Each row: `q`; `top`, the ids any of which may come first (several when they tie in
//! kind, such as two service meshes); optional `suggest` ("Did you mean"), `compare` and
//! `curated` (the comparison offer), and `outside` (a landscape project outside the curated
//! set, whose name the empty state shows).

use serde_json::Value;
use trailmap::catalog::catalog;
use trailmap::search::bundled_index;

const TABLE: &str = include_str!("fixtures/search_queries.json");

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_query_of_the_table_puts_the_expected_project_first() {
    let rows: Vec<Value> = serde_json::from_str(TABLE).expect("valid table");
    assert!(rows.len() >= 40, "the table keeps at least 40 queries");
    let korean = rows
        .iter()
        .filter(|r| {
            r["q"]
                .as_str()
                .is_some_and(|q| q.chars().any(|c| c > '\u{1100}'))
        })
        .count();
    assert!(korean >= 15, "at least 15 Korean queries, found {korean}");
    let mut failures = Vec::new();
    for row in &rows {
        let q = row["q"].as_str().expect("q");
        let o = bundled_index().search(q);
        let ranked: Vec<&str> = o
            .ranked()
            .into_iter()
            .map(|i| catalog().projects[i].id.as_str())
            .collect();
        let top = strings(&row["top"]);
        if !top.is_empty() && !ranked.first().is_some_and(|f| top.iter().any(|t| t == f)) {
            failures.push(format!(
                "{q:?}: expected one of {top:?} first, got {:?}",
                &ranked[..ranked.len().min(5)]
            ));
        }
        if let Some(s) = row["suggest"].as_str() {
            let got = o.suggestion.as_ref().map(|s| s.query.as_str());
            if got != Some(s) {
                failures.push(format!("{q:?}: expected suggestion {s:?}, got {got:?}"));
            }
        } else if let Some(s) = &o.suggestion {
            failures.push(format!("{q:?}: unexpected suggestion {s:?}"));
        }
        let compare = strings(&row["compare"]);
        let got = o
            .compare
            .as_ref()
            .map(|c| c.ids.clone())
            .unwrap_or_default();
        if compare != got {
            failures.push(format!("{q:?}: expected compare {compare:?}, got {got:?}"));
        }
        let curated = row["curated"].as_str();
        let got = o.compare.as_ref().and_then(|c| c.curated.as_deref());
        if curated != got {
            failures.push(format!("{q:?}: expected curated {curated:?}, got {got:?}"));
        }
        let outside = row["outside"].as_str();
        if outside != o.outside.as_deref() {
            failures.push(format!(
                "{q:?}: expected outside {outside:?}, got {:?}",
                o.outside
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// The complaints of issue 18, as numbers: loose queries no longer match most projects.
#[test]
fn loose_queries_stay_narrow() {
    let n = catalog().projects.len();
    let count = |q: &str| bundled_index().search(q).ranked().len();
    assert!(
        count("prom") * 2 < n,
        "prom matched {} of {n}",
        count("prom")
    );
    for q in ["loki", "tempo", "wasm", "otel"] {
        assert!(count(q) <= 5, "{q} matched {} projects", count(q));
    }
    let mesh: Vec<String> = bundled_index()
        .search("service mesh")
        .ranked()
        .into_iter()
        .map(|i| catalog().projects[i].id.clone())
        .collect();
    for unrelated in ["docker", "vitess", "kafka"] {
        assert!(
            !mesh.contains(&unrelated.to_string()),
            "service mesh → {unrelated}: {mesh:?}"
        );
    }
    // Too strict before: these found nothing.
    for q in ["k8s", "서비스메시", "프로메테우스", "카프카", "예거"] {
        assert!(count(q) > 0, "{q} found nothing");
    }
}
