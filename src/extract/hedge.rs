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
//!               | just over | just more than | well over
//! hedge-after  := "-plus" | "+" | "or more" | "or so" | "or fewer" | "or less"
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

use crate::claim::Qualifier;

/// Hedges written before a figure, longest first within a shared suffix.
const BEFORE: &[(&str, Qualifier)] = &[
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
];

/// Hedges written after a figure.
const AFTER: &[(&str, Qualifier)] = &[
    ("-plus", Qualifier::MoreThan),
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
    let lower_tail = tail_lower(head, 16);
    for (w, q) in BEFORE {
        if lower_tail.ends_with(w) {
            let start = floor + head.len() - w.len();
            let ok_start = start == floor
                || text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            if ok_start && text.is_char_boundary(start) {
                return Some((*q, start));
            }
        }
    }
    None
}

/// The hedge that starts right at byte `pos`: its qualifier and end offset.
pub(crate) fn after(text: &str, pos: usize) -> Option<(Qualifier, usize)> {
    let rest = text.get(pos..)?;
    for (w, q) in AFTER {
        if rest.len() >= w.len()
            && rest.is_char_boundary(w.len())
            && rest[..w.len()].eq_ignore_ascii_case(w)
        {
            let end = pos + w.len();
            let boundary = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if boundary {
                return Some((*q, end));
            }
        }
    }
    None
}

/// The last `n` bytes (or fewer, on a char boundary) of `s`, lower-cased.
fn tail_lower(s: &str, n: usize) -> String {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    s[start..].to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges() {
        let t = "there were about 30";
        assert_eq!(before(t, 17, 0), Some((Qualifier::About, 11)));
        assert_eq!(before("a handsome 30", 11, 0), None);
        assert_eq!(before("more than 35", 10, 0), Some((Qualifier::MoreThan, 0)));
        assert_eq!(after("30-plus leaders", 2), Some((Qualifier::MoreThan, 7)));
        assert_eq!(after("50 or more people", 2), Some((Qualifier::AtLeast, 10)));
        assert_eq!(after("50 or moreover", 2), None);
    }
}
