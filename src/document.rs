//! Documents: an article's text with its id and publication date.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use jiff::civil::{Date, DateTime};
use serde::{Serialize, Serializer};

use crate::error::Error;

/// When a document was published: a date, or a date and time.
///
/// It is the reference for relative expressions ("on Tuesday", "two months
/// ago"). Parse it from `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`.
///
/// # Example
///
/// ```
/// use corroborate::Published;
///
/// let day: Published = "2025-09-04".parse()?;
/// assert_eq!(day.to_string(), "2025-09-04");
/// let at: Published = "2018-10-17T12:00:00".parse()?;
/// assert_eq!(at.date().to_string(), "2018-10-17");
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Published {
    /// Only the day is known.
    Date(Date),
    /// The day and the time of day are known.
    DateTime(DateTime),
}

impl Published {
    /// The day of publication.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Published;
    /// let p: Published = "2025-09-04T08:30".parse()?;
    /// assert_eq!(p.date().to_string(), "2025-09-04");
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn date(self) -> Date {
        match self {
            Published::Date(d) => d,
            Published::DateTime(dt) => dt.date(),
        }
    }

    /// The moment of publication (midnight when only the day is known).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Published;
    /// let p: Published = "2025-09-04".parse()?;
    /// assert_eq!(p.datetime().to_string(), "2025-09-04T00:00:00");
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn datetime(self) -> DateTime {
        match self {
            Published::Date(d) => d.to_datetime(jiff::civil::Time::midnight()),
            Published::DateTime(dt) => dt,
        }
    }
}

impl FromStr for Published {
    type Err = Error;

    fn from_str(s: &str) -> Result<Published, Error> {
        let t = s.trim();
        let bad = || Error::date(s);
        if t.len() == 10 {
            return t.parse::<Date>().map(Published::Date).map_err(|_| bad());
        }
        // Accept a trailing zone designator ("Z", "+00:00") by ignoring it:
        // the civil time as written is what the article's reader saw.
        let civil = t
            .strip_suffix('Z')
            .or_else(|| {
                let b = t.as_bytes();
                let n = b.len();
                (n > 19 && matches!(b[n - 6], b'+' | b'-') && b[n - 3] == b':').then(|| &t[..n - 6])
            })
            .unwrap_or(t);
        if civil.len() < 16 || !civil.is_char_boundary(10) || civil.as_bytes()[10] != b'T' {
            return Err(bad());
        }
        civil
            .parse::<DateTime>()
            .map(Published::DateTime)
            .map_err(|_| bad())
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Published::Date(d) => write!(f, "{d}"),
            Published::DateTime(dt) => write!(f, "{}", dt.strftime("%Y-%m-%dT%H:%M:%S")),
        }
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One article: an id, its text, and what is known about it.
///
/// # Example
///
/// ```
/// use corroborate::Document;
///
/// let doc = Document::new("bbc-1", "About 30 leaders met on Thursday.")
///     .with_published("2025-09-04".parse()?)
///     .with_outlet("BBC");
/// assert_eq!(doc.id(), "bbc-1");
/// assert_eq!(doc.published().unwrap().to_string(), "2025-09-04");
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    // Shared, so that cloning a document and the claims of a report that
    // point into its text never copy the text.
    id: Arc<str>,
    text: Arc<str>,
    published: Option<Published>,
    outlet: Option<String>,
    title: Option<String>,
}

impl Document {
    /// A document with an id and its text.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// let doc = Document::new("a", "text");
    /// assert_eq!(doc.text(), "text");
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: Arc::from(id.into()),
            text: Arc::from(text.into()),
            published: None,
            outlet: None,
            title: None,
        }
    }

    /// The id and text, shared (for the claims of a report).
    pub(crate) fn shared(&self) -> (Arc<str>, Arc<str>) {
        (Arc::clone(&self.id), Arc::clone(&self.text))
    }

    /// Sets the publication date, the reference for relative dates.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// let doc = Document::new("a", "It happened on Tuesday.").with_published("2025-09-04".parse()?);
    /// assert!(doc.published().is_some());
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn with_published(mut self, published: Published) -> Document {
        self.published = Some(published);
        self
    }

    /// Sets (or clears) the publication date.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// let doc = Document::new("a", "text").with_published_opt(None);
    /// assert!(doc.published().is_none());
    /// ```
    pub fn with_published_opt(mut self, published: Option<Published>) -> Document {
        self.published = published;
        self
    }

    /// Sets the outlet that published the document.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// assert_eq!(Document::new("a", "").with_outlet("Reuters").outlet(), Some("Reuters"));
    /// ```
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Document {
        self.outlet = Some(outlet.into());
        self
    }

    /// Sets the document's title.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// assert_eq!(Document::new("a", "").with_title("Summit").title(), Some("Summit"));
    /// ```
    pub fn with_title(mut self, title: impl Into<String>) -> Document {
        self.title = Some(title.into());
        self
    }

    /// The document's id.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// assert_eq!(Document::new("a", "").id(), "a");
    /// ```
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The document's text, which every claim's span indexes.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// assert_eq!(Document::new("a", "xyz").text(), "xyz");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The publication date, when known.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// assert!(Document::new("a", "").published().is_none());
    /// ```
    pub fn published(&self) -> Option<Published> {
        self.published
    }

    /// The outlet, when known.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// assert!(Document::new("a", "").outlet().is_none());
    /// ```
    pub fn outlet(&self) -> Option<&str> {
        self.outlet.as_deref()
    }

    /// The title, when known.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Document;
    /// assert!(Document::new("a", "").title().is_none());
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }
}
