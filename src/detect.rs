//! Detection: where sources agree, disagree or stand alone.
//!
//! For every block of claims that share a [`SubjectKey`], the values are
//! split into clusters of mutually compatible readings
//! ([`group::clusters`]): numbers by interval overlap (hedges and round
//! numbers already widened by the extractor, units converted to a base
//! unit, a change down negative: "fell 20%" is -20 and clashes with "rose
//! 20%"), dates by their grain (September 2025 contains September 4; a
//! weekday must match the day), money only within one currency.
//!
//! # Grammar
//!
//! The findings of one block, by the number of clusters and sources:
//!
//! - two or more clusters → `conflict`, with one value cluster per side
//!   (`groups`), never every pair; or `update` when the block is a running
//!   tally ([`group::TALLIES`]), every claim has a publication time, and
//!   each higher value cluster first appears later than the lower ones (a
//!   toll of 22, later 30; a later source repeating 22 does not undo it),
//!   or, for a count of a state that lasts ([`group::STANDING`]: the
//!   missing), each lower one (31 missing, later 19, then 11);
//! - one cluster, two or more sources → `agreement`;
//! - one cluster, one source → `single_source`.
//!
//! Before that, a block is cleaned of what would be false alarms:
//!
//! - a source whose own figures under the key disagree in one voice is
//!   read as speaking of several things and left out (kept, as a
//!   self-contradiction, only when the figures are two values with one and
//!   the same subject as written); figures it attributes to different speakers
//!   ("police said 5,000, organisers 20,000") stay, as a disagreement it
//!   reports; a source that gives a figure done and another planned
//!   ("three were freed on Sunday; 33 are due to be freed") keeps the
//!   figure done;
//! - value clusters too far apart to be one thing are judged separately:
//!   figures more than [`FIGURE_CONFLICT_RATIO`] times apart, dates more
//!   than [`DATE_CONFLICT_GAP_DAYS`] apart, and day-relative dates ("on
//!   Monday") of sources published on other days.
//!
//! A date written with a weekday it does not fall on ("Wednesday, March 4,
//! 2025") is a `conflict` of its own. Each finding names the key that
//! joined its claims, why the values clash, the attribution of each side
//! ("003, citing Macron") and a confidence.
//!
//! # Quotations
//!
//! Direct quotations of named people (words in quotation marks) are
//! compared across sources by their words in order. The same speaker and
//! at least [`MISQUOTE_MIN_SIMILARITY`] of the words, but not all, is a
//! `misquote` (one group per wording; a quotation cut short, or elided
//! with "…", is none); different speakers and at least
//! [`MISATTRIBUTION_MIN_SIMILARITY`] of [`MISATTRIBUTION_MIN_WORDS`] words
//! or more is a `misattribution` (one group per speaker). Quotations are
//! paired through shared runs of three words, so the work stays
//! near-linear; reported speech is never compared word for word.
//!
//! # Non-goals
//!
//! Exchange rates (money in two currencies is reported as not comparable),
//! and judging which side is right.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::claim::{ClaimKind, Value};
use crate::document::Published;
use crate::group::{self, ClaimSet, KeyKind, Mention, Reading, SubjectKey};
use crate::report::{ReportClaim, Source};

/// What a finding says about its claims.
///
/// # Example
///
/// ```
/// use corroborate::FindingKind;
/// assert_eq!(FindingKind::Conflict.as_str(), "conflict");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FindingKind {
    /// Sources (or one source) give incompatible values for one subject.
    ///
    /// ```
    /// use corroborate::{Checker, Document, FindingKind};
    /// let docs = [
    ///     Document::new("a", "The storm killed 22 people."),
    ///     Document::new("b", "The storm killed 30 people."),
    /// ];
    /// let report = Checker::new().check(&docs);
    /// assert_eq!(report.findings()[0].kind(), FindingKind::Conflict);
    /// assert_eq!(report.findings()[0].groups().len(), 2); // one group per side
    /// ```
    Conflict,
    /// A figure changed over time across publications.
    ///
    /// ```
    /// use corroborate::{Checker, Document, FindingKind};
    /// let docs = [
    ///     Document::new("am", "The storm killed 22 people.").with_published("2025-09-04T08:00".parse()?),
    ///     Document::new("pm", "The storm killed 30 people.").with_published("2025-09-04T20:00".parse()?),
    /// ];
    /// let report = Checker::new().check(&docs);
    /// assert_eq!(report.findings()[0].kind(), FindingKind::Update);
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    Update,
    /// Sources quote one person with different words: the same quotation
    /// (most of its words in order) with some changed (see the module's
    /// "Quotations").
    ///
    /// ```
    /// use corroborate::{Checker, Document, FindingKind};
    /// let docs = [
    ///     Document::new("a", "\"We will rebuild every home that was lost,\" Reyes said."),
    ///     Document::new("b", "\"We will rebuild every house that was destroyed,\" Reyes said."),
    /// ];
    /// let report = Checker::new().check(&docs);
    /// let f = report.findings().iter().find(|f| f.kind() == FindingKind::Misquote).ok_or("none")?;
    /// assert_eq!(f.reason(), "\"home that was lost\" against \"house that was destroyed\"");
    /// assert_eq!(f.groups().len(), 2); // one group per wording
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Misquote,
    /// Sources put the same quotation in different people's mouths (see
    /// the module's "Quotations").
    ///
    /// ```
    /// use corroborate::{Checker, Document, FindingKind};
    /// let docs = [
    ///     Document::new("a", "\"We will rebuild every home that was lost,\" Reyes said."),
    ///     Document::new("b", "\"We will rebuild every home that was lost,\" Okafor said."),
    /// ];
    /// let report = Checker::new().check(&docs);
    /// assert!(report.findings().iter().any(|f| f.kind() == FindingKind::Misattribution));
    /// ```
    Misattribution,
    /// Two or more sources give compatible values.
    ///
    /// ```
    /// use corroborate::{Checker, Document, FindingKind};
    /// let docs = [
    ///     Document::new("a", "About 30 leaders took part in the summit."),
    ///     Document::new("b", "Leaders from 32 countries took part in the summit."),
    /// ];
    /// let report = Checker::new().check(&docs);
    /// assert_eq!(report.findings()[0].kind(), FindingKind::Agreement);
    /// ```
    Agreement,
    /// Only one source gives a value.
    ///
    /// ```
    /// use corroborate::{Checker, Document, FindingKind};
    /// let docs = [
    ///     Document::new("a", "The storm killed 22 people."),
    ///     Document::new("b", "The storm hit the coast on Friday."),
    /// ];
    /// let report = Checker::new().check(&docs);
    /// assert_eq!(report.findings()[0].kind(), FindingKind::SingleSource);
    /// ```
    SingleSource,
}

impl FindingKind {
    /// The name used in the JSON output.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::FindingKind;
    /// assert_eq!(FindingKind::SingleSource.as_str(), "single_source");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Conflict => "conflict",
            FindingKind::Update => "update",
            FindingKind::Agreement => "agreement",
            FindingKind::SingleSource => "single_source",
            FindingKind::Misquote => "misquote",
            FindingKind::Misattribution => "misattribution",
        }
    }
}

/// One finding of a report.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
/// assert_eq!(r.findings()[0].kind(), FindingKind::SingleSource);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    kind: FindingKind,
    subject: String,
    claims: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    groups: Vec<Vec<String>>,
    message: String,
    /// One label per side: the value and who gives it.
    sides: Vec<String>,
    /// Why the sides clash (or agree), without the key.
    reason: String,
    key: String,
    confidence: f64,
}

impl Finding {
    /// What kind of finding.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document, FindingKind};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert_eq!(r.findings()[0].kind(), FindingKind::SingleSource);
    /// ```
    pub fn kind(&self) -> FindingKind {
        self.kind
    }

