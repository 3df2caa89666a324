//! Prints the generated news-like bench corpus (see `benches/corpus.rs`).
//!
//! ```text
//! bench_corpus [BYTES] [SEED]       about BYTES of articles (default 1 MiB,
//!                                   seed 7), separated by a line holding
//!                                   only `\f` (form feed)
//! bench_corpus --jsonl N [SEED]     N articles as JSON Lines documents
//!                                   ({"id", "text", "published"}), for
//!                                   `check --jsonl` and scripts/scale.py
//! ```

#[path = "../benches/corpus.rs"]
#[allow(dead_code)] // `news` and `speech` are for the benchmarks
mod corpus;

use std::io::Write;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.first().is_some_and(|a| a == "--jsonl") {
        let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(500);
        let seed = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(7u64);
        let mut rng = corpus::Rng::new(seed);
        for i in 0..n {
            let doc = serde_json::json!({
                "id": format!("a{i:05}"),
                "text": corpus::article(&mut rng),
                // Publication over nine days, as coverage of one event runs.
                "published": format!("2025-09-{:02}", 1 + i % 9),
            });
            writeln!(out, "{doc}")?;
        }
        return out.flush();
    }
    let bytes = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1usize << 20);
    let seed = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(7u64);
    let mut rng = corpus::Rng::new(seed);
    let mut n = 0;
    while n < bytes {
        let a = corpus::article(&mut rng);
        n += a.len();
        out.write_all(a.as_bytes())?;
        out.write_all(b"\x0c\n")?;
    }
    out.flush()
}
