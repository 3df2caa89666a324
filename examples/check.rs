//! `check`: the command-line front end of `corroborate`.
//!
//! ```text
//! check [--json] [FILE...]            one corpus, one report
//! check --json --jsonl < docs         documents as JSON Lines on stdin
//! check --claims --jsonl < docs       claims only, one line per document
//! ```
//!
//! With no FILE and no `--jsonl`, it checks the bundled sample corpus:
//! `cargo run --release --example check`. Without `--json` or `--claims`
//! it prints a report for people: conflicts first (each side's claims with
//! source, line:column, the sentence with the claim underlined, the value
//! and who said it, then why the values clash), then updates, quotations
//! one person is quoted with in different words (misquotes) or that are
//! put in different people's mouths (misattributions), agreements and
//! single-source findings (`--only conflicts` keeps one kind), and a
//! summary line. Colour on a terminal only, never when `NO_COLOR` is set.
//! A source's id is its file name without the extension, or the `id` of a
//! JSON Lines document (`{"id", "text", "published"?}`).
//!
//! Exit status: 0 when every input was read; 1 when some input could not
//! be read or was given twice (each such input is named on stderr; all
//! others are still processed and printed; `--json` lists every input in
//! `sources`, a failed one with its `error`; `--claims` prints a line with
//! an `error` for a failed document whose id is known); 2 on a usage error
//! (unknown flag).

