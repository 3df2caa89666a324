//! Adversarial inputs at two sizes, 1 MB and 10 MB: the 10 MB case must
//! cost at most about 12 times the 1 MB case (linear time). Ids
//! `adversarial/<input>/1mb` and `adversarial/<input>/10mb`.

use std::hint::black_box;

use corroborate::{Checker, Document};
use criterion::{BenchmarkId, Criterion, Throughput};

/// `unit` repeated up to about `bytes` bytes.
fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

/// The adversarial texts, by name, at `bytes` bytes.
pub fn inputs(bytes: usize) -> Vec<(&'static str, String)> {
    vec![
        ("digit_flood", repeat("1 2 3 4 5 6 7 8 9 10 ", bytes)),
        ("digit_run", "9".repeat(bytes)),
        ("number_words", repeat("twenty ", bytes)),
        ("hedges", repeat("about ", bytes)),
        (
            "no_sentence_end",
            repeat("and the leaders of the coalition met again ", bytes),
        ),
        ("unbalanced_quotes", repeat("“ he said \" ", bytes)),
        ("curly_quotes_no_stop", repeat("“word” ‘word’ ", bytes)),
        ("said", repeat("said ", bytes)),
        ("names", repeat("Maria Holt John Healey ", bytes)),
        ("months", repeat("September 4 Tuesday ", bytes)),
        ("currency_signs", repeat("£$€ ", bytes)),
        ("long_line", repeat("x", bytes)),
    ]
}

/// Criterion benchmarks over [`inputs`] at 1 MB and 10 MB.
pub fn adversarial_benches(c: &mut Criterion) {
    let checker = Checker::new();
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    // `cargo test --all-targets` runs each benchmark once as a test: there,
    // 10 KB and 100 KB inputs check that the code runs, quickly.
    let testing = !std::env::args().any(|a| a == "--bench");
    let sizes = if testing {
        [("1mb", 10usize << 10), ("10mb", 100usize << 10)]
    } else {
        [("1mb", 1usize << 20), ("10mb", 10usize << 20)]
    };
    for (size, bytes) in sizes {
        for (name, text) in inputs(bytes) {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, size), &text, |b, text| {
                b.iter(|| {
                    let claims = checker.extract_text(black_box(text), None);
                    assert!(claims.len() <= text.len());
                })
            });
        }
        // The same claim repeated across 1,000 documents (100 per document
        // at 1 MB scale, 1,000 at 10 MB).
        let per_doc = match (testing, size) {
            (true, _) => 1,
            (false, "1mb") => 100,
            (false, _) => 1000,
        };
        let docs: Vec<Document> = (0..1000)
            .map(|i| {
                Document::new(
                    format!("d{i:04}"),
                    "About 30 leaders took part in the summit. ".repeat(per_doc),
                )
            })
            .collect();
        let total: usize = docs.iter().map(|d| d.text().len()).sum();
        g.throughput(Throughput::Bytes(total as u64));
        g.bench_with_input(
            BenchmarkId::new("repeated_claim", size),
            &docs,
            |b, docs| {
                b.iter(|| {
                    let report = checker.check(black_box(docs));
                    assert_eq!(report.sources().len(), 1000);
                })
            },
        );
    }
    g.finish();
}
