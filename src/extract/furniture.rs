//! Page furniture: what a web page prints around an article.
//!
//! Scraped articles carry the page's furniture: bylines, "6 min read",
//! share buttons, "Read More: …" teasers, "+ posts", "Leave a Reply",
//! photo credits, a section label with "2 months ago", and a date printed
//! at the top of the page. None of it is a claim about the event.
//!
//! # Grammar
//!
//! Furniture is recognised a line at a time, and only for lines that hold a
//! claim (so the pass costs nothing on text without claims):
//!
//! ```text
//! furniture := reading-time            "6 min read", "4 minute read"
//!            | teaser                  "Read More: …", "Read more", "Related: …", "See also: …"
//!            | label                   "Share", "Share this", "+ posts", "Leave a Reply",
//!                                      "Advertisement", "Subscribe", "Sign up …", "Comments",
//!                                      "Follow us …", "Sources", "Updated …" (a short line)
//!            | credit                  "Photo: …", "Image: …", "Credit: …", "(Photo by …)",
//!                                      a short line ending in "/Getty Images", "/Reuters" ...
//!            | byline                  "By First Last" (a short line); with a stamp or
//!                                      date after a bar or dot ("By First Last | Updated …")
//!            | stamp                   a short line (≤ 8 words) that ends in "N units ago"
//!                                      ("World 2 months ago")
//! page-date := a line in the page header (before the first body line) holding
//!              only a date, weekday and punctuation ("Saturday, November 8, 2025"),
//!              or "Published/Updated" and a date
//!            | a wire dateline's date: PLACE-IN-CAPITALS "," DATE ("(" AGENCY ")")? DASH
//!              at the start of a line ("KYIV, Sept 4 (Reuters) - ")
//! ```
//!
//! The page header ends at the first body line: a line of at least twelve
//! words that ends a sentence.
//!
//! Claims read from furniture are dropped; claims read from a page date are
//! kept with [`Role::PageDate`]: a candidate publication date, never an
//! event date.
//!
//! # Non-goals
//!
//! HTML: the input is text. Furniture in the middle of a body line.

use crate::claim::{Claim, Role};
use crate::extract::Context;
use crate::span::Span;

/// How a line of the page reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    Body,
    Furniture,
    PageDate,
}

/// Drops claims read from page furniture; marks page dates.
pub(crate) fn apply(cx: &Context<'_>, claims: &mut Vec<Claim>) {
    if claims.is_empty() {
        return;
    }
    let text = cx.text;
    let header_end = header_end(text);
    let mut cache: Option<(Span, Line)> = None;
    claims.retain_mut(|c| {
        let pos = c.span.start.min(text.len());
        // Claims come sorted by start: most share the line of the one
        // before, which is then neither searched for nor read again (a
        // long line holding many claims stays linear).
        let kind = match cache {
            Some((l, k)) if l.start <= pos && pos <= l.end => k,
            _ => {
                let line = line_at(text, pos);
                let k = classify(text, line, header_end);
                cache = Some((line, k));
                k
            }
        };
        match kind {
            Line::Body => {
                // "KYIV, Sept 4 (Reuters) -": the dateline dates the story.
                if c.kind.is_temporal() && in_dateline(text, pos, c.span.end) {
                    c.role = Role::PageDate;
                }
                true
            }
            Line::Furniture => false,
            Line::PageDate => {
                c.role = Role::PageDate;
                true
            }
        }
    });
}

/// Whether a lower-case line (or part of one) opens with a publication
/// stamp: "published …", "updated …", "posted …", "last updated …".
fn is_stamp(lower: &str) -> bool {
    ["published", "updated", "posted", "last updated"]
        .iter()
        .any(|s| lower.starts_with(s))
}