use std::io::{self, BufRead, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use corroborate::report::ClaimJson;
use corroborate::report::ReportClaim;
use corroborate::{Checker, Document, FindingKind, Published, Report};

/// The bundled sample corpus: articles written for this crate.
const SAMPLE: &[(&str, &str)] = &[
    ("summit-a", include_str!("../testdata/sample/summit-a.txt")),
    ("summit-b", include_str!("../testdata/sample/summit-b.txt")),
    ("summit-c", include_str!("../testdata/sample/summit-c.txt")),
    ("summit-d", include_str!("../testdata/sample/summit-d.txt")),
    ("summit-e", include_str!("../testdata/sample/summit-e.txt")),
];

const USAGE: &str = "usage: check [--json] [--claims] [--jsonl] [FILE...]
  --json     print the report as one JSON object
  --claims   print claims only, one JSON line per document
  --jsonl    read documents as JSON Lines from stdin ({\"id\", \"text\", \"published\"?})
  --only K   print only findings of kind K: conflicts, updates, agreements, single,
             misquotes or misattributions
  --color    colour the report (the default on a terminal)
  --no-color never colour the report (the default when NO_COLOR is set; wins over --color)
  --lossy    read files that are not UTF-8 with replacement characters (warned)
  -h, --help print this help";

#[derive(Default)]
struct Options {
    json: bool,
    claims: bool,
    jsonl: bool,
    /// Only findings of this kind (`--only conflicts`).
    only: Option<FindingKind>,
    /// Colour the text report (a terminal, and `NO_COLOR` unset).
    color: bool,
    /// Never colour, whatever else is asked (`NO_COLOR` is set).
    no_color: bool,
    /// Decode files that are not UTF-8 with replacement characters.
    lossy: bool,
    files: Vec<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut o = Options::default();
    let mut only_files = false;
    let mut args = args.peekable();
    while let Some(a) = args.next() {
        if only_files || !a.starts_with('-') || a == "-" {
            o.files.push(a);
            continue;
        }
        match a.as_str() {
            "--json" => o.json = true,
            "--claims" => o.claims = true,
            "--jsonl" => o.jsonl = true,
            "--only" => {
                let v = args.next().ok_or(
                    "flag \"--only\" needs a value: conflicts, updates, agreements, single, misquotes or misattributions",
                )?;
                o.only = Some(match v.as_str() {
                    "conflict" | "conflicts" => FindingKind::Conflict,
                    "update" | "updates" => FindingKind::Update,
                    "agreement" | "agreements" => FindingKind::Agreement,
                    "single" | "single_source" | "single-source" => FindingKind::SingleSource,
                    "misquote" | "misquotes" => FindingKind::Misquote,
                    "misattribution" | "misattributions" => FindingKind::Misattribution,
                    _ => {
                        return Err(format!(
                            "flag \"--only\": unknown finding kind {v:?}; expected conflicts, updates, agreements, single, misquotes or misattributions"
                        ));
                    }
                });
            }
            "--" => only_files = true,
            "--color" => o.color = true,
            "--no-color" => o.no_color = true,
            "--lossy" => o.lossy = true,
            "-h" | "--help" => return Ok(None),
            _ => return Err(format!("unknown flag {a:?}")),
        }
    }
    Ok(Some(o))
}

/// One input document: read, or failed with the reason (named on stderr,
/// listed in the JSON output, never silently dropped).
enum Input {
    Doc(Document),
    Failed { id: String, reason: String },
}

/// What reading the inputs gave: documents and failures in input order,
/// error messages for stderr, and warnings.
#[derive(Default)]
struct Inputs {
    items: Vec<Input>,
    errors: Vec<String>,
    warnings: Vec<String>,
}

impl Inputs {
    fn fail(&mut self, id: String, message: String) {
        self.errors.push(message.clone());
        self.items.push(Input::Failed {
            id,
            reason: message,
        });
    }

    fn docs(&self) -> Vec<Document> {
        self.items
            .iter()
            .filter_map(|i| match i {
                Input::Doc(d) => Some(d.clone()),
                Input::Failed { .. } => None,
            })
            .collect()
    }
}

/// Reads the documents; every input error is named.
fn read_inputs(o: &Options, stdin: &mut dyn BufRead) -> Inputs {
    let mut inp = Inputs::default();
    if o.jsonl {
        read_jsonl(stdin, "<stdin>", &mut inp);
    }
    for f in &o.files {
        let path = Path::new(f);
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| f.clone());
        if path.extension().is_some_and(|e| e == "jsonl") {
            match std::fs::File::open(path) {
                Ok(file) => read_jsonl(&mut io::BufReader::new(file), f, &mut inp),
                Err(e) => inp.fail(id, format!("{f}: cannot read: {e}")),
            }
            continue;
        }
        let mut bytes = Vec::new();
        match std::fs::File::open(path).and_then(|mut h| h.read_to_end(&mut bytes)) {
            Err(e) => inp.fail(id, format!("{f}: cannot read: {e}")),
            Ok(_) => match String::from_utf8(bytes) {
                Ok(text) => inp.items.push(Input::Doc(Document::new(id, text))),
                Err(e) if o.lossy => {
                    inp.warnings.push(format!(
                        "{f}: not UTF-8 (invalid byte at offset {}); decoded lossily: \
                         offsets are into the decoded text",
                        e.utf8_error().valid_up_to()
                    ));
                    let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                    inp.items.push(Input::Doc(Document::new(id, text)));
                }
                Err(e) => inp.fail(
                    id,
                    format!(
                        "{f}: not UTF-8 (invalid byte at offset {}; --lossy decodes it anyway)",
                        e.utf8_error().valid_up_to()
                    ),
                ),
            },
        }
    }
    if !o.jsonl && o.files.is_empty() {
        for (id, text) in SAMPLE {
            inp.items.push(Input::Doc(Document::new(*id, *text)));
        }
    }
    rename_duplicates(&mut inp);
    inp
}

/// Two documents with one id: the later ones get "#2", "#3"... and an
/// error names them, so that no document is lost or merged with another.
fn rename_duplicates(inp: &mut Inputs) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for item in &mut inp.items {
        let Input::Doc(d) = item else { continue };
        let n = seen.entry(d.id().to_string()).or_insert(0);
        *n += 1;
        if *n > 1 {
            let new_id = format!("{}#{n}", d.id());
            inp.errors.push(format!(
                "document id {:?} given {} times: this one is checked as {new_id:?}",
                d.id(),
                n
            ));
            let renamed = Document::new(new_id, d.text()).with_published_opt(d.published());
            *d = renamed;
        }
    }
}

fn read_jsonl(input: &mut dyn BufRead, name: &str, inp: &mut Inputs) {
    for (n, line) in input.split(b'\n').enumerate() {
        let n = n + 1;
        let at = format!("{name}:{n}");
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                inp.fail(at, format!("{name}: line {n}: cannot read: {e}"));
                break;
            }
        };
        let Ok(line) = String::from_utf8(line) else {
            inp.fail(at, format!("{name}: line {n}: not UTF-8"));
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                inp.fail(at, format!("{name}: line {n}: not JSON: {e}"));
                continue;
            }
        };
        let id = match v.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Number(x)) => x.to_string(),
            _ => {
                inp.fail(at, format!("{name}: line {n}: missing string field \"id\""));
                continue;
            }
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            let msg = format!("{name}: line {n}: document {id:?}: missing string field \"text\"");
            inp.fail(id, msg);
            continue;
        };
        let mut doc = Document::new(id.clone(), text);
        match v.get("published") {
            None | Some(serde_json::Value::Null) => {}
            Some(serde_json::Value::String(p)) => match p.parse::<Published>() {
                Ok(p) => doc = doc.with_published(p),
                Err(e) => inp.errors.push(format!(
                    "{name}: line {n}: document {id:?}: field \"published\": {e}; \
                     checked without a publication date"
                )),
            },
            Some(_) => inp.errors.push(format!(
                "{name}: line {n}: document {id:?}: field \"published\" is not a string; \
                 checked without a publication date"
            )),
        }
        inp.items.push(Input::Doc(doc));
    }
}

