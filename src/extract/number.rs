//! Numbers as written in English news: digits, words, scales, fractions and
//! ordinals.
//!
//! # Grammar
//!
//! ```text
//! number    := sign? (digits | words) fraction? scale*
//! sign      := "-" | "−" | "minus" | "negative"
//! digits    := d{1,3} (',' d{3})+ ('.' d+)?          "1,200", "1,200.5"
//!            | d{1,2} (',' d{2})+ ',' d{3} ('.' d+)? "12,34,567.89" (Indian
//!                                                    grouping: lakh, crore)
//!            | d{1,3} (nbsp d{3})+                   "1 234 567" (thin, narrow
//!                                                    no-break or plain space)
//!            | d+ ('.' d+)? ('e' [+-]? d+)?          "3.5", "1200", ".08", "1e10"
//!            | d+ '/' d+  | d+ ' ' d+ '/' d+         "3/4", "10 1/2"
//!            | d+ vulgar | vulgar                   "2½", "¾"
//! suffix    := 'k' | 'K' | 'M' | 'MM' | 'bn' | 'mn' | 'mln' | 'bln' | 'tn' | 'tln'
//!            | 'b' | 'm' (money only: "$2.6m", "£1b")  attached: "20k", "4.5bn"
//! scale     := ' ' ("hundred" | "thousand" | "million" | "billion" | "trillion"
//!            | "lakh" | "crore" | "dozen" | "bn" | "mn" | "k")
//! words     := ("a" | "an")? group (("and")? group)* ("point" digit-word+)?
//! group     := compound ("hundred" ("and"? compound)?)? scale*
//! compound  := ten ("-" | " ")? unit | teen | unit | ten
//! fraction  := sign? (words "and")? numerator denominator
//!                                                    "two thirds", "a half", "one eighth",
//!                                                    "two and fifty-four hundredths"
//! numerator := "a" | words                           "a hundred", "one hundred and thirty"
//! denominator := words? ordinal-word 's'?            "fifths", "twenty-firsts",
//!                                                    "hundred fifth", "trillionths"
//!            | number "and" ("a" | "one") ("half" | "quarter" | ordinal)
//!            | ("half" | "quarter") "a"? scale      "half a million", "quarter million"
//! power     := digits '^' [+-]? d+ | digits ('x' | '×') "10^" [+-]? d+
//! ordinal   := d+ ("st" | "nd" | "rd" | "th")       "26th"
//!            | compound-words ordinal-word          "third", "twenty-first"
//! ```
//!
//! A denominator is plural ("two thirds") or follows "a"/"one" ("a third");
//! a singular ordinal after any other number ends an ordinal ("twenty-first").
//! Where a run of words splits into numerator and denominator in more than
//! one way, the longest numerator wins ("one hundred thirty fifths" is
//! 130/5, not 100/35), but a hyphenated ten and unit are never split ("one
//! hundred thirty-fifths" is 100/35). A whole number joined by "and" to a
//! proper fraction is a mixed number ("two and fifty-four hundredths" is
//! 2.54); an improper one takes the whole as its numerator ("one hundred
//! and thirty fifths" is 26). "one hundred fifth" stays the ordinal 105th;
//! "twenty seconds" is a time, never 1/22. See `word_fraction`.
//!
//! English separators only. In "1.200,5" a comma follows a decimal part: the
//! number is written in a continental style this crate does not read, and
//! the whole figure is rejected (no number) rather than misread as 1.2.
//! Dotted runs ("192.168.1.2") are rejected too.
//!
//! Huge figures are rejected, never overflowed: a run of more than 18
//! integer digits, or a value that is not finite, is no number (a run of
//! 10,000 digits is scanned once and skipped).
//!
//! Ratios are read by [`ratio_after`]: "1 over 3", "one out of three", "1 in
//! 20" (the right side must be larger for "in" and "out of", and not a year
//! or a length of time: "$2000 over 3 years" is two figures).
//!
//! # Non-goals
//!
//! Roman numerals; numbers in other languages; continental decimal commas;
//! lists of numbers written with commas and no spaces ("22,24,26,31" reads
//! as 22 only).

use crate::extract::lexicon::{self, Low};

/// A number read at some position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Num {
    /// The value.
    pub(crate) value: f64,
    /// Byte offset just past the number.
    pub(crate) end: usize,
    /// Whether it was written in words ("twenty-six").
    pub(crate) words: bool,
    /// Whether the figure is round: trailing zeros ("30,000") or a scale
    /// word ("1.5 million"); the precision policy widens such figures.
    pub(crate) round: bool,
    /// Whether a scale word or suffix was read ("million", "bn", "k").
    pub(crate) scaled: bool,
    /// Whether the number has a fractional part written as a fraction
    /// ("two thirds", "3/4", "a half").
    pub(crate) fraction: bool,
    /// The scale factor read after the figure (1 when none): 1e6 for
    /// "20 million", so that "between £20 and £30 million" can distribute it.
    pub(crate) mult: f64,
}

/// Most integer digits a figure may have before it is rejected.
const MAX_DIGITS: usize = 18;

/// Reads a cardinal number (digits or words) starting exactly at `start`.
///
/// Returns `None` when no number starts there. An ordinal ("26th",
/// "third") is not a cardinal: for "26th" this returns 26 ending before
/// "th"; for "third" it returns `None` (see [`parse_ordinal`]).
pub(crate) fn parse_number(text: &str, start: usize) -> Option<Num> {
    parse(text, start, false)
}

/// Like [`parse_number`], in a money context: a lone "m" or "b" after the
/// digits is a scale ("$2.6m", "£1b").
pub(crate) fn parse_money_number(text: &str, start: usize) -> Option<Num> {
    parse(text, start, true)
}

fn parse(text: &str, start: usize, money: bool) -> Option<Num> {
    let rest = text.get(start..)?;
    let b = rest.as_bytes();
    let first = *b.first()?;
    let (neg, body) = if first == b'-' && b.get(1).is_some_and(|c| c.is_ascii_digit() || *c == b'.')
    {
        (true, start + 1)
    } else if rest.starts_with('−') && rest[3..].starts_with(|c: char| c.is_ascii_digit()) {
        (true, start + 3)
    } else {
        (false, start)
    };
    let bb = text.as_bytes().get(body).copied()?;
    let mut n = if bb.is_ascii_digit() || bb == b'.' {
        digits_number(text, body, money)?
    } else if let Some(v) = vulgar_at(text, body) {
        let mut n = Num {
            value: v.0,
            end: v.1,
            words: false,
            round: false,
            scaled: false,
            fraction: true,
            mult: 1.0,
        };
        scale_after(text, &mut n, money);
        n
    } else if bb.is_ascii_alphabetic() {
        words_number(text, body)?
    } else {
        return None;
    };
    if neg {
        n.value = -n.value;
    }
    n.value.is_finite().then_some(n)
}