/// Whether the date at `text[start..end]` is a wire dateline's: a place
/// in capitals and a comma open its line, and a dash follows it, or an
/// agency in brackets and a dash ("TARVO, Aug 12 - ", "KYIV, Sept 4
/// (Reuters) - ", "NEW YORK, March 3 (AP) — ").
fn in_dateline(text: &str, start: usize, end: usize) -> bool {
    let line = line_at(text, start);
    let Some(place) = text
        .get(line.start..start)
        .and_then(|h| h.trim_start().strip_suffix(", "))
    else {
        return false;
    };
    let capitals = (1..=4).contains(&place.split(' ').count())
        && place.chars().any(char::is_alphabetic)
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    if !capitals {
        return false;
    }
    let rest = text.get(end..line.end).unwrap_or("");
    // An agency in brackets: "(Reuters)", "(AP)".
    let rest = match rest.strip_prefix(" (") {
        Some(r) => match r.find(')') {
            Some(k) if k <= 40 => r.get(k + 1..).unwrap_or(""),
            _ => return false,
        },
        None => rest,
    };
    ["-", "—", "–"]
        .iter()
        .any(|d| rest.trim_start().starts_with(d))
}

/// The line (without its line break) that holds byte `pos`.
fn line_at(text: &str, pos: usize) -> Span {
    let bytes = text.as_bytes();
    let pos = pos.min(bytes.len());
    let start = memchr::memrchr(b'\n', &bytes[..pos]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
    Span::new(start, end)
}

/// Byte offset where the page header ends: the start of the first body
/// line (at least twelve words, ending a sentence). Looks at most at the
/// first 4 KiB.
fn header_end(text: &str) -> usize {
    let limit = text.len().min(4096);
    let mut start = 0;
    while start < limit {
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
        let line = text.get(start..end).unwrap_or("").trim();
        let words = line.split_whitespace().count();
        let ends_sentence = line.ends_with(['.', '!', '?', '"', '”', '’']);
        if words >= 12 && ends_sentence {
            return start;
        }
        start = end + 1;
    }
    limit.min(text.len())
}

const LABELS: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "leave a reply",
    "leave a comment",
    "advertisement",
    "subscribe",
    "comments",
    "sources",
    "related",
    "related articles",
    "more from",
    "print",
    "email",
    "tweet",
    "listen",
    "listen to this article",
    "save",
    "copy link",
    "skip to content",
    "menu",
    "home",
];

const PREFIXES: &[&str] = &[
    "read more",
    "read also",
    "related:",
    "see also",
    "also read",
    "sign up",
    "follow us",
    "photo:",
    "photos:",
    "image:",
    "images:",
    "credit:",
    "photo credit",
    "(photo",
    "(image",
    "subscribe to",
    "click here",
    "watch:",
    "video:",
    "listen:",
    "advertisement",
    "share and ",
    "+ posts",
    "updated:",
    "updated ",
    "published:",
    "published ",
    "last updated",
    "posted:",
    "posted ",
];

const CREDITS: &[&str] = &[
    "getty images",
    "/reuters",
    "/ reuters",
    "/ap",
    "/ ap",
    "/afp",
    "/ afp",
    "via reuters",
    "shutterstock",
    "/file photo",
    "(reuters)",
    "(afp)",
    "(ap)",
    "/epa",
    "/ epa",
];

const TIME_UNITS: &[&str] = &[
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour",
    "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
];

/// Most bytes of a short line (labels, bylines, stamps, page dates).
const MAX_SHORT_BYTES: usize = 80;
/// Bytes read at each end of a long line.
const EDGE_BYTES: usize = 32;

/// Whether a line longer than [`MAX_SHORT_BYTES`] starts or ends like
/// furniture: a prefix, a publication stamp or a credit at its start, a
/// credit or "read" at its end. Only those rules of [`classify`] apply to
/// long lines.
fn long_line_may_be_furniture(raw: &str) -> bool {
    let head = raw.get(..floor_boundary(raw, EDGE_BYTES)).unwrap_or("");
    let tail = raw
        .get(ceil_boundary(raw, raw.len().saturating_sub(EDGE_BYTES))..)
        .unwrap_or("");
    let (head, tail) = (lower_edge(head), lower_edge(tail));
    let (head, tail) = (head.as_str(), tail.as_str());
    PREFIXES.iter().any(|p| head.starts_with(p))
        || is_stamp(head)
        || head.starts_with("by ") && head.contains(['|', '·', '•'])
        || CREDITS
            .iter()
            .any(|c| head.starts_with(c) || tail.ends_with(c))
        || tail.ends_with(" read")
}

