//! Scores and vote tallies: results of two sides.
//!
//! # Grammar
//!
//! ```text
//! score  := n dash n                                  "3-2", "309–251"
//!         | n "votes to" n                            "by 312 votes to 250"
//!         | vote-cue word{0,5} n "to" n               "voted 52 to 48", "a vote of 6 to 3"
//! n      := 1 to 4 digits, no separator or decimals
//! dash   := "-" | "–" | "—"
//! cue    := result-verb word{0,5} score               "beat Eastvale 3-1", "passed 309-251",
//!                                                     "won the final 3-1"
//!         | "score" word{0,2} score                   "the final score was 98-94"
//!         | score result-noun                         "a 2-1 win", "a 52-48 vote"
//! ```
//!
//! A pair of figures is a score only with a cue in its clause; what
//! follows it is punctuation, a result noun or a function word ("on
//! Saturday", "to Northport", "after extra time"), never another noun
//! ("aged 5-11 years", "the 2024-25 season", "a 9-5 job" are none). A
//! result is a vote when a vote word cues it ("passed", "approved",
//! "voted", "votes", a court's "ruled"), else a match.
//!
//! Not results: a score on the way ("led 2-0", "trailed 1-0", "2-1 at
//! half-time": leading and trailing are no cues), a hedged ratio ("led
//! more than 2-1"), and figures in a paragraph about a poll ("Clinton
//! beats Cruz 42-40" in a poll's hypothetical match-ups).
//!
//! The sides of a match are the capitalised names around the cue: the
//! name before the verb ("Northport beat"), the name after a verb that
//! takes an opponent ("beat Eastvale") or after "to", "against", "with",
//! "over" or "by" behind the score ("lost 3-2 to Northport", "were beaten
//! 3-1 by Northport"). A vote's side is what was voted on: the head noun
//! before an intransitive or passive cue ("The reform passed", "the motion
//! was carried") or after a transitive one ("approved the pension reform",
//! "passed the budget"); "voted" names who voted, not what.
//!
//! The value keeps the figures as written; [`group`](crate::group) compares
//! them in either order ("lost 2-3" and "won 3-2" are one result), so a
//! score tells nothing of who won.
//!
//! # Non-goals
//!
//! Tennis sets and other runs of scores ("6-4, 3-6, 7-5" are no claim),
//! scores in words ("by two goals to one"), tallies with three parts ("52
//! in favour, 40 against and 8 abstentions"), and team names in lower
//! case.

use memchr::memmem;

use crate::claim::{Claim, ClaimKind, Subject, Value};
use crate::extract::Context;
use crate::span::Span;

/// Verbs that read a following pair of figures as a match result; the
/// boolean says whether the verb takes the opponent as its object.
const MATCH_VERBS: &[(&str, bool)] = &[
    ("beat", true),
    ("beaten", false),
    ("beating", true),
    ("beats", true),
    ("crushed", true),
    ("defeat", true),
    ("defeated", true),
    ("defeating", true),
    ("defeats", true),
    ("downed", true),
    ("draw", false),
    ("drawing", false),
    ("draws", false),
    ("drew", false),
    ("edged", true),
    ("edges", true),
    ("hammered", true),
    ("lose", false),
    ("loses", false),
    ("losing", false),
    ("lost", false),
    ("overcame", true),
    ("routed", true),
    ("stunned", true),
    ("thrashed", true),
    ("tied", false),
    ("upset", true),
    ("whipped", true),
    ("win", false),
    ("winning", false),
    ("wins", false),
    ("won", false),
];

/// Verbs that read a following pair of figures as a vote's tally; the
/// boolean says whether the verb takes what was voted on as its object.
const VOTE_VERBS: &[(&str, bool)] = &[
    ("adopted", true),
    ("approved", true),
    ("approves", true),
    ("backed", true),
    ("carried", false),
    ("cleared", false),
    ("confirmed", true),
    ("endorsed", true),
    ("passed", false),
    ("passes", false),
    ("ratified", true),
    ("rejected", true),
    ("rejects", true),
    // A court's split: "The Supreme Court ruled 6-3".
    ("ruled", false),
    ("rules", false),
    ("vote", false),
    ("voted", false),
    ("votes", false),
];

