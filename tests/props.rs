//! Property tests: invariants of extraction over arbitrary text.

use corroborate::{Checker, Claim, ClaimKind};
use proptest::prelude::*;

/// Pieces of news-like text, so that random texts are full of candidates.
const FRAGMENTS: &[&str] = &[
    "About 30 leaders",
    "took part",
    "on Tuesday",
    "September 4, 2025",
    "Leaders from 35 countries",
    "gathered in Paris",
    "£1 billion",
    "more than 1,200 people",
    "were killed",
    "“We are ready,”",
    "she said",
    "Mr. Healey",
    "said on Wednesday",
    "two months ago",
    "the 2022 invasion",
    "40%",
    "between 20 and 30",
    "55 km",
    "-5°C",
    "a dozen",
    "\"",
    "”",
    "‘",
    "(",
    ")",
    "\n",
    "\n\n",
    "according to police",
    "in August",
    "nearly four-year war",
    "6 min read",
    "U.S.",
    "No. 10",
    "3/4",
    "twenty-six",
    "19:17 GMT",
    "aged 17",
    "1.5 million",
    "é",
    "😀",
    "\u{200f}",
    "\r\n",
    "…",
    "Sept.",
    "at least",
    "50",
    "AI171",
    "COVID-19",
    ".",
    ",",
    " ",
    "—",
    "26th",
    "hundreds",
];

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|v| v.join(" "))
}

