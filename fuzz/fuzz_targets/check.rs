//! Checking several documents: never panics; the report does not depend on
//! the order of the documents.
#![no_main]

use corroborate::{Checker, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Up to four documents, split at form feeds; the first byte picks dates.
    let docs: Vec<Document> = text
        .split('\u{c}')
        .take(4)
        .enumerate()
        .map(|(i, t)| {
            let d = Document::new(format!("d{i}"), t);
            match (data.first().copied().unwrap_or(0) >> i) & 1 {
                1 => d.with_published_opt(format!("2025-09-0{}", i + 1).parse().ok()),
                _ => d,
            }
        })
        .collect();
    let checker = Checker::new();
    let a = checker.check(&docs);
    let mut rev = docs.clone();
    rev.reverse();
    let b = checker.check(&rev);
    // As Debug text: a vague amount's value is NaN, not equal to itself.
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
});
