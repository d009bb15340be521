//! The dataset's tests:
//!
//! 1. the bundled `data/trailmap.json` parses, passes every `validate` check, is big enough and
//!    holds the projects and comparisons the trail map needs;
//! 2. each check catches the mistake it exists for, shown by breaking a small valid fixture
//!    (`tests/fixtures/valid.json`) one way at a time;
//! 3. the CNCF maturity and dates agree with an independent copy of the CNCF landscape
//!    (`../shared/landscape/items.json` relative to the repository root).
//!
//! Environment:
//! - `TRAILMAP_DATASET=<path>`: also validate that file (e.g. a merge of `data/parts/` before it
//!   becomes `data/trailmap.json`) and cross-check it, instead of the bundled file, against the
//!   landscape.
//! - `TRAILMAP_LANDSCAPE=<path>`: where the landscape copy is, if not at the default place.
//! - `CI`: when set, a missing landscape copy is a failure instead of a note.

use serde_json::{json, Value};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use trailmap::catalog::{self, Catalog, Maturity};
use trailmap::validate::{check_names, validate, Problem};

// ---------------------------------------------------------------------------------------------
// 1. The bundled dataset
// ---------------------------------------------------------------------------------------------

/// Size floors for the real dataset. They live here, not in `validate`, so that fixtures can
/// stay small.
const MIN_PROJECTS: usize = 60;
const MIN_COMPARISONS: usize = 22;

/// Projects the trail map must have: the 2020 poster's projects and the modern additions.
const REQUIRED_IDS: [&str; 39] = [
    "argo",
    "kubernetes",
    "helm",
    "prometheus",
    "fluentd",
    "jaeger",
    "opentracing",
    "coredns",
    "envoy",
    "linkerd",
    "cni",
    "opa",
    "falco",
    "vitess",
    "rook",
    "etcd",
    "tikv",
    "grpc",
    "nats",
    "cloudevents",
    "harbor",
    "containerd",
    "cri-o",
    "notary",
    "tuf",
    "docker",
    "calico",
    "flannel",
    "weave-net",
    "opentelemetry",
    "istio",
    "flux",
    "cilium",
    "signoz",
    "grafana",
    "kustomize",
    "fluent-bit",
    "runc",
    "kata-containers",
];

/// Comparisons the trail map must offer; a comparison covers a set if it includes all of it.
const CURATED_COMPARISONS: [&[&str]; 9] = [
    &["jaeger", "opentracing"],
    &["envoy", "linkerd", "istio"],
    &["containerd", "cri-o"],
    &["argo", "flux"],
    &["fluentd", "fluent-bit"],
    &["calico", "flannel", "cilium"],
    &["vitess", "tikv"],
    &["grpc", "nats"],
    &["notary", "tuf"],
];

/// The projects teams expect on today's trail (issue 14): a CI engine, certificates, signing,
/// workload identity, infrastructure control planes, serverless, application runtimes, Kafka on
/// Kubernetes, backup and storage, image distribution, a daemonless engine, Gateway API ingress,
/// a developer portal and cost visibility.
const REQUIRED_IDS_2026: [&str; 20] = [
    "tekton",
    "backstage",
    "crossplane",
    "opentofu",
    "knative",
    "opencost",
    "envoy-gateway",
    "contour",
    "cert-manager",
    "spiffe",
    "spire",
    "velero",
    "longhorn",
    "cloudnativepg",
    "tidb",
    "strimzi",
    "dapr",
    "dragonfly",
    "podman",
    "sigstore",
];

/// The choices those projects bring, each a curated comparison.
const CURATED_COMPARISONS_2026: [&[&str]; 8] = [
    &["tekton", "argo"],
    &["sigstore", "notary"],
    &["velero", "longhorn", "cloudnativepg"],
    &["crossplane", "opentofu"],
    &["knative", "keda"],
    &["vitess", "tidb"],
    &["envoy-gateway", "contour"],
    &["docker", "podman"],
];

/// What the v20200501 poster showed, by step. Exactly these projects have `on_map_2020`.
const POSTER_2020: [(&str, u8); 25] = [
    ("argo", 2),
    ("kubernetes", 3),
    ("helm", 3),
    ("prometheus", 4),
    ("fluentd", 4),
    ("jaeger", 4),
    ("opentracing", 4),
    ("coredns", 5),
    ("envoy", 5),
    ("linkerd", 5),
    ("cni", 6),
    ("opa", 6),
    ("falco", 6),
    ("vitess", 7),
    ("rook", 7),
    ("etcd", 7),
    ("tikv", 7),
    ("grpc", 8),
    ("nats", 8),
    ("cloudevents", 8),
    ("harbor", 9),
    ("containerd", 9),
    ("cri-o", 9),
    ("notary", 10),
    ("tuf", 10),
];

/// What the v20200501 poster names in its text without a logo, by step: "commonly done with
/// Docker containers" (step 1) and "Calico, Flannel or Weave Net" (step 6). Exactly these
/// projects have `named_in_map_text_2020`.
const POSTER_TEXT_2020: [(&str, u8); 4] = [
    ("docker", 1),
    ("calico", 6),
    ("flannel", 6),
    ("weave-net", 6),
];