/// Vote verbs whose subject is who voted, not what was voted on ("the
/// Senate voted 52-48", "the court ruled 6-3").
const VOTERS_VERBS: &[&str] = &["vote", "voted", "votes", "ruled", "rules"];

/// Nouns before a score that cue it ("the final score was 98-94").
const SCORE_NOUNS: &[&str] = &["score", "scoreline", "tally"];

/// Nouns right after a score that cue it; the boolean marks a vote.
const RESULT_NOUNS: &[(&str, bool)] = &[
    ("decision", true),
    ("defeat", false),
    ("draw", false),
    ("loss", false),
    ("majority", true),
    ("margin", false),
    ("rout", false),
    ("scoreline", false),
    ("thrashing", false),
    ("tie", false),
    ("triumph", false),
    ("victory", false),
    ("vote", true),
    ("win", false),
];

/// Words that may follow a score: prepositions, conjunctions and the
/// like, but no noun the figures could count.
const FOLLOW: &[&str] = &[
    "after", "against", "and", "as", "at", "before", "but", "by", "despite", "during", "for",
    "from", "in", "into", "last", "on", "over", "since", "thanks", "that", "this", "through", "to",
    "under", "when", "where", "which", "while", "with", "without",
];

/// Prepositions behind a score that introduce the other side.
const OPPONENT_PREPS: &[&str] = &["against", "by", "over", "to", "with"];

/// Capitalised words that open a sentence or name a day, not a side.
const NOT_SIDES: &[&str] = &[
    "a",
    "after",
    "and",
    "april",
    "as",
    "at",
    "august",
    "but",
    "december",
    "february",
    "friday",
    "he",
    "i",
    "in",
    "it",
    "january",
    "july",
    "june",
    "last",
    "march",
    "may",
    "monday",
    "november",
    "october",
    "on",
    "saturday",
    "september",
    "she",
    "sunday",
    "the",
    "then",
    "they",
    "this",
    "thursday",
    "tuesday",
    "we",
    "wednesday",
    "when",
    "while",
    "with",
    "yesterday",
    "you",
];

/// Auxiliaries skipped between a vote's subject and its verb ("the motion
/// was carried").
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "been", "be", "finally",
];

/// Chambers a measure passes through, not what was voted on ("cleared the
/// Senate 50-49").
const CHAMBERS: &[&str] = &[
    "assembly",
    "chamber",
    "commons",
    "congress",
    "house",
    "lords",
    "parliament",
    "senate",
];

/// Words that make a paragraph's pairs of figures a poll's shares.
const POLL_WORDS: &[&[u8]] = &[b"poll", b"survey", b"margin of error"];

/// Words before a pair that make it a ratio ("more than 2-1").
const HEDGES: &[&str] = &[
    "about", "almost", "around", "nearly", "over", "roughly", "some", "than",
];

/// Longest figure of a score, in digits.
const MAX_DIGITS: usize = 4;

/// Words read before a score for its cue (a figure such as "$1.2" is one
/// word: "passed the $1.2 trillion spending package by 51 to 49").
const CUE_WORDS: usize = 8;

/// Appends the score claims of the text to `out`.
pub(crate) fn extract(cx: &Context<'_>, out: &mut Vec<Claim>) {
    let text = cx.text;
    let b = text.as_bytes();
    // Dashes: "-" and the first byte of "–" and "—" (E2 80 93, E2 80 94).
    for h in memchr::memchr2_iter(b'-', 0xE2, b) {
        let dash_len = match b.get(h..h + 3) {
            Some([0xE2, 0x80, 0x93 | 0x94]) => 3,
            _ if b[h] == b'-' => 1,
            _ => continue,
        };
        if let Some(c) = pair_at(cx, h, dash_len) {
            out.push(c);
        }
    }
    for p in memmem::find_iter(b, b" votes to ") {
        if let Some(c) = votes_to_at(cx, p) {
            out.push(c);
        }
    }
    for p in memmem::find_iter(b, b" to ") {
        if p > 0 && b[p - 1].is_ascii_digit() && b.get(p + 4).is_some_and(u8::is_ascii_digit) {
            if let Some(c) = to_pair_at(cx, p) {
                out.push(c);
            }
        }
    }
}

