//! Extraction: from a document's text to its claims.
//!
//! The pipeline for one text:
//!
//! 1. [`segment`](crate::segment) finds paragraphs and sentences.
//! 2. Each extractor scans for its own candidates (digits, number words,
//!    month and weekday names, currency signs, quote marks, speech cues)
//!    and parses only around them:
//!    [`quantity`] (numbers, counts, money, percentages, measures, ages,
//!    ordinals), [`date`] (dates, weekdays, months, years, relative dates,
//!    clock times, durations), [`score`] (match scores and vote tallies).
//! 3. Overlapping claims are resolved (see [`resolve_overlaps`]).
//! 4. [`furniture`] drops page furniture ("6 min read", bylines) and marks
//!    a date printed at the top of the page as a page date.
//! 5. [`context`] reads each claim's subject: predicate, scope, event.
//! 6. [`quote`] finds quotations and reported speech, and attributes every
//!    claim to its speaker.
//!
//! Extraction never fails: odd text yields fewer claims.

pub(crate) mod calendar;
pub(crate) mod context;
pub(crate) mod date;
pub(crate) mod furniture;
pub(crate) mod hedge;
pub(crate) mod lexicon;
pub(crate) mod number;
pub(crate) mod people;
pub(crate) mod quantity;
pub(crate) mod quote;
pub(crate) mod score;
pub(crate) mod speech;
pub(crate) mod swar;

use crate::claim::{Claim, ClaimKind, Policy};
use crate::document::Published;
use crate::segment::Segments;
use crate::span::Span;

/// Everything an extractor needs to know about the text at hand.
#[derive(Debug)]
pub(crate) struct Context<'t> {
    /// The document's text.
    pub(crate) text: &'t str,
    /// Publication date, the reference for relative dates.
    pub(crate) published: Option<Published>,
    /// Hedge widths and round-number precision.
    pub(crate) policy: &'t Policy,
    /// Sentences and paragraphs.
    pub(crate) seg: &'t Segments,
}

impl Context<'_> {
    /// The sentence around byte `pos`.
    pub(crate) fn sentence_at(&self, pos: usize) -> Span {
        self.seg.sentence_at(pos)
    }
}

/// Extracts the claims of one text, sorted by span.
pub(crate) fn extract(text: &str, published: Option<Published>, policy: &Policy) -> Vec<Claim> {
    let seg = Segments::new(text);
    let cx = Context {
        text,
        published,
        policy,
        seg: &seg,
    };
    let mut claims = Vec::new();
    quantity::extract(&cx, &mut claims);
    date::extract(&cx, &mut claims);
    score::extract(&cx, &mut claims);
    resolve_overlaps(&mut claims);
    furniture::apply(&cx, &mut claims);
    for c in &mut claims {
        if c.sentence == c.span {
            c.sentence = cx.sentence_at(c.span.start);
        }
    }
    context::annotate(&cx, &mut claims);
    quote::extract(&cx, &mut claims);
    claims.retain(|c| valid_span(text, c.span));
    claims.sort_by(|a, b| {
        (a.span.start, a.span.end, a.kind).cmp(&(b.span.start, b.span.end, b.kind))
    });
    claims.dedup_by(|a, b| a.span == b.span && a.kind == b.kind);
    claims
}

/// Runs `f` on the context of `text` (default policy, no publication
/// date): the unit tests' entry to a single stage.
#[cfg(test)]
pub(crate) fn with_context<R>(text: &str, f: impl FnOnce(&Context<'_>) -> R) -> R {
    let seg = Segments::new(text);
    let policy = Policy::default();
    let cx = Context {
        text,
        published: None,
        policy: &policy,
        seg: &seg,
    };
    f(&cx)
}

/// The claims one extractor appends for `text` (see [`with_context`]).
#[cfg(test)]
pub(crate) fn run_one(text: &str, extractor: fn(&Context<'_>, &mut Vec<Claim>)) -> Vec<Claim> {
    with_context(text, |cx| {
        let mut out = Vec::new();
        extractor(cx, &mut out);
        out
    })
}

fn valid_span(text: &str, span: Span) -> bool {
    span.start < span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// How strongly a kind holds its span when two claims overlap.
fn rank(kind: ClaimKind) -> u8 {
    match kind {
        ClaimKind::Money
        | ClaimKind::Percent
        | ClaimKind::Measure
        | ClaimKind::Age
        | ClaimKind::Score => 4,
        ClaimKind::Date
        | ClaimKind::DateRange
        | ClaimKind::Week
        | ClaimKind::Weekday
        | ClaimKind::Month
        | ClaimKind::Year
        | ClaimKind::Time
        | ClaimKind::Duration => 3,
        ClaimKind::Count | ClaimKind::Ordinal => 2,
        ClaimKind::Number => 1,
        ClaimKind::Quote => 0,
    }
}

/// Keeps one claim where two non-quote claims overlap.
///
/// The rule: a money, percent, measure or age claim that contains the other
/// wins (the number inside "$48.2 million" is not a separate count); a
/// date-like claim beats a count or bare number over the same digits ("the
/// 2022 invasion" is a year, not 2022 invasions); otherwise the longer
/// span wins, then the higher rank, then the earlier start.
pub(crate) fn resolve_overlaps(claims: &mut Vec<Claim>) {
    claims.sort_by(|a, b| {
        (a.span.start, std::cmp::Reverse(a.span.end))
            .cmp(&(b.span.start, std::cmp::Reverse(b.span.end)))
    });
    let mut keep: Vec<Claim> = Vec::with_capacity(claims.len());
    for c in claims.drain(..) {
        if c.kind == ClaimKind::Quote {
            keep.push(c);
            continue;
        }
        // Compare with the kept non-quote claims that overlap it; claims are
        // sorted by start so only a short tail can overlap.
        let mut lose = false;
        let mut evict = Vec::new();
        for (i, k) in keep.iter().enumerate().rev() {
            if k.kind == ClaimKind::Quote {
                continue;
            }
            if k.span.end <= c.span.start {
                if k.span.start + 256 < c.span.start {
                    break;
                }
                continue;
            }
            if !k.span.overlaps(c.span) {
                continue;
            }
            if beats(k, &c) {
                lose = true;
                break;
            }
            evict.push(i);
        }
        if lose {
            continue;
        }
        for i in evict {
            keep.remove(i);
        }
        keep.push(c);
    }
    *claims = keep;
}

/// Whether `a` wins over the overlapping claim `b`.
fn beats(a: &Claim, b: &Claim) -> bool {
    let (ra, rb) = (rank(a.kind), rank(b.kind));
    if ra == 4 && a.span.contains(b.span) && rb < 4 {
        return true;
    }
    if rb == 4 && b.span.contains(a.span) && ra < 4 {
        return false;
    }
    if ra == 3 && rb <= 2 {
        return true;
    }
    if rb == 3 && ra <= 2 {
        return false;
    }
    (a.span.len(), ra, std::cmp::Reverse(a.span.start))
        >= (b.span.len(), rb, std::cmp::Reverse(b.span.start))
}