/// Projects whose official documentation has a Korean edition (checked 2026-12-01):
/// kubernetes.io/ko and helm.sh/ko. Each must carry it in `docs_ko`.
const KOREAN_DOCS: [(&str, &str); 2] = [
    ("kubernetes", "https://kubernetes.io/ko/"),
    ("helm", "https://helm.sh/ko/"),
];

/// Everything wrong with a dataset meant to ship: `validate`'s problems plus the size,
/// required-content and poster rules of the real trail map, one line each.
fn dataset_problems(c: &Catalog) -> Vec<String> {
    let mut out: Vec<String> = validate(c).iter().map(Problem::to_string).collect();
    if c.projects.len() < MIN_PROJECTS {
        out.push(format!(
            "counts: projects: {} projects, expected at least {MIN_PROJECTS}",
            c.projects.len()
        ));
    }
    if c.comparisons.len() < MIN_COMPARISONS {
        out.push(format!(
            "counts: comparisons: {} comparisons, expected at least {MIN_COMPARISONS}",
            c.comparisons.len()
        ));
    }
    let ids: HashSet<&str> = c.projects.iter().map(|p| p.id.as_str()).collect();
    for id in REQUIRED_IDS.iter().chain(REQUIRED_IDS_2026.iter()) {
        if !ids.contains(id) {
            out.push(format!("required-ids: {id}: project is missing"));
        }
    }
    for set in CURATED_COMPARISONS
        .iter()
        .chain(CURATED_COMPARISONS_2026.iter())
    {
        let covered = c
            .comparisons
            .iter()
            .any(|x| set.iter().all(|id| x.projects.iter().any(|p| p == id)));
        if !covered {
            out.push(format!(
                "curated-comparisons: {}: no comparison includes all of these projects",
                set.join("+")
            ));
        }
    }
    for p in &c.projects {
        let poster = POSTER_2020.iter().find(|(id, _)| *id == p.id);
        match (poster, &p.on_map_2020) {
            (Some((_, step)), Some(map)) if map.step != *step => out.push(format!(
                "poster-2020: {}: on_map_2020.step is {}, the poster shows it at step {step}",
                p.id, map.step
            )),
            (Some((_, step)), None) => out.push(format!(
                "poster-2020: {}: on_map_2020 is null, but the poster shows it at step {step}",
                p.id
            )),
            (None, Some(_)) => out.push(format!(
                "poster-2020: {}: on_map_2020 is set, but the poster does not show it",
                p.id
            )),
            _ => {}
        }
        let named = POSTER_TEXT_2020.iter().find(|(id, _)| *id == p.id);
        match (named, p.named_in_map_text_2020) {
            (Some((_, step)), Some(s)) if s != *step => out.push(format!(
                "poster-text-2020: {}: named_in_map_text_2020 is {s}, the poster names it at step {step}",
                p.id
            )),
            (Some((_, step)), None) => out.push(format!(
                "poster-text-2020: {}: the poster names it in the text of step {step}, but named_in_map_text_2020 is null",
                p.id
            )),
            (None, Some(_)) => out.push(format!(
                "poster-text-2020: {}: named_in_map_text_2020 is set, but the poster's text does not name it",
                p.id
            )),
            _ => {}
        }
    }
    for (id, prefix) in KOREAN_DOCS {
        let docs = c
            .projects
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.docs_ko.as_deref());
        if !docs.is_some_and(|d| d.starts_with(prefix)) {
            out.push(format!(
                "korean-docs: {id}: docs_ko should link its Korean documentation under {prefix}"
            ));
        }
    }
    out
}

fn assert_clean(label: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{label}: {} problem(s):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

fn load_file(path: &Path) -> Catalog {
    let json = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Catalog::from_json(&json)
        .unwrap_or_else(|e| panic!("{} does not match the schema: {e}", path.display()))
}

/// `TRAILMAP_DATASET`, if set: a dataset file to check besides the bundled one.
fn dataset_from_env() -> Option<(String, Catalog)> {
    let path = std::env::var_os("TRAILMAP_DATASET")?;
    let path = PathBuf::from(path);
    Some((path.display().to_string(), load_file(&path)))
}

#[test]
fn bundled_dataset_is_valid() {
    let bundled = catalog::bundled();
    assert_eq!(
        bundled.load_error, None,
        "data/trailmap.json does not match the schema"
    );
    assert_clean("data/trailmap.json", &dataset_problems(&bundled.catalog));
}

#[test]
fn dataset_file_from_env_is_valid() {
    let Some((label, c)) = dataset_from_env() else {
        eprintln!("note: TRAILMAP_DATASET not set; only the bundled dataset is checked");
        return;
    };
    assert_clean(&label, &dataset_problems(&c));
}

// ---------------------------------------------------------------------------------------------
// 2. Each check catches its mistake
// ---------------------------------------------------------------------------------------------

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/valid.json")).expect("valid.json is JSON")
}

fn parse(v: &Value) -> Catalog {
    Catalog::from_json(&v.to_string()).expect("the mutated fixture still matches the schema")
}

fn problems_of(v: &Value) -> Vec<Problem> {
    validate(&parse(v))
}

fn show(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("\n  {p}"))
        .collect::<String>()
}

