//! Word lists of attribution: speech cues, pronouns, speaker nouns,
//! titles, outlets and given names.
//!
//! # Grammar
//!
//! Every list is lower case and matched against one word (ASCII case
//! folded), except [`CUE_PHRASES`], which the candidate scan of
//! [`quote`](super::quote) looks for as phrases. A cue's [`CueClass`]
//! says how much context it needs before it counts as speech:
//!
//! - `Strong` ("said", "told", "wrote"): speech wherever its subject is a
//!   speaker.
//! - `Weak` ("noted", "warned", "declared", "described"): speech only when
//!   a `that` clause, a quotation or a colon follows, or when it closes a
//!   clause ("…, he noted.").
//! - `Participle` ("saying", "adding"): speech of the main clause's
//!   subject.
//! - `Stance` ("criticized", "endorsed", "showed"): a stance or finding of
//!   the subject written right before it; its object is the content.
//!
//! Stance verbs are listed once as lemmas ([`STANCE_LEMMAS`]); their
//! regular forms are recognised by [`stance_form`] and the irregular ones
//! listed in [`STANCE_IRREGULAR`]. The long lists are looked up as hash sets
//! (see [`in_list`]).
//!
//! # Non-goals
//!
//! Languages other than English; irregular forms beyond the listed ones;
//! telling a verb from a noun of the same form beyond the checks of
//! [`quote`](super::quote) (subject right before, lower case).

/// How much context a cue needs (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueClass {
    Strong,
    Weak,
    Participle,
    Stance,
}

/// One-word speech cues.
pub(crate) const CUES: &[(&str, CueClass)] = &[
    ("said", CueClass::Strong),
    ("says", CueClass::Strong),
    ("say", CueClass::Strong),
    ("told", CueClass::Strong),
    ("tells", CueClass::Strong),
    ("wrote", CueClass::Strong),
    ("writes", CueClass::Strong),
    ("tweeted", CueClass::Strong),
    ("posted", CueClass::Weak),
    ("added", CueClass::Weak),
    ("adds", CueClass::Weak),
    ("noted", CueClass::Weak),
    ("notes", CueClass::Weak),
    ("stressed", CueClass::Weak),
    ("stresses", CueClass::Weak),
    ("warned", CueClass::Weak),
    ("warns", CueClass::Weak),
    ("declared", CueClass::Weak),
    ("detailed", CueClass::Weak),
    ("explained", CueClass::Weak),
    ("explains", CueClass::Weak),
    ("argued", CueClass::Weak),
    ("argues", CueClass::Weak),
    ("insisted", CueClass::Weak),
    ("insists", CueClass::Weak),
    ("claimed", CueClass::Weak),
    ("claims", CueClass::Weak),
    ("announced", CueClass::Weak),
    ("stated", CueClass::Weak),
    ("emphasized", CueClass::Weak),
    ("emphasised", CueClass::Weak),
    ("emphasizes", CueClass::Weak),
    ("emphasises", CueClass::Weak),
    ("reiterated", CueClass::Weak),
    ("confirmed", CueClass::Weak),
    ("acknowledged", CueClass::Weak),
    ("admitted", CueClass::Weak),
    ("conceded", CueClass::Weak),
    ("asked", CueClass::Weak),
    ("replied", CueClass::Weak),
    ("responded", CueClass::Weak),
    ("continued", CueClass::Weak),
    ("recalled", CueClass::Weak),
    ("described", CueClass::Weak),
    ("reads", CueClass::Weak),
    ("commented", CueClass::Weak),
    ("quipped", CueClass::Weak),
    ("joked", CueClass::Weak),
    ("shouted", CueClass::Weak),
    ("yelled", CueClass::Weak),
    ("explained", CueClass::Weak),
    ("recounted", CueClass::Weak),
    ("mused", CueClass::Weak),
    ("boasted", CueClass::Weak),
    ("lamented", CueClass::Weak),
    ("concluded", CueClass::Weak),
    ("announces", CueClass::Weak),
    ("asserted", CueClass::Weak),
    ("asks", CueClass::Weak),
    ("answered", CueClass::Weak),
    ("wondered", CueClass::Weak),
    ("asking", CueClass::Participle),
    ("citing", CueClass::Participle),
    ("referring", CueClass::Participle),
    ("describing", CueClass::Participle),
    ("criticizing", CueClass::Participle),
    ("accusing", CueClass::Participle),
    ("urging", CueClass::Participle),
    ("promising", CueClass::Participle),
    ("praising", CueClass::Participle),
    ("blaming", CueClass::Participle),
    ("questioning", CueClass::Participle),
    ("vowing", CueClass::Participle),
    ("describes", CueClass::Weak),
    ("called", CueClass::Weak),
    ("calls", CueClass::Weak),
    ("labeled", CueClass::Weak),
    ("labelled", CueClass::Weak),
    ("branded", CueClass::Weak),
    ("suggested", CueClass::Weak),
    ("suggests", CueClass::Weak),
    ("predicted", CueClass::Weak),
    ("contended", CueClass::Weak),
    ("maintained", CueClass::Weak),
    ("observed", CueClass::Weak),
    ("remarked", CueClass::Weak),
    ("complained", CueClass::Weak),
    ("countered", CueClass::Weak),
    ("testified", CueClass::Weak),
    ("reported", CueClass::Weak),
    ("reports", CueClass::Weak),
    ("cautioned", CueClass::Weak),
    ("vowed", CueClass::Weak),
    ("promised", CueClass::Weak),
    ("pledged", CueClass::Weak),
    ("urged", CueClass::Weak),
    ("estimated", CueClass::Weak),
    ("believes", CueClass::Weak),
    ("believe", CueClass::Weak),
    ("revealed", CueClass::Weak),
    ("indicated", CueClass::Weak),
    ("signaled", CueClass::Weak),
    ("signalled", CueClass::Weak),
    ("highlighted", CueClass::Weak),
    ("underlined", CueClass::Weak),
    ("underscored", CueClass::Weak),
    ("assured", CueClass::Weak),
    ("informed", CueClass::Weak),
    ("agreed", CueClass::Weak),
    ("thinks", CueClass::Weak),
    ("think", CueClass::Weak),
    ("hopes", CueClass::Weak),
    ("wrote", CueClass::Strong),
    ("saying", CueClass::Participle),
    ("adding", CueClass::Participle),
    ("noting", CueClass::Participle),
    ("telling", CueClass::Participle),
    ("arguing", CueClass::Participle),
    ("warning", CueClass::Participle),
    ("insisting", CueClass::Participle),
    ("stressing", CueClass::Participle),
    ("explaining", CueClass::Participle),
    ("claiming", CueClass::Participle),
    ("declaring", CueClass::Participle),
    ("emphasizing", CueClass::Participle),
    ("emphasising", CueClass::Participle),
    ("suggesting", CueClass::Participle),
    ("calling", CueClass::Participle),
];

