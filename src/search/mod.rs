//! Search over the curated projects in both languages: ranked, with the reason for each hit.
//!
//! Rules (issue 18):
//! - A query is split into words. Every word must match (AND); only when no project matches
//!   all of them do projects matching some of them appear ([`Mode::Any`]).
//! - A word matches a whole word of a project's text, or a Korean word without its particle
//!   ("쿠버네티스를"). The last word may also be the start of a word: it is still being typed.
//! - A typo (one edit, words of five letters or more) is forgiven only against whole words,
//!   and only when the word matches nothing as typed; the correction is offered as
//!   "Did you mean …?".
//! - A Korean word typed without its spaces ("서비스메시") also matches its parts.
//! - Names, ids and search aliases (`k8s`, Hangul spellings, former names) rank far above the
//!   tagline, which ranks above tags, features and the descriptions.
//! - A query naming two or more projects ("istio vs linkerd") lists them first and offers
//!   their comparison; a query naming a landscape project outside the curated set says so.
//!
//! The index is built once per catalog ([`bundled_index`] for the bundled one); a search
//! returns an [`Outcome`] that the views keep in a memo.

mod highlight;
mod intent;
mod lookup;
mod outcome;
mod term;
mod text;
mod words;

pub use highlight::{result_text, snippet, ResultText, Segment};
pub use intent::{CompareOffer, Suggestion};
pub use outcome::{Hit, Mode, Outcome};
use term::{Term, TermHit};
pub use text::normalize;
use words::{name_phrases, project_words};

use crate::catalog::{Catalog, Lang, Project, Text};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// Where in a project a query word matched, in rank order (the first is worth most).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// Name, id, former ids and search aliases.
    Name,
    Tagline,
    Tags,
    Features,
    /// What it is, why to use it, and where it came from.
    Description,
    UseCases,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::Name,
        Field::Tagline,
        Field::Tags,
        Field::Features,
        Field::Description,
        Field::UseCases,
    ];

    /// Score of an exact word match here. A name match outranks any sum of the others a
    /// short query can reach.
    fn weight(self) -> u32 {
        match self {
            Field::Name => 1000,
            Field::Tagline => 100,
            Field::Tags => 80,
            Field::Features => 60,
            Field::Description => 40,
            Field::UseCases => 40,
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }

    /// The texts of `p` this field covers (not `Name`, whose words are not prose).
    pub fn texts(self, p: &Project) -> Vec<&Text> {
        match self {
            Field::Name | Field::Tags => Vec::new(),
            Field::Tagline => vec![&p.tagline],
            Field::Features => p.features.iter().collect(),
            Field::Description => vec![&p.what, &p.why, &p.origin],
            Field::UseCases => p.use_cases.iter().collect(),
        }
    }
}

/// How well a query word matched a word. Ordered: a better match is greater.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    Typo = 5,
    Prefix = 7,
    Exact = 10,
}

/// Whole-query bonuses: the query is a project's name (or alias), or the start of one.
const WHOLE_NAME: u32 = 20_000;
const WHOLE_NAME_PREFIX: u32 = 5_000;
/// Shortest query word (in bytes, ASCII only) for which one typo is forgiven.
const TYPO_MIN_LEN: usize = 5;
/// Shortest index word a typo may land on.
const TYPO_WORD_MIN_LEN: usize = 4;

/// A few words the dataset spells out in full.
const SYNONYMS: &[(&str, &str)] = &[
    ("wasm", "webassembly"),
    ("o11y", "observability"),
    ("mtls", "mutual"),
];

/// Search data of one project: vocabulary ids per field, sorted, plus its name phrases.
struct Entry {
    fields: [Vec<u32>; 6],
    /// Name, id, former ids and search aliases, each normalised without spaces.
    names: Vec<String>,
}

