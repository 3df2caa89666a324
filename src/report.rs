//! The report: sources, claims and findings, for people and machines.

use std::sync::Arc;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::check::Checker;
use crate::claim::Claim;
use crate::detect::Finding;
use crate::document::{Document, Published};

/// One source of a report.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document};
/// let r = Checker::new().check(&[Document::new("a", "")]);
/// assert_eq!(r.sources()[0].id(), "a");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    id: String,
    published: Option<Published>,
}

impl Source {
    #[cfg(test)]
    pub(crate) fn for_test(id: &str, published: Option<Published>) -> Source {
        Source {
            id: id.to_string(),
            published,
        }
    }

    /// The document id.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("x", "")]);
    /// assert_eq!(r.sources()[0].id(), "x");
    /// ```
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The publication date, when known.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("x", "")]);
    /// assert!(r.sources()[0].published().is_none());
    /// ```
    pub fn published(&self) -> Option<Published> {
        self.published
    }
}

/// A claim in a report: the claim, its id and the source it came from.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document};
/// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
/// let c = &r.claims()[0];
/// assert_eq!((c.id(), c.source(), c.text()), ("c1", "a", "22 people"));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct ReportClaim {
    id: ClaimId,
    // The document's id and text, shared by all its claims: a claim's text
    // and sentence are read from them, never copied. One pointer for both
    // keeps a report's claims small.
    doc: Arc<DocRef>,
    line: usize,
    column: usize,
    claim: Claim,
}

impl ReportClaim {
    /// The claim's id in the report ("c1").
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert_eq!(r.claims()[0].id(), "c1");
    /// ```
    pub fn id(&self) -> &str {
        self.id.as_str()
    }

    /// The id of the document the claim was read from.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert_eq!(r.claims()[0].source(), "a");
    /// ```
    pub fn source(&self) -> &str {
        &self.doc.source
    }

    /// The claim's text as written.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert_eq!(r.claims()[0].text(), "22 people");
    /// ```
    pub fn text(&self) -> &str {
        self.claim.text(&self.doc.text)
    }

    /// The sentence the claim was read from.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert_eq!(r.claims()[0].sentence_text(), "22 people died.");
    /// ```
    pub fn sentence_text(&self) -> &str {
        self.doc
            .text
            .get(self.claim.sentence().range())
            .unwrap_or("")
    }

    /// The claim itself.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert_eq!(r.claims()[0].claim().kind(), ClaimKind::Count);
    /// ```
    pub fn claim(&self) -> &Claim {
        &self.claim
    }

    /// The claim's line and column (1-based; the column counts characters).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "Title\nThe storm killed 22 people.")]);
    /// assert_eq!(r.claims()[0].line_column(), (2, 18));
    /// ```
    pub fn line_column(&self) -> (usize, usize) {
        (self.line, self.column)
    }

    /// The claim numbered `n` (id "c`n`") of `source`.
    #[cfg(test)]
    pub(crate) fn new(n: usize, source: &str, text: &str, claim: Claim) -> ReportClaim {
        let doc = Arc::new(DocRef {
            source: Arc::from(source),
            text: Arc::from(text),
        });
        ReportClaim::with_lines(n, doc, &mut LineIndex::new(text), claim)
    }

    /// The claim numbered `n` (id "c`n`"), read from `doc`.
    pub(crate) fn with_lines(
        n: usize,
        doc: Arc<DocRef>,
        lines: &mut LineIndex,
        claim: Claim,
    ) -> ReportClaim {
        let (line, column) = lines.line_column(&doc.text, claim.span().start);
        ReportClaim {
            id: ClaimId::new(n),
            doc,
            line,
            column,
            claim,
        }
    }
}

impl Serialize for ReportClaim {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", self.id())?;
        m.serialize_entry("source", self.source())?;
        serialize_claim_fields(&mut m, &self.claim, self.text())?;
        m.serialize_entry("line", &self.line)?;
        m.serialize_entry("column", &self.column)?;
        m.end()
    }
}

