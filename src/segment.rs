//! Paragraphs, sentences and words, as byte spans into the caller's text.
//!
//! # Grammar
//!
//! - A **paragraph** is a run of lines between blank lines (a line holding
//!   only whitespace is blank). A single line break also ends a sentence
//!   unless the text is visibly wrapped: the line ends in a lower-case
//!   letter, a comma or a hyphen and the next line starts in lower case.
//! - A **sentence** ends after `.`, `!`, `?` or `…` (with any closing quote
//!   marks or brackets after it) when whitespace follows and the next word
//!   does not start in lower case, unless the full stop closes an
//!   abbreviation that does not end sentences: a title ("Mr.", "Gen.",
//!   "Sen."), a month ("Sept.", "Aug."), "No." before a number ("No. 10";
//!   "voting no. Turnout" ends), "St.", "vs.", an initial
//!   ("J. K. Rowling") or a dotted acronym ("U.S.", "a.m.") followed by a
//!   capitalised word on the same line.
//! - A **word** is a UAX #29 word run; words are only computed around
//!   candidates (see [`words`]).
//!
//! # Non-goals
//!
//! Languages other than English; sentence ends without punctuation other
//! than line breaks.
//!
//! This module departs from `unicode_sentences()` on purpose: that pass
//! splits "Mr. " off as a sentence and costs about 23 MB/s, while the
//! scanner here jumps between candidate bytes with `memchr` and applies an
//! abbreviation list in the same pass.

use crate::span::Span;

/// Sentence and paragraph spans of one text.
#[derive(Clone, Debug, Default)]
pub(crate) struct Segments {
    pub(crate) sentences: Vec<Span>,
    pub(crate) paragraphs: Vec<Span>,
}

impl Segments {
    pub(crate) fn new(text: &str) -> Segments {
        let paragraphs = paragraphs(text);
        let mut sentences = Vec::new();
        for p in &paragraphs {
            split_sentences(text, *p, &mut sentences);
        }
        Segments {
            sentences,
            paragraphs,
        }
    }

    /// The sentence containing byte `pos` (or the nearest one before it).
    pub(crate) fn sentence_at(&self, pos: usize) -> Span {
        find_span(&self.sentences, pos)
    }

    /// The paragraph containing byte `pos` (or the nearest one before it).
    pub(crate) fn paragraph_at(&self, pos: usize) -> Span {
        find_span(&self.paragraphs, pos)
    }
}

fn find_span(spans: &[Span], pos: usize) -> Span {
    span_from(spans, spans.partition_point(|s| s.end <= pos), pos)
}

/// The span of `spans` around `pos`, given `i`, the index of the first
/// span that ends after `pos`.
fn span_from(spans: &[Span], i: usize, pos: usize) -> Span {
    match spans.get(i) {
        Some(s) if s.start <= pos => *s,
        _ => i
            .checked_sub(1)
            .and_then(|j| spans.get(j).copied())
            .unwrap_or(Span::new(pos, pos)),
    }
}

/// [`Segments::sentence_at`] for positions visited in increasing order:
/// the index walks forward instead of searching from scratch, so a scan
/// that asks at each candidate pays for the sentences it passes, not a
/// binary search (and its cache misses) per candidate. A position before
/// the previous one falls back to the search.
#[derive(Clone, Debug)]
pub(crate) struct SentenceCursor<'s> {
    spans: &'s [Span],
    /// Index of the first sentence ending after the last position asked.
    i: usize,
    last: usize,
}

