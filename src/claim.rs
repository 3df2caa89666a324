//! Claims: what a text asserts, normalized.
//!
//! A [`Claim`] is one assertion read out of a document: a quantity with the
//! thing it counts, an amount of money, a percentage, a measure, a date, a
//! weekday, a duration or a quotation, with the byte [`Span`] it was read
//! from, its [`Qualifier`] ("about", "more than"), the interval of values it
//! asserts, its [`Subject`] and its [`Attribution`].
//!
//! # Qualifiers as intervals
//!
//! Every numeric claim carries the closed interval `[low, high]` it asserts,
//! so that "about 30" and "35" can be compared by overlap. The widths are a
//! [`Policy`], set with [`CheckerBuilder`](crate::CheckerBuilder):
//!
//! | qualifier | words | interval for `n` (default policy) |
//! |---|---|---|
//! | exact | "35" | `n` widened by its implied precision (below) |
//! | about | about, around, roughly, some, approximately, an estimated | `n ± 10%` |
//! | nearly | nearly, almost, close to, just under | `[n − 10%, n]` |
//! | more_than | more than, over, upwards of, -plus | `(n, ∞)` (held as `[n, ∞]`) |
//! | at_least | at least, no fewer than | `[n, ∞]` |
//! | at_most | up to, as many as, at most | `[0, n]` |
//! | less_than | fewer than, less than, under | `[0, n)` |
//! | range | "20-30", "between 20 and 30" | `[20, 30]` |
//! | vague | several, dozens, hundreds | `[3, 9]`, `[24, 99]`, `[200, 999]` |
//!
//! An exact round number implies a precision: by default a figure with
//! trailing zeros in its significant digits ("1.5 million", "30,000") is
//! read to half a unit of its last significant digit, so "1.5 million"
//! asserts `[1.45 million, 1.55 million]` and agrees with 1,480,000, while
//! a small count ("35") is exact. The implied precision is capped at 5% of
//! the figure (`Policy::round_max`), so "£1 billion" asserts
//! `[£0.95bn, £1.05bn]`, not half a billion either way. Measures and
//! lengths of time are compared to half a unit of their last digit as
//! written (a length to at most 5% of it): "nine months" holds 286 days,
//! "286 days" never 288, "a week" never four days; an age is exact.

use std::fmt;

use jiff::civil::{Date, Weekday};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::span::Span;

/// What a claim is about: the closed set of claim kinds.
///
/// # Example
///
/// ```
/// use corroborate::ClaimKind;
/// assert_eq!(ClaimKind::Count.as_str(), "count");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ClaimKind {
    /// A count of things: "26 countries".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "Leaders from 35 countries took part.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "35 countries");
    /// # Ok::<(), &str>(())
    /// ```
    Count,
    /// A bare number with nothing counted: "two hundred".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "The second of two hundred.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Number).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "two hundred");
    /// # Ok::<(), &str>(())
    /// ```
    Number,
    /// An amount of money: "£1 billion".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "It cost £1 billion.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Money).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "£1 billion");
    /// # Ok::<(), &str>(())
    /// ```
    Money,
    /// A percentage or percentage points: "40%".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "Turnout was 40%.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Percent).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "40%");
    /// # Ok::<(), &str>(())
    /// ```
    Percent,
    /// A measure with a unit: "55 km", "-5°C", "magnitude 6.1".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "The quake struck 55 km away.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Measure).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "55 km");
    /// # Ok::<(), &str>(())
    /// ```
    Measure,
    /// An age: "aged 17", "a 17-year-old".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "A boy aged 17 died.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Age).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "aged 17");
    /// # Ok::<(), &str>(())
    /// ```
    Age,
    /// A rank: "third", "26th".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "It was the third summit.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Ordinal).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "third");
    /// # Ok::<(), &str>(())
    /// ```
    Ordinal,
    /// A calendar date at day grain or finer: "September 4, 2025".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "The talks began on September 4, 2025.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Date).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "on September 4, 2025");
    /// # Ok::<(), &str>(())
    /// ```
    Date,
    /// A week: "last week".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "They met last week.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Week).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "last week");
    /// # Ok::<(), &str>(())
    /// ```
    Week,
    /// A weekday: "on Tuesday".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "They met on Tuesday.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Weekday).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "on Tuesday");
    /// # Ok::<(), &str>(())
    /// ```
    Weekday,
    /// A month: "in August", "August 2025".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "They met in August.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Month).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "in August");
    /// # Ok::<(), &str>(())
    /// ```
    Month,
    /// A year: "in 2014", "the 2022 invasion".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "In 2014 Russia annexed Crimea.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Year).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "In 2014");
    /// # Ok::<(), &str>(())
    /// ```
    Year,
    /// A span of calendar time: "from March 3 to March 5", "the 1990s".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "They met from March 3 to March 5, 2025.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::DateRange).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "from March 3 to March 5, 2025");
    /// # Ok::<(), &str>(())
    /// ```
    DateRange,
    /// A clock time: "19:17 GMT".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "It ended at 19:17 GMT.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Time).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "19:17 GMT");
    /// # Ok::<(), &str>(())
    /// ```
    Time,
    /// A length of time: "three days", "a four-year war".
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "It was a four-year war.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Duration).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "four-year");
    /// # Ok::<(), &str>(())
    /// ```
    Duration,
    /// A result of two sides: a match's score or a vote's tally ("beat
    /// Eastvale 3-1", "passed 309-251", "by 312 votes to 250").
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "Northport beat Eastvale 3-1 on Saturday.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Score).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "3-1");
    /// # Ok::<(), &str>(())
    /// ```
    Score,
    /// A quotation or reported statement.
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind};
    /// let text = r#""We are ready," Macron said."#;
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Quote).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "We are ready");
    /// # Ok::<(), &str>(())
    /// ```
    Quote,
}

impl ClaimKind {
    /// The kind's name as written in the JSON output.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::ClaimKind;
    /// assert_eq!(ClaimKind::DateRange.as_str(), "date_range");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Count => "count",
            ClaimKind::Number => "number",
            ClaimKind::Money => "money",
            ClaimKind::Percent => "percent",
            ClaimKind::Measure => "measure",
            ClaimKind::Age => "age",
            ClaimKind::Ordinal => "ordinal",
            ClaimKind::Date => "date",
            ClaimKind::Week => "week",
            ClaimKind::Weekday => "weekday",
            ClaimKind::Month => "month",
            ClaimKind::Year => "year",
            ClaimKind::DateRange => "date_range",
            ClaimKind::Time => "time",
            ClaimKind::Duration => "duration",
            ClaimKind::Score => "score",
            ClaimKind::Quote => "quote",
        }
    }

    /// Whether claims of this kind place something in calendar time.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::ClaimKind;
    /// assert!(ClaimKind::Weekday.is_temporal());
    /// assert!(!ClaimKind::Duration.is_temporal());
    /// ```
    pub fn is_temporal(self) -> bool {
        matches!(
            self,
            ClaimKind::Date
                | ClaimKind::Week
                | ClaimKind::Weekday
                | ClaimKind::Month
                | ClaimKind::Year
                | ClaimKind::DateRange
                | ClaimKind::Time
        )
    }
}

