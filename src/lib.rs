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
//! - [`Document`]: an article's id, text and optional publication date
//!   ([`Published`]), the reference for "on Tuesday" or "two months ago".
//! - [`Checker`]: extracts [`Claim`]s from one document
//!   ([`Checker::extract`]) or checks documents against each other into a
//!   [`Report`] ([`Checker::check`]). [`CheckerBuilder`] sets the
//!   [`Policy`]: how wide a hedge is, how precise a round number.
//! - [`Claim`]: one assertion with its byte [`Span`], [`ClaimKind`],
//!   normalized [`Value`] (an [`Amount`] interval, a [`Currency`], a
//!   [`Unit`], a [`When`] at its [`Grain`], a [`Length`]), [`Qualifier`],
//!   [`Subject`] (what it counts or dates) and [`Attribution`] (its
//!   [`Speaker`]).
//! - [`Report`]: the sources, every claim as a
//!   [`ReportClaim`](report::ReportClaim) (with its line, column and
//!   sentence) and the [`Finding`]s: [`FindingKind::Conflict`],
//!   [`Update`](FindingKind::Update), [`Agreement`](FindingKind::Agreement)
//!   and [`SingleSource`](FindingKind::SingleSource) for figures and
//!   dates; [`Misquote`](FindingKind::Misquote) and
//!   [`Misattribution`](FindingKind::Misattribution) for quotations. It
//!   serializes to the JSON the `check` example prints.
//! - [`group::ClaimSet`] and [`detect::findings`]: the grouping and
//!   judging stages on their own, for corpora too large for one call.
//! - [`Error`]: the one error type; only configuration and publication
//!   dates fail. Checking text never fails: odd text gives fewer claims.
//!
//! The pipeline, one module a stage: [`segment`] → `extract` → [`claim`]
//! → [`group`] → [`detect`] → [`report`], behind the [`Checker`] facade.
//!
//! # Examples
//!
//! ## Check articles against each other
//!
//! Findings come conflicts first. Each names its claims by id, split into
//! one group per side, with a label and the reason the sides clash.
//!
//! ```
//! use corroborate::{Checker, Document, FindingKind};
//!
//! let docs = [
//!     Document::new("a", "About 30 leaders took part in the summit."),
//!     Document::new("b", "Officials said leaders from 35 countries took part in the summit."),
//! ];
//! let report = Checker::new().check(&docs);
//! let conflict = &report.findings()[0];
//! assert_eq!(conflict.kind(), FindingKind::Conflict);
//! assert_eq!(conflict.reason(), "About 30 leaders → [27, 33] does not include 35");
//! for (side, ids) in conflict.sides().iter().zip(conflict.groups()) {
//!     for id in ids {
//!         let c = report.claims().iter().find(|c| c.id() == id).ok_or("unknown id")?;
//!         let (line, column) = c.line_column();
//!         println!("{side}: {}:{line}:{column} {:?} in {:?}", c.source(), c.text(), c.sentence_text());
//!     }
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Hedges are intervals, and the policy is yours
//!
//! "about 30" asserts `[27, 33]` under the default [`Policy`], so it
//! clashes with 35. A wider hedge makes them agree. The qualifiers and
//! their intervals are listed in the [`claim`] module.
//!
//! ```
//! use corroborate::{Checker, Document, FindingKind};
//!
//! let docs = [
//!     Document::new("a", "About 30 leaders took part in the summit."),
//!     Document::new("b", "Leaders from 35 countries took part in the summit."),
//! ];
//! let lenient = Checker::builder().about_width(0.2).build()?;
//! assert_eq!(lenient.check(&docs).findings()[0].kind(), FindingKind::Agreement);
//! # Ok::<(), corroborate::Error>(())
//! ```
//!
//! ## Dates relative to the publication date
//!
//! A weekday is resolved in the direction of its verb's tense, and every
//! date keeps its grain: "two months ago" is a month, not a day.
//!
//! ```
//! use corroborate::{Checker, Document, Grain, Value};
//!
//! let doc = Document::new("a", "Talks ended on Tuesday. The war began two months ago.")
//!     .with_published("2025-09-04".parse()?); // a Thursday
//! let periods: Vec<_> = Checker::new().extract(&doc).iter()
//!     .filter_map(|c| match c.value() { Value::Date(w) => w.period, _ => None })
//!     .collect();
//! assert_eq!(periods[0].to_string(), "2025-09-02");
//! assert_eq!(periods[1].grain(), Grain::Month);
//! # Ok::<(), corroborate::Error>(())
//! ```
//!
//! ## Who said it
//!
//! Quotations and reported speech are claims of kind
//! [`ClaimKind::Quote`]; they and every claim inside them carry their
//! speaker.
//!
//! ```
//! use corroborate::{Checker, ClaimKind};
//!
//! let text = "\"We counted 120 boats,\" the harbour master said.";
//! let claims = Checker::new().extract_text(text, None);
//! let quote = claims.iter().find(|c| c.kind() == ClaimKind::Quote).ok_or("no quote")?;
//! assert_eq!(quote.text(text), "We counted 120 boats");
//! assert!(claims.iter().all(|c| c.speaker().is_some_and(|a| a.speaker.name() == "the harbour master")));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## JSON for machines
//!
//! A [`Report`] serializes (with serde) to `sources`, `claims` and
//! `findings`; each claim has byte offsets and its exact text.
//!
//! ```
//! use corroborate::{Checker, Document};
//!
//! let report = Checker::new().check(&[Document::new("a", "The storm killed 22 people.")]);
//! let json = serde_json::to_value(&report)?;
//! assert_eq!(json["claims"][0]["text"], "22 people");
//! assert_eq!(json["claims"][0]["start"], 17);
//! assert_eq!(json["findings"][0]["kind"], "single_source");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! ## Large corpora: shard, merge, judge
//!
//! A [`ClaimSet`](group::ClaimSet) keeps only the comparable claims of a
//! document (never its text). Sets merge in any order and grouping with
//! the same result, so a corpus can be read one document at a time, or in
//! shards on many machines (the `stream` example does this over JSON
//! Lines).
//!
//! ```
//! use corroborate::{Checker, FindingKind, detect, group::ClaimSet};
//!
//! let checker = Checker::new();
//! let mut corpus = ClaimSet::new();
//! for (id, text) in [("a", "The storm killed 22 people."), ("b", "The storm killed 40 people.")] {
//!     let claims = checker.extract_text(text, None);
//!     corpus = corpus.merge(ClaimSet::from_claims(id, text, None, &claims));
//! }
//! let findings = detect::findings(&corpus);
//! assert_eq!(findings[0].kind(), FindingKind::Conflict);
//! ```
//!
//! # Spans
//!
//! Every result points into the caller's text with a byte [`Span`]:
//! half-open, on char boundaries, never moved by normalization, so
//! `&text[span.range()]` is always the claim's text as written.
//!
//! # Limits
//!
//! English only; rule-based (hand-written scanners over documented
//! grammars, no model, no network); plain text in. It finds where sources
//! disagree, not which one is right.
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
