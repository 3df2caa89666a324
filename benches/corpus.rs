//! A generator of news-like text for the benchmarks.
//!
//! The bench corpus is generated, never copied: sentences are assembled
//! from templates written for this crate, filled with varied numbers,
//! dates, names, quotes and page furniture by a small deterministic
//! xorshift generator, so every run measures the same bytes. Numbers,
//! dates and quote marks are as sparse as in real news: most of the text
//! is plain prose.

/// A deterministic xorshift64* generator.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next number.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PROSE: &[&str] = &[
    "The talks were described by several participants as difficult but constructive.",
    "Negotiators worked late into the evening on the wording of the final statement.",
    "Analysts cautioned that the outcome would depend on decisions yet to be taken.",
    "Residents of the region have grown weary of promises that were never kept.",
    "The ministry did not immediately respond to a request for comment.",
    "Officials insisted that the plan remained on track despite the delays.",
    "Critics of the government questioned whether the measures went far enough.",
    "The committee is due to publish its findings before the end of the session.",
    "Diplomats from neighbouring countries followed the discussions closely.",
    "The decision was welcomed by business groups and opposed by the unions.",
];

const NAMES: &[&str] = &[
    "Maria Lindqvist",
    "Tomas Ferreira",
    "Amina Okafor",
    "Jonas Weber",
    "Priya Raman",
    "Samuel Osei",
    "Elena Petrova",
    "Daniel Moreau",
];

const TITLES: &[&str] = &[
    "Foreign Minister",
    "Interior Minister",
    "police spokeswoman",
    "the mayor,",
    "Defence Secretary",
    "the agency's director,",
];

const NOUNS: &[&str] = &[
    "people",
    "countries",
    "delegates",
    "soldiers",
    "homes",
    "vehicles",
    "protesters",
    "families",
    "officers",
    "schools",
];

const VERBS: &[&str] = &[
    "took part",
    "were injured",
    "were evacuated",
    "attended",
    "were arrested",
    "were damaged",
];

const HEDGES: &[&str] = &[
    "",
    "about ",
    "more than ",
    "at least ",
    "nearly ",
    "up to ",
    "some ",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

const FURNITURE: &[&str] = &[
    "6 min read",
    "Share",
    "Read More: Markets steady as talks go on",
    "+ posts",
    "Leave a Reply",
];

/// One sentence with claims in it.
fn claim_sentence(r: &mut Rng, out: &mut String) {
    let n = 2 + r.below(5000);
    match r.below(7) {
        0 => {
            out.push_str(&format!(
                "{}{} {} {} on {}, {} {} said.",
                capitalize(r.pick(HEDGES)),
                n,
                r.pick(NOUNS),
                r.pick(VERBS),
                r.pick(WEEKDAYS),
                r.pick(TITLES),
                r.pick(NAMES)
            ));
        }
        1 => {
            out.push_str(&format!(
                "The programme will cost £{}.{}bn over {} years, according to the treasury.",
                1 + r.below(40),
                r.below(10),
                2 + r.below(8)
            ));
        }
        2 => {
            out.push_str(&format!(
                "“We will not accept {} per cent,” {} told reporters on {} {}, {}.",
                1 + r.below(99),
                r.pick(NAMES),
                r.pick(MONTHS),
                1 + r.below(28),
                2000 + r.below(26)
            ));
        }
        3 => {
            out.push_str(&format!(
                "Temperatures reached {}°C and winds of {} km/h were recorded {} days ago.",
                10 + r.below(35),
                20 + r.below(150),
                2 + r.below(9)
            ));
        }
        4 => {
            out.push_str(&format!(
                "Between {} and {} {} {} last week, organisers said, while police put the figure at {}.",
                n,
                n + 1 + r.below(900),
                r.pick(NOUNS),
                r.pick(VERBS),
                n / 2 + 1
            ));
        }
        5 => {
            out.push_str(&format!(
                "{} said in a statement that {} {} had signed the agreement in {}.",
                r.pick(NAMES),
                n % 60 + 2,
                r.pick(NOUNS),
                r.pick(MONTHS)
            ));
        }
        _ => {
            out.push_str(&format!(
                "The {} meeting, the {} of its kind, ran for {} minutes.",
                2000 + r.below(26),
                ordinal(3 + r.below(20)),
                30 + r.below(120)
            ));
        }
    }
}

/// One sentence of quotation or reported speech, without figures.
fn speech_sentence(r: &mut Rng, out: &mut String) {
    let name = r.pick(NAMES);
    let title = r.pick(TITLES);
    let s = match r.below(6) {
        0 => format!("“We will keep working until the job is done,” {name} said."),
        1 => format!("{name}, {title}, told reporters that the talks had been useful."),
        2 => format!("According to {name}, the two sides remain far apart on the details."),
        3 => format!("“It is too early to say,” said {name}. “We need more time.”"),
        4 => format!("{name} said the government would respond in due course."),
        _ => "She added that further meetings were planned but gave no details.".to_string(),
    };
    out.push_str(&s);
}

/// "1st", "2nd", "3rd", "4th", "11th", "22nd".
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One article: a headline, furniture, and paragraphs of prose with claims.
pub fn article(r: &mut Rng) -> String {
    article_with(r, 4)
}

/// An article dense in quotations and reported speech: every other
/// sentence is one (the `attribute/news` benchmark).
pub fn speech_article(r: &mut Rng) -> String {
    article_with(r, 2)
}

/// An article where one sentence in `every` is speech and one in four
/// carries claims.
fn article_with(r: &mut Rng, every: usize) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("Leaders weigh next steps after regional talks\n\n");
    out.push_str(r.pick(FURNITURE));
    out.push_str("\n\n");
    for _ in 0..(5 + r.below(6)) {
        for _ in 0..(3 + r.below(4)) {
            if r.below(4) == 0 {
                claim_sentence(r, &mut out);
            } else if r.below(every) == 0 {
                speech_sentence(r, &mut out);
            } else {
                out.push_str(r.pick(PROSE));
            }
            out.push(' ');
        }
        out.push_str("\n\n");
    }
    out.push_str(r.pick(FURNITURE));
    out.push('\n');
    out
}

/// About `bytes` bytes of articles, separated by blank lines.
pub fn news(bytes: usize, seed: u64) -> String {
    corpus_of(bytes, seed, article)
}

/// About `bytes` bytes of speech-dense articles ([`speech_article`]).
pub fn speech(bytes: usize, seed: u64) -> String {
    corpus_of(bytes, seed, speech_article)
}

fn corpus_of(bytes: usize, seed: u64, make: fn(&mut Rng) -> String) -> String {
    let mut r = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 8192);
    while out.len() < bytes {
        out.push_str(&make(&mut r));
        out.push('\n');
    }
    out
}