/// The end of the ASCII digit run starting at `i` in `b`.
fn digit_run(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// Reads a figure in digits at `start` (no sign), with its fraction, suffix
/// and scale words.
fn digits_number(text: &str, start: usize, money: bool) -> Option<Num> {
    let b = text.as_bytes();
    let mut i = start;
    // The integer digits without separators (at most 21 before the length
    // check), and the fractional digits as written.
    let mut int = DigitBuf::default();
    let mut frac = "";
    if b.get(i) == Some(&b'.') {
        // ".08"
        let e = digit_run(b, i + 1);
        if e == i + 1 {
            return None;
        }
        frac = text.get(i + 1..e)?;
        i = e;
    } else {
        let e = digit_run(b, i);
        if e - i > MAX_DIGITS {
            return None;
        }
        int.push(text.get(i..e)?)?;
        let first_len = e - i;
        i = e;
        // Indian grouping: "12,34,567", "1,00,000" (lakh and crore).
        if let Some(e) = (first_len <= 2).then(|| indian_groups(b, i)).flatten() {
            for g in text.get(i..e)?.split(',').filter(|g| !g.is_empty()) {
                int.push(g)?;
            }
            i = e;
        }
        // Thousands groups: ",ddd" (after 1-3 digits), or a space-like
        // separator followed by exactly three digits.
        else if first_len <= 3 {
            loop {
                let (sep_len, suffix) = if b.get(i) == Some(&b',') {
                    (1, true)
                } else if let Some((l, thin)) = grouped_space(text, i) {
                    (l, thin)
                } else {
                    break;
                };
                let g = i + sep_len;
                let ge = digit_run(b, g);
                let alpha_after = b.get(ge).is_some_and(u8::is_ascii_alphanumeric);
                if ge - g != 3 || alpha_after && !(suffix && suffix_ok(b, ge)) {
                    break;
                }
                int.push(text.get(g..ge)?)?;
                if int.len() > MAX_DIGITS {
                    return None;
                }
                i = ge;
            }
        }
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            let e = digit_run(b, i + 1);
            frac = text.get(i + 1..e)?;
            i = e;
            // Continental or dotted forms: "1.200,5", "192.168.1.2".
            if (b.get(i) == Some(&b',')
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && frac.len() == 3)
                || (b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            {
                return None;
            }
        }
    }
    let mut value = decimal_value(int.as_str(), frac)?;
    let mut round = frac.is_empty() && int.len() > 1 && int.as_str().ends_with('0');
    let mut fraction = false;
    // Scientific notation: "1e10", "1.3e6", "-12e-1".
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let neg = match b.get(j) {
            Some(b'-') => {
                j += 1;
                true
            }
            Some(b'+') => {
                j += 1;
                false
            }
            _ => false,
        };
        let e = digit_run(b, j);
        if e > j && e - j <= 3 && !b.get(e).is_some_and(u8::is_ascii_alphanumeric) {
            let exp: i32 = text.get(j..e)?.parse().ok()?;
            value *= 10f64.powi(if neg { -exp } else { exp });
            i = e;
            round = false;
        }
    }
    // Powers: "1.1^23", "2.5^-1", "1.3x10^6", "6.23x10^-4".
    if b.get(i) == Some(&b'^') || text[i..].starts_with("x10^") || text[i..].starts_with("×10^") {
        let (base10, mut j) = if b.get(i) == Some(&b'^') {
            (false, i + 1)
        } else {
            (
                true,
                i + if b.get(i) == Some(&b'x') {
                    4
                } else {
                    "×10^".len()
                },
            )
        };
        let mut neg = false;
        while matches!(b.get(j), Some(b'+' | b'-')) && j < i + 8 {
            neg = b[j] == b'-' && !neg;
            j += 1;
        }
        let e = digit_run(b, j);
        if e > j && e - j <= 3 && !b.get(e).is_some_and(u8::is_ascii_alphanumeric) {
            let exp: i32 = text.get(j..e)?.parse().ok()?;
            let exp = if neg { -exp } else { exp };
            value = if base10 {
                value * 10f64.powi(exp)
            } else {
                value.powi(exp)
            };
            if !value.is_finite() {
                return None;
            }
            return Some(Num {
                value,
                end: e,
                words: false,
                round: false,
                scaled: false,
                fraction: false,
                mult: 1.0,
            });
        }
    }
    // Fractions: "3/4", "10 1/2", "2½".
    if frac.is_empty() {
        let plain = b.get(i) == Some(&b'/') && i - start == int.len();
        if let Some((f, e)) = if plain {
            slash_fraction(text, start)
        } else {
            None
        } {
            // A bare "a/b" is the fraction itself.
            value = f;
            i = e;
            fraction = true;
            round = false;
            if b.get(i) == Some(&b'/') {
                return None;
            }
        } else if b.get(i) == Some(&b' ') {
            let j = i + 1 + usize::from(b.get(i + 1) == Some(&b' '));
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                if let Some((f, e)) = slash_fraction(text, j) {
                    if f < 1.0 && b.get(e) != Some(&b'/') {
                        value += f;
                        i = e;
                        fraction = true;
                        round = false;
                    }
                }
            }
        } else if let Some((f, e)) = vulgar_at(text, i) {
            value += f;
            i = e;
            fraction = true;
            round = false;
        }
    }
    let mut n = Num {
        value,
        end: i,
        words: false,
        round,
        scaled: false,
        fraction,
        mult: 1.0,
    };
    // "and a half", then scale words.
    and_fraction(text, &mut n, 1.0);
    scale_after(text, &mut n, money);
    if n.scaled && !n.fraction {
        // "3 million and a quarter".
        let k = n.mult;
        and_fraction(text, &mut n, k);
    }
    Some(n)
}

/// Digits gathered on the stack: the integer part of a figure without its
/// group separators.
#[derive(Default)]
struct DigitBuf {
    b: [u8; 24],
    n: usize,
}

impl DigitBuf {
    /// Appends ASCII digits; `None` when they do not fit.
    fn push(&mut self, digits: &str) -> Option<()> {
        let end = self.n + digits.len();
        self.b
            .get_mut(self.n..end)?
            .copy_from_slice(digits.as_bytes());
        self.n = end;
        Some(())
    }

    fn len(&self) -> usize {
        self.n
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(self.b.get(..self.n).unwrap_or(&[])).unwrap_or("")
    }
}

/// The value of `int.frac` (either part may be empty, not both), parsed
/// as one decimal so that it is correctly rounded.
fn decimal_value(int: &str, frac: &str) -> Option<f64> {
    if frac.is_empty() {
        return int.parse().ok();
    }
    let int = if int.is_empty() { "0" } else { int };
    let mut buf = [0u8; 64];
    let n = int.len() + 1 + frac.len();
    match buf.get_mut(..n) {
        Some(dst) => {
            let (a, rest) = dst.split_at_mut(int.len());
            a.copy_from_slice(int.as_bytes());
            let (dot, c) = rest.split_at_mut(1);
            dot.copy_from_slice(b".");
            c.copy_from_slice(frac.as_bytes());
            std::str::from_utf8(dst).ok()?.parse().ok()
        }
        // A very long fractional part: rare, parsed from a heap copy.
        None => format!("{int}.{frac}").parse().ok(),
    }
}

/// The end of Indian digit groups at `i`, right after the leading one or
/// two digits: one or more ",dd" then a final ",ddd" that no digit, letter
/// or further ",d" follows ("12,34,567", "1,00,000"). `None` when the text
/// is not in that form (then the thousands grouping is tried).
fn indian_groups(b: &[u8], i: usize) -> Option<usize> {
    let group = |at: usize| -> Option<usize> {
        (b.get(at) == Some(&b',')).then(|| digit_run(b, at + 1) - (at + 1))
    };
    let mut j = i;
    let mut pairs = 0;
    while group(j) == Some(2) {
        j += 3;
        pairs += 1;
    }
    if pairs == 0 || group(j) != Some(3) {
        return None;
    }
    let e = j + 4;
    let after = b.get(e).copied();
    let more = after == Some(b',') && b.get(e + 1).is_some_and(u8::is_ascii_digit);
    (!more && !after.is_some_and(|c| c.is_ascii_alphanumeric())).then_some(e)
}