/// Assert that `check` reported a problem for `id`.
fn assert_reports(problems: &[Problem], check: &str, id: &str) {
    assert!(
        problems.iter().any(|p| p.check == check && p.id == id),
        "expected a `{check}` problem for `{id}`, got:{}",
        show(problems)
    );
}

fn project<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["projects"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("fixture has no project {id}"))
}

fn stage<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["stages"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("fixture has no stage {id}"))
}

#[test]
fn fixture_is_valid() {
    let problems = problems_of(&fixture());
    assert!(problems.is_empty(), "valid.json:{}", show(&problems));
    // It exercises every stage and the interesting statuses and badges.
    let c = parse(&fixture());
    assert_eq!(c.stages.len(), 10);
    for m in Maturity::ALL {
        assert!(c.projects.iter().any(|p| p.maturity() == m), "{m:?}");
    }
}

#[test]
fn problems_read_check_id_message() {
    let mut v = fixture();
    project(&mut v, "alpha")["license"] = json!("Apache 2");
    let problems = problems_of(&v);
    assert_eq!(problems.len(), 1, "{}", show(&problems));
    assert_eq!(
        problems[0].to_string(),
        "license-spdx: alpha: license `Apache 2` is not a well-formed SPDX expression"
    );
}

/// One test per broken fixture: `broken!(name, check, id, |v| mutation)`.
macro_rules! broken {
    ($name:ident, $check:literal, $id:literal, |$v:ident| $mutate:block) => {
        #[test]
        fn $name() {
            let mut $v = fixture();
            $mutate
            assert_reports(&problems_of(&$v), $check, $id);
        }
    };
}

broken!(duplicate_project_id, "unique-ids", "alpha", |v| {
    project(&mut v, "bravo")["id"] = json!("alpha");
});
broken!(alias_equal_to_another_id, "unique-ids", "alpha", |v| {
    project(&mut v, "alpha")["aliases"] = json!(["bravo"]);
});
broken!(duplicate_tag_id, "unique-ids", "monitoring", |v| {
    v["tags"][0]["id"] = json!("monitoring");
});
broken!(
    duplicate_comparison_id,
    "unique-ids",
    "alpha-vs-bravo",
    |v| {
        v["comparisons"][1]["id"] = json!("alpha-vs-bravo");
    }
);
broken!(uppercase_id, "id-format", "Bravo", |v| {
    project(&mut v, "bravo")["id"] = json!("Bravo");
});
broken!(stages_out_of_order, "stage-order", "ci-cd", |v| {
    v["stages"].as_array_mut().unwrap().swap(1, 2);
});
broken!(wrong_step, "stage-order", "observability", |v| {
    stage(&mut v, "observability")["step"] = json!(5);
});
broken!(
    required_stage_marked_optional,
    "stage-order",
    "orchestration",
    |v| {
        stage(&mut v, "orchestration")["optional"] = json!(true);
    }
);
broken!(missing_stage, "stage-order", "software-distribution", |v| {
    v["stages"].as_array_mut().unwrap().pop();
});
broken!(unknown_stage, "references", "alpha", |v| {
    project(&mut v, "alpha")["stage"] = json!("nowhere");
});
broken!(also_in_repeats_stage, "references", "alpha", |v| {
    project(&mut v, "alpha")["also_in"] = json!(["containerization"]);
});
broken!(unknown_related_id, "references", "alpha", |v| {
    project(&mut v, "alpha")["related"] = json!([{ "id": "zulu", "kind": "alternative" }]);
});
broken!(self_relation, "references", "alpha", |v| {
    project(&mut v, "alpha")["related"] = json!([{ "id": "alpha", "kind": "complements" }]);
});
broken!(unknown_tag, "references", "alpha", |v| {
    project(&mut v, "alpha")["tags"] = json!(["containers", "kubernetes"]);
});
broken!(
    comparison_of_one_project,
    "references",
    "alpha-vs-bravo",
    |v| {
        v["comparisons"][0]["projects"] = json!(["alpha"]);
    }
);
broken!(
    comparison_with_unknown_project,
    "references",
    "alpha-vs-bravo",
    |v| {
        v["comparisons"][0]["projects"] = json!(["alpha", "zulu"]);
    }
);
broken!(
    comparison_lists_project_twice,
    "references",
    "alpha-vs-bravo",
    |v| {
        v["comparisons"][0]["projects"] = json!(["alpha", "bravo", "alpha"]);
    }
);
broken!(empty_ko_text, "both-languages", "alpha", |v| {
    project(&mut v, "alpha")["what"]["ko"] = json!("");
});
// A text may lack a side in a per-language data file, never in the dataset.
broken!(missing_en_text, "both-languages", "alpha", |v| {
    project(&mut v, "alpha")["what"]
        .as_object_mut()
        .unwrap()
        .remove("en");
});
broken!(missing_ko_stage_title, "both-languages", "ci-cd", |v| {
    stage(&mut v, "ci-cd")["title"]
        .as_object_mut()
        .unwrap()
        .remove("ko");
});
broken!(blank_en_stage_summary, "both-languages", "ci-cd", |v| {
    stage(&mut v, "ci-cd")["summary"]["en"] = json!("   ");
});
broken!(untrimmed_text, "both-languages", "bravo", |v| {
    project(&mut v, "bravo")["tagline"]["en"] = json!("The Bravo tool ");
});
broken!(korean_text_in_english, "both-languages", "bravo", |v| {
    project(&mut v, "bravo")["why"]["ko"] = json!("You need Bravo.");
});
broken!(no_caveats, "both-languages", "charlie", |v| {
    project(&mut v, "charlie")["caveats"] = json!([]);
});
broken!(date_out_of_order, "dates", "alpha", |v| {
    project(&mut v, "alpha")["cncf"]["incubating"] = json!("2015-01-01");
});
broken!(bad_calendar_date, "dates", "charlie", |v| {
    project(&mut v, "charlie")["cncf"]["accepted"] = json!("2021-02-30");
});
broken!(date_after_as_of, "dates", "charlie", |v| {
    project(&mut v, "charlie")["cncf"]["accepted"] = json!("2027-01-01");
});
broken!(archived_before_accepted, "dates", "delta", |v| {
    project(&mut v, "delta")["cncf"]["archived"] = json!("2015-01-01");
});
broken!(graduated_without_date, "status-consistency", "alpha", |v| {
    project(&mut v, "alpha")["cncf"]["graduated"] = json!(null);
});
broken!(
    graduated_with_archived_date,
    "status-consistency",
    "alpha",
    |v| {
        project(&mut v, "alpha")["cncf"]["archived"] = json!("2025-01-01");
    }
);
broken!(
    incubating_with_graduated_date,
    "status-consistency",
    "bravo",
    |v| {
        project(&mut v, "bravo")["cncf"]["graduated"] = json!("2025-01-01");
    }
);
broken!(not_cncf_with_date, "status-consistency", "echo", |v| {
    project(&mut v, "echo")["cncf"]["accepted"] = json!("2020-01-01");
});
broken!(wrong_2020_badge, "map-2020", "foxtrot", |v| {
    // Foxtrot graduated in 2022, so the poster showed it as incubating.
    project(&mut v, "foxtrot")["on_map_2020"]["badge"] = json!("graduated");
});
broken!(missing_2020_badge, "map-2020", "india", |v| {
    // India graduated on 2020-05-01 itself: graduated on the poster.
    project(&mut v, "india")["on_map_2020"]["badge"] = json!("incubating");
});
broken!(map_step_not_its_stage, "map-2020", "alpha", |v| {
    project(&mut v, "alpha")["on_map_2020"]["step"] = json!(5);
});
broken!(http_url, "https-urls", "alpha", |v| {
    project(&mut v, "alpha")["homepage"] = json!("http://alpha.example.org/");
});
broken!(url_with_space, "https-urls", "training", |v| {
    v["help"][0]["url"] = json!("https://www.cncf.io/ training/");
});
broken!(no_sources, "sources-present", "alpha", |v| {
    project(&mut v, "alpha")["sources"] = json!([]);
});
broken!(stage_with_one_project, "stage-coverage", "ci-cd", |v| {
    // ci-cd has Bravo (primary) and Alpha (also_in); move Alpha's second stage elsewhere.
    project(&mut v, "alpha")["also_in"] = json!(["orchestration"]);
});
broken!(bad_spdx, "license-spdx", "bravo", |v| {
    project(&mut v, "bravo")["license"] = json!("Apache License 2.0");
});

