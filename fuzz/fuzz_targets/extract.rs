//! Extraction of one document: never panics, spans on char boundaries,
//! `text[span]` is the claim's text, output deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let checker = corroborate::Checker::new();
    let published = "2025-09-04".parse().ok();
    let claims = checker.extract_text(&text, published);
    for c in &claims {
        let s = c.span();
        assert!(s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(c.text(&text), &text[s.range()]);
    }
    // Compared as Debug text: a vague amount's value is NaN ("several
    // days"), and NaN is not equal to itself (fuzz regression
    // crash-9d1a65400eb598dab75392f3c9092d1404efbe43).
    let again = checker.extract_text(&text, published);
    assert_eq!(format!("{claims:?}"), format!("{again:?}"));
});
