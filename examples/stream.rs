//! `stream`: check a large corpus of JSON Lines in bounded memory.
//!
//! ```text
//! cargo run --release --example stream -- testdata/sample/summit.jsonl
//! cargo run --release --example stream < corpus.jsonl
//! ```
//!
//! Each input line is one document, `{"id": "...", "text": "...",
//! "published": "2025-09-04"}` (`published` is optional). The documents are
//! read one at a time: each one's claims become a
//! [`ClaimSet`](corroborate::group::ClaimSet), which holds only the
//! comparable claims (their text and value, never the article), and is
//! merged into the corpus's set; the article's text is then dropped, so
//! memory grows with the number of comparable claims, not with the text. At the
//! end the merged set is judged into findings, printed one per line with
//! their claims, and a summary.
//!
//! A line that cannot be read (not JSON, no `id` or `text`, a bad date) is
//! named on stderr with its line number and skipped; the rest of the corpus
//! is still checked, and the exit status is 1.
//!
//! `ClaimSet::merge` is associative and commutative, so the same loop can
//! run on shards of a corpus (threads, machines) whose sets are merged at
//! the end: the findings are the same.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, IsTerminal};
use std::process::ExitCode;

use corroborate::group::{ClaimSet, Mention};
use corroborate::{Checker, FindingKind, Published, detect};
use serde::Deserialize;

/// One line of input.
#[derive(Deserialize)]
struct Line {
    id: String,
    text: String,
    #[serde(default)]
    published: Option<String>,
}

fn main() -> ExitCode {
    let input: Box<dyn BufRead> = match std::env::args().nth(1) {
        Some(path) => match std::fs::File::open(&path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("error: {path}: cannot read: {e}");
                return ExitCode::from(2);
            }
        },
        None => {
            if io::stdin().is_terminal() {
                eprintln!("reading JSON Lines from stdin (end with Ctrl-D); or: stream FILE.jsonl");
            }
            Box::new(io::stdin().lock())
        }
    };
    let checker = Checker::new();
    let mut corpus = ClaimSet::new();
    let (mut docs, mut claims, mut failed) = (0usize, 0usize, 0usize);

    for (n, line) in input.lines().enumerate() {
        let n = n + 1;
        let line = match line {
            Ok(l) if l.trim().is_empty() => continue,
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: line {n}: cannot read: {e}");
                failed += 1;
                break;
            }
        };
        let doc: Line = match serde_json::from_str(&line) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("error: line {n}: expected {{\"id\", \"text\", \"published\"?}}: {e}");
                failed += 1;
                continue;
            }
        };
        let published = match doc.published.as_deref().map(str::parse::<Published>) {
            None => None,
            Some(Ok(p)) => Some(p),
            Some(Err(e)) => {
                eprintln!("error: line {n}: document {:?}: {e}", doc.id);
                failed += 1;
                continue;
            }
        };
        let extracted = checker.extract_text(&doc.text, published);
        claims += extracted.len();
        docs += 1;
        let set = ClaimSet::from_claims(&doc.id, &doc.text, published, &extracted);
        corpus = corpus.merge(set);
    }

    let findings = detect::findings(&corpus);
    let blocks = corpus.blocks();
    let mentions: HashMap<&str, &Mention> = blocks
        .iter()
        .flat_map(|(_, ms)| ms.iter().map(|m| (m.id.as_str(), *m)))
        .collect();
    let mut counts: HashMap<FindingKind, usize> = HashMap::new();
    for f in &findings {
        *counts.entry(f.kind()).or_default() += 1;
        println!("{}: {} ({})", f.kind().as_str(), f.subject(), f.reason());
        for m in f.claims().iter().filter_map(|id| mentions.get(id.as_str())) {
            let (s, e) = (m.span.start, m.span.end);
            println!("  {}[{s}..{e}] {:?}", m.source, m.text);
        }
    }
    let count = |k, one: &str, many: &str| {
        let n = counts.get(&k).copied().unwrap_or(0);
        format!("{n} {}", if n == 1 { one } else { many })
    };
    println!(
        "summary: {}, {}, {}, {} in {docs} documents ({claims} claims, {} comparable); \
         {failed} lines failed",
        count(FindingKind::Conflict, "conflict", "conflicts"),
        count(FindingKind::Update, "update", "updates"),
        count(FindingKind::Agreement, "agreement", "agreements"),
        count(
            FindingKind::SingleSource,
            "single-source finding",
            "single-source findings"
        ),
        corpus.len(),
    );
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
