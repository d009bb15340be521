//! Validation of `data/landscape.json` against the curated dataset, the generator's
//! determinism, and the landscape search on the real 2,413 items.
//!
//! The generator checks need python3 and the flattened landscape copy
//! (`../shared/landscape/items.json`, or `TRAILMAP_LANDSCAPE=<path>`); without them they say so
//! and check only the committed file (in CI, set `CI` to make their absence a failure).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use trailmap::catalog;
use trailmap::landscape::{Index, LandscapeQuery, ELSEWHERE, STAGE_VALUES};

const FILE: &str = include_str!("../data/landscape.json");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn index() -> Index {
    Index::from_json(FILE).expect("data/landscape.json loads")
}

fn ids(ix: &Index, q: &str) -> Vec<String> {
    let (query, _) = LandscapeQuery::parse(q, ix);
    let r = ix.results(&query, &ix.scores(&query.q));
    r.groups
        .iter()
        .flat_map(|g| g.items.iter().map(|&i| ix.data.items[i].id.clone()))
        .collect()
}

#[test]
fn file_is_valid() {
    let ix = index();
    assert_eq!(ix.problems(), Vec::<String>::new());
    assert!(ix.len() >= 2_400, "only {} items", ix.len());
    assert_eq!(ix.data.schema_version, 1);
    assert_eq!(ix.data.source.license, "Apache-2.0");
    assert!(root().join("data/LANDSCAPE-LICENSE").is_file());
}

#[test]
fn ids_are_unique_across_both_sets() {
    let ix = index();
    let cat = catalog::catalog();
    let mut seen = HashSet::new();
    for it in &ix.data.items {
        assert!(seen.insert(it.id.as_str()), "{} repeats", it.id);
    }
    // A landscape id that is a curated id is that project; none is a curated alias.
    let aliases: HashSet<&str> = cat
        .projects
        .iter()
        .flat_map(|p| p.aliases.iter().map(String::as_str))
        .collect();
    for it in &ix.data.items {
        assert!(
            !aliases.contains(it.id.as_str()),
            "{} is a curated alias",
            it.id
        );
        if let Some(p) = cat.projects.iter().find(|p| p.id == it.id) {
            assert_eq!(it.stage, p.stage, "{}: curated stage", it.id);
            assert_eq!(it.maturity, p.maturity(), "{}: maturity", it.id);
        }
    }
}