impl fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a figure is hedged.
///
/// A hedged figure asserts an interval, and two figures agree when their
/// intervals overlap: "about 30" is `[27, 33]`, so it agrees with 32 and
/// clashes with 35. The widths of "about" and "nearly" and the precision
/// of round figures are a [`Policy`], set with
/// [`CheckerBuilder`](crate::CheckerBuilder); each variant below says its
/// interval. The interval of a claim is its value's [`Amount`]
/// (`low`, `high`).
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Qualifier};
/// let text = "More than 35 people were hurt.";
/// let c = &Checker::new().extract_text(text, None)[0];
/// assert_eq!(c.qualifier(), Qualifier::MoreThan);
/// assert_eq!(c.qualifier().as_str(), "more_than");
/// assert!(c.value().amount().is_some_and(|a| a.contains(1000.0) && !a.contains(30.0)));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// As written: "35". A round figure of 1,000 or more implies a precision
    /// (see [`Policy::round_precision`]): "£1 billion" is read as ±5%.
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Qualifier};
    /// let text = "Leaders from 35 countries took part.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "35 countries");
    /// assert_eq!(c.qualifier(), Qualifier::Exact);
    /// assert_eq!(c.value().amount().map(|a| (a.low, a.high)), Some((35.0, 35.0)));
    /// # Ok::<(), &str>(())
    /// ```
    #[default]
    Exact,
    /// about, around, roughly, some, approximately, an estimated:
    /// `[n(1 − about), n(1 + about)]` with [`Policy::about`] (0.1 by default).
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Qualifier};
    /// let text = "About 30 leaders took part.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "About 30 leaders");
    /// assert_eq!(c.qualifier(), Qualifier::About);
    /// assert_eq!(c.value().amount().map(|a| (a.low, a.high)), Some((27.0, 33.0)));
    /// # Ok::<(), &str>(())
    /// ```
    About,
    /// nearly, almost, close to, just under: `[n(1 − nearly), n]` with
    /// [`Policy::nearly`] (0.1 by default).
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Qualifier};
    /// let text = "The fire burned nearly 40 homes.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "nearly 40 homes");
    /// assert_eq!(c.qualifier(), Qualifier::Nearly);
    /// assert_eq!(c.value().amount().map(|a| (a.low, a.high)), Some((36.0, 40.0)));
    /// # Ok::<(), &str>(())
    /// ```
    Nearly,
    /// more than, over, upwards of, "-plus": `[n, ∞]`.
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Qualifier};
    /// let text = "More than 35 people were hurt.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "More than 35 people");
    /// assert_eq!(c.qualifier(), Qualifier::MoreThan);
    /// assert_eq!(c.value().amount().map(|a| (a.low, a.high)), Some((35.0, f64::INFINITY)));
    /// # Ok::<(), &str>(())
    /// ```
    MoreThan,
    /// at least, no fewer than: `[n, ∞]`.
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Qualifier};
    /// let text = "The storm killed at least 22 people.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "at least 22 people");
    /// assert_eq!(c.qualifier(), Qualifier::AtLeast);
    /// assert_eq!(c.value().amount().map(|a| (a.low, a.high)), Some((22.0, f64::INFINITY)));
    /// # Ok::<(), &str>(())
    /// ```
    AtLeast,
    /// up to, as many as, at most: `[0, n]`.
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Qualifier};
    /// let text = "Up to 40 people were hurt.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "Up to 40 people");
    /// assert_eq!(c.qualifier(), Qualifier::AtMost);
    /// assert_eq!(c.value().amount().map(|a| (a.low, a.high)), Some((0.0, 40.0)));
    /// # Ok::<(), &str>(())
    /// ```
    AtMost,
    /// fewer than, less than, under: `[0, n]`.
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Qualifier};
    /// let text = "Fewer than 10 people were hurt.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "Fewer than 10 people");
    /// assert_eq!(c.qualifier(), Qualifier::LessThan);
    /// assert_eq!(c.value().amount().map(|a| (a.low, a.high)), Some((0.0, 10.0)));
    /// # Ok::<(), &str>(())
    /// ```
    LessThan,
    /// A range: "20-30", "between 20 and 30": its bounds, a scale applied
    /// to both ("between £20 and £30 million").
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Qualifier};
    /// let text = "Between 20 and 30 people were hurt.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "Between 20 and 30 people");
    /// assert_eq!(c.qualifier(), Qualifier::Range);
    /// assert_eq!(c.value().amount().map(|a| (a.low, a.high)), Some((20.0, 30.0)));
    /// # Ok::<(), &str>(())
    /// ```
    Range,
    /// A vague amount, each with its range: several `[3, 9]`, dozens
    /// `[24, 99]`, hundreds `[200, 999]`.
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Qualifier};
    /// let text = "Dozens of people were hurt.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = claims.iter().find(|c| c.kind() == ClaimKind::Count).ok_or("no claim")?;
    /// assert_eq!(c.text(text), "Dozens of people");
    /// assert_eq!(c.qualifier(), Qualifier::Vague);
    /// assert_eq!(c.value().amount().map(|a| (a.low, a.high)), Some((24.0, 99.0)));
    /// # Ok::<(), &str>(())
    /// ```
    Vague,
}

impl Qualifier {
    /// The qualifier's name as written in the JSON output.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Qualifier;
    /// assert_eq!(Qualifier::AtLeast.as_str(), "at_least");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }

    /// Whether the figure is hedged (not exact).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Qualifier;
    /// assert!(Qualifier::About.is_hedged());
    /// assert!(!Qualifier::Exact.is_hedged());
    /// ```
    pub fn is_hedged(self) -> bool {
        self != Qualifier::Exact
    }
}