    /// The subject, for people ("count of participant (attend), meeting").
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert!(r.findings()[0].subject().contains("person"));
    /// ```
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The subject key that joined the claims (see
    /// [`SubjectKey`]).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert!(r.findings()[0].key().starts_with("count|person|"));
    /// ```
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The ids of the claims.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert_eq!(r.findings()[0].claims(), ["c1"]);
    /// ```
    pub fn claims(&self) -> &[String] {
        &self.claims
    }

    /// A conflict's (or update's) value clusters, one per side.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert!(r.findings()[0].groups().is_empty());
    /// ```
    pub fn groups(&self) -> &[Vec<String>] {
        &self.groups
    }

    /// One label per side (per group of a conflict or update; one for an
    /// agreement or single-source finding): the value and who gives it.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert!(r.findings()[0].sides()[0].contains("22"));
    /// ```
    pub fn sides(&self) -> &[String] {
        &self.sides
    }

    /// Why the sides clash ("about 30 → [27, 33] does not include 35"), or
    /// what they share, without the subject key.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert_eq!(r.findings()[0].reason(), "only one source gives this");
    /// ```
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// Why the claims agree or clash, for people.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// let m = r.findings()[0].message();
    /// assert!(m.starts_with("count of person (killed): only one source gives this"), "{m}");
    /// assert!(m.contains("\"22 people\" → 22"), "{m}");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// How sure the finding is, from 0 to 1: lower when the claims were
    /// joined through a synonym class, are modal ("expected to"), or come
    /// from one source only.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// let one_source = r.findings()[0].confidence();
    /// assert!(one_source > 0.0 && one_source < 1.0);
    /// let docs = [Document::new("a", "22 people died."), Document::new("b", "22 people died.")];
    /// let two_sources = Checker::new().check(&docs).findings()[0].confidence();
    /// assert!(two_sources > one_source);
    /// ```
    pub fn confidence(&self) -> f64 {
        self.confidence
    }
}

/// Finds conflicts, updates, agreements and single-source claims among
/// the report's claims.
pub(crate) fn detect(claims: &[ReportClaim], sources: &[Source]) -> Vec<Finding> {
    let published: BTreeMap<&str, Option<Published>> =
        sources.iter().map(|s| (s.id(), s.published())).collect();
    // Quotations first: their working memory is freed before the claim
    // set is built, so the two never add up.
    let mut out = quote_findings(claims);
    let mut set = ClaimSet::new();
    for rc in claims {
        let p = published.get(rc.source()).copied().flatten();
        set.insert_claim(rc.source(), rc.id(), rc.text(), p, rc.claim());
        if let Value::Date(w) = rc.claim().value() {
            if w.weekday_mismatch {
                out.push(weekday_mismatch(rc, w));
            }
        }
    }
    out.extend(findings(&set));
    sort_findings(&mut out);
    out
}

/// Words a quotation must have to be compared: shorter ones ("very sad")
/// coincide by chance.
pub const QUOTE_MIN_WORDS: usize = 5;

/// Words a quotation must have to be found in two people's mouths: a stock
/// phrase ("We will not accept this") is said by many.
pub const MISATTRIBUTION_MIN_WORDS: usize = 8;

/// Least share of a quotation's words, in order, that another must keep
/// to be the same quotation with words changed (a misquote): one minus the
/// word-level edit distance over the longer length.
pub const MISQUOTE_MIN_SIMILARITY: f64 = 0.75;

/// Least share of words in order that two quotations put in different
/// people's mouths must share to be one quotation (a misattribution).
pub const MISATTRIBUTION_MIN_SIMILARITY: f64 = 0.9;

/// Quotations that share a run of three words are compared; a run shared
/// by more quotations than this (a stock phrase) joins none, so that the
/// work stays near-linear in the number of quotations.
const QUOTE_SHINGLE_CAP: usize = 64;

/// One direct quotation of a named person.
struct Quoted<'r> {
    rc: &'r ReportClaim,
    /// The speaker's surname, lower-case: the key of "same person".
    surname: String,
    /// The quotation's words, lower-case, each by its hash
    /// ([`word_hash`]): compared, never shown (a finding reads its words
    /// again from the text).
    words: Vec<u64>,
}