broken!(named_in_text_and_shown, "map-2020-text", "alpha", |v| {
    // Alpha has a logo on the poster, so "named only in the text" contradicts it.
    project(&mut v, "alpha")["named_in_map_text_2020"] = json!(1);
});
broken!(
    named_in_text_at_wrong_step,
    "map-2020-text",
    "juliet",
    |v| {
        project(&mut v, "juliet")["named_in_map_text_2020"] = json!(4);
    }
);
broken!(named_in_text_out_of_range, "map-2020-text", "juliet", |v| {
    project(&mut v, "juliet")["named_in_map_text_2020"] = json!(11);
});
broken!(successor_archived_too, "successor", "delta", |v| {
    // Delta (archived) names Foxtrot as its successor; an archived successor is no advice.
    project(&mut v, "foxtrot")["cncf"]["status"] = json!("archived");
    project(&mut v, "foxtrot")["cncf"]["archived"] = json!("2025-01-01");
    project(&mut v, "foxtrot")["cncf"]["graduated"] = json!(null);
});
broken!(two_successors, "successor", "delta", |v| {
    project(&mut v, "delta")["related"] = json!([
        { "id": "foxtrot", "kind": "successor" },
        { "id": "golf", "kind": "successor" }
    ]);
});
broken!(part_of_with_other_cncf_facts, "part-of", "hotel", |v| {
    project(&mut v, "hotel")["cncf"]["status"] = json!("sandbox");
    project(&mut v, "hotel")["cncf"]["incubating"] = json!(null);
});
broken!(part_of_two_parents, "part-of", "hotel", |v| {
    project(&mut v, "hotel")["related"] = json!([
        { "id": "golf", "kind": "part-of" },
        { "id": "india", "kind": "part-of" }
    ]);
});
broken!(part_of_a_part, "part-of", "india", |v| {
    // Hotel is part of Golf; India may not be part of Hotel, only of Golf.
    project(&mut v, "india")["related"] = json!([{ "id": "hotel", "kind": "part-of" }]);
    project(&mut v, "india")["cncf"] = project(&mut v, "golf")["cncf"].clone();
    project(&mut v, "india")["on_map_2020"] = json!(null);
});
broken!(docs_ko_not_https, "https-urls", "alpha", |v| {
    project(&mut v, "alpha")["docs_ko"] = json!("http://alpha.example.org/ko/");
});
broken!(help_source_not_https, "https-urls", "training", |v| {
    v["help"][0]["sources"] = json!(["ftp://example.org/"]);
});
broken!(cncf_as_of_after_as_of, "dates", "cncf_as_of", |v| {
    v["cncf_as_of"] = json!("2026-12-31");
});
broken!(cncf_as_of_not_a_date, "dates", "cncf_as_of", |v| {
    v["cncf_as_of"] = json!("2026-08");
});
broken!(cncf_date_after_cncf_as_of, "dates", "charlie", |v| {
    // Before as_of (2026-11-26) but after the landscape snapshot (2026-08-07).
    project(&mut v, "charlie")["cncf"]["accepted"] = json!("2026-09-01");
});
broken!(korean_variant_observability, "vocabulary", "alpha", |v| {
    project(&mut v, "alpha")["what"]["ko"] = json!("알파는 관측성 도구입니다.");
});
broken!(korean_variant_admission, "vocabulary", "bravo", |v| {
    project(&mut v, "bravo")["features"][0]["ko"] = json!("쿠버네티스 승인 제어");
});
broken!(korean_variant_archived, "vocabulary", "delta", |v| {
    project(&mut v, "delta")["tagline"]["ko"] = json!("보관됨: 더 이상 유지되지 않음");
});
broken!(korean_variant_storage, "vocabulary", "golf", |v| {
    project(&mut v, "golf")["caveats"][0]["ko"] = json!("분산 키-값 저장소입니다.");
});
broken!(korean_variant_open_source, "vocabulary", "ci-cd", |v| {
    stage(&mut v, "ci-cd")["guidance"][0]["ko"] = json!("오픈 소스 도구를 쓰세요.");
});
broken!(british_spelling, "vocabulary", "alpha-vs-bravo", |v| {
    v["comparisons"][0]["narrative"]["en"] = json!("Both have a permissive licence.");
});
broken!(british_ise_spelling, "vocabulary", "training", |v| {
    v["help"][0]["text"]["en"] = json!("Courses for organisations.");
});

