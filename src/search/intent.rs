//! What a query asks beyond a list: a comparison ("istio vs linkerd"), a correction
//! ("Did you mean Prometheus?"), or a project outside the curated set ("zipkin").

use super::text::{compact, stem};
use super::{SearchIndex, Term};

/// Words that join project names in a comparison query; dropped when one is recognised.
pub const CONNECTORS: &[&str] = &[
    "vs", "versus", "v", "or", "and", "compare", "대", "비교", "또는", "와", "과", "랑",
];

/// Names of the open-source CNCF landscape items (see `scripts/landscape_names.py`).
pub const LANDSCAPE_NAMES: &str = include_str!("../../data/landscape-names.txt");

/// The query names two or more curated projects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareOffer {
    /// The named projects' ids, in query order.
    pub ids: Vec<String>,
    /// The smallest curated comparison that includes all of them.
    pub curated: Option<String>,
}

/// A corrected query for a word that matched only with a typo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The corrected search text.
    pub query: String,
    /// What to show: a project's name when the correction is one, else the corrected text.
    pub label: String,
}

/// The project whose name, id or alias is `phrase` (compared without spaces; a trailing
/// Korean particle is ignored: "이스티오와").
fn named(index: &SearchIndex, phrase: &str) -> Option<usize> {
    let c = compact(phrase);
    let s = stem(&c).map(str::to_string);
    index.entries.iter().position(|e| {
        e.names
            .iter()
            .any(|n| *n == c || s.as_deref().is_some_and(|s| n == s))
    })
}

/// A comparison offer when the words name two or more projects: separated by connectors
/// ("istio vs linkerd", "이스티오와 링커디") or each word a name ("istio linkerd").
pub fn compare_offer(index: &SearchIndex, words: &[&str]) -> Option<CompareOffer> {
    let mut segments: Vec<Vec<&str>> = vec![Vec::new()];
    for w in words {
        if CONNECTORS.contains(w) {
            segments.push(Vec::new());
        } else if let Some(last) = segments.last_mut() {
            last.push(w);
        }
    }
    segments.retain(|s| !s.is_empty());
    if segments.len() < 2 {
        segments = words.iter().map(|w| vec![*w]).collect();
    }
    let mut found: Vec<usize> = Vec::new();
    for s in &segments {
        let p = named(index, &s.join(" "))?;
        if !found.contains(&p) {
            found.push(p);
        }
    }
    if found.len() < 2 {
        return None;
    }
    let ids: Vec<String> = found.iter().map(|&i| index.projects[i].1.clone()).collect();
    let curated = index
        .comparisons
        .iter()
        .filter(|(_, ps)| ids.iter().all(|id| ps.contains(id)))
        .min_by_key(|(_, ps)| ps.len())
        .map(|(id, _)| id.clone());
    Some(CompareOffer { ids, curated })
}

/// "Did you mean …?" when some word matched only with a typo.
pub fn suggestion(index: &SearchIndex, words: &[&str], terms: &[Term]) -> Option<Suggestion> {
    if terms.iter().all(|t| t.typo.is_none()) {
        return None;
    }
    let fixed: Vec<&str> = words
        .iter()
        .zip(terms)
        .map(|(w, t)| t.typo.as_deref().unwrap_or(w))
        .collect();
    let query = fixed.join(" ");
    let label = named(index, &query)
        .map(|i| index.projects[i].0.clone())
        .unwrap_or_else(|| query.clone());
    debug_assert!(terms.iter().zip(words).all(|(t, w)| t.word == *w));
    Some(Suggestion { query, label })
}

/// Vendor and foundation words that lead some landscape names ("Grafana Loki").
const LEADING_WORDS: &[&str] = &[
    "apache",
    "grafana",
    "eclipse",
    "hashicorp",
    "cncf",
    "project",
    "the",
    "aws",
    "azure",
    "google",
    "red",
    "ibm",
    "oracle",
    "microsoft",
];

/// Landscape projects the curated set lacks, by name without spaces.
pub struct Outside {
    /// (key, display name), sorted by key.
    names: Vec<(String, String)>,
}

impl Outside {
    /// From the generated list (comment lines start with `#`), minus `curated` names.
    pub fn new(list: &str, curated: &[&str]) -> Outside {
        let mut names: Vec<(String, String)> = Vec::new();
        for line in list.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut keys = vec![compact(line)];
            let words: Vec<&str> = line.split_whitespace().collect();
            if words.len() == 2 && LEADING_WORDS.contains(&words[0].to_lowercase().as_str()) {
                keys.push(compact(words[1]));
            }
            // A curated project never counts as outside, under any of its names.
            if keys.iter().any(|k| curated.contains(&k.as_str())) {
                continue;
            }
            for k in keys {
                if k.chars().count() >= 3 {
                    names.push((k, line.to_string()));
                }
            }
        }
        names.sort();
        names.dedup_by(|a, b| a.0 == b.0);
        Outside { names }
    }

    /// The display name of the outside project whose name is `key` (compact form).
    pub fn find(&self, key: &str) -> Option<String> {
        self.names
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .map(|i| self.names[i].1.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outside_names_skip_curated_ones_and_comments() {
        let list = "# header\nZipkin\nKubernetes\nGrafana Tempo\nApache Kafka\n\nab\n";
        let o = Outside::new(list, &["kubernetes", "kafka"]);
        assert_eq!(o.find("zipkin").as_deref(), Some("Zipkin"));
        assert_eq!(o.find("grafanatempo").as_deref(), Some("Grafana Tempo"));
        assert_eq!(o.find("tempo").as_deref(), Some("Grafana Tempo"));
        assert_eq!(o.find("kubernetes"), None);
        assert_eq!(o.find("apachekafka"), None); // "kafka" is curated
        assert_eq!(o.find("header"), None);
        assert_eq!(o.find("ab"), None); // too short to be a name worth a notice
    }

    #[test]
    fn the_bundled_list_has_the_known_names() {
        let o = Outside::new(LANDSCAPE_NAMES, &[]);
        for n in ["zipkin", "backstage", "crossplane"] {
            assert!(o.find(n).is_some(), "{n}");
        }
    }
}
