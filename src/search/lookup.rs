//! How one query word finds the index's words: as typed (and its stem), as a prefix, within
//! one typo, or split into the Korean words it runs together.

use super::*;

impl SearchIndex {
    fn word_id(&self, w: &str) -> Option<u32> {
        self.vocab
            .binary_search_by(|v| v.as_str().cmp(w))
            .ok()
            .map(|i| i as u32)
    }

    /// The vocabulary ids `word` matches, and how: the word itself (and its stem), and with
    /// `prefix` every word it starts.
    fn candidates(&self, word: &str, prefix: bool) -> Vec<(u32, Quality)> {
        let mut out: Vec<(u32, Quality)> = Vec::new();
        let mut exact = vec![word];
        if let Some(s) = text::stem(word) {
            exact.push(s);
        }
        for &(a, b) in SYNONYMS {
            if word == a {
                exact.push(b);
            }
        }
        for w in exact {
            if let Some(i) = self.word_id(w) {
                out.push((i, Quality::Exact));
            }
        }
        if prefix {
            let start = self.vocab.partition_point(|v| v.as_str() < word);
            for (i, v) in self.vocab[start..].iter().enumerate() {
                if !v.starts_with(word) {
                    break;
                }
                let id = (start + i) as u32;
                if !out.iter().any(|&(o, _)| o == id) {
                    out.push((id, Quality::Prefix));
                }
            }
        }
        out
    }

    /// Whole words within one typo of `word`, best first (name words, then common words).
    fn typo_candidates(&self, word: &str) -> Vec<(u32, Quality)> {
        if !word.is_ascii() || word.len() < TYPO_MIN_LEN {
            return Vec::new();
        }
        let mut out: Vec<u32> = self
            .vocab
            .iter()
            .enumerate()
            .filter(|(_, v)| {
                v.len() >= TYPO_WORD_MIN_LEN && text::within_one(word.as_bytes(), v.as_bytes())
            })
            .map(|(i, _)| i as u32)
            .collect();
        out.sort_by_key(|&i| {
            (
                self.derived[i as usize],
                std::cmp::Reverse(self.in_name[i as usize]),
                std::cmp::Reverse(self.frequency[i as usize]),
            )
        });
        out.into_iter().map(|i| (i, Quality::Typo)).collect()
    }

    /// A Korean word typed without spaces, split into two or three words the index knows
    /// ("서비스메시" → "서비스", "메시"); the last part may be a prefix when `prefix`.
    fn split(&self, word: &str, prefix: bool, depth: u8) -> Option<Vec<String>> {
        if depth == 0 || word.chars().count() < 3 {
            return None;
        }
        let cuts: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(1).collect();
        // Longest first part first.
        for &cut in cuts.iter().rev() {
            let (head, tail) = word.split_at(cut);
            if head.chars().count() < 2 || self.word_id(head).is_none() {
                continue;
            }
            let tail_ok = if prefix {
                !self.candidates(tail, true).is_empty()
            } else {
                self.word_id(tail).is_some()
            };
            if tail_ok && tail.chars().count() >= 1 {
                return Some(vec![head.to_string(), tail.to_string()]);
            }
            if let Some(mut rest) = self.split(tail, prefix, depth - 1) {
                rest.insert(0, head.to_string());
                return Some(rest);
            }
        }
        None
    }

    /// Prepare `word` (the `last` word of the query may be a prefix).
    pub(super) fn term(&self, word: &str, last: bool) -> Term {
        let mut alts = vec![self.candidates(word, last)];
        let mut typo = None;
        if alts[0].is_empty() {
            let t = self.typo_candidates(word);
            if let Some(&(best, _)) = t.first() {
                typo = Some(self.vocab[best as usize].clone());
            }
            alts[0] = t;
        }
        if text::has_hangul(word) && !alts[0].iter().any(|&(_, q)| q == Quality::Exact) {
            if let Some(parts) = self.split(word, last, 3) {
                let n = parts.len();
                for (k, part) in parts.iter().enumerate() {
                    alts.push(self.candidates(part, last && k + 1 == n));
                }
                return Term {
                    word: word.to_string(),
                    whole: std::mem::take(&mut alts[0]),
                    parts: alts.split_off(1),
                    typo,
                };
            }
        }
        Term {
            word: word.to_string(),
            whole: std::mem::take(&mut alts[0]),
            parts: Vec::new(),
            typo,
        }
    }
}