fn key(c: &Claim, shift: usize) -> String {
    let s = c.span();
    format!(
        "{}..{} {} {:?} {:?}",
        s.start + shift,
        s.end + shift,
        c.kind(),
        c.value(),
        c.qualifier()
    )
}

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let claims = Checker::new().extract_text(text, None);
    for c in &claims {
        let s = c.span();
        prop_assert!(
            s.start < s.end && s.end <= text.len(),
            "span {:?} out of range",
            s
        );
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert_eq!(c.text(text), &text[s.range()]);
        let sent = c.sentence();
        prop_assert!(text.is_char_boundary(sent.start) && text.is_char_boundary(sent.end));
        if c.kind() != ClaimKind::Quote {
            prop_assert!(
                sent.contains(s),
                "claim {:?} outside its sentence {:?}",
                s,
                sent
            );
        }
        if let Some(a) = c.speaker() {
            prop_assert!(a.mention.end <= text.len());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_lie_on_char_boundaries_any_unicode(text in "\\PC{0,200}") {
        check_spans(&text)?;
    }

    #[test]
    fn spans_lie_on_char_boundaries_news(text in news_text()) {
        check_spans(&text)?;
    }

    #[test]
    fn extraction_is_deterministic(text in news_text()) {
        let a: Vec<String> = Checker::new().extract_text(&text, None).iter().map(|c| key(c, 0)).collect();
        let b: Vec<String> = Checker::new().extract_text(&text, None).iter().map(|c| key(c, 0)).collect();
        prop_assert_eq!(a, b);
    }

    /// Extraction is local: a + "\n\n" + b gives a's claims and b's, shifted.
    /// Both texts are body paragraphs (a sentence of twelve words or more),
    /// so neither is read as a page header.
    #[test]
    fn extraction_is_local(a in news_text(), b in news_text()) {
        let body = "The officials met again in the capital to discuss the plan in detail.";
        let a = format!("{body} {}", a.replace('\n', " "));
        let b = format!("{body} {}", b.replace('\n', " "));
        let checker = Checker::new();
        let joined = format!("{a}\n\n{b}");
        let mut want: Vec<String> = checker.extract_text(&a, None).iter().map(|c| key(c, 0)).collect();
        want.extend(checker.extract_text(&b, None).iter().map(|c| key(c, a.len() + 2)));
        let got: Vec<String> = checker.extract_text(&joined, None).iter().map(|c| key(c, 0)).collect();
        prop_assert_eq!(got, want);
    }
}

#[test]
fn huge_numbers_never_overflow() {
    let digits = "9".repeat(10_000);
    for text in [
        "999999999999999999999999 people".to_string(),
        "1e308 dollars".to_string(),
        format!("{digits} people"),
        format!("${digits} billion"),
        format!("{digits}%"),
    ] {
        for c in Checker::new().extract_text(&text, None) {
            if let Some(a) = c.value().amount() {
                assert!(!a.value.is_nan(), "NaN value for {text:.40}");
            }
        }
    }
}

#[test]
fn empty_text_gives_no_claims() {
    assert!(Checker::new().extract_text("", None).is_empty());
}

/// Words of quotations close enough to each other that random ones are
/// often near-duplicates (misquotes) or the same (misattributions).
const QUOTE_WORDS: &[&str] = &[
    "we",
    "will",
    "rebuild",
    "every",
    "home",
    "house",
    "that",
    "was",
    "lost",
    "destroyed",
    "together",
    "now",
];

/// One quotation of eight to ten words, then per document up to two of
/// its words changed and one of two speakers: near-duplicates, so that
/// misquotes and misattributions are common.
fn quoted_docs() -> impl Strategy<Value = Vec<(String, usize)>> {
    prop::collection::vec(prop::sample::select(QUOTE_WORDS), 8..11).prop_flat_map(|base| {
        let n = base.len();
        let doc = (
            prop::collection::vec((0..n, prop::sample::select(QUOTE_WORDS)), 0..3),
            0..2usize,
        );
        prop::collection::vec(doc, 2..5).prop_map(move |docs| {
            docs.into_iter()
                .map(|(changes, who)| {
                    let mut words = base.clone();
                    for (at, w) in changes {
                        words[at] = w;
                    }
                    (words.join(" "), who)
                })
                .collect()
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Quotation findings hold quotations only, from two sources or more,
    /// split into two groups or more that share no claim; a misquote's
    /// claims have one speaker, a misattribution's groups one each; the
    /// report is the same on a second run.
    #[test]
    fn quotation_findings_are_well_formed(docs in quoted_docs()) {
        use corroborate::{Document, FindingKind};
        const SPEAKERS: [&str; 2] = ["Ana Reyes", "Tom Okafor"];
        let docs: Vec<Document> = docs
            .iter()
            .enumerate()
            .map(|(i, (q, who))| Document::new(format!("d{i}"), format!("\"{q},\" {} said.", SPEAKERS[*who])))
            .collect();
        let report = Checker::new().check(&docs);
        let again = Checker::new().check(&docs);
        prop_assert_eq!(report.findings(), again.findings());
        let by_id: std::collections::HashMap<&str, &corroborate::report::ReportClaim> =
            report.claims().iter().map(|c| (c.id(), c)).collect();
        for f in report.findings() {
            if !matches!(f.kind(), FindingKind::Misquote | FindingKind::Misattribution) {
                continue;
            }
            prop_assert!(f.groups().len() >= 2);
            let mut seen = std::collections::BTreeSet::new();
            let mut sources = std::collections::BTreeSet::new();
            let mut speakers_of_groups = Vec::new();
            for g in f.groups() {
                let mut speakers = std::collections::BTreeSet::new();
                for id in g {
                    prop_assert!(seen.insert(id.clone()), "claim {} in two groups", id);
                    let c = by_id.get(id.as_str()).ok_or_else(|| TestCaseError::fail("unknown claim"))?;
                    prop_assert_eq!(c.claim().kind(), ClaimKind::Quote);
                    sources.insert(c.source().to_string());
                    speakers.insert(c.claim().speaker().map(|a| a.speaker.name().to_string()));
                }
                speakers_of_groups.push(speakers);
            }
            prop_assert_eq!(seen.len(), f.claims().len());
            prop_assert!(sources.len() >= 2);
            let all: std::collections::BTreeSet<_> = speakers_of_groups.iter().flatten().cloned().collect();
            if f.kind() == FindingKind::Misquote {
                prop_assert_eq!(all.len(), 1);
            } else {
                prop_assert!(speakers_of_groups.iter().all(|s| s.len() == 1));
                prop_assert_eq!(all.len(), f.groups().len());
            }
        }
    }
}