#[test]
fn every_curated_project_is_found_or_explained() {
    let ix = index();
    let absent: HashSet<&str> = ix
        .data
        .curated_absent
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    for a in &ix.data.curated_absent {
        assert!(!a.reason.trim().is_empty(), "{}: no reason", a.id);
    }
    let mut problems = Vec::new();
    for p in &catalog::catalog().projects {
        match (ix.item(&p.id).is_some(), absent.contains(p.id.as_str())) {
            (true, true) => problems.push(format!("{}: found but listed as absent", p.id)),
            (false, false) => problems.push(format!("{}: not in the landscape data", p.id)),
            _ => {}
        }
    }
    for id in &absent {
        if catalog::bundled().project(id).is_none() {
            problems.push(format!("{id}: listed as absent but not a curated project"));
        }
    }
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn every_subcategory_is_mapped_or_explicitly_elsewhere() {
    let ix = index();
    let mut n = 0;
    for c in &ix.data.categories {
        assert!(!c.subcategories.is_empty(), "{} has no subcategories", c.id);
        for s in &c.subcategories {
            assert!(
                STAGE_VALUES.contains(&s.stage.as_str()),
                "{}: {}",
                s.id,
                s.stage
            );
            assert!(s.id.starts_with(&format!("{}--", c.id)), "{}", s.id);
            n += 1;
        }
    }
    assert!(n >= 70, "{n} subcategories");
    // Items follow their subcategory, except curated projects and the documented overrides.
    let curated: HashSet<&str> = catalog::catalog()
        .projects
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    let overrides = ["sigstore", "syft"];
    for (i, it) in ix.data.items.iter().enumerate() {
        let mapped = &ix.subcategory_of(i).stage;
        if !curated.contains(it.id.as_str()) && !overrides.contains(&it.id.as_str()) {
            assert_eq!(&it.stage, mapped, "{}", it.id);
        }
    }
    // Nothing is dropped: every stage and "elsewhere" has items.
    for s in STAGE_VALUES {
        assert!(ix.data.items.iter().any(|it| it.stage == s), "{s} is empty");
    }
    assert!(
        ix.data
            .items
            .iter()
            .filter(|it| it.stage == ELSEWHERE)
            .count()
            > 100
    );
}

#[test]
fn summary_matches_the_data() {
    let ix = index();
    let s = trailmap::landscape::summary().expect("data/landscape-summary.json loads");
    assert_eq!(s.total, ix.len());
    assert_eq!(s.snapshot, ix.data.source.snapshot);
    assert_eq!(s.more.len(), 10);
    for (stage, n) in &s.more {
        let expected = ix.more_in_stage(stage, |id| catalog::bundled().project(id).is_some());
        assert_eq!(*n, expected, "{stage}");
        assert_eq!(trailmap::landscape::more_in_landscape(stage), expected);
    }
}

#[test]
fn search_over_the_real_landscape() {
    let ix = index();
    assert_eq!(ids(&ix, "?q=prometheus")[0], "prometheus");
    assert_eq!(ids(&ix, "?q=promethues")[0], "prometheus");
    assert_eq!(ids(&ix, "?q=kubernetes")[0], "kubernetes");
    assert_eq!(ids(&ix, "?q=zipkin")[0], "zipkin");
    // Korean queries match the Korean category names, with or without spaces.
    let mesh = ids(&ix, "?q=서비스 메시");
    assert!(mesh.contains(&"istio".to_string()) && mesh.contains(&"linkerd".to_string()));
    assert_eq!(ids(&ix, "?q=서비스메시"), mesh);
    assert!(ids(&ix, "?q=스토리지").contains(&"rook".to_string()));
    // Filters combine: graduated observability projects only.
    let grad = ids(&ix, "?stage=observability&maturity=graduated");
    assert!(grad.contains(&"prometheus".to_string()));
    for id in &grad {
        let it = ix.item(id).unwrap();
        assert_eq!(
            (it.stage.as_str(), it.maturity.id()),
            ("observability", "graduated")
        );
    }
    // Unfiltered: every item, and the stage counts add up.
    let (q, _) = LandscapeQuery::parse("", &ix);
    let r = ix.results(&q, &ix.scores(""));
    assert_eq!(r.total, ix.len());
    assert_eq!(r.stage_counts.iter().sum::<usize>(), ix.len());
    assert_eq!(r.maturity_counts.iter().sum::<usize>(), ix.len());
}

fn landscape_copy() -> Option<PathBuf> {
    let path = std::env::var_os("TRAILMAP_LANDSCAPE")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/landscape/items.json"));
    let python = Command::new("python3").arg("--version").output().is_ok();
    if path.is_file() && python {
        return Some(path);
    }
    let msg = format!(
        "python3 or the landscape copy ({}) is missing",
        path.display()
    );
    assert!(std::env::var_os("CI").is_none(), "{msg}");
    eprintln!("note: {msg}; checking only the committed file");
    None
}

#[test]
fn generator_is_deterministic_and_the_file_is_current() {
    let Some(items) = landscape_copy() else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("trailmap-landscape-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut outs = Vec::new();
    for n in 0..2 {
        let out = dir.join(format!("run{n}.json"));
        let status = Command::new("python3")
            .arg(root().join("scripts/gen_landscape.py"))
            .arg(&items)
            .arg("--out")
            .arg(&out)
            .status()
            .expect("python3 runs");
        assert!(status.success(), "gen_landscape.py failed");
        outs.push(std::fs::read(&out).unwrap());
        let summary = std::fs::read(dir.join(format!("run{n}-summary.json"))).unwrap();
        assert!(
            summary == std::fs::read(root().join("data/landscape-summary.json")).unwrap(),
            "data/landscape-summary.json is out of date"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(outs[0] == outs[1], "two runs gave different bytes");
    assert!(
        outs[0] == FILE.as_bytes(),
        "data/landscape.json is out of date: run python3 scripts/gen_landscape.py"
    );
}

#[test]
fn brotli_size_is_within_budget() {
    let Ok(child) = Command::new("brotli")
        .args(["-c", "-q", "11"])
        .arg(root().join("data/landscape.json"))
        .output()
    else {
        eprintln!("note: no brotli CLI; size not checked");
        return;
    };
    assert!(child.status.success());
    let size = child.stdout.len();
    assert!(
        size <= 120_000,
        "data/landscape.json is {size} bytes brotli"
    );
}
