//! The context of a claim: predicate, scope, event, negation, modality and,
//! for a dated statement, who made it.
//!
//! Reads a bounded window of words on each side of a claim, inside its
//! sentence, and fills the claim's [`Subject`]: the fields the extractors
//! left empty. The word forms live in the tables at the bottom of this
//! file; the classes they map to (which decide what is compared) live in
//! [`group`](crate::group).
//!
//! # Grammar
//!
//! - **Predicate of a count**: the nearest predicate form within
//!   [`RIGHT`] words after the claim ("35 countries *gathered*", "about 30
//!   leaders are expected to *take part*") or [`LEFT`] words before it
//!   ("*killing* 22 people", "a meeting *involving* 30 leaders"); the
//!   nearer wins, the right side on a tie. Speech verbs ("said") are
//!   attribution, not predicates, for counts.
//! - **Negation**: "not", "no", "never", "n't", "failed", "refused" within
//!   three words before the predicate. **Modality**: "expected",
//!   "could", "may", "might", "would", "will", "likely", "plan", "set",
//!   "due", "scheduled" between the claim and its predicate or just before
//!   it.
//! - **Event of a count**: the nearest event noun ("summit", "strike",
//!   "flood") within [`EVENT_WINDOW`] words on either side; for a running
//!   tally ("killed", "injured") with none, the document's dominant event.
//! - **Event of a date**: looking left first, within the clause (a comma,
//!   semicolon or subordinator ends it), the nearest event noun or
//!   event-giving predicate ("a meeting in Paris *on Thursday*", "Healey
//!   *said* on Wednesday", "*annexed* territory in 2014"); else looking
//!   right, skipping events introduced by "before", "after", "ahead of",
//!   "since", "until" (the date is not theirs). The first date of the
//!   document that finds nothing is the lede's date: it takes the
//!   document's dominant event (an event noun used at least twice, more
//!   than any other).
//! - **Agent of a dated statement**: the capitalised word just before the
//!   speech verb ("John *Healey* said"); for "the statement was made" the
//!   last "Name (has) announced/said" in the preceding [`LOOKBACK`] bytes.
//! - **Scope**: "on board"/"aboard", "on the ground", "statewide",
//!   "nationwide", "countrywide", "worldwide", "in X County" (also
//!   Province, District, Parish, Prefecture) within the window.
//!
//! # Non-goals
//!
//! Parsing. The windows are small and bounded, so the pass is linear in
//! the text; a claim whose context is unclear keeps an empty field and is
//! simply not compared.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::claim::{Claim, ClaimKind, Role, Subject};
use crate::extract::Context;
use crate::extract::lexicon::WordMap;
use crate::group;

/// Words looked at after a count for its predicate.
pub(crate) const RIGHT: usize = 8;
/// Words looked at before a count for its predicate.
pub(crate) const LEFT: usize = 6;
/// Words looked at on each side for an event noun.
pub(crate) const EVENT_WINDOW: usize = 12;
/// Words looked at on each side of a date for its event.
pub(crate) const DATE_WINDOW: usize = 10;
/// Words looked back for "toll" ("the death toll from the floods rose to
/// 30").
pub(crate) const TOLL_WINDOW: usize = 14;
/// Bytes looked back for the speaker of "the statement".
pub(crate) const LOOKBACK: usize = 600;
/// Bytes of window on each side of a claim.
const WINDOW_BYTES: usize = 240;

/// Fills each claim's predicate, scope, event, negation, modality and agent.
pub(crate) fn annotate(cx: &Context<'_>, claims: &mut [Claim]) {
    let dominant = dominant_event(cx.text);
    let mut lede_seen = false;
    let mut cache = TokCache::default();
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by_key(|&i| claims[i].span.start);
    for i in order {
        let Some(c) = claims.get_mut(i) else { continue };
        if c.kind == ClaimKind::Quote || c.role == Role::PageDate {
            continue;
        }
        let sentence = c.sentence;
        let toks = Window::new(
            &mut cache,
            cx.text,
            sentence.start,
            sentence.end,
            c.span.start,
            c.span.end,
        );
        let mut subject = c.subject.take().unwrap_or_default();
        if c.kind.is_temporal() {
            let first = !lede_seen;
            lede_seen = true;
            annotate_date(cx.text, &toks, &mut subject, first, dominant);
        } else {
            annotate_count(&toks, &mut subject, dominant);
            if c.kind == ClaimKind::Measure && subject.noun.is_none() {
                subject.noun = measure_noun(&toks, &c.value).map(String::from);
            }
        }
        if subject.scope.is_none() {
            subject.scope = toks.scope();
        }
        c.subject = Some(subject);
    }
}

