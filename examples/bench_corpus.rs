//! Prints the generated news-like bench corpus (see `benches/corpus.rs`):
//! `bench_corpus [BYTES] [SEED]`, by default 1 MiB with seed 7. Articles
//! are separated by a line holding only `\f` (form feed).

#[path = "../benches/corpus.rs"]
#[allow(dead_code)] // `news` is for the benchmarks
mod corpus;

use std::io::Write;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let bytes = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1usize << 20);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(7u64);
    let mut rng = corpus::Rng::new(seed);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut n = 0;
    while n < bytes {
        let a = corpus::article(&mut rng);
        n += a.len();
        out.write_all(a.as_bytes())?;
        out.write_all(b"\x0c\n")?;
    }
    out.flush()
}
