//! Byte spans into the caller's text.

use serde::Serialize;

/// A half-open range of byte offsets `start..end` into a document's text.
///
/// Every result of this crate points back into the text it was given with a
/// `Span`: normalization never moves offsets, so `&text[span.range()]` is
/// always the exact text a claim was read from.
///
/// # Example
///
/// ```
/// use corroborate::Span;
///
/// let text = "About 30 leaders";
/// let span = Span::new(6, 8);
/// assert_eq!(&text[span.range()], "30");
/// assert_eq!(span.len(), 2);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert_eq!(Span::new(5, 2), Span::new(2, 5));
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// The span as a `Range`, for slicing.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert_eq!(&"abcdef"[Span::new(1, 3).range()], "bc");
    /// ```
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Number of bytes in the span.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert_eq!(Span::new(3, 7).len(), 4);
    /// ```
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert!(Span::new(3, 3).is_empty());
    /// ```
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert!(Span::new(0, 4).overlaps(Span::new(3, 6)));
    /// assert!(!Span::new(0, 3).overlaps(Span::new(3, 6)));
    /// ```
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies inside this span.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// ```
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert_eq!(Span::new(0, 2).cover(Span::new(5, 7)), Span::new(0, 7));
    /// ```
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span moved `by` bytes to the right.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Span;
    /// assert_eq!(Span::new(1, 2).shift(10), Span::new(11, 12));
    /// ```
    pub fn shift(self, by: usize) -> Span {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