/// The widths of hedges and the precision of round numbers.
///
/// Every numeric claim asserts an interval (see [`Qualifier`] for each
/// hedge's); the policy sets the widths that are a matter of judgment.
/// All widths are relative (0.1 = 10%). Set them with
/// [`CheckerBuilder`](crate::CheckerBuilder), which checks them:
///
/// | field | default | meaning |
/// |---|---|---|
/// | [`about`](Policy::about) | 0.1 | "about 30" is `[27, 33]` |
/// | [`nearly`](Policy::nearly) | 0.1 | "nearly 40" is `[36, 40]` |
/// | [`round_precision`](Policy::round_precision) | true | "1.5 million" is `[1.45m, 1.55m]` |
/// | [`round_min`](Policy::round_min) | 1000 | below it, exact figures are exact ("30 leaders" is 30) |
/// | [`round_max`](Policy::round_max) | 0.05 | "£1 billion" is ±5%, not ±50% |
///
/// # Tolerances that are not part of the policy
///
/// When two values are too far apart to be one thing, they are not a
/// disagreement: figures more than
/// [`FIGURE_CONFLICT_RATIO`](crate::detect::FIGURE_CONFLICT_RATIO) (10)
/// times apart, dates more than
/// [`DATE_CONFLICT_GAP_DAYS`](crate::detect::DATE_CONFLICT_GAP_DAYS) (7)
/// days apart, and sources published more than
/// [`NEWS_CYCLE_DAYS`](crate::group::NEWS_CYCLE_DAYS) (7) days apart
/// with none between. Dates are compared at their own grain: a month
/// contains its days, a bare weekday must match the day's weekday. Money
/// is compared only within one currency; measures are converted to a base
/// unit of their dimension.
///
/// # Example
///
/// ```
/// use corroborate::{Policy, Qualifier};
/// let p = Policy::default();
/// assert_eq!(p.about, 0.1);
/// assert_eq!(p.interval(30.0, Qualifier::About, false), (27.0, 33.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Policy {
    /// Relative half-width of "about n": `[n(1-about), n(1+about)]`.
    pub about: f64,
    /// Relative width below n of "nearly n": `[n(1-nearly), n]`.
    pub nearly: f64,
    /// Whether an exact round figure implies a precision of half a unit of
    /// its last significant digit ("1.5 million" = [1.45m, 1.55m]).
    pub round_precision: bool,
    /// Smallest figure whose roundness implies a precision: below this,
    /// exact numbers are exact ("30 leaders" is 30).
    pub round_min: f64,
    /// Largest relative half-width a round figure's implied precision may
    /// take: "£1 billion" is read to ±5%, not ±50%.
    pub round_max: f64,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            about: 0.1,
            nearly: 0.1,
            round_precision: true,
            round_min: 1000.0,
            round_max: 0.05,
        }
    }
}

impl Policy {
    /// The interval `[low, high]` asserted by `value` under `qualifier`.
    ///
    /// `Range` and `Vague` qualifiers carry their own bounds; for them this
    /// returns `[value, value]`.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Policy, Qualifier};
    /// let p = Policy::default();
    /// assert_eq!(p.interval(30.0, Qualifier::About, false), (27.0, 33.0));
    /// assert_eq!(p.interval(35.0, Qualifier::Exact, false), (35.0, 35.0));
    /// assert_eq!(p.interval(1.5e6, Qualifier::Exact, true), (1.45e6, 1.55e6));
    /// assert_eq!(p.interval(1e9, Qualifier::Exact, true), (0.95e9, 1.05e9));
    /// ```
    pub fn interval(&self, value: f64, qualifier: Qualifier, round: bool) -> (f64, f64) {
        let a = value.abs();
        let (low, high) = match qualifier {
            Qualifier::Exact => {
                if round && self.round_precision && a >= self.round_min {
                    let h = half_unit_of_last_digit(value).min(a * self.round_max);
                    (value - h, value + h)
                } else {
                    (value, value)
                }
            }
            Qualifier::About => (value - a * self.about, value + a * self.about),
            Qualifier::Nearly => (value - a * self.nearly, value),
            Qualifier::MoreThan | Qualifier::AtLeast => (value, f64::INFINITY),
            Qualifier::AtMost | Qualifier::LessThan => (value.min(0.0), value),
            Qualifier::Range | Qualifier::Vague => (value, value),
        };
        (round6(low), round6(high))
    }
}

/// Rounds away floating-point noise (27.000000000000004 → 27).
pub(crate) fn round6(x: f64) -> f64 {
    if !x.is_finite() || x.abs() >= 1e15 {
        return x;
    }
    let scale = 1e6;
    let r = (x * scale).round() / scale;
    if r == 0.0 { 0.0 } else { r }
}

/// Half a unit of the last non-zero significant digit of an integer-valued
/// figure: 1_500_000 → 50_000; 30_000 → 5_000; 1234 → 0.5.
fn half_unit_of_last_digit(value: f64) -> f64 {
    let mut a = value.abs();
    if a.fract() != 0.0 || a < 1.0 {
        return 0.0;
    }
    let mut unit = 1.0;
    while a >= 10.0 && (a % 10.0) == 0.0 {
        a /= 10.0;
        unit *= 10.0;
    }
    if unit == 1.0 { 0.0 } else { unit / 2.0 }
}

/// A figure: the number as written and the closed interval it asserts.
///
/// `low` may be `-∞` and `high` `+∞` ("more than 35" is `[35, ∞]`); the
/// JSON output writes an infinite bound as `null`.
///
/// # Example
///
/// ```
/// use corroborate::Amount;
/// let a = Amount::exact(35.0);
/// assert!(a.contains(35.0));
/// assert!(!a.overlaps(&Amount::new(30.0, 27.0, 33.0)));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Amount {
    /// The figure as written (for a range, its lower end); NaN for a vague
    /// amount with no figure ("several days", "for years"), whose
    /// interval is `low..=high`. Two vague amounts with one interval are
    /// equal (so a report equals itself; see `PartialEq`).
    pub value: f64,
    /// Lowest value asserted.
    pub low: f64,
    /// Highest value asserted.
    pub high: f64,
}

/// Equal figures and intervals; two vague amounts (no figure: NaN) are
/// equal when their intervals are, so that extracting the same text twice
/// gives equal claims.
///
/// # Example
///
/// ```
/// use corroborate::Amount;
/// let days = || Amount::new(f64::NAN, 2.0, 9.0);
/// assert_eq!(days(), days());
/// assert_ne!(days(), Amount::new(2.0, 2.0, 9.0));
/// ```
impl PartialEq for Amount {
    fn eq(&self, other: &Amount) -> bool {
        let value = self.value == other.value || self.value.is_nan() && other.value.is_nan();
        value && self.low == other.low && self.high == other.high
    }
}

impl Amount {
    /// An amount with an interval (bounds swapped if given in reverse).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Amount;
    /// let a = Amount::new(30.0, 33.0, 27.0);
    /// assert_eq!((a.low, a.high), (27.0, 33.0));
    /// ```
    pub fn new(value: f64, low: f64, high: f64) -> Amount {
        if low <= high {
            Amount { value, low, high }
        } else {
            Amount {
                value,
                low: high,
                high: low,
            }
        }
    }

    /// An exact amount.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Amount;
    /// assert_eq!(Amount::exact(2.0).high, 2.0);
    /// ```
    pub fn exact(value: f64) -> Amount {
        Amount {
            value,
            low: value,
            high: value,
        }
    }

    /// Whether `x` lies in the asserted interval.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Amount;
    /// assert!(Amount::new(30.0, 27.0, 33.0).contains(33.0));
    /// ```
    pub fn contains(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }

    /// Whether the two asserted intervals share a value.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Amount;
    /// assert!(Amount::new(30.0, 27.0, 33.0).overlaps(&Amount::exact(33.0)));
    /// ```
    pub fn overlaps(&self, other: &Amount) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    /// The amount multiplied by `k` (bounds kept in order).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Amount;
    /// assert_eq!(Amount::exact(2.0).scale(1000.0).value, 2000.0);
    /// ```
    pub fn scale(&self, k: f64) -> Amount {
        Amount::new(
            round6(self.value * k),
            round6(self.low * k),
            round6(self.high * k),
        )
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("value", &finite(self.value))?;
        m.serialize_entry("low", &finite(self.low))?;
        m.serialize_entry("high", &finite(self.high))?;
        m.end()
    }
}