/// Writes the contract's claim fields (start, end, text, kind, value,
/// qualifier, subject, speaker, ...) into a JSON map.
pub(crate) fn serialize_claim_fields<M: SerializeMap>(
    m: &mut M,
    c: &Claim,
    text: &str,
) -> Result<(), M::Error> {
    m.serialize_entry("start", &c.span().start)?;
    m.serialize_entry("end", &c.span().end)?;
    m.serialize_entry("text", text)?;
    m.serialize_entry("kind", &c.kind())?;
    m.serialize_entry("value", c.value())?;
    m.serialize_entry("qualifier", &c.qualifier())?;
    m.serialize_entry("subject", &c.subject().and_then(|s| s.noun.as_deref()))?;
    // A claim that could have a subject shows one, empty when nothing is
    // known of it (the library keeps no empty subjects).
    match c.subject() {
        Some(s) => m.serialize_entry("subject_detail", s)?,
        None if c.kind() != crate::claim::ClaimKind::Quote
            && c.role() != crate::claim::Role::PageDate =>
        {
            m.serialize_entry("subject_detail", &crate::claim::Subject::default())?;
        }
        None => {}
    }
    m.serialize_entry("speaker", &c.speaker())?;
    if c.role() != crate::claim::Role::Event {
        m.serialize_entry("role", &c.role())?;
    }
    Ok(())
}

/// A claim serialized on its own (for `--claims` output): the contract's
/// fields with an id and source.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, report::ClaimJson};
/// let doc = Document::new("a", "22 people died.");
/// let claims = Checker::new().extract(&doc);
/// let j = ClaimJson::new("c1", doc.id(), doc.text(), &claims[0]);
/// assert_eq!(j.text(), "22 people");
/// ```
#[derive(Debug)]
pub struct ClaimJson<'a> {
    id: &'a str,
    source: &'a str,
    text: &'a str,
    claim: &'a Claim,
}

impl<'a> ClaimJson<'a> {
    /// Wraps `claim` of document `source` (whose text is `doc_text`).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document, report::ClaimJson};
    /// let doc = Document::new("a", "It rose 40%.");
    /// let claims = Checker::new().extract(&doc);
    /// assert_eq!(ClaimJson::new("c1", "a", doc.text(), &claims[0]).text(), "40%");
    /// ```
    pub fn new(id: &'a str, source: &'a str, doc_text: &'a str, claim: &'a Claim) -> ClaimJson<'a> {
        ClaimJson {
            id,
            source,
            text: claim.text(doc_text),
            claim,
        }
    }

    /// The claim's text.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document, report::ClaimJson};
    /// let doc = Document::new("a", "It rose 40%.");
    /// let claims = Checker::new().extract(&doc);
    /// assert_eq!(ClaimJson::new("c1", "a", doc.text(), &claims[0]).text(), "40%");
    /// ```
    pub fn text(&self) -> &str {
        self.text
    }
}

impl Serialize for ClaimJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", self.id)?;
        m.serialize_entry("source", self.source)?;
        serialize_claim_fields(&mut m, self.claim, self.text)?;
        m.end()
    }
}

/// What a corpus says: its sources, their claims, and the findings.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document};
/// let report = Checker::new().check(&[Document::new("a", "22 people died.")]);
/// assert_eq!(report.findings().len(), 1); // one single-source claim
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    sources: Vec<Source>,
    claims: Vec<ReportClaim>,
    findings: Vec<Finding>,
}

/// The claims of each document, in order, as report claims (ids are set
/// afterwards): in parallel with the `rayon` feature, one after the other
/// without it (same result either way). Each document's claims become
/// report claims as soon as they are read, so the claims are never held
/// twice.
#[cfg(feature = "rayon")]
fn extract_all(checker: &Checker, docs: &[&Document]) -> Vec<Vec<ReportClaim>> {
    use rayon::prelude::*;
    docs.par_iter().map(|d| report_claims(checker, d)).collect()
}

#[cfg(not(feature = "rayon"))]
fn extract_all(checker: &Checker, docs: &[&Document]) -> Vec<Vec<ReportClaim>> {
    docs.iter().map(|d| report_claims(checker, d)).collect()
}

/// Documents per batch in [`Report::build`].
const BATCH_DOCS: usize = 256;

/// One document's claims, with their line and column, ids not yet set.
fn report_claims(checker: &Checker, doc: &Document) -> Vec<ReportClaim> {
    let mut lines = LineIndex::new(doc.text());
    let (source, text) = doc.shared();
    let shared = Arc::new(DocRef { source, text });
    checker
        .extract(doc)
        .into_iter()
        .map(|c| ReportClaim::with_lines(0, Arc::clone(&shared), &mut lines, c))
        .collect()
}

/// A document's id and text, shared by the claims of a report.
#[derive(Debug, PartialEq)]
pub(crate) struct DocRef {
    source: Arc<str>,
    text: Arc<str>,
}