/// The search index of one catalog.
pub struct SearchIndex {
    /// Every distinct word (and Korean stem, English singular) of every project, sorted.
    vocab: Vec<String>,
    /// Per vocabulary word: in how many projects it occurs, and whether in a name.
    frequency: Vec<u16>,
    in_name: Vec<bool>,
    /// Only ever a stem or singular of another word, never written as such.
    derived: Vec<bool>,
    entries: Vec<Entry>,
    /// Display names and ids, for suggestions and compare offers.
    projects: Vec<(String, String)>,
    /// Dataset position of each id.
    by_id: HashMap<String, usize>,
    comparisons: Vec<(String, Vec<String>)>,
    outside: intent::Outside,
    /// Tells indexes apart (see [`Outcome`]'s equality): one per `SearchIndex::new`.
    id: u32,
}

/// The app catalog's index, built on first use and shared by every view; built again when
/// the catalog gains a language ([`crate::catalog::generation`]), so a Korean query finds
/// Korean texts once they are in. An outdated index is left alive (views may hold it): that
/// happens at most once per page.
pub fn bundled_index() -> &'static SearchIndex {
    static INDEX: Mutex<Option<(u32, &'static SearchIndex)>> = Mutex::new(None);
    let generation = crate::catalog::generation();
    let mut slot = INDEX.lock().unwrap_or_else(|e| e.into_inner());
    match *slot {
        Some((g, index)) if g == generation => index,
        _ => {
            let index: &'static SearchIndex =
                Box::leak(Box::new(SearchIndex::new(crate::catalog::catalog())));
            *slot = Some((generation, index));
            index
        }
    }
}

/// The outcome of a query without words (`""`, `"  "`, `"--"`) over `projects` projects:
/// every project, unranked. It needs no index, so the unfiltered trail never builds one.
pub fn blank(query: &str, projects: usize) -> Option<Outcome> {
    let key = normalize(query);
    // `normalize` trims and collapses separators: no words means an empty key.
    // No index took part: every blank outcome is the same, whichever index is current.
    key.is_empty()
        .then(|| Outcome::everything(key, projects, 0))
}