/// A short piece of a line in lower case (ASCII without allocating).
fn lower_edge(s: &str) -> Edge {
    let mut buf = [0u8; EDGE_BYTES];
    if s.is_ascii() {
        if let Some(dst) = buf.get_mut(..s.len()) {
            for (d, b) in dst.iter_mut().zip(s.bytes()) {
                *d = b.to_ascii_lowercase();
            }
            return Edge::Ascii(buf, s.len());
        }
    }
    Edge::Other(s.to_lowercase())
}

/// See [`lower_edge`].
enum Edge {
    Ascii([u8; EDGE_BYTES], usize),
    Other(String),
}

impl Edge {
    fn as_str(&self) -> &str {
        match self {
            Edge::Ascii(buf, n) => buf
                .get(..*n)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
            Edge::Other(s) => s,
        }
    }
}

fn classify(text: &str, line: Span, header_end: usize) -> Line {
    let raw = text.get(line.range()).unwrap_or("").trim();
    // A long line (most body text) is furniture only by how it starts or
    // ends: read those, not the whole line.
    if raw.len() > MAX_SHORT_BYTES && !long_line_may_be_furniture(raw) {
        return Line::Body;
    }
    let lower = raw.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let n = words.len();
    let short = n <= 8 && raw.len() <= MAX_SHORT_BYTES;
    if n == 0 {
        return Line::Body;
    }
    // "6 min read", "4 minute read".
    if n <= 4 && lower.ends_with(" read") && words.iter().any(|w| TIME_UNITS.contains(w)) {
        return Line::Furniture;
    }
    let trimmed = lower.trim_end_matches(['.', ':', '!']);
    if short && LABELS.contains(&trimmed) {
        return Line::Furniture;
    }
    if is_stamp(&lower) && n <= 12 {
        return if line.start < header_end {
            Line::PageDate
        } else {
            Line::Furniture
        };
    }
    if PREFIXES.iter().any(|p| lower.starts_with(p)) && (n <= 25 || lower.starts_with("read more"))
    {
        return Line::Furniture;
    }
    if n <= 14
        && CREDITS
            .iter()
            .any(|c| lower.ends_with(c) || lower.starts_with(c))
    {
        return Line::Furniture;
    }
    if short && is_byline(raw) {
        return Line::Furniture;
    }
    // "By Jane Smith | Updated 3:45 PM ET, Tue March 3, 2026": a byline and
    // a stamp or date, set apart by bars or dots, on one line.
    if n <= 20 {
        let mut parts = raw.split(['|', '·', '•']).map(str::trim);
        if parts.next().is_some_and(is_byline) {
            let dated = parts.any(|p| {
                let l = p.to_lowercase();
                is_stamp(&l) || is_bare_date(&l)
            });
            return if dated && line.start < header_end {
                Line::PageDate
            } else {
                Line::Furniture
            };
        }
    }
    // "World 2 months ago": a short label line that ends in a time stamp.
    if short && n >= 2 && words[n - 1] == "ago" && TIME_UNITS.contains(&words[n - 2]) {
        return Line::Furniture;
    }
    if line.start < header_end && short && is_bare_date(&lower) {
        return Line::PageDate;
    }
    Line::Body
}

/// The smallest char boundary of `s` at or above `i`.
fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// "By John Smith", "By John Smith and Jane Doe": capitalised words after "By".
fn is_byline(raw: &str) -> bool {
    let Some(rest) = raw.strip_prefix("By ").or_else(|| raw.strip_prefix("BY ")) else {
        return false;
    };
    let mut names = 0;
    for w in rest.split_whitespace() {
        let w = w.trim_matches([',', '|', '.']);
        if w.is_empty() || matches!(w, "and" | "&" | "in" | "for") {
            continue;
        }
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        names += 1;
    }
    (1..=6).contains(&names)
}

/// Weekdays, clock and zone words of a page date; month names come from
/// `lexicon::MONTHS`.
const DATE_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "bst",
    "est",
    "edt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "at",
    "of",
    "the",
];

