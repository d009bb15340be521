//! Matched words as text segments for `<mark>`: pure, so no HTML is ever built from text.

use super::text::{normalize, stem, word_spans};
use super::{Field, Outcome};
use crate::catalog::{Lang, Project};
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

/// What a search result card shows of one project for one search, as one value: the
/// view compares it with the last one, so a card whose text did not change is not touched.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResultText {
    pub name: Vec<Segment>,
    pub tagline: Vec<Segment>,
    /// Around the first match in a body field (features, descriptions, use cases), in the
    /// reader's language first, then the other.
    pub snippet: Option<Vec<Segment>>,
    /// Where the query matched, best first.
    pub fields: Vec<Field>,
}

/// The [`ResultText`] of `project` (dataset position `position`) for `outcome` in `lang`;
/// the snippet has at most `snippet_chars` characters.
pub fn result_text(
    outcome: &Outcome,
    position: Option<usize>,
    project: &Project,
    lang: Lang,
    snippet_chars: usize,
) -> ResultText {
    let fields = position
        .and_then(|i| outcome.hit(i))
        .map(|h| h.fields())
        .unwrap_or_default();
    let other = match lang {
        Lang::Ko => Lang::En,
        Lang::En => Lang::Ko,
    };
    let snippet = fields
        .iter()
        .filter(|f| !matches!(f, Field::Name | Field::Tagline | Field::Tags))
        .flat_map(|f| f.texts(project))
        .flat_map(|t| [t.get(lang), t.get(other)])
        .find_map(|text| snippet(&outcome.highlight(text), snippet_chars));
    ResultText {
        name: outcome.highlight(&project.name),
        tagline: outcome.highlight(project.tagline.get(lang)),
        snippet,
        fields,
    }
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
    fn result_text_marks_name_tagline_and_a_body_snippet() {
        let c = crate::test_catalog::catalog();
        let index = crate::search::SearchIndex::new(&c);
        let at = |id: &str| {
            c.projects
                .iter()
                .position(|p| p.id == id)
                .expect("known id")
        };
        let o = index.search("prometheus");
        let (p, t) = (at("prometheus"), at("thanos"));
        let r = result_text(&o, Some(p), &c.projects[p], Lang::En, 140);
        assert_eq!(render(&r.name), "[Prometheus]");
        assert_eq!(r.fields.first(), Some(&Field::Name));
        // Thanos only mentions it: its tagline is marked, and a description snippet shown.
        let r = result_text(&o, Some(t), &c.projects[t], Lang::En, 140);
        assert_eq!(r.fields, vec![Field::Tagline, Field::Description]);
        assert!(
            render(&r.tagline).contains("[Prometheus]"),
            "{:?}",
            r.tagline
        );
        let snippet = render(&r.snippet.expect("a description matched"));
        assert!(snippet.contains("[Prometheus]"), "{snippet}");
        assert!(snippet.chars().count() <= 140 + 4, "{snippet}");
        // Equal inputs give equal values (the view skips those), another query another one.
        assert_eq!(
            result_text(&o, Some(t), &c.projects[t], Lang::En, 140),
            result_text(
                &index.search("prometheus"),
                Some(t),
                &c.projects[t],
                Lang::En,
                140
            )
        );
        assert_ne!(
            result_text(&o, Some(t), &c.projects[t], Lang::En, 140),
            result_text(
                &index.search("thanos"),
                Some(t),
                &c.projects[t],
                Lang::En,
                140
            )
        );
        // A project the outcome did not match: plain text, no fields, no snippet.
        let r = result_text(
            &index.search("kafka"),
            Some(p),
            &c.projects[p],
            Lang::Ko,
            140,
        );
        assert!(r.fields.is_empty() && r.snippet.is_none());
        assert!(r.name.iter().chain(&r.tagline).all(|s| !s.mark));
        assert_eq!(render(&r.tagline), c.projects[p].tagline.ko);
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