/// A finite float, or `None` (JSON `null`) for an infinite or NaN one.
pub(crate) fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// A currency, by ISO 4217 code.
///
/// # Example
///
/// ```
/// use corroborate::Currency;
/// let gbp = Currency::from_code("GBP").unwrap();
/// assert_eq!(gbp.name(), "pound");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: &'static str,
    name: &'static str,
}

impl Currency {
    pub(crate) const fn new(code: &'static str, name: &'static str) -> Currency {
        Currency { code, name }
    }

    /// The currency with this ISO 4217 code, if the crate knows it.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Currency;
    /// assert_eq!(Currency::from_code("usd").unwrap().code(), "USD");
    /// assert!(Currency::from_code("XYZ").is_none());
    /// ```
    pub fn from_code(code: &str) -> Option<Currency> {
        crate::extract::lexicon::currency_by_code(code)
    }

    /// The ISO 4217 code ("GBP").
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Currency;
    /// assert_eq!(Currency::from_code("EUR").unwrap().code(), "EUR");
    /// ```
    pub fn code(self) -> &'static str {
        self.code
    }

    /// The English name of the unit ("pound", "dollar").
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Currency;
    /// assert_eq!(Currency::from_code("EUR").unwrap().name(), "euro");
    /// ```
    pub fn name(self) -> &'static str {
        self.name
    }
}

/// What a unit measures; values of one dimension convert to each other.
///
/// # Example
///
/// ```
/// use corroborate::Dimension;
/// assert_eq!(Dimension::Length.as_str(), "length");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Dimension {
    /// Metres, miles, feet...
    Length,
    /// Square metres, hectares, acres...
    Area,
    /// Litres, gallons, barrels...
    Volume,
    /// Kilograms, tonnes, pounds...
    Mass,
    /// Kelvin-based: °C, °F; or bare degrees whose scale is not written
    /// (unit `°`, compared only with one another).
    Temperature,
    /// Seconds, minutes, years...
    Time,
    /// Metres per second, km/h, mph...
    Speed,
    /// Bits, bytes...
    Information,
    /// Watts...
    Power,
    /// Joules, kWh...
    Energy,
    /// Degrees, radians.
    Angle,
    /// Earthquake magnitude (not convertible).
    Magnitude,
    /// Percentage points.
    PercentagePoint,
    /// Mass per volume: µg/m³, mg/L (what air and water pollution is
    /// measured in).
    Concentration,
    /// Parts per million or billion: ppm, ppb.
    PartsPer,
    /// Anything else (not convertible).
    Other,
}

impl Dimension {
    /// The dimension's name as written in the JSON output.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Dimension;
    /// assert_eq!(Dimension::Mass.as_str(), "mass");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Length => "length",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Mass => "mass",
            Dimension::Temperature => "temperature",
            Dimension::Time => "time",
            Dimension::Speed => "speed",
            Dimension::Information => "information",
            Dimension::Power => "power",
            Dimension::Energy => "energy",
            Dimension::Angle => "angle",
            Dimension::Magnitude => "magnitude",
            Dimension::PercentagePoint => "percentage_point",
            Dimension::Concentration => "concentration",
            Dimension::PartsPer => "parts_per",
            Dimension::Other => "other",
        }
    }
}

/// A unit of measure, from the crate's unit table.
///
/// A value `v` in this unit is `v * factor + offset` in the dimension's base
/// unit (metre, square metre, litre, kilogram, kelvin, second, m/s, byte,
/// watt, joule, degree, kg/m³, one part in one).
///
/// # Example
///
/// ```
/// use corroborate::Unit;
/// let km = Unit::from_symbol("km").unwrap();
/// let mi = Unit::from_symbol("mi").unwrap();
/// assert_eq!(km.name(), "kilometer");
/// assert!((km.to_base(55.0) - mi.to_base(34.18)).abs() < 10.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unit {
    pub(crate) symbol: &'static str,
    pub(crate) name: &'static str,
    pub(crate) dimension: Dimension,
    pub(crate) factor: f64,
    pub(crate) offset: f64,
}

impl Unit {
    /// The unit with this symbol ("km", "°C", "lb"), if the crate knows it.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Unit;
    /// assert_eq!(Unit::from_symbol("kg").unwrap().name(), "kilogram");
    /// ```
    pub fn from_symbol(symbol: &str) -> Option<Unit> {
        crate::extract::lexicon::unit_by_symbol(symbol)
    }

    /// Short symbol ("km").
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Unit;
    /// assert_eq!(Unit::from_symbol("km").unwrap().symbol(), "km");
    /// ```
    pub fn symbol(&self) -> &'static str {
        self.symbol
    }

    /// Singular English name ("kilometer").
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Unit;
    /// assert_eq!(Unit::from_symbol("mi").unwrap().name(), "mile");
    /// ```
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// What the unit measures.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Dimension, Unit};
    /// assert_eq!(Unit::from_symbol("mi").unwrap().dimension(), Dimension::Length);
    /// ```
    pub fn dimension(&self) -> Dimension {
        self.dimension
    }

    /// `v` in this unit, converted to the dimension's base unit.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Unit;
    /// assert_eq!(Unit::from_symbol("km").unwrap().to_base(2.0), 2000.0);
    /// ```
    pub fn to_base(&self, v: f64) -> f64 {
        v * self.factor + self.offset
    }

    /// Whether values in the two units can be compared after conversion.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Unit;
    /// let (km, kg) = (Unit::from_symbol("km").unwrap(), Unit::from_symbol("kg").unwrap());
    /// assert!(!km.converts_to(&kg));
    /// ```
    ///
    /// A temperature in bare degrees, its scale not written ("reached 40
    /// degrees"), converts only to another such: 40 degrees may be Celsius
    /// or Fahrenheit.
    pub fn converts_to(&self, other: &Unit) -> bool {
        if self.is_unscaled() || other.is_unscaled() {
            return self == other;
        }
        self.dimension == other.dimension
            && (self.symbol == other.symbol
                || !matches!(self.dimension, Dimension::Other | Dimension::Magnitude))
    }

    /// Whether this is a temperature in degrees of a scale not written.
    pub(crate) fn is_unscaled(&self) -> bool {
        self.dimension == Dimension::Temperature && self.symbol == "°"
    }
}

/// The grain of a calendar period.
///
/// # Example
///
/// ```
/// use corroborate::Grain;
/// assert!(Grain::Day < Grain::Month);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Grain {
    /// One day.
    Day,
    /// An ISO week (Monday to Sunday).
    Week,
    /// A calendar month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// A calendar year.
    Year,
    /// A decade ("the 1990s").
    Decade,
}

