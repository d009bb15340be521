//! The Markdown summary of the saved state ("my stack") for a team document.

use super::{Decision, Prefs};
use crate::catalog::{Catalog, Lang, Project};
use crate::i18n::{format_date, step_label, K};
use crate::routes;
use std::collections::{HashMap, HashSet};

/// The order of the groups in the Markdown summary.
const MARKDOWN_ORDER: [Decision; 4] = [
    Decision::Adopted,
    Decision::Evaluating,
    Decision::Considering,
    Decision::Rejected,
];

/// Where the export's links point and when it was made. Passed in, so the text is the same
/// for the same input (tests, and no clock in the pure core).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportContext<'a> {
    /// The app's address (`https://example.org/trailmap/`); empty for app-relative links
    /// (`/project/<id>`).
    pub app_url: &'a str,
    /// The day of the export, `YYYY-MM-DD`.
    pub date: &'a str,
}

/// Characters that mean something in Markdown or HTML anywhere in a line: escaped with a
/// backslash, so a note shows them as typed and never becomes a link, tag or emphasis.
const INLINE_SPECIAL: [char; 11] = ['\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~'];

/// `text` as Markdown text that renders as itself on one line.
pub fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if INLINE_SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A line that continues a list item: leading spaces dropped (four would start a code
/// block) and a marker that would start a heading, a list or a rule escaped.
fn md_continuation(line: &str) -> String {
    let line = md_text(line.trim_start());
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let after_digits = line[digits..].chars().next();
    if digits > 0 && matches!(after_digits, Some('.' | ')')) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    match line.chars().next() {
        Some('#' | '-' | '+' | '=') => format!("\\{line}"),
        _ => line,
    }
}

/// A note as Markdown that stays text: special characters escaped, each line of it kept
/// inside the list item (indented by two spaces).
pub fn md_note(note: &str) -> String {
    let mut lines = note.lines();
    let first = lines.next().map(md_text).unwrap_or_default();
    let rest: Vec<String> = lines.map(md_continuation).collect();
    if rest.is_empty() {
        first
    } else {
        format!("{first}\n  {}", rest.join("\n  "))
    }
}

/// A URL usable as a Markdown link destination: spaces, parentheses and angle brackets
/// percent-encoded.
fn md_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One list item: the name (a link to the project's page when there is one), an optional
/// status word, and the note with its lines kept inside the item.
fn md_item(out: &mut String, name: &str, link: Option<&str>, status: Option<&str>, note: &str) {
    out.push_str("- **");
    match link {
        Some(url) => {
            out.push('[');
            out.push_str(&md_text(name));
            out.push_str("](");
            out.push_str(&md_url(url));
            out.push(')');
        }
        None => out.push_str(&md_text(name)),
    }
    out.push_str("**");
    if let Some(status) = status {
        out.push_str(" (");
        out.push_str(status);
        out.push(')');
    }
    if !note.trim().is_empty() {
        out.push_str(" — ");
        out.push_str(&md_note(note));
    }
    out.push('\n');
}

/// A readable "my stack" summary for a team document.
///
/// Dated (`ctx.date`), then per stage in trail order (empty stages skipped): adopted,
/// evaluating, considering and rejected projects with their notes, then saved projects
/// without a decision; each project links to its page under `ctx.app_url`. Ids the dataset
/// doesn't know come last, under their own heading, without a link.
pub fn export_markdown(
    prefs: &Prefs,
    catalog: &Catalog,
    lang: Lang,
    ctx: &ExportContext,
) -> String {
    let mut out = format!(
        "# {} — {}\n\n_{}: {} · {}: {}_\n",
        K::AppName.get(lang),
        K::MyStack.get(lang),
        K::MdExported.get(lang),
        md_text(&format_date(ctx.date, lang)),
        K::DataAsOf.get(lang),
        catalog.as_of
    );
    let link = |id: &str| routes::project_link(ctx.app_url, id);
    let mut stages: Vec<_> = catalog.stages.iter().collect();
    stages.sort_by_key(|s| s.step);
    let mut listed: HashSet<&str> = HashSet::new();
    let saved = |p: &Project| prefs.is_bookmarked(&p.id) || prefs.decisions.contains_key(&p.id);

    for stage in &stages {
        let projects: Vec<&Project> = catalog
            .projects_in_stage(&stage.id)
            .filter(|p| saved(p))
            .collect();
        if projects.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n## {}: {}\n",
            step_label(stage.step, lang),
            stage.title.get(lang)
        ));
        let groups = MARKDOWN_ORDER
            .iter()
            .map(|&d| (Some(d), d.label().get(lang)))
            .chain(std::iter::once((None, K::MdNoDecision.get(lang))));
        for (status, heading) in groups {
            let members: Vec<&&Project> = projects
                .iter()
                .filter(|p| prefs.decision(&p.id) == status)
                .collect();
            if members.is_empty() {
                continue;
            }
            out.push_str(&format!("\n### {heading}\n\n"));
            for p in members {
                md_item(
                    &mut out,
                    &p.name,
                    Some(&link(&p.id)),
                    None,
                    prefs.note(&p.id),
                );
                listed.insert(p.id.as_str());
            }
        }
    }

    let mut others: Vec<&str> = Vec::new();
    for id in prefs.bookmarks.iter().chain(prefs.decisions.keys()) {
        if listed.insert(id.as_str()) {
            others.push(id);
        }
    }
    if !others.is_empty() {
        out.push_str(&format!("\n## {}\n\n", K::MdOther.get(lang)));
        let names: HashMap<&str, &str> = catalog
            .projects
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str()))
            .collect();
        for id in others {
            // A project of the dataset (listed here when its stage is unknown) keeps its
            // link; an id the dataset lacks has no page to link to.
            let (name, url) = match names.get(id) {
                Some(name) => (*name, Some(link(id))),
                None => (id, None),
            };
            let status = prefs.decision(id).map(|d| d.label().get(lang));
            md_item(&mut out, name, url.as_deref(), status, prefs.note(id));
        }
    }
    if prefs.bookmarks.is_empty() && prefs.decisions.is_empty() {
        out.push_str(&format!("\n{}\n", K::MdNothingSaved.get(lang)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::tests::{fixture, sample};

    const CTX: ExportContext = ExportContext {
        app_url: "https://example.org/trailmap/",
        date: "2026-12-01",
    };

    #[test]
    fn markdown_lists_stages_in_trail_order_with_notes() {
        let index = fixture();
        let mut prefs = sample();
        prefs.toggle_bookmark("gone-project");
        prefs.set_note("gone-project", "from an old dataset");
        let md = export_markdown(&prefs, &index.catalog, Lang::En, &CTX);
        assert!(md.starts_with("# Trail Map — My stack\n"), "{md}");
        let orch = md.find("## Step 3: Stage orchestration");
        let obs = md.find("## Step 4: Stage observability");
        assert!(orch.is_some() && obs.is_some() && orch < obs, "{md}");
        assert!(
            !md.contains("Stage containerization"),
            "empty stages are skipped: {md}"
        );
        assert!(
            md.contains(
                "### Adopted\n\n- **[Name of kubernetes](https://example.org/trailmap/project/kubernetes)** — Runs everything.\n  Since 2019.\n"
            ),
            "{md}"
        );
        assert!(
            md.contains("(https://example.org/trailmap/project/opentracing)** — Archived; use OpenTelemetry"),
            "{md}"
        );
        for heading in [
            "### Evaluating",
            "### Considering",
            "### Rejected",
            "### Saved, no decision yet",
        ] {
            assert!(md.contains(heading), "{heading} missing: {md}");
        }
        // Observability: adopted/evaluating/considering/rejected, then bookmarks.
        let pos = |s: &str| md.find(s).unwrap_or(usize::MAX);
        assert!(pos("Name of jaeger") < pos("Name of opentelemetry"));
        assert!(pos("Name of opentelemetry") < pos("Name of opentracing"));
        assert!(pos("Name of opentracing") < pos("Name of prometheus"));
        assert!(md.contains("## Other (ids not in the current dataset)\n\n- **gone-project** — from an old dataset\n"), "{md}");

        let ko = export_markdown(&prefs, &index.catalog, Lang::Ko, &CTX);
        assert!(
            ko.contains("나의 스택")
                && ko.contains("### 도입함")
                && ko.contains("## 3단계: Stage orchestration (ko)"),
            "{ko}"
        );

        let empty = export_markdown(&Prefs::default(), &index.catalog, Lang::En, &CTX);
        assert!(empty.contains("Nothing saved yet."), "{empty}");
        assert!(!empty.contains("## "), "{empty}");
    }

    #[test]
    fn every_project_links_to_its_page() {
        let index = fixture();
        let prefs = sample();
        let md = export_markdown(&prefs, &index.catalog, Lang::En, &CTX);
        let items: Vec<&str> = md.lines().filter(|l| l.starts_with("- ")).collect();
        assert!(!items.is_empty());
        for id in prefs.saved_ids() {
            let link = format!("](https://example.org/trailmap/project/{id})**");
            assert_eq!(
                items.iter().filter(|l| l.contains(&link)).count(),
                1,
                "{id}: {md}"
            );
        }
        assert!(items.iter().all(|l| l.starts_with("- **[")), "{md}");
        // Without an app address: app-relative links, built the same way.
        let rel = ExportContext { app_url: "", ..CTX };
        let md = export_markdown(&prefs, &index.catalog, Lang::En, &rel);
        assert!(
            md.contains("- **[Name of kubernetes](/project/kubernetes)**"),
            "{md}"
        );
        // An address with spaces or parentheses cannot end the link early.
        let odd = ExportContext {
            app_url: "https://example.org/a (b)/",
            ..CTX
        };
        let md = export_markdown(&prefs, &index.catalog, Lang::En, &odd);
        assert!(
            md.contains("](https://example.org/a%20%28b%29/project/kubernetes)"),
            "{md}"
        );
    }

    #[test]
    fn the_export_is_dated_with_the_day_given() {
        let index = fixture();
        let md = export_markdown(&sample(), &index.catalog, Lang::En, &CTX);
        let second = md.lines().nth(2).unwrap_or_default();
        assert_eq!(
            second,
            format!(
                "_Exported: Dec 1, 2026 · Data as of: {}_",
                index.catalog.as_of
            )
        );
        let ko = export_markdown(&sample(), &index.catalog, Lang::Ko, &CTX);
        assert!(ko.contains("_내보낸 날: 2026년 12월 1일 · "), "{ko}");
        let other = ExportContext {
            date: "2027-01-31",
            ..CTX
        };
        assert!(export_markdown(&sample(), &index.catalog, Lang::En, &other)
            .contains("_Exported: Jan 31, 2027 · "));
        // Whatever the caller passes stays text.
        let odd = ExportContext {
            date: "*today*",
            ..CTX
        };
        assert!(export_markdown(&sample(), &index.catalog, Lang::En, &odd)
            .contains("_Exported: \\*today\\* · "));
    }

    #[test]
    fn notes_stay_text_and_keep_their_lines_in_the_item() {
        let index = fixture();
        let mut prefs = Prefs::default();
        prefs.set_decision("kubernetes", Some(Decision::Adopted));
        prefs.set_note(
            "kubernetes",
            "<script>alert(1)</script> & *not bold* [x](javascript:y) `c` _u_ a|b ~s~ \\\n\
             # not a heading\n- not a list\n2019. not numbered\n    not code\n===\nplain",
        );
        let md = export_markdown(&prefs, &index.catalog, Lang::En, &CTX);
        let expected = "— \\<script\\>alert(1)\\</script\\> \\& \\*not bold\\* \\[x\\](javascript:y) \\`c\\` \\_u\\_ a\\|b \\~s\\~ \\\\\n  \
             \\# not a heading\n  \\- not a list\n  2019\\. not numbered\n  not code\n  \\===\n  plain\n";
        assert!(md.contains(expected), "{md}");
        // Every line of the note stays inside the item: indented, none starts a new block.
        let start = md.find("- **[Name of kubernetes]").unwrap_or(0);
        for line in md[start..].lines().skip(1).take_while(|l| !l.is_empty()) {
            assert!(line.starts_with("  "), "{line:?} left the item");
        }
        let unescaped = md
            .char_indices()
            .filter(|(i, c)| *c == '<' && !md[..*i].ends_with('\\'))
            .count();
        assert_eq!(unescaped, 0, "{md}");
        // Names of ids the dataset lacks are escaped too.
        let mut odd = Prefs::default();
        odd.toggle_bookmark("<b>x</b>");
        let md = export_markdown(&odd, &index.catalog, Lang::En, &CTX);
        assert!(md.contains("- **\\<b\\>x\\</b\\>**\n"), "{md}");
    }

    #[test]
    fn text_escaping_leaves_plain_words_alone() {
        assert_eq!(md_text("Runs everything."), "Runs everything.");
        assert_eq!(md_text("CRI-O (2019)"), "CRI-O (2019)");
        assert_eq!(md_text("쿠버네티스를 씁니다"), "쿠버네티스를 씁니다");
        assert_eq!(md_note("a\nb"), "a\n  b");
        assert_eq!(md_note("1) x\n1) y"), "1) x\n  1\\) y");
        assert_eq!(md_note("+ a\n+ b"), "+ a\n  \\+ b");
        assert_eq!(md_note(""), "");
    }
}