/// Misquotes and misattributions among direct quotations of named people
/// (words in quotation marks, [`Speaker::Person`](crate::Speaker)).
///
/// Two quotations of at least [`QUOTE_MIN_WORDS`] words, from different
/// sources, that share a run of three words are compared word by word:
///
/// - the same speaker (by surname) and at least
///   [`MISQUOTE_MIN_SIMILARITY`] of the words in order, but not all, and
///   neither a run of the other's words nor the other's words with some
///   left out and marked "…" (a quotation cut short or elided is no
///   misquote): a `misquote`, one group per wording, its message naming
///   the words that differ ("home that was lost" against "house that was
///   destroyed");
/// - different speakers, at least [`MISATTRIBUTION_MIN_WORDS`] words and
///   at least [`MISATTRIBUTION_MIN_SIMILARITY`] of them in order: a
///   `misattribution`, one group per speaker.
///
/// Quotations joined so are taken together (one finding per chain of
/// near-identical quotations), in report order. Reported speech ("Reyes
/// said the company would cut jobs") is never compared: its words are the
/// writer's.
pub(crate) fn quote_findings(claims: &[ReportClaim]) -> Vec<Finding> {
    let quoted: Vec<Quoted<'_>> = claims.iter().filter_map(quoted).collect();
    if quoted.len() < 2 {
        return Vec::new();
    }
    // Candidate pairs: quotations sharing a run of three words, found by
    // sorting (run hash, quotation) pairs: 16 bytes a word quoted.
    let mut runs: Vec<(u64, usize)> = Vec::new();
    for (i, q) in quoted.iter().enumerate() {
        for w in q.words.windows(3) {
            let run = w[0] ^ w[1].rotate_left(21) ^ w[2].rotate_left(42);
            runs.push((run, i));
        }
    }
    runs.sort_unstable();
    runs.dedup();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for v in runs.chunk_by(|a, b| a.0 == b.0) {
        if v.len() > QUOTE_SHINGLE_CAP {
            continue;
        }
        for (k, &(_, i)) in v.iter().enumerate() {
            for &(_, j) in &v[k + 1..] {
                if quoted[i].rc.source() != quoted[j].rc.source() {
                    pairs.push((i, j));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let n = quoted.len();
    let (mut misquote, mut misattributed) = (UnionFind::new(n), UnionFind::new(n));
    for (i, j) in pairs {
        let (a, b) = (&quoted[i], &quoted[j]);
        let same = a.surname == b.surname;
        // Lengths too far apart for the least similarity asked: no need
        // to compare the words.
        let (short, long) = (
            a.words.len().min(b.words.len()),
            a.words.len().max(b.words.len()),
        );
        let least = if same {
            MISQUOTE_MIN_SIMILARITY
        } else {
            MISATTRIBUTION_MIN_SIMILARITY
        };
        if (short as f64) < least * long as f64 || !same && short < MISATTRIBUTION_MIN_WORDS {
            continue;
        }
        let sim = word_similarity(&a.words, &b.words);
        if a.surname == b.surname {
            // A quotation cut short ("Frankly, we will rebuild the port
            // this year" and "We will rebuild the port this year") is no
            // misquote: its words run unchanged inside the longer one; nor
            // is one with words left out and marked so.
            let cut = contains_run(&a.words, &b.words)
                || contains_run(&b.words, &a.words)
                || elided(b, a)
                || elided(a, b);
            if !cut && sim >= MISQUOTE_MIN_SIMILARITY {
                misquote.union(i, j);
            }
        } else if sim >= MISATTRIBUTION_MIN_SIMILARITY
            && a.words.len().min(b.words.len()) >= MISATTRIBUTION_MIN_WORDS
        {
            misattributed.union(i, j);
        }
    }
    let mut out = Vec::new();
    for part in misquote.parts() {
        // One side per wording, in report order.
        let mut sides: Vec<(&[u64], Vec<&Quoted<'_>>)> = Vec::new();
        for &i in &part {
            let q = &quoted[i];
            match sides.iter_mut().find(|(w, _)| *w == q.words.as_slice()) {
                Some((_, v)) => v.push(q),
                None => sides.push((q.words.as_slice(), vec![q])),
            }
        }
        // Links of the same wording only say nothing.
        if sides.len() < 2 {
            continue;
        }
        let who = fullest_name(part.iter().map(|&i| &quoted[i]));
        let (x, y) = changed_words(sides[0].1[0].rc.text(), sides[1].1[0].rc.text());
        let reason = format!("\"{x}\" against \"{y}\"");
        let message = format!(
            "the words quoted from {who} differ: \"{x}\" ({}) against \"{y}\" ({})",
            source_list(&sides[0].1),
            source_list(&sides[1].1)
        );
        out.push(quote_finding(
            FindingKind::Misquote,
            format!("quote by {who}"),
            format!("quote|{}", part_key(&quoted, &part)),
            &sides.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>(),
            message,
            reason,
        ));
    }
    for part in misattributed.parts() {
        let mut sides: Vec<(&str, Vec<&Quoted<'_>>)> = Vec::new();
        for &i in &part {
            let q = &quoted[i];
            match sides.iter_mut().find(|(s, _)| *s == q.surname) {
                Some((_, v)) => v.push(q),
                None => sides.push((q.surname.as_str(), vec![q])),
            }
        }
        if sides.len() < 2 {
            continue;
        }
        let names: Vec<String> = sides
            .iter()
            .map(|(_, v)| format!("{} ({})", fullest_name(v.iter().copied()), source_list(v)))
            .collect();
        let reason = format!("the same words are attributed to {}", names.join(" and "));
        let first = quoted[part[0]].rc.text();
        out.push(quote_finding(
            FindingKind::Misattribution,
            format!("quote \"{}\"", clip_words(first, 8)),
            format!("quote|{}", part_key(&quoted, &part)),
            &sides.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>(),
            format!("{reason}: \"{}\"", clip_words(first, 16)),
            reason,
        ));
    }
    out
}

/// A direct quotation of a named person, with its words; `None` for
/// anything else.
fn quoted(rc: &ReportClaim) -> Option<Quoted<'_>> {
    if rc.claim().kind() != ClaimKind::Quote {
        return None;
    }
    let crate::Speaker::Person { name, .. } = &rc.claim().speaker()?.speaker else {
        return None;
    };
    // In quotation marks: the sentence has an opening mark right before
    // the quoted words.
    let at = rc
        .claim()
        .span()
        .start
        .checked_sub(rc.claim().sentence().start)?;
    let opened = rc
        .sentence_text()
        .get(..at)?
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '"' | '“' | '‘' | '\'' | '«'));
    if !opened {
        return None;
    }
    let words: Vec<u64> = quote_words(rc.text()).map(word_hash).collect();
    if words.len() < QUOTE_MIN_WORDS {
        return None;
    }
    let surname = name
        .split_whitespace()
        .next_back()?
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    Some(Quoted { rc, surname, words })
}

/// The words of a quotation: its runs of letters and digits.
fn quote_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A word's hash, case folded (FNV-1a over its lower-case characters):
/// the same on every run, so findings stay deterministic.
fn word_hash(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    if word.is_ascii() {
        word.bytes().for_each(|b| eat(b.to_ascii_lowercase()));
    } else {
        for c in word.chars().flat_map(char::to_lowercase) {
            let mut buf = [0u8; 4];
            c.encode_utf8(&mut buf).bytes().for_each(&mut eat);
        }
    }
    h
}

/// Whether `short` marks words left out ("…", "...") and its words all
/// stand in `long` in order: "We will rebuild … together" is "We will
/// rebuild every home that was lost, and we will do it together" elided.
fn elided(long: &Quoted<'_>, short: &Quoted<'_>) -> bool {
    let marked = short.rc.text().contains('…') || short.rc.text().contains("...");
    let mut rest = long.words.iter();
    marked && short.words.iter().all(|w| rest.any(|x| x == w))
}

/// Whether the words of `short` run unchanged, in order and together,
/// inside `long` (or are all of it).
fn contains_run(long: &[u64], short: &[u64]) -> bool {
    short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// One minus the word-level edit distance over the longer length.
fn word_similarity(a: &[u64], b: &[u64]) -> f64 {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    // Edit distance over words, one row at a time.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    let d = row[b.len()];
    1.0 - d as f64 / longer as f64
}

/// The words that differ between two wordings, past their common start
/// and end, lower-case: ("home that was lost", "house that was
/// destroyed") for "We will rebuild every home that was lost" and "…
/// every house that was destroyed".
fn changed_words(a: &str, b: &str) -> (String, String) {
    let lower = |t: &str| -> Vec<String> { quote_words(t).map(str::to_lowercase).collect() };
    let (a, b) = (lower(a), lower(b));
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let cut = |w: &[String]| {
        let part = &w[start..w.len() - end];
        if part.is_empty() {
            "(nothing)".to_string()
        } else {
            part.join(" ")
        }
    };
    (cut(&a), cut(&b))
}

/// The longest name given to the speaker of some quotations ("Ana Reyes"
/// over "Reyes"), the first in report order among equals.
fn fullest_name<'q, 'r: 'q>(qs: impl Iterator<Item = &'q Quoted<'r>>) -> String {
    let mut best = String::new();
    for q in qs {
        let name =
            q.rc.claim()
                .speaker()
                .map(|a| a.speaker.name())
                .unwrap_or("");
        if name.len() > best.len() {
            best = name.to_string();
        }
    }
    best
}

/// The sources of some quotations, each once, in report order.
fn source_list(v: &[&Quoted<'_>]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for q in v {
        if !seen.contains(&q.rc.source()) {
            seen.push(q.rc.source());
        }
    }
    seen.join(", ")
}

/// The first `n` words of a text, with "…" when it goes on.
fn clip_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{} …", words[..n].join(" "))
    }
}

/// A stable key of a chain of quotations: its first claim's id.
fn part_key(quoted: &[Quoted<'_>], part: &[usize]) -> String {
    part.first()
        .map(|&i| quoted[i].rc.id().to_string())
        .unwrap_or_default()
}

fn quote_finding(
    kind: FindingKind,
    subject: String,
    key: String,
    sides: &[Vec<&Quoted<'_>>],
    message: String,
    reason: String,
) -> Finding {
    let groups: Vec<Vec<String>> = sides
        .iter()
        .map(|v| v.iter().map(|q| q.rc.id().to_string()).collect())
        .collect();
    let labels = sides
        .iter()
        .map(|v| {
            format!(
                "\"{}\" ({})",
                clip_words(v[0].rc.text(), 16),
                source_list(v)
            )
        })
        .collect();
    Finding {
        kind,
        subject,
        claims: groups.iter().flatten().cloned().collect(),
        groups,
        message,
        sides: labels,
        reason,
        key,
        confidence: 0.8,
    }
}

/// Union-find over `0..n`: chains of near-identical quotations, and value
/// clusters close enough to be judged together ([`components`]). The
/// smaller index is always the root.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (x, y) = (self.root(a), self.root(b));
        // The smaller index is the root: parts come out in report order.
        if x != y {
            self.parent[x.max(y)] = x.min(y);
        }
    }

    /// The sets of two or more members, each in index order, by their
    /// first member.
    fn parts(mut self) -> Vec<Vec<usize>> {
        let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.parent.len() {
            let r = self.root(i);
            by_root.entry(r).or_default().push(i);
        }
        by_root.into_values().filter(|v| v.len() > 1).collect()
    }
}

fn weekday_mismatch(rc: &ReportClaim, w: &crate::claim::When) -> Finding {
    let written = w
        .weekday
        .map(crate::claim::weekday_name)
        .unwrap_or("a weekday");
    let actual = w
        .period
        .map(|p| format!("{p}, a {}", crate::claim::weekday_name(p.first().weekday())))
        .unwrap_or_else(|| "the date".to_string());
    Finding {
        kind: FindingKind::Conflict,
        subject: "weekday written beside a date".to_string(),
        claims: vec![rc.id().to_string()],
        groups: Vec::new(),
        message: format!(
            "{} writes {written} beside {actual}: the weekday does not match the date (\"{}\")",
            rc.source(),
            rc.text()
        ),
        sides: vec![format!("\"{}\" ({})", rc.text(), rc.source())],
        reason: format!("{written} written beside {actual}"),
        key: "date|weekday".to_string(),
        confidence: 0.95,
    }
}

/// Conflicts first, then updates, misquotes, misattributions, agreements,
/// single-source; then by key and claim ids.
fn sort_findings(f: &mut [Finding]) {
    f.sort_by(|a, b| {
        (a.kind, &a.key, &a.claims, &a.message).cmp(&(b.kind, &b.key, &b.claims, &b.message))
    });
}

/// The findings of a claim set, one or more per block.
///
/// With the `rayon` feature, sets of 4,096 blocks or more are judged in
/// parallel; the result is the same either way.
///
/// # Example
///
/// ```
/// use corroborate::detect::findings;
/// use corroborate::group::{ClaimSet, KeyKind, Mention, Reading, SubjectKey};
/// use corroborate::{ClaimKind, FindingKind, Span};
/// let key = SubjectKey::new(KeyKind::Count, Some("participant"), Some("attend"), None, Some("meeting"));
/// let mut set = ClaimSet::new();
/// set.insert(key.clone(), Mention::new("a", "c1", Span::new(0, 12), ClaimKind::Count,
///     "35 countries", Reading::Number { low: 35.0, high: 35.0 }));
/// set.insert(key, Mention::new("b", "c2", Span::new(0, 16), ClaimKind::Count,
///     "about 30 leaders", Reading::Number { low: 27.0, high: 33.0 }));
/// let f = findings(&set);
/// assert_eq!(f[0].kind(), FindingKind::Conflict);
/// assert!(f[0].message().contains("[27, 33] does not include 35"));
/// ```
pub fn findings(set: &ClaimSet) -> Vec<Finding> {
    let blocks = set.blocks();
    let mut out = judge_all(&blocks);
    sort_findings(&mut out);
    out
}

/// Judges every block. Blocks are independent: with the `rayon` feature,
/// large sets are judged on rayon's thread pool; the result does not depend
/// on it (findings are sorted afterwards). Without the feature the library
/// never starts a thread.
#[cfg(feature = "rayon")]
fn judge_all(blocks: &[(SubjectKey, Vec<&Mention>)]) -> Vec<Finding> {
    use rayon::prelude::*;
    if blocks.len() < PARALLEL_MIN_BLOCKS {
        return judge(blocks);
    }
    blocks.par_chunks(1024).flat_map_iter(judge).collect()
}

#[cfg(not(feature = "rayon"))]
fn judge_all(blocks: &[(SubjectKey, Vec<&Mention>)]) -> Vec<Finding> {
    judge(blocks)
}

/// Blocks from which [`findings`] judges in parallel (feature `rayon`).
#[cfg_attr(not(feature = "rayon"), allow(dead_code))]
const PARALLEL_MIN_BLOCKS: usize = 4096;

/// The findings of some blocks, unsorted.
fn judge(blocks: &[(SubjectKey, Vec<&Mention>)]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (key, ms) in blocks {
        if key.kind == KeyKind::Money {
            // Compare money only within one currency.
            let mut by_cur: BTreeMap<String, Vec<&Mention>> = BTreeMap::new();
            for m in ms {
                if let Reading::Money { currency, .. } = &m.reading {
                    by_cur.entry(currency.clone()).or_default().push(m);
                }
            }
            let note = (by_cur.len() > 1).then(|| {
                let curs: Vec<&str> = by_cur.keys().map(String::as_str).collect();
                format!(
                    "; also given in {}: not compared without an exchange rate",
                    curs.join(", ")
                )
            });
            for v in by_cur.values() {
                block_findings(key, v, note.as_deref().unwrap_or(""), &mut out);
            }
        } else {
            block_findings(key, ms, "", &mut out);
        }
    }
    out
}

fn sources_of<'m>(ms: &[&'m Mention]) -> BTreeSet<&'m str> {
    ms.iter().map(|m| m.source.as_str()).collect()
}

/// "003" or "003, citing Macron".
fn attribution(m: &Mention) -> String {
    match &m.speaker {
        Some(s) => format!("{}, citing {s}", m.source),
        None => m.source.clone(),
    }
}

/// Texts and attributions listed per side, at most (the rest counted).
const LIST_MAX: usize = 4;

/// Whether the mentions are lengths of time (durations, ages): their
/// readings are in seconds, and are shown in a unit.
fn lengths(ms: &[&Mention]) -> bool {
    ms.first()
        .is_some_and(|m| matches!(m.kind, ClaimKind::Duration | ClaimKind::Age))
}