/// Multi-word cues whose speaker follows: "according to X", "in the words
/// of X".
pub(crate) const CUE_PHRASES: &[&str] = &["according to", "in the words of"];

/// The class of a one-word cue.
pub(crate) fn cue_class(word: &str) -> Option<CueClass> {
    let entry = lex_entry(word);
    if let Some(c) = entry.and_then(|e| e.cue) {
        return Some(c);
    }
    if word.len() > 24 || word.len() < 3 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // Stance forms are lower case: "States", "Reports" are names.
    if word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    if let Some(c) = entry.and_then(|e| e.irregular) {
        return Some(c);
    }
    // The regular forms of the stance verbs are in the table too (see
    // `stance_forms`): one lookup instead of one per suffix.
    entry.and_then(|e| e.stance)
}

/// Lemmas of verbs of communication, cognition and evaluation whose
/// subject holds the stance their object reports: "Clinton criticized the
/// plan", "the poll showed 46 percent", "they argue that …". Their regular
/// forms (-s, -es, -ed, -ied, -ing) are found by [`stance_form`].
pub(crate) static STANCE_LEMMAS: &[&str] = &[
    "announce",
    "show",
    "want",
    "endorse",
    "criticize",
    "criticise",
    "accuse",
    "support",
    "defend",
    "propose",
    "praise",
    "refuse",
    "decline",
    "oppose",
    "urge",
    "blame",
    "reject",
    "deny",
    "dismiss",
    "attack",
    "slam",
    "blast",
    "condemn",
    "denounce",
    "mock",
    "question",
    "welcome",
    "hope",
    "fear",
    "promise",
    "vow",
    "pledge",
    "cite",
    "refer",
    "discuss",
    "mention",
    "invoke",
    "tout",
    "predict",
    "expect",
    "recommend",
    "demand",
    "favor",
    "favour",
    "prefer",
    "decry",
    "lambaste",
    "chide",
    "applaud",
    "hail",
    "thank",
    "echo",
    "outline",
    "unveil",
    "challenge",
    "dispute",
    "object",
    "protest",
    "decide",
    "believe",
    "worry",
    "argue",
    "suggest",
    "call",
    "describe",
    "label",
    "brand",
    "characterize",
    "characterise",
    "portray",
    "compare",
    "liken",
    "insist",
    "claim",
    "acknowledge",
    "admit",
    "concede",
    "confirm",
    "reveal",
    "indicate",
    "imply",
    "signal",
    "highlight",
    "emphasize",
    "emphasise",
    "stress",
    "note",
    "point",
    "warn",
    "caution",
    "complain",
    "lament",
    "boast",
    "brag",
    "joke",
    "quip",
    "recall",
    "recount",
    "explain",
    "reply",
    "respond",
    "answer",
    "ask",
    "wonder",
    "declare",
    "state",
    "assert",
    "maintain",
    "contend",
    "allege",
    "estimate",
    "calculate",
    "forecast",
    "conclude",
    "agree",
    "disagree",
    "accept",
    "assure",
    "threaten",
    "request",
    "appeal",
    "plead",
    "advocate",
    "champion",
    "laud",
    "commend",
    "congratulate",
    "fault",
    "scold",
    "rebuke",
    "reprimand",
    "assail",
    "berate",
    "castigate",
    "excoriate",
    "ridicule",
    "deride",
    "downplay",
    "refute",
    "rebut",
    "contradict",
    "counter",
    "retort",
    "reference",
    "list",
    "identify",
    "tweet",
    "post",
    "publish",
    "report",
    "testify",
    "inform",
    "notify",
    "advise",
    "remind",
    "reassure",
    "comment",
    "remark",
    "observe",
    "express",
    "voice",
    "disclose",
    "speculate",
    "doubt",
    "suspect",
    "assume",
    "anticipate",
    "consider",
    "regard",
    "deem",
    "judge",
    "dub",
    "nickname",
    "term",
    "release",
    "issue",
    "detail",
    "reiterate",
    "repeat",
    "stress",
    "add",
    "continue",
    "mention",
    "acknowledge",
    "recognize",
    "recognise",
    "concur",
    "lobby",
    "campaign",
    "pressure",
    "implore",
    "beg",
    "insinuate",
    "hint",
    "signal",
    "pledge",
    "guarantee",
    "affirm",
    "reaffirm",
    "attest",
    "certify",
    "verify",
    "dismiss",
    "applaud",
    "celebrate",
    "embrace",
    "condone",
    "excuse",
    "justify",
    "rationalize",
    "explain",
    "clarify",
    "elaborate",
    "illustrate",
    "demonstrate",
    "prove",
    "establish",
    "determine",
    "discover",
    "learn",
    "realize",
    "realise",
    "notice",
    "understand",
    "know",
    "think",
    "feel",
    "find",
    "see",
    "seek",
    "hear",
    "write",
    "tell",
    "speak",
    "talk",
    "say",
];

/// Irregular forms of the stance verbs.
pub(crate) const STANCE_IRREGULAR: &[(&str, CueClass)] = &[
    ("found", CueClass::Stance),
    ("finds", CueClass::Stance),
    ("sought", CueClass::Stance),
    ("seeks", CueClass::Stance),
    ("thought", CueClass::Stance),
    ("felt", CueClass::Stance),
    ("knew", CueClass::Stance),
    ("knows", CueClass::Stance),
    ("saw", CueClass::Stance),
    ("sees", CueClass::Stance),
    ("heard", CueClass::Stance),
    ("spoke", CueClass::Stance),
    ("speaks", CueClass::Stance),
    ("understood", CueClass::Stance),
    ("learnt", CueClass::Stance),
    ("swore", CueClass::Stance),
    ("foresaw", CueClass::Stance),
];

