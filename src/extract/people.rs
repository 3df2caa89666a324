//! People: names with their titles and organisations, linked within a
//! document, and compared across documents.
//!
//! # Grammar
//!
//! ```text
//! mention := [title-part] name
//! title-part := (title-word | Capitalised-word)* title-word   -- "UK Defence Secretary",
//!                                                              -- "Russian Foreign Ministry spokeswoman"
//! name := honorific? Name{1,4}                                 -- "Mr. Trump", "Ursula von der Leyen"
//! ```
//!
//! A capitalised run is a person when it carries a title or honorific,
//! starts with a known given name, is two to four name-like words, or is a
//! single word that is the surname of a person already met or stands right
//! before a speech cue ("Healey said"). The title part splits into an
//! organisation (words up to an organisation head such as "Ministry", or
//! leading words before the first title word: "NATO", "UK") and a title.
//!
//! Later mentions link to the person met before with the same surname
//! (and a compatible given name), so "Healey" is "John Healey" and carries
//! his title.
//!
//! # Non-goals
//!
//! Names written in lower case, names of more than four words, people
//! named only by a given name, coreference beyond surnames, titles and
//! pronouns.

use crate::segment::{Segments, SentenceCursor};
use crate::span::Span;

use super::swar;

use super::speech::{
    self, GIVEN_NAMES, NOT_NAMES, NOT_PERSON_WORDS, ORG_HEADS, TITLE_WORDS, given_name, honorific,
    in_list, title_gender,
};

/// One person met in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Person {
    /// Fullest name met ("John Healey").
    pub(crate) name: String,
    /// Title ("Defence Secretary").
    pub(crate) title: Option<String>,
    /// Organisation ("UK", "NATO").
    pub(crate) organization: Option<String>,
    /// `Some(true)` male, `Some(false)` female.
    pub(crate) male: Option<bool>,
    /// Organisation and title folded and normalised for [`People::by_title`]
    /// (empty without a title).
    key: String,
}

/// Where a person is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The title and name ("UK Defence Secretary John Healey").
    pub(crate) span: Span,
    /// The name alone ("John Healey").
    pub(crate) name: Span,
    pub(crate) person: usize,
}

/// The people of one document.
#[derive(Clone, Debug, Default)]
pub(crate) struct People {
    pub(crate) persons: Vec<Person>,
    /// Sorted by start.
    pub(crate) mentions: Vec<Mention>,
    /// Folded surname → the person met last with it.
    by_surname: std::collections::HashMap<String, usize, speech::FastHash>,
    /// Buffers of [`People::run_at`], reused from run to run.
    scratch: Scratch,
}

/// Word buffers of one capitalised run, kept to avoid allocating per run.
#[derive(Clone, Debug, Default)]
struct Scratch {
    words: Vec<W>,
    name: Vec<W>,
    title: Vec<W>,
}