#[test]
fn cncf_dates_are_checked_against_as_of_without_cncf_as_of() {
    let mut v = fixture();
    v.as_object_mut().unwrap().remove("cncf_as_of");
    // 2026-09-01 is before as_of, so without cncf_as_of it is fine ...
    project(&mut v, "charlie")["cncf"]["accepted"] = json!("2026-09-01");
    assert!(problems_of(&v).is_empty(), "{}", show(&problems_of(&v)));
    // ... and a date after as_of is still caught.
    project(&mut v, "charlie")["cncf"]["accepted"] = json!("2026-12-01");
    assert_reports(&problems_of(&v), "dates", "charlie");
}

#[test]
fn part_of_reads_the_same_everywhere() {
    use trailmap::catalog::Map2020;
    let c = parse(&fixture());
    let hotel = c.projects.iter().find(|p| p.id == "hotel").unwrap();
    let golf = c.projects.iter().find(|p| p.id == "golf").unwrap();
    assert_eq!(hotel.part_of(), Some("golf"));
    assert_eq!(golf.part_of(), None);
    // Maturity is what cards, facets and compare read: the parent's.
    assert_eq!(hotel.maturity(), golf.maturity());
    let juliet = c.projects.iter().find(|p| p.id == "juliet").unwrap();
    assert_eq!(juliet.map_2020(), Map2020::NamedInText { step: 10 });
    let echo = c.projects.iter().find(|p| p.id == "echo").unwrap();
    assert_eq!(echo.map_2020(), Map2020::Absent);
}

#[test]
fn ui_strings_follow_the_glossary() {
    use trailmap::catalog::Lang;
    use trailmap::glossary::variants;
    use trailmap::i18n::K;
    let mut bad = Vec::new();
    for k in K::ALL {
        let (ko, en) = k.pair();
        for v in variants(ko, Lang::Ko)
            .into_iter()
            .chain(variants(en, Lang::En))
        {
            bad.push(format!("{k:?}: {v}"));
        }
    }
    assert!(
        bad.is_empty(),
        "UI strings use banned variants:\n  {}",
        bad.join("\n  ")
    );
}

#[test]
fn the_glossary_test_can_fail_on_ui_strings() {
    use trailmap::catalog::Lang;
    use trailmap::glossary::variants;
    // The same function the UI-string test runs, on strings like the ones it replaced.
    assert!(!variants("보관됨", Lang::Ko).is_empty());
    assert!(!variants("오픈 소스 프로젝트", Lang::Ko).is_empty());
    assert!(!variants("the licence", Lang::En).is_empty());
}

#[test]
fn unknown_field_is_a_parse_error() {
    let mut v = fixture();
    project(&mut v, "alpha")["licence"] = json!("MIT");
    let err = Catalog::from_json(&v.to_string()).expect_err("unknown field must not parse");
    assert!(err.to_string().contains("unknown field `licence`"), "{err}");
    // The app shows such an error instead of content.
    let indexed = catalog::Indexed::parse(&v.to_string());
    assert!(indexed.load_error.is_some());
}

