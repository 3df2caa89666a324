//! Detection: where sources agree, disagree or stand alone.

use serde::Serialize;

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
    Conflict,
    /// A figure changed over time across publications.
    Update,
    /// Two or more sources give compatible values.
    Agreement,
    /// Only one source gives a value.
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

    /// The subject key that joined the claims.
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

    /// A conflict's value clusters, one per side.
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

    /// Why the claims agree or clash, for people.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let r = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert!(!r.findings()[0].message().is_empty());
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Finds conflicts, agreements and single-source claims among `claims`.
pub(crate) fn detect(claims: &[ReportClaim], _sources: &[Source]) -> Vec<Finding> {
    claims
        .iter()
        .filter(|c| c.claim().kind() != crate::claim::ClaimKind::Quote)
        .map(|c| Finding {
            kind: FindingKind::SingleSource,
            subject: c
                .claim()
                .subject()
                .and_then(|s| s.noun.clone())
                .unwrap_or_default(),
            claims: vec![c.id().to_string()],
            groups: Vec::new(),
            message: format!("only {} gives this figure", c.source()),
        })
        .collect()
}
