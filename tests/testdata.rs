//! Runs the extraction cases in `testdata/*.toml`.
//!
//! A file holds `[[case]]` tables:
//!
//! ```toml
//! [[case]]
//! name = "qty010-about-30-leaders"     # unique across all files
//! text = "About 30 leaders are expected to take part."
//! published = "2025-09-04"             # optional reference date
//! exact = true                         # optional: no claims besides those listed
//! [[case.claims]]
//! text = "About 30 leaders"            # the claim's exact text (its span)
//! kind = "count"
//! value = 30                           # the figure as written
//! low = 27                             # optional interval bounds
//! high = 33
//! qualifier = "about"
//! subject = "leader"                   # counted noun lemma
//! ```
//!
//! Other optional fields of an expected claim: `group`, `modifiers`,
//! `predicate` (its lemma: "level" and "change" for economic measures),
//! `period` (the reporting period, "2025-Q3"), `event` (its lemma),
//! `place` (where, lower case: "paris"),
//! `agent` (a statement's speaker, a vote share's candidate),
//! `scope` ("per week",
//! "kerr county"),
//! `speaker` (a substring of the speaker's name), `speaker_name` (the
//! whole name), `speaker_written` (the mention as written), `no_speaker = true`,
//! `currency`, `unit`, `score` (a result's figures as written: `[3, 1]`),
//! `date` (the resolved period, "2025-09" etc.),
//! `until`, `timex`, `weekday`, `month`, `duration` (ISO 8601), `role`,
//! `weekday_mismatch`, `fell` (a change down), `modal` (expected, planned or possible). A case with `none = true` expects no claims other than
//! quotes; `absent = ["26 countries", "count:90 minutes"]` lists texts that
//! must not be the exact text of a claim (of any kind but a quote, or of the
//! kind named before the colon, "quote" included); `no_kinds = ["count", "number"]` forbids claims of
//! those kinds.

use std::path::Path;

use corroborate::{Checker, Claim, Document, Value};
use toml::Value as T;

fn num(v: &T) -> Option<f64> {
    v.as_float().or_else(|| v.as_integer().map(|i| i as f64))
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-6 * a.abs().max(b.abs())
}

fn amount(c: &Claim) -> Option<corroborate::Amount> {
    c.value().amount().copied()
}

