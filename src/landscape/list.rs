//! What `/landscape` shows for a query: groups by category, every facet count, and the
//! window of rows the virtualized list renders. Pure.

use super::{Index, LandscapeQuery, Prepared, STAGE_VALUES};
use crate::catalog::Maturity;
use crate::query::IdList;

/// One visible group: a category and its matching items, best first when searching.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub category: usize,
    pub items: Vec<usize>,
}

/// What `/landscape` shows for one query: groups and the count of every facet value (each
/// facet counted with the other facets and the search applied, not itself).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub groups: Vec<Group>,
    pub total: usize,
    /// Indexed like `STAGE_VALUES`.
    pub stage_counts: Vec<usize>,
    /// Indexed like `data.categories`.
    pub category_counts: Vec<usize>,
    /// Indexed like `Maturity::ALL`.
    pub maturity_counts: Vec<usize>,
}

impl Index {
    /// One pass over the items: visible groups and every facet count.
    pub fn results(&self, query: &LandscapeQuery, scores: &[Option<u32>]) -> Results {
        let want = |list: &IdList, value: &str| list.is_empty() || list.contains(value);
        let stage_ok: Vec<bool> = STAGE_VALUES.iter().map(|s| want(&query.stage, s)).collect();
        let cat_ok: Vec<bool> = self
            .data
            .categories
            .iter()
            .map(|c| want(&query.category, &c.id))
            .collect();
        let mat_ok: Vec<bool> = Maturity::ALL
            .iter()
            .map(|m| want(&query.maturity, m.id()))
            .collect();
        let mut r = Results {
            groups: Vec::new(),
            total: 0,
            stage_counts: vec![0; STAGE_VALUES.len()],
            category_counts: vec![0; self.data.categories.len()],
            maturity_counts: vec![0; Maturity::ALL.len()],
        };
        let mut by_cat: Vec<Vec<(u32, usize)>> = vec![Vec::new(); self.data.categories.len()];
        for i in 0..self.len() {
            let Some(score) = scores.get(i).copied().flatten() else {
                continue;
            };
            let (s, c, m) = (
                self.item_stage[i] as usize,
                self.item_cat[i] as usize,
                self.item_maturity[i] as usize,
            );
            let (so, co, mo) = (stage_ok[s], cat_ok[c], mat_ok[m]);
            if co && mo {
                r.stage_counts[s] += 1;
            }
            if so && mo {
                r.category_counts[c] += 1;
            }
            if so && co {
                r.maturity_counts[m] += 1;
            }
            if so && co && mo {
                by_cat[c].push((score, i));
                r.total += 1;
            }
        }
        let searching = !Prepared::new(&query.q).is_empty();
        let mut groups: Vec<(u32, Group)> = by_cat
            .into_iter()
            .enumerate()
            .filter(|(_, v)| !v.is_empty())
            .map(|(c, mut v)| {
                if searching {
                    // Best first; the sort is stable, so ties keep landscape order.
                    v.sort_by_key(|x| std::cmp::Reverse(x.0));
                }
                let best = v.first().map(|x| x.0).unwrap_or(0);
                (
                    best,
                    Group {
                        category: c,
                        items: v.into_iter().map(|x| x.1).collect(),
                    },
                )
            })
            .collect();
        if searching {
            groups.sort_by_key(|g| std::cmp::Reverse(g.0));
        }
        r.groups = groups.into_iter().map(|g| g.1).collect();
        r
    }
}

/// A row of the virtualized list: a category heading or an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    Heading { category: usize, count: usize },
    Item(usize),
}

/// The rows of a result, in display order.
pub fn rows(r: &Results) -> Vec<Row> {
    let mut out = Vec::with_capacity(r.total + r.groups.len());
    for g in &r.groups {
        out.push(Row::Heading {
            category: g.category,
            count: g.items.len(),
        });
        out.extend(g.items.iter().map(|&i| Row::Item(i)));
    }
    out
}

/// The rows to render for a window: `[first, last)` of `len` rows of `row_height` pixels,
/// when `scroll` pixels of the list are above the viewport's top and the viewport is
/// `viewport` pixels high, plus `overscan` rows on each side.
pub fn window(
    len: usize,
    row_height: f64,
    scroll: f64,
    viewport: f64,
    overscan: usize,
) -> (usize, usize) {
    if len == 0 || row_height <= 0.0 || !row_height.is_finite() {
        return (0, 0);
    }
    let scroll = if scroll.is_finite() {
        scroll.max(0.0)
    } else {
        0.0
    };
    let viewport = if viewport.is_finite() {
        viewport.max(0.0)
    } else {
        0.0
    };
    let first = ((scroll / row_height).floor() as usize).min(len);
    let visible = (viewport / row_height).ceil() as usize + 1;
    let start = first.saturating_sub(overscan);
    let end = first
        .saturating_add(visible)
        .saturating_add(overscan)
        .min(len);
    (start.min(end), end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::landscape::fixture::index;
    use crate::landscape::stage_index;

    #[test]
    fn facet_counts_exclude_their_own_facet() {
        let ix = index();
        let (q, ignored) = LandscapeQuery::parse("?stage=service-mesh&maturity=sandbox", &ix);
        assert!(ignored.is_empty());
        let r = ix.results(&q, &ix.scores(&q.q));
        assert_eq!(r.total, 1);
        // Stage counts apply maturity only: sandbox items per stage.
        assert_eq!(r.stage_counts[stage_index("service-mesh").unwrap()], 1);
        assert_eq!(r.stage_counts[stage_index("observability").unwrap()], 0);
        // Maturity counts apply stage only: service-mesh items per maturity.
        assert_eq!(r.maturity_counts, vec![0, 0, 1, 1, 0]);
        assert_eq!(r.category_counts, vec![0, 1, 0]);
        assert_eq!(
            rows(&r),
            vec![
                Row::Heading {
                    category: 1,
                    count: 1
                },
                Row::Item(2)
            ]
        );
    }

    #[test]
    fn window_renders_only_what_is_on_screen() {
        assert_eq!(window(0, 50.0, 0.0, 800.0, 5), (0, 0));
        assert_eq!(window(2413, 50.0, 0.0, 800.0, 5), (0, 22));
        assert_eq!(window(2413, 50.0, 5000.0, 800.0, 5), (95, 122));
        assert_eq!(window(10, 50.0, 1e9, 800.0, 5), (5, 10));
        assert_eq!(window(10, 50.0, f64::NAN, f64::INFINITY, 2), (0, 3));
        assert_eq!(window(10, 0.0, 0.0, 800.0, 2), (0, 0));
    }
}
