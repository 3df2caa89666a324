//! Numbers as written in English news: digits and words.
//!
//! # Grammar
//!
//! ```text
//! number   := digits | words
//! digits   := [-−]? d{1,3} (',' d{3})+ ('.' d+)?   "1,200", "1,200.5"
//!           | [-−]? d+ ('.' d+)?                  "3.5", "1200"
//! words    := compound ("hundred" ("and"? compound)?)? scale?
//! compound := "twenty" "-"? "six" | "eleven" | ...
//! ```
//!
//! English separators only: in "1.200,5" the comma is not a thousands
//! separator after a decimal point, so the scan stops at "1.200".
//!
//! # Non-goals
//!
//! Roman numerals; numbers in other languages.

/// A number read at some position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Num {
    /// The value.
    pub(crate) value: f64,
    /// Byte offset just past the number.
    pub(crate) end: usize,
    /// Whether it was written in words ("twenty-six").
    pub(crate) words: bool,
}

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0),
    ("six", 6.0), ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0),
    ("eleven", 11.0), ("twelve", 12.0), ("thirteen", 13.0), ("fourteen", 14.0),
    ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0), ("eighteen", 18.0),
    ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0), ("fifty", 50.0),
    ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0),
];

/// Reads a number (digits or words) starting exactly at `start`.
pub(crate) fn parse_number(text: &str, start: usize) -> Option<Num> {
    let rest = text.get(start..)?;
    let first = rest.chars().next()?;
    if first.is_ascii_digit() {
        let b = rest.as_bytes();
        let mut i = 0;
        while i < b.len() && (b[i].is_ascii_digit() || (b[i] == b',' && b.get(i + 1).is_some_and(u8::is_ascii_digit))) {
            i += 1;
        }
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        let clean: String = rest[..i].chars().filter(|c| *c != ',').collect();
        let value = clean.parse::<f64>().ok()?;
        return Some(Num { value, end: start + i, words: false });
    }
    let word_end = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
    let word = rest[..word_end].to_ascii_lowercase();
    let v = UNITS.iter().find(|(w, _)| *w == word)?.1;
    Some(Num { value: v, end: start + word_end, words: true })
}
