//! `corroborate` reads news articles that report one event, extracts their
//! attributed claims (quantities with what they count, money, percentages,
//! measures, dates, weekdays, relative dates, quotations and reported
//! speech with their speaker), groups them by subject across sources and
//! reports where the sources agree, disagree or stand alone.
//!
//! ```
//! use corroborate::{Checker, ClaimKind, Document, Qualifier};
//!
//! let doc = Document::new("bbc", "About 30 leaders are expected to take part, he said.");
//! let claims = Checker::new().extract(&doc);
//! let c = &claims[0];
//! assert_eq!(c.kind(), ClaimKind::Count);
//! assert_eq!(c.qualifier(), Qualifier::About);
//! assert_eq!(c.text(doc.text()), "About 30 leaders");
//! ```
//!
//! # Overview
//!
//! - [`Document`]: an article's id, text and publication date.
//! - [`Checker`]: extracts [`Claim`]s from documents and checks them
//!   against each other into a [`Report`].
//! - [`Claim`]: one assertion with its byte [`Span`], [`ClaimKind`],
//!   normalized [`Value`], [`Qualifier`], [`Subject`] and [`Attribution`].
//!
//! The pipeline, one module a stage: [`segment`] → `extract` → [`claim`]
//! → [`group`] → [`detect`] → [`report`], behind the [`Checker`] facade.
//!
//! # Crate features
//!
//! - `rayon`: extract the documents of a corpus, and judge the blocks of a
//!   large claim set, in parallel on rayon's thread pool. The report is the
//!   same with or without it; without it the crate never starts a thread.

#![forbid(unsafe_code)]
// Every public item is documented: the docs are the user's manual.
#![deny(missing_docs)]
// Every public type is `Debug`, for users' own `Debug` derives.
#![warn(missing_debug_implementations)]
// Input-derived data never panics the library.
#![cfg_attr(not(test), warn(clippy::unwrap_used, clippy::expect_used))]

mod check;
pub mod claim;
pub mod detect;
mod document;
mod error;
mod extract;
pub mod group;
pub mod report;
pub mod segment;
mod span;

pub use crate::check::{Checker, CheckerBuilder};
pub use crate::claim::{
    Amount, Attribution, Claim, ClaimKind, ClockTime, Currency, Dimension, Grain, Length, Period,
    Policy, Qualifier, Role, Speaker, Subject, Unit, Value, When, month_name, weekday_name,
};
pub use crate::detect::{Finding, FindingKind};
pub use crate::document::{Document, Published};
pub use crate::error::Error;
pub use crate::report::Report;
pub use crate::span::Span;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    fn assert_traits<T: std::fmt::Debug + Send + Sync>() {}

    #[test]
    fn oibits() {
        use crate::*;
        assert_traits::<Checker>();
        assert_traits::<CheckerBuilder>();
        assert_traits::<Claim>();
        assert_traits::<Document>();
        assert_traits::<Error>();
        assert_traits::<Finding>();
        assert_traits::<Report>();
        assert_traits::<Span>();
        assert_traits::<Value>();
    }
}