/// A calendar period: a grain and its first day.
///
/// A period keeps the grain it was written at: "August 2025" is a month,
/// not August 1.
///
/// # Example
///
/// ```
/// use corroborate::{Grain, Period};
/// use jiff::civil::date;
///
/// let aug = Period::new(Grain::Month, date(2025, 8, 17));
/// assert_eq!(aug.to_string(), "2025-08");
/// assert!(aug.contains(&Period::new(Grain::Day, date(2025, 8, 4))));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    grain: Grain,
    start: Date,
}

impl Period {
    /// The period of `grain` that contains `day`.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Grain, Period};
    /// use jiff::civil::date;
    /// assert_eq!(Period::new(Grain::Year, date(2022, 2, 24)).to_string(), "2022");
    /// ```
    pub fn new(grain: Grain, day: Date) -> Period {
        let start = match grain {
            Grain::Day => day,
            Grain::Week => {
                let back = i64::from(day.weekday().to_monday_zero_offset());
                day.checked_sub(jiff::Span::new().days(back)).unwrap_or(day)
            }
            Grain::Month => day.first_of_month(),
            Grain::Quarter => {
                let m = (day.month() - 1) / 3 * 3 + 1;
                Date::new(day.year(), m, 1).unwrap_or(day)
            }
            Grain::Year => day.first_of_year(),
            Grain::Decade => Date::new(day.year() - day.year().rem_euclid(10), 1, 1).unwrap_or(day),
        };
        Period { grain, start }
    }

    /// The day at `year`-`month`-`day`, if it exists.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Period;
    /// assert!(Period::day(2025, 2, 30).is_none());
    /// assert_eq!(Period::day(2025, 9, 4).unwrap().to_string(), "2025-09-04");
    /// ```
    pub fn day(year: i16, month: i8, day: i8) -> Option<Period> {
        Date::new(year, month, day).ok().map(|d| Period {
            grain: Grain::Day,
            start: d,
        })
    }

    /// The month `year`-`month`, if it exists.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Period;
    /// assert_eq!(Period::month(2025, 8).unwrap().to_string(), "2025-08");
    /// ```
    pub fn month(year: i16, month: i8) -> Option<Period> {
        Date::new(year, month, 1).ok().map(|d| Period {
            grain: Grain::Month,
            start: d,
        })
    }

    /// The year, if jiff supports it.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Period;
    /// assert_eq!(Period::year(2014).unwrap().to_string(), "2014");
    /// ```
    pub fn year(year: i16) -> Option<Period> {
        Date::new(year, 1, 1).ok().map(|d| Period {
            grain: Grain::Year,
            start: d,
        })
    }

    /// The period's grain.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Grain, Period};
    /// assert_eq!(Period::year(2014).unwrap().grain(), Grain::Year);
    /// ```
    pub fn grain(&self) -> Grain {
        self.grain
    }

    /// The first day of the period.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Period;
    /// assert_eq!(Period::month(2025, 8).unwrap().first().to_string(), "2025-08-01");
    /// ```
    pub fn first(&self) -> Date {
        self.start
    }

    /// The last day of the period.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Period;
    /// assert_eq!(Period::month(2024, 2).unwrap().last().to_string(), "2024-02-29");
    /// ```
    pub fn last(&self) -> Date {
        let s = self.start;
        let d = match self.grain {
            Grain::Day => Some(s),
            Grain::Week => s.checked_add(jiff::Span::new().days(6)).ok(),
            Grain::Month => Some(s.last_of_month()),
            Grain::Quarter => s
                .checked_add(jiff::Span::new().months(2))
                .ok()
                .map(|d| d.last_of_month()),
            Grain::Year => Some(s.last_of_year()),
            Grain::Decade => Date::new(s.year().saturating_add(9), 12, 31).ok(),
        };
        d.unwrap_or(s)
    }

    /// Whether `other` lies wholly inside this period.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Period;
    /// let sep = Period::month(2025, 9).unwrap();
    /// assert!(sep.contains(&Period::day(2025, 9, 4).unwrap()));
    /// ```
    pub fn contains(&self, other: &Period) -> bool {
        self.first() <= other.first() && other.last() <= self.last()
    }

    /// Whether the two periods share a day.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Period;
    /// let y = Period::year(2025).unwrap();
    /// assert!(y.overlaps(&Period::month(2025, 9).unwrap()));
    /// ```
    pub fn overlaps(&self, other: &Period) -> bool {
        self.first() <= other.last() && other.first() <= self.last()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.start;
        match self.grain {
            Grain::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Grain::Week => {
                let w = d.iso_week_date();
                write!(f, "{:04}-W{:02}", w.year(), w.week())
            }
            Grain::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            Grain::Quarter => write!(f, "{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
            Grain::Year => write!(f, "{:04}", d.year()),
            Grain::Decade => write!(f, "{:03}", d.year() / 10),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Lower-case English name of a weekday ("tuesday").
///
/// # Example
///
/// ```
/// use jiff::civil::Weekday;
/// assert_eq!(corroborate::weekday_name(Weekday::Tuesday), "tuesday");
/// ```
pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
    }
}

/// Lower-case English name of a month, 1 to 12 ("august").
///
/// # Example
///
/// ```
/// assert_eq!(corroborate::month_name(8), Some("august"));
/// assert_eq!(corroborate::month_name(13), None);
/// ```
pub fn month_name(m: i8) -> Option<&'static str> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    usize::try_from(m)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| NAMES.get(i).copied())
}

/// A time of day as written ("19:17 GMT", "7:37 a.m. local time").
///
/// # Example
///
/// ```
/// use corroborate::ClockTime;
/// let t = ClockTime { hour: 19, minute: 17, second: 0, zone: Some("GMT".into()) };
/// assert_eq!(t.to_string(), "19:17 GMT");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClockTime {
    /// Hour, 0 to 23.
    pub hour: i8,
    /// Minute, 0 to 59.
    pub minute: i8,
    /// Second, 0 to 59.
    pub second: i8,
    /// The zone as written ("GMT", "local time"), when given.
    pub zone: Option<String>,
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        if self.second != 0 {
            write!(f, ":{:02}", self.second)?;
        }
        if let Some(z) = &self.zone {
            write!(f, " {z}")?;
        }
        Ok(())
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("clock", &format!("{:02}:{:02}", self.hour, self.minute))?;
        if let Some(z) = &self.zone {
            m.serialize_entry("zone", z)?;
        }
        m.end()
    }
}