/// "n to n" around the match at `p` (its leading space), when a vote cues
/// it ("voted 52 to 48", "passed the bill 220 to 212", "by a vote of 6 to
/// 3"): "to" joins a range everywhere else ("20 to 30 people").
fn to_pair_at(cx: &Context<'_>, p: usize) -> Option<Claim> {
    let text = cx.text;
    let (span, pair) = figures_around(text, p, " to ".len())?;
    let sentence = cx.sentence_at(span.start);
    // "from 20 to 30", "between 20 to 30": a range.
    if prev_word(text, span.start, sentence.start).is_some_and(|(w, _, _)| {
        let w = w.to_ascii_lowercase();
        matches!(w.as_str(), "from" | "between") || HEDGES.contains(&w.as_str())
    }) {
        return None;
    }
    let cue = cue_before(text, sentence, span.start).filter(|c| c.vote)?;
    vote_claim(text, span, sentence, pair, cue.lemma)
}

/// A vote's tally at `span`, when what follows lets it be one; its
/// predicate is the result noun after it or `cue`.
fn vote_claim(
    text: &str,
    span: Span,
    sentence: Span,
    pair: (u32, u32),
    cue: &str,
) -> Option<Claim> {
    let after = follows(text, span.end, sentence.end)?;
    let sides = vote_sides(text, sentence, span.start);
    let predicate = after.result.map_or(cue, |(w, _)| w);
    let event = vote_event(text, sentence, predicate);
    Some(claim(span, sentence, pair, event, sides, predicate))
}

/// The digits ending at `end` (exclusive): their start, when there are 1
/// to [`MAX_DIGITS`] of them and no figure or word runs into them.
fn digits_before(b: &[u8], end: usize) -> Option<usize> {
    let mut s = end;
    while s > 0 && b[s - 1].is_ascii_digit() {
        s -= 1;
    }
    let n = end - s;
    if n == 0 || n > MAX_DIGITS {
        return None;
    }
    match s.checked_sub(1).map(|i| b[i]) {
        Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'.' | b',' | b'-' | b'/' | b'$') => {
            None
        }
        Some(c) if c >= 0x80 => None,
        _ => Some(s),
    }
}

/// The digits starting at `start`: their end, when there are 1 to
/// [`MAX_DIGITS`] of them and no figure, word or sign runs on.
fn digits_after(b: &[u8], start: usize) -> Option<usize> {
    let mut e = start;
    while e < b.len() && b[e].is_ascii_digit() {
        e += 1;
    }
    let n = e - start;
    if n == 0 || n > MAX_DIGITS {
        return None;
    }
    match b.get(e) {
        Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'%' | b'-' | b'/' | b'\'') => None,
        Some(b'.' | b',' | b':') if b.get(e + 1).is_some_and(u8::is_ascii_digit) => None,
        // A dash glued on ("3-2–1") runs on; other marks end the score.
        Some(&c) if c >= 0x80 => {
            (!matches!(b.get(e..e + 3), Some([0xE2, 0x80, 0x93 | 0x94]))).then_some(e)
        }
        _ => Some(e),
    }
}

fn parse(text: &str, s: usize, e: usize) -> Option<u32> {
    text.get(s..e)?.parse().ok()
}

/// The two figures of a pair whose first figure ends at `p` and whose
/// second starts `gap` bytes later: their span and values.
fn figures_around(text: &str, p: usize, gap: usize) -> Option<(Span, (u32, u32))> {
    let b = text.as_bytes();
    let s = digits_before(b, p)?;
    let e = digits_after(b, p + gap)?;
    Some((
        Span::new(s, e),
        (parse(text, s, p)?, parse(text, p + gap, e)?),
    ))
}

/// A pair "n-n" around the dash at `h`, when its clause cues a score.
fn pair_at(cx: &Context<'_>, h: usize, dash_len: usize) -> Option<Claim> {
    let b = cx.text.as_bytes();
    let (span, (x, y)) = figures_around(cx.text, h, dash_len)?;
    let (s, e) = (span.start, span.end);
    // "2024-25" is a season, "1939-45" a war: a four-digit first figure
    // is a vote's, with four-digit company ("2,000-1,500" has separators).
    if h - s == 4 && e - (h + dash_len) < 3 {
        return None;
    }
    // "2020-2024" are years.
    if (1800..=2100).contains(&x) && (1800..=2100).contains(&y) {
        return None;
    }
    if in_run(b, s, e) {
        return None;
    }
    score_claim(cx, span, (x, y))
}