impl<'s> SentenceCursor<'s> {
    pub(crate) fn new(seg: &'s Segments) -> SentenceCursor<'s> {
        SentenceCursor {
            spans: &seg.sentences,
            i: 0,
            last: 0,
        }
    }

    /// The same as [`Segments::sentence_at`].
    pub(crate) fn at(&mut self, pos: usize) -> Span {
        if pos < self.last {
            self.i = self.spans.partition_point(|s| s.end <= pos);
        } else {
            while self.spans.get(self.i).is_some_and(|s| s.end <= pos) {
                self.i += 1;
            }
        }
        self.last = pos;
        span_from(self.spans, self.i, pos)
    }
}

/// Paragraph spans (trimmed of surrounding whitespace) of `text`.
///
/// # Example
///
/// ```
/// let text = "One.\n\n  Two.\nThree.\n";
/// let paras: Vec<&str> = corroborate::segment::paragraphs(text)
///     .into_iter()
///     .map(|s| &text[s.range()])
///     .collect();
/// assert_eq!(paras, ["One.", "Two.\nThree."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut last_content_end = 0;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    loop {
        let line_end = memchr::memchr(b'\n', &bytes[line_start..])
            .map(|i| line_start + i)
            .unwrap_or(bytes.len());
        let line = &text[line_start..line_end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = para_start.take() {
                out.push(Span::new(s, last_content_end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if para_start.is_none() {
                para_start = Some(line_start + lead);
            }
            last_content_end = line_start + lead + trimmed.len();
        }
        if line_end >= bytes.len() {
            break;
        }
        line_start = line_end + 1;
    }
    if let Some(s) = para_start {
        out.push(Span::new(s, last_content_end));
    }
    out
}

/// Sentence spans of `text`, per the grammar in the module docs.
///
/// # Example
///
/// ```
/// let text = "Mr. Healey spoke in the U.S. on Sept. 4. He left.";
/// let s: Vec<&str> = corroborate::segment::sentences(text)
///     .into_iter()
///     .map(|s| &text[s.range()])
///     .collect();
/// assert_eq!(s, ["Mr. Healey spoke in the U.S. on Sept. 4.", "He left."]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    Segments::new(text).sentences
}

/// Whether `word` is an abbreviation whose full stop does not end a
/// sentence (compared in lower case).
fn is_no_break_abbrev(word: &str) -> bool {
    if word.len() > 7 || word.is_empty() {
        return false;
    }
    let mut buf = [0u8; 8];
    for (d, b) in buf.iter_mut().zip(word.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    let Some(lower) = buf.get(..word.len()) else {
        return false;
    };
    matches!(
        lower,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"prof"
            | b"gen"
            | b"lt"
            | b"col"
            | b"capt"
            | b"cpt"
            | b"sgt"
            | b"maj"
            | b"adm"
            | b"cmdr"
            | b"sen"
            | b"rep"
            | b"gov"
            | b"pres"
            | b"rev"
            | b"fr"
            | b"st"
            | b"mt"
            | b"ft"
            | b"jr"
            | b"sr"
            | b"no"
            | b"nos"
            | b"vs"
            | b"v"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"approx"
            | b"est"
            | b"ca"
            | b"cf"
            | b"fig"
            | b"vol"
            | b"pp"
            | b"ave"
            | b"blvd"
            | b"hon"
            | b"messrs"
            | b"mme"
            | b"mlle"
            | b"supt"
            | b"insp"
            | b"det"
            | b"cpl"
            | b"pte"
            | b"brig"
            | b"gens"
            | b"sens"
            | b"reps"
            | b"govs"
            | b"atty"
            | b"asst"
            | b"dept"
            | b"univ"
            | b"ext"
            | b"op"
            | b"al"
    )
}

fn is_close(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›')
}

/// Splits the paragraph `para` into sentences appended to `out`.
fn split_sentences(text: &str, para: Span, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut start = para.start;
    let mut i = para.start;
    let mut stops = Stops::new(&bytes[..para.end]);
    while i < para.end {
        let Some(at) = stops.next(i) else {
            break;
        };
        let b = bytes[at];
        let mut end = at + 1;
        if b == b'\n' {
            // A line break inside a paragraph.
            let line_end = trim_end_at(text, start, at);
            if !is_wrapped(text, at, para.end) {
                if line_end > start {
                    out.push(Span::new(start, line_end));
                }
                start = skip_space(text, at + 1, para.end);
            }
            i = at + 1;
            continue;
        }
        if b == 0xE2 {
            // "…" is E2 80 A6; other E2 sequences are not stops.
            if bytes.get(at + 1) != Some(&0x80) || bytes.get(at + 2) != Some(&0xA6) {
                i = at + 1;
                continue;
            }
            end = at + 3;
        }
        // Swallow repeated stops and closing quotes/brackets.
        while end < para.end {
            let Some(c) = text[end..].chars().next() else {
                break;
            };
            if matches!(c, '.' | '!' | '?') || is_close(c) {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        if end >= para.end {
            break;
        }
        let next = text[end..].chars().next().unwrap_or(' ');
        if !next.is_whitespace() {
            i = end;
            continue;
        }
        let after = skip_space(text, end, para.end);
        let next_word = text[after..].chars().next().unwrap_or(' ');
        let newline_between = text[end..after].contains('\n');
        if next_word.is_lowercase() && !newline_between {
            i = end;
            continue;
        }
        if b == b'.' && !newline_between && !stop_ends_sentence(text, start, at, after) {
            i = end;
            continue;
        }
        out.push(Span::new(start, end));
        start = after;
        i = after;
    }
    let e = trim_end_at(text, start, para.end);
    if e > start {
        out.push(Span::new(start, e));
    }
}

/// Finds the bytes that may end a sentence: `.`, `!`, `?`, a line break or
/// the first byte of "…". The position of the next `.`/`!`/`?` is kept
/// between calls, so that a paragraph full of other 0xE2 characters (curly
/// quotes, dashes) is scanned once, not once per such character.
struct Stops<'a> {
    hay: &'a [u8],
    /// The next `.`/`!`/`?` at or after `from`, when last computed.
    term: Option<usize>,
    from: usize,
}

impl<'a> Stops<'a> {
    fn new(hay: &'a [u8]) -> Stops<'a> {
        Stops {
            hay,
            term: None,
            from: usize::MAX,
        }
    }

    /// The first stop at or after `i`.
    fn next(&mut self, i: usize) -> Option<usize> {
        let stale = self.from == usize::MAX || i < self.from || self.term.is_some_and(|t| t < i);
        if stale {
            self.term = self
                .hay
                .get(i..)
                .and_then(|h| memchr::memchr3(b'.', b'!', b'?', h))
                .map(|o| i + o);
            self.from = i;
        }
        let limit = self.term.unwrap_or(self.hay.len());
        let other = self
            .hay
            .get(i..limit)
            .and_then(|h| memchr::memchr2(b'\n', 0xE2, h))
            .map(|o| i + o);
        other.or(self.term)
    }
}

fn skip_space(text: &str, mut i: usize, end: usize) -> usize {
    while i < end {
        match text[i..].chars().next() {
            Some(c) if c.is_whitespace() => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

fn trim_end_at(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// Whether the line break at `nl` is a wrap inside a running sentence.
fn is_wrapped(text: &str, nl: usize, end: usize) -> bool {
    let before = text[..nl].trim_end_matches([' ', '\t', '\r']);
    let last = before.chars().next_back().unwrap_or('.');
    let after = skip_space(text, nl + 1, end);
    let first = text[after..].chars().next().unwrap_or('A');
    (last.is_lowercase() || last == ',' || last == '-') && first.is_lowercase()
}

/// Whether the full stop at `dot` ends a sentence, given that the next word
/// starts at `next` (not in lower case).
fn stop_ends_sentence(text: &str, sent_start: usize, dot: usize, next: usize) -> bool {
    let bytes = text.as_bytes();
    // The token before the dot: letters and inner dots.
    let mut k = dot;
    while k > sent_start && (bytes[k - 1].is_ascii_alphabetic() || bytes[k - 1] == b'.') {
        k -= 1;
    }
    let token = &text[k..dot];
    if token.is_empty() {
        return true;
    }
    // A unit written on its figure ("a record of 101.7F. Then", "rose to
    // 40C."): no initial, no abbreviation.
    if k > sent_start && bytes[k - 1].is_ascii_digit() && !token.contains('.') {
        return true;
    }
    let last_word = token.rsplit('.').next().unwrap_or(token);
    // "No. 10", "Nos. 3 and 4": a number's label only before its number
    // ("61% voting no. Turnout was 71%" ends a sentence).
    if last_word.eq_ignore_ascii_case("no") || last_word.eq_ignore_ascii_case("nos") {
        return !text
            .get(next..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit() || c == '#'));
    }
    if is_no_break_abbrev(last_word) {
        // "No. 10", "Sept. 4", "Mr. Healey": a title or label is followed by
        // its name or number.
        return false;
    }
    // A single capital letter: an initial ("J. K. Rowling"), unless it is a
    // sentence-final pronoun "I" ("... than I. Then").
    if last_word.len() == 1 && last_word.as_bytes()[0].is_ascii_uppercase() && token.len() == 1 {
        return last_word == "I";
    }
    // A dotted acronym ("U.S.", "a.m."): the sentence goes on when the next
    // word is capitalised on the same line, such as "the U.S. Embassy".
    if token.contains('.') && token.split('.').all(|p| p.len() <= 2) {
        let next_char = text[next..].chars().next().unwrap_or(' ');
        return !next_char.is_uppercase() || next_is_sentence_opener(text, next);
    }
    true
}

/// Words that usually open a new sentence after a dotted acronym.
fn next_is_sentence_opener(text: &str, at: usize) -> bool {
    let word: String = text[at..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(
        word.as_str(),
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "In"
            | "This"
            | "That"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "On"
            | "At"
            | "And"
    )
}

/// Word tokens inside `span` (UAX #29 words, punctuation and spaces left
/// out), as spans into `text`. Only ever called on small windows.
///
/// # Example
///
/// ```
/// use corroborate::Span;
/// let text = "About 1,200 people.";
/// let w: Vec<&str> = corroborate::segment::words(text, Span::new(0, text.len()))
///     .into_iter()
///     .map(|s| &text[s.range()])
///     .collect();
/// assert_eq!(w, ["About", "1,200", "people"]);
/// ```
pub fn words(text: &str, span: Span) -> Vec<Span> {
    use unicode_segmentation::UnicodeSegmentation;
    let Some(window) = text.get(span.range()) else {
        return Vec::new();
    };
    window
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(i, w)| Span::new(span.start + i, span.start + i + w.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    /// The cursor answers as the search does, asked in increasing order,
    /// in decreasing order and at random.
    #[test]
    fn sentence_cursor_equals_search() {
        let text = "  One. Two here.\n\nThree?  Four\nfive.  ";
        let seg = Segments::new(text);
        let n = text.len() + 3;
        let mut orders: Vec<Vec<usize>> = vec![(0..n).collect(), (0..n).rev().collect()];
        orders.push((0..n).map(|k| (k * 7 + 3) % n).collect());
        for order in orders {
            let mut cur = SentenceCursor::new(&seg);
            for pos in order {
                assert_eq!(cur.at(pos), seg.sentence_at(pos), "{pos}");
            }
        }
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("Gen. Grynkewich met Dr. Smith. Then he left."),
            ["Gen. Grynkewich met Dr. Smith.", "Then he left."]
        );
        assert_eq!(
            sents("He lives at No. 10 Downing St. in London."),
            ["He lives at No. 10 Downing St. in London."]
        );
        assert_eq!(
            sents("J. K. Rowling wrote it. It sold."),
            ["J. K. Rowling wrote it.", "It sold."]
        );
        assert_eq!(
            sents("It was 3.5 km. The end."),
            ["It was 3.5 km.", "The end."]
        );
    }

    #[test]
    fn quotes_and_lines() {
        assert_eq!(
            sents("\"We are ready.\" He said so.\nHeadline\nBody text."),
            ["\"We are ready.\"", "He said so.", "Headline", "Body text."]
        );
        assert_eq!(
            sents("a wrapped\nline goes on."),
            ["a wrapped\nline goes on."]
        );
    }

    #[test]
    fn odd_input() {
        for t in [
            "", ".", "...", "\n\n", "é.", "…", "a…b", "?\n!", "Mr.", "U.S.",
        ] {
            let s = sentences(t);
            for sp in s {
                assert!(t.is_char_boundary(sp.start) && t.is_char_boundary(sp.end));
            }
        }
    }
}