/// Checks one expected field; returns a description of the mismatch.
fn check_field(c: &Claim, key: &str, want: &T) -> Option<String> {
    let bad = |got: String| Some(format!("{key}: expected {want}, found {got}"));
    let when = match c.value() {
        Value::Date(w) => Some(w),
        _ => None,
    };
    match key {
        "text" | "kind" => None,
        "value" | "low" | "high" => {
            let w = num(want)?;
            let Some(a) = amount(c) else {
                return bad("no amount".into());
            };
            let got = match key {
                "value" => a.value,
                "low" => a.low,
                _ => a.high,
            };
            (!close(got, w))
                .then(|| format!("{key}: expected {w}, found {got}"))
                .or(None)
        }
        "qualifier" => {
            let got = c.qualifier().as_str();
            (Some(got) != want.as_str()).then(|| format!("qualifier: expected {want}, found {got}"))
        }
        "subject" | "predicate" | "scope" | "period" | "event" | "agent" | "group" | "place" => {
            let got = c
                .subject()
                .and_then(|s| match key {
                    "subject" => s.noun.clone(),
                    "predicate" => s.predicate.clone(),
                    "scope" => s.scope.clone(),
                    "period" => s.period.clone(),
                    "event" => s.event.clone(),
                    "agent" => s.agent.clone(),
                    "place" => s.place.clone(),
                    _ => s.group.clone(),
                })
                .unwrap_or_default();
            (Some(got.as_str()) != want.as_str())
                .then(|| format!("{key}: expected {want}, found {got:?}"))
        }
        "modifiers" => {
            let got: Vec<String> = c.subject().map(|s| s.modifiers.clone()).unwrap_or_default();
            let w: Vec<String> = want
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
            (got != w).then(|| format!("modifiers: expected {w:?}, found {got:?}"))
        }
        "speaker" | "speaker_name" => {
            let got = c
                .speaker()
                .map(|s| s.speaker.name().to_string())
                .unwrap_or_default();
            let w = want.as_str().unwrap_or("");
            let ok = if key == "speaker" {
                got.contains(w)
            } else {
                got == w
            };
            (!ok || got.is_empty()).then(|| format!("{key}: expected {w:?}, found {got:?}"))
        }
        "speaker_written" => {
            // The mention as written ("Corbyn" for Ed Corbyn), or the name.
            let got = c
                .speaker()
                .map(|a| {
                    a.written
                        .clone()
                        .unwrap_or_else(|| a.speaker.name().to_string())
                })
                .unwrap_or_default();
            (Some(got.as_str()) != want.as_str())
                .then(|| format!("speaker_written: expected {want}, found {got:?}"))
        }
        "fell" | "modal" => {
            let got = c
                .subject()
                .is_some_and(|s| if key == "fell" { s.fell } else { s.modal });
            (Some(got) != want.as_bool()).then(|| format!("{key}: expected {want}, found {got}"))
        }
        "no_speaker" => {
            let got = c.speaker().map(|s| s.speaker.name().to_string());
            (want.as_bool() == Some(true) && got.is_some())
                .then(|| format!("speaker: expected none, found {got:?}"))
        }
        "currency" => match c.value() {
            Value::Money { currency, .. } if Some(currency.code()) == want.as_str() => None,
            v => bad(format!("{v:?}")),
        },
        "dimension" => match c.value() {
            Value::Measure { unit, .. } if Some(unit.dimension().as_str()) == want.as_str() => None,
            v => bad(format!("{v:?}")),
        },
        "unit" => match c.value() {
            Value::Measure { unit, .. } if Some(unit.symbol()) == want.as_str() => None,
            Value::Duration(l) if Some(l.unit) == want.as_str() => None,
            v => bad(format!("{v:?}")),
        },
        "score" => match c.value() {
            Value::Score { first, second }
                if want
                    .as_array()
                    .is_some_and(|a| a.iter().filter_map(num).eq([*first, *second])) =>
            {
                None
            }
            v => bad(format!("{v:?}")),
        },
        "duration" => match c.value() {
            Value::Duration(l) if Some(l.iso.as_str()) == want.as_str() => None,
            v => bad(format!("{v:?}")),
        },
        "date" => {
            let got = when
                .and_then(|w| w.period)
                .map(|p| p.to_string())
                .unwrap_or_default();
            (Some(got.as_str()) != want.as_str())
                .then(|| format!("date: expected {want}, found {got:?}"))
        }
        "until" => {
            let got = when
                .and_then(|w| w.until)
                .map(|p| p.to_string())
                .unwrap_or_default();
            (Some(got.as_str()) != want.as_str())
                .then(|| format!("until: expected {want}, found {got:?}"))
        }
        "timex" => {
            let got = when.map(|w| w.timex.clone()).unwrap_or_default();
            (Some(got.as_str()) != want.as_str())
                .then(|| format!("timex: expected {want}, found {got:?}"))
        }
        "weekday" => {
            let got = when
                .and_then(|w| w.weekday)
                .map(corroborate::weekday_name)
                .unwrap_or("");
            (Some(got) != want.as_str()).then(|| format!("weekday: expected {want}, found {got:?}"))
        }
        "month" => {
            let got = when
                .and_then(|w| w.month)
                .and_then(corroborate::month_name)
                .unwrap_or("");
            (Some(got) != want.as_str()).then(|| format!("month: expected {want}, found {got:?}"))
        }
        "weekday_mismatch" => {
            let got = when.is_some_and(|w| w.weekday_mismatch);
            (Some(got) != want.as_bool())
                .then(|| format!("weekday_mismatch: expected {want}, found {got}"))
        }
        "role" => {
            let got = serde_json::to_value(c.role())
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            (Some(got.as_str()) != want.as_str())
                .then(|| format!("role: expected {want}, found {got:?}"))
        }
        other => Some(format!("unknown expected field {other:?}")),
    }
}