/// The class of a lower-case regular form of a stance verb (`None` if the word is
/// not one): finite forms are `Stance`, "-ing" forms `Participle`. Base
/// forms count only for plural subjects, which the caller checks.
pub(crate) fn stance_form(w: &str) -> Option<CueClass> {
    // `w` is lower case. An exact scan, not `in_list`: the word table is
    // built from this function.
    let is = |stem: &str| STANCE_LEMMAS.contains(&stem);
    // `stem` + `tail`, checked without allocating.
    let is_plus = |stem: &str, tail: u8| {
        let mut buf = [0u8; 40];
        let n = stem.len();
        if n + 1 > buf.len() {
            return false;
        }
        buf[..n].copy_from_slice(stem.as_bytes());
        buf[n] = tail;
        std::str::from_utf8(&buf[..=n]).is_ok_and(is)
    };
    fn undouble(st: &str) -> Option<&str> {
        let b = st.as_bytes();
        (b.len() > 2 && b[b.len() - 1] == b[b.len() - 2]).then(|| &st[..st.len() - 1])
    }
    if let Some(st) = w.strip_suffix("ing") {
        let hit = is(st) || is_plus(st, b'e') || undouble(st).is_some_and(is);
        return hit.then_some(CueClass::Participle);
    }
    let finite = w.strip_suffix("ied").is_some_and(|st| is_plus(st, b'y'))
        || w.strip_suffix("ies").is_some_and(|st| is_plus(st, b'y'))
        || w.strip_suffix("ed")
            .is_some_and(|st| is(st) || undouble(st).is_some_and(is))
        || w.strip_suffix('d').is_some_and(is)
        || w.strip_suffix("es").is_some_and(is)
        || w.strip_suffix('s').is_some_and(is)
        || is(w);
    finite.then_some(CueClass::Stance)
}

/// Cues that take the hearer as an object: "told the BBC that".
pub(crate) fn takes_hearer(word: &str) -> bool {
    in_list(
        word,
        &[
            "told", "tells", "telling", "assured", "informed", "warned", "asked", "urged",
            "reminded",
        ],
    )
}

/// Words that may stand between a subject and its cue: "he also said",
/// "Healey has repeatedly said".
pub(crate) static BETWEEN: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "was",
    "is",
    "once",
    "later",
    "then",
    "previously",
    "repeatedly",
    "reportedly",
    "publicly",
    "privately",
    "recently",
    "since",
    "would",
    "will",
    "may",
    "might",
    "could",
    "did",
    "does",
    "do",
    "never",
    "earlier",
    "again",
    "first",
    "further",
    "quickly",
    "flatly",
    "bluntly",
    "simply",
    "often",
    "separately",
    "only",
    "just",
    "already",
    "still",
    "even",
    "further",
    "openly",
    "explicitly",
    "clearly",
    "initially",
    "subsequently",
    "frequently",
    "angrily",
    "forcefully",
    "firmly",
    "tersely",
    "been",
    "has",
    "had",
    "then",
    "always",
    "specifically",
    "directly",
    "last",
    "now",
    "herself",
    "himself",
    "themselves",
    "both",
    "all",
    "each",
    // Adverbs of how a thing was said: "Okafor strongly suggested",
    // "Reyes falsely claimed".
    "strongly",
    "sharply",
    "vigorously",
    "vehemently",
    "emphatically",
    "loudly",
    "candidly",
    "falsely",
    "wrongly",
    "mistakenly",
    "correctly",
    "rightly",
    "allegedly",
    "formally",
    "officially",
    "unanimously",
    "jointly",
    "roundly",
    "categorically",
    "insistently",
    "confidently",
    "cautiously",
    "personally",
];

/// Personal pronouns that may be speakers, with their gender:
/// `Some(true)` male, `Some(false)` female, `None` either or plural.
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    // "who’s", "I’ve", "they'll": the pronoun before the contraction.
    let w = word.split(['’', '\'']).next().unwrap_or(word);
    let is = |s: &str| w.eq_ignore_ascii_case(s);
    if is("he") {
        Some(Pronoun::He)
    } else if is("she") {
        Some(Pronoun::She)
    } else if is("they") {
        Some(Pronoun::They)
    } else if relative_who(w) || is("which") {
        Some(Pronoun::Who)
    } else if is("it") {
        Some(Pronoun::It)
    } else if is("i") || is("we") || is("you") {
        Some(Pronoun::First)
    } else {
        None
    }
}

/// A pronoun subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    They,
    It,
    Who,
    First,
}

/// Heads of descriptions that may speak: "a White House official",
/// "European officials", "police", "organisers".
pub(crate) static SPEAKER_NOUNS: &[&str] = &[
    // People a reporter met: "said a man", "said one woman".
    "man",
    "woman",
    "men",
    "women",
    "mother",
    "father",
    "driver",
    "drivers",
    "fan",
    "fans",
    "voter",
    "protester",
    "protestor",
    "owner",
    "owners",
    "customer",
    "customers",
    "victim",
    "relative",
    "employee",
    "employees",
    "worker",
    "workers",
    "nurse",
    "nurses",
    "teacher",
    "teachers",
    "student",
    "students",
    "parent",
    "parents",
    "farmer",
    "farmers",
    "soldier",
    "soldiers",
    "villager",
    "villagers",
    "survivor",
    "survivors",
    "passenger",
    "passengers",
    "executive",
    "executives",
    "managers",
    "banker",
    "bankers",
    "trader",
    "traders",
    "investor",
    "investors",
    "negotiator",
    "negotiators",
    "mediator",
    "mediators",
    "inspector",
    "inspectors",
    "engineer",
    "engineers",
    "scientist",
    "doctor",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
    "pilot",
    "pilots",
    "journalist",
    "journalists",
    "volunteer",
    "volunteers",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "police",
    "organisers",
    "organizers",
    "organiser",
    "organizer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "spokesmen",
    "source",
    "sources",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "witness",
    "witnesses",
    "witnessed",
    "resident",
    "residents",
    "authorities",
    "ministry",
    "government",
    "kremlin",
    "administration",
    "campaign",
    "statement",
    "report",
    "reports",
    "poll",
    "polls",
    "survey",
    "study",
    "census",
    "researchers",
    "scientists",
    "leaders",
    "leader",
    "minister",
    "ministers",
    "officers",
    "officer",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "lawmakers",
    "lawmaker",
    "senator",
    "senators",
    "democrats",
    "republicans",
    "critics",
    "supporters",
    "observers",
    "people",
    "voters",
    "agency",
    "department",
    "office",
    "committee",
    "council",
    "commission",
    "court",
    "judge",
    "prosecutors",
    "prosecutor",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "military",
    "army",
    "army's",
    "ministry's",
    "company",
    "firm",
    "group",
    "party",
    "union",
    "data",
    "figures",
    "estimates",
    "president",
    "secretary",
    "chief",
    "head",
    "envoy",
    "ambassador",
    "governor",
    "mayor",
    "representative",
    "representatives",
    "member",
    "members",
    "staff",
    "staffers",
    "team",
    "activists",
    "protesters",
    "doctors",
    "medics",
    "rescuers",
    "investigators",
    "regulators",
    "economists",
    "commander",
    "commanders",
    "colleague",
    "colleagues",
    "friend",
    "friends",
    "family",
    "relatives",
    "insiders",
    "documents",
    "records",
    "newspaper",
    "outlet",
    "media",
    "website",
    "article",
    "press",
    "bureau",
    "service",
    "services",
    "institute",
    "foundation",
    "organization",
    "organisation",
    "center",
    "centre",
    "operator",
    "authority",
    "regulator",
    "spokesperson's",
    "white",
    "house",
    "pentagon",
    "palace",
    "coalition",
    "allies",
    "partners",
    "countries",
    "nations",
    "states",
    "governments",
    "parliament",
    "congress",
    "senate",
    "candidate",
    "candidates",
    "manager",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "founder",
    "official's",
    "charity",
    "association",
    "watchdog",
    "lender",
    "bank",
    "airline",
    "carrier",
    "insurer",
    "retailer",
    "chain",
    "carmaker",
    "automaker",
    "manufacturer",
    "broadcaster",
    "federation",
];

