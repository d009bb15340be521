//! Small catalogs for unit tests, independent of the bundled dataset (which changes).
//! Shared by the tests of every pure module.

use crate::catalog::{Catalog, Indexed};
use serde_json::{json, Value};

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

/// A small dataset with aliases, relations and 2020-map entries, shared by the tests of
/// `prefs`, `compare` and `query`.
pub(crate) fn small() -> Indexed {
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

/// Owned strings, for comparing with id lists.
pub(crate) fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}