fn annotate_count(w: &Window<'_>, s: &mut Subject, dominant: Option<&'static str>) {
    let right = w.right.iter().take(RIGHT).enumerate().find_map(|(d, t)| {
        let p = t.predicate?;
        (group::predicate_class(p) != Some("statement")).then_some((d, p, t.index))
    });
    let left = w.left.iter().take(LEFT).enumerate().find_map(|(d, t)| {
        let p = t.predicate?;
        (group::predicate_class(p) != Some("statement")).then_some((d, p, t.index))
    });
    let hit = match (right, left) {
        (Some(r), Some(l)) => Some(if l.0 < r.0 { (l, false) } else { (r, true) }),
        (Some(r), None) => Some((r, true)),
        (None, Some(l)) => Some((l, false)),
        (None, None) => None,
    };
    // "The death toll ... rose to 30": the toll names what is counted.
    let hit = hit.or_else(|| {
        let toll = w
            .left
            .iter()
            .take(TOLL_WINDOW)
            .take_while(|t| t.punct != Some(b';'))
            .find(|t| t.lower == "toll")?;
        Some(((LEFT, "death toll", toll.index), false))
    });
    if let Some(((d, p, at), is_right)) = hit {
        if s.predicate.is_none() {
            s.predicate = Some(p.to_string());
        }
        s.negated |= w.negated_before(at);
        s.modal |=
            w.modal_before(at) || (is_right && w.right.iter().take(d).any(|t| is_modal(&t.lower)));
    }
    if s.event.is_none() {
        let r = w
            .right
            .iter()
            .take(EVENT_WINDOW)
            .position(|t| t.event.is_some() && !w.other_event(t.index));
        let l = w
            .left
            .iter()
            .take(EVENT_WINDOW)
            .position(|t| t.event.is_some() && !w.other_event(t.index));
        let pick = match (r, l) {
            (Some(r), Some(l)) if l < r => w.left.get(l),
            (Some(r), _) => w.right.get(r),
            (None, Some(l)) => w.left.get(l),
            (None, None) => None,
        };
        s.event = pick.and_then(|t| t.event).map(String::from);
        if s.place.is_none() {
            s.place = pick.and_then(|t| w.event_place(t.index));
        }
    }
    let tally = s
        .predicate
        .as_deref()
        .and_then(group::predicate_class)
        .is_some_and(|c| group::TALLIES.contains(&c));
    // Where a tally was counted: "killed 10 people in Tanzania", "died
    // in Nairobi".
    if tally && s.place.is_none() {
        s.place = w.place_after_claim();
    }
    if s.event.is_none() && tally {
        s.event = dominant.map(String::from);
    }
}

/// What a measure measures, from the words right beside it: "55 km
/// *south* of" is a distance, "10 km *deep*" or "a *depth of* 10 km" a
/// depth; an earthquake's magnitude is a magnitude.
fn measure_noun(w: &Window<'_>, value: &crate::claim::Value) -> Option<&'static str> {
    if let crate::claim::Value::Measure { unit, .. } = value {
        if unit.dimension() == crate::claim::Dimension::Magnitude {
            return Some("magnitude");
        }
    }
    let next = w.right.first().map(|t| t.lower.as_str()).unwrap_or("");
    let found = match next {
        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast"
        | "southwest" | "north-east" | "north-west" | "south-east" | "south-west" | "from"
        | "away" | "off" | "outside" | "inland" | "offshore" => Some("distance"),
        "deep" | "underground" => Some("depth"),
        "wide" => Some("width"),
        "long" => Some("length"),
        "high" | "tall" => Some("height"),
        _ => None,
    };
    if found.is_some() {
        return found;
    }
    for t in w.left.iter().take(3) {
        match t.lower.as_str() {
            "depth" => return Some("depth"),
            "distance" => return Some("distance"),
            "height" | "altitude" => return Some("height"),
            "rainfall" | "rain" => return Some("rainfall"),
            _ => {}
        }
    }
    if next == "of" {
        match w.right.get(1).map(|t| t.lower.as_str()) {
            Some("rain" | "rainfall") => return Some("rainfall"),
            Some("snow" | "snowfall") => return Some("snowfall"),
            _ => {}
        }
    }
    None
}

fn gives_event(t: &Tok) -> bool {
    t.event.is_some()
        || t.predicate
            .and_then(group::predicate_class)
            .is_some_and(|c| group::DEFAULT_EVENTS.iter().any(|(p, _)| *p == c))
}

fn annotate_date(
    text: &str,
    w: &Window<'_>,
    s: &mut Subject,
    first: bool,
    dominant: Option<&'static str>,
) {
    let mut hit = None;
    for t in w.left.iter().take(DATE_WINDOW) {
        if t.punct == Some(b',') || t.punct == Some(b';') || is_subordinator(&t.lower) {
            break;
        }
        if gives_event(t) && !(t.event.is_some() && w.other_event(t.index)) {
            hit = Some(t);
            break;
        }
    }
    if hit.is_none() {
        for (k, t) in w.right.iter().take(DATE_WINDOW).enumerate() {
            if t.punct == Some(b';') {
                break;
            }
            if gives_event(t) {
                let before = w
                    .right
                    .iter()
                    .take(k)
                    .rev()
                    .take(3)
                    .any(|p| is_relative_prep(&p.lower));
                if t.event.is_some() && (before || w.other_event(t.index)) {
                    continue;
                }
                hit = Some(t);
                break;
            }
        }
    }
    match hit {
        Some(t) => {
            if s.event.is_none() {
                s.event = t.event.map(String::from);
                if t.event.is_some() && s.place.is_none() {
                    s.place = w.event_place(t.index);
                }
            }
            if s.predicate.is_none() {
                s.predicate = t.predicate.map(String::from);
            }
            let statement = t.event.and_then(group::event_class) == Some("statement")
                || t.predicate.and_then(group::predicate_class) == Some("statement");
            if statement && s.agent.is_none() {
                s.agent = match t.predicate {
                    Some(_) => w.agent_before(t.index),
                    None => agent_lookback(text, w.sentence_start),
                };
            }
        }
        None => {
            if first && s.event.is_none() {
                s.event = dominant.map(String::from);
            }
        }
    }
}

/// The last "Name (has|had) <speech verb>" in the bytes before `pos`.
fn agent_lookback(text: &str, pos: usize) -> Option<String> {
    let lo = floor_boundary(text, pos.saturating_sub(LOOKBACK));
    let toks = tokenize(text, lo, pos);
    let mut found = None;
    for (i, t) in toks.iter().enumerate() {
        if t.predicate.and_then(group::predicate_class) == Some("statement") {
            if let Some(a) = agent_at(text, &toks, i) {
                found = Some(a);
            }
        }
    }
    found
}

/// The capitalised word just before token `i` (skipping auxiliaries).
fn agent_at<T: std::borrow::Borrow<Tok>>(text: &str, toks: &[T], i: usize) -> Option<String> {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let t: &Tok = toks.get(j)?.borrow();
        if t.punct.is_some() {
            return None;
        }
        if matches!(
            t.lower.as_str(),
            "has" | "had" | "have" | "also" | "then" | "later" | "again"
        ) {
            continue;
        }
        let word = text.get(t.start..t.end)?;
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        let word = word.trim_end_matches("'s").trim_end_matches("’s");
        return (cap && !is_function_word(&t.lower)).then(|| word.to_string());
    }
    None
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "this"
            | "that"
            | "officials"
            | "police"
            | "who"
            | "which"
    )
}

fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "expected"
            | "could"
            | "may"
            | "might"
            | "would"
            | "will"
            | "likely"
            | "plan"
            | "plans"
            | "planned"
            | "set"
            | "due"
            | "scheduled"
            | "hope"
            | "hopes"
            | "hoped"
            | "should"
    )
}

fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "not" | "no" | "never" | "failed" | "refused" | "declined"
    ) || w.ends_with("n't")
}

fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "since"
            | "because"
            | "although"
            | "though"
            | "while"
            | "after"
            | "before"
            | "until"
            | "which"
            | "who"
            | "whose"
            | "where"
            | "when"
    )
}

fn is_calendar_word(w: &str) -> bool {
    let w = w.trim_end_matches("'s");
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "today"
            | "yesterday"
    )
}

fn is_other(w: &str) -> bool {
    matches!(
        w,
        "previous"
            | "earlier"
            | "last"
            | "past"
            | "prior"
            | "next"
            | "upcoming"
            | "another"
            | "former"
            | "future"
            | "later"
            | "first"
            | "second"
            | "third"
            | "subsequent"
    )
}

fn is_relative_prep(w: &str) -> bool {
    matches!(
        w,
        "before" | "after" | "ahead" | "since" | "until" | "following" | "prior" | "eve"
    )
}

/// One token of a window: a word (with its table look-ups) or punctuation.
#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    /// Index in the window's token list.
    index: usize,
    lower: Lower,
    punct: Option<u8>,
    predicate: Option<&'static str>,
    /// Words of the form that gave `predicate`.
    plen: usize,
    /// Most words of a form this word begins (0: none).
    reach: usize,
    event: Option<&'static str>,
}

/// The tokens around a claim: `left` nearest first, `right` nearest first.
#[derive(Debug)]
struct Window<'t> {
    text: &'t str,
    left: Vec<Tok>,
    right: Vec<Tok>,
    sentence_start: usize,
}

/// Bytes tokenized ahead of a claim's window, for the claims that follow.
const REGION_BYTES: usize = 4096;

/// Tokens of a region of one sentence, reused by the windows of the claims
/// inside it: each byte is tokenized about once, however dense the claims.
#[derive(Debug, Default)]
struct TokCache {
    sentence: (usize, usize),
    bounds: (usize, usize),
    toks: Vec<Tok>,
    filled: bool,
}