/// A word of a capitalised run or of its title part.
#[derive(Clone, Copy, Debug)]
struct W {
    s: usize,
    e: usize,
    /// The long word lists the word is in ([`speech::lists_of`]).
    l: u16,
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The word starting at `i` (letters, digits, inner `-'’.`, the comma of
/// a digit group, a trailing abbreviation dot); returns its end.
pub(crate) fn word_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    if !text.is_char_boundary(i) {
        return i;
    }
    // The char at byte `k` and its length; ASCII without decoding.
    let char_at = |k: usize| -> Option<(char, usize)> {
        let b = *bytes.get(k)?;
        if b < 0x80 {
            return Some((char::from(b), 1));
        }
        let c = text.get(k..)?.chars().next()?;
        Some((c, c.len_utf8()))
    };
    // ASCII letters and digits first, in a tight loop.
    let mut k = i;
    while bytes.get(k).is_some_and(u8::is_ascii_alphanumeric) {
        k += 1;
    }
    let mut end = k;
    while let Some((c, len)) = char_at(k) {
        if is_word_char(c) {
            k += len;
            end = k;
            continue;
        }
        // A digit group: "440,000" is one word, its comma no clause break.
        if c == ','
            && bytes.get(k - 1).is_some_and(u8::is_ascii_digit)
            && bytes.get(k + 1).is_some_and(u8::is_ascii_digit)
        {
            k += 1;
            continue;
        }
        if matches!(c, '-' | '\'' | '’' | '.' | '&') {
            if char_at(k + len).is_some_and(|(n, _)| is_word_char(n)) {
                k += len;
                continue;
            }
            if c == '.' && end > i && abbrev_dot(text.get(i..end).unwrap_or("")) {
                end = k + 1;
            }
        }
        break;
    }
    end
}

/// Whether a word takes its full stop along: "Mr.", "Gen.", "U.S.", "J.".
fn abbrev_dot(w: &str) -> bool {
    let n = w.chars().count();
    (n == 1 && w.chars().all(|c| c.is_uppercase()))
        || w.contains('.')
        || in_list(
            w,
            &[
                "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt",
                "adm", "prof", "rev", "jr", "sr", "st", "sgt", "cpl", "pres", "supt", "insp",
                "det",
            ],
        )
}

/// Whether a word starts with a capital letter.
pub(crate) fn starts_upper_pub(w: &str) -> bool {
    starts_upper(w)
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Name-like: capitalised and not all capitals (unless one letter or an
/// initial).
fn name_like(w: &str) -> bool {
    let w = strip_possessive(w);
    if !starts_upper(w) {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters <= 1 || w.chars().any(char::is_lowercase)
}

pub(crate) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix('\''))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

/// Name particles written in lower case inside a name.
fn particle(w: &str) -> bool {
    matches!(
        w,
        "von"
            | "der"
            | "van"
            | "de"
            | "da"
            | "del"
            | "della"
            | "di"
            | "du"
            | "la"
            | "le"
            | "bin"
            | "al"
            | "ben"
            | "dos"
    )
}

impl People {
    /// Finds and links the people of `text`.
    pub(crate) fn scan(text: &str, seg: &Segments) -> People {
        let mut people = People::default();
        let mut sents = SentenceCursor::new(seg);
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Most bytes are neither ASCII capitals nor of a non-ASCII
            // character: skip them eight at a time.
            i = swar::find(bytes, i, |v| swar::in_range(v, b'A', b'Z') | (v & swar::HI));
            let Some(&b) = bytes.get(i) else {
                break;
            };
            let cand = (b.is_ascii_uppercase()
                || (b >= 0xC3
                    && text
                        .get(i..)
                        .and_then(|t| t.chars().next())
                        .is_some_and(char::is_uppercase)))
                && (i == 0
                    || !text
                        .get(..i)
                        .and_then(|t| t.chars().next_back())
                        // "-5°C": a scale, not a name's initial.
                        .is_some_and(|c| is_word_char(c) || matches!(c, '°' | 'º' | '˚')));
            if !cand {
                i += 1;
                continue;
            }
            let end = people.run_at(text, &mut sents, i);
            i = end.max(i + 1);
            while i < bytes.len() && !text.is_char_boundary(i) {
                i += 1;
            }
        }
        people
    }

    /// Reads the capitalised run starting at `start`; records a person if
    /// it is one; returns the run's end.
    fn run_at(&mut self, text: &str, sents: &mut SentenceCursor<'_>, start: usize) -> usize {
        let mut sc = std::mem::take(&mut self.scratch);
        let end = self.run_in(text, sents.at(start), start, &mut sc);
        self.scratch = sc;
        end
    }

    /// [`Self::run_at`] with its buffers; `sent` is the sentence around
    /// `start`.
    fn run_in(&mut self, text: &str, sent: Span, start: usize, sc: &mut Scratch) -> usize {
        let Scratch { words, name, title } = sc;
        // Bits of the word lists looked up once per word (see `W::l`).
        let title_bit = speech::list_bit(TITLE_WORDS);
        let org_bit = speech::list_bit(ORG_HEADS);
        let not_name = speech::list_bit(NOT_NAMES);
        let not_person = speech::list_bit(NOT_PERSON_WORDS);
        words.clear();
        let mut i = start;
        loop {
            let e = word_end(text, i);
            if e <= i {
                break;
            }
            words.push(W {
                s: i,
                e,
                l: speech::lists_of(text.get(i..e).unwrap_or("")),
            });
            if words.len() >= 9 {
                break;
            }
            // One space, then a capitalised word or a particle + capitalised.
            let rest = text.get(e..).unwrap_or("");
            if !rest.starts_with(' ') {
                break;
            }
            let n = e + 1;
            let nw_end = word_end(text, n);
            let nw = text.get(n..nw_end).unwrap_or("");
            if nw.is_empty() {
                break;
            }
            if starts_upper(nw) {
                i = n;
                continue;
            }
            if particle(nw) {
                let after = text.get(nw_end..).unwrap_or("");
                let n2 = nw_end + 1;
                let w2 = text.get(n2..word_end(text, n2)).unwrap_or("");
                if after.starts_with(' ') && starts_upper(w2) {
                    words.push(W {
                        s: n,
                        e: nw_end,
                        l: speech::lists_of(nw),
                    });
                    i = n2;
                    continue;
                }
            }
            break;
        }
        let run_end = words.last().map_or(start, |w| w.e);
        let t = |w: &W| text.get(w.s..w.e).unwrap_or("");
        // The name part: trailing words that are not title words.
        let mut k = words.len();
        while k > 0 {
            let w = t(&words[k - 1]);
            if words[k - 1].l & (title_bit | org_bit) != 0 || honorific(w).is_some() {
                break;
            }
            k -= 1;
        }
        name.clear();
        name.extend_from_slice(&words[k..]);
        title.clear();
        title.extend_from_slice(&words[..k]);
        // A surname that is also a month or a verb ("Theresa May", "Mrs
        // May", "Ian Read") is a name after a given name or a title, or
        // after another name word right before a speech cue ("Ian Read
        // said"), and alone once its person is known ("May said"), unless
        // a function word opened the run ("In May").
        let alone_known_in = |name: &[W]| {
            name.len() == 1 && title.is_empty() && {
                let lone = strip_possessive(t(&name[0]));
                speech::surname_word(lone)
                    // "on May 4" is a date.
                    && !text
                        .get(run_end..)
                        .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
                    && self.known_surname(lone).is_some()
            }
        };
        let mut alone_known = alone_known_in(name);
        // Sentence-initial function words are not part of the name; after
        // an adverb of time ("Later May said", not "In May") the surname
        // alone may be its known person's.
        let lead = name.iter().take_while(|w| w.l & not_name != 0).count();
        if lead > 0 && title.is_empty() && !alone_known {
            let keep_last = lead == name.len()
                && lead >= 2
                && (in_list(t(&name[lead - 2]), speech::TIME_ADVERBS)
                    || in_list(t(&name[lead - 2]), speech::OPENING_ADVERBS))
                && alone_known_in(&name[lead - 1..]);
            if keep_last {
                name.drain(..lead - 1);
                alone_known = true;
            } else {
                name.drain(..lead);
            }
        }
        if name.is_empty() || name.len() > 4 {
            return run_end;
        }
        let titled_run = !title.is_empty();
        if name.iter().enumerate().any(|(j, w)| {
            let s = t(w);
            let bare = strip_possessive(s);
            let not_person_word = if bare.len() == s.len() {
                w.l & not_person != 0
            } else {
                in_list(bare, NOT_PERSON_WORDS)
            };
            let surname = w.l & not_name != 0
                && j + 1 == name.len()
                && speech::surname_word(bare)
                && (alone_known
                    || titled_run
                    || j > 0
                        && (given_name(t(&name[j - 1])).is_some()
                            || name[j - 1].l & not_name == 0 && before_cue(text, run_end)));
            not_person_word || w.l & not_name != 0 && !surname || !(name_like(s) || particle(s))
        }) {
            return run_end;
        }
        // Extend the title part backwards over title words and the
        // capitalised words before them.
        if title.is_empty() || title.len() == words.len() - name.len() {
            let mut p = words.first().map_or(start, |w| w.s);
            for _ in 0..6 {
                let Some((ws, we)) = prev_word(text, p, sent.start) else {
                    break;
                };
                let w = text.get(ws..we).unwrap_or("");
                let has_title = title
                    .iter()
                    .any(|x| x.l & title_bit != 0 || honorific(t(x)).is_some());
                let l = speech::lists_of(w);
                let title_word = l & title_bit != 0 || honorific(w).is_some();
                if title_word || (starts_upper(w) && has_title && l & not_name == 0) {
                    title.insert(0, W { s: ws, e: we, l });
                    p = ws;
                } else {
                    break;
                }
            }
        }
        // Drop leading function words of the title part ("The").
        while title
            .first()
            .is_some_and(|w| w.l & not_name != 0 && honorific(t(w)).is_none())
        {
            title.remove(0);
        }
        let mut male = None;
        let mut titled = false;
        let mut honored = false;
        for w in title.iter() {
            let s = t(w);
            if let Some(g) = honorific(s) {
                honored = true;
                male = male.or(g);
            } else if w.l & title_bit != 0 {
                titled = true;
                male = male.or(title_gender(s));
            }
        }
        let first = t(&name[0]);
        let given = given_name(first);
        male = male.or(given);
        let surname = strip_possessive(t(name.last().unwrap_or(&name[0])));
        let single = name.len() == 1;
        // "Organisers said", "Survivors express": plural nouns opening a
        // sentence are not names.
        let common = single
            && (in_list(surname, speech::SPEAKER_NOUNS)
                || (sent.start == name[0].s
                    && ["ers", "ors", "ists", "ians", "ents", "ants", "ives", "ies"]
                        .iter()
                        .any(|x| surname.ends_with(x))));
        // The cheap tests first; the surname is looked up only for a run
        // that may be a person, the words after it read only for a single
        // word that is nothing else.
        let (is_person, known) = if common {
            (false, None)
        } else if honored
            || titled
            || given.is_some()
            || (!single && name.iter().all(|w| name_like(t(w)) || particle(t(w))))
        {
            (true, self.known_surname(surname))
        } else if single {
            let known = self.known_surname(surname);
            let person =
                known.is_some() || (surname.chars().count() > 2 && before_cue(text, run_end));
            (person, known)
        } else {
            (false, None)
        };
        if !is_person {
            return run_end;
        }
        let name_span = Span::new(
            name[0].s,
            name.last()
                .map_or(name[0].e, |w| w.s + strip_possessive(t(w)).len()),
        );
        let name_text = text.get(name_span.range()).unwrap_or("").to_string();
        let (org, ttl) = match split_title(text, title) {
            (org, None) => match appositive_title(text, run_end) {
                Some((org2, ttl2)) => (org.or(org2), Some(ttl2)),
                None => (org, None),
            },
            found => found,
        };
        let idx = match known {
            Some(p) if single || compatible_given(&self.persons[p].name, &name_text) => {
                let person = &mut self.persons[p];
                if name_text.split(' ').count() > person.name.split(' ').count() {
                    person.name = name_text;
                }
                let before = (person.title.is_none(), person.organization.is_none());
                if person.title.is_none() {
                    person.title = ttl;
                }
                if person.organization.is_none() {
                    person.organization = org;
                }
                if before != (person.title.is_none(), person.organization.is_none()) {
                    person.key = person_key(person);
                }
                if person.male.is_none() {
                    person.male = male;
                }
                p
            }
            _ => {
                let mut person = Person {
                    name: name_text,
                    title: ttl,
                    organization: org,
                    male,
                    key: String::new(),
                };
                person.key = person_key(&person);
                self.persons.push(person);
                self.persons.len() - 1
            }
        };
        let mention_start = title
            .first()
            .map_or(name_span.start, |w| w.s.min(name_span.start));
        // A surname met before keeps its key: no new allocation.
        let mut buf = [0u8; 40];
        let slot = surname
            .is_ascii()
            .then(|| speech::ascii_lower(surname, &mut buf))
            .flatten()
            .and_then(|lc| self.by_surname.get_mut(lc));
        match slot {
            Some(v) => *v = idx,
            None => {
                self.by_surname.insert(surname.to_lowercase(), idx);
            }
        }
        self.mentions.push(Mention {
            name: name_span,
            span: Span::new(mention_start, name_span.end),
            person: idx,
        });
        run_end
    }

    /// The person met before whose surname is `surname` (any case).
    fn known_surname(&self, surname: &str) -> Option<usize> {
        let mut lc_buf = [0u8; 40];
        if surname.is_ascii() {
            if let Some(lc) = speech::ascii_lower(surname, &mut lc_buf) {
                return self.find_surname(lc);
            }
        }
        self.find_surname(&surname.to_lowercase())
    }

    fn find_surname(&self, surname_lc: &str) -> Option<usize> {
        self.by_surname.get(surname_lc).copied()
    }

    /// The person named by the words exactly in `span` (a surname, a full
    /// name, a titled name), if any.
    pub(crate) fn at(&self, span: Span) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.span.end <= span.start);
        self.mentions
            .get(i..)?
            .iter()
            .take_while(|m| m.span.start < span.end)
            .find(|m| m.name.overlaps(span))
            .map(|m| m.person)
    }

