//! Small catalogs for unit tests, independent of the bundled dataset (which changes).
//! Shared by the tests of every pure module.

use crate::catalog::{Catalog, Indexed, Project};
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

/// The project `id` of a test catalog; a test that names a missing one fails loudly.
pub(crate) fn get<'a>(index: &'a Indexed, id: &str) -> &'a Project {
    match index.project(id) {
        Some(p) => p,
        None => panic!("fixture lacks {id}"),
    }
}

/// The 45-project catalog of the trail that search, filter and query tests rank against.
mod trail {
    use crate::catalog::*;

    fn t(en: &str, ko: &str) -> Text {
        Text::new(ko, en)
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    struct P {
        id: &'static str,
        aliases: &'static [&'static str],
        search_aliases: &'static [&'static str],
        name: &'static str,
        stage: &'static str,
        also_in: &'static [&'static str],
        status: Maturity,
        language: Option<&'static str>,
        license: &'static str,
        tags: &'static [&'static str],
        tagline: (&'static str, &'static str),
        what: (&'static str, &'static str),
    }

    fn project(p: P) -> Project {
        Project {
            id: p.id.to_string(),
            aliases: strings(p.aliases),
            search_aliases: strings(p.search_aliases),
            name: p.name.to_string(),
            stage: p.stage.to_string(),
            also_in: strings(p.also_in),
            on_map_2020: None,
            named_in_map_text_2020: None,
            cncf: Cncf {
                status: p.status,
                accepted: None,
                incubating: None,
                graduated: None,
                archived: None,
            },
            language: p.language.map(str::to_string),
            license: p.license.to_string(),
            homepage: format!("https://{}.example/", p.id),
            repo: format!("https://github.com/example/{}", p.id),
            docs_ko: None,
            first_release: None,
            origin: t("origin", "기원"),
            tagline: t(p.tagline.0, p.tagline.1),
            what: t(p.what.0, p.what.1),
            why: t("", ""),
            features: vec![],
            caveats: vec![],
            use_cases: vec![],
            tags: strings(p.tags),
            related: vec![],
            sources: vec![],
        }
    }

    pub use crate::catalog::STAGE_IDS as STAGES;

    pub fn catalog() -> Catalog {
        use Maturity::*;
        let tags = [
            ("monitoring", "Monitoring", "모니터링"),
            ("metrics", "Metrics", "메트릭"),
            ("tracing", "Tracing", "추적"),
            ("logging", "Logging", "로깅"),
            ("gitops", "GitOps", "깃옵스"),
            ("scheduling", "Scheduling", "스케줄링"),
            ("registry", "Registry", "레지스트리"),
            ("security", "Security", "보안"),
            ("proxy", "Proxy", "프록시"),
            ("messaging", "Messaging", "메시징"),
            ("unused", "Unused", "미사용"),
        ];
        let projects = vec![
            P {
                id: "thanos",
                aliases: &[],
                search_aliases: &[],
                name: "Thanos",
                stage: "observability",
                also_in: &[],
                status: Incubating,
                language: Some("Go"),
                license: "Apache-2.0",
                tags: &["monitoring", "metrics"],
                tagline: (
                    "Highly available Prometheus setup with long-term storage",
                    "장기 스토리지를 갖춘 고가용성 Prometheus 구성",
                ),
                what: (
                    "Queries many Prometheus servers.",
                    "여러 Prometheus 서버를 조회합니다.",
                ),
            },
            P {
                id: "prometheus",
                aliases: &[],
                search_aliases: &["프로메테우스"],
                name: "Prometheus",
                stage: "observability",
                also_in: &[],
                status: Graduated,
                language: Some("Go"),
                license: "Apache-2.0",
                tags: &["monitoring", "metrics"],
                tagline: (
                    "Monitoring system and time series database",
                    "모니터링 시스템이자 시계열 데이터베이스",
                ),
                what: (
                    "Scrapes metrics from HTTP endpoints and evaluates alert rules.",
                    "HTTP 엔드포인트에서 메트릭을 수집하고 경보 규칙을 평가합니다.",
                ),
            },
            P {
                id: "jaeger",
                aliases: &[],
                search_aliases: &["예거"],
                name: "Jaeger",
                stage: "observability",
                also_in: &[],
                status: Graduated,
                language: Some("Go"),
                license: "Apache-2.0",
                tags: &["tracing"],
                tagline: ("Distributed tracing platform", "분산 추적 플랫폼"),
                what: (
                    "Follows a request across services.",
                    "요청이 서비스 사이를 지나는 경로를 추적합니다.",
                ),
            },
            P {
                id: "fluentd",
                aliases: &[],
                search_aliases: &[],
                name: "Fluentd",
                stage: "observability",
                also_in: &[],
                status: Graduated,
                language: Some("Ruby"),
                license: "Apache-2.0",
                tags: &["logging"],
                tagline: ("Unified logging layer", "통합 로깅 계층"),
                what: ("Collects and routes logs.", "로그를 모으고 전달합니다."),
            },
            P {
                id: "argo-cd",
                aliases: &["argocd"],
                search_aliases: &[],
                name: "Argo CD",
                stage: "ci-cd",
                also_in: &["software-distribution"],
                status: Graduated,
                language: Some("Go"),
                license: "Apache-2.0",
                tags: &["gitops"],
                tagline: (
                    "Declarative GitOps continuous delivery for Kubernetes",
                    "쿠버네티스를 위한 선언적 GitOps 지속적 배포",
                ),
                what: ("Syncs clusters with Git.", "클러스터를 Git과 동기화합니다."),
            },
            P {
                id: "flux",
                aliases: &[],
                search_aliases: &[],
                name: "Flux",
                stage: "ci-cd",
                also_in: &[],
                status: Graduated,
                language: Some("Go"),
                license: "Apache-2.0",
                tags: &["gitops"],
                tagline: ("GitOps toolkit", "GitOps 도구 모음"),
                what: (
                    "Keeps clusters in sync with Argo-like flows.",
                    "클러스터를 동기화합니다.",
                ),
            },
            P {
                id: "kubernetes",
                aliases: &["k8s"],
                search_aliases: &["쿠버네티스"],
                name: "Kubernetes",
                stage: "orchestration",
                also_in: &[],
                status: Graduated,
                language: Some("Go"),
                license: "Apache-2.0",
                tags: &["scheduling"],
                tagline: ("Container orchestration", "컨테이너 오케스트레이션"),
                what: (
                    "Schedules containers onto nodes.",
                    "컨테이너를 노드에 배치합니다.",
                ),
            },
            P {
                id: "harbor",
                aliases: &[],
                search_aliases: &[],
                name: "Harbor",
                stage: "registry-runtime",
                also_in: &[],
                status: Graduated,
                language: Some("Go"),
                license: "Apache-2.0",
                tags: &["registry", "security"],
                tagline: (
                    "Trusted container registry",
                    "신뢰할 수 있는 컨테이너 레지스트리",
                ),
                what: ("Stores and scans images.", "이미지를 저장하고 검사합니다."),
            },
            P {
                id: "envoy",
                aliases: &[],
                search_aliases: &[],
                name: "Envoy",
                stage: "service-mesh",
                also_in: &["networking-security"],
                status: Graduated,
                language: Some("C++"),
                license: "Apache-2.0",
                tags: &["proxy"],
                tagline: ("Edge and service proxy", "엣지 및 서비스 프록시"),
                what: ("A fast L7 proxy.", "빠른 L7 프록시입니다."),
            },
            P {
                id: "linkerd",
                aliases: &[],
                search_aliases: &["링커디"],
                name: "Linkerd",
                stage: "service-mesh",
                also_in: &[],
                status: Graduated,
                language: Some("Rust"),
                license: "Apache-2.0",
                tags: &["proxy", "security"],
                tagline: ("Ultralight service mesh", "초경량 서비스 메시"),
                what: ("Adds mTLS and retries.", "mTLS와 재시도를 더합니다."),
            },
            P {
                id: "traefik",
                aliases: &[],
                search_aliases: &[],
                name: "Traefik",
                stage: "networking-security",
                also_in: &[],
                status: NotCncf,
                language: Some("Go"),
                license: "MIT",
                tags: &["proxy"],
                tagline: (
                    "Cloud native application proxy",
                    "클라우드 네이티브 애플리케이션 프록시",
                ),
                what: ("Routes HTTP traffic.", "HTTP 트래픽을 라우팅합니다."),
            },
            P {
                id: "openmetrics",
                aliases: &[],
                search_aliases: &[],
                name: "OpenMetrics",
                stage: "observability",
                also_in: &[],
                status: Archived,
                language: None,
                license: "Apache-2.0",
                tags: &["metrics"],
                tagline: ("A metrics exposition format", "메트릭 노출 형식"),
                what: (
                    "Standardised the Prometheus text format.",
                    "Prometheus 텍스트 형식을 표준화했습니다.",
                ),
            },
            P {
                id: "kafka",
                aliases: &[],
                search_aliases: &["카프카"],
                name: "Apache Kafka",
                stage: "streaming-messaging",
                also_in: &[],
                status: NotCncf,
                language: Some("Java"),
                license: "Apache-2.0",
                tags: &["messaging"],
                tagline: ("Distributed event streaming", "분산 이벤트 스트리밍"),
                what: (
                    "A durable log of events.",
                    "이벤트를 오래 보관하는 로그입니다.",
                ),
            },
        ];
        Catalog {
            schema_version: 1,
            as_of: "2025-01-01".to_string(),
            cncf_as_of: None,
            map: MapInfo {
                name: "Trail".to_string(),
                version: "v1".to_string(),
                url: "https://example.com/".to_string(),
            },
            cloud_native: t("cn", "cn"),
            help: vec![],
            tags: tags
                .iter()
                .map(|(id, en, ko)| Tag {
                    id: id.to_string(),
                    label: t(en, ko),
                })
                .collect(),
            stages: STAGES
                .iter()
                .enumerate()
                .map(|(i, id)| Stage {
                    id: id.to_string(),
                    step: i as u8 + 1,
                    optional: i > 2,
                    title: t(id, id),
                    summary: t("", ""),
                    guidance: vec![],
                })
                .collect(),
            projects: projects.into_iter().map(project).collect(),
            comparisons: vec![],
        }
    }

    pub fn indexed() -> Indexed {
        Indexed::new(catalog())
    }
}
pub use trail::{catalog, indexed, STAGES};
