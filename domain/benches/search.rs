//! Growth of the native search core: the same query script over 1k, 10k and 100k synthetic
//! delegations (criterion). `cargo xtask bench` reads the estimates into its report.
//!
//! With `CQTW_GROWTH_PROFILE=<records>` set it skips criterion and runs the query script a
//! few times (`CQTW_GROWTH_RUNS`, default 3) in [`native::run_script`], the one function
//! `cargo xtask bench` has callgrind count (instructions and cache misses), to explain how
//! the cost grows.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use cqtw_domain::dataset::Dataset;
    use cqtw_domain::embedded;
    use cqtw_domain::search::{Index, Query};
    use cqtw_domain::synthetic;
    use cqtw_domain::view;
    use criterion::{black_box, BenchmarkId, Criterion};
    use std::time::Duration;

    /// The query script: every prefix of these queries, as typed (the browser bench types
    /// the same ones: `e2e/bench/script.mjs`).
    pub const QUERIES: [&str; 6] = [
        "healthcare",
        "wang guo",
        "smart term",
        "chongqing medical",
        "fuling pharma",
        "cross-border",
    ];

    /// Every prefix of the query script, as typed.
    fn queries() -> Vec<Query> {
        QUERIES
            .iter()
            .flat_map(|q| (1..=q.len()).map(move |i| Query::new(&q[..i])))
            .filter(|q| !q.is_empty())
            .collect()
    }

    /// The query script once over `index`, built from `data`, as the app searches (the
    /// phrase check included; kept out of line so a profiler can isolate it).
    #[inline(never)]
    pub fn run_script(data: &Dataset, index: &Index, queries: &[Query]) -> usize {
        queries
            .iter()
            .map(|q| black_box(view::search(data, index, q)).len())
            .sum()
    }

    /// The profiling mode: `records` synthetic delegations, the script run `runs` times.
    pub fn profile(records: usize, runs: usize) {
        let (real, _) = embedded::load().expect("dataset loads");
        let data = synthetic::generate(&real, records);
        let index = view::index(&data);
        let queries = queries();
        let hits: usize = (0..runs).map(|_| run_script(&data, &index, &queries)).sum();
        println!(
            "{records} records, {} terms, {} queries x {runs}: {hits} hits",
            index.terms(),
            queries.len()
        );
    }

    pub fn search(c: &mut Criterion) {
        let (real, _) = embedded::load().expect("dataset loads");
        let queries = queries();
        let mut group = c.benchmark_group("search");
        group
            .sample_size(20)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(5));
        for n in [1_000usize, 10_000, 100_000] {
            let data = synthetic::generate(&real, n);
            let index = view::index(&data);
            group.bench_with_input(BenchmarkId::from_parameter(n), &index, |b, index| {
                b.iter(|| run_script(&data, index, &queries))
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::search);
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    match std::env::var("CQTW_GROWTH_PROFILE").ok().and_then(|n| n.parse().ok()) {
        Some(records) => {
            // Three runs for callgrind; more for a sampling profiler (`CQTW_GROWTH_RUNS`).
            let runs = std::env::var("CQTW_GROWTH_RUNS").ok().and_then(|n| n.parse().ok());
            native::profile(records, runs.unwrap_or(3))
        }
        None => {
            benches();
            criterion::Criterion::default().configure_from_args().final_summary();
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