#[test]
fn bad_enum_value_is_a_parse_error() {
    let mut v = fixture();
    project(&mut v, "alpha")["cncf"]["status"] = json!("retired");
    let err = Catalog::from_json(&v.to_string()).expect_err("unknown status must not parse");
    assert!(err.to_string().contains("retired"), "{err}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut v = fixture();
    project(&mut v, "bravo")["id"] = json!("alpha"); // unique-ids
    project(&mut v, "charlie")["id"] = json!("Charlie"); // id-format (+ references, coverage)
    stage(&mut v, "observability")["optional"] = json!(false); // stage-order
    project(&mut v, "delta")["stage"] = json!("nowhere"); // references
    project(&mut v, "echo")["what"]["ko"] = json!(""); // both-languages
    project(&mut v, "golf")["what"]["en"] = json!(""); // both-languages, second one
    project(&mut v, "hotel")["cncf"]["accepted"] = json!("2021-02-30"); // dates
    project(&mut v, "india")["cncf"]["graduated"] = json!(null); // status + map-2020
    project(&mut v, "foxtrot")["on_map_2020"]["badge"] = json!("graduated"); // map-2020
    project(&mut v, "juliet")["repo"] = json!("http://github.com/example/juliet"); // https-urls
    project(&mut v, "juliet")["sources"] = json!(["https://juliet.example.org/"]); // sources
    project(&mut v, "juliet")["license"] = json!("MIT/X11"); // license-spdx
    project(&mut v, "alpha")["named_in_map_text_2020"] = json!(1); // map-2020-text
    project(&mut v, "hotel")["cncf"]["status"] = json!("sandbox"); // part-of (+ status)
    project(&mut v, "golf")["why"]["ko"] = json!("관찰 가능성을 높입니다."); // vocabulary
    project(&mut v, "delta")["related"] = json!([
        { "id": "foxtrot", "kind": "successor" },
        { "id": "golf", "kind": "successor" }
    ]); // successor

    let problems = problems_of(&v);
    for (check, id) in [
        ("unique-ids", "alpha"),
        ("id-format", "Charlie"),
        ("stage-order", "observability"),
        ("references", "delta"),
        ("both-languages", "echo"),
        ("both-languages", "golf"),
        ("dates", "hotel"),
        ("status-consistency", "india"),
        ("map-2020", "india"),
        ("map-2020", "foxtrot"),
        ("https-urls", "juliet"),
        ("sources-present", "juliet"),
        ("stage-coverage", "observability"),
        ("license-spdx", "juliet"),
        ("map-2020-text", "alpha"),
        ("part-of", "hotel"),
        ("successor", "delta"),
        ("vocabulary", "golf"),
    ] {
        assert_reports(&problems, check, id);
    }
    // Every named check fired, and each problem names one of them.
    let fired: HashSet<&str> = problems.iter().map(|p| p.check).collect();
    let names: HashSet<&str> = check_names().collect();
    assert_eq!(fired, names, "{}", show(&problems));
}

// ---------------------------------------------------------------------------------------------
// 3. Cross-check against the CNCF landscape
// ---------------------------------------------------------------------------------------------

/// Dataset id -> landscape name, where normalised names differ.
const LANDSCAPE_NAMES: [(&str, &str); 4] = [
    ("opa", "Open Policy Agent (OPA)"),
    ("tuf", "The Update Framework (TUF)"),
    ("cni", "Container Network Interface (CNI)"),
    ("notary", "Notary Project"),
];

/// CNCF projects the landscape has no entry of their own for, and why. A project hosted
/// through its parent (a `part-of` relation: Fluent Bit in Fluentd, Kustomize in Kubernetes)
/// needs no entry here: it is checked through its parent, whose facts it must equal.
const NOT_IN_LANDSCAPE: [(&str, &str); 0] = [];

/// Facts where the landscape is wrong and the dataset follows a primary source:
/// (project id, cncf field, our value, the landscape's value, why).
const LANDSCAPE_ERRORS: [(&str, &str, &str, &str, &str); 1] = [(
    "tikv",
    "incubating",
    "2019-05-21",
    "2018-08-28",
    "the landscape repeats TiKV's sandbox date; the TOC moved it to incubation on 2019-05-21 \
     (https://www.cncf.io/blog/2019/05/21/toc-votes-to-move-tikv-into-cncf-incubator/)",
)];

/// Sub-projects hosted by the CNCF through a parent project, carrying the parent's status and
/// dates; the landscape lists them without a maturity of their own (or not at all).
const SUBPROJECTS_NOT_IN_LANDSCAPE: [(&str, &str); 1] = [(
    "envoy-gateway",
    "a sub-project of Envoy (https://gateway.envoyproxy.io/); the landscape lists it without a \
     maturity, so it carries Envoy's graduated status and dates",
)];

fn landscape_path() -> PathBuf {
    match std::env::var_os("TRAILMAP_LANDSCAPE") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/landscape/items.json"),
    }
}