/// Outlets and agencies (matched on the whole name, lower case, without a
/// leading "the").
pub(crate) static OUTLETS: &[&str] = &[
    "reuters",
    "ap",
    "associated press",
    "the associated press",
    "afp",
    "agence france-presse",
    "bbc",
    "the bbc",
    "cnn",
    "fox news",
    "nbc",
    "nbc news",
    "cbs",
    "cbs news",
    "abc",
    "abc news",
    "npr",
    "bloomberg",
    "new york times",
    "the new york times",
    "washington post",
    "the washington post",
    "guardian",
    "the guardian",
    "politico",
    "axios",
    "al jazeera",
    "tass",
    "ria novosti",
    "interfax",
    "xinhua",
    "sky news",
    "the nightly",
    "nightly",
    "the times",
    "the telegraph",
    "financial times",
    "the financial times",
    "wall street journal",
    "the wall street journal",
    "usa today",
    "breitbart",
    "breitbart news",
    "huffpost",
    "the huffington post",
    "huffington post",
    "msnbc",
    "le monde",
    "der spiegel",
    "dpa",
    "efe",
    "ansa",
    "kyodo",
    "yonhap",
    "anadolu",
    "the hill",
    "the atlantic",
    "time",
    "newsweek",
    "the independent",
    "the economist",
    "axios",
    "vox",
    "abc news",
    "pbs",
    "c-span",
];

/// Words of titles and ranks ("Defence Secretary", "spokeswoman").
pub(crate) static TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "general",
    "chancellor",
    "spokeswoman",
    "spokesman",
    "spokesperson",
    "envoy",
    "special",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "gen.",
    "lt.",
    "col.",
    "maj.",
    "capt.",
    "adm.",
    "admiral",
    "colonel",
    "major",
    "captain",
    "lieutenant",
    "sergeant",
    "commander",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "ambassador",
    "foreign",
    "defence",
    "defense",
    "interior",
    "home",
    "finance",
    "deputy",
    "state",
    "justice",
    "attorney",
    "leader",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "speaker",
    "head",
    "premier",
    "chief",
    "executive",
    "officer",
    "adviser",
    "advisor",
    "aide",
    "minister",
    "ministry",
    "spokesperson",
    "press",
    "secretary-general",
    "commissioner",
    "sheriff",
    // "Opposition councillor Tomas Reyes", "Councilwoman Ana Ruiz",
    // "Labour MP Sarah Okafor", "Congressman Tom Reyes".
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "alderman",
    "mp",
    "mep",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "supervisor",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "miss",
    "professor",
    "prof.",
    "senior",
    "former",
    "acting",
    "first",
    "lady",
    "house",
    "majority",
    "minority",
    "whip",
    "candidate",
    "nominee",
    "frontrunner",
    "host",
    "founder",
    "co-founder",
    "correspondent",
    "editor",
    "columnist",
    "economist",
    "analyst",
    "treasury",
    "health",
    "education",
    "energy",
    "trade",
    "labor",
    "labour",
    "transport",
    "culture",
    "environment",
    "agriculture",
    "commerce",
    "homeland",
    "security",
    "national",
    "top",
    "military",
    "commander-in-chief",
    "presidential",
    "democratic",
    "republican",
    "rev.",
    "reverend",
    "bishop",
    "cardinal",
    "archbishop",
    "emir",
    "sheikh",
    "crown",
    "sultan",
    "chancellor",
    "counsel",
    "manager",
    "coach",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "quarterback",
    "pitcher",
    "officials",
    "official",
];

/// Heads of organisation names inside a title ("Foreign Ministry").
pub(crate) static ORG_HEADS: &[&str] = &[
    "ministry",
    "department",
    "office",
    "house",
    "commission",
    "council",
    "agency",
    "bureau",
    "committee",
    "service",
    "party",
    "campaign",
    "administration",
    "government",
    "parliament",
    "senate",
    "congress",
    "court",
    "bank",
    "fund",
    "union",
    "organization",
    "organisation",
    "authority",
    "association",
    "institute",
    "foundation",
    "center",
    "centre",
    "university",
    "college",
    "hospital",
    "company",
    "corporation",
    "board",
    "federation",
    "coalition",
    "alliance",
    "society",
    "academy",
    "command",
    "network",
];

/// Honorifics that mark a person and, for some, a gender.
pub(crate) fn honorific(word: &str) -> Option<Option<bool>> {
    let w = word.trim_end_matches('.');
    if w.eq_ignore_ascii_case("mr") || w.eq_ignore_ascii_case("sir") {
        Some(Some(true))
    } else if w.eq_ignore_ascii_case("mrs")
        || w.eq_ignore_ascii_case("ms")
        || w.eq_ignore_ascii_case("miss")
        || w.eq_ignore_ascii_case("dame")
    {
        Some(Some(false))
    } else if w.eq_ignore_ascii_case("dr") || w.eq_ignore_ascii_case("prof") {
        Some(None)
    } else {
        None
    }
}