impl Report {
    pub(crate) fn build(checker: &Checker, docs: &[Document]) -> Report {
        let mut order: Vec<&Document> = docs.iter().collect();
        order.sort_by(|a, b| a.id().cmp(b.id()).then_with(|| a.text().cmp(b.text())));
        let mut sources = Vec::with_capacity(order.len());
        let mut claims: Vec<ReportClaim> = Vec::new();
        // Documents are read in batches (in parallel with `rayon`) and their
        // claims appended: only one batch of claims is ever held twice.
        for batch in order.chunks(BATCH_DOCS) {
            for (doc, extracted) in batch.iter().zip(extract_all(checker, batch)) {
                sources.push(Source {
                    id: doc.id().to_string(),
                    published: doc.published(),
                });
                for mut c in extracted {
                    c.id = ClaimId::new(claims.len() + 1);
                    claims.push(c);
                }
            }
        }
        let findings = crate::detect::detect(&claims, &sources);
        Report {
            sources,
            claims,
            findings,
        }
    }

    /// The sources, sorted by id.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("b", ""), Document::new("a", "")]);
    /// assert_eq!(r.sources()[0].id(), "a");
    /// ```
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// Every claim of every source, in source order, then text order.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "It rose 40%.")]);
    /// assert_eq!(r.claims()[0].text(), "40%");
    /// ```
    pub fn claims(&self) -> &[ReportClaim] {
        &self.claims
    }

    /// The findings: conflicts first, then updates, agreements and
    /// single-source claims.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "")]);
    /// assert!(r.findings().is_empty());
    /// ```
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }
}

/// A claim's id in a report, "c" and its number, kept inline: a report
/// holds all its claims at once, and a heap string for each id cost some 30
/// bytes a claim besides the string itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ClaimId {
    len: u8,
    /// "c" and up to 20 digits (any `usize`).
    bytes: [u8; 23],
}

impl ClaimId {
    fn new(n: usize) -> ClaimId {
        let mut bytes = [0u8; 23];
        bytes[0] = b'c';
        let digits = n.checked_ilog10().unwrap_or(0) as usize + 1;
        let mut rest = n;
        for k in (1..=digits).rev() {
            // `rest % 10` is a digit.
            bytes[k] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        ClaimId {
            len: (digits + 1) as u8,
            bytes,
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(self.bytes.get(..usize::from(self.len)).unwrap_or(&[])).unwrap_or("")
    }
}

/// Where the lines of a text start, to turn byte offsets into line and
/// column numbers without rescanning the text for every claim.
///
/// Columns count characters, which needs a pass over the line up to the
/// offset. The index remembers the last offset it was asked about and its
/// column, and counts on from there when the next offset lies further along
/// the same line: claims come in text order, so a very long line is read
/// once, not once per claim.
#[derive(Debug)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
    /// The last offset asked about and its 0-based column.
    last: (usize, usize),
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            starts,
            last: (0, 0),
        }
    }

    /// 1-based line and column (in characters) of byte `pos`.
    pub(crate) fn line_column(&mut self, text: &str, pos: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= pos).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let (from, before) = match self.last {
            (at, column) if start <= at && at <= pos => (at, column),
            _ => (start, 0),
        };
        match text.get(from..pos) {
            Some(s) => {
                let column = before + s.chars().count();
                self.last = (pos, column);
                (line, column + 1)
            }
            None => (line, 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    /// Line and column of `pos` the slow way.
    fn reference(text: &str, pos: usize) -> (usize, usize) {
        let before = text.get(..pos).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[start..].chars().count() + 1)
    }

    #[test]
    fn claim_ids() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(super::ClaimId::new(n).as_str(), format!("c{n}"));
        }
    }

    #[test]
    fn line_column_in_any_order() {
        let text = "Zürich, «one»\nsecond line — 22 people\n\nlast é line";
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        // In order (the cursor counts on), backwards and in a stride that
        // jumps between lines (the cursor starts over).
        let mut orders = vec![offsets.clone(), offsets.iter().rev().copied().collect()];
        orders.push(
            offsets
                .iter()
                .step_by(7)
                .chain(offsets.iter().step_by(3))
                .copied()
                .collect(),
        );
        for order in orders {
            let mut index = LineIndex::new(text);
            for pos in order {
                assert_eq!(
                    index.line_column(text, pos),
                    reference(text, pos),
                    "at {pos}"
                );
            }
        }
        // An offset inside a character.
        let mut index = LineIndex::new(text);
        assert_eq!(index.line_column(text, 2), (1, 1));
    }
}