/// "n votes to n" around the match at `p` (its leading space).
fn votes_to_at(cx: &Context<'_>, p: usize) -> Option<Claim> {
    let text = cx.text;
    let (span, pair) = figures_around(text, p, " votes to ".len())?;
    vote_claim(text, span, cx.sentence_at(span.start), pair, "vote")
}

/// Whether the score ending at `e` is at a break ("1-0 at half-time",
/// "2-1 at the break").
fn half_time(text: &str, e: usize, limit: usize) -> bool {
    let Some(rest) = text.get(e..limit) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', ',']);
    // The first words only: the rest of a sentence with no end is not
    // lower-cased for each score.
    let cut = (0..=rest.len().min(20))
        .rev()
        .find(|&i| rest.is_char_boundary(i))
        .unwrap_or(0);
    let rest = rest.get(..cut).unwrap_or("").to_ascii_lowercase();
    [
        "at half",
        "at the half",
        "at the break",
        "at the interval",
        "at halftime",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
}

/// Bytes of a paragraph read on each side of a score for a poll's words.
const POLL_REACH: usize = 1000;

/// Whether the paragraph around `pos` is about a poll (within
/// [`POLL_REACH`] bytes of it: a paragraph with no end is not read whole
/// for each score).
fn about_a_poll(cx: &Context<'_>, pos: usize) -> bool {
    let p = cx.seg.paragraph_at(pos);
    let mut s = p.start.max(pos.saturating_sub(POLL_REACH));
    let mut e = p.end.min(pos.saturating_add(POLL_REACH));
    while !cx.text.is_char_boundary(s) {
        s -= 1;
    }
    while e < cx.text.len() && !cx.text.is_char_boundary(e) {
        e += 1;
    }
    let Some(para) = cx.text.get(s..e) else {
        return false;
    };
    let para = para.to_ascii_lowercase();
    POLL_WORDS
        .iter()
        .any(|w| memmem::find(para.as_bytes(), w).is_some())
}

/// Whether the pair at `s..e` is one of a run of scores ("6-4, 3-6, 7-5",
/// "6-4 6-3"): another "n-n" right before or after it.
fn in_run(b: &[u8], s: usize, e: usize) -> bool {
    let is_pair = |t: &[u8]| {
        let t = t.trim_ascii();
        let mut parts = t.splitn(2, |&c| c == b'-');
        matches!((parts.next(), parts.next()), (Some(x), Some(y))
            if !x.is_empty() && !y.is_empty()
                && x.iter().chain(y).all(u8::is_ascii_digit))
    };
    let before = &b[s.saturating_sub(8)..s];
    let before = before.strip_suffix(b" ").unwrap_or(before);
    let before = before.strip_suffix(b",").unwrap_or(before);
    let after = &b[e..(e + 8).min(b.len())];
    let after = after.strip_prefix(b",").unwrap_or(after);
    let after = after.strip_prefix(b" ").unwrap_or(after);
    let tail_pair = before
        .rsplit(|&c| c == b' ' || c == b'(')
        .next()
        .is_some_and(is_pair);
    let head_pair = after
        .split(|&c| matches!(c, b' ' | b',' | b')' | b'.' | b';'))
        .next()
        .is_some_and(is_pair);
    tail_pair || head_pair
}

/// What follows a score: the result noun that cues it, if any.
struct After {
    result: Option<(&'static str, bool)>,
    /// Where the words after the score (and its result noun) start.
    end: usize,
}

/// Reads what follows the score ending at `e`: `None` when a word the
/// figures could count follows.
fn follows(text: &str, e: usize, limit: usize) -> Option<After> {
    let (w, ws, we) = match next_word(text, e, limit) {
        Some(x) => x,
        None => {
            return Some(After {
                result: None,
                end: e,
            });
        }
    };
    // Only a word after a space: "3-2," or "3-2)" end the score.
    if text.get(e..ws) != Some(" ") {
        return Some(After {
            result: None,
            end: e,
        });
    }
    let low = w.to_ascii_lowercase();
    if let Some(&(n, vote)) = RESULT_NOUNS.iter().find(|(n, _)| *n == low) {
        return Some(After {
            result: Some((n, vote)),
            end: we,
        });
    }
    FOLLOW.contains(&low.as_str()).then_some(After {
        result: None,
        end: e,
    })
}

/// A score claim for the pair at `span`, when its clause cues one.
fn score_claim(cx: &Context<'_>, span: Span, pair: (u32, u32)) -> Option<Claim> {
    let text = cx.text;
    let sentence = cx.sentence_at(span.start);
    let after = follows(text, span.end, sentence.end)?;
    let cue = cue_before(text, sentence, span.start);
    let vote = match (after.result, &cue) {
        (Some((_, v)), _) => v,
        (None, Some(c)) => c.vote,
        (None, None) => return None,
    };
    if prev_word(text, span.start, sentence.start)
        .is_some_and(|(w, _, we)| we + 1 == span.start && HEDGES.contains(&w))
        || half_time(text, span.end, sentence.end)
        || about_a_poll(cx, span.start)
    {
        return None;
    }
    let sides = if vote {
        vote_sides(text, sentence, span.start)
    } else {
        match_sides(text, sentence, span.start, after.end, cue.as_ref())
    };
    let predicate = match (&cue, after.result) {
        (Some(c), _) => c.lemma,
        (None, Some((n, _))) => n,
        (None, None) => "score",
    };
    let event = if vote {
        vote_event(text, sentence, predicate)
    } else {
        "match"
    };
    Some(claim(span, sentence, pair, event, sides, predicate))
}

/// Words that make a vote's tally a court's ruling.
const COURT_WORDS: &[&str] = &["court", "justices", "judges"];

/// What a tally is the result of: a court's split is a ruling, never a
/// chamber's vote on a bill ("the Supreme Court ruled 6-3", "In a 6-3
/// decision, the court …"); any other a vote.
fn vote_event(text: &str, sentence: Span, predicate: &str) -> &'static str {
    let court = matches!(predicate, "ruled" | "rules")
        || text.get(sentence.start..sentence.end).is_some_and(|s| {
            s.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| COURT_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c)))
        });
    if court { "ruling" } else { "vote" }
}