/// Gender implied by a title word: "spokeswoman" → female.
pub(crate) fn title_gender(word: &str) -> Option<bool> {
    let w = word.to_ascii_lowercase();
    if w.ends_with("woman")
        || matches!(
            w.as_str(),
            "queen" | "princess" | "lady" | "duchess" | "madam"
        )
    {
        Some(false)
    } else if w.ends_with("man") && w != "human"
        || matches!(w.as_str(), "king" | "prince" | "duke" | "sir")
    {
        Some(true)
    } else {
        None
    }
}

/// Common given names with their gender (true: male). A name missing here
/// is still a name; the list only adds evidence and gender.
pub(crate) const GIVEN_NAMES: &[(&str, bool)] = &[
    ("john", true),
    ("mark", true),
    ("steve", true),
    ("steven", true),
    ("stephen", true),
    ("donald", true),
    ("joe", true),
    ("joseph", true),
    ("barack", true),
    ("bill", true),
    ("william", true),
    ("george", true),
    ("james", true),
    ("robert", true),
    ("michael", true),
    ("david", true),
    ("richard", true),
    ("thomas", true),
    ("charles", true),
    ("christopher", true),
    ("daniel", true),
    ("matthew", true),
    ("anthony", true),
    ("paul", true),
    ("andrew", true),
    ("kevin", true),
    ("brian", true),
    ("jeff", true),
    ("jeffrey", true),
    ("ted", true),
    ("marco", true),
    ("bernie", true),
    ("mike", true),
    ("mitt", true),
    ("jeb", true),
    ("chris", true),
    ("ben", true),
    ("rand", true),
    ("scott", true),
    ("eric", true),
    ("jared", true),
    ("keir", true),
    ("boris", true),
    ("rishi", true),
    ("tony", true),
    ("gordon", true),
    ("david", true),
    ("emmanuel", true),
    ("friedrich", true),
    ("olaf", true),
    ("vladimir", true),
    ("volodymyr", true),
    ("sergei", true),
    ("sergey", true),
    ("dmitry", true),
    ("xi", true),
    ("narendra", true),
    ("benjamin", true),
    ("recep", true),
    ("justin", true),
    ("peter", true),
    ("jim", true),
    ("tom", true),
    ("tim", true),
    ("bob", true),
    ("dick", true),
    ("harry", true),
    ("jack", true),
    ("kenneth", true),
    ("ron", true),
    ("ronald", true),
    ("gary", true),
    ("larry", true),
    ("frank", true),
    ("greg", true),
    ("gregory", true),
    ("patrick", true),
    ("sean", true),
    ("ryan", true),
    ("adam", true),
    ("alex", true),
    ("alexander", true),
    ("nick", true),
    ("nicholas", true),
    ("sam", true),
    ("samuel", true),
    ("jason", true),
    ("josh", true),
    ("joshua", true),
    ("lindsey", true),
    ("rudy", true),
    ("newt", true),
    ("reince", true),
    ("sean", true),
    ("corey", true),
    ("jon", true),
    ("lou", true),
    ("glenn", true),
    ("jerry", true),
    ("carl", true),
    ("karl", true),
    ("alexus", true),
    ("pete", true),
    ("antony", true),
    ("lloyd", true),
    ("keith", true),
    ("hillary", false),
    ("mary", false),
    ("maria", false),
    ("ursula", false),
    ("angela", false),
    ("theresa", false),
    ("kamala", false),
    ("nancy", false),
    ("elizabeth", false),
    ("sarah", false),
    ("susan", false),
    ("karen", false),
    ("lisa", false),
    ("jennifer", false),
    ("linda", false),
    ("barbara", false),
    ("patricia", false),
    ("jessica", false),
    ("emily", false),
    ("anna", false),
    ("anne", false),
    ("ann", false),
    ("kate", false),
    ("catherine", false),
    ("kathleen", false),
    ("michelle", false),
    ("melania", false),
    ("ivanka", false),
    ("kellyanne", false),
    ("carly", false),
    ("huma", false),
    ("debbie", false),
    ("elizabeth", false),
    ("liz", false),
    ("rachel", false),
    ("laura", false),
    ("julia", false),
    ("sophie", false),
    ("claire", false),
    ("helen", false),
    ("amy", false),
    ("jane", false),
    ("nikki", false),
    ("sheryl", false),
    ("marine", false),
    ("giorgia", false),
    ("kaja", false),
    ("annalena", false),
    ("yulia", false),
    ("olena", false),
    ("janet", false),
    ("condoleezza", false),
    ("madeleine", false),
    ("christine", false),
    ("margaret", false),
    ("samantha", false),
    ("jill", false),
    ("sarah", false),
    ("donna", false),
    ("heather", false),
    ("rebecca", false),
    ("dana", false),
];

/// Gender of a given name, when it is in [`GIVEN_NAMES`].
pub(crate) fn given_name(word: &str) -> Option<bool> {
    lex_entry(word).and_then(|e| e.given)
}

/// Whether a capitalised word of [`NOT_NAMES`] is also a common surname
/// ("Theresa May", "Ian Read"): one only after a given name or a title,
/// or once its person is known (see `people`).
pub(crate) fn surname_word(w: &str) -> bool {
    matches!(w, "May" | "Read")
}

/// Capitalised words that never start or form a person's name.
pub(crate) static NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "against",
    "without",
    "versus",
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "of",
    "for",
    "to",
    "from",
    "by",
    "with",
    "as",
    "after",
    "before",
    "during",
    "when",
    "while",
    "if",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "speaking",
    "asked",
    "meanwhile",
    "however",
    "still",
    "yet",
    "also",
    "so",
    "then",
    // "Later Corbyn said …": a sentence's adverb before a name.
    "later",
    "earlier",
    "afterwards",
    "separately",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "according",
    "despite",
    "although",
    "though",
    "because",
    "since",
    "under",
    "over",
    "into",
    "about",
    "what",
    "why",
    "how",
    "who",
    "where",
    "which",
    "not",
    "no",
    "yes",
    "all",
    "some",
    "many",
    "most",
    "one",
    "two",
    "read",
    "more",
    "share",
    "world",
    "news",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "said",
    "says",
    "told",
    "says",
    "instead",
    "unlike",
    "among",
    "both",
    "beyond",
    "between",
    "just",
    "even",
    "only",
    "last",
    "next",
    "first",
    "new",
    "other",
    "such",
    "every",
    "each",
    "several",
    "few",
    "much",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
    "may",
    "might",
    "let",
    "like",
    "again",
    "whether",
    "thank",
    "thanks",
    "later",
    "earlier",
    "separately",
    "speaking",
    "asked",
    "indeed",
    "finally",
    "first",
    "previously",
    "similarly",
    "additionally",
    "moreover",
    "furthermore",
    "nevertheless",
];

