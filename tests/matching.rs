//! Property tests of the matching core: compatibility of readings, value
//! clusters, the claim-set merge and the findings built from it.

use corroborate::detect::findings;
use corroborate::group::{ClaimSet, KeyKind, Mention, Reading, SubjectKey, clusters};
use corroborate::{ClaimKind, Finding, FindingKind, Span};
use proptest::prelude::*;

fn number() -> impl Strategy<Value = Reading> {
    (0.0f64..100.0, 0.0f64..20.0).prop_map(|(low, w)| Reading::Number { low, high: low + w })
}

/// Numbers within a factor of ten of each other (figures further apart
/// are read as different things, never as a conflict).
fn near_number() -> impl Strategy<Value = Reading> {
    (10.0f64..50.0, 0.0f64..20.0).prop_map(|(low, w)| Reading::Number { low, high: low + w })
}

fn days() -> impl Strategy<Value = Reading> {
    prop_oneof![
        (20_300i64..20_340, 0i64..40).prop_map(|(first, len)| Reading::Days {
            first,
            last: first + len,
            weekday: None,
            month: None
        }),
        (0u8..7).prop_map(|w| Reading::Days {
            first: i64::MIN,
            last: i64::MAX,
            weekday: Some(w),
            month: None
        }),
        (1u8..13).prop_map(|m| Reading::Days {
            first: i64::MIN,
            last: i64::MAX,
            weekday: None,
            month: Some(m)
        }),
    ]
}

fn reading() -> impl Strategy<Value = Reading> {
    prop_oneof![number(), days()]
}

fn keys() -> Vec<SubjectKey> {
    vec![
        SubjectKey::new(
            KeyKind::Count,
            Some("participant"),
            Some("attend"),
            None,
            Some("meeting"),
        ),
        SubjectKey::new(
            KeyKind::Count,
            Some("participant"),
            Some("pledge"),
            None,
            None,
        ),
        SubjectKey::new(KeyKind::Date, None, None, None, Some("meeting")),
    ]
}

/// A mention of source `s` (0..4) at position `i`, under key `k` (0..3).
fn mention(s: usize, i: usize, r: Reading) -> Mention {
    let kind = if matches!(r, Reading::Days { .. }) {
        ClaimKind::Date
    } else {
        ClaimKind::Count
    };
    Mention::new(
        format!("s{s}"),
        format!("s{s}#{i}"),
        Span::new(i * 10, i * 10 + 5),
        kind,
        format!("v{i}"),
        r,
    )
}

/// Items: (key index, source, reading); dates go to the date key.
fn items() -> impl Strategy<Value = Vec<(usize, usize, Reading)>> {
    prop::collection::vec((0usize..2, 0usize..4, reading()), 0..24).prop_map(|v| {
        v.into_iter()
            .map(|(k, s, r)| {
                let k = if matches!(r, Reading::Days { .. }) {
                    2
                } else {
                    k
                };
                (k, s, r)
            })
            .collect()
    })
}

fn build(items: &[(usize, usize, Reading)]) -> ClaimSet {
    let ks = keys();
    let mut set = ClaimSet::new();
    for (i, (k, s, r)) in items.iter().enumerate() {
        set.insert(ks[*k].clone(), mention(*s, i, r.clone()));
    }
    set
}

fn conflicts(f: &[Finding]) -> Vec<String> {
    f.iter()
        .filter(|x| x.kind() == FindingKind::Conflict)
        .map(|x| x.key().to_string())
        .collect()
}

fn widen(r: &Reading, by: f64) -> Reading {
    match r {
        Reading::Number { low, high } => Reading::Number {
            low: low - by,
            high: high + by,
        },
        other => other.clone(),
    }
}