/// When something happened, as a date-like claim says.
///
/// `timex` is the TIMEX3 value (the TimeML standard): `2025-09-04`,
/// `XXXX-08` (August of an unknown year), `XXXX-WXX-2` (a Tuesday),
/// `PAST_REF`. `period` is the calendar period it resolves to, when the
/// text or the publication date pins it down.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, ClaimKind, Document, Value};
///
/// let doc = Document::new("a", "They met on Tuesday.").with_published("2025-09-04".parse()?);
/// let claims = Checker::new().extract(&doc);
/// let c = claims.iter().find(|c| c.kind() == ClaimKind::Weekday).unwrap();
/// let Value::Date(when) = c.value() else { panic!() };
/// assert_eq!(when.period.unwrap().to_string(), "2025-09-02");
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct When {
    /// The TIMEX3 value.
    pub timex: String,
    /// The calendar period, when known.
    pub period: Option<Period>,
    /// The end of a date range (inclusive), when the claim is a range.
    pub until: Option<Period>,
    /// The weekday written in the text, if any.
    pub weekday: Option<Weekday>,
    /// The month written in the text (1 to 12), if any.
    pub month: Option<i8>,
    /// The time of day, if written.
    pub time: Option<ClockTime>,
    /// Whether the expression is relative to the publication date
    /// ("yesterday", "on Tuesday", "two months ago").
    pub relative: bool,
    /// Whether a weekday written beside a date does not fall on it
    /// ("Wednesday, March 4, 2025").
    pub weekday_mismatch: bool,
}

impl When {
    /// A `When` from a TIMEX3 value and a resolved period.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Period, When};
    /// let w = When::new("2025-09-04", Period::day(2025, 9, 4));
    /// assert_eq!(w.timex, "2025-09-04");
    /// ```
    pub fn new(timex: impl Into<String>, period: Option<Period>) -> When {
        When {
            timex: timex.into(),
            period,
            ..When::default()
        }
    }

    /// The weekday of the claim: as written, or of its resolved day.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Period, When};
    /// use jiff::civil::Weekday;
    /// let w = When::new("2025-09-04", Period::day(2025, 9, 4));
    /// assert_eq!(w.day_of_week(), Some(Weekday::Thursday));
    /// ```
    pub fn day_of_week(&self) -> Option<Weekday> {
        match self.period {
            Some(p) if p.grain() == Grain::Day && self.until.is_none() => Some(p.first().weekday()),
            _ => self.weekday,
        }
    }
}

impl Serialize for When {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        if let Some(p) = &self.period {
            m.serialize_entry("date", p)?;
            m.serialize_entry("grain", &p.grain())?;
        }
        if let Some(u) = &self.until {
            m.serialize_entry("until", u)?;
            if let Some(p) = &self.period {
                m.serialize_entry("start", &p.first().to_string())?;
            }
            m.serialize_entry("end", &u.last().to_string())?;
        }
        m.serialize_entry("timex", &self.timex)?;
        if let Some(w) = self.weekday {
            m.serialize_entry("weekday", weekday_name(w))?;
        }
        if let Some(name) = self.month.and_then(month_name) {
            m.serialize_entry("month", name)?;
        }
        if let Some(t) = &self.time {
            m.serialize_entry("time", t)?;
        }
        if self.relative {
            m.serialize_entry("relative", &true)?;
        }
        if self.weekday_mismatch {
            m.serialize_entry("weekday_mismatch", &true)?;
        }
        m.end()
    }
}

/// A length of time ("three days", "a four-year war").
///
/// # Example
///
/// ```
/// use corroborate::{Amount, Length};
/// let l = Length::new(Amount::exact(4.0), "Y");
/// assert_eq!(l.iso, "P4Y");
/// assert_eq!(l.seconds, Some(4.0 * 31_556_952.0));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Length {
    /// The number of units.
    pub amount: Amount,
    /// ISO 8601 unit letter: `Y`, `M` (month), `W`, `D`, `H`, `MIN`, `S`,
    /// `DE` (decade), `CE` (century).
    pub unit: &'static str,
    /// ISO 8601 duration ("P4Y", "PT90M"; decades and centuries in years,
    /// "P20Y"); "PXY" when the amount is vague.
    pub iso: String,
    /// The length in seconds (Gregorian average year and month), when the
    /// amount is known.
    pub seconds: Option<f64>,
}

impl Length {
    /// A length of `amount` units (`unit`: `Y`, `M`, `W`, `D`, `H`, `MIN`,
    /// `S`, `DE`, `CE`).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Amount, Length};
    /// assert_eq!(Length::new(Amount::exact(90.0), "MIN").iso, "PT90M");
    /// ```
    pub fn new(amount: Amount, unit: &'static str) -> Length {
        let secs_per = match unit {
            "CE" => 3_155_695_200.0,
            "DE" => 315_569_520.0,
            "Y" => 31_556_952.0,
            "M" => 2_629_746.0,
            "W" => 604_800.0,
            "D" => 86_400.0,
            "H" => 3_600.0,
            "MIN" => 60.0,
            _ => 1.0,
        };
        let v = amount.value;
        let seconds = v.is_finite().then(|| round6(v * secs_per));
        Length {
            amount,
            unit,
            iso: iso_duration(v, unit),
            seconds,
        }
    }
}

/// The ISO 8601 duration of `v` units. Decades and centuries are years
/// ("P20Y": ISO 8601 has no designator for them); a fraction stays
/// decimal on its unit ("P2.5Y", "PT1.5H"), as Recognizers-Text writes
/// it. A vague amount is TimeML's `X` ("PXY", "PTXH", "PXDE").
fn iso_duration(v: f64, unit: &str) -> String {
    let time = matches!(unit, "H" | "MIN" | "S");
    let t = if time { "T" } else { "" };
    let letter = if unit == "MIN" { "M" } else { unit };
    if !v.is_finite() {
        return format!("P{t}X{letter}");
    }
    let (v, letter) = match unit {
        "DE" => (round6(v * 10.0), "Y"),
        "CE" => (round6(v * 100.0), "Y"),
        _ => (v, letter),
    };
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("P{t}{}{letter}", v as i64)
    } else {
        format!("P{t}{v}{letter}")
    }
}

impl Serialize for Length {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("duration", &self.iso)?;
        m.serialize_entry("amount", &self.amount)?;
        m.serialize_entry("unit", &unit_word(self.unit))?;
        if let Some(sec) = self.seconds {
            m.serialize_entry("seconds", &sec)?;
        }
        m.end()
    }
}

fn unit_word(u: &str) -> &'static str {
    match u {
        "CE" => "century",
        "DE" => "decade",
        "Y" => "year",
        "M" => "month",
        "W" => "week",
        "D" => "day",
        "H" => "hour",
        "MIN" => "minute",
        _ => "second",
    }
}

/// The normalized value of a claim.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, Value};
///
/// let claims = Checker::new().extract(&Document::new("a", "The UK passed £1 billion in aid."));
/// let money = claims.iter().find_map(|c| match c.value() {
///     Value::Money { amount, currency } => Some((amount.value, currency.code())),
///     _ => None,
/// });
/// assert_eq!(money, Some((1e9, "GBP")));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// A count, bare number, ordinal or percentage.
    Number(Amount),
    /// An amount of money in one currency.
    Money {
        /// The amount.
        amount: Amount,
        /// Its currency.
        currency: Currency,
    },
    /// A measure in a unit.
    Measure {
        /// The amount, in `unit`.
        amount: Amount,
        /// The unit as written.
        unit: Unit,
    },
    /// A date, weekday, month, year, date range or time.
    Date(When),
    /// A length of time.
    Duration(Length),
    /// A result of two sides, the figures as written ("3-1": 3 and 1;
    /// "lost 2-3": 2 and 3).
    Score {
        /// The figure written first.
        first: f64,
        /// The figure written second.
        second: f64,
    },
    /// A quotation or reported statement: the claim's span covers its words.
    Quote,
}