/// Seconds in the largest calendar unit that the larger finite bound
/// holds ("52 years", "90 minutes", "[0, 5] years"); the units are those
/// of ISO 8601 lengths as the extractor converts them (a year of 365.2425
/// days, a month of a twelfth of it).
fn length_label(low: f64, high: f64) -> String {
    const UNITS: &[(f64, &str)] = &[
        (31_556_952.0, "years"),
        (2_629_746.0, "months"),
        (604_800.0, "weeks"),
        (86_400.0, "days"),
        (3_600.0, "hours"),
        (60.0, "minutes"),
    ];
    let size = if high.is_finite() { high } else { low }.abs();
    let (per, unit) = UNITS
        .iter()
        .copied()
        .find(|(per, _)| size >= *per)
        .unwrap_or((1.0, "seconds"));
    let (mut a, mut b) = (round2(low / per), round2(high / per));
    // A length read to half its unit ("60 days" is 59.5 to 60.5) is shown
    // as written, at its middle.
    if high.is_finite() && low > 0.0 && (high - low) <= 0.105 * (high + low) / 2.0 {
        a = round2((low + high) / 2.0 / per);
        b = a;
    }
    if a == b {
        format!("{} {unit}", group::num(a))
    } else {
        format!("[{}, {}] {unit}", group::num(a), group::num(b))
    }
}

/// A side's common reading, labelled for people.
fn side_label(ms: &[&Mention], r: &Reading, shown: &Shown) -> String {
    match r {
        Reading::Number { low, high } if lengths(ms) => length_label(*low, *high),
        Reading::Number { low, high } => {
            let r = Reading::Number {
                low: shown.at(*low),
                high: shown.at(*high),
            };
            format!("{}{}", group::reading_label(&r), shown.unit)
        }
        _ => group::reading_label(r),
    }
}

/// The span of values a figure asserts, for people: "[27, 33]"; a figure
/// widened only by the precision of its last digit is shown open, to the
/// half unit ("40.2C" is "(40.15, 40.25)", "58%" is "(57.5, 58.5)"), so
/// that two neighbours never seem to share an end.
fn span_label(low: f64, high: f64) -> String {
    match group::last_digit(low, high) {
        Some(k) => {
            let (mid, half) = ((low + high) / 2.0, 10f64.powi(k) / 2.0);
            format!("({}, {})", group::num(mid - half), group::num(mid + half))
        }
        None => format!("[{}, {}]", group::num(low), group::num(high)),
    }
}

/// How the figures of a finding are shown: in the unit its measures were
/// written in most often, the first such at a tie ("170 mph" → 170 mph,
/// not 76 metres per second; "40.2C" → 40.2°C, not 313.35 kelvin), one
/// unit for every side; other figures as read.
struct Shown {
    factor: f64,
    offset: f64,
    /// Written after a figure: " mph", "°C", or nothing.
    unit: String,
}

impl Shown {
    fn of<'m>(ms: impl IntoIterator<Item = &'m Mention>) -> Shown {
        let mut counts: Vec<(&crate::Unit, usize)> = Vec::new();
        for u in ms.into_iter().filter_map(|m| m.unit) {
            match counts.iter_mut().find(|(v, _)| v.symbol() == u.symbol()) {
                Some((_, n)) => *n += 1,
                None => counts.push((u, 1)),
            }
        }
        // The first of the most frequent.
        let top = counts.iter().map(|c| c.1).max().unwrap_or(0);
        match counts.iter().find(|c| c.1 == top).map(|c| c.0) {
            Some(u) => {
                let symbol = u.symbol();
                let space = if symbol.starts_with('°') { "" } else { " " };
                Shown {
                    factor: u.to_base(1.0) - u.to_base(0.0),
                    offset: u.to_base(0.0),
                    unit: format!("{space}{symbol}"),
                }
            }
            None => Shown {
                factor: 1.0,
                offset: 0.0,
                unit: String::new(),
            },
        }
    }

    /// A reading in the shown unit.
    fn at(&self, v: f64) -> f64 {
        (v - self.offset) / self.factor
    }
}

fn side(ms: &[&Mention], shown: &Shown) -> String {
    use std::fmt::Write;
    let r = group::common(ms)
        .map(|r| side_label(ms, &r, shown))
        .unwrap_or_default();
    let mut texts: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
    texts.sort_unstable();
    texts.dedup();
    let mut who: Vec<(&str, Option<&str>)> = ms
        .iter()
        .map(|m| (m.source.as_str(), m.speaker.as_deref()))
        .collect();
    who.sort_unstable();
    who.dedup();
    let mut n = who.iter().map(|w| w.0).collect::<Vec<_>>();
    n.dedup();
    let n = n.len();
    let mut out = String::with_capacity(96);
    for (i, t) in texts.iter().take(LIST_MAX).enumerate() {
        let _ = write!(out, "{}\"{t}\"", if i > 0 { ", " } else { "" });
    }
    if texts.len() > LIST_MAX {
        let _ = write!(out, ", and {} more", texts.len() - LIST_MAX);
    }
    let _ = write!(
        out,
        " → {r} — {n} source{} (",
        if n == 1 { "" } else { "s" }
    );
    for (i, (s, w)) in who.iter().take(LIST_MAX).enumerate() {
        let sep = if i > 0 { "; " } else { "" };
        let _ = match w {
            Some(w) => write!(out, "{sep}{s}, citing {w}"),
            None => write!(out, "{sep}{s}"),
        };
    }
    if who.len() > LIST_MAX {
        let _ = write!(out, "; and {} more", who.len() - LIST_MAX);
    }
    out.push(')');
    out
}

fn reason(a: &[&Mention], b: &[&Mention], shown: &Shown) -> String {
    let (Some(ra), Some(rb)) = (group::common(a), group::common(b)) else {
        return "the values cannot both be true".to_string();
    };
    match (&ra, &rb) {
        (Reading::Days { .. }, Reading::Days { .. })
        | (Reading::Score { .. }, Reading::Score { .. }) => format!(
            "{} is {}, {} is {}",
            quote_first(a),
            group::reading_label(&ra),
            quote_first(b),
            group::reading_label(&rb)
        ),
        _ => {
            // The pair that bounds the two sides: the tightest upper bound
            // of the lower side and the tightest lower bound of the upper
            // side. Their intervals are disjoint, so the sentence is true
            // of them ("more than 4,300" sits with 4,312 and does overlap
            // 4,500; 4,312 does not).
            let (a, b) = if ra.high() <= rb.low() {
                (a, b)
            } else {
                (b, a)
            };
            let hi_a = a.iter().min_by(|x, y| high(x).total_cmp(&high(y))).copied();
            let lo_b = b.iter().max_by(|x, y| low(x).total_cmp(&low(y))).copied();
            match (hi_a, lo_b) {
                (Some(x), Some(y)) if lengths(a) => format!(
                    "{} → {} and {} → {} do not overlap",
                    x.text,
                    length_label(low(x), high(x)),
                    y.text,
                    length_label(low(y), high(y))
                ),
                (Some(x), Some(y)) => {
                    // Measures, read in base units, are shown in the unit
                    // written (the comparisons below do not move with it).
                    let unit = &shown.unit;
                    let (xl, xh) = (shown.at(low(x)), shown.at(high(x)));
                    let (yl, yh) = (shown.at(low(y)), shown.at(high(y)));
                    let digits = (group::last_digit(xl, xh), group::last_digit(yl, yh));
                    if let (Some(j), Some(k), true) = (digits.0, digits.1, xh > yl && yh > xl) {
                        // Two figures as written whose spans overlap: the
                        // finer is not the coarser rounded (a figure on the
                        // boundary of its span is not in it).
                        let ((f, fl, fh), (c, cl, ch)) = if j < k {
                            ((x, xl, xh), (y, yl, yh))
                        } else {
                            ((y, yl, yh), (x, xl, xh))
                        };
                        format!(
                            "{} as written is {}{unit}, which does not include {}{unit} ({})",
                            c.text,
                            span_label(cl, ch),
                            group::num((fl + fh) / 2.0),
                            f.text
                        )
                    } else if yl == yh {
                        format!(
                            "{} → {}{unit} does not include {}{unit}",
                            x.text,
                            span_label(xl, xh),
                            group::num(yl)
                        )
                    } else if xl == xh {
                        format!(
                            "{} → {}{unit} does not include {}{unit}",
                            y.text,
                            span_label(yl, yh),
                            group::num(xl)
                        )
                    } else {
                        format!(
                            "{} → {}{unit} and {} → {}{unit} do not overlap",
                            x.text,
                            span_label(xl, xh),
                            y.text,
                            span_label(yl, yh)
                        )
                    }
                }
                _ => "the values cannot both be true".to_string(),
            }
        }
    }
}

/// The most specific claim of a side, quoted with its source.
fn quote_first(ms: &[&Mention]) -> String {
    let width = |m: &&&Mention| match m.reading {
        Reading::Days { first, last, .. } => last.saturating_sub(first),
        _ => 0,
    };
    ms.iter()
        .min_by_key(width)
        .map(|m| format!("\"{}\" ({})", m.text, m.source))
        .unwrap_or_default()
}

fn low(m: &Mention) -> f64 {
    m.reading.low()
}

fn high(m: &Mention) -> f64 {
    m.reading.high()
}