/// Whether a line holds only a date (and weekday, time, punctuation).
fn is_bare_date(lower: &str) -> bool {
    let mut has_digit = false;
    let mut has_month = false;
    for w in lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '-' | '|' | '·' | '—' | '–'))
    {
        let w = w.trim_matches(['.', ',', '(', ')']);
        if w.is_empty() {
            continue;
        }
        if w.bytes().all(|b| b.is_ascii_digit() || b == b':') || is_ordinal_day(w) {
            has_digit |= w.bytes().any(|b| b.is_ascii_digit());
            continue;
        }
        if DATE_WORDS.contains(&w) || crate::extract::lexicon::MONTHS.contains(&w) {
            has_month |= w.len() >= 3 && !matches!(w, "the" | "at" | "of");
            continue;
        }
        return false;
    }
    has_digit && has_month
}

fn is_ordinal_day(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str, needle: &str) -> Line {
        let at = text.find(needle).unwrap_or(0);
        classify(text, line_at(text, at), header_end(text))
    }

    const PAGE: &str = "The Daily Example\nSaturday, November 8, 2025\n\nHeadline about the talks\n\nWorld 2 months ago\n\n6 min read\nBy Jane Doe\n\nThe ministers met in Paris on Thursday and agreed on a plan that runs to 2030, officials said.\nRead More: Markets rise 3% on hopes\n+ posts\nPhoto: Jane Doe/Getty Images\n";

    #[test]
    fn lines() {
        assert_eq!(kind(PAGE, "Saturday"), Line::PageDate);
        assert_eq!(kind(PAGE, "2 months ago"), Line::Furniture);
        assert_eq!(kind(PAGE, "6 min"), Line::Furniture);
        assert_eq!(kind(PAGE, "By Jane"), Line::Furniture);
        assert_eq!(kind(PAGE, "on Thursday"), Line::Body);
        assert_eq!(kind(PAGE, "3%"), Line::Furniture);
        assert_eq!(kind(PAGE, "+ posts"), Line::Furniture);
        assert_eq!(kind(PAGE, "Getty"), Line::Furniture);
    }

    #[test]
    fn datelines() {
        let t = "TARVO, Aug 12 - A fire broke out on Sunday.\nKYIV, Sept 4 (Reuters) - Talks began.\nNEW YORK, March 3 (AP) — Shares fell.\nOn March 3 - the day of the vote - turnout was high.\nParis, March 3 - not a wire dateline.\n";
        let at = |n: &str| {
            let s = t.find(n).unwrap_or(0);
            in_dateline(t, s, s + n.len())
        };
        assert!(at("Aug 12"));
        assert!(at("Sept 4"));
        assert!(at("March 3 (AP)".trim_end_matches(" (AP)")));
        assert!(!at("on Sunday"));
        assert!(!at("March 3 - the"));
        assert!(!at("March 3 - not"));
    }

    #[test]
    fn a_byline_with_a_stamp_on_one_line() {
        let t = "By Jane Smith | Updated 3:45 PM ET, Tue March 3, 2026\n\nAt least 12 people died in the fire on Monday, officials said in a statement to the press.\nBy Tom Best · 5 min read · 12 comments\nBy the river | the 12 boats were moored.\n";
        assert_eq!(kind(t, "3:45"), Line::PageDate);
        assert_eq!(kind(t, "5 min"), Line::Furniture);
        assert_eq!(kind(t, "12 people"), Line::Body);
        // "By the river" is no byline.
        assert_eq!(kind(t, "12 boats"), Line::Body);
    }

    #[test]
    fn body_dates_are_not_page_dates() {
        let t = "Leaders met on September 4, 2025 in Paris to agree a plan for the region, officials said.\nSeptember 4, 2025\n";
        assert_eq!(kind(t, "September 4, 2025 in"), Line::Body);
        // After the header, a bare date line is not a page date.
        assert_eq!(
            classify(
                t,
                line_at(t, t.rfind("September").unwrap_or(0)),
                header_end(t)
            ),
            Line::Body
        );
    }

    #[test]
    fn odd_text() {
        for t in ["", "\n", "é", "By", "6 min read", "\n\n\nago"] {
            for i in 0..=t.len() {
                if t.is_char_boundary(i) {
                    let _ = classify(t, line_at(t, i), header_end(t));
                }
            }
        }
    }
}
