//! What one search returns: a hit per project, the mode, and what to offer around it.

use super::*;

/// Whether the results match every query word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// No search text: everything matches, in dataset order.
    Empty,
    /// Every word matched.
    All,
    /// No project matched every word; these match some.
    Any,
    /// Nothing matched.
    None,
}

/// How one project matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub score: u32,
    pub(super) fields: u8,
}

impl Hit {
    /// The fields a query word matched in, best first.
    pub fn fields(&self) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| self.fields & f.bit() != 0)
            .collect()
    }
}

/// The result of one search: a hit per project (dataset order) and what to offer around it.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The normalised query.
    pub(super) key: String,
    /// The index that produced it: a catalog that gained a language has a new one.
    pub(super) index: u32,
    pub mode: Mode,
    pub(super) hits: Vec<Option<Hit>>,
    /// Normalised words to highlight.
    pub(super) marks: Arc<HashSet<String>>,
    /// "Did you mean …?" for a query word that matched only with a typo.
    pub suggestion: Option<Suggestion>,
    /// The query names two or more projects.
    pub compare: Option<CompareOffer>,
    /// The query names a landscape project the curated set does not have (display name).
    pub outside: Option<String>,
}

/// Two outcomes are equal when one index gave them for the same normalised query (cheap for
/// memos; a rebuilt index, after the catalog gained a language, gives new outcomes).
impl PartialEq for Outcome {
    fn eq(&self, other: &Outcome) -> bool {
        self.index == other.index && self.key == other.key
    }
}

impl Outcome {
    pub(super) fn everything(key: String, n: usize, index: u32) -> Outcome {
        Outcome {
            key,
            index,
            mode: Mode::Empty,
            hits: vec![
                Some(Hit {
                    score: 0,
                    fields: 0
                });
                n
            ],
            marks: Arc::default(),
            suggestion: None,
            compare: None,
            outside: None,
        }
    }

    /// True when there is no search text (every project matches, unranked).
    pub fn is_empty(&self) -> bool {
        self.mode == Mode::Empty
    }

    /// How project number `i` (dataset order) matched, if it did.
    pub fn hit(&self, i: usize) -> Option<Hit> {
        self.hits.get(i).copied().flatten()
    }

    /// `text` cut into segments, the words the query matched marked.
    pub fn highlight(&self, text: &str) -> Vec<Segment> {
        highlight::highlight(text, &self.marks)
    }

    /// Project indices that matched, best first (equal scores keep dataset order).
    pub fn ranked(&self) -> Vec<usize> {
        let mut v: Vec<(u32, usize)> = self
            .hits
            .iter()
            .enumerate()
            .filter_map(|(i, h)| h.map(|h| (h.score, i)))
            .collect();
        v.sort_by_key(|&(s, _)| std::cmp::Reverse(s));
        v.into_iter().map(|(_, i)| i).collect()
    }
}