fn claim(
    span: Span,
    sentence: Span,
    (first, second): (u32, u32),
    event: &str,
    sides: Vec<String>,
    predicate: &str,
) -> Claim {
    let mut c = Claim::new(
        ClaimKind::Score,
        span,
        Value::Score {
            first: f64::from(first),
            second: f64::from(second),
        },
    );
    c.sentence = sentence;
    c.subject = Some(Box::new(Subject {
        predicate: Some(predicate.to_string()),
        event: Some(event.to_string()),
        agent: (!sides.is_empty()).then(|| sides.join(" v ")),
        ..Subject::default()
    }));
    c
}

/// The cue read before a score.
struct Cue {
    /// The cue word's lemma-like form, lower case.
    lemma: &'static str,
    /// Where the cue word starts and ends.
    start: usize,
    end: usize,
    vote: bool,
    /// Whether the verb takes its opponent or motion as its object.
    transitive: bool,
}

/// The nearest cue among the [`CUE_WORDS`] words before `s` in its clause.
fn cue_before(text: &str, sentence: Span, s: usize) -> Option<Cue> {
    let mut p = s;
    for _ in 0..CUE_WORDS {
        let (w, ws, we) = prev_word(text, p, sentence.start)?;
        // The clause ends at punctuation between the word and the score;
        // a currency sign opens a figure of it ("the $1.2 trillion bill").
        if text.get(we..p).is_some_and(|gap| {
            gap.chars()
                .any(|c| !matches!(c, ' ' | '\'' | '$' | '£' | '€' | '¥'))
        }) {
            return None;
        }
        let low = w.to_ascii_lowercase();
        // Match verbs first, then vote verbs, then nouns of a score.
        let found = MATCH_VERBS
            .iter()
            .find(|(v, _)| *v == low)
            .map(|&(v, t)| (v, false, t))
            .or_else(|| {
                VOTE_VERBS
                    .iter()
                    .find(|(v, _)| *v == low)
                    .map(|&(v, t)| (v, true, t))
            })
            .or_else(|| {
                SCORE_NOUNS
                    .iter()
                    .find(|n| **n == low)
                    .map(|&n| (n, false, false))
            });
        if let Some((lemma, vote, transitive)) = found {
            return Some(Cue {
                lemma,
                start: ws,
                end: we,
                vote,
                transitive,
            });
        }
        p = ws;
    }
    None
}