impl TokCache {
    /// The tokens of `text[lo..hi]`, exactly as `tokenize(text, lo, hi)`
    /// gives them: cut from the cached region when the cut is clean (no
    /// word straddles `lo` or `hi`, no predicate form runs past `hi`),
    /// tokenized afresh otherwise.
    fn tokens(&mut self, text: &str, sentence: (usize, usize), lo: usize, hi: usize) -> Toks<'_> {
        if !(self.filled && self.sentence == sentence && self.bounds.0 <= lo && hi <= self.bounds.1)
        {
            let r_hi = ceil_boundary(
                text,
                sentence.1.min(hi.saturating_add(REGION_BYTES)).max(hi),
            );
            self.toks = tokenize(text, lo, r_hi);
            self.bounds = (lo, r_hi);
            self.sentence = sentence;
            self.filled = true;
        }
        if self.bounds == (lo, hi) {
            return Toks::Cached {
                pre: Vec::new(),
                run: &self.toks,
                f: 0,
                post: Vec::new(),
            };
        }
        let f = self.toks.partition_point(|t| t.start < lo);
        let l = self.toks.partition_point(|t| t.end <= hi);
        let before = f.checked_sub(1).and_then(|k| self.toks.get(k));
        let straddles_lo = before.is_some_and(|t| t.end > lo);
        let after = self.toks.get(l);
        let straddles_hi = after.is_some_and(|t| t.start < hi);
        let fresh = || Toks::Fresh(tokenize(text, lo, hi));
        let Some(run) = self.toks.get(f..l) else {
            return fresh();
        };
        // A word cut by `lo` is tokenized alone; no form may start in it
        // and run on, since the region never saw the cut word.
        let mut pre = Vec::new();
        if let Some(t) = before.filter(|_| straddles_lo) {
            if t.end > hi {
                return fresh();
            }
            pre = tokenize(text, lo, t.end);
            if pre.iter().any(|p| p.index + p.reach > pre.len()) {
                return fresh();
            }
        }
        // A word cut by `hi`: no form may reach it from the run.
        let mut post = Vec::new();
        if let Some(t) = after.filter(|_| straddles_hi) {
            if run.iter().any(|r| r.index + r.reach > l) {
                return fresh();
            }
            post = tokenize(text, t.start, hi);
        } else if run
            .iter()
            .any(|t| t.predicate.is_some() && t.index + t.plen > l)
        {
            return fresh();
        }
        Toks::Cached { pre, run, f, post }
    }
}

/// A window's tokens: borrowed from the region (with the index of its first
/// token there) or tokenized afresh.
enum Toks<'a> {
    Cached {
        pre: Vec<Tok>,
        run: &'a [Tok],
        f: usize,
        post: Vec<Tok>,
    },
    Fresh(Vec<Tok>),
}

