//! Criterion benchmarks, ids `stage/corpus/variant`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn extract(c: &mut Criterion) {
    let text = include_str!("../testdata/sample/summit-a.txt").repeat(200);
    let checker = corroborate::Checker::new();
    c.bench_function("extract/sample/default", |b| {
        b.iter(|| {
            let claims = checker.extract_text(black_box(&text), None);
            assert!(claims.len() < text.len());
        })
    });
}

criterion_group!(benches, extract);
criterion_main!(benches);
