//! Word lists of the date grammar: months, weekdays, ordinals, units of
//! time, clock zones, and the verbs that mark tense.
//!
//! # Grammar
//!
//! Lookups are ASCII case-insensitive and exact (no prefixes): "Sept" and
//! "Sep" are September, "Tues" is Tuesday. A trailing period of an
//! abbreviation is read by the caller.
//!
//! # Non-goals
//!
//! Month and weekday names in other languages; holidays (their dates move).

use jiff::civil::Weekday;

/// Month names and abbreviations, with the month number.
pub(crate) const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations.
pub(crate) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("mon", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("tues", Weekday::Tuesday),
    ("tue", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("wed", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("thurs", Weekday::Thursday),
    ("thur", Weekday::Thursday),
    ("thu", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("fri", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sat", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
    ("sun", Weekday::Sunday),
];

/// Ordinal words up to 31 (the days of a month), compounds spelled with a
/// hyphen or a space by the caller ("twenty-first", "thirty first").
pub(crate) const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// Tens that start a compound ordinal ("twenty-first").
pub(crate) const ORDINAL_TENS: &[(&str, u32)] = &[("twenty", 20), ("thirty", 30)];

/// Units of time: word, ISO letter of [`Length`](crate::Length), and the
/// calendar grain a count of them ago resolves to.
pub(crate) const UNITS: &[(&str, &str)] = &[
    ("second", "S"),
    ("seconds", "S"),
    ("sec", "S"),
    ("secs", "S"),
    ("minute", "MIN"),
    ("minutes", "MIN"),
    ("min", "MIN"),
    ("mins", "MIN"),
    ("hour", "H"),
    ("hours", "H"),
    ("hr", "H"),
    ("hrs", "H"),
    ("day", "D"),
    ("days", "D"),
    ("night", "D"),
    ("nights", "D"),
    ("week", "W"),
    ("weeks", "W"),
    ("fortnight", "2W"),
    ("fortnights", "2W"),
    ("month", "M"),
    ("months", "M"),
    ("year", "Y"),
    ("years", "Y"),
    ("yr", "Y"),
    ("yrs", "Y"),
    ("decade", "DE"),
    ("decades", "DE"),
    ("century", "CE"),
    ("centuries", "CE"),
];

/// One-letter units glued to digits ("3h").
/// Only "h": "3D", "80s", "5m" are dimensions, decades and metres.
pub(crate) const GLUED_UNITS: &[(&str, &str)] = &[("h", "H")];

/// Time zones written after a clock time.
pub(crate) const ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "EST", "EDT", "CST", "CDT",
    "MST", "MDT", "PST", "PDT", "ET", "PT", "CT", "MT", "JST", "KST", "AEST", "AEDT", "WIB",
    "SAST", "WAT", "EAT", "HKT", "SGT", "Z",
];

/// Irregular past forms (and auxiliaries) that mark the past tense.
pub(crate) const PAST_VERBS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "met",
    "took",
    "went",
    "came",
    "made",
    "got",
    "saw",
    "left",
    "held",
    "began",
    "spoke",
    "gave",
    "ran",
    "won",
    "lost",
    "fell",
    "rose",
    "struck",
    "hit",
    "hurt",
    "sent",
    "kept",
    "paid",
    "sold",
    "bought",
    "brought",
    "thought",
    "found",
    "put",
    "set",
    "led",
    "knew",
    "grew",
    "drew",
    "flew",
    "threw",
    "shot",
    "fought",
    "caught",
    "taught",
    "wrote",
    "broke",
    "spoke",
    "chose",
    "drove",
    "stood",
    "sat",
    "slid",
    "became",
    "ago",
    "earlier",
    "last",
    "yesterday",
    "previously",
    "recently",
    "former",
    "quit",
    "cut",
    "shut",
    "spent",
    "meant",
    "felt",
    "heard",
    "read",
    "wore",
    "tore",
    "swept",
    "fled",
    "bled",
    "fed",
    "sank",
    "sang",
    "rang",
    "began",
    "froze",
    "woke",
    "forgot",
    "ate",
];

/// Words ending in "-ed" that do not mark the past (or mark the future).
pub(crate) const NOT_PAST_ED: &[&str] = &[
    "need",
    "needed",
    "speed",
    "feed",
    "seed",
    "indeed",
    "bed",
    "red",
    "shed",
    "wed",
    "ted",
    "bred",
    "fred",
    "ned",
    "united",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "slated",
    "intended",
    "hundred",
    "sacred",
    "naked",
    "wicked",
    "aged",
    "based",
    "related",
    "alleged",
    "so-called",
    "called",
    "armed",
    "detailed",
    "limited",
    "advanced",
    "concerned",
    "interested",
    "supposed",
    "required",
    "used",
    "forecast",
    "succeed",
    "succeeds",
    "proceed",
    "proceeds",
    "exceed",
    "exceeds",
    "bleed",
    "breed",
    "heed",
    "greed",
];

/// Words that mark the future.
pub(crate) const FUTURE_WORDS: &[&str] = &[
    "will",
    "would",
    "shall",
    "expected",
    "scheduled",
    "slated",
    "tomorrow",
    "forthcoming",
    "won't",
    "must",
    "should",
];

/// Words that mark the future only when "to" follows ("plans to", "is due to").
pub(crate) const FUTURE_BEFORE_TO: &[&str] = &[
    "plan",
    "plans",
    "planning",
    "due",
    "going",
    "set",
    "intends",
    "intend",
    "aims",
    "hopes",
    "seeks",
    "wants",
    "prepares",
    "preparing",
    "ready",
    "projected",
    "predicted",
    "forecast",
    "forecasted",
    "anticipated",
];

fn find<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}

/// For each first letter, the set of lengths of a table's words (see
/// [`WordSet`]); every word must start with a lower-case ASCII letter.
const fn lengths_of<T: Copy>(table: &[(&str, T)]) -> [u32; 26] {
    let mut lengths = [0u32; 26];
    let mut i = 0;
    while i < table.len() {
        let w = table[i].0.as_bytes();
        assert!(!w.is_empty() && w.len() < 32 && w[0].is_ascii_lowercase());
        lengths[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    lengths
}

/// Whether a word of `word`'s first letter and length is in a table with
/// these [`lengths_of`]: most words are rejected without a comparison.
fn may_be_in(lengths: &[u32; 26], word: &str) -> bool {
    let b = word.as_bytes();
    let Some(f) = b.first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    f.is_ascii_lowercase()
        && b.len() < 32
        && lengths
            .get(usize::from(f - b'a'))
            .is_some_and(|m| m & (1 << b.len()) != 0)
}

static MONTH_LENGTHS: [u32; 26] = lengths_of(MONTHS);
static WEEKDAY_LENGTHS: [u32; 26] = lengths_of(WEEKDAYS);
static ORDINAL_LENGTHS: [u32; 26] = lengths_of(ORDINALS);
static UNIT_LENGTHS: [u32; 26] = lengths_of(UNITS);
static SMALL_LENGTHS: [u32; 26] = lengths_of(SMALL);
static TENS_LENGTHS: [u32; 26] = lengths_of(TENS);

/// The month named by `word` ("Sept" → 9).
pub(crate) fn month(word: &str) -> Option<i8> {
    if !may_be_in(&MONTH_LENGTHS, word) {
        return None;
    }
    find(MONTHS, word)
}

/// Whether `word` is a full month name (not an abbreviation).
pub(crate) fn is_full_month(word: &str) -> bool {
    word.len() >= 5
        || word.eq_ignore_ascii_case("may")
        || word.eq_ignore_ascii_case("june")
        || word.eq_ignore_ascii_case("july")
}

/// The weekday named by `word` ("Tues" → Tuesday).
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    if !may_be_in(&WEEKDAY_LENGTHS, word) {
        return None;
    }
    find(WEEKDAYS, word)
}

/// The value of a simple ordinal word ("third" → 3).
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    if !may_be_in(&ORDINAL_LENGTHS, word) {
        return None;
    }
    find(ORDINALS, word)
}

/// The tens of a compound ordinal ("twenty" → 20).
pub(crate) fn ordinal_tens(word: &str) -> Option<u32> {
    find(ORDINAL_TENS, word)
}

/// The ISO unit of a word of time ("weeks" → "W").
pub(crate) fn unit(word: &str) -> Option<&'static str> {
    if !may_be_in(&UNIT_LENGTHS, word) {
        return None;
    }
    find(UNITS, word)
}