fn run_case(
    file: &str,
    case: &toml::Table,
    names: &mut std::collections::BTreeSet<String>,
) -> Vec<String> {
    let mut errs = Vec::new();
    let name = case
        .get("name")
        .and_then(T::as_str)
        .unwrap_or("<unnamed>")
        .to_string();
    if !names.insert(name.clone()) {
        errs.push(format!("{file}: duplicate case name {name:?}"));
    }
    let Some(text) = case.get("text").and_then(T::as_str) else {
        return vec![format!("{file}: {name}: missing text")];
    };
    let mut doc = Document::new(name.clone(), text);
    if let Some(p) = case.get("published").and_then(T::as_str) {
        match p.parse() {
            Ok(p) => doc = doc.with_published(p),
            Err(e) => return vec![format!("{file}: {name}: {e}")],
        }
    }
    let claims = Checker::new().extract(&doc);
    let describe = |c: &Claim| format!("{:?} {} {:?}", c.text(text), c.kind(), c.value());
    let expected = case
        .get("claims")
        .and_then(T::as_array)
        .cloned()
        .unwrap_or_default();
    let mut used = vec![false; claims.len()];
    for e in &expected {
        let Some(e) = e.as_table() else { continue };
        let etext = e.get("text").and_then(T::as_str).unwrap_or("");
        let ekind = e.get("kind").and_then(T::as_str);
        let cands: Vec<usize> = (0..claims.len())
            .filter(|&i| {
                claims[i].text(text) == etext
                    && ekind.is_none_or(|k| claims[i].kind().as_str() == k)
            })
            .collect();
        if cands.is_empty() {
            let got: Vec<String> = claims.iter().map(describe).collect();
            errs.push(format!(
                "{file}: {name}: no {ekind:?} claim {etext:?}; got {got:?}"
            ));
            continue;
        }
        let mut best: Option<Vec<String>> = None;
        for &i in &cands {
            let problems: Vec<String> = e
                .iter()
                .filter_map(|(k, v)| check_field(&claims[i], k, v))
                .collect();
            if problems.is_empty() {
                used[i] = true;
                best = None;
                break;
            }
            if best.as_ref().is_none_or(|b| problems.len() < b.len()) {
                best = Some(problems);
            }
        }
        if let Some(p) = best {
            errs.push(format!("{file}: {name}: claim {etext:?}: {}", p.join("; ")));
        }
    }
    let non_quote = |c: &Claim| c.kind() != corroborate::ClaimKind::Quote;
    if case.get("exact").and_then(T::as_bool) == Some(true) {
        for (i, c) in claims.iter().enumerate() {
            if !used[i] && non_quote(c) {
                errs.push(format!("{file}: {name}: unexpected claim {}", describe(c)));
            }
        }
    }
    let no_kinds: Vec<&str> = case
        .get("no_kinds")
        .and_then(T::as_array)
        .map(|a| a.iter().filter_map(T::as_str).collect())
        .unwrap_or_default();
    for c in claims
        .iter()
        .filter(|c| no_kinds.contains(&c.kind().as_str()))
    {
        errs.push(format!(
            "{file}: {name}: expected no {} claims, found {}",
            c.kind(),
            describe(c)
        ));
    }
    if case.get("none").and_then(T::as_bool) == Some(true) {
        for c in claims.iter().filter(|c| non_quote(c)) {
            errs.push(format!(
                "{file}: {name}: expected no claims, found {}",
                describe(c)
            ));
        }
    }
    for a in case
        .get("absent")
        .and_then(T::as_array)
        .into_iter()
        .flatten()
    {
        let a = a.as_str().unwrap_or("");
        let (kind, atext) = match a.split_once(':') {
            Some((k, t))
                if !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') =>
            {
                (Some(k), t)
            }
            _ => (None, a),
        };
        // Quotes are checked only when the kind names them ("quote:…").
        for c in claims.iter().filter(|c| kind.is_some() || non_quote(c)) {
            if c.text(text) == atext && kind.is_none_or(|k| c.kind().as_str() == k) {
                errs.push(format!(
                    "{file}: {name}: {a:?} must not be a claim, found {}",
                    describe(c)
                ));
            }
        }
    }
    errs
}

#[test]
fn testdata_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("testdata folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut names = std::collections::BTreeSet::new();
    let mut errs = Vec::new();
    let mut n = 0;
    for path in files {
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let src = std::fs::read_to_string(&path).expect("readable testdata file");
        let table: toml::Table = match src.parse() {
            Ok(t) => t,
            Err(e) => {
                errs.push(format!("{file}: {e}"));
                continue;
            }
        };
        for case in table
            .get("case")
            .and_then(T::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(case) = case.as_table() {
                n += 1;
                errs.extend(run_case(&file, case, &mut names));
            }
        }
    }
    assert!(
        errs.is_empty(),
        "{} of {n} cases failed:\n{}",
        errs.len(),
        errs.join("\n")
    );
    assert!(n > 0, "no testdata cases found");
}