/// Whether a digit-group separator other than a comma stands at `i`: a thin,
/// narrow no-break or no-break space, or one plain space when the digits so
/// far are 1-3 long.
fn grouped_space(text: &str, i: usize) -> Option<(usize, bool)> {
    let c = text.get(i..).and_then(|r| r.chars().next())?;
    match c {
        '\u{202f}' | '\u{2009}' | '\u{a0}' => Some((c.len_utf8(), true)),
        ' ' => Some((1, false)),
        _ => None,
    }
}

/// Whether an attached suffix may follow a digit group at `i` ("k", "bn").
fn suffix_ok(b: &[u8], i: usize) -> bool {
    let w = word_end(b, i);
    w > i && w - i <= 3
}

fn word_end(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// "a/b" at `i` with a plausible denominator: the value and end.
fn slash_fraction(text: &str, i: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let e1 = digit_run(b, i);
    if e1 == i || b.get(e1) != Some(&b'/') {
        return None;
    }
    let e2 = digit_run(b, e1 + 1);
    // "30/4.85" is a ratio of decimals, not the fraction 30/4.
    let decimal_after =
        matches!(b.get(e2), Some(b'.' | b',')) && b.get(e2 + 1).is_some_and(u8::is_ascii_digit);
    if e2 == e1 + 1
        || e2 - i > 7
        || b.get(e2).is_some_and(u8::is_ascii_alphanumeric)
        || decimal_after
    {
        return None;
    }
    let a: f64 = text.get(i..e1)?.parse().ok()?;
    let d: f64 = text.get(e1 + 1..e2)?.parse().ok()?;
    let plausible = matches!(d as u32, 2 | 3 | 4 | 5 | 6 | 8 | 10 | 16 | 32 | 100) && a < d * 10.0;
    (plausible && d > 0.0).then_some((a / d, e2))
}

/// A vulgar fraction character at `i` ("½"): its value and end.
fn vulgar_at(text: &str, i: usize) -> Option<(f64, usize)> {
    let c = text.get(i..)?.chars().next()?;
    let v = match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    };
    Some((v, i + c.len_utf8()))
}