fn ids(ms: &[&Mention]) -> Vec<String> {
    ms.iter().map(|m| m.id.clone()).collect()
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The mentions of a block without those of sources that are ambiguous
/// about it: a source whose own figures under this key disagree has
/// probably been read as speaking of one thing where it speaks of several
/// (two meetings, two tolls). Its figures are kept, as a self-contradiction,
/// only when they are figures (not dates) of two values (three are three
/// things) with one and the same signature
/// (noun, predicate, event, modifiers, group and scope as written); figures
/// that name different modifiers ("bakery workers", "Florida workers") are
/// of different things even when different speakers give them. A source
/// that gives one figure done and others planned (modal) keeps the figure
/// done; one that gives a whole bare and parts of it named ("3,783
/// vehicles, including 498 electric cars") keeps the whole.
fn unambiguous<'m>(key: &SubjectKey, ms: &[&'m Mention]) -> Vec<&'m Mention> {
    // Mentions come in identity order, so a source's come together.
    if ms.windows(2).all(|w| w[0].source != w[1].source) {
        return ms.to_vec();
    }
    let mut by_source: BTreeMap<&str, Vec<&Mention>> = BTreeMap::new();
    for m in ms {
        by_source.entry(m.source.as_str()).or_default().push(m);
    }
    let mut drop: BTreeSet<&str> = BTreeSet::new();
    let mut plans: BTreeSet<&str> = BTreeSet::new();
    // Sources that keep only their figure of the whole.
    let mut wholes: BTreeSet<&str> = BTreeSet::new();
    for (src, own) in &by_source {
        if own.len() < 2 {
            continue;
        }
        // A whole and its named parts ("3,783 vehicles, including 498
        // electric cars", "12 villagers … four of the villagers"): the
        // source's figure of the thing is its whole, written bare, when it
        // gives one value of it.
        if key.kind != KeyKind::Date && group::clusters(own).len() >= 2 {
            let whole: Vec<&Mention> = own
                .iter()
                .filter(|m| m.modifiers().is_none() && !m.is_part())
                .copied()
                .collect();
            if !whole.is_empty() && whole.len() < own.len() && group::clusters(&whole).len() < 2 {
                wholes.insert(src);
                continue;
            }
        }
        // Figures that name different parts ("600 bakery workers", "250
        // Florida workers") speak of different things, whoever says them.
        // So do a part and the whole ("four of the villagers", "12
        // villagers").
        let parts: BTreeSet<&str> = own.iter().filter_map(|m| m.modifiers()).collect();
        let part_of_whole = own.iter().any(|m| m.is_part()) && own.iter().any(|m| !m.is_part());
        if (parts.len() >= 2 || part_of_whole) && group::clusters(own).len() >= 2 {
            drop.insert(src);
            continue;
        }
        // Figures of one source attributed to different speakers ("police
        // said 5,000, organisers 20,000") are a disagreement it reports,
        // not an ambiguity: look within each speaker's figures.
        let mut by_speaker: BTreeMap<Option<&str>, Vec<&Mention>> = BTreeMap::new();
        for m in own {
            by_speaker.entry(m.speaker.as_deref()).or_default().push(m);
        }
        // For dates the voice does not matter: a source that dates one event
        // twice, differently, is read as speaking of two events.
        if key.kind == KeyKind::Date {
            by_speaker = BTreeMap::from([(None, own.clone())]);
        }
        if by_speaker
            .values()
            .all(|v| v.len() < 2 || group::clusters(v).len() < 2)
        {
            continue;
        }
        let first = own.first().and_then(|m| m.signature.as_deref());
        let same = first.is_some() && own.iter().all(|m| m.signature.as_deref() == first);
        // Three or more values in one voice are several things ("Three
        // people … nine people … 49 people" of three shootings), not a
        // source contradicting itself.
        let several = by_speaker.values().any(|v| group::clusters(v).len() >= 3);
        // A figure done and a figure planned ("three hostages were freed
        // on Sunday; 33 are due to be freed") are two things: the source
        // keeps the figure done.
        let done: Vec<&Mention> = own.iter().filter(|m| !m.modal).copied().collect();
        if !done.is_empty() && done.len() < own.len() && group::clusters(&done).len() < 2 {
            plans.insert(src);
            continue;
        }
        if key.kind == KeyKind::Date || !same || several {
            drop.insert(src);
        }
    }
    ms.iter()
        .filter(|m| {
            let src = m.source.as_str();
            !(drop.contains(src)
                || m.modal && plans.contains(src)
                || wholes.contains(src) && (m.modifiers().is_some() || m.is_part()))
        })
        .copied()
        .collect()
}

/// Dates further apart than this (days between the nearest days of two
/// value clusters) are read as different events, not a disagreement (a
/// week: reports of one event differ by a day or two, "Tuesday" against
/// "Thursday"):
/// "2008" and "June 7, 2016" under one event class are two elections.
///
/// # Example
///
/// ```
/// use corroborate::detect::DATE_CONFLICT_GAP_DAYS;
/// use corroborate::{Checker, Document, FindingKind};
/// assert_eq!(DATE_CONFLICT_GAP_DAYS, 7);
/// let conflicts = |other: &str| {
///     let docs = [
///         Document::new("a", "The summit opened on September 4, 2025."),
///         Document::new("b", format!("The summit opened on {other}.")),
///     ];
///     Checker::new().check(&docs).findings().iter().filter(|f| f.kind() == FindingKind::Conflict).count()
/// };
/// assert_eq!(conflicts("September 5, 2025"), 1); // a day apart: one event, in dispute
/// assert_eq!(conflicts("October 20, 2025"), 0);  // weeks apart: two events
/// ```
pub const DATE_CONFLICT_GAP_DAYS: i64 = 7;

/// Days between two day readings (0 when either is open: a bare weekday or
/// month can be any day).
fn day_gap(a: &Reading, b: &Reading) -> i64 {
    match (a, b) {
        (
            Reading::Days {
                first: a0,
                last: a1,
                ..
            },
            Reading::Days {
                first: b0,
                last: b1,
                ..
            },
        ) => {
            let open = |f: &i64, l: &i64| *f == i64::MIN || *l == i64::MAX;
            if open(a0, a1) || open(b0, b1) {
                0
            } else {
                (b0.saturating_sub(*a1)).max(a0.saturating_sub(*b1)).max(0)
            }
        }
        _ => 0,
    }
}

/// Figures more than this many times apart are read as counts of
/// different things, not a disagreement ("50 states" and "1.6 billion
/// members").
///
/// # Example
///
/// ```
/// use corroborate::detect::FIGURE_CONFLICT_RATIO;
/// use corroborate::{Checker, Document, FindingKind};
/// assert_eq!(FIGURE_CONFLICT_RATIO, 10.0);
/// let conflicts = |other: &str| {
///     let docs = [
///         Document::new("a", "The attack killed 5 people."),
///         Document::new("b", format!("The attack killed {other} people.")),
///     ];
///     Checker::new().check(&docs).findings().iter().filter(|f| f.kind() == FindingKind::Conflict).count()
/// };
/// assert_eq!(conflicts("8"), 1);   // one toll, in dispute
/// assert_eq!(conflicts("500"), 0); // a hundred times apart: not one thing
/// ```
pub const FIGURE_CONFLICT_RATIO: f64 = 10.0;

/// Events that happen once, at one moment: whatever day a source was
/// published, "the earthquake struck on Thursday" and "Friday's quake"
/// date the same event (event classes of [`group::EVENT_CLASSES`]). So
/// does the beginning of any event that does not recur, when every source
/// dates it as one ("The truce began on Friday", "took effect on
/// Thursday": [`group::Mention::began`]).
///
/// # Example
///
/// ```
/// use corroborate::detect::INSTANT_EVENTS;
/// use corroborate::{Checker, Document, FindingKind};
/// assert!(INSTANT_EVENTS.contains(&"quake"));
/// let conflicts = |a: &str, b: &str| {
///     let docs = [
///         Document::new("a", a).with_published("2025-03-29".parse()?),
///         Document::new("b", b).with_published("2025-03-30".parse()?),
///     ];
///     let report = Checker::new().check(&docs);
///     Ok::<usize, corroborate::Error>(report.findings().iter().filter(|f| f.kind() == FindingKind::Conflict).count())
/// };
/// // One quake: Friday the 28th or Thursday the 27th.
/// assert_eq!(conflicts("The earthquake hit on Friday.", "The earthquake hit on Thursday.")?, 1);
/// // Protests go on: each day's report dates its own day.
/// assert_eq!(conflicts("The protest was on Friday.", "The protest was on Thursday.")?, 0);
/// // But a protest began once.
/// assert_eq!(conflicts("The protest began on Friday.", "The protest began on Thursday.")?, 1);
/// # Ok::<(), corroborate::Error>(())
/// ```
pub const INSTANT_EVENTS: &[&str] = &[
    "quake",
    "crash",
    "shooting",
    "shipwreck",
    "stampede",
    "avalanche",
    "swap",
    "kidnapping",
    "jailbreak",
    "collapse",
    "rate decision",
    "launch",
    "eclipse",
];

