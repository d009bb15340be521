//! Full-text search over both languages: a prebuilt index, typo-tolerant, names ranked first.

use crate::catalog::{Catalog, Lang, Project};
use std::collections::HashSet;
use std::sync::{Arc, Mutex};

/// Per-term scores. Every name-tier score is above the cap on the sum of all other tiers, so
/// a project that matches any term by name/id outranks every project that matches none.
mod weight {
    pub const NAME_EXACT: u32 = 10_000;
    pub const NAME_PREFIX: u32 = 9_000;
    pub const NAME_WORD_PREFIX: u32 = 8_500;
    pub const NAME_SUBSTRING: u32 = 8_000;
    pub const NAME_TYPO: u32 = 6_000;
    /// The cap on the sum of the non-name tiers.
    pub const OTHER_CAP: u32 = 5_999;
    pub const TAGLINE: u32 = 500;
    pub const TAGLINE_TYPO: u32 = 400;
    pub const TAGS: u32 = 300;
    pub const TAGS_TYPO: u32 = 250;
    pub const TEXT: u32 = 200;
    pub const TEXT_TYPO: u32 = 100;
    /// The whole query equals a name, id or alias.
    pub const WHOLE_EXACT: u32 = 40_000;
    /// A name, id or alias starts with the whole query.
    pub const WHOLE_PREFIX: u32 = 20_000;
}

/// Shortest ASCII term for which one typo is forgiven.
const TYPO_MIN_LEN: usize = 4;

/// Characters other than whitespace and ASCII punctuation that separate words.
const EXTRA_SEPARATORS: &[char] = &[
    '·', '•', '…', '“', '”', '‘', '’', '、', '。', '「', '」', '『', '』', '—', '–', '〈', '〉',
    '《', '》', '（', '）', '，', '：', '；',
];

fn is_separator(c: char) -> bool {
    // `+` and `#` stay: `c++`, `c#`.
    c.is_whitespace()
        || (c.is_ascii_punctuation() && c != '+' && c != '#')
        || EXTRA_SEPARATORS.contains(&c)
}

/// Lowercase (Unicode-aware), turn punctuation such as `-`, `_`, `.`, `/` into spaces, and
/// collapse runs of whitespace to one space, trimmed.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_separator(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The distinct words of `texts`, normalised and joined by single spaces. A term has no
/// spaces, so a substring test against this string equals one against the original texts.
fn word_set<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen = HashSet::new();
    let mut out = String::new();
    for text in texts {
        let norm = normalize(text);
        for w in norm.split(' ').filter(|w| !w.is_empty()) {
            if seen.insert(w.to_string()) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
    }
    out
}

/// Search data of one project.
struct Entry {
    /// Normalised name, id and aliases, each whole.
    names: Vec<String>,
    /// Distinct words of `names`.
    name_words: String,
    tagline: String,
    /// Tag ids and labels in both languages.
    tags: String,
    /// What, why, features and use cases in both languages.
    text: String,
}

impl Entry {
    fn new(p: &Project, catalog: &Catalog) -> Entry {
        let mut names: Vec<String> = Vec::new();
        for n in std::iter::once(&p.name)
            .chain(std::iter::once(&p.id))
            .chain(&p.aliases)
        {
            let n = normalize(n);
            if !n.is_empty() && !names.contains(&n) {
                names.push(n);
            }
        }
        let name_words = word_set(names.iter().map(String::as_str));
        let tagline = word_set(Lang::ALL.map(|l| p.tagline.get(l)));
        let mut tag_texts: Vec<&str> = Vec::new();
        for id in &p.tags {
            tag_texts.push(id);
            if let Some(tag) = catalog.tag(id) {
                tag_texts.extend(Lang::ALL.map(|l| tag.label.get(l)));
            }
        }
        let tags = word_set(tag_texts);
        let text = word_set(
            [&p.what, &p.why]
                .into_iter()
                .chain(&p.features)
                .chain(&p.use_cases)
                .flat_map(|t| Lang::ALL.map(|l| t.get(l))),
        );
        Entry {
            names,
            name_words,
            tagline,
            tags,
            text,
        }
    }
}

