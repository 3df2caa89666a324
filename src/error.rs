//! The crate's one error type.
//!
//! Checking text never fails: odd input yields fewer claims. Only reading
//! input (files, JSON Lines, dates given by the caller) and configuration
//! can fail, and they fail with [`Error`].

/// An error from reading input or configuring a [`Checker`](crate::Checker).
///
/// The error is opaque: match on it with the `is_*` predicates, and show it
/// with `Display`, whose text names what was expected and what was found.
///
/// # Example
///
/// ```
/// use corroborate::Published;
///
/// let err = "2025-13-45".parse::<Published>().unwrap_err();
/// assert!(err.is_date());
/// assert_eq!(
///     err.to_string(),
///     "invalid publication date \"2025-13-45\": expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]",
/// );
/// ```
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct Error(#[from] Kind);

#[derive(Debug, thiserror::Error)]
pub(crate) enum Kind {
    #[error("invalid publication date {found:?}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]")]
    Date { found: String },
    #[error("invalid configuration: {0}")]
    Config(String),
}

impl Error {
    pub(crate) fn date(found: &str) -> Error {
        let found: String = found.chars().take(64).collect();
        Error(Kind::Date { found })
    }

    pub(crate) fn config(msg: impl Into<String>) -> Error {
        Error(Kind::Config(msg.into()))
    }

    /// Whether a date or date-time given as input could not be read.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Published;
    /// assert!("yesterday".parse::<Published>().unwrap_err().is_date());
    /// ```
    pub fn is_date(&self) -> bool {
        matches!(self.0, Kind::Date { .. })
    }

    /// Whether a configuration value was out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Checker;
    /// let err = Checker::builder().about_width(-1.0).build().unwrap_err();
    /// assert!(err.is_config());
    /// ```
    pub fn is_config(&self) -> bool {
        matches!(self.0, Kind::Config(_))
    }
}