/// Whether two value clusters are close enough to be a disagreement about
/// one thing (see [`DATE_CONFLICT_GAP_DAYS`], [`FIGURE_CONFLICT_RATIO`]).
/// Dates resolved against the publication day ("on Monday", "last week")
/// by sources published on other days are not compared: ongoing coverage
/// dates each day's events. An event that happens once
/// ([`INSTANT_EVENTS`]) has one day whoever dates it, and when.
fn comparable(
    key: &SubjectKey,
    a: &[&Mention],
    ra: &Reading,
    b: &[&Mention],
    rb: &Reading,
) -> bool {
    match (ra, rb) {
        (Reading::Days { .. }, Reading::Days { .. }) => {
            if day_gap(ra, rb) > DATE_CONFLICT_GAP_DAYS {
                return false;
            }
            let days = |ms: &[&Mention]| -> BTreeSet<Option<jiff::civil::Date>> {
                ms.iter()
                    .map(|m| m.published.map(Published::date))
                    .collect()
            };
            let relative = |ms: &[&Mention]| ms.iter().all(|m| m.relative);
            let (da, db) = (days(a), days(b));
            let dated = !da.contains(&None) && !db.contains(&None);
            // So does the beginning of one that does not recur, when every
            // source dates it so ("The truce began on Friday", "took effect
            // on Thursday").
            let began = |ms: &[&Mention]| ms.iter().all(|m| m.began);
            let instant = key.predicate.is_none()
                && key
                    .event
                    .as_deref()
                    .is_some_and(|e| INSTANT_EVENTS.contains(&e))
                || began(a)
                    && began(b)
                    && key
                        .event
                        .as_deref()
                        .is_some_and(|e| !group::recurring_event(e));
            instant || !(dated && (relative(a) || relative(b)) && da.is_disjoint(&db))
        }
        // Two results of one match or vote always disagree.
        (Reading::Score { .. }, Reading::Score { .. }) => true,
        _ => {
            let mid = |r: &Reading| match r {
                Reading::Number { low, high } | Reading::Money { low, high, .. } => {
                    if high.is_finite() {
                        (low.abs() + high.abs()) / 2.0
                    } else {
                        low.abs()
                    }
                }
                Reading::Days { .. } | Reading::Score { .. } => 0.0,
            };
            let (x, y) = (mid(ra), mid(rb));
            let (lo, hi) = (x.min(y), x.max(y));
            lo > 0.0 && hi / lo <= FIGURE_CONFLICT_RATIO || lo == 0.0 && hi == 0.0
        }
    }
}

/// Splits value clusters into groups close enough to disagree (see
/// [`comparable`]); each group is judged on its own.
fn components<'m>(key: &SubjectKey, clusters: &[Vec<&'m Mention>]) -> Vec<Vec<&'m Mention>> {
    let n = clusters.len();
    if n > 64 {
        return vec![clusters.iter().flatten().copied().collect()];
    }
    let commons: Vec<Option<Reading>> = clusters.iter().map(|c| group::common(c)).collect();
    let mut comp = UnionFind::new(n);
    for i in 0..n {
        for j in i + 1..n {
            let near = match (&commons[i], &commons[j]) {
                (Some(a), Some(b)) => comparable(key, &clusters[i], a, &clusters[j], b),
                _ => false,
            };
            if near {
                comp.union(i, j);
            }
        }
    }
    let mut out: BTreeMap<usize, Vec<&Mention>> = BTreeMap::new();
    for (i, c) in clusters.iter().enumerate() {
        let r = comp.root(i);
        out.entry(r).or_default().extend(c.iter().copied());
    }
    out.into_values().collect()
}

fn block_findings(key: &SubjectKey, ms: &[&Mention], note: &str, out: &mut Vec<Finding>) {
    let ms = unambiguous(key, ms);
    let ms = ms.as_slice();
    if ms.is_empty() {
        return;
    }
    let clusters = group::clusters(ms);
    if clusters.len() > 1 {
        let parts = components(key, &clusters);
        if parts.len() > 1 {
            for mut p in parts {
                p.sort_by(|a, b| a.cmp_mention(b));
                block_findings(key, &p, note, out);
            }
            return;
        }
    }
    let sources = sources_of(ms);
    let lemmas: BTreeSet<&str> = ms.iter().filter_map(|m| m.lemma.as_deref()).collect();
    let mut confidence: f64 = 1.0;
    let mut notes: Vec<String> = Vec::new();
    if lemmas.len() > 1 {
        confidence *= 0.9;
        let l: Vec<&str> = lemmas.iter().copied().collect();
        notes.push(format!(
            "{} joined as {}",
            l.join(" ~ "),
            key.noun.as_deref().unwrap_or("one noun")
        ));
    }
    // Claims that name no event, joined to the only one given.
    if let Some(e) = key.event.as_deref() {
        let eventless = ms.iter().any(|m| group::names_no_event(m));
        if eventless {
            notes.push(format!(
                "claims naming no event read as of the only one named, {e}"
            ));
        }
    }
    if ms.iter().any(|m| m.modal) {
        confidence *= 0.8;
        notes.push("some figures are expected or modal".to_string());
    }
    let subject = key.describe();
    let key_text = key.to_string();
    let why = |notes: &[String]| {
        let mut s = format!("joined by key {key_text}");
        for n in notes {
            s.push_str("; ");
            s.push_str(n);
        }
        s.push_str(note);
        s
    };
    if clusters.len() >= 2 {
        let tally = key
            .predicate
            .as_deref()
            .is_some_and(|p| group::TALLIES.contains(&p));
        let growing = key
            .predicate
            .as_deref()
            .is_some_and(|p| group::GROWING.contains(&p));
        let standing = key
            .predicate
            .as_deref()
            .is_some_and(|p| group::STANDING.contains(&p));
        if standing {
            let fell = rise_or_fall(key, &clusters, &why(&notes), confidence, Trend::Fell);
            if let Some(f) = fell {
                out.push(f);
                return;
            }
        }
        if tally && key.kind == KeyKind::Count || growing {
            if let Some(f) = update(key, &clusters, &why(&notes), confidence) {
                out.push(f);
                return;
            }
            // Papers of one day disagree, later ones give a higher figure:
            // the first day's conflict, then the rise from its highest
            // figure.
            if let Some((first, rise)) = conflict_then_rise(&clusters) {
                if let Some(f) = update(key, &rise, &why(&notes), confidence) {
                    block_findings(key, &first, note, out);
                    out.push(f);
                    return;
                }
            }
        }
        // A source on two sides, in one voice, contradicts itself.
        let mut seen: BTreeMap<(&str, Option<&str>), usize> = BTreeMap::new();
        let mut selfc: BTreeSet<&str> = BTreeSet::new();
        for (i, c) in clusters.iter().enumerate() {
            for m in c {
                if let Some(j) = seen.insert((&m.source, m.speaker.as_deref()), i) {
                    if j != i {
                        selfc.insert(&m.source);
                    }
                }
            }
        }
        if !selfc.is_empty() {
            let v: Vec<&str> = selfc.iter().copied().collect();
            notes.push(format!("self-contradiction in {}", v.join(", ")));
            if sources.len() == 1 {
                confidence *= 0.7;
            }
        }
        // Every side is described once; the message shows at most LIST_MAX
        // of them (the groups list them all).
        let shown = Shown::of(clusters.iter().flatten().copied());
        let all_sides: Vec<String> = clusters.iter().map(|c| side(c, &shown)).collect();
        let mut sides: Vec<&str> = all_sides
            .iter()
            .take(LIST_MAX)
            .map(String::as_str)
            .collect();
        let more = format!("{} more values", clusters.len().saturating_sub(LIST_MAX));
        if clusters.len() > LIST_MAX {
            sides.push(&more);
        }
        let reasons: Vec<String> = clusters
            .windows(2)
            .take(LIST_MAX - 1)
            .map(|w| reason(&w[0], &w[1], &shown))
            .collect();
        let groups: Vec<Vec<String>> = clusters.iter().map(|c| ids(c)).collect();
        let message = format!(
            "{subject}: {}. Why: {} ({})",
            sides.join(" vs "),
            reasons.join("; "),
            why(&notes)
        );
        out.push(Finding {
            kind: FindingKind::Conflict,
            subject,
            claims: groups.concat(),
            groups,
            message,
            sides: all_sides,
            reason: reasons.join("; "),
            key: key_text,
            confidence: round2(0.9 * confidence),
        });
        return;
    }
    let (kind, base) = if sources.len() >= 2 {
        (FindingKind::Agreement, 0.85)
    } else {
        (FindingKind::SingleSource, 0.5)
    };
    let what = if kind == FindingKind::Agreement {
        "agree"
    } else {
        "only one source gives this"
    };
    let one = side(ms, &Shown::of(ms.iter().copied()));
    out.push(Finding {
        kind,
        subject: subject.clone(),
        claims: ids(ms),
        groups: Vec::new(),
        message: format!("{subject}: {what}: {one} ({})", why(&notes)),
        sides: vec![one],
        reason: what.to_string(),
        key: key_text,
        confidence: round2(base * confidence),
    });
}

/// A tally's value clusters (in value order) split at the first
/// publication time after which every figure is higher than every figure
/// given before it, when those before disagree among themselves (two
/// clusters or more): the mentions before that time, and the clusters of
/// a rise, the highest figure before it first. "214 cases" and "220" on
/// one day, "241 cases" three days later: the first two disagree, and 220
/// rose to 241. None when a time is missing or no such time exists (a
/// later paper repeating an earlier figure keeps the block one conflict).
fn conflict_then_rise<'m>(
    clusters: &[Vec<&'m Mention>],
) -> Option<(Vec<&'m Mention>, Vec<Vec<&'m Mention>>)> {
    let mut at: Vec<(jiff::civil::DateTime, usize)> = Vec::new();
    for (i, c) in clusters.iter().enumerate() {
        for m in c {
            at.push((m.published.map(Published::datetime)?, i));
        }
    }
    at.sort_unstable();
    // For each split point: the highest cluster before it, and the
    // lowest at or after it (a suffix minimum).
    let mut low_after = vec![usize::MAX; at.len() + 1];
    for k in (0..at.len()).rev() {
        low_after[k] = low_after[k + 1].min(at[k].1);
    }
    let (mut high_before, mut low_before) = (0, usize::MAX);
    for k in 1..at.len() {
        high_before = high_before.max(at[k - 1].1);
        low_before = low_before.min(at[k - 1].1);
        let split = at[k].0;
        if at[k - 1].0 == split || high_before == low_before || high_before >= low_after[k] {
            continue;
        }
        let before = |m: &Mention| {
            m.published
                .map(Published::datetime)
                .is_some_and(|t| t < split)
        };
        let first: Vec<&Mention> = clusters
            .iter()
            .flatten()
            .copied()
            .filter(|m| before(m))
            .collect();
        let mut rise: Vec<Vec<&Mention>> = vec![clusters[high_before].clone()];
        rise.extend(clusters.iter().skip(high_before + 1).cloned());
        return Some((first, rise));
    }
    None
}