/// One normalised query term.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Term {
    text: String,
    /// ASCII and long enough for one typo to be forgiven.
    typo: bool,
}

/// A query normalised once, to be scored against every project.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PreparedQuery {
    terms: Vec<Term>,
    /// All terms joined by single spaces.
    whole: String,
}

impl PreparedQuery {
    pub fn new(query: &str) -> PreparedQuery {
        let whole = normalize(query);
        let terms = whole
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(|t| Term {
                text: t.to_string(),
                typo: t.is_ascii() && t.len() >= TYPO_MIN_LEN,
            })
            .collect();
        PreparedQuery { terms, whole }
    }

    /// True for an empty or whitespace-only query, which every project matches.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// True when `a` and `b` are within Damerau-Levenshtein (optimal string alignment)
/// distance 1 of each other. Allocation-free.
fn within_one(a: &[u8], b: &[u8]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let Some(i) = a.iter().zip(b).position(|(x, y)| x != y) else {
        return true;
    };
    if la == lb {
        a[i + 1..] == b[i + 1..]
            || (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..])
    } else if la > lb {
        a[i + 1..] == b[i..]
    } else {
        a[i..] == b[i + 1..]
    }
}

/// True when `term` is within one typo of `word` or of a prefix of it.
fn typo_match(term: &[u8], word: &[u8]) -> bool {
    let n = term.len();
    if word.len() + 1 < n {
        return false;
    }
    (n - 1..=n + 1).any(|k| k <= word.len() && within_one(term, &word[..k]))
}

/// How `term` matches a word set: `Some(true)` as a substring, `Some(false)` with one typo.
fn field_match(words: &str, term: &Term) -> Option<bool> {
    if words.contains(term.text.as_str()) {
        Some(true)
    } else if term.typo
        && words
            .split(' ')
            .any(|w| typo_match(term.text.as_bytes(), w.as_bytes()))
    {
        Some(false)
    } else {
        None
    }
}

fn name_score(entry: &Entry, term: &Term) -> Option<u32> {
    let t = term.text.as_str();
    let mut best = None;
    for n in &entry.names {
        let s = if n == t {
            weight::NAME_EXACT
        } else if n.starts_with(t) {
            weight::NAME_PREFIX
        } else if n.split(' ').any(|w| w.starts_with(t)) {
            weight::NAME_WORD_PREFIX
        } else if n.contains(t) {
            weight::NAME_SUBSTRING
        } else {
            continue;
        };
        best = best.max(Some(s));
    }
    if best.is_none() && field_match(&entry.name_words, term).is_some() {
        best = Some(weight::NAME_TYPO);
    }
    best
}

/// Best non-name tier for `term`. Tiers and their typo scores are strictly ordered
/// (tagline > tagline typo > tags > tags typo > text > text typo), so the first hit wins.
fn other_score(entry: &Entry, term: &Term) -> Option<u32> {
    [
        (&entry.tagline, weight::TAGLINE, weight::TAGLINE_TYPO),
        (&entry.tags, weight::TAGS, weight::TAGS_TYPO),
        (&entry.text, weight::TEXT, weight::TEXT_TYPO),
    ]
    .into_iter()
    .find_map(|(words, exact, typo)| {
        field_match(words, term).map(|is_exact| if is_exact { exact } else { typo })
    })
}

/// Every project's score for one query, in dataset order.
pub type Scores = Arc<[Option<u32>]>;