/// Whether a plural unit word follows `pos` after one space: "3.6m hours",
/// "1.5m tonnes". A glued "m" before another unit cannot be metres (no
/// measure is written with two units), so it is a million.
fn unit_word_after(text: &str, pos: usize) -> bool {
    let Some(rest) = text.get(pos..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let end = rest
        .bytes()
        .position(|c| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let w = &rest[..end];
    // "2m bpd": barrels a day.
    if w == "bpd" || w == "b" && rest.get(end..).is_some_and(|r| r.starts_with("/d")) {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && (crate::extract::calendar::unit(w).is_some()
            || lexicon::UNIT_SPELLINGS
                .iter()
                .any(|(sp, _, word)| *word && w.len() == sp.len() + 1 && w.starts_with(sp)))
}

/// Reads the scale words and suffixes after a figure, in place.
fn scale_after(text: &str, n: &mut Num, money: bool) {
    let b = text.as_bytes();
    // Attached suffix.
    let we = word_end(b, n.end);
    if we > n.end && !b.get(we).is_some_and(|c| c.is_ascii_digit()) {
        let w = &text[n.end..we];
        let k = match w {
            "k" | "K" => Some(1e3),
            "M" | "MM" => Some(1e6),
            "m" if money || unit_word_after(text, we) => Some(1e6),
            "b" | "B" if money || !n.words && n.value.fract() != 0.0 => Some(1e9),
            _ => lexicon::SCALES
                .iter()
                .find(|(s, _, attached)| *attached && s.eq_ignore_ascii_case(w))
                .map(|(_, v, _)| *v),
        };
        if let Some(k) = k {
            n.value *= k;
            n.mult *= k;
            n.end = we;
            n.round = true;
            n.scaled = true;
            return;
        }
        return;
    }
    // Scale words after spaces: "1.5 million", "three lakh crore".
    let mut last_scale = f64::INFINITY;
    loop {
        let Some((w, _, we)) = next_word(text, n.end) else {
            return;
        };
        let lw = Low::lossy(w);
        let k = match lw.as_str() {
            "dozen" | "dozens" | "dzs" | "doz" | "dozs" | "dz" => Some(12.0),
            "k" => Some(1e3),
            _ => lexicon::SCALES
                .iter()
                .find(|(s, _, _)| *s == lw)
                .map(|(_, v, _)| *v),
        };
        let Some(k) = k else { return };
        if !(k < last_scale || k >= 1e5 && last_scale >= 1e5) {
            return;
        }
        // "one hundred million": a smaller scale first multiplies.
        n.value *= k;
        n.mult *= k;
        n.end = we;
        n.round = true;
        n.scaled = true;
        last_scale = k;
        // "3 hundred and 21": a smaller number added after "hundred".
        if k == 100.0 {
            let mut p = we;
            if let Some((w2, _, we2)) = next_word(text, p) {
                if w2.eq_ignore_ascii_case("and") {
                    p = we2;
                }
            }
            let q = skip_spaces(text, p);
            if q > p || p > we {
                if let Some(m) = parse_small(text, q) {
                    n.value += m.0;
                    n.end = m.1;
                    n.round = false;
                }
            }
        } else if k >= 1000.0 && !n.words {
            // "4 thousand 3 hundred and 21": a smaller scaled group follows.
            let q = skip_spaces(text, we);
            let b = text.as_bytes();
            // "6 crore and two hundred": a smaller scaled group in words.
            // (No `let` chains: the crate's MSRV is 1.85.)
            if let Some((_, _, we2)) =
                next_word(text, we).filter(|(w2, _, _)| w2.eq_ignore_ascii_case("and"))
            {
                let q2 = skip_spaces(text, we2);
                let m = (q2 > we2 && b.get(q2).is_some_and(u8::is_ascii_alphabetic))
                    .then(|| words_number(text, q2))
                    .flatten()
                    .filter(|m| m.scaled && !m.fraction && m.value > 0.0 && m.value < k);
                if let Some(m) = m {
                    n.value += m.value;
                    n.end = m.end;
                    return;
                }
            }
            if q > we && b.get(q).is_some_and(u8::is_ascii_digit) {
                let e = digit_run(b, q);
                if e - q <= 3 && b.get(e) == Some(&b' ') {
                    if let Some((w2, _, _)) = next_word(text, e) {
                        let lw2 = Low::lossy(w2);
                        let smaller = lexicon::SCALES
                            .iter()
                            .any(|(x, v, att)| *x == lw2 && !att && *v < k);
                        if smaller {
                            if let Some(m) = digits_number(text, q, money) {
                                n.value += m.value;
                                n.end = m.end;
                                n.round = n.round && m.round;
                                return;
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A ratio written after a whole number `n`: "1 over 3", "one out of
/// three", "1 in twenty-one". Returns the ratio's value and end. A right
/// side followed by a time noun or a unit is not a ratio ("2000 over 3
/// years"), nor is a year ("5 in 2024").
pub(crate) fn ratio_after(text: &str, n: &Num) -> Option<(f64, usize)> {
    if n.scaled || n.fraction || n.value.fract() != 0.0 {
        return None;
    }
    let (w, _, we) = next_word(text, n.end)?;
    let lw = Low::lossy(w);
    let (kind, after) = match lw.as_str() {
        "over" => ("over", we),
        "in" => ("in", we),
        "of" => ("of", we),
        "out" => {
            let (w2, _, we2) = next_word(text, we)?;
            if !w2.eq_ignore_ascii_case("of") {
                return None;
            }
            ("out of", we2)
        }
        _ => return None,
    };
    let s = skip_spaces(text, after);
    if s == after {
        return None;
    }
    let m = parse_number(text, s)?;
    if m.scaled && !m.words || m.fraction || m.value <= 0.0 || m.value.fract() != 0.0 {
        return None;
    }
    let written = text.get(s..m.end).unwrap_or("");
    if written.len() == 4 && written.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if kind != "over" && m.value <= n.value {
        return None;
    }
    // "eight of 10 avocados" is a proportion; "two of 3,000 people" a count.
    if kind == "of" && !matches!(m.value as u32, 2 | 3 | 4 | 5 | 10 | 100) {
        return None;
    }
    if let Some((w2, _, _)) = next_word(text, m.end) {
        let lw2 = Low::lossy(w2);
        if lexicon::TIME_NOUNS_SET.has(&lw2) || kind == "over" {
            return None;
        }
    }
    let b = text.as_bytes();
    if b.get(m.end)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'%')
    {
        return None;
    }
    Some((n.value / m.value, m.end))
}

/// A number below 100 at `i`, in digits or words: its value and end.
fn parse_small(text: &str, i: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    if b.get(i).is_some_and(u8::is_ascii_digit) {
        let e = digit_run(b, i);
        if e - i > 2
            || b.get(e)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.' || *c == b',')
        {
            return None;
        }
        if let Some((w, _, _)) = next_word(text, e) {
            let lw = Low::lossy(w);
            if lexicon::SCALES.iter().any(|(x, _, _)| *x == lw) {
                return None;
            }
        }
        let v: f64 = text.get(i..e)?.parse().ok()?;
        return (v > 0.0).then_some((v, e));
    }
    let n = words_number(text, i)?;
    (n.value > 0.0 && n.value < 100.0 && !n.scaled && !n.fraction).then_some((n.value, n.end))
}

/// Index past up to three spaces at `i`.
fn skip_spaces(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    let lim = i + 3;
    while i < lim && b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// The next word after `i` (skipping 1-3 spaces): the word, its start and
/// end.
fn next_word(text: &str, i: usize) -> Option<(&str, usize, usize)> {
    let s = skip_spaces(text, i);
    if s == i {
        return None;
    }
    let e = word_end(text.as_bytes(), s);
    if e == s || text.as_bytes().get(e).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((text.get(s..e)?, s, e))
}

/// "and a half", "and a quarter", "and three quarters" after a number.
fn and_fraction(text: &str, n: &mut Num, k: f64) {
    let Some((w, _, we)) = next_word(text, n.end) else {
        return;
    };
    if !w.eq_ignore_ascii_case("and") {
        return;
    }
    let s = skip_spaces(text, we);
    if s == we {
        return;
    }
    if let Some((f, e)) = fraction_words(text, s) {
        n.value += f * k;
        n.end = e;
        n.fraction = true;
        n.round = false;
    }
}

/// A fraction in words at `i`: "a half", "one quarter", "three fifths",
/// "two thirds": its value and end.
fn fraction_words(text: &str, i: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let e = word_end(b, i);
    let w = text.get(i..e)?;
    let num = if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        1.0
    } else {
        lexicon::NUMBER_WORDS
            .iter()
            .find(|(x, _)| x.eq_ignore_ascii_case(w))?
            .1
    };
    let s = sep(text, e)?;
    let de = word_end(b, s);
    let d = text.get(s..de)?;
    let (den, plural) = denominator(d)?;
    if num != 1.0 && !plural || num == 1.0 && plural || num == 0.0 {
        return None;
    }
    Some((num / den, de))
}

/// Whether the word ending at `we` is the first part of a hyphenated
/// compound: "a third-party candidate", "a quarter-final", "a
/// third-quarter loss" hold no fraction ("a half-million" does).
fn compound_after(text: &str, we: usize) -> bool {
    let b = text.as_bytes();
    if b.get(we) != Some(&b'-') || !b.get(we + 1).is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let after = Low::lossy(text.get(we + 1..word_end(b, we + 1)).unwrap_or(""));
    !lexicon::SCALES.iter().any(|(x, _, _)| *x == after)
}

/// A fraction denominator word: its value and whether it is plural.
fn denominator(w: &str) -> Option<(f64, bool)> {
    let lw = Low::lossy(w);
    match lw.as_str() {
        "half" => return Some((2.0, false)),
        "halves" => return Some((2.0, true)),
        "quarter" => return Some((4.0, false)),
        "quarters" => return Some((4.0, true)),
        "first" | "second" | "firsts" | "seconds" => return None,
        _ => {}
    }
    let (base, plural) = match lw.strip_suffix('s') {
        Some(b) => (b, true),
        None => (lw.as_str(), false),
    };
    lexicon::ORDINAL_WORDS
        .iter()
        .find(|(x, _)| *x == base)
        .map(|(_, v)| (*v, plural))
}

/// Whether "quarters" at `w..we` after a number starting at `start` names
/// periods, not fourths: after "past", "last", "next", "consecutive"...
/// ("the past three quarters"), unless "of" follows ("the last three
/// quarters of the budget").
fn period_quarters(text: &str, start: usize, w: usize, we: usize) -> bool {
    let b = text.as_bytes();
    if !text
        .get(w..we)
        .is_some_and(|x| x.eq_ignore_ascii_case("quarters"))
    {
        return false;
    }
    if next_word(text, we).is_some_and(|(x, _, _)| x.eq_ignore_ascii_case("of")) {
        return false;
    }
    let mut e = start;
    while e > 0 && start - e < 3 && b.get(e - 1) == Some(&b' ') {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && e - s < 16 && b.get(s - 1).is_some_and(u8::is_ascii_alphabetic) {
        s -= 1;
    }
    let prev = text.get(s..e).unwrap_or("");
    [
        "past",
        "last",
        "next",
        "previous",
        "recent",
        "coming",
        "following",
        "first",
        "consecutive",
        "straight",
        "final",
        "remaining",
        "successive",
    ]
    .iter()
    .any(|x| x.eq_ignore_ascii_case(prev))
}

/// The separator between two number words at `i` ("-", " ", " - "): the
/// start of the next word.
fn sep(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut j = skip_spaces(text, i);
    if b.get(j) == Some(&b'-') {
        j = skip_spaces(text, j + 1);
    }
    (j > i && b.get(j).is_some_and(u8::is_ascii_alphabetic)).then_some(j)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Start,
    A,
    Unit,
    Teen,
    Ten,
    Hundred,
    Scale,
    Frac,
}

/// The result of the word scanner: a cardinal, or an ordinal.
struct WordsOut {
    num: Num,
    ordinal: bool,
}

fn words_number(text: &str, start: usize) -> Option<Num> {
    let o = scan_words(text, start, false).filter(|o| !o.ordinal);
    let n = match (o, word_fraction(text, start)) {
        (Some(o), Some(f)) if o.num.end > f.end => Some(o.num),
        (_, Some(f)) => Some(f),
        (o, None) => o.map(|o| o.num),
    }?;
    (!(n.fraction && compound_after(text, n.end))).then_some(n)
}

/// One word of a fraction written in words (see [`word_fraction`]).
#[derive(Clone, Copy, Debug)]
struct FracWord {
    /// The cardinal value; for an ordinal word, the value of its rank.
    v: f64,
    /// "a" or "an".
    a: bool,
    /// "and".
    and: bool,
    /// An ordinal word: whether it is plural ("fifths").
    ord: Option<bool>,
    /// "first", "second" (only after a ten: "twenty-first"), or "half",
    /// "quarter" (only alone).
    special: u8,
    /// Joined to the previous word by a hyphen ("thirty-fifths").
    tight: bool,
    /// Byte offset past the word.
    end: usize,
}

/// Most words a fraction in words may have.
const MAX_FRAC_WORDS: usize = 20;

/// Classifies one word of a fraction; `None` ends the run.
fn frac_word(w: &str, tight: bool, end: usize) -> Option<FracWord> {
    let mut fw = FracWord {
        v: 0.0,
        a: false,
        and: false,
        ord: None,
        special: 0,
        tight,
        end,
    };
    let eq = |x: &str| w.eq_ignore_ascii_case(x);
    if eq("a") || eq("an") {
        fw.a = true;
        fw.v = 1.0;
    } else if eq("and") {
        fw.and = true;
    } else if let Some(&(_, v)) = lexicon::NUMBER_WORDS.iter().find(|(x, _)| eq(x)) {
        fw.v = v;
    } else if let Some(&(_, v, _)) = lexicon::SCALES.iter().find(|(x, _, att)| !att && eq(x)) {
        fw.v = v;
    } else {
        let (base, plural) = match w.len().checked_sub(1).and_then(|l| w.get(l..)) {
            Some("s" | "S") => (w.get(..w.len() - 1)?, true),
            _ => (w, false),
        };
        let beq = |x: &str| base.eq_ignore_ascii_case(x);
        if beq("half") || eq("halves") {
            fw.v = 2.0;
            fw.special = 2;
            fw.ord = Some(eq("halves"));
        } else if beq("quarter") {
            fw.v = 4.0;
            fw.special = 2;
            fw.ord = Some(plural);
        } else {
            let &(x, v) = lexicon::ORDINAL_WORDS.iter().find(|(x, _)| beq(x))?;
            fw.v = v;
            fw.ord = Some(plural);
            if x == "first" || x == "second" {
                fw.special = 1;
            }
        }
    }
    Some(fw)
}

/// The value of a cardinal written in words, all of `ws` read ("one
/// hundred and thirty", "a hundred thousand", "ninety-five hundred"), or
/// `None` when the words do not make one number. With `bare`, a scale may
/// open it ("hundred", "trillion": the denominators "hundredths",
/// "trillionths").
fn frac_cardinal(ws: &[FracWord], bare: bool) -> Option<f64> {
    let mut total = 0.0f64;
    let mut cur = 0.0f64;
    let mut last = Tok::Start;
    let mut last_scale = f64::INFINITY;
    let mut after_and = false;
    for (i, w) in ws.iter().enumerate() {
        if w.and {
            if after_and || !matches!(last, Tok::Hundred | Tok::Scale) || i + 1 == ws.len() {
                return None;
            }
            after_and = true;
            continue;
        }
        if w.a {
            if i != 0 {
                return None;
            }
            last = Tok::A;
            cur = 1.0;
            continue;
        }
        let v = w.v;
        let free = matches!(last, Tok::Start | Tok::Hundred | Tok::Scale);
        if v < 10.0 {
            if !(free || last == Tok::Ten) {
                return None;
            }
            cur += v;
            last = Tok::Unit;
        } else if v < 20.0 {
            if !free {
                return None;
            }
            cur += v;
            last = Tok::Teen;
        } else if v < 100.0 {
            if !free {
                return None;
            }
            cur += v;
            last = Tok::Ten;
        } else if v == 100.0 {
            let g = match last {
                Tok::A => 1.0,
                Tok::Unit | Tok::Teen | Tok::Ten if cur < 100.0 => cur,
                Tok::Start if bare => 1.0,
                _ => return None,
            };
            cur = g * 100.0;
            last = Tok::Hundred;
        } else {
            if v >= last_scale {
                return None;
            }
            let g = match last {
                Tok::A => 1.0,
                Tok::Unit | Tok::Teen | Tok::Ten | Tok::Hundred => cur,
                Tok::Start if bare => 1.0,
                _ => return None,
            };
            total += g * v;
            cur = 0.0;
            last_scale = v;
            last = Tok::Scale;
        }
        after_and = false;
    }
    (last != Tok::Start && !(last == Tok::A && ws.len() > 1)).then_some(total + cur)
}

/// A fraction written in words at `start`: its value and end.
///
/// `numerator denominator`, where the numerator is any cardinal in words
/// (or "a") and the denominator an ordinal phrase ending in an ordinal
/// word: plural after a numerator other than one ("three fifths", "three
/// twenty-firsts", "a hundred trillionths"), singular after "a"/"one"
/// ("one twenty-fifth"). A mixed number is `whole "and" fraction` when the
/// fraction is proper ("two and fifty-four hundredths" = 2.54); otherwise
/// the "and" belongs to the numerator ("one hundred and thirty fifths" =
/// 130/5). After a scale of a thousand or more the fraction is of that
/// scale: "one million and a half" is 1.5 million.
///
/// Where the split is ambiguous the longest numerator wins: "one hundred
/// thirty fifths" is 130/5, not 100/35. A hyphen between a ten and a unit
/// ("thirty-fifths", "thirty-two") is never split, so "one hundred
/// thirty-fifths" is 100/35. A singular denominator with a cardinal
/// before its ordinal word is an ordinal when the numerator joins it ("one
/// hundred fifth" is the 105th; "one one hundred fifth" is 1/105).
/// "first" is a denominator only after a ten ("three twenty firsts"),
/// "second" only hyphenated to one ("twenty-seconds"; "twenty seconds" is
/// a time); "half" and "quarter" only alone.
fn word_fraction(text: &str, start: usize) -> Option<Num> {
    let b = text.as_bytes();
    let mut pos = start;
    let mut sign = 1.0;
    let first_end = word_end(b, pos);
    let first = text.get(pos..first_end)?;
    if first.eq_ignore_ascii_case("minus") || first.eq_ignore_ascii_case("negative") {
        sign = -1.0;
        pos = skip_spaces(text, first_end);
        if pos == first_end {
            return None;
        }
    }
    let mut ws: [Option<FracWord>; MAX_FRAC_WORDS] = [None; MAX_FRAC_WORDS];
    let mut n = 0;
    let mut tight = false;
    let mut any_ord = false;
    while n < MAX_FRAC_WORDS {
        let we = word_end(b, pos);
        if we == pos || b.get(we).is_some_and(u8::is_ascii_digit) {
            break;
        }
        let Some(fw) = frac_word(text.get(pos..we)?, tight, we) else {
            break;
        };
        any_ord |= fw.ord.is_some();
        ws[n] = Some(fw);
        n += 1;
        let Some(s) = sep(text, we) else {
            break;
        };
        tight = text.get(we..s).is_some_and(|g| g.contains('-'));
        pos = s;
    }
    if !any_ord {
        return None;
    }
    let mut buf = [FracWord {
        v: 0.0,
        a: false,
        and: false,
        ord: None,
        special: 0,
        tight: false,
        end: 0,
    }; MAX_FRAC_WORDS];
    for (d, s) in buf.iter_mut().zip(ws.iter().take(n)) {
        *d = (*s)?;
    }
    let ws = buf.get(..n)?;
    for j in (1..n).rev() {
        let Some(plural) = ws[j].ord else {
            continue;
        };
        let ws_start = ws.get(j.wrapping_sub(1)).map_or(start, |w| w.end);
        let word_start = skip_spaces(text, ws_start);
        if period_quarters(text, start, word_start, ws[j].end) {
            continue;
        }
        for k in (1..=j).rev() {
            if let Some(v) = frac_split(ws, k, j, plural) {
                return Some(Num {
                    value: sign * v,
                    end: ws[j].end,
                    words: true,
                    round: false,
                    scaled: false,
                    fraction: true,
                    mult: 1.0,
                });
            }
        }
    }
    None
}

/// The value of `ws[..k]` over the denominator `ws[k..=j]`, if that split
/// is a fraction (see [`word_fraction`]).
fn frac_split(ws: &[FracWord], k: usize, j: usize, plural: bool) -> Option<f64> {
    let (prev, next) = (ws.get(k - 1)?, ws.get(k)?);
    let ten = |w: &FracWord| w.ord.is_none() && w.v >= 20.0 && w.v < 100.0 && w.v % 10.0 == 0.0;
    // "thirty-fifths", "thirty-two": a hyphenated ten and unit stay one.
    if next.tight && ten(prev) && next.v < 10.0 && !next.a && !next.and {
        return None;
    }
    let ord = ws.get(j)?;
    let prefix = ws.get(k..j)?;
    let second = ord.v == 2.0;
    match ord.special {
        1 if !(prefix.last().is_some_and(ten) && (ord.tight || !second)) => return None,
        2 if !prefix.is_empty() => return None,
        _ => {}
    }
    if prefix.iter().any(|w| w.ord.is_some()) {
        return None;
    }
    let mut den_ws = [*ord; MAX_FRAC_WORDS];
    den_ws[..prefix.len()].copy_from_slice(prefix);
    let den = frac_cardinal(den_ws.get(..=prefix.len())?, true)?;
    if den <= 1.0 {
        return None;
    }
    let numer = ws.get(..k)?;
    if numer.iter().any(|w| w.ord.is_some()) {
        return None;
    }
    // Singular after "a"/"one" only; plural after anything else.
    let one = |ns: &[FracWord]| ns.len() == 1 && ns.first().is_some_and(|w| w.v == 1.0 && !w.and);
    let agree = |ns: &[FracWord]| one(ns) != plural;
    // A mixed number: "two and fifty-four hundredths".
    if let Some(a) = numer.iter().rposition(|w| w.and) {
        let whole = frac_cardinal(numer.get(..a)?, false);
        let part = numer.get(a + 1..)?;
        let f = frac_cardinal(part, false).filter(|f| agree(part) && *f > 0.0 && *f < den);
        if let (Some(whole), Some(f)) = (whole, f) {
            // "one million and a half" is 1.5 million.
            let k = numer
                .get(a.wrapping_sub(1))
                .map_or(1.0, |w| if w.v >= 1000.0 { w.v } else { 1.0 });
            return Some(whole + f / den * k);
        }
    }
    if !agree(numer) {
        return None;
    }
    let f = frac_cardinal(numer, false)?;
    if f <= 0.0 {
        return None;
    }
    // "one hundred fifth" is an ordinal, not 1/105.
    if !plural && !prefix.is_empty() {
        let mut all = [*ord; MAX_FRAC_WORDS];
        all[..j].copy_from_slice(ws.get(..j)?);
        if frac_cardinal(all.get(..=j)?, false).is_some() {
            return None;
        }
    }
    Some(f / den)
}

/// Scans number words at `start`. With `ordinal`, a singular ordinal word
/// after the cardinal part ends the scan as an ordinal.
fn scan_words(text: &str, start: usize, ordinal: bool) -> Option<WordsOut> {
    let b = text.as_bytes();
    let mut pos = start;
    let mut sign = 1.0;
    // "minus five", "negative one".
    {
        let e = word_end(b, pos);
        let w = text.get(pos..e)?;
        if w.eq_ignore_ascii_case("minus") || w.eq_ignore_ascii_case("negative") {
            let s = skip_spaces(text, e);
            if s == e {
                return None;
            }
            if b.get(s).is_some_and(u8::is_ascii_digit) {
                let mut n = digits_number(text, s, false)?;
                n.value = -n.value;
                return Some(WordsOut {
                    num: n,
                    ordinal: false,
                });
            }
            sign = -1.0;
            pos = s;
        }
    }
    let mut total = 0.0f64;
    let mut cur = 0.0f64;
    let mut small = 0.0f64;
    let mut last = Tok::Start;
    let mut before_last = Tok::Start;
    let mut end: Option<usize> = None;
    let mut round = false;
    let mut scaled = false;
    let mut fraction = false;
    let mut after_and = false;
    let mut mult = 1.0f64;
    let mut and_after_scale = false;
    loop {
        let we = word_end(b, pos);
        if we == pos || b.get(we).is_some_and(u8::is_ascii_digit) {
            break;
        }
        let w = &text[pos..we];
        let lw = Low::lossy(w);
        let l = lw.as_str();
        let num = lexicon::NUMBER_WORDS
            .iter()
            .find(|(x, _)| *x == l)
            .map(|(_, v)| *v);
        let scale = lexicon::SCALES
            .iter()
            .find(|(x, _, att)| *x == l && !att)
            .map(|(_, v, _)| *v);
        let mut accepted = true;
        if l == "a" || l == "an" {
            if last != Tok::Start && !(last == Tok::Frac && cur == 0.5 || after_and) {
                break;
            }
            // "a" counts only if a scale, dozen or fraction follows.
            before_last = last;
            last = Tok::A;
            small = 1.0;
            if before_last == Tok::Frac {
                // "half a million": keep the fraction as the multiplier.
                small = cur;
                last = Tok::Frac;
            }
        } else if let Some(v) = num {
            let ok = if v < 10.0 {
                matches!(last, Tok::Start | Tok::Hundred | Tok::Scale)
                    || last == Tok::Ten && v > 0.0 && !after_and
            } else {
                matches!(last, Tok::Start | Tok::Hundred | Tok::Scale)
            };
            if after_and && !matches!(before_last, Tok::Hundred | Tok::Scale) {
                // "twenty and three fifths": only a fraction may follow.
                if let Some((f, e)) = fraction_words(text, pos) {
                    cur += f;
                    end = Some(e);
                    fraction = true;
                    round = false;
                    break;
                }
                break;
            }
            if !ok {
                break;
            }
            cur += v;
            if last == Tok::Ten && v < 10.0 {
                small += v;
            } else {
                small = v;
            }
            before_last = last;
            last = if v < 10.0 {
                Tok::Unit
            } else if v < 20.0 {
                Tok::Teen
            } else if v % 10.0 == 0.0 && v < 100.0 && before_last != Tok::Ten {
                Tok::Ten
            } else {
                Tok::Unit
            };
            end = Some(we);
            round = false;
        } else if l == "hundred" {
            if !matches!(last, Tok::A | Tok::Unit | Tok::Teen | Tok::Ten)
                || cur >= 100.0 && last != Tok::A
            {
                break;
            }
            let g = if last == Tok::A { 1.0 } else { cur };
            cur = g * 100.0;
            small = 0.0;
            before_last = last;
            last = Tok::Hundred;
            end = Some(we);
            round = true;
            scaled = true;
        } else if let Some(s) = scale {
            if !matches!(
                last,
                Tok::A | Tok::Unit | Tok::Teen | Tok::Ten | Tok::Hundred | Tok::Scale | Tok::Frac
            ) {
                break;
            }
            mult = if last == Tok::Scale { mult * s } else { s };
            if last == Tok::Scale {
                total *= s;
            } else {
                let g = if last == Tok::A { 1.0 } else { cur };
                total += g * s;
                cur = 0.0;
            }
            small = 0.0;
            before_last = last;
            last = Tok::Scale;
            end = Some(we);
            round = true;
            scaled = true;
        } else if matches!(l, "dozen" | "dozens" | "dozs" | "dzs") {
            if !matches!(last, Tok::A | Tok::Unit | Tok::Teen | Tok::Ten | Tok::Frac) {
                break;
            }
            let g = if last == Tok::A { 1.0 } else { small };
            cur = cur - if last == Tok::A { 0.0 } else { small } + g * 12.0;
            before_last = last;
            last = Tok::Scale;
            small = 0.0;
            end = Some(we);
            scaled = true;
        } else if l == "and" {
            if !matches!(
                last,
                Tok::Unit | Tok::Teen | Tok::Ten | Tok::Hundred | Tok::Scale
            ) || after_and
            {
                break;
            }
            before_last = last;
            after_and = true;
            and_after_scale = last == Tok::Scale;
            let s = skip_spaces(text, we);
            if s == we {
                break;
            }
            pos = s;
            continue;
        } else if l == "point"
            && matches!(
                last,
                Tok::Unit | Tok::Teen | Tok::Ten | Tok::Hundred | Tok::Scale
            )
        {
            let Some((f, e)) = point_digits(text, we) else {
                break;
            };
            cur += f;
            end = Some(e);
            round = false;
            pos = e;
            // A scale may follow: "two point five million".
            if let Some((w2, _, we2)) = next_word(text, pos) {
                let lw2 = Low::lossy(w2);
                if let Some(s) = lexicon::SCALES
                    .iter()
                    .find(|(x, _, att)| *x == lw2 && !att)
                    .map(|(_, v, _)| *v)
                {
                    total += cur * s;
                    cur = 0.0;
                    end = Some(we2);
                    scaled = true;
                    round = true;
                }
            }
            break;
        } else if let Some(ov) = lexicon::ORDINAL_WORDS
            .iter()
            .find(|(x, _)| *x == l)
            .map(|(_, v)| *v)
            .filter(|ov| {
                ordinal
                    && (matches!(last, Tok::Ten | Tok::Hundred | Tok::Scale)
                        || *ov >= 100.0 && matches!(last, Tok::Unit | Tok::Teen | Tok::A))
            })
        {
            // "twenty-first", "one hundred twenty fifth", "two hundredth".
            let v = if ov >= 100.0 {
                let g = if last == Tok::A { 1.0 } else { total + cur };
                g * ov
            } else {
                total + cur + ov
            };
            return Some(WordsOut {
                num: Num {
                    value: sign * v,
                    end: we,
                    words: true,
                    round: false,
                    scaled: false,
                    fraction: false,
                    mult: 1.0,
                },
                ordinal: true,
            });
        } else if let Some((den, plural)) = denominator(l) {
            if period_quarters(text, start, pos, we) {
                break;
            }
            let frac_ok = match last {
                Tok::A => !plural,
                Tok::Unit if small == 1.0 && before_last != Tok::Ten => !plural,
                Tok::Unit | Tok::Teen | Tok::Ten => plural,
                Tok::Start => matches!(l, "half" | "quarter"),
                _ => false,
            };
            if frac_ok {
                let numer = if last == Tok::Start { 1.0 } else { small };
                // "one million and a half" is 1.5 million, but in "one
                // billion and a half million" the next scale multiplies.
                let scale_next = sep(text, we).is_some_and(|p| {
                    let e = word_end(b, p);
                    let w = Low::lossy(text.get(p..e).unwrap_or(""));
                    lexicon::SCALES.iter().any(|(x, _, att)| *x == w && !att)
                });
                let k = if and_after_scale && !scale_next {
                    mult
                } else {
                    1.0
                };
                let prev = if matches!(last, Tok::Start | Tok::A) {
                    0.0
                } else {
                    small
                };
                cur = cur - prev + numer / den * k;
                small = cur;
                before_last = last;
                last = Tok::Frac;
                end = Some(we);
                fraction = true;
                round = false;
                // "two thirds of a million".
                let mut p = skip_spaces(text, we);
                let e = word_end(b, p);
                if p > we && text[p..e].eq_ignore_ascii_case("of") {
                    p = skip_spaces(text, e);
                    let e2 = word_end(b, p);
                    if text.get(p..e2).is_some_and(|x| x.eq_ignore_ascii_case("a")) {
                        let p2 = skip_spaces(text, e2);
                        let e3 = word_end(b, p2);
                        let w3 = Low::lossy(text.get(p2..e3).unwrap_or(""));
                        if lexicon::SCALES.iter().any(|(x, _, att)| *x == w3 && !att) {
                            pos = p2;
                            continue;
                        }
                    }
                }
            } else {
                break;
            }
        } else {
            accepted = false;
        }
        if !accepted {
            break;
        }
        after_and = false;
        // Move to the next word: spaces, or a hyphen.
        match sep(text, we) {
            Some(s) => pos = s,
            None => break,
        }
    }
    let end = end?;
    let value = sign * (total + cur);
    Some(WordsOut {
        num: Num {
            value,
            end,
            words: true,
            round,
            scaled,
            fraction,
            mult,
        },
        ordinal: false,
    })
}

/// The digit words after "point": "five" → 0.5, "zero three" → 0.03,
/// "seventy-one" → 0.71.
fn point_digits(text: &str, i: usize) -> Option<(f64, usize)> {
    let b = text.as_bytes();
    let mut digits = String::new();
    let mut end = None;
    let mut pos = skip_spaces(text, i);
    if pos == i {
        return None;
    }
    loop {
        let we = word_end(b, pos);
        let w = Low::lossy(text.get(pos..we)?);
        let Some(v) = lexicon::NUMBER_WORDS
            .iter()
            .find(|(x, _)| *x == w)
            .map(|(_, v)| *v)
        else {
            break;
        };
        if v >= 20.0 && v % 10.0 == 0.0 {
            // "seventy-one": the ten and its unit.
            let mut d = v as u32;
            let mut e = we;
            if let Some(s) = sep(text, we) {
                let ue = word_end(b, s);
                let u = Low::lossy(text.get(s..ue)?);
                let uv = lexicon::NUMBER_WORDS
                    .iter()
                    .find(|(x, _)| *x == u)
                    .map(|(_, v)| *v);
                if let Some(uv) = uv.filter(|x| (1.0..10.0).contains(x)) {
                    d += uv as u32;
                    e = ue;
                }
            }
            digits.push_str(&d.to_string());
            end = Some(e);
            break;
        }
        digits.push_str(&(v as u32).to_string());
        end = Some(we);
        if digits.len() > 12 {
            break;
        }
        match sep(text, we) {
            Some(s) => pos = s,
            None => break,
        }
    }
    let end = end?;
    let f: f64 = format!("0.{digits}").parse().ok()?;
    Some((f, end))
}

/// Reads an ordinal starting exactly at `start`: "26th", "21st", "third",
/// "twenty-first", "one hundred twenty-fifth". The value is the rank.
pub(crate) fn parse_ordinal(text: &str, start: usize) -> Option<Num> {
    let b = text.as_bytes();
    let c = *b.get(start)?;
    if c.is_ascii_digit() {
        let e = digit_run(b, start);
        if e - start > 9 {
            return None;
        }
        let we = word_end(b, e);
        let suf = text.get(e..we)?;
        let last = b[e - 1];
        let tens = if e - start >= 2 { b[e - 2] } else { b'0' };
        let want = if tens == b'1' {
            "th"
        } else {
            match last {
                b'1' => "st",
                b'2' => "nd",
                b'3' => "rd",
                _ => "th",
            }
        };
        if !suf.eq_ignore_ascii_case(want) {
            return None;
        }
        let value: f64 = text.get(start..e)?.parse().ok()?;
        return Some(Num {
            value,
            end: we,
            words: false,
            round: false,
            scaled: false,
            fraction: false,
            mult: 1.0,
        });
    }
    if !c.is_ascii_alphabetic() {
        return None;
    }
    // A lone ordinal word.
    let we = word_end(b, start);
    let w = Low::lossy(text.get(start..we)?);
    if let Some((_, v)) = lexicon::ORDINAL_WORDS.iter().find(|(x, _)| *x == w) {
        return Some(Num {
            value: *v,
            end: we,
            words: true,
            round: false,
            scaled: false,
            fraction: false,
            mult: 1.0,
        });
    }
    let o = scan_words(text, start, true)?;
    o.ordinal.then_some(o.num)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<(f64, &str)> {
        parse_number(s, 0).map(|n| (n.value, &s[..n.end]))
    }

    #[test]
    fn digits() {
        assert_eq!(v("1,200 people"), Some((1200.0, "1,200")));
        assert_eq!(v("3.5 km"), Some((3.5, "3.5")));
        assert_eq!(v("1.200,5"), None);
        assert_eq!(v("192.168.1.2"), None);
        assert_eq!(v("-4 C"), Some((-4.0, "-4")));
        assert_eq!(v(".08"), Some((0.08, ".08")));
        assert_eq!(v("20k"), Some((20000.0, "20k")));
        assert_eq!(v("4.5bn"), Some((4.5e9, "4.5bn")));
        assert_eq!(v("1.5 million"), Some((1.5e6, "1.5 million")));
        assert_eq!(v("3/4"), Some((0.75, "3/4")));
        assert_eq!(v("10 1/2 miles"), Some((10.5, "10 1/2")));
        assert_eq!(v("1 234 567"), Some((1234567.0, "1 234 567")));
        assert_eq!(v("12,34,567.89"), Some((1234567.89, "12,34,567.89")));
        assert_eq!(v("1,00,000 people"), Some((100000.0, "1,00,000")));
        assert_eq!(v("1,23,45,678"), Some((12345678.0, "1,23,45,678")));
        // Not Indian groups: a list, a group too short, a run that goes on.
        assert_eq!(v("22,24,26,31"), Some((22.0, "22")));
        assert_eq!(v("1,23,45"), Some((1.0, "1")));
        assert_eq!(v("1,23,456,7"), Some((1.0, "1")));
        assert_eq!(v("999999999999999999999999"), None);
        assert_eq!(v(&"9".repeat(10_000)), None);
        assert_eq!(parse_money_number("2.6m", 0).map(|n| n.value), Some(2.6e6));
        assert_eq!(v("1.8m"), Some((1.8, "1.8")));
        assert_eq!(v("3 hundred and 21"), Some((321.0, "3 hundred and 21")));
        assert_eq!(
            v("4 thousand 3 hundred and 21"),
            Some((4321.0, "4 thousand 3 hundred and 21"))
        );
        assert_eq!(v("1.3x10^6"), Some((1.3e6, "1.3x10^6")));
        assert_eq!(v("2.5^-1"), Some((0.4, "2.5^-1")));
    }

    #[test]
    fn words() {
        assert_eq!(v("twenty-six"), Some((26.0, "twenty-six")));
        assert_eq!(
            v("one hundred and five"),
            Some((105.0, "one hundred and five"))
        );
        assert_eq!(v("a dozen eggs"), Some((12.0, "a dozen")));
        assert_eq!(v("two dozen"), Some((24.0, "two dozen")));
        assert_eq!(v("half a million"), Some((500000.0, "half a million")));
        assert_eq!(v("a third of"), Some((1.0 / 3.0, "a third")));
        assert_eq!(v("two thirds"), Some((2.0 / 3.0, "two thirds")));
        assert_eq!(v("one and a half"), Some((1.5, "one and a half")));
        assert_eq!(v("between twenty and thirty").map(|x| x.0), None);
        assert_eq!(v("twenty and thirty"), Some((20.0, "twenty")));
        assert_eq!(
            v("minus five point five"),
            Some((-5.5, "minus five point five"))
        );
        assert_eq!(v("a"), None);
        assert_eq!(v("twenty-first"), Some((20.0, "twenty")));
    }

    #[test]
    fn fractions_in_words() {
        let f = v;
        let close = |s: &str, want: f64| {
            let (got, t) = v(s).unwrap_or((f64::NAN, ""));
            assert!((got - want).abs() < 1e-9 && t == s, "{s}: {got} {t:?}");
        };
        close("three fifths", 0.6);
        close("three twenty-firsts", 3.0 / 21.0);
        close("three twenty firsts", 3.0 / 21.0);
        close("one twenty-fifth", 0.04);
        close("a hundred trillionths", 1e-10);
        close("a hundred thousand trillionths", 1e-7);
        close("one hundred and thirty-two fifths", 26.4);
        close("one hundred thirty fifths", 26.0);
        close("one hundred thirty-fifths", 100.0 / 35.0);
        close("two and fifty-four hundredths", 2.54);
        close("ninety-five hundred fifths", 1900.0);
        close("minus ninety-five hundred fifths", -1900.0);
        close("one one hundred fifth", 1.0 / 105.0);
        close("one million and a half", 1.5e6);
        assert_eq!(f("one hundred fifth"), Some((100.0, "one hundred")));
        assert_eq!(f("twenty seconds"), Some((20.0, "twenty")));
        assert_eq!(f("one second"), Some((1.0, "one")));
        assert_eq!(v("30/4.85"), Some((30.0, "30")));
    }

    #[test]
    fn ordinals() {
        let o = |s: &str| parse_ordinal(s, 0).map(|n| (n.value, n.end));
        assert_eq!(o("26th"), Some((26.0, 4)));
        assert_eq!(o("21st"), Some((21.0, 4)));
        assert_eq!(o("22th"), None);
        assert_eq!(o("third"), Some((3.0, 5)));
        assert_eq!(o("twenty-first"), Some((21.0, 12)));
        assert_eq!(o("one hundred twenty fifth"), Some((125.0, 24)));
        assert_eq!(o("two hundredth"), Some((200.0, 13)));
    }
}