impl Value {
    /// The numeric amount of a number, money, measure or duration.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Amount, Value};
    /// assert_eq!(Value::Number(Amount::exact(3.0)).amount().unwrap().value, 3.0);
    /// assert!(Value::Quote.amount().is_none());
    /// ```
    pub fn amount(&self) -> Option<&Amount> {
        match self {
            Value::Number(a)
            | Value::Money { amount: a, .. }
            | Value::Measure { amount: a, .. } => Some(a),
            Value::Duration(l) => Some(&l.amount),
            Value::Date(_) | Value::Score { .. } | Value::Quote => None,
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(a) => a.serialize(s),
            Value::Money { amount, currency } => {
                let mut m = s.serialize_map(None)?;
                m.serialize_entry("amount", &finite(amount.value))?;
                m.serialize_entry("low", &finite(amount.low))?;
                m.serialize_entry("high", &finite(amount.high))?;
                m.serialize_entry("currency", currency.code())?;
                m.serialize_entry("unit", currency.name())?;
                m.end()
            }
            Value::Measure { amount, unit } => {
                let mut m = s.serialize_map(None)?;
                m.serialize_entry("amount", &finite(amount.value))?;
                m.serialize_entry("low", &finite(amount.low))?;
                m.serialize_entry("high", &finite(amount.high))?;
                m.serialize_entry("unit", unit.symbol())?;
                m.serialize_entry("unit_name", unit.name())?;
                m.serialize_entry("dimension", &unit.dimension())?;
                m.end()
            }
            Value::Date(w) => w.serialize(s),
            Value::Duration(l) => l.serialize(s),
            Value::Score { first, second } => {
                let mut m = s.serialize_map(None)?;
                m.serialize_entry("first", &finite(*first))?;
                m.serialize_entry("second", &finite(*second))?;
                m.end()
            }
            Value::Quote => s.serialize_none(),
        }
    }
}

/// What a claim counts or dates, as read from the text around it.
///
/// The [`group`](crate::group) stage turns a subject into the key that
/// decides which claims across sources speak of the same thing.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document};
///
/// let claims = Checker::new().extract(&Document::new("a", "Officials said 26 countries agreed."));
/// let s = claims.iter().find_map(|c| c.subject()).unwrap();
/// assert_eq!(s.noun.as_deref(), Some("country"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[non_exhaustive]
pub struct Subject {
    /// Lemma of the counted (or dated) noun: "country".
    pub noun: Option<String>,
    /// Modifiers of the noun, lower case: ["world"] for "world leaders".
    pub modifiers: Vec<String>,
    /// The group the count is of, when the noun is what they come from:
    /// "leader" in "leaders from 35 countries".
    pub group: Option<String>,
    /// Lemma of the predicate the claim hangs on: "gather", "agree".
    pub predicate: Option<String>,
    /// Scope: place or group ("in Kerr County", "on board").
    pub scope: Option<String>,
    /// The event the claim is about ("summit", "invasion").
    pub event: Option<String>,
    /// Whether the predicate is negated ("did not agree").
    pub negated: bool,
    /// Whether the predicate is modal or expected ("could reach",
    /// "expected to attend").
    pub modal: bool,
    /// Who made the statement a date is about ("Healey" in "Healey said
    /// on Wednesday"), when the claim dates a statement.
    pub agent: Option<String>,
    /// Where the event took place, lower case, when the text names it
    /// beside the event ("paris" in "the Paris summit", "a meeting in
    /// Paris").
    pub place: Option<String>,
    /// The reporting period a figure is of, when its clause names one of a
    /// month or longer right beside it: "2025-Q3" for "net profit of $2.1
    /// billion in the third quarter", "2024" for "exports rose to 1.2
    /// million tonnes in 2024"; for a temperature read at a place, the
    /// day ("2025-06-29" for "46.6C in Castelo on Sunday"); for a market
    /// index, the day or the week ("week 2016-07-25/2016-07-31" for "the
    /// Dow lost 0.8% this week"); for a company's result named by the
    /// length of its period alone, `quarter` or `year` ("quarterly profit",
    /// "For the full year, profit was …"), which the grouping takes for
    /// the one period of that length its block names. Figures of two
    /// periods are not compared (see
    /// [`ClaimSet::blocks`](crate::group::ClaimSet::blocks)).
    pub period: Option<String>,
    /// Whether the figure is the level a rise reached: "the death toll rose
    /// to 56", "has climbed to 56". Of two tallies published on one day,
    /// the one said to have risen is the later (an update, not a
    /// conflict). Written to JSON only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub risen: bool,
    /// Whether the figure is a change down: "profit fell 20%", "cut the
    /// risk of dementia by 20%", "closed 1.2% lower". A fall is compared
    /// as a negative change, so "rose 20%" and "fell 20%" disagree.
    /// Written to JSON only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub fell: bool,
}

/// Who a claim is attributed to.
///
/// # Example
///
/// ```
/// use corroborate::Speaker;
/// let s = Speaker::Description("a White House official".into());
/// assert_eq!(s.name(), "a White House official");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Speaker {
    /// A named person.
    ///
    /// ```
    /// use corroborate::{Checker, Speaker};
    /// let text = "\"We are ready,\" said Maria Holt, the defence secretary.";
    /// let c = &Checker::new().extract_text(text, None)[0];
    /// let speaker = c.speaker().map(|a| &a.speaker);
    /// assert!(matches!(speaker, Some(Speaker::Person { name, .. }) if name == "Maria Holt"));
    /// ```
    Person {
        /// Name as best known in the document ("John Healey").
        name: String,
        /// Title, when given ("UK Defence Secretary").
        title: Option<String>,
        /// Organisation, when given ("NATO").
        organization: Option<String>,
    },
    /// A description: "a White House official", "police", "organisers".
    ///
    /// ```
    /// use corroborate::{Checker, Speaker};
    /// let c = &Checker::new().extract_text("Police said 22 people were killed.", None)[0];
    /// assert_eq!(c.speaker().map(|a| &a.speaker), Some(&Speaker::Description("Police".into())));
    /// ```
    Description(String),
    /// An outlet or agency: "Reuters", "the BBC".
    ///
    /// ```
    /// use corroborate::{Checker, Speaker};
    /// let c = &Checker::new().extract_text("Reuters reported that 22 people were killed.", None)[0];
    /// assert_eq!(c.speaker().map(|a| &a.speaker), Some(&Speaker::Outlet("Reuters".into())));
    /// ```
    Outlet(String),
}

impl Speaker {
    /// The speaker's name or description.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Speaker;
    /// assert_eq!(Speaker::Outlet("Reuters".into()).name(), "Reuters");
    /// ```
    pub fn name(&self) -> &str {
        match self {
            Speaker::Person { name, .. } => name,
            Speaker::Description(d) | Speaker::Outlet(d) => d,
        }
    }