/// Precomputed, normalised search text for every project of a catalog (built once).
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// The scores of the last query `scores_cached` saw: the visible list and the five
    /// facet counts all score the same text, so one keystroke costs one pass, not six.
    last: Mutex<Option<(PreparedQuery, Scores)>>,
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        SearchIndex {
            entries: catalog
                .projects
                .iter()
                .map(|p| Entry::new(p, catalog))
                .collect(),
            last: Mutex::new(None),
        }
    }

    /// Number of indexed projects.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Normalise a query once, for `score_prepared` over many projects.
    pub fn prepare(query: &str) -> PreparedQuery {
        PreparedQuery::new(query)
    }

    /// Score of project number `i` (dataset order) for `query`; `None` when it does not match.
    /// Higher is better; a name match always outranks any other match.
    pub fn score(&self, i: usize, query: &str) -> Option<u32> {
        self.score_prepared(i, &PreparedQuery::new(query))
    }

    /// `score` with the query already normalised. Every term must match somewhere.
    pub fn score_prepared(&self, i: usize, query: &PreparedQuery) -> Option<u32> {
        if query.is_empty() {
            return Some(0);
        }
        let entry = self.entries.get(i)?;
        let mut name_total: u32 = 0;
        let mut other_total: u32 = 0;
        let mut all_in_name = true;
        for term in &query.terms {
            if let Some(s) = name_score(entry, term) {
                name_total = name_total.saturating_add(s);
            } else {
                all_in_name = false;
                other_total = other_total.saturating_add(other_score(entry, term)?);
            }
        }
        let mut total = name_total.saturating_add(other_total.min(weight::OTHER_CAP));
        if all_in_name {
            let whole = query.whole.as_str();
            if entry.names.iter().any(|n| n == whole) {
                total = total.saturating_add(weight::WHOLE_EXACT);
            } else if entry.names.iter().any(|n| n.starts_with(whole)) {
                total = total.saturating_add(weight::WHOLE_PREFIX);
            }
        }
        Some(total)
    }

    /// Scores of every project for `query`, in dataset order.
    pub fn scores(&self, query: &str) -> Vec<Option<u32>> {
        let prepared = PreparedQuery::new(query);
        (0..self.entries.len())
            .map(|i| self.score_prepared(i, &prepared))
            .collect()
    }

    /// `scores`, reusing the previous result when the normalised query is unchanged.
    pub fn scores_cached(&self, query: &str) -> Scores {
        let prepared = PreparedQuery::new(query);
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((q, scores)) = last.as_ref() {
            if *q == prepared {
                return Arc::clone(scores);
            }
        }
        let scores: Scores = (0..self.entries.len())
            .map(|i| self.score_prepared(i, &prepared))
            .collect();
        *last = Some((prepared, Arc::clone(&scores)));
        scores
    }
}

/// A small catalog for the unit tests of search, filter and query (independent of the
/// bundled dataset, which changes).
#[cfg(test)]
pub(crate) mod fixture {
    use crate::catalog::*;

    fn t(en: &str, ko: &str) -> Text {
        Text {
            ko: ko.to_string(),
            en: en.to_string(),
        }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    struct P {
        id: &'static str,
        aliases: &'static [&'static str],
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
            search_aliases: Vec::new(),
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
                name: "Thanos",
                stage: "observability",
                also_in: &[],
                status: Incubating,
                language: Some("Go"),
                license: "Apache-2.0",
                tags: &["monitoring", "metrics"],
                tagline: (
                    "Highly available Prometheus setup with long-term storage",
                    "장기 저장소를 갖춘 고가용성 Prometheus 구성",
                ),
                what: (
                    "Queries many Prometheus servers.",
                    "여러 Prometheus 서버를 조회합니다.",
                ),
            },
            P {
                id: "prometheus",
                aliases: &[],
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ids_for(index: &SearchIndex, catalog: &Catalog, q: &str) -> Vec<String> {
        let mut hits: Vec<(u32, usize)> = index
            .scores(q)
            .into_iter()
            .enumerate()
            .filter_map(|(i, s)| s.map(|s| (s, i)))
            .collect();
        hits.sort_by_key(|&(s, _)| std::cmp::Reverse(s));
        hits.into_iter()
            .map(|(_, i)| catalog.projects[i].id.clone())
            .collect()
    }

    fn setup() -> (Catalog, SearchIndex) {
        let c = fixture::catalog();
        let i = SearchIndex::new(&c);
        (c, i)
    }

    #[test]
    fn normalize_lowercases_and_splits_punctuation() {
        assert_eq!(normalize("  Cert-Manager_v1.2/x  "), "cert manager v1 2 x");
        assert_eq!(normalize("Argo\t\n CD"), "argo cd");
        assert_eq!(normalize("ÄBC 모니터링"), "äbc 모니터링");
        assert_eq!(normalize("C++ and C#"), "c++ and c#");
        assert_eq!(normalize("---"), "");
    }

    #[test]
    fn within_one_is_damerau_distance_one() {
        let w = |a: &str, b: &str| within_one(a.as_bytes(), b.as_bytes());
        assert!(w("prometheus", "prometheus"));
        assert!(w("promethues", "prometheus")); // transposition
        assert!(w("prometheux", "prometheus")); // substitution
        assert!(w("prometeus", "prometheus")); // deletion
        assert!(w("prometheuss", "prometheus")); // insertion
        assert!(!w("prmetheuss", "prometheus"));
        assert!(!w("abcd", "badc"));
        assert!(w("ab", "ba"));
        assert!(w("", "a"));
    }

    #[test]
    fn empty_query_matches_everything_with_zero() {
        let (c, i) = setup();
        for n in 0..c.projects.len() {
            assert_eq!(i.score(n, ""), Some(0));
            assert_eq!(i.score(n, "   \t"), Some(0));
        }
    }

    #[test]
    fn cached_scores_follow_the_normalised_query() {
        let (_, i) = setup();
        let a = i.scores_cached("Prometheus");
        let b = i.scores_cached("  prometheus ");
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&a[..], &i.scores("prometheus")[..]);
        let c = i.scores_cached("jaeger");
        assert!(!Arc::ptr_eq(&a, &c));
        assert_eq!(&c[..], &i.scores("jaeger")[..]);
    }