impl<'t> Window<'t> {
    fn new(
        cache: &mut TokCache,
        text: &'t str,
        s_start: usize,
        s_end: usize,
        c_start: usize,
        c_end: usize,
    ) -> Window<'t> {
        let lo = floor_boundary(text, s_start.max(c_start.saturating_sub(WINDOW_BYTES)));
        let hi = ceil_boundary(text, s_end.min(c_end.saturating_add(WINDOW_BYTES)).max(lo));
        let mut left = Vec::new();
        let mut right = Vec::new();
        let mut place = |t: Tok| {
            if t.end <= c_start {
                left.push(t);
            } else if t.start >= c_end {
                right.push(t);
            }
        };
        match cache.tokens(text, (s_start, s_end), lo, hi) {
            Toks::Cached { pre, run, f, post } => {
                let shift = pre.len();
                let tail = shift + run.len();
                pre.into_iter().for_each(&mut place);
                for t in run {
                    if t.end <= c_start || t.start >= c_end {
                        let mut t = t.clone();
                        t.index = t.index - f + shift;
                        place(t);
                    }
                }
                for mut t in post {
                    t.index += tail;
                    place(t);
                }
            }
            Toks::Fresh(toks) => toks.into_iter().for_each(place),
        }
        left.reverse();
        Window {
            text,
            left,
            right,
            sentence_start: s_start,
        }
    }

    /// Tokens in text order.
    fn all(&self) -> impl Iterator<Item = &Tok> {
        self.left.iter().rev().chain(self.right.iter())
    }

    fn by_index(&self, i: usize) -> Option<&Tok> {
        self.all().find(|t| t.index == i)
    }

    fn negated_before(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i)
            .filter_map(|j| self.by_index(j))
            .any(|t| is_negation(&t.lower))
    }

    fn modal_before(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i)
            .filter_map(|j| self.by_index(j))
            .any(|t| is_modal(&t.lower))
    }

    /// Whether the event noun at token `i` is another occurrence of its
    /// kind ("previous meetings", "the next summit").
    fn other_event(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i)
            .filter_map(|j| self.by_index(j))
            .any(|t| is_other(&t.lower))
    }

    /// The place named beside the event noun at token `i`: "the *Paris*
    /// summit", "a meeting in *Paris*".
    fn event_place(&self, i: usize) -> Option<String> {
        let cap = |j: usize| -> Option<&Tok> {
            let t = self.by_index(j)?;
            let word = self.text.get(t.start..t.end)?;
            let up = word.chars().next().is_some_and(char::is_uppercase);
            let plain = !is_function_word(&t.lower)
                && !matches!(t.lower.as_str(), "a" | "an" | "last" | "next" | "this")
                && !is_calendar_word(&t.lower);
            (up && plain && t.punct.is_none()).then_some(t)
        };
        // A run of capitalised words: before the noun, or after "in"/"at".
        let mut words: Vec<&str> = Vec::new();
        let mut j = i;
        while j > 0 && words.len() < 4 {
            j -= 1;
            match cap(j) {
                Some(t) => words.insert(0, t.lower.as_str()),
                None => break,
            }
        }
        if words.is_empty()
            && self
                .by_index(i + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "in" | "at"))
        {
            let mut j = i + 2;
            while let Some(t) = cap(j) {
                words.push(t.lower.as_str());
                j += 1;
                if words.len() >= 4 {
                    break;
                }
            }
        }
        (!words.is_empty()).then(|| words.join(" "))
    }

    /// "in/at <Place>" within a few words after the claim and its
    /// predicate ("22 people were killed in Nairobi").
    fn place_after_claim(&self) -> Option<String> {
        let near: Vec<&Tok> = self.right.iter().take(6).collect();
        let k = near
            .iter()
            .position(|t| t.punct.is_some() || matches!(t.lower.as_str(), "in" | "at"))?;
        let prep = near.get(k)?;
        if prep.punct.is_some() {
            return None;
        }
        // The place's first word: "in Nairobi", "in the Tanzanian capital" is
        // not a name.
        let first = self
            .right
            .get(self.right.iter().position(|t| t.index == prep.index)? + 1)?;
        let word = self.text.get(first.start..first.end)?;
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        if !cap || is_function_word(&first.lower) || is_calendar_word(&first.lower) {
            return None;
        }
        // An event noun right after names the event, not a place.
        if first.event.is_some() {
            return None;
        }
        self.event_place_from(first.index)
    }

    /// The run of capitalised words starting at token `i`.
    fn event_place_from(&self, i: usize) -> Option<String> {
        let mut words: Vec<&str> = Vec::new();
        let mut j = i;
        while let Some(t) = self.by_index(j) {
            let word = self.text.get(t.start..t.end)?;
            let up = word.chars().next().is_some_and(char::is_uppercase);
            if !up || t.punct.is_some() || is_calendar_word(&t.lower) || words.len() >= 4 {
                break;
            }
            words.push(t.lower.as_str());
            j += 1;
        }
        (!words.is_empty()).then(|| words.join(" "))
    }

    fn agent_before(&self, i: usize) -> Option<String> {
        let toks: Vec<&Tok> = self.all().collect();
        let pos = toks.iter().position(|t| t.index == i)?;
        agent_at(self.text, &toks, pos)
    }

    fn scope(&self) -> Option<String> {
        let mut near: Vec<&Tok> = self.left.iter().take(EVENT_WINDOW).collect();
        near.reverse();
        near.extend(self.right.iter().take(EVENT_WINDOW));
        for (k, t) in near.iter().enumerate() {
            let next = near.get(k + 1).map(|t| t.lower.as_str()).unwrap_or("");
            let next2 = near.get(k + 2).map(|t| t.lower.as_str()).unwrap_or("");
            match t.lower.as_str() {
                "aboard" => return Some("on board".into()),
                "on" if next == "board" => return Some("on board".into()),
                "on" if next == "the" && next2 == "ground" => return Some("on the ground".into()),
                "statewide" | "nationwide" | "countrywide" | "worldwide" | "citywide" => {
                    return Some(t.lower.to_string());
                }
                "county" | "province" | "district" | "parish" | "prefecture" if k > 0 => {
                    let prev = near.get(k - 1)?;
                    let word = self.text.get(prev.start..prev.end)?;
                    if word.chars().next().is_some_and(char::is_uppercase) {
                        return Some(format!("{} {}", prev.lower, t.lower));
                    }
                }
                _ => {}
            }
        }
        None
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Words (letters, digits, inner apostrophes and hyphens) and the
/// punctuation `, ; : ( ) —` between `lo` and `hi`, with multi-word
/// predicate forms ("took part") joined onto their first word.
fn tokenize(text: &str, lo: usize, hi: usize) -> Vec<Tok> {
    let Some(window) = text.get(lo..hi) else {
        return Vec::new();
    };
    let mut raw: Vec<(usize, usize, Option<u8>)> = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = window.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        let inner = (ch == '\'' || ch == '’' || ch == '-')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if ch.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            raw.push((lo + s, lo + i, None));
        }
        let p = match ch {
            ',' => Some(b','),
            ';' => Some(b';'),
            ':' => Some(b':'),
            '(' | ')' => Some(b'('),
            '—' | '–' => Some(b'-'),
            _ => None,
        };
        if let Some(p) = p {
            raw.push((lo + i, lo + i + ch.len_utf8(), Some(p)));
        }
    }
    if let Some(s) = start {
        raw.push((lo + s, hi, None));
    }
    let lowers: Vec<Lower> = raw
        .iter()
        .map(|(s, e, _)| lower_word(text.get(*s..*e).unwrap_or("")))
        .collect();
    let forms = forms();
    let firsts = form_firsts();
    let mut phrase = String::new();
    let mut out = Vec::with_capacity(raw.len());
    for (k, (s, e, p)) in raw.iter().enumerate() {
        let lower = lowers.get(k).cloned().unwrap_or_default();
        let mut predicate = None;
        let mut plen = 0;
        // Only words that begin a form are looked up, for as many words as
        // the longest form they begin.
        let longest = if p.is_none() {
            firsts.get(lower.as_str()).copied().unwrap_or(0)
        } else {
            0
        };
        // Longest multi-word form first (up to four words).
        for n in (1..=longest.min(4)).rev() {
            let Some(run) = raw.get(k..k + n) else {
                continue;
            };
            if run.iter().any(|r| r.2.is_some()) {
                continue;
            }
            phrase.clear();
            for (j, w) in lowers.get(k..k + n).unwrap_or(&[]).iter().enumerate() {
                if j > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(w.as_str());
            }
            if let Some(l) = forms.get(phrase.as_str()) {
                predicate = Some(*l);
                plen = n;
                break;
            }
        }
        let event = if p.is_none() {
            event_lemma(&lower)
        } else {
            None
        };
        out.push(Tok {
            start: *s,
            end: *e,
            index: k,
            lower,
            punct: *p,
            predicate,
            plen,
            reach: longest,
            event,
        });
    }
    out
}

