//! Hedges: the words that qualify a figure ("about 30", "more than 35",
//! "30-plus", "50 or more").
//!
//! # Grammar
//!
//! ```text
//! hedge-before := about | around | roughly | some | approximately | an estimated
//!               | estimated | nearly | almost | close to | just under
//!               | more than | over | upwards of | in excess of | at least | no fewer than
//!               | no less than | a minimum of | up to | as many as | at most | no more than
//!               | a maximum of | fewer than | less than | under | below | above
//!               | just over | just more than | well over | greater than | exceeding
//!               | passes | tops | topped | exceeds | exceeded | surpasses | surpassed
//!               | less than or equal to | "≥" | ">" | "<=" | ...
//! hedge-after  := "-plus" | "-odd" | "+" | "or more" | "or so" | "or fewer" | "or less"
//! ```
//!
//! A hedge must end right before the number (one space or none), and starts
//! on a word boundary.
//!
//! # Non-goals
//!
//! Hedges that do not stand next to their figure ("the number, which was
//! about ..."), modal verbs ("could reach 40": that is the subject's
//! modality, see `context`).

use std::sync::OnceLock;

use crate::claim::Qualifier;
use crate::extract::lexicon::Low;

/// Hedges written before a figure, longest first within a shared suffix.
const BEFORE: &[(&str, Qualifier)] = &[
    ("greater than or equal to", Qualifier::AtLeast),
    ("more than or equal to", Qualifier::AtLeast),
    ("larger than or equal to", Qualifier::AtLeast),
    ("higher than or equal to", Qualifier::AtLeast),
    ("less than or equal to", Qualifier::AtMost),
    ("fewer than or equal to", Qualifier::AtMost),
    ("lower than or equal to", Qualifier::AtMost),
    ("smaller than or equal to", Qualifier::AtMost),
    ("equal to or more than", Qualifier::AtLeast),
    ("equal to or greater than", Qualifier::AtLeast),
    ("equal to or less than", Qualifier::AtMost),
    ("equal to or fewer than", Qualifier::AtMost),
    ("at least or equal to", Qualifier::AtLeast),
    ("bigger or equal than", Qualifier::AtLeast),
    ("greater or equal than", Qualifier::AtLeast),
    ("higher or equal than", Qualifier::AtLeast),
    ("larger or equal than", Qualifier::AtLeast),
    ("less or equal than", Qualifier::AtMost),
    ("lower or equal than", Qualifier::AtMost),
    ("smaller or equal than", Qualifier::AtMost),
    ("greater than", Qualifier::MoreThan),
    ("larger than", Qualifier::MoreThan),
    ("bigger than", Qualifier::MoreThan),
    ("higher than", Qualifier::MoreThan),
    ("smaller than", Qualifier::LessThan),
    ("lower than", Qualifier::LessThan),
    ("exceeding", Qualifier::MoreThan),
    ("exceeds", Qualifier::MoreThan),
    ("exceeded", Qualifier::MoreThan),
    ("exceed", Qualifier::MoreThan),
    ("surpassing", Qualifier::MoreThan),
    ("surpass", Qualifier::MoreThan),
    ("upward of", Qualifier::MoreThan),
    ("a little over", Qualifier::MoreThan),
    ("a little under", Qualifier::Nearly),
    ("a little more than", Qualifier::MoreThan),
    ("slightly more than", Qualifier::MoreThan),
    ("slightly over", Qualifier::MoreThan),
    ("slightly less than", Qualifier::Nearly),
    ("just below", Qualifier::Nearly),
    ("as few as", Qualifier::AtLeast),
    ("not more than", Qualifier::AtMost),
    ("not less than", Qualifier::AtLeast),
    ("roughly around", Qualifier::About),
    ("somewhere around", Qualifier::About),
    ("in the region of", Qualifier::About),
    ("on the order of", Qualifier::About),
    ("an estimated", Qualifier::About),
    ("estimated", Qualifier::About),
    ("approximately", Qualifier::About),
    ("approx.", Qualifier::About),
    ("roughly", Qualifier::About),
    ("around", Qualifier::About),
    ("about", Qualifier::About),
    ("some", Qualifier::About),
    ("circa", Qualifier::About),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
    ("just under", Qualifier::Nearly),
    ("just shy of", Qualifier::Nearly),
    ("just over", Qualifier::MoreThan),
    ("just more than", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("more than", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    // A level passed: "Death toll passes 80", "Bitcoin topped $100,000".
    ("passes", Qualifier::MoreThan),
    ("tops", Qualifier::MoreThan),
    ("topped", Qualifier::MoreThan),
    ("exceeds", Qualifier::MoreThan),
    ("exceeded", Qualifier::MoreThan),
    ("surpasses", Qualifier::MoreThan),
    ("surpassed", Qualifier::MoreThan),
    // Only after a measure or a tally: "The national debt passed $36
    // trillion", not "The House passed $1.2 trillion".
    ("passed", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    ("up to", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("a maximum of", Qualifier::AtMost),
    ("fewer than", Qualifier::LessThan),
    ("less than", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
    (">=", Qualifier::AtLeast),
    ("> =", Qualifier::AtLeast),
    ("<=", Qualifier::AtMost),
    ("< =", Qualifier::AtMost),
    ("≥", Qualifier::AtLeast),
    ("≤", Qualifier::AtMost),
    (">", Qualifier::MoreThan),
    ("<", Qualifier::LessThan),
];

/// Hedges written after a figure.
const AFTER: &[(&str, Qualifier)] = &[
    ("-plus", Qualifier::MoreThan),
    ("-odd", Qualifier::MoreThan),
    (" plus", Qualifier::MoreThan),
    ("+", Qualifier::MoreThan),
    (" or more", Qualifier::AtLeast),
    (" or so", Qualifier::About),
    (" or fewer", Qualifier::AtMost),
    (" or less", Qualifier::AtMost),
];

/// The hedge that ends right before byte `pos` (allowing one space), not
/// reaching before `floor`: its qualifier and start offset.
pub(crate) fn before(text: &str, pos: usize, floor: usize) -> Option<(Qualifier, usize)> {
    let head = text.get(floor..pos)?;
    let head = head.strip_suffix(' ').unwrap_or(head);
    let lower_tail = tail_lower(head, 32);
    // The longest hedge wins: "no more than" over "more than".
    let mut best: Option<(Qualifier, usize, usize)> = None;
    let last = *lower_tail.as_bytes().last()?;
    for (w, q) in before_ending_with(last) {
        if lower_tail.ends_with(w) && best.is_none_or(|b| w.len() > b.2) {
            let start = floor + head.len() - w.len();
            if !text.is_char_boundary(start) {
                continue;
            }
            let symbol = !w.as_bytes()[0].is_ascii_alphabetic();
            let ok_start = symbol
                || start == floor
                || text[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
            let particle = match *w {
                "up to" => particle_verb_before(text, floor, start, UP_VERBS),
                "over" => particle_verb_before(text, floor, start, OVER_VERBS),
                "passed" => !level_noun_before(text, floor, start),
                _ => false,
            };
            if ok_start && !particle {
                best = Some((*q, start, w.len()));
            }
        }
    }
    best.map(|(q, s, _)| (q, s))
}

/// Verbs whose "up" is a particle: "inflation edged up to 3.2%" and
/// "inflation picked up to 3.1%" rose to it, they do not hedge it (while
/// "killed up to 30" does).
const UP_VERBS: &[&str] = &[
    "edged",
    "edges",
    "ticked",
    "ticks",
    "inched",
    "inches",
    "crept",
    "creeps",
    "moved",
    "moves",
    "went",
    "goes",
    "revised",
    "pushed",
    "bumped",
    "nudged",
    "ratcheted",
    "marked",
    "go",
    "going",
    "gone",
    "move",
    "moving",
    "edge",
    "edging",
    "tick",
    "inch",
    "creep",
    "push",
    "pushes",
    "pushing",
    "bump",
    "nudge",
    "picked",
    "picks",
    "picking",
    "pick",
    "ramped",
    "ramps",
    "ramping",
];

/// Verbs whose "over" is a particle: "the group handed over 24 hostages"
/// gave 24, not more than 24 ("took over" is left a hedge: "it took over
/// 200 firefighters").
const OVER_VERBS: &[&str] = &[
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs",
    "signed", "signing",
];

/// Whether the word ending before `start` (after one space) is one of
/// `verbs`.
fn particle_verb_before(text: &str, floor: usize, start: usize, verbs: &[&str]) -> bool {
    let Some(head) = text.get(floor..start).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let word = head.rsplit(' ').next().unwrap_or("");
    verbs.iter().any(|v| v.eq_ignore_ascii_case(word))
}

/// Whether the word before `start` names a measure or a tally, whose
/// level a verb of passing can pass ("the debt passed", "the death toll
/// passed").
fn level_noun_before(text: &str, floor: usize, start: usize) -> bool {
    let Some(head) = text.get(floor..start).and_then(|h| h.strip_suffix(' ')) else {
        return false;
    };
    let mut words = head.rsplit(' ');
    let mut word = words.next().unwrap_or("");
    // "Donations have passed $2.5 million": past the auxiliary.
    if ["has", "have", "had"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
    {
        word = words.next().unwrap_or("");
    }
    crate::extract::context::METRICS
        .iter()
        .map(|(m, _)| *m)
        .chain([
            "toll",
            "tally",
            "total",
            "number",
            "deaths",
            "cases",
            "debt",
            "population",
            "value",
            "index",
        ])
        .any(|m| m.eq_ignore_ascii_case(word))
}

/// The entries of [`BEFORE`] whose last byte is `last`, in table order
/// (buckets built once).
fn before_ending_with(last: u8) -> impl Iterator<Item = &'static (&'static str, Qualifier)> {
    static BUCKETS: OnceLock<Vec<Vec<usize>>> = OnceLock::new();
    let buckets = BUCKETS.get_or_init(|| {
        let mut b = vec![Vec::new(); 256];
        for (i, (w, _)) in BEFORE.iter().enumerate() {
            if let Some(v) = w.as_bytes().last().and_then(|l| b.get_mut(usize::from(*l))) {
                v.push(i);
            }
        }
        b
    });
    buckets
        .get(usize::from(last))
        .into_iter()
        .flatten()
        .filter_map(|&i| BEFORE.get(i))
}

/// The hedge that starts right at byte `pos`: its qualifier and end offset.
pub(crate) fn after(text: &str, pos: usize) -> Option<(Qualifier, usize)> {
    let rest = text.get(pos..)?;
    // Every hedge after a figure starts with "-", " " or "+".
    if !matches!(rest.as_bytes().first(), Some(b'-' | b' ' | b'+')) {
        return None;
    }
    for (w, q) in AFTER {
        if rest.len() >= w.len()
            && rest.is_char_boundary(w.len())
            && rest[..w.len()].eq_ignore_ascii_case(w)
        {
            let end = pos + w.len();
            let boundary = text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            // "5000 or less than 6000": the words start a new hedge.
            let than = text[end..]
                .trim_start()
                .get(..4)
                .is_some_and(|t| t.eq_ignore_ascii_case("than"));
            if boundary && !than {
                return Some((*q, end));
            }
        }
    }
    None
}

/// The last `n` bytes (or fewer, on a char boundary) of `s`, lower-cased
/// on the stack (`n` is at most [`Low::CAP`](crate::extract::lexicon::Low)).
fn tail_lower(s: &str, n: usize) -> Low<'_> {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    Low::lossy(s.get(start..).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges() {
        let t = "there were about 30";
        assert_eq!(before(t, 17, 0), Some((Qualifier::About, 11)));
        assert_eq!(before("a handsome 30", 11, 0), None);
        assert_eq!(
            before("more than 35", 10, 0),
            Some((Qualifier::MoreThan, 0))
        );
        assert_eq!(after("30-plus leaders", 2), Some((Qualifier::MoreThan, 7)));
        assert_eq!(
            after("50 or more people", 2),
            Some((Qualifier::AtLeast, 10))
        );
        assert_eq!(after("50 or moreover", 2), None);
        assert_eq!(before("inflation edged up to 3.2%", 22, 0), None);
        assert_eq!(
            before("it killed up to 30", 16, 0),
            Some((Qualifier::AtMost, 10))
        );
    }
}