    #[test]
    fn out_of_range_index_does_not_match() {
        let (c, i) = setup();
        assert_eq!(i.score(c.projects.len() + 5, "prometheus"), None);
    }

    #[test]
    fn name_match_ranks_first() {
        let (c, i) = setup();
        // Thanos comes first in the dataset and mentions Prometheus in its tagline.
        let ids = ids_for(&i, &c, "prometheus");
        assert_eq!(ids[0], "prometheus");
        assert!(ids.contains(&"thanos".to_string()));
        assert!(ids.contains(&"openmetrics".to_string()));
        let p = i.score(1, "prometheus").unwrap();
        let t = i.score(0, "prometheus").unwrap();
        assert!(p > t);
    }

    #[test]
    fn exact_name_beats_prefix_beats_substring_beats_tagline() {
        let (c, i) = setup();
        let idx = |id: &str| c.projects.iter().position(|p| p.id == id).unwrap();
        // "argo" is a name prefix of Argo CD and only body text of Flux.
        let argo = i.score(idx("argo-cd"), "argo").unwrap();
        let flux = i.score(idx("flux"), "argo").unwrap();
        assert!(argo > flux);
        // Whole-name match.
        let exact = i.score(idx("argo-cd"), "Argo CD").unwrap();
        assert!(exact > argo);
        // Alias and id count as names.
        assert!(i.score(idx("argo-cd"), "argocd").unwrap() >= weight::NAME_EXACT);
        assert!(i.score(idx("kubernetes"), "k8s").unwrap() >= weight::NAME_EXACT);
        // Substring of a name ("metrics" in OpenMetrics) beats a tagline/tag hit.
        let om = i.score(idx("openmetrics"), "metrics").unwrap();
        let prom = i.score(idx("prometheus"), "metrics").unwrap();
        assert!(om > prom, "{om} {prom}");
        assert_eq!(ids_for(&i, &c, "metrics")[0], "openmetrics");
        // Tagline beats tags beats body text.
        let tagline = i.score(idx("jaeger"), "tracing").unwrap();
        assert_eq!(tagline, weight::TAGLINE);
        let tag = i.score(idx("argo-cd"), "gitops").unwrap();
        assert_eq!(tag, weight::TAGLINE); // "GitOps" is in its tagline too
        let text = i.score(idx("harbor"), "scans").unwrap();
        assert_eq!(text, weight::TEXT);
        let tag_only = i.score(idx("harbor"), "security").unwrap();
        assert_eq!(tag_only, weight::TAGS);
    }

    #[test]
    fn a_name_match_outranks_many_other_matches() {
        let (c, i) = setup();
        let idx = |id: &str| c.projects.iter().position(|p| p.id == id).unwrap();
        // Thanos: every term in tagline/text; Prometheus: one term by name.
        let q = "prometheus storage";
        assert_eq!(i.score(idx("prometheus"), q), None); // "storage" absent
        let q = "prometheus metrics";
        let prom = i.score(idx("prometheus"), q).unwrap();
        let thanos = i.score(idx("thanos"), q).unwrap();
        assert!(prom > thanos);
    }

