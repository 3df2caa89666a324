//! `extract`: the claims of one article, in a few lines of library code.
//!
//! ```text
//! cargo run --example extract                        # a bundled sample article
//! cargo run --example extract -- article.txt         # your own article
//! cargo run --example extract -- article.txt 2025-09-04   # with its publication date
//! ```
//!
//! Prints one line per claim: its kind, its text as written, its
//! normalized value (as JSON), what it is about, and who said it.

use corroborate::{Checker, Document, Published};

/// A bundled article written for this crate, used when no file is given.
const SAMPLE: &str = include_str!("../testdata/sample/summit-a.txt");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(path) => std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?,
        None => SAMPLE.to_string(),
    };
    let mut doc = Document::new("article", text);
    if let Some(date) = args.next() {
        doc = doc.with_published(date.parse::<Published>()?);
    }

    for claim in Checker::new().extract(&doc) {
        let value = serde_json::to_string(claim.value())?;
        let subject = claim
            .subject()
            .and_then(|s| s.noun.as_deref())
            .unwrap_or("-");
        let speaker = claim.speaker().map_or("-", |a| a.speaker.name());
        println!(
            "{:<8} {:<32} {value}  subject: {subject}  said by: {speaker}",
            claim.kind().as_str(),
            format!("{:?}", claim.text(doc.text())),
        );
    }
    Ok(())
}