fn run_options(
    o: &Options,
    stdin: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<bool> {
    let inp = read_inputs(o, stdin);
    let checker = Checker::new();
    if o.claims {
        for item in &inp.items {
            let line = match item {
                Input::Doc(doc) => {
                    let claims = checker.extract(doc);
                    let ids: Vec<String> = (1..=claims.len()).map(|i| format!("c{i}")).collect();
                    let items: Vec<ClaimJson<'_>> = claims
                        .iter()
                        .zip(&ids)
                        .map(|(c, id)| ClaimJson::new(id, doc.id(), doc.text(), c))
                        .collect();
                    serde_json::json!({"id": doc.id(), "claims": items})
                }
                Input::Failed { id, reason } => {
                    serde_json::json!({"id": id, "claims": [], "error": reason})
                }
            };
            writeln!(out, "{line}")?;
        }
    } else {
        let report = checker.check(&inp.docs());
        if o.json {
            // Streamed to the output as it is serialized: no JSON tree of
            // the whole report is ever held in memory.
            let json = JsonReport {
                report: &report,
                items: &inp.items,
            };
            serde_json::to_writer(&mut *out, &json).map_err(io::Error::other)?;
            writeln!(out)?;
        } else {
            write_text(&report, o, out)?;
        }
    }
    for w in &inp.warnings {
        writeln!(err, "warning: {w}")?;
    }
    for e in &inp.errors {
        writeln!(err, "error: {e}")?;
    }
    Ok(inp.errors.is_empty())
}

/// The `--json` report: the library's report, with every input that failed
/// listed in `sources` after the documents, saying why.
struct JsonReport<'a> {
    report: &'a corroborate::Report,
    items: &'a [Input],
}

impl serde::Serialize for JsonReport<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        #[derive(serde::Serialize)]
        #[serde(untagged)]
        enum SourceOut<'a> {
            Read(&'a corroborate::report::Source),
            Failed {
                id: &'a str,
                published: Option<()>,
                error: &'a str,
            },
        }
        let failed = self.items.iter().filter_map(|i| match i {
            Input::Failed { id, reason } => Some(SourceOut::Failed {
                id,
                published: None,
                error: reason,
            }),
            Input::Doc(_) => None,
        });
        let sources: Vec<SourceOut<'_>> = self
            .report
            .sources()
            .iter()
            .map(SourceOut::Read)
            .chain(failed)
            .collect();
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("sources", &sources)?;
        m.serialize_entry("claims", self.report.claims())?;
        m.serialize_entry("findings", self.report.findings())?;
        m.end()
    }
}