    #[test]
    fn every_term_must_match() {
        let (c, i) = setup();
        assert_eq!(ids_for(&i, &c, "distributed tracing"), vec!["jaeger"]);
        assert!(ids_for(&i, &c, "distributed tracing zebra").is_empty());
        assert_eq!(ids_for(&i, &c, "kafka streaming"), vec!["kafka"]);
    }

    #[test]
    fn typos_are_forgiven_for_long_ascii_terms() {
        let (c, i) = setup();
        assert_eq!(ids_for(&i, &c, "promethues")[0], "prometheus");
        assert_eq!(ids_for(&i, &c, "tracng"), vec!["jaeger"]);
        assert_eq!(ids_for(&i, &c, "kubernets")[0], "kubernetes");
        // A typo of a word prefix.
        assert!(ids_for(&i, &c, "kuberne").contains(&"kubernetes".to_string()));
        assert!(ids_for(&i, &c, "kubrne").contains(&"kubernetes".to_string()));
        // A typo scores below the exact spelling.
        let idx = c
            .projects
            .iter()
            .position(|p| p.id == "prometheus")
            .unwrap();
        assert!(i.score(idx, "promethues").unwrap() < i.score(idx, "prometheus").unwrap());
        assert!(i.score(idx, "promethues").unwrap() >= weight::NAME_TYPO);
        // Short terms need an exact substring.
        assert!(ids_for(&i, &c, "fkx").is_empty());
        // Two typos are too many.
        assert!(ids_for(&i, &c, "prmethues").is_empty());
    }

    #[test]
    fn korean_terms_match_by_substring() {
        let (c, i) = setup();
        let mon = ids_for(&i, &c, "모니터링");
        assert!(mon.contains(&"prometheus".to_string()));
        assert!(mon.contains(&"thanos".to_string())); // via the tag label
        assert_eq!(ids_for(&i, &c, "추적"), vec!["jaeger"]);
        assert_eq!(ids_for(&i, &c, "분산 추적"), vec!["jaeger"]);
        assert_eq!(ids_for(&i, &c, "스트리밍"), vec!["kafka"]);
        assert!(ids_for(&i, &c, "없는말").is_empty());
    }

    #[test]
    fn matching_is_case_and_punctuation_insensitive() {
        let (c, i) = setup();
        assert_eq!(ids_for(&i, &c, "JAEGER"), vec!["jaeger"]);
        assert_eq!(ids_for(&i, &c, "argo-cd")[0], "argo-cd");
        assert_eq!(ids_for(&i, &c, "argo_cd")[0], "argo-cd");
    }

    #[test]
    fn search_of_a_large_catalog_is_fast() {
        // 2,413 projects with realistic text; a release-mode native search should take
        // well under a millisecond per query. Only a loose bound here (debug builds).
        let mut c = fixture::catalog();
        let base = c.projects.clone();
        let mut n = 0;
        while c.projects.len() < 2413 {
            let mut p = base[n % base.len()].clone();
            p.id = format!("{}-{n}", p.id);
            p.name = format!("{} {n}", p.name);
            let long = "A fairly long sentence about clusters, workloads, pipelines and \
                        observability that is repeated to look like real descriptions. ";
            p.what.en = long.repeat(4);
            p.what.ko =
                "클러스터와 워크로드, 파이프라인, 관측 가능성에 대한 긴 설명입니다. ".repeat(4);
            c.projects.push(p);
            n += 1;
        }
        let index = SearchIndex::new(&c);
        let start = std::time::Instant::now();
        let queries = [
            "promethues",
            "모니터링",
            "distributed tracing",
            "zzzzzz",
            "k",
        ];
        for q in queries {
            let _ = index.scores(q);
        }
        let per_query = start.elapsed() / queries.len() as u32;
        assert!(
            per_query.as_millis() < 200,
            "search took {per_query:?} per query"
        );
        eprintln!(
            "search of {} projects: {per_query:?} per query",
            c.projects.len()
        );
    }
}