/// Search the bundled dataset; a query without words does not build the index.
pub fn search_bundled(query: &str) -> Outcome {
    blank(query, crate::catalog::catalog().projects.len())
        .unwrap_or_else(|| bundled_index().search(query))
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        let words: Vec<[Vec<(String, bool)>; 6]> = catalog
            .projects
            .iter()
            .map(|p| project_words(p, catalog))
            .collect();
        let mut vocab: Vec<String> = words
            .iter()
            .flatten()
            .flatten()
            .map(|(w, _)| w.clone())
            .collect();
        vocab.sort_unstable();
        vocab.dedup();
        let id_of = |w: &str| vocab.binary_search_by(|v| v.as_str().cmp(w)).ok();
        let mut derived = vec![true; vocab.len()];
        for fields in &words {
            for (w, d) in fields.iter().flatten() {
                if let (false, Some(i)) = (d, id_of(w)) {
                    derived[i] = false;
                }
            }
        }
        let mut frequency = vec![0u16; vocab.len()];
        let mut in_name = vec![false; vocab.len()];
        let mut entries = Vec::with_capacity(words.len());
        for (p, fields) in catalog.projects.iter().zip(&words) {
            let mut ids: [Vec<u32>; 6] = Default::default();
            for (f, ws) in fields.iter().enumerate() {
                let mut v: Vec<u32> = ws
                    .iter()
                    .filter_map(|(w, _)| id_of(w))
                    .map(|i| i as u32)
                    .collect();
                v.sort_unstable();
                v.dedup();
                if f == Field::Name as usize {
                    for &i in &v {
                        in_name[i as usize] = true;
                    }
                }
                ids[f] = v;
            }
            let mut seen = HashSet::new();
            for &i in ids.iter().flatten() {
                if seen.insert(i) {
                    frequency[i as usize] = frequency[i as usize].saturating_add(1);
                }
            }
            let mut names: Vec<String> = name_phrases(p).map(text::compact).collect();
            names.retain(|n| !n.is_empty());
            names.dedup();
            entries.push(Entry { fields: ids, names });
        }
        let projects: Vec<(String, String)> = catalog
            .projects
            .iter()
            .map(|p| (p.name.clone(), p.id.clone()))
            .collect();
        let curated: Vec<&str> = entries
            .iter()
            .flat_map(|e| e.names.iter().map(String::as_str))
            .collect();
        let outside = intent::Outside::new(intent::LANDSCAPE_NAMES, &curated);
        let by_id = projects
            .iter()
            .enumerate()
            .map(|(i, (_, id))| (id.clone(), i))
            .collect();
        SearchIndex {
            by_id,
            vocab,
            frequency,
            in_name,
            derived,
            entries,
            projects,
            comparisons: catalog
                .comparisons
                .iter()
                .map(|c| (c.id.clone(), c.projects.clone()))
                .collect(),
            outside,
            id: {
                static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
                NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        }
    }

    /// The dataset position of project `id`, for [`Outcome::hit`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Search every project for `query`.
    pub fn search(&self, query: &str) -> Outcome {
        let key = normalize(query);
        let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return Outcome::everything(key, self.entries.len(), self.id);
        }
        let compare = intent::compare_offer(self, &words);
        let used: Vec<&str> = if compare.is_some() {
            words
                .iter()
                .copied()
                .filter(|w| !intent::CONNECTORS.contains(w))
                .collect()
        } else {
            words.clone()
        };
        let n = used.len();
        let terms: Vec<Term> = used
            .iter()
            .enumerate()
            .map(|(i, w)| self.term(w, i + 1 == n))
            .collect();
        let whole = text::compact(&key);
        let suggestion = intent::suggestion(self, &used, &terms);
        // A corrected query earns the whole-name bonus of the name it corrects to.
        let corrected = suggestion.as_ref().map(|s| text::compact(&s.query));
        let named: Vec<usize> = compare
            .as_ref()
            .map(|c| {
                c.ids
                    .iter()
                    .filter_map(|id| self.projects.iter().position(|p| p.1 == *id))
                    .collect()
            })
            .unwrap_or_default();
        let matched: Vec<Vec<Option<TermHit>>> = self
            .entries
            .iter()
            .map(|e| terms.iter().map(|t| t.hit(e)).collect())
            .collect();
        let all = compare.is_none() && matched.iter().any(|m| m.iter().all(Option::is_some));
        let mode = if all { Mode::All } else { Mode::Any };
        let hits = self
            .entries
            .iter()
            .zip(&matched)
            .enumerate()
            .map(|(i, (e, m))| {
                if all && !m.iter().all(Option::is_some) {
                    return None;
                }
                let mut score = 0u32;
                let mut fields = 0u8;
                let mut in_name = true;
                for h in m {
                    match h {
                        Some(h) => {
                            score += h.score;
                            fields |= h.fields;
                            in_name &= h.fields & Field::Name.bit() != 0;
                        }
                        None => in_name = false,
                    }
                }
                if fields == 0 {
                    return None;
                }
                // Ties: the project matching in more places first.
                score += fields.count_ones();
                // Projects a comparison query names come first, in the order named.
                if let Some(k) = named.iter().position(|&n| n == i) {
                    score += WHOLE_NAME + 2_000 * (named.len() - k) as u32;
                }
                if in_name {
                    let is = |n: &String| *n == whole || corrected.as_ref() == Some(n);
                    if e.names.iter().any(is) {
                        score += WHOLE_NAME;
                    } else if e.names.iter().any(|n| n.starts_with(&whole)) {
                        score += WHOLE_NAME_PREFIX;
                    }
                }
                Some(Hit { score, fields })
            })
            .collect::<Vec<_>>();
        let any_hit = hits.iter().any(Option::is_some);
        let outside = self.outside.find(&whole);
        let mut marks: HashSet<String> = HashSet::new();
        for t in &terms {
            for &(i, _) in t.whole.iter().chain(t.parts.iter().flatten()) {
                marks.insert(self.vocab[i as usize].clone());
            }
        }
        Outcome {
            key,
            index: self.id,
            mode: if any_hit { mode } else { Mode::None },
            hits,
            marks: Arc::new(marks),
            suggestion,
            compare,
            outside,
        }
    }
}

#[cfg(test)]
mod tests;