    /// The person whose title ends with `phrase` ("defence secretary",
    /// "NATO chief"), the one mentioned last before `pos`.
    pub(crate) fn by_title(&self, phrase: &str, pos: usize) -> Option<usize> {
        let phrase = fold(phrase);
        let phrase = strip_det(&phrase);
        if phrase.is_empty() {
            return None;
        }
        let ph = normalize_title(phrase);
        let two_words = ph.split(' ').count() >= 2;
        let i = self.mentions.partition_point(|m| m.span.start < pos);
        let mut seen: Vec<usize> = Vec::new();
        for m in self.mentions.get(..i)?.iter().rev().take(200) {
            if seen.contains(&m.person) {
                continue;
            }
            seen.push(m.person);
            let Some(p) = self.persons.get(m.person) else {
                continue;
            };
            if p.title.is_none() {
                continue;
            }
            let t = &p.key;
            if t.ends_with(&ph) || (two_words && t.contains(&ph)) {
                return Some(m.person);
            }
        }
        None
    }

    /// The person a pronoun at `pos` stands for: the subject-most
    /// compatible person of the nearest sentence (this one, then up to five
    /// before) that names one.
    pub(crate) fn resolve(
        &self,
        seg: &Segments,
        pos: usize,
        male: Option<bool>,
        quoted: &dyn Fn(Span) -> bool,
    ) -> Option<(usize, Span)> {
        // Names inside a quote ("“I love Larry,” he said") are not
        // antecedents of a pronoun outside it.
        let compatible = |m: &Mention| {
            let gender = match (male, self.persons[m.person].male) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            gender && !quoted(m.span)
        };
        let mut sent = seg.sentence_at(pos);
        let mut limit = pos;
        for _ in 0..6 {
            let lo = self.mentions.partition_point(|m| m.span.start < sent.start);
            let hi = self.mentions.partition_point(|m| m.span.start < limit);
            if let Some(m) = self
                .mentions
                .get(lo..hi)
                .and_then(|ms| ms.iter().take(64).find(|m| compatible(m)))
            {
                return Some((m.person, m.span));
            }
            if sent.start == 0 {
                break;
            }
            let prev = seg.sentence_at(sent.start.saturating_sub(1));
            if prev.start >= sent.start {
                break;
            }
            limit = sent.start;
            sent = prev;
        }
        None
    }
}

