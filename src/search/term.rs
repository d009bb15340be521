//! One query word resolved against the vocabulary, and how it matches a project.

use super::*;

/// One query word, resolved against the vocabulary.
pub(super) struct Term {
    /// The word as typed (normalised).
    pub(super) word: String,
    /// Vocabulary words it matches as typed, or with one typo when nothing matched as typed.
    pub(super) whole: Vec<(u32, Quality)>,
    /// For a Korean word typed without spaces, the candidates of each of its parts; a
    /// project must match every part.
    pub(super) parts: Vec<Vec<(u32, Quality)>>,
    /// The best correction, when `whole` holds typo candidates.
    pub(super) typo: Option<String>,
}

/// How one term matched one project.
pub(super) struct TermHit {
    pub(super) score: u32,
    pub(super) fields: u8,
}

/// The best match of `cands` in each field of `e`: (score, fields bitset).
pub(super) fn match_fields(e: &Entry, cands: &[(u32, Quality)]) -> Option<TermHit> {
    if cands.is_empty() {
        return None;
    }
    let mut best = 0u32;
    let mut fields = 0u8;
    for f in Field::ALL {
        let ids = &e.fields[f as usize];
        let q = cands
            .iter()
            .filter(|(i, _)| ids.binary_search(i).is_ok())
            .map(|&(_, q)| q)
            .max();
        if let Some(q) = q {
            fields |= f.bit();
            best = best.max(f.weight() * q as u32 / 10);
        }
    }
    (fields != 0).then_some(TermHit {
        score: best,
        fields,
    })
}

impl Term {
    pub(super) fn hit(&self, e: &Entry) -> Option<TermHit> {
        let whole = match_fields(e, &self.whole);
        let parts = if self.parts.is_empty() {
            None
        } else {
            let hs: Option<Vec<TermHit>> = self.parts.iter().map(|c| match_fields(e, c)).collect();
            hs.map(|hs| TermHit {
                score: hs.iter().map(|h| h.score).min().unwrap_or(0),
                fields: hs.iter().fold(0, |a, h| a | h.fields),
            })
        };
        match (whole, parts) {
            (Some(a), Some(b)) => Some(if a.score >= b.score { a } else { b }),
            (a, b) => a.or(b),
        }
    }
}
