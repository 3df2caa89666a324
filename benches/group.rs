//! Grouping benchmarks: merging per-document claim sets and finding
//! conflicts, agreements and single-source claims among synthetic claims.
//!
//! Ids `group/claims/1k` .. `group/claims/1m`. The corpus: one claim set
//! per 1,000 claims (a document shard), claims spread over one subject per
//! 20 claims, their values falling into seven clusters, so every subject
//! is a conflict with seven sides. Wire into `benches/main.rs` with
//! `mod group;` and `criterion_group!(benches, ..., group::group_benches)`.

use criterion::{BatchSize, BenchmarkId, Criterion};
use std::hint::black_box;

use corroborate::group::{ClaimSet, KeyKind, Mention, Reading, SubjectKey};
use corroborate::{ClaimKind, Span};

/// `n` synthetic claims in per-document claim sets of 1,000 claims each.
fn shards(n: usize) -> Vec<ClaimSet> {
    let keys = [
        SubjectKey::new(
            KeyKind::Count,
            Some("participant"),
            Some("attend"),
            None,
            Some("meeting"),
        ),
        SubjectKey::new(
            KeyKind::Count,
            Some("person"),
            Some("killed"),
            None,
            Some("attack"),
        ),
    ];
    let docs = (n / 1000).max(20);
    let subjects = (n / 20).max(1);
    let mut out = vec![ClaimSet::new(); docs];
    for i in 0..n {
        let mut k = keys[i % 2].clone();
        k.scope = Some(format!("s{}", i % subjects));
        let v = 100.0 + (i % 7) as f64 * 10.0;
        // Spread each subject's claims over distinct documents.
        let doc = (i / subjects + i) % docs;
        let m = Mention::new(
            format!("d{doc}"),
            format!("c{i}"),
            Span::new(i * 10, i * 10 + 5),
            ClaimKind::Count,
            "about 30",
            Reading::Number {
                low: v,
                high: v + 2.0,
            },
        );
        if let Some(s) = out.get_mut(doc) {
            s.insert(k, m);
        }
    }
    out
}

/// `group/claims/{1k,10k,100k,1m}`: merge the shards, then find.
pub fn group_benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("group/claims");
    g.sample_size(10);
    // `cargo test --all-targets` runs each benchmark once as a test, in a
    // debug build: the 1M-claim case is left to `cargo bench`.
    let testing = !std::env::args().any(|a| a == "--bench");
    for (name, n) in [
        ("1k", 1_000),
        ("10k", 10_000),
        ("100k", 100_000),
        ("1m", 1_000_000),
    ] {
        if testing && n > 100_000 {
            continue;
        }
        let input = shards(n);
        g.bench_with_input(BenchmarkId::from_parameter(name), &input, |b, input| {
            b.iter_batched(
                || input.clone(),
                |shards| {
                    let set = shards.into_iter().fold(ClaimSet::new(), ClaimSet::merge);
                    let f = corroborate::detect::findings(black_box(&set));
                    assert_eq!(f.len(), (n / 20).max(1));
                    // Returned, so that criterion frees them after timing:
                    // the benchmark times merging and judging, not freeing.
                    (set, f)
                },
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}
