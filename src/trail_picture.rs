//! The trail picture's pure part: per-step counts, progress and emptiness, and the geometry
//! of the drawn path for the wide (winding, two rows) and the phone (vertical) layout.
//!
//! The geometry is in the units of the drawing's `viewBox`; it matches the grid in
//! `style/main.css` (`tm-trailpic`), which places each step's node at the same spot.

use crate::catalog::{Lang, Project, Stage};
use crate::i18n::K;
use crate::prefs::Decision;

/// What the picture shows for one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepInfo {
    pub step: u8,
    pub optional: bool,
    /// Projects the trail lists under this step with the current filters.
    pub count: usize,
    /// The filters leave this step without a project (its stage card is hidden).
    pub empty: bool,
    pub progress: Progress,
}

/// The reader's decisions among the projects of one step (by primary stage).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub adopted: usize,
    pub evaluating: usize,
    /// All projects of the step in the dataset, whatever the filters.
    pub total: usize,
}

impl Progress {
    pub fn any(&self) -> bool {
        self.adopted + self.evaluating > 0
    }

    /// The two arcs of the progress ring, in percent of the circle: adopted first, then
    /// evaluating after it. A step with a decision always shows a visible sliver.
    pub fn arcs(&self) -> (f32, f32) {
        if self.total == 0 {
            return (0.0, 0.0);
        }
        let pct = |n: usize| {
            if n == 0 {
                0.0
            } else {
                // Rounded to a tenth, at least 4 % so one decision among many still shows.
                let p = (n.min(self.total) as f32 * 1000.0 / self.total as f32).round() / 10.0;
                p.max(4.0)
            }
        };
        let adopted = pct(self.adopted);
        let evaluating = pct(self.evaluating).min(100.0 - adopted);
        (adopted, evaluating.max(0.0))
    }

    /// "2 adopted, 1 evaluating" / "도입함 2, 평가 중 1"; `None` without any.
    pub fn label(&self, lang: Lang) -> Option<String> {
        let part = |n: usize, key: K| match lang {
            Lang::Ko => format!("{} {n}", key.get(lang)),
            Lang::En => format!("{n} {}", key.get(lang)),
        };
        let parts: Vec<String> = [
            (self.adopted, K::TrailPicAdopted),
            (self.evaluating, K::TrailPicEvaluating),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, k)| part(n, k))
        .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// How many projects each stage lists, in `stages` order, given the projects the filters
/// leave (`visible`) and the stage filter: the rule of the stage cards. Without a stage
/// filter a project counts once, under its primary stage; a selected stage counts every
/// project that serves it, and a stage the filter leaves out counts none.
pub fn step_counts<'a>(
    stages: &[Stage],
    visible: impl IntoIterator<Item = &'a Project>,
    stage_filter: &[String],
) -> Vec<usize> {
    let selected: Vec<bool> = stages
        .iter()
        .map(|s| stage_filter.contains(&s.id))
        .collect();
    let filter_on = !stage_filter.is_empty();
    let mut counts = vec![0; stages.len()];
    for p in visible {
        for (i, s) in stages.iter().enumerate() {
            let counted = if filter_on {
                selected[i] && p.in_stage(&s.id)
            } else {
                p.stage == s.id
            };
            if counted {
                counts[i] += 1;
            }
        }
    }
    counts
}

/// Adopted / evaluating / total per stage, in `stages` order (by primary stage, as the
/// progress on the stage cards and on the saved page).
pub fn step_progress(
    stages: &[Stage],
    projects: &[Project],
    decision: impl Fn(&str) -> Option<Decision>,
) -> Vec<Progress> {
    stages
        .iter()
        .map(|s| {
            let mut p = Progress::default();
            for project in projects.iter().filter(|p| p.stage == s.id) {
                p.total += 1;
                match decision(&project.id) {
                    Some(Decision::Adopted) => p.adopted += 1,
                    Some(Decision::Evaluating) => p.evaluating += 1,
                    _ => {}
                }
            }
            p
        })
        .collect()
}

/// Everything the picture shows per step. `filtered`: a filter or search is active (only
/// then can a step be "empty": an unfiltered trail shows every stage card).
pub fn steps(
    stages: &[Stage],
    counts: &[usize],
    progress: &[Progress],
    filtered: bool,
) -> Vec<StepInfo> {
    stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let count = counts.get(i).copied().unwrap_or(0);
            StepInfo {
                step: s.step,
                optional: s.optional,
                count,
                empty: filtered && count == 0,
                progress: progress.get(i).copied().unwrap_or_default(),
            }
        })
        .collect()
}

