//! The facade: [`Checker`] runs every stage.

use crate::claim::{Claim, Policy};
use crate::document::{Document, Published};
use crate::error::Error;
use crate::report::Report;

/// Extracts claims from documents and checks them against each other.
///
/// `Checker::new()` uses the default [`Policy`]; [`Checker::builder`] sets
/// hedge widths and round-number precision (see [`CheckerBuilder`]). A
/// checker is cheap to clone, `Send` and `Sync`: share one across threads.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document};
///
/// let docs = [
///     Document::new("a", "About 30 leaders took part in the summit."),
///     Document::new("b", "Leaders from 35 countries took part in the summit."),
/// ];
/// let report = Checker::new().check(&docs);
/// assert_eq!(report.sources().len(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Checker {
    policy: Policy,
}

impl Checker {
    /// A checker with the default policy.
    ///
    /// # Example
    ///
    /// ```
    /// let checker = corroborate::Checker::new();
    /// assert_eq!(checker.policy().about, 0.1);
    /// ```
    pub fn new() -> Checker {
        Checker::default()
    }

    /// A builder to configure a checker.
    ///
    /// # Example
    ///
    /// ```
    /// let checker = corroborate::Checker::builder().about_width(0.2).build()?;
    /// assert_eq!(checker.policy().about, 0.2);
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn builder() -> CheckerBuilder {
        CheckerBuilder::default()
    }

    /// The hedge and precision policy in use.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(corroborate::Checker::new().policy().round_precision);
    /// ```
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The claims of one document, sorted by span.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let claims = Checker::new().extract(&Document::new("a", "26 countries agreed."));
    /// assert_eq!(claims.len(), 1);
    /// ```
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        self.extract_text(doc.text(), doc.published())
    }

    /// The claims of a text, with an optional publication date.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Checker;
    /// let claims = Checker::new().extract_text("It rose 40%.", None);
    /// assert_eq!(claims.len(), 1);
    /// ```
    pub fn extract_text(&self, text: &str, published: Option<Published>) -> Vec<Claim> {
        crate::extract::extract(text, published, &self.policy)
    }

    /// The claims of many documents, in the order of `docs`: in parallel on
    /// rayon's thread pool with the `rayon` feature (run it inside a pool of
    /// your own to choose the number of threads), one after the other
    /// without it. The result is the same either way.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let docs = [Document::new("a", "26 countries agreed."), Document::new("b", "")];
    /// let claims = Checker::new().extract_all(&docs);
    /// assert_eq!((claims[0].len(), claims[1].len()), (1, 0));
    /// ```
    pub fn extract_all(&self, docs: &[Document]) -> Vec<Vec<Claim>> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            docs.par_iter().map(|d| self.extract(d)).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            docs.iter().map(|d| self.extract(d)).collect()
        }
    }

    /// Extracts every document and reports where they agree and disagree.
    ///
    /// The report does not depend on the order of `docs`.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let report = Checker::new().check(&[Document::new("a", "22 people died.")]);
    /// assert_eq!(report.claims().len(), 1);
    /// ```
    pub fn check(&self, docs: &[Document]) -> Report {
        Report::build(self, docs)
    }
}

/// Configures a [`Checker`]: the widths of hedges and the precision of
/// round numbers (the [`Policy`]).
///
/// | method | default | what it changes |
/// |---|---|---|
/// | [`about_width`](CheckerBuilder::about_width) | 0.1 | "about n" asserts `n ± 10%` |
/// | [`nearly_width`](CheckerBuilder::nearly_width) | 0.1 | "nearly n" asserts `[n − 10%, n]` |
/// | [`round_precision`](CheckerBuilder::round_precision) | true | an exact round figure of 1,000 or more asserts half a unit of its last digit |
/// | [`round_max_width`](CheckerBuilder::round_max_width) | 0.05 | the largest relative half-width that precision may take |
///
/// "more than", "at least", "up to", "fewer than" and ranges have no width
/// to choose: see [`Qualifier`](crate::Qualifier) for every hedge's
/// interval, and [`Policy`] for the tolerances that are fixed (figures ten
/// times apart, dates a week apart).
///
/// # Example
///
/// ```
/// let checker = corroborate::Checker::builder()
///     .about_width(0.15)
///     .nearly_width(0.05)
///     .round_precision(false)
///     .build()?;
/// assert!(!checker.policy().round_precision);
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct CheckerBuilder {
    policy: Policy,
}

impl CheckerBuilder {
    /// Relative half-width of "about n" (default 0.1: `n ± 10%`).
    ///
    /// # Example
    ///
    /// ```
    /// let c = corroborate::Checker::builder().about_width(0.2).build()?;
    /// assert_eq!(c.policy().about, 0.2);
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn about_width(mut self, width: f64) -> CheckerBuilder {
        self.policy.about = width;
        self
    }

    /// Relative width below n of "nearly n" (default 0.1).
    ///
    /// # Example
    ///
    /// ```
    /// let c = corroborate::Checker::builder().nearly_width(0.05).build()?;
    /// assert_eq!(c.policy().nearly, 0.05);
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn nearly_width(mut self, width: f64) -> CheckerBuilder {
        self.policy.nearly = width;
        self
    }

    /// Whether exact round figures imply a precision (default true).
    ///
    /// # Example
    ///
    /// ```
    /// let c = corroborate::Checker::builder().round_precision(false).build()?;
    /// assert!(!c.policy().round_precision);
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn round_precision(mut self, yes: bool) -> CheckerBuilder {
        self.policy.round_precision = yes;
        self
    }

    /// Largest relative half-width of a round figure's implied precision
    /// (default 0.05).
    ///
    /// # Example
    ///
    /// ```
    /// let c = corroborate::Checker::builder().round_max_width(0.1).build()?;
    /// assert_eq!(c.policy().round_max, 0.1);
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn round_max_width(mut self, width: f64) -> CheckerBuilder {
        self.policy.round_max = width;
        self
    }

    /// Builds the checker.
    ///
    /// # Errors
    ///
    /// When a width is negative, not finite, or 1 or more.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(corroborate::Checker::builder().about_width(1.5).build().is_err());
    /// ```
    pub fn build(self) -> Result<Checker, Error> {
        for (name, w) in [
            ("about width", self.policy.about),
            ("nearly width", self.policy.nearly),
            ("round max width", self.policy.round_max),
        ] {
            if !(0.0..1.0).contains(&w) {
                return Err(Error::config(format!(
                    "{name} must be at least 0 and less than 1, found {w}"
                )));
            }
        }
        Ok(Checker {
            policy: self.policy,
        })
    }
}
