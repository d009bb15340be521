//! Unit tests of the search rules on the small test catalog (the bundled dataset's query
//! table is in `tests/search_queries.rs`).

use super::*;
use crate::test_catalog;

fn index() -> (Catalog, SearchIndex) {
    let c = test_catalog::catalog();
    let i = SearchIndex::new(&c);
    (c, i)
}

fn ids(q: &str) -> Vec<String> {
    let (c, i) = index();
    i.search(q)
        .ranked()
        .into_iter()
        .map(|n| c.projects[n].id.clone())
        .collect()
}

fn outcome(q: &str) -> (Catalog, Outcome) {
    let (c, i) = index();
    let o = i.search(q);
    (c, o)
}

fn hit(c: &Catalog, o: &Outcome, id: &str) -> Option<Hit> {
    o.hit(
        c.projects
            .iter()
            .position(|p| p.id == id)
            .expect("known id"),
    )
}

#[test]
fn empty_query_matches_everything_unranked() {
    let (c, o) = outcome("  \t ");
    assert!(o.is_empty());
    assert_eq!(o.mode, Mode::Empty);
    assert_eq!(o.ranked(), (0..c.projects.len()).collect::<Vec<_>>());
}

#[test]
fn a_blank_query_needs_no_index_and_matches_like_one() {
    let (c, i) = index();
    for q in ["", "  \t ", "---", " / . "] {
        let without = blank(q, c.projects.len()).expect("blank");
        let with = i.search(q);
        assert_eq!(without.mode, Mode::Empty, "{q:?}");
        // (Outcomes also compare by the index that gave them; the results are what must agree.)
        assert_eq!(without.ranked(), with.ranked(), "{q:?}");
        for n in 0..c.projects.len() {
            assert_eq!(without.hit(n), with.hit(n), "{q:?} {n}");
        }
    }
    for q in ["k", " prom ", "서비스메시", "-a-"] {
        assert!(blank(q, c.projects.len()).is_none(), "{q:?}");
    }
}

#[test]
fn names_rank_far_above_body_text() {
    // Thanos comes first in the dataset and mentions Prometheus in its tagline.
    let r = ids("prometheus");
    assert_eq!(r[0], "prometheus");
    assert!(r.contains(&"thanos".to_string()));
    let (c, o) = outcome("prometheus");
    let p = hit(&c, &o, "prometheus").expect("hit");
    let t = hit(&c, &o, "thanos").expect("hit");
    assert!(p.score > 10 * t.score, "{} {}", p.score, t.score);
    assert_eq!(p.fields()[0], Field::Name);
    assert_eq!(t.fields(), vec![Field::Tagline, Field::Description]);
}

#[test]
fn prefixes_complete_the_last_word_only() {
    assert_eq!(ids("prom")[0], "prometheus");
    assert_eq!(ids("kube")[0], "kubernetes");
    // "prom" is not a word: as an earlier word it must match exactly.
    assert!(ids("prom metrics").is_empty() || ids("prom metrics")[0] != "prometheus");
    assert_eq!(ids("metrics prom")[0], "prometheus");
}

#[test]
fn typos_only_against_whole_words() {
    assert_eq!(ids("promethues")[0], "prometheus");
    assert_eq!(ids("kubernets")[0], "kubernetes");
    // Not against a prefix: "promet" + typo is not "prometheus".
    assert!(ids("prmet").is_empty());
    // Short words need to be spelled right.
    assert!(ids("fkux").is_empty());
    // Two typos are too many.
    assert!(ids("prmethues").is_empty());
    // A word that matches as typed takes no typo: "flux" stays Flux.
    assert_eq!(ids("flux"), vec!["flux"]);
}

#[test]
fn a_typo_offers_the_correction() {
    let (_, o) = outcome("promethues");
    let s = o.suggestion.expect("suggestion");
    assert_eq!(s.query, "prometheus");
    assert_eq!(s.label, "Prometheus");
    let (_, o) = outcome("distribted tracing");
    assert_eq!(
        o.suggestion.expect("suggestion").query,
        "distributed tracing"
    );
    assert_eq!(outcome("prometheus").1.suggestion, None);
}