/// "Step 4" / "4단계".
pub fn step_label(step: u8, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("{step}{}", K::Step.get(lang)),
        Lang::En => format!("{} {step}", K::Step.get(lang)),
    }
}

/// The spoken name of a step's link: "Step 4: Observability & Analysis, 9 projects ·
/// optional, 2 adopted, 1 evaluating" (plus "No project in this step matches." when dimmed).
pub fn link_name(step: &StepInfo, title: &str, lang: Lang) -> String {
    let mut name = format!(
        "{}: {title}, {}",
        step_label(step.step, lang),
        crate::i18n::count(step.count, K::Projects, lang)
    );
    if step.optional {
        name.push_str(" · ");
        name.push_str(K::TrailPicOptional.get(lang));
    }
    if let Some(progress) = step.progress.label(lang) {
        name.push_str(", ");
        name.push_str(&progress);
    }
    if step.empty {
        name.push_str(", ");
        name.push_str(K::NoProjectsMatch.get(lang));
    }
    name
}

/// The two ways the path is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// Desktop: two rows of five, left to right, a bend on the right, then right to left.
    Horizontal,
    /// Phone: one column, top to bottom.
    Vertical,
}

/// Steps per row in the horizontal layout (`grid-template-columns` in the CSS).
pub const COLUMNS: usize = 5;
/// Horizontal layout: the drawing is this wide (stretched to the width of the grid).
pub const H_WIDTH: f32 = 1000.0;
/// Heights in tenths of a rem, as in the CSS: a row's text block, the node and the band
/// between the two rows where the path bends.
pub const H_ROW: f32 = 87.5;
pub const H_NODE: f32 = 30.0;
pub const H_BAND: f32 = 20.0;
/// Vertical layout: width of the node column and height of one step, in tenths of a rem.
pub const V_WIDTH: f32 = 40.0;
pub const V_ROW: f32 = 40.0;

/// The drawing of the path for `n` steps.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub width: f32,
    pub height: f32,
    /// Node centres, one per step.
    pub nodes: Vec<(f32, f32)>,
    /// From the edge to step 1.
    pub lead_in: String,
    /// `segments[k]` runs from step k+1 to step k+2.
    pub segments: Vec<String>,
    /// From the last step to the edge.
    pub lead_out: String,
}

impl Drawing {
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", num(self.width), num(self.height))
    }
}

/// A number as the SVG gets it: at most one decimal, no trailing ".0". Printed through
/// integers: float formatting would add kilobytes to the wasm for this alone.
pub fn num(v: f32) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, frac) = (tenths.abs() / 10, tenths.abs() % 10);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac}")
    }
}

fn pt((x, y): (f32, f32)) -> String {
    format!("{} {}", num(x), num(y))
}

/// A cubic Bézier from `a` to `d` with control points `b`, `c`.
fn cubic(a: (f32, f32), b: (f32, f32), c: (f32, f32), d: (f32, f32)) -> String {
    format!("M{} C{} {} {}", pt(a), pt(b), pt(c), pt(d))
}

pub fn drawing(orientation: Orientation, n: usize) -> Drawing {
    match orientation {
        Orientation::Horizontal => horizontal(n),
        Orientation::Vertical => vertical(n),
    }
}

