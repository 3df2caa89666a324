//! The `check` example's handling of input, run in-process: the example's
//! source is compiled into this test binary.

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/check.rs"]
mod check;

use std::io::Cursor;
use std::path::PathBuf;

struct Run {
    code: u8,
    out: String,
    err: String,
}

fn run(args: &[&str], stdin: &str) -> Run {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = check::run(
        &args,
        &mut Cursor::new(stdin.as_bytes().to_vec()),
        &mut out,
        &mut err,
    );
    Run {
        code,
        out: String::from_utf8(out).expect("output is UTF-8"),
        err: String::from_utf8(err).expect("stderr is UTF-8"),
    }
}

/// A fresh temporary folder for one test, removed with everything in it
/// when the test ends (also when it fails).
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(name: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    TempDir(dir)
}

fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

#[test]
fn unknown_flag_is_named_and_exits_2() {
    let r = run(&["--frobnicate"], "");
    assert_eq!(r.code, 2);
    assert!(r.err.contains("unknown flag \"--frobnicate\""), "{}", r.err);
    assert!(r.out.is_empty());
}

#[test]
fn help_exits_0() {
    let r = run(&["--help"], "");
    assert_eq!(r.code, 0);
    assert!(r.out.starts_with("usage: check"));
}

#[test]
fn bad_files_are_named_and_the_rest_is_processed() {
    let dir = temp_dir("files");
    let good = dir.join("good.txt");
    let latin1 = dir.join("latin1.txt");
    let empty = dir.join("empty.txt");
    let missing = dir.join("missing.txt");
    std::fs::write(&good, "The storm killed 22 people.").expect("write");
    std::fs::write(&latin1, b"caf\xe9 with 3 tables").expect("write");
    std::fs::write(&empty, "").expect("write");
    let paths: Vec<String> = [&good, &latin1, &empty, &missing, &dir.to_path_buf()]
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["--claims"];
    args.extend(paths.iter().map(String::as_str));
    let r = run(&args, "");
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(
        r.err.contains(&format!(
            "{}: not UTF-8 (invalid byte at offset 3;",
            paths[1]
        )),
        "{}",
        r.err
    );
    assert!(
        r.err.contains(&format!("{}: cannot read", paths[3])),
        "{}",
        r.err
    );
    assert!(
        r.err.contains(&format!("{}: cannot read", paths[4])),
        "{}",
        r.err
    );
    let lines = json_lines(&r.out);
    let ids: Vec<&str> = lines.iter().filter_map(|l| l["id"].as_str()).collect();
    let dir_id = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    assert_eq!(ids, ["good", "latin1", "empty", "missing", dir_id.as_str()]);
    let failed: Vec<bool> = lines.iter().map(|l| l.get("error").is_some()).collect();
    assert_eq!(failed, [false, true, false, true, true]);
    assert_eq!(lines[2]["claims"].as_array().map(Vec::len), Some(0));
    assert!(lines[0]["claims"].as_array().is_some_and(|c| !c.is_empty()));

    // The JSON report lists every input in `sources`, failed ones with why.
    let mut args = vec!["--json"];
    args.extend(paths.iter().map(String::as_str));
    let r = run(&args, "");
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.out).expect("one JSON object");
    let sources = v["sources"].as_array().expect("sources");
    assert_eq!(sources.len(), 5);
    assert_eq!(
        sources.iter().filter(|s| s.get("error").is_some()).count(),
        3
    );

    // --lossy reads the Latin-1 file with replacement characters, and says so.
    let r = run(&["--claims", "--lossy", &paths[1]], "");
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("decoded lossily"), "{}", r.err);
    assert_eq!(json_lines(&r.out)[0]["id"], "latin1");
}

