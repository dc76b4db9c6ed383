//! Growth of the native search core: the same query script over 1k, 10k and 100k synthetic
//! delegations (criterion). `cargo xtask bench` reads the estimates into its report.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use cqtw_explorer::domain::embedded;
    use cqtw_explorer::domain::search::Query;
    use cqtw_explorer::domain::synthetic;
    use cqtw_explorer::domain::view;
    use criterion::{black_box, BenchmarkId, Criterion};
    use std::time::Duration;

    /// The query script: every prefix of these queries, as typed.
    pub const QUERIES: [&str; 6] = [
        "healthcare",
        "wang guo",
        "smart term",
        "chongqing medical",
        "fuling pharma",
        "cross-border",
    ];

    pub fn search(c: &mut Criterion) {
        let (real, _) = embedded::load().expect("dataset loads");
        let queries: Vec<Query> = QUERIES
            .iter()
            .flat_map(|q| (1..=q.len()).map(move |i| Query::new(&q[..i])))
            .filter(|q| !q.is_empty())
            .collect();
        let mut group = c.benchmark_group("search");
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(3));
        for n in [1_000usize, 10_000, 100_000] {
            let data = synthetic::generate(&real, n);
            let index = view::index(&data);
            group.bench_with_input(BenchmarkId::from_parameter(n), &index, |b, index| {
                b.iter(|| {
                    for q in &queries {
                        black_box(index.search(q));
                    }
                })
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::search);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
