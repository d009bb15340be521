//! Search over the landscape: item names and ids, descriptions, and category names in both
//! languages (Korean regardless of spacing), one typo forgiven against whole words. Pure.

use super::{normalize, Index};

/// Shortest ASCII term for which one typo is forgiven (against whole words only).
const TYPO_MIN_LEN: usize = 4;

/// A query normalised once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prepared {
    terms: Vec<String>,
    whole: String,
}

impl Prepared {
    pub fn new(q: &str) -> Prepared {
        let whole = normalize(q);
        let terms = whole
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect();
        Prepared { terms, whole }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Damerau-Levenshtein (optimal string alignment) distance at most 1.
fn within_one(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let Some(i) = a.iter().zip(b).position(|(x, y)| x != y) else {
        return true;
    };
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal => {
            a[i + 1..] == b[i + 1..]
                || (i + 1 < a.len()
                    && a[i] == b[i + 1]
                    && a[i + 1] == b[i]
                    && a[i + 2..] == b[i + 2..])
        }
        std::cmp::Ordering::Greater => a[i + 1..] == b[i..],
        std::cmp::Ordering::Less => a[i..] == b[i + 1..],
    }
}

/// `Some(true)`: a substring of `words`; `Some(false)`: one typo from a whole word.
fn field_match(words: &str, term: &str) -> Option<bool> {
    if words.contains(term) {
        return Some(true);
    }
    let typo = term.is_ascii() && term.len() >= TYPO_MIN_LEN;
    if typo
        && words
            .split(' ')
            .any(|w| w.len() >= TYPO_MIN_LEN && within_one(term.as_bytes(), w.as_bytes()))
    {
        return Some(false);
    }
    None
}

mod weight {
    pub const NAME_EXACT: u32 = 1_000;
    pub const NAME_PREFIX: u32 = 800;
    pub const NAME_SUBSTRING: u32 = 600;
    pub const NAME_TYPO: u32 = 400;
    pub const CATEGORY: u32 = 100;
    pub const CATEGORY_TYPO: u32 = 60;
    pub const DESCRIPTION: u32 = 20;
    pub const DESCRIPTION_TYPO: u32 = 10;
    pub const WHOLE_NAME: u32 = 10_000;
}

impl Index {
    /// Score of item `i` for a prepared query; `None` when some term matches nowhere.
    pub fn score(&self, i: usize, q: &Prepared) -> Option<u32> {
        if q.is_empty() {
            return Some(0);
        }
        let e = self.entries.get(i)?;
        let sub = &self.sub_text[e.sub];
        // A Korean query typed without spaces ("서비스메시") matches "서비스 메시".
        let compact = q.whole.replace(' ', "");
        if !compact.is_ascii() && sub.ko_compact.contains(&compact) {
            return Some(weight::CATEGORY * q.terms.len() as u32);
        }
        let mut total = 0u32;
        for t in &q.terms {
            let name = e.names.iter().filter_map(|n| {
                if n == t {
                    Some(weight::NAME_EXACT)
                } else if n.starts_with(t.as_str()) {
                    Some(weight::NAME_PREFIX)
                } else if n.contains(t.as_str()) {
                    Some(weight::NAME_SUBSTRING)
                } else {
                    field_match(n, t).map(|_| weight::NAME_TYPO)
                }
            });
            let s = name.max().or_else(|| {
                field_match(&sub.words, t)
                    .map(|exact| {
                        if exact {
                            weight::CATEGORY
                        } else {
                            weight::CATEGORY_TYPO
                        }
                    })
                    .or_else(|| {
                        (!t.is_ascii() && sub.ko_compact.contains(t.as_str()))
                            .then_some(weight::CATEGORY)
                    })
                    .or_else(|| {
                        field_match(&e.description, t).map(|exact| {
                            if exact {
                                weight::DESCRIPTION
                            } else {
                                weight::DESCRIPTION_TYPO
                            }
                        })
                    })
            })?;
            total += s;
        }
        if e.names.contains(&q.whole) {
            total += weight::WHOLE_NAME;
        }
        Some(total)
    }

    /// Scores of every item for `q` (in data order). Views keep this per search text, so a
    /// facet toggle does not search again.
    pub fn scores(&self, q: &str) -> Vec<Option<u32>> {
        let p = Prepared::new(q);
        (0..self.len()).map(|i| self.score(i, &p)).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::landscape::fixture::{index, names};

    #[test]
    fn search_by_name_typo_category_and_description() {
        let ix = index();
        assert_eq!(names(&ix, "prometheus"), ["prometheus"]);
        assert_eq!(names(&ix, "promethues"), ["prometheus"]);
        assert_eq!(names(&ix, "PROM"), ["prometheus"]);
        assert_eq!(names(&ix, "tracing"), ["zipkin"]);
        assert_eq!(names(&ix, "tracnig"), ["zipkin"]);
        // Name matches come before category matches, and groups follow their best item.
        assert_eq!(names(&ix, "service mesh"), ["open-service-mesh", "kuma"]);
        assert_eq!(names(&ix, "zzzz"), Vec::<String>::new());
        // Typos are forgiven against whole words only, and not for short terms.
        assert_eq!(names(&ix, "kum"), ["kuma"]);
        assert_eq!(names(&ix, "kxm"), Vec::<String>::new());
        assert_eq!(names(&ix, "promx"), Vec::<String>::new());
        assert_eq!(names(&ix, "").len(), 5);
    }

    #[test]
    fn korean_queries_match_korean_category_names() {
        let ix = index();
        assert_eq!(names(&ix, "서비스 메시"), ["kuma", "open-service-mesh"]);
        assert_eq!(names(&ix, "서비스메시"), ["kuma", "open-service-mesh"]);
        assert_eq!(names(&ix, "서버리스"), ["openfaas"]);
        assert_eq!(names(&ix, "관측"), ["prometheus", "zipkin"]);
        assert_eq!(names(&ix, "없는말"), Vec::<String>::new());
    }
}