    /// "person", "description" or "outlet".
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::Speaker;
    /// assert_eq!(Speaker::Outlet("Reuters".into()).kind(), "outlet");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Speaker::Person { .. } => "person",
            Speaker::Description(_) => "description",
            Speaker::Outlet(_) => "outlet",
        }
    }
}

impl Serialize for Speaker {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("name", self.name())?;
        m.serialize_entry("kind", self.kind())?;
        if let Speaker::Person {
            title,
            organization,
            ..
        } = self
        {
            if let Some(t) = title {
                m.serialize_entry("title", t)?;
            }
            if let Some(o) = organization {
                m.serialize_entry("organization", o)?;
            }
        }
        m.end()
    }
}

/// A claim's attribution: the speaker and where the text names them.
///
/// # Example
///
/// ```
/// use corroborate::{Attribution, Span, Speaker};
/// let a = Attribution::new(Speaker::Outlet("Reuters".into()), Span::new(0, 7));
/// assert_eq!(a.speaker.name(), "Reuters");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[non_exhaustive]
pub struct Attribution {
    /// Who.
    #[serde(flatten)]
    pub speaker: Speaker,
    /// Where the text names the speaker (for a pronoun, the pronoun).
    pub mention: Span,
    /// The speech cue ("said", "according to"), when there is one.
    pub cue: Option<Span>,
    /// The mention as written, when it differs from the speaker's name: a
    /// pronoun ("he"), a surname ("Healey"), a title ("the defence
    /// secretary").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written: Option<String>,
}

impl Attribution {
    /// An attribution to `speaker` mentioned at `mention`.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Attribution, Span, Speaker};
    /// let a = Attribution::new(Speaker::Description("police".into()), Span::new(3, 9));
    /// assert!(a.cue.is_none());
    /// ```
    pub fn new(speaker: Speaker, mention: Span) -> Attribution {
        Attribution {
            speaker,
            mention,
            cue: None,
            written: None,
        }
    }
}

/// The role a claim plays on the page.
///
/// # Example
///
/// ```
/// use corroborate::Role;
/// assert_eq!(Role::default(), Role::Event);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// A claim about the events reported.
    ///
    /// ```
    /// use corroborate::{Checker, Role};
    /// let c = &Checker::new().extract_text("Leaders met in Paris on Thursday.", None)[0];
    /// assert_eq!(c.role(), Role::Event);
    /// ```
    #[default]
    Event,
    /// A date printed at the top of the page: a candidate publication
    /// date, never compared with event dates.
    ///
    /// ```
    /// use corroborate::{Checker, Role};
    /// let text = "September 4, 2025\n\nLeaders met in Paris on Thursday.";
    /// let roles: Vec<Role> = Checker::new().extract_text(text, None).iter().map(|c| c.role()).collect();
    /// assert_eq!(roles, [Role::PageDate, Role::Event]);
    /// ```
    PageDate,
}

/// One assertion read out of a document.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, ClaimKind, Document, Qualifier};
///
/// let doc = Document::new("a", "About 30 leaders are expected to take part.");
/// let claims = Checker::new().extract(&doc);
/// let c = &claims[0];
/// assert_eq!(c.kind(), ClaimKind::Count);
/// assert_eq!(c.qualifier(), Qualifier::About);
/// assert_eq!(c.text(doc.text()), "About 30 leaders");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub(crate) span: Span,
    pub(crate) kind: ClaimKind,
    pub(crate) value: Value,
    pub(crate) qualifier: Qualifier,
    // Boxed: a report holds all its claims at once, and the boxes keep a
    // claim small (144 bytes instead of 464). The attribution is shared by
    // every claim of the sentence or quotation it covers.
    pub(crate) subject: Option<Box<Subject>>,
    pub(crate) speaker: Option<std::sync::Arc<Attribution>>,
    pub(crate) sentence: Span,
    pub(crate) role: Role,
}

impl Claim {
    /// A claim of `kind` with `value`, read from `span` (crate-internal
    /// constructor used by the extractors).
    pub(crate) fn new(kind: ClaimKind, span: Span, value: Value) -> Claim {
        Claim {
            span,
            kind,
            value,
            qualifier: Qualifier::Exact,
            subject: None,
            speaker: None,
            sentence: span,
            role: Role::Event,
        }
    }

    /// Where the claim was read, as a byte span into the document's text.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let doc = Document::new("a", "It cost $5.");
    /// let c = &Checker::new().extract(&doc)[0];
    /// assert_eq!(&doc.text()[c.span().range()], "$5");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// The claim's text: `&text[self.span()]`, or `""` if `text` is not the
    /// claim's document.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let doc = Document::new("a", "It cost $5.");
    /// assert_eq!(Checker::new().extract(&doc)[0].text(doc.text()), "$5");
    /// ```
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.range()).unwrap_or("")
    }

    /// What kind of claim it is.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, ClaimKind, Document};
    /// let c = &Checker::new().extract(&Document::new("a", "It rose 40%."))[0];
    /// assert_eq!(c.kind(), ClaimKind::Percent);
    /// ```
    pub fn kind(&self) -> ClaimKind {
        self.kind
    }

    /// The normalized value.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document, Value};
    /// let c = &Checker::new().extract(&Document::new("a", "It rose 40%."))[0];
    /// assert!(matches!(c.value(), Value::Number(a) if a.value == 40.0));
    /// ```
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// How the figure is hedged.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document, Qualifier};
    /// let c = &Checker::new().extract(&Document::new("a", "At least 50 people died."))[0];
    /// assert_eq!(c.qualifier(), Qualifier::AtLeast);
    /// ```
    pub fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// What the claim counts or dates, when known.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let c = &Checker::new().extract(&Document::new("a", "22 people died."))[0];
    /// assert_eq!(c.subject().unwrap().noun.as_deref(), Some("person"));
    /// ```
    pub fn subject(&self) -> Option<&Subject> {
        self.subject.as_deref()
    }

    /// Who the text attributes the claim to (`None`: the outlet's own voice).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let c = &Checker::new().extract(&Document::new("a", "22 people died, police said."))[0];
    /// assert_eq!(c.speaker().unwrap().speaker.name(), "police");
    /// ```
    pub fn speaker(&self) -> Option<&Attribution> {
        self.speaker.as_deref()
    }

    /// The sentence the claim was read from.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document};
    /// let doc = Document::new("a", "Hello. 22 people died.");
    /// let c = &Checker::new().extract(&doc)[0];
    /// assert_eq!(&doc.text()[c.sentence().range()], "22 people died.");
    /// ```
    pub fn sentence(&self) -> Span {
        self.sentence
    }

    /// The role the claim plays on the page.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::{Checker, Document, Role};
    /// let c = &Checker::new().extract(&Document::new("a", "22 people died."))[0];
    /// assert_eq!(c.role(), Role::Event);
    /// ```
    pub fn role(&self) -> Role {
        self.role
    }
}