#[test]
fn all_words_must_match_before_any() {
    assert_eq!(ids("distributed tracing"), vec!["jaeger"]);
    let (_, o) = outcome("distributed tracing");
    assert_eq!(o.mode, Mode::All);
    // No project has "zebra": fall back to those matching some words.
    let (c, o) = outcome("distributed tracing zebra");
    assert_eq!(o.mode, Mode::Any);
    assert_eq!(c.projects[o.ranked()[0]].id, "jaeger");
    let (_, o) = outcome("zebra");
    assert_eq!(o.mode, Mode::None);
    assert!(o.ranked().is_empty());
}

#[test]
fn aliases_and_hangul_names_are_names() {
    assert_eq!(ids("k8s")[0], "kubernetes");
    assert_eq!(ids("쿠버네티스")[0], "kubernetes");
    assert_eq!(ids("프로메테우스")[0], "prometheus");
    assert_eq!(ids("카프카"), vec!["kafka"]);
    assert_eq!(ids("argocd")[0], "argo-cd");
    assert_eq!(ids("Argo CD")[0], "argo-cd");
    assert_eq!(ids("argo-cd")[0], "argo-cd");
    assert_eq!(ids("JAEGER"), vec!["jaeger"]);
}

#[test]
fn korean_words_match_with_particles_and_without_spaces() {
    assert_eq!(ids("분산 추적"), vec!["jaeger"]);
    assert_eq!(ids("분산추적"), vec!["jaeger"]);
    assert_eq!(ids("서비스 메시"), vec!["linkerd"]);
    assert_eq!(ids("서비스메시"), vec!["linkerd"]);
    assert_eq!(ids("스트리밍"), vec!["kafka"]);
    let mon = ids("모니터링");
    assert!(mon.contains(&"prometheus".to_string()));
    assert!(mon.contains(&"thanos".to_string())); // via the tag label
    assert!(ids("없는말").is_empty());
}

#[test]
fn two_named_projects_offer_a_comparison() {
    let (c, o) = outcome("linkerd vs envoy");
    let offer = o.compare.clone().expect("offer");
    assert_eq!(offer.ids, vec!["linkerd", "envoy"]);
    assert_eq!(offer.curated, None); // the test catalog has no curated comparisons
    let top: Vec<&str> = o.ranked()[..2]
        .iter()
        .map(|&i| c.projects[i].id.as_str())
        .collect();
    assert_eq!(top, ["linkerd", "envoy"]);
    assert!(outcome("링커디와 envoy").1.compare.is_some());
    assert!(outcome("envoy linkerd").1.compare.is_some());
    assert_eq!(outcome("envoy proxy").1.compare, None);
    assert_eq!(outcome("envoy vs envoy").1.compare, None);
}

#[test]
fn highlights_follow_the_matched_words() {
    let (_, o) = outcome("metrics prom");
    let segs = o.highlight("Prometheus exposes metrics.");
    let marked: Vec<&str> = segs
        .iter()
        .filter(|s| s.mark)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["Prometheus", "metrics"]);
    let (_, o) = outcome("서비스메시");
    let segs = o.highlight("초경량 서비스 메시");
    let marked: Vec<&str> = segs
        .iter()
        .filter(|s| s.mark)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked, ["서비스", "메시"]);
}

#[test]
fn outcomes_compare_by_normalised_query() {
    let (_, i) = index();
    assert_eq!(i.search("Prometheus"), i.search("  prometheus "));
    assert_ne!(i.search("prometheus"), i.search("jaeger"));
}

#[test]
fn out_of_range_index_does_not_match() {
    let (c, o) = outcome("prometheus");
    assert_eq!(o.hit(c.projects.len() + 5), None);
}