/// A token's lower-case form, inline when short (most words): no
/// allocation per token.
#[derive(Debug, Clone)]
enum Lower {
    Inline(u8, [u8; 22]),
    Heap(String),
}

impl Default for Lower {
    fn default() -> Lower {
        Lower::Inline(0, [0; 22])
    }
}

impl Lower {
    fn new(s: &str) -> Lower {
        let mut buf = [0u8; 22];
        match (buf.get_mut(..s.len()), u8::try_from(s.len())) {
            (Some(dst), Ok(n)) => {
                dst.copy_from_slice(s.as_bytes());
                Lower::Inline(n, buf)
            }
            _ => Lower::Heap(s.to_string()),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            Lower::Inline(n, buf) => buf
                .get(..usize::from(*n))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
            Lower::Heap(s) => s,
        }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for Lower {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A word in lower case with curly apostrophes made straight; ASCII words
/// take a byte-level path.
fn lower_word(w: &str) -> Lower {
    if w.is_ascii() {
        let mut buf = [0u8; 22];
        if let (Some(dst), Ok(n)) = (buf.get_mut(..w.len()), u8::try_from(w.len())) {
            for (d, b) in dst.iter_mut().zip(w.bytes()) {
                *d = b.to_ascii_lowercase();
            }
            return Lower::Inline(n, buf);
        }
        Lower::Heap(w.to_ascii_lowercase())
    } else {
        Lower::new(&w.to_lowercase().replace('’', "'"))
    }
}

/// The event lemma of a word ("summits" → "summit"), if it is an event noun.
fn event_lemma(w: &str) -> Option<&'static str> {
    event_lemma_bytes(w.as_bytes())
}

/// [`event_lemma`] on the bytes of a lower-case word.
fn event_lemma_bytes(w: &[u8]) -> Option<&'static str> {
    static LEMMAS: OnceLock<WordMap<&'static [u8], &'static str>> = OnceLock::new();
    let map = LEMMAS.get_or_init(|| {
        group::EVENT_CLASSES
            .iter()
            .map(|(k, _)| (k.as_bytes(), *k))
            .collect()
    });
    if let Some(k) = map.get(w) {
        return Some(k);
    }
    let stem = w.strip_suffix(b"s")?;
    map.get(stem).copied()
}

/// The document's dominant event lemma: the event noun used most (at least
/// twice, strictly more than any other class).
fn dominant_event(text: &str) -> Option<&'static str> {
    let mut counts: HashMap<&'static str, (usize, HashMap<&'static str, usize>)> = HashMap::new();
    let mut buf = [0u8; 16];
    for word in text
        .as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| (3..=16).contains(&w.len()))
    {
        for (d, s) in buf.iter_mut().zip(word) {
            *d = s.to_ascii_lowercase();
        }
        let Some(lower) = buf.get(..word.len()) else {
            continue;
        };
        if let Some(lemma) = event_lemma_bytes(lower) {
            if let Some(class) = group::event_class(lemma) {
                let e = counts.entry(class).or_default();
                e.0 += 1;
                *e.1.entry(lemma).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(&'static str, usize, &HashMap<&'static str, usize>)> =
        counts.iter().map(|(c, (n, m))| (*c, *n, m)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top = ranked.first()?;
    if top.1 < 2 || ranked.get(1).is_some_and(|s| s.1 == top.1) {
        return None;
    }
    let mut lemmas: Vec<(&&'static str, &usize)> = top.2.iter().collect();
    lemmas.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    lemmas.first().map(|(l, _)| **l)
}

/// Predicate forms → lemma, built once from [`PREDICATE_FORMS`] and the
/// regular inflections of [`REGULAR_VERBS`].
fn forms() -> &'static WordMap<&'static str, &'static str> {
    static FORMS: OnceLock<WordMap<&'static str, &'static str>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut m = WordMap::default();
        for (f, l) in PREDICATE_FORMS {
            m.insert(*f, *l);
        }
        for v in REGULAR_VERBS {
            for f in inflect(v) {
                let f: &'static str = Box::leak(f.into_boxed_str());
                m.entry(f).or_insert(*v);
            }
        }
        m
    })
}

/// First word of each form of [`forms`] → the most words of a form it
/// begins.
fn form_firsts() -> &'static WordMap<&'static str, usize> {
    static FIRSTS: OnceLock<WordMap<&'static str, usize>> = OnceLock::new();
    FIRSTS.get_or_init(|| {
        let mut m: WordMap<&'static str, usize> = WordMap::default();
        for f in forms().keys() {
            let first = f.split(' ').next().unwrap_or(f);
            let n = f.split(' ').count();
            let e = m.entry(first).or_insert(0);
            *e = (*e).max(n);
        }
        m
    })
}

/// lemma, -s, -ed, -ing of a regular verb.
fn inflect(v: &str) -> Vec<String> {
    let mut out = vec![v.to_string()];
    let sib = ["s", "sh", "ch", "x", "z"].iter().any(|e| v.ends_with(e));
    out.push(if sib {
        format!("{v}es")
    } else {
        format!("{v}s")
    });
    if let Some(stem) = v.strip_suffix('e') {
        out.push(format!("{v}d"));
        out.push(format!("{stem}ing"));
    } else if let Some(stem) = v
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        out.push(format!("{stem}ied"));
        out.push(format!("{stem}ies"));
        out.push(format!("{v}ing"));
    } else {
        out.push(format!("{v}ed"));
        out.push(format!("{v}ing"));
    }
    out
}