#[test]
fn bad_json_lines_are_named_and_the_rest_is_processed() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"The storm killed 22 people.\"}\n",
        "this is not json\n",
        "{\"text\": \"no id here\"}\n",
        "{\"id\": \"d\"}\n",
        "\n",
        "{\"id\": \"e\", \"text\": \"They met on Tuesday.\", \"published\": \"last week\"}\n",
        "{\"id\": \"f\", \"text\": \"They met on Tuesday.\", \"published\": \"2025-09-04\"}\n",
    );
    let r = run(&["--claims", "--jsonl"], input);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("<stdin>: line 2: not JSON"), "{}", r.err);
    assert!(
        r.err
            .contains("<stdin>: line 3: missing string field \"id\""),
        "{}",
        r.err
    );
    assert!(
        r.err
            .contains("<stdin>: line 4: document \"d\": missing string field \"text\""),
        "{}",
        r.err
    );
    assert!(r.err.contains("<stdin>: line 6: document \"e\": field \"published\": invalid publication date \"last week\""), "{}", r.err);
    let lines = json_lines(&r.out);
    let ids: Vec<&str> = lines.iter().filter_map(|l| l["id"].as_str()).collect();
    assert_eq!(ids, ["a", "<stdin>:2", "<stdin>:3", "d", "e", "f"]);
    let failed: Vec<bool> = lines.iter().map(|l| l.get("error").is_some()).collect();
    assert_eq!(failed, [false, true, true, true, false, false]);
}

#[test]
fn claims_output_follows_the_contract() {
    let input = "{\"id\": \"a\", \"text\": \"Héllo. The storm killed 22 people.\"}\n";
    let r = run(&["--claims", "--jsonl"], input);
    assert_eq!(r.code, 0, "{}", r.err);
    let lines = json_lines(&r.out);
    let text = "Héllo. The storm killed 22 people.";
    for c in lines[0]["claims"].as_array().expect("claims list") {
        let (s, e) = (
            c["start"].as_u64().expect("start") as usize,
            c["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(c["text"].as_str(), text.get(s..e));
        for field in [
            "id",
            "source",
            "kind",
            "value",
            "qualifier",
            "subject",
            "speaker",
        ] {
            assert!(c.get(field).is_some(), "claim lacks {field}: {c}");
        }
    }
}

#[test]
fn json_report_is_one_object_and_deterministic() {
    let input = concat!(
        "{\"id\": \"b\", \"text\": \"About 30 leaders took part in the summit.\"}\n",
        "{\"id\": \"a\", \"text\": \"Leaders from 35 countries took part in the summit.\"}\n",
    );
    let first = run(&["--json", "--jsonl"], input);
    let second = run(&["--json", "--jsonl"], input);
    assert_eq!(first.code, 0, "{}", first.err);
    assert_eq!(first.out, second.out);
    let v: serde_json::Value = serde_json::from_str(&first.out).expect("one JSON object");
    for key in ["sources", "claims", "findings"] {
        assert!(v[key].is_array(), "report lacks {key}");
    }
}

#[test]
fn no_arguments_runs_the_sample_corpus() {
    let r = run(&[], "");
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(!r.out.is_empty());
}

#[test]
fn text_report_shows_both_sides_of_a_conflict() {
    let r = run(&["--only", "conflicts"], "");
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.starts_with("conflict: "), "{}", r.out);
    assert!(
        r.out.contains("side 1:") && r.out.contains("side 2:"),
        "{}",
        r.out
    );
    assert!(r.out.contains("--> summit-"), "{}", r.out);
    assert!(r.out.contains("= why: "), "{}", r.out);
    assert!(!r.out.contains("single source:"), "{}", r.out);
    assert!(!r.out.contains('\x1b'), "no colour unless asked");
    let last = r.out.lines().last().unwrap_or("");
    assert!(
        last.starts_with("summary: ") && last.contains("conflicts"),
        "{last}"
    );
    let colored = run(&["--only", "conflicts", "--color"], "");
    assert!(colored.out.contains("\x1b[1;31m"));
}

#[test]
fn only_needs_a_known_kind() {
    let r = run(&["--only", "rumours"], "");
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("unknown finding kind \"rumours\""),
        "{}",
        r.err
    );
    let r = run(&["--only"], "");
    assert_eq!(r.code, 2);
    assert!(r.err.contains("flag \"--only\" needs a value"), "{}", r.err);
}