/// Whether a strong speech cue follows the run ending at `run_end`, right
/// away or after up to two words of [`speech::BETWEEN`]: "Healey said",
/// "Healey has repeatedly said".
fn before_cue(text: &str, run_end: usize) -> bool {
    let after = text.get(run_end..).unwrap_or("");
    let after = after.trim_start_matches([' ', ',']);
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    for _ in 0..3 {
        let Some(w) = words.next() else { break };
        if speech::cue_class(w) == Some(speech::CueClass::Strong) {
            return true;
        }
        if !in_list(w, speech::BETWEEN) {
            break;
        }
    }
    false
}

/// The word before byte `p` within the sentence starting at `floor`
/// (separated by one space only).
fn prev_word(text: &str, p: usize, floor: usize) -> Option<(usize, usize)> {
    let before = text.get(floor..p)?;
    let trimmed = before.strip_suffix(' ')?;
    if trimmed.ends_with(' ') {
        return None;
    }
    let we = floor + trimmed.len();
    let ws = floor
        + trimmed
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’'))
            .last()
            .map(|(k, _)| k)?;
    (ws < we).then_some((ws, we))
}

/// A title set off by a comma after a name: "John Kirby, a spokesman for
/// the State Department, said" gives ("State Department", "spokesman");
/// "Maria Zakharova, spokeswoman for the Russian Foreign Ministry." gives
/// ("Russian Foreign Ministry", "spokeswoman"). The aside holds a title
/// word, at most four words before "for", "of" or "at" and at most six
/// after, and ends at a comma, a full stop or a semicolon.
fn appositive_title(text: &str, run_end: usize) -> Option<(Option<String>, String)> {
    let rest = text.get(run_end..)?.strip_prefix(", ")?;
    let rest = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let end = rest.find([',', '.', ';', '\n'])?;
    let aside = rest.get(..end)?;
    if !matches!(rest.as_bytes().get(end), Some(b',' | b'.' | b';')) {
        return None;
    }
    let words: Vec<&str> = aside.split(' ').collect();
    if words.iter().any(|w| w.is_empty()) {
        return None;
    }
    let cut = words
        .iter()
        .position(|w| matches!(*w, "for" | "of" | "at"))
        .unwrap_or(words.len());
    let (head, org) = words.split_at(cut);
    if head.is_empty() || head.len() > 4 || org.len() > 7 {
        return None;
    }
    if !head.iter().any(|w| in_list(w, TITLE_WORDS)) {
        return None;
    }
    // Title words are lower case or capitalised words, not figures.
    if head
        .iter()
        .any(|w| !w.chars().all(|c| c.is_alphabetic() || c == '-'))
    {
        return None;
    }
    let org = org.get(1..).unwrap_or(&[]);
    let org = org.strip_prefix(&["the"]).unwrap_or(org).join(" ");
    Some(((!org.is_empty()).then_some(org), head.join(" ")))
}