fn horizontal(n: usize) -> Drawing {
    let col = H_WIDTH / COLUMNS as f32;
    let rows = n.div_ceil(COLUMNS).max(1);
    // Row 0 has its text above the node, row 1 below: the nodes face each other across the
    // band, so the path never crosses a label. Further rows (not used by the ten steps)
    // repeat the pattern.
    let node_y = |row: usize| {
        let pair = (row / 2) as f32 * (2.0 * H_ROW + 2.0 * H_BAND);
        if row.is_multiple_of(2) {
            pair + H_ROW - H_NODE / 2.0
        } else {
            pair + H_ROW + H_BAND + H_NODE / 2.0
        }
    };
    let nodes: Vec<(f32, f32)> = (0..n)
        .map(|i| {
            let row = i / COLUMNS;
            let c = if row.is_multiple_of(2) {
                i % COLUMNS
            } else {
                COLUMNS - 1 - i % COLUMNS
            };
            (col * (c as f32 + 0.5), node_y(row))
        })
        .collect();
    let height = rows.div_ceil(2) as f32 * (2.0 * H_ROW + H_BAND)
        + (rows.div_ceil(2).saturating_sub(1)) as f32 * H_BAND;
    // Control-point offset of the waves along a row (the curve peaks at about 0.3 of it)
    // and of the short lead-in and lead-out.
    let amp = 20.0;
    let lead = 8.0;
    let segments = nodes
        .windows(2)
        .enumerate()
        .map(|(k, w)| {
            let (a, d) = (w[0], w[1]);
            if (a.1 - d.1).abs() < f32::EPSILON {
                // Along a row: a gentle S, alternately up and down.
                let dir = if d.0 > a.0 { 1.0 } else { -1.0 };
                let s = if k.is_multiple_of(2) { -amp } else { amp };
                let reach = col * 0.42 * dir;
                cubic(a, (a.0 + reach, a.1 + s), (d.0 - reach, d.1 - s), d)
            } else {
                // The bend at the end of a row, out towards the edge and back.
                let out = if a.0 > H_WIDTH / 2.0 {
                    H_WIDTH + col * 0.1
                } else {
                    -col * 0.1
                };
                cubic(a, (out, a.1), (out, d.1), d)
            }
        })
        .collect();
    let first = nodes.first().copied().unwrap_or((col / 2.0, node_y(0)));
    let last = nodes.last().copied().unwrap_or(first);
    let lead_in = cubic(
        (0.0, first.1 - lead),
        (col * 0.2, first.1 - lead),
        (col * 0.25, first.1),
        first,
    );
    let out_x = if (n.saturating_sub(1) / COLUMNS).is_multiple_of(2) {
        H_WIDTH
    } else {
        0.0
    };
    let dir = if out_x > last.0 { 1.0 } else { -1.0 };
    let lead_out = cubic(
        last,
        (last.0 + dir * col * 0.25, last.1),
        (out_x - dir * col * 0.2, last.1 + lead),
        (out_x, last.1 + lead),
    );
    Drawing {
        width: H_WIDTH,
        height,
        nodes,
        lead_in,
        segments,
        lead_out,
    }
}

