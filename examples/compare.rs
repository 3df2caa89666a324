//! `compare`: check two articles against each other and walk the findings.
//!
//! ```text
//! cargo run --example compare                      # two bundled sample articles
//! cargo run --example compare -- one.txt two.txt   # your own articles
//! ```
//!
//! For every finding it prints its kind and subject key, then each side:
//! the claims (source, byte span, text) and the value and sources they
//! share, then the reason the values agree or clash.

use std::collections::HashMap;

use corroborate::report::ReportClaim;
use corroborate::{Checker, Document};

/// Two bundled articles written for this crate, used when no file is given.
const SAMPLES: [(&str, &str); 2] = [
    ("summit-a", include_str!("../testdata/sample/summit-a.txt")),
    ("summit-c", include_str!("../testdata/sample/summit-c.txt")),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let docs: Vec<Document> = match paths.as_slice() {
        [] => SAMPLES
            .iter()
            .map(|(id, text)| Document::new(*id, *text))
            .collect(),
        [a, b] => {
            let read = |p: &String| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
            vec![
                Document::new(a.as_str(), read(a)?),
                Document::new(b.as_str(), read(b)?),
            ]
        }
        _ => return Err("usage: compare [ONE.txt TWO.txt]".into()),
    };

    let report = Checker::new().check(&docs);
    // Findings name their claims by id; the report holds the claims.
    let claims: HashMap<&str, &ReportClaim> = report.claims().iter().map(|c| (c.id(), c)).collect();

    for finding in report.findings() {
        println!("{} [{}]", finding.kind().as_str(), finding.key());
        // A conflict or update has one group of claims per side; an
        // agreement or single-source finding has one side with all of them.
        let whole = [finding.claims().to_vec()];
        let groups = if finding.groups().is_empty() {
            &whole[..]
        } else {
            finding.groups()
        };
        for (side, ids) in finding.sides().iter().zip(groups) {
            println!("  side: {side}");
            for c in ids.iter().filter_map(|id| claims.get(id.as_str())) {
                let span = c.claim().span();
                println!(
                    "    {}[{}..{}] {:?}",
                    c.source(),
                    span.start,
                    span.end,
                    c.text()
                );
            }
        }
        println!("  reason: {}", finding.reason());
    }
    Ok(())
}
