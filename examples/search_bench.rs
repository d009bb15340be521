//! Native timing of search (not a test): `cargo run --release --example search_bench [catalog.json]`.
//!
//! Prints the time to build the index and the median time of one query over the catalogue
//! (the bundled dataset, or a Catalog JSON such as `bench/landscape_catalog.py`'s output).

use std::time::{Duration, Instant};
use trailmap::catalog::{catalog, Catalog};
use trailmap::search::SearchIndex;

const QUERIES: &[&str] = &[
    "kafka",
    "promethues",
    "prom",
    "service mesh",
    "서비스메시",
    "분산 추적",
    "istio vs linkerd",
    "zipkin",
    "k",
];

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let loaded;
    let c: &Catalog = match std::env::args().nth(1) {
        Some(path) => {
            let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            loaded = Catalog::from_json(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
            &loaded
        }
        None => catalog(),
    };
    let start = Instant::now();
    let index = SearchIndex::new(c);
    println!(
        "{} projects: index built in {:?}",
        c.projects.len(),
        start.elapsed()
    );
    let mut all = Vec::new();
    for q in QUERIES {
        let runs: Vec<Duration> = (0..50)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(index.search(std::hint::black_box(q)).ranked());
                t.elapsed()
            })
            .collect();
        let m = median(runs);
        all.push(m);
        println!("  {q:<20} {m:>10.1?} per query");
    }
    println!("median over the queries: {:?}", median(all));
}