/// ANSI styles, or nothing when colour is off.
struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// The report for people: conflicts first, then updates, agreements and
/// single-source claims; each conflict like a compiler diagnostic.
fn write_text(report: &Report, o: &Options, out: &mut dyn Write) -> io::Result<()> {
    let st = Style {
        on: o.color && !o.no_color,
    };
    let by_id: std::collections::HashMap<&str, &ReportClaim> =
        report.claims().iter().map(|c| (c.id(), c)).collect();
    let mut counts = [0usize; 5];
    for f in report.findings() {
        let slot = match f.kind() {
            FindingKind::Conflict => 0,
            FindingKind::Update => 1,
            FindingKind::Agreement => 2,
            FindingKind::Misquote | FindingKind::Misattribution => 4,
            _ => 3,
        };
        counts[slot] += 1;
        if o.only.is_some_and(|k| k != f.kind()) {
            continue;
        }
        let (label, code) = match f.kind() {
            FindingKind::Conflict => ("conflict", "1;31"),
            FindingKind::Update => ("update", "1;33"),
            FindingKind::Agreement => ("agreement", "1;32"),
            FindingKind::Misquote => ("misquote", "1;35"),
            FindingKind::Misattribution => ("misattribution", "1;35"),
            _ => ("single source", "1;36"),
        };
        writeln!(
            out,
            "{}: {}",
            st.paint(code, label),
            st.paint("1", f.subject())
        )?;
        let groups: Vec<Vec<String>> = if f.groups().is_empty() {
            vec![f.claims().to_vec()]
        } else {
            f.groups().to_vec()
        };
        let show_claims = matches!(f.kind(), FindingKind::Conflict | FindingKind::Update);
        for (i, g) in groups.iter().enumerate() {
            let side = f.sides().get(i).map(String::as_str).unwrap_or("");
            if groups.len() > 1 {
                writeln!(
                    out,
                    "  {} {side}",
                    st.paint("1;34", &format!("side {}:", i + 1))
                )?;
            } else {
                writeln!(out, "  {side}")?;
            }
            if !show_claims {
                continue;
            }
            for id in g.iter().take(3) {
                if let Some(c) = by_id.get(id.as_str()) {
                    write_claim(c, &st, out)?;
                }
            }
            if g.len() > 3 {
                writeln!(out, "    ... and {} more", g.len() - 3)?;
            }
        }
        writeln!(out, "  {} {}", st.paint("1;34", "= why:"), f.reason())?;
        writeln!(out, "  {} {}", st.paint("1;34", "= key:"), f.key())?;
        writeln!(out)?;
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    // Quotations compared are counted only when there are any, so that a
    // report without them reads as before.
    let quotes = if counts[4] > 0 {
        format!(
            ", {}",
            plural(counts[4], "quotation finding", "quotation findings")
        )
    } else {
        String::new()
    };
    writeln!(
        out,
        "{}: {}, {}, {}, {}{quotes} in {} ({})",
        st.paint("1", "summary"),
        plural(counts[0], "conflict", "conflicts"),
        plural(counts[1], "update", "updates"),
        plural(counts[2], "agreement", "agreements"),
        plural(counts[3], "single-source finding", "single-source findings"),
        plural(report.sources().len(), "source", "sources"),
        plural(report.claims().len(), "claim", "claims"),
    )
}

/// One claim: where it is, its sentence, the claim underlined, its speaker.
fn write_claim(c: &ReportClaim, st: &Style, out: &mut dyn Write) -> io::Result<()> {
    let (line, col) = c.line_column();
    let claim = c.claim();
    let who = claim
        .speaker()
        .map(|a| format!(", said by {}", a.speaker.name()))
        .unwrap_or_default();
    writeln!(
        out,
        "    {} {}:{line}:{col}{who}",
        st.paint("1;34", "-->"),
        c.source()
    )?;
    let sentence = c.sentence_text();
    let at = claim.span().start.saturating_sub(claim.sentence().start);
    let len = claim.span().len();
    // A window of the sentence around the claim, at most ~100 characters.
    let before: String = sentence.get(..at).unwrap_or("").chars().collect();
    let before: Vec<char> = before.chars().collect();
    let keep = before.len().saturating_sub(50);
    let head: String = before[keep..].iter().collect();
    let body = sentence.get(at..at + len).unwrap_or(c.text());
    let tail: String = sentence
        .get(at + len..)
        .unwrap_or("")
        .chars()
        .take(50)
        .collect();
    let (dots_l, dots_r) = (
        if keep > 0 { "..." } else { "" },
        if sentence
            .get(at + len..)
            .is_some_and(|t| t.chars().count() > 50)
        {
            "..."
        } else {
            ""
        },
    );
    let text = format!("{dots_l}{head}{body}{tail}{dots_r}").replace(['\n', '\r', '\t'], " ");
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    writeln!(out, "    {pad} {}", st.paint("1;34", "|"))?;
    writeln!(
        out,
        "    {} {} {text}",
        st.paint("1;34", &gutter),
        st.paint("1;34", "|")
    )?;
    let offset = dots_l.len() + head.chars().count();
    let marks = "^".repeat(body.chars().count().max(1));
    writeln!(
        out,
        "    {pad} {} {}{}",
        st.paint("1;34", "|"),
        " ".repeat(offset),
        st.paint("1;31", &marks)
    )
}

/// Runs `check` with `args` (without the program name); returns the exit
/// status. Integration tests call this directly.
pub fn run(
    args: &[String],
    stdin: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let o = match parse_args(args.iter().cloned()) {
        Ok(Some(o)) => o,
        Ok(None) => {
            return match writeln!(out, "{USAGE}") {
                Ok(()) => 0,
                Err(_) => 1,
            };
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}\n{USAGE}");
            return 2;
        }
    };
    match run_options(&o, stdin, out, err).and_then(|ok| out.flush().map(|()| ok)) {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            let _ = writeln!(err, "error: cannot write output: {e}");
            1
        }
    }
}

/// The flag the environment adds to the command line: `--no-color` when
/// `NO_COLOR` is set to anything but the empty string (<https://no-color.org>;
/// it wins over an explicit `--color`), else `--color` when stdout is a
/// terminal, else nothing (piped output is never coloured unless asked).
pub fn color_from_env(
    stdout_is_terminal: bool,
    no_color: Option<&std::ffi::OsStr>,
) -> Option<&'static str> {
    if no_color.is_some_and(|v| !v.is_empty()) {
        Some("--no-color")
    } else if stdout_is_terminal {
        Some("--color")
    } else {
        None
    }
}

#[allow(dead_code)] // unused when the integration tests include this file
fn main() -> ExitCode {
    use std::io::IsTerminal;
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let no_color = std::env::var_os("NO_COLOR");
    if let Some(flag) = color_from_env(io::stdout().is_terminal(), no_color.as_deref()) {
        args.push(flag.to_string());
    }
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let code = run(&args, &mut stdin.lock(), &mut out, &mut io::stderr());
    ExitCode::from(code)
}