/// Verbs with regular inflections whose lemma is a predicate of
/// [`group::PREDICATE_CLASSES`].
const REGULAR_VERBS: &[&str] = &[
    "gather",
    "attend",
    "participate",
    "join",
    "involve",
    "convene",
    "assemble",
    "agree",
    "pledge",
    "promise",
    "vow",
    "sign",
    "endorse",
    "volunteer",
    "offer",
    "provide",
    "supply",
    "deliver",
    "deploy",
    "donate",
    "kill",
    "perish",
    "injure",
    "wound",
    "hospitalize",
    "arrest",
    "detain",
    "evacuate",
    "displace",
    "rescue",
    "march",
    "protest",
    "demonstrate",
    "rally",
    "announce",
    "declare",
    "annex",
];

/// Irregular and multi-word predicate forms → lemma.
const PREDICATE_FORMS: &[(&str, &str)] = &[
    ("take part", "take part"),
    ("takes part", "take part"),
    ("took part", "take part"),
    ("taken part", "take part"),
    ("taking part", "take part"),
    ("turn out", "turn out"),
    ("turned out", "turn out"),
    ("turns out", "turn out"),
    ("commit", "commit"),
    ("commits", "commit"),
    ("committed", "commit"),
    ("committing", "commit"),
    ("send", "send"),
    ("sends", "send"),
    ("sent", "send"),
    ("sending", "send"),
    ("die", "die"),
    ("dies", "die"),
    ("died", "die"),
    ("dying", "die"),
    ("dead", "dead"),
    ("death toll", "death toll"),
    ("toll", "death toll"),
    ("hurt", "hurt"),
    ("hospitalised", "hospitalize"),
    ("hospitalise", "hospitalize"),
    ("missing", "missing"),
    ("unaccounted", "unaccounted"),
    ("flee", "flee"),
    ("fled", "flee"),
    ("fleeing", "flee"),
    ("took to the streets", "take to the street"),
    ("take to the streets", "take to the street"),
    ("taking to the streets", "take to the street"),
    ("vote for", "vote for"),
    ("votes for", "vote for"),
    ("voted for", "vote for"),
    ("voting for", "vote for"),
    ("vote against", "vote against"),
    ("votes against", "vote against"),
    ("voted against", "vote against"),
    ("voting against", "vote against"),
    ("abstained", "abstain"),
    ("abstain", "abstain"),
    ("say", "say"),
    ("says", "say"),
    ("said", "say"),
    ("saying", "say"),
    ("stated", "state"),
    ("tell", "tell"),
    ("tells", "tell"),
    ("told", "tell"),
    ("invade", "invade"),
    ("invaded", "invade"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Amount, Period, Policy, Value, When};
    use crate::segment::Segments;
    use crate::span::Span;

    /// Annotates a hand-made claim on `needle` in `text` and returns its
    /// subject.
    fn subject(text: &str, needle: &str, kind: ClaimKind) -> Subject {
        let start = text.find(needle).expect("needle");
        let value = if kind.is_temporal() {
            Value::Date(When::new("2025", Period::year(2025)))
        } else {
            Value::Number(Amount::exact(1.0))
        };
        let mut c = Claim::new(kind, Span::new(start, start + needle.len()), value);
        let seg = Segments::new(text);
        c.sentence = seg.sentence_at(start);
        let policy = Policy::default();
        let cx = Context {
            text,
            published: None,
            policy: &policy,
            seg: &seg,
        };
        let mut claims = vec![c];
        annotate(&cx, &mut claims);
        claims.remove(0).subject.unwrap_or_default()
    }

    macro_rules! t {
        ($id:ident, $text:expr, $needle:expr, $kind:expr, |$s:ident| $check:expr) => {
            #[test]
            fn $id() {
                let $s = subject($text, $needle, $kind);
                assert!($check, "{:?}", $s);
            }
        };
    }

    use ClaimKind::{Count, Date, Weekday, Year};

    t!(
        ctx010_gathered,
        "Leaders from 35 countries gathered in Paris.",
        "35 countries",
        Count,
        |s| s.predicate.as_deref() == Some("gather")
    );
    t!(
        ctx020_expected_to_take_part,
        "About 30 leaders are expected to take part in the summit.",
        "About 30 leaders",
        Count,
        |s| s.predicate.as_deref() == Some("take part")
            && s.modal
            && s.event.as_deref() == Some("summit")
    );
    t!(
        ctx030_speech_is_not_the_predicate,
        "Macron said 26 countries had agreed to send troops.",
        "26 countries",
        Count,
        |s| s.predicate.as_deref() == Some("agree")
    );
    t!(
        ctx040_killing_before,
        "A missile strike on the city killed 22 people.",
        "22 people",
        Count,
        |s| s.predicate.as_deref() == Some("kill") && s.event.as_deref() == Some("strike")
    );
    t!(
        ctx050_negated,
        "In the end 26 countries did not agree to the plan.",
        "26 countries",
        Count,
        |s| s.predicate.as_deref() == Some("agree") && s.negated
    );
    t!(
        ctx060_scope_county,
        "At least 50 people died in Kerr County on Friday.",
        "At least 50 people",
        Count,
        |s| s.scope.as_deref() == Some("kerr county")
    );
    t!(
        ctx070_scope_on_board,
        "Of the 40 people on board, 12 survived.",
        "40 people",
        Count,
        |s| s.scope.as_deref() == Some("on board")
    );
    t!(
        ctx080_said_on_weekday,
        "Defence secretary Maria Holt said on Wednesday that aid would flow.",
        "on Wednesday",
        Weekday,
        |s| s.predicate.as_deref() == Some("say") && s.agent.as_deref() == Some("Holt")
    );
    t!(
        ctx090_the_statement,
        "Maria Holt has announced new aid. The statement was made in Kyiv on 4 September.",
        "on 4 September",
        Date,
        |s| s.event.as_deref() == Some("statement") && s.agent.as_deref() == Some("Holt")
    );
    t!(
        ctx100_meeting_on_weekday,
        "He spoke ahead of a high-level meeting in Paris on Thursday.",
        "on Thursday",
        Weekday,
        |s| s.event.as_deref() == Some("meeting") && s.place.as_deref() == Some("paris")
    );
    t!(
        ctx110_annexed_in,
        "Moscow annexed Crimea in 2014 and invaded in 2022.",
        "in 2014",
        Year,
        |s| s.predicate.as_deref() == Some("annex")
    );
    t!(
        ctx120_year_before_event,
        "It echoed the pretext used before the 2022 invasion.",
        "2022",
        Year,
        |s| s.event.as_deref() == Some("invasion")
    );
    t!(
        ctx130_not_an_event_before,
        "The talks ended on 3 May, a week before the summit.",
        "on 3 May",
        Date,
        |s| s.event.as_deref() == Some("talks")
    );
    t!(
        ctx140_previous_event_skipped,
        "At the previous summit on 3 May, nothing was agreed.",
        "on 3 May",
        Date,
        |s| s.event.is_none()
    );
    t!(
        ctx150_toll_rose_to,
        "The death toll from the floods in the county rose to 30 on Friday.",
        "30",
        Count,
        |s| s.predicate.as_deref() == Some("death toll")
    );
}