/// Words of places and organisations that make a capitalised run a
/// non-person ("White House", "United States").
pub(crate) static NOT_PERSON_WORDS: &[&str] = &[
    // Quantifiers that stand for people ("Half said", "Most said"): a
    // share of a group, no one's name.
    "half",
    "most",
    "many",
    "several",
    "none",
    // The fields an office is of or for ("the Office for National
    // Statistics", "the Bureau of Prisons").
    "bureau",
    "statistics",
    "responsibility",
    "prisons",
    "justice",
    "defense",
    "defence",
    "education",
    "commerce",
    "agriculture",
    "treasury",
    "investigation",
    "administration",
    "survey",
    "prevention",
    "house",
    "states",
    "united",
    "kingdom",
    "nations",
    "union",
    "ministry",
    "department",
    "office",
    "party",
    "campaign",
    "committee",
    "council",
    "commission",
    "agency",
    "court",
    "university",
    "institute",
    "news",
    "times",
    "post",
    "journal",
    "street",
    "avenue",
    "city",
    "county",
    "state",
    "republic",
    "federation",
    "bank",
    "group",
    "company",
    "inc",
    "corp",
    "association",
    "foundation",
    "center",
    "centre",
    "summit",
    "palace",
    "square",
    "hall",
    "church",
    "army",
    "navy",
    "force",
    "forces",
    "guard",
    "police",
    "service",
    "press",
    "security",
    "war",
    "coalition",
    "alliance",
    "organization",
    "organisation",
    "forum",
    "kremlin",
    "pentagon",
    "congress",
    "senate",
    "parliament",
    "ukraine",
    "russia",
    "europe",
    "china",
    "america",
    "paris",
    "london",
    "moscow",
    "kyiv",
    "washington",
    "beijing",
    "iran",
    "israel",
    "gaza",
    "syria",
    "iraq",
    "france",
    "germany",
    "britain",
    "poland",
    "italy",
    "japan",
    "india",
    "nato",
    "eu",
    "uk",
    "us",
    "u.s.",
    "un",
    "democrats",
    "republicans",
    "airport",
    "hospital",
    "school",
    "college",
    "club",
    "museum",
    "river",
    "island",
    "mountain",
    "lake",
    "day",
    "week",
    "month",
    "year",
    "act",
    "bill",
    "law",
    "project",
    "program",
    "programme",
    "plan",
    "deal",
    "agreement",
    "treaty",
    "report",
    "review",
    "daily",
    "weekly",
    "gazette",
    "express",
    "herald",
    "tribune",
    "chronicle",
    "online",
    "media",
    "network",
    "channel",
    "tv",
    "radio",
    "magazine",
    "affairs",
    "studies",
    "research",
    "capitol",
];

pub(crate) static DETERMINERS: &[&str] = &[
    "a", "an", "the", "some", "several", "many", "two", "three", "other", "most", "his", "her",
    "their", "its", "one", "both", "four", "five", "few", "all",
];

pub(crate) static MODIFIERS: &[&str] = &[
    "senior",
    "top",
    "former",
    "local",
    "western",
    "military",
    "government",
    "administration",
    "campaign",
    "police",
    "state",
    "federal",
    "foreign",
    "security",
    "intelligence",
    "other",
    "defense",
    "defence",
    "health",
    "white",
    "house",
    "u.s.",
    "american",
    "european",
    "french",
    "british",
    "russian",
    "ukrainian",
    "german",
    "chinese",
    "israeli",
    "iranian",
    "palestinian",
    "independent",
    "anonymous",
    "unnamed",
    "two",
    "three",
    "some",
    "several",
    "many",
    "most",
    "party",
    "election",
    "fire",
    "rescue",
    "emergency",
    "court",
    "city",
    "county",
    "regional",
    "national",
    "international",
    "un",
    "eu",
    "nato",
    "republican",
    "democratic",
    "conservative",
    "liberal",
    "opposition",
    "ruling",
    "press",
    "public",
    "private",
    "medical",
    "hospital",
    "senate",
    "congressional",
    "parliamentary",
    "presidential",
    "ministry",
    "army",
    "navy",
    "trade",
    "industry",
    "market",
    "economic",
    "financial",
    "legal",
    "diplomatic",
    "special",
];

/// Words after a cue that do not open its reported clause: phrases of
/// time and place ("said on Friday", "said in a statement").
pub(crate) static NOT_CLAUSE_START: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "last",
    "earlier",
    "yesterday",
    "today",
    "tonight",
    "late",
    "early",
    "about",
    "of",
    "for",
    "to",
    "with",
    "so",
    "as",
    "nothing",
    "little",
    "much",
    "something",
    "anything",
    "goodbye",
    "yes",
    "no",
    "hello",
    "thanks",
    "sorry",
    "otherwise",
    "by",
    "from",
    "and",
    "or",
    "but",
    "through",
    "via",
    "over",
    "under",
    "while",
    "when",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "afterward",
    "afterwards",
    "later",
    "recently",
    "privately",
    "publicly",
    "repeatedly",
    "again",
    "too",
    "also",
    "only",
    "this",
    "then",
];

/// Words of the short phrases of time and manner between a cue and its
/// clause ("said on Friday", "said in a statement").
pub(crate) static TIME_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "statement",
    "interview",
    "phone",
    "email",
    "e-mail",
    "press",
    "conference",
    "news",
    "release",
    "call",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "evening",
    "afternoon",
    "weekend",
    "speech",
    "letter",
    "post",
    "tweet",
    "twitter",
    "facebook",
    "telegram",
    "radio",
    "television",
    "tv",
    "briefing",
    "hearing",
    "rally",
    "recent",
    "separate",
    "written",
    "brief",
    "telephone",
    "earlier",
    "later",
    "previously",
    "also",
    "then",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Labels before a colon that are not speakers ("Update: …").
pub(crate) static LABELS: &[&str] = &[
    "update",
    "updated",
    "note",
    "editor",
    "editors",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "related",
    "source",
    "sources",
    "credit",
    "advertisement",
    "share",
    "tags",
    "topics",
    "transcript",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "warning",
    "correction",
    "clarification",
    "disclosure",
    "listen",
    "see",
    "also",
    "more",
    "subscribe",
    "follow",
];