/// The ISO unit of a one-letter unit glued to digits.
pub(crate) fn glued_unit(word: &str) -> Option<&'static str> {
    find(GLUED_UNITS, word)
}

/// Whether `word` is a time zone abbreviation (upper case as written).
pub(crate) fn is_zone(word: &str) -> bool {
    ZONES.contains(&word)
}

/// A word list with, for each first letter, the set of its words' lengths:
/// the tense scan looks up every word of a sentence, and most are rejected
/// by their first letter and length before any comparison.
struct WordSet {
    words: &'static [&'static str],
    lengths: [u32; 26],
}

impl WordSet {
    /// Builds the set; every word must start with a lower-case ASCII letter
    /// and be shorter than 32 bytes (checked when compiling).
    const fn new(words: &'static [&'static str]) -> WordSet {
        let mut lengths = [0u32; 26];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(!w.is_empty() && w.len() < 32 && w[0].is_ascii_lowercase());
            lengths[(w[0] - b'a') as usize] |= 1 << w.len();
            i += 1;
        }
        WordSet { words, lengths }
    }

    fn contains(&self, word: &str) -> bool {
        may_be_in(&self.lengths, word) && self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

static NOT_PAST_ED_SET: WordSet = WordSet::new(NOT_PAST_ED);
static PAST_VERBS_SET: WordSet = WordSet::new(PAST_VERBS);
static FUTURE_WORDS_SET: WordSet = WordSet::new(FUTURE_WORDS);
static FUTURE_BEFORE_TO_SET: WordSet = WordSet::new(FUTURE_BEFORE_TO);

/// Whether `word` marks the past tense.
pub(crate) fn marks_past(word: &str) -> bool {
    if NOT_PAST_ED_SET.contains(word) {
        return false;
    }
    if PAST_VERBS_SET.contains(word) {
        return true;
    }
    let b = word.as_bytes();
    b.len() > 4 && b[b.len() - 2..].eq_ignore_ascii_case(b"ed") && b[0].is_ascii_lowercase()
}

/// Forms in "-ed" of verbs of foresight: past as a clause's verb ("Cuba
/// predicted Wednesday that …"), no past before "to" ("is projected to
/// rise", "anticipated to close"); see [`marks_past_before`].
const FORESIGHT_ED: &[&str] = &["anticipated", "projected", "predicted", "forecasted"];

/// [`marks_past`], knowing whether the next word is "to".
pub(crate) fn marks_past_before(word: &str, to_follows: bool) -> bool {
    if word.ends_with("ed") && FORESIGHT_ED.contains(&word) {
        return !to_follows;
    }
    marks_past(word)
}

/// Whether `word` marks the future; `to_follows`: the next word is "to".
pub(crate) fn marks_future(word: &str, to_follows: bool) -> bool {
    FUTURE_WORDS_SET.contains(word) || (to_follows && FUTURE_BEFORE_TO_SET.contains(word))
}

/// Number words below twenty, for years spelled out ("nineteen ninety-six").
pub(crate) const SMALL: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Tens words, for years spelled out.
pub(crate) const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// The value of a number word below twenty.
pub(crate) fn small(word: &str) -> Option<u32> {
    if !may_be_in(&SMALL_LENGTHS, word) {
        return None;
    }
    find(SMALL, word)
}

/// The value of a tens word.
pub(crate) fn tens(word: &str) -> Option<u32> {
    if !may_be_in(&TENS_LENGTHS, word) {
        return None;
    }
    find(TENS, word)
}

/// How a holiday falls in a year.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Holiday {
    /// The same month and day every year.
    Fixed(i8, i8),
    /// The nth weekday of a month (n = -1: the last).
    Nth(i8, Weekday, i8),
    /// Some days after another rule.
    After(&'static Holiday, i8),
    /// Western Easter Sunday (Gregorian computus).
    Easter,
}

const THANKSGIVING: Holiday = Holiday::Nth(11, Weekday::Thursday, 4);

/// Holidays whose date every English-language newsroom agrees on, longest
/// names first. Thanksgiving is the US one (fourth Thursday of November).
/// Left out: movable feasts (Easter), and names that differ by country
/// ("Independence Day", "Labor Day", "Mother's Day", "Election Day").
pub(crate) const HOLIDAYS: &[(&str, Holiday)] = &[
    ("christmas day", Holiday::Fixed(12, 25)),
    ("christmas eve", Holiday::Fixed(12, 24)),
    ("christmas", Holiday::Fixed(12, 25)),
    ("new year's day", Holiday::Fixed(1, 1)),
    ("new year\u{2019}s day", Holiday::Fixed(1, 1)),
    ("new year's eve", Holiday::Fixed(12, 31)),
    ("new year\u{2019}s eve", Holiday::Fixed(12, 31)),
    ("new year day", Holiday::Fixed(1, 1)),
    ("halloween", Holiday::Fixed(10, 31)),
    ("valentine's day", Holiday::Fixed(2, 14)),
    ("valentine\u{2019}s day", Holiday::Fixed(2, 14)),
    ("st. patrick's day", Holiday::Fixed(3, 17)),
    ("st patrick's day", Holiday::Fixed(3, 17)),
    ("saint patrick's day", Holiday::Fixed(3, 17)),
    ("st. patrick\u{2019}s day", Holiday::Fixed(3, 17)),
    ("st patrick\u{2019}s day", Holiday::Fixed(3, 17)),
    ("saint patrick\u{2019}s day", Holiday::Fixed(3, 17)),
    ("saint patrick", Holiday::Fixed(3, 17)),
    ("boxing day", Holiday::Fixed(12, 26)),
    ("earth day", Holiday::Fixed(4, 22)),
    ("international workers' day", Holiday::Fixed(5, 1)),
    ("international workers\u{2019} day", Holiday::Fixed(5, 1)),
    ("juneteenth", Holiday::Fixed(6, 19)),
    ("thanksgiving day", THANKSGIVING),
    ("thanksgiving", THANKSGIVING),
    ("black friday", Holiday::After(&THANKSGIVING, 1)),
    ("easter sunday", Holiday::Easter),
    ("easter monday", Holiday::After(&Holiday::Easter, 1)),
    ("good friday", Holiday::After(&Holiday::Easter, -2)),
    ("easter", Holiday::Easter),
];

/// The date of `h` in `year`.
pub(crate) fn holiday_date(h: Holiday, year: i16) -> Option<jiff::civil::Date> {
    match h {
        Holiday::Fixed(m, d) => jiff::civil::Date::new(year, m, d).ok(),
        Holiday::Nth(m, w, n) => jiff::civil::Date::new(year, m, 1)
            .ok()?
            .nth_weekday_of_month(n, w)
            .ok(),
        Holiday::After(base, days) => holiday_date(*base, year)?
            .checked_add(jiff::Span::new().days(i64::from(days)))
            .ok(),
        Holiday::Easter => {
            // The anonymous Gregorian computus (Meeus/Jones/Butcher): the
            // Sunday after the ecclesiastical full moon of spring.
            let y = i32::from(year);
            let (a, b, c) = (y % 19, y / 100, y % 100);
            let (d, e) = (b / 4, b % 4);
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 22 * l) / 451;
            let month = (h + l - 7 * m + 114) / 31;
            let day = (h + l - 7 * m + 114) % 31 + 1;
            jiff::civil::Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
        }
    }
}