/// Splits a title part into (organisation, title).
fn split_title(text: &str, title: &[W]) -> (Option<String>, Option<String>) {
    let words: Vec<&str> = title
        .iter()
        .map(|w| text.get(w.s..w.e).unwrap_or(""))
        .filter(|w| honorific(w).is_none())
        .collect();
    if words.is_empty() {
        return (None, None);
    }
    // Up to and including the last organisation head: "Russian Foreign
    // Ministry" / "spokeswoman".
    let cut = match words.iter().rposition(|w| in_list(w, ORG_HEADS)) {
        Some(h) if h + 1 < words.len() => h + 1,
        _ => words
            .iter()
            .position(|w| in_list(w, TITLE_WORDS))
            .unwrap_or(0),
    };
    let join = |ws: &[&str]| {
        let s = ws.join(" ");
        (!s.is_empty()).then_some(s)
    };
    (join(&words[..cut]), join(&words[cut..]))
}

fn compatible_given(a: &str, b: &str) -> bool {
    let fa = a.split(' ').next().unwrap_or("");
    let fb = b.split(' ').next().unwrap_or("");
    if a.split(' ').count() < 2 || b.split(' ').count() < 2 {
        return true;
    }
    fa.eq_ignore_ascii_case(fb)
        || fa.chars().next().map(|c| c.to_lowercase().to_string())
            == fb.chars().next().map(|c| c.to_lowercase().to_string())
            && (fa.ends_with('.') || fb.ends_with('.'))
        || strsim::jaro_winkler(&fold(fa), &fold(fb)) >= GIVEN_NAME_THRESHOLD
}

/// Case-folded, accents and punctuation removed, spaces collapsed.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
            'ç' | 'Ç' | 'č' | 'Č' | 'ć' => 'c',
            'ñ' | 'Ñ' => 'n',
            'š' | 'Š' | 'ś' => 's',
            'ž' | 'Ž' | 'ź' | 'ż' => 'z',
            'ł' | 'Ł' => 'l',
            '-' | '_' => ' ',
            c => c,
        };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if c.is_whitespace() && !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn strip_det(s: &str) -> &str {
    for d in ["the ", "a ", "an ", "his ", "her ", "their ", "its "] {
        if let Some(r) = s.strip_prefix(d) {
            return r;
        }
    }
    s
}