/// Heads of labels before a colon that are not speakers, whatever words
/// come before them ("Editor's Note:", "Legal Disclaimer:", "Trigger
/// Warning:").
pub(crate) static LABEL_HEADS: &[&str] = &[
    "note",
    "notes",
    "notice",
    "disclaimer",
    "warning",
    "correction",
    "clarification",
    "disclosure",
    "update",
    "caption",
    "credit",
    "credits",
    "transcript",
];

/// Words that open a clause before its subject ("But", "Meanwhile"):
/// never part of the speaker's phrase.
pub(crate) static OPENING_ADVERBS: &[&str] = &[
    "but",
    "and",
    "meanwhile",
    "however",
    "still",
    "yet",
    "so",
    "now",
    "then",
    "also",
];

/// Adverbs of time that open a clause ("Later May told MPs …") or a
/// phrase of time ("Earlier Wednesday, …"): never part of a speaker's
/// phrase, but not skipped to find a clause's subject either.
pub(crate) static TIME_ADVERBS: &[&str] = &["later", "earlier", "afterwards", "separately"];

/// Lower-case words that do not head a speaker noun phrase.
pub(crate) static NON_HEADS: &[&str] = &[
    "it", "this", "that", "which", "what", "there", "here", "and", "or", "but", "not", "is", "was",
    "has", "had", "have", "be", "been", "to", "of", "in", "on", "at", "for", "with", "by", "as",
    "time", "way", "year", "day", "week", "month", "thing", "things", "one",
    // Subordinators open a clause, not a speaker's name: ", while Japan
    // promised $800 million".
    "while", "whereas", "although", "though", "because", "when", "if", "unless", "so", "yet",
];

/// Whether `w` is the pronoun "who": not "WHO" in capitals, the World
/// Health Organization ("the WHO said").
pub(crate) fn relative_who(w: &str) -> bool {
    w.eq_ignore_ascii_case("who") && w != "WHO"
}

/// Whether `word` is in `list` (ASCII case folded). The long lists of this
/// module share one hash table built once, where each word carries the
/// lists it belongs to; short inline lists are scanned.
pub(crate) fn in_list(word: &str, list: &[&str]) -> bool {
    // "WHO" in capitals is the World Health Organization, never the
    // pronoun of any list: "the WHO said" (tested after a match only).
    if list.len() > 16 {
        let ptr = list.as_ptr() as usize;
        if let Some(bit) = LONG_LISTS.iter().position(|l| l.as_ptr() as usize == ptr) {
            return lex_entry(word).is_some_and(|e| e.lists & (1 << bit) != 0) && word != "WHO";
        }
    }
    list.iter()
        .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
        && word != "WHO"
}

/// The long lists `word` is in, one bit each (see [`list_bit`]).
pub(crate) fn lists_of(word: &str) -> u16 {
    lex_entry(word).map_or(0, |e| e.lists)
}

/// The bit of `list` in [`lists_of`]: 0 unless it is one of the long lists
/// (then `in_list(w, list) == (lists_of(w) & list_bit(list) != 0)`).
pub(crate) fn list_bit(list: &[&str]) -> u16 {
    let ptr = list.as_ptr() as usize;
    match LONG_LISTS.iter().position(|l| l.as_ptr() as usize == ptr) {
        Some(bit) if list.len() > 16 => 1 << bit,
        _ => 0,
    }
}

/// `word` in ASCII lower case in `buf` (non-ASCII bytes kept), or `None`
/// when longer than the buffer.
pub(crate) fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 40]) -> Option<&'b str> {
    let n = word.len();
    let dst = buf.get_mut(..n)?;
    dst.copy_from_slice(word.as_bytes());
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).ok()
}

/// FNV-1a: the word sets hash short keys, where SipHash is slow.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hasher for short string keys.
pub(crate) type FastHash = std::hash::BuildHasherDefault<Fnv>;

/// The long word lists, each a bit of [`Entry::lists`].
static LONG_LISTS: [&[&str]; 14] = [
    STANCE_LEMMAS,
    BETWEEN,
    SPEAKER_NOUNS,
    OUTLETS,
    TITLE_WORDS,
    ORG_HEADS,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    DETERMINERS,
    MODIFIERS,
    NOT_CLAUSE_START,
    TIME_WORDS,
    LABELS,
    NON_HEADS,
];

/// What the lexicon knows about one lower-case word.
#[derive(Clone, Copy, Debug, Default)]
struct Entry {
    /// Bit `i` set: the word is in `LONG_LISTS[i]` (as written there).
    lists: u16,
    /// Its class in [`CUES`] (the first entry, case folded).
    cue: Option<CueClass>,
    /// Its class in [`STANCE_IRREGULAR`].
    irregular: Option<CueClass>,
    /// Its gender in [`GIVEN_NAMES`] (the first entry, case folded).
    given: Option<bool>,
    /// What [`stance_form`] says of it, for the forms of [`STANCE_LEMMAS`].
    stance: Option<CueClass>,
}

/// The regular forms of the stance lemmas that [`stance_form`] accepts,
/// generated from the lemmas (each checked by `stance_form` itself, so the
/// table and the function cannot disagree).
fn stance_forms() -> Vec<(String, CueClass)> {
    let mut out = Vec::new();
    for l in STANCE_LEMMAS {
        let last = l.chars().last().map(String::from).unwrap_or_default();
        let stem_y = l.strip_suffix('y');
        let mut forms = vec![
            (*l).to_string(),
            format!("{l}s"),
            format!("{l}es"),
            format!("{l}d"),
            format!("{l}ed"),
            format!("{l}{last}ed"),
            format!("{l}ing"),
            format!("{l}{last}ing"),
        ];
        if let Some(st) = l.strip_suffix('e') {
            forms.push(format!("{st}ing"));
        }
        if let Some(st) = stem_y {
            forms.push(format!("{st}ied"));
            forms.push(format!("{st}ies"));
        }
        for f in forms {
            if let Some(c) = stance_form(&f) {
                out.push((f, c));
            }
        }
    }
    out
}

/// The lexicon's entry for `word` (ASCII case folded), without
/// allocating or copying: the word is folded while it is hashed, and
/// compared with the stored lower-case key ignoring ASCII case.
fn lex_entry(word: &str) -> Option<&'static Entry> {
    let lex = lex();
    let w = word.as_bytes();
    if w.is_empty() || w.len() > lex.longest {
        return None;
    }
    lex.get(w)
}

/// Eight bytes with their ASCII capitals folded to lower case.
fn fold8(x: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let ascii = !x & HI;
    let low7 = x & !HI;
    let ge_a = low7 + LO * (0x80 - u64::from(b'A'));
    let gt_z = low7 + LO * (0x80 - u64::from(b'Z') - 1);
    let upper = ge_a & !gt_z & ascii;
    x | (upper >> 2)
}

