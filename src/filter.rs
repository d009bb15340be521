//! Which projects the trail shows for a query, and how many each facet option would leave.

use crate::catalog::{Catalog, Maturity, Project};
use crate::query::{Facet, IdList, TrailQuery};
use crate::search::Outcome;
use std::collections::HashMap;

/// One option of a facet, with the number of projects it would leave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    pub value: String,
    pub count: usize,
    pub selected: bool,
}

/// The values `p` has for `facet`, without duplicates.
pub fn project_values(p: &Project, facet: Facet) -> Vec<&str> {
    let mut out: Vec<&str> = match facet {
        Facet::Stage => p.stage_ids().collect(),
        Facet::Maturity => vec![p.maturity().id()],
        Facet::Language => p.language.as_deref().into_iter().collect(),
        Facet::License => vec![p.license.as_str()],
        Facet::Tag => p.tags.iter().map(String::as_str).collect(),
    };
    let mut i = 1;
    while i < out.len() {
        if out[..i].contains(&out[i]) {
            out.remove(i);
        } else {
            i += 1;
        }
    }
    out
}

/// Whether `p` passes one facet's filter (OR within the facet; an empty list passes all).
pub fn matches_facet(p: &Project, facet: Facet, list: &IdList) -> bool {
    if list.is_empty() {
        return true;
    }
    match facet {
        Facet::Stage => list.iter().any(|s| p.in_stage(s)),
        Facet::Maturity => list.contains(p.maturity().id()),
        Facet::Language => p.language.as_deref().is_some_and(|l| list.contains(l)),
        Facet::License => list.contains(&p.license),
        Facet::Tag => p.tags.iter().any(|t| list.contains(t)),
    }
}

/// Every facet except `skip` passes, and so does the saved filter.
fn passes(
    p: &Project,
    query: &TrailQuery,
    is_saved: &dyn Fn(&str) -> bool,
    skip: Option<Facet>,
) -> bool {
    Facet::ALL
        .into_iter()
        .filter(|&f| Some(f) != skip)
        .all(|f| matches_facet(p, f, query.list(f)))
        && (!query.saved || is_saved(&p.id))
}

/// The projects matching `query` (AND across facets, OR within one; `saved` keeps only
/// projects for which `is_saved` is true) and `search`, the outcome of searching for
/// `query.q`. With search text: ranked best first; without: dataset order.
pub fn visible<'a>(
    catalog: &'a Catalog,
    search: &Outcome,
    query: &TrailQuery,
    is_saved: &dyn Fn(&str) -> bool,
) -> Vec<&'a Project> {
    let mut hits: Vec<(u32, usize)> = catalog
        .projects
        .iter()
        .enumerate()
        .filter(|(_, p)| passes(p, query, is_saved, None))
        .filter_map(|(i, _)| search.hit(i).map(|h| (h.score, i)))
        .collect();
    if !search.is_empty() {
        // Stable: equal scores keep dataset order.
        hits.sort_by_key(|&(s, _)| std::cmp::Reverse(s));
    }
    hits.into_iter()
        .map(|(_, i)| &catalog.projects[i])
        .collect()
}

/// Every value of `facet` the catalog has, in the facet's base order.
fn catalog_values<'a>(catalog: &'a Catalog, facet: Facet) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::new();
    match facet {
        Facet::Stage => out.extend(catalog.stages.iter().map(|s| s.id.as_str())),
        Facet::Maturity => out.extend(
            Maturity::ALL
                .into_iter()
                .filter(|m| catalog.projects.iter().any(|p| p.maturity() == *m))
                .map(|m| -> &'a str { m.id() }),
        ),
        Facet::Tag => out.extend(
            catalog
                .tags
                .iter()
                .filter(|t| catalog.projects.iter().any(|p| p.tags.contains(&t.id)))
                .map(|t| t.id.as_str()),
        ),
        Facet::Language | Facet::License => {
            for p in &catalog.projects {
                for v in project_values(p, facet) {
                    if !out.contains(&v) {
                        out.push(v);
                    }
                }
            }
        }
    }
    out
}