proptest! {
    #[test]
    fn compatibility_is_symmetric(a in reading(), b in reading()) {
        prop_assert_eq!(a.compatible(&b), b.compatible(&a));
    }

    #[test]
    fn a_reading_is_compatible_with_itself(a in reading()) {
        prop_assert!(a.compatible(&a));
    }

    #[test]
    fn widening_never_creates_a_conflict(a in number(), b in number(), by in 0.0f64..10.0) {
        if a.compatible(&b) {
            prop_assert!(widen(&a, by).compatible(&b));
        }
    }

    #[test]
    fn two_claims_conflict_iff_incompatible(a in near_number(), b in near_number()) {
        let set = build(&[(0, 0, a.clone()), (0, 1, b.clone())]);
        let f = findings(&set);
        prop_assert_eq!(conflicts(&f).is_empty(), a.compatible(&b));
        // Symmetry: the same with the sources swapped.
        let g = findings(&build(&[(0, 1, b), (0, 0, a)]));
        prop_assert_eq!(conflicts(&f), conflicts(&g));
    }

    #[test]
    fn compatible_claims_never_conflict(a in number(), b in number()) {
        let f = findings(&build(&[(0, 0, a.clone()), (0, 1, b.clone())]));
        if a.compatible(&b) {
            prop_assert!(conflicts(&f).is_empty());
        }
    }

    #[test]
    fn clusters_are_mutually_compatible(items in items()) {
        let set = build(&items);
        for (_, ms) in set.blocks() {
            for c in clusters(&ms) {
                for x in &c {
                    for y in &c {
                        prop_assert!(x.reading.compatible(&y.reading));
                    }
                }
            }
        }
    }

    #[test]
    fn insertion_order_changes_nothing(items in items(), seed in any::<u64>()) {
        let a = findings(&build(&items));
        // A deterministic shuffle of the same mentions.
        let ks = keys();
        let mut idx: Vec<usize> = (0..items.len()).collect();
        let mut x = seed | 1;
        for i in (1..idx.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            idx.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let mut set = ClaimSet::new();
        for i in idx {
            let (k, s, r) = &items[i];
            set.insert(ks[*k].clone(), mention(*s, i, r.clone()));
        }
        prop_assert_eq!(a, findings(&set));
    }

    #[test]
    fn merge_is_associative_and_commutative(items in items(), cut1 in 0usize..24, cut2 in 0usize..24) {
        let n = items.len();
        let (c1, c2) = (cut1.min(n), cut2.min(n));
        let (lo, hi) = (c1.min(c2), c1.max(c2));
        let ks = keys();
        let part = |range: std::ops::Range<usize>| {
            let mut s = ClaimSet::new();
            for i in range {
                let (k, src, r) = &items[i];
                s.insert(ks[*k].clone(), mention(*src, i, r.clone()));
            }
            s
        };
        let (a, b, c) = (part(0..lo), part(lo..hi), part(hi..n));
        let left = a.clone().merge(b.clone()).merge(c.clone());
        let right = a.clone().merge(b.clone().merge(c.clone()));
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(&a.clone().merge(b.clone()), &b.clone().merge(a.clone()));
        prop_assert_eq!(findings(&left), findings(&c.merge(b).merge(a)));
        // Idempotent: merging a set with itself changes nothing.
        prop_assert_eq!(&left.clone().merge(left.clone()), &left);
    }

    #[test]
    fn a_duplicate_document_adds_no_conflict(items in items()) {
        let before = conflicts(&findings(&build(&items)));
        // Every mention of source s0 again, as source s9.
        let ks = keys();
        let mut set = build(&items);
        for (i, (k, s, r)) in items.iter().enumerate() {
            if *s == 0 {
                set.insert(ks[*k].clone(), mention(9, i, r.clone()));
            }
        }
        prop_assert_eq!(before, conflicts(&findings(&set)));
    }
}

#[test]
fn about_30_against_35() {
    let key = &keys()[0];
    let mut set = ClaimSet::new();
    set.insert(
        key.clone(),
        mention(
            0,
            0,
            Reading::Number {
                low: 27.0,
                high: 33.0,
            },
        ),
    );
    set.insert(
        key.clone(),
        mention(
            1,
            1,
            Reading::Number {
                low: 27.0,
                high: 33.0,
            },
        ),
    );
    set.insert(
        key.clone(),
        mention(
            2,
            2,
            Reading::Number {
                low: 35.0,
                high: 35.0,
            },
        ),
    );
    let f = findings(&set);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].kind(), FindingKind::Conflict);
    assert_eq!(
        f[0].groups(),
        [
            vec!["s0#0".to_string(), "s1#1".to_string()],
            vec!["s2#2".to_string()]
        ]
    );
    assert!(
        f[0].message().contains("[27, 33] does not include 35"),
        "{}",
        f[0].message()
    );
}

#[test]
fn a_weekday_clashes_with_a_date_on_another_day() {
    let key = &keys()[2];
    // 2025-09-04 is day 20335, a Thursday.
    let thursday = Reading::Days {
        first: 20335,
        last: 20335,
        weekday: None,
        month: None,
    };
    let tuesday = Reading::Days {
        first: i64::MIN,
        last: i64::MAX,
        weekday: Some(1),
        month: None,
    };
    let september = Reading::Days {
        first: 20332,
        last: 20361,
        weekday: None,
        month: None,
    };
    assert!(!thursday.compatible(&tuesday));
    assert!(september.compatible(&thursday));
    assert!(september.compatible(&tuesday));
    let mut set = ClaimSet::new();
    set.insert(key.clone(), mention(0, 0, tuesday));
    set.insert(key.clone(), mention(1, 1, thursday));
    set.insert(key.clone(), mention(2, 2, september));
    let f = findings(&set);
    assert_eq!(f[0].kind(), FindingKind::Conflict);
    assert!(f[0].message().contains("thursday"), "{}", f[0].message());
}

#[test]
fn money_in_two_currencies_is_not_compared() {
    let key = SubjectKey::new(KeyKind::Money, Some("aid"), Some("pledge"), None, None);
    let mut set = ClaimSet::new();
    let gbp = Reading::Money {
        currency: "GBP".into(),
        low: 1e9,
        high: 1e9,
    };
    let eur = Reading::Money {
        currency: "EUR".into(),
        low: 1.2e9,
        high: 1.2e9,
    };
    set.insert(key.clone(), mention(0, 0, gbp));
    set.insert(key, mention(1, 1, eur));
    let f = findings(&set);
    assert!(f.iter().all(|x| x.kind() != FindingKind::Conflict));
    assert!(
        f[0].message().contains("exchange rate"),
        "{}",
        f[0].message()
    );
}
