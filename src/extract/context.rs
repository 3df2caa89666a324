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

use crate::claim::{Claim, ClaimKind, Qualifier, Role, Subject, Value, When};
use crate::extract::Context;
use crate::extract::calendar;
use crate::extract::lexicon::{SUPERLATIVES, WordMap};
use crate::group;
use crate::span::Span;

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
    let mut dominant = Dominant {
        text: cx.text,
        value: None,
    };
    let mut lede_seen = false;
    let mut lede_end: Option<usize> = None;
    let mut cache = TokCache::default();
    // Whether the document's strikes are walkouts or hunger strikes, read
    // once if needed.
    let mut labour: Option<bool> = None;
    let mut hunger: Option<bool> = None;
    let mut theft: Option<bool> = None;
    // The firm whose measure the document named last ("Tesla's revenue
    // fell …. Net income was $1.17 billion").
    let mut firm: Option<String> = None;
    // The owner of the last owned measure read, its noun and sentence:
    // "raised interest rates by a quarter point to 5.25%" names the bank
    // once, for the change and the level it reached.
    let mut owned: Option<(Span, String, String)> = None;
    // Whether the document is about films in cinemas, an auction or a
    // referendum, each read once if needed.
    let mut cinema: Option<bool> = None;
    let mut auction: Option<bool> = None;
    let mut court = CourtStory {
        text: cx.text,
        value: None,
    };
    let mut referendum: Option<bool> = None;
    // Whether the document tells of a strike by a union (read once, when a
    // ballot's share first needs it).
    let mut strike_story: Option<bool> = None;
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by_key(|&i| claims.get(i).map_or(0, |c| c.span.start));
    // The last count read ([`LastCount`]).
    let mut last_count: Option<LastCount> = None;
    // The count before it ("Nearly 200 of the whales died despite 120
    // volunteers who refloated 44 of them": the whales).
    let mut before_last_count: Option<LastCount> = None;
    // The end of the last count of a party's seats, and the party.
    let mut last_seats: Option<(usize, String)> = None;
    // The end of the last vote share of a party, and the party.
    let mut last_vote_share: Option<(usize, String)> = None;
    // The last share read with a verb: where it ends, its predicate,
    // modality, negation and doer ("cut about 5% of its workforce, or
    // roughly 3,600 jobs": the count in apposition is the same cut).
    let mut last_share: Option<(usize, String, bool, bool, Option<String>)> = None;
    // Parts that take the verb of their total (`(index, predicate)`).
    let mut parts: Vec<(usize, String)> = Vec::new();
    // Counts first in a list of places, and their place (`(index,
    // place)`): "cut 4,000 jobs in Germany and 1,500 in Spain".
    let mut listed: Vec<(usize, String)> = Vec::new();
    // The last change of a measure read: where it ends, its measure and
    // predicate ("expanded 0.7% from the previous quarter, or 2.8%
    // annualised": the second is the same measure's).
    let mut last_change: Option<(usize, String, String)> = None;
    // The end and measure of the last figure of a measure with its owner
    // ("Corvane's market share rose to 14%").
    let mut last_owned: Option<(usize, String)> = None;
    // The last level of a measure read: where it ends, its measure and
    // owner ("Revenue was $4.1 billion, up 12%": the change after it is
    // the same measure's).
    let mut last_level: Option<(usize, String, Option<String>)> = None;
    // Where the last figure with a doer ends, and its doer.
    let mut last_agent: Option<(usize, String)> = None;
    for i in order {
        let Some(c) = claims.get_mut(i) else { continue };
        // A score's subject is its sides, read by its extractor.
        if matches!(c.kind, ClaimKind::Quote | ClaimKind::Score) || c.role == Role::PageDate {
            continue;
        }
        let sentence = c.sentence;
        let w = cache.window(
            cx.text,
            (sentence.start, sentence.end),
            c.span.start,
            c.span.end,
        );
        let mut subject = c.subject.take().unwrap_or_default();
        // "killed at least 82 people, including 28 children": the part
        // takes what happened to the whole.
        let including = c.kind == ClaimKind::Count
            && last_count.as_ref().is_some_and(|last| {
                cx.text
                    .get(last.end..c.span.start)
                    .is_some_and(|gap| gap == ", including " || gap == ", among them ")
            });
        if c.kind.is_temporal() {
            // The lede's date: the first date of the document, in its
            // first sentence that ends as a sentence does (past the
            // headline). "About 3.2 million customers were without
            // electricity on Thursday", two sentences down, is no date of
            // the story's event.
            let lede = *lede_end.get_or_insert_with(|| lede_end_of(cx));
            let first = !lede_seen && c.span.start < lede;
            lede_seen = true;
            // A stretch of more than a month that runs to now or is
            // bounded on both sides ("this year", "between January 1 and
            // September 18") beside a plural event noun is the period of a
            // tally ("3,000 shootings this year"), not the date of one
            // event ("swept national elections in 2003" is theirs).
            let own = cx.text.get(c.span.start..c.span.end).unwrap_or("");
            let running = own.len() > 5 && own[..5].eq_ignore_ascii_case("this ")
                || c.kind == ClaimKind::DateRange;
            let long = running
                && match &c.value {
                    Value::Date(d) => d.period.is_some_and(|p| {
                        let last = d.until.map_or(p.last(), |u| u.last());
                        group::day_number(last) - group::day_number(p.first()) > 31
                    }),
                    _ => false,
                };
            annotate_date(
                cx.text,
                &w,
                &mut subject,
                first,
                &mut dominant,
                c.span.end,
                DateShape {
                    long,
                    day: matches!(&c.value, Value::Date(d)
                        if d.period.is_some_and(|p| p.grain() == crate::Grain::Day)),
                },
            );
            // "the worst flood since 2015", "up 4% on this year": a date a
            // figure is compared with is no date of the event ("starts from
            // 10 am" and "since Saturday's earthquake" still are).
            let from = cx
                .text
                .get(..c.span.start)
                .is_some_and(|h| h.trim_end().ends_with(" from"));
            let possessive = cx
                .text
                .get(c.span.end..)
                .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"));
            if subject.event.is_some() && !from && !possessive && compared_with(cx.text, c.span) {
                subject.event = None;
            }
            // "The Brennock fire has burned 42,000 acres since it started
            // on Sunday": the event "it" stands for is the one that opens
            // the sentence, its subject.
            if subject.event.is_none() {
                let mut left = w.left();
                let verb = left.next().is_some_and(|(_, t)| {
                    t.punct.is_none()
                        && !t.cap
                        && (t.predicate.is_some()
                            || w.text
                                .get(t.start..t.end)
                                .is_some_and(|v| v.ends_with("ed")))
                });
                let it = left.next().is_some_and(|(_, t)| w.is_word(t, "it"));
                if verb && it {
                    let first = w.left().last().filter(|(_, t)| t.start == w.sentence_start);
                    let opening = w
                        .left()
                        .filter(|(_, t)| t.start < w.sentence_start + 40)
                        .filter(|(i, t)| t.event.is_some() && !w.other_event(*i))
                        .last();
                    if first.is_some() {
                        subject.event = opening.and_then(|(_, t)| t.event).map(String::from);
                    }
                }
            }
            // "Varga's 1962 landscape went for $46 million at auction": a
            // year before a work or a good dates when it was made, not the
            // story's event ("the 2022 invasion" is dated).
            if subject.event.is_some() && dates_a_thing(cx.text, c.span) {
                subject.event = None;
            }
        } else {
            // A time something takes is a duration, not a threshold.
            if !matches!(c.kind, ClaimKind::Duration | ClaimKind::Age)
                && subject.predicate.is_none()
                && threshold(&w)
            {
                subject.predicate = Some(THRESHOLD.to_string());
            }
            let from_right = annotate_count(&w, &mut subject, &mut dominant);
            // "The final drew 58,000 fans", "attracted about 40,000
            // people": those drawn attended. Only a count right after the
            // verb ("drew $103 million", "The three governors drew
            // plaudits" are not).
            if c.kind == ClaimKind::Count
                && w.after_any(&["drew", "draws", "attracted", "attracts", "attracting"])
            {
                // "The final drew 9.1 million viewers": an audience watched;
                // "The museum attracted 8.7 million visitors": a place
                // visited (as one that "welcomed" them).
                let verb = match subject.noun.as_deref() {
                    Some("viewer") => "watch",
                    Some("visitor" | "tourist") => "visit",
                    _ => "attend",
                };
                subject.predicate = Some(verb.to_string());
            }
            // "The airline flew 12.9 million travellers": carried them
            // (right after the verb: not "flew home with three aides").
            if c.kind == ClaimKind::Count
                && w.after_any(&["flew", "flies", "flying"])
                && subject
                    .noun
                    .as_deref()
                    .and_then(group::noun_class)
                    .is_some_and(|n| n == "passenger")
            {
                subject.predicate = Some("carry".to_string());
            }
            // "Rescuers pulled 256 people from the water", "pulled 12
            // survivors alive from the rubble": those pulled out were
            // rescued.
            if c.kind == ClaimKind::Count && pulled_out(&w) {
                subject.predicate = Some("rescue".to_string());
            }
            // "The death toll rose to 45 from 38", "rose from 38 to 45":
            // the figure it rose from is an earlier one, of no predicate
            // now (it made the paper contradict itself).
            if matches!(c.kind, ClaimKind::Count | ClaimKind::Number)
                && changed_from(cx.text, sentence, c.span)
            {
                subject.predicate = None;
            }
            // "Customers pulled $42 billion from the bank": money pulled
            // out was withdrawn.
            if c.kind == ClaimKind::Money
                && subject.predicate.is_none()
                && w.after_any(PULLED)
                && w.right()
                    .next()
                    .is_some_and(|(_, t)| w.is_any(t, &["from", "out"]))
            {
                subject.predicate = Some("withdraw".to_string());
            }
            // "Police counted 1.28 million marchers": a crowd counted
            // took part.
            if c.kind == ClaimKind::Count
                && subject.predicate.is_none()
                && w.after_any(&["counted", "counts"])
                && subject.noun.as_deref().is_some_and(|n| {
                    group::CROWD_NOUNS.contains(&n) || group::noun_class(n) == Some("protester")
                })
            {
                subject.predicate = Some("attend".to_string());
            }
            // So are the things a storm closed, cut off or ruined there
            // ("closed 320 schools in Velden and 150 in Dunmore", "In
            // Velden, 300 schools were shut"), counted things only (a share
            // "closed at $44.875 on the New York Stock Exchange" is no
            // place's).
            if subject.place.is_none()
                && figure_class(c.kind, &subject).is_some_and(|p| {
                    group::GROWING.contains(&p)
                        || matches!(
                            p,
                            "closed" | "cancelled" | "without power" | "flooded" | "job cut"
                        )
                })
            {
                subject.place = w
                    .place_after_claim()
                    .or_else(|| opening_place(cx.text, sentence));
                // "About 3,000 workers at Brightmart Motors will lose their
                // jobs": a name after "at" is the employer that cuts them,
                // no place.
                if subject.agent.is_none() && figure_class(c.kind, &subject) == Some("job cut") {
                    if let Some(name) = w.employer_after_claim(subject.place.as_deref()) {
                        subject.agent = Some(name);
                        subject.place = None;
                    }
                }
            }
            // Units are what "sold" alone counts: a sum beside it is no
            // number of units ("income from a sold investment").
            if subject.predicate.as_deref() == Some("sell units")
                && !matches!(c.kind, ClaimKind::Count | ClaimKind::Number)
            {
                subject.predicate = None;
            }
            // "killing 17 people across three states": where it happened,
            // not who was killed.
            if where_it_happened(&w, &subject) {
                subject.predicate = None;
            }
            // "141 voting in favour, 7 against and 32 abstaining": a bare
            // figure before "against" in a tally voted against.
            if let Some(side) = tally_side(cx.text, c.span).filter(|_| {
                cx.text.get(sentence.start..sentence.end).is_some_and(|t| {
                    ["vot", "abstain", "favour", "favor"]
                        .iter()
                        .any(|w| memchr::memmem::find(t.as_bytes(), w.as_bytes()).is_some())
                })
            }) {
                if subject
                    .predicate
                    .as_deref()
                    .is_none_or(|p| matches!(p, "vote for" | "vote against" | "abstain"))
                {
                    subject.predicate = Some(side.to_string());
                    if subject.noun.is_none() && c.kind != ClaimKind::Percent {
                        subject.noun = Some("vote".to_string());
                    }
                }
            }
            // "won 312 of the 450 seats": the total is not what was won
            // (but "120 of 150 drones launched" were launched; "close 180 of
            // its 420 stores and cut 6,000 jobs": a verb after "and" is the
            // sentence's). A verb after a definite total is the part's:
            // "Eight of the train's 12 carriages left the tracks".
            if partitive_total(cx.text, c.span.start).is_some_and(|definite| {
                !from_right || definite || coordinated_after(cx.text, c.span.end)
            }) {
                subject.predicate = None;
            }
            // "Thirty people were hurt, eight of them seriously": a part of
            // the figure before, never its rival.
            let length = matches!(c.kind, ClaimKind::Duration | ClaimKind::Age);
            // "runs 380 shops and will close 60 of them", "seized 20
            // hostages and killed five of them": a part its own verb right
            // before it acts on is a count of that verb (shops closed,
            // hostages killed), no part of the whole's.
            let own_verb = || {
                w.left()
                    .next()
                    .is_some_and(|(_, t)| t.predicate.is_some() && !t.has(STATEMENT))
            };
            if part_of_them(cx.text, c.span.end) && !own_verb()
                || condition_part(cx.text, c.span)
                || !length && fronted_part(cx.text, sentence, c.span.start)
                || part_of_toll(cx.text.get(c.span.start..c.span.end).unwrap_or(""))
            {
                subject.scope = Some("of them".to_string());
            }
            // "Ivo Manke, 24,", "Tom Reyes, a 23-year-old", "the
            // 22-year-old Hale": whose age it is.
            if c.kind == ClaimKind::Age && subject.agent.is_none() {
                subject.agent = age_owner(cx.text, c.span)
                    .or_else(|| age_of_named_before(cx.text, sentence, c.span))
                    .or_else(|| age_of_role(cx.text, c.span));
            }
            // "Jay Lane scored 41 points and grabbed 12 rebounds", "Marcus
            // Bell added 22": whose statistic it is.
            if matches!(c.kind, ClaimKind::Count | ClaimKind::Number) && subject.agent.is_none() {
                player_stat(cx.text, sentence, c.span.start, c.kind, &mut subject);
            }
            // "30% containment", "Containment stood at 35 percent": the
            // share of the fire's edge contained.
            if c.kind == ClaimKind::Percent && containment(cx.text, sentence, c.span) {
                subject.predicate = Some("contain".to_string());
                subject.noun = None;
            }
            // "Prices rose 0.4% from the previous month": a change over a
            // month, apart from the change over a year that a paper most
            // often gives with no basis ("inflation was 3.2%", "rose 3.2%
            // from a year earlier").
            if c.kind == ClaimKind::Percent
                && subject.scope.is_none()
                && month_on_month(cx.text, sentence, c.span.end)
            {
                subject.scope = Some("month on month".to_string());
            }
            // "a 62% turnout", "About 60% of registered voters cast a
            // ballot": the election's turnout.
            if c.kind == ClaimKind::Percent && turnout_share(cx.text, sentence, c.span) {
                subject.noun = Some("turnout".to_string());
                subject.predicate = Some("level".to_string());
                subject.group = None;
            }
            // "Just 36% of adults approve of the job the president is
            // doing": the approval rating ("58% disapprove of his
            // handling of the economy" is of one issue).
            if c.kind == ClaimKind::Percent {
                if let Some((noun, among)) = approval_share(cx.text, sentence, c.span) {
                    subject.noun = Some(noun.to_string());
                    subject.predicate = Some("level".to_string());
                    subject.group = None;
                    // "15 percent of Republicans": the rating among them.
                    subject.scope = among;
                }
            }
            // "An outage left about 2 million users unable to log in": the
            // users were affected by it.
            if c.kind == ClaimKind::Count
                && subject.predicate.is_none()
                && outage_victims(cx.text, sentence, c.span.end)
            {
                subject.predicate = Some("affect".to_string());
            }
            // "Data belonging to about 10 million shoppers was taken in a
            // cyberattack": those whose data a hack reached were affected
            // by it, whatever verb took the data.
            if c.kind == ClaimKind::Count
                && subject.predicate.is_none()
                && matches!(subject.event.as_deref(), Some("cyberattack" | "hack"))
                && subject
                    .noun
                    .as_deref()
                    .is_some_and(|n| noun_of_predicate("affected", n))
            {
                subject.predicate = Some("affect".to_string());
            }
            // "has forced 13 million people from their homes", "driven 2
            // million from their homes": displaced.
            if matches!(c.kind, ClaimKind::Count | ClaimKind::Number)
                && from_their_homes(cx.text, c.span.end)
                && matches!(
                    subject.predicate.as_deref(),
                    None | Some("force" | "drive" | "push")
                )
            {
                subject.predicate = Some("displace".to_string());
            }
            if c.kind == ClaimKind::Count {
                // "freed three hostages in exchange for 90 prisoners": the
                // prisoners were freed too.
                if exchanged_for(&w)
                    && subject
                        .noun
                        .as_deref()
                        .is_some_and(|n| crate::extract::lexicon::PERSON_NOUNS.contains(&n))
                {
                    subject.predicate = Some("release".to_string());
                }
                // "The epidemic has claimed nearly 1,000 lives", "30 lives
                // were lost", "claimed the lives of 30 miners": a toll of
                // people killed.
                if subject.noun.as_deref() == Some("life") && lives_lost(&w) {
                    subject.noun = Some("person".to_string());
                    subject.predicate = Some("kill".to_string());
                } else if subject.predicate.is_none() && lives_of(&w) {
                    subject.predicate = Some("kill".to_string());
                }
                // "Around 8,000 bank employees began a two-day strike":
                // those who began a walkout or a protest took part in it.
                if subject.predicate.is_none()
                    && subject.event.as_deref().is_some_and(|e| {
                        e == "strike"
                            || matches!(group::event_class(e).unwrap_or(e), "walkout" | "protest")
                    })
                    && cx.text.get(c.span.end..).is_some_and(|r| {
                        [" began ", " started ", " staged ", " launched "]
                            .iter()
                            .any(|p| r.starts_with(p))
                    })
                {
                    subject.predicate = Some("join".to_string());
                }
                // "Nine bodies were recovered", "pulled 12 bodies from the
                // river": bodies found, fewer than the dead while some are
                // missing, so a count of their own (not "two regulatory
                // bodies").
                if subject.noun.as_deref() == Some("body") && bodies_found(cx.text, c.span) {
                    subject.predicate = Some("recover".to_string());
                }
                // "The outbreak has made 449 people ill": sickened; so were
                // "241 people on board" who "have reported symptoms",
                // whatever verb was read before.
                let made_ill = subject.predicate.is_none()
                    && cx.text.get(c.span.end..).is_some_and(|r| {
                        [" ill", " sick"].iter().any(|p| {
                            r.strip_prefix(p)
                                .is_some_and(|t| !t.starts_with(|ch: char| ch.is_alphanumeric()))
                        })
                    });
                if made_ill || reported_symptoms(cx.text, sentence, c.span.end) {
                    subject.predicate = Some("sicken".to_string());
                }
                // "At least 42 houses were lost", "1,100 houses had
                // collapsed": destroyed. A death toll before them counts
                // people, never houses ("raised the death toll to 45 and
                // said 1,100 houses had collapsed").
                if subject
                    .predicate
                    .as_deref()
                    .is_none_or(|p| p == "death toll")
                    && subject.noun.as_deref().is_some_and(|n| {
                        matches!(n, "home" | "house" | "building" | "structure" | "property")
                    })
                    && cx.text.get(c.span.end..).is_some_and(|r| {
                        [
                            " were lost",
                            " have been lost",
                            " had been lost",
                            " was lost",
                            " collapsed",
                            " have collapsed",
                            " had collapsed",
                            " were flattened",
                            " were razed",
                        ]
                        .iter()
                        .any(|p| r.starts_with(p))
                    })
                {
                    subject.predicate = Some("destroy".to_string());
                }
                // "The layoffs will affect 3,800 employees": the staff a
                // round of cuts reaches are the jobs cut.
                if subject.predicate.as_deref() == Some("affect")
                    && subject.noun.as_deref().is_some_and(|n| {
                        matches!(n, "worker" | "person") || group::noun_class(n) == Some("job")
                    })
                    && cx
                        .text
                        .get(sentence.start..c.span.start)
                        .unwrap_or("")
                        .split(|ch: char| !ch.is_ascii_alphabetic() && ch != '-')
                        .any(|x| {
                            matches!(
                                x.to_ascii_lowercase().as_str(),
                                "layoffs" | "lay-offs" | "redundancies" | "job-cuts"
                            )
                        })
                {
                    subject.predicate = Some("lay off".to_string());
                }
                // "cut daily transits to 24 ships from 36", "cut its
                // workforce to 5,000": the level a cut left, not the number
                // cut.
                if subject
                    .predicate
                    .as_deref()
                    .and_then(group::predicate_class)
                    == Some("job cut")
                    && w.left().next().is_some_and(|(_, t)| w.is_word(t, "to"))
                {
                    subject.predicate = None;
                }
                // "Some 20.5 million people watched the final": an
                // audience (a crowd of 58,000 who watched attended).
                if subject.predicate.is_none()
                    && subject.noun.as_deref() == Some("person")
                    && audience_watched(cx.text, sentence, c)
                {
                    subject.predicate = Some("watch".to_string());
                }
                // "More than 400,000 people signed a petition", "a petition
                // signed by 1.2 million people": a count of its signatures.
                if subject.predicate.as_deref() == Some("sign")
                    && subject.noun.as_deref().is_some_and(|n| {
                        n == "person" || crate::extract::lexicon::PERSON_NOUNS.contains(&n)
                    })
                    && clause_mentions(cx.text, (c.span.start, c.span.end), (48, 48), &["petition"])
                {
                    subject.noun = Some("signature".to_string());
                }
            }
            // "Another 40 people were injured", "a further 300 deaths": an
            // addition to a figure, not the figure; "2,345 deaths are under
            // investigation": not yet counted.
            if matches!(c.kind, ClaimKind::Count | ClaimKind::Number) && subject.scope.is_none() {
                subject.scope = increment_or_pending(cx.text, sentence, c.span).map(String::from);
            }
            // "a peak audience of 24.1 million viewers", "the audience
            // peaking at 21.6 million": an audience at its peak, apart from
            // the average.
            if matches!(c.kind, ClaimKind::Count | ClaimKind::Number)
                && peak_audience(cx.text, sentence, c.span.start)
            {
                subject.noun = Some("viewer".to_string());
                subject.predicate = Some("watch".to_string());
                subject.scope = Some("peak".to_string());
            }
            // A size written as an adjective describes its noun ("the
            // 650-seat parliament", "a 300-bed hospital"): nothing happened
            // to that many, and the verb beside it is not theirs.
            // So does a length ("the 984-foot vessel had lost power").
            let length = matches!(&c.value, crate::claim::Value::Measure { unit, .. }
                if unit.dimension() == crate::claim::Dimension::Length);
            if (c.kind == ClaimKind::Count || length)
                && size_adjective(cx.text.get(c.span.start..c.span.end).unwrap_or(""))
            {
                subject.predicate = None;
                subject.event = None;
                // Unless it describes an event that things take part in:
                // "a 45-car pile-up", "a 35-nation summit" are the cars
                // in the crash, the nations at the summit (taking part,
                // which [`group::ATTEND_AS`] reads by the event); "a
                // two-front war", "a 31-page agreement" are not.
                if c.kind == ClaimKind::Count {
                    let joined = |e: &str| {
                        group::event_class(e).is_some_and(|c| {
                            group::ATTEND_AS.iter().any(|(a, _)| *a == c)
                                || matches!(c, "meeting" | "exercise")
                        })
                    };
                    if let Some((_, t)) = w
                        .right()
                        .next()
                        .filter(|(_, t)| t.event.is_some_and(joined))
                    {
                        subject.event = t.event.map(String::from);
                        subject.predicate = Some("take part".to_string());
                    }
                }
            }
            // "Civic Union won 142 of the 300 seats": whose seats.
            if c.kind == ClaimKind::Count
                && subject.noun.as_deref() == Some("seat")
                && subject.agent.is_none()
            {
                subject.agent = seat_holder(cx.text, sentence, c.span.start);
            }
            if c.kind == ClaimKind::Duration {
                prison_term(&w, &mut subject, c.qualifier, &mut court);
                // "sentenced to seven years for identity theft": the crime
                // is the charge, no event of its own beside the trial.
                if subject.noun.as_deref() == Some("prison sentence")
                    && subject.event.as_deref().and_then(group::event_class) == Some("robbery")
                {
                    subject.event = None;
                }
                // "Life expectancy rose to 78.4 years", "up 0.9 years".
                if subject.noun.is_none() {
                    if let Some(how) = life_expectancy(cx.text, sentence, c.span.start) {
                        subject.noun = Some("life expectancy".to_string());
                        subject.predicate = Some(how.to_string());
                        if subject.place.is_none() {
                            subject.place = metric_country(cx.text, sentence, c.span.start);
                        }
                    }
                }
                // "finished 4.3 seconds ahead of his teammate", "crossed
                // the line 4.3s clear", "took victory by 6.8 seconds": the
                // winning margin.
                let race_time =
                    matches!(&c.value, Value::Duration(l) if matches!(l.unit, "S" | "MIN" | "H"));
                if subject.noun.is_none() && race_time && winning_margin(cx.text, sentence, c.span)
                {
                    subject.noun = Some("winning margin".to_string());
                    subject.predicate = Some("win".to_string());
                    subject.event = None;
                }
                // "won the marathon in 2:09:56", "crossed the line in 2
                // hours, 9 minutes and 56 seconds": the winner's time.
                if subject.noun.is_none() {
                    if let Some(runner) = finishing_time(cx.text, sentence, c.span.start) {
                        subject.noun = Some("finishing time".to_string());
                        subject.predicate = Some("finish".to_string());
                        subject.agent = Some(runner);
                        subject.event = None;
                    }
                }
                // "was treated in hospital for 12 days", "hospitalised for
                // two weeks": the time in hospital.
                if subject.noun.is_none()
                    && c.kind == ClaimKind::Duration
                    && subject.predicate.as_deref() == Some("hospitalize")
                {
                    subject.noun = Some("time in hospital".to_string());
                    subject.predicate = Some("last".to_string());
                }
                if subject.noun.is_none() {
                    if let Some(noun) = lasting_noun(cx.text, c.span)
                        .or_else(|| lasted_noun(cx.text, sentence, c.span))
                        .or_else(|| time_spent_in(cx.text, c.span))
                    {
                        subject.noun = Some(noun.to_string());
                        // "The four-year war killed thousands": the war
                        // lasted, nobody was killed for four years; a deal
                        // signed or agreed stays its signer's.
                        if !matches!(
                            subject.predicate.as_deref(),
                            Some("sign" | "agree" | "pledge" | "extend" | "renew")
                        ) {
                            subject.predicate = Some("last".to_string());
                        }
                    }
                }
            }
            // A count "sold for" something is of units sold ("2.5 million
            // tickets were sold for the tour"); a price is a sum.
            if c.kind == ClaimKind::Count && subject.predicate.as_deref() == Some("sell") {
                subject.predicate = Some("sell units".to_string());
            }
            // Only people or things are carried or pass through ("the
            // rocket carried 22 satellites"; not "carried the state 66% to
            // 30%", "carried on a 20-year relationship").
            if c.kind != ClaimKind::Count
                && matches!(
                    subject.predicate.as_deref(),
                    Some("carry" | "handle" | "pass through")
                )
            {
                subject.predicate = None;
            }
            // Only tonnes, barrels or litres are spilled ("anger may spill
            // into the streets", "spilled a lot of ink").
            if c.kind != ClaimKind::Measure && subject.predicate.as_deref() == Some("spill") {
                subject.predicate = None;
                subject.modal = false;
                subject.negated = false;
            }
            if c.kind == ClaimKind::Measure {
                // Tonnes or barrels that leaked were spilled (records
                // that leaked were exposed: a breach's).
                if subject.predicate.as_deref() == Some("leak") {
                    subject.predicate = Some("spill".to_string());
                }
                // What crews took back of a spill is no part of what was
                // spilled ("have recovered 600 barrels of oil since the
                // spill").
                if matches!(subject.predicate.as_deref(), None | Some("spill"))
                    && spill_recovered(cx.text, c.span)
                {
                    subject.predicate = Some("recover".to_string());
                }
                // "The Park Fire has grown to 30,000 acres": the area a fire
                // grew to is the area it burned.
                if area_grown_to(cx.text, c.span.start, &c.value)
                    || subject.predicate.is_none()
                        && area_consumed(cx.text, c.span.start, &c.value, subject.event.as_deref())
                {
                    subject.predicate = Some("burn".to_string());
                }
                // "3 million acres of farmland have been lost to the
                // drought", "1.3 million hectares of crops withered": land
                // laid waste, as "destroyed crops on 1.2 million hectares".
                if subject.predicate.is_none() && area_lost(cx.text, sentence, c.span.end, &c.value)
                {
                    subject.predicate = Some("destroy".to_string());
                }
                // "The train was travelling at 120 km/h", "had been going
                // at 130 km/h": the speed of the vehicle the clause is
                // about (not "where the limit is 80 km/h").
                if let Some(vehicle) = vehicle_speed(cx.text, sentence, c.span.start, &c.value) {
                    subject.noun = Some(vehicle.to_string());
                    subject.predicate = Some("travel".to_string());
                }
                // "Wind farms produced 82 terawatt hours", "Wind output hit
                // 81.6 TWh": the energy a source generated.
                if let Some(source) = energy_source(cx.text, sentence, c.span.start, &c.value) {
                    subject.noun = Some(format!("{source} generation"));
                    subject.predicate = Some("level".to_string());
                }
                // "Levels of PM2.5 reached 480 micrograms per cubic metre",
                // "carbon dioxide in the air hit 424 ppm": the concentration
                // of the substance named.
                if let Some(what) = pollutant(cx.text, sentence, c.span.start, c.span.end, &c.value)
                {
                    subject.noun = Some(format!("{what} concentration"));
                    subject.predicate = Some("level".to_string());
                }
                // "The jet had been flying at 34,000 feet", "climbed to about
                // 35,000 feet", "a cruising altitude of 11,000 metres": an
                // aircraft's height.
                if subject.noun.is_none() && altitude(&w, &c.value) {
                    subject.noun = Some("altitude".to_string());
                    subject.predicate = Some("level".to_string());
                }
                if subject.noun.is_none() {
                    let dim = measure_noun(&w, &c.value);
                    // "a 3.5 km fissure", "a fissure 3 km long": the thing
                    // a length is of, which nothing did.
                    if let Some(thing) = measured_thing(&w, &c.value, dim, c.span.end) {
                        // A thing that is an event is the measure's event
                        // too ("a 25-metre-wide sinkhole").
                        let head = thing.split(' ').next().unwrap_or("");
                        if subject.event.is_none() && group::event_class(head).is_some() {
                            subject.event = Some(head.to_string());
                        }
                        // A thing built or made, of one size however
                        // often it is written ([`SIZED_THINGS`]: "a 6.3-inch
                        // screen", "the 57-km tunnel opened"), is measured at
                        // a level, whatever was done to it: its noun and
                        // that key it. A run, a pass or a stretch is not
                        // ("a 20-yard run" and "a 5-yard run" are two).
                        subject.predicate = (subject.event.is_none()
                            && SIZED_THINGS.contains(&head))
                        .then(|| "level".to_string());
                        subject.noun = Some(thing);
                    } else {
                        subject.noun = dim.map(String::from).or_else(|| substance(&w, &c.value));
                        // "holds an estimated 142 kg of uranium", "has
                        // amassed 133.8 kilograms of it": a stock held.
                        if dim.is_none() && subject.noun.is_some() && subject.predicate.is_none() {
                            let held = word_before_sum(&w)
                                .is_some_and(|v| STOCK_VERBS.contains(&v.as_str()));
                            if held {
                                subject.predicate = Some("hold".to_string());
                            }
                        }
                        // "Its stockpile of enriched uranium grew to 142.1
                        // kilograms": the stock held, of what it is of.
                        if subject.noun.is_none()
                            && matches!(&c.value, Value::Measure { unit, .. } if unit.dimension() == crate::claim::Dimension::Mass)
                        {
                            if let Some(stock) = stockpile_of(cx.text, sentence, c.span.start) {
                                subject.noun = Some(stock);
                                subject.predicate = Some("hold".to_string());
                            }
                        }
                        // "Saturday's magnitude 7.2 quake produced waves of
                        // 1.5 metres": a magnitude is its quake's, whatever
                        // the quake did. So is a storm's category, but for
                        // one it changed to ("weakened to a Category 2",
                        // "was upgraded to Category 5"): the level of a
                        // later stage, kept apart from its landfall's.
                        if matches!(dim, Some("magnitude" | "storm category")) {
                            let changed = dim == Some("storm category")
                                && w.left().take(4).any(|(_, t)| {
                                    matches!(
                                        w.lower(t).as_str(),
                                        "weakened"
                                            | "weakening"
                                            | "weakens"
                                            | "downgraded"
                                            | "strengthened"
                                            | "strengthening"
                                            | "strengthens"
                                            | "intensified"
                                            | "intensifying"
                                            | "upgraded"
                                    )
                                });
                            subject.predicate = changed.then(|| "level".to_string());
                        }
                    }
                }
                // "Customs officers found 5,200 kg of cocaine", "intercepted
                // 300 kg of heroin": contraband found is seized.
                if subject
                    .noun
                    .as_deref()
                    .is_some_and(|n| CONTRABAND.contains(&n))
                    && subject
                        .predicate
                        .as_deref()
                        .is_none_or(|p| p == "intercept")
                    && w.left().take(3).any(|(_, t)| {
                        [
                            "found",
                            "discovered",
                            "uncovered",
                            "intercepted",
                            "finds",
                            "discovers",
                        ]
                        .iter()
                        .any(|x| w.is_word(t, x))
                    })
                {
                    subject.predicate = Some("seize".to_string());
                }
                // "sending tsunami waves of up to 4 metres": the waves'
                // height, which nobody sent; nor did anybody send ash's
                // height ("sending ash 15km into the sky") or destroy a
                // wind's speed ("with winds of 180 mph, destroyed").
                if matches!(
                    subject.noun.as_deref(),
                    Some("wave height" | "height" | "wind" | "gust")
                ) {
                    subject.predicate = None;
                }
                if is_temperature(&c.value) {
                    annotate_temperature(&w, &mut subject);
                }
                // Rain is measured at a place too: "150mm of rain fell in
                // Valencia" and "Chiva saw 490mm of rain" are two places'.
                // Nor is what fell done by the verb of another clause:
                // "flights were cancelled as the storm brought two feet of
                // snow".
                if matches!(subject.noun.as_deref(), Some("rainfall" | "snowfall")) {
                    subject.predicate = None;
                    if subject.place.is_none() {
                        subject.place = w
                            .place_after_claim()
                            .or_else(|| w.named_place_after())
                            .or_else(|| w.place_before_verb());
                    }
                }
                weather_event(&mut subject, &mut dominant);
                // A speed or a depth is not killed or injured: "winds of
                // 130 miles per hour, killing 17 people".
                let tally = subject
                    .predicate
                    .as_deref()
                    .and_then(group::predicate_class)
                    .is_some_and(|p| group::TALLIES.contains(&p));
                if tally {
                    subject.predicate = None;
                }
            }
            // The whole's verb wins over one read to the right: "killed 11
            // people, including five children, and injured 30".
            if including {
                if let Some(last) = last_count
                    .as_ref()
                    .filter(|l| subject.predicate.is_none() || l.predicate.is_some())
                {
                    subject.predicate.clone_from(&last.predicate);
                    subject.modal |= last.modal;
                    subject.negated |= last.negated;
                }
            }
            // "cut 4,000 jobs in Germany, about 8% of its workforce, and
            // close two plants": a share in apposition to a count is a
            // share of what happened to it, whatever verb follows.
            if c.kind == ClaimKind::Percent && subject.noun.is_some() {
                if let Some(last) = &last_count {
                    if appositive(cx.text, last.end, c.span.start) {
                        subject.predicate.clone_from(&last.predicate);
                        subject.modal |= last.modal;
                        subject.negated |= last.negated;
                    }
                }
            }
            if c.kind == ClaimKind::Count && subject.predicate.is_none() {
                if let Some((end, p, modal, negated, agent)) = &last_share {
                    if appositive(cx.text, *end, c.span.start) {
                        subject.predicate = Some(p.clone());
                        subject.modal |= *modal;
                        subject.negated |= *negated;
                        if subject.agent.is_none() {
                            subject.agent.clone_from(agent);
                        }
                    }
                }
            }
            if c.kind == ClaimKind::Percent {
                tariff(&w, &mut subject);
            }
            // "56 percent of voters backed independence", "approved it by
            // 58% to 42%": the share of a referendum's side.
            // The story's test (a pass over its text) only after the
            // share's own words.
            // So is the share of a strike ballot's side: "87% of members
            // backed industrial action", "84% of those voting supported
            // strikes" (its voters named any way).
            if c.kind == ClaimKind::Percent && subject.agent.is_none() {
                let voters = subject.noun.as_deref().is_none_or(|n| n == "voter");
                // "In the ballot, 87.4% voted yes": a ballot in a story of
                // a strike ballot is that ballot.
                let strike = strike_ballot(cx.text, sentence)
                    || voters
                        && cx
                            .text
                            .get(sentence.start..sentence.end)
                            .is_some_and(|s| s.contains("ballot"))
                        && *strike_story.get_or_insert_with(|| {
                            cx.text.contains("strike") && cx.text.contains("union")
                        });
                let side = (voters || strike)
                    .then(|| referendum_side(cx.text, sentence, c.span))
                    .flatten()
                    .filter(|_| {
                        strike || *referendum.get_or_insert_with(|| referendum_story(cx.text))
                    });
                if let Some(side) = side {
                    subject.noun = Some("vote share".to_string());
                    subject.agent = Some(side.to_string());
                    subject.predicate = None;
                    // A strike voted for is a walkout (a share of voters
                    // in a sentence of a strike ballot too).
                    subject.event = Some(if strike { "walkout" } else { "referendum" }.to_string());
                    // "84% of those voting": the share of all who voted.
                    subject.scope = None;
                }
            }
            // "extending a rally that has seen it gain 40%", "stocks
            // rallied 2%": a market's rally, no protest.
            if matches!(c.kind, ClaimKind::Money | ClaimKind::Percent) {
                if subject.event.as_deref() == Some("rally") {
                    subject.event = None;
                }
                // "The toll will bring in $500m a year": a toll that is
                // paid is no death toll.
                if matches!(subject.predicate.as_deref(), Some("rally" | "death toll")) {
                    subject.predicate = None;
                }
            }
            // "Ruiz won with 52.3% of the vote", "to Hale's 46 percent",
            // "against 42 percent for Velden".
            if c.kind == ClaimKind::Percent && subject.noun.is_none() {
                // "The ruling party won 38.2% of the vote": a party named by
                // its role, as its seats are.
                let owner = w.share_owner().or_else(|| w.share_for()).or_else(|| {
                    seat_holder(cx.text, sentence, c.span.start)
                        .filter(|a| matches!(a.as_str(), "ruling party" | "opposition"))
                });
                // In a story of an election a share a candidate won, ending
                // its clause, needs no "vote" beside it: "Incumbent Tomas
                // Berg took 44.1%." (not "Obama's 36 percent job-approval
                // mark", nor a poll's "44 percent to Trump's 34 percent").
                if let Some(owner) = owner.as_ref().filter(|_| {
                    let won = w
                        .left()
                        .next()
                        .is_some_and(|(_, t)| WIN_VERBS.contains(&w.lower(t).as_str()));
                    w.about_votes(cx.text, c.span.end)
                        || won
                            && w.right().next().is_none_or(|(_, t)| t.punct.is_some())
                            && dominant.for_tally().and_then(group::event_class) == Some("election")
                        // "took 38 percent and 139 seats": a share won with
                        // seats is of the vote.
                        || won && seats_follow(cx.text, c.span.end)
                }) {
                    subject.noun = Some("vote share".to_string());
                    subject.agent = Some(owner.clone());
                    subject.predicate = None;
                } else if subject
                    .predicate
                    .as_deref()
                    .and_then(group::predicate_class)
                    == Some("win")
                    && subject.event.as_deref().and_then(group::event_class) == Some("election")
                {
                    // A share won in an election is its winner's ("Olaf
                    // Scholz's SPD won 16.4 percent"); one whose winner is
                    // not read is no one's ("conservatives won with 28.5%"
                    // and "the SPD won 16.4 percent" are two parties').
                    let possessive = w.left().next().is_some_and(|(_, t)| {
                        let x = cx.text.get(t.start..t.end).unwrap_or("");
                        x.ends_with("'s") || x.ends_with("’s")
                    });
                    if let Some(owner) = owner.filter(|_| !possessive) {
                        subject.noun = Some("vote share".to_string());
                        subject.agent = Some(owner);
                    }
                    subject.predicate = None;
                }
            }
            // "Marsh at 47 percent and Reyes at 46 percent in a Harlow poll".
            let respondents = subject.noun.as_deref().is_none_or(|n| {
                matches!(n, "voter" | "respondent" | "adult" | "person" | "american")
            });
            if c.kind == ClaimKind::Percent
                && respondents
                && subject.agent.is_none()
                && !matches!(subject.predicate.as_deref(), Some("level" | "change"))
            {
                if let Some((candidate, by)) = poll_share(&w, cx.text, c.sentence) {
                    subject.noun = Some("poll share".to_string());
                    subject.agent = Some(candidate);
                    subject.scope = Some(by);
                    subject.predicate = None;
                    subject.modifiers.clear();
                    subject.group = None;
                }
            }
            // "net profit rose 12% to $2.1 billion", "Unemployment was 4.1%".
            let points = matches!(&c.value, crate::claim::Value::Measure { unit, .. }
                if unit.dimension == crate::claim::Dimension::PercentagePoint);
            let bare = matches!(c.kind, ClaimKind::Number | ClaimKind::Count);
            // "cut oil production by 2 million barrels per day": a quantity
            // produced or traded changes by a measure.
            let volume = c.kind == ClaimKind::Measure && !points;
            // "grew by 3.3 million people to 340.1 million": people are
            // what a population counts.
            // "The prison population stood at 88,521": a count whose noun
            // is a measure counted in people is that measure's level (not a
            // place's described in passing: "Caracas, with a population of
            // over 3.2 million").
            let described = || w.left().next().is_some_and(|(_, t)| w.is_word(t, "of"));
            let people = bare
                && subject.noun.as_deref().is_some_and(|n| {
                    // "Recorded crime rose 3% to 6.7 million offences";
                    // "fell to a record low of 1.41 children per woman".
                    n == "person"
                        || n == "offence"
                        || n == "child"
                        || n == "unit"
                        // "The FTSE 100 closed at 8,215.4 points".
                        || n == "point"
                        || is_count_metric(n) && !described()
                });
            if (matches!(c.kind, ClaimKind::Money | ClaimKind::Percent) || points || bare || volume)
                && (subject.noun.is_none() || people)
            {
                // A bare figure only of a measure counted in people, and
                // a percentage of one only its change ("the population
                // rose 0.5%"; "Israel's population is 20 percent Arab" is
                // a share).
                // "with a turnout of 49.4 percent" in a story of several
                // votes: a turnout written so is compared only in a
                // sentence that names its event or a vote ("voted to
                // strike … on a turnout of 51%").
                let loose_turnout = |m: &str| {
                    m.ends_with("turnout")
                        && subject.event.is_none()
                        && !clause_mentions(
                            cx.text,
                            (c.span.start, c.span.end),
                            (CUE_REACH, 0),
                            &["ballot", "voted", "voting", "majority", "seat", "election"],
                        )
                        && w.left().next().is_some_and(|(_, t)| w.is_word(t, "of"))
                };
                let noun_of_change = || {
                    if subject.noun.is_some() {
                        None
                    } else if c.kind == ClaimKind::Percent {
                        w.change_noun()
                    } else {
                        w.level_after_change_noun()
                    }
                };
                // "The proportion of top grades fell to 27.2%": a share of
                // a group as a measure of its own.
                let share = || {
                    (c.kind == ClaimKind::Percent && subject.noun.is_none())
                        .then(|| share_of_group(cx.text, sentence, c.span.start))
                        .flatten()
                };
                // "Patients lost an average of 20.2% of their body weight".
                let weight_lost = || {
                    (c.kind == ClaimKind::Percent && subject.noun.is_none())
                        .then(|| body_weight_lost(cx.text, sentence, c.span))
                        .flatten()
                };
                let metric = w
                    .metric()
                    .or_else(noun_of_change)
                    .or_else(share)
                    .or_else(weight_lost)
                    .filter(|(m, how)| {
                        if loose_turnout(m) {
                            return false;
                        }
                        let counted = is_count_metric(m);
                        if volume {
                            let last = m.rsplit(' ').next().unwrap_or(m);
                            matches!(
                                last,
                                "output"
                                    | "exports"
                                    | "imports"
                                    | "emissions"
                                    | "deforestation"
                                    | "demand"
                            )
                        } else if bare {
                            let fertility = per_woman(m);
                            match subject.noun.as_deref() {
                                Some("child") => fertility,
                                // An index in points: "shed 99 points, or
                                // 1.2%, to 8,215", "closed at 8,215.4 points".
                                Some("point") | None if is_market_index(m) => true,
                                Some("point") => false,
                                // "raise the retirement age to 64".
                                _ => counted || fertility || unit_sales(m) || legal_age(m),
                            }
                        } else {
                            !counted || *how == "change"
                        }
                    });
                if let Some((mut metric, how)) = metric {
                    // "priced its shares at $51", "selling 95 million shares
                    // at $51 each": the price of an offer, not of trading.
                    if metric.ends_with("share price") && w.offered() {
                        metric = "offer price".to_string();
                    }
                    if c.kind == ClaimKind::Number && per_woman(&metric) {
                        c.kind = ClaimKind::Count;
                    }
                    // A sum of sales, no kind of them named, is what a firm
                    // took in: "Sales were $12.1bn" and "revenue climbed to
                    // $12.3 billion" (not "car sales", nor a bare
                    // percentage of sales: units sold, perhaps).
                    // So is a change of sales to such a sum: "Sales rose 8%
                    // to $12.1bn".
                    let to_sum = || {
                        let after = cx.text.get(c.span.end..).unwrap_or("");
                        after.strip_prefix(" to ").is_some_and(|a| {
                            ["$", "£", "€", "¥", "US$", "C$", "A$"]
                                .iter()
                                .any(|sign| a.starts_with(sign))
                        })
                    };
                    if metric == "sales"
                        && (c.kind == ClaimKind::Money || c.kind == ClaimKind::Percent && to_sum())
                    {
                        metric = "revenue".to_string();
                    }
                    // "cut oil output by 2m bpd" and "cut production by 2
                    // million barrels a day": output in barrels is oil's.
                    if volume && matches!(metric.as_str(), "oil output" | "crude output") {
                        metric = "output".to_string();
                    }
                    // "Net migration added 431,000 people": what a flow
                    // adds is its level, not a change in it.
                    let how = if how == "change"
                        && metric.ends_with("migration")
                        && w.left()
                            .next()
                            .is_some_and(|(_, t)| w.is_any(t, &["added", "adds", "add", "adding"]))
                    {
                        "level"
                    } else {
                        how
                    };
                    subject.noun = Some(metric);
                    let how = match how.strip_suffix(" to come") {
                        Some(done) => {
                            subject.scope = Some("to come".to_string());
                            done
                        }
                        None => how,
                    };
                    subject.predicate = Some(how.to_string());
                    subject.fell = how == "change" && w.change_fell();
                    if subject.place.is_none() {
                        subject.place = metric_country(cx.text, sentence, c.span.start);
                    }
                    // "Global smartphone shipments rose 4% to 302 million
                    // units": smartphones sold worldwide, as "shipped 298
                    // million handsets worldwide" are.
                    if bare && how == "level" {
                        shipments_sold(&mut subject, cx.text.get(sentence.range()).unwrap_or(""));
                    }
                }
            } else if matches!(c.kind, ClaimKind::Money | ClaimKind::Percent)
                && (subject.predicate.is_none()
                    || c.kind == ClaimKind::Percent
                        && !matches!(subject.predicate.as_deref(), Some("level" | "change")))
                && subject.noun.as_deref().is_some_and(is_measure)
                // "would owe $65.4 billion in taxes": a sum of tax owed or
                // paid, whose payer the figure does not say, is no level
                // of a tax (its rate is: "a 20% tax").
                && !(c.kind == ClaimKind::Money
                    && subject.noun.as_deref().is_some_and(|n| n.ends_with("tax")))
            {
                // "a 27% premium": a percentage that names its measure is
                // the measure's level whatever the verb ("will pay").
                // "revenue of $24.3 billion": the measure's level.
                subject.predicate = Some("level".to_string());
            }
            // "lost $30 billion in market value", "wiping $34bn off its
            // market value": what a firm's worth moved by, whatever verb
            // came before.
            if c.kind == ClaimKind::Money && subject.noun.as_deref() == Some("valuation") {
                if let Some(fell) = worth_moved(&w) {
                    subject.predicate = Some("change".to_string());
                    subject.fell = fell;
                }
            }
            // "The deal raised wages by about 62 percent": wages a deal
            // changes by a percentage rise by that pay rise.
            if c.kind == ClaimKind::Percent
                && subject.noun.as_deref() == Some("wages")
                && subject.predicate.as_deref() == Some("change")
                && subject.event.as_deref().and_then(group::event_class) == Some("agreement")
            {
                subject.noun = Some("pay rise".to_string());
                subject.predicate = Some("level".to_string());
            }
            // A pay rise settles its dispute: the strike or the deal named
            // beside it is no other subject. One asked for is a demand ("had
            // sought a 40% pay rise"), not what was offered or agreed.
            if subject.noun.as_deref() == Some("pay rise") {
                if asked_for(&w) {
                    subject.predicate = Some("demand".to_string());
                }
                subject.event = None;
            }
        }
        // "The union wants a 9% pay rise; the government has offered
        // 4.5%": a bare share offered in a sentence of pay is a pay
        // rise offered, its level as "offered a 5% raise" is; so is a
        // rise a union asks for its demand ("The union wants a rise of 8
        // percent, while management has offered 4.5 percent").
        if c.kind == ClaimKind::Percent && subject.noun.is_none() {
            let offer = subject.predicate.as_deref() == Some("offer");
            let asked = !offer && subject.predicate.is_none() && asked_for(&w);
            if (offer || asked)
                && cx.text.get(sentence.range()).is_some_and(|t| {
                    let t = t.to_ascii_lowercase();
                    ["pay rise", "pay raise", "pay increase", "wage", "union"]
                        .iter()
                        .any(|w| t.contains(w))
                })
            {
                subject.noun = Some("pay rise".to_string());
                let how = if asked { "demand" } else { "level" };
                subject.predicate = Some(how.to_string());
            }
        }
        // "Analysts had expected revenue of $30.9 billion": a measure's
        // forecast, compared with forecasts only.
        if matches!(c.kind, ClaimKind::Money | ClaimKind::Percent)
            && subject.scope.is_none()
            && matches!(subject.predicate.as_deref(), Some("level" | "change"))
            && subject.noun.as_deref().is_some_and(is_measure)
            && forecast_figure(cx.text, sentence, c.span.start)
        {
            subject.scope = Some("forecast".to_string());
        }
        if c.kind == ClaimKind::Money {
            disaster_damage(&mut subject, &mut dominant);
            transfer_fee(cx.text, sentence, c.span, &mut subject, &mut dominant);
            if subject.noun.is_none() && firm_lost(cx.text, sentence, c.span.start) {
                subject.noun = Some("loss".to_string());
                subject.predicate = Some("level".to_string());
            }
            if subject.noun.is_none() && victims_lost(cx.text, sentence, c.span) {
                subject.noun = Some("victim losses".to_string());
                subject.predicate = Some("level".to_string());
            }
            if subject.noun.is_none() {
                capital_or_valuation(cx.text, sentence, c.span.start, &mut subject);
            }
            // "agreed on Monday to buy rival Dunmore in a deal worth $12
            // billion", "The $12 billion deal values Dunmore at": the sum
            // of a deal to buy a firm is its price, however far the verb.
            if subject.noun.is_none()
                && subject.predicate.is_none()
                && subject.event.as_deref() == Some("deal")
                && deal_to_buy(cx.text, sentence, c.span.start)
            {
                subject.predicate = Some("buy".to_string());
            }
            if subject.noun.is_none() && subject.predicate.is_none() {
                if let Some((predicate, scope)) = spent_on(cx.text, sentence, c.span) {
                    subject.predicate = Some(predicate.to_string());
                    subject.scope = scope;
                }
            }
            // "The ransomware gang has asked for $5 million", "the hackers
            // demanded $6 million", "paid the hackers $4.4 million": a
            // ransom. One with no verb of paying is what was asked ("a
            // ransom of $4.5 million"), never what was paid.
            let asked = asked_for(&w);
            if subject.noun.is_none()
                && (asked || subject.predicate.as_deref() == Some("pay"))
                && ransom_sentence(cx.text, sentence)
            {
                subject.noun = Some("ransom".to_string());
            }
            if subject.noun.as_deref() == Some("ransom") && (asked || subject.predicate.is_none()) {
                subject.predicate = Some("demand".to_string());
            }
            if subject.noun.is_some() && demanded_after(cx.text, sentence, c.span) {
                subject.predicate = Some("demand".to_string());
            }
            // "agreed to pay $725 million to settle a class action", "will
            // pay $750 million to resolve claims": a settlement.
            if subject.noun.is_none() && settles_after(cx.text, c.span.end) {
                subject.noun = Some("settlement".to_string());
            }
            if subject.noun.as_deref() == Some("settlement") {
                subject.event = Some("settlement".to_string());
            }
            // "Unleaded now costs 147.9p a litre", "The average price of a
            // litre of diesel rose to 152.9p": a fuel's pump price.
            if c.kind == ClaimKind::Money && subject.noun.is_none() {
                if let Some((fuel, how)) = fuel_price(cx.text, sentence, c.span) {
                    subject.noun = Some(fuel.to_string());
                    subject.predicate = Some(how.to_string());
                }
            }
            // "The cuts are expected to save $1.2 billion a year", "annual
            // savings of about $1 billion", "$800 million in cost
            // savings": what a plan saves, a year when so written.
            if c.kind == ClaimKind::Money && subject.noun.as_deref().is_none_or(|n| n == "saving") {
                if let Some(annual) = sum_saved(cx.text, sentence, c.span) {
                    subject.noun = Some("savings".to_string());
                    if annual && subject.scope.is_none() {
                        subject.scope = Some("per year".to_string());
                    }
                }
            }
            // "The appeal raised £39.2 million", "The telethon brought in
            // £37 million": the donations a fundraiser raised; "US
            // shoppers spent a record $10.8 billion online": what shoppers
            // spent (online apart from in all).
            if c.kind == ClaimKind::Money && subject.noun.is_none() {
                match sum_raised_or_spent(cx.text, sentence, c.span) {
                    Some(Sum::Raised) => {
                        subject.noun = Some("donations".to_string());
                        // "has raised more than £1.6 billion since 1980":
                        // a running total, not one appeal's.
                        if cx
                            .text
                            .get(c.span.end..)
                            .is_some_and(|r| r.starts_with(" since "))
                        {
                            subject.scope = Some("since".to_string());
                        }
                    }
                    Some(Sum::Spent { online }) => {
                        subject.noun = Some("consumer spending".to_string());
                        if online {
                            subject.scope = Some("online".to_string());
                        }
                    }
                    Some(Sum::Visited) => {
                        subject.noun = Some("tourist spending".to_string());
                    }
                    None => {}
                }
            }
            if subject.noun.is_none()
                && subject.event.is_none()
                && price_paid(cx.text, &subject, sentence, c.span)
            {
                subject.event = Some("acquisition".to_string());
            }
            // "The average home now costs £285,000", "The typical property
            // sold for £281,500", "the average price at £285,000" (in a
            // story of homes): the average house price.
            if matches!(subject.noun.as_deref(), None | Some("price"))
                && average_home_price(cx.text, sentence, c.span.start)
            {
                subject.noun = Some("house price".to_string());
                subject.predicate = Some("level".to_string());
                subject.event = None;
            }
            // "400kg of heroin worth £12m", "cocaine, worth about £150m,",
            // "The seizure, valued at £184m": what drugs seized would sell
            // for, as "a street value of £180 million".
            if c.kind == ClaimKind::Money
                && subject.noun.is_none()
                && contraband_worth(cx.text, sentence, c.span.start)
            {
                subject.noun = Some("street value".to_string());
                subject.event = None;
            }
            // "The average tenant now pays £1,310 a month", "Tenants paid
            // an average of £1,295": the average rent.
            if c.kind == ClaimKind::Money
                && subject.noun.is_none()
                && average_rent_paid(cx.text, sentence, c.span.start)
            {
                subject.noun = Some("rent".to_string());
                subject.predicate = Some("level".to_string());
                subject.event = None;
            }
            // "A Monet sold for $110.7 million at Sotheby's": in a story of
            // an auction, a price sold for is the auction's (the story's
            // test only after the sum's own words).
            if subject.noun.is_none()
                && subject.event.is_none()
                && subject.predicate.as_deref() == Some("sell")
                && hammer_price(cx.text, c.span.start)
                && *auction.get_or_insert_with(|| auction_story(cx.text))
            {
                subject.event = Some("auction".to_string());
            }
            // "fetched $52.1 million including fees", "or $52.1 million with
            // the buyer's premium": the price with the auction house's fees
            // is the price (houses announce it so, and papers print it as
            // what a lot sold for); the hammer price before it ("went for
            // $46 million, or $52.1 million with the buyer's premium", "a
            // hammer price of $46 million") is apart.
            // (The story's test, a pass over its text, only after the sum's
            // own words.)
            if c.kind == ClaimKind::Money
                && subject.noun.is_none()
                && matches!(subject.event.as_deref(), None | Some("auction"))
            {
                let fees = with_fees(cx.text, c.span.end);
                let hammer = !fees
                    && (subject.predicate.as_deref() == Some("sell")
                        && hammer_before_fees(cx.text, c.span.end)
                        || cx
                            .text
                            .get(c.span.start.saturating_sub(16)..c.span.start)
                            .is_some_and(|h| h.ends_with("hammer price of ")));
                if (fees || hammer) && *auction.get_or_insert_with(|| auction_story(cx.text)) {
                    subject.event = Some("auction".to_string());
                    subject.predicate = Some("sell".to_string());
                    if hammer {
                        subject.scope = Some("hammer price".to_string());
                    }
                }
            }
            // "The film cost about $250 million to make": its budget, as
            // "a production budget of $200 million" is.
            if c.kind == ClaimKind::Money
                && subject.noun.is_none()
                && cost_to_make(cx.text, sentence, c.span)
            {
                subject.noun = Some("budget".to_string());
                subject.predicate = Some("produce".to_string());
            }
            // "A clifftop mansion sold for $68 million", "The estate
            // fetched $65 million", "paid $70 million for the house": what
            // one home sold for, whatever deal the sentence names.
            if c.kind == ClaimKind::Money
                && subject.noun.is_none()
                && home_sale(cx.text, sentence, c.span)
            {
                subject.noun = Some("home sale".to_string());
                subject.predicate = Some("sell".to_string());
                subject.event = None;
            }
            // The story's test (a pass over its text) only after the
            // sum's own words. "earned more than $2 billion in ticket
            // sales": a tour's takings however they are named.
            if subject.noun.is_none() || subject.noun.as_deref() == Some("sale") {
                if let Some(scope) = box_office(cx.text, sentence, c.span) {
                    if tour_takings(cx.text, sentence, c.span.start) {
                        // "The singer's world tour grossed $2.2 billion".
                        subject.noun = Some("tour gross".to_string());
                        subject.predicate = Some("gross".to_string());
                    } else if *cinema.get_or_insert_with(|| cinema_story(cx.text)) {
                        subject.noun = Some("box office".to_string());
                        subject.predicate = Some("gross".to_string());
                        if let Some(scope) = scope {
                            subject.scope = Some(scope.to_string());
                        }
                    }
                }
            }
        }
        // "The government borrowed £17.4bn in September": the sum borrowed
        // is the borrowing's level, as "borrowing rose to £17.4bn" is.
        if c.kind == ClaimKind::Money
            && subject.noun.is_none()
            && word_before_sum(&w).is_some_and(|v| matches!(v.as_str(), "borrowed" | "borrows"))
        {
            subject.noun = Some("borrowing".to_string());
            subject.predicate = Some("level".to_string());
        }
        // "issued 478 permits, each costing $15,000", "478 permits, priced
        // at $11,000 each", "sold 500 tickets at $120 each": the price of
        // one of what the count before it in the sentence counts.
        if c.kind == ClaimKind::Money {
            if let Some(noun) = last_count
                .as_ref()
                .filter(|l| l.end >= sentence.start && l.end < c.span.start)
                .and_then(|l| l.noun.as_deref())
                .filter(|_| unit_price(cx.text, sentence, c.span))
            {
                subject.noun = Some(format!("{noun} price"));
                subject.predicate = Some("level".to_string());
                subject.scope = None;
                subject.event = None;
            }
        }
        // "ordered Meta to pay €1.2bn, the largest fine under the GDPR": a
        // sum to pay that an apposition calls a fine is the fine of the
        // one ordered to pay it.
        if c.kind == ClaimKind::Money
            && subject.predicate.as_deref() == Some("pay")
            && fine_in_apposition(cx.text, sentence, c.span.end)
        {
            subject.predicate = Some("fine".to_string());
            subject.agent = ordered_to_pay(cx.text, sentence, c.span.start);
        }
        // "faces 12 counts of theft", "pleaded not guilty to 14 counts":
        // the charges brought; "pleaded guilty to three counts": those
        // admitted, a conviction.
        if c.kind == ClaimKind::Count
            && subject.predicate.is_none()
            && matches!(subject.noun.as_deref(), Some("count" | "charge"))
        {
            subject.predicate = charges_before(cx.text, sentence, c.span.start).map(String::from);
        }
        // "The bridge cost £480 million", "at a final cost of £480m", "the
        // £520m Dunmore bridge": what a thing built or done cost.
        if c.kind == ClaimKind::Money
            && subject.noun.as_deref().is_none_or(|n| n == "cost")
            && subject.scope.is_none()
        {
            if let Some(built) = project_cost(cx.text, sentence, c.span) {
                subject.noun = Some(format!("{built} cost"));
                subject.predicate = Some("level".to_string());
            }
        }
        // "The drug will cost $1,060 a month", "A month of treatment will
        // cost about $1,000": a treatment's price, by the month or year
        // when one is named.
        if c.kind == ClaimKind::Money
            && subject.noun.is_none()
            && subject
                .scope
                .as_deref()
                .is_none_or(|x| x.starts_with("per "))
        {
            if let Some(per) = treatment_price(cx.text, sentence, c.span) {
                subject.noun = Some("price".to_string());
                subject.predicate = Some("level".to_string());
                if subject.scope.is_none() {
                    subject.scope = per.map(String::from);
                }
            }
        }
        // "priced at $799", "The new model starts at $829", "will retail
        // for $499": what a thing on sale costs.
        if c.kind == ClaimKind::Money
            && subject.noun.is_none()
            && subject
                .scope
                .as_deref()
                .is_none_or(|x| x.starts_with("per "))
            && sale_price(cx.text, sentence, c.span)
        {
            subject.noun = Some("price".to_string());
            subject.predicate = Some("level".to_string());
            // "The X2 starts at $799" and "the X2 Pro starts at $999" are
            // two models' prices.
            if let Some(model) = model_priced(cx.text, sentence, c.span.start) {
                subject.scope = Some(model.to_string());
            }
        }
        // "The list price is $1,059.87 for a month's supply": a price by
        // the month.
        if c.kind == ClaimKind::Money
            && subject.noun.as_deref() == Some("price")
            && subject.scope.is_none()
        {
            let after = cx.text.get(c.span.end..).unwrap_or("");
            for (supply, per) in [
                ("month", "per month"),
                ("year", "per year"),
                ("week", "per week"),
            ] {
                let of = |apostrophe: &str| format!(" for a {supply}{apostrophe}s supply");
                if after.starts_with(&of("'")) || after.starts_with(&of("’")) {
                    subject.scope = Some(per.to_string());
                }
            }
        }
        // "Renewables generated 51% of Valdoria's electricity", "More than
        // half of the country's power came from renewable sources": the
        // share of power those sources generated.
        if matches!(c.kind, ClaimKind::Percent | ClaimKind::Number)
            && subject.predicate.as_deref() != Some("change")
        {
            if let Some(sources) = power_share(cx.text, sentence, c.span) {
                subject.noun = Some(format!("{sources} share of power"));
                subject.predicate = Some("level".to_string());
                subject.scope = None;
                subject.modifiers.clear();
            }
        }
        // "Coverage of the second dose fell to 83.9 per cent", "Uptake of
        // the MMR jab slipped to 85%", "84% of children had received both
        // doses": the share vaccinated, as "Vaccination rates fell to 91%".
        if c.kind == ClaimKind::Percent
            && subject.predicate.as_deref() != Some("change")
            && subject
                .noun
                .as_deref()
                .is_none_or(|n| is_person_noun(n) || matches!(n, "coverage" | "uptake"))
        {
            if let Some(dose) = vaccination_rate(cx.text, sentence, c.span) {
                subject.noun = Some("vaccination rate".to_string());
                subject.predicate = Some("level".to_string());
                subject.scope = dose.map(String::from);
                subject.modifiers.clear();
            }
        }
        // "More than 3.2 million doses of the vaccine have been given",
        // "2.9 million vaccine doses have been administered", "3.2 million
        // jabs": doses given, a running tally.
        if c.kind == ClaimKind::Count
            && matches!(
                subject.noun.as_deref(),
                Some("dose" | "jab" | "vaccination")
            )
            && doses_given(cx.text, sentence, c.span)
        {
            subject.noun = Some("dose".to_string());
            subject.predicate = Some("administer".to_string());
        }
        // "set bail at $2 million", "His bail was set at $2m", "posting
        // $1.5 million bail": the amount of bail, whatever was done with
        // it.
        if c.kind == ClaimKind::Money
            && (subject.noun.as_deref() == Some("bail") || bail_at(cx.text, sentence, c.span.start))
        {
            subject.noun = Some("bail".to_string());
            subject.predicate = Some("level".to_string());
            subject.event = None;
        }
        // "Brightmart, which employs 12,000 people", "a workforce of
        // 14,500", "Brightmart, with 13,000 employees, plans …": a firm's
        // headcount, whatever verb follows.
        if c.kind == ClaimKind::Count
            && headcount(cx.text, sentence, c.span, subject.noun.as_deref())
        {
            subject.noun = Some("employee".to_string());
            subject.predicate = Some("employ".to_string());
            subject.event = None;
            subject.agent = appositive_owner(cx.text, sentence, c.span.start);
        }
        // "The company has 240 stores", "operates about 240 shops", "its
        // 240 stores": the places a firm runs (what its stores do next is
        // theirs: "its 30 stores will close").
        if c.kind == ClaimKind::Count {
            if let Some(noun) = premises(
                cx.text,
                sentence,
                c.span,
                subject.noun.as_deref(),
                subject.predicate.is_none(),
            ) {
                subject.noun = Some(noun.to_string());
                subject.predicate = Some("operate".to_string());
                subject.event = None;
                subject.agent = appositive_owner(cx.text, sentence, c.span.start);
            }
        }
        // "The number of people waiting for routine hospital treatment
        // dropped to 7.4 million": the waiting list ("185,000 people have
        // been waiting over a year" are some on it).
        if matches!(c.kind, ClaimKind::Count | ClaimKind::Number)
            && matches!(subject.noun.as_deref(), None | Some("person" | "patient"))
            && cx.text.get(sentence.start..c.span.start).is_some_and(|b| {
                b.contains("number of people waiting") || b.contains("number of patients waiting")
            })
        {
            subject.noun = Some("waiting list".to_string());
            subject.predicate = Some("level".to_string());
        }
        // "The number of wolves has risen to 1,650", "A survey counted
        // 1,650 wolves", "the wolf population grew to about 1,600
        // animals": a wild species' population (what was done to the
        // animals is theirs: "culled 200 wolves").
        if c.kind == ClaimKind::Count && subject.predicate.is_none() {
            if let Some(species) =
                wild_population(cx.text, sentence, c.span, subject.noun.as_deref())
            {
                subject.noun = Some(species.to_string());
                subject.predicate = Some("population".to_string());
            }
        }
        // "Germany pledged $1.2 billion, while Japan promised $800
        // million", "Corvane will eliminate 1,500 positions": who did it,
        // for the predicates whose doers a story lists side by side.
        // An age that names its person is no doer's ("Judge Helen Ward
        // jailed the 34-year-old": not the judge's age).
        let age_noun = c.kind == ClaimKind::Age
            && w.left()
                .next()
                .is_some_and(|(_, t)| w.is_word(t, "the") || w.is_word(t, "a"));
        // "Brightmart's market share reached 20%", "has a 19% market
        // share", "a 19% share of the market": a firm's share of its market.
        if c.kind == ClaimKind::Percent && subject.noun.is_none() {
            if let Some(owner) = market_share(cx.text, sentence, c.span) {
                subject.noun = Some("market share".to_string());
                subject.predicate = Some("level".to_string());
                subject.agent = owner;
            }
        }
        if subject.agent.is_none() && !c.kind.is_temporal() && !age_noun {
            let noun = subject.noun.as_deref();
            let doer = group::keyed_on_doer(
                subject
                    .predicate
                    .as_deref()
                    .and_then(group::predicate_class),
                noun,
            ) || group::keyed_on_doer(noun.and_then(group::noun_predicate), None);
            if doer {
                // "a €746 million fine imposed on Amazon": the one fined
                // is named after the fine.
                // Not a number that opens the sentence ("Three firms cut
                // 4,000 jobs": no doer "Three").
                // "A former finance minister of Velden was sentenced": a
                // name after "of" is the place of the one sentenced, no
                // person.
                let sentenced = subject
                    .predicate
                    .as_deref()
                    .and_then(group::predicate_class)
                    == Some("sentenced");
                subject.agent = fined_after(cx.text, sentence, c.span.end)
                    .or_else(|| doer_before(cx.text, sentence, c.span.start))
                    .filter(|a| !is_number_word(a))
                    .filter(|a| {
                        !sentenced
                            || !cx
                                .text
                                .get(sentence.start..c.span.start)
                                .is_some_and(|b| b.contains(&format!(" of {a} ")))
                    });
                // A level after its change in one sentence is the same
                // owner's.
                if subject.agent.is_none() && subject.predicate.as_deref() == Some("level") {
                    if let Some((at, n, a)) = &owned {
                        if *at == sentence && noun == Some(n.as_str()) {
                            subject.agent = Some(a.clone());
                        }
                    }
                }
            }
            // A firm's result whose sentence names no firm is the last
            // named one's ("Net income was $1.17 billion"; not "Revenue
            // fell 17.7 percent at Trump Taj Mahal").
            if firm_result(noun) && subject.agent.is_none() && !w.names_anyone() {
                subject.agent.clone_from(&firm);
            }
        }
        if subject.agent.is_some() && firm_result(subject.noun.as_deref()) {
            firm.clone_from(&subject.agent);
        }
        if let (Some(n), Some(a)) = (subject.noun.as_deref(), subject.agent.as_deref()) {
            if group::keyed_on_doer(None, Some(n)) {
                owned = Some((sentence, n.to_string(), a.to_string()));
            }
        }
        if subject.scope.is_none() && !c.kind.is_temporal() {
            // A measure given by the year is the year's measure: "revenue of
            // $56 billion annually" is revenue, not a rate beside it.
            subject.scope = w
                .rate()
                .filter(|r| !(r == "per year" && subject.noun.as_deref().is_some_and(is_measure)));
        }
        // "a dividend of 25 cents a share" and "raised its dividend to 27
        // cents": a dividend is by the share, written or not.
        if c.kind == ClaimKind::Money
            && subject
                .noun
                .as_deref()
                .is_some_and(|n| n.ends_with("dividend"))
            && subject.scope.as_deref() == Some("per share")
        {
            subject.scope = None;
        }
        // A strike in a story of a hunger strike is one ("ended her hunger
        // strike after 42 days"); in a story of unions and pay it is a
        // walkout; else an attack.
        if matches!(subject.event.as_deref(), Some("strike" | "strikes")) {
            // "1,100 drivers are set to strike": those who walk out.
            // "The strike involved 30,000 nurses": workers counted in a
            // strike are on one (soldiers in one are not).
            let workers = subject.noun.as_deref().is_some_and(|n| {
                matches!(
                    n,
                    "nurse"
                        | "doctor"
                        | "teacher"
                        | "worker"
                        | "driver"
                        | "employee"
                        | "staff"
                        | "staffer"
                        | "miner"
                        | "pilot"
                        | "firefighter"
                        | "lecturer"
                        | "controller"
                        | "dockworker"
                        | "medic"
                        | "machinist"
                )
            });
            if subject.predicate.as_deref() == Some("walk out") || workers {
                subject.event = Some("walkout".to_string());
            } else if *hunger.get_or_insert_with(|| {
                memchr::memmem::find(cx.text.as_bytes(), b"unger strike").is_some()
            }) {
                subject.event = Some("hunger strike".to_string());
            } else if *labour.get_or_insert_with(|| labour_dispute(cx.text)) {
                subject.event = Some("walkout".to_string());
            }
        }
        // "a trial of 12,400 patients", "a study of about 12,000
        // adults", "The trial enrolled 12,400 volunteers", "the 4,800
        // children who took part in the trial": the people a study
        // took in, whatever the paper calls them.
        let took_part = || {
            subject
                .predicate
                .as_deref()
                .and_then(group::predicate_class)
                == Some("attend")
                && subject.event.as_deref().and_then(group::event_class) == Some("trial")
        };
        if c.kind == ClaimKind::Count
            && subject
                .noun
                .as_deref()
                .is_some_and(|n| STUDY_SUBJECTS.contains(&n))
            && (took_part() || studied(cx.text, sentence, c.span.start))
        {
            subject.noun = Some("trial participant".to_string());
            subject.predicate = Some("enrol".to_string());
        }
        // "Eleven people were treated for minor injuries", "suffered
        // serious injuries", "sustained burns" (no fire that burns): people
        // hurt.
        if c.kind == ClaimKind::Count && matches!(subject.predicate.as_deref(), None | Some("burn"))
        {
            // A verb of hurt among the three words before the injuries, in
            // the clause's first seven words (no allocation: most counts
            // have neither).
            let mut verb_at = None;
            let mut verb = false;
            for (k, (_, t)) in w
                .right()
                .take(7)
                .take_while(|(_, t)| t.punct.is_none())
                .enumerate()
            {
                if [
                    "treated",
                    "suffered",
                    "sustained",
                    "suffering",
                    "sustaining",
                ]
                .iter()
                .any(|x| w.is_word(t, x))
                {
                    verb_at = Some(k);
                } else if ["injuries", "injury", "wounds", "burns"]
                    .iter()
                    .any(|x| w.is_word(t, x))
                {
                    verb = verb_at.is_some_and(|v| k - v <= 3);
                    break;
                }
            }
            if verb {
                subject.predicate = Some("injure".to_string());
            }
        }
        // In a story of thieves their raid is the robbery ("The raid lasted
        // seven minutes": the dominant event counts it so too), and what
        // was "taken" was stolen ("Nine items of
        // jewellery were taken from the museum").
        let raid = subject.noun.as_deref() == Some("raid");
        let taken = c.kind == ClaimKind::Count
            && subject.predicate.is_none()
            && w.right()
                .take(6)
                .take_while(|(_, t)| t.punct.is_none())
                .any(|(_, t)| w.is_word(t, "taken"));
        // "escaping with €2.5m", "made off with 40 paintings": what
        // thieves left with; "took €3.2 million" in a story of a theft.
        let (off_with, took) = if matches!(c.kind, ClaimKind::Money | ClaimKind::Count)
            && subject.predicate.is_none()
        {
            carried_off(cx.text, sentence, c.span.start)
        } else {
            (false, false)
        };
        if off_with {
            subject.predicate = Some("steal".to_string());
        }
        // "She put the value of the haul at €102 million": a haul's worth.
        let haul = c.kind == ClaimKind::Money
            && subject.predicate.is_none()
            && w.left()
                .take(8)
                .any(|(_, t)| w.is_word(t, "haul") || w.is_word(t, "loot"));
        // "The gang, four men on two scooters, escaped with eight pieces":
        // who took, not what was taken.
        if c.kind == ClaimKind::Count
            && subject.predicate.as_deref() == Some("steal")
            && w.right().take(8).any(|(_, t)| {
                t.predicate == Some("steal")
                    && [
                        "stole", "steal", "steals", "escaped", "fled", "got", "made", "make",
                    ]
                    .iter()
                    .any(|x| w.is_word(t, x))
            })
        {
            subject.predicate = None;
        }
        if (raid || taken || haul || took) && *theft.get_or_insert_with(|| theft_story(cx.text)) {
            if raid {
                subject.noun = Some("robbery".to_string());
            }
            if taken || haul || took {
                subject.predicate = Some("steal".to_string());
            }
        }
        // "Before this week's rally, Twitter shares were barely half their
        // offering price": a rally in a sentence of shares, stocks or
        // prices is the market's, no protest.
        if c.kind.is_temporal()
            && subject.event.as_deref() == Some("rally")
            && market_sentence(cx.text.get(sentence.range()).unwrap_or(""))
        {
            subject.event = None;
            if subject.predicate.as_deref() == Some("rally") {
                subject.predicate = None;
            }
        }
        if c.kind.is_temporal() && deadline(cx.text, &w, c.span) {
            // "The blaze was 20% contained by Tuesday evening", "must be
            // held by March": a time a state is reached by, no day of the
            // event.
            subject.event = None;
            subject.predicate = None;
        } else if c.kind.is_temporal() && ends(&w) {
            subject.predicate = Some("end".to_string());
        } else if c.kind.is_temporal() && begins(&w) {
            subject.predicate = Some("begin".to_string());
        }
        // A date's scope would split its event's dates ("The crash on
        // Thursday killed 270 people, 29 on the ground").
        if subject.scope.is_none() && !c.kind.is_temporal() {
            // "shares at $51 each": a price is each share's already ("$55
            // billion each" of two firms stays each one's).
            let price = subject
                .noun
                .as_deref()
                .is_some_and(|n| n.ends_with("price"));
            // Where people were is no measure's scope: in "winds of 170 mph
            // and stayed on the ground" the ground is the storm's.
            // Nor a length's ("nine months aboard the space station").
            let measure = matches!(c.kind, ClaimKind::Measure | ClaimKind::Duration);
            subject.scope = w
                .scope()
                .filter(|s| !(price && s == "each"))
                .filter(|s| !(measure && matches!(s.as_str(), "on the ground" | "on board")))
                .or_else(|| condition(cx.text, sentence, c.span.start))
                .or_else(|| named_alone(cx.text, sentence, c.span.start));
            // "jumped 27% to $41.10 in early trading": a price during the
            // day is not the close ("closed up 26% at $40.80").
            if subject.scope.is_none()
                && matches!(subject.predicate.as_deref(), Some("level" | "change"))
                && subject
                    .noun
                    .as_deref()
                    .is_some_and(|n| n.ends_with("share price") || is_market_index(n))
                && during_the_day(cx.text, sentence, c.span)
            {
                subject.scope = Some("intraday".to_string());
            }
            // "In the capital, Lisbury, rents climbed 11.2%": a measure of
            // the place a sentence opens with is that place's.
            if subject.scope.is_none()
                && subject.noun.is_some()
                && matches!(subject.predicate.as_deref(), Some("level" | "change"))
            {
                subject.scope = opening_place(cx.text, sentence);
            }
            // "45.8C in El Granado in Huelva province": the province is
            // the town's, no scope of a temperature read there.
            let region = subject
                .scope
                .as_deref()
                .is_some_and(|sc| ADMIN_AREAS.iter().any(|r| sc.ends_with(r)));
            if region && subject.place.is_some() && is_temperature(&c.value) {
                subject.scope = None;
            }
        }
        // "750 people had been on board": aboard is what they were, as
        // "the boat was carrying 500 people" says; and in "a train with
        // 300 passengers on board derailed" the vehicle derailed.
        // So are those a vehicle was "carrying" when it crashed: "a bus
        // carrying 40 passengers plunged into a ravine".
        // (The word's own form in the tables: "carrying", "carried",
        // "transporting", "transported".)
        let carried = w
            .left()
            .next()
            .is_some_and(|(_, t)| t.predicate == Some("carry"));
        if (subject.scope.as_deref() == Some("on board") || carried)
            && subject.predicate.as_deref().is_none_or(vehicle_event)
            && !c.kind.is_temporal()
        {
            subject.predicate = Some("carry".to_string());
            subject.scope = None;
        }
        // On a ship every patient is on board: "241 people on board have
        // reported symptoms" are all who fell ill; so is every satellite
        // a rocket launched ("launched with 24 satellites on board").
        if subject.scope.as_deref() == Some("on board")
            && matches!(subject.predicate.as_deref(), Some("sicken" | "launch"))
        {
            subject.scope = None;
        }
        // The statement a figure is reported in is no event of the figure:
        // "said in a statement that 12 soldiers died" (a date's statement
        // is the day it was made, and a crowd's speech its event: "a
        // speech to more than 3,000 people").
        if !c.kind.is_temporal()
            && subject.event.as_deref().and_then(group::event_class) == Some("statement")
            && subject.predicate.as_deref() != Some("attend")
            && !matches!(subject.noun.as_deref(), Some("person" | "people" | "crowd" | "supporter") if subject.predicate.is_none())
        {
            subject.event = None;
        }
        // "The recall affects about 1.87 million vehicles": vehicles a
        // recall affects were recalled.
        let affected_vehicles = subject.predicate.as_deref() == Some("affect")
            && subject
                .noun
                .as_deref()
                .is_some_and(|n| noun_of_predicate("recalled", n));
        if affected_vehicles
            && clause_mentions(
                cx.text,
                (c.span.start, c.span.end),
                (CUE_REACH, 0),
                &["recall"],
            )
        {
            subject.predicate = Some("recall".to_string());
        }
        // "Crews attended 720,000 incidents", "joined by two colleagues in
        // dissent": what was attended, or who joined one person, is no
        // gathering's attendance.
        // The short noun list first: the class look-up is dearer.
        let thing = subject
            .noun
            .as_deref()
            .is_some_and(|n| THINGS_ATTENDED.contains(&n));
        if thing
            && subject
                .predicate
                .as_deref()
                .and_then(group::predicate_class)
                == Some("attend")
        {
            subject.predicate = None;
            if subject.event.as_deref() == Some("meeting") {
                subject.event = None;
            }
        }
        // "About 1,200 flights were cancelled and 4,500 delayed": a bare
        // figure after "and" counts what the count before it counted, its
        // verb its own.
        if c.kind == ClaimKind::Number && subject.noun.is_none() && subject.predicate.is_some() {
            if let Some(LastCount {
                end,
                noun: Some(noun),
                ..
            }) = &last_count
            {
                let gap = cx.text.get(*end..c.span.start).unwrap_or("");
                // "killed five workers and injured 23": so does one after
                // "and" and a verb of harm, of people.
                let harmed = || {
                    let Some((before, verb)) =
                        gap.strip_suffix(' ').and_then(|g| g.rsplit_once(' '))
                    else {
                        return false;
                    };
                    before.ends_with(" and")
                        && is_person_noun(noun)
                        && forms()
                            .get(lower_word(verb).as_str())
                            .and_then(|p| group::predicate_class(p))
                            .is_some_and(|p| group::TALLIES.contains(&p))
                };
                if gap.len() <= 40
                    && (gap.ends_with(" and ") || harmed())
                    && !gap.contains(['.', ';', ','])
                {
                    subject.noun = Some(noun.clone());
                    c.kind = ClaimKind::Count;
                }
            }
        }
        // "arrested 45 people in Lisbury and 30 in Dunmore", "cut 4,000
        // jobs in Germany and 1,500 in Spain": a bare figure in a list of
        // places counts what the count before it counted, done as that one
        // was and by its doer, in its own place.
        if matches!(c.kind, ClaimKind::Number | ClaimKind::Count) {
            if let Some(last) = last_count.as_ref().filter(|l| l.noun.is_some()) {
                let own = cx.text.get(c.span.start..c.span.end).unwrap_or("");
                let bare = !own.contains(' ')
                    && (own.starts_with(|ch: char| ch.is_ascii_digit()) || is_number_word(own));
                if let Some(first) = bare
                    .then(|| place_list(cx.text, last.end, c.span))
                    .flatten()
                {
                    listed.push((last.index, first));
                    subject.noun.clone_from(&last.noun);
                    subject.predicate.clone_from(&last.predicate);
                    subject.agent.clone_from(&last.agent);
                    subject.modal = last.modal;
                    subject.negated = last.negated;
                    subject.place = w.place_after_claim();
                    c.kind = ClaimKind::Count;
                }
            }
        }
        // "Italy recorded 19,038 heat deaths, while Spain had 8,352": a bare
        // figure a country "had" after a count in its sentence counts the
        // same, in that country.
        if c.kind == ClaimKind::Number && subject.noun.is_none() {
            if let Some(last) = last_count.as_ref().filter(|l| l.noun.is_some()) {
                let gap = cx.text.get(last.end..c.span.start).unwrap_or("");
                let country = gap
                    .rsplit_once(" while ")
                    .or_else(|| gap.rsplit_once(" and "))
                    .or_else(|| gap.rsplit_once("; "))
                    .map(|(_, tail)| tail)
                    .filter(|_| gap.len() <= 80 && !gap.contains('.'))
                    .and_then(|tail| {
                        let (name, verb) = tail.trim_end().rsplit_once(' ')?;
                        matches!(verb, "had" | "recorded" | "reported" | "saw" | "counted")
                            .then(|| country_word(name))
                            .flatten()
                    });
                if let Some(country) = country {
                    subject.noun.clone_from(&last.noun);
                    subject.predicate.clone_from(&last.predicate);
                    subject.modal = last.modal;
                    subject.negated = last.negated;
                    subject.place = Some(country);
                    c.kind = ClaimKind::Count;
                }
            }
        }
        // "More than 400 fires were burning, 240 of them out of control":
        // "of them" is the count before it in the sentence.
        if c.kind == ClaimKind::Number && subject.noun.is_none() {
            if let Some(last) = last_count.as_ref().filter(|l| l.holds(&c.value, sentence)) {
                // Not "25,000 of them Republicans", "12 of them children":
                // a noun after "of them" names the part.
                let of_them = cx.text.get(c.span.end..).is_some_and(|r| {
                    r.strip_prefix(" of them")
                        .or_else(|| r.strip_prefix(" of which"))
                        .is_some_and(|rest| {
                            let next = rest
                                .trim_start()
                                .split(|c: char| !c.is_ascii_alphabetic())
                                .next()
                                .unwrap_or("");
                            !next.starts_with(|c: char| c.is_ascii_uppercase())
                                && crate::extract::quantity::plural_lemma(next).is_none()
                        })
                });
                // Not the doer of the clause the part is in: "120
                // volunteers who refloated 44 of them" refloated the count
                // before them in the sentence, if any.
                let doer = cx.text.get(last.end..c.span.start).is_some_and(|gap| {
                    gap.len() <= 40 && (gap.starts_with(" who ") || gap.starts_with(" that "))
                });
                let whole = if doer {
                    before_last_count
                        .as_ref()
                        .filter(|l| l.holds(&c.value, sentence))
                } else {
                    Some(last)
                };
                if let Some(whole) = whole.filter(|_| of_them) {
                    subject.noun.clone_from(&whole.noun);
                    c.kind = ClaimKind::Count;
                }
            }
        }
        // "More than 5,000 buildings were damaged, including 2,300 that
        // collapsed": the noun of the count before, with the verb of its
        // own relative clause.
        if c.kind == ClaimKind::Number && subject.noun.is_none() {
            let including = cx
                .text
                .get(..c.span.start)
                .is_some_and(|b| b.ends_with("including "));
            let relative = cx.text.get(c.span.end..).is_some_and(|r| {
                r.starts_with(" that ") || r.starts_with(" which ") || r.starts_with(" who ")
            });
            if including && relative {
                if let Some(last) = last_count.as_ref().filter(|l| l.holds(&c.value, sentence)) {
                    let next = w.right().skip(1).take(4).map(|(_, t)| t).find(|t| {
                        !t.has(AUXILIARY)
                            && !matches!(
                                w.lower(t).as_str(),
                                "were" | "was" | "had" | "have" | "has" | "been" | "be"
                            )
                    });
                    // A building's ruin in words of no verb table:
                    // "collapsed", "were swept away", "were flattened".
                    let ruin = next.is_some_and(|t| {
                        matches!(
                            w.lower(t).as_str(),
                            "collapsed" | "swept" | "flattened" | "razed" | "levelled" | "leveled"
                        )
                    });
                    let verb = next.and_then(|t| t.predicate).or(ruin.then_some("destroy"));
                    if let Some(verb) = verb {
                        // A part of the whole when the same befell it ("killed
                        // 80 people, including 30 who died in a school");
                        // with a fate of its own, a count of that fate
                        // ("damaged …, including 2,300 that collapsed").
                        let class = |p: &str| group::predicate_class(p).unwrap_or(p).to_string();
                        let same = last.predicate.as_deref().map(class) == Some(class(verb));
                        subject.noun.clone_from(&last.noun);
                        subject.predicate = Some(verb.to_string());
                        if same {
                            subject.scope = Some("of them".to_string());
                        }
                        c.kind = ClaimKind::Count;
                    }
                }
            }
        }
        // "Eight workers were on the bridge; two were rescued and six are
        // missing": a bare figure of what befell people, after a count of
        // people in its sentence to whom nothing befell, counts some of
        // them.
        if bare_figure_class(c.kind, &subject)
            .is_some_and(|p| matches!(p, "killed" | "injured" | "missing" | "rescued"))
        {
            if let Some(last) = last_count.as_ref().filter(|l| {
                l.predicate.is_none()
                    && l.holds(&c.value, sentence)
                    && l.noun.as_deref().is_some_and(is_person_noun)
            }) {
                subject.noun.clone_from(&last.noun);
                c.kind = ClaimKind::Count;
            }
        }
        // "The vessel has a crew of 22": a count of its crew.
        if c.kind == ClaimKind::Number
            && subject.noun.is_none()
            && cx
                .text
                .as_bytes()
                .get(c.span.start.saturating_sub(8)..c.span.start)
                .is_some_and(|h| h.eq_ignore_ascii_case(b"crew of "))
        {
            subject.noun = Some("crew".to_string());
            c.kind = ClaimKind::Count;
        }
        // A ship's or a plane's crew are aboard, whatever else is said of
        // them: "has a crew of 22", "All 24 crew members were safe" ("21
        // crew on board"); a film crew is not ([`CRAFT_WORDS`] in the
        // sentence or right before it). So are its passengers: "The plane
        // had 149 passengers and eight crew members".
        if c.kind == ClaimKind::Count
            && subject.predicate.is_none()
            && (matches!(subject.noun.as_deref(), Some("crew" | "passenger"))
                || subject.noun.as_deref() == Some("member")
                    && subject.modifiers.last().is_some_and(|m| m == "crew"))
            && !subject.modifiers.iter().any(|m| m == "former")
            && craft_sentence(
                cx.text
                    .get(floor_boundary(cx.text, sentence.start.saturating_sub(200))..sentence.end)
                    .unwrap_or(""),
            )
        {
            subject.predicate = Some("carry".to_string());
        }
        // "won 411 seats, a majority of 172": a party's lead in seats, the
        // party of the seats counted before it in the sentence. With no
        // party named ("a working majority of 12"), the majority of which
        // parliament is not known: it is not compared.
        if c.kind == ClaimKind::Number
            && subject.noun.is_none()
            && majority_of(cx.text, c.span.start)
        {
            subject.noun = Some("majority".to_string());
            c.kind = ClaimKind::Count;
            let party = last_seats
                .as_ref()
                .filter(|(end, _)| *end >= sentence.start)
                .map(|(_, party)| party.clone())
                .or_else(|| majority_party(cx.text, sentence, c.span.start));
            if let Some(party) = party {
                subject.agent = Some(party);
                subject.predicate = Some("win".to_string());
            }
        }
        // "the Progress Party secured 41.3% of the vote and 187 seats": the
        // seats joined to a party's share are the party's, won.
        if c.kind == ClaimKind::Count
            && subject.noun.as_deref() == Some("seat")
            && subject.agent.is_none()
        {
            if let Some((end, party)) = &last_vote_share {
                let gap = cx.text.get(*end..c.span.start).unwrap_or("");
                if matches!(gap, " of the vote and " | " of the vote, and " | " and ")
                    || *end >= sentence.start && seats_of_the_share(gap)
                {
                    subject.agent = Some(party.clone());
                    subject.predicate = Some("win".to_string());
                }
            }
        }
        // "The Union bloc fell to 118 seats", "Labour, which had governed
        // since 2014, rose to 140 seats": the seats a party ended with.
        if c.kind == ClaimKind::Count
            && subject.noun.as_deref() == Some("seat")
            && subject.predicate.is_none()
            && subject.agent.is_none()
        {
            let mut back = words_back(cx.text, sentence, c.span.start);
            let changed = back.next() == Some("to")
                && back.next().is_some_and(|v| {
                    RISE_VERBS.contains(&v)
                        || matches!(v, "fell" | "dropped" | "slumped" | "slipped" | "shrank")
                });
            if changed {
                subject.agent = doer_before(cx.text, sentence, c.span.start)
                    .or_else(|| appositive_owner(cx.text, sentence, c.span.start));
                if subject.agent.is_some() {
                    subject.predicate = Some("win".to_string());
                }
            }
        }
        // "took 182 seats, with the ruling Union bloc winning 121": a
        // bare figure won in a sentence of a party's seats counts seats,
        // of the party named before its verb.
        if bare_figure_class(c.kind, &subject) == Some("win")
            && last_seats
                .as_ref()
                .is_some_and(|(end, _)| *end >= sentence.start)
        {
            subject.noun = Some("seat".to_string());
            c.kind = ClaimKind::Count;
            if subject.agent.is_none() {
                subject.agent = doer_before(cx.text, sentence, c.span.start);
            }
        }
        // "won an order for 120 jets from Skyvale Airways", "The Skyvale
        // order, for 150 aircraft": aircraft or trains ordered, by the
        // buyer named.
        if c.kind == ClaimKind::Count
            && subject
                .noun
                .as_deref()
                .is_some_and(|n| ORDERED_VEHICLES.contains(&n))
        {
            if let Some(buyer) = order_for(cx.text, sentence, c.span) {
                subject.predicate = Some("order".to_string());
                subject.agent = buyer;
            }
        }
        // "Police recorded 6.7 million crimes", "recorded 54,000 knife
        // crime offences": crimes recorded are the level of crime, of its
        // kind, as "Recorded crime rose to 6.7 million offences" is; so
        // are killings recorded the level of homicide ("recorded 412
        // killings", "Homicides fell to 410", "The city had 312 killings
        // last year").
        let crime = match subject.noun.as_deref() {
            Some("crime" | "offence") => Some("crime"),
            Some("homicide" | "murder" | "killing") => Some("homicide"),
            _ => None,
        };
        if let Some(crime) = crime.filter(|_| {
            c.kind == ClaimKind::Count
                && subject.predicate.is_none()
                && words_back(cx.text, sentence, c.span.start)
                    .next()
                    .is_some_and(|v| {
                        matches!(v, "recorded" | "records" | "logged" | "registered")
                            // A place that "had" or "saw" killings in a
                            // period: "The city had 312 killings last
                            // year" (not "had 40 murders to its name").
                            || matches!(v, "had" | "saw")
                                && cx.text.get(c.span.end..).is_some_and(|r| {
                                    [" last ", " this ", " in 1", " in 2", " so far"]
                                        .iter()
                                        .any(|p| r.starts_with(p))
                                })
                    })
        }) {
            let kinds: Vec<String> = subject
                .modifiers
                .drain(..)
                .filter(|m| METRIC_MODIFIERS.contains(&m.as_str()))
                .collect();
            subject.noun = Some(metric_name(crime, false, &kinds, false));
            subject.predicate = Some("level".to_string());
        }
        // "More than 2.1 million people face acute hunger", "are facing
        // crisis levels of food insecurity", "are going hungry": people in
        // hunger, one count however the agencies word it.
        if c.kind == ClaimKind::Count
            && subject.predicate.is_none()
            && hungry_after(cx.text, sentence, c.span.end)
            && subject.noun.as_deref().is_some_and(is_person_noun)
        {
            subject.predicate = Some("face hunger".to_string());
        }
        // "771,480 homeless people", "A record 770,000 people were
        // homeless": the homeless counted, homelessness's level.
        if c.kind == ClaimKind::Count
            && subject.predicate.is_none()
            && subject.noun.as_deref().is_some_and(is_person_noun)
            && (subject.modifiers.iter().any(|m| m == "homeless")
                || cx.text.get(c.span.end..sentence.end).is_some_and(|r| {
                    let r = r.trim_start();
                    ["were", "are", "was", "is"].iter().any(|v| {
                        r.strip_prefix(v)
                            .and_then(|r| r.strip_prefix(" homeless"))
                            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
                    })
                }))
        {
            subject.modifiers.retain(|m| m != "homeless");
            subject.noun = Some("homelessness".to_string());
            subject.predicate = Some("level".to_string());
        }
        // A service's users: "has 800 million weekly users", "about 700
        // million weekly active users" and "is used by more than 800
        // million people every week" are one count of users a week.
        if c.kind == ClaimKind::Count {
            user_count(cx.text, sentence, c.span.start, &mut subject);
            // "Some 4,000 roles could go", "3,000 jobs will go": jobs
            // that go are cut.
            if subject.predicate.is_none()
                && matches!(
                    subject.noun.as_deref(),
                    Some("job" | "role" | "position" | "post")
                )
                && jobs_go(cx.text, sentence, c.span.end)
            {
                subject.predicate = Some("cut".to_string());
            }
        }
        // "Construction began on 1.26 million homes", "builders broke
        // ground on 1.3 million houses": homes begun, the housing starts.
        if c.kind == ClaimKind::Count
            && matches!(
                subject.noun.as_deref(),
                Some("home" | "house" | "dwelling" | "unit")
            )
            && homes_begun(cx.text, sentence, c.span.start)
        {
            subject.noun = Some("housing start".to_string());
            subject.predicate = Some("level".to_string());
        }
        // "had about 1,000 inside", "About 1,500 people were in the venue
        // at the time": those inside a building when it burned or fell.
        if matches!(c.kind, ClaimKind::Count | ClaimKind::Number)
            && subject.predicate.is_none()
            && subject.noun.as_deref().is_none_or(is_person_noun)
            && inside_at(cx.text, sentence, c.span.end)
        {
            if c.kind == ClaimKind::Count {
                subject.noun = Some("person".to_string());
            }
            subject.predicate = Some("inside".to_string());
        }
        // "licensed to hold 250 people", "The arena seats 18,000", "the
        // 60,000-capacity stadium": what a place holds.
        if matches!(c.kind, ClaimKind::Count | ClaimKind::Number)
            && (subject.noun.as_deref() == Some("capacity")
                || subject.predicate.is_none()
                    && subject.noun.as_deref().map_or(
                        // ("Brightmart holds half of the shares" is a stake.)
                        c.kind == ClaimKind::Number
                            && !cx
                                .text
                                .get(c.span.end..)
                                .is_some_and(|r| r.starts_with(" of ")),
                        is_person_noun,
                    )
                    && holds_up_to(cx.text, sentence, c.span.start))
        {
            subject.noun = Some("capacity".to_string());
            subject.predicate = Some("level".to_string());
        }
        // "Some 54,000 people waited more than 12 hours": those who
        // waited longer than a threshold, keyed on it.
        if c.kind == ClaimKind::Count
            && subject.predicate.is_none()
            && subject.noun.as_deref().is_some_and(is_person_noun)
        {
            if let Some(over) = waited_over(cx.text, sentence, c.span.end) {
                subject.predicate = Some("wait".to_string());
                subject.scope = Some(over);
            }
        }
        // "Some 3,500 police were on duty", "3,000 officers will be on
        // duty": police deployed, as "would be deployed" are; so are
        // firefighters and rescuers at work ("About 1,800 firefighters are
        // battling the blaze", "More than 2,000 firefighters were on the
        // lines").
        if c.kind == ClaimKind::Count
            && subject.predicate.is_none()
            && subject.noun.as_deref().is_some_and(|n| {
                matches!(n, "firefighter" | "rescuer" | "paramedic")
                    || group::noun_class(n).is_some_and(|n| matches!(n, "police" | "soldier"))
            })
        {
            let after = cx.text.get(c.span.end..sentence.end).unwrap_or("");
            let duty = crew_at_work(after);
            if let Some(modal) = duty {
                subject.predicate = Some("deploy".to_string());
                subject.modal |= modal;
                // Where crews are at work is no part of what is counted:
                // "1,200 firefighters were on the ground" are the crews
                // deployed.
                if subject.scope.as_deref().is_some_and(|sc| {
                    matches!(
                        sc,
                        "on the ground" | "at the scene" | "on duty" | "on the lines"
                    )
                }) {
                    subject.scope = None;
                }
            }
        }
        // "Cases in the outbreak have reached 1,450": the cases counted.
        if c.kind == ClaimKind::Number
            && subject.noun.is_none()
            && subject.predicate.is_none()
            && cases_reached(cx.text, sentence, c.span.start)
        {
            subject.noun = Some("case".to_string());
            c.kind = ClaimKind::Count;
        }
        // "put the number of marchers in Paris at 119,000".
        if c.kind == ClaimKind::Number && subject.noun.is_none() {
            if let Some(noun) = number_of_noun(&w) {
                // The level of an airport's passengers is those it
                // handled, of a place's visitors those who visited
                // ("Passenger numbers rose to 82.9 million").
                if subject.predicate.is_none() {
                    subject.predicate = match noun.as_str() {
                        "passenger" => Some("handle".to_string()),
                        "visitor" | "tourist" => Some("visit".to_string()),
                        _ => None,
                    };
                }
                // "The number of residents rose to 68.3 million": a
                // place's population.
                let noun = if matches!(noun.as_str(), "resident" | "inhabitant") {
                    subject.predicate = Some("level".to_string());
                    "population".to_string()
                } else {
                    noun
                };
                subject.noun = Some(noun);
                c.kind = ClaimKind::Count;
            }
        }
        // "Twelve of the 40 passengers were killed": the finite verb after
        // the total is the part's; the total is all there were. A
        // participle or a relative clause right after the total is its
        // own ("one of 20 students killed at the school", "one of five
        // million Syrians who have fled").
        if matches!(c.kind, ClaimKind::Count | ClaimKind::Number) {
            if let Some(last) = &last_count {
                let gap = cx.text.get(last.end..c.span.start).unwrap_or("");
                // Those aboard stay aboard: "killing 241 of the 242 people
                // on board".
                let aboard = subject.predicate.as_deref() == Some("carry");
                let own = || {
                    w.right().next().is_none_or(|(_, t)| {
                        let next = w.lower(t);
                        let next = next.as_str();
                        t.punct.is_some()
                            || matches!(next, "who" | "that" | "which")
                            || next.ends_with("ed")
                            || next.ends_with("ing")
                    })
                };
                if matches!(gap, " of the " | " out of the " | " out of ") && !aboard && !own() {
                    if let Some(p) = subject.predicate.take() {
                        if last.predicate.is_none() {
                            parts.push((last.index, p));
                        }
                    }
                    subject.negated = false;
                    subject.modal = false;
                }
            }
        }
        if c.kind == ClaimKind::Percent && subject.noun.as_deref() == Some("vote share") {
            last_vote_share = subject.agent.clone().map(|party| (c.span.end, party));
        }
        // A measure's level or change is no verb of the count beside it
        // ("Turnout was 54%, or 2.1 million voters").
        if c.kind == ClaimKind::Percent {
            last_share = subject
                .predicate
                .clone()
                .filter(|p| !matches!(p.as_str(), "level" | "change"))
                .map(|p| {
                    (
                        c.span.end,
                        p,
                        subject.modal,
                        subject.negated,
                        subject.agent.clone(),
                    )
                });
        }
        if c.kind == ClaimKind::Count {
            before_last_count = last_count.take();
            last_count = Some(LastCount {
                index: i,
                end: c.span.end,
                predicate: subject.predicate.clone(),
                modal: subject.modal,
                negated: subject.negated,
                noun: subject.noun.clone(),
                agent: subject.agent.clone(),
                high: match &c.value {
                    Value::Number(a) => a.high,
                    _ => f64::NAN,
                },
            });
            if subject.noun.as_deref() == Some("seat") {
                if let Some(party) = &subject.agent {
                    last_seats = Some((c.span.end, party.clone()));
                }
            }
        }
        // "The death toll from Cyclone Freddy in Malawi rose to 190",
        // "Mozambique reported 20 deaths": a country's share of a toll.
        // "Nine people had been killed in another raid", "a separate attack
        // killed nine": a tally of another event than the story's, apart
        // from it.
        // Read for tallies only: what befell people in an event.
        if subject.scope.is_none()
            && figure_class(c.kind, &subject).is_some_and(|p| group::TALLIES.contains(&p))
            && other_event(cx.text, sentence, c.span)
        {
            subject.scope = Some("another event".to_string());
        }
        // The country that reports a figure is its place, whatever place
        // the sentence named before.
        if matches!(c.kind, ClaimKind::Count | ClaimKind::Number) {
            let toll = subject.predicate.as_deref() == Some("death toll");
            if let Some(place) = country_of_count(cx.text, sentence, c.span.start, toll)
                .filter(|(_, reports)| *reports || subject.place.is_none())
            {
                subject.place = Some(place.0);
            }
            // "Italy recorded the highest toll, with 19,038 deaths",
            // "followed by Spain with 6,743", "while Spain had 8,352": a
            // country's part of a toll.
            let tally = toll
                || subject.noun.as_deref() == Some("death")
                || figure_class(c.kind, &subject).is_some_and(|p| group::TALLIES.contains(&p));
            if tally && subject.place.is_none() {
                subject.place = country_with(cx.text, sentence, c.span.start);
            }
        }
        // What a disaster costs insurers is the disaster's, whoever
        // estimated it ("Verisk estimated insured losses at …"), however the
        // storm is named ("Hurricane Milton", "Milton") and whatever capital
        // opens the sentence ("Insured losses …"): its event keys it.
        if subject.noun.as_deref() == Some("insured loss") {
            subject.agent = None;
        }
        // "expanded 0.7% from the previous quarter, or 2.8% annualised":
        // the same measure's change, put another way.
        if c.kind == ClaimKind::Percent && subject.noun.is_none() {
            if let Some((_, noun, predicate)) = last_change.as_ref().filter(|(end, _, _)| {
                cx.text
                    .get(*end..c.span.start)
                    .is_some_and(|gap| gap.ends_with(", or ") && gap.len() <= 48)
            }) {
                subject.noun = Some(noun.clone());
                subject.predicate = Some(predicate.clone());
            }
        }
        // "Passenger numbers rose 12%", "The number of tourists fell 4%":
        // the change of a count of people.
        if c.kind == ClaimKind::Percent && subject.noun.is_none() {
            if let Some(noun) = count_change(&w) {
                subject.noun = Some(noun);
                subject.predicate = Some("change".to_string());
                subject.fell = w.change_fell();
            }
        }
        // "Revenue was $4.1 billion, up 12% from a year earlier", "profit
        // came in at $310 million, down 20%", ", an increase of 1.1%": the
        // change of the level before it, and its owner's; so is a fraction
        // ("roughly 127,000 elephants, down a third from 2016": a share
        // of the level, read in percent).
        let fraction = c.kind == ClaimKind::Number
            && matches!(&c.value, crate::claim::Value::Number(a) if a.value > 0.0 && a.value < 1.0);
        // "Revenue was $5 billion, a 9% drop": the figure after the level
        // is its change, named by the noun after it, not a second level of
        // the measure read past the comma.
        if c.kind == ClaimKind::Percent && subject.predicate.as_deref() == Some("level") {
            if let Some((end, noun, _)) = &last_level {
                let gap = cx.text.get(*end..c.span.start).unwrap_or("");
                if (gap == ", a " || gap == ", an ")
                    && subject.noun.as_ref() == Some(noun)
                    && change_noun_after(cx.text, c.span.end).is_some()
                {
                    subject.noun = None;
                    subject.predicate = None;
                }
            }
        }
        if (c.kind == ClaimKind::Percent || fraction) && subject.noun.is_none() {
            if let Some((end, noun, agent)) = &last_level {
                let gap = cx.text.get(*end..c.span.start).unwrap_or("");
                // "grew to 68.3 million, an increase of 1.1%": a noun of
                // the change in apposition.
                let named = gap
                    .strip_suffix(" of ")
                    .and_then(|g| g.rsplit_once(", a "))
                    .or_else(|| gap.strip_suffix(" of ")?.rsplit_once(", an "))
                    .map(|(_, n)| n)
                    .filter(|n| CHANGE_NOUNS.contains(n));
                // "approved a budget of $4.2 billion, a 3% increase": the
                // noun of the change after it.
                let named = named.or_else(|| {
                    (gap.ends_with(", a ") || gap.ends_with(", an "))
                        .then(|| change_noun_after(cx.text, c.span.end))
                        .flatten()
                });
                let down =
                    gap.ends_with(", down ") || named.is_some_and(|n| FALL_WORDS.contains(&n));
                if (down || gap.ends_with(", up ") || named.is_some())
                    && gap.len() <= 48
                    && !gap.contains(['.', ';'])
                {
                    subject.noun = Some(noun.clone());
                    subject.predicate = Some("change".to_string());
                    subject.fell = down;
                    if subject.agent.is_none() {
                        subject.agent.clone_from(agent);
                    }
                }
            }
        }
        // "Corvane's market share rose to 14%, while Brightmart's fell to
        // 19%": a measure left out after another's owner is the measure
        // its sentence named last, of that owner.
        if matches!(c.kind, ClaimKind::Percent | ClaimKind::Money) && subject.noun.is_none() {
            if let Some((_, noun)) = last_owned
                .as_ref()
                .filter(|(at, _)| *at >= sentence.start && *at < c.span.start)
            {
                if let Some((owner, level)) = elided_owner(&w) {
                    subject.noun = Some(noun.clone());
                    subject.agent = Some(owner);
                    subject.predicate = Some(if level { "level" } else { "change" }.to_string());
                    subject.fell = !level && w.change_fell();
                }
            }
        }
        // "Skyvale lost $30 billion in market value as its shares tumbled
        // 12%": "its" shares are those of the doer of a figure before
        // them in the sentence.
        if subject.noun.as_deref() == Some("share price") {
            if let Some((_, owner)) = last_agent
                .as_ref()
                .filter(|(at, _)| *at >= sentence.start && *at < c.span.start)
            {
                let before = cx.text.get(sentence.start..c.span.start).unwrap_or("");
                if before.contains(" its shares ") || before.contains(" its stock ") {
                    subject.noun = Some(format!("{} share price", owner.to_lowercase()));
                }
            }
        }
        if let Some(agent) = &subject.agent {
            last_agent = Some((c.span.end, agent.clone()));
        }
        if matches!(c.kind, ClaimKind::Percent | ClaimKind::Money) {
            if let (Some(noun), Some(_)) = (subject.noun.as_ref(), subject.agent.as_ref()) {
                if matches!(subject.predicate.as_deref(), Some("level" | "change"))
                    && (is_measure(noun) || group::OWNED_MEASURES.contains(&noun.as_str()))
                {
                    last_owned = Some((c.span.end, noun.clone()));
                }
            }
        }
        // (A date between them is passed over: "£1,295 per month in March,
        // up 8.6%".)
        // A population counted is a level too: "counted 131,500 elephants,
        // down 29%" is the change of the elephant population.
        // So is a count of people counted by their numbers: "welcomed 8.7
        // million visitors last year, up 9%" is the change of visitor
        // numbers ([`count_change`]).
        let people_counted = (c.kind == ClaimKind::Count && subject.predicate.is_some())
            .then_some(subject.noun.as_deref())
            .flatten()
            .filter(|n| COUNTED_BY_NUMBERS.contains(n));
        if let Some(n) = people_counted {
            last_level = Some((c.span.end, format!("{n} number"), subject.agent.clone()));
        } else if !c.kind.is_temporal() {
            last_level = match subject.predicate.as_deref() {
                Some("level") => subject
                    .noun
                    .clone()
                    .filter(|n| is_measure(n) || is_count_metric(n)),
                Some("population") => subject.noun.as_ref().map(|n| format!("{n} population")),
                _ => None,
            }
            .map(|noun| (c.span.end, noun, subject.agent.clone()));
        }
        // A change over a quarter and the same change at an annual rate are
        // two figures: "grew at an annual rate of 2.8%", "0.7% from the
        // previous quarter".
        if c.kind == ClaimKind::Percent
            && subject.scope.is_none()
            && subject.predicate.as_deref() == Some("change")
        {
            subject.scope = rate_basis(cx.text, sentence, c.span).map(String::from);
        }
        last_change = (c.kind == ClaimKind::Percent)
            .then(|| {
                let noun = subject.noun.clone()?;
                let predicate = subject.predicate.clone().filter(|p| p == "change")?;
                Some((c.span.end, noun, predicate))
            })
            .flatten();
        // "The consumer price index climbed 7.7% from a year earlier" is the
        // annual rate of inflation ("in the year to October": see
        // `assign_periods`).
        if c.kind == ClaimKind::Percent && annual_change_after(cx.text, sentence, c.span.end) {
            annual_inflation(&mut subject);
        }
        // "a £22bn black hole in the public finances", "a funding gap of
        // £45 million": one gap in the finances; "a £20bn shortfall" is a
        // deficit, as "the shortfall totalled $918.4 billion" is.
        if c.kind == ClaimKind::Money && subject.noun.is_none() {
            if let Some(gap) = funding_gap(cx.text, c.span) {
                subject.noun = Some(gap.to_string());
                subject.predicate = Some("level".to_string());
            }
        }
        // "Women had an average of 1.41 children", "1.41 children on
        // average": a fraction of a child per woman is the fertility rate.
        if c.kind == ClaimKind::Count
            && subject.noun.as_deref() == Some("child")
            && subject.predicate.is_none()
            && matches!(&c.value, Value::Number(a) if a.value.fract() != 0.0 && a.value < 10.0)
            && clause_mentions(cx.text, (c.span.start, c.span.end), (64, 16), &["average"])
            && clause_mentions(
                cx.text,
                (c.span.start, c.span.end),
                (64, 0),
                &["women", "woman"],
            )
        {
            subject.noun = Some("fertility rate".to_string());
            subject.predicate = Some("level".to_string());
        }
        // "The storm's 225 km/h winds tore roofs off homes and knocked out
        // power to 400,000 customers": a measure (a wind's speed, a quake's
        // magnitude) is no count of those left without power or killed.
        if c.kind == ClaimKind::Measure
            && subject
                .predicate
                .as_deref()
                .and_then(group::predicate_class)
                .is_some_and(|p| group::TALLIES.contains(&p) || p == "without power")
        {
            subject.predicate = None;
        }
        // "Thursday's decision to cut rates to 3.5%", "Yesterday's vote": a
        // day is nobody (a month may be: "May's government").
        if subject.agent.as_deref().is_some_and(|a| {
            crate::extract::calendar::weekday(a).is_some()
                || ["yesterday", "today", "tomorrow", "tonight"]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(a))
        }) {
            subject.agent = None;
        }
        c.subject = Some(subject);
    }
    for (i, p) in parts {
        if let Some(s) = claims.get_mut(i).and_then(|c| c.subject.as_mut()) {
            s.predicate = Some(p);
        }
    }
    for (i, place) in listed {
        if let Some(s) = claims.get_mut(i).and_then(|c| c.subject.as_mut()) {
            s.place.get_or_insert(place);
        }
    }
    additions_of_a_kind(claims);
    link_conversions(cx.text, claims);
    assign_periods(cx.text, cx.published.map(|p| p.date()), claims);
    assign_result_grains(cx.text, claims);
    // A subject that says nothing is not kept: a report holds every claim
    // at once, and some claims in four had one.
    for c in claims.iter_mut() {
        if c.subject
            .as_deref()
            .is_some_and(|s| *s == Subject::default())
        {
            c.subject = None;
        }
    }
}

/// "$1.2 billion (£950 million)", "40 cm (16 inches)": a figure in
/// brackets right after another of its kind (and, for measures, of its
/// dimension) is the same figure converted. The one that says less of its
/// subject takes the other's, so both are keyed alike and compared alike
/// ("£950 million" was a sum of nothing).
fn link_conversions(text: &str, claims: &mut [Claim]) {
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by_key(|&i| claims.get(i).map_or(0, |c| c.span.start));
    for pair in order.windows(2) {
        let [a, b] = pair else { continue };
        let (Some(ca), Some(cb)) = (claims.get(*a), claims.get(*b)) else {
            continue;
        };
        let bracketed = text
            .get(ca.span.end..cb.span.start)
            .is_some_and(|g| g.trim_start() == "(")
            && text.get(cb.span.end..).is_some_and(|r| r.starts_with(')'));
        let same = match (&ca.value, &cb.value) {
            (Value::Money { .. }, Value::Money { .. }) => true,
            (Value::Measure { unit: u, .. }, Value::Measure { unit: v, .. }) => {
                u.dimension() == v.dimension()
            }
            _ => false,
        };
        if !(bracketed && same) {
            continue;
        }
        let said = |c: &Claim| {
            c.subject.as_deref().map_or(0, |s| {
                usize::from(s.noun.is_some())
                    + usize::from(s.predicate.is_some())
                    + usize::from(s.event.is_some())
            })
        };
        let (from, to) = if said(ca) >= said(cb) {
            (*a, *b)
        } else {
            (*b, *a)
        };
        let subject = claims.get(from).and_then(|c| c.subject.clone());
        if let Some(c) = claims.get_mut(to) {
            c.subject = subject;
        }
    }
}

/// Words that open a rate after a figure ([`Window::rate`]): "a", "per"
/// (the unit follows, [`RATE_UNITS`]) or an adverb that is one ("annually").
const RATE_OPENERS: &[(&str, &str)] = &[
    ("a", ""),
    ("an", ""),
    ("per", ""),
    ("each", ""),
    ("every", ""),
    ("annually", "year"),
    ("yearly", "year"),
    ("monthly", "month"),
    ("weekly", "week"),
    ("daily", "day"),
    ("hourly", "hour"),
];

/// The units of a rate, by the word that names them.
const RATE_UNITS: &[(&str, &str)] = &[
    ("hour", "hour"),
    ("day", "day"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("annum", "year"),
    ("head", "person"),
    ("person", "person"),
    ("capita", "person"),
    ("share", "share"),
];

/// Verbs whose subject wins a share of the vote ([`Window::share_owner`]).
const WIN_VERBS: &[&str] = &[
    "won",
    "wins",
    "win",
    "received",
    "receives",
    "receive",
    "took",
    "takes",
    "take",
    "got",
    "gets",
    "get",
    "secured",
    "secures",
    "captured",
    "captures",
    "garnered",
    "garners",
    "polled",
    "collected",
    "earned",
    "earns",
    // "was re-elected with 53.9 percent of the ballots cast".
    "elected",
    "re-elected",
    "reelected",
];

/// Economic measures a sum or percentage can be the level or change of
/// ([`Window::metric`]), with the name they are compared under.
pub(crate) const METRICS: &[(&str, &str)] = &[
    ("revenue", "revenue"),
    ("revenues", "revenue"),
    ("turnover", "revenue"),
    ("sales", "sales"),
    // "Global smartphone shipments rose 4% to 302 million units": units
    // shipped (see [`COUNT_METRICS`]).
    ("shipments", "shipments"),
    // A disease's risk a treatment cuts: "reduced dementia risk by 17%",
    // "cut the risk of dementia by 20%".
    ("risk", "risk"),
    ("profit", "profit"),
    ("profits", "profit"),
    ("earnings", "earnings"),
    ("income", "income"),
    ("loss", "loss"),
    ("losses", "loss"),
    ("ebitda", "ebitda"),
    ("dividend", "dividend"),
    ("margin", "margin"),
    ("margins", "margin"),
    ("inflation", "inflation"),
    ("unemployment", "unemployment"),
    ("growth", "growth"),
    ("gdp", "gdp"),
    ("economy", "gdp"),
    ("output", "output"),
    ("production", "output"),
    // "Electricity demand hit a record 85.6 gigawatts", "oil demand rose
    // 2%".
    ("demand", "demand"),
    // "The wheat harvest fell 12% to 14.2 million tonnes", "The wheat
    // crop came in at 14.2 million tonnes".
    ("harvest", "output"),
    ("crop", "output"),
    ("exports", "exports"),
    ("imports", "imports"),
    ("deficit", "deficit"),
    // "the shortfall totalled $918.4 billion".
    ("shortfall", "deficit"),
    // "The trade gap shrank 11% to $61.2 billion": a trade or budget gap
    // is its deficit (see `metric_name`); a gap of another kind stays one.
    ("gap", "gap"),
    ("surplus", "surplus"),
    ("debt", "debt"),
    // A bankrupt's liabilities are its debts; its assets apart.
    ("liabilities", "debt"),
    ("assets", "assets"),
    ("turnout", "turnout"),
    // "greenhouse gas emissions fell 5.4% to 384 million tonnes".
    ("emissions", "emissions"),
    // "Deforestation in the Amazon fell 30% to 6,288 square kilometres".
    ("deforestation", "deforestation"),
    ("price", "price"),
    ("prices", "price"),
    // "Cocoa futures rose 5% to a record $10,080 a tonne": a commodity's
    // price.
    ("futures", "price"),
    // The consumer price index ("the CPI rose 0.4%") is consumer prices.
    ("cpi", "consumer price"),
    ("rent", "rent"),
    ("rents", "rent"),
    // "Rail fares will rise by 4.6%", "Train fares will go up 4.6%".
    ("fares", "fares"),
    // "Tuition fees will rise to £9,535 a year".
    ("fees", "fees"),
    // Named by the sum reader ("a 5% pay award"), never a token.
    ("pay rise", "pay rise"),
    ("shares", "share price"),
    ("stock", "share price"),
    ("yield", "yield"),
    ("yields", "yield"),
    ("wages", "wages"),
    // A legal rate of pay: "The minimum wage will rise by 4.1% to £12.71
    // an hour" (its modifier kept: "minimum wage", "living wage").
    ("wage", "wage"),
    // "Regular pay grew 5.4%": workers' pay (a pay rise is read apart).
    ("pay", "wages"),
    // An age set by law: "raise the retirement age from 62 to 64", "lower
    // the voting age to 16" (its modifier kept).
    ("age", "age"),
    ("spending", "spending"),
    // A government's borrowing: "Public sector borrowing rose to £17.4bn"
    // (and "The government borrowed £17.4bn", read by the context
    // reader).
    ("borrowing", "borrowing"),
    ("valuation", "valuation"),
    ("budget", "budget"),
    ("rating", "rating"),
    ("premium", "premium"),
    ("efficacy", "efficacy"),
    ("jackpot", "jackpot"),
    // A fundraiser's total: "Donations have passed $2.5 million",
    // "Donations topped $2 million" (the sum raised, see
    // [`group::MONEY_NOUN_PREDICATES`]).
    ("donations", "donations"),
    // "Reservoir levels fell to 61%", "Reservoirs were 58% full".
    ("reservoir", "reservoir level"),
    ("reservoirs", "reservoir level"),
    // A tax's rate or take: "Capital gains tax rises from 20% to 24%",
    // "VAT went up to 20%".
    ("tax", "tax"),
    ("taxes", "tax"),
    ("vat", "vat"),
    ("levy", "levy"),
    // A limit set on prices or pay: "The energy price cap will rise by 2%
    // to £1,755 a year" ("market cap" is a valuation: [`market_value`]).
    ("cap", "cap"),
];

/// Measures whose change to come is decided, not forecast: "Rail fares
/// will rise by 4.6% in March" is news of a rise, "inflation will rise to
/// 4%" a forecast (not read). A change to come has the scope `to come`:
/// it is compared with other changes to come, not with one done.
const DECIDED_METRICS: &[&str] = &[
    "fares", "fees", "tax", "vat", "levy", "rent", "dividend", "wage", "cap", "age",
    // A government's plan: "Defence spending will rise to 2.5% of GDP".
    "spending",
];

/// How [`Window::metric`] names a decided level or change to come.
const LEVEL_TO_COME: &str = "level to come";
const CHANGE_TO_COME: &str = "change to come";

/// Whether a noun names one of the [`METRICS`], bare or with its
/// modifiers ("revenue", "operating profit").
pub(crate) fn is_measure(n: &str) -> bool {
    METRICS.iter().any(|(_, m)| {
        n.strip_suffix(m)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    })
}

/// Verbs of a rise before "to" and the level it reached ([`Subject::risen`](crate::Subject::risen)).
pub(crate) const RISE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "rises",
    "climbed",
    "climbs",
    "jumped",
    "jumps",
    "increased",
    "increases",
    "grew",
    "grown",
    "grows",
    "soared",
    "surged",
    "mounted",
    "swelled",
    "doubled",
    "tripled",
];

/// Verbs of change a measure is the subject of: the figure right after
/// is the change ("rose 12%"), after "to" the level ("rose to 4.1%").
const METRIC_CHANGE_VERBS: &[&str] = &[
    "rose",
    "rise",
    // Plain forms after "will" or "is to": "is to increase by 4.5%".
    "increase",
    "decrease",
    "climb",
    "drop",
    "jump",
    "rises",
    "risen",
    "fell",
    "fall",
    "falls",
    "fallen",
    "climbed",
    "climbs",
    "jumped",
    "jumps",
    "surged",
    "surges",
    "soared",
    "soars",
    "dropped",
    "drops",
    "declined",
    "declines",
    "slipped",
    "slips",
    "slid",
    "grew",
    "grows",
    "grown",
    "increased",
    "increases",
    "decreased",
    "decreases",
    "edged",
    "plunged",
    "plunges",
    "tumbled",
    "tumbles",
    "accelerated",
    "accelerates",
    "halved",
    "weakened",
    "strengthened",
    "firmed",
    "slowed",
    "slows",
    "cooled",
    "quickened",
    "gained",
    "gains",
    "eased",
    "eases",
    "sank",
    "slumped",
    "rebounded",
    "shrank",
    "contracted",
    "expanded",
    "widened",
    "narrowed",
    "ticked",
    // "Annual inflation picked up to 3.1%".
    "picked",
    "picks",
    "dipped",
    "dips",
    "reached",
    "lost",
    "shed",
    "added",
    // Participles: "climbing as much as 4.5% to $103,800", "with prices
    // rising 5%".
    "rising",
    "falling",
    "climbing",
    "jumping",
    "surging",
    "soaring",
    "dropping",
    "declining",
    "slipping",
    "sliding",
    "growing",
    "increasing",
    "decreasing",
    "edging",
    "plunging",
    "tumbling",
    "gaining",
    "easing",
    "sinking",
    "slumping",
    "rebounding",
    "shrinking",
    "expanding",
    "losing",
    "shedding",
    "reaching",
    // "Net income more than doubled to $16.6 billion".
    "doubled",
    "tripled",
    "quadrupled",
];

/// Phrases of the basis a change is measured on, between the change and
/// "to" and its level: "rose 12% from a year earlier to $4.1 billion".
const CHANGE_BASES: &[&str] = &[
    " year on year",
    " year over year",
    " from a year earlier",
    " on a year earlier",
    " from a year ago",
    " from the previous year",
    " on the year",
    " on the quarter",
    " from the previous quarter",
    " on the month",
    " from the previous month",
];

/// Nouns of a change a percentage is the size of ([`Window::change_noun`]).
const CHANGE_NOUNS: &[&str] = &[
    "rise",
    "increase",
    "jump",
    "gain",
    "growth",
    "surge",
    "fall",
    "drop",
    "decline",
    "decrease",
    "slump",
    "reduction",
    "plunge",
    "slide",
];

/// The noun of change ([`CHANGE_NOUNS`]) right after a figure ending at
/// `end`: "a 3% increase", "a 9% drop".
fn change_noun_after(text: &str, end: usize) -> Option<&'static str> {
    let noun = text
        .get(end..)?
        .strip_prefix(' ')?
        .split([' ', ',', '.', ';'])
        .next()?;
    CHANGE_NOUNS.iter().find(|n| **n == noun).copied()
}

/// Words of a change down ([`Window::change_fell`]): verbs, particles and
/// nouns of a fall.
const FALL_WORDS: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "drop",
    "dropped",
    "drops",
    "dropping",
    "declined",
    "decline",
    "declines",
    "declining",
    "decreased",
    "decrease",
    "decreases",
    "slipped",
    "slips",
    "slid",
    "slide",
    "slides",
    "plunged",
    "plunges",
    "plunge",
    "tumbled",
    "tumbles",
    "sank",
    "sinks",
    "slumped",
    "slump",
    "shrank",
    "shrinks",
    "shrunk",
    "contracted",
    "contraction",
    "lost",
    "lose",
    "loses",
    "losing",
    "shed",
    "sheds",
    "cut",
    "cuts",
    "cutting",
    "lowered",
    "lowers",
    "lowering",
    "lower",
    "reduced",
    "reduces",
    "reduce",
    "reducing",
    "reduction",
    "trimmed",
    "slashed",
    "halved",
    "weakened",
    "eased",
    "eases",
    "dipped",
    "dips",
    "dip",
    "retreated",
    "plummeted",
    "down",
    "cheaper",
    "narrowed",
    "shrinking",
    "contracting",
];

/// Words of a change up, which end the search for a fall
/// ([`Window::change_fell`]).
const RISE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "increased",
    "increase",
    "increases",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "surged",
    "surges",
    "soared",
    "soars",
    "grew",
    "grows",
    "grown",
    "gained",
    "gains",
    "up",
    "higher",
    "raised",
    "raises",
    "raise",
    "lifted",
    "hiked",
    "boosted",
    "rebounded",
    "strengthened",
    "firmed",
    "added",
    "grow",
    "growing",
    "expand",
    "expanded",
    "expands",
    "expanding",
    "climbing",
    "jumping",
    "soaring",
    "surging",
    "gaining",
    "advanced",
    "advancing",
    "improved",
    "recovered",
    "widened",
    "accelerated",
];

/// Verbs of a price's close: "settled at $85.95", "rose 2.8% to settle at
/// $85.95".
const SETTLE_VERBS: &[&str] = &[
    "settle",
    "settled",
    "settles",
    "settling",
    "close",
    "closing",
    "end",
    "ending",
    "finish",
    "finishing",
    "trading",
];

/// Verbs of being: the figure after is the measure's level.
const METRIC_LEVEL_VERBS: &[&str] = &[
    "was",
    "is",
    "were",
    "are",
    // "Inflation had been 2.6% in May".
    "been",
    "stood",
    "stands",
    "totalled",
    "totaled",
    "totals",
    "hit",
    "reached",
    "reaches",
    // After "will" or "is set to": "will reach 2.3 percent".
    "reach",
    // "Inflation peaked at 11.1%", "Demand peaked at 86 GW": a peak is a
    // level.
    "peaked",
    "peaks",
    "came",
    "amounted",
    "remained",
    "stayed",
    "held",
    "closed",
    "ended",
    "finished",
    "settled",
    "settles",
    "priced",
    "closing",
    "ending",
    "finishing",
    "settling",
    "standing",
];

/// Market indices and benchmarks a percentage or price is the change or
/// level of, as words ("S&P" is read as "s p"), and the name they are
/// compared under: "The S&P 500 fell 2.1%", "the Dow shed 1,150 points",
/// "Brent crude fell 4% to $68 a barrel". The longest name wins.
const MARKET_INDICES: &[(&str, &str)] = &[
    ("s p 500", "s&p 500"),
    ("dow jones industrial average", "dow jones"),
    ("dow jones", "dow jones"),
    ("dow", "dow jones"),
    ("nasdaq composite", "nasdaq"),
    ("nasdaq", "nasdaq"),
    ("russell 2000", "russell 2000"),
    ("ftse 100", "ftse 100"),
    ("ftse", "ftse 100"),
    ("stoxx 600", "stoxx 600"),
    ("dax", "dax"),
    // A survey's index of activity, read in points like a market's:
    // "Manufacturing PMI climbed to 50.9".
    ("manufacturing pmi", "manufacturing pmi"),
    ("pmi for manufacturing", "manufacturing pmi"),
    ("pmi for services", "services pmi"),
    (
        "manufacturing purchasing managers index",
        "manufacturing pmi",
    ),
    ("services pmi", "services pmi"),
    ("services purchasing managers index", "services pmi"),
    ("composite pmi", "composite pmi"),
    ("pmi", "pmi"),
    ("purchasing managers index", "pmi"),
    ("cac 40", "cac 40"),
    ("nikkei 225", "nikkei"),
    ("nikkei", "nikkei"),
    ("topix", "topix"),
    ("hang seng", "hang seng"),
    ("kospi", "kospi"),
    ("sensex", "sensex"),
    ("nifty 50", "nifty 50"),
    ("asx 200", "asx 200"),
    ("brent crude futures", "brent"),
    ("brent futures", "brent"),
    ("brent crude", "brent"),
    ("brent", "brent"),
    // Oil by no benchmark's name: a market of its own ("Oil fell 3% to
    // $80").
    ("crude oil", "oil"),
    ("oil", "oil"),
    ("west texas intermediate", "wti"),
    ("wti crude", "wti"),
    ("us crude", "wti"),
    ("u.s. crude", "wti"),
    ("wti", "wti"),
    ("gold futures", "gold"),
    ("spot gold", "gold"),
    ("gold", "gold"),
    ("bitcoin", "bitcoin"),
    ("ether", "ether"),
    ("ethereum", "ether"),
    ("silver", "silver"),
    ("copper", "copper"),
    // Currencies against another: "The pound fell 1.2% to $1.27".
    ("pound", "pound"),
    ("sterling", "pound"),
    ("euro", "euro"),
    ("yen", "yen"),
    ("yuan", "yuan"),
    ("rupee", "rupee"),
];

/// The market index the words before a figure end with, read from the
/// nearest word back (`names[0]` is the nearest): the longest name wins.
fn market_index(names: &[Lower]) -> Option<&'static str> {
    (1..=names.len()).rev().find_map(|k| {
        let phrase = names[..k]
            .iter()
            .rev()
            .map(Lower::as_str)
            .collect::<Vec<_>>()
            .join(" ");
        MARKET_INDICES
            .iter()
            .find(|(p, _)| *p == phrase)
            .map(|(_, index)| *index)
    })
}

/// Whether a metric's name is a market index's ([`MARKET_INDICES`]).
pub(crate) fn is_market_index(name: &str) -> bool {
    MARKET_INDICES.iter().any(|(_, n)| *n == name)
}

/// Nouns of a rate: "the jobless rate", "its key rate", "interest rates"
/// (named by their modifiers, see [`metric_name`]).
const RATE_NOUNS: &[&str] = &["rate", "rates"];

/// The measure a head noun names ([`METRICS`], or "rate" for a noun of
/// [`RATE_NOUNS`]) and whether it is a rate.
fn measure_of(head: &str) -> Option<(&'static str, bool)> {
    match METRICS
        .iter()
        .chain(COUNT_METRICS)
        .find(|(w, _)| *w == head)
    {
        Some((_, m)) => Some((m, false)),
        None => RATE_NOUNS.contains(&head).then_some(("rate", true)),
    }
}

/// Measures counted in people, a bare figure can be the level or change
/// of ([`Window::metric`]): "Net migration fell to 431,000", "the
/// population rose by 700,000". Not measures a share is of: "70% of its
/// population" is a share, not the population's level ([`is_measure`]
/// reads [`METRICS`] only).
pub(crate) const COUNT_METRICS: &[(&str, &str)] = &[
    ("migration", "migration"),
    ("immigration", "immigration"),
    ("emigration", "emigration"),
    ("population", "population"),
    // "Recorded crime rose 3% to 6.7 million offences", "Knife crime fell
    // to 50,500" (counted in offences).
    ("crime", "crime"),
    // "Homicides fell 12% last year to 410", "murders declined by 11%":
    // killings counted as a crime.
    ("homicides", "homicide"),
    ("murders", "homicide"),
    ("killings", "homicide"),
    // "The hospital waiting list fell to 7.39 million" (see
    // [`metric_name`]).
    ("list", "list"),
    ("lists", "list"),
    // A device's shipments, counted in units: the units of it sold.
    ("shipments", "shipments"),
    // "Homelessness rose 18% to 771,480 people".
    ("homelessness", "homelessness"),
    // "Housing starts fell 9.8% to 1.31 million", "Starts rose to 1.35
    // million": homes begun (see [`metric_name`]); "Building permits rose
    // 1.2% to 1.43 million".
    ("starts", "start"),
    ("permits", "permit"),
    // "The venue's capacity was 300", "a capacity of 60,000": what a
    // place holds.
    ("capacity", "capacity"),
];

/// A device's shipments at a level are units of it sold: "Global
/// smartphone shipments … to 302 million units" counts smartphones sold
/// worldwide (the device is the word before "shipments"; "global" or
/// "worldwide" in the sentence is the scope, so that a market's total
/// never joins one maker's).
fn shipments_sold(subject: &mut Subject, sentence: &str) {
    let Some(metric) = subject.noun.as_deref() else {
        return;
    };
    let mut words = metric.rsplit(' ');
    if words.next() != Some("shipments") {
        return;
    }
    let Some(device) = words.next().filter(|d| SHIPPED_DEVICES.contains(d)) else {
        return;
    };
    let device = device.to_string();
    let head = sentence.get(..7).unwrap_or("");
    if head.eq_ignore_ascii_case("global ")
        || memchr::memmem::find(sentence.as_bytes(), b"worldwide").is_some()
        || memchr::memmem::find(sentence.as_bytes(), b" global ").is_some()
    {
        subject.scope = Some("worldwide".to_string());
    }
    subject.noun = Some(device);
    subject.predicate = Some("sell units".to_string());
}

/// Whether a bare figure is the level cases reached, cases opening its
/// clause: "Cases in the outbreak have reached 1,450", "Confirmed cases
/// rose to 312", "The number of cases stood at 90" is [`number_of_noun`]'s.
/// At most five words between "cases" and its verb.
fn cases_reached(text: &str, sentence: Span, at: usize) -> bool {
    let Some(clause) = clause_before(text, sentence, at) else {
        return false;
    };
    let words: Vec<String> = clause
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let mut k = 0;
    while words.get(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "the" | "confirmed" | "total" | "reported" | "suspected"
        )
    }) {
        k += 1;
    }
    if words.get(k).map(String::as_str) != Some("cases") {
        return false;
    }
    let rest: Vec<&str> = words[k + 1..].iter().map(String::as_str).collect();
    let verb = match rest.as_slice() {
        [.., v, "to" | "at"] => v,
        [.., v] => v,
        [] => return false,
    };
    let reached = matches!(
        *verb,
        "reached"
            | "hit"
            | "topped"
            | "totalled"
            | "totaled"
            | "rose"
            | "risen"
            | "climbed"
            | "jumped"
            | "increased"
            | "stood"
            | "stand"
            | "stands"
    );
    reached && rest.len() <= 8
}

/// The threshold of a wait right after a count of people: "waited more
/// than 12 hours", "had waited over four hours", "were waiting longer than
/// 18 weeks" (`over 12 hours`, `over 4 hours`, `over 18 weeks`). People who
/// waited past one threshold are never compared with those past another.
fn waited_over(text: &str, sentence: Span, end: usize) -> Option<String> {
    // The form spans at most seven words.
    let stop = floor_boundary(text, sentence.end.min(end + 80));
    let rest = text.get(end..stop)?.to_ascii_lowercase();
    let mut words = rest.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| matches!(*w, "have" | "had" | "were"))
    {
        words.next();
        if words.peek() == Some(&"been") {
            words.next();
        }
    }
    if !matches!(words.next()?, "waited" | "waiting") {
        return None;
    }
    if words.peek() == Some(&"for") {
        words.next();
    }
    match words.next()? {
        "over" => {}
        "more" | "longer" => {
            if words.next()? != "than" {
                return None;
            }
        }
        "at" => {
            if words.next()? != "least" {
                return None;
            }
        }
        _ => return None,
    }
    let figure = words.next()?;
    let figure = match crate::extract::lexicon::NUMBER_WORDS
        .iter()
        .find(|(n, _)| *n == figure)
    {
        Some((_, v)) => format!("{v}"),
        None if figure.bytes().all(|b| b.is_ascii_digit()) => figure.to_string(),
        None => return None,
    };
    let unit = words
        .next()?
        .trim_end_matches(|c: char| !c.is_ascii_alphabetic());
    let unit = unit.strip_suffix('s').unwrap_or(unit);
    matches!(unit, "minute" | "hour" | "day" | "week" | "month" | "year")
        .then(|| format!("over {figure} {unit}s"))
}

/// A percentage that is the share of a group, named as the subject of its
/// verb: "The share of adults who smoke fell to 11.9%", "The proportion of
/// top grades fell to 27.2%" (after "share", "proportion" or "percentage"
/// "of", a plural with at most two modifiers), or a plural opening the
/// sentence whose level a change reached ("Top grades dipped to 27.4%"). The
/// measure is named `share of <modifiers> <lemma>` (capitalised modifiers
/// dropped: "A-level top grades" are top grades), its level after "to" or
/// "at" and a verb of level, its change after "by" or a bare verb of
/// change. At most eight words between the group and the figure, no comma.
fn share_of_group(text: &str, sentence: Span, at: usize) -> Option<(String, &'static str)> {
    let before = text.get(sentence.start..at)?;
    // At most fifteen words: never a long sentence's tail.
    if before.len() > 160 {
        return None;
    }
    let words: Vec<&str> = before.split_whitespace().collect();
    let lower = |w: &str| w.to_ascii_lowercase();
    if words.len() < 3 || before.contains([',', ';', ':']) {
        return None;
    }
    // The group's first word, and whether "share of" named it.
    let of = words.iter().position(|w| lower(w) == "of");
    let (start, named) = match of {
        Some(k)
            if k >= 1
                && matches!(
                    lower(words[k - 1]).as_str(),
                    "share" | "proportion" | "percentage" | "fraction"
                )
                && words[..k - 1]
                    .iter()
                    .all(|w| matches!(lower(w).as_str(), "the" | "a")) =>
        {
            let mut s = k + 1;
            if words
                .get(s)
                .is_some_and(|w| matches!(lower(w).as_str(), "the" | "all"))
            {
                s += 1;
            }
            (s, true)
        }
        Some(_) => return None,
        None => (0, false),
    };
    // The group: up to two modifiers and a plural.
    let mut mods: Vec<String> = Vec::new();
    let mut head = None;
    let mut k = start;
    while k < words.len() && k < start + 3 {
        let w = words[k].trim_end_matches(['.', '!', '?']);
        let l = lower(w);
        if l.is_empty()
            || !l.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || crate::extract::lexicon::NOUN_STOP_SET.has(&l)
        {
            return None;
        }
        if let Some(lemma) = crate::extract::quantity::plural_lemma(&l).filter(|x| *x != l) {
            head = Some(lemma);
            k += 1;
            break;
        }
        if !w.starts_with(|c: char| c.is_uppercase()) {
            mods.push(l);
        }
        k += 1;
    }
    let head = head?;
    if measure_of(&head).is_some() || !named && k > 3 {
        return None;
    }
    // What comes between: a relative clause ("who smoke") when named,
    // then the verb and its particle.
    let rest: Vec<String> = words[k..].iter().map(|w| lower(w)).collect();
    if rest.is_empty() || rest.len() > 8 || !named && rest.len() > 3 {
        return None;
    }
    let last = rest.last().map(String::as_str);
    let verb = rest.iter().position(|w| {
        METRIC_CHANGE_VERBS.contains(&w.as_str()) || METRIC_LEVEL_VERBS.contains(&w.as_str())
    })?;
    let changed = METRIC_CHANGE_VERBS.contains(&rest[verb].as_str());
    let how = match last {
        Some("to" | "at") => "level",
        Some("by") if changed => "change",
        _ if verb + 1 == rest.len() => {
            if changed {
                "change"
            } else {
                "level"
            }
        }
        _ => return None,
    };
    // An unnamed plural is a share only at the level a change reached
    // ("Mortgages were at 6.45%" names a rate, not a share).
    if !named && (how != "level" || !changed) {
        return None;
    }
    let mut name = String::from("share of ");
    for m in &mods {
        name.push_str(m);
        name.push(' ');
    }
    name.push_str(&head);
    Some((name, how))
}

/// Whether a measure is an age set by law, counted in years: "the
/// retirement age", "the voting age" ([`METRICS`] "age" with its
/// modifier).
pub(crate) fn legal_age(metric: &str) -> bool {
    metric.ends_with(" age")
}

/// Whether a measure is sales of goods counted in units: "New car sales
/// fell 2% to 83,400" (a bare level is cars sold; other sales are sums).
pub(crate) fn unit_sales(metric: &str) -> bool {
    metric.strip_suffix(" sales").is_some_and(|goods| {
        let goods = goods.rsplit(' ').next().unwrap_or(goods);
        matches!(
            goods,
            "car" | "vehicle" | "house" | "home" | "smartphone" | "phone"
        )
    })
}

/// Devices counted in units shipped.
const SHIPPED_DEVICES: &[&str] = &[
    "smartphone",
    "phone",
    "handset",
    "pc",
    "computer",
    "laptop",
    "tablet",
    "console",
    "wearable",
];

/// Whether a measure's name (its last word) is one of [`COUNT_METRICS`],
/// by its name or as a counted noun's lemma names it ("murder" of
/// "murders", a homicide).
pub(crate) fn is_count_metric(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    COUNT_METRICS
        .iter()
        .any(|(w, m)| *m == last || w.strip_suffix('s') == Some(last))
}

/// Modifiers of a central bank's rate, all one measure: "its main policy
/// rate", "the benchmark rate", "interest rates".
const RATE_MODIFIERS: &[&str] = &[
    "policy",
    "benchmark",
    "key",
    "main",
    "interest",
    "base",
    "official",
    "lending",
    "cash",
    "bank",
    "headline",
    "central",
    "short-term",
];

/// Verbs whose object is a measure, and whether they keep its level
/// ("kept its key rate at 4%") rather than change it.
const METRIC_OBJECT_VERBS: &[(&str, bool)] = &[
    ("raised", false),
    ("raises", false),
    ("raise", false),
    ("raising", false),
    ("lifted", false),
    ("lifts", false),
    ("lift", false),
    ("hiked", false),
    ("hikes", false),
    ("hike", false),
    ("cut", false),
    ("cuts", false),
    ("cutting", false),
    ("lowered", false),
    ("lowers", false),
    ("lower", false),
    ("reduced", false),
    ("reduces", false),
    ("reduce", false),
    ("reducing", false),
    ("increase", false),
    ("increasing", false),
    ("boost", false),
    ("boosting", false),
    ("lowering", false),
    ("increased", false),
    ("increases", false),
    ("trimmed", false),
    ("slashed", false),
    ("slash", false),
    ("slashes", false),
    ("slashing", false),
    ("boosted", false),
    ("pushed", false),
    ("kept", true),
    ("keeps", true),
    ("keep", true),
    ("held", true),
    ("holds", true),
    ("hold", true),
    ("left", true),
    ("leaves", true),
    ("maintained", true),
    ("set", true),
    // "lowered borrowing costs, taking the benchmark rate to 3.75%".
    ("taking", false),
    ("took", false),
    ("bringing", false),
    ("brought", false),
];

/// The name a measure is compared under: its modifiers and its noun
/// ("operating profit"), a rate by what it is the rate of ("the jobless
/// rate" is unemployment; "its main policy rate" and "interest rates" are
/// one interest rate; "the mortgage rate" stays itself). A bare rate is
/// an interest rate only as the `object` of a verb ("raised rates"): "the
/// rate rose" may be any rate.
/// A bond's maturity written before its yield, in figures: "10-year",
/// "two-year" → "10-year", "2-year"; `None` for any other word.
fn maturity(w: &str) -> Option<String> {
    let (n, unit) = w.split_once('-')?;
    if !matches!(unit, "year" | "month" | "week") {
        return None;
    }
    let n: u32 = n
        .parse()
        .ok()
        .or_else(|| crate::extract::calendar::small(n))?;
    Some(format!("{n}-{unit}"))
}

/// The name of the price of a thing written after "the price of" ("the
/// price of cocoa", "of eggs"), as "cocoa prices" and "egg prices" name
/// it.
fn price_of(thing: &str) -> String {
    let thing = crate::extract::quantity::plural_lemma(thing).unwrap_or_else(|| thing.to_string());
    metric_name("price", false, &[thing], false)
}

fn metric_name(metric: &str, rate: bool, mods: &[String], object: bool) -> String {
    let mut metric = metric;
    let mut mods: Vec<&str> = mods.iter().map(String::as_str).collect();
    if rate {
        // The rate of a measure is the measure: "the youth jobless rate".
        let of = |xs: &[&str]| mods.iter().rposition(|m| xs.contains(m));
        if let Some(i) = of(&["unemployment", "jobless"]) {
            metric = "unemployment";
            mods.truncate(i);
        } else if let Some(i) = of(&["inflation"]) {
            metric = "inflation";
            mods.truncate(i);
        } else if mods.iter().all(|m| RATE_MODIFIERS.contains(m)) && (object || !mods.is_empty()) {
            metric = "interest rate";
            mods.clear();
        }
    }
    // "Rental prices" are rents, and "private rents" the rents a story of
    // them tells ("Average private rents rose 8.6%", "Rental prices
    // increased by 9%"). A market's prices are the market ("Gold prices
    // climbed to $2,948" as "Gold rose to $2,950", "Oil prices", "Brent
    // crude prices").
    if metric == "price" {
        if let Some(i) = mods.iter().rposition(|m| *m == "rental") {
            metric = "rent";
            mods.remove(i);
        } else {
            let nearest_first: Vec<Lower> = mods.iter().rev().map(|m| Lower::new(m)).collect();
            if let Some(index) = market_index(&nearest_first) {
                return index.to_string();
            }
        }
    }
    if metric == "rent" {
        mods.retain(|m| *m != "private");
    }
    if metric == "gap"
        && mods
            .iter()
            .any(|m| matches!(*m, "trade" | "budget" | "fiscal"))
    {
        metric = "deficit";
    }
    // "military spending", "defense spending" and "defence spending" are
    // one budget.
    let mut mods: Vec<&str> = mods
        .into_iter()
        .map(|m| match m {
            "military" | "defense" if metric == "spending" => "defence",
            m => m,
        })
        .collect();
    // "Consumer price inflation", "CPI inflation" and "inflation" are one
    // measure (not "core" or "food inflation").
    if metric == "inflation" {
        mods.retain(|m| !matches!(*m, "consumer" | "price" | "prices" | "cpi"));
    }
    // "Average hourly earnings rose 4.3%" and "Wages grew 4.3%": a
    // worker's earnings by the hour or week are wages (a firm's earnings
    // stay its earnings).
    if metric == "earnings" {
        if let Some(i) = mods.iter().rposition(|m| matches!(*m, "hourly" | "weekly")) {
            metric = "wages";
            mods.remove(i);
        } else if mods.iter().any(|m| matches!(*m, "regular" | "average")) {
            // "regular earnings" are regular pay.
            metric = "wages";
        }
    }
    // "the hourly minimum wage" is the minimum wage as it is most often
    // given ("12.80 euros an hour"); a monthly one keeps its modifier.
    if metric == "wage" {
        mods.retain(|m| *m != "hourly");
    }
    // "Carbon emissions", "CO2 emissions", "greenhouse gas emissions" and
    // "emissions" are one measure: the gases emitted; a source ("power
    // emissions", from "emissions from the power sector") or another gas
    // ("methane emissions") keeps its own.
    if metric == "emissions" {
        mods.retain(|m| {
            !matches!(
                *m,
                "carbon" | "co2" | "dioxide" | "greenhouse" | "gas" | "ghg" | "total" | "overall"
            )
        });
    }
    // "Housing starts", "home starts" and "starts" are one measure of
    // homes begun; "building permits" and "permits" one of homes allowed.
    if metric == "start" {
        return "housing start".to_string();
    }
    if metric == "permit" {
        mods.retain(|m| !matches!(*m, "building" | "housing"));
    }
    // "The hospital waiting list", "Waiting lists for planned care": one
    // measure, the waiting list, whatever it waits for.
    if metric == "list" && mods.contains(&"waiting") {
        return "waiting list".to_string();
    }
    // "Rail fares", "train fares" and "fares" are one measure (a sentence's
    // first word, "Train fares", is no modifier): bus fares are another.
    if metric == "fares" {
        mods.retain(|m| !matches!(*m, "rail" | "train"));
    }
    // "the pension age", "the state pension age" and "the minimum
    // retirement age" are the retirement age.
    if metric == "age" {
        if let Some(i) = mods
            .iter()
            .rposition(|m| matches!(*m, "pension" | "retirement"))
        {
            mods.truncate(i);
            mods.retain(|m| {
                !matches!(*m, "state" | "minimum" | "legal" | "statutory" | "official")
            });
            mods.push("retirement");
        }
    }
    // "Public sector borrowing" and "government borrowing" are the
    // borrowing a story of public finances tells.
    if metric == "borrowing" {
        mods.retain(|m| !matches!(*m, "public" | "sector" | "government" | "state"));
    }
    // "Tuition fees", "university fees" and "fees" in a story of them.
    if metric == "fees" {
        mods.retain(|m| !matches!(*m, "tuition" | "university"));
    }
    // "Average house prices dropped by 0.8%" and "UK house prices fell
    // 1.1%" measure one thing: a price or rent is an average already.
    if matches!(metric, "price" | "rent" | "wages") {
        mods.retain(|m| !matches!(*m, "average" | "mean" | "typical"));
    }
    // "the median sale price" is the median price (an asking price is
    // another); a drug's list price is its price ("cut the list price of
    // its insulin by 70%", "cut insulin prices by 70%").
    if metric == "price" {
        mods.retain(|m| !matches!(*m, "sale" | "selling" | "list"));
    }
    // "selling shares at $51 apiece": a verb's participle is no kind of
    // share.
    if metric == "share price" {
        mods.retain(|m| !m.ends_with("ing"));
    }
    let mut out = String::new();
    for m in mods {
        out.push_str(m);
        out.push(' ');
    }
    out.push_str(metric);
    out
}

/// Those a firm's debt is owed to, between "owed" and its sum: "owed
/// creditors $2.6 billion".
const CREDITORS: &[&str] = &[
    "creditors",
    "lenders",
    "banks",
    "bondholders",
    "investors",
    "suppliers",
    "taxpayers",
];

/// Words between a verb and its figure: "edged up", "came in at", "kept
/// its rate unchanged at", "held rates steady at".
const METRIC_PARTICLES: &[&str] = &[
    "up",
    "down",
    "higher",
    "lower",
    "in",
    "out",
    "unchanged",
    "steady",
    "stable",
];

/// Words of a figure skipped on the way back to its verb ("rose 12.5
/// percent to").
const FIGURE_WORDS: &[&str] = &[
    "a",
    "half",
    "quarter",
    // "fell by almost a third, to 6,300 square km".
    "third",
    "thirds",
    "two-thirds",
    "three-quarters",
    "percent",
    "per",
    "cent",
    "percentage",
    "point",
    "points",
    // "lowered the key rate by 25 basis points to 4.25 percent".
    "basis",
    "million",
    "billion",
    "trillion",
    "bn",
    "m",
    "mn",
    "pence",
    "cents",
    "dollars",
    "euros",
    "pounds",
    "yen",
    // "Gold hit a record $2,500 an ounce".
    "record",
    // A hedge on the change: "declined by about 900,000 to 123.8 million",
    // "climbing as much as 4.5% to $103,800".
    "as",
    "much",
    // "grew by 3.3 million people to 340.1 million".
    "people",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
];

/// Modifiers of a measure that do not tell two measures apart: "net
/// profit" is what "profit" means; a period is read from the clause's date.
const METRIC_DROPPED: &[&str] = &[
    "net",
    // "the national minimum wage" is the minimum wage.
    "national",
    "quarterly",
    "annual",
    "yearly",
    "annualised",
    "annualized",
    "headline",
    "overall",
    "total",
];

/// Modifiers that tell measures apart, kept even when capitalised at the
/// start of a sentence ("Core inflation edged up").
const METRIC_MODIFIERS: &[&str] = &[
    "core",
    // "New car sales" and "Used car sales" are two measures.
    "new",
    "used",
    // "Waiting lists for planned care".
    "waiting",
    "regular",
    // "Holiday sales grew 3.8%", "Online sales climbed 6.7%": kinds of
    // sales, never their owner.
    "holiday",
    "online",
    "e-commerce",
    // "Petrol prices hit 157.9p a litre": a fuel's price is not another's.
    "petrol",
    "diesel",
    "gasoline",
    "operating",
    "underlying",
    "adjusted",
    "gross",
    "pre-tax",
    "pretax",
    "youth",
    // "Family homelessness climbed 39%", "child poverty": of a part.
    "family",
    "child",
    // "Car sales rose 12%", "Mortgage rates rose to 7.1%" (opening a
    // sentence, no name).
    "car",
    "auto",
    "vehicle",
    "mortgage",
    "consumer",
    "producer",
    "wholesale",
    "retail",
    "food",
    "energy",
    "trade",
    "services",
    "manufacturing",
    "industrial",
    "monthly",
    "real",
    "nominal",
    "median",
    "average",
    "mean",
    "household",
    "disposable",
    "personal",
    "house",
    "home",
    "housing",
    "property",
    // Kinds of rate, which open sentences: "Smoking rates have dropped
    // to 12.3%", "Fertility rate fell to 1.41".
    "adult",
    "smoking",
    "obesity",
    "poverty",
    "literacy",
    "vacancy",
    "mortality",
    "fertility",
    "birth",
    "divorce",
    "homicide",
    "murder",
    "suicide",
    "vaccination",
    "occupancy",
    "participation",
    // Kinds of crime: "Knife crime rose 5%".
    "knife",
    "gun",
    "violent",
    "sexual",
    "cyber",
    // What is produced or grown: "Wheat production dropped to 13.8
    // million tonnes", "Crude output rose" (never an owner).
    "wheat",
    "corn",
    "maize",
    "rice",
    "barley",
    "soybean",
    "soy",
    "grain",
    "coffee",
    "cocoa",
    "sugar",
    "cotton",
    "crude",
    "oil",
    "gas",
    "coal",
    "steel",
    "copper",
    // "Defence spending will rise to 2.5% of GDP" (opening a sentence):
    // one budget of several.
    "defence",
    "defense",
    "military",
];

/// Verb forms that may stand right before a measure and are no modifier of
/// it ("the figures showed unemployment was 4.2%").
const METRIC_VERB_FORMS: &[&str] = &[
    "show", "shows", "shown", "saw", "see", "sees", "said", "says", "say", "found", "finds",
    "made", "makes", "put", "puts", "left", "kept", "keeps", "means", "meant",
];

/// Bytes between a figure and the period written beside it, at most.
const PERIOD_GAP: usize = 40;

/// The reporting period of each figure ([`Subject::period`]): the nearest
/// date of a month or longer in its sentence, at most [`PERIOD_GAP`] bytes
/// away, with no semicolon, bracket or dash between ("rose to 4.1% in May
/// from 3.9% in April": each figure its month). A day is an event's date,
/// not a period a figure covers ("killed 22 people on Tuesday"), except
/// for a temperature read at a place and a market's move: its day is its
/// period ("46.6C in Castelo on Sunday", "the S&P 500 fell 2.1% on
/// Thursday").
fn assign_periods(text: &str, published: Option<jiff::civil::Date>, claims: &mut [Claim]) {
    // (start, end, id, whether a single day).
    let mut periods: Vec<(usize, usize, String, bool)> = claims
        .iter()
        .filter(|c| {
            c.kind.is_temporal()
                && c.role != Role::PageDate
                && !bound_only(text, c.span)
                && !comparison_base(text, c.span)
                && !publication_date(text, c.span)
                && !participle_aside_date(text, c.span)
                && !dates_a_thing(text, c.span)
                && !goods_made_then(text, c.span)
        })
        .filter_map(|c| match &c.value {
            // The day of a statement is no figure's ("rose to 1.31
            // million, the office said on Wednesday").
            Value::Date(w) => period_id(w)
                .map(|p| (c.span.start, c.span.end, p, false))
                .or_else(|| {
                    let said =
                        c.subject.as_deref().and_then(|s| s.predicate.as_deref()) == Some("say");
                    day_id(w)
                        .filter(|_| !said)
                        .map(|d| (c.span.start, c.span.end, d, true))
                }),
            _ => None,
        })
        .collect();
    // "has closed more than 1,000 branches since 2015": a total of a year
    // or more before publication, its period "since 2015" (see
    // `cumulative_since`). A total since a recent day or month is this
    // story's ("505 cases since January", "300 aftershocks since Sunday").
    let since: Vec<(usize, usize, String)> = claims
        .iter()
        .filter(|c| c.kind.is_temporal() && cumulative_since(text, c.sentence, c.span))
        .filter_map(|c| match (&c.value, published) {
            (Value::Date(w), Some(published)) => {
                let first = w.period?.first();
                (group::day_number(published) - group::day_number(first) >= 365).then(|| {
                    let id = period_id(w).unwrap_or_else(|| first.to_string());
                    (c.span.start, c.span.end, format!("since {id}"))
                })
            }
            _ => None,
        })
        .collect();
    if periods.is_empty() && since.is_empty() {
        return;
    }
    periods.sort();
    // Where the figures start: a day belongs to the figure nearest it ("46.6C
    // in Castelo, while Ardmore hit 38C on Tuesday").
    // With where each ends and what it counts: "on Tuesday, rising 4% to
    // $63,700" is the day of both figures of bitcoin, a change and the
    // level it reached (see `chained`).
    let mut figures: Vec<(usize, usize, Option<String>)> = claims
        .iter()
        .filter(|c| !c.kind.is_temporal() && c.kind != ClaimKind::Quote)
        .map(|c| {
            let noun = c.subject.as_deref().and_then(|s| s.noun.clone());
            (c.span.start, c.span.end, noun)
        })
        .collect();
    figures.sort_unstable();
    for c in claims.iter_mut() {
        // A length of time is no figure of a period, nor an age set off
        // by commas after a name, which is given as of the story ("Arjun
        // Mehta, 52, fled Britain in 2023"; "shooting 18-year-old Michael
        // Brown in 2014" and "Viguerie, then 29," are ages then).
        // A length that is a measure's level or change is of its period
        // ("Life expectancy rose to 78.4 years in 2023").
        let measured = c
            .subject
            .as_deref()
            .is_some_and(|s| matches!(s.predicate.as_deref(), Some("level" | "change")));
        if c.kind.is_temporal()
            || c.kind == ClaimKind::Quote
            || c.kind == ClaimKind::Duration && !measured
            || c.kind == ClaimKind::Age
                && (appositive_age(text, c.span) || age_as_subject(text, c.sentence, c.span))
        {
            continue;
        }
        // A market's close is of its day too ("fell 2.1% on Thursday"), as
        // is the level of a population ("The prison population hit 88,225
        // on Friday").
        let daily = is_temperature(&c.value)
            && c.subject
                .as_deref()
                .is_some_and(|s| s.noun.is_some() && s.place.is_some())
            || c.subject
                .as_deref()
                .and_then(|s| s.noun.as_deref())
                .is_some_and(is_market_index)
            || c.subject.as_deref().is_some_and(|s| {
                s.predicate.as_deref() == Some("level")
                    && s.noun.as_deref().is_some_and(is_count_metric)
            });
        let (lo, hi) = (
            periods.partition_point(|p| p.0 < c.sentence.start),
            periods.partition_point(|p| p.0 < c.sentence.end),
        );
        let best = periods
            .get(lo..hi)
            .unwrap_or(&[])
            .iter()
            .filter(|p| daily || !p.3)
            .filter_map(|(s, e, id, day)| {
                let (a, b) = if *s >= c.span.end {
                    (c.span.end, *s)
                } else if *e <= c.span.start {
                    (*e, c.span.start)
                } else {
                    return None;
                };
                let between = figures
                    .get(figures.partition_point(|f| f.0 < a)..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|f| f.0 < b);
                let next = between.clone().next().map(|f| f.0);
                if *day && next.is_some() && !chained(text, c, between.clone(), a) {
                    return None;
                }
                // "Turnout was 61.2%, down from 66% in 2022": a period
                // after the base a figure is compared with is the base's.
                let base = next.is_some_and(|f| {
                    text.get(a..f).is_some_and(|g| {
                        [
                            " from ",
                            " compared with ",
                            " compared to ",
                            " than ",
                            " against ",
                        ]
                        .iter()
                        .any(|w| g.contains(w))
                    })
                });
                if base && *s >= c.span.end {
                    return None;
                }
                // "hit 40.2C, breaking the 2019 record of 38.7C": the
                // record's year, not the figure's.
                let record = text
                    .get(*e..)
                    .and_then(|r| r.get(..7))
                    .is_some_and(|r| r.eq_ignore_ascii_case(" record"));
                if record && *s >= c.span.end {
                    return None;
                }
                // "fell to 431,000 in 2024, down from 860,000": the base
                // a figure is compared with is not of the period before it.
                if *e <= c.span.start && base_figure(text, c.span.start) {
                    return None;
                }
                // "rose to 4.3% in August from 4.1% in July, while the
                // economy added 142,000 jobs": a period written right after
                // a base is the base's, no later figure's but another base
                // ("rose from 31 percent in March while ... fell from 52
                // percent").
                let of_base = |at: usize| {
                    text.get(..at).is_some_and(|h| {
                        let h = h.trim_end();
                        ["from", "compared with"].iter().any(|w| {
                            h.strip_suffix(w)
                                .is_some_and(|x| x.ends_with(char::is_whitespace))
                        })
                    })
                };
                if *e <= c.span.start && !of_base(c.span.start) {
                    let before = &figures[..figures.partition_point(|f| f.0 < *s)];
                    if before.last().is_some_and(|f| {
                        f.1 <= *s
                            && text.get(f.1..*s).is_some_and(|g| g.trim().is_empty())
                            && of_base(f.0)
                    }) {
                        return None;
                    }
                }
                period_gap(text, a, b)
                    .or_else(|| {
                        (*e <= c.span.start
                            && opening_phrase(text, c.sentence, *s, *e, c.span.start))
                        .then_some(b - a)
                    })
                    // A period across a comma is another clause's: "the
                    // second round this year, after 1,200 roles were cut
                    // in March" (nearer, but kept when it is the only one).
                    .map(|g| {
                        let across = text.get(a..b).is_some_and(|t| t.contains(','));
                        (g + if across { PERIOD_GAP } else { 0 }, id)
                    })
            })
            .min_by_key(|x| x.0);
        if let Some((_, id)) = best {
            // "Inflation was 7.7% in the year to October" is October's
            // annual rate, as "7.7% in October" is.
            let rate = c.kind == ClaimKind::Percent
                && c.subject
                    .as_deref()
                    .is_some_and(|s| matches!(s.predicate.as_deref(), Some("level" | "change")));
            // So is a price's level: "Average rents rose 8.6% in the year to
            // March to £1,295 a month" is March's rent (a total of the
            // twelve months, as migration's, stays the year's).
            let price = c.kind == ClaimKind::Money
                && c.subject.as_deref().is_some_and(|s| {
                    s.predicate.as_deref() == Some("level")
                        && s.noun
                            .as_deref()
                            .is_some_and(|n| n == "rent" || n.ends_with("price"))
                });
            let annual = (rate || price).then(|| year_to_month(id)).flatten();
            let subject = c.subject.get_or_insert_with(Box::default);
            // "Consumer prices rose 1.9% in the year to May" is May's
            // inflation, as "Inflation was 1.9% in May" is.
            if annual.is_some() {
                annual_inflation(subject);
            }
            subject.period = Some(annual.unwrap_or_else(|| id.clone()));
            continue;
        }
        let total = since
            .iter()
            .filter(|(s, _, _)| (c.sentence.start..c.sentence.end).contains(s))
            .filter_map(|(s, e, id)| {
                // After the figure, or opening the sentence before it
                // ("Since 2020, 400 stores have closed"; not "has anchored
                // the show since 1986, attracting 2.5 million viewers").
                let (a, b) = if *s >= c.span.end {
                    (c.span.end, *s)
                } else if *e <= c.span.start
                    && text
                        .get(c.sentence.start..*s)
                        .is_some_and(|h| h.trim().is_empty())
                {
                    (*e, c.span.start)
                } else {
                    return None;
                };
                period_gap(text, a, b).map(|g| (g, id))
            })
            .min_by_key(|x| x.0);
        if let Some((_, id)) = total {
            c.subject.get_or_insert_with(Box::default).period = Some(id.clone());
        }
    }
}

/// Whether the figures between a figure `c` and a day written beside it
/// (`between`, in text order, from byte `a`) are figures of what `c`
/// counts, each joined to the next by "to", "or" or a comma: "rising 4% to
/// $63,700" on a day before, "tumbled 5.39, or 1.2% to 452.76" on a day
/// after, all of one change. "Castelo registered 46.6C, while Ardmore hit
/// 38C on Tuesday" is not: Tuesday is the nearer figure's.
fn chained<'f>(
    text: &str,
    c: &Claim,
    between: impl Iterator<Item = &'f (usize, usize, Option<String>)>,
    a: usize,
) -> bool {
    let Some(noun) = c.subject.as_deref().and_then(|s| s.noun.as_deref()) else {
        return false;
    };
    let joins = |x: usize, y: usize| {
        text.get(x..y)
            .map(str::trim)
            .is_some_and(|g| matches!(g, "to" | "or" | ", or" | ","))
    };
    // With the day after the figure, the first figure between must join
    // the figure itself; with the day before it, the first one follows
    // the day and joins nothing.
    let mut last = if a == c.span.end {
        Some(c.span.end)
    } else {
        None
    };
    let mut prev_end = None;
    for (start, end, n) in between {
        if n.as_deref() != Some(noun) {
            return false;
        }
        if last.or(prev_end).is_some_and(|e| !joins(e, *start)) {
            return false;
        }
        last = None;
        prev_end = Some(*end);
    }
    // The day before the figure: the last figure between joins it.
    a == c.span.end || prev_end.is_some_and(|e| joins(e, c.span.start))
}

/// A company's result whose clause names its period by its length alone
/// has that length as its period ([`Subject::period`]): "quarterly profit
/// rose 12% to $3.1bn", "profit of $3.2bn for the quarter" → `quarter`;
/// "Annual profit reached $11.4bn", "For the full year, profit was $11.4
/// billion", "full-year revenue" → `year`. The grouping takes such a
/// period for the one period of that length its block names ("2025-Q4"),
/// so a quarter's profit and the year's never clash. Results only
/// (profit, revenue, sales, earnings, income, loss): "annual inflation" is
/// a month's change over a year.
fn assign_result_grains(text: &str, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        let Some(s) = c.subject.as_deref_mut() else {
            continue;
        };
        let result = s.noun.as_deref().is_some_and(|n| {
            let last = n.rsplit(' ').next().unwrap_or(n);
            matches!(
                last,
                "profit" | "revenue" | "sales" | "earnings" | "income" | "loss"
            )
        });
        if s.period.is_some()
            || !result
            || !matches!(s.predicate.as_deref(), Some("level" | "change"))
        {
            continue;
        }
        // The nearest word of a period's length before the figure, then
        // the first after it in its clause ("$3.2bn for the quarter").
        let grain = |w: &str, before: Option<&str>| match w.to_ascii_lowercase().as_str() {
            "quarterly" => Some("quarter"),
            "quarter" if before.is_some_and(|b| b.eq_ignore_ascii_case("the")) => Some("quarter"),
            "annual" | "yearly" | "full-year" => Some("year"),
            "year" if before.is_some_and(|b| b.eq_ignore_ascii_case("full")) => Some("year"),
            _ => None,
        };
        let back: Vec<&str> = text
            .get(c.sentence.start..c.span.start)
            .unwrap_or("")
            .split(|ch: char| !(ch.is_ascii_alphabetic() || ch == '-'))
            .rev()
            .filter(|w| !w.is_empty())
            .take(12)
            .collect();
        let before = (0..back.len()).find_map(|i| grain(back[i], back.get(i + 1).copied()));
        let after = || {
            let clause = text.get(c.span.end..c.sentence.end).unwrap_or("");
            let clause = clause.split([',', ';']).next().unwrap_or("");
            let words: Vec<&str> = clause
                .split(|ch: char| !(ch.is_ascii_alphabetic() || ch == '-'))
                .filter(|w| !w.is_empty())
                .take(6)
                .collect();
            (0..words.len()).find_map(|i| grain(words[i], i.checked_sub(1).map(|j| words[j])))
        };
        if let Some(g) = before.or_else(after) {
            s.period = Some(g.to_string());
        }
    }
}

/// The length of the text between a figure and a period written beside
/// it (`text[a..b]`), when it is short enough ([`PERIOD_GAP`]) and holds
/// no semicolon, bracket or dash.
fn period_gap(text: &str, a: usize, b: usize) -> Option<usize> {
    let gap = text.get(a..b)?;
    (gap.len() <= PERIOD_GAP && !gap.contains([';', '(', ')', '—', '–']) && !in_office_clause(gap))
        .then_some(gap.len())
}

/// Whether a clause of someone's state opens between a figure and a
/// period: "bribes of about €2.3 million while he was transport minister
/// between 2015 and 2019" took the years of his office, not of the sum.
fn in_office_clause(gap: &str) -> bool {
    const CLAUSES: &[&str] = &[
        " while he was ",
        " while she was ",
        " while they were ",
        " when he was ",
        " when she was ",
        " when they were ",
    ];
    let lower = gap.to_ascii_lowercase();
    CLAUSES.iter().any(|c| lower.contains(c))
}

/// Whether a period (`start..end`) stands in a phrase that opens its
/// sentence and is set off by a comma before the figure at `figure`: "In
/// the 2016 referendum on the same question, turnout was 72%" is 2016's
/// turnout, however long the phrase ([`PERIOD_GAP`] bounds a period
/// written beside its figure, not one that scopes the whole sentence).
fn opening_phrase(text: &str, sentence: Span, start: usize, end: usize, figure: usize) -> bool {
    let Some(head) = text.get(sentence.start..start) else {
        return false;
    };
    let head = head.trim_start();
    let opens = ["in ", "during "].iter().any(|w| {
        head.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    });
    let Some(rest) = text.get(end..figure) else {
        return false;
    };
    let Some(comma) = rest.find(',') else {
        return false;
    };
    opens
        && !head.contains([',', ';', '(', ')', '—', '–'])
        && !rest.contains([';', '(', ')', '—', '–'])
        && end + comma - sentence.start <= 2 * PERIOD_GAP + 20
}

/// The month a stretch of twelve whole months ends with ("the year to
/// October", `2025-11-01/2026-10-31` → `2026-10`).
fn year_to_month(id: &str) -> Option<String> {
    let (first, last) = id.split_once('/')?;
    let first: jiff::civil::Date = first.parse().ok()?;
    let last: jiff::civil::Date = last.parse().ok()?;
    let next = last.tomorrow().ok()?;
    (next.day() == 1 && next.checked_sub(jiff::Span::new().years(1)).ok()? == first)
        .then(|| format!("{:04}-{:02}", last.year(), last.month()))
}

/// Whether a date is the start of a running total: "since 2015" in a
/// sentence of the perfect ("has closed more than 1,000 branches since
/// 2015", "Since 2020, 400 stores have closed"). A total since a date is
/// not the figure of one event. Not the base of a superlative ("the
/// highest since 2015", "the first time since 2019"), nor a bound a
/// "when" clause tells of ("since 2019, when 32 people died").
fn cumulative_since(text: &str, sentence: Span, span: Span) -> bool {
    let since = |at: usize| {
        text.as_bytes()
            .get(at..at + 6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"since "))
    };
    // "since 2015" is the claim's own text, or "since" stands before it.
    let kw_start = if since(span.start) {
        span.start
    } else if span.start >= sentence.start + 6 && since(span.start - 6) {
        span.start - 6
    } else {
        return false;
    };
    if when_clause_after(text, span) {
        return false;
    }
    let head = text.get(sentence.start..kw_start).unwrap_or("");
    let mut back = head.trim_end().rsplit(' ');
    let prev = back
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_ascii_alphabetic())
        .to_ascii_lowercase();
    if prev.ends_with("est")
        || matches!(
            prev.as_str(),
            "most" | "first" | "least" | "ever" | "time" | "worst" | "best" | "last"
        )
    {
        return false;
    }
    // "the lowest level since 1995", "the biggest daily drop since 2020":
    // a superlative up to two words before.
    if back.take(2).any(|w| {
        let w = w.to_ascii_lowercase();
        crate::extract::lexicon::SUPERLATIVES.contains(&w.as_str())
    }) {
        return false;
    }
    let whole = text.get(sentence.start..sentence.end).unwrap_or("");
    [" has ", " have ", " had ", "'ve "]
        .iter()
        .any(|a| whole.contains(a))
}

/// Whether an age is written bare between commas after a name: "Arjun
/// Mehta, 52, fled".
fn appositive_age(text: &str, span: Span) -> bool {
    text.get(span.start..span.end)
        .is_some_and(|a| a.bytes().all(|b| b.is_ascii_digit()))
        && text.get(..span.start).is_some_and(|b| {
            b.ends_with(", ") && b.len() > 2 && b.as_bytes()[b.len() - 3].is_ascii_alphabetic()
        })
        && text.get(span.end..).is_some_and(|a| a.starts_with(','))
}

/// Whether the figure at `start` is the base of a comparison: "down from
/// 860,000", "compared with 3.9%".
fn base_figure(text: &str, start: usize) -> bool {
    let before = text
        .get(ceil_boundary(text, start.saturating_sub(16))..start)
        .unwrap_or("")
        .to_ascii_lowercase();
    [" from ", " compared with ", " compared to ", " against "]
        .iter()
        .any(|w| before.ends_with(w))
}

/// Whether a date is no period of the figures beside it: the base a
/// change is measured against ([`compared_with`]) or when a thing was made
/// ([`made_then`]).
fn comparison_base(text: &str, span: Span) -> bool {
    compared_with(text, span) || made_then(text, span)
}

/// Whether a date is the base a change is measured against, not the
/// period of a figure: "up 18% on the same period last year", "up 2.8% on
/// a year earlier", "5% higher than in 2024", "up from last year".
fn compared_with(text: &str, span: Span) -> bool {
    let own = text.get(span.start..span.end).unwrap_or("");
    let own = own.get(..10).unwrap_or(own).to_ascii_lowercase();
    if own.starts_with("on a year") || own.starts_with("on the year") {
        return true;
    }
    // "the lowest since 2015", "since records began in 1946" (but "since
    // 2009, when Sanders joined 89 other senators" dates its clause).
    let when_after = text
        .get(span.end..)
        .is_some_and(|a| a.starts_with(", when") || a.starts_with(" when"));
    if own.starts_with("since ") && !when_after {
        return true;
    }
    let before = text
        .get(ceil_boundary(text, span.start.saturating_sub(24))..span.start)
        .unwrap_or("")
        .trim_end()
        .to_ascii_lowercase();
    // "up 9% on 2024", "rose 4% on last year", "a 9% increase on last
    // year": the year a change is measured on ("fell 2% on Monday" is the
    // day it fell).
    let change = before
        .rsplit_once(' ')
        .filter(|(_, n)| CHANGE_NOUNS.contains(n))
        .map_or(before.as_str(), |(h, _)| h.trim_end());
    if own.starts_with("on ")
        && (change.ends_with('%') || change.ends_with("per cent") || change.ends_with("percent"))
    {
        let whole = text.get(span.start..span.end).unwrap_or("");
        let year = whole.get(3..).unwrap_or("");
        if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())
            || year.to_ascii_lowercase().ends_with("year")
        {
            return true;
        }
    }
    if (before.ends_with(" since") && !when_after)
        || before.contains("since ")
            && [" began", " started", " begun", " were first kept"]
                .iter()
                .any(|w| before.ends_with(w))
    {
        return true;
    }
    // "has tripled since its listing in 2023", "since the crash in March":
    // the date of the event a total or a change runs from.
    // (The last four words only, read by a byte loop, and only for a date
    // with "in": this runs for every date.)
    let bytes = before.as_bytes();
    let mut last: [&str; 4] = [""; 4];
    let (mut end, mut k, mut i) = (bytes.len(), 0, bytes.len());
    while own.starts_with("in ") && i > 0 && k < 4 {
        i -= 1;
        if bytes[i] == b' ' {
            last[k] = before.get(i + 1..end).unwrap_or("");
            end = i;
            k += 1;
        }
    }
    if let Some(k) = (2..4).find(|&k| last[k] == "since") {
        // "since its listing", "since the 2019 crash": a noun phrase of
        // two or three words after "since", not a clause ("since it broke
        // out on Sunday" dates the event itself).
        let phrase = &last[..k];
        let det = matches!(
            phrase[k - 1],
            "its" | "the" | "their" | "his" | "her" | "our"
        );
        if det
            && phrase
                .iter()
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'\''))
        {
            return true;
        }
    }
    [
        " from",
        " than",
        " than in",
        " compared with",
        " compared to",
        " versus",
        " same period",
        " same month",
        " same quarter",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// Whether a date tells when a thing named in an apposition was made:
/// "The tankers, built more than 50 years ago, were carrying …".
fn made_then(text: &str, span: Span) -> bool {
    let window = text
        .get(ceil_boundary(text, span.start.saturating_sub(60))..span.start)
        .unwrap_or("");
    let clause = window.rsplit_once(',').map(|(_, c)| c.trim_start());
    let first = clause.and_then(|c| c.split(' ').next()).unwrap_or("");
    clause.is_some()
        && matches!(
            first,
            "built"
                | "founded"
                | "born"
                | "opened"
                | "established"
                | "launched"
                | "constructed"
                | "completed"
                | "created"
                | "formed"
        )
}

/// Whether a date tells when figures were made public, not the period
/// they cover: "Figures published on Thursday showed net migration had
/// dropped to 448,000", "a report issued earlier this year", "data out on
/// Friday", "official figures showed on Wednesday" (data or a report,
/// then "published", "released", "issued", "unveiled", "out", "showed",
/// "show" or "revealed" right before the date). Things
/// counted as they come out keep it ("two articles published in
/// October", "the seven polls released this month").
fn publication_date(text: &str, span: Span) -> bool {
    // "official figures showed on Wednesday": the day data told it.
    const MADE_PUBLIC: &[&str] = &[
        "published",
        "released",
        "issued",
        "unveiled",
        "out",
        "showed",
        "show",
        "revealed",
    ];
    const DATA: &[&str] = &[
        "figures",
        "data",
        "statistics",
        "numbers",
        "report",
        "estimates",
        "survey",
        "study",
        "research",
        "analysis",
        "results",
    ];
    if !word_before_in(text, span.start, MADE_PUBLIC) {
        return false;
    }
    let head = text.get(..span.start).unwrap_or("").trim_end();
    let verb = head.len()
        - head
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .map_or(0, str::len);
    word_before_in(text, verb, DATA)
}

/// A date's day, when it is exactly one ("2025-06-29"), or its week ("this
/// week": a market's weekly move is not its daily one). Both are periods of
/// the figures that are read by the day (a market index, a temperature).
fn day_id(w: &When) -> Option<String> {
    let p = w.period?;
    if w.until.is_some() {
        return None;
    }
    let days = group::day_number(p.last()) - group::day_number(p.first());
    match days {
        0 => Some(p.first().to_string()),
        6 => Some(format!("week {}/{}", p.first(), p.last())),
        _ => None,
    }
}

/// Whether a "when" clause follows a date ("since 2019, when 32 people
/// died"): the date is that clause's time.
fn when_clause_after(text: &str, span: Span) -> bool {
    let after = text.get(span.end..).unwrap_or("");
    after.starts_with(", when ") || after.starts_with(" when ")
}

/// Whether a date is all of a participle set off by commas before the
/// clause's verb "had", "has", "was" … ("the aircraft, delivered in 2016,
/// had 150 passengers"): the time of what the participle tells of the noun
/// before it, no period of the figures after it. (Not "In our survey,
/// taken in March, Marsh leads Reyes 44% to 40%", the survey's own
/// time.)
fn participle_aside_date(text: &str, span: Span) -> bool {
    let before = text.get(span.start.saturating_sub(40)..span.start);
    let Some(before) = before else { return false };
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let between = before[comma + 1..].trim();
    let verb = text.get(span.end..).and_then(|a| a.strip_prefix(", "));
    verb.and_then(|v| v.split(' ').next())
        .is_some_and(|v| matches!(v, "had" | "has" | "have" | "was" | "were" | "is" | "are"))
        && !between.is_empty()
        && between.bytes().all(|b| b.is_ascii_lowercase())
        && is_participle(between)
}

/// Whether a date tells when the things counted were made: "1.2 million
/// vehicles built between 2019 and 2023", "cars made in 2021",
/// "manufactured from 2018": a participle of making right before the date
/// (or before its preposition), no period of the figure.
fn goods_made_then(text: &str, span: Span) -> bool {
    const MADE: &[&str] = &["built", "made", "manufactured", "produced", "assembled"];
    let before = text
        .get(span.start.saturating_sub(32)..span.start)
        .unwrap_or("");
    let mut words = before.split_whitespace().rev();
    let mut w = words.next().unwrap_or("");
    if matches!(
        w,
        "between" | "in" | "from" | "during" | "since" | "before" | "after"
    ) {
        w = words.next().unwrap_or("");
    }
    MADE.contains(&w)
}

/// A past participle by its form: "-ed", or one of a few irregular ones
/// ("built", "made", "sold", "born").
fn is_participle(word: &str) -> bool {
    word.ends_with("ed") || matches!(word, "built" | "made" | "sold" | "born" | "bought")
}

/// Whether the date at `span` is a bare year after a determiner or a
/// possessive, before a word: "Varga's 1962 landscape", "the 2019 model",
/// "the 2022 invasion" (what the word after is, is [`dates_a_thing`]'s
/// test).
fn attributive_year(text: &str, span: Span) -> bool {
    let own = text.get(span.start..span.end).unwrap_or("");
    let before = text
        .get(span.start.saturating_sub(8)..span.start)
        .unwrap_or("");
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    own.len() == 4
        && own.bytes().all(|b| b.is_ascii_digit())
        && before.ends_with(' ')
        && (word.ends_with("'s")
            || word.ends_with("’s")
            || matches!(
                word,
                "the" | "The" | "a" | "its" | "his" | "her" | "their" | "our"
            ))
        && text
            .get(span.end..)
            .is_some_and(|a| a.starts_with(' ') && a[1..].starts_with(|c: char| c.is_alphabetic()))
}

/// Works and goods whose year before them is when they were made
/// ([`dates_a_thing`]).
const THINGS_MADE: &[&str] = &[
    "painting",
    "landscape",
    "portrait",
    "canvas",
    "sculpture",
    "artwork",
    "masterpiece",
    "photograph",
    "film",
    "movie",
    "album",
    "novel",
    "model",
    "vintage",
];

/// Whether the date at `span` is a year that dates a made thing, not a
/// time a figure covers or an event's: an [`attributive_year`] right
/// before one of [`THINGS_MADE`] ("Varga's 1962 landscape went for $46
/// million"; "his 1995 tax return", "the 2022 invasion" are times).
fn dates_a_thing(text: &str, span: Span) -> bool {
    attributive_year(text, span)
        && text
            .get(span.end..)
            .unwrap_or("")
            .split_whitespace()
            .next()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_ascii_alphabetic())
                    .to_ascii_lowercase()
            })
            .is_some_and(|w| {
                THINGS_MADE.contains(&w.as_str())
                    || w.strip_suffix('s')
                        .is_some_and(|l| THINGS_MADE.contains(&l))
            })
}

/// Whether a date only bounds a stretch of time ("since 2010", "until
/// 2024", "before 2020", "by 2027"): not the period a figure covers. A
/// bound that a "when" clause tells of is that clause's time: "the
/// strongest since 2019, when 32 people died".
fn bound_only(text: &str, span: Span) -> bool {
    const BOUNDS: &[&str] = &["since", "until", "till", "before", "after", "by"];
    if when_clause_after(text, span) {
        return false;
    }
    let first = text
        .get(span.start..span.end)
        .and_then(|t| t.split(' ').next())
        .unwrap_or("");
    let before = text
        .get(span.start.saturating_sub(8)..span.start)
        .and_then(|t| t.trim_end().rsplit(' ').next())
        .unwrap_or("");
    [first, before]
        .iter()
        .any(|w| BOUNDS.iter().any(|b| b.eq_ignore_ascii_case(w)))
}

/// A date's identity as a reporting period, when it spans a month or more:
/// its first and last days, named as the month, quarter or year they make
/// when they make one ("in the third quarter" and "between July and
/// September" are both "2025-Q3"), else "2025-03-01/2025-06-30"; an
/// unresolved month ("in May" with no publication date) as its TIMEX3
/// value, "XXXX-05".
fn period_id(w: &When) -> Option<String> {
    let Some(p) = w.period else {
        let t = w.timex.as_bytes();
        let month =
            t.len() == 7 && t.starts_with(b"XXXX-") && t[5..].iter().all(u8::is_ascii_digit);
        return month.then(|| w.timex.clone());
    };
    let (first, last) = (p.first(), w.until.unwrap_or(p).last());
    // A month at least; a century is no reporting period ("21st Century
    // Fox").
    let days = group::day_number(last) - group::day_number(first);
    if !(27..=4018).contains(&days) {
        return None;
    }
    let whole_months = first.day() == 1 && last == last.last_of_month();
    let months =
        i32::from(last.year() - first.year()) * 12 + i32::from(last.month() - first.month()) + 1;
    Some(match (whole_months, months) {
        (true, 1) => format!("{:04}-{:02}", first.year(), first.month()),
        (true, 3) if first.month() % 3 == 1 => {
            format!("{:04}-Q{}", first.year(), first.month() / 3 + 1)
        }
        (true, 12) if first.month() == 1 => format!("{:04}", first.year()),
        _ => format!("{first}/{last}"),
    })
}

/// Whether a text tells of a labour dispute ("the union", "walked off the
/// job", "a pay rise"): its strikes are walkouts. Lower-case "union" only:
/// "the European Union" is no trade union.
fn labour_dispute(text: &str) -> bool {
    const CUES: &[&str] = &[
        " union",
        "walkout",
        "walked off",
        "picket",
        "industrial action",
        "pay rise",
        "pay raise",
        "pay award",
        "pay deal",
        "pay offer",
        "wage",
        // "raise salaries by 14.6%": a settlement of pay.
        "salaries",
        "salary",
        "on strike",
        "strike action",
        "collective bargaining",
        "walked out",
        "walk out",
        // "a 24-hour strike", "a three-day strike", "a general strike".
        "hour strike",
        "day strike",
        // "a week-long strike", "a two-week strike", "an indefinite
        // strike", "a strike over pay".
        "week strike",
        "week-long strike",
        "month-long strike",
        "indefinite strike",
        "strike over pay",
        "general strike",
        "rail strike",
        "transport strike",
        // A vote for a strike: "voted in favour of strikes", "a strike
        // ballot", "voted to strike".
        "favour of strike",
        "favor of strike",
        "strike ballot",
        "strike vote",
        "voted to strike",
        "vote to strike",
    ];
    // One pass over the text for all the cues.
    static FINDER: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    FINDER
        .get_or_init(|| aho_corasick::AhoCorasick::new(CUES).ok())
        .as_ref()
        .is_some_and(|f| f.is_match(text))
        || workers_strike(text)
}

/// Nouns of workers whose strike is a walkout: "a strike by air traffic
/// controllers", "the nurses' strike", "a teachers strike" (a strike by
/// drones or by the army is an attack).
const WORKER_NOUNS: &[&str] = &[
    "workers",
    "employees",
    "staff",
    "drivers",
    "pilots",
    "nurses",
    "doctors",
    "teachers",
    "controllers",
    "dockworkers",
    "dockers",
    "miners",
    "crew",
    "guards",
    "firefighters",
    "postal",
    "journalists",
    "actors",
    "writers",
];

/// Whether a strike of `text` is by workers of [`WORKER_NOUNS`]: one of
/// them in the four words after "strike by", or right before "strike"
/// (an apostrophe allowed). Only the words around each "strike" are read.
fn workers_strike(text: &str) -> bool {
    let worker = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        WORKER_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
    };
    memchr::memmem::find_iter(text.as_bytes(), b"strike").any(|at| {
        let before = text.get(..at).unwrap_or("");
        let after = text.get(at + "strike".len()..).unwrap_or("");
        let after = after.strip_prefix('s').unwrap_or(after);
        if before.ends_with(' ') && before.trim_end().rsplit(' ').next().is_some_and(worker) {
            return true;
        }
        // "teachers began a week-long strike", "nurses staged a strike":
        // workers who begin a strike, a few words before it.
        let began = |w: &str| {
            matches!(
                w,
                "began"
                    | "begin"
                    | "begun"
                    | "started"
                    | "start"
                    | "staged"
                    | "stage"
                    | "launched"
                    | "launch"
                    | "joined"
                    | "join"
            )
        };
        let mut later: Option<&str> = None;
        for w in before.rsplit(' ').skip(1).take(5) {
            if later.is_some_and(began) && worker(w) {
                return true;
            }
            later = Some(w);
        }
        after
            .strip_prefix(" by ")
            .is_some_and(|rest| rest.split(' ').take(4).any(worker))
    })
}

/// Whether the figure at `span` is the earlier value of a change: "rose
/// to 45 from 38" (after "from", with "to" and a figure before it) or
/// "rose from 38 to 45" (after a verb of change and "from", with "to" and
/// a figure after it).
fn changed_from(text: &str, sentence: Span, span: Span) -> bool {
    let figure = |w: &str| {
        w.trim_start_matches(['$', '£', '€'])
            .starts_with(|c: char| c.is_ascii_digit())
            || is_number_word(w)
    };
    let before = text.get(sentence.start..span.start).unwrap_or("");
    let Some(head) = before.strip_suffix(" from ") else {
        return false;
    };
    let mut back = head.split(' ').rev();
    let last = back.next().unwrap_or("");
    if figure(last) && back.next() == Some("to") {
        return true;
    }
    METRIC_CHANGE_VERBS.contains(&last)
        && text
            .get(span.end..sentence.end)
            .and_then(|r| r.strip_prefix(" to "))
            .is_some_and(|r| figure(r.split(' ').next().unwrap_or("")))
}

/// Forms of "pull", before money withdrawn or people rescued.
const PULLED: &[&str] = &["pulled", "pull", "pulls", "pulling"];

/// Whether a count was pulled out of water or ruins: "pulled" right
/// before it, and after it "alive", or "from" or "out of" (then "the")
/// one of the places people are rescued from.
fn pulled_out(w: &Window<'_>) -> bool {
    const FROM: &[&str] = &[
        "water",
        "waters",
        "sea",
        "river",
        "lake",
        "ocean",
        "rubble",
        "wreckage",
        "debris",
        "ruins",
        "mud",
        "floodwaters",
        "wreck",
    ];
    if !w.after_any(PULLED) {
        return false;
    }
    let mut right = w
        .right()
        .map(|(_, t)| t)
        .filter(|t| t.punct.is_none())
        .take(5);
    let mut next = right.next();
    if next.is_some_and(|t| w.is_word(t, "alive")) {
        return true;
    }
    if next.is_some_and(|t| w.is_word(t, "out")) {
        next = right.next().filter(|t| w.is_word(t, "of"));
    } else {
        next = next.filter(|t| w.is_word(t, "from"));
    }
    if next.is_none() {
        return false;
    }
    let mut place = right.next();
    if place.is_some_and(|t| w.is_word(t, "the")) {
        place = right.next();
    }
    place.is_some_and(|t| w.is_any(t, FROM))
}

/// Whether a figure is what someone asks for: a verb of asking right
/// before it, past an article or a possessive ("had sought a 40% pay
/// rise", "demanding a pay rise of 40%", "called for a 9% increase").
fn asked_for(w: &Window<'_>) -> bool {
    const ASKING: &[&str] = &[
        "sought",
        "seek",
        "seeks",
        "seeking",
        "demanded",
        "demand",
        "demands",
        "demanding",
        "wants",
        "want",
        "wanted",
        "requested",
        "requesting",
    ];
    const AFTER: &[&str] = &["called", "calling", "asked", "asking", "pushed", "pushing"];
    const ARTICLES: &[&str] = &["a", "an", "the", "its", "their", "his", "her"];
    const RISE: &[&str] = &["pay", "wage", "salary", "rise", "raise", "increase", "of"];
    let is_any = |t: &Tok, words: &[&str]| words.iter().any(|x| w.is_word(t, x));
    let mut left = w.left().map(|(_, t)| t).take_while(|t| t.punct.is_none());
    let mut t = left.next();
    // "a pay rise of 40%": back past the measure's words to its article.
    for _ in 0..4 {
        let Some(x) = t else { break };
        let article = is_any(x, ARTICLES);
        if !article && !is_any(x, RISE) {
            break;
        }
        t = left.next();
        if article {
            break;
        }
    }
    t.is_some_and(|v| {
        is_any(v, ASKING) || w.is_word(v, "for") && left.next().is_some_and(|a| is_any(a, AFTER))
    })
}

/// Whether a sentence tells of those who ask a ransom: "ransom",
/// "ransomware", hackers, kidnappers, abductors, captors.
fn ransom_sentence(text: &str, sentence: Span) -> bool {
    // Read only after a verb of asking (`asked_for`): rare enough to fold.
    let s = text
        .get(sentence.start..sentence.end)
        .unwrap_or("")
        .to_ascii_lowercase();
    ["ransom", "hacker", "kidnapper", "abductor", "captor"]
        .iter()
        .any(|w| s.contains(w))
}

/// Whether the words after the token at `i` ("and") are a clause of a
/// figure with its own noun and verb: "(and) more than 100 buildings
/// collapsed" (not "and 3 civilians in an attack", nor "and 562 wounded in
/// the strikes", which shares the rest of its clause).
fn figure_clause_after(w: &Window<'_>, i: usize) -> bool {
    let k = past_hedge(w, i + 1);
    if !w.by_index(k).is_some_and(|t| is_figure_word(w, t)) {
        return false;
    }
    // Past the figure's other words and its noun, to the verb.
    (k + 2..k + 4).any(|j| {
        w.by_index(j).is_some_and(|t| {
            let l = w.lower(t);
            let l = l.as_str();
            t.punct.is_none()
                && (matches!(
                    l,
                    "were" | "was" | "have" | "had" | "are" | "remain" | "remained"
                ) || l.ends_with("ed") && !t.cap)
        })
    })
}

/// The index of the first token from `k` on that is no word of a hedge
/// ("more than", "at least", "about" …): where the figure of "and at
/// least 97" stands.
fn past_hedge(w: &Window<'_>, mut k: usize) -> usize {
    while w.by_index(k).is_some_and(|t| {
        matches!(
            w.lower(t).as_str(),
            "more" | "than" | "about" | "nearly" | "almost" | "at" | "least" | "some" | "over"
        )
    }) {
        k += 1;
    }
    k
}

/// Whether the counted noun of `s` is of the noun class `class` (or is
/// that word, when it has no class of its own).
fn of_class(s: &Subject, class: &str) -> bool {
    s.noun
        .as_deref()
        .is_some_and(|n| group::noun_class(n).unwrap_or(n) == class)
}

/// Whether a token is a figure: digits or a number word ("nine").
fn is_figure_word(w: &Window<'_>, t: &Tok) -> bool {
    let word = w.text.get(t.start..t.end).unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_digit()) || t.punct.is_none() && is_number_word(word)
}

/// Whether a word is a number word ("nine", "Twelve"), in any case.
fn is_number_word(word: &str) -> bool {
    let one = |w: &str| {
        crate::extract::lexicon::NUMBER_WORDS
            .iter()
            .any(|(x, _)| x.eq_ignore_ascii_case(w))
    };
    // "twenty-three" (eight letters at least): every part a number word.
    one(word) || word.len() >= 8 && word.as_bytes().contains(&b'-') && word.split('-').all(one)
}

/// Whether a counted noun's lemma names people ("person", "soldier",
/// "civilian", "member").
pub(crate) fn is_person_noun(n: &str) -> bool {
    // One hashed look-up (the lists are long, and every count asks).
    static SET: OnceLock<WordMap<&'static str, ()>> = OnceLock::new();
    SET.get_or_init(|| {
        let classed = group::NOUN_CLASSES.iter().filter_map(|(lemma, class)| {
            matches!(
                *class,
                "person" | "police" | "protester" | "casualty" | "participant"
            )
            .then_some(*lemma)
        });
        crate::extract::lexicon::PERSON_NOUNS
            .iter()
            .copied()
            .chain(classed)
            .map(|w| (w, ()))
            .collect()
    })
    .contains_key(n)
}

/// Gatherings held by those counted after "by" ("the walkout by 45,000
/// members"): they took part.
const HELD_EVENTS: &[&str] = &[
    "walkout",
    "strike",
    "march",
    "protest",
    "rally",
    "demonstration",
    "sit-in",
    "vigil",
];

/// Whether crews counted right before `after` are at work ("are battling",
/// "were on the lines", "will be on duty"), and whether only to come: the
/// words may follow another figure of the crews ("900 firefighters and 14
/// aircraft are battling the blaze") or an aside set off by commas
/// ("1,000 firefighters, backed by 12 planes, were working to contain
/// it").
fn crew_at_work(after: &str) -> Option<bool> {
    let mut starts = vec![0];
    if let Some(rest) = after.strip_prefix(',') {
        if let Some(k) = rest.get(..rest.len().min(80)).and_then(|r| r.find(',')) {
            starts.push(k + 2);
        }
    }
    if after.starts_with(" and ") {
        let words: Vec<usize> = after
            .char_indices()
            .filter(|&(k, ch)| ch == ' ' && k > 4)
            .map(|(k, _)| k)
            .take(3)
            .collect();
        let figure = after
            .get(5..)
            .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()));
        if figure {
            starts.extend(words.into_iter().skip(1));
        }
    }
    starts.into_iter().find_map(|k| {
        let after = after.get(k..)?;
        [
            (" were on duty", false),
            (" are on duty", false),
            (" on duty", false),
            (" will be on duty", true),
            (" would be on duty", true),
            (" are battling", false),
            (" were battling", false),
            (" battling", false),
            (" are fighting", false),
            (" were fighting", false),
            (" are tackling", false),
            (" were tackling", false),
            (" are on the lines", false),
            (" were on the lines", false),
            (" are on the front lines", false),
            (" were on the front lines", false),
            (" are at the scene", false),
            (" were at the scene", false),
            (" are on the ground", false),
            (" were on the ground", false),
            (" are working to contain", false),
            (" were working to contain", false),
        ]
        .iter()
        .find(|(form, _)| {
            after
                .get(..form.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(form))
                && after
                    .get(form.len()..)
                    .is_some_and(|r| r.starts_with([' ', ',', '.']))
        })
        .map(|(_, modal)| *modal)
    })
}

/// Whether a date is written after "by", as a time something is done or
/// reached by ("contained by Tuesday evening", "by March 3"), not a day's
/// possessive ("hit by Tuesday's storm" is the storm's day).
fn deadline(text: &str, w: &Window<'_>, span: Span) -> bool {
    let rest = text.get(span.end..).unwrap_or("");
    if rest.starts_with("'s ") || rest.starts_with("’s ") {
        return false;
    }
    text.get(span.start..span.end)
        .and_then(|x| x.split(' ').next())
        .is_some_and(|x| x.eq_ignore_ascii_case("by"))
        || w.left().next().is_some_and(|(_, t)| w.is_word(t, "by"))
}

/// Whether the verb right before a date (in its clause) ends something:
/// "the strike will end on Wednesday", "talks concluded on Friday", "the
/// union suspended the strike on Thursday"; or a decision on the date to
/// end it ("agreed on Thursday to suspend the strike"); or the day it runs
/// until. The end of an event is not its date.
fn ends(w: &Window<'_>) -> bool {
    const END_VERBS: &[&str] = &[
        "end",
        "ends",
        "ended",
        "ending",
        "conclude",
        "concludes",
        "concluded",
        "finish",
        "finishes",
        "finished",
        "expire",
        "expires",
        "expired",
        "suspend",
        "suspends",
        "suspended",
        "halt",
        "halts",
        "halted",
    ];
    // "the drills will run until March 20": the day it lasts to ("will not
    // begin until 2017" is when it starts).
    if let Some((_, u)) = w
        .left()
        .next()
        .filter(|(_, t)| w.is_word(t, "until") || w.is_word(t, "till"))
    {
        let before = w.text.get(w.sentence_start..u.start).unwrap_or("");
        let before = before
            .get(before.len().saturating_sub(48)..)
            .unwrap_or(before);
        let negated = ["not ", "n't ", "n’t ", "never "]
            .iter()
            .any(|n| before.contains(n));
        return !negated;
    }
    let mut right = w.right().map(|(_, t)| t);
    if right.next().is_some_and(|t| w.is_word(t, "to"))
        && right.next().is_some_and(|t| {
            let word = w.text.get(t.start..t.end).unwrap_or("");
            END_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
        })
    {
        return true;
    }
    for (_, t) in w.left().take(4) {
        if t.punct.is_some() {
            return false;
        }
        let word = w.text.get(t.start..t.end).unwrap_or("");
        if END_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word)) {
            return true;
        }
        // "halted the walkout on Friday": past the event ended.
        if !t.has(FUNCTION | AUXILIARY | MODAL) && !word.ends_with("ly") && t.event.is_none() {
            return false;
        }
    }
    false
}

/// Whether a market figure is of a moment of the trading day, not its
/// close: "in early trading", "in afternoon deals", "at one point",
/// "by late afternoon", "intraday" within 48 bytes after it, or opening
/// its sentence ("In early trading, shares rose 5%"). "In late trading"
/// is as good as the close.
fn during_the_day(text: &str, sentence: Span, span: Span) -> bool {
    const MOMENTS: &[&str] = &[
        "early trading",
        "morning trading",
        "afternoon trading",
        "midday trading",
        "early deals",
        "early dealings",
        "afternoon deals",
        "at one point",
        "intraday",
        "by late afternoon",
        "by midday",
        "earlier in the day",
        "earlier in the session",
    ];
    let after = text
        .get(span.end..sentence.end.min(span.end + 48))
        .unwrap_or("");
    let after = after.split([',', ';']).next().unwrap_or(after);
    let opening = text
        .get(sentence.start..span.start)
        .and_then(|h| h.split(',').next().filter(|first| first.len() < h.len()))
        .unwrap_or("");
    [after, opening].iter().any(|part| {
        let part = part.to_ascii_lowercase();
        MOMENTS.iter().any(|m| part.contains(m))
    })
}

/// Whether a date is the day something began, written right after its
/// verb: "The truce, which began on Friday", "took effect on Thursday",
/// "came into force in May", "started at dawn", "took effect at midnight
/// on Friday".
fn begins(w: &Window<'_>) -> bool {
    let mut left = w.left().map(|(_, t)| t);
    let Some(mut verb) = left.next() else {
        return false;
    };
    // "took effect at midnight on Friday": past the preposition the
    // claim's text does not hold.
    if w.is_any(verb, &["at", "on", "in", "from"]) {
        let Some(v) = left.next() else {
            return false;
        };
        verb = v;
    }
    // "The blaze, sparked on Saturday", "erupted on Monday".
    if [
        "began", "begins", "begin", "started", "starts", "start", "sparked", "ignited", "erupted",
    ]
    .iter()
    .any(|x| w.is_word(verb, x))
    {
        return true;
    }
    // "broke out on Saturday".
    if w.is_word(verb, "out")
        && left.clone().next().is_some_and(|t| {
            ["broke", "breaks", "broken"]
                .iter()
                .any(|x| w.is_word(t, x))
        })
    {
        return true;
    }
    // "took effect", "came into force", "went into effect".
    (w.is_word(verb, "effect") || w.is_word(verb, "force"))
        && left.next().is_some_and(|t| {
            ["took", "takes", "take", "into"]
                .iter()
                .any(|x| w.is_word(t, x))
        })
}

/// Whether a count of places follows a preposition of extent ("across
/// three states", "in 12 countries", "throughout 40 provinces"): the
/// places are where the event happened, and the verb's figure is another.
fn where_it_happened(w: &Window<'_>, s: &Subject) -> bool {
    const PLACES: &[&str] = &[
        "state",
        "country",
        "nation",
        "province",
        "region",
        "county",
        "city",
        "town",
        "village",
        "district",
        "continent",
        "island",
        "municipality",
        "territory",
    ];
    s.noun.as_deref().is_some_and(|n| PLACES.contains(&n))
        && w.left().next().is_some_and(|(_, t)| {
            let b = w.text.get(t.start..t.end).unwrap_or("");
            ["across", "in", "throughout"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(b))
        })
}

/// Words of a figure's list that follows it, which its verb search skips:
/// in "Some 45,000 soldiers, 55 warships and more than 100 aircraft are
/// involved" the soldiers are involved too. An item is a separator ("," or
/// "and"), up to three words of hedge, a figure and up to two more words
/// that are no verb.
fn list_reach(w: &Window<'_>) -> usize {
    const HEDGE: &[&str] = &[
        "more", "than", "about", "some", "nearly", "almost", "over", "around", "at", "least", "up",
        "to",
    ];
    // The `k`th token after the claim, within 24.
    let toks = |k: usize| (k < 24).then(|| w.by_index(w.nr + k)).flatten();
    let sep = |t: &Tok| t.punct == Some(b',') || t.punct.is_none() && w.is_word(t, "and");
    let (mut k, mut reach) = (0, 0);
    while toks(k).is_some_and(sep) {
        let mut j = k + 1;
        if toks(j).is_some_and(|t| t.punct.is_none() && w.is_word(t, "and")) {
            j += 1;
        }
        let hedge_from = j;
        while j < hedge_from + 3
            && toks(j).is_some_and(|t| t.punct.is_none() && HEDGE.contains(&w.lower(t).as_str()))
        {
            j += 1;
        }
        // A figure, not a year ("February 6, 2016").
        let year = |t: &Tok| t.end - t.start == 4 && !w.is_word(t, "four");
        if !toks(j).is_some_and(|t| is_figure_word(w, t) && !year(t)) {
            break;
        }
        j += 1;
        // "62 more than the 270 needed": a comparison, no item.
        if toks(j).is_some_and(|t| t.punct.is_none() && HEDGE.contains(&w.lower(t).as_str())) {
            break;
        }
        let noun_from = j;
        while j < noun_from + 2
            && toks(j).is_some_and(|t| {
                let x = w.lower(t);
                t.punct.is_none()
                    && t.predicate.is_none()
                    && !HEDGE.contains(&x.as_str())
                    && !matches!(
                        x.as_str(),
                        "and" | "the" | "of" | "a" | "an" | "fewer" | "less"
                    )
            })
        {
            j += 1;
        }
        reach += j - k;
        k = j;
    }
    reach
}

/// Tokens of an apposition of ages right after a count, read past for
/// its verb: "Three men, aged 34, 41 and 52, were arrested" (0 when
/// there is none).
fn age_apposition(w: &Window<'_>) -> usize {
    let mut right = w.right().map(|(_, t)| t);
    if right.next().is_none_or(|t| t.punct != Some(b','))
        || !right
            .next()
            .is_some_and(|t| matches!(w.lower(t).as_str(), "aged" | "ages"))
    {
        return 0;
    }
    for (k, t) in right.take(12).enumerate() {
        let figure = w
            .text
            .as_bytes()
            .get(t.start)
            .is_some_and(u8::is_ascii_digit);
        if t.punct == Some(b',')
            && !w.by_index(w.nr + k + 3).is_some_and(|n| {
                w.text
                    .as_bytes()
                    .get(n.start)
                    .is_some_and(u8::is_ascii_digit)
                    || w.lower(n).as_str() == "and"
            })
        {
            return k + 3;
        }
        if !(figure || t.punct == Some(b',') || matches!(w.lower(t).as_str(), "and" | "to")) {
            return 0;
        }
    }
    0
}

/// Whether the clause before a claim names someone or somewhere: a
/// capitalised word that does not open the sentence, or one that does and
/// is a country or the first of a name of two words ("New Mexico has
/// reported 54 cases", "Texas has confirmed").
fn named_before(w: &Window<'_>) -> bool {
    let left: Vec<&Tok> = w
        .left()
        .map(|(_, t)| t)
        .take_while(|t| !matches!(t.punct, Some(b',' | b';' | b':')))
        .take(8)
        .collect();
    left.iter().enumerate().any(|(k, t)| {
        if !t.cap || t.punct.is_some() {
            return false;
        }
        let opens = t.start <= w.sentence_start + 1;
        if !opens {
            return true;
        }
        // The sentence's first word: a name of two words, or a country.
        let next_cap = k > 0 && left.get(k - 1).is_some_and(|n| n.cap && n.punct.is_none());
        let from_first: Vec<&Tok> = left[..=k].iter().rev().copied().collect();
        next_cap || w.country_len(&from_first).is_some()
    })
}

/// The end of a document's lede: its first sentence that ends with a
/// full stop, a question or exclamation mark (or a quotation mark after
/// one), past up to three headline lines.
fn lede_end_of(cx: &Context<'_>) -> usize {
    let text = cx.text;
    let mut at = 0;
    for _ in 0..4 {
        let Some(off) = text
            .get(at..)
            .and_then(|r| r.find(|c: char| !c.is_whitespace()))
        else {
            return text.len();
        };
        let s = cx.sentence_at(at + off);
        let own = text.get(s.start..s.end).unwrap_or("").trim_end();
        let own = own.trim_end_matches(['"', '”', '\'', '’', ')']);
        if own.ends_with(['.', '!', '?']) || s.end >= text.len() {
            return s.end;
        }
        at = s.end.max(at + off + 1);
    }
    at
}

/// Whether a count is followed by "from their homes" (or "out of their
/// homes").
fn from_their_homes(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    [
        " from their homes",
        " out of their homes",
        " from their home",
    ]
    .iter()
    .any(|p| {
        rest.get(..p.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(p))
    })
}

/// Whether a count follows "in exchange for" or "in return for".
fn exchanged_for(w: &Window<'_>) -> bool {
    let mut left = w.left().map(|(_, t)| w.lower(t));
    left.next().is_some_and(|x| x.as_str() == "for")
        && left
            .next()
            .is_some_and(|x| matches!(x.as_str(), "exchange" | "return"))
        && left.next().is_some_and(|x| x.as_str() == "in")
}

/// Whether a count of lives is a toll: "claimed 1,000 lives", "cost 12
/// lives", "took 30 lives", "30 lives were lost" (not "saved 200 lives",
/// "changed millions of lives").
fn lives_lost(w: &Window<'_>) -> bool {
    let word = |t: &Tok| w.text.get(t.start..t.end).unwrap_or("");
    let before = w
        .left()
        .next()
        .is_some_and(|(_, t)| LIFE_TAKING.iter().any(|v| v.eq_ignore_ascii_case(word(t))));
    let mut right = w.right().map(|(_, t)| word(t));
    let after = right.next().is_some_and(|a| {
        a.eq_ignore_ascii_case("lost")
            || ["were", "have", "had", "was", "are"]
                .iter()
                .any(|v| v.eq_ignore_ascii_case(a))
                && right
                    .take(2)
                    .any(|b| b.eq_ignore_ascii_case("lost") || b.eq_ignore_ascii_case("claimed"))
    });
    before || after
}

/// Whether a count follows "claimed the lives of" or "cost the lives of":
/// "claimed the lives of 12 people".
fn lives_of(w: &Window<'_>) -> bool {
    let mut left = w
        .left()
        .map(|(_, t)| w.text.get(t.start..t.end).unwrap_or(""));
    left.next().is_some_and(|x| x.eq_ignore_ascii_case("of"))
        && left.next().is_some_and(|x| x.eq_ignore_ascii_case("lives"))
        && left.next().is_some_and(|x| x.eq_ignore_ascii_case("the"))
        && left
            .next()
            .is_some_and(|v| LIFE_TAKING.iter().any(|l| l.eq_ignore_ascii_case(v)))
}

/// Whether the percentage at `span` is a market share, and its owner when
/// written as a possessive before it: after "market share" and a verb of
/// a level ("Brightmart's market share reached 20%", "rose to 20%"), or
/// before "market share" or "share of the market" ("a 19% market share",
/// "a 19% share of the global market"), or before "share" alone in a
/// clause of a market or its vendors ("the top vendor with a 19.3%
/// share").
fn market_share(text: &str, sentence: Span, span: Span) -> Option<Option<String>> {
    const LEVEL: &[&str] = &[
        "reached",
        "rose",
        "fell",
        "was",
        "is",
        "stood",
        "hit",
        "climbed",
        "dropped",
        "grew",
        "slipped",
        "increased",
    ];
    let after = text.get(span.end..sentence.end).unwrap_or("");
    let after = after.get(..after.len().min(32)).unwrap_or(after);
    if after.starts_with(" market share")
        || after.starts_with(" share of the market")
        || after.starts_with(" share of the global market")
    {
        return Some(None);
    }
    // "the world's top vendor with a 19.3% share": a share alone, in a
    // sentence of a market or its vendors.
    let bare_share = after.starts_with(" share")
        && !after[" share".len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        && !after.starts_with(" share of ")
        // "a 5% share in the market operator": a stake.
        && !after.starts_with(" share in ");
    if bare_share
        && words_back(text, sentence, span.start)
            .next()
            .is_some_and(|w| matches!(w, "a" | "an"))
        && clause_mentions(text, (span.start, span.end), (96, 0), &["market", "vendor"])
    {
        return Some(None);
    }
    let mut back = words_back(text, sentence, span.start);
    let mut w = back.next()?;
    if matches!(w, "to" | "at") {
        w = back.next()?;
    }
    if !LEVEL.contains(&w) || back.next() != Some("share") || back.next() != Some("market") {
        return None;
    }
    // The possessive right before "market share".
    let before = text.get(sentence.start..span.start).unwrap_or("");
    let at = before.rfind(" market share")?;
    let owner = before
        .get(..at)?
        .rsplit(' ')
        .next()
        .and_then(|o| o.strip_suffix("'s").or_else(|| o.strip_suffix("’s")))
        .filter(|o| o.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(String::from);
    Some(owner)
}

/// The gap in a budget the sum at `span` is: right before "black hole" or
/// "funding gap", or after "black hole of" or "funding gap of", a
/// "funding gap" ("a £22bn black hole", "a black hole of £20bn"); right
/// before "shortfall", a "deficit" ("a £20bn shortfall", as the measure
/// reader names "the shortfall totalled").
fn funding_gap(text: &str, span: Span) -> Option<&'static str> {
    let after = text.get(span.end..).unwrap_or("");
    let after = after.get(..after.len().min(24)).unwrap_or(after);
    let before = near_before(text, span.start, 20);
    if [" black hole", " funding gap", " financial black hole"]
        .iter()
        .any(|n| after.starts_with(n))
        || ["black hole of ", "funding gap of "]
            .iter()
            .any(|n| before.ends_with(n))
    {
        Some("funding gap")
    } else if after.starts_with(" shortfall") {
        Some("deficit")
    } else {
        None
    }
}

/// Whether a measure is counted in children per woman, a bare figure
/// included: "The total fertility rate dropped to 1.44", "fell to a record
/// low of 1.41 children per woman".
fn per_woman(metric: &str) -> bool {
    metric.ends_with("fertility rate")
}

/// Words of hunger ([`hungry_after`]), as prefixes: "hunger", "hungry",
/// "starvation", "famine", "food insecurity".
const HUNGER_WORDS: &[&str] = &["hung", "starv", "famine", "insecur"];

/// Whether the clause after a count of people (at most 80 bytes, to the
/// sentence's end) tells that they face hunger: a verb of facing or being
/// ("face", "facing", "are", "going") and then hunger, food insecurity,
/// starvation or famine ("face acute hunger", "are facing crisis levels
/// of food insecurity", "are going hungry").
fn hungry_after(text: &str, sentence: Span, end: usize) -> bool {
    const FACING: &[&str] = &[
        "face",
        "faces",
        "facing",
        "faced",
        "are",
        "were",
        "go",
        "going",
        "went",
        "experience",
        "experiencing",
        "suffer",
        "suffering",
    ];
    let stop = sentence.end.min(floor_boundary(text, end + 80));
    let after = text.get(end..stop).unwrap_or("");
    // Most counts have no word of hunger after them: one scan first.
    static FINDER: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    if !mentions_any(&FINDER, HUNGER_WORDS, after) {
        return false;
    }
    let after = after.split([',', ';', ':']).next().unwrap_or("");
    // One pass over the words (ASCII letters only, so prefixes slice
    // safely), no lower-cased copy.
    let mut words = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    let (mut facing, mut prev) = (false, "");
    while let Some(w) = words.next() {
        let starts = |p: &str| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
        // "hungry for news" is a wish.
        let hungry =
            starts("hungry") && !words.peek().is_some_and(|n| n.eq_ignore_ascii_case("for"));
        if starts("hunger")
            || hungry
            || starts("starvation")
            || starts("famine")
            || starts("insecur") && prev.eq_ignore_ascii_case("food")
        {
            return facing;
        }
        facing |= FACING.iter().any(|f| f.eq_ignore_ascii_case(w));
        prev = w;
    }
    false
}

/// Buildings people are counted inside of ([`inside_at`]).
const BUILDINGS: &[&str] = &[
    "venue",
    "club",
    "nightclub",
    "bar",
    "building",
    "hall",
    "stadium",
    "arena",
    "church",
    "mosque",
    "temple",
    "theatre",
    "theater",
    "cinema",
    "school",
    "hotel",
    "factory",
    "mall",
    "tower",
    "hospital",
];

/// Whether the people counted before `end` were inside a building: "inside"
/// right after them ("had about 1,000 inside", "1,000 people inside"), or
/// "were in" or "packed into" a building of [`BUILDINGS`] ("About 1,500
/// people were in the venue").
fn inside_at(text: &str, sentence: Span, end: usize) -> bool {
    // (A few words are enough: no clause is read for every count.)
    let after = text.get(end..sentence.end.max(end)).unwrap_or("");
    let mut words = after
        .get(..floor_boundary(after, after.len().min(40)))
        .unwrap_or("")
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', ';', ':']));
    match words.next() {
        Some("inside") => true,
        Some("were" | "was") => match words.next() {
            Some("inside") => true,
            Some("in") => {
                let _ = words.next().filter(|w| matches!(*w, "the" | "a"));
                let place = words.next().unwrap_or("");
                BUILDINGS.contains(&place)
            }
            _ => false,
        },
        Some("packed" | "crammed") => {
            matches!(words.next(), Some("into" | "inside" | "in"))
        }
        _ => false,
    }
}

/// Whether a percentage is the share of a group vaccinated, in a sentence
/// that speaks of a vaccine, a jab, a dose or immunisation: after
/// "coverage" or "uptake" ("Coverage of the second dose fell to 83.9 per
/// cent", "Uptake of the MMR jab among five-year-olds slipped to 85%"), or
/// of a group that "had received" a dose or is "vaccinated" ("84% of
/// children had received both doses", "70% of adults are fully
/// vaccinated"). `Some(Some("first dose"))` when the share is of a first
/// dose only ("at least one dose"): the full course is another measure.
fn vaccination_rate(text: &str, sentence: Span, span: Span) -> Option<Option<&'static str>> {
    const VACCINE: &[&str] = &["vaccin", "jab", "dose", "immunis", "immuniz"];
    // A cheap look first, in the sentence as written (most percentages
    // are of nothing vaccinated): the stems past their first letter.
    let s = floor_boundary(
        text,
        sentence.start.max(span.start.saturating_sub(CUE_REACH)),
    );
    let e = ceil_boundary(text, sentence.end.min(span.start.saturating_add(CUE_REACH)));
    let raw = text.get(s..e).unwrap_or("");
    if !["accin", "ab", "ose", "mmunis", "mmuniz"]
        .iter()
        .any(|v| raw.contains(v))
    {
        return None;
    }
    let near = raw.to_ascii_lowercase();
    if !VACCINE.iter().any(|v| near.contains(v)) {
        return None;
    }
    let from = floor_boundary(text, sentence.start.max(span.start.saturating_sub(120)));
    let before = text
        .get(from..span.start)
        .unwrap_or("")
        .to_ascii_lowercase();
    let before = before.rsplit([';', ',']).next().unwrap_or(&before);
    // (Not "coverage rose by 2 points": a change.)
    let named = (before.contains("coverage") || before.contains("uptake"))
        && !before.trim_end().ends_with(" by");
    let after = clause_after(text, sentence, span.end).to_ascii_lowercase();
    let mut words = after.split_whitespace();
    let of_group = words.next() == Some("of") && {
        let rest: Vec<&str> = words.take(8).collect();
        let took = rest.windows(2).any(|w| {
            matches!(w[0], "received" | "had" | "got" | "taken")
                && (VACCINE
                    .iter()
                    .any(|v| rest.iter().any(|r| r.starts_with(v)))
                    || matches!(w[1], "both" | "two" | "a" | "the" | "their" | "one"))
        });
        took || rest.iter().any(|w| {
            w.starts_with("vaccinated") || w.starts_with("immunised") || w.starts_with("immunized")
        })
    };
    if !named && !of_group {
        return None;
    }
    let first = ["first dose", "one dose", "single dose", "1st dose"]
        .iter()
        .any(|d| near.contains(d));
    Some(first.then_some("first dose"))
}

/// The source of emissions named after "from" ("the power sector",
/// "electricity generation", "coal plants", "road transport"): power for
/// any phrase of power or electricity, else its last word.
fn emission_source(phrase: &[String]) -> &str {
    let power = phrase.iter().any(|w| {
        matches!(
            w.as_str(),
            "power" | "electricity" | "utilities" | "utility" | "grid" | "plants" | "stations"
        )
    });
    if power {
        return "power";
    }
    phrase
        .iter()
        .rev()
        .find(|w| {
            !matches!(
                w.as_str(),
                "the" | "sector" | "industry" | "a" | "its" | "their"
            )
        })
        .map_or("", String::as_str)
}

/// Whether the people counted at `start` are what a place can hold: right
/// after "to hold", "can hold", "could hold", "to accommodate", "holds",
/// "seats" or "accommodates" ("licensed to hold 250 people", "The arena
/// seats 18,000"; not "held 300 people", a number held), after "built
/// for" or "designed for" ("a stadium built for 45,000"), or after
/// "licensed to carry" ("designed", "built" … "to carry").
fn holds_up_to(text: &str, sentence: Span, start: usize) -> bool {
    let before = text.get(sentence.start..start).unwrap_or("");
    if !before
        .trim_end()
        .ends_with(|c: char| c.is_ascii_alphabetic())
    {
        return false;
    }
    let mut back = words_back(text, sentence, start);
    match back.next() {
        Some("holds" | "seats" | "accommodates") => true,
        Some("hold" | "accommodate" | "seat") => {
            matches!(back.next(), Some("to" | "can" | "could" | "will"))
        }
        // "a stadium built for 45,000".
        Some("for") => matches!(back.next(), Some("built" | "designed")),
        // "The vessel was licensed to carry no more than 250 people" (not
        // "was carrying 300 people": those aboard).
        Some("carry") => {
            back.next() == Some("to")
                && matches!(
                    back.next(),
                    Some("licensed" | "designed" | "built" | "certified" | "permitted" | "allowed")
                )
        }
        _ => false,
    }
}

/// Whether homes counted at `start` were begun: right after "began on",
/// "started on" or "broke ground on" ("Construction began on 1.26 million
/// homes", "Builders broke ground on 1.3 million houses"), or after
/// "began building" or "started building".
fn homes_begun(text: &str, sentence: Span, start: usize) -> bool {
    let mut back = words_back(text, sentence, start);
    match (back.next(), back.next()) {
        (Some("on"), Some(v)) => {
            matches!(v, "began" | "begun" | "started" | "starts" | "begins")
                || v == "ground"
                    && matches!(back.next(), Some("broke" | "broken" | "break" | "breaks"))
        }
        (Some("building" | "constructing"), Some(v)) => {
            matches!(v, "began" | "started" | "begun" | "start" | "begin")
        }
        _ => false,
    }
}

/// Whether the verb after a count of jobs is "go", past modals and their
/// like: "could go", "will go", "are set to go", "are expected to go".
fn jobs_go(text: &str, sentence: Span, end: usize) -> bool {
    for w in clause_after(text, sentence, end).split_whitespace().take(6) {
        match w {
            "go" => return true,
            "will" | "could" | "would" | "may" | "might" | "are" | "were" | "set" | "to"
            | "expected" | "likely" | "due" | "also" | "eventually" | "now" => {}
            _ => return false,
        }
    }
    false
}

/// Reads a count of a service's users ([`Subject`] noun `user`, predicate
/// `use`): "has 800 million weekly users", "serves 12 million users", "has
/// 13 million customers" (customers, subscribers and clients a service has
/// are its users; its period of use, "weekly",
/// "monthly" or "daily", the scope "per week" …, "active" dropped) and
/// "used by more than 800 million people every week" (the scope read from
/// the rate after it).
fn user_count(text: &str, sentence: Span, at: usize, s: &mut Subject) {
    let used_by = || {
        let mut back = words_back(text, sentence, at);
        back.next() == Some("by") && back.next().is_some_and(|v| v == "used")
    };
    // A user base a service has or reached ("has 800 million users"), not
    // users in passing ("one Twitter user wrote").
    let base = || {
        words_back(text, sentence, at).next().is_some_and(|v| {
            matches!(
                v,
                "has"
                    | "have"
                    | "had"
                    | "reached"
                    | "hit"
                    | "passed"
                    | "topped"
                    | "surpassed"
                    | "serves"
                    | "served"
                    | "serving"
                    // "The enlarged bank will serve 17.5 million customers".
                    | "serve"
                    | "boasts"
            )
        })
    };
    let by_period = |s: &Subject| {
        s.modifiers
            .iter()
            .any(|m| matches!(m.as_str(), "daily" | "weekly" | "monthly"))
    };
    match s.noun.as_deref() {
        Some("user") if by_period(s) || base() => {}
        // "The exchange has 13 million customers", "serves 12 million
        // users": a service's customers or subscribers are its users.
        Some("customer" | "subscriber" | "client") if base() => {
            s.noun = Some("user".to_string());
        }
        Some("person") if s.predicate.is_none() && used_by() => {
            s.noun = Some("user".to_string());
        }
        _ => return,
    }
    if s.predicate.is_none() {
        s.predicate = Some("use".to_string());
    }
    let mut scope = None;
    s.modifiers.retain(|m| {
        let per = match m.as_str() {
            "daily" => "per day",
            "weekly" => "per week",
            "monthly" => "per month",
            "active" => return false,
            _ => return true,
        };
        scope = Some(per.to_string());
        false
    });
    if scope.is_some() && s.scope.is_none() {
        s.scope = scope;
    }
}

/// People (singular) whose "numbers" are a count of them: "passenger
/// numbers", "visitor numbers", "student numbers" (not "record numbers",
/// "phone numbers", "poll numbers").
const COUNTED_BY_NUMBERS: &[&str] = &[
    "passenger",
    "visitor",
    "tourist",
    "student",
    "pupil",
    "patient",
    "member",
    "subscriber",
    "customer",
    "user",
    "viewer",
    "troop",
    "migrant",
    "refugee",
    "applicant",
    "spectator",
];

/// The count whose change a percentage is, read back from the figure:
/// "Passenger numbers rose 12%", "Visitor numbers climbed by 11 per
/// cent", "The number of tourists fell 4%": one of [`COUNTED_BY_NUMBERS`]
/// right before "numbers", or right after "the number of", then a verb of
/// change ([`METRIC_CHANGE_VERBS`]; "has" or "have" passed), then the
/// figure ("by" passed). Named `<noun> number`, as the change written
/// after a count of them is ("welcomed 8.7 million visitors, up 9%").
fn count_change(w: &Window<'_>) -> Option<String> {
    let mut left = w.left().map(|(_, t)| t);
    let mut t = left.next()?;
    if w.is_word(t, "by") {
        t = left.next()?;
    }
    if t.punct.is_some()
        || w.is_word(t, "reached")
        || !METRIC_CHANGE_VERBS.contains(&w.lower(t).as_str())
    {
        return None;
    }
    t = left.next()?;
    if w.is_any(t, &["has", "have", "had"]) {
        t = left.next()?;
    }
    let noun = if w.is_word(t, "numbers") {
        w.lower(left.next()?).as_str().to_string()
    } else {
        let (of, number) = (left.next()?, left.next()?);
        if !(w.is_word(of, "of") && w.is_word(number, "number")) {
            return None;
        }
        crate::extract::quantity::plural_lemma(w.text.get(t.start..t.end)?)?
    };
    COUNTED_BY_NUMBERS
        .contains(&noun.as_str())
        .then(|| format!("{noun} number"))
}

/// What a bare figure counts when it is the level of "the number of"
/// some plural noun: "Police put the number of marchers in Paris at
/// 119,000", "the number of migrants crossing the Channel rose to 36,000"
/// (the noun right after "of", in the figure's clause; "the number of
/// people killed" takes its predicate elsewhere, and this its noun).
fn number_of_noun(w: &Window<'_>) -> Option<String> {
    let mut left = w.left().map(|(_, t)| t);
    let mut first = left.next()?;
    // "Visitor numbers hit a record 8.9 million", "a new record 9 million".
    if w.is_word(first, "record") {
        first = left.next()?;
        if w.is_any(first, &["new", "fresh", "all-time"]) {
            first = left.next()?;
        }
        if !w.is_any(first, &["a", "an"]) {
            return None;
        }
        first = left.next()?;
    }
    if !["at", "to", "reached", "hit"]
        .iter()
        .any(|x| w.is_word(first, x))
    {
        return None;
    }
    let clause: Vec<&Tok> = left
        .take(TOLL_WINDOW)
        .take_while(|t| t.punct.is_none())
        .collect();
    // "Passenger numbers at Skyvale rose to 82.9 million": the count
    // of those the word before "numbers" names.
    let numbers = clause.iter().position(|t| w.is_word(t, "numbers"));
    if let Some(k) = numbers {
        let noun = clause.get(k + 1).map(|t| w.lower(t));
        if let Some(noun) = noun.filter(|n| COUNTED_BY_NUMBERS.contains(&n.as_str())) {
            return Some(noun.as_str().to_string());
        }
    }
    let k = clause.iter().position(|t| w.is_word(t, "number"))?;
    let of = clause.get(k.checked_sub(1)?)?;
    if !w.is_word(of, "of") {
        return None;
    }
    // "the number of measles infections in Texas": the last plural of the
    // noun phrase after "of" (at most three words), before a preposition.
    let mut noun = None;
    for j in (k.saturating_sub(4)..k.checked_sub(1)?).rev() {
        let t = clause.get(j)?;
        let word = w.text.get(t.start..t.end)?;
        if t.cap || crate::extract::lexicon::NOUN_STOP_SET.has(w.lower(t).as_str()) {
            break;
        }
        match crate::extract::quantity::plural_lemma(word) {
            Some(l) => noun = Some(l),
            None if noun.is_some() => break,
            None => {}
        }
    }
    noun
}

/// Verbs whose object "lives" is a toll ([`lives_lost`], [`lives_of`]).
const LIFE_TAKING: &[&str] = &[
    "claimed", "claims", "claim", "claiming", "cost", "costs", "costing", "took", "taken", "take",
    "takes", "lost", "losing",
];

/// Whether a measure is a firm's result ("net profit", "revenue"), which
/// a later sentence may give without naming the firm again (not a central
/// bank's rate nor a country's output).
fn firm_result(noun: Option<&str>) -> bool {
    noun.and_then(|n| n.rsplit(' ').next()).is_some_and(|last| {
        matches!(
            last,
            "revenue"
                | "sales"
                | "profit"
                | "earnings"
                | "income"
                | "loss"
                | "ebitda"
                | "dividend"
                | "margin"
                | "valuation"
        )
    })
}

/// The side of a tally a bare figure at `span` is on: "7 against and 32
/// abstaining", "141 in favour, 7 against", "611 in favor, 748 opposed",
/// "96% in favour of a strike" (not the second of a ratio: "split 4 to 1
/// in favor").
fn tally_side(text: &str, span: Span) -> Option<&'static str> {
    if text
        .get(..span.start)
        .is_some_and(|h| h.ends_with(" to ") || h.ends_with('-'))
    {
        return None;
    }
    let rest = text.get(span.end..)?;
    let (side, after) = if let Some(r) = rest
        .strip_prefix(" against")
        .or_else(|| rest.strip_prefix(" opposed"))
    {
        ("vote against", r)
    } else if let Some(r) = rest
        .strip_prefix(" in favour")
        .or_else(|| rest.strip_prefix(" in favor"))
    {
        ("vote for", r)
    } else {
        return None;
    };
    // "96% in favour of a strike": what the side is for may follow.
    let of = side == "vote for" && after.starts_with(" of ");
    (after.starts_with([',', '.', ';', ')'])
        || [" and ", " —", " –", " -"]
            .iter()
            .any(|p| after.starts_with(p))
        || after.is_empty()
        || of)
        .then_some(side)
}

/// The place of the first count of a list of places, when the figure at
/// `span` is the second, after a count ending at `last_end`: " in Lisbury
/// and " between them (one to three capitalised words; "lisbury") and " in
/// " and a capital after it.
fn place_list(text: &str, last_end: usize, span: Span) -> Option<String> {
    let gap = text.get(last_end..span.start).unwrap_or("");
    let place = gap
        .strip_prefix(" in ")
        .and_then(|g| g.strip_suffix(" and ").or_else(|| g.strip_suffix(", and ")))?;
    let words: Vec<&str> = place.split(' ').collect();
    let named = (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && !w.contains([',', '.']));
    let after = text.get(span.end..).unwrap_or("");
    let second = after
        .strip_prefix(" in ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()));
    (named && second).then(|| place.to_lowercase())
}

/// Whether a coordinated verb phrase follows the claim ending at `end`:
/// " and cut …", ", and cut …".
fn coordinated_after(text: &str, end: usize) -> bool {
    text.get(end..).is_some_and(|t| {
        let t = t.strip_prefix(',').unwrap_or(t);
        t.starts_with(" and ") || t.starts_with(" but ")
    })
}

/// Whether the figure at `start` is the total of a partitive: "312 of the
/// 450 seats", "120 of 150 drones", "most of 150 drones"; `Some(true)`
/// when a figure is a part of a definite total ("of the", "of its": "eight
/// of the train's 12 carriages"; not "most of the 50% stake it has agreed
/// to acquire").
fn partitive_total(text: &str, start: usize) -> Option<bool> {
    let head = text.get(start.saturating_sub(40)..start)?;
    // "won only one of his last eight matches": past a determiner and
    // "last" or "first".
    let head = ["last ", "first ", "past ", "previous "]
        .iter()
        .find_map(|w| head.strip_suffix(w).filter(|h| h.ends_with(' ')))
        .unwrap_or(head);
    // "won 187 of the parliament's 350 seats": past the total's owner.
    let head = head
        .strip_suffix(' ')
        .and_then(|h| h.rsplit_once(' '))
        .filter(|(_, w)| w.len() > 2 && (w.ends_with("'s") || w.ends_with("’s")))
        .map_or(head, |(h, _)| &head[..h.len() + 1]);
    let definite = [" of the ", " of his ", " of her ", " of their ", " of its "]
        .iter()
        .find_map(|d| head.strip_suffix(d));
    let before = definite.or_else(|| head.strip_suffix(" of "))?;
    let last = before.rsplit(' ').next().unwrap_or("");
    // "downed most of 150 drones": a part, not the total, was downed.
    let part = ["most", "many", "some", "half", "none", "few", "several"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(last));
    let figure = last.ends_with(|c: char| c.is_ascii_digit()) || is_number_word(last);
    (part || figure).then_some(figure && definite.is_some())
}

/// The document's dominant event, read from the whole text only when a
/// claim first needs it.
struct Dominant<'t> {
    text: &'t str,
    /// The lemma and how often its class was named.
    value: Option<Option<(&'static str, usize)>>,
}

impl Dominant<'_> {
    /// The event named at least twice, more than any other.
    fn get(&mut self) -> Option<&'static str> {
        self.read().filter(|(_, n)| *n >= 2).map(|(l, _)| l)
    }

    /// Also the only event a document names, once: what a running tally
    /// is of ("The epidemic … has infected 4,312. Officials said 112
    /// patients had died."). A date is not tied to it: "at the previous
    /// summit on 3 May" names another one.
    fn for_tally(&mut self) -> Option<&'static str> {
        self.read().map(|(l, _)| l)
    }

    fn read(&mut self) -> Option<(&'static str, usize)> {
        let text = self.text;
        *self.value.get_or_insert_with(|| dominant_event(text))
    }
}

/// Verbs of one candidate leading another in a poll.
const POLL_LEAD_VERBS: &[&str] = &[
    "leads", "led", "leading", "tops", "topped", "edges", "edged", "beats", "outpaces", "trails",
    "trailed", "trailing",
];

/// Words between a candidate and a poll share ("Marsh at 47 percent",
/// "Marsh has the support of 48 percent", "Reyes ahead, 49%").
const POLL_SHARE_WORDS: &[&str] = &[
    "at", "on", "with", "has", "had", "gets", "got", "drew", "draws", "receives", "received",
    "earns", "the", "support", "backing", "of", "polls", "polled", "polling", "stands", "stood",
    "ahead", "leads", "led", "is", "was",
];

/// Words of a pollster's name that do not tell pollsters apart ("Harlow
/// University poll" and "the Harlow poll" are one).
const POLLSTER_GENERIC: &[&str] = &[
    "university",
    "college",
    "institute",
    "polling",
    "research",
    "center",
    "centre",
    "group",
    "associates",
    "inc",
    "poll",
    "survey",
    "new",
    "latest",
    "national",
    "statewide",
    "opinion",
];

/// The pollster a share in `sentence` is from: the capitalised words
/// before "poll" or "survey" ("a Harlow University poll", "the Harlow
/// poll", "A new Harlow University survey"), or after "poll by" ("a
/// survey by Harlow University"); lower case, generic words dropped
/// ([`POLLSTER_GENERIC`]). `None` when the sentence names no poll or no
/// pollster: two unnamed polls cannot be told apart.
fn pollster(text: &str, sentence: Span) -> Option<String> {
    let s = text.get(sentence.start..sentence.end)?;
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let clean = |w: &str| {
        w.trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '/' && c != '-')
            .to_string()
    };
    let cap = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    for (i, w) in words.iter().enumerate() {
        let lw = w.to_ascii_lowercase();
        let lw = lw.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        if !matches!(lw, "poll" | "survey") {
            continue;
        }
        let mut name: Vec<String> = Vec::new();
        for x in words.get(..i).unwrap_or(&[]).iter().rev().take(5) {
            if !cap(x) {
                break;
            }
            name.push(clean(x));
        }
        name.reverse();
        if name.is_empty() {
            // "a poll by Harlow University", "a poll of 2,012 adults
            // conducted by Ipsos".
            let by = if words
                .get(i + 1)
                .is_some_and(|x| matches!(*x, "by" | "from" | "for"))
            {
                Some(i + 1)
            } else {
                (i + 2..i + 7)
                    .take_while(|&j| words.get(j).is_some_and(|x| !x.ends_with('.')))
                    .find(|&j| words.get(j) == Some(&"by"))
            };
            if let Some(b) = by {
                for x in words.get(b + 1..).unwrap_or(&[]).iter().take(5) {
                    if !cap(x) {
                        break;
                    }
                    name.push(clean(x));
                }
            }
        }
        let kept: Vec<String> = name
            .into_iter()
            .map(|w| w.to_lowercase())
            .filter(|w| !w.is_empty() && !POLLSTER_GENERIC.contains(&w.as_str()))
            .filter(|w| !matches!(w.as_str(), "a" | "an" | "the"))
            .collect();
        if !kept.is_empty() {
            return Some(kept.join(" "));
        }
    }
    None
}

/// A poll's share of a candidate: the candidate ([`Window::poll_candidate`])
/// and the pollster ([`pollster`]).
fn poll_share(w: &Window<'_>, text: &str, sentence: Span) -> Option<(String, String)> {
    // The dearer test last: a candidate before the figure, then the poll.
    let candidate = w.poll_candidate()?;
    // The poll may be named in the sentence before, in the paragraph,
    // when the share is written as one ("…, according to a YouGov poll.
    // Labour is on 31%, …", "Rubio at 13%"), not as a lead ("Clinton
    // leads, 59 percent to 28 percent, among voters 45 and older").
    let on_at = || {
        w.left()
            .next()
            .is_some_and(|(_, t)| matches!(w.lower(t).as_str(), "on" | "at"))
    };
    // A sentence naming a poll of its own names its pollster or none ("In
    // another poll, Marsh was at 44 percent").
    let own_poll = || {
        let lower = text
            .get(sentence.start..sentence.end)
            .unwrap_or("")
            .to_ascii_lowercase();
        lower.contains("poll") || lower.contains("survey")
    };
    let by = pollster(text, sentence).or_else(|| {
        if !on_at() || own_poll() {
            return None;
        }
        let from = floor_boundary(text, sentence.start.saturating_sub(POLL_LOOKBACK));
        let before = text.get(from..sentence.start)?;
        let para = before.rfind("\n\n").map_or(from, |k| from + k + 2);
        pollster(text, Span::new(para, sentence.start))
    })?;
    (!by.split(' ').any(|p| p == candidate)).then_some((candidate, by))
}

/// Words of expecting before a measure "of" a figure: the figure is a
/// forecast, no level ([`Window::metric`]).
const FORECAST_WORDS: &[&str] = &[
    "expected",
    "expect",
    "expects",
    "expecting",
    "forecast",
    "forecasts",
    "forecasting",
    "predicted",
    "predict",
    "predicts",
    "projected",
    "projects",
    "project",
    "estimated",
    "estimates",
    "estimate",
    "sees",
    "see",
    "targets",
    "target",
    "targeting",
    "anticipated",
    "anticipate",
    "anticipates",
];

/// Bytes before a share's sentence searched for the poll it is from
/// ([`poll_share`]).
const POLL_LOOKBACK: usize = 240;

/// Nouns right after a sum that make it a player's transfer fee: "a
/// £100m move", "his £116m signing", "a £90m transfer".
const TRANSFER_NOUNS: &[&str] = &["move", "signing", "transfer"];

/// A sum that is a transfer fee: one written right before a noun of
/// [`TRANSFER_NOUNS`], or a "fee" (`s.noun`, "for a fee of £116 million")
/// in a document whose one or main event is a transfer, or a sum a player
/// joined or was signed for ([`joined_for`]). Its event becomes
/// "transfer" (the key then names the fee, see `group::subject_key`).
fn transfer_fee(
    text: &str,
    sentence: Span,
    span: Span,
    s: &mut Subject,
    dominant: &mut Dominant<'_>,
) {
    let rest = text.get(span.end..).unwrap_or("");
    let next = rest.strip_prefix(' ').unwrap_or(rest);
    let noun_after = TRANSFER_NOUNS.iter().any(|n| {
        next.get(..n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
            && !next[n.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
    }) && next.len() < rest.len();
    let fee = s.noun.as_deref() == Some("fee")
        && s.event.is_none()
        && dominant.for_tally() == Some("transfer");
    if noun_after || fee || s.event.is_none() && joined_for(text, sentence, span.start) {
        s.event = Some("transfer".to_string());
        // Each player's fee is his own ("transfer fee" is an owned
        // measure, keyed on its doer), not the buying club's ("Harbour
        // City's £116m signing of Ostrander").
        s.agent = transfer_player(text, sentence, span.start);
    }
}

/// Whether a sum is what a player joined or was signed for: "has joined
/// Real Madrid for €100m", "signed striker Leon Okafor from Lille for a
/// fee of €105 million" (a verb of joining or signing, then "for" or "for
/// a fee of" right before the sum, in one clause).
fn joined_for(text: &str, sentence: Span, start: usize) -> bool {
    let Some(clause) = clause_before(text, sentence, start) else {
        return false;
    };
    let lower = clause.trim_end().to_ascii_lowercase();
    // "for a fee of", "for a British record fee of": "for a" and at most
    // three words before "fee of".
    let fee_of = lower.strip_suffix(" fee of").and_then(|h| {
        let words: Vec<(usize, &str)> = h
            .match_indices(' ')
            .map(|(i, _)| (i, &h[i + 1..]))
            .collect();
        words.iter().rev().take(5).find_map(|(i, rest)| {
            (*rest == "for a" || rest.starts_with("for a ")).then(|| &h[..*i])
        })
    });
    let Some(head) = fee_of
        .or_else(|| lower.strip_suffix(" for a reported"))
        .or_else(|| lower.strip_suffix(" for"))
    else {
        return false;
    };
    head.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        matches!(
            w,
            "joined" | "joins" | "join" | "joining" | "signed" | "signs" | "sign" | "signing"
        )
    })
}

/// The words of a figure's clause after it (up to a comma or a semicolon,
/// at most 40 bytes, within its sentence).
fn near_clause_after(text: &str, sentence: Span, end: usize) -> &str {
    let to = floor_boundary(text, sentence.end.min(end + 40));
    let rest = text.get(end..to).unwrap_or("");
    rest.split([',', ';']).next().unwrap_or(rest)
}

/// Consumer prices' change over a year is the rate of inflation:
/// "Consumer prices rose 1.9% in the year to May", "The consumer price
/// index climbed 7.7% from a year earlier".
fn annual_inflation(subject: &mut Subject) {
    if subject.noun.as_deref() == Some("consumer price")
        && subject.predicate.as_deref() == Some("change")
    {
        subject.noun = Some("inflation".to_string());
        subject.predicate = Some("level".to_string());
    }
}

/// The basis of a rate of change written beside it, in its clause (at most
/// 40 bytes each side): "annualised" ("at an annual rate of 2.8%", "2.8%
/// annualised") or "on the quarter" ("0.7% from the previous quarter",
/// "quarter-on-quarter").
fn rate_basis(text: &str, sentence: Span, span: Span) -> Option<&'static str> {
    let from = floor_boundary(text, sentence.start.max(span.start.saturating_sub(40)));
    let before = text.get(from..span.start).unwrap_or("");
    let before = before.rsplit([',', ';']).next().unwrap_or(before);
    let after = near_clause_after(text, sentence, span.end);
    let has = |words: &[&str]| {
        words
            .iter()
            .any(|w| before.contains(w) || after.contains(w))
    };
    // "fell 9.8% to an annual rate of 1.31 million": the level reached is
    // by the year, not the change.
    let annual = ["annualised", "annualized", "annual rate", "annual pace"]
        .iter()
        .any(|w| {
            before.contains(w)
                || after
                    .find(w)
                    .is_some_and(|i| after.get(..i).is_some_and(|x| !x.contains("to a")))
        });
    if annual {
        Some("annualised")
    } else if has(&[
        "previous quarter",
        "prior quarter",
        "quarter-on-quarter",
        "quarter on quarter",
        "on the quarter",
    ]) {
        Some("on the quarter")
    } else {
        None
    }
}

/// Whether the words after a change (up to the clause's end, at most 40
/// bytes) say it is over a year: "from a year earlier", "from a year ago",
/// "year on year", "on an annual basis".
fn annual_change_after(text: &str, sentence: Span, end: usize) -> bool {
    let clause = near_clause_after(text, sentence, end);
    [
        "from a year earlier",
        "from a year ago",
        "year on year",
        "year-on-year",
        "on an annual basis",
        "over the past year",
        "over the year",
    ]
    .iter()
    .any(|m| clause.contains(m))
}

/// Whether the figure ending at `end` is a part of one before it: "eight
/// of them", "four of whom", "92 of which", "two of those", "eight of the
/// injured".
fn part_of_them(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let whole = |p: &str| whole_word_at(rest, 0, p);
    const OF_THE: &str = " of the ";
    let of_the = rest
        .get(..OF_THE.len())
        .is_some_and(|r| r.eq_ignore_ascii_case(OF_THE));
    [
        " of them",
        " of whom",
        " of which",
        " of those",
        " of these",
    ]
    .iter()
    .any(|p| whole(p))
        || of_the
            && PART_OF_THE
                .iter()
                .any(|w| whole_word_at(rest, OF_THE.len(), w))
}

/// The predicate class of a bare figure (a number with no noun): what
/// befell it ("two were rescued") or was done with it ("winning 121"),
/// for the readers that lend it the noun of a count before it.
/// The predicate class of a count or a bare figure ("killed", "closed");
/// `None` for other kinds of claim.
fn figure_class(kind: ClaimKind, subject: &Subject) -> Option<&'static str> {
    if !matches!(kind, ClaimKind::Count | ClaimKind::Number) {
        return None;
    }
    subject
        .predicate
        .as_deref()
        .and_then(group::predicate_class)
}

fn bare_figure_class(kind: ClaimKind, subject: &Subject) -> Option<&'static str> {
    if kind != ClaimKind::Number || subject.noun.is_some() {
        return None;
    }
    figure_class(kind, subject)
}

/// Whether a count's own text is a part of a toll: "385 of the deaths",
/// "Two of the victims" (the toll is the whole: "Two of the victims were
/// children" is no count of the dead; "Three of the hostages were freed"
/// stays a count of hostages freed).
fn part_of_toll(own: &str) -> bool {
    const OF_THE: &str = " of the ";
    let Some(at) = own.find(OF_THE) else {
        return false;
    };
    let noun = &own[at + OF_THE.len()..];
    ["deaths", "dead", "victims", "fatalities", "casualties"]
        .iter()
        .any(|w| noun.eq_ignore_ascii_case(w))
}

/// Whether `s` holds the word `w` (ASCII case folded) at byte `at`, not
/// followed by a letter or digit.
fn whole_word_at(s: &str, at: usize, w: &str) -> bool {
    s.get(at..at + w.len())
        .is_some_and(|x| x.eq_ignore_ascii_case(w))
        && !s
            .as_bytes()
            .get(at + w.len())
            .is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether a figure at `start` follows a fronted partitive that names its
/// whole: "Of the 30 injured, eight are in critical condition".
fn fronted_part(text: &str, sentence: Span, start: usize) -> bool {
    let head = text.get(sentence.start..start).unwrap_or("").trim_start();
    head.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("of "))
        && head.get(3..).is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                && rest.contains(", ")
        })
}

/// Whether a bare figure after a comma says how many of those before are
/// in a state: "Eleven people remain in hospital, four in critical
/// condition", "30 were hurt, eight seriously" (a part, never a rival).
fn condition_part(text: &str, span: Span) -> bool {
    const STATES: &[&str] = &[
        " in critical condition",
        " in a critical condition",
        " in serious condition",
        " in a serious condition",
        " in stable condition",
        " in a stable condition",
        " in intensive care",
        " critically",
        " seriously",
        " severely",
    ];
    let bare = text
        .get(span.start..span.end)
        .is_some_and(|f| !f.contains(' '));
    let after = text.get(span.end..).unwrap_or("");
    bare && text.get(..span.start).is_some_and(|b| b.ends_with(", "))
        && STATES.iter().any(|st| {
            after
                .get(..st.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(st))
        })
}

/// Participles and adjectives that name a group after "of the": "eight of
/// the injured", "two of the dead".
const PART_OF_THE: &[&str] = &[
    "injured",
    "wounded",
    "dead",
    "missing",
    "hospitalised",
    "hospitalized",
    "detained",
    "arrested",
    "evacuated",
];

/// Predicates that take no object: one before a figure, a word or more
/// away, is not what happened to it.
const INTRANSITIVE: &[&str] = &["die", "perish"];

/// Verbs before a figure that make it what something takes, not what
/// happened: "It takes 1,237 delegates to win", "the bill needs 60 votes".
/// "take" only with a purpose after the figure ("took 55 delegates" won
/// them).
const THRESHOLD_VERBS: &[&str] = &[
    "need", "needs", "needed", "require", "requires", "required", "take", "takes", "took",
];

/// Words after a figure that make it a threshold when a purpose follows:
/// "the 270 electoral votes needed to win".
const THRESHOLD_AFTER: &[&str] = &["needed", "required", "necessary"];

/// The predicate of a threshold ([`threshold`]): a figure something takes
/// or needs is no tally of what happened, and is never keyed
/// ([`group::SubjectKey::of`]).
pub(crate) const THRESHOLD: &str = "need";

/// Whether the figure is a threshold: "It takes 1,237 delegates to win the
/// nomination", "needs 60 votes to pass", "the 270 electoral votes needed
/// to win".
fn threshold(w: &Window<'_>) -> bool {
    // Compared as written, ignoring ASCII case: no lower-casing for the
    // claims (most of them) that are no threshold.
    let is = |t: Option<&Tok>, words: &[&str]| {
        t.and_then(|t| w.text.get(t.start..t.end))
            .is_some_and(|x| words.iter().any(|k| k.eq_ignore_ascii_case(x)))
    };
    let mut right = w.right().map(|(_, t)| t);
    let (r0, r1) = (right.next(), right.next());
    let purpose = |t: Option<&Tok>| is(t, &["to", "for"]);
    let l0 = w.left().next().map(|(_, t)| t);
    if is(l0, THRESHOLD_VERBS) {
        return !is(l0, &["take", "takes", "took"]) || purpose(r0);
    }
    is(r0, THRESHOLD_AFTER) && purpose(r1)
}

/// Whether the figure is the doer of the verb right after it, not what the
/// verb was done to: "Three gunmen killed 12 people", "Two men stole the
/// van", "10 drugs will cut costs". Only for verbs of harm, loss, custody
/// and cuts, and only when an object follows ("Five soldiers killed in an
/// ambush" were killed).
fn doer_of(w: &Window<'_>, lemma: &str, at: usize) -> bool {
    let harmed = group::predicate_class(lemma).is_some_and(|c| {
        matches!(
            c,
            "killed"
                | "injured"
                | "affected"
                | "destroyed"
                | "damaged"
                | "arrested"
                | "detained"
                | "kidnapped"
                | "rescued"
                | "evacuated"
                | "job cut"
        )
    });
    // A form of several words ("made off with") ends at its last word.
    let len = w.by_index(at).map_or(1, |t| t.plen.max(1));
    // A bare plural object only after a verb that is no adjective ("10
    // drugs will cut costs", not "30 dead bodies", "40 injured people").
    let verb_only = w.by_index(at).is_some_and(|t| {
        let form = w.lower(t);
        !form.as_str().ends_with("ed") && !matches!(form.as_str(), "dead" | "missing" | "hurt")
    });
    harmed
        && w.by_index(at + len).is_some_and(|n| {
            let x = w.lower(n);
            let x = x.as_str();
            is_figure_word(w, n)
                || n.punct.is_none()
                    && (matches!(
                        x,
                        "the" | "his" | "her" | "their" | "its" | "dozens" | "hundreds"
                    )
                        // "10 drugs will cut costs": a plural object.
                        || verb_only
                            && n.predicate.is_none()
                            && !n.cap
                            && x.len() > 3
                            && x.ends_with('s')
                            && !x.ends_with("ss")
                            && !matches!(x, "was" | "has" | "is" | "this" | "thus" | "always"))
        })
}

/// Reads a figure's predicate, event and place from the words around it.
/// Returns whether the predicate was read after the claim.
fn annotate_count(w: &Window<'_>, s: &mut Subject, dominant: &mut Dominant<'_>) -> bool {
    // "has risen to five", "rose to 30": a level a tally rose to.
    let risen_to = {
        let mut l = w.left().map(|(_, t)| t);
        l.next().is_some_and(|t| w.is_word(t, "to"))
            && l.next()
                .is_some_and(|t| RISE_VERBS.contains(&w.lower(t).as_str()))
    };
    // A relative clause set off by a comma after another noun is about that
    // noun: "2,300 firefighters are battling the blaze, which has
    // destroyed 312 structures".
    // So is a clause opened by "with" or "while" after a comma: "rose to
    // 81, with hundreds still missing".
    let (mut comma, mut comma_after_noun) = (false, false);
    let mut last_end = None;
    // A figure inside a relative clause set off by commas ends its verb
    // search at the closing comma: in "The show, which was expected to
    // draw 100,000 visitors, was cancelled" the visitors were not.
    // So does one in a relative clause inside an apposition: "Harold
    // Weiss, the pianist who recorded more than 60 albums, died".
    let in_relative = {
        // The first word of the clause, the mark before it and whether a
        // relative pronoun opens a clause within it.
        let (mut first, mut mark, mut who, mut with) = (None, None, false, false);
        for (_, t) in w.left().take(LEFT + 1) {
            if t.punct.is_some() {
                mark = Some(t);
                break;
            }
            // "The twister, rated EF4 with winds of up to 180 mph,
            // destroyed 300 homes": a phrase of "with" set off by commas
            // describes the noun before it ("along with five others" and
            // "together with" join the subject instead).
            if w.is_word(t, "along") || w.is_word(t, "together") {
                with &= !first.is_some_and(|f| w.is_word(f, "with"));
            }
            with |= w.is_word(t, "with");
            first = Some(t);
            who |= w.is_word(t, "which") || w.is_word(t, "who");
        }
        mark.is_some_and(|m| m.punct == Some(b','))
            && (who
                || with
                || first.is_some_and(|t| matches!(w.lower(t).as_str(), "which" | "who")))
    };
    let right = w
        .right()
        .take(RIGHT + age_apposition(w) + list_reach(w))
        .enumerate()
        .take_while(|(d, (i, t))| {
            // "recorded 150 aftershocks, and the death toll rose": a
            // clause with its own subject after ", and" is its own.
            let new_clause = || {
                matches!(w.lower(t).as_str(), "and" | "but")
                    && w.by_index(i + 1).is_some_and(|n| {
                        matches!(
                            w.lower(n).as_str(),
                            "the" | "a" | "an" | "its" | "their" | "his" | "her"
                        )
                    })
            };
            // "2,800 buildings collapsed, and 326 people died": another
            // figure after ", and" heads its own clause, and its verb; so
            // does a hedged one ("refloated 50 of them, but at least 97
            // died").
            let next_figure = || {
                matches!(w.lower(t).as_str(), "and" | "but" | "while")
                    && w.by_index(past_hedge(w, i + 1)).is_some_and(|n| {
                        w.text
                            .as_bytes()
                            .get(n.start)
                            .is_some_and(u8::is_ascii_digit)
                    })
            };
            // "dug out six survivors, two of them seriously injured": a
            // part after a comma has its own verb.
            let part_after_comma = || {
                is_figure_word(w, t)
                    && w.by_index(i + 1).is_some_and(|n| w.is_word(n, "of"))
                    && w.by_index(i + 2)
                        .is_some_and(|n| w.is_word(n, "them") || w.is_word(n, "whom"))
            };
            // "issued 12 flood warnings and two people were rescued": a
            // figure of people after "and" a figure of things has its own
            // verb ("12 soldiers and 3 civilians were killed" share
            // theirs).
            let other_kind = || {
                w.is_word(t, "and")
                    && w.by_index(i + 1).is_some_and(|n| is_figure_word(w, n))
                    && w.by_index(i + 2).is_some_and(|m| {
                        let word = w.text.get(m.start..m.end).unwrap_or("");
                        let theirs = crate::extract::quantity::plural_lemma(word);
                        match (s.noun.as_deref(), theirs.as_deref()) {
                            (Some(a), Some(b)) => !is_person_noun(a) && is_person_noun(b),
                            _ => false,
                        }
                    })
            };
            // "a 33-storey tower where 76 people were missing": a clause
            // about a place or thing after the claim's noun is its own.
            // "Eight workers were on the bridge; two were rescued": a
            // semicolon ends the clause.
            let stop = t.punct == Some(b';')
                || in_relative && t.punct == Some(b',')
                || comma && (new_clause() || next_figure() || part_after_comma())
                || other_kind()
                || comma_after_noun && t.has(SUBORDINATOR)
                || *d > 0
                    && t.has(SUBORDINATOR)
                    && matches!(w.lower(t).as_str(), "where" | "which")
                    // "92 of which are out of control": the part's verb.
                    && !(*d == 1
                        && w.is_word(t, "which")
                        && i.checked_sub(1)
                            .and_then(|b| w.by_index(b))
                            .is_some_and(|b| w.is_word(b, "of")))
                // "hunting eight prisoners after 10 men broke out": a
                // clause that opens with another figure has its verb.
                || *d > 0
                    && t.has(SUBORDINATOR)
                    && (1..=2).any(|k| w.by_index(i + k).is_some_and(|n| is_figure_word(w, n)))
                || comma && matches!(w.lower(t).as_str(), "with" | "while" | "whereas")
                // "The toll has risen to five after an injured skier died":
                // a clause of time or cause right after a level risen to
                // has its own subject and verb.
                || *d == 0
                    && risen_to
                    && matches!(
                        w.lower(t).as_str(),
                        "after" | "before" | "when" | "because" | "since" | "until" | "once"
                    )
                // "…20 people are still inside,” rescue coordinator Erol
                // said": a quotation ends the clause.
                || last_end.is_some_and(|e| closes_quote(w.text, e, t.start, comma))
                // "412 killings, according to police data released on
                // Wednesday": the source's words are not the figure's.
                || w.is_word(t, "according");
            // "killing two students and two teachers and wounding nine
            // others": a verb after "and" with a figure of its own is that
            // figure's, and so is the rest of the clause. So is one after a
            // comma: "has targeted over 100 vessels, sunk two and seized
            // one"; "with peak winds of 170 mph, killed 18 people and
            // flattened 350 houses".
            let its_own = t.predicate.is_some()
                && i.checked_sub(1)
                    .and_then(|b| w.by_index(b))
                    .is_some_and(|b| w.is_word(b, "and") || b.punct == Some(b','))
                && w.by_index(i + 1).is_some_and(|n| is_figure_word(w, n));
            let stop = stop || its_own;
            comma = t.punct == Some(b',');
            comma_after_noun = *d > 0 && comma;
            last_end = Some(t.end);
            !stop
        })
        .find_map(|(d, (i, t))| {
            let p = t.predicate?;
            // "recall 400,000 SUVs sold in the US": units described as sold
            // after their noun, with no auxiliary, are not the count's
            // verb ("2 million cars were sold" is).
            let described = p == "sell units"
                && !i
                    .checked_sub(1)
                    .and_then(|b| w.by_index(b))
                    .is_some_and(|b| {
                        matches!(
                            w.lower(b).as_str(),
                            "was"
                                | "were"
                                | "been"
                                | "be"
                                | "being"
                                | "are"
                                | "is"
                                | "have"
                                | "has"
                                | "had"
                        )
                    });
            // "blocked the road with two stolen cars": a participle between
            // a determiner or a figure and its noun describes the noun.
            (!t.has(STATEMENT) && !described && !w.attributive(i)).then_some((d, p, i))
        });
    // A verb with no object before the claim is another figure's: "Thirteen
    // people died after a train with 300 passengers on board".
    // A figure after "and" or "but" with a verb of its own heads its own
    // clause: in "15 people were rescued and 37 bodies were recovered" the
    // bodies were not rescued ("killed 12 soldiers and 3 civilians" share
    // the verb).
    // "and eight others were wounded": past "others" or "more".
    let mut after = w.right().map(|(_, t)| t).peekable();
    if after
        .peek()
        .is_some_and(|t| w.is_word(t, "others") || w.is_word(t, "more"))
    {
        after.next();
    }
    let own_clause = after.next().is_some_and(|t| {
        t.punct.is_none() && {
            let l = w.lower(t);
            let l = l.as_str();
            matches!(
                l,
                "were" | "was" | "are" | "is" | "have" | "has" | "had" | "remain" | "remains"
            ) || l.ends_with("ed") && t.predicate.is_none()
        }
    });
    let after_preposition = w.left().next().is_some_and(|(_, t)| {
        matches!(
            w.lower(t).as_str(),
            "across" | "over" | "in" | "during" | "within"
        )
    });
    let left = w
        .left()
        .take(LEFT)
        .enumerate()
        .take_while(|(d, (i, t))| {
            // "Polls will close at 10pm, with about 48 million people
            // registered": an absolute clause after ", with" is its own.
            let with_clause = w.is_word(t, "with")
                && i.checked_sub(1)
                    .and_then(|b| w.by_index(b))
                    .is_some_and(|b| b.punct == Some(b','));
            // "the blaze was 35 percent contained and that 1,200
            // firefighters were on the ground": a figure opening a clause
            // of "that" with its own verb is that clause's subject.
            let and_clause =
                own_clause && *d == 0 && matches!(w.lower(t).as_str(), "and" | "but" | "that");
            // "sold 10.1 million tickets across 149 dates": a figure after
            // a preposition, with another figure between it and the verb,
            // is no object of that verb.
            let past_figure = *d > 0 && after_preposition && is_figure_word(w, t);
            !(and_clause || with_clause || past_figure)
        })
        .find_map(|(d, (i, t))| {
            let p = t.predicate?;
            // A form of several words is as near as its last word: "the
            // cancellation of about 1,500 flights, affecting …".
            let near = d.saturating_sub(t.plen.saturating_sub(1));
            // "Volunteers helped return 35 to the sea": a form in "-s"
            // opening the sentence is a plural noun, its subject.
            let opening = t.cap && t.start == w.sentence_start && t.plen <= 1;
            let subject_noun =
                opening && w.text.get(t.start..t.end).is_some_and(|f| f.ends_with('s'));
            // "Scorching temperatures were linked to 47,690 deaths": a form
            // in "-ing" opening the sentence before a bare noun is its
            // adjective ("Killing 12 people", "Rescuing the crew" are verbs).
            let adjective = opening
                && w.text
                    .get(t.start..t.end)
                    .is_some_and(|f| f.ends_with("ing"))
                && w.by_index(i + 1).is_some_and(|n| {
                    n.punct.is_none()
                        && !n.cap
                        && !n.has(FUNCTION)
                        && !is_figure_word(w, n)
                        && w.text.get(n.start..n.end).is_some_and(|x| x.ends_with('s'))
                });
            let subject_noun = subject_noun || adjective;
            // "the aircraft, delivered in 2016, had 150 passengers": a
            // participle set off by commas describes the noun before it,
            // when the clause's own verb follows the closing comma (not in
            // "Brightmart shares, which were halted at noon, closed at
            // $41.10, down 35 cents").
            let aside = i
                .checked_sub(1)
                .and_then(|b| w.by_index(b))
                .is_some_and(|b| b.punct == Some(b','))
                && w.text.get(t.start..t.end).is_some_and(is_participle)
                && w.left()
                    .take(d)
                    .filter(|(_, u)| u.punct == Some(b','))
                    .last()
                    .and_then(|(k, _)| w.by_index(k + 1))
                    .is_some_and(|v| {
                        matches!(
                            w.lower(v).as_str(),
                            "had" | "has" | "have" | "was" | "were" | "is" | "are"
                        )
                    });
            (!(t.has(STATEMENT) || subject_noun || aside || d > 0 && INTRANSITIVE.contains(&p)))
                .then_some((near, p, i))
        });
    // "More than 380 fires were burning, 210 of them out of control": a
    // part's own verb follows "of them".
    let of_them = {
        let mut r = w.right().map(|(_, t)| t);
        r.next().is_some_and(|t| w.is_word(t, "of"))
            && r.next()
                .is_some_and(|t| w.is_word(t, "them") || w.is_word(t, "which"))
    };
    // "The death toll from the stampede rose to 13 as two of the injured
    // died": the level a toll reached counts the dead, whatever verb the
    // rest of the sentence has (the toll, unbroken by punctuation, before
    // "to", "at", "reached", "hit" or "of" right before the figure).
    let toll_level = {
        let mut left = w.left();
        let lead = left.next().is_some_and(|(_, t)| {
            ["to", "at", "reached", "hit", "of"]
                .iter()
                .any(|x| w.is_word(t, x))
        });
        lead.then(|| {
            left.take(TOLL_WINDOW)
                .take_while(|(_, t)| t.punct.is_none())
                .find(|(_, t)| t.has(TOLL))
                .map(|(at, _)| (LEFT, "death toll", at))
        })
        .flatten()
    };
    let hit = match (right, left) {
        _ if toll_level.is_some() => toll_level.map(|l| (l, false)),
        (Some(r), Some(_)) if of_them => Some((r, true)),
        (Some(r), Some(l)) => Some(if l.0 < r.0 { (l, false) } else { (r, true) }),
        (Some(r), None) => Some((r, true)),
        (None, Some(l)) => Some((l, false)),
        (None, None) => None,
    };
    // "The death toll ... rose to 30": the toll names what is counted.
    let hit = hit.or_else(|| {
        let (at, _) = w
            .left()
            .take(TOLL_WINDOW)
            .take_while(|(_, t)| t.punct != Some(b';'))
            .find(|(_, t)| t.has(TOLL))?;
        Some(((LEFT, "death toll", at), false))
    });
    // "The number of people killed in the blast rose to 56", "the number of
    // those missing stood at 12": the figure counts what "the number of"
    // names, and takes its predicate.
    let hit = hit.or_else(|| {
        let (_, next) = w.left().next()?;
        let next = w.text.get(next.start..next.end).unwrap_or("");
        if !["to", "at", "reached", "hit"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(next))
        {
            return None;
        }
        let left: Vec<(usize, &Tok)> = w
            .left()
            .take(TOLL_WINDOW)
            .take_while(|(_, t)| t.punct != Some(b';') && t.punct != Some(b','))
            .collect();
        let k = left
            .iter()
            .position(|(_, t)| w.lower(t).as_str() == "number")?;
        if k < 2 || w.lower(left.get(k - 1)?.1).as_str() != "of" {
            return None;
        }
        // The first predicate after "number of".
        let (at, t) = left.get(..k - 1)?.iter().rev().find(|(_, t)| {
            t.predicate
                .is_some_and(|p| !t.has(STATEMENT) && group::predicate_class(p).is_some())
        })?;
        Some(((LEFT, t.predicate?, *at), false))
    });
    // "the death toll rose to 56", "has climbed to 56": the level a rise
    // reached.
    {
        let word = |t: &Tok| w.text.get(t.start..t.end).unwrap_or("");
        let mut left = w.left().map(|(_, t)| word(t));
        s.risen |= left.next().is_some_and(|l| l.eq_ignore_ascii_case("to"))
            && left
                .next()
                .is_some_and(|l| RISE_VERBS.iter().any(|v| v.eq_ignore_ascii_case(l)));
    }
    let mut from_right = false;
    if let Some(((d, p, at), is_right)) = hit {
        // Right after the figure, past a modal ("10 drugs will cut") or
        // past a relative pronoun ("120 volunteers who refloated 44 of
        // them").
        let next_verb = d == 0
            || d == 1
                && w.right().next().is_some_and(|(_, t)| {
                    t.has(MODAL) || w.is_word(t, "who") || w.is_word(t, "that")
                });
        if s.predicate.is_none() && !(is_right && next_verb && doer_of(w, p, at)) {
            s.predicate = Some(p.to_string());
            from_right = is_right;
            // "Three people were stabbed to death": a stabbing.
            if s.event.is_none()
                && w.by_index(at).is_some_and(|t| {
                    let form = w.text.get(t.start..t.end).unwrap_or("");
                    ["stabbed", "hacked"].iter().any(|x| {
                        form.get(..x.len())
                            .is_some_and(|f| f.eq_ignore_ascii_case(x))
                    })
                })
            {
                s.event = Some("stabbing".to_string());
            }
        }
        s.negated |= w.negated_before(at);
        s.modal |= w.modal_before(at) || (is_right && w.right().take(d).any(|(_, t)| t.has(MODAL)));
    }
    // "The walkout by 45,000 members", "a march by about 3,000 people":
    // those who held a gathering took part in it, whatever it then did.
    {
        let mut left = w.left().map(|(_, t)| t);
        if left.next().is_some_and(|t| w.is_word(t, "by")) {
            if let Some(e) = left.next().filter(|t| t.event.is_some()) {
                let held = HELD_EVENTS.contains(&w.lower(e).as_str());
                if held && s.noun.as_deref().is_some_and(is_person_noun) {
                    s.predicate = Some("take part".to_string());
                    s.event = Some(w.lower(e).as_str().to_string());
                }
            }
        }
    }
    // "the blackout cut off 50 million people", "villages were cut off":
    // cut off from the world, not cut from a payroll.
    if s.predicate.as_deref() == Some("cut")
        && hit.is_some_and(|((_, _, at), _)| {
            w.by_index(at + 1)
                .is_some_and(|t| w.lower(t).as_str() == "off")
        })
    {
        s.predicate = Some("cut off".to_string());
    }
    // "power was cut to 3.2 million customers", "cut its forecast to 2%":
    // what was cut to a level is no cut of that many.
    if s.predicate.as_deref() == Some("cut") {
        let mut left = w.left().map(|(_, t)| w.lower(t));
        if left.next().is_some_and(|t| t.as_str() == "to")
            && left
                .next()
                .is_some_and(|t| matches!(t.as_str(), "cut" | "cuts"))
        {
            s.predicate = None;
        }
    }
    // "Rescuers saved 104 people", "US employers added 272,000 jobs": a
    // verb that is a predicate only of some nouns ([`VERBS_OF_NOUNS`]),
    // right before the figure, is its verb, whatever verb the search found
    // further back ("cut casualties by 40% and save six lives"), unless
    // that verb governs it ("pledged to create 700,000 jobs").
    let mut left = w.left();
    if let (Some(noun), Some((_, t))) = (s.noun.as_deref(), left.next()) {
        let governed = left
            .next()
            .is_some_and(|(_, to)| w.lower(to).as_str() == "to");
        let verb = w.lower(t);
        let own = VERBS_OF_NOUNS.iter().find(|(forms, nouns, _)| {
            forms.contains(&verb.as_str())
                && (nouns.contains(&noun)
                    || nouns.contains(&"person")
                        && crate::extract::lexicon::PERSON_NOUNS.contains(&noun))
        });
        if let Some((_, _, lemma)) = own.filter(|_| !governed || s.predicate.is_none()) {
            s.predicate = Some((*lemma).to_string());
        }
    }
    // "told about 1.2 million residents to leave their homes", "ordered
    // 500,000 people to leave": people ordered out were evacuated.
    if s.predicate.as_deref().is_none_or(|p| p == "displace")
        && w.left().next().is_some_and(|(_, t)| {
            ["ordered", "told", "urged", "asked", "instructed", "advised"]
                .iter()
                .any(|x| w.is_word(t, x))
        })
    {
        // To leave their homes or a place, not a bar ("asked 40 people to
        // leave the bar").
        let mut right = w.right().map(|(_, t)| t);
        let to = right.next().is_some_and(|t| w.is_word(t, "to"));
        let verb = right.next();
        let evacuate = verb.is_some_and(|t| w.is_word(t, "evacuate") || w.is_word(t, "flee"))
            || verb.is_some_and(|t| w.is_word(t, "leave"))
                && right.next().is_none_or(|t| {
                    t.punct.is_some()
                        || t.cap
                        || ["their", "home", "homes"].iter().any(|x| w.is_word(t, x))
                        || w.is_word(t, "the")
                            && right.next().is_some_and(|n| {
                                [
                                    "area", "city", "region", "coast", "island", "town", "village",
                                ]
                                .iter()
                                .any(|x| w.is_word(n, x))
                            })
                });
        if to && evacuate {
            s.predicate = Some("evacuate".to_string());
        }
    }
    // "93.8 million international visitors came to Spain": visitors who
    // came or arrived visited.
    if s.predicate.is_none()
        && s.noun
            .as_deref()
            .is_some_and(|n| matches!(n, "visitor" | "tourist" | "holidaymaker"))
        && w.right()
            .next()
            .is_some_and(|(_, t)| w.is_any(t, &["came", "arrived", "travelled", "traveled"]))
    {
        s.predicate = Some("visit".to_string());
    }
    // "Leaders of 25 countries met in Lisbury", "ministers from 12
    // nations will meet": those at a meeting gathered ("met" of other
    // figures is no meeting: "met 3 of 5 criteria").
    if s.predicate.is_none()
        && of_class(s, "participant")
        && w.right()
            .map(|(_, t)| t)
            .find(|t| !w.is_any(t, &["will", "would", "to", "had", "have"]))
            .is_some_and(|t| w.is_any(t, &["met", "meet"]))
    {
        s.predicate = Some("gather".to_string());
    }
    // "sending six vehicles into the river", "sent cars plunging into
    // the water": no vehicles supplied ("sent 3,000 troops into the
    // region" are).
    if s.predicate.as_deref() == Some("send")
        && of_class(s, "vehicle")
        && w.right().next().is_some_and(|(_, t)| {
            w.is_any(
                t,
                &["into", "onto", "plunging", "tumbling", "crashing", "flying"],
            )
        })
    {
        s.predicate = None;
    }
    // "More than 360 vessels were waiting to pass", "Some 420 ships were
    // queued": ships held up by a blockage or a storm (whatever a verb
    // further on says: "367 ships were waiting when the vessel was
    // freed").
    if of_class(s, "ship")
        && w.right()
            .take(3)
            .take_while(|(_, t)| t.punct.is_none())
            .any(|(_, t)| {
                w.is_any(
                    t,
                    &[
                        "waiting", "queued", "queuing", "queueing", "stuck", "stranded",
                    ],
                )
            })
    {
        s.predicate = Some("wait".to_string());
    }
    // "The group is holding 59 hostages", "About 60 hostages remain",
    // "More than 70 hostages are still thought to be held": captives
    // still held.
    if s.predicate.is_none()
        && of_class(s, "hostage")
        && (w
            .left()
            .next()
            .is_some_and(|(_, t)| w.is_any(t, &["holding", "holds", "hold", "held"]))
            || w.right()
                .next()
                .is_some_and(|(_, t)| w.is_any(t, &["remain", "remained", "remaining"]))
            || w.right()
                .take(6)
                .take_while(|(_, t)| t.punct.is_none())
                .any(|(_, t)| w.is_word(t, "held")))
    {
        s.predicate = Some("hold captive".to_string());
    }
    // "40 displaced families": a participle modifying the counted noun
    // says what happened to it when no verb does ("1,700 pledged
    // delegates" are a kind of delegate, not a pledge).
    if s.predicate.is_none() {
        s.predicate = s
            .modifiers
            .iter()
            .filter(|m| m.ends_with("ed") && m.as_str() != "pledged")
            .find_map(|m| forms().get(m.as_str()).copied())
            .map(String::from);
    }
    if s.event.is_none() {
        // "At least 48 people were killed and more than 100 buildings
        // collapsed": the event of another figure's own clause is not
        // this one's.
        let reach = w
            .right()
            .take(EVENT_WINDOW)
            .position(|(i, t)| w.is_word(t, "and") && figure_clause_after(w, i))
            .unwrap_or(EVENT_WINDOW);
        let r = w
            .right()
            .take(reach)
            .position(|(i, t)| t.event.is_some() && !w.other_event(i));
        let l = w
            .left()
            .take(EVENT_WINDOW)
            .position(|(i, t)| t.event.is_some() && !w.other_event(i));
        let pick = match (r, l) {
            (Some(r), Some(l)) if l < r => w.left().nth(l),
            (Some(r), _) => w.right().nth(r),
            (None, Some(l)) => w.left().nth(l),
            (None, None) => None,
        };
        // "3,400 measles cases": an event noun inside the claim, before its
        // counted noun, when none stands beside it.
        // Not the counted noun itself ("three meetings", "309 votes").
        let inside = || (w.nl..w.nr.saturating_sub(1)).find_map(|k| w.tok(k)?.event);
        s.event = pick
            .and_then(|(_, t)| t.event)
            .or_else(inside)
            .map(String::from);
        if s.place.is_none() {
            s.place = pick.and_then(|(i, _)| w.event_place(i));
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
    // "At least 41 people died when a boat capsized", "a bus crashed,
    // killing 12": what the vehicle did names the event.
    if s.event.is_none() && tally {
        let vehicle = |(_, t): (usize, &Tok)| t.predicate.and_then(vehicle_event_of);
        s.event = w
            .right()
            .take(EVENT_WINDOW)
            .find_map(vehicle)
            .or_else(|| w.left().take(EVENT_WINDOW).find_map(vehicle))
            .or_else(|| dominant.for_tally())
            .map(String::from);
    }
    // "Organisers said 150,000 people took part": in the protest or strike
    // the story is about, when it names one at least twice (a
    // meeting by default, [`group::DEFAULT_EVENTS`]). A bare number stays
    // as it was: "18 took part" is counted only beside its event.
    let attend = s.predicate.as_deref().and_then(group::predicate_class) == Some("attend");
    // Forces in a story of one exercise took part in it ("55 warships are
    // involved"), named once or more.
    if s.event.is_none() && attend && s.noun.is_some() {
        s.event = dominant
            .get()
            .filter(|e| matches!(group::event_class(e), Some("protest" | "walkout")))
            .or_else(|| {
                dominant
                    .for_tally()
                    .filter(|e| group::event_class(e) == Some("exercise"))
            })
            .map(String::from);
    }
    // "More than 49,000 cases have been recorded" in a story of an
    // outbreak: the outbreak's cases ([`group::EVENT_NOUNS`]); not "New
    // Mexico has reported 54 cases", another place's.
    if s.event.is_none() && s.noun.as_deref() == Some("case") && !named_before(w) {
        s.event = dominant
            .for_tally()
            .filter(|e| group::event_class(e) == Some("outbreak"))
            .map(String::from);
    }
    from_right
}

/// A sum of damage is of the disaster the story is about: "Insurers
/// estimate the damage at £120m" in a story of a flood.
fn disaster_damage(s: &mut Subject, dominant: &mut Dominant<'_>) {
    if s.event.is_some()
        || s.predicate.as_deref().and_then(group::predicate_class) != Some("damaged")
    {
        return;
    }
    s.event = dominant
        .for_tally()
        .filter(|e| group::event_class(e).is_some_and(|c| DISASTERS.contains(&c)))
        .map(String::from);
}

/// Whether a word names a currency a price is quoted against: "fell 0.4%
/// against the dollar" (the currency words of the lexicon, and "pound",
/// which it keeps for the unit of mass too, and "greenback").
fn quoted_against(w: &str) -> bool {
    matches!(w, "pound" | "greenback")
        || crate::extract::lexicon::CURRENCY_WORDS
            .iter()
            .any(|(c, _, _)| *c == w)
}

/// Event classes of disasters, whose damage a story tallies.
const DISASTERS: &[&str] = &[
    "flood",
    "storm",
    "quake",
    "fire",
    "mudslide",
    "tsunami",
    "eruption",
    "drought",
    "avalanche",
    "sinkhole",
    "collapse",
    "heatwave",
];

/// A measure of the weather is of the weather event the story is about:
/// "Wind gusts reached 140 km/h" in a story of a storm.
fn weather_event(s: &mut Subject, dominant: &mut Dominant<'_>) {
    if s.event.is_some() {
        return;
    }
    let noun = s.noun.as_deref();
    if let Some((_, events)) = WEATHER_NOUNS.iter().find(|(n, _)| Some(*n) == noun) {
        s.event = dominant
            .for_tally()
            .filter(|e| group::event_class(e).is_some_and(|c| events.contains(&c)))
            .map(String::from);
    }
}

/// Nouns of weather (and seismic) measures and the event classes they are
/// measures of: a storm's winds and rain, a flood's rain, a heatwave's
/// temperatures, a quake's depth.
const WEATHER_NOUNS: &[(&str, &[&str])] = &[
    ("wind", &["storm"]),
    ("gust", &["storm"]),
    ("windspeed", &["storm"]),
    ("rain", &["storm", "flood"]),
    ("rainfall", &["storm", "flood"]),
    ("river level", &["flood", "storm"]),
    ("snow", &["storm"]),
    ("snowfall", &["storm"]),
    ("temperature", &["heatwave"]),
    // A quake's focus: "put the depth at 15 kilometres".
    ("depth", &["quake"]),
    // How high an eruption's ash rose: "The ash plume reached 12
    // kilometres" in a story of the eruption.
    ("height", &["eruption"]),
];

/// What a mass or volume is of: "2.3 tonnes *of cocaine*", "500,000
/// barrels of oil", "9,000 tonnes of heavy fuel oil" (the head: the last
/// of up to three lower-case words after "of" that are no stop word, no
/// number and no predicate, past a purity: "of 60% enriched uranium";
/// "tonnes of the drug" names none).
fn substance(w: &Window<'_>, value: &crate::claim::Value) -> Option<String> {
    use crate::claim::Dimension;
    let crate::claim::Value::Measure { unit, .. } = value else {
        return None;
    };
    if !matches!(unit.dimension(), Dimension::Mass | Dimension::Volume) {
        return None;
    }
    let right: Vec<&Tok> = w.right().map(|(_, t)| t).take(6).collect();
    if !right.first().is_some_and(|of| w.is_word(of, "of")) {
        return None;
    }
    // "133.8 kilograms of 60% enriched uranium": past a percentage of
    // purity right after "of".
    let purity = right.get(1).is_some_and(|t| {
        let b = w.text.as_bytes();
        b.get(t.start).is_some_and(u8::is_ascii_digit) && b.get(t.end) == Some(&b'%')
    });
    let mut head = None;
    for &t in right.iter().skip(if purity { 2 } else { 1 }).take(3) {
        if t.punct.is_some() || t.cap || t.predicate.is_some() && head.is_none() {
            break;
        }
        let word = w.lower(t);
        let word = word.as_str();
        let plain = word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        // "of ice last year": a date after the head is no part of it.
        if !plain
            || crate::extract::lexicon::NOUN_STOP_SET.has(word)
            || t.has(CALENDAR)
            || matches!(word, "last" | "this" | "next")
        {
            break;
        }
        // "of highly enriched uranium": an adverb is no head; nor is one
        // of place ("700 tonnes of fuel oil aboard").
        if word.ends_with("ly") {
            continue;
        }
        if matches!(
            word,
            "aboard" | "onboard" | "overboard" | "ashore" | "abroad" | "overseas" | "nationwide"
        ) {
            break;
        }
        // "of cocaine hidden in bananas": a participle after the head is
        // no part of it.
        if head.is_some()
            && (word.ends_with("ed")
                || matches!(
                    word,
                    "hidden" | "stolen" | "taken" | "found" | "bound" | "held"
                ))
        {
            break;
        }
        head = Some(word.to_string());
    }
    head
}

/// The place a figure is of when its clause names it "alone": "Ontario
/// alone has reported 925 cases" is Ontario's part of the country's
/// count, its scope.
fn named_alone(text: &str, sentence: Span, at: usize) -> Option<String> {
    // One byte search first, with a searcher built once: the word is rare.
    static ALONE: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let from = floor_boundary(text, sentence.start.max(at.saturating_sub(CUE_REACH)));
    ALONE
        .get_or_init(|| memchr::memmem::Finder::new(b" alone "))
        .find(text.get(from..at)?.as_bytes())?;
    let clause = clause_before(text, sentence, at)?;
    let (before, _) = clause.split_once(" alone ")?;
    let mut name: Vec<&str> = before
        .rsplit(' ')
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .take(3)
        .collect();
    name.reverse();
    (!name.is_empty()).then(|| name.join(" ").to_lowercase())
}

/// The place a sentence opens with: "In Lisbury, rents climbed 11.2%",
/// "In the capital, Lisbury, rents rose" → "lisbury". One to three
/// capitalised words after "In" (and after "the" and one lower-case noun
/// and a comma), ending at a comma; not a month or a weekday ("In March,
/// rents rose" is a period).
fn opening_place(text: &str, sentence: Span) -> Option<String> {
    let head = text.get(sentence.start..sentence.end.min(sentence.start + 64))?;
    let rest = head.strip_prefix("In ")?;
    // "the capital, Lisbury," / "the north-east, Dunmore,".
    let rest = match rest.strip_prefix("the ") {
        Some(r) => {
            let (noun, after) = r.split_once(", ")?;
            if noun.is_empty() || !noun.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                return None;
            }
            after
        }
        None => rest,
    };
    let (name, _) = rest.split_once(',')?;
    let words: Vec<&str> = name.split(' ').collect();
    let named = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        && !words.iter().any(|w| {
            let low = w.to_ascii_lowercase();
            calendar::month(&low).is_some() || calendar::weekday(&low).is_some()
        });
    named.then(|| name.to_lowercase())
}

/// The condition a figure is given under, as its scope: "If they are
/// Hispanic, the unemployment rate is 36 percent" → "if they are
/// hispanic". A figure after the comma of a sentence opened by "If" or
/// "Unless" (of ten words at most) holds only under that condition, so it
/// is compared only with figures under the same one.
fn condition(text: &str, sentence: Span, at: usize) -> Option<String> {
    let head = text.get(sentence.start..at)?;
    let lower = head.get(..7).map(str::to_ascii_lowercase)?;
    if !(lower.starts_with("if ") || lower.starts_with("unless ")) {
        return None;
    }
    let comma = head.find(',')?;
    let clause = head.get(..comma)?;
    let raw: Vec<&str> = clause.split_whitespace().collect();
    if raw.len() > 10 {
        return None;
    }
    let words: Vec<String> = raw
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    (words.len() >= 2).then(|| words.join(" "))
}

/// The person an age is of, by name: the capitalised words right before
/// ", 24", ", aged 24" or ", a 24-year-old", or right after "24-year-old"
/// ("Ivo Manke, 24,", "Reyes, a 23-year-old", "the 22-year-old Tom
/// Hale"). At most three words, none a function word ("The suspect, 22"
/// names no one).
/// Whether a word can be part of a person's name beside an age:
/// capitalised letters (hyphen and apostrophe allowed), no pronoun,
/// article or place preposition.
fn name_word(w: &str) -> bool {
    w.len() > 1
        && w.starts_with(|c: char| c.is_uppercase())
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !matches!(
            w,
            "The"
                | "A"
                | "An"
                | "He"
                | "She"
                | "They"
                | "His"
                | "Her"
                | "It"
                | "This"
                | "That"
                | "On"
                | "After"
                | "Police"
                | "Officials"
        )
        && !PLACE_PREPOSITIONS.contains(&w.to_ascii_lowercase().as_str())
}

fn age_owner(text: &str, span: Span) -> Option<String> {
    let is_name = name_word;
    let claim = text.get(span.start..span.end)?;
    let mut words: Vec<&str> = Vec::new();
    if claim.ends_with("-year-old") {
        // "the 25-year-old Manke", "62-year-old Brenda Johnson".
        let after = text.get(span.end..).and_then(|a| a.strip_prefix(' '));
        for w in after.unwrap_or_default().split(' ') {
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            if words.len() == 3 || !is_name(bare) {
                // "the 74-year-old Vermont senator", "a 19-year-old Cessna
                // 750", "the 44-year-old Boca West Country Club": a place,
                // a nationality, a model or a club.
                let lower = bare.to_ascii_lowercase();
                if words.len() == 3
                    || crate::extract::lexicon::PERSON_NOUNS.contains(&lower.as_str())
                    || PERSON_ROLES.contains(&lower.as_str())
                    || bare.starts_with(|c: char| c.is_ascii_digit())
                {
                    words.clear();
                }
                break;
            }
            words.push(bare);
            if bare.len() < w.len() {
                break;
            }
        }
    }
    // "Ivo Manke, 24", "Reyes, a 23-year-old".
    let before = text.get(..span.start)?;
    let before = if claim.ends_with("-year-old") {
        before
            .strip_suffix(", a ")
            .or_else(|| before.strip_suffix(", an "))
    } else {
        // "Berg, who is 53,".
        before.strip_suffix(", ").or_else(|| {
            ["who is ", "who was "]
                .iter()
                .find_map(|x| before.strip_suffix(x))
                .and_then(|b| b.strip_suffix(", "))
        })
    };
    if let (Some(b), true) = (before, words.is_empty()) {
        // The name is on the figure's line: "Mehta returned\n\nMehta, 53".
        let b = b.rsplit('\n').next().unwrap_or(b);
        for w in b.rsplit(' ') {
            if words.len() == 3 || !is_name(w) {
                // "in Ohio, a 62-year-old retiree": a place, not a name.
                if PLACE_PREPOSITIONS.contains(&w.to_ascii_lowercase().as_str()) {
                    words.clear();
                }
                break;
            }
            words.insert(0, w);
        }
    }
    // No month, weekday, country or nationality ("Iranian-German", "The
    // Swede, 25,").
    let not_name = |w: &str| {
        is_demonym(w)
            || w.split('-').any(|part| {
                let l = part.to_ascii_lowercase();
                crate::extract::lexicon::MONTHS_SET.has(&l)
                    || l.ends_with("day") && crate::extract::calendar::weekday(&l).is_some()
                    || crate::extract::lexicon::COUNTRIES
                        .iter()
                        .any(|(c, _)| *c == l)
            })
    };
    if words.iter().any(|w| not_name(w)) {
        return None;
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// Roles one person of an incident holds, whose age a story gives with
/// "the" and no name: "The driver, 46,", "the 47-year-old driver".
const INCIDENT_ROLES: &[&str] = &[
    "driver",
    "pilot",
    "co-pilot",
    "gunman",
    "shooter",
    "attacker",
    "assailant",
    "captain",
    "motorist",
    "cyclist",
    "pedestrian",
    "climber",
    "skipper",
    "hiker",
];

/// Whose age a role with "the" gives ([`INCIDENT_ROLES`]): "the driver,
/// 46,", "the 47-year-old driver", "the gunman, a 23-year-old man". The
/// role is the owner, so that two sources' ages of the driver meet; "a
/// man, 34," names no one, nor do "the victim, 22," and "the suspect,
/// 22," (a story may have many).
fn age_of_role(text: &str, span: Span) -> Option<String> {
    let claim = text.get(span.start..span.end)?;
    let before = text.get(..span.start)?;
    let role = |w: &str| {
        INCIDENT_ROLES
            .iter()
            .find(|r| r.eq_ignore_ascii_case(w))
            .copied()
    };
    // Whether the last word of `head` is "the".
    let definite = |head: &str| {
        head.rsplit(' ')
            .next()
            .is_some_and(|d| d.eq_ignore_ascii_case("the"))
    };
    // "the 47-year-old driver".
    if claim.ends_with("-year-old") && before.strip_suffix(' ').is_some_and(definite) {
        let after = text.get(span.end..)?.strip_prefix(' ')?;
        let w = after.split([' ', ',', '.', ';']).next()?;
        if let Some(r) = role(w) {
            return Some(r.to_string());
        }
    }
    // "the driver, 46,", "the gunman, a 29-year-old man".
    let head = if claim.ends_with("-year-old") {
        before
            .strip_suffix(", a ")
            .or_else(|| before.strip_suffix(", an "))?
    } else {
        before.strip_suffix(", ")?
    };
    let (rest, w) = head.rsplit_once(' ')?;
    let r = role(w)?;
    // Past one modifier: "the bus driver, 46,".
    let modified = rest.rsplit_once(' ').is_some_and(|(h, m)| {
        m.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && definite(h)
    });
    (definite(rest) || modified).then(|| r.to_string())
}

/// Whether an age is "The 24-year-old" opening its sentence with a verb
/// after it: a person named before, at the age the story is written ("The
/// 54-year-old first climbed the peak in 1994" is 54 now).
fn age_as_subject(text: &str, sentence: Span, span: Span) -> bool {
    let claim = text.get(span.start..span.end).unwrap_or("");
    let lead = text.get(sentence.start..span.start).map(str::trim_start);
    let verb_after = text
        .get(span.end..)
        .and_then(|a| a.strip_prefix(' '))
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_lowercase()));
    claim.ends_with("-year-old") && lead == Some("The ") && verb_after
}

/// Whose age "The 24-year-old" opening a sentence gives, with a verb
/// after it: the person the sentence before names last ("… to sign
/// striker Ivan Petrovic from Benfica. The 24-year-old scored 31 goals"),
/// by a known given name or a role before ("striker") and the capitalised
/// surname after it.
fn age_of_named_before(text: &str, sentence: Span, span: Span) -> Option<String> {
    if !age_as_subject(text, sentence, span) {
        return None;
    }
    let from = floor_boundary(text, sentence.start.saturating_sub(CUE_REACH));
    let before = text.get(from..sentence.start)?;
    // Only the sentence before, within its paragraph.
    let before = before.rsplit("\n\n").next().unwrap_or(before);
    let body = before.trim_end();
    let body = body.get(..body.len().saturating_sub(1)).unwrap_or(body);
    let start = body.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
    let words: Vec<&str> = body.get(start..)?.split_whitespace().collect();
    let titled = |k: usize| {
        k.checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|t| {
                t.starts_with(|c: char| c.is_ascii_lowercase())
                    && (crate::extract::lexicon::PERSON_NOUNS.contains(t)
                        || PERSON_ROLES.contains(t)
                        || crate::extract::speech::in_list(t, crate::extract::speech::TITLE_WORDS))
            })
    };
    (0..words.len().saturating_sub(1)).rev().find_map(|k| {
        let (given, surname) = (words[k], words[k + 1].trim_end_matches([',', ';', ':']));
        ((crate::extract::speech::given_name(given).is_some() || titled(k))
            && name_word(given)
            && name_word(surname))
        .then(|| format!("{given} {surname}"))
    })
}

/// The words of `sentence` before byte `at`, from the last comma,
/// semicolon or colon: the clause a figure at `at` ends (at most
/// [`CUE_REACH`] bytes of it, so that a sentence with no end is not read
/// back whole for each of its figures).
fn clause_before(text: &str, sentence: Span, at: usize) -> Option<&str> {
    let from = floor_boundary(text, sentence.start.max(at.saturating_sub(CUE_REACH)));
    let clause = text.get(from..at)?;
    Some(clause.rsplit([',', ';', ':']).next().unwrap_or(clause))
}

/// Whether the figure at `at` is a forecast: a word of expecting in its
/// clause before it ("Analysts had expected revenue of", "the consensus
/// forecast of", "estimates of"), not a comparison with one ("rose more
/// than expected to", "as forecast").
fn forecast_figure(text: &str, sentence: Span, at: usize) -> bool {
    let Some(clause) = clause_before(text, sentence, at) else {
        return false;
    };
    let mut prev = "";
    for w in clause.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        let expecting = [
            "expected",
            "expecting",
            "expect",
            "expects",
            "forecast",
            "forecasts",
            "forecasting",
            "consensus",
            "estimates",
            "projected",
            "predicted",
        ]
        .iter()
        .any(|x| x.eq_ignore_ascii_case(w));
        if expecting && !matches!(prev, "than" | "as") {
            return true;
        }
        prev = w;
    }
    false
}

/// The (at most) `n` bytes of `text` before `at`: a cheap first test of a
/// cue word before a clause is read.
fn near_before(text: &str, at: usize, n: usize) -> &str {
    text.get(floor_boundary(text, at.saturating_sub(n))..at)
        .unwrap_or("")
}

/// The runner whose time a length after "in" is, when a verb of winning
/// or finishing comes before it in the sentence: "Ruth Chepngetich won the
/// Chicago Marathon on Sunday in 2:09:56", "Chepngetich, 30, crossed the
/// line in 2 hours, 9 minutes and 56 seconds". The runner is the name
/// that opens the sentence, by its last word (a surname, as ages are
/// keyed).
fn finishing_time(text: &str, sentence: Span, at: usize) -> Option<String> {
    let near = near_before(text, at, 24);
    let near = near.trim_end();
    if !(near.ends_with(" in") || near.ends_with(" in a time of") || near.ends_with(" in a record"))
    {
        return None;
    }
    let clause = text.get(sentence.start..at)?;
    let finished = clause.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        matches!(
            w,
            "won" | "wins" | "finished" | "finishes" | "crossed" | "clocked" | "completed" | "ran"
        )
    });
    if !finished {
        return None;
    }
    surname_after(clause)
}

/// The last word of the name (at most three capitalised words) that
/// opens `words`: a person's surname, as ages are keyed.
fn surname_after(words: &str) -> Option<String> {
    let mut name: Vec<&str> = Vec::new();
    for w in words.split(' ') {
        let bare = w.trim_end_matches(',');
        if !name_word(bare) {
            break;
        }
        name.push(bare);
        if bare.len() < w.len() || name.len() == 3 {
            break;
        }
    }
    name.last().map(|n| n.to_string())
}

/// The player a transfer fee is paid for: the name after "signed" or
/// "signing of" in its sentence (past a role: "signed striker Leon Okafor
/// from Lille for", "£116m signing of Ostrander"), or the name that opens
/// a sentence of joining ("Okafor, 22, has joined Real Madrid for
/// €100m"). `None` for "his £130m move": the fee is then the one named
/// player's, if the corpus names one ([`crate::group`]).
fn transfer_player(text: &str, sentence: Span, at: usize) -> Option<String> {
    let whole = text.get(sentence.start..sentence.end)?;
    // "signed striker Leon Okafor", "the signing of striker Jonas
    // Ostrander", "£116m signing of Ostrander": the name after the verb or
    // noun, past "the" and a role.
    for cue in [" signing of ", " signed ", " sign ", " signs "] {
        for (i, _) in whole.match_indices(cue) {
            let mut rest = whole.get(i + cue.len()..)?.trim_start_matches("the ");
            for _ in 0..2 {
                match rest.split_once(' ') {
                    Some((w, r)) if PLAYER_ROLES.contains(&w) => rest = r,
                    _ => break,
                }
            }
            if let Some(name) = surname_after(rest) {
                return Some(name);
            }
        }
    }
    // "Okafor, 22, has joined Real Madrid for €100m": who opens a
    // sentence of joining.
    let clause = text.get(sentence.start..at)?;
    let joined = clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(w, "joined" | "joins" | "joining"));
    joined.then(|| surname_after(clause)).flatten()
}

/// Roles written before a player's name: "signed striker Leon Okafor".
const PLAYER_ROLES: &[&str] = &[
    "striker",
    "forward",
    "midfielder",
    "defender",
    "winger",
    "goalkeeper",
    "keeper",
    "playmaker",
    "centre-back",
    "full-back",
    "player",
    "star",
    "international",
];

/// The (at most) `n` bytes of `sentence` after `end` (none when the
/// `n`th byte is inside a character): the words that follow a figure.
fn near_after(text: &str, sentence: Span, end: usize, n: usize) -> &str {
    let after = text.get(end..sentence.end).unwrap_or("");
    after.get(..after.len().min(n)).unwrap_or("")
}

/// The clause after a figure ending at `end`: the rest of its sentence,
/// at most [`CUE_REACH`] bytes, up to the first full stop, comma,
/// semicolon or colon.
fn clause_after(text: &str, sentence: Span, end: usize) -> &str {
    near_after(text, sentence, end, CUE_REACH)
        .split(['.', ',', ';', ':'])
        .next()
        .unwrap_or("")
}

/// Bytes of a sentence read on each side of a figure for a cue word
/// (the readers below): a sentence with no end is not read whole for each
/// of its figures.
const CUE_REACH: usize = 300;

/// The part of `sentence` within [`CUE_REACH`] bytes of `at`, lower case.
fn near_lower(text: &str, sentence: Span, at: usize) -> String {
    let s = floor_boundary(text, sentence.start.max(at.saturating_sub(CUE_REACH)));
    let e = ceil_boundary(text, sentence.end.min(at.saturating_add(CUE_REACH)));
    text.get(s..e).unwrap_or("").to_ascii_lowercase()
}

/// Whether the people counted by `c` watched on a screen: "watched" right
/// after them, and millions of them or a word of television in the
/// sentence ("12 million people watched the final", "the 400,000 people
/// who watched the broadcast"); "58,000 people watched" from the stands
/// attended.
fn audience_watched(text: &str, sentence: Span, c: &Claim) -> bool {
    let after = text.get(c.span.end..sentence.end).unwrap_or("");
    let after = after.strip_prefix(" who").unwrap_or(after);
    if !(after.starts_with(" watched ") || after.starts_with(" watch ")) {
        return false;
    }
    let millions = matches!(&c.value, crate::claim::Value::Number(a) if a.value >= 1e6);
    millions
        || clause_mentions(
            text,
            (c.span.start, c.span.end),
            (CUE_REACH, CUE_REACH),
            &[
                "television",
                " tv",
                "broadcast",
                "stream",
                "viewers",
                "channel",
            ],
        )
}

/// The scope of a figure not yet counted or added to another: `pending`
/// before "are under investigation", "are being investigated" or "remain
/// under investigation"; `more` after "another", "a further", "an
/// additional" or "an extra" ("Another 40 people were injured").
fn increment_or_pending(text: &str, sentence: Span, span: Span) -> Option<&'static str> {
    let after = text.get(span.end..sentence.end).unwrap_or("");
    if [
        " are under investigation",
        " are being investigated",
        " remain under investigation",
        " were under investigation",
    ]
    .iter()
    .any(|p| after.starts_with(p))
    {
        return Some("pending");
    }
    let before = text
        .get(sentence.start..span.start)
        .unwrap_or("")
        .as_bytes();
    ["another ", "a further ", "an additional ", "an extra "]
        .iter()
        .any(|p| {
            let n = p.len();
            before.len() >= n
                && before[before.len() - n..].eq_ignore_ascii_case(p.as_bytes())
                && (before.len() == n || before[before.len() - n - 1] == b' ')
        })
        .then_some("more")
}

/// Bytes before a figure after "another" read for the figure it adds to
/// ([`additions_of_a_kind`]).
const ADDED_TO_REACH: usize = 400;

/// Keeps the scope `more` ([`increment_or_pending`]) only of a figure that
/// adds to one of its kind before it: "22 people were injured … Another 40
/// were injured" (the same predicate, or with none the same noun), not
/// "At least 30 people were killed. Another 60 were injured", where
/// "another" names the injured for the first time.
fn additions_of_a_kind(claims: &mut [Claim]) {
    // The claims by where they end, to find those just before a figure.
    let mut by_end: Vec<(usize, usize)> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.span.end, i))
        .collect();
    by_end.sort_unstable();
    let mut alone = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(s) = c
            .subject
            .as_deref()
            .filter(|s| s.scope.as_deref() == Some("more"))
        else {
            continue;
        };
        let start = c.span.start;
        let lo = by_end.partition_point(|(e, _)| e + ADDED_TO_REACH < start);
        let hi = by_end.partition_point(|(e, _)| *e <= start);
        let of_a_kind = by_end
            .get(lo..hi)
            .unwrap_or(&[])
            .iter()
            .filter_map(|(_, j)| claims.get(*j)?.subject.as_deref())
            .any(|b| match &s.predicate {
                Some(p) => b.predicate.as_ref() == Some(p),
                None => b.noun == s.noun,
            });
        if !of_a_kind {
            alone.push(i);
        }
    }
    for i in alone {
        if let Some(s) = claims.get_mut(i).and_then(|c| c.subject.as_mut()) {
            s.scope = None;
        }
    }
}

/// Whether a figure at `at` is an audience at its peak: "peak",
/// Whether the count at `span` with the counted noun `noun` is a firm's
/// headcount: people after "employs" ("which employs 12,000 people"), "a
/// workforce of 14,500", or employees, staff or workers after "has",
/// "its", "employs" or an aside's ", with" ("Brightmart, with 13,000
/// employees", "its 9,000 staff").
fn headcount(text: &str, sentence: Span, span: Span, noun: Option<&str>) -> bool {
    let Some(noun) = noun.filter(|n| {
        matches!(
            *n,
            "workforce" | "employee" | "staff" | "worker" | "person" | "people"
        )
    }) else {
        return false;
    };
    let before = text.get(sentence.start..span.start).unwrap_or("");
    let last = words_back(text, sentence, span.start).next().unwrap_or("");
    let employs = matches!(last, "employs" | "employed" | "employing" | "employ");
    match noun {
        "workforce" => last == "of" && before.trim_end().ends_with("workforce of"),
        // "Brightmart, with 13,000 employees"; not "businesses with fewer
        // than 10 employees", a class of firms.
        "employee" | "staff" | "worker" => {
            // "The chain, which has 412 stores and 18,000 workers": the
            // second of what a firm has.
            let second_had = || {
                let mut back = words_back(text, sentence, span.start).skip(2);
                last == "and"
                    && back
                        .next()
                        .is_some_and(|v| matches!(v, "has" | "have" | "had"))
            };
            employs
                || matches!(last, "has" | "have" | "had" | "its" | "their")
                || before.trim_end().ends_with(", with")
                || second_had()
        }
        "person" | "people" => employs,
        _ => false,
    }
}

/// The places a firm runs, when the count at `span` with the counted noun
/// `noun` is of them: after "has", "operates", "runs" or "owns", or (when
/// no verb of their own follows, `free`) after "its", "their" or an
/// aside's ", with". The noun they are compared under: shops and outlets
/// are stores.
fn premises(
    text: &str,
    sentence: Span,
    span: Span,
    noun: Option<&str>,
    free: bool,
) -> Option<&'static str> {
    let noun = match noun? {
        "store" | "shop" | "outlet" => "store",
        // "The chain has 412 locations": its stores.
        "location" if free => "store",
        "branch" => "branch",
        "restaurant" => "restaurant",
        "hotel" => "hotel",
        "plant" | "factory" => "plant",
        _ => return None,
    };
    let before = text.get(sentence.start..span.start)?;
    let last = words_back(text, sentence, span.start).next()?;
    let runs = matches!(
        last,
        "has"
            | "have"
            | "had"
            | "operates"
            | "operated"
            | "operating"
            | "runs"
            | "ran"
            | "running"
            | "owns"
            | "owned"
    );
    let owned = free && (matches!(last, "its" | "their") || before.trim_end().ends_with(", with"));
    (runs || owned).then_some(noun)
}

/// Wild species counted in censuses, in the singular.
const WILD_SPECIES: &[&str] = &[
    "wolf",
    "bear",
    "lynx",
    "tiger",
    "lion",
    "leopard",
    "cheetah",
    "jaguar",
    "elephant",
    "rhino",
    "rhinoceros",
    "gorilla",
    "chimpanzee",
    "orangutan",
    "panda",
    "whale",
    "dolphin",
    "porpoise",
    "seal",
    "otter",
    "beaver",
    "bison",
    "elk",
    "moose",
    "koala",
    "eagle",
    "vulture",
    "stork",
    "crane",
    "penguin",
    "turtle",
];

/// The species whose population the count at `span` of `noun` is: a
/// wild species counted with no verb of its own ("1,650 wolves", "The
/// number of wolves has risen to 1,650" when the noun is the species),
/// or animals of a species' population ("the wolf population grew to
/// about 1,600 animals"), in a sentence of a census: "population",
/// "number of", "census", "survey", "counted" or "estimated".
fn wild_population(
    text: &str,
    sentence: Span,
    span: Span,
    noun: Option<&str>,
) -> Option<&'static str> {
    let noun = noun?;
    let own = WILD_SPECIES.iter().find(|s| **s == noun);
    if own.is_none() && !matches!(noun, "animal" | "individual") {
        return None;
    }
    let sent = text.get(sentence.start..sentence.end)?;
    let census = [
        "population",
        "number of",
        "census",
        "survey",
        "counted",
        "estimated",
    ]
    .iter()
    .any(|m| sent.contains(m));
    if !census {
        return None;
    }
    if let Some(s) = own {
        return Some(s);
    }
    // "wolf population", "Valdoria's wolf population": the species right
    // before "population", before the figure.
    let before = text.get(sentence.start..span.start)?;
    let at = before.rfind(" population")?;
    let species = before[..at].rsplit(' ').next()?;
    WILD_SPECIES
        .iter()
        .find(|s| species.eq_ignore_ascii_case(s))
        .copied()
}

/// The name a clause before `at` is set off from by ", which" or ", with"
/// ("Brightmart, which employs 12,000 people", "Corvane Ltd, with 900
/// staff"), read as [`doer_before`] reads a doer.
fn appositive_owner(text: &str, sentence: Span, at: usize) -> Option<String> {
    let before = text.get(sentence.start..at)?;
    let cut = [", which ", ", with ", ", that "]
        .iter()
        .filter_map(|m| before.rfind(m))
        .max()?;
    doer_before(text, sentence, sentence.start + cut)
}

/// Whether a length is an aircraft's height: right after "at", "to" or
/// "of", with "altitude" or a verb of flight ("flying", "cruising",
/// "climbed", "descended") among the three words before that.
fn altitude(w: &Window<'_>, value: &crate::claim::Value) -> bool {
    let length = matches!(value, crate::claim::Value::Measure { unit, .. }
        if unit.dimension() == crate::claim::Dimension::Length);
    if !length {
        return false;
    }
    let mut left = w.left().map(|(_, t)| t);
    let Some(prep) = left.next() else {
        return false;
    };
    if !["at", "to", "of"].iter().any(|x| w.is_word(prep, x)) {
        return false;
    }
    left.take(3).take_while(|t| t.punct.is_none()).any(|t| {
        [
            "altitude",
            "altitudes",
            "flying",
            "cruising",
            "climbed",
            "climbing",
            "descended",
            "descending",
        ]
        .iter()
        .any(|x| w.is_word(t, x))
    })
}

/// The words (runs of ASCII letters) of the sentence from its start to
/// byte `at`, the last first: the words a figure follows.
fn words_back(text: &str, sentence: Span, at: usize) -> impl Iterator<Item = &str> {
    text.get(sentence.start..at)
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphabetic())
        .rev()
        .filter(|w| !w.is_empty())
}

/// Whether a sum at `span` is what something saves ([`sum_saved`]), and
/// whether a year's: "to save $1.2 billion", "annual savings of about $1
/// billion", "$800 million in cost savings".
fn sum_saved(text: &str, sentence: Span, span: Span) -> Option<bool> {
    let annual = |w: Option<&str>| matches!(w, Some("annual" | "yearly"));
    let mut back = words_back(text, sentence, span.start);
    match back.next() {
        Some("save" | "saves" | "saved" | "saving") => return Some(false),
        Some("of") if back.next() == Some("savings") => {
            let mut w = back.next();
            if w == Some("cost") {
                w = back.next();
            }
            return Some(annual(w));
        }
        _ => {}
    }
    let after = text.get(span.end..sentence.end)?.strip_prefix(" in ")?;
    let mut words = after.split(|c: char| !c.is_ascii_alphabetic());
    let mut w = words.next();
    let yearly = annual(w);
    if yearly {
        w = words.next();
    }
    if w == Some("cost") {
        w = words.next();
    }
    (w == Some("savings")).then_some(yearly)
}

/// Vehicles a buyer orders from a maker, as the counted noun's lemma.
const ORDERED_VEHICLES: &[&str] = &[
    "jet",
    "aircraft",
    "plane",
    "airliner",
    "airplane",
    "helicopter",
    "train",
    "locomotive",
    "tram",
    "bus",
    "ship",
    "vessel",
    "frigate",
    "submarine",
    "tank",
];

/// Whether the count at `span` is of an order, right after "order for"
/// or "order, for" ("won an order for 120 jets", "The Skyvale order, for
/// 150 aircraft"), and its buyer when named: after the count ("from
/// Skyvale Airways") or as the order's owner ("The Skyvale order",
/// "Skyvale's order").
fn order_for(text: &str, sentence: Span, span: Span) -> Option<Option<String>> {
    let mut back = words_back(text, sentence, span.start);
    if back.next() != Some("for") || !back.next().is_some_and(|w| matches!(w, "order" | "orders")) {
        return None;
    }
    let from = text
        .get(span.end..sentence.end)
        .and_then(|r| r.strip_prefix(" from "))
        .map(|r| {
            r.split(' ')
                .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                .take(4)
                .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric()))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|n| !n.is_empty());
    let owner = back.next().filter(|w| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && !NOT_DOERS.contains(&w.to_ascii_lowercase().as_str())
    });
    Some(from.or_else(|| owner.map(String::from)))
}

/// People a study counts ([`studied`]), as the counted noun's lemma.
const STUDY_SUBJECTS: &[&str] = &[
    "patient",
    "adult",
    "volunteer",
    "participant",
    "person",
    "people",
    "woman",
    "man",
    "child",
    "subject",
];

/// Whether the count at `at` is of the people a study took in: right
/// after "trial of", "study of", "involving", "enrolled", "recruited" or
/// a study that "followed" or "tracked" them (past "a", "the", "some",
/// "about").
fn studied(text: &str, sentence: Span, at: usize) -> bool {
    let mut words = words_back(text, sentence, at)
        .skip_while(|w| matches!(*w, "a" | "the" | "some" | "about" | "nearly" | "almost"));
    match words.next() {
        Some("of") => matches!(words.next(), Some("trial" | "study")),
        // "The study followed 12,400 patients", "the trial tracked".
        Some("followed" | "tracked") => matches!(words.next(), Some("trial" | "study")),
        Some(w) => matches!(w, "enrolled" | "enrolling" | "recruited" | "involving"),
        None => false,
    }
}

/// "peaked" or "peaking" and "audience" or "viewers" among the five words
/// before it ("a peak audience of 24.1 million", "the audience peaking at
/// 21.6 million", "viewing figures peaked at 9 million").
fn peak_audience(text: &str, sentence: Span, at: usize) -> bool {
    // Five words back: a peak is named within the bytes just before.
    if !near_before(text, at, 64).contains("eak") {
        return false;
    }
    let Some(clause) = clause_before(text, sentence, at) else {
        return false;
    };
    let words: Vec<String> = clause
        .split_whitespace()
        .rev()
        .take(5)
        .map(str::to_ascii_lowercase)
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    has(&["peak", "peaked", "peaking"]) && has(&["audience", "viewers", "viewing"])
}

/// The rating a percentage of people who approve of a leader's job gives:
/// "36% of adults approve of the job the president is doing", "41%
/// approve of her performance" (`approval rating`), "55% disapprove of the
/// way he is doing his job" (`disapproval rating`); not a view of one
/// issue ("approve of his handling of the economy"). With the group it is
/// among when that is not everyone polled ("15 percent of Republicans").
fn approval_share(
    text: &str,
    sentence: Span,
    span: Span,
) -> Option<(&'static str, Option<String>)> {
    let after = near_after(text, sentence, span.end, 80);
    if !after.contains("pprove") {
        return None;
    }
    let after = after.to_ascii_lowercase();
    let mut words = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    let mut among = None;
    if words.peek() == Some(&"of") {
        // "of adults", "of registered voters", "of all Americans".
        words.next();
        for _ in 0..3 {
            match words.peek() {
                Some(&("approve" | "disapprove")) | None => break,
                Some(w) => among = Some(w.to_string()),
            }
            words.next();
        }
    }
    let among = among.filter(|g| {
        !matches!(
            g.as_str(),
            "adults"
                | "americans"
                | "britons"
                | "voters"
                | "respondents"
                | "people"
                | "public"
                | "those"
                | "polled"
                | "surveyed"
                | "residents"
                | "citizens"
        )
    });
    let noun = match words.next()? {
        "approve" => "approval rating",
        "disapprove" => "disapproval rating",
        _ => return None,
    };
    if words.next()? != "of" {
        return None;
    }
    let what = [words.next()?, words.next().unwrap_or("")];
    match what {
        [
            "the" | "his" | "her" | "their",
            "job" | "way" | "performance" | "work",
        ] => Some((noun, among)),
        _ => None,
    }
}

/// Whether a length of years at `at` is a life expectancy, and its level
/// or a change in it: "life expectancy" among the eight words of its clause
/// before it, then "to", "at", "of", "was" or "is" (a level: "Life
/// expectancy in the US rose to 78.4 years") or "by" (a change).
fn life_expectancy(text: &str, sentence: Span, at: usize) -> Option<&'static str> {
    let clause = clause_before(text, sentence, at)?;
    if !clause.contains("xpectancy") {
        return None;
    }
    let clause = clause.to_ascii_lowercase();
    let words: Vec<&str> = clause.split_whitespace().rev().take(8).collect();
    let named = words
        .windows(2)
        .any(|p| p[0] == "expectancy" && p[1] == "life");
    if !named {
        return None;
    }
    match words.first().copied()? {
        "to" | "at" | "of" | "was" | "is" | "reached" => Some("level"),
        "by" => Some("change"),
        _ => None,
    }
}

/// Whether those counted before `end` reported symptoms: "reported",
/// "developed", "showed" or "had" "symptoms" among the seven words after
/// them in their clause ("241 people on board have reported symptoms").
fn reported_symptoms(text: &str, sentence: Span, end: usize) -> bool {
    let after = near_after(text, sentence, end, 64);
    if !after.contains("ymptoms") {
        return false;
    }
    let clause = after.split([',', ';']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().take(7).collect();
    words.windows(2).any(|p| {
        matches!(p[0], "reported" | "developed" | "showed" | "had" | "have")
            && p[1].starts_with("symptoms")
    })
}

/// Whether bodies counted at `span` were found: "Nine bodies were
/// recovered", "12 bodies have been found", "recovered 12 bodies",
/// "pulled 30 bodies from the rubble".
fn bodies_found(text: &str, span: Span) -> bool {
    taken_in(
        text,
        span,
        &["recovered", "found", "retrieved", "pulled", "washed"],
        &[
            "recovered",
            "found",
            "retrieved",
            "pulled",
            "recover",
            "retrieve",
        ],
    )
}

/// Whether a spilled substance measured at `span` was taken back: "Crews
/// have recovered 600 barrels of oil since the spill", "1,200 tonnes were
/// skimmed", not what was spilled.
fn spill_recovered(text: &str, span: Span) -> bool {
    const VERBS: &[&str] = &["recovered", "collected", "skimmed", "removed", "retrieved"];
    taken_in(text, span, VERBS, VERBS)
}

/// Whether the figure at `span` is the subject of a passive of one of
/// `passive` ("were recovered") or the object of one of `active` right
/// before it ("recovered 12").
fn taken_in(text: &str, span: Span, passive: &[&str], active: &[&str]) -> bool {
    let mut after = text.get(span.end..).unwrap_or("");
    // Past what the figure measures: "1,200 tonnes of fuel were skimmed".
    if let Some(of) = after.strip_prefix(" of ") {
        let word = of.split(' ').next().unwrap_or("");
        if word.bytes().all(|b| b.is_ascii_alphabetic()) {
            after = &of[word.len()..];
        }
    }
    let after = after.get(..after.len().min(32)).unwrap_or("");
    let passive = [" were ", " have been ", " had been ", " was "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .is_some_and(|r| passive.iter().any(|v| r.starts_with(v)));
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let verb = before.rsplit(' ').next().unwrap_or("");
    passive || active.iter().any(|v| verb.eq_ignore_ascii_case(v))
}

/// Whether a change ending at `end` is over a month: "from the previous
/// month", "month on month", "on the month", "from a month earlier" within
/// its clause (past a date: "rose 0.4% in March from the previous
/// month").
fn month_on_month(text: &str, sentence: Span, end: usize) -> bool {
    let after = near_after(text, sentence, end, 48);
    if !after.contains("onth") {
        return false;
    }
    let clause = after
        .split([',', ';'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    [
        "from the previous month",
        "on the previous month",
        "compared with the previous month",
        "from a month earlier",
        "from the month before",
        "from a month ago",
        "month on month",
        "month-on-month",
        "on the month",
    ]
    .iter()
    .any(|p| clause.contains(p))
}

/// Whether the percentage at `span` is a turnout: "a 62% turnout", "60%
/// of registered voters cast a ballot", "63% of the electorate voted",
/// "Some 63% of eligible voters turned out", "took part" or "participated"
/// (not "60% of voters backed the plan", a share of the vote).
fn turnout_share(text: &str, sentence: Span, span: Span) -> bool {
    let after = near_after(text, sentence, span.end, 80);
    let mut words = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    if first.eq_ignore_ascii_case("turnout") {
        return after.starts_with(' ');
    }
    if !first.eq_ignore_ascii_case("of") {
        return false;
    }
    let mut words = words.skip_while(|w| {
        ["the", "registered", "eligible", "all"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
    });
    let voters = words.next().is_some_and(|w| {
        ["voters", "electorate", "electors"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
    });
    let verb = words.next().unwrap_or("");
    // "Some 68% of voters took part in the referendum".
    let voted = ["cast", "voted", "participated"]
        .iter()
        .any(|x| x.eq_ignore_ascii_case(verb))
        || verb.eq_ignore_ascii_case("turned")
            && words.next().is_some_and(|w| w.eq_ignore_ascii_case("out"))
        || verb.eq_ignore_ascii_case("took")
            && words.next().is_some_and(|w| w.eq_ignore_ascii_case("part"));
    // "54.6 percent of the electorate voted in favor", "cast ballots for
    // him": a side's share.
    let side = words.take(3).any(|w| {
        ["for", "against", "favor", "favour", "to", "yes", "no"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
    });
    voters && voted && !side
}

/// Whether the percentage at `span` is a fire's containment: "30%
/// containment", or "containment" among the three words before it
/// ("Containment stood at 35 percent", "containment of 35%").
fn containment(text: &str, sentence: Span, span: Span) -> bool {
    let after = text.get(span.end..sentence.end).unwrap_or("");
    let word_after = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_alphabetic()).next());
    if word_after.is_some_and(|w| w.eq_ignore_ascii_case("containment")) {
        return true;
    }
    clause_before(text, sentence, span.start).is_some_and(|clause| {
        let mut words = clause.split_whitespace();
        // "Containment of the Palisades fire stood at 13%": the clause's
        // subject.
        let of_fire = words
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("containment"))
            && words.next().is_some_and(|w| w == "of")
            && clause.split_whitespace().count() <= 9;
        of_fire
            || clause
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| w.eq_ignore_ascii_case("containment"))
    })
}

/// Whether the count ending at `end` is of those an outage left unable to
/// use a service: "unable to" right after it, in a sentence that names an
/// outage.
fn outage_victims(text: &str, sentence: Span, end: usize) -> bool {
    let rest = text.get(end..sentence.end).unwrap_or("");
    let rest = rest
        .strip_prefix(" who were")
        .or_else(|| rest.strip_prefix(" were"))
        .unwrap_or(rest);
    rest.starts_with(" unable to ") && near_lower(text, sentence, end).contains("outage")
}

/// Nouns of a company whose worth a valuation gives ("valued the
/// company at", "the startup is valued at"); a capitalised name is one too
/// ([`capital_or_valuation`]).
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "startup",
    "start-up",
    "group",
    "business",
    "maker",
    "developer",
    "platform",
    "unicorn",
    "lender",
    "insurer",
    "retailer",
    "airline",
    "operator",
    "bank",
    "carmaker",
    "automaker",
    "chipmaker",
    "it",
    "itself",
];

/// Whether the sum at `at` is what a firm lost, its (net) loss: right
/// after "lost" or "loses" whose subject is a firm ("The company lost $950
/// million in the quarter", "Brightmart lost $1.2bn", "It lost"), not
/// people ("Investors lost $2 billion") nor a sum its noun names ("lost
/// $30 billion in market value").
fn firm_lost(text: &str, sentence: Span, at: usize) -> bool {
    let mut back = words_back(text, sentence, at);
    if !matches!(back.next(), Some("lost" | "loses")) {
        return false;
    }
    let mut subject = back.next();
    if matches!(subject, Some("also" | "has" | "have" | "had")) {
        subject = back.next();
    }
    let Some(subject) = subject else {
        return false;
    };
    let bare = subject.trim_end_matches(|c: char| !c.is_alphanumeric());
    if bare != subject {
        return false;
    }
    let lower = bare.to_ascii_lowercase();
    COMPANY_NOUNS.contains(&lower.as_str())
        && (lower == "it" || matches!(back.next(), Some("the" | "The")))
        // A name opening the sentence; not a plural ("Investors").
        || bare.starts_with(|c: char| c.is_ascii_uppercase())
            && !matches!(bare, "It" | "He" | "She" | "They" | "We" | "I" | "You")
            && !lower.ends_with('s')
            && back.next().is_none()
}

/// Who loses what a fraud or a failed scheme takes: "cost investors
/// $45m", "investors lost about $50 million", "defrauded clients of $47
/// million". Not taxpayers (a public cost) nor shareholders (a firm's
/// worth).
const VICTIMS: &[&str] = &[
    "investors",
    "clients",
    "customers",
    "savers",
    "pensioners",
    "depositors",
    "victims",
    "retirees",
];

/// Whether a sum at `span` is what the victims of a scheme lost
/// ([`VICTIMS`]): right after "cost <victims>", "<victims> (had) lost" or
/// "defrauded (cheated, swindled) <victims> (out) of", the first two in a
/// sentence that names a fraud or a scheme. Their losses are
/// one figure whichever of the words a source uses; not a sum each of
/// them lost ("$300 each", "apiece").
fn victims_lost(text: &str, sentence: Span, span: Span) -> bool {
    let victim =
        |w: Option<&str>| w.is_some_and(|w| VICTIMS.iter().any(|v| v.eq_ignore_ascii_case(w)));
    let after = text.get(span.end..sentence.end).unwrap_or("");
    if [" each", " apiece", " per ", " a head"]
        .iter()
        .any(|w| after.starts_with(w))
    {
        return false;
    }
    // A scheme's victims: a word of fraud in the sentence ("Investors
    // lost $2 billion" in a market's fall is no fraud's).
    let fraud = || {
        let s = text
            .get(sentence.range())
            .unwrap_or("")
            .to_ascii_lowercase();
        [
            "scheme", "fraud", "scam", "ponzi", "swindl", "embezzl", "pyramid",
        ]
        .iter()
        .any(|w| s.contains(w))
    };
    let mut back = words_back(text, sentence, span.start);
    match back.next() {
        Some("lost" | "lose") => {
            let mut w = back.next();
            if matches!(w, Some("have" | "had" | "has")) {
                w = back.next();
            }
            victim(w) && fraud()
        }
        Some("of") => {
            let mut w = back.next();
            if w == Some("out") {
                w = back.next();
            }
            victim(w)
                && back.next().is_some_and(|v| {
                    v == "conned"
                        || ["defraud", "cheat", "swindl", "scam", "bilk"]
                            .iter()
                            .any(|stem| v.starts_with(stem) && v.len() <= stem.len() + 3)
                })
        }
        w @ Some(_) => {
            victim(w) && matches!(back.next(), Some("cost" | "costs" | "costing")) && fraud()
        }
        None => false,
    }
}

/// Whether a sentence with a deal in it tells of buying a firm, within
/// [`CUE_REACH`] bytes of the sum at `at`: a verb of buying ("agreed to
/// buy", "will acquire", "take over"), or a deal that "values" a name
/// ("values Dunmore at a 28% premium").
fn deal_to_buy(text: &str, sentence: Span, at: usize) -> bool {
    // The sentence within [`CUE_REACH`] bytes of the sum, so that a long
    // sentence is not read whole for each of its sums.
    let s = floor_boundary(text, sentence.start.max(at.saturating_sub(CUE_REACH)));
    let e = ceil_boundary(text, sentence.end.min(at.saturating_add(CUE_REACH)));
    let words: Vec<&str> = text
        .get(s..e)
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or("");
        matches!(
            *w,
            "buy" | "buying" | "bought" | "acquire" | "acquires" | "acquired" | "acquiring"
        ) || matches!(*w, "take" | "takes" | "took" | "taking") && next == "over"
            || matches!(*w, "values" | "valuing")
                && next.starts_with(|c: char| c.is_ascii_uppercase())
    })
}

/// A sum spent on something or put into it, when no noun names it:
/// "will spend £5 billion on defence" and "plans to spend £5.4bn on
/// defence" (predicate `spend`, scope `on defence`; "an extra £2bn on
/// schools" is scoped `more on schools`, never the whole), "pour $2.5bn
/// into the factory" (`invest`, as "invest $2 billion in a new plant").
fn spent_on(text: &str, sentence: Span, span: Span) -> Option<(&'static str, Option<String>)> {
    let mut back = words_back(text, sentence, span.start);
    let mut verb = back.next()?;
    let mut more = false;
    if matches!(verb, "extra" | "additional" | "another" | "more") {
        more = true;
        verb = back.next()?;
        if verb == "an" {
            verb = back.next()?;
        }
    }
    let mut words = clause_after(text, sentence, span.end).split_whitespace();
    let prep = words.next()?;
    if matches!(
        verb,
        "pour" | "pours" | "poured" | "pouring" | "plough" | "ploughed" | "plow" | "plowed"
    ) && prep == "into"
    {
        return Some(("invest", None));
    }
    if !matches!(verb, "spend" | "spends" | "spent" | "spending") || prep != "on" {
        return None;
    }
    let mut object: Vec<String> = Vec::new();
    for w in words {
        let l = w.to_ascii_lowercase();
        if object.is_empty() && matches!(l.as_str(), "the" | "its" | "their" | "his" | "her") {
            continue;
        }
        // A participle after the object is no part of it ("on commercials
        // airing next week").
        if object.len() == 3
            || !object.is_empty() && l.ends_with("ing")
            || !l.bytes().all(|b| b.is_ascii_lowercase())
            || matches!(
                l.as_str(),
                "in" | "of"
                    | "ahead"
                    | "over"
                    | "by"
                    | "next"
                    | "this"
                    | "last"
                    | "during"
                    | "to"
                    | "from"
                    | "for"
                    | "and"
                    | "as"
                    | "with"
                    | "a"
                    | "an"
                    | "each"
                    | "per"
                    | "until"
                    | "before"
                    | "after"
                    | "within"
                    | "annually"
                    | "every"
                    | "between"
                    | "through"
            )
        {
            break;
        }
        object.push(match l.as_str() {
            "defense" | "military" => "defence".to_string(),
            _ => l,
        });
    }
    if object.is_empty() {
        return None;
    }
    let on = format!("on {}", object.join(" "));
    Some(("spend", Some(if more { format!("more {on}") } else { on })))
}

/// Whether `word` is the plural of one of the [`COMPANY_NOUNS`]: "makers",
/// "companies", "retailers".
fn plural_company_noun(word: &str) -> bool {
    let singular = match word.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => word.strip_suffix('s').unwrap_or("").to_string(),
    };
    COMPANY_NOUNS.contains(&singular.as_str())
}

/// Words that make a sum raised capital: a share sale or a funding round
/// in the sentence (a campaign's or a charity's funds raised are not
/// compared: whose they are is not in the key).
const CAPITAL_WORDS: &[&str] = &[
    "offering",
    "ipo",
    "listing",
    "debut",
    "flotation",
    "round",
    "investors",
    "shares",
    "stock",
];

/// A sum of capital raised or a company's valuation, read from the words
/// right before it in its clause:
///
/// ```text
/// raised  := ("raised" | "raising" | "has raised" | "had raised") sum
///                                            "raising $2.1 billion"
/// valued  := "valued at" sum                 "Lumora is now valued at $21 billion"
///          | ("valuing" | "values" | "valued") word{1,4} "at" sum
///                                            "valuing the company at about $19 billion"
/// ```
///
/// A raise is noun `capital`, predicate `raise`, in a sentence of a share
/// sale or funding round ([`CAPITAL_WORDS`]); a valuation noun
/// `valuation`, predicate `level` (as "a valuation of $19 billion" is),
/// when what is valued is a company ([`COMPANY_NOUNS`] or a name). Not a
/// plan ("aims to raise $2 billion": only a raise done counts), not a rise
/// ("raised its dividend to $1.20": the sum must follow the verb), and not
/// a deal's price or gifts' worth ("a deal valued at $5 billion", "gifts
/// valued at more than $210,000").
fn capital_or_valuation(text: &str, sentence: Span, at: usize, s: &mut Subject) {
    let Some(clause) = clause_before(text, sentence, at) else {
        return;
    };
    let words: Vec<&str> = clause.split_whitespace().rev().take(7).collect();
    let lower = |i: usize| words.get(i).map(|w| w.to_ascii_lowercase());
    match lower(0).as_deref() {
        Some("raised" | "raising")
            if !matches!(lower(1).as_deref(), Some("be" | "been"))
                && near_lower(text, sentence, at)
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| CAPITAL_WORDS.contains(&w)) =>
        {
            s.noun = Some("capital".to_string());
            s.predicate = Some("raise".to_string());
            return;
        }
        Some("at") => {}
        // "Apple is worth $3.29 trillion", "is now worth": a company's
        // worth is its valuation ("the deal is worth $5 billion" is not).
        Some("worth") => {
            let mut i = 1;
            while matches!(lower(i).as_deref(), Some("now" | "still" | "currently")) {
                i += 1;
            }
            if !matches!(lower(i).as_deref(), Some("is" | "was" | "are" | "were")) {
                return;
            }
            // The subject: "the company", or a name that no preposition
            // makes the object of another noun ("his stake in the firm is
            // worth" is the stake's worth).
            let owner = words
                .get(i + 1)
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
            let before = lower(i + 2);
            let before = before.as_deref();
            let company = owner.is_some_and(|w| {
                COMPANY_NOUNS
                    .iter()
                    .any(|n| !matches!(*n, "it" | "itself") && w.eq_ignore_ascii_case(n))
                    && before == Some("the")
                    || w.starts_with(|c: char| c.is_uppercase())
                        && !matches!(w, "It" | "This" | "That" | "He" | "She" | "They")
                        && !matches!(
                            before,
                            Some("in" | "of" | "at" | "for" | "from" | "with" | "by")
                        )
            });
            if company {
                s.noun = Some("valuation".to_string());
                s.predicate = Some("level".to_string());
            }
            return;
        }
        _ => return,
    }
    // "valued at", or "valuing|values|valued" + up to four words + "at".
    let Some(v) =
        (1..=5).find(|&i| matches!(lower(i).as_deref(), Some("valued" | "valuing" | "values")))
    else {
        return;
    };
    // What is valued: the word before "valued at" (past a copula: "Lumora
    // is now valued at"), or the last word of the object ("valuing the
    // company at").
    let company = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        COMPANY_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
            || w.starts_with(|c: char| c.is_uppercase()) && !w.eq_ignore_ascii_case("the")
    };
    let valued = if v == 1 {
        (2..7)
            .map(|i| words.get(i).copied())
            .find(|w| {
                !w.is_some_and(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "is" | "was"
                            | "been"
                            | "being"
                            | "now"
                            | "be"
                            | "currently"
                            | "last"
                            | "already"
                            | "has"
                            | "had"
                            | "were"
                            | "are"
                    )
                })
            })
            .flatten()
    } else {
        words.get(1).copied()
    };
    if !valued.is_some_and(company) {
        return;
    }
    s.noun = Some("valuation".to_string());
    s.predicate = Some("level".to_string());
}

/// Whether the sum at `span` and its noun are followed by a reduced
/// relative clause of asking: "paid the $15 million ransom the hackers
/// had demanded", "the $5 million ransom that the gang sought". The sum
/// is what was demanded, whatever verb is before it:
///
/// ```text
/// demanded := sum NOUN ["that" | "which"] word{1,3} ["had" | "have" | "has"] ASK_VERB
/// ```
///
/// Read up to the clause's end, at most [`CUE_REACH`] bytes.
fn demanded_after(text: &str, sentence: Span, span: Span) -> bool {
    const ASK: &[&str] = &["demanded", "sought", "requested", "wanted"];
    let end = ceil_boundary(text, sentence.end.min(span.end.saturating_add(CUE_REACH)));
    let after = text.get(span.end..end).unwrap_or("");
    let cut = after.find([',', ';', '.', ':']).unwrap_or(after.len());
    let words: Vec<String> = after
        .get(..cut)
        .unwrap_or("")
        .split_whitespace()
        .take(7)
        .map(str::to_ascii_lowercase)
        .collect();
    // The noun, then the clause.
    let mut k = 1;
    if words.get(k).is_some_and(|w| w == "that" || w == "which") {
        k += 1;
    }
    (k + 1..(k + 5).min(words.len())).any(|j| {
        words.get(j).is_some_and(|w| ASK.contains(&w.as_str()))
            && words[k..j]
                .iter()
                .all(|w| !matches!(w.as_str(), "and" | "but" | "or" | "to" | "for"))
    })
}

/// Words of a story about films in cinemas ([`box_office`]).
const CINEMA_WORDS: &[&str] = &[
    "box office",
    "box-office",
    "theaters",
    "theatres",
    "cinemas",
    "moviegoers",
    "cinemagoers",
    "opening weekend",
    // "The movie earned $135m over its first weekend".
    "first weekend",
    "debut weekend",
];

/// Whether `text` holds one of `words`, in any case, in one pass; the
/// automaton is built once, into `cell`.
fn mentions_any(
    cell: &'static OnceLock<Option<aho_corasick::AhoCorasick>>,
    words: &[&str],
    text: &str,
) -> bool {
    cell.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(words)
            .ok()
    })
    .as_ref()
    .is_some_and(|f| f.is_match(text))
}

/// Whether `text` is about films in cinemas: one of [`CINEMA_WORDS`].
fn cinema_story(text: &str) -> bool {
    static FINDER: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    mentions_any(&FINDER, CINEMA_WORDS, text)
}

/// Words of a vessel or an aircraft whose crew is aboard
/// ([`craft_sentence`]).
const CRAFT_WORDS: &[&str] = &[
    "ship",
    "vessel",
    "boat",
    "ferry",
    "tanker",
    "yacht",
    "trawler",
    "freighter",
    "plane",
    "aircraft",
    "airliner",
    "jet",
    "flight",
    "helicopter",
];

/// Whether a sentence (or the one before it) names a vessel or an
/// aircraft: one of [`CRAFT_WORDS`].
fn craft_sentence(sentence: &str) -> bool {
    static FINDER: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    mentions_any(&FINDER, CRAFT_WORDS, sentence)
}

/// Words of a market that rallies ([`market_sentence`]).
const MARKET_WORDS: &[&str] = &[
    "shares",
    "stocks",
    "stock market",
    "markets",
    "index",
    "bonds",
    "prices",
    "futures",
];

/// Whether a sentence speaks of a market: one of [`MARKET_WORDS`].
fn market_sentence(sentence: &str) -> bool {
    static FINDER: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    mentions_any(&FINDER, MARKET_WORDS, sentence)
}

/// Words of a story about a theft ([`theft_story`]).
const THEFT_WORDS: &[&str] = &[
    "thieves", "thief", "stole", "stolen", "robbers", "robbery", "robbed", "heist", "burglar",
    "looted",
];

/// Whether `text` tells of a theft: one of [`THEFT_WORDS`]. Its raid is
/// the robbery ("the raid lasted seven minutes"), and what was "taken"
/// was stolen.
fn theft_story(text: &str) -> bool {
    static FINDER: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    mentions_any(&FINDER, THEFT_WORDS, text)
}

/// Whether the figure at `start` is what somebody left with ("made off
/// with", "got away with", "escaped with", "fled with" right before it:
/// stolen wherever it is read) and whether it is what somebody "took"
/// (stolen in a story of a theft, [`theft_story`]).
fn carried_off(text: &str, sentence: Span, start: usize) -> (bool, bool) {
    let mut back = words_back(text, sentence, start).map(str::to_ascii_lowercase);
    match back.next().as_deref() {
        Some("with") => {
            let verb = back.next();
            let off = match verb.as_deref() {
                Some("off") => back.next().is_some_and(|m| m == "made" || m == "making"),
                Some("away") => back.next().is_some_and(|g| g == "got" || g == "getting"),
                Some(v) => matches!(v, "escaped" | "escaping" | "fled" | "fleeing"),
                None => false,
            };
            (off, false)
        }
        Some("took" | "taking" | "take" | "takes") => (false, true),
        _ => (false, false),
    }
}

/// Words of a story about an auction ([`auction_story`]).
const AUCTION_WORDS: &[&str] = &[
    "auction",
    "auctioneer",
    "sotheby's",
    "christie's",
    "bonhams",
    // "after 14 minutes of bidding", "with the buyer's premium".
    "bidding",
    "buyer's premium",
    "hammer price",
    "pre-sale estimate",
    "presale estimate",
];

/// Whether the sum at `start` is what contraband is worth: "worth" or
/// "valued at" right before it, and one of [`CONTRABAND`] or a seizure
/// ("seizure", "haul") among the four words before that (over a comma:
/// "2 tonnes of cocaine, worth about £150m").
fn contraband_worth(text: &str, sentence: Span, start: usize) -> bool {
    let mut words = words_back(text, sentence, start);
    let valued = match words.next() {
        Some(w) if w.eq_ignore_ascii_case("worth") => true,
        Some(w) if w.eq_ignore_ascii_case("at") => words
            .next()
            .is_some_and(|v| v.eq_ignore_ascii_case("valued")),
        _ => false,
    };
    valued
        && words.take(4).any(|w| {
            let w = w.to_ascii_lowercase();
            CONTRABAND.contains(&w.as_str()) || matches!(w.as_str(), "seizure" | "haul")
        })
}

/// The owner of a measure left out before a figure, and whether the figure
/// is the level reached: "while Brightmart's fell to 19%" (`Brightmart`,
/// level), "Brightmart's fell 3%" (a change): a capitalised possessive
/// right before a verb of change.
fn elided_owner(w: &Window<'_>) -> Option<(String, bool)> {
    let mut left = w.left().map(|(_, t)| t);
    let mut t = left.next()?;
    let level = w.is_word(t, "to");
    if level || w.is_word(t, "by") {
        t = left.next()?;
    }
    if !METRIC_CHANGE_VERBS.contains(&w.lower(t).as_str()) {
        return None;
    }
    let owner = left.next().filter(|o| o.cap && o.punct.is_none())?;
    let name = w.text.get(owner.start..owner.end)?;
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))?;
    Some((name.to_string(), level))
}

/// The last `n` words of `before` (lower case, the nearest first), back to
/// the end of a clause (a word ending in a comma, a semicolon or a full
/// stop).
fn clause_words_before(before: &str, n: usize) -> Vec<String> {
    before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(n)
        .take_while(|w| !w.ends_with([',', ';', '.']))
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

/// Whether the sum at `start` is an average home's price: "average" or
/// "typical" and a home ("home", "house", "property", "flat") or "price"
/// among the six words before it, in its clause, with a word of a price
/// right before the sum ("costs", "sold for", "at", "of", "is"). "Average
/// price" alone needs a home named in the sentence.
fn average_home_price(text: &str, sentence: Span, start: usize) -> bool {
    let before = text.get(sentence.start..start).unwrap_or("");
    // One search first: most sums have no average before them.
    if !before.contains("average") && !before.contains("typical") {
        return false;
    }
    let words = clause_words_before(before, 7);
    let priced = words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "costs" | "cost" | "for" | "at" | "of" | "is" | "was" | "now"
        )
    });
    let average = words.iter().any(|w| w == "average" || w == "typical");
    let home = |w: &String| {
        matches!(
            w.as_str(),
            "home" | "house" | "property" | "flat" | "homes" | "houses"
        )
    };
    let price = words.iter().any(|w| w == "price");
    let sentence_home = text
        .get(sentence.start..sentence.end)
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| {
            matches!(
                w,
                "home" | "homes" | "house" | "houses" | "property" | "properties"
            )
        });
    priced && average && (words.iter().any(home) || price && sentence_home)
}

/// Whether the sum at `start` is the average rent: a tenant or a renter
/// and "average" or "typical" among the seven words before it, in its
/// clause, with "pays", "paid" or "of" right before the sum ("The average
/// tenant now pays £1,310 a month", "Tenants paid an average of £1,295").
fn average_rent_paid(text: &str, sentence: Span, start: usize) -> bool {
    let before = text.get(sentence.start..start).unwrap_or("");
    // One search first: most sums have no tenant before them.
    if !before.contains("enant") && !before.contains("enter") {
        return false;
    }
    let words = clause_words_before(before, 7);
    words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "pays" | "pay" | "paid" | "of"))
        && words.iter().any(|w| w == "average" || w == "typical")
        && words
            .iter()
            .any(|w| matches!(w.as_str(), "tenant" | "tenants" | "renter" | "renters"))
}

/// Whether the sum at `start` is what a lot went for: right after "sold
/// for", "fetched" or "went for" ("Similar guns normally sell for around
/// $200" is no price of the sale).
fn hammer_price(text: &str, start: usize) -> bool {
    let head = text.get(start.saturating_sub(16)..start).unwrap_or("");
    let head = head.trim_end().to_ascii_lowercase();
    [
        "sold for", "fetched", "fetches", "fetching", "went for", "sold at",
    ]
    .iter()
    .any(|v| head.ends_with(v))
}

/// Whether the words after a sum at `end` add an auction house's fees:
/// "including fees", "with fees", "with the buyer's premium", "including
/// the buyer's premium".
fn with_fees(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("");
    let after = after.strip_prefix(',').unwrap_or(after);
    let Some(rest) = after
        .strip_prefix(" including ")
        .or_else(|| after.strip_prefix(" with "))
    else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    ["fees", "buyer's premium", "buyer’s premium", "commission"]
        .iter()
        .any(|f| rest.starts_with(f))
}

/// Whether a sum ending at `end` is followed by the same price with the
/// fees: ", or $52.1 million with the buyer's premium".
fn hammer_before_fees(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("");
    let Some(rest) = after.strip_prefix(", or ") else {
        return false;
    };
    // The sum (a few bytes holding digits), then the fees.
    let sum = rest
        .find(" with ")
        .into_iter()
        .chain(rest.find(" including "))
        .min();
    sum.is_some_and(|k| {
        k <= 24 && rest[..k].contains(|c: char| c.is_ascii_digit()) && with_fees(rest, k)
    })
}

/// Whether the sum at `span` is what a film or a series cost to make:
/// "cost" or "costs" right before it, a film, a movie, a sequel, a series,
/// a show or a documentary its subject (past "will", "is expected to" …:
/// [`COST_AUXILIARIES`]), and "to make", "to produce", "to film" or "to
/// shoot" right after ("The film cost about $250 million to make"; not "It
/// costs $5 to make a burger").
fn cost_to_make(text: &str, sentence: Span, span: Span) -> bool {
    let after = text.get(span.end..sentence.end.max(span.end)).unwrap_or("");
    let made = [" to make", " to produce", " to film", " to shoot"]
        .iter()
        .any(|m| after.starts_with(m));
    let mut back = words_back(text, sentence, span.start);
    made && back.next().is_some_and(|w| matches!(w, "cost" | "costs"))
        && back
            .find(|w| !COST_AUXILIARIES.contains(w))
            .is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "film" | "movie" | "sequel" | "series" | "show" | "documentary" | "blockbuster"
                )
            })
}

/// Homes sold one at a time ([`home_sale`]).
const HOMES: &[&str] = &[
    "mansion",
    "house",
    "home",
    "estate",
    "property",
    "apartment",
    "penthouse",
    "villa",
    "flat",
    "castle",
    "townhouse",
    "condo",
    "chateau",
    "ranch",
];

/// Whether the sum at `span` is what one home sold for: after "sold for",
/// "went for" or "fetched" with a home ([`HOMES`]) among the six words
/// before the verb in its clause ("A clifftop mansion in Skyvale sold for
/// $68 million", "The 12-bedroom estate fetched $65 million"), or after
/// "paid" with "for" and a home among the five words after the sum ("paid
/// about $70 million for the 20,000-square-foot house"). Not what a home
/// is listed at, nor what a seller once bought it for.
fn home_sale(text: &str, sentence: Span, span: Span) -> bool {
    let before = text.get(sentence.start..span.start).unwrap_or("");
    let words = clause_words_before(before, 9);
    let is_home = |w: &str| HOMES.contains(&w.trim_matches(|c: char| !c.is_ascii_alphabetic()));
    let verb = match words.as_slice() {
        [f, v, ..] if f == "for" && matches!(v.as_str(), "sold" | "sells" | "went" | "goes") => 2,
        [v, ..] if matches!(v.as_str(), "fetched" | "fetches") => 1,
        _ => 0,
    };
    if verb > 0 {
        return words.iter().skip(verb).take(6).any(|w| is_home(w));
    }
    if words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "paid" | "pays" | "paying"))
    {
        let after = text.get(span.end..sentence.end.max(span.end)).unwrap_or("");
        if let Some(rest) = after.strip_prefix(" for ") {
            return rest
                .split_whitespace()
                .take(5)
                .any(|w| is_home(&w.to_ascii_lowercase()));
        }
    }
    false
}

/// Whether `text` is about an auction: one of [`AUCTION_WORDS`].
fn auction_story(text: &str) -> bool {
    static FINDER: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    mentions_any(&FINDER, AUCTION_WORDS, text)
}

/// Verbs (one or two words) whose object is a film's takings.
const GROSS_VERBS: &[&str] = &[
    "grossed",
    "grossing",
    "earned",
    "earning",
    "took in",
    "taking in",
    "pulled in",
    "pulling in",
    "brought in",
    "bringing in",
    "raked in",
    "opened to",
    "opened with",
    "opening to",
    "debuted to",
    "debuted with",
    "collected",
    "made",
    "added",
    "generated",
    "took",
    "taking",
    "takes",
];

/// Nouns a film's takings are "of": "a global start of $240 million".
const GROSS_NOUNS: &[&str] = &[
    "opening", "debut", "start", "haul", "gross", "total", "takings", "launch",
];

/// Where a film's takings were made, `(words, scope)`, in the order they
/// are tried ("outside North America" is overseas).
const GROSS_SCOPES: &[(&str, &str)] = &[
    ("worldwide", "worldwide"),
    ("global", "worldwide"),
    ("around the world", "worldwide"),
    ("overseas", "overseas"),
    ("international", "overseas"),
    ("abroad", "overseas"),
    ("outside north america", "overseas"),
    ("north america", "domestic"),
    ("us and canada", "domestic"),
    ("us and canadian", "domestic"),
    ("u.s. and canadian", "domestic"),
    ("u.s. and canada", "domestic"),
    ("united states and canada", "domestic"),
    ("domestic", "domestic"),
];

/// A film's takings in a story about cinemas ([`cinema_story`]), read from
/// the words right before the sum in its clause:
///
/// ```text
/// gross := GROSS_VERB sum                "took in $142 million", "opened to an estimated $135 million"
///        | GROSS_NOUN "of" sum           "a global start of $240 million"
///        | GROSS_NOUN … LEVEL sum        "its global total stands at $305 million"
/// LEVEL := ("stands"|"stood"|"now"|"is"|"was") "at" | "reached" | "passed"
///        | "topped" | "passes" | "exceeded" …   (read as the sum's hedge)
/// ```
///
/// Such a sum is noun `box office`, predicate `gross` (set by the caller,
/// in a story of cinemas), with the scope returned here, where it was made
/// ([`GROSS_SCOPES`]): the first scope word after the sum in its clause
/// ("$230 million worldwide", "in the US and Canada"), else the last
/// before it ("a global start of"). A film's cost ("cost $250 million to
/// make") is no takings: `None`.
fn box_office(text: &str, sentence: Span, span: Span) -> Option<Option<&'static str>> {
    let clause = clause_before(text, sentence, span.start)?;
    let words: Vec<String> = clause
        .split_whitespace()
        .rev()
        .take(2)
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let (last, before) = match words.as_slice() {
        [a, b] => (a.as_str(), b.as_str()),
        [a] => (a.as_str(), ""),
        _ => return None,
    };
    let two = format!("{before} {last}");
    let verb = GROSS_VERBS.contains(&last) || GROSS_VERBS.contains(&two.as_str());
    // "Its global total stands at $305 million", "the haul reached", "its
    // total topped $300 million" (the verb read as the sum's hedge).
    let own = text.get(span.start..span.end).unwrap_or("");
    let topped = ["topped ", "tops ", "passes ", "exceeded ", "surpassed "]
        .iter()
        .any(|v| {
            own.get(..v.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(v))
        });
    let level = (last == "at" && matches!(before, "stands" | "stood" | "now" | "is" | "was")
        || matches!(last, "reached" | "passed")
        || topped)
        && clause
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| GROSS_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w)));
    if !(verb || level || last == "of" && GROSS_NOUNS.contains(&before)) {
        return None;
    }
    // The words after the sum up to the clause's end or the next figure.
    let end = ceil_boundary(text, sentence.end.min(span.end.saturating_add(CUE_REACH)));
    let after = text.get(span.end..end).unwrap_or("");
    let cut = after
        .find(|c: char| matches!(c, ',' | ';' | '.' | '$' | '€' | '£') || c.is_ascii_digit())
        .unwrap_or(after.len());
    let after = after.get(..cut).unwrap_or("").to_ascii_lowercase();
    let first_after = GROSS_SCOPES
        .iter()
        .filter_map(|(w, sc)| after.find(w).map(|at| (at, *sc)))
        .min_by_key(|(at, _)| *at);
    let before = clause.to_ascii_lowercase();
    let last_before = || {
        GROSS_SCOPES
            .iter()
            .filter_map(|(w, sc)| before.rfind(w).map(|at| (at, *sc)))
            .max_by_key(|(at, _)| *at)
    };
    Some(first_after.or_else(last_before).map(|(_, scope)| scope))
}

/// Whether a sum after a verb of takings ([`box_office`]) is a concert
/// tour's: the verb's subject is "tour" ("The singer's world tour grossed
/// $2.2 billion", "the tour has earned"), whatever the story.
fn tour_takings(text: &str, sentence: Span, at: usize) -> bool {
    let Some(clause) = clause_before(text, sentence, at) else {
        return false;
    };
    let words: Vec<String> = clause
        .split_whitespace()
        .rev()
        .take(4)
        .map(str::to_ascii_lowercase)
        .collect();
    let gross = |w: &str| GROSS_VERBS.contains(&w);
    let k = match words.as_slice() {
        [v, ..] if gross(v) => 1,
        [p, v, ..] if gross(&format!("{v} {p}")) => 2,
        _ => return false,
    };
    let mut rest = words.iter().skip(k).map(String::as_str);
    let mut head = rest.next();
    if head.is_some_and(|h| matches!(h, "has" | "have" | "had" | "also")) {
        head = rest.next();
    }
    let tour = |h: &str| h == "tour" || h == "tours";
    // "The record-breaking tour sold 10.1 million tickets and took in
    // $2.08 billion": a verb after "and" shares the sentence's subject.
    if head == Some("and") {
        return text
            .get(sentence.start..at)
            .unwrap_or("")
            .split_whitespace()
            .take(6)
            .any(|w| {
                let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
                w.eq_ignore_ascii_case("tour") || w.eq_ignore_ascii_case("tours")
            });
    }
    head.is_some_and(tour)
}

/// Words that are no name when they come first in a run of capitalised
/// words ("It", "On", "While", "Rival Corvane"), for [`doer_before`].
const NOT_DOERS: &[&str] = &[
    // "Former minister jailed for seven years": a description.
    "former",
    // "Global smartphone shipments": where, not who.
    "global",
    "worldwide",
    "it",
    "its",
    "they",
    "their",
    // "Anyone breaking it faces a fine of up to £1,000".
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "nobody",
    "he",
    "she",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "a",
    "an",
    "in",
    "on",
    "at",
    "after",
    "before",
    "but",
    "and",
    "or",
    "while",
    "last",
    "next",
    "some",
    "many",
    "all",
    "both",
    "each",
    "other",
    "another",
    "rival",
    "meanwhile",
    "also",
    "still",
    "earlier",
    "later",
    "separately",
    "elsewhere",
    "overall",
    "together",
    "total",
    "though",
    "although",
    "when",
    "as",
    "if",
    "because",
    "since",
    "whereas",
    "so",
    "yet",
];

/// Whether an apposition after a sum calls it a fine: "€1.2bn, the
/// largest fine under the GDPR", "$5 billion, a record fine" (the
/// apposition's first five words).
fn fine_in_apposition(text: &str, sentence: Span, end: usize) -> bool {
    let rest = text.get(end..sentence.end.max(end)).unwrap_or("");
    let Some(rest) = rest
        .strip_prefix(", the ")
        .or_else(|| rest.strip_prefix(", a "))
    else {
        return false;
    };
    rest.split(' ')
        .take(5)
        .take_while(|w| !w.ends_with(','))
        .any(|w| matches!(w.trim_end_matches(['.', ';']), "fine" | "fines"))
}

/// What the counts or charges at `start` are by the words before them:
/// `"charge"` after "faces" ("faces 12 counts") or "not guilty to",
/// `"convict"` after "guilty to" ("pleaded guilty to three counts").
fn charges_before(text: &str, sentence: Span, start: usize) -> Option<&'static str> {
    let mut back = words_back(text, sentence, start);
    match back.next()? {
        "face" | "faces" | "faced" | "facing" => Some("charge"),
        "to" => {
            if back.next()? != "guilty" {
                return None;
            }
            Some(if back.next() == Some("not") {
                "charge"
            } else {
                "convict"
            })
        }
        _ => None,
    }
}

/// Things built whose cost a sum before them names ("the £520m Dunmore
/// bridge", "a $1.2bn stadium").
const BUILT: &[&str] = &[
    "bridge",
    "tunnel",
    "stadium",
    "arena",
    "project",
    "scheme",
    "hospital",
    "railway",
    "airport",
    "runway",
    "terminal",
    "pipeline",
    "museum",
    "bypass",
    "dam",
    "tower",
    "plant",
    "factory",
    "motorway",
    "highway",
    "refurbishment",
    "renovation",
    "upgrade",
    "extension",
];

/// The thing built whose cost the sum at `span` is: the one of [`BUILT`]
/// right before "cost" or "costs" ("The bridge cost £480 million", "The
/// scheme will cost £2bn", "is expected to cost £1.5bn"; not "Tickets
/// cost £50", a price, nor "It costs $100,000 a month"), the last one
/// before "cost of" in the sentence
/// ("The bridge was delivered at a final cost of £480m"), or the one
/// after the sum, past its name ("the £520m Dunmore bridge").
fn project_cost(text: &str, sentence: Span, span: Span) -> Option<&'static str> {
    let built = |w: &str| BUILT.iter().find(|b| w.eq_ignore_ascii_case(b)).copied();
    let mut back = words_back(text, sentence, span.start);
    match back.next() {
        Some("cost" | "costs") => {
            // "The bridge is expected to cost £1.5bn", "is set to cost".
            let subject = back.find(|w| {
                !matches!(
                    *w,
                    "will"
                        | "would"
                        | "could"
                        | "to"
                        | "also"
                        | "expected"
                        | "set"
                        | "likely"
                        | "estimated"
                        | "projected"
                        | "forecast"
                        | "is"
                        | "was"
                        | "now"
                )
            });
            return subject.and_then(built);
        }
        Some("of") => {
            if back.next() != Some("cost") {
                return None;
            }
            return back.find_map(built);
        }
        _ => {}
    }
    let after = text.get(span.end..sentence.end.max(span.end)).unwrap_or("");
    after
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(4)
        .find(|w| !w.starts_with(|c: char| c.is_ascii_uppercase()))
        .and_then(built)
}

/// Words between a verb of cost or sale and its subject, passed over to
/// find what costs ("The drug will cost", "The new model is expected to
/// sell for"): [`treatment_price`] and [`sale_price`] read the subject
/// alike.
const COST_AUXILIARIES: &[&str] = &[
    "will", "would", "could", "to", "also", "expected", "set", "likely", "now", "new", "is", "are",
];

/// Whether the sum at `span` is what a treatment costs: right after
/// "cost" or "costs" (past "will", "is expected to" …) whose subject is a
/// drug or a treatment ("The drug will cost $1,060 a month", "Each
/// injection costs $500"). `Some(per)` names the stretch of treatment
/// written before the subject ("A month of treatment will cost $1,000":
/// `per month`).
fn treatment_price(text: &str, sentence: Span, span: Span) -> Option<Option<&'static str>> {
    const TREATMENTS: &[&str] = &[
        "drug",
        "drugs",
        "medicine",
        "medication",
        "treatment",
        "pill",
        "pills",
        "injection",
        "injections",
        "jab",
        "jabs",
        "vaccine",
        "therapy",
        "dose",
        "shot",
    ];
    let mut back = words_back(text, sentence, span.start);
    if !matches!(back.next(), Some("cost" | "costs")) {
        return None;
    }
    let subject = back.find(|w| !COST_AUXILIARIES.contains(w))?;
    if !TREATMENTS.contains(&subject.to_ascii_lowercase().as_str()) {
        return None;
    }
    // "A month of treatment" (not "approval next year; the pill could
    // cost": the period must be of the treatment).
    let mut of = false;
    let mut before = back.skip_while(|w| {
        of |= *w == "of";
        matches!(*w, "the" | "of" | "new")
    });
    let period = before.next();
    let per = match period.filter(|_| of) {
        Some("month" | "monthly") => Some("per month"),
        Some("year" | "annual") => Some("per year"),
        Some("week" | "weekly") => Some("per week"),
        _ => None,
    };
    Some(per)
}

/// Things sold whose sum is their price ("The phone will cost $799",
/// "The new model starts at $829").
const PRODUCTS: &[&str] = &[
    "phone",
    "phones",
    "smartphone",
    "smartphones",
    "handset",
    "handsets",
    "device",
    "devices",
    "model",
    "models",
    "version",
    "console",
    "laptop",
    "tablet",
    "computer",
    "headset",
    "watch",
    "smartwatch",
    "car",
    "cars",
    "vehicle",
    "truck",
    "ticket",
    "tickets",
    "subscription",
    "game",
    "edition",
];

/// Whether the sum at `span` is a price asked for a thing on sale: right
/// after "priced at" or "priced from", "retails for", "a price tag of",
/// "a starting (list, retail) price of"; after "starts at", "costs" or
/// "will sell for" when what starts, costs or sells is a thing of
/// [`PRODUCTS`] or prices; after "starts at" a name too ("The X2 Pro
/// starts at $999"; not "Bidding starts at $10,000", nor a bare "It
/// costs" a sum by the month, nor "the refit of the jets, made by Kestrel
/// Corp., will cost $24.5 million"). A price of one of many ("priced at
/// $11,000 each") is [`unit_price`]'s.
fn sale_price(text: &str, sentence: Span, span: Span) -> bool {
    // The cue is the word right before the sum ("starts at $829, $30
    // more": the second sum has none).
    let before = text.get(sentence.start..span.start).unwrap_or("");
    if !before
        .trim_end()
        .ends_with(|c: char| c.is_ascii_alphabetic())
    {
        return false;
    }
    // The sentence's first word is capitalized whatever it is ("Bidding
    // starts at $10,000").
    let first = before
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|w| !w.is_empty());
    let mut back = words_back(text, sentence, span.start);
    let (Some(w1), Some(w2)) = (back.next(), back.next()) else {
        return false;
    };
    fn sold<'a>(mut back: impl Iterator<Item = &'a str>, first: Option<&str>, named: bool) -> bool {
        let subject = back.find(|w| !COST_AUXILIARIES.contains(w));
        subject.is_some_and(|w| {
            let l = w.to_ascii_lowercase();
            PRODUCTS.contains(&l.as_str())
                || matches!(l.as_str(), "price" | "prices")
                || named
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && !first.is_some_and(|f| std::ptr::eq(f, w))
                    && !matches!(
                        l.as_str(),
                        "it" | "this" | "that" | "they" | "he" | "she" | "which" | "what" | "the"
                    )
        })
    }
    match (w1, w2.to_ascii_lowercase().as_str()) {
        ("at" | "from", "priced" | "retails" | "retail" | "retailing") => true,
        ("for", "retails" | "retail" | "retailing") => true,
        ("at" | "from", "starts" | "start" | "starting") => sold(back, first, true),
        ("for", "sell" | "sells") => sold(back, first, false),
        ("of", "tag") => back.next() == Some("price"),
        ("of", "price") => matches!(back.next(), Some("starting" | "list" | "retail" | "launch")),
        ("cost" | "costs", _) => sold(words_back(text, sentence, span.start).skip(1), first, false),
        _ => false,
    }
}

/// The model a price is of, when a name is the subject of its verb: the
/// last word before the verb, written with a capital or a digit ("The X2
/// starts at $799": `X2`; "the X2 Pro starts at $999": `Pro`; "the Galaxy
/// S25 is priced at": `S25`), not the sentence's first word, nor a
/// possessive, nor a word a comma ends ("its new phone on Tuesday, priced
/// at $799").
fn model_priced(text: &str, sentence: Span, start: usize) -> Option<&str> {
    let before = text.get(sentence.start..start)?;
    let mut tokens = before.split_whitespace().rev();
    let subject = tokens.by_ref().find(|t| {
        !matches!(
            t.to_ascii_lowercase().as_str(),
            "at" | "from"
                | "for"
                | "priced"
                | "starts"
                | "start"
                | "starting"
                | "costs"
                | "cost"
                | "will"
                | "would"
                | "is"
                | "are"
                | "be"
                | "sell"
                | "sells"
                | "retail"
                | "retails"
                | "retailing"
                | "now"
                | "also"
                | "just"
                | "only"
        )
    })?;
    let first = tokens.next().is_none();
    let named = subject.starts_with(|c: char| c.is_ascii_uppercase())
        || subject.bytes().any(|b| b.is_ascii_digit());
    let plain = subject
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    (named && plain && !first).then_some(subject)
}

/// The weight lost as a share of a body's weight: a percentage right
/// before "of their body weight" (or "weight", "of his …") after a verb
/// of losing, past "an average of" ("lost an average of 20.2% of their
/// body weight", "shed 22.5% of their weight"). The measure is `weight
/// loss` at its level.
fn body_weight_lost(text: &str, sentence: Span, span: Span) -> Option<(String, &'static str)> {
    let after = text.get(span.end..sentence.end.max(span.end)).unwrap_or("");
    let mut words = after.split_whitespace();
    if words.next() != Some("of") {
        return None;
    }
    let owner = words.next()?;
    if !matches!(owner, "their" | "his" | "her" | "its" | "body") {
        return None;
    }
    let mut noun = if owner == "body" {
        "body"
    } else {
        words.next()?
    };
    if matches!(noun, "body" | "starting" | "initial") {
        noun = words.next()?;
    }
    if noun.trim_end_matches(['.', ',', ';']) != "weight" {
        return None;
    }
    let mut back = words_back(text, sentence, span.start)
        .skip_while(|w| matches!(*w, "of" | "average" | "an" | "on" | "about" | "around"));
    matches!(
        back.next(),
        Some("lost" | "lose" | "loses" | "losing" | "shed" | "sheds" | "shedding")
    )
    .then(|| ("weight loss".to_string(), "level"))
}

/// Whether the doses counted at `span` were given: "given",
/// "administered" or "delivered" in the clause after them ("have been
/// given", "had been administered") or right before them ("administered
/// 3.2 million doses").
fn doses_given(text: &str, sentence: Span, span: Span) -> bool {
    const GIVEN: [&str; 3] = ["given", "administered", "delivered"];
    let after = near_after(text, sentence, span.end, 64);
    let clause = after.split([',', ';']).next().unwrap_or("");
    clause
        .split_whitespace()
        .take(8)
        .any(|w| GIVEN.contains(&w.trim_end_matches('.')))
        || words_back(text, sentence, span.start)
            .next()
            .is_some_and(|w| GIVEN.contains(&w) || w == "administer")
}

/// Whether the sum at `start` is an amount of bail: "at" or "of" right
/// before it and "bail" among the four words before that ("set bail at $2
/// million", "His bail was set at $2m", "bail of $500,000").
fn bail_at(text: &str, sentence: Span, start: usize) -> bool {
    let mut back = words_back(text, sentence, start);
    matches!(back.next(), Some("at" | "of")) && back.take(4).any(|w| w.eq_ignore_ascii_case("bail"))
}

/// The one "ordered" to pay a sum, named right before "to pay" ("ordered
/// Meta to pay €1.2bn"; up to four capitalised words).
fn ordered_to_pay(text: &str, sentence: Span, start: usize) -> Option<String> {
    let before = text.get(sentence.start..start)?.trim_end();
    let head = before.strip_suffix(" to pay")?;
    let (_, name) = head.rsplit_once(" ordered ")?;
    let words: Vec<&str> = name.split(' ').collect();
    let named = !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    named.then(|| name.to_string())
}

/// The one a fine was imposed on, named right after it: "a €746 million
/// fine imposed on Amazon", "a $5 billion fine against Meta" (up to four
/// capitalised words).
fn fined_after(text: &str, sentence: Span, end: usize) -> Option<String> {
    let rest = text.get(end..sentence.end.max(end))?;
    let rest = rest.strip_prefix(" fine")?;
    let rest = [
        " imposed on ",
        " levied on ",
        " imposed against ",
        " levied against ",
        " against ",
        " on ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))?;
    let name: Vec<&str> = rest
        .split(' ')
        .take(4)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .collect();
    (!name.is_empty()).then(|| name.join(" "))
}

/// Who did what a figure says, for the predicates whose doers a story
/// lists side by side ([`group::DOER_PREDICATES`]): the run of
/// capitalised words nearest before the figure in its clause, past at
/// most seven lower-case words (the verb and its auxiliaries, "said on
/// Tuesday it would"), not past another figure.
///
/// ```text
/// doer := "The"? Name ("of" Name)*  word{0,7}  figure
/// ```
///
/// "Germany pledged $1.2 billion", "while Japan promised $800 million",
/// "The Bank of England left its key rate unchanged at 4.5%", "Japan
/// offered $750 million and Germany $1.2 billion". A day or a month is
/// no name; nor is a first word of [`NOT_DOERS`], a function word or a
/// measure's modifier ("Net profit"), nor a plural noun opening the
/// sentence ("Donors pledged"). A possessor is the doer ("Berlin's
/// pledge"), a capital its country ("Washington" is the United States),
/// and a run of more than four capitalised words a headline, no name.
fn doer_before(text: &str, sentence: Span, at: usize) -> Option<String> {
    let mut clause = clause_before(text, sentence, at)?;
    // "Paul Jones, 51, received": the clause takes in the name before an
    // age set off by commas.
    let head = text
        .get(sentence.start..at.saturating_sub(clause.len()))
        .unwrap_or("");
    if let Some((pre, num)) = head.strip_suffix(',').and_then(|h| h.rsplit_once(' ')) {
        if (1..=3).contains(&num.len()) && num.bytes().all(|c| c.is_ascii_digit()) {
            if let Some(pre) = pre.strip_suffix(',') {
                let name = pre.rsplit([',', ';', ':']).next().unwrap_or(pre);
                let from = at.saturating_sub(clause.len()) - (head.len() - pre.len()) - name.len();
                clause = text.get(from..at).unwrap_or(clause);
            }
        }
    }
    // "A former transport minister, Marek Harlow, was sentenced": the name
    // set off by commas after a description is who did (or got) it, when
    // the clause itself names no one.
    let mut appositive = false;
    if let Some(pre) = head.trim_end().strip_suffix(',') {
        if let Some((description, part)) = pre.rsplit_once(',') {
            let words: Vec<&str> = part.split_whitespace().collect();
            let named = (1..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(|c: char| c.is_ascii_uppercase())
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                        && calendar::weekday(w).is_none()
                        && calendar::month(w).is_none()
                });
            let unnamed = !clause.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.starts_with(|c: char| c.is_uppercase())
                    && calendar::weekday(w).is_none()
                    && calendar::month(w).is_none()
            });
            let described = description
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
            if named && unnamed && described {
                let from = sentence.start + description.len() + 1;
                if let Some(c) = text.get(from..at) {
                    clause = c;
                    appositive = true;
                }
            }
        }
    }
    let clause_start = at.saturating_sub(clause.len());
    let mut name: Vec<&str> = Vec::new();
    let mut first_at = None;
    let mut lower = 0;
    // The word read before this one, nearer the figure.
    let mut after = "";
    // Whether an age set off by commas follows the name: a person's.
    let mut aged = false;
    let mut rest = clause;
    while let Some(w) = rest.split_whitespace().next_back() {
        let Some(pos) = rest.rfind(w) else { break };
        rest = rest.get(..pos).unwrap_or("");
        // A dash or a bracket sets off an aside: "leader - and hundreds of
        // leaders".
        if matches!(w, "-" | "—" | "–") || w.ends_with(['(', ')']) {
            break;
        }
        let mut bare = w.trim_matches(|c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’'));
        // The comma that closes an appositive name.
        if appositive && name.is_empty() {
            bare = bare.strip_suffix(',').unwrap_or(bare);
        }
        // "Paul Jones, 51, received eight years": past the age set off
        // after the name.
        let age = name.is_empty()
            && bare.len() <= 4
            && bare.ends_with(',')
            && bare[..bare.len() - 1].bytes().all(|c| c.is_ascii_digit())
            && rest.trim_end().ends_with(',');
        if age {
            rest = rest.trim_end().strip_suffix(',').unwrap_or(rest);
            aged = true;
            continue;
        }
        // "in the July-September period": a span of months is no name, nor
        // a period of a year opening the sentence ("Fourth-quarter profit
        // fell", "First-half sales").
        let first_part = bare.split(['-', '–']).next().unwrap_or(bare);
        let period = ["-quarter", "-half", "-year"].iter().any(|x| {
            bare.len() > x.len()
                && bare
                    .get(bare.len() - x.len()..)
                    .is_some_and(|e| e.eq_ignore_ascii_case(x))
        });
        let code = matches!(bare, "H1" | "H2" | "Q1" | "Q2" | "Q3" | "Q4");
        let capital = bare.starts_with(|c: char| c.is_ascii_uppercase())
            && !period
            && !code
            && calendar::weekday(bare).is_none()
            && calendar::month(bare).is_none()
            && calendar::month(first_part).is_none();
        if capital {
            // "Mark Zuckerberg's company will lay off": the company, not
            // its owner.
            if name.is_empty()
                && (bare.ends_with("'s") || bare.ends_with("’s"))
                && COMPANY_NOUNS.contains(&after)
            {
                return None;
            }
            // "Smartphone makers shipped": a kind of firms, no one firm.
            if name.is_empty() && plural_company_noun(after) {
                return None;
            }
            name.push(bare);
            first_at = Some(clause_start + pos);
            continue;
        }
        if !name.is_empty() {
            // "Bank of England": "of" inside a name.
            if bare == "of" && rest.trim_end().ends_with(|c: char| c.is_ascii_alphabetic()) {
                let before = rest.split_whitespace().next_back().unwrap_or("");
                if before.starts_with(|c: char| c.is_ascii_uppercase()) {
                    name.push(bare);
                    continue;
                }
            }
            // "the firm's Texas investment": the capitals modify what a
            // common noun owns (the noun after them), and name no doer
            // ("the state's Democrats also have" are the doers).
            if (bare.ends_with("'s") || bare.ends_with("’s"))
                && !after.is_empty()
                && !crate::extract::lexicon::NOUN_STOP_SET.has(after)
            {
                return None;
            }
            // "is cutting 1,200 jobs in Spain and will shed": a name after
            // a preposition of place is a place, no doer.
            if matches!(bare, "in" | "at" | "across") {
                return None;
            }
            break;
        }
        // Not past another figure, but for a change before its level
        // ("revenue rose 16% to $65.6 billion"); a year or a half's code
        // is no figure ("Corvane's profit in H1 2026 was $1 billion").
        let year = bare.len() == 4
            && bare.bytes().all(|b| b.is_ascii_digit())
            && (1900..=2100).contains(&bare.parse::<u32>().unwrap_or(0));
        let figure =
            bare.contains(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '%'));
        let passed = year || code || lower == 1 && after == "to";
        if figure && !passed {
            return None;
        }
        after = bare;
        lower += 1;
        if lower > 7 {
            return None;
        }
    }
    if name.last() == Some(&"The") {
        name.pop();
    }
    name.reverse();
    // "Apple's Texas investment": the possessor, not its modifier.
    if let Some(i) = name
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))
    {
        name.truncate(i + 1);
    }
    // A word opening the sentence may be capitalised for that alone:
    // "Rival Corvane", "Officials", "It".
    let opens = first_at.is_some_and(|f| {
        text.get(sentence.start..f)
            .is_some_and(|b| b.trim().is_empty())
    });
    let lead = name.first()?.to_ascii_lowercase();
    // "New car sales fell": an adjective opening the sentence (not "New
    // York").
    let adjective = matches!(lead.as_str(), "new" | "used");
    if NOT_DOERS.contains(&lead.as_str())
        || adjective && name.len() == 1
        || measure_of(&lead).is_some()
        || crate::extract::lexicon::NOUN_STOP_SET.has(&lead)
        || METRIC_DROPPED.contains(&lead.as_str())
        || METRIC_MODIFIERS.contains(&lead.as_str()) && !adjective
        || opens
            && !aged
            && name.len() == 1
            && lead.ends_with('s')
            && !lead.ends_with("ss")
            && !lead.ends_with("'s")
            && !lead.ends_with("’s")
    {
        name.remove(0);
    }
    // A headline in title case is no name ("Bernie Sanders Promises
    // Action On Immigration"); a demonym alone is a description ("The
    // Swede signed").
    if name.is_empty() || name.len() > 4 || name.len() == 1 && is_demonym(name[0]) {
        return None;
    }
    // "Berlin's pledge": the possessor.
    let name = name.join(" ");
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(&name)
        .to_string();
    // A government by its country: "Washington" is the United States; a
    // central bank by its full name: "the Fed" is the Federal Reserve.
    let lower = name.to_ascii_lowercase();
    if let Some((_, full)) = DOER_ALIASES.iter().find(|(a, _)| *a == lower) {
        return Some((*full).to_string());
    }
    Some(
        crate::extract::lexicon::COUNTRIES
            .iter()
            .find(|(w, _)| *w == lower)
            .map_or(name, |(_, country)| (*country).to_string()),
    )
}

/// Short names of doers that stories use beside their full names:
/// central banks, mostly ("the Fed cut rates" and "the Federal Reserve
/// cut rates" are one bank's rate).
const DOER_ALIASES: &[(&str, &str)] = &[
    ("fed", "Federal Reserve"),
    ("us federal reserve", "Federal Reserve"),
    ("u.s. federal reserve", "Federal Reserve"),
    ("boe", "Bank of England"),
    ("ecb", "European Central Bank"),
    ("boj", "Bank of Japan"),
    ("rba", "Reserve Bank of Australia"),
    ("rbi", "Reserve Bank of India"),
    ("snb", "Swiss National Bank"),
    ("pboc", "People's Bank of China"),
];

/// Words of a story about a referendum ([`referendum_side`]).
const REFERENDUM_WORDS: &[&str] = &[
    "referendum",
    "plebiscite",
    "ballot measure",
    "ballot question",
    "ballot initiative",
];

/// Whether `text` tells of a referendum: one of [`REFERENDUM_WORDS`].
fn referendum_story(text: &str) -> bool {
    static FINDER: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    mentions_any(&FINDER, REFERENDUM_WORDS, text)
}

/// Whether the sentence tells of a ballot on a strike: "industrial
/// action", "strike action" or "walkout", or "strike" with "ballot",
/// "union" or "members" (not "63% supported the strikes on the base": a
/// military strike).
fn strike_ballot(text: &str, sentence: Span) -> bool {
    let s = text.get(sentence.start..sentence.end).unwrap_or("");
    s.contains("industrial action")
        || s.contains("strike action")
        || s.contains("walkout")
        || s.contains("strike") && ["ballot", "union", "members"].iter().any(|w| s.contains(w))
}

/// Verbs of a referendum's vote, `(words, side)`: for the question asked
/// ("yes") or against it ("no").
const REFERENDUM_VERBS: &[(&str, &str)] = &[
    ("backed", "yes"),
    ("supported", "yes"),
    ("approved", "yes"),
    ("endorsed", "yes"),
    ("favoured", "yes"),
    ("favored", "yes"),
    ("voted for", "yes"),
    ("voted in favour", "yes"),
    ("voted in favor", "yes"),
    ("voting in favour", "yes"),
    ("voting in favor", "yes"),
    ("voted yes", "yes"),
    ("voting yes", "yes"),
    ("said yes", "yes"),
    ("rejected", "no"),
    ("opposed", "no"),
    ("voted against", "no"),
    ("voting against", "no"),
    ("voted no", "no"),
    ("voting no", "no"),
    ("said no", "no"),
];

/// The side of a referendum a percentage is the share of, in a story of a
/// referendum ([`referendum_story`]):
///
/// ```text
/// after := pct ["of" VOTERS] ["had" | "have"] VERB       "56 percent of voters backed independence", "with 61% voting no"
/// pair  := VERB word{0,4} ["by"] pct "to" pct            "approved independence by 58% to 42%"
/// ```
///
/// `VERB` is one of [`REFERENDUM_VERBS`]; in a pair the first share is the
/// verb's side and the second the other. The clause before a pair is
/// read at most [`CUE_REACH`] bytes back, the words after a share up to
/// the clause's end.
fn referendum_side(text: &str, sentence: Span, span: Span) -> Option<&'static str> {
    let side_of = |phrase: &str| {
        REFERENDUM_VERBS
            .iter()
            .find(|(v, _)| {
                phrase.starts_with(v)
                    && phrase
                        .as_bytes()
                        .get(v.len())
                        .is_none_or(|c| !c.is_ascii_alphabetic())
            })
            .map(|(_, side)| *side)
    };
    let other = |side: &'static str| if side == "yes" { "no" } else { "yes" };
    let end = ceil_boundary(text, sentence.end.min(span.end.saturating_add(CUE_REACH)));
    let after = text.get(span.end..end).unwrap_or("").to_ascii_lowercase();
    let cut = after.find([',', ';', '.']).unwrap_or(after.len());
    let mut rest = after.get(..cut).unwrap_or("").trim_start();
    for group in [
        "of voters",
        "of the voters",
        "of those who voted",
        "of those voting",
        "of the vote",
        "of votes cast",
        "of ballots",
        "of the electorate",
        "of participants",
    ] {
        if let Some(r) = rest.strip_prefix(group) {
            rest = r.trim_start();
            break;
        }
    }
    // "of members", "of nurses who took part", "of staff balloted": a
    // ballot's voters named by who they are.
    if let Some(r) = rest.strip_prefix("of ") {
        let r = r.split_once(' ').map_or("", |(_, r)| r);
        let r = ["who took part ", "who voted ", "balloted ", "voting "]
            .iter()
            .find_map(|p| r.strip_prefix(p))
            .unwrap_or(r);
        if side_of(r).is_some() {
            rest = r;
        }
    }
    for aux in ["had ", "have "] {
        rest = rest.strip_prefix(aux).unwrap_or(rest);
    }
    if let Some(side) = side_of(rest) {
        return Some(side);
    }
    // The side alone after a share: "61.4% voting yes and 38.6% no",
    // "52% against".
    match rest.trim_end() {
        "yes" => return Some("yes"),
        "no" | "against" => return Some("no"),
        _ => {}
    }
    let clause = clause_before(text, sentence, span.start)?;
    // The side as the subject: "The yes side won 54 percent of the vote",
    // "the No campaign took 46%".
    let mut back = clause.split_whitespace().rev();
    if let (Some(verb), Some(camp), Some(side)) = (back.next(), back.next(), back.next()) {
        let side = side
            .trim_matches(|c: char| !c.is_ascii_alphabetic())
            .to_ascii_lowercase();
        if matches!(
            verb,
            "won" | "took" | "got" | "secured" | "received" | "polled"
        ) && matches!(camp, "side" | "campaign" | "camp")
        {
            match side.as_str() {
                "yes" => return Some("yes"),
                "no" => return Some("no"),
                _ => {}
            }
        }
    }
    // The passive: "The new charter was backed by 62% of voters", a
    // question by its common noun (not a party: "The SVP was rejected").
    let mut back = clause.split_whitespace().rev();
    if back.next() == Some("by") {
        if let (Some(verb), Some("was" | "were"), Some(what)) =
            (back.next(), back.next(), back.next())
        {
            if what.starts_with(|c: char| c.is_ascii_lowercase()) {
                if let Some(side) = side_of(verb) {
                    return Some(side);
                }
            }
        }
    }
    let clause = clause.to_ascii_lowercase();
    // A pair: "by 58% to 42%". The first share is followed by "to" and
    // the second; the second follows them. The verb's side is the first's.
    let figure = |w: &str| {
        w.trim_end_matches('%')
            .starts_with(|c: char| c.is_ascii_digit())
    };
    let words: Vec<&str> = clause.split_whitespace().rev().take(12).collect();
    let mut i = 0;
    let second = words.first() == Some(&"to") && {
        i = 1;
        while words
            .get(i)
            .is_some_and(|w| matches!(*w, "percent" | "cent" | "per"))
        {
            i += 1;
        }
        words.get(i).is_some_and(|w| figure(w))
    };
    if second {
        i += 1;
    } else if !rest
        .strip_prefix("to ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    if words.get(i) == Some(&"by") {
        i += 1;
    }
    // The verb within the five words before: its object between.
    let before = words.get(i..).unwrap_or(&[]);
    let verb = (0..before.len().min(6)).rev().find_map(|k| {
        let phrase: Vec<&str> = before.get(..=k)?.iter().rev().copied().collect();
        side_of(&phrase.join(" "))
    })?;
    Some(if second { other(verb) } else { verb })
}

/// What a player's statistics count ([`player_stat`]).
pub(crate) const STAT_NOUNS: &[&str] = &[
    "point",
    "rebound",
    "assist",
    "goal",
    "touchdown",
    "run",
    "wicket",
    "save",
    "strikeout",
    "ace",
    // A tennis player's winning shots: "hit 31 winners".
    "winner",
    "birdie",
    "steal",
    // Medals won by a country or an athlete: "Norway won 15 golds".
    "medal",
    "gold",
    "silver",
    "bronze",
    "gold medal",
    "silver medal",
    "bronze medal",
    // Prizes won by a film, a show or an artist: "The Long Tide won seven
    // Oscars", "took home six awards".
    "award",
    "oscar",
    "grammy",
    "emmy",
    "bafta",
    "trophy",
    "nomination",
];

/// Verbs of a player's statistic ("scored 41 points", "had 39 points",
/// "added 22", "grabbed 12 rebounds"), and the particles some take
/// ("racked up", "poured in", "finished with").
const STAT_VERBS: &[&str] = &[
    "won",
    "wins",
    "scored",
    "scores",
    "had",
    "has",
    "added",
    "adds",
    "grabbed",
    "pulled",
    "dished",
    "racked",
    "poured",
    "pours",
    "chipped",
    "tallied",
    "recorded",
    "collected",
    "finished",
    "contributed",
    "netted",
    "kicked",
    "notched",
    "bagged",
    "struck",
    "hit",
    "made",
    "took",
    "claimed",
    // A server's aces: "served nine aces", "fired eight aces".
    "served",
    "fired",
    "firing",
];
const STAT_PARTICLES: &[&str] = &["up", "in", "down", "out", "with", "home"];

/// Words read back from a statistic for its verb and player.
const STAT_WORDS: usize = 16;

/// Bytes before a bare figure's sentence searched for the statistic it
/// continues ([`player_stat`]).
const STAT_LOOKBACK: usize = 240;

/// Words of a player's statistics over a season, not a match.
const SEASON_WORDS: &[&str] = &["season", "campaign", "career", "tournament", "so far"];

/// A player's statistic: a count of [`STAT_NOUNS`] (or a bare number after
/// one in its paragraph: "Jay Lane scored 41 points and Marcus Bell added
/// 22") right after a verb of [`STAT_VERBS`], itself after the player's
/// name, past other statistics of the player ("scored 41 points and
/// grabbed 12 rebounds"):
///
/// ```text
/// stat := name (verb particle? figure noun ("and" | ","))* verb particle? figure noun?
/// name := Capitalised{1,3}
/// ```
///
/// The name becomes the agent, so two papers' points of one player are
/// compared (and one player's are not another's); a season's totals ("has
/// scored 14 goals this season") get the scope "season".
fn player_stat(text: &str, sentence: Span, at: usize, kind: ClaimKind, s: &mut Subject) {
    let stat = |w: &str| {
        let w = w.to_ascii_lowercase();
        let lemma = w.strip_suffix('s').unwrap_or(&w).to_string();
        STAT_NOUNS.contains(&lemma.as_str()).then_some(lemma)
    };
    if kind == ClaimKind::Count && !s.noun.as_deref().is_some_and(|n| STAT_NOUNS.contains(&n)) {
        return;
    }
    let Some(clause) = text.get(sentence.start..at) else {
        return;
    };
    let mut words = clause.split_whitespace().rev().take(STAT_WORDS).peekable();
    let mut verbs = 0;
    let mut with = false;
    loop {
        let Some(w) = words.peek().copied() else {
            return;
        };
        let lw = w.trim_end_matches(',').to_ascii_lowercase();
        if STAT_VERBS.contains(&lw.as_str()) {
            verbs += 1;
        } else if STAT_PARTICLES.contains(&lw.as_str()) || lw == "and" || stat(&lw).is_some() {
            // particles, "and", a statistic's noun
            with |= lw == "with";
        } else if lw.bytes().all(|b| b.is_ascii_digit()) && !lw.is_empty() {
            // a statistic's figure
        } else if with && verbs == 0 {
            // "Norway finished the Games with 16 gold medals": up to three
            // words of what was finished, then the verb.
            let skip: Vec<&str> = words.clone().take(4).collect();
            let Some(v) = skip.iter().position(|x| {
                matches!(
                    x.to_ascii_lowercase().as_str(),
                    "finished" | "ended" | "closed"
                )
            }) else {
                break;
            };
            for _ in 0..=v {
                words.next();
            }
            verbs += 1;
            with = false;
            continue;
        } else {
            break;
        }
        words.next();
    }
    if verbs == 0 {
        return;
    }
    let mut name: Vec<&str> = Vec::new();
    for w in words {
        // A title in quotation marks is a name: "'The Long Tide' won".
        let bare = w.trim_end_matches(',');
        if bare.len() != w.len() && !name.is_empty() {
            break;
        }
        let bare = bare
            .trim_end_matches(['\'', '’', '"', '”'])
            .trim_start_matches(['\'', '‘', '"', '“']);
        if !bare.starts_with(|c: char| c.is_uppercase())
            || matches!(
                bare,
                "The" | "A" | "He" | "She" | "They" | "It" | "His" | "Her" | "On" | "In" | "After"
            )
        {
            break;
        }
        name.push(bare);
        if name.len() > 3 {
            return;
        }
    }
    if name.is_empty() {
        return;
    }
    name.reverse();
    let noun = match kind {
        // "16 gold medals" and "15 golds" are golds, "39 medals" all
        // medals: never one count.
        ClaimKind::Count => match (s.noun.as_deref(), s.modifiers.last().map(String::as_str)) {
            (Some("medal"), Some(m @ ("gold" | "silver" | "bronze"))) => format!("{m} medal"),
            (Some(m @ ("gold" | "silver" | "bronze")), _) => format!("{m} medal"),
            (Some(n), _) => n.to_string(),
            (None, _) => return,
        },
        // A bare number takes the noun of the first statistic before it,
        // in its sentence or the one before in its paragraph (the main
        // statistic comes first: "scored 33 points and pulled down 14
        // rebounds. Tom Okafor added 18" is 18 points).
        _ => {
            let from = floor_boundary(
                text,
                sentence
                    .start
                    .saturating_sub(STAT_LOOKBACK)
                    .max(at.saturating_sub(CUE_REACH + STAT_LOOKBACK)),
            );
            let Some(before) = text.get(from..at) else {
                return;
            };
            let before = before.rsplit("\n\n").next().unwrap_or(before);
            let words: Vec<&str> = before.split_whitespace().collect();
            let Some(n) = words
                .windows(2)
                .find(|w| w[0].bytes().all(|b| b.is_ascii_digit()) && stat(w[1]).is_some())
                .and_then(|w| stat(w[1]))
            else {
                return;
            };
            n
        }
    };
    let sent = near_lower(text, sentence, at);
    if SEASON_WORDS.iter().any(|w| sent.contains(w)) {
        s.scope = Some("season".to_string());
    }
    s.noun = Some(noun);
    s.agent = Some(name.join(" "));
}

/// The word before a figure past its hedge and a particle ("erasing
/// roughly $34bn", "holds an estimated 142 kg", "wiping out $9 billion",
/// "borrowed another £2bn"): the verb whose sum or stock it is.
fn word_before_sum(w: &Window<'_>) -> Option<Lower> {
    w.left().map(|(_, t)| w.lower(t)).find(|v| {
        !matches!(
            v.as_str(),
            "more"
                | "than"
                | "about"
                | "nearly"
                | "almost"
                | "around"
                | "roughly"
                | "some"
                | "over"
                | "an"
                | "estimated"
                | "now"
                | "extra"
                | "another"
                | "out"
        )
    })
}

/// Whether the verb right before a sum of worth ([`word_before_sum`])
/// says it was lost (`Some(true)`: "lost", "wiped", "erased", "shed") or
/// gained (`Some(false)`: "added", "gained").
fn worth_moved(w: &Window<'_>) -> Option<bool> {
    let v = word_before_sum(w)?;
    let v = v.as_str();
    if FALL_WORDS.contains(&v)
        || matches!(
            v,
            "erased" | "erasing" | "erases" | "wiped" | "wiping" | "wipes"
        )
    {
        Some(true)
    } else {
        RISE_WORDS.contains(&v).then_some(false)
    }
}

/// A capitalised word (or its possessive) that is a country of the table,
/// lower-cased: "Italy", "Mozambique's".
fn country_word(w: &str) -> Option<String> {
    let w = w.trim_end_matches("'s");
    w.starts_with(|c: char| c.is_ascii_uppercase())
        .then(|| w.to_ascii_lowercase())
        .filter(|w| crate::extract::lexicon::country(w).is_some())
}

/// The country a part of a toll is given for by "with" or "had" right
/// before the figure: the country (a name of the table) right before "with"
/// or "had" ("followed by Spain with 6,743", "while Spain had 8,352"), or
/// the one opening the sentence before ", with" or in a clause with no
/// comma ("Italy recorded the highest toll, with 19,038 deaths", "Italy
/// was worst hit with 19,000 deaths").
fn country_with(text: &str, sentence: Span, at: usize) -> Option<String> {
    let before = text.get(sentence.start..at)?;
    let head = before
        .strip_suffix(" with ")
        .or_else(|| before.strip_suffix(" had "))?;
    // ", with", or a clause with no comma ("Italy was worst hit with"):
    // the sentence's first word.
    let (head, comma) = match head.strip_suffix(',') {
        Some(h) => (h, true),
        None => (head, false),
    };
    let first = head.split(' ').next().and_then(country_word);
    if comma {
        return first;
    }
    head.rsplit(' ')
        .next()
        .and_then(country_word)
        .or(if head.contains(',') { None } else { first })
}

/// What a stockpile whose level a mass is holds: "Its stockpile of
/// enriched uranium grew to 142.1 kilograms" (`uranium`: the last word of
/// the phrase after "stockpile of"), "The stockpile stood at 128 kg"
/// (`stockpile`). The stockpile opens the clause of the mass, at most
/// twelve words before it, with a verb of level or change and "to", "at"
/// or "of" before the figure.
fn stockpile_of(text: &str, sentence: Span, at: usize) -> Option<String> {
    let clause = clause_before(text, sentence, at)?;
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.len() > 12 {
        return None;
    }
    let k = words.iter().position(|w| {
        let w = w
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        w == "stockpile" || w == "stock" || w == "stocks"
    })?;
    let last = words.last()?.to_ascii_lowercase();
    let verb = words.get(words.len().checked_sub(2)?)?.to_ascii_lowercase();
    let moved = matches!(last.as_str(), "to" | "at" | "of")
        && (METRIC_CHANGE_VERBS.contains(&verb.as_str())
            || METRIC_LEVEL_VERBS.contains(&verb.as_str())
            || matches!(
                verb.as_str(),
                "stood" | "reached" | "totalled" | "minimum" | "maximum"
            ));
    if !moved {
        return None;
    }
    // "stockpile of (highly) enriched uranium", "of uranium enriched to
    // 60% purity", "of crude oil": past adjectives and participles, the
    // last of the plain words that follow.
    if words
        .get(k + 1)
        .is_some_and(|w| w.eq_ignore_ascii_case("of"))
    {
        let plain = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
        let modifier = |w: &str| w.ends_with("ed") || w.ends_with("ly") || w.contains('-');
        let phrase = words.get(k + 2..words.len() - 2)?;
        let mut head = None;
        for w in phrase {
            let w = w
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase();
            if head.is_none() && modifier(&w) {
                continue;
            }
            if !plain(&w) || modifier(&w) || crate::extract::lexicon::NOUN_STOP_SET.has(&w) {
                break;
            }
            head = Some(w);
        }
        return head;
    }
    Some("stockpile".to_string())
}

/// Verbs of a stock held, right before a mass of a substance: "holds 142
/// kg of uranium", "has amassed 133.8 kilograms of it", "stockpiled 20
/// tonnes".
const STOCK_VERBS: &[&str] = &[
    "holds",
    "held",
    "has",
    "had",
    "have",
    "amassed",
    "stockpiled",
    "possesses",
    "possessed",
];

/// Whether a sum (`span`) is the price of one of something: "each
/// costing $15,000", "each priced at $11,000", or "priced at" or "at"
/// before it and "each" or "apiece" right after ("priced at $11,000 each",
/// "at $120 each").
fn unit_price(text: &str, sentence: Span, span: Span) -> bool {
    let before = text.get(sentence.start..span.start).unwrap_or("");
    let after = text.get(span.end..sentence.end).unwrap_or("");
    let each_after = after.starts_with(" each") || after.starts_with(" apiece");
    ["each costing ", "each priced at ", "each worth "]
        .iter()
        .any(|x| before.ends_with(x))
        || each_after && (before.ends_with(" priced at ") || before.ends_with(" at "))
}

/// Whether a length of time (`span`, in seconds, minutes or hours) is a
/// winner's margin: "ahead" or "clear" right after it ("4.3 seconds ahead
/// of his teammate", "4.3s clear"), or "by" right before it soon after a
/// word of winning ("won by 6.8 seconds", "took victory at Dunmore by 6.8
/// seconds").
fn winning_margin(text: &str, sentence: Span, span: Span) -> bool {
    let after = text.get(span.end..sentence.end).unwrap_or("");
    if after.starts_with(" ahead") || after.starts_with(" clear") {
        return true;
    }
    // The word of winning at most four words before "by" ("won the race
    // by", not "won in 2:09:56, breaking the record by").
    let before = text.get(sentence.start..span.start).unwrap_or("");
    before.strip_suffix(" by ").is_some_and(|b| {
        b.rsplit(' ').take(4).any(|w| {
            ["won", "win", "wins", "winning", "victory"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        })
    })
}

/// Verbs between a party and the seats it won ([`seat_holder`]).
const SEAT_VERBS: &[&str] = &[
    "won", "wins", "took", "takes", "secured", "secures", "gained", "gains", "captured", "holds",
    "held", "got", "has", "had", "retained", "kept",
];

/// Whether the text between a party's share of the vote and a count of
/// seats in its sentence makes them the party's: a verb of winning or "on
/// course for" right before the count ("won 41.2% of the vote in Sunday's
/// election, taking 152 of the 300 seats", "had 40.8 percent and was on
/// course for 149 seats"), and no other party named between (no capital
/// but a day's or a month's name, no "while", "but", "whereas", "rival"
/// or "opposition").
fn seats_of_the_share(gap: &str) -> bool {
    if gap.len() > 120 || gap.contains([';', '(', ')']) {
        return false;
    }
    let words: Vec<&str> = gap
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    let other = words.iter().any(|w| {
        let bare = crate::extract::people::strip_possessive(w);
        let low = bare.to_ascii_lowercase();
        matches!(
            low.as_str(),
            "while" | "but" | "whereas" | "rival" | "rivals" | "opposition"
        ) || bare.starts_with(|c: char| c.is_uppercase())
            && calendar::month(&low).is_none()
            && calendar::weekday(&low).is_none()
    });
    let verb = words.last().is_some_and(|w| {
        matches!(
            *w,
            "taking"
                | "winning"
                | "securing"
                | "gaining"
                | "capturing"
                | "took"
                | "won"
                | "secured"
                | "gained"
                | "captured"
        )
    }) || words.ends_with(&["on", "course", "for"]);
    verb && !other
}

/// A firm's bottom line by the word before its measure: "net income" is
/// its profit, as "profit fell to $1.48 billion" is ("operating income"
/// stays income).
pub(crate) fn bottom_line(measure: &'static str, before: &str) -> &'static str {
    if measure == "income" && before == "net" {
        "profit"
    } else {
        measure
    }
}

/// Whether `head` after `before` names a listed company's worth: "market
/// value", "market cap", "market capitalisation" are its valuation, as
/// "valued at $21 billion" is (a "value" or a "cap" alone is anything's).
pub(crate) fn market_value(head: &str, before: &str) -> bool {
    before == "market"
        && matches!(
            head,
            "value" | "cap" | "capitalisation" | "capitalization" | "valuation"
        )
}

/// Words that name a party by its kind ("the ruling party", "the
/// opposition Renewal bloc").
const PARTY_ROLES: &[&str] = &["party", "coalition", "alliance", "bloc"];

/// The party whose seats a figure counts: the capitalised words right
/// before a verb of winning right before the figure ("Civic Union won 142
/// of the 300 seats", "the Social Democrats took 88 seats"). As the
/// count's agent it keeps one party's seats from another's.
fn seat_holder(text: &str, sentence: Span, at: usize) -> Option<String> {
    let clause = clause_before(text, sentence, at)?;
    let mut words = clause.split_whitespace().rev();
    let mut verb = words.next()?;
    // "Final results gave Unity 151 seats": the party a count gives them.
    if verb.starts_with(|c: char| c.is_uppercase()) {
        let name: Vec<&str> = words
            .clone()
            .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
            .take(4)
            .collect();
        let given = words.clone().nth(name.len()).is_some_and(|g| {
            matches!(
                g,
                "gave" | "gives" | "give" | "giving" | "handed" | "hands" | "handing"
            )
        });
        if !given {
            return None;
        }
        let mut name: Vec<&str> = std::iter::once(verb).chain(name).collect();
        name.reverse();
        return party_name(name);
    }
    // "The main opposition party won 27.5% and 88 seats": the verb of the
    // share before.
    if verb == "and" {
        let mut share = words.next()?;
        if share == "cent" && words.next() == Some("per") {
            share = "percent";
        }
        if share == "percent" {
            share = words.next()?;
        }
        let figure = share.trim_end_matches('%');
        if figure.is_empty() || !figure.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return None;
        }
        verb = words.next()?;
    }
    if !SEAT_VERBS.contains(&verb) {
        return None;
    }
    // "The ruling party won 240", "the main opposition party took 99",
    // "The opposition won 101": a party named by its role.
    let written: Vec<&str> = words.clone().take(3).collect();
    let before: Vec<String> = written.iter().map(|w| w.to_ascii_lowercase()).collect();
    // "The governing Unity Party won": a name before the head names it.
    let named = written
        .get(1)
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && *w != "The");
    let role_head = !named
        && before
            .first()
            .is_some_and(|h| PARTY_ROLES.contains(&h.as_str()) || h == "opposition");
    if role_head {
        if before.iter().any(|w| w == "opposition") {
            return Some("opposition".to_string());
        }
        if before
            .iter()
            .any(|w| matches!(w.as_str(), "ruling" | "governing"))
        {
            return Some("ruling party".to_string());
        }
    }
    // Capitalised words and the connectors between them ("Coalition for
    // Unity and Democracy"), past a role written in lower case ("the
    // opposition Renewal bloc").
    let mut name: Vec<&str> = Vec::new();
    let mut words = words.peekable();
    if words.peek().is_some_and(|w| PARTY_ROLES.contains(w)) {
        words.next();
    }
    for w in words {
        let capital = w.starts_with(|c: char| c.is_uppercase());
        let connector = !name.is_empty() && matches!(w, "for" | "and" | "of" | "the");
        if !(capital || connector) {
            break;
        }
        name.push(w);
        if name.len() > 7 {
            return None;
        }
    }
    name.reverse();
    // Not a connector, "The", a possessive ("Nega's Coalition …") or a
    // possessive word ("Her Civic Front") first.
    while name.first().is_some_and(|w| {
        matches!(
            *w,
            "for" | "and" | "of" | "the" | "The" | "Her" | "His" | "Its" | "Their" | "Our"
        ) || w.ends_with("'s")
            || w.ends_with("’s")
    }) {
        name.remove(0);
    }
    party_name(name)
}

/// Whether " and N seats" follows a share at `end`: "took 38 percent and
/// 139 seats".
fn seats_follow(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(" and ")) else {
        return false;
    };
    let digits = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    digits > 0
        && rest
            .get(digits..)
            .is_some_and(|r| r.starts_with(" seats") || r.starts_with(" seat "))
}

/// A party's name from its words in text order: "the Unity Party" and
/// "Unity" are one party. `None` when no word is left.
fn party_name(mut name: Vec<&str>) -> Option<String> {
    if name.len() > 1 && name.last() == Some(&"Party") {
        name.pop();
    }
    (!name.is_empty()).then(|| name.join(" "))
}

/// The country a measure is of, named in the clause before its figure:
/// "Germany's economy expanded 0.3%", "French GDP rose 0.1%", "gross
/// domestic product in Italy fell 0.1%" (one country only; a clause that
/// names two says nothing sure). As a place, it keeps one country's figure
/// from another's.
fn metric_country(text: &str, sentence: Span, at: usize) -> Option<String> {
    let clause = clause_before(text, sentence, at)?;
    let mut found: Option<&'static str> = None;
    let tokens: Vec<&str> = clause.split_whitespace().collect();
    // The capitalised word before, for names of two words ("United
    // States", "South Korea").
    let mut before = String::new();
    // The word before, whatever its case: "the euro area".
    let mut euro = false;
    for (i, raw) in tokens.iter().enumerate() {
        let w = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'));
        let w = crate::extract::people::strip_possessive(w);
        // The eurozone, by any of its names ("the euro area", "Eurozone
        // inflation"), is a place as a country is.
        let zone = w.eq_ignore_ascii_case("eurozone")
            || euro && (w.eq_ignore_ascii_case("area") || w.eq_ignore_ascii_case("zone"));
        euro = w.eq_ignore_ascii_case("euro") && raw.ends_with(|c: char| c.is_alphanumeric());
        if zone {
            match found {
                Some(f) if f != "eurozone" => return None,
                _ => found = Some("eurozone"),
            }
            before.clear();
            continue;
        }
        if !w.starts_with(|c: char| c.is_uppercase()) {
            before.clear();
            continue;
        }
        let lower = w.to_lowercase();
        let found_here = crate::extract::lexicon::COUNTRIES.iter().find(|(n, _)| {
            *n == lower
                || !before.is_empty()
                    && n.split_once(' ')
                        .is_some_and(|(a, b)| a == before && b == lower)
        });
        // A name goes on after a mark only when none stands between.
        before = if raw.ends_with(|c: char| c.is_alphanumeric()) {
            lower
        } else {
            String::new()
        };
        let Some((name, country)) = found_here else {
            continue;
        };
        // "the United States Elections Project", "Japan Airlines": a
        // country's name that goes on into another name is that name's
        // ("French GDP" names a measure).
        let name_goes_on = raw.ends_with(|c: char| c.is_alphanumeric())
            && tokens.get(i + 1).is_some_and(|n| {
                n.starts_with(|c: char| c.is_uppercase()) && n.chars().any(|c| c.is_lowercase())
            });
        if name_goes_on {
            continue;
        }
        let country = if crate::extract::lexicon::CAPITALS.contains(name) {
            name
        } else {
            country
        };
        match found {
            Some(f) if f != *country => return None,
            _ => found = Some(country),
        }
    }
    found.map(String::from)
}

/// Prepositions of place: "in Ohio, a 62-year-old retiree" names a place.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "across", "from", "outside"];

/// Nouns of a person's role an age and a place or party may precede ("the
/// 74-year-old Vermont senator", "a 62-year-old Ohio retiree"), beside
/// [`crate::extract::lexicon::PERSON_NOUNS`].
const PERSON_ROLES: &[&str] = &[
    "senator",
    "native",
    "candidate",
    "citizen",
    "retiree",
    "veteran",
    "voter",
    "immigrant",
    "lawmaker",
    "governor",
    "congressman",
    "congresswoman",
    "businessman",
    "businesswoman",
    "billionaire",
    "president",
    "socialist",
    "director",
    "official",
    "chairman",
    "executive",
    "spokesman",
    "spokeswoman",
    "engineer",
];

/// Whether the gap `text[from..to]` between two tokens closes a quoted
/// statement: a quotation mark after a comma (`comma`: the token before
/// the gap is one) or after a full stop, question or exclamation mark. A
/// quoted word or phrase inside a clause ("classified 22 emails as "top
/// secret" and will not release them") does not end it.
fn closes_quote(text: &str, from: usize, to: usize, comma: bool) -> bool {
    text.get(from..to).is_some_and(|gap| {
        let rest = gap.trim_start_matches(['.', '?', '!']);
        (comma || rest.len() < gap.len()) && rest.starts_with(['"', '”'])
    })
}

/// What a measure measures, from the words right beside it: "55 km
/// *south* of" is a distance, "10 km *deep*" or "a *depth of* 10 km" a
/// depth; an earthquake's magnitude is a magnitude, a storm's category
/// its category.
fn measure_noun(w: &Window<'_>, value: &crate::claim::Value) -> Option<&'static str> {
    if let crate::claim::Value::Measure { unit, .. } = value {
        if unit.dimension() == crate::claim::Dimension::Magnitude {
            return Some("magnitude");
        }
        if unit.symbol() == "cat" {
            return Some("storm category");
        }
    }
    let length = matches!(value, crate::claim::Value::Measure { unit, .. }
        if unit.dimension() == crate::claim::Dimension::Length);
    // "40 cm (16 inches) of snow": a converted figure's closing bracket
    // (a bracket token, `(` for both) is passed over.
    let skip = usize::from(w.right().next().is_some_and(|(_, t)| t.punct == Some(b'(')));
    let next = w.right().nth(skip).map(|(_, t)| w.lower(t));
    let next = next.as_ref().map_or("", Lower::as_str);
    // Only a length lies in a direction or away from a place: "the record
    // of 45.9C from 2019" is no distance.
    let found = match next {
        _ if !length => None,
        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast"
        | "southwest" | "north-east" | "north-west" | "south-east" | "south-west" | "from"
        | "away" | "off" | "outside" | "inland" | "offshore" => Some("distance"),
        "deep" | "underground" => Some("depth"),
        // "The wreck lies 3,000m down," (not "2 km down the road").
        "down"
            if w.right()
                .nth(skip + 1)
                .is_none_or(|(_, t)| t.punct.is_some()) =>
        {
            Some("depth")
        }
        // "450 metres below ground" (not "5 degrees below zero").
        "below" | "beneath" => Some("depth"),
        "wide" => Some("width"),
        // "hailstones up to 10cm across", "a crater 30 metres in
        // diameter": a round thing's width (not "2 km across the city").
        "across"
            if w.right()
                .nth(skip + 1)
                .is_none_or(|(_, t)| t.punct.is_some() || !t.cap && !t.has(FUNCTION)) =>
        {
            Some("width")
        }
        "in" if w
            .right()
            .nth(skip + 1)
            .is_some_and(|(_, t)| w.is_word(t, "diameter")) =>
        {
            Some("width")
        }
        "long" => Some("length"),
        // "about 730 kilometres above Earth".
        "high" | "tall" | "above" => Some("height"),
        // "sent ash 15km into the sky".
        "into"
            if w.right().skip(skip + 1).take(2).any(|(_, t)| {
                matches!(
                    w.lower(t).as_str(),
                    "sky" | "air" | "atmosphere" | "stratosphere"
                )
            }) =>
        {
            Some("height")
        }
        _ => None,
    };
    if found.is_some() {
        return found;
    }
    match next {
        "wind" | "winds" => return Some("wind"),
        "gust" | "gusts" => return Some("gust"),
        "surge" => return Some("storm surge"),
        // "4-metre waves", "3 metre waves" (a length only: not "20 km/h").
        "wave" | "waves" if length => return Some("wave height"),
        _ => {}
    }
    // "winds peaked at", and past an auxiliary: "winds had peaked at".
    let aux = |x: &str| matches!(x, "had" | "has" | "have" | "been");
    for x in w
        .left()
        .take(5)
        .map(|(_, t)| w.lower(t))
        .filter(|x| !aux(x.as_str()))
        .take(3)
    {
        match x.as_str() {
            "wind" | "winds" => return Some("wind"),
            "gust" | "gusts" | "gusting" => return Some("gust"),
            "surge" => return Some("storm surge"),
            // "tsunami waves of up to 4 metres", "Waves of 3 to 4 metres".
            "wave" | "waves" if length => return Some("wave height"),
            "depth" => return Some("depth"),
            "distance" => return Some("distance"),
            "height" | "altitude" => return Some("height"),
            "rainfall" | "rain" => return Some("rainfall"),
            _ => {}
        }
    }
    // "The ash plume from Mount Corvane reached 12 kilometres", "the
    // plume rose to 9 km": how high a plume rose, its verb of rising
    // right before the figure.
    if length {
        let mut left = w.left().take(9).map(|(_, t)| w.lower(t)).peekable();
        if left.peek().is_some_and(|x| x.as_str() == "to") {
            left.next();
        }
        let rose = left.next().is_some_and(|x| {
            matches!(
                x.as_str(),
                "reached" | "rose" | "soared" | "climbed" | "towered"
            )
        });
        if rose && left.any(|x| matches!(x.as_str(), "plume" | "plumes")) {
            return Some("height");
        }
    }
    // "The river peaked at 5.2 metres", "the Severn's level reached
    // 5.4m": a river's height at its gauge (a peaking verb, then the river
    // or its level within five words before).
    if length {
        let mut left = w.left().take(6).map(|(_, t)| w.lower(t));
        let verb = left.by_ref().take(2).any(|x| {
            matches!(
                x.as_str(),
                "peaked" | "crested" | "reached" | "rose" | "hit" | "stood" | "peaks" | "crests"
            )
        });
        // ("Sea levels rose 20cm" is no river's.)
        let mut before_level = false;
        let mut river = false;
        for x in left {
            match x.as_str() {
                "river" => river = true,
                "level" | "levels" => before_level = true,
                "sea" | "ocean" if before_level => return None,
                _ => {}
            }
        }
        if verb && (river || before_level) {
            return Some("river level");
        }
    }
    if next == "of" {
        match w
            .right()
            .nth(skip + 1)
            .map(|(_, t)| w.lower(t))
            .as_ref()
            .map(Lower::as_str)
        {
            Some("rain" | "rainfall") => return Some("rainfall"),
            Some("snow" | "snowfall") => return Some("snowfall"),
            _ => {}
        }
    }
    None
}

/// Things built or made whose size a story gives once, so that two
/// sources' figures of it are compared ([`measured_thing`]'s head noun).
const SIZED_THINGS: &[&str] = &[
    "screen",
    "display",
    "tunnel",
    "bridge",
    "pipeline",
    "canal",
    "runway",
    "dam",
    "tower",
    "skyscraper",
    "statue",
    "telescope",
    "rocket",
    "iceberg",
    "asteroid",
    // "The 300-metre vessel", "the 366-metre ship" (not a tanker or a
    // ferry, which a collision names beside another ship).
    "ship",
    "vessel",
];

/// What the authorities seize when they find it ("found 2 tonnes of
/// cocaine").
pub(super) const CONTRABAND: &[&str] = &[
    "cocaine",
    "heroin",
    "cannabis",
    "marijuana",
    "methamphetamine",
    "meth",
    "fentanyl",
    "drug",
    "drugs",
    "narcotics",
    "opium",
    "ivory",
    "explosives",
    "cigarettes",
    "tobacco",
];

/// The thing a length is of, named beside it: "a 3.5 km fissure", "the
/// 57-km rail tunnel" (after an article, the last of at most two plain
/// nouns before a verb), "a fissure 3 km long", "The tunnel, 57 km long,"
/// (before a length read as such). Its lemma is the measure's noun, so
/// that two papers' fissures meet and a fissure's length never meets a
/// tunnel's. A width, depth or height named with the thing is the
/// thing's ("a sinkhole 20 metres wide", "a 25-metre-wide sinkhole":
/// `sinkhole width`); a distance, or a dimension with no thing, keeps its
/// own noun.
fn measured_thing(
    w: &Window<'_>,
    value: &crate::claim::Value,
    dim: Option<&str>,
    end: usize,
) -> Option<String> {
    let crate::claim::Value::Measure { unit, .. } = value else {
        return None;
    };
    if unit.dimension() != crate::claim::Dimension::Length {
        return None;
    }
    let noun = |t: &Tok| -> Option<String> {
        let word = w.lower(t);
        let word = word.as_str();
        let plain = !t.cap
            && t.punct.is_none()
            && t.predicate.is_none()
            && word.len() > 2
            && word.bytes().all(|b| b.is_ascii_lowercase());
        // A quake's measure is keyed by its event: "The quake was 15
        // kilometres deep" is a depth, as "at a depth of 10 km" is (a
        // sinkhole's width stays the sinkhole's).
        if !plain
            || t.event.and_then(group::event_class) == Some("quake")
            || t.has(FUNCTION | AUXILIARY | MODAL | CALENDAR)
            || crate::extract::lexicon::NOUN_STOP_SET.has(word)
        {
            return None;
        }
        Some(crate::extract::quantity::plural_lemma(word).unwrap_or_else(|| word.to_string()))
    };
    let after = || {
        let article = w.left().next().map(|(_, t)| t);
        // "its 6.1-inch display": a possessive determines as "the" does.
        if !article
            .is_some_and(|t| w.is_any(t, &["a", "an", "the", "its", "their", "his", "her", "our"]))
        {
            return None;
        }
        let one = article.is_some_and(|t| w.is_any(t, &["a", "an"]));
        // "a 3 km long fissure", "a 57 km rail tunnel opened": the last
        // of at most two nouns, before a verb ("opened") or anything else.
        let mut right = w.right().map(|(_, t)| t).peekable();
        // "a 25-metre wide sinkhole" and "a 25-metre-wide sinkhole" are the
        // sinkhole's width (the hyphenated word is the claim's own token).
        const SIZES: [(&str, Option<&str>); 5] = [
            ("long", None),
            ("wide", Some("width")),
            ("deep", Some("depth")),
            ("high", Some("height")),
            ("tall", Some("height")),
        ];
        let glued = w.text.get(end..).and_then(|r| {
            let r = r.strip_prefix('-')?;
            SIZES.iter().find(|(a, _)| {
                r.get(..a.len()).is_some_and(|x| x.eq_ignore_ascii_case(a))
                    && !r[a.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            })
        });
        let mut of = glued.map(|(_, d)| *d);
        if glued.is_none() {
            if let Some(t) = right.peek() {
                of = SIZES.iter().find(|(a, _)| w.is_word(t, a)).map(|(_, d)| *d);
                if of.is_some() {
                    right.next();
                }
            }
        }
        let mut head = None;
        let next: Vec<&Tok> = right.take(3).collect();
        for (k, t) in next.iter().take(2).enumerate() {
            let word = w.lower(t);
            // "The 1.2-kilometre crossing cost £480 million": the verb.
            if crate::extract::calendar::marks_past(word.as_str())
                || head.is_some() && matches!(word.as_str(), "cost" | "costs")
            {
                break;
            }
            // "The 400-metre ship carries 18,300 containers": a word in
            // "-s" after the noun is its verb when "a" opened the phrase or
            // a figure or a determiner follows.
            if head.is_some()
                && word.as_str().ends_with('s')
                && !word.as_str().ends_with("ss")
                && (one
                    || next.get(k + 1).is_some_and(|a| {
                        w.text
                            .get(a.start..)
                            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                            || w.is_any(
                                a,
                                &[
                                    "a", "an", "the", "its", "their", "about", "more", "up",
                                    "some", "two", "three", "four", "five",
                                ],
                            )
                    }))
            {
                break;
            }
            match noun(t) {
                Some(n) => head = Some(n),
                None => break,
            }
        }
        Some(dimension_of(head?, of.flatten()))
    };
    match dim {
        None => after(),
        // "a fissure 3 km long", "a sinkhole 20 metres wide": the noun
        // right before the figure.
        Some(d @ ("length" | "width" | "depth" | "height")) => {
            let mut left = w.left().map(|(_, t)| t);
            let mut t = left.next()?;
            // "hailstones measuring up to 8cm across".
            if t.punct == Some(b',') || w.is_word(t, "measuring") {
                t = left.next()?;
            }
            // "The vessel is 400 metres long", "The bridge, which was 1.2
            // km long,": what the copula says it of.
            if w.is_any(t, &["is", "was", "are", "were"]) {
                t = left.next()?;
                if w.is_any(t, &["which", "that"]) {
                    t = left.next()?;
                    if t.punct == Some(b',') {
                        t = left.next()?;
                    }
                }
            }
            if d == "length" {
                return noun(t).or_else(after);
            }
            // Another dimension only when its adjective follows the
            // figure and an article the noun ("a sinkhole 20 metres
            // wide"; not "walked in space 730 km above Earth", "the wreck
            // lies 2,400m down"), or the noun is a plural ("hailstones up
            // to 10cm across").
            let next = w.right().next().map(|(_, a)| a);
            let sized = next
                .is_some_and(|a| w.is_any(a, &["wide", "deep", "high", "tall", "across", "in"]));
            let plural = next.is_some_and(|a| w.is_any(a, &["across", "in"])) && {
                let word = w.lower(t);
                crate::extract::quantity::plural_lemma(word.as_str())
                    .is_some_and(|l| l.as_str() != word.as_str())
            };
            let article = plural
                || left
                    .next()
                    .is_some_and(|a| w.is_any(a, &["a", "an", "the", "its", "this"]));
            (sized && article)
                .then(|| noun(t))
                .flatten()
                .map(|n| dimension_of(n, Some(d)))
                .or_else(after)
        }
        _ => None,
    }
}

/// A thing's measure as a noun: its length is the thing itself ("a 3.5 km
/// fissure" is "fissure", as it has always been keyed), another dimension
/// is named after it ("sinkhole width", "sinkhole depth").
fn dimension_of(thing: String, dim: Option<&str>) -> String {
    match dim {
        Some(d) => format!("{thing} {d}"),
        None => thing,
    }
}

/// A tariff rate and whom it is on: "a 34% levy on Chinese goods", "20% on
/// the European Union", "Japan will face a 24% tariff", "goods from the
/// European Union will be taxed at 20 percent", "Japanese imports at 24
/// percent". Its noun is `tariff`, its scope "on <country>" (a country of
/// [`COUNTRIES`](crate::extract::lexicon::COUNTRIES)), its predicate the rate's level; with no
/// country named it keeps no predicate and is not compared: a story of
/// tariffs gives many rates. An "additional" rate is another figure than
/// the total.
fn tariff(w: &Window<'_>, s: &mut Subject) {
    let named = s
        .noun
        .as_deref()
        .is_some_and(|n| matches!(n, "tariff" | "levy" | "duty"));
    let taxed = w.left().take(2).any(|(_, t)| {
        matches!(
            w.lower(t).as_str(),
            "taxed" | "tariffed" | "levied" | "tariff" | "tariffs"
        )
    });
    // A share or measure of something else, with no word of tariffs.
    if !(named || taxed) && s.noun.is_some() {
        return;
    }
    // "Japanese imports at 24 percent".
    let imports_at = {
        let mut left = w.left().map(|(_, t)| w.lower(t));
        left.next().is_some_and(|l| l.as_str() == "at")
            && left
                .next()
                .is_some_and(|l| matches!(l.as_str(), "imports" | "goods" | "products"))
    };
    let on = w.tariff_target_after();
    let in_tariff_talk = || {
        w.parts.iter().flat_map(|p| p.iter()).any(|t| {
            matches!(
                w.lower(t).as_str(),
                "tariff" | "tariffs" | "levy" | "levies" | "duty" | "duties"
            )
        })
    };
    if !(named || taxed || (on.is_some() || imports_at) && s.noun.is_none() && in_tariff_talk()) {
        return;
    }
    let additional = w
        .left()
        .take(3)
        .any(|(_, t)| matches!(w.lower(t).as_str(), "additional" | "extra" | "further"));
    s.noun = Some(
        if additional {
            "additional tariff"
        } else {
            "tariff"
        }
        .to_string(),
    );
    match on.or_else(|| w.tariff_target_before()) {
        Some(country) => {
            s.scope = Some(format!("on {country}"));
            s.predicate = Some("level".to_string());
        }
        None => s.predicate = None,
    }
}

/// The last count read in a document: where it ends, what happened to it
/// and what it counts. A share in apposition to it, a part of it
/// ("including 28 children") and a bare figure after "and" ("1,200
/// flights were cancelled and 4,500 delayed") read it.
struct LastCount {
    /// The count's index among the claims.
    index: usize,
    end: usize,
    predicate: Option<String>,
    modal: bool,
    negated: bool,
    noun: Option<String>,
    /// Who did what the count counts ("Corvane will cut 4,000 jobs").
    agent: Option<String>,
    /// The most the count asserts.
    high: f64,
}

impl LastCount {
    /// Whether a bare figure may count some of what this count counts: a
    /// noun to give, in the figure's sentence, and no more than all of them.
    fn holds(&self, value: &Value, sentence: Span) -> bool {
        self.noun.is_some()
            && self.end >= sentence.start
            && matches!(value, Value::Number(a) if a.high <= self.high)
    }
}

/// Whether the clause of a figure (`span`) tells of another event than
/// the story's: "in another raid", "a separate attack", "an earlier
/// quake", "a second blast" (a word of [`group::EVENT_CLASSES`], or "raid"
/// or "incident"). Not another clause's: "Berlin's pledge to add almost
/// 7,000 soldiers, and an earlier announcement to spend …".
fn other_event(text: &str, sentence: Span, span: Span) -> bool {
    const MARKS: &[&str] = &[
        "another ",
        "a separate ",
        "an earlier ",
        "a previous ",
        "a second ",
        "a later ",
    ];
    let from =
        clause_before(text, sentence, span.start).map_or(span.start, |c| span.start - c.len());
    // The clause after the figure, at most CUE_REACH bytes of it.
    let reach = ceil_boundary(text, sentence.end.min(span.end.saturating_add(CUE_REACH)));
    let to = text
        .get(span.end..reach)
        .and_then(|r| r.find([',', ';']))
        .map_or(reach, |k| span.end + k);
    let s = text.get(from..to).unwrap_or("");
    // Most clauses hold none of the marks (past their first letter, which
    // a sentence may capitalise): one pass, nothing lower-cased for them.
    static FINDER: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    let tails = FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::new(MARKS.iter().map(|m| m.get(1..).unwrap_or(m))).ok()
    });
    if !tails.as_ref().is_some_and(|f| f.is_match(s)) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    MARKS.iter().any(|m| {
        lower.match_indices(m).any(|(i, _)| {
            let word = lower
                .get(i + m.len()..)
                .unwrap_or("")
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            let lemma = word.strip_suffix('s').unwrap_or(word);
            matches!(lemma, "raid" | "incident") || group::event_class(lemma).is_some()
        })
    })
}

/// The place a count is of when its clause names a country as the one
/// that reports it ("Mozambique reported 20 deaths", "Malawi has
/// confirmed 190 deaths") or, for a death toll, a name after "in" ("The
/// death toll … in Malawi rose to 190"). Lower-cased, as places are; with
/// whether a country reports it.
fn country_of_count(text: &str, sentence: Span, at: usize, toll: bool) -> Option<(String, bool)> {
    let clause = clause_before(text, sentence, at)?;
    // Most counts have neither cue: no words are split for them.
    let tail = clause.trim_end();
    let reported = ["reported", "recorded", "confirmed", "registered"]
        .iter()
        .any(|w| {
            tail.strip_suffix(w)
                .is_some_and(|h| h.is_empty() || h.ends_with(' '))
        });
    if !reported && !toll {
        return None;
    }
    let words: Vec<&str> = clause.split_whitespace().collect();
    let country_at = |k: usize| country_word(words.get(k)?);
    // "<Country> (has) reported|recorded|confirmed N".
    let n = words.len();
    if n >= 2 && reported {
        let k = if n >= 3 && matches!(words[n - 2], "has" | "had") {
            n - 3
        } else {
            n - 2
        };
        // A country of the table, or one capitalised word that is no
        // common noun, plural or acronym ("Mozambique", not "Police",
        // "Officials", "AP"), opening the clause.
        let named = words.get(k).filter(|w| {
            let lower = w.to_ascii_lowercase();
            (k == 0 || matches!(words[k - 1], "while" | "and" | "but" | "whereas"))
                && w.len() > 3
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w[1..].bytes().all(|b| b.is_ascii_lowercase())
                && !w.ends_with('s')
                && group::noun_class(&lower).is_none()
                && !crate::extract::lexicon::NOUN_STOP_SET.has(&lower)
                && !matches!(
                    lower.as_str(),
                    "police" | "government" | "ministry" | "army" | "military" | "hospital"
                )
        });
        if let Some(c) = country_at(k).or_else(|| named.map(|w| w.to_ascii_lowercase())) {
            return Some((c, true));
        }
    }
    if !toll {
        return None;
    }
    // "in Malawi", "in New Mexico": the capitalised words after "in"; a
    // day or a month is no place ("the death toll in Tuesday's
    // derailment").
    let k = (0..n.saturating_sub(1)).rev().find(|&k| {
        words[k] == "in" && words[k + 1].starts_with(|c: char| c.is_ascii_uppercase())
    })?;
    let name: Vec<String> = words[k + 1..]
        .iter()
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .take(3)
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_ascii_lowercase()
        })
        .take_while(|w| {
            use crate::extract::calendar::{is_full_month, month, weekday};
            !(w.ends_with("day") && weekday(w).is_some() || is_full_month(w) && month(w).is_some())
        })
        .collect();
    (!name.is_empty()).then(|| (name.join(" "), false))
}

/// The party whose majority a figure is when no seats were counted
/// before it: the capitalised word before the sentence's first verb of
/// winning or holding, past a noun of its candidate ("The Labour
/// candidate won the by-election …, a majority of 4,772", "Labour held
/// the seat with a majority of 4,722").
fn majority_party(text: &str, sentence: Span, at: usize) -> Option<String> {
    // Not [`SEAT_VERBS`]: read left to right, the first verb of the
    // sentence, so no auxiliary ("has", "had") that stands before one.
    const VERBS: &[&str] = &["won", "wins", "held", "holds", "retained", "kept", "took"];
    const ROLES: &[&str] = &["candidate", "party", "nominee", "mp", "challenger"];
    let head = text.get(sentence.start..at)?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let v = words.iter().position(|w| VERBS.contains(w))?;
    let mut back = words.get(..v)?.iter().rev().peekable();
    if back
        .peek()
        .is_some_and(|w| ROLES.contains(&w.to_ascii_lowercase().as_str()))
    {
        back.next();
    }
    let name = back.next()?;
    (name.starts_with(|c: char| c.is_ascii_uppercase()) && *name != "The" && *name != "A")
        .then(|| name.trim_end_matches("'s").to_string())
}

/// Whether the figure at `at` follows "majority of": a lead in seats or
/// votes ("a majority of 172", "a working majority of just 12").
fn majority_of(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let mut words = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let mut w = words.next();
    if w.is_some_and(|x| x.eq_ignore_ascii_case("just") || x.eq_ignore_ascii_case("only")) {
        w = words.next();
    }
    w.is_some_and(|x| x.eq_ignore_ascii_case("of"))
        && words
            .next()
            .is_some_and(|x| x.eq_ignore_ascii_case("majority"))
        && before.len() - before.trim_end().len() <= 1
}

/// Whether a document tells of a sentencing (read once, when a length
/// after "received" or "was given" first needs it).
struct CourtStory<'t> {
    text: &'t str,
    value: Option<bool>,
}

impl CourtStory<'_> {
    fn get(&mut self) -> bool {
        let text = self.text;
        *self.value.get_or_insert_with(|| {
            let finder = |w: &str| memchr::memmem::find(text.as_bytes(), w.as_bytes()).is_some();
            ["sentenced", "jailed", "prison", "Sentenced", "Jailed"]
                .iter()
                .any(|w| finder(w))
        })
    }
}

/// Whether a length after "for" repeats a sentence given just before, the
/// verb left out: "jailed for 12 years and Paul Jones for eight years". A
/// name and "and" lie between "for" and the earlier length, and a verb of
/// sentencing before that.
fn gapped_sentence(w: &Window<'_>) -> bool {
    let left: Vec<(usize, &Tok)> = w.left().skip(1).take(12).collect();
    let names = left
        .iter()
        .take_while(|(_, t)| t.cap && t.punct.is_none())
        .count();
    if names == 0 || names > 3 {
        return false;
    }
    let Some((_, and)) = left.get(names) else {
        return false;
    };
    if w.lower(and).as_str() != "and" {
        return false;
    }
    let mut units = false;
    for (_, t) in left.iter().skip(names + 1).take(6) {
        if t.punct.is_some() {
            return false;
        }
        match w.lower(t).as_str() {
            "years" | "months" | "weeks" | "days" => units = true,
            "sentenced" | "jailed" | "imprisoned" => return units,
            _ => {}
        }
    }
    false
}

/// Things whose length a paper gives as an adjective ("a five-year
/// contract", "the four-year war"), so two papers' lengths are compared.
/// Not a plan, a high, a bond or a term of office ("a 10-year plan", "a
/// 52-week high", "the 10-year yield", "a six-year term"): a story has
/// several of those.
const LASTING_NOUNS: &[&str] = &[
    "contract",
    "deal",
    "lease",
    "ban",
    "suspension",
    "war",
    "siege",
    "freeze",
    "moratorium",
    "drought",
    "occupation",
    "truce",
    "ceasefire",
    "hiatus",
    "shutdown",
    "lockdown",
    "blockade",
    "strike",
    "investigation",
    "probe",
    "extension",
    // A trial in court or of a drug, a study: "The trial ran for five
    // years", "The study lasted six years".
    "trial",
    "study",
    // Events whose length papers give: "the seven-minute heist", "the
    // standoff lasted 11 hours".
    "heist",
    "robbery",
    "raid",
    "standoff",
    "outage",
    "blackout",
    // A strike by other names ([`lasting`]).
    "walkout",
    "stoppage",
    // Other things news times: "a spacewalk lasting 6 hours and 31
    // minutes", "the surgery took nine hours", "talks lasted 14 hours",
    // "a speech lasting 90 minutes", "the flight took 19 hours".
    "spacewalk",
    "surgery",
    "operation",
    "talks",
    "debate",
    "speech",
    "hearing",
    "flight",
    "eruption",
    "hailstorm",
    // A game's length: "The match lasted an hour and 25 minutes", "the
    // final lasted 78 minutes" (a final is its match, [`lasting`]).
    "match",
    "final",
    // Spells and states that papers time: "The heatwave lasted 12 days",
    // "a three-day curfew", "the 10-day festival", "The search lasted
    // nine days".
    "heatwave",
    "curfew",
    "quarantine",
    "protest",
    "vigil",
    "festival",
    "tour",
    "recession",
    "closure",
    "search",
];

/// The one of [`LASTING_NOUNS`] a word is, a walkout or a stoppage named
/// as the strike it is ("the five-day walkout", "a four-day strike").
fn lasting(word: &str) -> Option<&'static str> {
    let noun = LASTING_NOUNS.iter().copied().find(|n| *n == word)?;
    Some(match noun {
        "walkout" | "stoppage" => "strike",
        "final" => "match",
        "truce" => "ceasefire",
        n => n,
    })
}

/// Where a length of time was spent, right after it: "after 286 days in
/// space", "288 days in orbit", "nine months aboard the space station"
/// (`time in space`), "471 days in captivity", "two years in custody" or
/// "in detention", "weeks in hiding", "two weeks in hospital". Not a
/// prison term ("12 years in prison" is a sentence, keyed as one).
const TIME_SPENT_IN: &[(&str, &str)] = &[
    (" in space", "time in space"),
    (" in orbit", "time in space"),
    (" aboard the space station", "time in space"),
    (" on the space station", "time in space"),
    (" aboard the international space station", "time in space"),
    (" on the international space station", "time in space"),
    (" in captivity", "time in captivity"),
    (" in custody", "time in custody"),
    (" in detention", "time in custody"),
    (" in hiding", "time in hiding"),
    (" in hospital", "time in hospital"),
    (" in the hospital", "time in hospital"),
];

/// The place of [`TIME_SPENT_IN`] right after the length at `span`.
fn time_spent_in(text: &str, span: Span) -> Option<&'static str> {
    let rest = text.get(span.end..)?;
    TIME_SPENT_IN.iter().find_map(|(place, noun)| {
        let head = rest.get(..place.len())?;
        let ends = !rest[place.len()..].starts_with(|c: char| c.is_alphanumeric());
        (head.eq_ignore_ascii_case(place) && ends).then_some(*noun)
    })
}

/// What lasted, when a length is written as its adjective: "a five-year
/// contract", "a six-year, $124 million contract extension".
fn lasting_noun(text: &str, span: Span) -> Option<&'static str> {
    let own = text.get(span.start..span.end)?;
    let mut rest = text.get(span.end..)?;
    // "a week-long strike": "-long" follows the length (not "a
    // weeks-long strike": weeks are no week).
    if own.ends_with('s') {
        return None;
    }
    if let Some(r) = rest.strip_prefix("-long") {
        rest = r;
    } else if !own.contains('-') {
        return None;
    }
    if let Some(r) = rest.strip_prefix(", ") {
        // Past a sum: "six-year, $124 million contract".
        let mut r = r;
        let mut skipped = 0;
        while skipped < 3 {
            let word = r.split(' ').next().unwrap_or("");
            let figure = word.starts_with(|c: char| c.is_ascii_digit() || "$£€¥".contains(c))
                || matches!(word, "million" | "billion" | "m" | "bn");
            if !figure || word.is_empty() {
                break;
            }
            r = r.get(word.len()..)?.strip_prefix(' ')?;
            skipped += 1;
        }
        if skipped == 0 {
            return None;
        }
        rest = r;
    } else {
        rest = rest.strip_prefix(' ')?;
    }
    let word: &str = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    lasting(word)
}

/// What lasted, when a verb of lasting stands between it and its length:
/// "The siege lasted 79 days", "The robbery took seven minutes", "the
/// strike has gone on for three weeks". The noun is the word right before
/// the verb (past "has", "had"), one of [`LASTING_NOUNS`].
fn lasted_noun(text: &str, sentence: Span, span: Span) -> Option<&'static str> {
    // "The contract took 10 years to negotiate": the time a deed took.
    let after = text.get(span.end..sentence.end)?.trim_start();
    if after.starts_with("to ") {
        return None;
    }
    let mut words = words_back(text, sentence, span.start);
    // "lasted 79 days", "took seven minutes"; "lasted for 79 days", "ran
    // for five years", "has gone on for three weeks"; "Doctors will
    // strike for five days", "walked out for 48 hours" (the verb names
    // the strike).
    let lasted = match words.next()? {
        "for" => match words.next()? {
            "on" => matches!(
                words.next()?,
                "gone" | "went" | "dragged" | "dragging" | "going"
            ),
            "strike" | "struck" | "striking" => return Some("strike"),
            "out" => {
                return matches!(words.next()?, "walk" | "walked" | "walking").then_some("strike");
            }
            // "The truce is due to run for 90 days".
            w => matches!(w, "lasted" | "lasts" | "ran" | "runs" | "run"),
        },
        // "The strike will last five days", "is expected to last".
        w => matches!(
            w,
            "lasted" | "lasts" | "last" | "took" | "takes" | "lasting"
        ),
    };
    if !lasted {
        return None;
    }
    let mut noun = words.next()?;
    if matches!(
        noun,
        "has" | "had" | "have" | "will" | "would" | "could" | "to"
    ) {
        noun = words.next()?;
    }
    // "is expected to last", "is set to last"; "The strike, due to last
    // four days, has closed …" (no verb before).
    if matches!(noun, "expected" | "set" | "due" | "likely") {
        noun = words.next()?;
        if matches!(noun, "is" | "was" | "are" | "were") {
            noun = words.next()?;
        }
    }
    lasting(&noun.to_ascii_lowercase())
}

/// A length of time in prison: "sentenced to 12 years in prison", "jailed
/// for 10 years", "a 12-year sentence", "faces up to 20 years". Its noun is
/// the prison sentence; its predicate `sentence` when it was given, `face`
/// when it is the most a court may give ("up to", "could", "faces") or
/// what one side asks for, so that the sentence handed down is never
/// compared with the maximum. Not a part of a sentence ("including six
/// months behind bars"), not a term of office or of a loan.
fn prison_term(w: &Window<'_>, s: &mut Subject, qualifier: Qualifier, court: &mut CourtStory<'_>) {
    let right: Vec<Lower> = w.right().take(3).map(|(_, t)| w.lower(t)).collect();
    let right: Vec<&str> = right.iter().map(Lower::as_str).collect();
    // "five months' probation", "two years of probation".
    if right.contains(&"probation") {
        return;
    }
    let after = matches!(
        right.as_slice(),
        ["in", "prison" | "jail", ..]
            | ["behind", "bars", ..]
            | ["prison" | "jail" | "custodial", ..]
            | ["sentence", ..]
    );
    let mut before = false;
    // The most a court may give, or what one side asks for.
    let mut possible = matches!(qualifier, Qualifier::AtMost);
    for (k, (_, t)) in w.left().take(6).enumerate() {
        if t.punct.is_some() {
            break;
        }
        match w.lower(t).as_str() {
            "sentenced" | "jailed" | "imprisoned" | "sentence" => before = true,
            // "Jones, 51, received eight years", "was given 12 years", in
            // a story of a sentencing.
            "received" | "receives" | "given" | "got" | "gets" | "handed" if k == 0 => {
                before = court.get();
            }
            // "Mark Smith was jailed for 12 years and Paul Jones for eight
            // years": the second sentence's verb is the first's.
            "for" if k == 0 => before = gapped_sentence(w),
            // "faces up to 20 years" (not "never faced a race in 24 years").
            "face" | "faces" | "faced" | "facing" if k == 0 => {
                before = true;
                possible = true;
            }
            // "sentenced to three years, including six months behind bars":
            // a part of the sentence.
            "including" => return,
            // "Had I received a year or more in prison": a condition.
            "had" if t.cap => possible = true,
            "if" | "unless" | "could" | "can" | "may" | "might" | "would" | "maximum" | "seek"
            | "seeks" | "sought" | "seeking" | "asked" | "asks" | "asking" | "requested"
            | "demanded" | "recommended" | "proposed" | "subject" | "punishable" => possible = true,
            _ => {}
        }
    }
    if !(after || before) {
        return;
    }
    s.noun = Some("prison sentence".to_string());
    s.predicate = Some(if possible { "face" } else { "sentence" }.to_string());
}

/// Whether the text between a count's end and a figure's start sets the
/// figure off as an apposition: at most [`APPOSITION_GAP`] bytes ending in
/// a comma, perhaps then "or", with no clause break ("4,000 jobs in
/// Germany by 2027, about 8%", "12,000 employees, or 6.4% of its staff").
fn appositive(text: &str, end: usize, start: usize) -> bool {
    text.get(end..start).is_some_and(|gap| {
        let gap = gap.strip_suffix(" or ").unwrap_or(gap);
        gap.len() <= APPOSITION_GAP
            && gap.trim_end().ends_with(',')
            && gap
                .trim_end()
                .trim_end_matches(',')
                .chars()
                .all(|ch| ch.is_alphanumeric() || matches!(ch, ' ' | '-' | '\'' | '’'))
    })
}

/// Most bytes between a count and a share in apposition to it (either
/// way round).
const APPOSITION_GAP: usize = 40;

/// Verbs a vehicle's speed follows ([`vehicle_speed`]).
const SPEED_VERBS: &[&str] = &[
    "travelling at",
    "traveling at",
    "going at",
    "moving at",
    "running at",
    "flying at",
    "driving at",
    "speeding at",
    "sailing at",
    "cruising at",
    "doing",
];

/// Craft whose speed a story gives ([`vehicle_speed`]), beside the
/// [`VEHICLES`] that crash.
const CRAFT: &[&str] = &[
    "tram",
    "motorcycle",
    "motorbike",
    "airliner",
    "ship",
    "ferry",
    "vessel",
    "boat",
    "tanker",
    "yacht",
];

/// The vehicle whose speed a measure at `at` is: a speed right after a
/// verb of moving ([`SPEED_VERBS`]), its vehicle the last one named before
/// in the sentence ("The train was travelling at 120 km/h", "said the
/// lorry had been doing 90 mph").
fn vehicle_speed(
    text: &str,
    sentence: Span,
    at: usize,
    v: &crate::claim::Value,
) -> Option<&'static str> {
    if !matches!(v, crate::claim::Value::Measure { unit, .. }
        if unit.dimension() == crate::claim::Dimension::Speed)
    {
        return None;
    }
    let head = text.get(sentence.start..at)?.trim_end();
    let verb = SPEED_VERBS.iter().find(|p| {
        head.len() >= p.len()
            && head
                .get(head.len() - p.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(p))
            && head[..head.len() - p.len()].ends_with(' ')
    })?;
    head[..head.len() - verb.len()]
        .split(|c: char| !c.is_ascii_alphabetic())
        .rev()
        .find_map(|w| {
            let lower = w.to_ascii_lowercase();
            let one = lower.strip_suffix('s').unwrap_or(&lower);
            let ones = lower.strip_suffix("es").unwrap_or(&lower);
            VEHICLES
                .iter()
                .chain(CRAFT)
                .find(|v| **v == lower || **v == one || **v == ones)
                .copied()
        })
}

fn is_temperature(v: &crate::claim::Value) -> bool {
    matches!(v, crate::claim::Value::Measure { unit, .. }
        if unit.dimension() == crate::claim::Dimension::Temperature)
}

/// A temperature read at a place is that place's temperature: "46.6C in
/// Castelo", "Ardmore recorded 46C", "a high of 46.6 degrees in the town
/// of Castelo". Its key is the place's temperature level (a low apart from a
/// high, water apart from air); its period is the day it was read
/// ([`assign_periods`]). With no place named it gets no noun, and is not
/// compared: two temperatures of a story are often of two places.
fn annotate_temperature(w: &Window<'_>, s: &mut Subject) {
    let place = s
        .place
        .clone()
        .or_else(|| w.place_after_claim())
        .or_else(|| w.named_place_after())
        .or_else(|| w.temperature_place_before())
        .or_else(|| w.place_before_verb())
        .or_else(|| the_capital(w));
    let Some(place) = place else { return };
    let mut noun = "temperature";
    for (_, t) in w.left().take(4) {
        match w.lower(t).as_str() {
            "low" | "lows" | "minimum" | "overnight" => noun = "low temperature",
            "water" | "sea" | "ocean" => noun = "water temperature",
            _ => {}
        }
    }
    s.place = Some(place);
    s.noun = Some(noun.to_string());
    s.predicate = Some("level".to_string());
}

/// "the capital" as a temperature's place, within six words before the
/// figure or four after it in its clause ("The capital recorded a high
/// of 44.1C", "reached 44.5C in the capital"): a story of one country has
/// one capital, however its papers name it ("Lisbury" is another place).
fn the_capital(w: &Window<'_>) -> Option<String> {
    // The words around the figure in text order, within its clause.
    let mut near: Vec<&Tok> = w
        .left()
        .take(6)
        .map(|(_, t)| t)
        .take_while(|t| t.punct.is_none())
        .collect();
    near.reverse();
    near.extend(
        w.right()
            .take(4)
            .map(|(_, t)| t)
            .take_while(|t| t.punct.is_none()),
    );
    near.windows(2)
        .any(|p| w.is_word(p[0], "the") && w.is_word(p[1], "capital"))
        .then(|| "the capital".to_string())
}

/// What [`annotate_date`] knows of the date itself: whether it is a
/// stretch of more than a month beside a tally's noun (`long`), and
/// whether it is one day (`day`).
#[derive(Clone, Copy)]
struct DateShape {
    long: bool,
    day: bool,
}

/// Whether a word ends a temperature: "44.7C", "45°F", "degrees",
/// "Celsius", "Fahrenheit".
fn temperature_word(x: &str) -> bool {
    let unit = x
        .strip_suffix("°C")
        .or_else(|| x.strip_suffix("°F"))
        .or_else(|| x.strip_suffix(['C', 'F']));
    unit.is_some_and(|n| {
        n.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    }) || ["degrees", "celsius", "fahrenheit"]
        .iter()
        .any(|u| u.eq_ignore_ascii_case(x))
}

fn annotate_date(
    text: &str,
    w: &Window<'_>,
    s: &mut Subject,
    first: bool,
    dominant: &mut Dominant<'_>,
    end: usize,
    shape: DateShape,
) {
    let DateShape { long, day } = shape;
    let mut hit = None;
    // "Saturday's protest": a day's possessive names its event.
    let rest = text.get(end..).unwrap_or("");
    if rest.starts_with("'s ") || rest.starts_with("’s ") {
        // "Saturday's protest", "Saturday's magnitude 6.4 earthquake".
        hit = w
            .right()
            .take(4)
            .take_while(|(_, t)| t.punct.is_none())
            .find(|(_, t)| t.start > end + 2 && t.event.is_some())
            .filter(|(i, t)| t.event.is_some() && !w.other_event(*i));
    }
    let mut other_day = false;
    // Whether every word walked back over is part of a participle phrase
    // ("first detected on"), and how many there were.
    let (mut phrase, mut words) = (true, 0);
    let mut crossed = false;
    let reach = if hit.is_some() { 0 } else { DATE_WINDOW };
    // Whether the word walked over last is a part of a day ("before
    // dawn"): "before" then opens no clause.
    let mut daypart = false;
    for (i, t) in w.left().take(reach) {
        let part_of_day = daypart;
        daypart = matches!(
            w.lower(t).as_str(),
            "dawn" | "daybreak" | "sunrise" | "sunset" | "dusk" | "noon" | "midday" | "midnight"
        );
        if part_of_day && matches!(w.lower(t).as_str(), "before" | "after" | "until") {
            continue;
        }
        // "The cyberattack on Brightmart, first detected on May 7": a
        // participle set off by a comma dates the noun before it.
        if t.punct == Some(b',') && !crossed && phrase && (1..=3).contains(&words) {
            crossed = true;
            continue;
        }
        if t.punct == Some(b',') || t.punct == Some(b';') || t.has(SUBORDINATOR) {
            // "the earthquake, which struck on Thursday": a relative clause
            // dates the event noun it follows; so does a clause after an
            // apposition ("The blast, the deadliest in the city this year,
            // struck at about 11 a.m.").
            if let Some(e) = w.relative_antecedent(i) {
                hit = Some(e);
            } else if t.punct == Some(b',') && words > 0 {
                hit = w.apposition_head(i);
            }
            break;
        }
        // "a 28% premium to its closing price on Friday", "the index's
        // level on Monday": the day of a price or level, right before
        // the date, is no day of the event either; nor is the day of a
        // temperature read ("reached 44.7C on Sunday", "hit 45 degrees
        // Celsius on Sunday").
        if words == 0
            && !crossed
            && t.punct.is_none()
            && (!t.cap
                && matches!(
                    w.lower(t).as_str(),
                    "price" | "prices" | "close" | "level" | "levels" | "value" | "valuation"
                )
                || temperature_word(text.get(t.start..t.end).unwrap_or("")))
        {
            other_day = true;
            break;
        }
        // "The death toll from Saturday's shooting rose to six on Sunday":
        // the day of a change in a figure, not of the event ("the Rose
        // Bowl" is a name).
        if !t.cap
            && matches!(
                w.lower(t).as_str(),
                "rose"
                    | "risen"
                    | "rises"
                    | "climbed"
                    | "climbs"
                    | "increased"
                    | "jumped"
                    | "soared"
                    | "fell"
                    | "fallen"
                    | "dropped"
                    | "declined"
                    | "stood"
                    | "stands"
            )
        {
            // Nor, as the lede's date, of the story's event.
            other_day = true;
            break;
        }
        // "the attack was the deadliest in the city this year": the span
        // of a superlative, not the event's date.
        if SUPERLATIVES.contains(&w.lower(t).as_str()) {
            break;
        }
        if t.punct.is_none() && !crossed {
            words += 1;
            phrase &= participle_phrase(w, t);
        }
        if t.gives_event() && t.event.is_some() && w.notice_of(i) {
            break;
        }
        // "clearing the wreckage of 25 derailed wagons on Tuesday": a
        // participle before its noun describes the noun; the day is of
        // the clause's own verb.
        if t.gives_event() && w.attributive(i) {
            continue;
        }
        if t.gives_event() && !(t.event.is_some() && w.other_event(i)) {
            // "the deadliest stampede in the state since 2013", "the most
            // powerful quake in decades": the span of a superlative, not
            // the event's date ("will most likely vote on Monday" is).
            if (i.saturating_sub(2)..i).any(|j| {
                w.by_index(j)
                    .is_some_and(|p| SUPERLATIVES.contains(&w.lower(p).as_str()))
                    && j.checked_sub(1)
                        .and_then(|d| w.by_index(d))
                        .is_some_and(|d| w.lower(d).as_str() == "the")
            }) {
                break;
            }
            hit = Some((i, t));
            break;
        }
    }
    if hit.is_none() {
        let possessive = |t: &Tok| {
            w.text
                .get(t.start..t.end)
                .is_some_and(|x| x.ends_with("'s") || x.ends_with("’s"))
        };
        let mut prev_calendar = false;
        // A clause before the date: a speech verb after it and a comma is
        // the attribution of the clause, not what the date is of ("… left
        // 250,000 homes without power on Tuesday, the operator said").
        let clause_before = w.left().next().is_some_and(|(_, t)| t.punct.is_none());
        let mut comma = false;
        for (k, (i, t)) in w.right().take(DATE_WINDOW).enumerate() {
            if t.punct == Some(b';') || comma && clause_before && t.has(STATEMENT) {
                break;
            }
            comma |= t.punct == Some(b',');
            // "recovered two more bodies on Sunday, raising the death toll
            // from the blaze to 25": the event is the toll's, and the day is
            // of what raised it (not the lede's event either).
            if comma
                && matches!(
                    w.lower(t).as_str(),
                    "raising" | "bringing" | "taking" | "pushing" | "lifting"
                )
                && raises_a_tally(text, t.end)
            {
                other_day = true;
                break;
            }
            // "held on Thursday for the victims of Tuesday night's attack":
            // the event is the other day's, and the date is not the lede's.
            if t.has(CALENDAR) && possessive(t) || prev_calendar && possessive(t) {
                other_day = true;
                break;
            }
            prev_calendar = t.has(CALENDAR);
            if t.gives_event() {
                let before = w.right_before(k).take(3).any(|p| p.has(RELATIVE_PREP));
                // "Rescuers dug through the mud on Thursday after a
                // landslide struck": the day is of what came after the
                // event (or before it), so neither this event's nor, as the
                // lede's date, the story's; so is "hunting eight prisoners
                // on Monday after 10 men broke out".
                if before {
                    other_day = true;
                    break;
                }
                // "freed 24 hostages on Sunday under a ceasefire deal": the
                // terms something was done under are not what the day is
                // of (nor, as the lede's date, the story's event).
                if w.right_before(k).take(3).any(|p| w.is_word(p, "under")) {
                    other_day = true;
                    break;
                }
                if t.event.is_some() && w.notice_of(i) {
                    break;
                }
                if t.event.is_some() && w.other_event(i) {
                    continue;
                }
                hit = Some((i, t));
                break;
            }
        }
    }
    let rate_at = (hit.is_none() && day && s.event.is_none())
        .then(|| rate_move(text, w.sentence_start, end))
        .flatten();
    match hit {
        Some((i, t)) => {
            // "3,000 shootings", "3,210 shooting victims".
            let plural = |u: &Tok| {
                let word = w.lower(u);
                let word = word.as_str();
                word.ends_with('s') && !word.ends_with("ss") && !word.contains(['\'', '’'])
            };
            let tally = long
                && t.event.is_some_and(|e| {
                    w.lower(t).as_str() != e && plural(t)
                        || w.by_index(i + 1)
                            .is_some_and(|n| n.punct.is_none() && !n.cap && plural(n))
                });
            if s.event.is_none() && !tally {
                s.event = t.event.map(String::from);
                if t.event.is_some() && s.place.is_none() {
                    // "the rally on Wednesday in Atlantic City": the place
                    // after the day when none stands by the noun.
                    s.place = w.event_place(i).or_else(|| w.place_after_claim());
                }
            }
            // "During a rally Tuesday night": one of the many rallies,
            // meetings or news conferences a campaign holds, named with "a"
            // and no place, is no event the story is about, and no key can
            // tell it from the others (nor can its noun as a predicate).
            // So are several ("rallies on Saturday").
            let one_of_many = s.place.is_none()
                && t.event.is_some_and(group::recurring_event)
                && s.event.as_deref() == t.event
                && (w.indefinite(i) || plural(t));
            if one_of_many {
                s.event = None;
            } else if s.predicate.is_none() {
                s.predicate = t.predicate.map(String::from);
            }
            // "About 50 protesters had gathered on Wednesday": protesters
            // who gather hold a protest, not a meeting.
            if s.event.is_none()
                && t.predicate.and_then(group::predicate_class) == Some("attend")
                && (i.saturating_sub(4)..i).any(|j| {
                    w.by_index(j).is_some_and(|p| {
                        ["protesters", "demonstrators", "marchers", "activists"]
                            .iter()
                            .any(|x| w.is_word(p, x))
                    })
                })
            {
                s.event = Some("protest".to_string());
            }
            let statement =
                t.event.and_then(group::event_class) == Some("statement") || t.has(STATEMENT);
            // Who resigned, as who spoke: "Clara Voss resigned on Thursday".
            let resigned = t.predicate == Some("resign");
            if (statement || resigned) && s.agent.is_none() {
                s.agent = match t.predicate {
                    Some(_) => w.agent_before(i),
                    None => agent_lookback(text, w.sentence_start),
                };
            }
        }
        // "The Bank of England cut interest rates … on Thursday", "after
        // the bank reduced borrowing costs on Wednesday": the day of the
        // bank's decision, keyed on the bank.
        None if rate_at.is_some() => {
            let at = rate_at.unwrap_or(end);
            s.event = Some("rate decision".to_string());
            s.agent = doer_before(text, Span::new(w.sentence_start, end), at);
        }
        None => {
            // The lede's date is of the story's event; or of the only event
            // the story names, when its sentence names it, however far
            // back ("Storm Idris left 250,000 homes without power across the
            // north on Tuesday").
            if first && !other_day && s.event.is_none() {
                s.event = dominant.get().map(String::from).or_else(|| {
                    let only = dominant.for_tally()?;
                    w.left()
                        .any(|(i, t)| t.event == Some(only) && !w.other_event(i))
                        .then(|| only.to_string())
                });
            }
        }
    }
}

/// Where a central bank's move on its rate is told before byte `end` in the
/// sentence from `start`: a verb of moving or holding ("cut", "raised",
/// "held") followed within four words by "rate(s)" or "borrowing costs",
/// in the same clause as the date (no ";" between). The verb's offset.
fn rate_move(text: &str, start: usize, end: usize) -> Option<usize> {
    let clause = text.get(start..end)?;
    // One search for the noun first: most clauses name no rate.
    if !clause.contains("rate") && !clause.contains("borrowing") {
        return None;
    }
    let from = clause.rfind(';').map_or(0, |k| k + 1);
    let clause = &clause[from..];
    fn bare(w: &str) -> &str {
        w.trim_end_matches([',', '.'])
    }
    let mut words = clause.split_whitespace();
    let mut found = None;
    while let Some(w) = words.next() {
        let moves = [
            "cut",
            "cuts",
            "raised",
            "raises",
            "lowered",
            "lowers",
            "reduced",
            "reduces",
            "hiked",
            "hikes",
            "held",
            "holds",
            "kept",
            "keeps",
            "increased",
            "trimmed",
            "trims",
            "lifted",
            "lifts",
        ]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(bare(w)));
        if moves
            && words.clone().take(4).any(|r| {
                let r = bare(r);
                ["rate", "rates", "borrowing"]
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(r))
            })
        {
            found = Some(start + from + (w.as_ptr() as usize - clause.as_ptr() as usize));
        }
    }
    found
}

/// Whether a word may be part of a participle phrase before a date:
/// "first detected on", "held in", "taped".
fn participle_phrase(w: &Window<'_>, t: &Tok) -> bool {
    let l = w.lower(t);
    let l = l.as_str();
    !t.cap
        && (l.ends_with("ed")
            || matches!(
                l,
                "first"
                    | "initially"
                    | "originally"
                    | "held"
                    | "begun"
                    | "seen"
                    | "on"
                    | "in"
                    | "at"
            ))
}

/// The last "Name (has|had) <speech verb>" in the bytes before `pos`.
fn agent_lookback(text: &str, pos: usize) -> Option<String> {
    let lo = floor_boundary(text, pos.saturating_sub(LOOKBACK));
    let mut toks = Vec::new();
    tokenize_into(text, lo, pos, &mut toks, &mut String::new());
    let mut found = None;
    for (i, t) in toks.iter().enumerate() {
        if t.has(STATEMENT) {
            let back = toks.get(..i).unwrap_or(&[]).iter().rev();
            if let Some(a) = agent_from(text, back) {
                found = Some(a);
            }
        }
    }
    found
}

/// The capitalised word that `back` (tokens walking back from a speech
/// verb) reaches first, skipping auxiliaries.
fn agent_from<'a>(text: &str, back: impl Iterator<Item = &'a Tok>) -> Option<String> {
    for t in back {
        if t.punct.is_some() {
            return None;
        }
        if t.has(AUXILIARY) {
            continue;
        }
        let word = text.get(t.start..t.end)?;
        let word = word.trim_end_matches("'s").trim_end_matches("’s");
        return (t.cap && !t.has(FUNCTION) && !is_demonym(word)).then(|| word.to_string());
    }
    None
}

/// Demonyms used as nouns for a person ("The Swede signed a six-year
/// contract", "the Brazilian scored twice"): a description, not a name
/// that keys a doer.
fn is_demonym(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "swede",
        "dane",
        "finn",
        "pole",
        "brit",
        "briton",
        "scot",
        "frenchman",
        "frenchwoman",
        "englishman",
        "englishwoman",
        "irishman",
        "irishwoman",
        "welshman",
        "dutchman",
        "spaniard",
        "turk",
        "argentine",
        "kiwi",
        "aussie",
        "swiss",
    ];
    let lower = word.to_ascii_lowercase();
    NOUNS.contains(&lower.as_str())
        || ["ian", "ese", "ean", "ican"]
            .iter()
            .any(|x| lower.ends_with(x))
            && crate::extract::lexicon::country(&lower).is_some()
}

// Word classes of a token, looked up once when it is read.
const FUNCTION: u16 = 1;
const MODAL: u16 = 1 << 1;
const NEGATION: u16 = 1 << 2;
const SUBORDINATOR: u16 = 1 << 3;
const CALENDAR: u16 = 1 << 4;
const OTHER: u16 = 1 << 5;
const RELATIVE_PREP: u16 = 1 << 6;
const AUXILIARY: u16 = 1 << 7;
/// "a", "an", "last", "next", "this": never part of a place name.
const NOT_PLACE: u16 = 1 << 8;
/// "in", "at".
const IN_AT: u16 = 1 << 9;
/// A word [`Window::scope`] reads.
const SCOPE: u16 = 1 << 10;
/// The token's predicate is a speech verb.
const STATEMENT: u16 = 1 << 11;
/// The token's predicate implies an event ([`group::DEFAULT_EVENTS`]).
const DEFAULT_EVENT: u16 = 1 << 12;
/// "toll".
const TOLL: u16 = 1 << 13;

/// The word lists behind the classes.
const WORD_CLASSES: &[(u16, &[&str])] = &[
    (
        FUNCTION,
        &[
            "the",
            "a",
            "an",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "this",
            "that",
            "officials",
            "police",
            "who",
            "which",
        ],
    ),
    (
        MODAL,
        &[
            "expected",
            "could",
            "may",
            "might",
            "would",
            "will",
            "likely",
            "plan",
            "plans",
            "planned",
            "set",
            "due",
            "scheduled",
            "hope",
            "hopes",
            "hoped",
            "should",
            "envisages",
            "envisage",
            "envisaged",
            "envisions",
            "foresees",
            "intends",
            "intended",
            "aims",
            // An attempt: "More than 10 million people tried to buy
            // tickets" (not all bought one).
            "tried",
            "tries",
            "trying",
            "attempted",
        ],
    ),
    // Also every word ending in "n't".
    (
        NEGATION,
        &["not", "no", "never", "failed", "refused", "declined"],
    ),
    (
        SUBORDINATOR,
        &[
            "since", "because", "although", "though", "while", "after", "before", "until", "which",
            "who", "whose", "where", "when",
        ],
    ),
    // Also with "'s".
    (
        CALENDAR,
        &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            // The month names are added from `lexicon::MONTHS`.
            "today",
            "yesterday",
        ],
    ),
    (
        OTHER,
        &[
            "previous",
            "earlier",
            "last",
            "past",
            "prior",
            "next",
            "upcoming",
            "another",
            "former",
            "future",
            "later",
            "first",
            "second",
            "third",
            "subsequent",
        ],
    ),
    (
        RELATIVE_PREP,
        &[
            "before",
            "after",
            "ahead",
            "since",
            "until",
            "following",
            "prior",
            "eve",
        ],
    ),
    (
        AUXILIARY,
        &["has", "had", "have", "also", "then", "later", "again"],
    ),
    // Adjectives that open a sentence before an event noun: "Flash floods
    // in central Texas", "Deadly storms" (not "New": "New York").
    (
        NOT_PLACE,
        &[
            "a",
            "an",
            "last",
            "next",
            "this",
            "flash",
            "heavy",
            "deadly",
            "massive",
            "severe",
            "torrential",
            "recent",
            "major",
            "devastating",
            "huge",
            "powerful",
            "violent",
            "fierce",
            "catastrophic",
            "historic",
            "sudden",
            "widespread",
            "fresh",
            "renewed",
            "latest",
        ],
    ),
    (IN_AT, &["in", "at", "across"]),
    (TOLL, &["toll"]),
    (
        SCOPE,
        &[
            "aboard",
            "on",
            "each",
            "every",
            "statewide",
            "nationwide",
            "countrywide",
            "worldwide",
            "citywide",
            "state",
            "county",
            "province",
            "district",
            "parish",
            "prefecture",
        ],
    ),
];

/// What the tables say about one lower-case word.
#[derive(Debug, Clone, Copy, Default)]
struct WordInfo {
    /// Most words of a predicate form the word begins (0: none).
    reach: u8,
    /// The predicate of the word alone.
    predicate: Option<&'static str>,
    /// The event lemma of the word ("summits" → "summit").
    event: Option<&'static str>,
    /// Word classes.
    flags: u16,
}

/// Every word the tables know, with what they say about it: one look-up
/// per token.
struct Lexicon {
    words: WordMap<&'static [u8], WordInfo>,
    /// Lengths of the words (bit `n`: `n` bytes) by their first two
    /// bytes, and by their last two ([`Lexicon::slots`]): most words are
    /// known to be absent without hashing them.
    shapes: Box<[[u32; 1024]; 2]>,
    /// Most words in a predicate form.
    max_reach: usize,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut words: WordMap<&'static [u8], WordInfo> = WordMap::default();
        let mut max_reach = 0;
        for (first, n) in form_firsts() {
            let e = words.entry(first.as_bytes()).or_default();
            e.reach = u8::try_from(*n).unwrap_or(u8::MAX);
            e.predicate = forms().get(first).copied();
            max_reach = max_reach.max(*n);
        }
        // A lemma, then its plural unless that is a lemma itself.
        for (k, _) in group::EVENT_CLASSES {
            words.entry(k.as_bytes()).or_default().event = Some(k);
        }
        // The plurals live in a static of their own: every key stays owned
        // and reachable (a leaked string whose key was already present was
        // lost, which the fuzzers' leak checker reported).
        static PLURALS: OnceLock<Vec<String>> = OnceLock::new();
        let plurals = PLURALS.get_or_init(|| {
            group::EVENT_CLASSES
                .iter()
                .map(|(k, _)| event_plural(k))
                .collect()
        });
        for ((k, _), plural) in group::EVENT_CLASSES.iter().zip(plurals) {
            let e = words.entry(plural.as_bytes()).or_default();
            if e.event.is_none() {
                e.event = Some(k);
            }
        }
        for (form, lemma) in EVENT_VERBS {
            words.entry(form.as_bytes()).or_default().event = Some(lemma);
        }
        for (flag, list) in WORD_CLASSES {
            for w in *list {
                words.entry(w.as_bytes()).or_default().flags |= *flag;
            }
        }
        // The full names: the first twelve entries of the list (the
        // abbreviations that follow are not calendar words here).
        for m in crate::extract::lexicon::MONTHS.iter().take(12) {
            words.entry(m.as_bytes()).or_default().flags |= CALENDAR;
        }
        let mut shapes = Box::new([[0u32; 1024]; 2]);
        for w in words.keys() {
            let bit = 1u32
                .checked_shl(u32::try_from(w.len()).unwrap_or(u32::MAX))
                .unwrap_or(0);
            for (table, slot) in shapes.iter_mut().zip(Lexicon::slots(w)) {
                if let Some(s) = table.get_mut(slot) {
                    *s |= bit;
                }
            }
        }
        Lexicon {
            words,
            shapes,
            max_reach,
        }
    })
}

impl Lexicon {
    /// The filter slots of a lower-case word: its first two bytes, its
    /// last two.
    fn slots(w: &[u8]) -> [usize; 2] {
        let pair = |a: Option<&u8>, b: Option<&u8>| {
            usize::from(a.copied().unwrap_or(0) & 31) * 32
                + usize::from(b.copied().unwrap_or(0) & 31)
        };
        let n = w.len();
        [
            pair(w.first(), w.get(1)),
            pair(w.last(), n.checked_sub(2).and_then(|k| w.get(k))),
        ]
    }

    /// What the tables say about a lower-case word.
    fn get(&self, w: &[u8]) -> Option<&WordInfo> {
        let bit = u32::try_from(w.len())
            .ok()
            .and_then(|n| 1u32.checked_shl(n))
            .unwrap_or(0);
        let [head, tail] = Lexicon::slots(w);
        let [by_head, by_tail] = &*self.shapes;
        let absent = by_head.get(head).copied().unwrap_or(0) & bit == 0
            || by_tail.get(tail).copied().unwrap_or(0) & bit == 0;
        if absent {
            return None;
        }
        self.words.get(w)
    }
}

/// One token of a window: a word (with its table look-ups) or punctuation.
#[derive(Debug, Clone)]
struct Tok {
    start: usize,
    end: usize,
    /// Index in the token list it was read into.
    index: usize,
    punct: Option<u8>,
    /// Whether the word begins with a capital.
    cap: bool,
    predicate: Option<&'static str>,
    /// Words of the form that gave `predicate`.
    plen: usize,
    /// Most words of a form this word begins (0: none).
    reach: usize,
    event: Option<&'static str>,
    /// Word classes (`FUNCTION`, `MODAL` ...).
    flags: u16,
}

impl Tok {
    /// The token's lower-case form.
    fn lower(&self, text: &str) -> Lower {
        lower_word(text.get(self.start..self.end).unwrap_or(""))
    }

    fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// An event noun, or a predicate that implies an event.
    fn gives_event(&self) -> bool {
        self.event.is_some() || self.has(DEFAULT_EVENT)
    }
}

/// The tokens around a claim, in text order: `[0, nl)` lie before the
/// claim, `[nr, len)` after it; tokens inside the claim are skipped. The
/// tokens are three runs borrowed from the sentence's token cache.
#[derive(Debug)]
struct Window<'a> {
    text: &'a str,
    parts: [&'a [Tok]; 3],
    nl: usize,
    nr: usize,
    len: usize,
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
    /// A word cut by a window's start, tokenized alone.
    pre: Vec<Tok>,
    /// A word cut by a window's end, tokenized alone.
    post: Vec<Tok>,
    /// A window tokenized afresh.
    fresh: Vec<Tok>,
    /// Scratch for multi-word forms.
    phrase: String,
}

impl TokCache {
    /// The window of a claim: the tokens of `text[lo..hi]` (`WINDOW_BYTES`
    /// on each side, inside the sentence) exactly as `tokenize(text, lo,
    /// hi)` gives them.
    fn window<'s>(
        &'s mut self,
        text: &'s str,
        sentence: (usize, usize),
        c_start: usize,
        c_end: usize,
    ) -> Window<'s> {
        let lo = floor_boundary(text, sentence.0.max(c_start.saturating_sub(WINDOW_BYTES)));
        let hi = ceil_boundary(
            text,
            sentence.1.min(c_end.saturating_add(WINDOW_BYTES)).max(lo),
        );
        let parts: [&[Tok]; 3] = match self.cut(text, sentence, lo, hi) {
            Some(run) => [&self.pre, self.toks.get(run).unwrap_or(&[]), &self.post],
            None => [&[], &self.fresh, &[]],
        };
        let (mut nl, mut nr) = (0, 0);
        for p in parts {
            nl += p.partition_point(|t| t.end <= c_start);
            nr += p.partition_point(|t| t.start < c_end);
        }
        Window {
            text,
            parts,
            nl,
            nr: nr.max(nl),
            len: parts.iter().map(|p| p.len()).sum(),
            sentence_start: sentence.0,
        }
    }

    /// Fills the cache so that the tokens of `text[lo..hi]` are `pre`,
    /// then the returned range of `toks`, then `post`: cut from the cached
    /// region when the cut is clean (no form runs past a cut word or past
    /// `hi`). `None`: the window did not cut cleanly and is in `fresh`.
    fn cut(
        &mut self,
        text: &str,
        sentence: (usize, usize),
        lo: usize,
        hi: usize,
    ) -> Option<std::ops::Range<usize>> {
        self.pre.clear();
        self.post.clear();
        if !(self.filled && self.sentence == sentence && self.bounds.0 <= lo && hi <= self.bounds.1)
        {
            let r_hi = ceil_boundary(
                text,
                sentence.1.min(hi.saturating_add(REGION_BYTES)).max(hi),
            );
            tokenize_into(text, lo, r_hi, &mut self.toks, &mut self.phrase);
            self.bounds = (lo, r_hi);
            self.sentence = sentence;
            self.filled = true;
        }
        if self.bounds == (lo, hi) {
            return Some(0..self.toks.len());
        }
        let max_reach = lexicon().max_reach;
        let f = self.toks.partition_point(|t| t.start < lo);
        let l = self.toks.partition_point(|t| t.end <= hi);
        let before = f.checked_sub(1).and_then(|k| self.toks.get(k));
        let straddles_lo = before.is_some_and(|t| t.end > lo);
        let after = self.toks.get(l);
        let straddles_hi = after.is_some_and(|t| t.start < hi);
        let Some(run) = self.toks.get(f..l) else {
            return self.fresh(text, lo, hi);
        };
        // Only the last few tokens of the run can begin a form that runs
        // past it.
        let tail = run
            .get(run.len().saturating_sub(max_reach)..)
            .unwrap_or(&[]);
        // A word cut by `lo` is tokenized alone; no form may start in it
        // and run on, since the region never saw the cut word.
        if let Some(t) = before.filter(|_| straddles_lo) {
            if t.end > hi {
                return self.fresh(text, lo, hi);
            }
            let end = t.end;
            tokenize_into(text, lo, end, &mut self.pre, &mut self.phrase);
            let n = self.pre.len();
            if self.pre.iter().any(|p| p.index + p.reach > n) {
                return self.fresh(text, lo, hi);
            }
        }
        // A word cut by `hi`: no form may reach it from the run.
        if let Some(t) = after.filter(|_| straddles_hi) {
            if tail.iter().any(|r| r.index + r.reach > l) {
                return self.fresh(text, lo, hi);
            }
            let start = t.start;
            tokenize_into(text, start, hi, &mut self.post, &mut self.phrase);
        } else if tail
            .iter()
            .any(|t| t.predicate.is_some() && t.index + t.plen > l)
        {
            return self.fresh(text, lo, hi);
        }
        Some(f..l)
    }

    fn fresh(&mut self, text: &str, lo: usize, hi: usize) -> Option<std::ops::Range<usize>> {
        self.pre.clear();
        self.post.clear();
        tokenize_into(text, lo, hi, &mut self.fresh, &mut self.phrase);
        None
    }
}

impl Window<'_> {
    /// Whether token `t` is the word `word` as written, ASCII case
    /// folded (no lower-casing: for the few words a check compares).
    fn is_word(&self, t: &Tok, word: &str) -> bool {
        // The length first: most tokens are not the word.
        t.end.saturating_sub(t.start) == word.len()
            && self
                .text
                .as_bytes()
                .get(t.start..t.end)
                .is_some_and(|x| x.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// Whether token `t` is one of `words` ([`Window::is_word`]).
    fn is_any(&self, t: &Tok, words: &[&str]) -> bool {
        words.iter().any(|x| self.is_word(t, x))
    }

    /// Whether the word right before the claim is one of `words`.
    fn after_any(&self, words: &[&str]) -> bool {
        self.left()
            .next()
            .is_some_and(|(_, t)| self.is_any(t, words))
    }

    fn lower(&self, t: &Tok) -> Lower {
        t.lower(self.text)
    }

    /// Token `k` of the window, before, inside or after the claim.
    fn tok(&self, k: usize) -> Option<&Tok> {
        let [a, b, c] = self.parts;
        if k < a.len() {
            return a.get(k);
        }
        let k = k - a.len();
        if k < b.len() {
            return b.get(k);
        }
        c.get(k - b.len())
    }

    /// The event noun before an apposition that ends with the comma at
    /// token `k`: "The blast, the deadliest in the city this year," (the
    /// apposition opened by a determiner, at most eight words, no verb).
    fn apposition_head(&self, k: usize) -> Option<(usize, &Tok)> {
        const APPOSITION_WORDS: usize = 8;
        let mut j = k.checked_sub(1)?;
        let mut n = 0;
        loop {
            let t = self.by_index(j)?;
            if t.punct == Some(b',') {
                break;
            }
            if t.punct.is_some() || t.predicate.is_some() || n == APPOSITION_WORDS {
                return None;
            }
            n += 1;
            j = j.checked_sub(1)?;
        }
        let opener = self.by_index(j + 1)?;
        if n == 0 || !matches!(self.lower(opener).as_str(), "the" | "a" | "an") {
            return None;
        }
        let head = j.checked_sub(1)?;
        let t = self.by_index(head)?;
        (t.event.is_some() && !self.other_event(head)).then_some((head, t))
    }

    /// The event noun a relative clause opened by token `k` ("which",
    /// "that") follows, directly or after a comma: "the earthquake, which
    /// struck on Thursday", "the summit that opened on Monday". Not when
    /// the clause is long (a date nine words on is another clause's), says
    /// what the whole sentence means ("the election, which means that by
    /// early September"), or follows a noun that itself only dates another
    /// ("the first debate since the shootings, which will be Tuesday": the
    /// debate's day).
    fn relative_antecedent(&self, k: usize) -> Option<(usize, &Tok)> {
        const CLAUSE_WORDS: usize = 6;
        let rel = self.by_index(k)?;
        if !matches!(self.lower(rel).as_str(), "which" | "that") || self.nl - k > CLAUSE_WORDS + 1 {
            return None;
        }
        if let Some(next) = self.by_index(k + 1) {
            if matches!(self.lower(next).as_str(), "means" | "meant" | "mean") {
                return None;
            }
        }
        let mut j = k.checked_sub(1)?;
        if self.by_index(j)?.punct == Some(b',') {
            j = j.checked_sub(1)?;
        }
        let t = self.by_index(j)?;
        if t.event.is_none() || self.other_event(j) {
            return None;
        }
        // A temporal preposition heading the antecedent's phrase.
        let temporal = (j.saturating_sub(4)..j)
            .rev()
            .map_while(|i| self.by_index(i).filter(|p| p.punct.is_none()))
            .any(|p| {
                matches!(
                    self.lower(p).as_str(),
                    "since" | "after" | "before" | "following" | "until"
                )
            });
        (!temporal).then_some((j, t))
    }

    /// Token `k` of the window unless it lies inside the claim.
    fn by_index(&self, k: usize) -> Option<&Tok> {
        if k < self.nl || k >= self.nr {
            self.tok(k)
        } else {
            None
        }
    }

    /// Whether a share whose candidate [`Window::share_owner`] read is a
    /// share of the vote: said to be ("with 52.3% of the vote"), or beside
    /// a vote or ballot named in the window (`end` is the figure's end).
    /// Asked only once a candidate is read: the scan is the dearer test.
    fn about_votes(&self, text: &str, end: usize) -> bool {
        let Some(rest) = text.get(end..) else {
            return false;
        };
        let rest = rest.get(..rest.len().min(24)).unwrap_or(rest);
        let of_vote = [
            " of the vote",
            " of votes",
            " of the ballots",
            " of the popular vote",
        ]
        .iter()
        .any(|v| rest.starts_with(v));
        // Else a vote or ballot named in the window: one scan of its bytes.
        of_vote || {
            let toks = self.parts.iter().flat_map(|p| p.iter());
            let (lo, hi) = (
                toks.clone().map(|t| t.start).min().unwrap_or(0),
                toks.map(|t| t.end).max().unwrap_or(0),
            );
            let window = text.get(lo..hi).unwrap_or("");
            // "vote", "votes", "ballots"; not "voters", "voted".
            ["vote", "Vote", "ballot"].iter().any(|v| {
                window.match_indices(v).any(|(i, _)| {
                    let after = window.as_bytes().get(i + v.len()..).unwrap_or(&[]);
                    let rest = after.strip_prefix(b"s").unwrap_or(after);
                    rest.first().is_none_or(|c| !c.is_ascii_alphabetic())
                })
            })
        }
    }

    /// The candidate before a share, by surname: the subject of a verb of
    /// winning ("Dana Ruiz won the race with 52.3% of the vote", "Omar
    /// Hale, who took 45.1%") or a possessive ("to Hale's 46 percent").
    fn share_owner(&self) -> Option<String> {
        let surname = |t: &Tok| -> Option<String> {
            let w = self.text.get(t.start..t.end)?;
            let w = w.trim_end_matches("'s").trim_end_matches("’s");
            t.cap.then(|| w.to_lowercase())
        };
        let mut left = self.left().map(|(_, t)| t);
        let first = left.next()?;
        // "to Hale's 46 percent".
        let word = self.text.get(first.start..first.end).unwrap_or("");
        if first.cap && (word.ends_with("'s") || word.ends_with("’s")) {
            return surname(first);
        }
        // The verb of winning, then its subject; "had" only right before
        // the figure ("Clinton had 46 percent", not "had passed it by a
        // vote of 90 percent"). Another figure, or a share of some group
        // ("support from 15 percent"), is not the vote won.
        let mut t = Some(first);
        let mut found = false;
        for k in 0..8 {
            let x = t?;
            if x.punct.is_some() {
                return None;
            }
            let l = self.lower(x);
            let l = l.as_str();
            // "Velden conceded defeat on Monday after winning 41.8% of the
            // vote": a participle's doer is the name the sentence opens
            // with.
            if matches!(l, "winning" | "taking" | "securing" | "receiving") {
                return self.opening_name();
            }
            if WIN_VERBS.contains(&l) || k == 0 && matches!(l, "had" | "has") {
                found = true;
                break;
            }
            if matches!(
                l,
                "from" | "among" | "by" | "who" | "which" | "that" | "percent"
            ) || l.starts_with(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            t = left.next();
        }
        if !found {
            return None;
        }
        // Skip "who", "has", and the comma of "Hale, who took" ("was" of
        // "Hale was re-elected with").
        for x in left.by_ref() {
            if x.punct == Some(b',')
                || matches!(
                    self.lower(x).as_str(),
                    "who" | "has" | "have" | "had" | "was" | "is" | "were" | "been"
                )
            {
                continue;
            }
            if x.cap && !x.has(FUNCTION) {
                // "the Progress Party secured 41.3%": the party by its name,
                // as the doer of its seats is read.
                if matches!(self.lower(x).as_str(), "party" | "bloc") {
                    if let Some(name) = left.next().filter(|p| p.cap && !p.has(FUNCTION)) {
                        return surname(name);
                    }
                }
                return surname(x);
            }
            // "Merz's conservatives won": the leader named for his party.
            return left
                .next()
                .filter(|p| {
                    let w = self.text.get(p.start..p.end).unwrap_or("");
                    p.cap && (w.ends_with("'s") || w.ends_with("’s"))
                })
                .and_then(surname);
        }
        None
    }

    /// The capitalised name a sentence opens with, by its last word in
    /// lower case ("Tom Velden conceded" → "velden"); `None` when it opens
    /// with a word that starts no name ([`crate::extract::speech::NOT_NAMES`]: "The",
    /// "After").
    fn opening_name(&self) -> Option<String> {
        let head = self.text.get(self.sentence_start..)?;
        let mut last = None;
        for word in head.split(' ') {
            let bare = word.trim_end_matches([',', '.', ';', ':']);
            let is_name = bare.len() > 1
                && bare.starts_with(|c: char| c.is_ascii_uppercase())
                && bare.chars().all(|c| c.is_alphabetic() || c == '-')
                && !crate::extract::speech::in_list(bare, crate::extract::speech::NOT_NAMES);
            if !is_name {
                break;
            }
            last = Some(bare);
            // "Tom Velden, the mayor": the name ends at its mark.
            if bare.len() != word.len() {
                break;
            }
        }
        last.map(str::to_lowercase)
    }

    /// The candidate a second share of a tally is for, named after it:
    /// "53.9 percent against 42 percent for Velden", "54% to 42% for
    /// Velden" (a share after "against", "to" or "and", then "for" and a
    /// capitalised name). The candidate's last name, lower case.
    fn share_for(&self) -> Option<String> {
        let (_, before) = self.left().next()?;
        if !["against", "to", "and"]
            .iter()
            .any(|x| self.is_word(before, x))
        {
            return None;
        }
        let mut right = self.right().map(|(_, t)| t);
        if !right.next().is_some_and(|t| self.is_word(t, "for")) {
            return None;
        }
        let mut name = right
            .next()
            .filter(|t| t.cap && !t.has(FUNCTION) && t.punct.is_none())?;
        // The surname of a full name: "for Tom Velden".
        for t in right {
            if !(t.cap && !t.has(FUNCTION) && t.punct.is_none()) {
                break;
            }
            name = t;
        }
        Some(self.text.get(name.start..name.end)?.to_lowercase())
    }

    /// The candidate a poll's share belongs to, named before it (see
    /// [`poll_share`]): "Marsh at 47 percent", "Reyes 45 percent", "Marsh
    /// has the support of 48 percent", "put Reyes ahead, 49%"; in "Marsh
    /// leads Reyes by 48% to 45%" the first figure is the leader's, the
    /// second the other's. The candidate's last name, lower case.
    fn poll_candidate(&self) -> Option<String> {
        let lower = |t: &Tok| self.lower(t);
        // A name: capitalised, no function word, pronoun or possessive
        // ("Trump's 60 percent" may be of anything).
        let name = |t: &Tok| -> Option<String> {
            let w = self.text.get(t.start..t.end)?;
            let plain = t.cap
                && t.punct.is_none()
                && !t.has(FUNCTION | SUBORDINATOR | CALENDAR)
                && !w.ends_with("'s")
                && !w.ends_with("’s")
                && !matches!(
                    lower(t).as_str(),
                    "his" | "her" | "their" | "its" | "she" | "he"
                        // A hedge opening the sentence: "Only 41 percent".
                        | "only"
                        | "just"
                        | "nearly"
                        | "almost"
                        | "roughly"
                        | "fully"
                        | "barely"
                        | "still"
                );
            plain.then(|| w.to_lowercase())
        };
        let lead = |t: &Tok| t.punct.is_none() && POLL_LEAD_VERBS.contains(&lower(t).as_str());
        let figure = |t: &Tok| {
            t.punct == Some(b'%')
                || t.punct.is_none()
                    && matches!(lower(t).as_str(), "percent" | "per" | "cent" | "pct")
                || lower(t).as_str().starts_with(|c: char| c.is_ascii_digit())
        };
        // A share of a part of the electorate is not the poll's figure:
        // "34% support among women", "zero percent among black voters".
        if self
            .right()
            .take(4)
            .any(|(_, t)| lower(t).as_str() == "among")
            && !self.among_electorate()
        {
            return None;
        }
        let at = |k: usize| self.left().take(12).nth(k).map(|(_, t)| t);
        // The verb of leading after a name at `k` (skipping a title before
        // it): its index.
        let verb_after = |k: usize| -> Option<usize> {
            (k + 1..k + 5)
                .take_while(|&j| at(j).is_some_and(|t| t.punct.is_none() || t.punct == Some(b'.')))
                .find(|&j| at(j).is_some_and(lead))
        };
        // "leads the Conservatives by 5 points, 38% to 33%": past the
        // margin to its "by" (the index of "by").
        let past_margin = |k: usize| -> Option<usize> {
            if at(k)?.punct != Some(b',') {
                return None;
            }
            let mut j = k + 1;
            if !matches!(lower(at(j)?).as_str(), "points" | "point") {
                return None;
            }
            j += 1;
            if lower(at(j)?).as_str() == "percentage" {
                j += 1;
            }
            if !figure(at(j)?) {
                return None;
            }
            j += 1;
            (lower(at(j)?).as_str() == "by").then_some(j)
        };
        let mut k = 0;
        // "by 48% to 45%", "47 percent to 39 percent": the second figure
        // is the trailer's.
        if at(0).is_some_and(|t| t.punct.is_none() && lower(t).as_str() == "to") {
            k = 1;
            while at(k).is_some_and(figure) {
                k += 1;
            }
            if k == 1 {
                return None;
            }
            if let Some(by) = past_margin(k) {
                k = by;
            }
            if at(k).is_some_and(|t| lower(t).as_str() == "by") {
                k += 1;
            }
            let who = name(at(k)?)?;
            return verb_after(k).map(|_| who);
        }
        // "leads challenger Tom Reyes by 48%": the leader.
        let by = if at(0).is_some_and(|t| t.punct.is_none() && lower(t).as_str() == "by") {
            Some(0)
        } else {
            past_margin(0)
        };
        if let Some(by) = by {
            let v = verb_after(by)?;
            return name(at(v + 1)?);
        }
        for _ in 0..5 {
            let t = at(k)?;
            let l = lower(t);
            if t.punct == Some(b',') && k == 0
                || t.punct.is_none() && POLL_SHARE_WORDS.contains(&l.as_str())
            {
                k += 1;
                continue;
            }
            if t.cap {
                // "Clinton led Trump 47 percent": the share is the
                // leader's, named before the verb.
                if let Some(v) = verb_after(k) {
                    return name(at(v + 1)?);
                }
                // "Reform UK stands at 18%": the party is "Reform", as
                // another paper writes it.
                let initials = self
                    .text
                    .get(t.start..t.end)
                    .is_some_and(|w| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase()));
                if initials {
                    if let Some(before) = at(k + 1).and_then(name) {
                        return Some(before);
                    }
                }
                return name(t);
            }
            return None;
        }
        None
    }

    /// Whether "among" after a share names the whole electorate polled
    /// ("among likely voters", "among registered voters"), not a part.
    fn among_electorate(&self) -> bool {
        let words: Vec<Lower> = self
            .right()
            .take(8)
            .map(|(_, t)| self.lower(t))
            .skip_while(|w| w.as_str() != "among")
            .skip(1)
            .take(3)
            .collect();
        let mut it = words.iter().map(Lower::as_str);
        let mut w = it.next();
        if matches!(w, Some("likely" | "registered" | "all")) {
            w = it.next();
        }
        matches!(w, Some("voters" | "adults" | "respondents"))
            && !matches!(
                it.next(),
                Some("ages" | "aged" | "under" | "over" | "who" | "with")
            )
    }

    /// The economic measure a sum or percentage is the level or the change
    /// of, named before it as the subject of a verb of change or of being:
    /// "net profit rose 12% to $2.1 billion" (profit: its change, 12%, and
    /// its level, $2.1 billion), "Unemployment was 4.1%", "core inflation
    /// edged up to 3.2%", "Its shares fell 8.2%". The measure (its
    /// distinguishing modifiers kept: "operating profit", "core
    /// inflation"; "net" and words of period dropped, as a period is read
    /// from the clause's date) and `"change"` or `"level"`. Only measures
    /// of [`METRICS`] count: "The S&P 500 closed down 0.6%" names none.
    fn metric(&self) -> Option<(String, &'static str)> {
        let found = self.metric_read()?;
        // A list is a measure only as a waiting list ("A list of 31
        // people" names none).
        if found.0 == "list" {
            return None;
        }
        // "a turnout of 51%", "the corporate tax rate of 35 percent": the
        // measure right before "of" at its level; not a change in it ("a
        // decline in black turnout of about 40 percent"), nor a bare rate
        // ("at a rate of 10 dollars a ton").
        let mut left = self.left().map(|(_, t)| t);
        // Nor a forecast: "Economists had expected growth of 1.8%", "The
        // IMF forecasts growth of 2.4%".
        if left.next().is_some_and(|t| self.is_word(t, "of")) {
            let (mut change_in, mut forecast) = (false, false);
            // "left rates in a range of 4.25 to 4.50 percent" is at it.
            let range: Vec<Lower> = left.clone().take(3).map(|t| self.lower(t)).collect();
            let in_range = range.iter().map(Lower::as_str).eq(["range", "a", "in"]);
            for t in left.take(4).take_while(|t| t.punct.is_none()) {
                let w = self.lower(t);
                change_in |= w.as_str() == "in" && !in_range;
                forecast |= FORECAST_WORDS.contains(&w.as_str());
            }
            // Nor the size of one gift: "takes donations of at most
            // $5,000 each" (the total is what donations reached).
            if change_in || forecast || found.0 == "rate" || found.0.ends_with("donations") {
                return None;
            }
        }
        // "Two members wanted to hold rates at 4%": what some wanted, not
        // what was done; "the IMF's estimate of global growth steady at 3.1
        // percent": an estimate of a measure is no measure.
        if self.pair_back(
            &["wanted", "preferred", "sought", "favoured", "favored"],
            "to",
        ) || self.pair_back(
            &[
                "estimate",
                "estimates",
                "forecast",
                "forecasts",
                "projection",
                "projections",
            ],
            "of",
        ) {
            return None;
        }
        Some(found)
    }

    /// Whether a token is a word naming a measure ("revenue", "profit"):
    /// the step back from a period or a preposition to the measure.
    fn measure_at(&self, t: Option<&Tok>) -> bool {
        t.is_some_and(|t| t.punct.is_none() && measure_of(self.lower(t).as_str()).is_some())
    }

    /// Whether a word of `first` right before the word `then` stands
    /// among the eight words before the claim, in its clause ("wanted to",
    /// "estimate of").
    fn pair_back(&self, first: &[&str], then: &str) -> bool {
        let mut after = false;
        self.left()
            .map(|(_, t)| t)
            .take_while(|t| t.punct.is_none())
            .take(8)
            .any(|t| {
                let hit = after && first.iter().any(|x| self.is_word(t, x));
                after = self.is_word(t, then);
                hit
            })
    }

    /// [`Window::metric`] before its checks of a measure "of" a figure.
    fn metric_read(&self) -> Option<(String, &'static str)> {
        let mut left = self.left().map(|(_, t)| t);
        let word = |t: &Tok| (t.punct.is_none()).then(|| self.lower(t));
        // Whether a token is the word `x`.
        let word_is = |t: Option<&Tok>, x: &str| t.and_then(word).is_some_and(|w| w.as_str() == x);
        // "Bitcoin topped $100,000": a level passed, its verb read as the
        // claim's hedge (`hedge::before`); the measure is right before.
        if self.tok(self.nl).is_some_and(|f| {
            matches!(
                self.lower(f).as_str(),
                "passes"
                    | "passed"
                    | "tops"
                    | "topped"
                    | "exceeds"
                    | "exceeded"
                    | "surpasses"
                    | "surpassed"
            )
        }) {
            let mut names: Vec<Lower> = left.clone().take(5).map_while(word).collect();
            // "Donations have passed $2.5 million": past the auxiliary.
            if names
                .first()
                .is_some_and(|a| matches!(a.as_str(), "has" | "have" | "had"))
            {
                names.remove(0);
            }
            names.truncate(4);
            if let Some(index) = market_index(&names) {
                return Some((index.to_string(), "level"));
            }
            // "Its market value topped $4 trillion": the valuation.
            if let [value, market, ..] = names.as_slice() {
                if market_value(value.as_str(), market.as_str()) {
                    return Some(("valuation".to_string(), "level"));
                }
            }
            // "The price of cocoa topped $10,000".
            if let [thing, of, price, ..] = names.as_slice() {
                if of.as_str() == "of" && matches!(price.as_str(), "price" | "prices") {
                    return Some((price_of(thing.as_str()), "level"));
                }
            }
            let (m, rate) = measure_of(names.first()?.as_str())?;
            return Some((metric_name(m, rate, &[], false), "level"));
        }
        // "said it owed creditors about $2.6 billion": the debt's level (a
        // sum owed to no creditor named is anyone's: "he owes $650
        // million", "would owe $3.6 billion in taxes").
        let mut ahead = left.clone();
        if ahead
            .next()
            .and_then(word)
            .is_some_and(|w| CREDITORS.contains(&w.as_str()))
            && ahead
                .next()
                .and_then(word)
                .is_some_and(|w| matches!(w.as_str(), "owe" | "owes" | "owed" | "owing"))
        {
            return Some(("debt".to_string(), "level"));
        }
        let mut t = left.next()?;
        // "Reservoirs are only 23 per cent full", "rose just 0.1%": past
        // an adverb of degree.
        if word_is(Some(t), "only") || word_is(Some(t), "just") {
            t = left.next()?;
        }
        // "Prices rose by an average of 3.2%": past "an average of".
        if word_is(Some(t), "of") {
            let mut back = left.clone();
            if word_is(back.next(), "average") && word_is(back.next(), "an") {
                left = back;
                t = left.next()?;
            }
        }
        // "rose 1.2% to a record $2,685", "hit a new record of": a record
        // is a level.
        if word_is(Some(t), "record") {
            t = left.next()?;
            while word(t).is_some_and(|w| matches!(w.as_str(), "a" | "new" | "fresh")) {
                t = left.next()?;
            }
        }
        // "cut its rate to a range of 4.75% to 5%", "to a target range
        // of", "left rates in a range of": a range of the level is the
        // level.
        let mut in_range = false;
        if word_is(Some(t), "of") {
            let mut back = left.clone();
            if word_is(back.next(), "range") {
                let mut u = back.next()?;
                if word_is(Some(u), "target") {
                    u = back.next()?;
                }
                if word_is(Some(u), "a") || word_is(Some(u), "the") {
                    let to = back.next()?;
                    if word_is(Some(to), "to") || word_is(Some(to), "in") {
                        in_range = word_is(Some(to), "in");
                        t = to;
                        left = back;
                    }
                }
            }
        }
        // "grew at an annual rate of 2.1%", "rose at a 2.0% annualized
        // pace": the rate of a change is the change.
        t = self.skip_annual_rate(t, &mut left)?;
        let (mut level, mut at, mut of) = (false, false, false);
        match word(t).as_ref().map(Lower::as_str) {
            // "a turnout of 51%": the measure's level, as "at".
            Some(w @ ("to" | "at" | "of")) => {
                level = true;
                at = w != "to";
                of = w == "of";
                t = left.next()?;
                // "rose 12% from a year earlier to $4.1 billion", "grew 12%
                // year on year to $4.1bn": past the basis of the change.
                if w == "to" {
                    let head = self.text.get(..t.end).unwrap_or("");
                    if let Some(basis) = CHANGE_BASES.iter().find(|b| {
                        head.len() > b.len()
                            && head.is_char_boundary(head.len() - b.len())
                            && head[head.len() - b.len()..].eq_ignore_ascii_case(b)
                    }) {
                        for _ in 0..basis.split(' ').count() {
                            t = left.next()?;
                        }
                    }
                }
                // "inflation, at 6.1% in January, remained too high": a
                // level set off by commas after its measure.
                if w == "at" && t.punct == Some(b',') && self.measure_at(left.clone().next()) {
                    t = left.next()?;
                }
            }
            Some("in") if in_range => {
                level = true;
                at = true;
                t = left.next()?;
            }
            Some("by") => t = left.next()?,
            _ => {}
        }
        // "The FTSE 100 ended the day at 8,190", "closed the session at":
        // past the span of trading.
        if at && !of && word(t).is_some_and(|w| matches!(w.as_str(), "day" | "session" | "week")) {
            let mut back = left.clone();
            if word_is(back.next(), "the") {
                left = back;
                t = left.next()?;
            }
        }
        // "fell to a record low of 1.41", "rose to a record high of
        // 9.1%": the level reached.
        if of && word(t).is_some_and(|w| matches!(w.as_str(), "low" | "high")) {
            let mut back = left.clone();
            if word_is(back.next(), "record") {
                let mut u = back.next()?;
                while word(u).is_some_and(|w| matches!(w.as_str(), "a" | "new" | "fresh")) {
                    u = back.next()?;
                }
                if word_is(Some(u), "to") || word_is(Some(u), "at") {
                    at = word_is(Some(u), "at");
                    of = false;
                    t = back.next()?;
                    left = back;
                }
            }
        }
        // "fell 9.8% to a seasonally adjusted annual rate of 1.31
        // million", "rose to an annualized pace of 4.1 million", "eased to
        // an annual rate of 2.4%": the level reached, by the year.
        if of && word(t).is_some_and(|w| matches!(w.as_str(), "rate" | "pace")) {
            let mut back = left.clone();
            let mut u = back.next()?;
            while word(u).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "a" | "an" | "annual" | "annualized" | "annualised" | "adjusted" | "seasonally"
                )
            }) {
                u = back.next()?;
            }
            // (Not "grew at an annualized rate of 2.8%", a pace of change.)
            if word_is(Some(u), "to") {
                of = false;
                t = back.next()?;
                left = back;
            }
        }
        // The change before the level: "rose 12% to $2.1 billion".
        let mut n = 0;
        // Whether the token just passed is a year: "fell from $2 billion in
        // 2023 to $1.8 billion" passes the base's year too.
        let mut after_year = false;
        while n < 8 {
            // "fell 2% on Monday to $40", "rose in March to 3.2%": a day or
            // month on the way is no verb.
            // "grew by 2.1% last year to 1.84 million": so is the period.
            if word(t).is_some_and(|w| matches!(w.as_str(), "year" | "month" | "quarter" | "week"))
                && left
                    .clone()
                    .next()
                    .and_then(word)
                    .is_some_and(|w| matches!(w.as_str(), "last" | "this"))
            {
                left.next();
                t = left.next()?;
                n += 1;
                continue;
            }
            if t.punct.is_none() && t.has(CALENDAR) {
                t = left.next()?;
                if word(t).is_some_and(|w| matches!(w.as_str(), "on" | "in")) {
                    t = left.next()?;
                } else if word_is(Some(t), "to") {
                    // "rose 8.6% in the year to March to £1,295", "in the
                    // three months to May": a stretch of months ending
                    // then is no verb either.
                    let mut back = left.clone();
                    if back.next().and_then(word).is_some_and(|w| {
                        matches!(w.as_str(), "year" | "months" | "quarter" | "weeks")
                    }) {
                        let mut u = back.next();
                        if u.and_then(word).is_some_and(|w| {
                            let w = w.as_str();
                            w.starts_with(|c: char| c.is_ascii_digit()) || is_number_word(w)
                        }) {
                            u = back.next();
                        }
                        if word_is(u, "the")
                            && back
                                .next()
                                .and_then(word)
                                .is_some_and(|w| matches!(w.as_str(), "in" | "over"))
                        {
                            left = back;
                            t = left.next()?;
                        }
                    }
                }
                n += 1;
                continue;
            }
            // "rose more than expected to $31.5 billion", "fell as
            // forecast to 2%": a comparison with a forecast is no verb.
            if word(t).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "expected" | "forecast" | "anticipated" | "predicted"
                )
            }) {
                let mut back = left.clone();
                let mut u = back.next();
                if word_is(u, "than") {
                    u = back.next();
                    if u.and_then(word).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "more" | "less" | "faster" | "slower" | "further"
                        )
                    }) {
                        left = back;
                        t = left.next()?;
                        n += 1;
                        continue;
                    }
                } else if word_is(u, "as") {
                    left = back;
                    t = left.next()?;
                    n += 1;
                    continue;
                }
            }
            // "fell 0.4% against the dollar to $1.27": the currency it is
            // priced in is no verb.
            if word(t).is_some_and(|w| quoted_against(w.as_str())) {
                let mut back = left.clone();
                if word_is(back.next(), "the") && word_is(back.next(), "against") {
                    left = back;
                    t = left.next()?;
                    n += 1;
                    continue;
                }
            }
            let w = word(t);
            // "of" only inside a part of a point: "a quarter of a point".
            let part_of = || {
                left.clone()
                    .next()
                    .and_then(word)
                    .is_some_and(|p| matches!(p.as_str(), "quarter" | "half"))
            };
            let figure = t.punct == Some(b',')
                || w.as_ref().is_some_and(|w| {
                    let w = w.as_str();
                    w.starts_with(|c: char| c.is_ascii_digit())
                        || FIGURE_WORDS.contains(&w)
                        || n > 0 && w == "of" && part_of()
                        // "fell 1,200 points, or 2.9%": the same change
                        // (and "shed 99 points, or 1.2%, to 8,215").
                        || w == "or"
                            && (n == 0 || left.clone().next().is_some_and(|p| p.punct == Some(b',')))
                        || w == "in" && after_year
                });
            if !figure {
                break;
            }
            after_year = w.as_ref().map(Lower::as_str).is_some_and(|w| {
                w.len() == 4
                    && w.bytes().all(|b| b.is_ascii_digit())
                    && (1900..=2100).contains(&w.parse::<u32>().unwrap_or(0))
            });
            t = left.next()?;
            n += 1;
        }
        // "fell by 3% to €410 million", "rose from 2% to 3%" (the level
        // it rose from is no level now: it reads nothing).
        if n > 0 && word(t).is_some_and(|w| matches!(w.as_str(), "by" | "from")) {
            t = left.next()?;
        }
        // "edged up", "came in at", "was down".
        let mut moved = false;
        for _ in 0..2 {
            if let Some(w) = word(t).filter(|w| METRIC_PARTICLES.contains(&w.as_str())) {
                moved |= matches!(w.as_str(), "up" | "down" | "higher" | "lower");
                t = left.next()?;
            }
        }
        // "The jackpot was worth $1.23 billion", "is now worth", "is now
        // $1.2 billion": the level of the copula's subject.
        if n == 0 && !moved && (word_is(Some(t), "worth") || word_is(Some(t), "now")) {
            let mut back = left.clone();
            let mut u = back.next();
            if word_is(Some(t), "worth") && word_is(u, "now") {
                u = back.next();
            }
            if let Some(u) = u.filter(|u| {
                word(u).is_some_and(|w| {
                    matches!(w.as_str(), "is" | "was" | "are" | "were" | "be" | "been")
                })
            }) {
                t = u;
                left = back;
            }
        }
        let mut verb = word(t)?;
        // "rose 2.8% to settle at $85.95": the level a change ended at is
        // the level of what changed.
        if level && SETTLE_VERBS.contains(&verb.as_str()) {
            let mut back = left.clone();
            let first = back.next();
            // "slid by 10% on Monday, trading at $62,000": a participle
            // after the clause of the change (its day and "by" passed).
            let clause =
                first.is_some_and(|u| u.punct == Some(b',')) && verb.as_str().ends_with("ing");
            if word_is(first, "to") || clause {
                let mut u = back.next()?;
                let mut figures = 0;
                // "climbed $3.40, or 3.9%, to settle at": the change's
                // figures, its commas and "or" between them.
                while figures < 8
                    && (matches!(u.punct, Some(b',' | b'%' | b'$'))
                        || clause && u.punct.is_none() && u.has(CALENDAR)
                        || word(u).is_some_and(|w| {
                            let w = w.as_str();
                            w.starts_with(|c: char| c.is_ascii_digit())
                                || w == "or"
                                || FIGURE_WORDS.contains(&w)
                                || clause && matches!(w, "on" | "by")
                        }))
                {
                    u = back.next()?;
                    figures += 1;
                }
                if let Some(w) = word(u).filter(|w| METRIC_CHANGE_VERBS.contains(&w.as_str())) {
                    verb = w;
                    left = back;
                }
            }
        }
        // "with turnout at 68 percent", "inflation at 3.2%": a measure
        // right before "at" and its figure is at that level.
        let direct = at && n == 0 && !moved;
        // "cut the basic rate of income tax to 18%": a tax's rate, as
        // "the basic income tax rate" is (the words between "of" and "tax"
        // name the tax, a word before "rate" the band: "basic" and "top"
        // rates are two measures).
        if matches!(verb.as_str(), "tax" | "taxes") {
            let mut back = left.clone();
            let mut words: Vec<String> = Vec::new();
            while let Some(u) = back.next() {
                if word_is(Some(u), "of") {
                    if word_is(back.next(), "rate") {
                        let band = back.clone().next().and_then(word).filter(|b| {
                            matches!(
                                b.as_str(),
                                "basic" | "higher" | "top" | "additional" | "standard" | "lower"
                            )
                        });
                        words.extend(band.map(|b| b.as_str().to_string()));
                        words.reverse();
                        let tax = if words.is_empty() {
                            "tax rate".to_string()
                        } else {
                            format!("{} tax rate", words.join(" "))
                        };
                        return self
                            .metric_object(("rate", true), back, level)
                            .map(|(_, how)| (tax, how));
                    }
                    break;
                }
                let Some(x) = word(u).filter(|_| !u.cap && words.len() < 2 && !u.has(FUNCTION))
                else {
                    break;
                };
                words.push(x.as_str().to_string());
            }
        }
        // "cut the risk of dementia by 20%": the risk of a disease, the
        // object of a verb of change, as "reduced dementia risk by 17%".
        if measure_of(verb.as_str()).is_none() {
            let mut back = left.clone();
            if word_is(back.next(), "of") && word_is(back.next(), "risk") {
                let disease = verb.as_str().to_string();
                return self
                    .metric_object(("risk", false), back, level)
                    .map(|(name, how)| (format!("{disease} {name}"), how));
            }
            // "will cut the list price of its insulin by 70%": the price of
            // a thing (up to three lower-case words between "of" and it),
            // named by the thing, as "insulin prices" are.
            let mut back = left.clone();
            for _ in 0..4 {
                let Some(u) = back.next() else { break };
                if word_is(Some(u), "of") {
                    let mut at = back.clone();
                    if at
                        .next()
                        .and_then(word)
                        .is_some_and(|m| matches!(m.as_str(), "price" | "prices"))
                    {
                        if let Some((name, how)) = self.metric_object(("price", false), at, level) {
                            return Some((format!("{} {name}", verb.as_str()), how));
                        }
                    }
                    break;
                }
                if u.cap || word(u).is_none() {
                    break;
                }
            }
        }
        if let Some(measure) = measure_of(verb.as_str()) {
            // "raised its key rate by 0.25 points to 4.5%": the measure is
            // the object of a verb of change.
            let object = self.metric_object(measure, left.clone(), level);
            if object.is_some() || !direct {
                return object;
            }
        }
        // The measure's own word is then the head read below.
        let head_here = direct && measure_of(verb.as_str()).is_some();
        // Only a measure's own word stands before "of" ("advocates tax
        // increases of $15 trillion" names no tax's level).
        if of && !head_here {
            return None;
        }
        let mut how = if head_here {
            "level"
        } else if METRIC_CHANGE_VERBS.contains(&verb.as_str())
            // "Inflation went up to 3%", "VAT will go up by 2 points".
            || moved && matches!(verb.as_str(), "went" | "go" | "goes" | "going" | "gone")
        {
            // "Bitcoin rose above $95,000": past a level, not by it.
            let past_level = n == 0
                && self.tok(self.nl).is_some_and(|f| {
                    matches!(
                        self.lower(f).as_str(),
                        "above" | "past" | "below" | "beyond"
                    )
                });
            if level || past_level || n == 0 && matches!(verb.as_str(), "reached" | "reaching") {
                "level"
            } else {
                "change"
            }
        } else if METRIC_LEVEL_VERBS.contains(&verb.as_str()) {
            // "shares were up 17 percent": a change; "were up at 5,400" a level.
            // "Prices are 3.1% lower than a year earlier": a change too.
            let moved_after = self.right().next().is_some_and(|(_, t)| {
                matches!(
                    self.lower(t).as_str(),
                    "lower" | "higher" | "up" | "down" | "cheaper" | "dearer" | "more" | "less"
                )
            });
            if (moved || moved_after) && !level {
                "change"
            } else {
                "level"
            }
        } else {
            return None;
        };
        // "Rail fares will rise by 4.6%": a change decided (see
        // [`DECIDED_METRICS`]).
        let mut future = false;
        if !head_here {
            t = left.next()?;
            // "has risen", "sharply lower".
            for _ in 0..2 {
                // "Ofgem said the cap would go up to £1,758": "would"
                // after a verb of saying is its "will".
                let reported = || {
                    left.clone().take(12).any(|u| {
                        word(u).is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "said" | "says" | "announced" | "confirmed" | "told"
                            )
                        })
                    })
                };
                // "The living wage is going up to £12.50": a change to
                // come, as "will go up".
                let going = verb.as_str() == "going"
                    && word(t).is_some_and(|w| matches!(w.as_str(), "is" | "are"));
                if going
                    || word(t).is_some_and(|w| {
                        w.as_str() == "will" || w.as_str() == "would" && reported()
                    })
                {
                    future = true;
                    t = left.next()?;
                    continue;
                }
                // "is to increase", "is set to rise", "is due to go up":
                // a change to come, as "will".
                if word_is(Some(t), "to")
                    && left
                        .clone()
                        .next()
                        .and_then(word)
                        .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "set" | "due"))
                {
                    future = true;
                    t = left.next()?;
                    // "is set to reach": past "set" and its "is".
                    if word(t).is_some_and(|w| matches!(w.as_str(), "set" | "due")) {
                        t = left.next()?;
                        if word(t)
                            .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "was" | "were"))
                        {
                            t = left.next()?;
                        }
                    }
                    continue;
                }
                if word(t).is_some_and(|w| {
                    let w = w.as_str();
                    w.ends_with("ly")
                        || matches!(
                            w,
                            "has"
                                | "have"
                                | "had"
                                | "also"
                                | "further"
                                | "were"
                                | "was"
                                | "are"
                                | "is"
                                | "been"
                                | "than"
                                | "more"
                                | "nearly"
                                | "almost"
                        )
                }) {
                    t = left.next()?;
                }
            }
            // "inflation, which stood at 3.1% in March": a relative
            // clause's figure is of the noun before it.
            if word_is(Some(t), "which") {
                let mut l = left.clone();
                if l.next().is_some_and(|u| u.punct == Some(b',')) {
                    if let Some(u) = l.next() {
                        t = u;
                        left = l;
                    }
                }
            }
            // "Ether, the second-largest cryptocurrency, climbed 6%": past
            // an apposition set off by commas (at most six words) to the
            // name before it.
            if t.punct == Some(b',') {
                let mut l = left.clone();
                let inner = l.by_ref().take(7).position(|u| u.punct == Some(b','));
                if inner.is_some_and(|k| k > 0) {
                    if let Some(u) = l.next() {
                        t = u;
                        left = l;
                    }
                }
            }
            // "Bitcoin rose above $100,000, climbing as much as 4.5% to
            // $103,800": a participle after a comma has the clause's
            // subject, a measure or a market among its first six words.
            if t.punct == Some(b',') && verb.as_str().ends_with("ing") {
                let mut before: Vec<&Tok> = left
                    .clone()
                    .take(24)
                    .take_while(|u| u.punct != Some(b';'))
                    .collect();
                before.reverse();
                let words: Vec<Lower> = before.iter().map_while(|u| word(u)).take(6).collect();
                let pick = (0..words.len()).find(|&k| {
                    let back: Vec<Lower> = words[..=k].iter().rev().cloned().collect();
                    market_index(&back).is_some() || measure_of(words[k].as_str()).is_some()
                });
                if let Some(k) = pick {
                    t = left.nth(before.len() - 1 - k)?;
                }
            }
        }
        // "The S&P 500 fell 2.1%", "the Dow Jones Industrial Average lost
        // 2.9%": a market index, by its longest name.
        let mut names: Vec<Lower> = Vec::new();
        for u in std::iter::once(t).chain(left.clone()).take(4) {
            match word(u) {
                Some(w) => names.push(w),
                None => break,
            }
        }
        // "Inflows into funds that hold bitcoin reached $1.4 billion": the
        // object of a relative clause's verb is no measure of the clause
        // the figure is in.
        if names
            .get(2)
            .is_some_and(|r| matches!(r.as_str(), "that" | "which" | "who"))
            && names.get(1).is_some_and(|v| {
                !METRIC_MODIFIERS.contains(&v.as_str()) && !METRIC_DROPPED.contains(&v.as_str())
            })
        {
            return None;
        }
        if let Some(index) = market_index(&names) {
            return Some((index.to_string(), how));
        }
        let mut head = word(t)?;
        // "Revenue in 2025 was $4.2 billion", "Profit in H1 2026 was $1
        // billion", "Sales in May rose 3%": a year, a month or a half or
        // quarter's code after "in", "for" or "during" between the measure
        // and its verb.
        if measure_of(head.as_str()).is_none() {
            let dated = |u: &Tok| {
                u.punct.is_none()
                    && (u.has(CALENDAR)
                        || word(u).is_some_and(|w| {
                            let w = w.as_str();
                            w.len() == 4
                                && w.bytes().all(|b| b.is_ascii_digit())
                                && (1900..=2100).contains(&w.parse::<u32>().unwrap_or(0))
                                || matches!(w, "h1" | "h2" | "q1" | "q2" | "q3" | "q4")
                        }))
            };
            if dated(t) {
                let mut l = left.clone();
                let mut u = l.next()?;
                let mut k = 0;
                while k < 2 && dated(u) {
                    u = l.next()?;
                    k += 1;
                }
                if word(u).is_some_and(|w| matches!(w.as_str(), "in" | "for" | "during"))
                    && self.measure_at(l.clone().next())
                {
                    t = l.next()?;
                    head = word(t)?;
                    left = l;
                } else if word(u).is_some_and(|w| w.as_str() == "of") {
                    // "in the first half of 2026": on to the period's noun
                    // (read below as "in the first half" is).
                    let v = l.next()?;
                    if word(v).is_some_and(|w| matches!(w.as_str(), "half" | "quarter" | "year")) {
                        t = v;
                        head = word(t)?;
                        left = l;
                    }
                }
            }
        }
        // "Revenue for the quarter was $94.8 billion", "Net profit in the
        // first half fell 12%", "revenue last year was $4.1 billion": a
        // period between the measure and its verb (up to three words
        // between "the" and the period's noun: "for the three months").
        if measure_of(head.as_str()).is_none()
            && matches!(
                head.as_str(),
                "year" | "quarter" | "half" | "period" | "months" | "weeks" | "month"
            )
        {
            let mut l = left.clone();
            let mut u = l.next()?;
            // Past "last" or "this", or past "the" and its preposition.
            let past = word(u).is_some_and(|w| matches!(w.as_str(), "last" | "this")) || {
                let mut k = 0;
                while k < 3 && word(u).is_some_and(|w| w.as_str() != "the") {
                    u = l.next()?;
                    k += 1;
                }
                word(u).is_some_and(|w| w.as_str() == "the")
                    && l.next()
                        .and_then(word)
                        .is_some_and(|w| matches!(w.as_str(), "for" | "in" | "over" | "during"))
            };
            if past && self.measure_at(l.clone().next()) {
                t = l.next()?;
                head = word(t)?;
                left = l;
            }
        }
        // "profit after tax rose 34%" is the (net) profit's; "profit
        // before tax" is another measure, not named here.
        if matches!(head.as_str(), "tax" | "taxes") {
            let mut l = left.clone();
            let prep = l.next().and_then(word);
            let of_measure = self.measure_at(l.clone().next());
            match prep.as_ref().map(Lower::as_str) {
                Some("before") if of_measure => return None,
                Some("after") if of_measure => {
                    t = l.next()?;
                    head = word(t)?;
                    left = l;
                }
                _ => {}
            }
        }
        // "The price of cocoa rose to $10,000 a tonne": the price of a
        // thing is the thing's price, as "cocoa prices" are (a name is no
        // thing: "the price of Brightmart shares" is read below).
        if measure_of(head.as_str()).is_none() && !t.cap {
            let mut l = left.clone();
            if word_is(l.next(), "of")
                && l.next()
                    .and_then(word)
                    .is_some_and(|p| matches!(p.as_str(), "price" | "prices"))
                && !matches!(head.as_str(), "shares" | "stock" | "stocks")
            {
                return Some((price_of(head.as_str()), how));
            }
        }
        // "House prices in the UK increased by 0.5%": a place between the
        // measure and its verb.
        // A name of one or two words ("in the UK", "in New York"), or one
        // word after "the" ("in the capital").
        // "Shares in Blizzline rose 26%", "shares of Ostra fell 3%": the
        // name after the preposition owns the shares.
        let is = |u: &Tok, x: &str| word(u).is_some_and(|w| w.as_str() == x);
        let mut pp_owner = None;
        if measure_of(head.as_str()).is_none() {
            let mut l = left.clone();
            let mut u = l.next()?;
            let mut name = vec![head.as_str().to_string()];
            if t.cap && u.cap && word(u).is_some() {
                name.insert(0, word(u)?.as_str().to_string());
                u = l.next()?;
            } else if (u.cap || is(u, "euro") && matches!(head.as_str(), "area" | "zone"))
                && word(u).is_some()
                && l.clone().next().is_some_and(|v| is(v, "the"))
            {
                // "Deforestation in the Velden rainforest fell 30%": a
                // name before a common noun, after "the" ("Inflation in
                // the euro area rose").
                u = l.next()?;
            }
            // "in England and Wales": two names joined by "and" (no one
            // owner of a measure: "Sales in France and Germany").
            let mut joined = false;
            if t.cap && is(u, "and") {
                let mut l2 = l.clone();
                if let Some(v) = l2.next().filter(|v| v.cap && word(v).is_some()) {
                    name.insert(0, "and".to_string());
                    name.insert(0, word(v)?.as_str().to_string());
                    u = l2.next()?;
                    l = l2;
                    joined = true;
                }
            }
            // "Shares in chip designer Arvex jumped 25%": past a
            // description of the name (one or two lower-case words).
            if t.cap {
                let mut l2 = l.clone();
                let mut u2 = u;
                for _ in 0..2 {
                    let descriptive = !u2.cap
                        && word(u2).is_some_and(|w| {
                            !matches!(
                                w.as_str(),
                                "in" | "of" | "at" | "to" | "from" | "the" | "and"
                            )
                        });
                    if !descriptive {
                        break;
                    }
                    u2 = l2.next()?;
                }
                if u2.start != u.start && (is(u2, "in") || is(u2, "of") || is(u2, "at")) {
                    u = u2;
                    l = l2;
                }
            }
            let the = is(u, "the");
            if the {
                u = l.next()?;
            }
            // "Net migration to the UK fell", "Exports to China rose".
            let to_from = is(u, "to") || is(u, "from");
            // "Quarterly revenue at chipmaker Vantor rose 122%".
            let at = t.cap && is(u, "at");
            if (t.cap || the) && (is(u, "in") || is(u, "of") || to_from || at) {
                let (of, named) = (is(u, "of"), t.cap && !to_from && !joined);
                if let Some(m) = l.next().filter(|m| {
                    word(m).is_some_and(|w| {
                        measure_of(w.as_str())
                            .is_some_and(|(x, _)| !of || x == "share price" || is_count_metric(x))
                            // "Reservoir levels in England", "Water
                            // stocks in Corvane": read below.
                            || !of && matches!(w.as_str(), "levels" | "volumes" | "stocks")
                    })
                }) {
                    t = m;
                    head = word(t)?;
                    left = l;
                    pp_owner = named.then(|| name.join(" "));
                }
            }
        }
        // "Waiting lists for planned care stood at 7.36 million": past a
        // phrase of "for" or "on" (at most three lower-case words) to the
        // waiting list it qualifies. Of another measure such a phrase
        // names a part ("the unemployment rate for adult men", "spending
        // on defence"), read as no measure.
        if measure_of(head.as_str()).is_none() && !t.cap {
            let mut l = left.clone();
            let mut words = 1;
            while let Some(u) = l.next() {
                let Some(uw) = word(u) else { break };
                if matches!(uw.as_str(), "for" | "on") {
                    if let Some(m) = l.next().filter(|m| {
                        word(m).is_some_and(|w| matches!(w.as_str(), "list" | "lists" | "cap"))
                    }) {
                        t = m;
                        head = word(t)?;
                        left = l;
                    }
                    break;
                }
                words += 1;
                if u.cap || words > 3 || u.has(FUNCTION | SUBORDINATOR) {
                    break;
                }
            }
        }
        let mut of_goods = None;
        // "Carbon emissions from the power sector fell 12%", "Emissions
        // from electricity generation dropped": the emissions of a source
        // named after "from" (at most four lower-case words), keyed on it
        // ([`emission_source`]).
        if measure_of(head.as_str()).is_none() && !t.cap && t.punct.is_none() {
            let mut l = left.clone();
            let mut phrase = vec![head.as_str().to_string()];
            while phrase.len() <= 4 {
                let Some(u) = l.next() else { break };
                let Some(uw) = word(u) else { break };
                if uw.as_str() == "from" {
                    if let Some(m) = l.next().filter(|m| is(m, "emissions")) {
                        phrase.reverse();
                        of_goods = Some(emission_source(&phrase).to_string());
                        t = m;
                        head = word(t)?;
                        left = l;
                    }
                    break;
                }
                if u.cap {
                    break;
                }
                phrase.push(uw.as_str().to_string());
            }
        }
        // "Sales of new cars dropped by 2.4%", "Prices of homes were up
        // 3.2%": a measure of goods named after "of" (past one adjective)
        // is their measure, as "car sales" and "house prices" are.
        if measure_of(head.as_str()).is_none() && !t.cap && t.punct.is_none() {
            let mut l = left.clone();
            let mut u = l.next();
            // "Sales of new cars" are new car sales, "of used cars" others.
            let adjective = u
                .and_then(word)
                .filter(|w| matches!(w.as_str(), "new" | "used" | "existing"));
            if adjective.is_some() {
                u = l.next();
            }
            if word_is(u, "of") {
                if let Some(m) = l.next().filter(|m| {
                    word(m).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "sales" | "prices" | "exports" | "imports" | "risk"
                        )
                    })
                }) {
                    let goods = head.as_str();
                    let goods = match goods {
                        "goods" | "services" => goods,
                        _ => goods.strip_suffix('s').unwrap_or(goods),
                    };
                    let goods = if goods == "home" { "house" } else { goods };
                    of_goods = Some(match &adjective {
                        Some(a) => format!("{} {goods}", a.as_str()),
                        None => goods.to_string(),
                    });
                    t = m;
                    head = word(t)?;
                    left = l;
                }
            }
        }
        // "Turnout in Thursday's general election was 59.7%": a turnout
        // of the event named after "in" (its day and kind between).
        if t.event.is_some() && measure_of(head.as_str()).is_none() {
            let mut l = left.clone();
            for _ in 0..3 {
                let Some(u) = l.next().filter(|u| word(u).is_some()) else {
                    break;
                };
                if is(u, "in") {
                    if let Some(m) = l.next().filter(|m| is(m, "turnout")) {
                        t = m;
                        head = word(t)?;
                        left = l;
                    }
                    break;
                }
            }
        }
        // "gross domestic product rose 0.5%": GDP by its full name.
        if head.as_str() == "product" {
            let mut l = left.clone();
            let domestic = l
                .next()
                .and_then(word)
                .is_some_and(|w| w.as_str() == "domestic");
            if domestic
                && l.next()
                    .and_then(word)
                    .is_some_and(|w| w.as_str() == "gross")
            {
                return Some(("gdp".to_string(), how));
            }
        }
        // "the Hang Seng index slid 1.5%": a market index named before
        // the word "index".
        if head.as_str() == "index" {
            let names: Vec<Lower> = left.clone().take(3).map_while(word).collect();
            if let Some(index) = market_index(&names) {
                return Some((index.to_string(), how));
            }
            // "the consumer price index climbed 7.7%": the index of prices
            // is the prices.
            let mut l = left.clone();
            if let Some(p) = l
                .next()
                .filter(|p| word(p).is_some_and(|w| matches!(w.as_str(), "price" | "prices")))
            {
                head = word(p)?;
                left = l;
            }
        }
        // "UK retail sales volumes fell 0.3%": the volume of a measure is
        // the measure; so is the level of one ("Reservoir levels fell"),
        // and a reservoir's stocks ("Reservoir stocks fell to 31%", "Water
        // stocks dropped to 27 per cent").
        let stocks = matches!(head.as_str(), "stock" | "stocks")
            && left
                .clone()
                .next()
                .and_then(word)
                .is_some_and(|m| matches!(m.as_str(), "reservoir" | "water"));
        if stocks || matches!(head.as_str(), "volume" | "volumes" | "level" | "levels") {
            let mut l = left.clone();
            if let Some(m) = l
                .next()
                .filter(|m| word(m).is_some_and(|w| measure_of(w.as_str()).is_some()))
            {
                head = word(m)?;
                left = l;
            } else if stocks {
                // Stocks of water are a reservoir's.
                left.next();
                head = lower_word("reservoir");
            }
        }
        // "Nvidia's market value rose to $3.34 trillion".
        if left
            .clone()
            .next()
            .and_then(word)
            .is_some_and(|b| market_value(head.as_str(), b.as_str()))
        {
            left.next();
            head = lower_word("valuation");
        }
        // "Forest clearing dropped 31%", "tree cover loss fell": the
        // loss of forest is deforestation.
        if matches!(head.as_str(), "clearing" | "clearance" | "loss") {
            let mut l = left.clone();
            let mut forest = l.next().and_then(word);
            if forest.as_ref().is_some_and(|w| w.as_str() == "cover")
                && l.clone()
                    .next()
                    .and_then(word)
                    .is_some_and(|w| w.as_str() == "tree")
            {
                l.next();
                forest = Some(lower_word("forest"));
            }
            if forest
                .as_ref()
                .is_some_and(|w| matches!(w.as_str(), "forest" | "rainforest" | "woodland"))
            {
                head = lower_word("deforestation");
                left = l;
            }
        }
        let (mut metric, rate) = measure_of(head.as_str())?;
        if future {
            // What households or firms will spend is a forecast ("Consumer
            // spending will rise 2%"), what a government will is its plan.
            let private = metric == "spending"
                && left.clone().next().and_then(word).is_some_and(|m| {
                    matches!(
                        m.as_str(),
                        "consumer" | "household" | "personal" | "retail" | "business" | "capital"
                    )
                });
            if !DECIDED_METRICS.contains(&metric) || private {
                return None;
            }
            how = if how == "level" {
                LEVEL_TO_COME
            } else {
                CHANGE_TO_COME
            };
        }
        // "Wage growth slowed to 5.4%", "Revenue growth accelerated to
        // 12%": a measure's growth is its change ("economic growth" stays
        // growth).
        if metric == "growth" {
            let mut l = left.clone();
            let grown = l.next().and_then(word).and_then(|w| {
                let w = if w.as_str() == "wage" {
                    "wages"
                } else {
                    w.as_str()
                };
                measure_of(w).filter(|(m, _)| !matches!(*m, "growth" | "gdp"))
            });
            if let Some((m, _)) = grown {
                metric = m;
                how = "change";
                left = l;
            }
        }
        // "Annual growth in regular earnings slowed to 5.4%": so is the
        // growth in it.
        let growth_in = {
            let mut words = left.clone().take(4).map_while(word);
            let mut prev_in = false;
            words.any(|w| {
                let hit = prev_in && w.as_str() == "growth";
                prev_in = w.as_str() == "in";
                hit
            })
        };
        if growth_in {
            how = "change";
        }
        if let Some(w) = left.clone().next().and_then(word) {
            metric = bottom_line(metric, w.as_str());
        }
        // Whose it is: a possessive or a name right before ("Pfizer's
        // stock", "Ostra shares").
        let owner = pp_owner.filter(|_| metric == "share price");
        let owner = owner.or_else(|| {
            left.clone().next().and_then(|o| {
                let w = word(o)?;
                let w = w.as_str();
                let bare = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
                match bare {
                    // A name's ("Pfizer's stock"); "the company's stock"
                    // is the story's one company.
                    Some(b) if !b.is_empty() && o.cap => Some(b.to_string()),
                    None if o.cap
                        && !o.has(FUNCTION | CALENDAR)
                        && !matches!(w, "its" | "their" | "his" | "her" | "our" | "your") =>
                    {
                        Some(w.to_string())
                    }
                    _ => None,
                }
            })
        });
        let mut mods: Vec<String> = Vec::new();
        for t in left.take(2) {
            let Some(w) = word(t) else { break };
            let w = w.as_str();
            // "The previous cutoff for overtime pay … was $23,660": the
            // measure names what another noun is for.
            if w == "for" {
                return None;
            }
            // "10-year yields" and "two-year yields" are two measures.
            if metric == "yield" {
                if let Some(m) = maturity(w) {
                    mods.push(m);
                    continue;
                }
            }
            // A determiner, a possessive ("Velton's") or a figure ends the
            // measure's name; so does a capital inside the sentence (a
            // name: "Velton profit").
            if t.has(FUNCTION | SUBORDINATOR)
                || crate::extract::lexicon::NOUN_STOP_SET.has(w)
                || matches!(
                    w,
                    "its" | "their" | "his" | "her" | "while" | "as" | "whose"
                )
                || w.contains(['\'', '’'])
                || w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(w, "thousand" | "million" | "billion" | "trillion")
            {
                break;
            }
            // A cap is the one the story tells of: "the energy price cap"
            // and "the cap on energy bills" are one.
            if metric == "cap"
                || METRIC_DROPPED.contains(&w)
                || ["-quarter", "-half", "-year"]
                    .iter()
                    .any(|x| w.ends_with(x))
            {
                continue;
            }
            // A capital is a name ("Brightmart shares"), but for a known
            // modifier or a market opening the sentence ("Core inflation",
            // "Gold prices").
            if t.cap
                && !METRIC_MODIFIERS.contains(&w)
                && !MARKET_INDICES.iter().any(|(p, _)| *p == w)
            {
                break;
            }
            // A verb ends it: "the figures showed unemployment" (not a
            // modifier: "Used car sales").
            // So does a participle of saying: "citing inflation of 2.6%".
            if !METRIC_MODIFIERS.contains(&w)
                && (t.predicate.is_some()
                    || t.flags != 0
                    || w.ends_with("ed")
                    || METRIC_VERB_FORMS.contains(&w)
                    || w.ends_with("ing")
                        && crate::extract::speech::cue_class(w)
                            == Some(crate::extract::speech::CueClass::Participle))
            {
                break;
            }
            // "home prices", "housing prices" and "house prices" are one.
            let w = if matches!(w, "home" | "housing") {
                "house"
            } else {
                w
            };
            mods.push(w.to_string());
        }
        mods.reverse();
        // "Euro area inflation", "eurozone GDP": the place, read as a
        // place ([`metric_country`]), is no part of the measure.
        if let Some(i) = mods.iter().position(|m| m == "euro") {
            if mods
                .get(i + 1)
                .is_some_and(|z| matches!(z.as_str(), "area" | "zone"))
            {
                mods.drain(i..i + 2);
            }
        }
        mods.retain(|m| m != "eurozone");
        mods.extend(of_goods);
        // Futures are a named commodity's: "Cocoa futures rose 5%" (its
        // name opening the sentence), never a price of anything.
        if head.as_str() == "futures" {
            if mods.is_empty() {
                mods.extend(owner.clone());
            }
            if mods.is_empty() {
                return None;
            }
        }
        let name = metric_name(metric, rate, &mods, false);
        // A company's shares are its own: "Pfizer's stock closed down 2.7
        // percent; Allergan's stock fell 3.4 percent" are two prices.
        match owner {
            Some(owner) if metric == "share price" => Some((format!("{owner} {name}"), how)),
            _ => Some((name, how)),
        }
    }

    /// Past the words of an annual rate before a figure ("at an annual
    /// rate of", "at a seasonally adjusted annual rate of", or "at a"
    /// with "annualized pace" after the figure): the token before them.
    /// `t` is the token right before the figure, `left` the rest.
    fn skip_annual_rate<'t>(
        &'t self,
        t: &'t Tok,
        left: &mut (impl Iterator<Item = &'t Tok> + Clone),
    ) -> Option<&'t Tok> {
        let is =
            |t: &Tok, words: &[&str]| t.punct.is_none() && words.contains(&self.lower(t).as_str());
        const ANNUAL: &[&str] = &["annual", "annualized", "annualised", "yearly"];
        let mut look = left.clone();
        if is(t, &["of"]) {
            // "at an annual rate of", "at a seasonally adjusted annual rate of".
            let rate = look.next()?;
            if !is(rate, &["rate", "pace"]) {
                return Some(t);
            }
            let mut u = look.next()?;
            if !is(u, ANNUAL) {
                return Some(t);
            }
            u = look.next()?;
            if is(u, &["adjusted"]) {
                u = look.next()?;
                if is(u, &["seasonally"]) {
                    u = look.next()?;
                }
            }
            if !is(u, &["a", "an"]) || !look.next().is_some_and(|x| is(x, &["at"])) {
                return Some(t);
            }
        } else if is(t, &["a", "an"]) {
            // "at a 2.0% annualized pace".
            let after = self.right().map(|(_, t)| t).take(2).collect::<Vec<_>>();
            let pace = after.len() == 2 && is(after[0], ANNUAL) && is(after[1], &["rate", "pace"]);
            if !pace || !look.next().is_some_and(|x| is(x, &["at"])) {
                return Some(t);
            }
        } else {
            return Some(t);
        }
        *left = look;
        left.next()
    }

    /// The measure that is the object of a verb of change, its head noun
    /// already read ([`measure_of`]: "raised its main policy rate", "cut
    /// interest rates", "kept its key rate"): the measure and `"level"`
    /// (after "to" or "at", or with a verb of keeping) or `"change"`.
    fn metric_object<'a>(
        &self,
        (metric, rate): (&'static str, bool),
        left: impl Iterator<Item = &'a Tok>,
        level: bool,
    ) -> Option<(String, &'static str)>
    where
        Self: 'a,
    {
        let mut mods: Vec<String> = Vec::new();
        let mut left = left.take(5).peekable();
        while let Some(t) = left.next() {
            if t.punct.is_some() {
                return None;
            }
            let w = self.lower(t);
            let w = w.as_str();
            if let Some(keep) = METRIC_OBJECT_VERBS
                .iter()
                .find(|(v, _)| *v == w)
                .map(|(_, keep)| *keep)
            {
                // "a call to raise the minimum wage to $15", "raising the
                // minimum wage to $15": a wage proposed, not set.
                let proposed = w.ends_with("ing")
                    || left.peek().is_some_and(|u| self.lower(u).as_str() == "to");
                if metric == "wage" && proposed {
                    return None;
                }

                mods.reverse();
                let mut how = if level || keep { "level" } else { "change" };
                // "Universities will raise fees to £9,535", "will be allowed
                // to raise fees": a decided measure's level to come, as
                // "fees will rise to £9,535" is.
                let to_come = {
                    let mut before = left
                        .by_ref()
                        .map_while(|u| u.punct.is_none().then(|| self.lower(u)));
                    match before.next() {
                        Some(x) if x.as_str() == "will" => true,
                        Some(x) if x.as_str() == "to" => before.next().is_some_and(|y| {
                            matches!(
                                y.as_str(),
                                "allowed" | "set" | "due" | "is" | "are" | "expected"
                            )
                        }),
                        _ => false,
                    }
                };
                if to_come && !keep && DECIDED_METRICS.contains(&metric) {
                    how = if how == "level" {
                        LEVEL_TO_COME
                    } else {
                        CHANGE_TO_COME
                    };
                }
                return Some((metric_name(metric, rate, &mods, true), how));
            }
            if matches!(w, "its" | "their" | "the" | "a" | "his" | "her")
                || w.ends_with("'s")
                || w.ends_with("’s")
            {
                continue;
            }
            if t.has(FUNCTION | SUBORDINATOR | MODAL | NEGATION)
                || matches!(w, "and" | "or" | "but" | "nor" | "in" | "of" | "for")
                || t.cap && !METRIC_MODIFIERS.contains(&w) && !RATE_MODIFIERS.contains(&w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || mods.len() == 3
            {
                return None;
            }
            if !METRIC_DROPPED.contains(&w) {
                mods.push(w.to_string());
            }
        }
        None
    }

    /// The measure a percentage is a change of when a noun of change and
    /// "in" follow it: "a 20% drop in profit", "a 12% rise in revenue", "a
    /// 15% increase in its sales" (the measure's modifiers kept: "a 5% fall
    /// in operating profit").
    fn change_noun(&self) -> Option<(String, &'static str)> {
        let (_, a) = self.left().next()?;
        // "The 4.9% fare rise": the measure between the figure and the
        // noun of change (a measure decided, as fares are, and taking
        // effect later in its sentence, is a change to come).
        if self.is_word(a, "the") || self.is_word(a, "a") || self.is_word(a, "an") {
            let mut right = self.right().map(|(_, t)| t);
            let (m, n) = (right.next()?, right.next()?);
            if m.punct.is_none() && CHANGE_NOUNS.contains(&self.lower(n).as_str()) {
                let word = self.lower(m);
                let plural = format!("{}s", word.as_str());
                let found = measure_of(word.as_str()).or_else(|| measure_of(&plural));
                if let Some((metric, rate)) = found.filter(|(m, _)| DECIDED_METRICS.contains(m)) {
                    // "will", "takes effect", "comes into force" in the
                    // rest of its clause.
                    let rest: Vec<&Tok> = self
                        .right()
                        .take(16)
                        .map(|(_, t)| t)
                        .take_while(|t| !matches!(t.punct, Some(b';' | b'.')))
                        .collect();
                    let later = rest.iter().enumerate().any(|(k, t)| {
                        self.is_word(t, "will")
                            || (self.is_word(t, "effect") || self.is_word(t, "force"))
                                && k.checked_sub(1).and_then(|j| rest.get(j)).is_some_and(|p| {
                                    ["takes", "take", "into"].iter().any(|x| self.is_word(p, x))
                                })
                    });
                    let how = if later { CHANGE_TO_COME } else { "change" };
                    return Some((metric_name(metric, rate, &[], false), how));
                }
            }
        }
        if !(self.is_word(a, "a") || self.is_word(a, "an")) {
            return None;
        }
        let mut right = self.right().map(|(_, t)| t);
        let noun = right.next()?;
        if !CHANGE_NOUNS.contains(&self.lower(noun).as_str()) || !self.is_word(right.next()?, "in")
        {
            return None;
        }
        let mut mods: Vec<String> = Vec::new();
        let mut owner = None;
        let mut right = right.take(5);
        while let Some(t) = right.next() {
            if t.punct.is_some() {
                return None;
            }
            let w = self.lower(t);
            let w = w.as_str();
            if matches!(w, "the" | "its" | "their") || METRIC_DROPPED.contains(&w) {
                continue;
            }
            // "a 51 percent plunge in Valeant's stock price": its owner's.
            if let Some(o) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
                owner = t.cap.then(|| o.to_string());
                continue;
            }
            if let Some((metric, rate)) = measure_of(w) {
                // "earnings per share" is another measure.
                if right.next().is_some_and(|n| self.is_word(n, "per")) {
                    return None;
                }
                let name = metric_name(metric, rate, &mods, false);
                return Some(match owner {
                    Some(o) if name == "share price" => (format!("{o} {name}"), "change"),
                    _ => (name, "change"),
                });
            }
            if t.cap && !METRIC_MODIFIERS.contains(&w) {
                return None;
            }
            mods.push(w.to_string());
        }
        None
    }

    /// The measure a sum is the level of when it follows a noun of change
    /// "in" the measure and "to": "a 12% rise in revenue to $4.1 billion".
    fn level_after_change_noun(&self) -> Option<(String, &'static str)> {
        let mut left = self.left().map(|(_, t)| t);
        if !self.is_word(left.next()?, "to") {
            return None;
        }
        let mut mods: Vec<String> = Vec::new();
        let mut metric = None;
        for t in left.by_ref().take(4) {
            let w = self.lower(t);
            let w = w.as_str();
            if w == "in" {
                break;
            }
            if t.punct.is_some() || t.cap && !METRIC_MODIFIERS.contains(&w) {
                return None;
            }
            match measure_of(w) {
                Some(m) if metric.is_none() => metric = Some(m),
                _ if matches!(w, "the" | "its" | "their") || METRIC_DROPPED.contains(&w) => {}
                _ => mods.push(w.to_string()),
            }
        }
        let (metric, rate) = metric?;
        let noun = left.next()?;
        if !CHANGE_NOUNS.contains(&self.lower(noun).as_str()) {
            return None;
        }
        mods.reverse();
        Some((metric_name(metric, rate, &mods, false), "level"))
    }

    /// Whether the change the claim is of is a fall: the first word of
    /// change before it, past the figure's own words, the object of a verb
    /// ("cut the risk of dementia by 20%") and "by", is one of
    /// [`FALL_WORDS`] ("fell", "dropped", "cut", "down"); or a word of a
    /// fall right after it ("closed 1.2% lower", "a 20% drop").
    fn change_fell(&self) -> bool {
        if self
            .right()
            .next()
            .is_some_and(|(_, t)| FALL_WORDS.contains(&self.lower(t).as_str()))
        {
            return true;
        }
        // Ten words: "will cut the list price of its most popular insulin
        // by 70%".
        for (_, t) in self.left().take(10) {
            if t.punct.is_some_and(|p| p != b',' && p != b'%') {
                return false;
            }
            let w = self.lower(t);
            let w = w.as_str();
            if FALL_WORDS.contains(&w) {
                return true;
            }
            if RISE_WORDS.contains(&w) {
                return false;
            }
        }
        false
    }

    /// The tokens before the claim, nearest first, with their indices.
    fn left(&self) -> impl Iterator<Item = (usize, &Tok)> + Clone {
        (0..self.nl).rev().filter_map(|k| Some((k, self.tok(k)?)))
    }

    /// Whether a verb of offering shares stands among the eight words
    /// before the claim: "priced", "sold", "selling", "offered".
    fn offered(&self) -> bool {
        self.left().take(8).any(|(_, t)| {
            matches!(
                self.lower(t).as_str(),
                "priced"
                    | "pricing"
                    | "prices"
                    | "sold"
                    | "selling"
                    | "sell"
                    | "offered"
                    | "offering"
            )
        })
    }

    /// Whether the sentence holds a capitalised word past its first that
    /// is no month or weekday: a name.
    fn names_anyone(&self) -> bool {
        let first = (0..self.nl).find(|&k| self.tok(k).is_some_and(|t| t.punct.is_none()));
        self.left()
            .filter(|(k, _)| Some(*k) != first)
            .chain(self.right())
            .any(|(_, t)| t.cap && !t.has(CALENDAR))
    }

    /// The tokens after the claim, nearest first, with their indices.
    fn right(&self) -> impl Iterator<Item = (usize, &Tok)> {
        (self.nr..self.len).filter_map(|k| Some((k, self.tok(k)?)))
    }

    /// The first `k` tokens after the claim, walking back from the `k`-th.
    fn right_before(&self, k: usize) -> impl Iterator<Item = &Tok> {
        (self.nr..self.nr + k).rev().filter_map(|j| self.tok(j))
    }

    fn negated_before(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|j| {
            self.by_index(j).is_some_and(|t| {
                // "failed to win" denies, "a failed exchange" does not: a
                // verb of refusal only before "to".
                t.has(NEGATION)
                    && (!matches!(self.lower(t).as_str(), "failed" | "refused" | "declined")
                        || self
                            .by_index(j + 1)
                            .is_some_and(|n| self.lower(n).as_str() == "to"))
            })
        })
    }

    fn modal_before(&self, i: usize) -> bool {
        // "33 hostages are to be freed": a plan.
        let word_at = |k: usize, x: &[&str]| {
            i.checked_sub(k)
                .and_then(|j| self.by_index(j))
                .is_some_and(|t| x.iter().any(|x| self.is_word(t, x)))
        };
        (i.saturating_sub(3)..i)
            .filter_map(|j| self.by_index(j))
            .any(|t| t.has(MODAL))
            || word_at(1, &["be"])
                && word_at(2, &["to"])
                && word_at(3, &["is", "are", "was", "were"])
    }

    /// Whether the event noun at token `i` is another occurrence of its
    /// kind ("previous meetings", "the next summit").
    fn other_event(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i)
            .filter_map(|j| self.by_index(j))
            .any(|t| t.has(OTHER))
    }

    /// Whether the word at token `i` is a participle used as an adjective:
    /// between a determiner or a figure and its noun ("were taken off the
    /// stranded ferry", "25 derailed wagons"; "among the injured" is no
    /// adjective).
    fn attributive(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|b| self.by_index(b))
            .is_some_and(|b| {
                matches!(self.lower(b).as_str(), "the" | "a" | "an") || is_figure_word(self, b)
            })
            && self.by_index(i + 1).is_some_and(|n| {
                n.punct.is_none()
                    && n.predicate.is_none()
                    && !crate::extract::lexicon::NOUN_STOP_SET.has(self.lower(n).as_str())
            })
            && self.by_index(i).is_some_and(|t| {
                let l = self.lower(t);
                l.as_str().ends_with("ed") || l.as_str().ends_with("en")
            })
    }

    /// Whether the event noun at token `i` names a notice of the event
    /// ("60 flood warnings were in place on Monday", "a tornado watch
    /// issued on Friday"): a date beside it is the notice's.
    fn notice_of(&self, i: usize) -> bool {
        self.by_index(i + 1).is_some_and(|n| {
            n.punct.is_none()
                && matches!(
                    self.lower(n).as_str(),
                    "warning" | "warnings" | "alert" | "alerts" | "watch" | "watches"
                )
        })
    }

    /// Whether the noun at token `i` is introduced with "a", "an" or
    /// "another", over at most two words between ("a rally", "a February
    /// rally", "a news conference"; not "the rally", "Trump's rally").
    fn indefinite(&self, i: usize) -> bool {
        for j in (i.saturating_sub(3)..i).rev() {
            // The claim's own words ("a February rally") are walked over.
            let Some(t) = self.by_index(j) else {
                continue;
            };
            if t.punct.is_some() {
                return false;
            }
            if matches!(self.lower(t).as_str(), "a" | "an" | "another") {
                return true;
            }
            if t.has(FUNCTION) {
                return false;
            }
        }
        false
    }

    /// The place named beside the event noun at token `i`: "the *Paris*
    /// summit", "a meeting in *Paris*".
    fn event_place(&self, i: usize) -> Option<String> {
        let cap = |j: usize| -> Option<&Tok> {
            let t = self.by_index(j)?;
            // "Sixty flood victims": a figure opening the sentence is no
            // name.
            let plain =
                !t.has(FUNCTION | NOT_PLACE | CALENDAR) && !is_number_word(self.lower(t).as_str());
            (t.cap && plain && t.punct.is_none()).then_some(t)
        };
        // A capitalised event noun inside the sentence is part of a name
        // ("Cal Fire said", "the Camp Fire"), with no place in it.
        if self
            .by_index(i)
            .is_some_and(|t| t.cap && t.start != self.sentence_start)
        {
            return None;
        }
        // A run of capitalised words: before the noun, or after "in"/"at".
        let mut words: Vec<Lower> = Vec::new();
        let mut j = i;
        let mut first = None;
        while j > 0 && words.len() < 4 {
            j -= 1;
            match cap(j) {
                Some(t) => {
                    words.insert(0, self.lower(t));
                    first = Some(t);
                }
                None => break,
            }
        }
        // "Bridge collapse kills 12": a word capitalised only because it
        // opens the sentence (a headline) is a common noun when the text
        // also writes it in lower case ("the bridge").
        if let (Some(t), [w]) = (first, words.as_slice()) {
            if t.start == self.sentence_start && written_lower(self.text, t.start, w.as_str()) {
                words.clear();
            }
        }
        // "Israeli strikes killed 400 people across Gaza", "a Russian
        // missile attack": an attack's demonym names who struck, not where
        // ("a Turkish earthquake" is still Turkey's).
        if let [w] = words.as_slice() {
            // An adjective of a country, not the country or a capital
            // ("Paris attacks" are in Paris).
            let demonym = crate::extract::lexicon::country(w.as_str()).is_some_and(|c| {
                c != w.as_str()
                    && ["ian", "ese", "ean", "i", "ish", "an", "ch", "ic"]
                        .iter()
                        .any(|e| w.as_str().ends_with(e))
            });
            let attack = self
                .by_index(i)
                .and_then(|t| t.event)
                .and_then(group::event_class)
                == Some("attack");
            if demonym && attack {
                words.clear();
            }
        }
        if words.is_empty() && self.by_index(i + 1).is_some_and(|t| t.has(IN_AT)) {
            let mut j = i + 2;
            while let Some(t) = cap(j) {
                words.push(self.lower(t));
                j += 1;
                if words.len() >= 4 {
                    break;
                }
            }
        }
        join(&words)
    }

    /// The name after "at" right after the claim, as written, when it is
    /// `place` (the name [`Window::place_after_claim`] read): "workers at
    /// Brightmart Motors".
    fn employer_after_claim(&self, place: Option<&str>) -> Option<String> {
        let place = place?;
        let (_, prep) = self
            .right()
            .take(6)
            .find(|(_, t)| t.punct.is_some() || t.has(IN_AT))?;
        if !self.is_word(prep, "at") {
            return None;
        }
        let (_, first) = self.right().find(|(_, t)| t.start > prep.start)?;
        let name = self.text.get(first.start..first.start + place.len())?;
        name.eq_ignore_ascii_case(place).then(|| name.to_string())
    }

    /// "in/at <Place>" within a few words after the claim and its
    /// predicate ("22 people were killed in Nairobi").
    fn place_after_claim(&self) -> Option<String> {
        let k = self
            .right()
            .take(6)
            .position(|(_, t)| t.punct.is_some() || t.has(IN_AT))?;
        let (_, prep) = self.right().nth(k)?;
        if prep.punct.is_some() {
            return None;
        }
        // The place's first word: "in Nairobi", "in the Tanzanian capital" is
        // not a name.
        let (at, first) = self.right().nth(k + 1)?;
        if !first.cap || first.has(FUNCTION | CALENDAR) {
            return None;
        }
        // An event noun right after names the event, not a place.
        if first.event.is_some() {
            return None;
        }
        self.event_place_from(at)
    }

    /// The country after "on" right after a tariff figure, and the product
    /// when one is named: "34% levy on Chinese goods" (china), "20% on the
    /// European Union", "tariff on all US goods", "duties on imports from
    /// Japan", "a 266% tariff on Chinese steel" (china: steel).
    fn tariff_target_after(&self) -> Option<String> {
        let toks = words_until_punct(self.right());
        let at = toks
            .iter()
            .take(4)
            .position(|t| self.lower(t).as_str() == "on")?;
        let mut rest = toks.get(at + 1..)?;
        // Skip "all", "the", "imports from", "goods from".
        while let Some((first, more)) = rest.split_first() {
            let l = self.lower(first);
            if matches!(l.as_str(), "all" | "the" | "from")
                || matches!(l.as_str(), "imports" | "goods" | "products" | "exports")
                    && more
                        .first()
                        .is_some_and(|n| self.lower(n).as_str() == "from")
            {
                rest = more;
            } else {
                break;
            }
        }
        let Some((country, n)) = self.country_len(rest) else {
            // "25% on all steel imports", "a 15% levy on aluminium": a
            // product taxed wherever it comes from.
            // The product is the head: the last word before goods in
            // general, a function word or the clause's end ("on steel
            // would", "on all steel imports"; not "on cheap Chinese truck
            // tires", "on imported goods").
            let head = rest.get(1).is_none_or(|n| {
                let l = self.lower(n);
                matches!(
                    l.as_str(),
                    "imports"
                        | "goods"
                        | "products"
                        | "exports"
                        | "would"
                        | "will"
                        | "could"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "takes"
                        | "took"
                ) || lexicon()
                    .get(l.bytes())
                    .is_some_and(|i| i.flags & FUNCTION != 0)
            });
            return rest
                .first()
                .filter(|p| {
                    let l = self.lower(p);
                    head && !p.cap && !l.as_str().ends_with("ed") && !l.as_str().ends_with("ing")
                })
                .and_then(|p| self.tariff_product(p));
        };
        let product: Vec<Lower> = rest
            .get(n..)
            .unwrap_or(&[])
            .iter()
            .take(2)
            .map(|t| self.lower(t))
            .take_while(|l| {
                l.as_str().bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(
                        l.as_str(),
                        "and"
                            | "or"
                            | "but"
                            | "from"
                            | "to"
                            | "into"
                            | "in"
                            | "at"
                            | "by"
                            | "for"
                            | "with"
                            | "as"
                            | "of"
                            | "being"
                            | "made"
                            | "that"
                            | "which"
                            | "who"
                    )
                    && lexicon()
                        .get(l.bytes())
                        .is_none_or(|i| i.flags & FUNCTION == 0)
            })
            .collect();
        let generic = product.first().is_none_or(|p| {
            matches!(
                p.as_str(),
                "goods" | "imports" | "products" | "exports" | "items"
            )
        });
        Some(match join(&product) {
            Some(p) if !generic => format!("{country}: {p}"),
            _ => country.to_string(),
        })
    }

    /// A product a tariff is on when no country is: one word that is
    /// neither a function word nor a word for goods in general ("steel",
    /// "aluminium"; "aluminum" is spelled as "aluminium").
    fn tariff_product(&self, t: &Tok) -> Option<String> {
        let l = self.lower(t);
        let p = l.as_str();
        let plain = p.len() > 2
            && p.bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(
                p,
                "goods" | "imports" | "products" | "exports" | "items" | "them" | "it" | "top"
            )
            && lexicon()
                .get(l.bytes())
                .is_none_or(|i| i.flags & (FUNCTION | CALENDAR) == 0);
        plain.then(|| if p == "aluminum" { "aluminium" } else { p }.to_string())
    }

    /// The country before a tariff figure: its subject ("Japan will face a
    /// 24% tariff", "China faces an additional 34 percent tariff"), goods
    /// "from" it, or its demonym ("Japanese imports at 24 percent"); with
    /// no country, a product that faces it ("Aluminium will face a 15%
    /// duty").
    fn tariff_target_before(&self) -> Option<String> {
        let toks = words_until_punct(self.left());
        // Nearest first: try each start, walking back.
        let Some((k, country)) = (0..toks.len()).find_map(|k| {
            // Tokens k, k-1, k-2: text order, starting at token k.
            let run: Vec<&Tok> = toks.get(..=k)?.iter().rev().take(3).copied().collect();
            self.country_at(&run).map(|c| (k, c))
        }) else {
            let face = toks
                .iter()
                .position(|t| matches!(self.lower(t).as_str(), "face" | "faces" | "facing"))?;
            let between = toks.get(..face)?.iter().all(|t| {
                matches!(
                    self.lower(t).as_str(),
                    "a" | "an" | "the" | "new" | "additional" | "extra" | "further"
                )
            });
            let mut subject = toks.get(face + 1..)?.iter();
            let mut p = subject.next()?;
            if matches!(
                self.lower(p).as_str(),
                "will" | "would" | "could" | "now" | "also"
            ) {
                p = subject.next()?;
            }
            // The subject opens its clause: "steel will face", not "cars
            // made of steel will face".
            return (between && subject.next().is_none())
                .then(|| self.tariff_product(p))
                .flatten();
        };
        // "steel from China a 50% duty": the product before "from".
        let from = toks.get(k + 1).map(|t| self.lower(t));
        let product = toks.get(k + 2).map(|t| self.lower(t));
        Some(match (from, product) {
            (Some(f), Some(p))
                if f.as_str() == "from"
                    && p.as_str().bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(p.as_str(), "goods" | "imports" | "products" | "exports") =>
            {
                format!("{country}: {p}")
            }
            _ => country.to_string(),
        })
    }

    /// The country the longest phrase (up to three words) at the start of
    /// `toks` names.
    fn country_at(&self, toks: &[&Tok]) -> Option<&'static str> {
        self.country_len(toks).map(|(c, _)| c)
    }

    /// [`Window::country_at`] and how many words name it.
    fn country_len(&self, toks: &[&Tok]) -> Option<(&'static str, usize)> {
        // Names are capitalised: "on us" is the pronoun.
        if !toks.first().is_some_and(|t| t.cap) {
            return None;
        }
        let mut phrase = String::new();
        let mut found = None;
        for (n, t) in toks.iter().take(3).enumerate() {
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            phrase.push_str(self.lower(t).as_str());
            if let Some(c) = crate::extract::lexicon::country(&phrase) {
                found = Some((c, n + 1));
            }
        }
        found
    }

    /// The place of a temperature named before its verb: "the temperature
    /// in Sarel climbed to 46.8C", "temperatures at Ridgeway airport hit
    /// 41C".
    fn temperature_place_before(&self) -> Option<String> {
        let left: Vec<(usize, &Tok)> = self
            .left()
            .take(8)
            .take_while(|(_, t)| t.punct.is_none())
            .collect();
        let (i, _) = left.iter().find(|(_, t)| {
            matches!(
                self.lower(t).as_str(),
                "temperature" | "temperatures" | "mercury" | "thermometer" | "thermometers"
            )
        })?;
        let prep = self.by_index(i + 1)?;
        let first = self.by_index(i + 2)?;
        if !prep.has(IN_AT) || !first.cap || first.has(FUNCTION | CALENDAR) {
            return None;
        }
        self.event_place_from(i + 2)
    }

    /// A place named after a preposition by what it is, past up to two
    /// words that describe it: "in the town of Castelo", "in the city of
    /// Seville", "in the southern town of El Granado", "in the small
    /// Spanish village of Olva".
    fn named_place_after(&self) -> Option<String> {
        let toks: Vec<(usize, &Tok)> = self
            .right()
            .take(8)
            .skip_while(|(_, t)| !t.has(IN_AT))
            .skip(1)
            .take(6)
            .collect();
        let (_, the) = toks.first()?;
        if self.lower(the).as_str() != "the" {
            return None;
        }
        let what = toks.iter().skip(1).take(3).position(|(_, t)| {
            matches!(
                self.lower(t).as_str(),
                "town" | "city" | "village" | "capital" | "region" | "province" | "island"
            )
        })? + 1;
        let described = toks
            .get(1..what)?
            .iter()
            .all(|(_, t)| t.punct.is_none() && !t.has(FUNCTION | CALENDAR));
        let (_, of) = toks.get(what + 1)?;
        let &(at, _) = toks.get(what + 2)?;
        if described && self.lower(of).as_str() == "of" {
            self.event_place_from(at)
        } else {
            None
        }
    }

    /// The capitalised subject of the verb right before a figure: "Port
    /// Elen recorded 46C", "Paris hit 38C", "Castelo in Portugal
    /// registered 46.6C" (the place before "in"). Not a common word that
    /// opens the sentence ("Temperatures reached").
    fn place_before_verb(&self) -> Option<String> {
        let mut left = self.left();
        // "Lisbury recorded a high of 40.3C", "hit a record high of":
        // past the reading's noun to the verb.
        let mut ahead = left.clone();
        if ahead.next().is_some_and(|(_, t)| self.is_word(t, "of"))
            && ahead.next().is_some_and(|(_, t)| {
                matches!(
                    self.lower(t).as_str(),
                    "high" | "low" | "maximum" | "minimum" | "peak"
                )
            })
        {
            let mut skipped = ahead.clone();
            if skipped
                .next()
                .is_some_and(|(_, t)| self.is_word(t, "record"))
            {
                ahead = skipped;
            }
            let mut skipped = ahead.clone();
            if skipped
                .next()
                .is_some_and(|(_, t)| matches!(self.lower(t).as_str(), "a" | "the" | "new"))
            {
                ahead = skipped;
            }
            left = ahead;
        }
        let (_, verb) = left.next()?;
        // Not a speaker: "The National Weather Service said up to 18
        // inches".
        if verb.cap || verb.punct.is_some() || verb.has(FUNCTION | STATEMENT) {
            return None;
        }
        let run: Vec<(usize, &Tok)> = left
            .take_while(|(_, t)| t.cap && t.punct.is_none() && !t.has(FUNCTION | CALENDAR))
            .take(4)
            .collect();
        let &(first, first_tok) = run.last()?;
        let opens = first_tok.start <= self.sentence_start + 1;
        if opens && run.len() == 1 {
            let word = self.lower(first_tok);
            if matches!(
                word.as_str(),
                "temperatures"
                    | "temperature"
                    | "thermometers"
                    | "thermometer"
                    | "mercury"
                    | "highs"
                    | "lows"
                    | "readings"
            ) || first_tok.has(OTHER | NOT_PLACE | STATEMENT)
            {
                return None;
            }
        }
        // "Castelo in Portugal registered": the town, not its country.
        let before = first.checked_sub(1).and_then(|j| self.by_index(j));
        if before.is_some_and(|t| t.has(IN_AT) && self.lower(t).as_str() == "in") {
            let outer: Vec<usize> = (first.saturating_sub(5)..first - 1)
                .rev()
                .map_while(|j| {
                    self.by_index(j)
                        .filter(|t| t.cap && t.punct.is_none())
                        .map(|_| j)
                })
                .collect();
            if let Some(&start) = outer.last() {
                return self.event_place_from(start);
            }
        }
        self.event_place_from(first)
    }

    /// The run of capitalised words starting at token `i`.
    fn event_place_from(&self, i: usize) -> Option<String> {
        let mut words: Vec<Lower> = Vec::new();
        let mut j = i;
        while let Some(t) = self.by_index(j) {
            if !t.cap || t.punct.is_some() || t.has(CALENDAR) || words.len() >= 4 {
                break;
            }
            words.push(self.lower(t));
            j += 1;
        }
        join(&words)
    }

    /// The agent of the speech verb at token `i`: walks back over the
    /// tokens before it (skipping the claim).
    fn agent_before(&self, i: usize) -> Option<String> {
        agent_from(self.text, (0..i).rev().filter_map(|j| self.by_index(j)))
    }

    /// The rate a figure is given at, written right after it: "£200,000 a
    /// week", "$15 an hour", "500 people per day" → "per week". A rate is
    /// never compared with a sum.
    fn rate(&self) -> Option<String> {
        // Compared as written, ignoring ASCII case: no lower-casing for the
        // claims (most of them) that no rate follows.
        let find = |t: &Tok, table: &[(&str, &'static str)]| {
            let w = self.text.get(t.start..t.end).unwrap_or("");
            table
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(w))
                .map(|(_, v)| *v)
        };
        // "2m bpd", "9.5 million b/d": barrels a day, the unit's own rate.
        let own_end = (self.nr > self.nl)
            .then(|| self.tok(self.nr - 1))
            .flatten()
            .map(|t| t.end);
        let daily = own_end
            .and_then(|e| self.text.get(e.saturating_sub(3)..e))
            .is_some_and(|u| u.eq_ignore_ascii_case("bpd") || u.eq_ignore_ascii_case("b/d"));
        if daily {
            return Some("per day".to_string());
        }
        let mut right = self.right().map(|(_, t)| t);
        let per = find(right.next()?, RATE_OPENERS)?;
        // "$56 billion annually".
        let unit = if per.is_empty() {
            find(right.next()?, RATE_UNITS)?
        } else {
            per
        };
        // "up from 210 million a year earlier": a time back, no rate ("a
        // month before insurance" is one).
        if let Some(t) = right.next() {
            let w = self.text.get(t.start..t.end).unwrap_or("");
            let back = ["earlier", "ago", "later", "previously", "prior"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
                || w.eq_ignore_ascii_case("before")
                    && right.next().is_none_or(|n| n.punct.is_some());
            if back {
                return None;
            }
        }
        Some(format!("per {unit}"))
    }

    fn scope(&self) -> Option<String> {
        // "exchanged 150 prisoners each": so many on each side ("each
        // other", "each of" are not it).
        let mut after = self.right().map(|(_, t)| t);
        if after
            .next()
            .is_some_and(|t| self.lower(t).bytes() == b"each")
            && !after.next().is_some_and(|t| {
                t.punct.is_none() && matches!(self.lower(t).bytes(), b"other" | b"of")
            })
        {
            return Some("each".into());
        }
        // The nearest words on each side, in text order.
        // Not past another figure: "killed 270 people, including 29 on the
        // ground" (the ground is the 29's); but past the total of a
        // partitive ("241 of the 242 people on board") and a figure joined
        // by "and" ("56 passengers and 10 crew members on board").
        let figure = |t: &Tok| {
            self.text
                .as_bytes()
                .get(t.start)
                .is_some_and(u8::is_ascii_digit)
                && !self
                    .text
                    .get(..t.start)
                    .is_some_and(|b| b.ends_with("of the ") || b.ends_with(" and "))
        };
        let mut near: [Option<&Tok>; 2 * EVENT_WINDOW] = [None; 2 * EVENT_WINDOW];
        let n_left = self
            .left()
            .take(EVENT_WINDOW)
            .take_while(|(_, t)| !figure(t))
            .count();
        for (k, (_, t)) in self.left().take(n_left).enumerate() {
            if let Some(slot) = near.get_mut(n_left - 1 - k) {
                *slot = Some(t);
            }
        }
        for (k, (_, t)) in self
            .right()
            .take(EVENT_WINDOW)
            .take_while(|(_, t)| !figure(t))
            .enumerate()
        {
            if let Some(slot) = near.get_mut(n_left + k) {
                *slot = Some(t);
            }
        }
        let word = |k: usize| near.get(k).copied().flatten().map(|t| self.lower(t));
        for (k, t) in near.iter().enumerate() {
            let Some(t) = t else { break };
            if !t.has(SCOPE) {
                continue;
            }
            let lower = self.lower(t);
            let (next, next2) = (word(k + 1), word(k + 2));
            let next = next.as_ref().map_or(&b""[..], Lower::bytes);
            let next2 = next2.as_ref().map_or(&b""[..], Lower::bytes);
            match lower.bytes() {
                b"aboard" => return Some("on board".into()),
                // "Two guards were killed at each post": so many per post.
                b"each" | b"every"
                    if k > 0
                        && near[k - 1].is_some_and(|p| p.has(IN_AT))
                        && near
                            .get(k + 1)
                            .copied()
                            .flatten()
                            .is_some_and(|n| n.punct.is_none() && !n.has(FUNCTION))
                        && !matches!(next, b"of" | b"other" | b"one") =>
                {
                    let next = String::from_utf8_lossy(next);
                    return Some(format!("{} {next}", lower.as_str()));
                }
                // "The death toll, including people on the ground, rose to
                // 270": a part the total includes, not its scope (but
                // "including 29 on the ground" is the 29's).
                b"on"
                    if (k.saturating_sub(3)..k).any(|j| {
                        j + 1 != n_left && word(j).is_some_and(|w| w.bytes() == b"including")
                    }) => {}
                b"on" if next == b"board" => return Some("on board".into()),
                // "killed all 62 people on the aircraft" (after the
                // figure: in "259 people on the plane and 11 on the
                // ground" the plane is the 259's).
                b"on"
                    if k >= n_left
                        && next == b"the"
                        && matches!(
                            next2,
                            b"aircraft" | b"plane" | b"jet" | b"flight" | b"airliner" | b"ferry"
                        ) =>
                {
                    return Some("on board".into());
                }
                b"on" if next == b"the" && next2 == b"ground" => {
                    return Some("on the ground".into());
                }
                // Not a capital inside the sentence: "according to
                // Nationwide" names a lender.
                b"statewide" | b"nationwide" | b"countrywide" | b"worldwide" | b"citywide"
                    if !t.cap || t.start == self.sentence_start =>
                {
                    return Some(lower.to_string());
                }
                // "reported 499 cases in the state": the state's figure,
                // right after the claim, as "statewide" is.
                b"state"
                    if k >= n_left + 2
                        && k <= n_left + 4
                        && word(k - 1).is_some_and(|w| w.bytes() == b"the")
                        && word(k - 2).is_some_and(|w| {
                            matches!(w.bytes(), b"in" | b"across" | b"throughout")
                        }) =>
                {
                    return Some("statewide".into());
                }
                area if k > 0 && ADMIN_AREAS.iter().any(|a| a.as_bytes() == area) => {
                    let prev = near.get(k - 1).copied().flatten()?;
                    // "the Orleans Parish jail", "the Cook County sheriff":
                    // a name before a noun is the noun's, no area (but "the
                    // Kerr County floods" are the county's).
                    let names_noun = k >= 2
                        && word(k - 2).is_some_and(|w| w.bytes() == b"the")
                        && near.get(k + 1).copied().flatten().is_some_and(|n| {
                            n.punct.is_none()
                                && !n.cap
                                && n.event.is_none()
                                && !n.has(FUNCTION | IN_AT)
                        });
                    // Not "The county coroner" opening a sentence.
                    if prev.cap && !prev.has(FUNCTION) && !names_noun {
                        return Some(format!("{} {}", self.lower(prev), lower));
                    }
                }
                _ => {}
            }
        }
        None
    }
}

/// Whether a value is a measure of dimension `d`.
fn measure_in(value: &Value, d: crate::claim::Dimension) -> bool {
    matches!(value, Value::Measure { unit, .. } if unit.dimension() == d)
}

/// Whether an area follows a verb of growth and "to": "has grown to
/// 30,000 acres", "spread to 12 square miles". Read as burned: only fires
/// grow over land.
fn area_grown_to(text: &str, at: usize, value: &Value) -> bool {
    if !measure_in(value, crate::claim::Dimension::Area) {
        return false;
    }
    let before = text.get(..at).unwrap_or("").trim_end();
    let Some(before) = before.strip_suffix(" to") else {
        return false;
    };
    let verb = before.rsplit(' ').next().unwrap_or("");
    matches!(
        verb,
        "grown" | "grew" | "grows" | "spread" | "spreads" | "expanded" | "expands" | "ballooned"
    )
}

/// Whether an area right after a verb of fire ("has consumed about 4,800
/// hectares", "engulfed 900 acres", "ravaged") in a story of a fire is the
/// area it burned, as "burned" and "scorched" are.
fn area_consumed(text: &str, at: usize, value: &Value, event: Option<&str>) -> bool {
    if !measure_in(value, crate::claim::Dimension::Area)
        || !event.is_some_and(|e| {
            matches!(
                e,
                "fire"
                    | "wildfire"
                    | "blaze"
                    | "bushfire"
                    | "inferno"
                    | "forest fire"
                    | "wildfires"
            )
        })
    {
        return false;
    }
    let before = text.get(..at).unwrap_or("").trim_end();
    let verb = before.rsplit(' ').next().unwrap_or("");
    matches!(
        verb,
        "consumed"
            | "consumes"
            | "engulfed"
            | "engulfs"
            | "ravaged"
            | "ravages"
            | "devoured"
            | "torched"
    )
}

/// Sources of power as written, in lower case, and their name.
const POWER_SOURCES: &[(&str, &str)] = &[
    ("wind", "wind"),
    ("solar", "solar"),
    ("nuclear", "nuclear"),
    ("coal", "coal"),
    ("gas", "gas"),
    ("hydro", "hydro"),
    ("hydropower", "hydro"),
    ("hydroelectric", "hydro"),
    ("renewables", "renewable"),
    ("renewable", "renewable"),
];

/// The share of a country's power that sources generated: a percentage
/// (or a part: "more than half") right before "of" (a possessor) and
/// "electricity", "power" or "generation", with the sources of
/// [`POWER_SOURCES`] as the subject of its verb ("Renewables generated 51%
/// of Valdoria's electricity", "Wind and solar supplied 49 percent of its
/// power") or after "came from" ("More than half of the country's power
/// came from renewable sources"). The sources named, joined by "and" in
/// the order of the table: `renewable`, `wind and solar`.
fn power_share(text: &str, sentence: Span, span: Span) -> Option<String> {
    let after = clause_after(text, sentence, span.end);
    if !after.starts_with(" of ") {
        return None;
    }
    let after = after.to_ascii_lowercase();
    let mut words = after.split_whitespace().peekable();
    if words.next() != Some("of") {
        return None;
    }
    // "of Valdoria's", "of the country's", "of its".
    let _ = words.next_if(|w| matches!(*w, "the" | "its" | "their"));
    let _ = words.next_if(|w| w.ends_with("'s") || w.ends_with("’s"));
    if !matches!(
        words.next(),
        Some("electricity" | "power" | "generation" | "energy")
    ) {
        return None;
    }
    let mut rest: Vec<&str> = words.take(6).collect();
    let from = floor_boundary(text, sentence.start.max(span.start.saturating_sub(60)));
    let before = text
        .get(from..span.start)
        .unwrap_or("")
        .to_ascii_lowercase();
    let before = before.rsplit([',', ';', ':']).next().unwrap_or(&before);
    let mut subject: Vec<&str> = before.split_whitespace().collect();
    // The verb of the sources: right before the share, or "came from"
    // after it.
    let came = rest
        .first()
        .is_some_and(|w| matches!(*w, "came" | "comes" | "come"))
        && rest.get(1) == Some(&"from");
    let phrase: Vec<&str> = if came {
        rest.drain(..2);
        rest
    } else {
        let verb = subject.pop()?;
        let verb = if matches!(verb, "for" | "up") {
            subject.pop()?
        } else {
            verb
        };
        if !matches!(
            verb,
            "generated"
                | "supplied"
                | "provided"
                | "produced"
                | "accounted"
                | "made"
                | "generates"
                | "supplies"
                | "provides"
                | "produces"
                | "accounts"
                | "makes"
        ) {
            return None;
        }
        subject.into_iter().rev().take(4).collect()
    };
    let mut named: Vec<&str> = Vec::new();
    for w in phrase {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        if let Some((_, s)) = POWER_SOURCES.iter().find(|(k, _)| *k == w) {
            if !named.contains(s) {
                named.push(s);
            }
        }
    }
    if named.is_empty() {
        return None;
    }
    named.sort_by_key(|n| POWER_SOURCES.iter().position(|(_, s)| s == n));
    Some(named.join(" and "))
}

/// The one source of power named in the clause before an amount of
/// energy (at most eight words back, past no comma): "Wind farms produced
/// a record 82 terawatt hours" and "Wind output hit 81.6 TWh" are wind's;
/// "Wind and solar supplied 30 TWh" names two, and no source.
fn energy_source(text: &str, sentence: Span, at: usize, value: &Value) -> Option<&'static str> {
    if !measure_in(value, crate::claim::Dimension::Energy) {
        return None;
    }
    let from = floor_boundary(text, sentence.start.max(at.saturating_sub(CUE_REACH)));
    let before = text.get(from..at).unwrap_or("");
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let mut found = None;
    for w in clause.split_whitespace().rev().take(8) {
        let l = w
            .trim_matches(|c: char| !c.is_ascii_alphabetic())
            .to_ascii_lowercase();
        if let Some((_, s)) = POWER_SOURCES.iter().find(|(k, _)| *k == l) {
            if found.is_some_and(|f| f != *s) {
                return None;
            }
            found = Some(*s);
        }
    }
    found
}

/// Substances whose concentration the news reports (air and water
/// pollution, greenhouse gases), as written in lower case, and the name a
/// concentration of it is keyed by.
const POLLUTANTS: &[(&str, &str)] = &[
    ("pm2.5", "PM2.5"),
    ("pm 2.5", "PM2.5"),
    ("fine particulate matter", "PM2.5"),
    ("fine particulate", "PM2.5"),
    ("fine particles", "PM2.5"),
    ("pm10", "PM10"),
    ("particulate matter", "particulate matter"),
    ("ozone", "ozone"),
    ("nitrogen dioxide", "nitrogen dioxide"),
    ("no2", "nitrogen dioxide"),
    ("sulphur dioxide", "sulphur dioxide"),
    ("sulfur dioxide", "sulphur dioxide"),
    ("so2", "sulphur dioxide"),
    ("carbon dioxide", "carbon dioxide"),
    ("co2", "carbon dioxide"),
    ("carbon monoxide", "carbon monoxide"),
    ("methane", "methane"),
    ("nitrous oxide", "nitrous oxide"),
    ("ammonia", "ammonia"),
    ("benzene", "benzene"),
    ("lead", "lead"),
    ("arsenic", "arsenic"),
    ("mercury", "mercury"),
    ("cadmium", "cadmium"),
    ("nitrates", "nitrate"),
    ("nitrate", "nitrate"),
    ("phosphates", "phosphate"),
    ("phosphate", "phosphate"),
    ("fluoride", "fluoride"),
    ("chlorine", "chlorine"),
    ("pfas", "PFAS"),
];

/// The substance a concentration (µg/m³, mg/L, ppm) is of: "of PM2.5"
/// right after the unit, or the last substance of [`POLLUTANTS`] named in
/// the sentence before the figure, the last to end ("Levels of PM2.5, the
/// finest particles, reached 480 micrograms per cubic metre"). "lead" is
/// the metal only beside "of" or before "level(s)", "concentration(s)" or
/// "in" (not "could lead to").
fn pollutant(
    text: &str,
    sentence: Span,
    at: usize,
    end: usize,
    value: &Value,
) -> Option<&'static str> {
    if !measure_in(value, crate::claim::Dimension::Concentration)
        && !measure_in(value, crate::claim::Dimension::PartsPer)
    {
        return None;
    }
    let bounded = |hay: &str, i: usize, n: usize| {
        let b = hay.as_bytes();
        !i.checked_sub(1)
            .and_then(|j| b.get(j))
            .is_some_and(u8::is_ascii_alphanumeric)
            && !b.get(i + n).is_some_and(u8::is_ascii_alphanumeric)
    };
    let metal_ok = |hay: &str, i: usize, name: &str| {
        name != "lead" || {
            let before = hay[..i].trim_end();
            let after = hay[i + name.len()..].trim_start();
            before.ends_with(" of")
                || ["level", "concentration", "in "]
                    .iter()
                    .any(|x| after.starts_with(x))
        }
    };
    // (Not cut at a full stop: "of PM2.5".)
    let after = near_after(text, sentence, end, 40).to_ascii_lowercase();
    if let Some(rest) = after.trim_start().strip_prefix("of ") {
        let rest = rest.trim_start_matches("the ");
        if let Some((_, name)) = POLLUTANTS
            .iter()
            .find(|(k, _)| rest.starts_with(k) && bounded(rest, 0, k.len()))
        {
            return Some(name);
        }
    }
    let from = floor_boundary(text, sentence.start.max(at.saturating_sub(CUE_REACH)));
    let before = text.get(from..at).unwrap_or("").to_ascii_lowercase();
    POLLUTANTS
        .iter()
        .filter_map(|(k, name)| {
            before
                .match_indices(k)
                .filter(|(i, _)| bounded(&before, *i, k.len()) && metal_ok(&before, *i, k))
                .last()
                .map(|(i, _)| (i + k.len(), k.len(), *name))
        })
        // The last to end, the longest of those ("fine particulate
        // matter" is not "particulate matter").
        .max_by_key(|&(e, n, _)| (e, n))
        .map(|(_, _, name)| name)
}

/// Whether an area is said to be lost or laid waste right after its
/// figure, past "of" and what grew there (one or two words): "3 million
/// acres of farmland have been lost", "hectares of crops withered",
/// "acres of wheat were wiped out".
fn area_lost(text: &str, sentence: Span, end: usize, value: &Value) -> bool {
    if !measure_in(value, crate::claim::Dimension::Area) {
        return false;
    }
    let mut words = clause_after(text, sentence, end)
        .split_whitespace()
        .take(8)
        .peekable();
    if words.next_if_eq(&"of").is_some() {
        // What grew there: lower-case words up to the verb.
        for _ in 0..2 {
            let _ = words.next_if(|w| {
                w.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(*w, "have" | "has" | "had" | "were" | "was" | "are" | "is")
            });
        }
    }
    let _ = words.next_if(|w| matches!(*w, "have" | "has" | "had" | "were" | "was"));
    let _ = words.next_if_eq(&"been");
    matches!(
        words.next(),
        Some("lost" | "withered" | "ruined" | "wiped" | "destroyed" | "devastated")
    )
}

/// Whether a sum is the price of something bought: after "for" in a
/// sentence about buying ("agreed to acquire Quillon for $41 billion"),
/// by the share in such a sentence ("paying $86 a share"), or paid by the
/// share for a name ("will pay $86 per share, or about $42 billion, for
/// Quillon"); not "paid $400 for tickets", nor "will pay $1 billion for
/// Ukraine's defence".
fn price_paid(text: &str, s: &Subject, sentence: Span, span: Span) -> bool {
    const BUYING: &[&str] = &[
        "acquire",
        "acquires",
        "acquired",
        "acquiring",
        "buy",
        "buys",
        "bought",
        "buying",
        "purchase",
        "purchases",
        "purchased",
        "purchasing",
        "takeover",
        "buyout",
    ];
    // Within reach of the sum: a sentence with no end is not read whole
    // for each of its sums.
    let from = floor_boundary(
        text,
        sentence.start.max(span.start.saturating_sub(CUE_REACH)),
    );
    let to = ceil_boundary(text, sentence.end.min(span.end.saturating_add(CUE_REACH)));
    let whole = text.get(from..to).unwrap_or("");
    let before = text.get(from..span.start).unwrap_or("");
    let after = text.get(span.end..to).unwrap_or("");
    // A verb of buying shortly before, with no sale between ("after
    // buying the mine, he expected to sell its coal for $50 a ton").
    let near = &before[ceil_boundary(before, before.len().saturating_sub(60))..];
    let has = |list: &[&str]| {
        near.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| list.iter().any(|b| b.eq_ignore_ascii_case(w)))
    };
    let bought = (matches!(
        s.predicate.as_deref(),
        Some("buy" | "acquire" | "purchase" | "take over")
    ) || has(BUYING))
        && !has(&["sell", "sells", "sold", "selling"]);
    let per_share = after.starts_with(" a share") || after.starts_with(" per share");
    if bought && (before.ends_with(" for ") || per_share) {
        return true;
    }
    if s.predicate.as_deref() != Some("pay")
        || !whole.contains(" per share") && !whole.contains(" a share")
    {
        return false;
    }
    let clause = &after[..floor_boundary(after, after.len().min(60))];
    clause.match_indices(" for ").any(|(i, _)| {
        clause[i + 5..].starts_with(|c: char| c.is_ascii_uppercase())
            && !clause[i + 5..].starts_with("The ")
    })
}

/// Whether "to settle" or "to resolve" follows a sum (at `end`): not a
/// price's close ("up 46 cents to settle at $41.60").
/// The price of a fuel at the pump and whether the sum is its level or a
/// change: a sum "a litre" or "per gallon", or after "the price of a
/// litre of", with the fuel named in its clause ("Unleaded now costs
/// 147.9p a litre", "Diesel rose to 152.9p a litre", "up 1.3p"). Unleaded
/// is petrol; gas sold by the gallon is gasoline.
fn fuel_price(text: &str, sentence: Span, span: Span) -> Option<(&'static str, &'static str)> {
    let after = text.get(span.end..sentence.end).unwrap_or("");
    let per = [
        " a litre",
        " per litre",
        " a liter",
        " per liter",
        " a gallon",
        " per gallon",
    ]
    .iter()
    .any(|p| after.starts_with(p));
    // "natural gas was little changed at $2.86 per thousand cubic feet":
    // a price by another unit.
    if !per && after.starts_with(" per ") {
        return None;
    }
    if !per
        && !["itre", "iter", "allon"]
            .iter()
            .any(|u| near_before(text, span.start, CUE_REACH).contains(u))
    {
        return None;
    }
    let clause = clause_before(text, sentence, span.start)?;
    let clause = clause.to_ascii_lowercase();
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // The unit may be written once for two fuels: "Petrol hit 157.9p a
    // litre, while diesel reached 164.2p".
    let litre_before = text
        .get(sentence.start..span.start)
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| matches!(w, "litre" | "liter" | "gallon"));
    if !per && !litre_before {
        return None;
    }
    let fuel = words.iter().rev().take(12).find_map(|w| match *w {
        "diesel" => Some("diesel price"),
        "petrol" | "unleaded" => Some("petrol price"),
        "gasoline" | "gas" => Some("gasoline price"),
        _ => None,
    })?;
    let how = match words.last().copied() {
        Some("up" | "down" | "by") => "change",
        _ => "level",
    };
    Some((fuel, how))
}

/// What a sum is by its verb and the clause's subject
/// ([`sum_raised_or_spent`]).
enum Sum {
    /// Raised by a fundraiser.
    Raised,
    /// Spent by shoppers, online or not.
    Spent { online: bool },
    /// Spent by tourists on a visit.
    Visited,
}

/// Who raises donations: "The appeal raised", "the telethon brought in".
/// Not a campaign: two candidates' campaigns raise two sums, and their
/// names are not read here.
const FUNDRAISERS: &[&str] = &[
    "appeal",
    "telethon",
    "fundraiser",
    "fundraising",
    "crowdfunding",
    "charity",
    "gala",
];

/// Who donates to an appeal: "Well-wishers have donated £125,000".
const DONORS: &[&str] = &[
    "well-wishers",
    "wellwishers",
    "donors",
    "supporters",
    "fans",
    "public",
    "viewers",
    "americans",
    "britons",
];

/// Who spends on a visit: "Foreign tourists spent €21.3bn".
const TOURISTS: &[&str] = &["tourists", "visitors", "holidaymakers", "vacationers"];

/// Who spends as shoppers: "US shoppers spent", "Americans spent".
const SHOPPERS: &[&str] = &[
    "shoppers",
    "consumers",
    "customers",
    "buyers",
    "americans",
    "britons",
    "households",
];

/// Whether the sum at `span` is raised by a fundraiser or spent by
/// shoppers or tourists: a verb of raising ("raised", "brought in",
/// "collected") or spending ("spent", "spend"), perhaps with "a record" or
/// "an estimated" between, right before the sum, and a fundraiser,
/// shoppers or tourists among the clause's words before it.
fn sum_raised_or_spent(text: &str, sentence: Span, span: Span) -> Option<Sum> {
    // The verb is right before the sum, past "a record" or "an estimated".
    let near = near_before(text, span.start, 40);
    if ![
        "ais", "ollected", "rought", "rings", "pen", "onat", "gave", "give",
    ]
    .iter()
    .any(|v| near.contains(v))
    {
        return None;
    }
    let clause = clause_before(text, sentence, span.start)?;
    let clause = clause.to_ascii_lowercase();
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| matches!(*w, "a" | "an" | "record" | "estimated" | "total" | "of"))
    {
        words.pop();
    }
    let verb = words.pop()?;
    let raised = matches!(verb, "raised" | "raises" | "raise" | "collected")
        || verb == "in"
            && words
                .pop()
                .is_some_and(|b| matches!(b, "brought" | "brings"));
    // "Well-wishers have donated £125,000", "Donors gave a record $3.6
    // billion": what donors gave is what the appeal raised.
    let donated = matches!(
        verb,
        "donated" | "donate" | "donates" | "gave" | "give" | "gives"
    );
    let spent = matches!(verb, "spent" | "spend" | "spends");
    let from = words.len().saturating_sub(8);
    let before = words.get(from..).unwrap_or(&[]);
    let subject_in = |list: &[&str]| {
        before
            .iter()
            .any(|w| list.contains(&w.trim_end_matches(|c: char| !c.is_ascii_alphabetic())))
    };
    if raised && subject_in(FUNDRAISERS) || donated && subject_in(DONORS) {
        return Some(Sum::Raised);
    }
    if spent && subject_in(TOURISTS) {
        return Some(Sum::Visited);
    }
    if spent && subject_in(SHOPPERS) {
        let after = text.get(span.end..sentence.end).unwrap_or("");
        return Some(Sum::Spent {
            online: after.starts_with(" online"),
        });
    }
    None
}

fn settles_after(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("");
    let after = after.get(..after.len().min(16)).unwrap_or(after);
    after.starts_with(" to settle ") && !after.starts_with(" to settle at")
        || after.starts_with(" to resolve ")
}

/// Verbs right before a figure that are its predicate only when it counts
/// some nouns, `(forms, nouns, lemma)`; `person` stands for every person
/// noun ([`PERSON_NOUNS`](crate::extract::lexicon::PERSON_NOUNS)):
/// people "saved" were rescued (a sum saved was not); jobs "added" were
/// added or created (not "added 22 points", "adds up to" or "she
/// added").
const VERBS_OF_NOUNS: &[(&[&str], &[&str], &str)] = &[
    (&["saved"], &["person"], "rescue"),
    // "Israel is to free 1,950 prisoners" (not "free tickets").
    (&["free", "frees", "freeing"], &["person"], "free"),
    // Lives saved, or to be ("save six to ten lives a year").
    (&["save", "saved", "saves", "saving"], &["life"], "save"),
    (
        &["added", "adds", "add", "adding"],
        &["job", "position", "role"],
        "add",
    ),
    // "Netflix added 19 million subscribers", "gained 2 million users".
    (
        &["added", "adds", "add", "adding", "gained", "gains"],
        &["subscriber", "customer", "user"],
        "sign up",
    ),
    // "Skyvale Airways ordered 150 jets": vehicles ordered, keyed on the
    // buyer.
    (
        &["ordered", "orders", "order", "ordering"],
        ORDERED_VEHICLES,
        "order",
    ),
    // "Samsung shipped 60 million smartphones": devices shipped were sold
    // (a market's shipments).
    (
        &["shipped", "ships", "ship", "shipping"],
        &[
            "smartphone",
            "phone",
            "iphone",
            "handset",
            "unit",
            "device",
            "tablet",
            "pc",
            "computer",
            "console",
        ],
        "sell units",
    ),
    // "will ground roughly 650 flights": cancelled.
    (
        &["ground", "grounds", "grounded", "grounding"],
        &["flight"],
        "cancel",
    ),
    // "Employers created 275,000 jobs" added them.
    (
        &["created", "creates", "create", "creating"],
        &["job", "position", "role"],
        "add",
    ),
];

/// Whether a count or a length is written as a compound adjective:
/// figures or a number word, a hyphen and a singular noun, no space
/// ("650-seat", "27-member", "300-bed", "2.6-kilometre", "four-storey").
fn size_adjective(text: &str) -> bool {
    let Some((num, noun)) = text.split_once('-') else {
        return false;
    };
    !num.is_empty()
        && (num
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b',' || c == b'.')
            || is_number_word(num))
        && !noun.is_empty()
        && noun.bytes().all(|c| c.is_ascii_alphabetic())
        && !noun.ends_with('s')
        // "Twenty-three" is a number, no size of a noun.
        && !is_number_word(text)
}

/// Whether `word` (lower case) stands written in lower case, as a whole
/// word, within [`LOWER_CASE_REACH`] bytes of `at` in `text` (bounded, so
/// that a text of many headlines stays linear).
fn written_lower(text: &str, at: usize, word: &str) -> bool {
    let mut from = at.saturating_sub(LOWER_CASE_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at + LOWER_CASE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let Some(region) = text.get(from..to) else {
        return false;
    };
    let b = region.as_bytes();
    !word.is_empty()
        && memchr::memmem::find_iter(b, word.as_bytes()).any(|k| {
            let before = k.checked_sub(1).and_then(|p| b.get(p));
            let after = b.get(k + word.len());
            before.is_none_or(|c| !c.is_ascii_alphanumeric())
                && after.is_none_or(|c| !c.is_ascii_alphanumeric())
        })
}

/// How far from a headline [`written_lower`] looks for a word in lower
/// case: about one article.
const LOWER_CASE_REACH: usize = 8192;

/// Up to ten tokens of a side of a window (nearest first), up to the first
/// punctuation: the clause a tariff's country is read from.
fn words_until_punct<'a>(side: impl Iterator<Item = (usize, &'a Tok)>) -> Vec<&'a Tok> {
    side.take(10)
        .map(|(_, t)| t)
        .take_while(|t| t.punct.is_none())
        .collect()
}

/// Words joined by spaces; `None` for no words.
fn join(words: &[Lower]) -> Option<String> {
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w.as_str());
    }
    (!words.is_empty()).then_some(out)
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

/// The char at byte `i` of `s` and its length; ASCII without decoding.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let ch = s.get(i..)?.chars().next()?;
    Some((ch, ch.len_utf8()))
}

fn is_alnum(ch: char) -> bool {
    if ch.is_ascii() {
        ch.is_ascii_alphanumeric()
    } else {
        ch.is_alphanumeric()
    }
}

/// Words (letters, digits, inner apostrophes and hyphens) and the
/// punctuation `, ; : ( ) —` between `lo` and `hi`, into `out` (cleared
/// first), with multi-word predicate forms ("took part") joined onto their
/// first word. `phrase` is scratch.
fn tokenize_into(text: &str, lo: usize, hi: usize, out: &mut Vec<Tok>, phrase: &mut String) {
    out.clear();
    let Some(window) = text.get(lo..hi) else {
        return;
    };
    let lex = lexicon();
    let bytes = window.as_bytes();
    let mut i = 0;
    while let Some((ch, n)) = char_at(window, i) {
        if is_alnum(ch) {
            // A word: letters and digits, with inner apostrophes and
            // hyphens.
            let mut j = i + n;
            loop {
                while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                    j += 1;
                }
                let Some((c, m)) = char_at(window, j) else {
                    break;
                };
                if is_alnum(c) {
                    j += m;
                    continue;
                }
                let inner = (c == '\'' || c == '’' || c == '-')
                    && char_at(window, j + m).is_some_and(|(d, _)| is_alnum(d));
                // A digit group: "250,000" is one word, its comma no clause
                // break.
                let group = c == ','
                    && bytes.get(j - 1).is_some_and(u8::is_ascii_digit)
                    && bytes
                        .get(j + 1..j + 4)
                        .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                    && !bytes.get(j + 4).is_some_and(u8::is_ascii_digit);
                if !inner && !group {
                    break;
                }
                j += m;
            }
            push_word(text, lex, lo + i, lo + j, out);
            i = j;
            continue;
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
            out.push(Tok {
                start: lo + i,
                end: lo + i + n,
                index: out.len(),
                punct: Some(p),
                cap: false,
                predicate: None,
                plen: 0,
                reach: 0,
                event: None,
                flags: 0,
            });
        }
        i += n;
    }
    // Multi-word predicates: only words that begin one are looked up, for
    // as many words as the longest form they begin, longest form first; a
    // word alone keeps the predicate `push_word` gave it.
    let forms = forms();
    for k in 0..out.len() {
        let Some(t) = out.get(k) else { break };
        let longest = t.reach.min(4);
        if longest < 2 {
            continue;
        }
        let mut found = None;
        for n in (2..=longest).rev() {
            let Some(run) = out.get(k..k + n) else {
                continue;
            };
            if run.iter().any(|r| r.punct.is_some()) {
                continue;
            }
            phrase.clear();
            for (j, w) in run.iter().enumerate() {
                if j > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(w.lower(text).as_str());
            }
            if let Some(l) = forms.get(phrase.as_str()) {
                found = Some((*l, n));
                break;
            }
        }
        if let (Some((p, n)), Some(t)) = (found, out.get_mut(k)) {
            set_predicate(t, p, n);
            // The words inside a form are its own, not predicates of their
            // own: "cut" in "power was cut to 2.4 million customers".
            for inner in out.iter_mut().skip(k + 1).take(n - 1) {
                inner.predicate = None;
                inner.plen = 0;
                inner.reach = 0;
                inner.flags &= !(STATEMENT | DEFAULT_EVENT);
            }
        }
    }
    // "opened fire", "returned fire": gunfire, not a blaze; "came under
    // fire": criticism.
    for k in 1..out.len() {
        let gunfire = match (out.get(k - 1), out.get(k)) {
            (Some(before), Some(t)) if t.event == Some("fire") && before.punct.is_none() => {
                gun_or_criticism(text, t.start)
            }
            _ => None,
        };
        if let (Some(shots), Some(t)) = (gunfire, out.get_mut(k)) {
            t.event = shots.then_some("shooting");
        }
    }
    // "crush" is a stampede only as a noun; "prisoners of war" name no
    // war; "fire officials", "the fire service" no fire.
    for t in out.iter_mut() {
        if t.event
            .is_some_and(|e| names_no_event(e, text, t.start, t.end))
        {
            t.event = None;
        } else if t.event == Some("rescue") {
            // "took part in the rescue": the noun, no verb of rescuing.
            t.predicate = None;
            t.plen = 0;
            t.flags &= !(STATEMENT | DEFAULT_EVENT);
        }
    }
    // A verb's bare form before a noun of people or work is a noun of its
    // own: "rescue teams pulled out 40 bodies", "protest organisers".
    for k in 0..out.len().saturating_sub(1) {
        let compound = match (out.get(k), out.get(k + 1)) {
            (Some(t), Some(next)) => {
                t.predicate.is_some_and(|p| {
                    text.get(t.start..t.end)
                        .is_some_and(|w| w.eq_ignore_ascii_case(p))
                }) && next.punct.is_none()
                    && COMPOUND_HEADS.contains(&next.lower(text).as_str())
            }
            _ => false,
        };
        if let Some(t) = out.get_mut(k).filter(|_| compound) {
            t.predicate = None;
            t.plen = 0;
        }
    }
    // A verb's bare form after a preposition is a noun: "a strike over
    // pay", "talks about pay", "a row over cuts" ("to pay" is the verb).
    for k in 1..out.len() {
        let noun = match (out.get(k - 1), out.get(k)) {
            (Some(before), Some(t)) => {
                t.predicate.is_some_and(|p| {
                    t.plen <= 1
                        && text
                            .get(t.start..t.end)
                            .is_some_and(|w| w.eq_ignore_ascii_case(p))
                }) && before.punct.is_none()
                    && matches!(before.lower(text).as_str(), "over" | "about")
            }
            _ => false,
        };
        if let Some(t) = out.get_mut(k).filter(|_| noun) {
            t.predicate = None;
            t.plen = 0;
        }
    }
    // A participle between a determiner and its noun is an adjective, not
    // a verb: "Friday's closing price", "the burning building" (but "the
    // killing of five people" is the act).
    for k in 1..out.len() {
        let adjective = match (out.get(k - 1), out.get(k), out.get(k + 1)) {
            (Some(before), Some(t), Some(after)) => {
                t.predicate.is_some()
                    && t.plen <= 1
                    && text.get(t.start..t.end).is_some_and(|w| w.ends_with("ing"))
                    && before.punct.is_none()
                    && after.punct.is_none()
                    && determines(text, before)
                    && !matches!(after.lower(text).as_str(), "of" | "to" | "in" | "on" | "at")
            }
            _ => false,
        };
        if let Some(t) = out.get_mut(k).filter(|_| adjective) {
            t.predicate = None;
            t.plen = 0;
        }
    }
}

/// Nouns a verb's bare form may modify ("rescue teams", "protest
/// organisers", "strike leaders"): the verb is then no predicate.
const COMPOUND_HEADS: &[&str] = &[
    "team",
    "teams",
    "worker",
    "workers",
    "operation",
    "operations",
    "effort",
    "efforts",
    "crew",
    "crews",
    "service",
    "services",
    "coordinator",
    "chief",
    "official",
    "officials",
    "mission",
    "boat",
    "boats",
    "helicopter",
    "helicopters",
    "dog",
    "dogs",
    "group",
    "groups",
    "leader",
    "leaders",
    "organiser",
    "organisers",
    "organizer",
    "organizers",
    "site",
    "sites",
    "camp",
    "camps",
];

/// Whether a token is a determiner or a possessive: "the", "its",
/// "Friday's".
fn determines(text: &str, t: &Tok) -> bool {
    let w = text.get(t.start..t.end).unwrap_or("");
    w.ends_with("'s")
        || w.ends_with("’s")
        || matches!(
            t.lower(text).as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
        )
}

/// Gives token `t` the predicate `p` read from `n` words.
fn set_predicate(t: &mut Tok, p: &'static str, n: usize) {
    t.predicate = Some(p);
    t.plen = n;
    t.flags &= !(STATEMENT | DEFAULT_EVENT);
    if let Some(class) = group::predicate_class(p) {
        if class == "statement" {
            t.flags |= STATEMENT;
        }
        if group::DEFAULT_EVENTS.iter().any(|(c, _)| *c == class) {
            t.flags |= DEFAULT_EVENT;
        }
    }
}

/// Lower-cases an ASCII word (curly apostrophes made straight) into `buf`;
/// `None` for other words, and for words longer than `buf`.
fn fold_ascii(word: &str, buf: &mut [u8; 32]) -> Option<usize> {
    let b = word.as_bytes();
    let (mut i, mut n) = (0, 0);
    while let Some(&c) = b.get(i) {
        let out = if c.is_ascii() {
            i += 1;
            c.to_ascii_lowercase()
        } else if b.get(i..i + 3) == Some("’".as_bytes()) {
            i += 3;
            b'\''
        } else {
            return None;
        };
        *buf.get_mut(n)? = out;
        n += 1;
    }
    Some(n)
}

/// Pushes the word `text[s..e]` with its table look-ups.
fn push_word(text: &str, lex: &Lexicon, s: usize, e: usize, out: &mut Vec<Tok>) {
    let word = text.get(s..e).unwrap_or("");
    let mut buf = [0u8; 32];
    let heap;
    let b: &[u8] = match fold_ascii(word, &mut buf) {
        Some(n) => buf.get(..n).unwrap_or(&[]),
        None => {
            heap = lower_word(word);
            heap.bytes()
        }
    };
    let info = lex.get(b).copied().unwrap_or_default();
    let mut flags = info.flags;
    let mut event = info.event;
    if b.ends_with(b"n't") {
        flags |= NEGATION;
    }
    if b.ends_with(b"'s") {
        let mut t = b;
        while let Some(r) = t.strip_suffix(b"'s") {
            t = r;
        }
        let owner = lex.get(t);
        if owner.is_some_and(|i| i.flags & CALENDAR != 0) {
            flags |= CALENDAR;
        }
        // "the quake's epicentre": the event is named in the possessive.
        if event.is_none() {
            event = owner.and_then(|i| i.event);
        }
    }
    let cap = char_at(word, 0).is_some_and(|(c, _)| c.is_uppercase());
    let mut t = Tok {
        start: s,
        end: e,
        index: out.len(),
        punct: None,
        cap,
        predicate: None,
        plen: 0,
        reach: usize::from(info.reach),
        // "March" with a capital is the month, not a protest.
        event: event.filter(|_| !(cap && flags & CALENDAR != 0)),
        flags,
    };
    // Nor does "March" march.
    if let Some(p) = info
        .predicate
        .filter(|_| !(cap && flags & CALENDAR != 0))
        .filter(|&p| !names_no_predicate(p, text, s, e, cap))
    {
        set_predicate(&mut t, p, 1);
    }
    out.push(t);
}

/// Whether a predicate tells what a vehicle did ("capsized", "crashed",
/// "derailed"): its event is a shipwreck or a crash.
fn vehicle_event(predicate: &str) -> bool {
    vehicle_event_of(predicate).is_some()
}

/// The event a vehicle's predicate names: "capsized" a shipwreck,
/// "crashed" and "derailed" a crash.
fn vehicle_event_of(predicate: &str) -> Option<&'static str> {
    let class = group::predicate_class(predicate)?;
    group::DEFAULT_EVENTS
        .iter()
        .find(|(c, e)| *c == class && matches!(*e, "shipwreck" | "crash"))
        .map(|(_, e)| *e)
}

/// Whether a predicate word names nothing where it stands (as
/// [`names_no_event`] for event words): shares that "crashed 20%", an
/// escape with no prison beside it, "the Red Cross".
fn names_no_predicate(lemma: &str, text: &str, s: usize, e: usize, cap: bool) -> bool {
    match lemma {
        "crash" => figure_follows(text, e),
        "escape" => !prison_near(text, s, e),
        // "the boat sank", not "shares in the ferry operator sank 4%".
        "sink" => figure_follows(text, e) || !clause_mentions(text, (s, e), (48, 0), VESSELS),
        // "a bus plunged 200 metres into a ravine", not "shares plunged
        // 20%" (a distance may follow, a share may not).
        "plunge" => share_follows(text, e) || !clause_mentions(text, (s, e), (48, 0), VEHICLES),
        // "The 1.4km crossing was completed": a bridge or a border post,
        // not people crossing.
        "cross" if text.get(s..e).is_some_and(|w| w.starts_with("crossing")) => {
            cap || text.get(..s).is_some_and(|b| {
                let prev = b
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("");
                prev.bytes().any(|c| c.is_ascii_digit())
                    || ["the", "a", "new", "border", "rail", "level", "river"]
                        .iter()
                        .any(|x| x.eq_ignore_ascii_case(prev))
            })
        }
        // "the Red Cross", "King's Cross": a name; so is "Sen. Rob Portman".
        "cross" | "rob" => cap,
        // "had another chance to demonstrate its political clout": a verb
        // with an object shows something; protesters demonstrate against,
        // outside or in a place.
        "demonstrate" => word_after_in(
            text,
            e,
            &[
                "its", "the", "their", "his", "her", "our", "a", "an", "that", "how", "what",
                "this", "why",
            ],
        ),
        // "found three men with stab wounds": the noun, not the verb.
        "wound" => {
            text.get(s..e)
                .is_some_and(|w| w.eq_ignore_ascii_case("wounds"))
                && word_before_in(
                    text,
                    s,
                    &[
                        "stab", "gunshot", "bullet", "knife", "shrapnel", "with", "of", "serious",
                        "minor", "multiple", "critical", "head", "his", "her", "their",
                    ],
                )
        }
        _ => false,
    }
}

/// What sinks in a shipwreck ([`names_no_predicate`]): "their vessel
/// sank", "the ferry sank".
const VESSELS: &[&str] = &[
    "boat",
    "vessel",
    "ship",
    "ferry",
    "dinghy",
    "yacht",
    "trawler",
    "tanker",
    "submarine",
    "barge",
    "canoe",
    "raft",
    "freighter",
    "steamer",
    "liner",
    "schooner",
];

/// Areas a place lies in, read as a scope after a capitalised name ("in
/// Kerr County"): "county", "province", "district", "parish",
/// "prefecture".
const ADMIN_AREAS: &[&str] = &["county", "province", "district", "parish", "prefecture"];

/// Whether `noun` is one that the predicate class `class` makes one
/// count ([`group::PREDICATE_NOUNS`]): "shopper" of "affected", "suv" of
/// "recalled".
fn noun_of_predicate(class: &str, noun: &str) -> bool {
    group::PREDICATE_NOUNS
        .iter()
        .any(|(p, nouns, _)| *p == class && nouns.contains(&noun))
}

/// Nouns counted after a verb of attending that are what was attended or
/// who joined one person, not a gathering's attendance: "attended 720,000
/// incidents", "joined by two colleagues".
const THINGS_ATTENDED: &[&str] = &[
    "incident",
    "call",
    "callout",
    "meeting",
    "session",
    "class",
    "lecture",
    "game",
    "match",
    "show",
    "concert",
    "service",
    "funeral",
    "colleague",
    "event",
    "appointment",
];

/// What crashes on a road, a rail or in the air ([`names_no_predicate`]):
/// "a bus plunged into a ravine".
const VEHICLES: &[&str] = &[
    "bus",
    "coach",
    "minibus",
    "car",
    "truck",
    "lorry",
    "van",
    "jeep",
    "vehicle",
    "train",
    "plane",
    "aircraft",
    "helicopter",
    "jet",
];

/// Whether a share or a score of points follows byte `e`: "plunged 20%",
/// "plunged 500 points".
fn share_follows(text: &str, e: usize) -> bool {
    let Some(rest) = figure_after(text, e) else {
        return false;
    };
    let mut words = rest.split_whitespace();
    words.next().is_some_and(|figure| figure.contains('%'))
        || words
            .next()
            .is_some_and(|w| matches!(w, "percent" | "per" | "points" | "pct"))
}

/// Verbs that name their event as its noun does, `(form, event lemma)`:
/// "the volcano erupted on Monday" dates the eruption (only a volcano's:
/// see [`names_no_event`]).
const EVENT_VERBS: &[(&str, &str)] = &[
    ("erupted", "eruption"),
    ("erupts", "eruption"),
    ("erupt", "eruption"),
    // "after Mount Lewotobi spewed ash" (a volcano's only, as "erupted").
    ("spewed", "eruption"),
    ("spews", "eruption"),
    // "when methane gas exploded in a mine" (a blast's only: see
    // `names_no_event`).
    ("exploded", "explosion"),
    ("explodes", "explosion"),
    // "The bomb detonated at 10:50 am".
    ("detonated", "explosion"),
    ("detonates", "explosion"),
    ("collapsed", "collapse"),
    // "the roof caved in", "part of a gallery caved in" (a government
    // that caved to pressure names no structure: see `names_no_event`).
    ("caved", "collapse"),
];

/// Whether a volcano erupts at the word starting at `s`: "the volcano
/// erupted", "Mount Keral erupted", not "violence erupted" or "protests
/// erupted" (whose event, if any, is named by its own noun).
fn volcano_before(text: &str, s: usize) -> bool {
    let (clause, _) = clause_around(text, s, s, 40, 0, &['.', ',', ';']);
    clause.contains("Mount ")
        || clause.contains("Mt ")
        || clause.to_ascii_lowercase().contains("volcano")
}

/// The words of `text` up to `back` bytes before `s` and up to `ahead`
/// bytes after `e`, each cut at the nearest of `stops`: the clause of the
/// word at `text[s..e]`.
fn clause_around<'t>(
    text: &'t str,
    s: usize,
    e: usize,
    back: usize,
    ahead: usize,
    stops: &[char],
) -> (&'t str, &'t str) {
    let from = ceil_boundary(text, s.saturating_sub(back));
    let to = floor_boundary(text, e.saturating_add(ahead).min(text.len()));
    let before = text.get(from..s).unwrap_or("");
    let after = text.get(e..to).unwrap_or("");
    (
        before.rsplit(stops).next().unwrap_or(before),
        after.split(stops).next().unwrap_or(after),
    )
}

/// Whether a spill at `text[s..e]` is of oil, fuel or a chemical named in
/// its clause ([`names_no_event`]).
fn spilled_substance_near(text: &str, s: usize, e: usize) -> bool {
    clause_mentions(
        text,
        (s, e),
        (48, 32),
        &[
            "oil", "crude", "fuel", "diesel", "petrol", "gasoline", "chemical", "sewage", "toxic",
            "tailings", "slurry",
        ],
    )
}

/// Whether the clause of the word at `text[s..e]` (up to `back` bytes
/// before it and `ahead` after, cut at a full stop or a semicolon)
/// contains one of `words`, ASCII case folded.
fn clause_mentions(
    text: &str,
    (s, e): (usize, usize),
    (back, ahead): (usize, usize),
    words: &[&str],
) -> bool {
    let (before, after) = clause_around(text, s, e, back, ahead, &['.', ';']);
    [before, after].iter().any(|part| {
        let part = part.to_ascii_lowercase();
        words.iter().any(|w| part.contains(w))
    })
}

/// Whether an escape at `text[s..e]` is from prison: "nine inmates
/// escaped from the prison", "prisoners escaped", not pupils who escaped
/// their kidnappers (whose escape is no jailbreak).
fn prison_near(text: &str, s: usize, e: usize) -> bool {
    clause_mentions(
        text,
        (s, e),
        (48, 48),
        &[
            "prison",
            "jail",
            "inmate",
            "detention",
            "penitentiary",
            "custody",
            "detainee",
        ],
    )
}

/// Whether a figure follows the word ending at `e`: "shares crashed 20%",
/// "crashed by 40 points" tell a price's fall, not a vehicle's crash.
fn figure_follows(text: &str, e: usize) -> bool {
    figure_after(text, e).is_some()
}

/// The text from the figure that follows the word ending at `e` (past
/// "by"), if one does.
fn figure_after(text: &str, e: usize) -> Option<&str> {
    let rest = text.get(e..).unwrap_or("").trim_start();
    let rest = rest.strip_prefix("by ").unwrap_or(rest).trim_start();
    rest.starts_with(|c: char| c.is_ascii_digit())
        .then_some(rest)
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

    /// The bytes of the form (UTF-8).
    fn bytes(&self) -> &[u8] {
        match self {
            Lower::Inline(n, buf) => buf.get(..usize::from(*n)).unwrap_or(&[]),
            Lower::Heap(s) => s.as_bytes(),
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(self.bytes()).unwrap_or("")
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

/// The event nouns and their plurals (as the word table reads them), by
/// [`shape_slot`]: the lengths present (bit `n`: `n` letters) and the
/// forms with their lemmas. Most words are rejected by their
/// first two letters and length alone.
struct EventForms {
    shapes: [u32; 26 * 26],
    /// Lengths by the last two letters, likewise.
    ends: [u32; 26 * 26],
    forms: Vec<Vec<(&'static [u8], &'static str)>>,
}

impl EventForms {
    /// The event lemma of a run of ASCII letters, if it is an event noun
    /// ("Summits" → "summit").
    #[inline]
    fn lemma(&self, word: &[u8]) -> Option<&'static str> {
        let len = word.len();
        if !(3..=16).contains(&len) {
            return None;
        }
        let slot = shape_slot(word)?;
        let shape = self.shapes.get(slot).copied().unwrap_or(0);
        if shape & (1u32 << len) == 0 {
            return None;
        }
        let end = end_slot(word).and_then(|e| self.ends.get(e)).copied();
        if end.unwrap_or(0) & (1u32 << len) == 0 {
            return None;
        }
        self.forms
            .get(slot)?
            .iter()
            .find(|(f, _)| f.eq_ignore_ascii_case(word))
            .map(|(_, l)| *l)
    }
}

fn event_forms() -> &'static EventForms {
    static FORMS: OnceLock<EventForms> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut f = EventForms {
            shapes: [0u32; 26 * 26],
            ends: [0u32; 26 * 26],
            forms: vec![Vec::new(); 26 * 26],
        };
        let mut all: Vec<(&'static [u8], &'static str)> = lexicon()
            .words
            .iter()
            .filter_map(|(w, i)| Some((*w, i.event?)))
            .collect();
        all.sort_unstable();
        for (w, lemma) in all {
            let Some(slot) = shape_slot(w) else { continue };
            let bit = 1u32
                .checked_shl(u32::try_from(w.len()).unwrap_or(u32::MAX))
                .unwrap_or(0);
            if let Some(s) = f.shapes.get_mut(slot) {
                *s |= bit;
            }
            if let Some(s) = end_slot(w).and_then(|e| f.ends.get_mut(e)) {
                *s |= bit;
            }
            if let Some(list) = f.forms.get_mut(slot) {
                list.push((w, lemma));
            }
        }
        f
    })
}

/// The slot of [`EventForms::ends`] for a word of ASCII letters: its last
/// two letters.
fn end_slot(word: &[u8]) -> Option<usize> {
    let n = word.len();
    let a = usize::from(
        word.get(n.checked_sub(1)?)?
            .to_ascii_lowercase()
            .wrapping_sub(b'a'),
    );
    let b = usize::from(
        word.get(n.checked_sub(2)?)?
            .to_ascii_lowercase()
            .wrapping_sub(b'a'),
    );
    (a < 26 && b < 26).then_some(a * 26 + b)
}

/// The slot of [`EventForms`] for a word of ASCII letters.
fn shape_slot(word: &[u8]) -> Option<usize> {
    let a = usize::from(word.first()?.to_ascii_lowercase().wrapping_sub(b'a'));
    let b = usize::from(word.get(1)?.to_ascii_lowercase().wrapping_sub(b'a'));
    (a < 26 && b < 26).then_some(a * 26 + b)
}

/// Bit `k` of the result: byte `k` of `block` (at most 64 bytes) is an
/// ASCII letter. Eight bytes at a time, without a branch per byte.
fn letter_bits(block: &[u8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut bits = 0u64;
    for (k, chunk) in block.chunks(8).enumerate() {
        let mut w = [0u8; 8];
        if let Some(dst) = w.get_mut(..chunk.len()) {
            dst.copy_from_slice(chunk);
        }
        let x = u64::from_le_bytes(w);
        // Folded to lower case, high bit cleared: no carry between bytes
        // in the sums below.
        let low = (x | (0x20 * ONES)) & (0x7f * ONES);
        let at_least_a = low + (0x80 - u64::from(b'a')) * ONES;
        let above_z = low + (0x80 - u64::from(b'z') - 1) * ONES;
        let letters = at_least_a & !above_z & !x & (0x80 * ONES);
        // One bit per byte, gathered into the low byte.
        let packed = (letters >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        let shift = u32::try_from(8 * k).unwrap_or(u32::MAX);
        bits |= packed.checked_shl(shift).unwrap_or(0);
    }
    bits
}

/// The document's dominant event lemma and how often its class is named:
/// the event noun used most (at least twice, strictly more than any other
/// class), or the only one it names.
fn dominant_event(text: &str) -> Option<(&'static str, usize)> {
    let mut counts: HashMap<&'static str, (usize, HashMap<&'static str, usize>)> = HashMap::new();
    let events = event_forms();
    let mut thieves = None;
    let mut count = |word: &[u8], at: usize| {
        // A raid in a story of thieves is their robbery (and no event
        // elsewhere).
        let raid = word.eq_ignore_ascii_case(b"raid") || word.eq_ignore_ascii_case(b"raids");
        let lemma = match events.lemma(word) {
            None if raid && *thieves.get_or_insert_with(|| theft_story(text)) => Some("robbery"),
            l => l,
        };
        if let Some(mut lemma) = lemma {
            // "opened fire" is gunfire, "under fire" criticism (as the
            // token reader has it).
            if lemma == "fire" {
                match gun_or_criticism(text, at) {
                    Some(true) => lemma = "shooting",
                    Some(false) => return,
                    None => {}
                }
            }
            if names_no_event(lemma, text, at, at + word.len()) {
                return;
            }
            // "March" with a capital is the month ("the year ending in
            // March").
            if word.first().is_some_and(u8::is_ascii_uppercase)
                && std::str::from_utf8(word)
                    .is_ok_and(|w| crate::extract::calendar::month(w).is_some())
            {
                return;
            }
            if let Some(class) = group::event_class(lemma) {
                let e = counts.entry(class).or_default();
                e.0 += 1;
                *e.1.entry(lemma).or_default() += 1;
            }
        }
    };
    // Runs of ASCII letters, found 64 bytes at a time.
    let bytes = text.as_bytes();
    let mut run: Option<usize> = None;
    for (b, block) in bytes.chunks(64).enumerate() {
        let base = b * 64;
        let bits = letter_bits(block);
        let mut i: u32 = 0;
        loop {
            if run.is_none() {
                let rest = bits.checked_shr(i).unwrap_or(0);
                if rest == 0 {
                    break;
                }
                i += rest.trailing_zeros();
                run = Some(base + i as usize);
            }
            // The run ends at the next non-letter, or goes on into the
            // next block.
            let rest = (!bits).checked_shr(i).unwrap_or(0);
            if rest == 0 {
                break;
            }
            i += rest.trailing_zeros();
            if let Some(s) = run.take() {
                let n = (base + i as usize).saturating_sub(s);
                // Most words are too short or too long to be event nouns.
                if (3..=16).contains(&n) {
                    count(bytes.get(s..base + i as usize).unwrap_or(&[]), s);
                }
            }
        }
    }
    if let Some(s) = run {
        count(bytes.get(s..).unwrap_or(&[]), s);
    }
    let mut ranked: Vec<(&'static str, usize, &HashMap<&'static str, usize>)> =
        counts.iter().map(|(c, (n, m))| (*c, *n, m)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top = ranked.first()?;
    // Used twice, or the only event the document names at all.
    if (top.1 < 2 && ranked.len() > 1) || ranked.get(1).is_some_and(|s| s.1 == top.1) {
        return None;
    }
    let mut lemmas: Vec<(&&'static str, &usize)> = top.2.iter().collect();
    lemmas.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    lemmas.first().map(|(l, _)| (**l, top.1))
}

/// Whether the event word `lemma` at bytes `start..end` names no event
/// where it stands: "crush" as a verb, the "war" of "prisoners of war",
/// the "fire" of "fire officials". The token reader and
/// [`dominant_event`] ask the same question.
fn names_no_event(lemma: &str, text: &str, start: usize, end: usize) -> bool {
    match lemma {
        // The verb only: "eruption" is the noun.
        "eruption" => !starts_with_ci(text, start, end, "erupti") && !volcano_before(text, start),
        // The verb only: "a car bomb exploded", "gas exploded", not "costs
        // exploded" nor "the crowd exploded in anger".
        "explosion" => {
            !starts_with_ci(text, start, end, "explosi")
                && !clause_mentions(text, (start, end), (48, 0), EXPLOSIVES)
        }
        // "died of a suspected heart attack", "a panic attack": an
        // illness, no event.
        "attack" => word_before_in(
            text,
            start,
            &["heart", "panic", "asthma", "anxiety", "epileptic"],
        ),
        "crush" => !crush_noun(text, start),
        // "joined the search", "the search for the missing hiker": the
        // noun after "the" (not the verb "to search", "a Google search",
        // "the search giant").
        // So is "the rescue" ("took part in the rescue"), not "rescue
        // teams" nor "the rescue workers", who take part in it.
        "search" | "rescue" => {
            !word_before_in(text, start, &["the"])
                || text.get(end..).is_some_and(|r| {
                    let r = r.trim_start();
                    [
                        "giant",
                        "engine",
                        "results",
                        "term",
                        "history",
                        "team",
                        "worker",
                        "crew",
                        "service",
                        "dog",
                        "boat",
                        "agency",
                        // "the search and rescue agency said".
                        "and rescue",
                    ]
                    .iter()
                    .any(|w| r.starts_with(w))
                })
        }
        // A race run ("50,000 runners took part in the marathon"), not
        // "the two-year marathon" of a campaign nor "marathon talks".
        "marathon" | "half-marathon" | "ultramarathon" => !clause_mentions(
            text,
            (start, end),
            (64, 64),
            &["runner", "ran ", "race", "athlete", "finish", "mile", "km"],
        ),
        // "a lightning strike killed 32 cows": weather, no attack.
        "strike" => word_before_in(text, start, &["lightning"]),
        // "two conference calls": calls, no conference.
        "conference" => text.get(end..).is_some_and(|r| {
            let r = r.trim_start();
            r.len() >= 4 && r.as_bytes()[..4].eq_ignore_ascii_case(b"call")
        }),
        // "made an emergency landing", "a forced landing"; not "the moon
        // landing" nor "a landing page".
        "landing" => !word_before_in(
            text,
            start,
            &[
                "emergency",
                "forced",
                "crash",
                "safe",
                "unscheduled",
                "precautionary",
            ],
        ),
        // An aircraft's turbulence ("a flight hit severe turbulence"), not
        // the markets' ("months of market turbulence").
        "turbulence" => {
            !word_before_in(text, start, &["severe", "clear-air", "extreme"])
                && !clause_mentions(
                    text,
                    (start, end),
                    (160, 160),
                    &[
                        "flight", "plane", "jet", "aircraft", "airliner", "cabin", "seatbelt",
                    ],
                )
        }
        // "a get-out-the-vote event": a campaign's drive, no vote.
        "vote" => text.get(start.saturating_sub(12)..start).is_some_and(|b| {
            b.eq_ignore_ascii_case("get out the ") || b.eq_ignore_ascii_case("get-out-the-")
        }),
        "collapse" => !structure_near(text, start, end),
        // A rocket's launch ("The launch on Tuesday put 22 satellites into
        // orbit"), not a campaign's or a product's.
        "launch" => !clause_mentions(text, (start, end), (120, 120), SPACECRAFT),
        // "the total solar eclipse", "Wednesday's eclipse"; not the verb
        // ("is set to eclipse last year's record").
        "eclipse" => !noun_after(
            text,
            start,
            &[
                "solar", "lunar", "total", "partial", "annular", "hybrid", "the", "an", "this",
                "next",
            ],
        ),
        // "the oil spill", "fuel spilled into the river", not "anger may
        // spill into the streets".
        "spill" => !spilled_substance_near(text, start, end),
        // "a bidding war", "a price war", "a war of words": rivalry, no
        // fighting; "war games" are an exercise.
        "war" => {
            of_war(text, start)
                || word_before_in(
                    text,
                    start,
                    &[
                        "bidding", "price", "pricing", "turf", "talent", "culture", "fare",
                    ],
                )
                || text.get(end..).is_some_and(|r| {
                    r.len() >= 9 && r.as_bytes()[..9].eq_ignore_ascii_case(b" of words")
                        || r.len() >= 6 && r.as_bytes()[..6].eq_ignore_ascii_case(b" games")
                })
        }
        "fire" => fire_service(text, end),
        // "a tornado outbreak": many storms, no disease (the storm word
        // before it names the event).
        "outbreak" => weather_before(text, start),
        "summit" => mountain_top(text, start, end),
        // "a two-week exercise", "the naval drills", not "to exercise
        // restraint", "the exercise of power", "drill for oil".
        "exercise" | "drill" => {
            !word_before_in(
                text,
                start,
                &[
                    "the",
                    "a",
                    "an",
                    "this",
                    "that",
                    "its",
                    "their",
                    "military",
                    "naval",
                    "joint",
                    "air",
                    "army",
                    "training",
                    "fire",
                    "annual",
                    "scale",
                    "nato",
                    "week",
                    "day",
                    "month",
                    "war",
                    "combat",
                    "amphibious",
                ],
            ) || text.get(end..).is_some_and(|r| r.starts_with(" of "))
        }
        _ => false,
    }
}

/// Whether "summit" at `text[start..end]` is a mountain's top: reached,
/// climbed or scaled ("reached the summit", "climbed to the summit"), or
/// the summit of a mountain named within four words ("the summit of the
/// 8,849-metre Mount Everest", "the summit of K2"), or one with a height
/// ("the 8,849-metre summit"), not a meeting ("the summit of G20
/// leaders", "arrived at the summit").
fn mountain_top(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let mut back = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(3);
    let climbed = back.find(|w| {
        !["the", "to", "its", "their"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
    });
    // A summit with a height is a peak's: "the 8,849-metre summit".
    let height = ["metre", "meter", "m", "foot", "feet", "ft"];
    if climbed.is_some_and(|w| {
        CLIMBS
            .iter()
            .chain(height.iter())
            .any(|x| x.eq_ignore_ascii_case(w))
    }) {
        return true;
    }
    text.get(end..)
        .and_then(|r| r.strip_prefix(" of "))
        .is_some_and(|r| {
            r.split(' ').take(4).any(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
                PEAKS.iter().any(|x| x.eq_ignore_ascii_case(w))
            })
        })
}

/// Verbs of reaching a mountain's top ([`mountain_top`]).
const CLIMBS: &[&str] = &[
    "reach",
    "reached",
    "reaches",
    "reaching",
    "climb",
    "climbed",
    "climbs",
    "climbing",
    "scale",
    "scaled",
    "scaling",
    "conquered",
];

/// Words that name a mountain after "the summit of" ([`mountain_top`]).
const PEAKS: &[&str] = &[
    "mount",
    "mt",
    "mountain",
    "peak",
    "volcano",
    "everest",
    "k2",
    "kilimanjaro",
    "denali",
    "matterhorn",
    "mont",
];

/// Whether the word at `text[start..end]` starts with `prefix`, ASCII
/// case folded: the noun of an event word, not its verb ("erupti…",
/// "explosi…").
fn starts_with_ci(text: &str, start: usize, end: usize, prefix: &str) -> bool {
    text.get(start..end)
        .and_then(|w| w.get(..prefix.len()))
        .is_some_and(|w| w.eq_ignore_ascii_case(prefix))
}

/// Words of a flight to space, for the events of [`names_no_event`].
const SPACECRAFT: &[&str] = &[
    "rocket",
    "satellite",
    "spacecraft",
    "capsule",
    "space probe",
    "spaceport",
    "orbit",
    "booster",
];

/// What explodes in a blast ([`names_no_event`]): "a car bomb exploded",
/// "methane gas exploded", "a tanker exploded".
const EXPLOSIVES: &[&str] = &[
    "bomb",
    "gas",
    "device",
    "grenade",
    "shell",
    "mine",
    "tanker",
    "boiler",
    "cylinder",
    "munition",
    "missile",
    "rocket",
    "drone",
    "explosive",
    "dynamite",
    "firework",
    "ammunition",
    "fuel",
    "truck",
    "car",
    "vehicle",
    "factory",
    "plant",
    "depot",
    "pipeline",
];

/// Whether the word before byte `at` is a storm's: "tornado outbreak",
/// "storm outbreak".
fn weather_before(text: &str, at: usize) -> bool {
    word_before_in(
        text,
        at,
        &["tornado", "twister", "storm", "thunderstorm", "weather"],
    )
}

/// Whether the word before byte `at` is one of `words` (ASCII case
/// folded).
fn word_before_in(text: &str, at: usize, words: &[&str]) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether the word after byte `at` is one of `words` (ASCII case
/// ignored).
fn word_after_in(text: &str, at: usize, words: &[&str]) -> bool {
    let after = text.get(at..).unwrap_or("").trim_start();
    let word = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    words.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether "crush" at byte `at` is the noun of a crowd's crush: after a
/// determiner, a possessive or an adjective of one ("the crush", "Friday's
/// crush", "a deadly crowd crush"), not the verb ("vowed to crush the
/// rebels", "crushes dissent").
fn crush_noun(text: &str, at: usize) -> bool {
    noun_after(
        text,
        at,
        &[
            "the", "a", "this", "that", "deadly", "fatal", "crowd", "human",
        ],
    )
}

/// Whether the word before byte `at` is a possessive ("Friday's") or one
/// of `words` (ASCII case folded): a word a noun follows, not a verb.
fn noun_after(text: &str, at: usize, words: &[&str]) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .next()
        .unwrap_or("");
    word.ends_with("'s")
        || word.ends_with("’s")
        || words.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// Whether the words after byte `end` are a running count: "(raising)
/// the death toll", "(bringing) the total", "(taking) the number".
fn raises_a_tally(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("").trim_start();
    let Some(rest) = rest
        .get(..4)
        .filter(|d| d.eq_ignore_ascii_case("the "))
        .and_then(|_| rest.get(4..))
    else {
        return false;
    };
    let rest = rest
        .get(..6)
        .filter(|d| d.eq_ignore_ascii_case("death "))
        .and_then(|_| rest.get(6..))
        .unwrap_or(rest);
    let next = leading_word(rest);
    ["toll", "total", "tally", "number", "count"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(next))
}

/// Whether "fire" ending at byte `end` names those who fight fires, not a
/// fire: "fire officials", "the fire service", "fire crews".
fn fire_service(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    FIRE_SERVICE
        .iter()
        .any(|w| w.eq_ignore_ascii_case(leading_word(rest)))
}

/// Whether a collapse at `text[start..end]` is of a building or another
/// structure named beside it in its clause: "the building collapsed",
/// "Tuesday's bridge collapse", "the collapse of a seven-storey block",
/// not "talks collapsed", "the collapse of the currency" or "the market
/// collapses" (no market, wall or house is a structure here: "the Wall
/// Street collapse", "the housing market").
fn structure_near(text: &str, start: usize, end: usize) -> bool {
    let (before, after) = clause_around(text, start, end, 48, 32, &['.', ';', ',']);
    // The noun's structure may follow it ("the collapse of the bridge");
    // the verb's is its subject ("the bridge collapsed", not "he collapsed
    // at his hotel").
    let noun = text
        .get(start..end)
        .is_some_and(|w| w.eq_ignore_ascii_case("collapse"));
    let after = if noun && after.starts_with(" of ") {
        after
    } else {
        ""
    };
    // "The Harlow Bridge, which collapsed on Tuesday", "The bridge, old
    // and rusty, collapsed": the subject before an aside set off by
    // commas, the sentence's words up to its first comma.
    let subject = if noun {
        ""
    } else {
        let (sentence, _) = clause_around(text, start, end, 120, 0, &['.', ';']);
        match sentence.split_once(',') {
            Some((head, rest)) if rest.len() < 80 => head,
            _ => "",
        }
    };
    [before, after, subject]
        .iter()
        .flat_map(|part| part.split(|c: char| !c.is_ascii_alphabetic()))
        .any(|w| {
            let w = w.strip_suffix('s').unwrap_or(w).to_ascii_lowercase();
            // "footbridge", "watchtower"; short names only whole ("Adam" is
            // no dam, "determine" no mine).
            STRUCTURES
                .iter()
                .any(|s| w == *s || s.len() >= 5 && w.ends_with(s))
        })
}

/// What may collapse and be the event of a story ([`structure_near`]).
const STRUCTURES: &[&str] = &[
    "building",
    "block",
    "bridge",
    "overpass",
    "flyover",
    "walkway",
    "tower",
    "roof",
    "ceiling",
    "balcony",
    "grandstand",
    "stadium",
    "mine",
    "shaft",
    "gallery",
    "tunnel",
    "dam",
    "hotel",
    "school",
    "church",
    "mosque",
    "temple",
    "mall",
    "hospital",
    "factory",
    "warehouse",
    "crane",
    "scaffolding",
    "storey",
    "pier",
    // "the walls of a pit collapsed" (not "wall": "Wall Street").
    "pit",
];

/// The ASCII letters `s` starts with ("" when it starts with none).
fn leading_word(s: &str) -> &str {
    s.split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
}

/// Nouns after "fire" that make it the service ([`fire_service`]).
const FIRE_SERVICE: &[&str] = &[
    "service",
    "services",
    "department",
    "departments",
    "brigade",
    "brigades",
    "official",
    "officials",
    "chief",
    "chiefs",
    "crew",
    "crews",
    "officer",
    "officers",
    "station",
    "stations",
    "engine",
    "engines",
    "truck",
    "trucks",
    "fighter",
    "fighters",
    "authorities",
    // "the fire agency said" (Taiwan's National Fire Agency).
    "agency",
    "agencies",
];

/// Whether "war" at byte `at` ends "prisoner(s) of war": people held, not
/// the war's event.
fn of_war(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    ["prisoners of ", "prisoner of "].iter().any(|p| {
        before
            .len()
            .checked_sub(p.len())
            .and_then(|k| before.get(k..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(p))
    })
}

/// Whether "fire" at byte `at` follows a word that makes it gunfire
/// ("opened fire", "returned fire": `Some(true)`) or criticism ("under
/// fire": `Some(false)`).
fn gun_or_criticism(text: &str, at: usize) -> Option<bool> {
    let before = text.get(..at)?.trim_end();
    let word = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next()?;
    match word.to_ascii_lowercase().as_str() {
        "open" | "opened" | "opens" | "opening" | "returned" | "return" => Some(true),
        "under" => Some(false),
        _ => None,
    }
}

/// regular inflections of [`REGULAR_VERBS`].
fn forms() -> &'static WordMap<&'static str, &'static str> {
    static FORMS: OnceLock<WordMap<&'static str, &'static str>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut m = WordMap::default();
        for (f, l) in PREDICATE_FORMS {
            m.insert(*f, *l);
        }
        // The inflected forms live in a static of their own, so that every
        // key stays owned and reachable (no leaked strings).
        static INFLECTED: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
        let inflected = INFLECTED.get_or_init(|| {
            REGULAR_VERBS
                .iter()
                .flat_map(|v| inflect(v).into_iter().map(move |f| (f, *v)))
                .collect()
        });
        for (f, v) in inflected {
            m.entry(f.as_str()).or_insert(*v);
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
    let mut out = vec![v.to_string(), plural_s(v)];
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

/// A noun's plural or a verb's third person in "-s": "-es" after a
/// sibilant ("marches", "crashes", "pushes"), "-s" otherwise.
fn plural_s(w: &str) -> String {
    if ["s", "sh", "ch", "x", "z"].iter().any(|e| w.ends_with(e)) {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

/// An event word's plural: "marches", "crashes"; a word in "-s" is its
/// own ("talks", "wargames").
fn event_plural(k: &str) -> String {
    if k.ends_with('s') {
        k.to_string()
    } else {
        plural_s(k)
    }
}

/// Verbs with regular inflections whose lemma is a predicate of
/// [`group::PREDICATE_CLASSES`].
const REGULAR_VERBS: &[&str] = &[
    // Appointments moved to another day.
    "postpone",
    "reschedule",
    // A sum put into a plant or a firm.
    "invest",
    // Birds or animals killed to stop a disease.
    "cull",
    "slaughter",
    "destroy",
    "damage",
    "burn",
    "scorch",
    "blacken",
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
    "drown",
    "capsize",
    "injure",
    "wound",
    "hospitalize",
    "arrest",
    "detain",
    "evacuate",
    "displace",
    "disrupt",
    "affect",
    "rescue",
    // Stranded whales or a grounded ship floated again: "Rescuers
    // refloated 32 of them".
    "refloat",
    "visit",
    "welcome",
    "march",
    "protest",
    "demonstrate",
    "rally",
    "announce",
    "declare",
    "annex",
    "close",
    "shutter",
    "purchase",
    "release",
    "cross",
    // "ordered him to repay $48 million and fined him $2 million": what
    // is repaid is no fine.
    "repay",
    "imprison",
    "launch",
    "intercept",
    "seize",
    "confiscate",
    "recall",
    "cancel",
    "deport",
    "produce",
    "embezzle",
    "defraud",
    "swindle",
    "misappropriate",
    "siphon",
    "abduct",
    "escape",
    "spill",
];

/// Irregular and multi-word predicate forms → lemma.
const PREDICATE_FORMS: &[(&str, &str)] = &[
    // Only the past tense: "crash" and "crashes" are the event's nouns
    // (as "exchange" and "swap" are).
    ("crashed", "crash"),
    ("exchanged", "exchange"),
    ("swapped", "swap"),
    ("derailed", "derail"),
    // "Eight carriages left the tracks", "came off the rails".
    ("left the tracks", "derail"),
    ("left the rails", "derail"),
    ("came off the rails", "derail"),
    ("came off the tracks", "derail"),
    ("jumped the tracks", "derail"),
    // Visas, permits, warnings granted or issued (not the nouns "grant"
    // and "issue": "the issue of immigration").
    ("granted", "grant"),
    ("granting", "grant"),
    ("issued", "issue"),
    ("issuing", "issue"),
    // A vessel's only ("shares sank 4%": see `names_no_predicate`).
    ("sank", "sink"),
    ("sunk", "sink"),
    // A vehicle's only ("shares plunged 20%").
    ("plunged", "plunge"),
    ("plunges", "plunge"),
    // Not "jail", "jails": mostly the noun ("inmates at the county jail").
    ("jailed", "jail"),
    ("jailing", "jail"),
    ("kidnap", "kidnap"),
    ("kidnaps", "kidnap"),
    ("kidnapped", "kidnap"),
    ("kidnapping", "kidnap"),
    // Captives handed over (weapons handed over are no captives: see
    // `group::PREDICATE_ONLY_OF`).
    ("handed over", "release"),
    ("hand over", "release"),
    ("hands over", "release"),
    ("handing over", "release"),
    // Prisoners who escaped ("broke out" alone is also a fire's or a
    // war's start).
    ("broke out of", "escape"),
    ("break out of", "escape"),
    ("breaks out of", "escape"),
    ("breaking out of", "escape"),
    // Those still free after an escape: "Fourteen of the escaped
    // prisoners remain at large" (not those who escaped).
    // Warnings and restrictions standing: "48 flood warnings remained in
    // place", "Sixty warnings were in force" (of notices only: see
    // `group::PREDICATE_ONLY_OF`).
    ("in force", "in force"),
    ("in place", "in force"),
    ("in effect", "in force"),
    ("remain at large", "at large"),
    ("remains at large", "at large"),
    ("are still at large", "at large"),
    ("still at large", "at large"),
    ("at large", "at large"),
    // "17 prisoners broke out": of prisoners only (see
    // `group::PREDICATES_OF_NOUNS`).
    ("broke out", "break out"),
    ("break out", "break out"),
    ("breaks out", "break out"),
    // Audiences: "watched by 67 million viewers", "58 million people
    // tuned in" (not "a crowd of 58,000 watched", which attended).
    ("watched by", "watch"),
    ("tuned in", "tune in"),
    ("tune in", "tune in"),
    ("tuning in", "tune in"),
    // Subscribers won ("signed up 18.9 million subscribers").
    ("signed up", "sign up"),
    ("sign up", "sign up"),
    ("signs up", "sign up"),
    // Thieves: "made off with $1.4 billion", "escaped with eight pieces".
    ("made off with", "steal"),
    ("make off with", "steal"),
    ("escaped with", "steal"),
    ("fled with", "steal"),
    ("got away with", "steal"),
    // An aircraft down safely ("The jet landed safely in Dunmore").
    ("landed safely", "land"),
    ("land safely", "land"),
    ("touched down safely", "land"),
    ("robbed", "rob"),
    ("rob", "rob"),
    ("robs", "rob"),
    ("robbing", "rob"),
    // People driven from their homes.
    ("forced from their homes", "displace"),
    ("driven from their homes", "displace"),
    ("leave their homes", "displace"),
    // Told to leave: "About 30,000 people were ordered to leave their
    // homes" were evacuated.
    ("ordered to leave", "evacuate"),
    ("told to leave", "evacuate"),
    ("ordered to evacuate", "evacuate"),
    // "forced the evacuation of more than 4,000 people".
    ("the evacuation of", "evacuate"),
    ("evacuation orders for", "evacuate"),
    ("evacuation order for", "evacuate"),
    // "forcing the cancellation of about 1,500 flights".
    ("the cancellation of", "cancel"),
    // "Snow forced the closure of 212 schools".
    ("the closure of", "close"),
    // Pupils or workers sent away, not goods sent: "45,000 pupils were
    // sent home".
    ("sent home", "send home"),
    ("send home", "send home"),
    ("sending home", "send home"),
    // "More than 300 passengers fell ill with norovirus".
    ("fell ill", "sicken"),
    ("fallen ill", "sicken"),
    ("falling ill", "sicken"),
    ("became ill", "sicken"),
    ("left their homes", "displace"),
    // "forced 1.5 million residents from their homes", "driven from
    // their homes".
    ("from their homes", "displace"),
    ("from their houses", "displace"),
    ("leaving their homes", "displace"),
    ("lost their homes", "displace"),
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
    // Babies born: "591,000 babies were born last year".
    ("born", "born"),
    ("die", "die"),
    ("dies", "die"),
    ("died", "die"),
    ("dying", "die"),
    ("dead", "dead"),
    // Not confirmed dead: "Hundreds feared dead" are the missing.
    ("feared dead", "missing"),
    ("presumed dead", "missing"),
    ("death toll", "death toll"),
    ("toll", "death toll"),
    ("hurt", "hurt"),
    ("hospitalised", "hospitalize"),
    // Money taken out of a bank ("Depositors withdrew about $40bn"),
    // troops out of a country.
    ("withdraw", "withdraw"),
    ("withdraws", "withdraw"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("withdrawing", "withdraw"),
    // Captives still held: "72 people remain in captivity", "held
    // hostage", "are still held" (see also `annotate_count` for "holding
    // 59 hostages").
    ("in captivity", "hold captive"),
    ("held captive", "hold captive"),
    ("held hostage", "hold captive"),
    ("still held", "hold captive"),
    ("still being held", "hold captive"),
    ("repaid", "repay"),
    // "A dozen people lost their lives in the flood".
    ("lost their lives", "die"),
    ("lose their lives", "die"),
    ("lost his life", "die"),
    ("lost her life", "die"),
    // "Eleven people remain in hospital", "14 are still in hospital".
    ("remain in hospital", "hospitalize"),
    ("remained in hospital", "hospitalize"),
    ("remains in hospital", "hospitalize"),
    ("still in hospital", "hospitalize"),
    ("treated in hospital", "hospitalize"),
    ("treated at hospital", "hospitalize"),
    ("treated in the hospital", "hospitalize"),
    ("treated at the hospital", "hospitalize"),
    ("taken to hospital", "hospitalize"),
    ("taken to the hospital", "hospitalize"),
    ("admitted to hospital", "hospitalize"),
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
    ("voted in favour", "vote for"),
    ("voting in favour", "vote for"),
    ("vote in favour", "vote for"),
    ("votes in favour", "vote for"),
    ("voted in favor", "vote for"),
    ("voting in favor", "vote for"),
    ("vote in favor", "vote for"),
    ("votes in favor", "vote for"),
    ("resigned", "resign"),
    ("resigns", "resign"),
    ("resign", "resign"),
    ("resigning", "resign"),
    ("stepped down", "resign"),
    ("steps down", "resign"),
    ("step down", "resign"),
    ("stepping down", "resign"),
    ("abstained", "abstain"),
    ("abstain", "abstain"),
    ("abstaining", "abstain"),
    ("say", "say"),
    ("says", "say"),
    ("said", "say"),
    ("saying", "say"),
    ("stated", "state"),
    ("tell", "tell"),
    ("tells", "tell"),
    ("told", "tell"),
    ("invade", "invade"),
    ("awarded", "award"),
    ("pay", "pay"),
    ("pays", "pay"),
    ("paid", "pay"),
    ("paying", "pay"),
    ("fined", "fine"),
    ("sue", "sue"),
    ("sues", "sue"),
    ("sued", "sue"),
    ("suing", "sue"),
    ("convicted", "convict"),
    ("found guilty", "convict"),
    ("sentenced", "sentence"),
    ("charged", "charge"),
    ("indicted", "indict"),
    ("infected", "infect"),
    ("infecting", "infect"),
    ("sickened", "sicken"),
    // "The number of sick has risen to 281" (not "on sick leave").
    ("number of sick", "sicken"),
    ("tested positive", "test positive"),
    ("test positive", "test positive"),
    ("vaccinated", "vaccinate"),
    ("hired", "hire"),
    ("hiring", "hire"),
    ("hire", "hire"),
    ("stranded", "strand"),
    ("stranding", "strand"),
    ("strands", "strand"),
    ("hires", "hire"),
    ("laid off", "lay off"),
    ("cut", "cut"),
    ("cuts", "cut"),
    ("cutting", "cut"),
    ("eliminate", "eliminate"),
    ("eliminates", "eliminate"),
    ("eliminated", "eliminate"),
    ("eliminating", "eliminate"),
    // Not "free": mostly the adjective ("free for families").
    ("made the crossing", "cross"),
    ("make the crossing", "cross"),
    ("making the crossing", "cross"),
    ("frees", "free"),
    ("freed", "free"),
    ("freeing", "free"),
    ("shut", "shut"),
    ("shuts", "shut"),
    ("shutting", "shut"),
    ("shed", "shed"),
    ("sheds", "shed"),
    ("shedding", "shed"),
    ("slash", "slash"),
    ("slashes", "slash"),
    ("slashed", "slash"),
    ("slashing", "slash"),
    // "The lender axed 2,300 roles".
    ("axed", "axe"),
    ("axes", "axe"),
    ("axing", "axe"),
    ("lay off", "lay off"),
    ("lays off", "lay off"),
    ("laying off", "lay off"),
    ("acquire", "acquire"),
    ("acquires", "acquire"),
    ("acquired", "acquire"),
    ("acquiring", "acquire"),
    ("purchase", "purchase"),
    ("purchases", "purchase"),
    ("purchased", "purchase"),
    ("purchasing", "purchase"),
    // Units sold: "BYD sold 2.26 million cars" (a firm's sales, keyed on
    // the seller; a price an item sold for is another predicate).
    ("sold", "sell units"),
    ("sells", "sell units"),
    // "selling 10.2 million tickets" ("selling for" is a price).
    ("selling", "sell units"),
    // A price reached: "sold for $48.5 million", "fetched $52 million".
    ("sold for", "sell"),
    // "The landscape went for $46 million".
    ("went for", "sell"),
    ("goes for", "sell"),
    ("sells for", "sell"),
    ("sell for", "sell"),
    ("selling for", "sell"),
    ("fetched", "sell"),
    ("fetches", "sell"),
    ("fetching", "sell"),
    ("buy", "buy"),
    ("buys", "buy"),
    ("bought", "buy"),
    ("buying", "buy"),
    ("take over", "take over"),
    ("takes over", "take over"),
    ("took over", "take over"),
    ("taking over", "take over"),
    ("taken over", "take over"),
    ("exposed", "expose"),
    ("accessed", "access"),
    ("compromised", "compromise"),
    ("leaked", "leak"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("steal", "steal"),
    ("steals", "steal"),
    ("stealing", "steal"),
    // "the boat was carrying 500 people" (not "carried out attacks",
    // "carry the state").
    ("carrying", "carry"),
    ("carrying out", "carry out"),
    ("carried", "carry"),
    ("carried out", "carry out"),
    // "more than 100 people had boarded the boat" (not windows "boarded
    // up").
    ("boarded", "carry"),
    ("boarded up", "board up"),
    // "The vessel was transporting 3,783 vehicles".
    ("transporting", "carry"),
    ("transported", "carry"),
    ("handled", "handle"),
    ("handles", "handle"),
    ("passed through", "pass through"),
    ("pass through", "pass through"),
    ("passes through", "pass through"),
    ("burnt", "burn"),
    ("charred", "char"),
    ("contained", "contain"),
    ("walked off", "walk out"),
    ("walk off", "walk out"),
    ("walked out", "walk out"),
    ("walk out", "walk out"),
    ("went on strike", "walk out"),
    // "1,100 drivers are set to strike", "nurses on strike".
    ("set to strike", "walk out"),
    ("due to strike", "walk out"),
    ("on strike", "walk out"),
    // Strikers stay away from their work: "100,000 teachers stayed away
    // from classrooms" (not voters who stayed away from the polls).
    ("stayed away from work", "walk out"),
    ("stay away from work", "walk out"),
    ("stayed away from classrooms", "walk out"),
    ("stay away from classrooms", "walk out"),
    ("stayed away from their classrooms", "walk out"),
    ("stayed off work", "walk out"),
    // Killed by a weapon or a force: "Three people were stabbed to death".
    ("stabbed to death", "kill"),
    ("beaten to death", "kill"),
    ("hacked to death", "kill"),
    ("burned to death", "kill"),
    ("crushed to death", "kill"),
    // Died of cold: "at least 20 people have frozen to death".
    ("frozen to death", "die"),
    ("froze to death", "die"),
    ("freeze to death", "die"),
    ("go on strike", "walk out"),
    ("lost power", "lose power"),
    ("lose power", "lose power"),
    ("loses power", "lose power"),
    ("losing power", "lose power"),
    ("without power", "lose power"),
    ("without electricity", "lose power"),
    ("lost electricity", "lose power"),
    ("in the dark", "lose power"),
    ("cut power to", "lose power"),
    // "Power was knocked out to 1.2 million customers".
    ("knocked out to", "lose power"),
    ("knocked out power to", "lose power"),
    // "About 4,000 workers will lose their jobs".
    ("lose their jobs", "lose job"),
    ("lost their jobs", "lose job"),
    ("losing their jobs", "lose job"),
    // "More than 300 people were taken into custody".
    ("taken into custody", "detain"),
    ("cutting power to", "lose power"),
    // "power was cut to 2.4 million customers" (not a level a cut left).
    ("power was cut to", "lose power"),
    ("electricity was cut to", "lose power"),
    ("cut off power to", "lose power"),
    ("cut off electricity to", "lose power"),
    ("knocked out power to", "lose power"),
    ("knocking out power to", "lose power"),
    ("pending", "pending"),
    ("win", "win"),
    ("wins", "win"),
    ("won", "win"),
    ("winning", "win"),
    ("secured", "secure"),
    ("securing", "secure"),
    ("invaded", "invade"),
    ("expel", "expel"),
    ("expels", "expel"),
    ("expelled", "expel"),
    ("expelling", "expel"),
    ("deliveries", "deliver"),
    // Buildings brought down: "flattened more than 350 houses", "razed
    // 200 homes", "the blaze gutted 40 shops".
    ("gutted", "destroy"),
    ("flattened", "destroy"),
    ("flattening", "destroy"),
    ("razed", "destroy"),
    // Crops laid waste: "locusts ravaged 175,000 hectares", "the drought
    // withered crops on 1.3 million hectares".
    ("ravaged", "destroy"),
    ("withered", "destroy"),
    ("ravaging", "destroy"),
    // Homes or fields under water: "About 300 homes were flooded" (the
    // verb only: "the flood" is the event, and "Flooding forced 300
    // people from their homes" a noun too).
    ("flooded", "flood"),
    // Fires not contained: "240 of them out of control", "239 of the
    // fires were burning out of control" (a part of the fires burning).
    ("out of control", "out of control"),
    ("burning out of control", "out of control"),
    ("raging out of control", "out of control"),
    ("burn out of control", "out of control"),
    ("distributed", "distribute"),
    ("distributes", "distribute"),
    ("distributing", "distribute"),
    ("handed out", "hand out"),
    ("hands out", "hand out"),
    ("hand out", "hand out"),
    ("handing out", "hand out"),
    ("gave out", "give out"),
    ("given out", "give out"),
    ("giving out", "give out"),
    // The verb only: "a power plant" is a noun.
    ("planted", "plant"),
    ("planting", "plant"),
    ("production", "produce"),
    ("cancelled", "cancel"),
    ("cancelling", "cancel"),
    ("delayed", "delay"),
    ("scrapped", "cancel"),
    ("scrapping", "cancel"),
    // "About 1,400 procedures were called off".
    ("called off", "cancel"),
    ("calling off", "cancel"),
    ("call off", "cancel"),
    ("calls off", "cancel"),
    // People moved out of harm's way, and people driven out.
    ("moved from their homes", "evacuate"),
    ("moved out of their homes", "evacuate"),
    ("under evacuation orders", "evacuate"),
    ("under evacuation order", "evacuate"),
    ("under an evacuation order", "evacuate"),
    ("under mandatory evacuation orders", "evacuate"),
    ("moved to shelters", "evacuate"),
    ("moved to safety", "evacuate"),
    ("moved to safer areas", "evacuate"),
    ("taken to shelters", "evacuate"),
    ("forced from their homes", "displace"),
    ("forced out of their homes", "displace"),
    ("driven from their homes", "displace"),
    ("fired", "fire"),
    ("firing", "fire"),
    ("shot down", "shoot down"),
    ("shoot down", "shoot down"),
    ("shoots down", "shoot down"),
    ("shooting down", "shoot down"),
    ("downed", "down"),
    ("downing", "down"),
    ("trapped", "trapped"),
    ("under the rubble", "trapped"),
    ("under rubble", "trapped"),
    ("under the debris", "trapped"),
    // "pulled 23 people alive from the rubble", "found alive".
    ("alive", "rescue"),
    // "More than 2,000 people were buried alive": trapped, not rescued.
    ("buried alive", "trapped"),
    // "half of them are believed to be alive": living, not rescued (a
    // lemma of no class).
    ("to be alive", "be alive"),
    ("are alive", "be alive"),
    ("still alive", "be alive"),
    ("remain alive", "be alive"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Fuzz regression (LeakSanitizer, fuzz/artifacts/extract, empty input):
    /// building the word tables leaked the strings of plurals and verb
    /// forms whose key was already present. They now live in statics; every
    /// one of them is still found.
    #[test]
    fn ctx_lexicon_plurals_and_forms_are_found() {
        for (k, _) in group::EVENT_CLASSES {
            let plural = event_plural(k);
            let info = lexicon().get(plural.as_bytes());
            assert!(info.is_some_and(|i| i.event.is_some()), "{plural}");
        }
        for v in REGULAR_VERBS {
            for f in inflect(v) {
                assert!(forms().contains_key(f.as_str()), "{f}");
            }
        }
    }
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
        crate::extract::with_context(text, |cx| {
            c.sentence = cx.sentence_at(start);
            let mut claims = vec![c];
            annotate(cx, &mut claims);
            claims.remove(0).subject.map(|s| *s).unwrap_or_default()
        })
    }

    /// Claims annotated together (windows cut from one sentence's tokens)
    /// read the same context as each claim annotated alone.
    #[test]
    fn shared_tokens_match_windows_alone() {
        let mut text = String::new();
        for k in 0..40 {
            text.push_str(&format!(
                "{k} leaders took part in the Paris summit, and {k} troops were killed; "
            ));
        }
        text.push('.');
        let seg = Segments::new(&text);
        let policy = Policy::default();
        let cx = Context {
            text: &text,
            published: None,
            policy: &policy,
            seg: &seg,
        };
        let claims: Vec<Claim> = text
            .match_indices(|c: char| c.is_ascii_digit())
            .map(|(i, d)| {
                let mut c = Claim::new(
                    Count,
                    Span::new(i, i + d.len()),
                    Value::Number(Amount::exact(1.0)),
                );
                c.sentence = seg.sentence_at(i);
                c
            })
            .collect();
        let mut together = claims.clone();
        annotate(&cx, &mut together);
        for (c, t) in claims.into_iter().zip(&together) {
            let mut alone = vec![c];
            annotate(&cx, &mut alone);
            assert_eq!(
                format!("{:?}", alone.first().map(|c| &c.subject)),
                format!("{:?}", Some(&t.subject)),
                "claim at {}",
                t.span.start
            );
        }
    }

    #[test]
    fn letter_bits_match_bytes() {
        let text = "Ab zZ@[`{ é9summitSUMMITs\u{80}x-y'z\u{FF}\n\t~~~ strikes, strike; war wars";
        let bytes = text.as_bytes();
        for block in bytes.chunks(64).chain(bytes.chunks(7)) {
            let bits = letter_bits(block);
            for (k, b) in block.iter().enumerate() {
                assert_eq!(
                    bits >> k & 1 == 1,
                    b.is_ascii_alphabetic(),
                    "byte {k} of {block:?}"
                );
            }
            if block.len() < 64 {
                assert_eq!(bits >> block.len(), 0);
            }
        }
    }

    #[test]
    fn dominant_event_across_blocks() {
        // Event nouns cut by the 64-byte blocks are still counted.
        for pad in 0..70 {
            let text = format!("{} summits, a summit; the strike", "x".repeat(pad));
            assert_eq!(dominant_event(&text), Some(("summit", 2)), "pad {pad}");
        }
        // Glued words are no event nouns; one event named once is the
        // only one; two named once each are a tie.
        assert_eq!(dominant_event("summitsummit strike"), Some(("strike", 1)));
        assert_eq!(dominant_event("the summit and the strike"), None);
        assert_eq!(dominant_event(""), None);
    }

    #[test]
    fn a_capitalised_month_is_no_event() {
        // "March" is the month; "the march" a protest.
        let months = "The year ends in March. Rates rose in March, and again in May.";
        assert_eq!(dominant_event(months), None);
        assert_eq!(
            dominant_event("The march went on, and a second march followed."),
            Some(("march", 2))
        );
        let s = subject(
            "Rates rose in March. The bank lifted rates by 50 basis points in March.",
            "50 basis points",
            ClaimKind::Measure,
        );
        assert_eq!(s.event, None, "{s:?}");
        let s = subject(
            "The list grew to 7.5 million in April, up from 7.4 million in March.",
            "7.4 million",
            ClaimKind::Number,
        );
        assert_eq!(s.predicate, None, "{s:?}");
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
        ctx025_an_attempt_is_modal,
        "More than 10 million people tried to buy tickets for the tour.",
        "More than 10 million people",
        Count,
        |s| s.modal
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
        ctx070_on_board_with_no_verb_is_aboard,
        "Of the 40 people on board, 12 survived.",
        "40 people",
        Count,
        |s| s.predicate.as_deref() == Some("carry") && s.scope.is_none()
    );
    t!(
        ctx071_scope_on_board,
        "All 40 people on board were killed.",
        "40 people",
        Count,
        |s| s.predicate.as_deref() == Some("kill") && s.scope.as_deref() == Some("on board")
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