/// An update: clusters in value order are also in publication order.
fn update(
    key: &SubjectKey,
    clusters: &[Vec<&Mention>],
    why: &str,
    confidence: f64,
) -> Option<Finding> {
    rise_or_fall(key, clusters, why, confidence, Trend::Rose)
}

/// Which way an [`update`] goes over time.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trend {
    Rose,
    Fell,
}

/// An update: the value clusters, in value order, first given one after
/// another in time, upwards ([`Trend::Rose`]) or downwards
/// ([`Trend::Fell`], only for [`group::STANDING`] counts).
fn rise_or_fall(
    key: &SubjectKey,
    clusters: &[Vec<&Mention>],
    why: &str,
    confidence: f64,
    trend: Trend,
) -> Option<Finding> {
    // The clusters in the order they were given: the lowest first when
    // the figure rose, the highest first when it fell.
    let timeline: Vec<&Vec<&Mention>> = match trend {
        Trend::Rose => clusters.iter().collect(),
        Trend::Fell => clusters.iter().rev().collect(),
    };
    let mut times = Vec::with_capacity(clusters.len());
    for c in &timeline {
        let ts: Vec<jiff::civil::DateTime> = c
            .iter()
            .map(|m| m.published.map(Published::datetime))
            .collect::<Option<_>>()?;
        let first = *ts.iter().min()?;
        let last = *ts.iter().max()?;
        times.push((first, last));
    }
    // Each higher figure first appears later; a later source repeating an
    // older, lower figure does not undo the rise. Of two figures first
    // given at one time (papers of one day), the higher is later when a
    // source of that time says it is what the toll rose to ("the toll
    // rose to 56") and no source of that time says so of the lower.
    let risen_at = |c: &[&Mention], at: jiff::civil::DateTime| {
        c.iter()
            .any(|m| m.risen && m.published.map(Published::datetime) == Some(at))
    };
    for (i, w) in times.windows(2).enumerate() {
        let tied = trend == Trend::Rose
            && w[0].0 == w[1].0
            && timeline.get(i + 1).is_some_and(|c| risen_at(c, w[1].0))
            && !timeline.get(i).is_some_and(|c| risen_at(c, w[0].0));
        if w[0].0 > w[1].0 || w[0].0 == w[1].0 && !tied {
            return None;
        }
    }
    // But a lower figure first given after a higher one is a fall, not a
    // repetition: "at least 38" in the morning, 45 at noon, 41 the next
    // day (41 sits with "at least 38" and was never said before the 45);
    // and of a figure that fell, a higher one given later is a rise.
    for (i, c) in timeline.iter().enumerate() {
        let Some(&(higher, _)) = times.get(i + 1) else {
            break;
        };
        let when = |m: &Mention| m.published.map(Published::datetime);
        let fell = c.iter().any(|m| {
            when(m).is_some_and(|t| t > higher)
                && !c
                    .iter()
                    .any(|o| when(o).is_some_and(|t| t <= higher) && o.reading == m.reading)
        });
        if fell {
            return None;
        }
    }
    // The timeline: every claim in publication order (capped); of one
    // time, in the order of the trend ("at least 59" before "61", two
    // papers of one day).
    let mut line: Vec<&Mention> = timeline.iter().copied().flatten().copied().collect();
    let lowest = |m: &Mention| match m.reading {
        Reading::Number { low, .. } | Reading::Money { low, .. } => match trend {
            Trend::Rose => low,
            Trend::Fell => -low,
        },
        _ => 0.0,
    };
    line.sort_by(|a, b| {
        let when = |m: &Mention| m.published.map(Published::datetime);
        (when(a), a.risen)
            .cmp(&(when(b), b.risen))
            .then_with(|| lowest(a).total_cmp(&lowest(b)))
            .then_with(|| (a.source.as_str(), a.span.start).cmp(&(b.source.as_str(), b.span.start)))
    });
    let mut steps: Vec<String> = line
        .iter()
        .take(2 * LIST_MAX)
        .map(|m| {
            let when = m.published.map(|p| p.to_string()).unwrap_or_default();
            format!("\"{}\" ({}, {when})", m.text, attribution(m))
        })
        .collect();
    if line.len() > 2 * LIST_MAX {
        steps.push(format!("and {} more", line.len() - 2 * LIST_MAX));
    }
    let subject = key.describe();
    let groups: Vec<Vec<String>> = clusters.iter().map(|c| ids(c)).collect();
    let trend = match trend {
        Trend::Rose => "rose",
        Trend::Fell => "fell",
    };
    Some(Finding {
        kind: FindingKind::Update,
        subject: subject.clone(),
        claims: groups.concat(),
        groups,
        message: format!("{subject} {trend} over time: {} ({why})", steps.join(" → ")),
        sides: {
            let shown = Shown::of(clusters.iter().flatten().copied());
            clusters.iter().map(|c| side(c, &shown)).collect()
        },
        reason: format!("{trend} over time: {}", steps.join(" → ")),
        key: key.to_string(),
        confidence: round2(0.85 * confidence),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Amount, Claim, ClaimKind, Period, Policy, Qualifier, Role, Subject, When};
    use crate::span::Span;
    use jiff::civil::Weekday;

    /// A hand-made claim on the `nth` occurrence of `needle`.
    fn at(text: &str, needle: &str, nth: usize, kind: ClaimKind, value: Value) -> Claim {
        let start = text
            .match_indices(needle)
            .nth(nth)
            .map(|(i, _)| i)
            .expect("needle");
        Claim::new(kind, Span::new(start, start + needle.len()), value)
    }

    fn count(
        text: &str,
        needle: &str,
        v: f64,
        q: Qualifier,
        noun: &str,
        group: Option<&str>,
    ) -> Claim {
        let p = Policy::default();
        let (low, high) = p.interval(v, q, false);
        let mut c = at(
            text,
            needle,
            0,
            ClaimKind::Count,
            Value::Number(Amount::new(v, low, high)),
        );
        c.qualifier = q;
        c.subject = Some(Box::new(Subject {
            noun: Some(noun.into()),
            group: group.map(String::from),
            ..Subject::default()
        }));
        c
    }

    fn day(text: &str, needle: &str, y: i16, m: i8, d: i8) -> Claim {
        let when = When::new(format!("{y:04}-{m:02}-{d:02}"), Period::day(y, m, d));
        at(text, needle, 0, ClaimKind::Date, Value::Date(when))
    }

    fn weekday(text: &str, needle: &str, w: Weekday) -> Claim {
        let mut when = When::new("XXXX-WXX", None);
        when.weekday = Some(w);
        when.relative = true;
        at(text, needle, 0, ClaimKind::Weekday, Value::Date(when))
    }

    fn year(text: &str, needle: &str, nth: usize, y: i16) -> Claim {
        let when = When::new(format!("{y}"), Period::year(y));
        let start = text
            .match_indices(needle)
            .nth(nth)
            .map(|(i, _)| i)
            .expect("needle");
        // The claim covers the year's digits only.
        let ys = y.to_string();
        let off = needle.find(&ys).unwrap_or(0) + start;
        Claim::new(
            ClaimKind::Year,
            Span::new(off, off + ys.len()),
            Value::Date(when),
        )
    }

    /// Annotates hand-made claims as the pipeline would and reports.
    fn report(docs: &[(&str, &str, Vec<Claim>)]) -> (Vec<ReportClaim>, Vec<Finding>) {
        let mut all = Vec::new();
        let mut sources = Vec::new();
        let mut docs: Vec<&(&str, &str, Vec<Claim>)> = docs.iter().collect();
        docs.sort_by_key(|d| d.0);
        for (id, text, claims) in docs {
            let mut claims = claims.clone();
            crate::extract::with_context(text, |cx| {
                for c in &mut claims {
                    c.sentence = cx.sentence_at(c.span.start);
                }
                crate::extract::context::annotate(cx, &mut claims);
            });
            sources.push(Source::for_test(id, None));
            for c in claims {
                all.push(ReportClaim::new(all.len() + 1, id, text, c));
            }
        }
        let f = detect(&all, &sources);
        (all, f)
    }

    fn texts<'a>(claims: &'a [ReportClaim], ids: &[String]) -> Vec<(&'a str, &'a str)> {
        ids.iter()
            .filter_map(|i| claims.iter().find(|c| c.id() == i))
            .map(|c| (c.source(), c.text()))
            .collect()
    }

    const A: &str = include_str!("../testdata/sample/summit-a.txt");
    const B: &str = include_str!("../testdata/sample/summit-b.txt");
    const C: &str = include_str!("../testdata/sample/summit-c.txt");
    const D: &str = include_str!("../testdata/sample/summit-d.txt");
    const E: &str = include_str!("../testdata/sample/summit-e.txt");

    fn sample() -> Vec<(&'static str, &'static str, Vec<Claim>)> {
        let mut page = day(A, "November 8, 2025", 2025, 11, 8);
        page.role = Role::PageDate;
        vec![
            (
                "summit-a",
                A,
                vec![
                    page,
                    weekday(A, "on Wednesday", Weekday::Wednesday),
                    weekday(A, "on Thursday", Weekday::Thursday),
                    count(
                        A,
                        "about 30 leaders",
                        30.0,
                        Qualifier::About,
                        "leader",
                        None,
                    ),
                ],
            ),
            ("summit-b", B, vec![day(B, "September 4, 2025", 2025, 9, 4)]),
            (
                "summit-c",
                C,
                vec![
                    day(C, "September 4, 2025", 2025, 9, 4),
                    count(
                        C,
                        "35 countries",
                        35.0,
                        Qualifier::Exact,
                        "country",
                        Some("leader"),
                    ),
                    count(C, "26 countries", 26.0, Qualifier::Exact, "country", None),
                    year(C, "of 2022", 0, 2022),
                ],
            ),
            (
                "summit-d",
                D,
                vec![
                    weekday(D, "on Tuesday", Weekday::Tuesday),
                    year(D, "in 2014", 0, 2014),
                    year(D, "in 2022", 0, 2022),
                ],
            ),
            (
                "summit-e",
                E,
                vec![
                    day(E, "September 4, 2025", 2025, 9, 4),
                    count(
                        E,
                        "about 30 world leaders",
                        30.0,
                        Qualifier::About,
                        "leader",
                        None,
                    ),
                    count(E, "22 people", 22.0, Qualifier::Exact, "person", None),
                    year(E, "2022 invasion", 0, 2022),
                ],
            ),
        ]
    }

    #[test]
    fn sample_corpus_findings() {
        let (claims, f) = report(&sample());
        let show: Vec<String> = f
            .iter()
            .map(|x| format!("{:?} {} {:?}", x.kind, x.key, texts(&claims, &x.claims)))
            .collect();
        let conflicts: Vec<&Finding> = f
            .iter()
            .filter(|x| x.kind == FindingKind::Conflict)
            .collect();
        assert_eq!(conflicts.len(), 3, "{show:#?}");
        let participants = conflicts
            .iter()
            .find(|x| x.key.starts_with("count|participant|attend"))
            .expect("c1");
        let g: Vec<_> = participants
            .groups
            .iter()
            .map(|g| texts(&claims, g))
            .collect();
        assert_eq!(
            g,
            vec![
                vec![
                    ("summit-a", "about 30 leaders"),
                    ("summit-e", "about 30 world leaders")
                ],
                vec![("summit-c", "35 countries")],
            ]
        );
        assert!(
            participants.message.contains("does not include 35"),
            "{}",
            participants.message
        );
        let meeting = conflicts
            .iter()
            .find(|x| x.key == "date|-|-|-|meeting")
            .expect("c2");
        let g: Vec<_> = meeting.groups.iter().map(|g| texts(&claims, g)).collect();
        assert_eq!(g.len(), 2, "{g:?}");
        assert!(g[0].contains(&("summit-d", "on Tuesday")), "{g:?}");
        assert!(g[1].contains(&("summit-b", "September 4, 2025")), "{g:?}");
        assert!(g[1].contains(&("summit-a", "on Thursday")), "{g:?}");
        let statement = conflicts
            .iter()
            .find(|x| x.key.contains("statement"))
            .expect("c3");
        let t = texts(&claims, &statement.claims);
        assert!(
            t.contains(&("summit-a", "on Wednesday"))
                && t.contains(&("summit-e", "September 4, 2025")),
            "{t:?}"
        );
        // The invasion year agrees; 2014 stands alone; 26 and 22 never clash.
        assert!(
            f.iter()
                .any(|x| x.kind == FindingKind::Agreement && x.key.ends_with("invasion")),
            "{show:#?}"
        );
        for x in &conflicts {
            let t = texts(&claims, &x.claims);
            for bad in ["26 countries", "22 people", "2014", "November 8, 2025"] {
                assert!(!t.iter().any(|(_, s)| *s == bad), "{bad} in {show:#?}");
            }
        }
    }

    #[test]
    fn figures_as_written_are_shown_as_written() {
        use crate::group::{Mention, Reading, measure_precision};
        use crate::{ClaimKind, Span};
        let kelvin = |c: f64| {
            let h = measure_precision(c);
            Reading::Number {
                low: c - h + 273.15,
                high: c + h + 273.15,
            }
        };
        let mention = |source: &str, kind, text: &str, reading| {
            let span = Span::new(0, text.len());
            Mention::new(source, "c1", span, kind, text, reading)
        };
        let mut hot = mention("a", ClaimKind::Measure, "40.3C", kelvin(40.3));
        let mut hotter = mention("b", ClaimKind::Measure, "40.2C", kelvin(40.2));
        let unit = crate::extract::lexicon::unit_ref;
        hot.unit = unit("°C");
        hotter.unit = hot.unit;
        assert_eq!(
            reason(&[&hotter], &[&hot], &Shown::of([&hotter, &hot])),
            "40.2C → (40.15, 40.25)°C and 40.3C → (40.25, 40.35)°C do not overlap"
        );
        assert_eq!(
            side_label(&[&hot], &hot.reading, &Shown::of([&hot])),
            "40.3°C"
        );
        // Any measure is shown in the unit it was written in, not in the
        // base unit it is compared in (metres per second).
        let mph = unit("mph");
        let speed = |v: f64| {
            let (u, h) = (mph.expect("mph is a unit"), measure_precision(v));
            Reading::Number {
                low: u.to_base(v - h),
                high: u.to_base(v + h),
            }
        };
        let mut slow = mention("a", ClaimKind::Measure, "170 mph", speed(170.0));
        let mut fast = mention("b", ClaimKind::Measure, "175 mph", speed(175.0));
        (slow.unit, fast.unit) = (mph, mph);
        assert_eq!(
            reason(&[&slow], &[&fast], &Shown::of([&slow, &fast])),
            "170 mph → (169.5, 170.5) mph and 175 mph → (174.5, 175.5) mph do not overlap"
        );
        // One unit for every side: the one written most often.
        let kmh = unit("km/h").expect("km/h is a unit");
        let mut metric = mention("c", ClaimKind::Measure, "280 km/h", {
            let h = measure_precision(280.0);
            Reading::Number {
                low: kmh.to_base(280.0 - h),
                high: kmh.to_base(280.0 + h),
            }
        });
        metric.unit = Some(kmh);
        let label = side_label(
            &[&metric],
            &metric.reading,
            &Shown::of([&metric, &slow, &fast]),
        );
        assert!(label.ends_with(" mph"), "{label}");
        // A coarser figure that a finer one does not round to.
        let pct = |v: f64, h: f64| Reading::Number {
            low: v - h,
            high: v + h,
        };
        let four = mention("a", ClaimKind::Percent, "4%", pct(4.0, 0.4995));
        let four_half = mention("b", ClaimKind::Percent, "4.5%", pct(4.5, 0.04995));
        assert_eq!(
            reason(&[&four], &[&four_half], &Shown::of([&four, &four_half])),
            "4% as written is (3.5, 4.5), which does not include 4.5 (4.5%)"
        );
    }

    #[test]
    fn the_reason_names_a_pair_that_truly_clashes() {
        // "more than 4,300" fits both sides and sits with 4,312: the reason
        // must not say it misses 4,500.
        use crate::group::{ClaimSet, KeyKind, Mention, Reading, SubjectKey};
        let key = SubjectKey::new(KeyKind::Count, Some("person"), Some("infected"), None, None);
        let mut set = ClaimSet::new();
        for (src, text, low, high) in [
            ("a", "more than 4,300", 4300.0, f64::INFINITY),
            ("b", "4,312 people", 4312.0, 4312.0),
            ("c", "4,500", 4450.0, 4550.0),
        ] {
            let r = Reading::Number { low, high };
            let m = Mention::new(
                src,
                src,
                Span::new(0, text.len()),
                ClaimKind::Count,
                text,
                r,
            );
            set.insert(key.clone(), m);
        }
        let f = findings(&set);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind(), FindingKind::Conflict);
        assert_eq!(f[0].reason(), "4,500 → [4450, 4550] does not include 4312");
    }

    #[test]
    fn lengths_are_shown_in_a_unit() {
        const YEAR: f64 = 31_556_952.0;
        assert_eq!(length_label(52.0 * YEAR, 52.0 * YEAR), "52 years");
        assert_eq!(length_label(0.0, 5.0 * YEAR), "[0, 5] years");
        assert_eq!(length_label(2.0 * YEAR, f64::INFINITY), "[2, ∞] years");
        assert_eq!(length_label(5_400.0, 5_400.0), "1.5 hours");
        assert_eq!(length_label(90.0, 90.0), "1.5 minutes");
        assert_eq!(length_label(30.0, 30.0), "30 seconds");
        // To half a unit: at its middle.
        assert_eq!(
            length_label(59.5 * 86_400.0, 60.5 * 86_400.0),
            "1.97 months"
        );
    }

    #[test]
    fn document_order_changes_nothing() {
        let mut docs = sample();
        let (_, f1) = report(&docs);
        docs.reverse();
        let (_, f2) = report(&docs);
        assert_eq!(f1, f2);
    }
}