/// Hash of a key, ASCII case folded: eight bytes at a time, multiplied and
/// mixed.
fn key_hash(key: &[u8]) -> u64 {
    let mix = |h: u64, x: u64| {
        let h = (h ^ fold8(x)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^ (h >> 29)
    };
    let mut h = (key.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(b));
    }
    let r = chunks.remainder();
    if !r.is_empty() {
        h = mix(h, super::swar::le_bytes(r));
    }
    h
}

/// All word lists of this module in one table, built once: folded keys in
/// one byte arena, found by linear probing.
struct Lex {
    /// Length of the longest key (at most 40 bytes).
    longest: usize,
    /// `slots.len() - 1`, a power of two minus one.
    mask: usize,
    /// A one-probe filter of the keys' hashes (`FILTER_BITS` bits), small
    /// enough to stay in the first-level cache: most words looked up are
    /// in no list and are rejected here.
    filter: Vec<u64>,
    /// Index + 1 into `keys` / `entries`; 0 is an empty slot.
    slots: Vec<u32>,
    /// (start, end) of each key in `arena`.
    keys: Vec<(u32, u32)>,
    arena: Vec<u8>,
    entries: Vec<Entry>,
}

/// Size of [`Lex::filter`] in bits.
const FILTER_BITS: usize = 1 << 16;

/// The bit of [`Lex::filter`] for a hash.
fn filter_bit(h: u64) -> usize {
    (h >> 40) as usize & (FILTER_BITS - 1)
}

impl Lex {
    fn get(&self, key: &[u8]) -> Option<&Entry> {
        let h = key_hash(key);
        let f = filter_bit(h);
        if self
            .filter
            .get(f / 64)
            .is_none_or(|w| w & (1 << (f % 64)) == 0)
        {
            return None;
        }
        let mut i = h as usize & self.mask;
        loop {
            let slot = *self.slots.get(i)? as usize;
            let k = slot.checked_sub(1)?;
            let (s, e) = *self.keys.get(k)?;
            // Stored keys are lower case.
            if self
                .arena
                .get(s as usize..e as usize)
                .is_some_and(|k| k.eq_ignore_ascii_case(key))
            {
                return self.entries.get(k);
            }
            i = (i + 1) & self.mask;
        }
    }
}

fn lex() -> &'static Lex {
    static LEX: std::sync::OnceLock<Lex> = std::sync::OnceLock::new();
    LEX.get_or_init(|| {
        let mut m: std::collections::HashMap<String, Entry, FastHash> =
            std::collections::HashMap::default();
        for (bit, list) in LONG_LISTS.iter().enumerate() {
            for w in *list {
                // Entries with capitals were never found by the folded
                // lookup; they stay out.
                if w.bytes().any(|b| b.is_ascii_uppercase()) {
                    continue;
                }
                m.entry((*w).to_string()).or_default().lists |= 1 << bit;
            }
        }
        // Abbreviated months are no part of a name ("Mr. Healey Sept."),
        // but for those that are names too ("Jan", "Jun", "Mar").
        let not_names = list_bit(NOT_NAMES);
        for a in crate::extract::lexicon::MONTHS.iter().skip(12) {
            if !["jan", "jun", "mar"].contains(a) {
                m.entry((*a).to_string()).or_default().lists |= not_names;
            }
        }
        for (w, c) in CUES {
            let e = m.entry(w.to_ascii_lowercase()).or_default();
            e.cue = e.cue.or(Some(*c));
        }
        for (w, c) in STANCE_IRREGULAR {
            if w.bytes().any(|b| b.is_ascii_uppercase()) {
                continue;
            }
            let e = m.entry((*w).to_string()).or_default();
            e.irregular = e.irregular.or(Some(*c));
        }
        for (w, g) in GIVEN_NAMES {
            let e = m.entry(w.to_ascii_lowercase()).or_default();
            e.given = e.given.or(Some(*g));
        }
        for (w, c) in stance_forms() {
            m.entry(w).or_default().stance = Some(c);
        }
        let mut pairs: Vec<(String, Entry)> =
            m.into_iter().filter(|(k, _)| k.len() <= 40).collect();
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let size = (pairs.len() * 2 + 2).next_power_of_two();
        let mut lex = Lex {
            longest: pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0),
            mask: size - 1,
            filter: vec![0; FILTER_BITS / 64],
            slots: vec![0; size],
            keys: Vec::with_capacity(pairs.len()),
            arena: Vec::new(),
            entries: Vec::with_capacity(pairs.len()),
        };
        for (k, v) in pairs {
            let s = lex.arena.len() as u32;
            lex.arena.extend_from_slice(k.as_bytes());
            lex.keys.push((s, lex.arena.len() as u32));
            lex.entries.push(v);
            let h = key_hash(k.as_bytes());
            let f = filter_bit(h);
            lex.filter[f / 64] |= 1 << (f % 64);
            let mut i = h as usize & lex.mask;
            while lex.slots[i] != 0 {
                i = (i + 1) & lex.mask;
            }
            lex.slots[i] = lex.keys.len() as u32;
        }
        lex
    })
}

/// Whether `name` (without a leading "the") is a known outlet.
pub(crate) fn is_outlet(name: &str) -> bool {
    let n = name.trim();
    let n = n
        .strip_prefix("the ")
        .or_else(|| n.strip_prefix("The "))
        .unwrap_or(n);
    in_list(n, OUTLETS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table behind [`cue_class`] agrees with [`stance_form`] on every
    /// lemma with every suffix the rules know, and on look-alikes.
    #[test]
    fn spc001_stance_table_matches_rules() {
        let tails = [
            "", "s", "es", "d", "ed", "ing", "ied", "ies", "ping", "ted", "led", "ning", "red",
        ];
        for l in STANCE_LEMMAS {
            let cut = [*l, l.strip_suffix(['e', 'y']).unwrap_or(l)];
            for stem in cut {
                for t in tails {
                    let w = format!("{stem}{t}");
                    if CUES.iter().any(|(c, _)| c.eq_ignore_ascii_case(&w))
                        || STANCE_IRREGULAR.iter().any(|(c, _)| *c == w)
                        || w.len() < 3
                    {
                        continue;
                    }
                    assert_eq!(cue_class(&w), stance_form(&w), "{w}");
                }
            }
        }
        assert_eq!(cue_class("Shows"), None);
        assert_eq!(cue_class("showings"), None);
    }
}