/// Lowercase letters and digits only: "CRI-O" and "cri-o" and "Cri O" are one name.
fn norm_name(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn norm_url(s: &str) -> String {
    let s = s.trim().to_ascii_lowercase();
    let s = s
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    s.trim_end_matches('/').trim_end_matches(".git").to_string()
}

fn field<'a>(item: &'a Value, key: &str) -> Option<&'a str> {
    item.get(key).and_then(Value::as_str)
}

/// The CNCF landscape item for a project: by name (or its alias), then repo, then homepage.
fn find_item<'a>(
    items: &'a [Value],
    id: &str,
    name: &str,
    repo: &str,
    homepage: Option<&str>,
) -> Option<&'a Value> {
    let cncf: Vec<&Value> = items
        .iter()
        .filter(|i| field(i, "maturity").is_some())
        .collect();
    let mut names = vec![norm_name(name), norm_name(id)];
    if let Some((_, n)) = LANDSCAPE_NAMES.iter().find(|(i, _)| *i == id) {
        names.insert(0, norm_name(n));
    }
    let by = |key: &str, want: &str, f: fn(&str) -> String| {
        cncf.iter()
            .copied()
            .find(|i| field(i, key).is_some_and(|v| f(v) == want))
    };
    names
        .iter()
        .find_map(|n| by("name", n, norm_name))
        .or_else(|| by("repo_url", &norm_url(repo), norm_url))
        .or_else(|| homepage.and_then(|h| by("homepage_url", &norm_url(h), norm_url)))
}

/// Every disagreement between the dataset's CNCF facts and the landscape, one line each.
fn landscape_mismatches(c: &Catalog, items: &[Value]) -> Vec<String> {
    let mut out = Vec::new();
    for p in &c.projects {
        let allowed = NOT_IN_LANDSCAPE
            .iter()
            .chain(SUBPROJECTS_NOT_IN_LANDSCAPE.iter())
            .find(|(id, _)| *id == p.id);
        // Hosted through its parent: without a landscape entry of its own, the parent's entry
        // (checked in its own turn) stands for it, and the `part-of` check keeps them equal.
        if let Some(parent) = p
            .part_of()
            .and_then(|id| c.projects.iter().find(|x| x.id == id))
        {
            if find_item(items, &p.id, &p.name, &p.repo, None).is_none() {
                if p.cncf != parent.cncf {
                    out.push(format!(
                        "landscape: {}: part of `{}` but its cncf facts differ from its parent's",
                        p.id, parent.id
                    ));
                }
                continue;
            }
        }
        if p.maturity() == Maturity::NotCncf {
            // Homepages are too often shared (vendor sites) to prove anything here.
            if let Some(item) = find_item(items, &p.id, &p.name, &p.repo, None) {
                out.push(format!(
                    "landscape: {}: dataset says not-cncf, landscape lists `{}` as {}",
                    p.id,
                    field(item, "name").unwrap_or("?"),
                    field(item, "maturity").unwrap_or("?")
                ));
            }
            continue;
        }
        let Some(item) = find_item(items, &p.id, &p.name, &p.repo, Some(&p.homepage)) else {
            if allowed.is_none() {
                out.push(format!(
                    "landscape: {}: no CNCF landscape item named `{}` or with repo {} / homepage {}",
                    p.id, p.name, p.repo, p.homepage
                ));
            }
            continue;
        };
        if let Some((_, reason)) = allowed {
            out.push(format!(
                "landscape: {}: allow-listed as not in the landscape ({reason}), but matches `{}`",
                p.id,
                field(item, "name").unwrap_or("?")
            ));
        }
        let ours = p.maturity().id();
        let theirs = field(item, "maturity").unwrap_or("null");
        if ours != theirs {
            out.push(format!(
                "landscape: {}: status is {ours}, landscape says {theirs}",
                p.id
            ));
        }
        for (key, ours) in [
            ("accepted", &p.cncf.accepted),
            ("incubating", &p.cncf.incubating),
            ("graduated", &p.cncf.graduated),
            ("archived", &p.cncf.archived),
        ] {
            let theirs = field(item, key);
            if let Some((.., reason)) = LANDSCAPE_ERRORS.iter().find(|(id, k, o, t, _)| {
                *id == p.id && *k == key && ours.as_deref() == Some(*o) && theirs == Some(*t)
            }) {
                let _ = reason; // a known landscape error; the dataset follows its source
                continue;
            }
            if let Some((_, _, o, t, _)) = LANDSCAPE_ERRORS
                .iter()
                .find(|(id, k, ..)| *id == p.id && *k == key)
            {
                out.push(format!(
                    "landscape: {}: cncf.{key} has a listed landscape error ({t} there, {o} here), but now ours is {} and the landscape says {}; update or drop the exception",
                    p.id,
                    ours.as_deref().unwrap_or("null"),
                    theirs.unwrap_or("null")
                ));
                continue;
            }
            if ours.as_deref() != theirs {
                out.push(format!(
                    "landscape: {}: cncf.{key} is {}, landscape says {}",
                    p.id,
                    ours.as_deref().unwrap_or("null"),
                    theirs.unwrap_or("null")
                ));
            }
        }
    }
    out
}