/// The sides of a match: the names around its cue, folded, sorted and
/// deduplicated.
fn match_sides(
    text: &str,
    sentence: Span,
    s: usize,
    after: usize,
    cue: Option<&Cue>,
) -> Vec<String> {
    let mut sides = Vec::new();
    if let Some(cue) = cue {
        sides.extend(name_before(text, sentence.start, cue.start));
        if cue.transitive {
            sides.extend(name_after(text, cue.end, s));
        }
        // "lost to Northport 3-2", "drew with Eastvale 1-1"
        if let Some((_, _, we)) =
            next_word(text, cue.end, s).filter(|x| OPPONENT_PREPS.contains(&x.0))
        {
            sides.extend(name_after(text, we, s));
        }
    }
    // "lost 3-2 to Northport", "a 2-1 win over Eastvale"
    if let Some((_, _, we)) =
        next_word(text, after, sentence.end).filter(|x| OPPONENT_PREPS.contains(&x.0))
    {
        sides.extend(name_after(text, we, sentence.end));
    }
    sides.sort();
    sides.dedup();
    sides
}

/// What a vote was on: the head noun before an intransitive or passive
/// cue, or after a transitive one.
fn vote_sides(text: &str, sentence: Span, s: usize) -> Vec<String> {
    let Some(cue) = cue_before(text, sentence, s).filter(|c| c.vote) else {
        return Vec::new();
    };
    if VOTERS_VERBS.contains(&cue.lemma) {
        return Vec::new();
    }
    // "passed the budget 201-188": a determiner after the verb opens its
    // object.
    let object = next_word(text, cue.end, s)
        .is_some_and(|(w, _, _)| matches!(w, "the" | "a" | "an" | "its" | "their" | "this"));
    // "The amendment was rejected 288-260": a passive names it before.
    let passive = prev_word(text, cue.start, sentence.start)
        .is_some_and(|(w, _, _)| matches!(w, "was" | "were" | "is" | "are" | "been" | "be"));
    let head = if (cue.transitive || object) && !passive {
        // The last lower-case word before a preposition or the score.
        let mut head = None;
        let mut p = cue.end;
        while let Some((w, _, we)) = next_word(text, p, s) {
            if FOLLOW.contains(&w) || !w.bytes().all(|c| c.is_ascii_lowercase()) {
                break;
            }
            head = Some(w);
            p = we;
        }
        head.filter(|h| !CHAMBERS.contains(h))
    } else {
        let mut p = cue.start;
        let mut head = None;
        while let Some((w, ws, we)) = prev_word(text, p, sentence.start) {
            // "The bill, which costs $1.3 trillion over ten years, cleared":
            // the head stands right before its verb, no comma between.
            if text
                .get(we..p)
                .is_some_and(|gap| gap.bytes().any(|c| c != b' '))
            {
                break;
            }
            if AUXILIARIES.contains(&w) {
                p = ws;
                continue;
            }
            head = Some(w).filter(|w| w.bytes().all(|c| c.is_ascii_alphabetic()));
            break;
        }
        head
    };
    head.map(str::to_ascii_lowercase)
        .filter(|h| {
            !NOT_SIDES.contains(&h.as_str())
                && !matches!(
                    h.as_str(),
                    "it" | "they" | "he" | "she" | "him" | "her" | "them" | "we" | "us" | "who"
                )
        })
        .into_iter()
        .collect()
}

/// The capitalised name (one to four words) ending right before `end`.
fn name_before(text: &str, floor: usize, end: usize) -> Option<String> {
    let mut words = Vec::new();
    let mut p = end;
    // "Eastvale were beaten", "Northport have won"
    while let Some((w, ws, _)) = prev_word(text, p, floor) {
        if !AUXILIARIES.contains(&w) {
            break;
        }
        p = ws;
    }
    while words.len() < 4 {
        let Some((w, ws, we)) = prev_word(text, p, floor) else {
            break;
        };
        if text.get(we..p) != Some(" ") || !capitalised(w) {
            break;
        }
        words.push((ws, we));
        p = ws;
    }
    // A kicker in capitals is no part of a name in mixed case ("ROLL TIDE
    // Alabama beat").
    let caps = |&(ws, we): &(usize, usize)| {
        let w = text.get(ws..we).unwrap_or("");
        w.len() >= 4 && w.bytes().all(|c| c.is_ascii_uppercase())
    };
    if !words.first().is_some_and(caps) {
        if let Some(k) = words.iter().position(caps) {
            words.truncate(k);
        }
    }
    // Drop what opens the sentence or names a day ("On Saturday Northport").
    while let Some(&(ws, we)) = words.last() {
        let w = text.get(ws..we).unwrap_or("").to_ascii_lowercase();
        if !NOT_SIDES.contains(&w.as_str()) {
            break;
        }
        words.pop();
    }
    let (&(_, e), &(s, _)) = (words.first()?, words.last()?);
    if words.iter().any(|&(ws, we)| {
        let w = text.get(ws..we).unwrap_or("").to_ascii_lowercase();
        NOT_SIDES.contains(&w.as_str())
    }) {
        return None;
    }
    Some(text.get(s..e)?.to_lowercase())
}