/// Title words that mean the same across outlets: "defense"/"defence",
/// "chief"/"secretary general"/"head".
fn normalize_title(t: &str) -> String {
    let t = t
        .replace("defence", "defense")
        .replace("secretary general", "chief")
        .replace("secretarygeneral", "chief");
    t.split(' ')
        .map(|w| match w {
            "head" | "leader" | "boss" => "chief",
            "labour" => "labor",
            "organisation" => "organization",
            w => w,
        })
        .filter(|w| !w.is_empty() && !matches!(*w, "uk" | "us" | "british" | "american"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Jaro–Winkler similarity (on folded names) at or above which two
/// surnames are the same: "zelensky"/"zelenskyy" is 0.98, "healey"/"haley"
/// 0.95 (so a given name or title must also agree, see [`same_person`]).
pub(crate) const SURNAME_THRESHOLD: f64 = 0.93;
/// Jaro–Winkler similarity at or above which two given names are the same
/// ("volodymyr"/"volodimir" 0.91).
pub(crate) const GIVEN_NAME_THRESHOLD: f64 = 0.88;
/// Jaro–Winkler similarity at or above which two descriptions or outlets
/// are the same after folding, stripping determiners and plural "s".
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) const DESCRIPTION_THRESHOLD: f64 = 0.94;

/// Whether two surnames written in different documents name the same
/// person: Jaro–Winkler similarity of the folded names (case, accents,
/// possessives) at least [`SURNAME_THRESHOLD`] ("Zelensky"/"Zelenskyy",
/// "Healey"/"Healy"), and, when both write words before the surname, one
/// of those of each agreeing as a given name does (same initial,
/// similarity at least [`GIVEN_NAME_THRESHOLD`]): "Ringleader Tom Velden"
/// is "Tom Velden", not "Sam Velden". The grouping stage uses it to join
/// the doers and speakers of figures across outlets.
pub(crate) fn same_surname(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(strip_possessive(a)), fold(strip_possessive(b)));
    let (wa, wb) = (name_words(&fa), name_words(&fb));
    let (Some((sa, ga)), Some((sb, gb))) = (wa.split_last(), wb.split_last()) else {
        return false;
    };
    let surname = sa == sb || strsim::jaro_winkler(sa, sb) >= SURNAME_THRESHOLD;
    surname
        && (ga.is_empty()
            || gb.is_empty()
            || ga
                .iter()
                .any(|x| gb.iter().any(|y| given_names_agree(x, y))))
}

/// Whether two speakers, possibly from different documents, are the same
/// person or body.
///
/// Names are compared case-folded, without accents, honorifics or
/// possessives. Two persons are the same when their surnames have a
/// Jaro–Winkler similarity of at least [`SURNAME_THRESHOLD`] and their
/// given names, when both are written, agree (same initial and similarity
/// at least [`GIVEN_NAME_THRESHOLD`]); when the surnames are not equal, a
/// given name or a title must agree as well. A description matches a
/// person when it names the person's title ("the NATO chief", "the defence
/// secretary"), with "chief"/"head"/"secretary general" and
/// "defence"/"defense" read as the same. Descriptions and outlets match
/// each other at [`DESCRIPTION_THRESHOLD`].
#[cfg_attr(not(test), allow(dead_code))] // called by the grouping stage
pub(crate) fn same_person(a: &crate::claim::Speaker, b: &crate::claim::Speaker) -> bool {
    use crate::claim::Speaker as S;
    match (a, b) {
        (
            S::Person {
                name: na,
                title: ta,
                organization: oa,
            },
            S::Person {
                name: nb,
                title: tb,
                organization: ob,
            },
        ) => {
            let (ga, sa) = given_surname(na);
            let (gb, sb) = given_surname(nb);
            if sa.is_empty() || sb.is_empty() {
                return false;
            }
            let sim = strsim::jaro_winkler(&sa, &sb);
            if sim < SURNAME_THRESHOLD {
                return false;
            }
            let given_ok = match (&ga, &gb) {
                (Some(x), Some(y)) => given_names_agree(x, y),
                _ => true,
            };
            if !given_ok {
                return false;
            }
            if sa == sb {
                return true;
            }
            let both_given = ga.is_some() && gb.is_some();
            let ta = title_key(oa.as_deref(), ta.as_deref());
            let tb = title_key(ob.as_deref(), tb.as_deref());
            both_given || (!ta.is_empty() && ta == tb)
        }
        (
            S::Person {
                title,
                organization,
                ..
            },
            S::Description(d),
        )
        | (
            S::Description(d),
            S::Person {
                title,
                organization,
                ..
            },
        ) => {
            let t = title_key(organization.as_deref(), title.as_deref());
            let d = normalize_title(strip_det(&fold(d)));
            !t.is_empty()
                && !d.is_empty()
                && (t == d || t.ends_with(&format!(" {d}")) && d.split(' ').count() >= 2)
        }
        (S::Description(x), S::Description(y))
        | (S::Outlet(x), S::Outlet(y))
        | (S::Outlet(x), S::Description(y))
        | (S::Description(x), S::Outlet(y)) => {
            let fx = fold(x);
            let fy = fold(y);
            let x = singular(strip_det(&fx));
            let y = singular(strip_det(&fy));
            !x.is_empty() && (x == y || strsim::jaro_winkler(&x, &y) >= DESCRIPTION_THRESHOLD)
        }
        _ => false,
    }
}

/// Whether two speakers that [`same_person`] matches carry titles that
/// really differ after normalisation ("Defence Secretary" and "Defense
/// Secretary" do not; "Foreign Minister" and "Prime Minister" do), so the
/// difference can be reported.
#[cfg_attr(not(test), allow(dead_code))] // called by the grouping stage
pub(crate) fn titles_differ(a: &crate::claim::Speaker, b: &crate::claim::Speaker) -> bool {
    use crate::claim::Speaker as S;
    match (a, b) {
        (
            S::Person {
                title: Some(ta),
                organization: oa,
                ..
            },
            S::Person {
                title: Some(tb),
                organization: ob,
                ..
            },
        ) => {
            let ka = title_key(oa.as_deref(), Some(ta));
            let kb = title_key(ob.as_deref(), Some(tb));
            ka != kb && !ka.ends_with(&kb) && !kb.ends_with(&ka)
        }
        _ => false,
    }
}

#[cfg_attr(not(test), allow(dead_code))]
fn singular(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                &w[..w.len() - 1]
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The [`Person::key`] of a person: empty without a title.
fn person_key(p: &Person) -> String {
    if p.title.is_none() {
        return String::new();
    }
    title_key(p.organization.as_deref(), p.title.as_deref())
}

fn title_key(org: Option<&str>, title: Option<&str>) -> String {
    let t = fold(&format!("{} {}", org.unwrap_or(""), title.unwrap_or("")));
    normalize_title(t.trim())
}

/// (given name, surname), folded; honorifics and particles dropped from
/// the given name.
#[cfg_attr(not(test), allow(dead_code))]
fn given_surname(name: &str) -> (Option<String>, String) {
    let folded = fold(strip_possessive(name));
    match name_words(&folded).as_slice() {
        [] => (None, String::new()),
        [s] => (None, (*s).to_string()),
        [g, .., s] => (Some((*g).to_string()), (*s).to_string()),
    }
}

/// Whether two given names (folded) may be one person's: the same
/// initial, and one an initial ("j", "j.") or the two at least
/// [`GIVEN_NAME_THRESHOLD`] alike.
fn given_names_agree(x: &str, y: &str) -> bool {
    x.chars().next() == y.chars().next()
        && (x.trim_end_matches('.').len() == 1
            || y.trim_end_matches('.').len() == 1
            || strsim::jaro_winkler(x, y) >= GIVEN_NAME_THRESHOLD)
}

/// The words of a folded name (case, accents and possessive gone: see
/// [`fold`]), without honorifics.
fn name_words(folded: &str) -> Vec<&str> {
    folded
        .split(' ')
        .filter(|w| !w.is_empty() && honorific(w).is_none())
        .collect()
}

#[allow(dead_code)]
fn _lists_used() -> usize {
    GIVEN_NAMES.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Speaker;

    #[test]
    fn surnames_with_given_names_that_agree() {
        assert!(same_surname("Ringleader Tom Velden", "Tom Velden"));
        assert!(same_surname("Velden", "Sam Velden"));
        assert!(same_surname("John F. Kennedy", "John Kennedy"));
        assert!(same_surname("J. Kennedy", "John Kennedy"));
        assert!(same_surname("Zelensky", "Volodymyr Zelenskyy"));
        assert!(!same_surname("Sam Velden", "Tom Velden"));
        assert!(!same_surname("Hillary Clinton", "Bill Clinton"));
    }

    fn person(name: &str, title: Option<&str>, org: Option<&str>) -> Speaker {
        Speaker::Person {
            name: name.into(),
            title: title.map(Into::into),
            organization: org.map(Into::into),
        }
    }

    fn scan(text: &str) -> People {
        People::scan(text, &Segments::new(text))
    }

    #[test]
    fn ppl001_titles_and_orgs() {
        let p = scan("UK Defence Secretary John Healey spoke. Later Healey left.");
        assert_eq!(p.persons.len(), 1);
        assert_eq!(p.persons[0].name, "John Healey");
        assert_eq!(p.persons[0].title.as_deref(), Some("Defence Secretary"));
        assert_eq!(p.persons[0].organization.as_deref(), Some("UK"));
        assert_eq!(p.mentions.len(), 2);
        let p = scan("Then Russian Foreign Ministry spokeswoman Maria Zakharova spoke.");
        assert_eq!(p.persons[0].name, "Maria Zakharova");
        assert_eq!(
            p.persons[0].organization.as_deref(),
            Some("Russian Foreign Ministry")
        );
        assert_eq!(p.persons[0].title.as_deref(), Some("spokeswoman"));
        assert_eq!(p.persons[0].male, Some(false));
        let p = scan("With NATO Secretary General Mark Rutte and Chancellor Friedrich Merz.");
        assert_eq!(p.persons[0].name, "Mark Rutte");
        assert_eq!(p.persons[0].organization.as_deref(), Some("NATO"));
        assert_eq!(p.persons[0].title.as_deref(), Some("Secretary General"));
        assert_eq!(p.persons[1].name, "Friedrich Merz");
        assert_eq!(p.persons[1].title.as_deref(), Some("Chancellor"));
    }

    #[test]
    fn ppl004_appositive_title() {
        let p = scan("John Kirby, a spokesman for the State Department, said the talks went well.");
        assert_eq!(p.persons[0].title.as_deref(), Some("spokesman"));
        assert_eq!(
            p.persons[0].organization.as_deref(),
            Some("State Department")
        );
        let p = scan(
            "The quote came from Maria Zakharova, spokeswoman for the Russian Foreign Ministry.",
        );
        assert_eq!(p.persons[0].title.as_deref(), Some("spokeswoman"));
        assert_eq!(
            p.persons[0].organization.as_deref(),
            Some("Russian Foreign Ministry")
        );
        // Not a title: an aside with no title word, or a long clause.
        let p = scan("John Kirby, who arrived late, said so.");
        assert_eq!(p.persons[0].title, None);
        let p = scan("John Kirby, the man who ran the office of the mayor for years, left.");
        assert_eq!(p.persons[0].title, None);
    }

    #[test]
    fn ppl002_not_people() {
        let p = scan("The White House and the United States met in Paris Summit Hall.");
        assert!(p.persons.is_empty(), "{:?}", p.persons);
    }

    #[test]
    fn ppl003_by_title() {
        let p = scan("UK Defence Secretary John Healey spoke. The defence secretary left.");
        assert_eq!(p.by_title("the defence secretary", 50), Some(0));
        assert_eq!(p.by_title("the foreign minister", 50), None);
    }

    #[test]
    fn ppl010_same_person_across_outlets() {
        let a = person("John Healey", Some("Defence Secretary"), Some("UK"));
        let b = person("John Healey", Some("Defense Secretary"), Some("UK"));
        assert!(same_person(&a, &b));
        assert!(same_person(
            &person("Volodymyr Zelensky", None, None),
            &person("Volodymyr Zelenskyy", None, None)
        ));
        assert!(same_person(
            &person("Zelenskyy", Some("President"), Some("Ukrainian")),
            &person("Volodymyr Zelensky", Some("President"), Some("Ukrainian"))
        ));
        assert!(same_person(
            &person("Mark Rutte", Some("chief"), Some("NATO")),
            &person("Mark Rutte", Some("Secretary General"), Some("NATO"))
        ));
        assert!(same_person(
            &person("Mark Rutte", Some("Secretary General"), Some("NATO")),
            &Speaker::Description("the NATO chief".into())
        ));
        assert!(same_person(
            &person("Mr. Trump", None, None),
            &person("Donald Trump", None, None)
        ));
        assert!(!same_person(
            &person("Eric Trump", None, None),
            &person("Donald Trump", None, None)
        ));
        assert!(!same_person(
            &person("John Healey", None, None),
            &person("Nikki Haley", None, None)
        ));
        assert!(!same_person(
            &person("Healey", None, None),
            &person("Haley", None, None)
        ));
        assert!(same_person(
            &Speaker::Description("European officials".into()),
            &Speaker::Description("European official".into())
        ));
        assert!(same_person(
            &Speaker::Outlet("Reuters".into()),
            &Speaker::Outlet("reuters".into())
        ));
        assert!(!same_person(
            &Speaker::Outlet("Reuters".into()),
            &Speaker::Description("police".into())
        ));
    }

    #[test]
    fn ppl012_titles_differ() {
        let a = person("John Healey", Some("Defence Secretary"), Some("UK"));
        let b = person("John Healey", Some("Defense Secretary"), None);
        assert!(!titles_differ(&a, &b));
        let c = person("John Healey", Some("Foreign Secretary"), Some("UK"));
        assert!(titles_differ(&a, &c));
        assert!(!titles_differ(&a, &person("John Healey", None, None)));
    }

    #[test]
    fn ppl011_thresholds_documented() {
        assert!(strsim::jaro_winkler("zelensky", "zelenskyy") >= SURNAME_THRESHOLD);
        assert!(strsim::jaro_winkler("healey", "haley") < 1.0);
    }

    #[test]
    fn ppl013_word_lists_have_bits() {
        for list in [TITLE_WORDS, ORG_HEADS, NOT_NAMES, NOT_PERSON_WORDS] {
            assert_ne!(speech::list_bit(list), 0);
        }
    }
}
