//! Matched words as text segments for `<mark>`: pure, so no HTML is ever built from text.

use super::text::{normalize, stem, word_spans};
use std::collections::HashSet;

/// A run of text; `mark` when it is a word the query matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub mark: bool,
}

fn push(out: &mut Vec<Segment>, text: &str, mark: bool) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.mark == mark => last.text.push_str(text),
        _ => out.push(Segment {
            text: text.to_string(),
            mark,
        }),
    }
}

/// True when the normalised `word` (or its stem or singular) is one of `marks`.
fn is_marked(word: &str, marks: &HashSet<String>) -> bool {
    let w = normalize(word);
    marks.contains(&w)
        || stem(&w).is_some_and(|s| marks.contains(s))
        || (w.len() >= 4 && w.is_ascii() && w.ends_with('s') && marks.contains(&w[..w.len() - 1]))
}

/// `text` in segments, every word in `marks` marked. The segments concatenate to `text`.
pub fn highlight(text: &str, marks: &HashSet<String>) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    if !marks.is_empty() {
        for (a, b) in word_spans(text) {
            // A word such as "argo-cd" is several index words: mark each part.
            let word = &text[a..b];
            if is_marked(word, marks) {
                push(&mut out, &text[at..a], false);
                push(&mut out, word, true);
                at = b;
            }
        }
    }
    push(&mut out, &text[at..], false);
    out
}

/// A window of at most `max_chars` characters of `segments` around the first mark, with
/// "…" where text was cut; `None` when nothing is marked.
pub fn snippet(segments: &[Segment], max_chars: usize) -> Option<Vec<Segment>> {
    const BEFORE: usize = 30;
    let first = segments.iter().position(|s| s.mark)?;
    let before: usize = segments[..first]
        .iter()
        .map(|s| s.text.chars().count())
        .sum();
    let mut skip = before.saturating_sub(BEFORE);
    let mut out = Vec::new();
    if skip > 0 {
        push(&mut out, "…", false);
    }
    let mut left = max_chars;
    let mut cut = false;
    for (k, s) in segments.iter().enumerate() {
        let n = s.text.chars().count();
        if skip >= n {
            skip -= n;
            continue;
        }
        let part: String = s.text.chars().skip(skip).take(left).collect();
        skip = 0;
        let taken = part.chars().count();
        left -= taken;
        push(&mut out, &part, s.mark);
        if left == 0 {
            cut = taken < n || k + 1 < segments.len();
            break;
        }
    }
    if cut {
        push(&mut out, "…", false);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(w: &[&str]) -> HashSet<String> {
        w.iter().map(|s| s.to_string()).collect()
    }

    fn render(segs: &[Segment]) -> String {
        segs.iter()
            .map(|s| {
                if s.mark {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn marks_whole_words_and_keeps_the_text() {
        let t = "Prometheus scrapes metrics; Thanos extends Prometheus.";
        let segs = highlight(t, &marks(&["prometheus"]));
        assert_eq!(segs.iter().map(|s| s.text.as_str()).collect::<String>(), t);
        assert_eq!(
            render(&segs),
            "[Prometheus] scrapes metrics; Thanos extends [Prometheus]."
        );
        assert_eq!(render(&highlight(t, &HashSet::new())), t);
    }

    #[test]
    fn marks_korean_words_with_particles_and_plurals() {
        let t = "쿠버네티스를 위한 서비스 메시와 services";
        let segs = highlight(t, &marks(&["쿠버네티스", "메시", "service"]));
        assert_eq!(
            render(&segs),
            "[쿠버네티스를] 위한 서비스 [메시와] [services]"
        );
    }

    #[test]
    fn markup_in_text_stays_text() {
        let t = "<b>kafka</b>";
        let segs = highlight(t, &marks(&["kafka"]));
        assert_eq!(render(&segs), "<b>[kafka]</b>");
    }

    #[test]
    fn snippets_cut_around_the_first_mark() {
        let t = format!("{} kafka {}", "a ".repeat(40), "b ".repeat(40));
        let segs = highlight(&t, &marks(&["kafka"]));
        let s = snippet(&segs, 50).expect("marked");
        let text = render(&s);
        assert!(text.starts_with('…'), "{text}");
        assert!(text.ends_with('…'), "{text}");
        assert!(text.contains("[kafka]"));
        assert!(text.chars().count() <= 50 + 4);
        assert_eq!(snippet(&highlight("no match", &marks(&["x"])), 50), None);
        let short = snippet(&highlight("kafka", &marks(&["kafka"])), 50).expect("marked");
        assert_eq!(render(&short), "[kafka]");
    }
}