/// Options of `facet` in display order, each counting the projects that match every other
/// active filter (and `search`, the outcome for `query.q`) plus this option.
pub fn facet_options(
    catalog: &Catalog,
    search: &Outcome,
    query: &TrailQuery,
    is_saved: &dyn Fn(&str) -> bool,
    facet: Facet,
) -> Vec<FacetOption> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (i, p) in catalog.projects.iter().enumerate() {
        if passes(p, query, is_saved, Some(facet)) && search.hit(i).is_some() {
            for v in project_values(p, facet) {
                *counts.entry(v).or_insert(0) += 1;
            }
        }
    }
    let selected = query.list(facet);
    let mut values = catalog_values(catalog, facet);
    for v in selected.iter() {
        if !values.contains(&v) {
            values.push(v);
        }
    }
    let mut options: Vec<FacetOption> = values
        .into_iter()
        .map(|v| FacetOption {
            value: v.to_string(),
            count: counts.get(v).copied().unwrap_or(0),
            selected: selected.contains(v),
        })
        .collect();
    if matches!(facet, Facet::Language | Facet::License | Facet::Tag) {
        // Order by how common a value is in the whole catalog, not in the current result:
        // options then stay put while the user types, and the DOM needs no reordering.
        let mut totals: HashMap<&str, usize> = HashMap::new();
        for p in &catalog.projects {
            for v in project_values(p, facet) {
                *totals.entry(v).or_insert(0) += 1;
            }
        }
        let total = |v: &str| totals.get(v).copied().unwrap_or(0);
        options.sort_by(|a, b| {
            total(&b.value)
                .cmp(&total(&a.value))
                .then_with(|| a.value.to_lowercase().cmp(&b.value.to_lowercase()))
                .then_with(|| a.value.cmp(&b.value))
        });
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchIndex;
    use crate::test_catalog as fixture;

    struct Env {
        catalog: Catalog,
        index: SearchIndex,
    }

    fn env() -> Env {
        let catalog = fixture::catalog();
        let index = SearchIndex::new(&catalog);
        Env { catalog, index }
    }

    fn none(_: &str) -> bool {
        false
    }

    fn q(search: &str) -> TrailQuery {
        let (q, ignored) = TrailQuery::parse(search, &fixture::indexed());
        assert!(ignored.is_empty(), "{ignored:?}");
        q
    }

    fn ids(e: &Env, search: &str) -> Vec<String> {
        ids_saved(e, search, &none)
    }

    fn ids_saved(e: &Env, search: &str, saved: &dyn Fn(&str) -> bool) -> Vec<String> {
        let q = q(search);
        visible(&e.catalog, &e.index.search(&q.q), &q, saved)
            .into_iter()
            .map(|p| p.id.clone())
            .collect()
    }

    fn options(e: &Env, search: &str, facet: Facet) -> Vec<(String, usize, bool)> {
        let q = q(search);
        facet_options(&e.catalog, &e.index.search(&q.q), &q, &none, facet)
            .into_iter()
            .map(|o| (o.value, o.count, o.selected))
            .collect()
    }

    fn opt(v: &str, count: usize, selected: bool) -> (String, usize, bool) {
        (v.to_string(), count, selected)
    }

    #[test]
    fn option_order_does_not_change_with_the_result() {
        let e = env();
        for facet in [Facet::Language, Facet::License, Facet::Tag] {
            let order = |search: &str| -> Vec<String> {
                options(&e, search, facet)
                    .into_iter()
                    .map(|o| o.0)
                    .collect()
            };
            let unfiltered = order("");
            for search in ["q=tracing", "q=metrics", "maturity=graduated", "q=zzzz"] {
                assert_eq!(
                    order(search),
                    unfiltered,
                    "{facet:?} reordered for {search}"
                );
            }
        }
    }

    #[test]
    fn unfiltered_shows_everything_in_dataset_order() {
        let e = env();
        let all: Vec<String> = e.catalog.projects.iter().map(|p| p.id.clone()).collect();
        assert_eq!(ids(&e, ""), all);
        assert_eq!(ids(&e, "?q=+++"), all);
    }

    #[test]
    fn stage_includes_also_in() {
        let e = env();
        assert_eq!(ids(&e, "?stage=service-mesh"), ["envoy", "linkerd"]);
        assert_eq!(ids(&e, "?stage=networking-security"), ["envoy", "traefik"]);
        assert_eq!(ids(&e, "?stage=software-distribution"), ["argo-cd"]);
        assert!(ids(&e, "?stage=containerization").is_empty());
    }

    #[test]
    fn each_facet_filters() {
        let e = env();
        assert_eq!(ids(&e, "?maturity=incubating"), ["thanos"]);
        assert_eq!(ids(&e, "?maturity=archived"), ["openmetrics"]);
        assert_eq!(ids(&e, "?language=rust"), ["linkerd"]);
        assert_eq!(ids(&e, "?license=MIT"), ["traefik"]);
        assert_eq!(ids(&e, "?tag=gitops"), ["argo-cd", "flux"]);
    }

    #[test]
    fn a_project_without_language_never_matches_a_language_filter() {
        let e = env();
        for lang in ["Go", "Rust", "Ruby", "C++", "Java"] {
            assert!(!ids(&e, &format!("?language={}", lang.replace('+', "%2B")))
                .contains(&"openmetrics".to_string()));
        }
        assert!(ids(&e, "").contains(&"openmetrics".to_string()));
    }

    #[test]
    fn or_within_a_facet() {
        let e = env();
        assert_eq!(
            ids(&e, "?language=Rust,Ruby,Java"),
            ["fluentd", "linkerd", "kafka"]
        );
        assert_eq!(
            ids(&e, "?maturity=archived,not-cncf"),
            ["traefik", "openmetrics", "kafka"]
        );
        assert_eq!(ids(&e, "?tag=tracing,logging"), ["jaeger", "fluentd"]);
        assert_eq!(
            ids(&e, "?stage=ci-cd,service-mesh"),
            ["argo-cd", "flux", "envoy", "linkerd"]
        );
    }

    #[test]
    fn and_across_facets() {
        let e = env();
        assert_eq!(
            ids(&e, "?stage=observability&language=Go"),
            ["thanos", "prometheus", "jaeger"]
        );
        assert_eq!(
            ids(&e, "?stage=observability&maturity=graduated&tag=metrics"),
            ["prometheus"]
        );
        assert_eq!(ids(&e, "?tag=proxy&license=MIT"), ["traefik"]);
        assert!(ids(&e, "?tag=proxy&language=Java").is_empty());
        // Search text is ANDed with the facets too.
        assert_eq!(
            ids(&e, "?q=prometheus&maturity=graduated,archived"),
            ["prometheus", "openmetrics"]
        );
    }

    #[test]
    fn saved_keeps_only_saved_projects() {
        let e = env();
        let saved = |id: &str| id == "jaeger" || id == "kafka";
        assert_eq!(ids_saved(&e, "?saved=1", &saved), ["jaeger", "kafka"]);
        assert_eq!(
            ids_saved(&e, "?saved=1&stage=observability", &saved),
            ["jaeger"]
        );
        assert_eq!(ids_saved(&e, "", &saved).len(), e.catalog.projects.len());
        let counts = facet_options(
            &e.catalog,
            &e.index.search(""),
            &q("?saved=1"),
            &saved,
            Facet::Maturity,
        );
        assert_eq!(
            counts
                .iter()
                .map(|o| (o.value.as_str(), o.count))
                .collect::<Vec<_>>(),
            [
                ("graduated", 1),
                ("incubating", 0),
                ("archived", 0),
                ("not-cncf", 1)
            ]
        );
    }

    #[test]
    fn search_ranks_name_matches_first_then_dataset_order() {
        let e = env();
        // Thanos precedes Prometheus in the dataset but only mentions it.
        assert_eq!(
            ids(&e, "?q=prometheus"),
            ["prometheus", "thanos", "openmetrics"]
        );
        assert_eq!(
            ids(&e, "?q=PROMETHEUS"),
            ["prometheus", "thanos", "openmetrics"]
        );
        // Equal scores keep dataset order: both have "GitOps" in their tagline.
        assert_eq!(ids(&e, "?q=gitops"), ["argo-cd", "flux"]);
        // English and Korean text.
        assert_eq!(ids(&e, "?q=distributed"), ["jaeger", "kafka"]);
        assert_eq!(ids(&e, "?q=%EC%B6%94%EC%A0%81"), ["jaeger"]); // 추적
        let mon = ids(&e, &crate::query::print(&[("q", "모니터링".to_string())]));
        // Prometheus has it in its tagline, Thanos only in a tag label.
        assert_eq!(mon, ["prometheus", "thanos"]);
    }

    #[test]
    fn search_forgives_typos() {
        let e = env();
        assert_eq!(ids(&e, "?q=promethues")[0], "prometheus");
        assert_eq!(ids(&e, "?q=tracng"), ["jaeger"]);
        assert_eq!(ids(&e, "?q=linkred"), ["linkerd"]);
        assert!(ids(&e, "?q=qqqqqq").is_empty());
    }

    #[test]
    fn facet_orders_and_counts() {
        let e = env();
        // Stages: catalog order, every stage.
        let stages = options(&e, "", Facet::Stage);
        assert_eq!(stages.len(), fixture::STAGES.len());
        assert_eq!(
            stages.iter().map(|o| o.0.as_str()).collect::<Vec<_>>(),
            fixture::STAGES
        );
        assert_eq!(stages[0], opt("containerization", 0, false));
        assert_eq!(stages[3], opt("observability", 5, false));
        assert_eq!(stages[5], opt("networking-security", 2, false));
        // Maturity: fixed order, only values present (no sandbox project).
        assert_eq!(
            options(&e, "", Facet::Maturity),
            [
                opt("graduated", 9, false),
                opt("incubating", 1, false),
                opt("archived", 1, false),
                opt("not-cncf", 2, false)
            ]
        );
        // Languages: by count, then name.
        assert_eq!(
            options(&e, "", Facet::Language),
            [
                opt("Go", 8, false),
                opt("C++", 1, false),
                opt("Java", 1, false),
                opt("Ruby", 1, false),
                opt("Rust", 1, false)
            ]
        );
        assert_eq!(
            options(&e, "", Facet::License),
            [opt("Apache-2.0", 12, false), opt("MIT", 1, false)]
        );
        // Tags: ids, by count then id; a tag no project uses is left out.
        let tags = options(&e, "", Facet::Tag);
        assert_eq!(tags[0], opt("metrics", 3, false));
        assert_eq!(tags[1], opt("proxy", 3, false));
        assert!(!tags.iter().any(|o| o.0 == "unused"));
        assert_eq!(tags.len(), 10);
    }

    #[test]
    fn counts_use_the_other_facets_but_not_their_own() {
        let e = env();
        let s = "?stage=observability&maturity=graduated";
        // Maturity counts ignore the maturity selection but respect the stage.
        assert_eq!(
            options(&e, s, Facet::Maturity),
            [
                opt("graduated", 3, true),
                opt("incubating", 1, false),
                opt("archived", 1, false),
                opt("not-cncf", 0, false)
            ]
        );
        // Stage counts respect the maturity selection.
        let stages = options(&e, s, Facet::Stage);
        assert_eq!(stages[3], opt("observability", 3, true));
        assert_eq!(stages[4], opt("service-mesh", 2, false));
        // Search text narrows every count.
        let stages = options(&e, "?q=proxy", Facet::Stage);
        assert_eq!(stages[4], opt("service-mesh", 2, false));
        assert_eq!(stages[3], opt("observability", 0, false));
        // A count is what the list would show if that option were added.
        for o in options(&e, s, Facet::Stage) {
            let mut query = q(s);
            query.stage = IdList(vec![o.0.clone()]);
            let n = visible(&e.catalog, &e.index.search(&query.q), &query, &none).len();
            assert_eq!(n, o.1, "{}", o.0);
        }
    }

    #[test]
    fn selected_options_appear_even_with_zero_count() {
        let e = env();
        let opts = options(&e, "?language=Java&tag=tracing", Facet::Language);
        assert!(opts.contains(&opt("Java", 0, true)));
        assert!(opts.contains(&opt("Go", 1, false)));
        // Even a value the catalog does not have, if the query holds it.
        let mut query = TrailQuery::default();
        query.toggle(Facet::Tag, "unused");
        query.toggle(Facet::Maturity, "sandbox");
        let tags = facet_options(
            &e.catalog,
            &e.index.search(&query.q),
            &query,
            &none,
            Facet::Tag,
        );
        assert!(tags.contains(&FacetOption {
            value: "unused".to_string(),
            count: 0,
            selected: true
        }));
        let mats = facet_options(
            &e.catalog,
            &e.index.search(&query.q),
            &query,
            &none,
            Facet::Maturity,
        );
        assert_eq!(mats.last().unwrap().value, "sandbox");
        assert!(mats.last().unwrap().selected);
    }

    #[test]
    fn project_values_are_distinct() {
        let e = env();
        let mut p = e.catalog.projects[0].clone();
        p.also_in = vec![p.stage.clone(), "ci-cd".to_string()];
        p.tags.push("monitoring".to_string());
        assert_eq!(project_values(&p, Facet::Stage), ["observability", "ci-cd"]);
        assert_eq!(project_values(&p, Facet::Tag), ["monitoring", "metrics"]);
        assert_eq!(
            project_values(&e.catalog.projects[11], Facet::Language),
            Vec::<&str>::new()
        );
    }
}