#[test]
fn dataset_agrees_with_landscape() {
    let path = landscape_path();
    let Ok(json) = std::fs::read_to_string(&path) else {
        let msg = format!(
            "the landscape copy is not at {} (set TRAILMAP_LANDSCAPE to its path)",
            path.display()
        );
        if std::env::var_os("CI").is_some() {
            panic!("{msg}; CI must have it at ../shared/landscape/items.json");
        }
        eprintln!("note: {msg}; skipping the landscape cross-check outside CI");
        return;
    };
    let landscape: Value = serde_json::from_str(&json).expect("landscape items.json is JSON");
    let items = landscape["items"]
        .as_array()
        .expect("landscape items.json has an `items` array");
    let (label, c) = dataset_from_env().unwrap_or_else(|| {
        let b = catalog::bundled();
        assert_eq!(b.load_error, None, "data/trailmap.json does not parse");
        ("data/trailmap.json".into(), b.catalog.clone())
    });
    assert_clean(
        &format!("{label} vs {}", path.display()),
        &landscape_mismatches(&c, items),
    );
}

#[test]
fn landscape_cross_check_reports_mismatches() {
    let items = json!([
        // Alpha by name, with a different graduation date.
        { "name": "Alpha", "maturity": "graduated", "homepage_url": null, "repo_url": null,
          "accepted": "2016-03-10", "incubating": "2016-03-10", "graduated": "2018-03-07",
          "archived": null },
        // Bravo by repo URL (other name, http, trailing slash), with another maturity.
        { "name": "Project Bravo", "maturity": "graduated", "homepage_url": null,
          "repo_url": "http://github.com/example/bravo/", "accepted": "2017-05-23",
          "incubating": "2017-05-23", "graduated": "2020-01-01", "archived": null },
        // Echo is not-cncf in the fixture, but the landscape hosts it.
        { "name": "Echo", "maturity": "sandbox", "homepage_url": null, "repo_url": null,
          "accepted": "2020-01-01", "incubating": null, "graduated": null, "archived": null },
        // A non-CNCF item with Charlie's name does not count.
        { "name": "Charlie", "maturity": null, "homepage_url": null, "repo_url": null,
          "accepted": null, "incubating": null, "graduated": null, "archived": null },
    ]);
    let items = items.as_array().unwrap();
    let out = landscape_mismatches(&parse(&fixture()), items);
    let has = |needle: &str| out.iter().any(|l| l.contains(needle));
    assert!(has(
        "alpha: cncf.graduated is 2018-03-06, landscape says 2018-03-07"
    ));
    assert!(has("bravo: status is incubating, landscape says graduated"));
    assert!(has(
        "bravo: cncf.graduated is null, landscape says 2020-01-01"
    ));
    assert!(has("echo: dataset says not-cncf"));
    assert!(has("charlie: no CNCF landscape item"));
    assert!(!out.iter().any(|l| l.contains("juliet")), "{out:#?}");
}

#[test]
fn landscape_errors_are_exceptions_only_while_they_still_hold() {
    let mut v = fixture();
    project(&mut v, "golf")["id"] = json!("tikv");
    project(&mut v, "tikv")["name"] = json!("TiKV");
    project(&mut v, "tikv")["cncf"]["accepted"] = json!("2018-08-28");
    project(&mut v, "tikv")["cncf"]["incubating"] = json!("2019-05-21");
    let items = |incubating: &str| {
        json!([{ "name": "TiKV", "maturity": "incubating", "homepage_url": null,
                 "repo_url": null, "accepted": "2018-08-28", "incubating": incubating,
                 "graduated": null, "archived": null }])
    };
    let c = parse(&v);
    // The listed error: the landscape repeats the sandbox date. Not a mismatch.
    let out = landscape_mismatches(&c, items("2018-08-28").as_array().unwrap());
    assert!(!out.iter().any(|l| l.contains("tikv")), "{out:#?}");
    // Once the landscape is fixed, the exception must go.
    let out = landscape_mismatches(&c, items("2019-05-21").as_array().unwrap());
    assert!(
        out.iter()
            .any(|l| l.contains("tikv") && l.contains("drop the exception")),
        "{out:#?}"
    );
    // Any other disagreement on TiKV is still reported.
    let out = landscape_mismatches(&c, items("2019-01-01").as_array().unwrap());
    assert!(
        out.iter().any(|l| l.contains("tikv: cncf.incubating")),
        "{out:#?}"
    );
}

#[test]
fn part_of_projects_are_checked_through_their_parent() {
    let items = json!([
        { "name": "Golf", "maturity": "incubating", "homepage_url": null, "repo_url": null,
          "accepted": "2021-01-01", "incubating": "2022-01-01", "graduated": null,
          "archived": null },
    ]);
    let items = items.as_array().unwrap();
    // Hotel, part of Golf, has no landscape entry of its own: no complaint about it.
    let out = landscape_mismatches(&parse(&fixture()), items);
    assert!(!out.iter().any(|l| l.contains("hotel")), "{out:#?}");
    // If its facts drift from its parent's, the cross-check says so.
    let mut v = fixture();
    project(&mut v, "hotel")["cncf"]["incubating"] = json!("2022-02-02");
    let out = landscape_mismatches(&parse(&v), items);
    assert!(
        out.iter().any(|l| l.contains("hotel: part of `golf`")),
        "{out:#?}"
    );
}
