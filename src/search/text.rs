//! Text primitives of search: normalisation, words, Korean particles, one-typo distance.

/// Characters other than whitespace and ASCII punctuation that separate words.
const EXTRA_SEPARATORS: &[char] = &[
    '·', '•', '…', '“', '”', '‘', '’', '、', '。', '「', '」', '『', '』', '—', '–', '〈', '〉',
    '《', '》', '（', '）', '，', '：', '；', '→', '←',
];

pub fn is_separator(c: char) -> bool {
    // `+` and `#` stay: `c++`, `c#`.
    c.is_whitespace()
        || (c.is_ascii_punctuation() && c != '+' && c != '#')
        || EXTRA_SEPARATORS.contains(&c)
}

/// A precomposed Hangul syllable (가-힣).
pub fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

pub fn has_hangul(s: &str) -> bool {
    s.chars().any(is_hangul)
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

/// `s` normalised without any spaces: "서비스 메시" and "서비스메시" compare equal.
pub fn compact(s: &str) -> String {
    normalize(s).replace(' ', "")
}

/// The byte ranges of the words of `text` (runs of non-separator characters).
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_separator(c), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Korean particles (josa) and the copula endings that follow a noun, longest first.
const PARTICLES: &[&str] = &[
    "으로서",
    "으로써",
    "에서는",
    "에서도",
    "이라는",
    "입니다",
    "에서",
    "으로",
    "에게",
    "까지",
    "부터",
    "처럼",
    "보다",
    "이나",
    "라는",
    "이며",
    "이고",
    "와",
    "과",
    "을",
    "를",
    "이",
    "가",
    "은",
    "는",
    "의",
    "에",
    "로",
    "도",
    "만",
    "나",
];

/// A Hangul word without its trailing particle ("쿠버네티스를" → "쿠버네티스"), if the stem
/// keeps at least two syllables. Both the word and its stem are searchable.
pub fn stem(word: &str) -> Option<&str> {
    if !word.chars().last().is_some_and(is_hangul) {
        return None;
    }
    PARTICLES.iter().find_map(|p| {
        let s = word.strip_suffix(p)?;
        (s.chars().count() >= 2 && s.chars().all(is_hangul)).then_some(s)
    })
}

/// True when `a` and `b` are within Damerau-Levenshtein (optimal string alignment)
/// distance 1 of each other. Allocation-free.
pub fn within_one(a: &[u8], b: &[u8]) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_lowercases_and_splits_punctuation() {
        assert_eq!(normalize("  Cert-Manager_v1.2/x  "), "cert manager v1 2 x");
        assert_eq!(normalize("Argo\t\n CD"), "argo cd");
        assert_eq!(normalize("ÄBC 모니터링"), "äbc 모니터링");
        assert_eq!(normalize("C++ and C#"), "c++ and c#");
        assert_eq!(normalize("---"), "");
        assert_eq!(compact(" 서비스  메시 "), "서비스메시");
    }

    #[test]
    fn word_spans_cover_the_words() {
        let t = "Prometheus, and 서비스 메시!";
        let words: Vec<&str> = word_spans(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(words, ["Prometheus", "and", "서비스", "메시"]);
        assert!(word_spans("  ").is_empty());
    }

    #[test]
    fn particles_are_stripped_from_hangul_words_only() {
        assert_eq!(stem("쿠버네티스를"), Some("쿠버네티스"));
        assert_eq!(stem("메시와"), Some("메시"));
        assert_eq!(stem("클러스터에서"), Some("클러스터"));
        assert_eq!(stem("메시"), None); // the stem would be one syllable
        assert_eq!(stem("kafka"), None);
        assert_eq!(stem("메시지"), None);
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
}