fn vertical(n: usize) -> Drawing {
    let x = V_WIDTH / 2.0;
    let nodes: Vec<(f32, f32)> = (0..n).map(|i| (x, V_ROW * (i as f32 + 0.5))).collect();
    let bulge = V_WIDTH * 0.42;
    let segments = nodes
        .windows(2)
        .enumerate()
        .map(|(k, w)| {
            let (a, d) = (w[0], w[1]);
            let s = if k.is_multiple_of(2) { bulge } else { -bulge };
            let dy = (d.1 - a.1) * 0.45;
            cubic(a, (a.0 + s, a.1 + dy), (d.0 + s, d.1 - dy), d)
        })
        .collect();
    let first = nodes.first().copied().unwrap_or((x, V_ROW / 2.0));
    let last = nodes.last().copied().unwrap_or(first);
    let height = V_ROW * n.max(1) as f32;
    Drawing {
        width: V_WIDTH,
        height,
        lead_in: format!("M{} L{}", pt((x, 0.0)), pt(first)),
        lead_out: format!("M{} L{}", pt(last), pt((x, height))),
        nodes,
        segments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, Text};

    fn data() -> &'static Catalog {
        crate::catalog::catalog()
    }

    fn stage(id: &str, step: u8) -> Stage {
        Stage {
            id: id.to_string(),
            step,
            optional: step > 3,
            title: Text::default(),
            summary: Text::default(),
            guidance: vec![],
        }
    }

    fn project(id: &str, stage: &str, also_in: &[&str]) -> Project {
        let mut p = data().projects[0].clone();
        p.id = id.to_string();
        p.stage = stage.to_string();
        p.also_in = also_in.iter().map(|s| s.to_string()).collect();
        p
    }

    fn fixture() -> (Vec<Stage>, Vec<Project>) {
        let stages = vec![stage("a", 1), stage("b", 2), stage("c", 3), stage("d", 4)];
        let projects = vec![
            project("p1", "a", &[]),
            project("p2", "a", &["b"]),
            project("p3", "b", &[]),
            project("p4", "d", &["a", "c"]),
        ];
        (stages, projects)
    }

    #[test]
    fn counts_follow_primary_stage_without_a_stage_filter() {
        let (stages, projects) = fixture();
        assert_eq!(step_counts(&stages, &projects, &[]), vec![2, 1, 0, 1]);
        // Only what the filters leave counts.
        assert_eq!(
            step_counts(&stages, projects.iter().skip(2), &[]),
            vec![0, 1, 0, 1]
        );
    }

    #[test]
    fn a_selected_stage_counts_every_project_serving_it() {
        let (stages, projects) = fixture();
        let filter = vec!["a".to_string(), "c".to_string()];
        // The trail shows the projects serving a or c: p1, p2, p4.
        let visible: Vec<&Project> = projects
            .iter()
            .filter(|p| filter.iter().any(|s| p.in_stage(s)))
            .collect();
        assert_eq!(
            step_counts(&stages, visible.iter().copied(), &filter),
            vec![3, 0, 1, 0]
        );
    }

    #[test]
    fn counts_match_the_dataset() {
        let d = data();
        let counts = step_counts(&d.stages, &d.projects, &[]);
        assert_eq!(counts.len(), 10);
        assert_eq!(counts.iter().sum::<usize>(), d.projects.len());
        for (s, n) in d.stages.iter().zip(&counts) {
            assert_eq!(*n, d.projects_in_stage(&s.id).count(), "{}", s.id);
        }
    }

    #[test]
    fn progress_counts_adopted_and_evaluating_by_primary_stage() {
        let (stages, projects) = fixture();
        let decision = |id: &str| match id {
            "p1" => Some(Decision::Adopted),
            "p2" => Some(Decision::Evaluating),
            "p3" => Some(Decision::Rejected),
            "p4" => Some(Decision::Adopted),
            _ => None,
        };
        let p = step_progress(&stages, &projects, decision);
        assert_eq!(
            p[0],
            Progress {
                adopted: 1,
                evaluating: 1,
                total: 2
            }
        );
        assert!(!p[1].any(), "rejected is not progress");
        assert_eq!(p[2].total, 0);
        assert_eq!(p[3].adopted, 1);
    }

    #[test]
    fn progress_label_in_both_languages() {
        let p = Progress {
            adopted: 2,
            evaluating: 1,
            total: 9,
        };
        assert_eq!(
            p.label(Lang::En).as_deref(),
            Some("2 adopted, 1 evaluating")
        );
        assert_eq!(p.label(Lang::Ko).as_deref(), Some("도입함 2, 평가 중 1"));
        let only = Progress {
            evaluating: 3,
            total: 3,
            ..Progress::default()
        };
        assert_eq!(only.label(Lang::En).as_deref(), Some("3 evaluating"));
        assert_eq!(Progress::default().label(Lang::En), None);
    }

    #[test]
    fn arcs_fill_the_ring_proportionally() {
        let p = |adopted, evaluating, total| Progress {
            adopted,
            evaluating,
            total,
        };
        assert_eq!(p(0, 0, 0).arcs(), (0.0, 0.0));
        assert_eq!(p(0, 0, 5).arcs(), (0.0, 0.0));
        assert_eq!(p(1, 1, 4).arcs(), (25.0, 25.0));
        assert_eq!(p(4, 0, 4).arcs(), (100.0, 0.0));
        assert_eq!(p(2, 1, 3).arcs(), (66.7, 33.3));
        // One among many still shows; the two arcs never exceed the circle.
        assert_eq!(p(1, 0, 100).arcs(), (4.0, 0.0));
        let (a, e) = p(99, 1, 100).arcs();
        assert!(a + e <= 100.0);
    }

    #[test]
    fn a_step_is_empty_only_when_filters_leave_it_without_projects() {
        let (stages, _) = fixture();
        let counts = [2, 0, 0, 1];
        let progress = vec![Progress::default(); 4];
        let on = steps(&stages, &counts, &progress, true);
        assert_eq!(
            on.iter().map(|s| s.empty).collect::<Vec<_>>(),
            vec![false, true, true, false]
        );
        let off = steps(&stages, &counts, &progress, false);
        assert!(off.iter().all(|s| !s.empty));
        assert_eq!(
            on.iter().map(|s| s.optional).collect::<Vec<_>>(),
            vec![false, false, false, true]
        );
        assert_eq!(on[3].step, 4);
    }

    #[test]
    fn link_names_say_everything_the_picture_shows() {
        let mut s = StepInfo {
            step: 1,
            optional: false,
            count: 2,
            empty: false,
            progress: Progress::default(),
        };
        assert_eq!(
            link_name(&s, "Containerization", Lang::En),
            "Step 1: Containerization, 2 projects"
        );
        s.step = 4;
        s.optional = true;
        s.count = 1;
        s.progress = Progress {
            adopted: 2,
            evaluating: 1,
            total: 9,
        };
        assert_eq!(
            link_name(&s, "Observability", Lang::En),
            "Step 4: Observability, 1 project · optional, 2 adopted, 1 evaluating"
        );
        s.count = 0;
        s.empty = true;
        s.progress = Progress::default();
        assert_eq!(
            link_name(&s, "관측 가능성", Lang::Ko),
            "4단계: 관측 가능성, 0개 프로젝트 · 선택, 이 단계에는 조건에 맞는 프로젝트가 없습니다."
        );
    }

    #[test]
    fn step_labels() {
        assert_eq!(step_label(4, Lang::En), "Step 4");
        assert_eq!(step_label(4, Lang::Ko), "4단계");
    }

    #[test]
    fn horizontal_winds_right_then_back_left() {
        let d = drawing(Orientation::Horizontal, 10);
        assert_eq!(d.nodes.len(), 10);
        assert_eq!(d.segments.len(), 9);
        let xs: Vec<f32> = d.nodes.iter().map(|n| n.0).collect();
        assert_eq!(
            xs,
            vec![100.0, 300.0, 500.0, 700.0, 900.0, 900.0, 700.0, 500.0, 300.0, 100.0]
        );
        // Two node lines facing each other across the band.
        let (y0, y1) = (d.nodes[0].1, d.nodes[5].1);
        assert!(d.nodes[..5].iter().all(|n| n.1 == y0));
        assert!(d.nodes[5..].iter().all(|n| n.1 == y1));
        assert_eq!(y0, H_ROW - H_NODE / 2.0);
        assert_eq!(y1 - y0, H_NODE + H_BAND);
        assert_eq!(d.height, 2.0 * H_ROW + H_BAND);
        assert_eq!(d.view_box(), "0 0 1000 195");
        // The bend goes out to the right edge and no further than the drawing.
        assert_eq!(d.segments[4], "M900 72.5 C1020 72.5 1020 122.5 900 122.5");
        // Each segment starts at its step and ends at the next.
        for (k, s) in d.segments.iter().enumerate() {
            assert!(s.starts_with(&format!("M{}", pt(d.nodes[k]))), "{s}");
            assert!(s.ends_with(&pt(d.nodes[k + 1])), "{s}");
        }
        assert!(d.lead_in.starts_with("M0 ") && d.lead_in.ends_with(&pt(d.nodes[0])));
        assert!(d.lead_out.starts_with(&format!("M{}", pt(d.nodes[9]))));
        assert!(
            d.lead_out.contains(" 0 "),
            "ends at the left edge: {}",
            d.lead_out
        );
    }

    #[test]
    fn vertical_runs_top_to_bottom() {
        let d = drawing(Orientation::Vertical, 10);
        assert_eq!(d.width, V_WIDTH);
        assert_eq!(d.height, 10.0 * V_ROW);
        assert_eq!(d.view_box(), "0 0 40 400");
        for w in d.nodes.windows(2) {
            assert_eq!(w[0].0, w[1].0);
            assert!(w[1].1 > w[0].1);
        }
        assert_eq!(d.nodes[0], (20.0, 20.0));
        assert_eq!(d.lead_in, "M20 0 L20 20");
        assert_eq!(d.lead_out, "M20 380 L20 400");
        // The path winds: consecutive segments bulge to opposite sides.
        assert!(d.segments[0].contains("C36.8 "));
        assert!(d.segments[1].contains("C3.2 "));
    }

    #[test]
    fn geometry_degrades_gracefully() {
        for o in [Orientation::Horizontal, Orientation::Vertical] {
            let none = drawing(o, 0);
            assert!(none.nodes.is_empty() && none.segments.is_empty());
            assert!(none.height > 0.0);
            let one = drawing(o, 1);
            assert_eq!(one.nodes.len(), 1);
            assert!(one.segments.is_empty());
        }
        // Three rows: the third starts on the left again.
        let d = drawing(Orientation::Horizontal, 12);
        assert_eq!(d.nodes[10].0, 100.0);
        assert!(d.nodes[10].1 > d.nodes[9].1);
    }

    #[test]
    fn numbers_print_compactly() {
        assert_eq!(num(20.0), "20");
        assert_eq!(num(72.5), "72.5");
        assert_eq!(num(36.84), "36.8");
        assert_eq!(num(-10.0), "-10");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(0.04), "0");
        assert_eq!(num(66.66), "66.7");
    }
}