#[test]
fn duplicate_ids_are_named_and_both_documents_kept() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"The storm killed 22 people.\"}\n",
        "{\"id\": \"a\", \"text\": \"The storm killed 30 people.\"}\n",
    );
    let r = run(&["--claims", "--jsonl"], input);
    assert_eq!(r.code, 1);
    assert!(
        r.err
            .contains("document id \"a\" given 2 times: this one is checked as \"a#2\""),
        "{}",
        r.err
    );
    let ids: Vec<String> = json_lines(&r.out)
        .iter()
        .filter_map(|l| l["id"].as_str().map(String::from))
        .collect();
    assert_eq!(ids, ["a", "a#2"]);
}

#[test]
fn colour_follows_the_terminal_and_no_color() {
    use std::ffi::OsStr;
    assert_eq!(check::color_from_env(true, None), Some("--color"));
    assert_eq!(check::color_from_env(false, None), None);
    assert_eq!(
        check::color_from_env(true, Some(OsStr::new("1"))),
        Some("--no-color")
    );
    assert_eq!(
        check::color_from_env(false, Some(OsStr::new("1"))),
        Some("--no-color")
    );
    // An empty NO_COLOR is unset (no-color.org).
    assert_eq!(
        check::color_from_env(true, Some(OsStr::new(""))),
        Some("--color")
    );
    // NO_COLOR wins over an explicit --color.
    let r = run(&["--only", "conflicts", "--color", "--no-color"], "");
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(!r.out.contains('\x1b'), "{}", r.out);
}

#[test]
fn text_report_orders_findings_and_underlines_each_claim() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"About 30 leaders took part in the summit.\"}\n",
        "{\"id\": \"b\", \"text\": \"Officials said that leaders from 35 countries took part in the summit.\"}\n",
        "{\"id\": \"am\", \"text\": \"The storm killed 22 people.\", \"published\": \"2025-09-04T08:00\"}\n",
        "{\"id\": \"pm\", \"text\": \"The storm killed 30 people.\", \"published\": \"2025-09-04T20:00\"}\n",
        "{\"id\": \"x\", \"text\": \"The flood killed 3 firefighters.\"}\n",
        "{\"id\": \"y\", \"text\": \"Three firefighters were killed in the flood.\"}\n",
        "{\"id\": \"z\", \"text\": \"The blaze injured 4 firefighters.\"}\n",
    );
    let r = run(&["--jsonl"], input);
    assert_eq!(r.code, 0, "{}", r.err);
    // Conflicts, then updates, agreements and single-source findings.
    let heads: Vec<&str> = r
        .out
        .lines()
        .filter(|l| !l.starts_with(' ') && l.contains(": "))
        .map(|l| l.split(':').next().unwrap_or(""))
        .collect();
    let rank = |h: &str| match h {
        "conflict" => 0,
        "update" => 1,
        "agreement" => 2,
        "single source" => 3,
        _ => 4,
    };
    assert!(
        heads.contains(&"conflict") && heads.contains(&"update"),
        "{}",
        r.out
    );
    assert!(
        heads
            .windows(2)
            .all(|w| rank(w[0]) <= rank(w[1]) || w[1] == "summary"),
        "{heads:?}"
    );
    // Each side names its value and sources; each claim its place, its
    // sentence and a caret line under exactly the claim.
    assert!(
        r.out.contains("\"About 30 leaders\" → [27, 33]"),
        "{}",
        r.out
    );
    assert!(r.out.contains("--> b:1:34, said by Officials"), "{}", r.out);
    let lines: Vec<&str> = r.out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("| Officials said that leaders from 35 countries"))
        .expect("the sentence of b's claim");
    let (sentence, carets) = (lines[at], lines[at + 1]);
    let start = sentence
        .find("35 countries")
        .expect("claim in its sentence");
    assert_eq!(carets.find('^'), Some(start), "{sentence}\n{carets}");
    assert_eq!(carets.matches('^').count(), "35 countries".len());
    assert!(r.out.contains("= why: "), "{}", r.out);
    let last = lines.last().copied().unwrap_or("");
    assert!(
        last.starts_with(
            "summary: 1 conflict, 1 update, 1 agreement, 1 single-source finding in 7 sources ("
        ),
        "{last}"
    );
}