/// The capitalised name (one to four words) starting after `start`,
/// skipping "the", before `limit`.
fn name_after(text: &str, start: usize, limit: usize) -> Option<String> {
    let mut p = start;
    let mut first = next_word(text, p, limit)?;
    if first.0.eq_ignore_ascii_case("the") {
        p = first.2;
        first = next_word(text, p, limit)?;
    }
    let (mut s, mut e) = (None, first.1);
    let mut n = 0;
    let mut cur = Some(first);
    while let Some((w, ws, we)) = cur {
        if n == 4 || !capitalised(w) || NOT_SIDES.contains(&w.to_ascii_lowercase().as_str()) {
            break;
        }
        if n > 0 && text.get(e..ws) != Some(" ") {
            break;
        }
        s.get_or_insert(ws);
        e = we;
        n += 1;
        cur = next_word(text, we, limit);
    }
    Some(text.get(s?..e)?.to_lowercase())
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_alphabetic)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '.' | '&')
}

/// The word (letters, digits, inner marks) ending at or before `end`, not
/// before `floor`: the word, its start and end.
fn prev_word(text: &str, end: usize, floor: usize) -> Option<(&str, usize, usize)> {
    let head = text.get(floor..end)?;
    let trimmed = head.trim_end_matches(|c: char| !c.is_alphanumeric());
    let we = floor + trimmed.len();
    let ws = floor
        + trimmed
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word(c))
            .last()
            .map_or(trimmed.len(), |(i, _)| i);
    let w = text.get(ws..we)?;
    let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
    (!w.is_empty()).then(|| (w, we - w.len(), we))
}

/// The word starting at or after `start`, ending before `limit`.
fn next_word(text: &str, start: usize, limit: usize) -> Option<(&str, usize, usize)> {
    let tail = text.get(start..limit)?;
    let off = tail.find(|c: char| c.is_alphanumeric())?;
    // Only spaces and quote marks between: punctuation ends the clause.
    if tail[..off].chars().any(|c| !c.is_whitespace()) {
        return None;
    }
    let rest = &tail[off..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(rest.len(), |(i, _)| i);
    let w = rest[..len].trim_end_matches(['.', '\'', '’']);
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    (!w.is_empty()).then(|| (w, start + off, start + off + w.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(text: &str) -> Vec<(String, String)> {
        crate::extract::run_one(text, extract)
            .iter()
            .map(|c| {
                let agent = c
                    .subject
                    .as_ref()
                    .and_then(|s| s.agent.clone())
                    .unwrap_or_default();
                (c.text(text).to_string(), agent)
            })
            .collect()
    }

    #[test]
    fn pairs_need_a_cue() {
        assert_eq!(
            scores("Northport beat Eastvale 3-1 on Saturday."),
            [("3-1".into(), "eastvale v northport".into())]
        );
        assert!(scores("The 2024-25 season starts. Children aged 5-11. A 9-5 job.").is_empty());
        assert!(scores("Pages 3-7 of the report.").is_empty());
    }

    #[test]
    fn sets_are_no_claim() {
        assert!(scores("Varga won 6-4, 3-6, 7-5 on Saturday.").is_empty());
        assert!(scores("Varga won 6-4 6-3.").is_empty());
    }

    #[test]
    fn any_text_is_read_without_panic() {
        for t in [
            "-",
            "1-",
            "-1",
            "won 1-",
            "won 1–",
            "won 1—2",
            "beat é 1-2 to",
            "ü-1",
        ] {
            let _ = scores(t);
        }
    }
}
