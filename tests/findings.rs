//! Runs the event clusters in `testdata/clusters/*.toml` (format in that
//! folder's README): each cluster's articles are checked together and the
//! report must hold the expected findings, keep look-alikes apart, and
//! report no more conflicts than allowed.

use std::collections::BTreeSet;
use std::path::Path;

use corroborate::{Checker, Document, FindingKind, Report};
use toml::Value as T;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/clusters");

fn load_docs(file: &Path, t: &toml::Table) -> Result<Vec<Document>, String> {
    let mut docs = Vec::new();
    for d in t.get("doc").and_then(T::as_array).into_iter().flatten() {
        let id = d.get("id").and_then(T::as_str).ok_or("doc without id")?;
        let text = match (
            d.get("text").and_then(T::as_str),
            d.get("file").and_then(T::as_str),
        ) {
            (Some(t), _) => t.to_string(),
            (None, Some(f)) => {
                let p = file.parent().unwrap_or(Path::new(".")).join(f);
                std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?
            }
            _ => return Err(format!("doc {id}: no text or file")),
        };
        let mut doc = Document::new(id, text);
        if let Some(p) = d.get("published").and_then(T::as_str) {
            doc = doc.with_published(p.parse().map_err(|e| format!("doc {id}: {e}"))?);
        }
        docs.push(doc);
    }
    Ok(docs)
}

/// The report id of the claim `source:text`.
fn claim_id(r: &Report, reference: &str) -> Result<String, String> {
    let (src, text) = reference
        .split_once(':')
        .ok_or_else(|| format!("bad claim reference {reference:?}"))?;
    r.claims()
        .iter()
        .find(|c| c.source() == src && c.text() == text)
        .map(|c| c.id().to_string())
        .ok_or_else(|| {
            let have: Vec<&str> = r
                .claims()
                .iter()
                .filter(|c| c.source() == src)
                .map(|c| c.text())
                .collect();
            format!("no claim {reference:?}; {src} has {have:?}")
        })
}

fn refs(v: Option<&T>) -> Vec<&str> {
    v.and_then(T::as_array)
        .into_iter()
        .flatten()
        .filter_map(T::as_str)
        .collect()
}

fn kind(s: &str) -> Option<FindingKind> {
    Some(match s {
        "conflict" => FindingKind::Conflict,
        "update" => FindingKind::Update,
        "agreement" => FindingKind::Agreement,
        "single_source" => FindingKind::SingleSource,
        "misquote" => FindingKind::Misquote,
        "misattribution" => FindingKind::Misattribution,
        _ => return None,
    })
}

fn describe(r: &Report) -> String {
    r.findings()
        .iter()
        .map(|f| format!("  {}: {} {:?}", f.kind().as_str(), f.message(), f.groups()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn run_cluster(file: &Path) -> Vec<String> {
    let mut errs = Vec::new();
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let t: toml::Table = match std::fs::read_to_string(file).map(|s| s.parse()) {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => return vec![format!("{name}: {e}")],
        Err(e) => return vec![format!("{name}: {e}")],
    };
    let docs = match load_docs(file, &t) {
        Ok(d) => d,
        Err(e) => return vec![format!("{name}: {e}")],
    };
    let report = Checker::new().check(&docs);
    let mut bad = |case: &str, msg: String| errs.push(format!("{name} {case}: {msg}"));
    for e in t.get("expect").and_then(T::as_array).into_iter().flatten() {
        let case = e.get("name").and_then(T::as_str).unwrap_or("?");
        let Some(want) = e.get("kind").and_then(T::as_str).and_then(kind) else {
            bad(case, "missing or unknown kind".into());
            continue;
        };
        let ids: Result<Vec<String>, String> = refs(e.get("claims"))
            .into_iter()
            .map(|c| claim_id(&report, c))
            .collect();
        let ids = match ids {
            Ok(i) => i,
            Err(m) => {
                bad(case, m);
                continue;
            }
        };
        let found = report
            .findings()
            .iter()
            .find(|f| f.kind() == want && ids.iter().all(|i| f.claims().contains(i)));
        let Some(f) = found else {
            bad(case, format!("no {} holding {ids:?}", want.as_str()));
            continue;
        };
        if let Some(sides) = e.get("sides").and_then(T::as_array) {
            let want: Result<Vec<BTreeSet<String>>, String> = sides
                .iter()
                .map(|s| {
                    refs(Some(s))
                        .into_iter()
                        .map(|c| claim_id(&report, c))
                        .collect()
                })
                .collect();
            match want {
                Ok(want) => {
                    let got: Vec<BTreeSet<String>> = f
                        .groups()
                        .iter()
                        .map(|g| g.iter().cloned().collect())
                        .collect();
                    if got != want {
                        bad(case, format!("groups {got:?}, expected {want:?}"));
                    }
                }
                Err(m) => bad(case, m),
            }
        }
        // The claims' texts as the message quotes them, in this order.
        if let Some(order) = e.get("message_order").and_then(T::as_array) {
            let msg = f.message();
            let mut from = 0;
            for text in order.iter().filter_map(T::as_str) {
                let quoted = format!("\"{text}\"");
                match msg.get(from..).and_then(|m| m.find(&quoted)) {
                    Some(i) => from += i + quoted.len(),
                    None => bad(case, format!("{quoted} not in order in: {msg}")),
                }
            }
        }
    }
    for a in t.get("apart").and_then(T::as_array).into_iter().flatten() {
        let case = a.get("name").and_then(T::as_str).unwrap_or("?");
        let ids: Result<Vec<String>, String> = refs(a.get("claims"))
            .into_iter()
            .map(|c| claim_id(&report, c))
            .collect();
        let ids = match ids {
            Ok(i) => i,
            Err(m) => {
                bad(case, m);
                continue;
            }
        };
        for f in report.findings() {
            if f.kind() == FindingKind::SingleSource {
                continue;
            }
            if ids.iter().filter(|i| f.claims().contains(i)).count() >= 2 {
                bad(
                    case,
                    format!("joined in a {}: {}", f.kind().as_str(), f.message()),
                );
            }
        }
    }
    if let Some(max) = t.get("max_conflicts").and_then(T::as_integer) {
        let n = report
            .findings()
            .iter()
            .filter(|f| f.kind() == FindingKind::Conflict)
            .count();
        if n as i64 > max {
            bad(
                "max_conflicts",
                format!("{n} conflicts, at most {max} expected"),
            );
        }
    }
    if !errs.is_empty() {
        errs.push(format!("{name} report:\n{}", describe(&report)));
    }
    errs
}

#[test]
fn event_clusters() {
    let mut files: Vec<_> = std::fs::read_dir(DIR)
        .expect("testdata/clusters")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "expected at least four clusters in {DIR}");
    let errs: Vec<String> = files.iter().flat_map(|f| run_cluster(f)).collect();
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

#[test]
fn document_order_changes_nothing() {
    for f in std::fs::read_dir(DIR)
        .expect("testdata/clusters")
        .filter_map(Result::ok)
    {
        let p = f.path();
        if p.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let t: toml::Table = std::fs::read_to_string(&p)
            .expect("read")
            .parse()
            .expect("toml");
        let mut docs = load_docs(&p, &t).expect("docs");
        let a = Checker::new().check(&docs);
        docs.reverse();
        let b = Checker::new().check(&docs);
        assert_eq!(a, b, "{}", p.display());
    }
}
