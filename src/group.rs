//! Grouping: which claims across sources speak of the same subject.
//!
//! Every comparable claim gets one [`SubjectKey`]: what it counts or dates
//! (the noun, through a synonym class), the predicate it hangs on (through a
//! predicate class), its scope and the event it is about. Two claims are
//! compared only when their keys are equal; the key is built in one place,
//! [`SubjectKey::of`], and every finding names the key that joined its
//! claims.
//!
//! # Grammar
//!
//! A key is `kind | noun class | predicate class | scope | event class`,
//! with `!` before the predicate when it is negated:
//!
//! - **kind**: `count`, `money`, `percent`, `measure:<dimension>`,
//!   `duration` or `date` (every date-like kind: a date, weekday, month,
//!   year or range is compared with the others at its own grain).
//! - **noun class**: the counted noun's lemma mapped through
//!   [`NOUN_CLASSES`] ("country", "nation", "state", "leader", "head of
//!   state" are all `participant`); a noun with no class keeps its lemma.
//!   A compound of the last modifier and the noun wins when the table
//!   knows it ("7,000 job cuts" counts `job`, not cuts).
//!   Nouns that imply a predicate ("deaths", "injuries", "arrests") also
//!   give it ([`NOUN_PREDICATES`]).
//! - **predicate class**: the predicate lemma mapped through
//!   [`PREDICATE_CLASSES`]: `attend` (gather, attend, take part...),
//!   `pledge` (agree, pledge, commit...), `killed`, `injured`, `missing`,
//!   `arrested`, `detained`... Classes that only make sense at one kind of
//!   event give it as a default ([`DEFAULT_EVENTS`]: attending implies a
//!   meeting).
//! - **event class**: the event noun's lemma mapped through
//!   [`EVENT_CLASSES`] (summit, meeting, talks → `meeting`; strike,
//!   attack, bombing → `attack`; a strike in a story of unions and pay is
//!   a `walkout`). Dates key on the event only, plus the speaker for a
//!   statement ("Healey said on Wednesday") and the bank for a rate
//!   decision ("The Reserve Bank cut rates on Tuesday"), and `end` for the
//!   day an event ends ("the strike will end on Wednesday").
//!
//! Some pairs decide more than each part alone: what taking part in an
//! event is ([`ATTEND_AS`]: joining a strike is walking out), and which
//! nouns one predicate makes one count ([`PREDICATE_NOUNS`]: homes and
//! customers left without power). An economic measure ("net profit",
//! "unemployment", "turnout") is the noun of a sum or percentage, with the
//! predicate `level` or `change`; a share of the vote is keyed on its
//! candidate, as a statement's date is on its speaker ("percent|vote
//! share|-|-|election|ruiz"), and a share in a poll on its candidate and
//! its pollster ("percent|poll share|-|harlow|poll|marsh": two pollsters'
//! figures are two measurements, and a poll that names no pollster is not
//! compared). A transfer's sum is its player's fee
//! ("money|transfer fee|paid|-|transfer|okafor").
//!
//! Other tables decide what a figure is when its words alone do not:
//! which nouns a predicate keys at all ([`PREDICATE_ONLY_OF`]: what closes
//! is a plant or a school, who is released a person), which nouns an event
//! makes one count ([`EVENT_NOUNS`]: an outbreak's cases are people
//! infected), what a predicate means of some nouns
//! ([`PREDICATES_OF_NOUNS`]: birds destroyed were culled), which predicates say which members of a group a percentage
//! counts ([`SHARE_PREDICATES`]: "8% of its workforce" cut, not "62% of
//! Democrats" backing a plan; a share written as a fraction, "a third of
//! households", is a percentage of its whole: [`SHARE_MARGIN`]), which
//! sums their verb alone names ([`MONEY_PREDICATES`]: stolen, fined,
//! invested). A company's price is the
//! acquisition's however the deal is named; a temperature is keyed on its
//! place ("measure:temperature|temperature|level|-|-" split by place and
//! day), a tariff rate on whom it is on (scope "on china: steel"), a prison
//! term on whether it was given or faced.
//!
//! A claim gets no key, and is never compared, when its key would be too
//! thin to be safe: a count needs a noun and a predicate (and is no margin
//! in points: "won by 30 points" is of a race the key cannot name; no
//! height in storeys: "a seven-storey block"); money,
//! percentages and measures need two of noun, predicate and event (a
//! duration its noun among them, and a noun that says what lasted, as in
//! "The siege lasted 79 days", is enough and keys no event); a date needs
//! an event; an age needs the
//! person's name ("Ivo Manke, 24" is `age|manke`, split by first names as
//! events are by place). A player's statistic is keyed on the player
//! ("Dana Reyes scored 33 points" is `count|point|-|-|-|dana reyes`; with
//! no player it has no key). A pledge, a job cut, a hire, a sentence or a
//! fine is keyed on its doer (or whom it was given) when its clause names
//! one, and a central bank's rate or a company's revenue or profit on its
//! owner ("Germany pledged $1.2 billion, while Japan promised $800
//! million" are two pledges; [`DOER_PREDICATES`], [`OWNED_MEASURES`]); a
//! figure that names no doer joins the only doer named for its subject
//! (and, when it names no event either, the only doer at the only event:
//! "About 1,500 jobs will go" is "Corvane will cut 1,200 jobs after the
//! merger"). A share price that names no owner ("Its shares fell 7%")
//! is likewise the only firm's whose shares the corpus names.
//! Seats won are keyed on the party named before the verb when there is one ("Civic Union won 142 seats" is `…|civic
//! union`; party names are matched whole, not as surnames). A match's
//! score or a vote's tally is keyed on its event and its sides ("Kestrel
//! City beat Dunmore Athletic 3-1" is `score|-|-|-|match|dunmore athletic
//! v kestrel city`, "The reform passed 309-251" `score|-|-|-|election|reform`);
//! a result that names fewer sides joins the one key naming them all, and
//! two results of one key always disagree unless equal ("lost 2-3" is
//! "won 3-2"). A false conflict is worse than a missed one.
//!
//! # Fuzzy nouns
//!
//! Two noun lemmas outside the synonym table are merged when they are
//! near-identical after case folding: Jaro-Winkler at least
//! [`FUZZY_JARO_WINKLER`] *and* normalized Damerau-Levenshtein at least
//! [`FUZZY_LEVENSHTEIN`] ("covid-19 death" and "covid19 death"). Only keys
//! equal in every other part are candidates, and only when a block of such
//! keys is small ([`FUZZY_MAX_KEYS`]), so the pass stays linear.
//!
//! # Places
//!
//! The place named beside an event ("the Paris summit", "talks in
//! Istanbul") is not part of the key, so that a claim that names no place
//! can join the claims that do. When the claims of one key name two or more
//! places, the block is split by place, and the claims that name none are
//! compared only among themselves. A place whose name begins with another's
//! words is that place ("westbrook mall" is in "westbrook").
//!
//! # Events named and not
//!
//! A count that names no event joins the one key that differs from its
//! own only by naming one, when exactly one does: "At least 25 people were
//! killed" is compared with "floods … killing 22 people" when the floods
//! are the only event any claim of that count names. With two such events
//! it stays apart, and the finding says when the rule joined a claim.
//!
//! # Periods
//!
//! A figure's reporting period ([`Subject::period`](crate::Subject::period):
//! "4.1% in May", "net profit in the third quarter") is not part of the key
//! either. When the claims of one key name two or more periods, the block
//! is split by period as by place, so "rose to 4.1% in May from 3.9% in
//! April" holds two figures of two months, not a contradiction. A figure
//! whose period ended before the year before its publication is history
//! and stands apart even when it is the only one naming a period: "the
//! strongest since 2019, when 32 people died" is not this storm's toll.
//!
//! # Merging
//!
//! A [`ClaimSet`] holds [`Mention`]s by key. [`ClaimSet::merge`] is a set
//! union keyed by each mention's identity (source, span, kind): it is
//! associative, commutative and idempotent, so shards of a corpus can be
//! grouped separately and combined.
//!
//! # Non-goals
//!
//! Coreference beyond a statement's speaker; telling two meetings of one
//! class apart when neither names its place; languages other than English.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::Serialize;

use crate::claim::{Claim, ClaimKind, Qualifier, Role, Value};
use crate::document::Published;
use crate::span::Span;

/// Synonym classes of counted nouns: `(lemma, class)`.
///
/// Participants of a meeting are counted as countries, nations, states,
/// delegations or leaders; people, civilians and residents are `person`;
/// police and officers are `police`.
///
/// # Example
///
/// ```
/// use corroborate::group::{NOUN_CLASSES, SubjectKey};
/// use corroborate::{Checker, Document};
/// assert!(NOUN_CLASSES.contains(&("leader", "participant")));
/// // "leaders" and "countries" both count the participants of a meeting.
/// let doc = Document::new("a", "Leaders from 35 countries took part in the summit.");
/// let claims = Checker::new().extract(&doc);
/// let key = claims.iter().find_map(SubjectKey::of).map(|k| k.to_string());
/// assert_eq!(key.as_deref(), Some("count|participant|attend|-|meeting"));
/// ```
pub const NOUN_CLASSES: &[(&str, &str)] = &[
    // A kickback is a bribe: "€2.1m in kickbacks", "bribes worth €2.3
    // million".
    ("kickback", "bribe"),
    ("country", "participant"),
    ("nation", "participant"),
    ("state", "participant"),
    ("government", "participant"),
    ("delegation", "participant"),
    ("delegate", "participant"),
    ("participant", "participant"),
    ("leader", "participant"),
    ("world leader", "participant"),
    ("head of state", "participant"),
    ("head of government", "participant"),
    ("member", "participant"),
    // A court's counts are its charges: "faces 12 counts of theft",
    // "pleaded not guilty to 14 charges".
    ("count", "charge"),
    ("ally", "participant"),
    ("partner", "participant"),
    ("person", "person"),
    ("people", "person"),
    ("civilian", "person"),
    ("resident", "person"),
    ("inhabitant", "person"),
    ("individual", "person"),
    ("victim", "person"),
    ("patient", "person"),
    // "More than 200 guests fell ill" and "About 230 people were
    // sickened" at one wedding.
    ("guest", "person"),
    ("death", "person"),
    ("fatality", "person"),
    ("injury", "person"),
    ("hospitalization", "person"),
    ("hospitalisation", "person"),
    ("arrest", "person"),
    ("deportation", "person"),
    ("removal", "person"),
    // What lasted: a trial of a drug is its study ("The trial ran for
    // five years", "The study lasted six years").
    ("study", "trial"),
    // What thieves take: "eight pieces of jewellery", "nine items".
    ("piece", "item"),
    ("item", "item"),
    ("object", "item"),
    ("artefact", "item"),
    ("artifact", "item"),
    // A theft's length: "the seven-minute heist", "the raid lasted four
    // minutes" (a raid in a story of thieves).
    ("heist", "robbery"),
    ("robbery", "robbery"),
    ("burglary", "robbery"),
    ("casualty", "casualty"),
    ("police", "police"),
    ("police officer", "police"),
    ("officer", "police"),
    ("policeman", "police"),
    ("cop", "police"),
    // "sold 2.26 million cars" and "2.25 million vehicles".
    ("car", "vehicle"),
    // "57.9 million iPhones" and "55 million smartphones" shipped.
    ("iphone", "smartphone"),
    ("handset", "smartphone"),
    ("phone", "smartphone"),
    // "a 6.3-inch screen" and "its 6.1-inch display".
    ("display", "screen"),
    // "1,500 flights were cancelled" and "1,200 departures and arrivals".
    ("departure", "flight"),
    ("arrival", "flight"),
    // "250,000 passengers" and "200,000 travellers" affected.
    ("traveller", "passenger"),
    ("traveler", "passenger"),
    // "About 50 ships" and "55 warships" taking part; "110 aircraft" and
    // "more than 100 planes".
    ("warship", "ship"),
    ("vessel", "ship"),
    ("plane", "aircraft"),
    ("jet", "aircraft"),
    ("warplane", "aircraft"),
    ("protester", "protester"),
    ("protestor", "protester"),
    ("demonstrator", "protester"),
    ("marcher", "protester"),
    ("soldier", "soldier"),
    ("troop", "soldier"),
    // An armed group's men by any of their names: "killed 200 militants",
    // "250 fighters were killed", "insurgents".
    ("militant", "militant"),
    ("fighter", "militant"),
    ("insurgent", "militant"),
    ("jihadist", "militant"),
    ("passenger", "passenger"),
    ("survivor", "person"),
    ("child", "child"),
    ("kid", "child"),
    ("villager", "person"),
    // A share buyback by either name: "a $110 billion share buyback",
    // "$100 billion of share repurchases".
    ("repurchase", "buyback"),
    // Oil spilled, whatever its grade.
    ("crude", "oil"),
    ("crude oil", "oil"),
    // A ship's fuel spilled is its oil ("1,000 tonnes of fuel", "800
    // tonnes of oil leaked"); diesel stays diesel.
    ("fuel", "oil"),
    ("fuel oil", "oil"),
    ("oil", "oil"),
    // "20 crew members", "All 20 crew".
    ("crew member", "crew"),
    ("crew", "crew"),
    // "19 million car journeys", "18.6 million leisure trips".
    ("journey", "trip"),
    ("trip", "trip"),
    // Those trapped in a mine are its workers, however a paper names them.
    ("miner", "worker"),
    ("student", "student"),
    ("pupil", "student"),
    ("schoolgirl", "student"),
    ("schoolboy", "student"),
    ("schoolchild", "student"),
    ("hostage", "hostage"),
    ("captive", "hostage"),
    ("prisoner", "prisoner"),
    ("inmate", "prisoner"),
    // "183 Palestinian prisoners", "183 Palestinian detainees".
    ("detainee", "prisoner"),
    ("convict", "prisoner"),
    // Everyone on board: "242 passengers and crew" are "242 people".
    ("passenger and crew", "person"),
    ("migrant", "migrant"),
    ("refugee", "migrant"),
    // Prizes, however a paper names them: "seven Oscars", "seven
    // Academy Awards", "seven awards".
    ("oscar", "award"),
    ("academy award", "award"),
    ("grammy", "award"),
    ("emmy", "award"),
    ("bafta", "award"),
    ("home", "home"),
    ("house", "home"),
    ("dwelling", "home"),
    ("building", "building"),
    ("structure", "building"),
    ("job", "job"),
    ("employee", "job"),
    ("position", "job"),
    ("job cut", "job"),
    // "axed 2,300 roles".
    ("role", "job"),
    ("layoff", "job"),
    // A share of the workforce or staff is a share of the jobs: "4,000
    // jobs, about 8% of its workforce".
    ("workforce", "job"),
    ("staff", "job"),
    // "16 rail companies", "16 train operators", "16 firms".
    ("company", "company"),
    ("firm", "company"),
    ("operator", "company"),
    // "150,000 birds", "160,000 chickens", "poultry": one flock.
    ("bird", "bird"),
    ("chicken", "bird"),
    ("hen", "bird"),
    ("turkey", "bird"),
    ("duck", "bird"),
    ("poultry", "bird"),
    // "32 cows", "28 cattle", "a herd of 40 head of cattle".
    ("cow", "cattle"),
    ("cattle", "cattle"),
    ("bull", "cattle"),
    ("sheep", "sheep"),
    ("ewe", "sheep"),
    ("lamb", "sheep"),
    ("plant", "factory"),
    // "1.2 million trees", "1.4 million saplings".
    ("tree", "tree"),
    ("sapling", "tree"),
    ("seedling", "tree"),
    ("factory", "factory"),
    ("lawsuit", "case"),
    ("suit", "case"),
];

/// Nouns that say what happened to what they count: `(lemma, predicate
/// class)`. "30 deaths" counts people killed.
///
/// # Example
///
/// ```
/// use corroborate::group::{NOUN_PREDICATES, SubjectKey};
/// use corroborate::{Checker, Document};
/// assert!(NOUN_PREDICATES.contains(&("death", "killed")));
/// // "deaths" says what happened: the count is of people killed.
/// let doc = Document::new("a", "The flood caused 30 deaths.");
/// let claims = Checker::new().extract(&doc);
/// let key = claims.iter().find_map(SubjectKey::of).map(|k| k.to_string());
/// assert!(key.is_some_and(|k| k.contains("|killed|")));
/// ```
pub const NOUN_PREDICATES: &[(&str, &str)] = &[
    ("job cut", "job cut"),
    ("layoff", "job cut"),
    ("death", "killed"),
    ("fatality", "killed"),
    ("injury", "injured"),
    // "62 hospitalizations", as "62 people were hospitalized".
    ("hospitalization", "injured"),
    ("hospitalisation", "injured"),
    ("arrest", "arrested"),
    // "385,000 deportations", "deported about 410,000 people".
    ("deportation", "deported"),
    ("removal", "deported"),
    ("survivor", "rescued"),
    // "a fine of €1.5 billion" is the sum fined.
    ("fine", "fined"),
    // "$250 million in damages" is a sum awarded, paid or sought.
    ("damages", "pay"),
    // "recorded 150 aftershocks", "200 aftershocks have shaken the region".
    ("aftershock", "struck"),
    // A petition's signatures, gathered or collected: "has gathered 469,000
    // signatures", "400,000 people signed a petition".
    ("signature", "signed"),
    // "591,000 live births", "591,000 babies were born".
    ("birth", "born"),
];

/// Stages of a criminal case whose dates are dates of their own: an
/// arrest, a charge, a conviction and a sentence are days apart.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let docs = [
///     Document::new("a", "At the trial, the founder was sentenced on October 29, 2026."),
///     Document::new("b", "At the trial, the founder was convicted on October 27, 2026."),
/// ];
/// let report = Checker::new().check(&docs);
/// assert!(report.findings().iter().all(|f| f.kind() != FindingKind::Conflict));
/// ```
pub const CASE_STAGES: &[&str] = &[
    "sentence", "convict", "charge", "arrest", "acquit", "indict", "plead", "jail",
];

/// Predicate classes: `(lemma, class)`. The lemma is what
/// [`Subject::predicate`](crate::Subject) holds.
///
/// # Example
///
/// ```
/// use corroborate::group::{PREDICATE_CLASSES, predicate_class};
/// assert!(PREDICATE_CLASSES.contains(&("take part", "attend")));
/// assert_eq!(predicate_class("gather"), predicate_class("take part"));
/// ```
pub const PREDICATE_CLASSES: &[(&str, &str)] = &[
    // An economic measure's level ("profit was $2.1 billion") and its
    // change ("profit rose 12%"): never compared with each other.
    ("level", "level"),
    ("change", "change"),
    // A vehicle's speed: "was travelling at 120 km/h".
    ("travel", "travel"),
    ("gather", "attend"),
    ("attend", "attend"),
    ("take part", "attend"),
    ("participate", "attend"),
    ("join", "attend"),
    ("involve", "attend"),
    ("convene", "attend"),
    ("assemble", "attend"),
    ("turn out", "attend"),
    ("agree", "pledge"),
    ("pledge", "pledge"),
    ("commit", "pledge"),
    ("promise", "pledge"),
    ("vow", "pledge"),
    ("sign", "pledge"),
    ("endorse", "pledge"),
    ("volunteer", "pledge"),
    ("offer", "pledge"),
    ("provide", "supply"),
    ("send", "supply"),
    ("send home", "sent home"),
    // A service's users (`context::user_count`): "800 million weekly
    // users", "used by 800 million people every week".
    ("use", "used"),
    ("supply", "supply"),
    ("deliver", "supply"),
    ("deploy", "supply"),
    ("donate", "supply"),
    ("born", "born"),
    ("kill", "killed"),
    ("die", "killed"),
    ("dead", "killed"),
    ("perish", "killed"),
    ("drown", "killed"),
    ("carry", "aboard"),
    // Those in a building when it burned or fell (`context::inside_at`):
    // "had about 1,000 inside", "1,500 people were in the venue".
    ("inside", "inside"),
    // A stock of a substance held: "holds 142 kg of uranium", "has amassed
    // 133.8 kilograms of it" (the context reader sets it for masses only).
    ("hold", "held"),
    // An airport's passengers: "handled 83.9 million passengers",
    // "84 million passengers passed through Heathrow".
    ("handle", "handled"),
    ("pass through", "handled"),
    ("capsize", "capsize"),
    ("sink", "capsize"),
    // A vehicle that crashed or derailed: the crash.
    ("crash", "crash"),
    ("derail", "crash"),
    ("plunge", "crash"),
    ("death toll", "killed"),
    ("injure", "injured"),
    ("wound", "injured"),
    ("hurt", "injured"),
    ("hospitalize", "injured"),
    ("missing", "missing"),
    ("unaccounted", "missing"),
    ("arrest", "arrested"),
    ("detain", "detained"),
    ("evacuate", "evacuated"),
    ("displace", "displaced"),
    ("flee", "displaced"),
    ("rescue", "rescued"),
    ("refloat", "rescued"),
    // People in hunger (`context::hungry_after`).
    ("face hunger", "hungry"),
    // Bodies found: "Nine bodies were recovered" (`context::bodies_found`).
    ("recover", "recovered"),
    // Lives a measure saved: "save six to ten lives a year".
    ("save", "saved"),
    // Tourists who visited a place, or that it welcomed.
    ("visit", "visited"),
    ("welcome", "visited"),
    // An audience: "watched by 67 million viewers", "58 million tuned in".
    ("watch", "watched"),
    ("tune in", "watched"),
    // A film's takings at the box office.
    ("gross", "grossed"),
    // A sum asked for: "the $15 million ransom the hackers had demanded".
    ("demand", "demanded"),
    // Migrants crossing a sea or a border.
    ("cross", "crossed"),
    // Hostages and prisoners set free.
    ("release", "released"),
    ("free", "released"),
    // Prisoners of a swap: "exchanged 150 prisoners each", "300 prisoners
    // of war were swapped" (their swap is the event).
    ("exchange", "swapped"),
    ("swap", "swapped"),
    ("march", "protest"),
    ("protest", "protest"),
    ("demonstrate", "protest"),
    ("rally", "protest"),
    ("take to the street", "protest"),
    ("vote for", "vote for"),
    ("vote against", "vote against"),
    ("abstain", "abstain"),
    ("resign", "resign"),
    ("say", "statement"),
    ("announce", "statement"),
    ("state", "statement"),
    ("declare", "statement"),
    ("tell", "statement"),
    ("invade", "invasion"),
    ("annex", "annexation"),
    ("award", "pay"),
    ("pay", "pay"),
    ("fine", "fined"),
    // "$250 million in damages" is a sum awarded, paid or sought.
    ("damages", "pay"),
    ("sue", "sued"),
    ("convict", "convicted"),
    ("sentence", "sentenced"),
    ("jail", "sentenced"),
    ("imprison", "sentenced"),
    ("face", "face"),
    // A firm's headcount ("which employs 12,000 people").
    ("employ", "employed"),
    // The places a firm runs ("The company has 240 stores").
    ("operate", "operated"),
    // A wild species' numbers ("A survey counted 1,650 wolves").
    ("population", "population"),
    // An aircraft brought down safely ("The jet landed safely").
    ("land", "landed"),
    // People a study took in ("a trial of 12,400 patients").
    ("enrol", "enrolled"),
    // A place or a person robbed ("The museum was robbed on Saturday").
    ("rob", "robbed"),
    // Money taken.
    ("embezzle", "stolen"),
    ("defraud", "stolen"),
    ("swindle", "stolen"),
    ("misappropriate", "stolen"),
    ("siphon", "stolen"),
    ("charge", "charged"),
    ("indict", "charged"),
    ("infect", "infected"),
    ("sicken", "infected"),
    ("test positive", "infected"),
    ("vaccinate", "vaccinated"),
    // Doses of a vaccine given ("3.2 million doses have been given").
    ("administer", "administered"),
    ("hire", "hired"),
    // Uses counted by their verb ("downloaded 16 million times").
    ("download", "downloaded"),
    ("view", "viewed"),
    ("stream", "streamed"),
    ("play", "played"),
    // Visas, permits, warnings: "granted 432,000 work visas", "430,000
    // skilled worker visas were issued".
    ("grant", "issued"),
    ("issue", "issued"),
    // "The economy added 250,000 jobs" (of jobs only: [`PREDICATE_ONLY_OF`]).
    ("add", "job added"),
    // "Netflix added 19 million subscribers", "signed up 18.9 million"
    // (of subscribers, customers and users only: [`PREDICATE_ONLY_OF`]).
    ("sign up", "signed up"),
    ("lay off", "job cut"),
    ("lose job", "job cut"),
    ("cut", "job cut"),
    ("eliminate", "job cut"),
    ("shed", "job cut"),
    ("slash", "job cut"),
    ("axe", "job cut"),
    // Plants, stores, schools closed.
    ("close", "closed"),
    ("shut", "closed"),
    ("shutter", "closed"),
    ("acquire", "acquired"),
    ("buy", "acquired"),
    ("purchase", "acquired"),
    ("take over", "acquired"),
    ("sell", "sold"),
    ("sell units", "units sold"),
    // Aircraft, trains or ships a buyer ordered ("ordered 150 jets", "an
    // order for 120 jets").
    ("order", "ordered"),
    // Capital raised: "raising $2.1 billion" (see the context reader).
    ("raise", "raised"),
    ("pending", "pending"),
    ("lose power", "without power"),
    ("hold captive", "held captive"),
    ("withdraw", "withdrawn"),
    ("wait", "waiting"),
    ("walk out", "walk out"),
    // Fires: land burned, buildings destroyed or damaged, the share of the
    // fire's edge contained.
    ("burn", "burned"),
    ("scorch", "burned"),
    ("char", "burned"),
    ("blacken", "burned"),
    ("destroy", "destroyed"),
    ("damage", "damaged"),
    ("flood", "flooded"),
    ("contain", "contained"),
    // A breach's victims: stolen, exposed, accessed, compromised data.
    ("affect", "affected"),
    // "disrupting 1,350 flights and about 200,000 passengers".
    ("disrupt", "affected"),
    // "stranding an estimated 200,000 travellers".
    ("strand", "affected"),
    ("expose", "affected"),
    ("access", "affected"),
    ("compromise", "affected"),
    ("leak", "affected"),
    // Oil or fuel let out ("leaked" of a measure: see the context reader).
    ("spill", "spilled"),
    ("steal", "affected"),
    ("win", "win"),
    ("secure", "win"),
    // Weapons fired and brought down: "launched 146 drones", "shot down
    // 118 of them" (only of weapons: [`PREDICATE_ONLY_OF`]).
    ("launch", "launched"),
    ("fire", "launched"),
    ("intercept", "intercepted"),
    ("shoot down", "intercepted"),
    ("down", "intercepted"),
    // People still under a collapsed building.
    ("trapped", "trapped"),
    // People taken by force (of captives, "seized" too: see
    // `subject_key`).
    ("abduct", "abducted"),
    ("kidnap", "abducted"),
    // Prisoners who got out.
    ("escape", "escaped"),
    // A race's winning time ("finishing time"), each runner's own.
    ("finish", "finished"),
    // Birds or animals killed to stop a disease.
    ("cull", "culled"),
    // Animals slaughtered (culled, when they are livestock: see
    // [`PREDICATES_OF_NOUNS`]).
    ("slaughter", "slaughtered"),
    // Drugs, weapons, goods taken by the authorities.
    ("seize", "seized"),
    ("confiscate", "seized"),
    // Products called back by their maker.
    ("recall", "recalled"),
    // Flights, trains, events called off.
    ("cancel", "cancelled"),
    // Flights held up: "Some 5,000 flights were delayed".
    ("delay", "delayed"),
    // Appointments moved to another day: "54,000 appointments had been
    // rescheduled", "61,000 appointments were postponed".
    ("postpone", "postponed"),
    ("reschedule", "postponed"),
    // People sent out of a country.
    ("deport", "deported"),
    ("expel", "deported"),
    // Goods made: "produced 410,000 cars", "production reached 405,000".
    ("produce", "produced"),
    // Aid handed to people: "handed out 2.9 million food parcels",
    // "distributed more than 3.1 million parcels".
    ("distribute", "distributed"),
    ("hand out", "distributed"),
    ("give out", "distributed"),
    // Trees put in the ground: "planted 1.2 million trees".
    ("plant", "planted"),
    // A sum put into a plant or a firm: "will invest $37 billion", "its
    // Texas investment will total $40 billion".
    ("invest", "invested"),
    // A sum spent on something named: "will spend £5 billion on defence"
    // (its scope names what).
    ("spend", "spent"),
    // Escaped prisoners still free ("14 remain at large").
    ("at large", "at large"),
    // Notices standing: "48 flood warnings remained in place".
    ("in force", "in force"),
    // "broke out": prisoners escaped (a fire or a war that broke out
    // began; see `PREDICATES_OF_NOUNS`).
    ("break out", "broke out"),
    // Fires not contained, a part of those burning: "240 of them out of
    // control".
    ("out of control", "out of control"),
];

/// Event classes: `(lemma, class)`. The lemma is what
/// [`Subject::event`](crate::Subject) holds.
///
/// # Example
///
/// ```
/// use corroborate::group::{EVENT_CLASSES, event_class};
/// assert!(EVENT_CLASSES.contains(&("summit", "meeting")));
/// assert_eq!(event_class("talks"), Some("meeting"));
/// ```
pub const EVENT_CLASSES: &[(&str, &str)] = &[
    // A central bank's move on its rate ("cut rates on Thursday"), dated
    // and keyed on the bank.
    ("rate decision", "rate decision"),
    ("summit", "meeting"),
    ("meeting", "meeting"),
    ("talks", "meeting"),
    ("conference", "meeting"),
    ("gathering", "meeting"),
    ("forum", "meeting"),
    // "More than 120 volunteers joined the search": a search party is no
    // meeting.
    ("search", "search"),
    // A road race: "took part in the city marathon".
    ("marathon", "race"),
    ("half-marathon", "race"),
    ("ultramarathon", "race"),
    // A rocket's launch (only beside a rocket or satellites: see
    // `names_no_event` in the context reader).
    ("launch", "launch"),
    ("liftoff", "launch"),
    ("lift-off", "launch"),
    // A solar or lunar eclipse (not the verb: see `names_no_event` in the
    // context reader), its totality the same event.
    ("eclipse", "eclipse"),
    ("totality", "eclipse"),
    ("manhunt", "search"),
    ("rescue", "search"),
    ("statement", "statement"),
    ("announcement", "statement"),
    ("remarks", "statement"),
    ("speech", "statement"),
    ("interview", "statement"),
    ("invasion", "invasion"),
    ("offensive", "invasion"),
    ("annexation", "annexation"),
    ("agreement", "agreement"),
    ("deal", "agreement"),
    // A company bought: its price is the acquisition's.
    // A player bought: the sum is the transfer's fee (see `subject_key`).
    ("transfer", "transfer"),
    ("takeover", "acquisition"),
    ("acquisition", "acquisition"),
    ("buyout", "acquisition"),
    ("merger", "acquisition"),
    ("treaty", "agreement"),
    ("accord", "agreement"),
    ("ceasefire", "ceasefire"),
    ("truce", "ceasefire"),
    ("strike", "attack"),
    ("walkout", "walkout"),
    ("hunger strike", "hunger strike"),
    ("resignation", "resignation"),
    ("airstrike", "attack"),
    ("attack", "attack"),
    ("cyberattack", "attack"),
    ("cyber-attack", "attack"),
    ("hack", "attack"),
    ("bombing", "attack"),
    ("shelling", "attack"),
    ("explosion", "attack"),
    ("blast", "attack"),
    ("shooting", "shooting"),
    // "a stabbing", "were stabbed to death": a knife attack.
    ("stabbing", "attack"),
    ("war", "war"),
    ("earthquake", "quake"),
    ("quake", "quake"),
    ("tremor", "quake"),
    ("aftershock", "aftershock"),
    ("flood", "flood"),
    ("flooding", "flood"),
    ("storm", "storm"),
    ("hurricane", "storm"),
    ("typhoon", "storm"),
    ("cyclone", "storm"),
    ("tornado", "storm"),
    ("snowstorm", "storm"),
    ("blizzard", "storm"),
    ("fire", "fire"),
    ("wildfire", "fire"),
    ("bushfire", "fire"),
    ("blaze", "fire"),
    ("crash", "crash"),
    ("derailment", "crash"),
    ("collision", "crash"),
    ("pileup", "crash"),
    ("pile-up", "crash"),
    // An aircraft that hit turbulence: those hurt and the plunge.
    ("turbulence", "turbulence"),
    ("protest", "protest"),
    ("demonstration", "protest"),
    ("rally", "protest"),
    ("march", "protest"),
    // A theft ("the museum heist", "the robbery"). A raid is a robbery
    // in a story of thieves (see the context reader), and no event of
    // its own elsewhere: gunmen's raid is their attack, kidnappers' their
    // kidnapping. "Theft" is more often a charge ("pleaded guilty to
    // identity theft") than an event.
    ("heist", "robbery"),
    ("robbery", "robbery"),
    ("burglary", "robbery"),
    // An aircraft's emergency landing ("made an emergency landing"; not
    // "the moon landing" nor "a landing page": see the context reader).
    ("landing", "landing"),
    ("election", "election"),
    ("vote", "election"),
    ("referendum", "election"),
    ("trial", "trial"),
    ("retrial", "trial"),
    ("verdict", "trial"),
    ("jury", "trial"),
    ("juror", "trial"),
    ("lawsuit", "lawsuit"),
    ("settlement", "settlement"),
    ("bankruptcy", "bankruptcy"),
    ("outbreak", "outbreak"),
    ("epidemic", "outbreak"),
    ("pandemic", "outbreak"),
    ("cholera", "outbreak"),
    ("ebola", "outbreak"),
    ("measles", "outbreak"),
    ("dengue", "outbreak"),
    ("mpox", "outbreak"),
    ("polio", "outbreak"),
    ("diphtheria", "outbreak"),
    ("typhoid", "outbreak"),
    ("meningitis", "outbreak"),
    ("marburg", "outbreak"),
    // Food poisoning: "An E. coli outbreak", "salmonella cases".
    ("coli", "outbreak"),
    ("salmonella", "outbreak"),
    ("listeria", "outbreak"),
    ("norovirus", "outbreak"),
    ("mudslide", "mudslide"),
    ("landslide", "mudslide"),
    ("landslip", "mudslide"),
    ("rockslide", "mudslide"),
    ("avalanche", "avalanche"),
    ("eruption", "eruption"),
    ("tsunami", "tsunami"),
    ("drought", "drought"),
    ("heatwave", "heatwave"),
    ("stampede", "stampede"),
    ("swap", "swap"),
    // Only as a noun ("the crush", "Friday's crush"; see the token reader).
    ("crush", "stampede"),
    ("shipwreck", "shipwreck"),
    // Of oil, fuel or chemicals only (see the token reader).
    ("spill", "spill"),
    // Of a building or another structure only (see the token reader).
    ("collapse", "collapse"),
    ("kidnapping", "kidnapping"),
    ("abduction", "kidnapping"),
    ("jailbreak", "jailbreak"),
    ("riot", "protest"),
    ("barrage", "attack"),
    ("seizure", "seizure"),
    ("auction", "auction"),
    ("outage", "outage"),
    ("sinkhole", "sinkhole"),
    // Pests that strip crops: "locusts destroyed crops on 200,000
    // hectares".
    ("locust", "infestation"),
    ("infestation", "infestation"),
    // Forces at practice: "a two-week exercise", "naval drills".
    ("exercise", "exercise"),
    ("drill", "exercise"),
    ("wargames", "exercise"),
    ("hajj", "pilgrimage"),
    ("pilgrimage", "pilgrimage"),
];

/// Nouns of those who make up a crowd: counted with nothing done to them,
/// they are its size ("three fans were hurt" keep their verb).
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let docs = [
///     Document::new("a", "The final was played in front of 60,214 fans."),
///     Document::new("b", "A crowd of 48,000 watched the final."),
/// ];
/// let report = Checker::new().check(&docs);
/// assert_eq!(report.findings()[0].kind(), FindingKind::Conflict);
/// ```
pub const CROWD_NOUNS: &[&str] = &[
    "fan",
    "spectator",
    "pilgrim",
    "devotee",
    "worshipper",
    "worshiper",
    "attendee",
    "concertgoer",
    "concert-goer",
    "festivalgoer",
    "festival-goer",
    "onlooker",
];

/// The least bare number read as people taking part ("organisers said
/// 150,000 had taken part"), when it names no event: countries, teams and
/// firms take part by the dozen, never by the thousand. Only verbs of
/// taking part read so ("48,400 involved fentanyl" counts deaths).
const CROWD_AT_LEAST: f64 = 1000.0;

/// People named by what they were doing outdoors when an avalanche, a
/// storm or the sea took them: their dead, hurt or missing are the event's
/// people ("Four skiers were killed" and "An avalanche killed five people"
/// are one toll), as a crowd's are ([`CROWD_NOUNS`]).
const OUTDOOR_PEOPLE: &[&str] = &[
    "skier",
    "snowboarder",
    "climber",
    "mountaineer",
    "hiker",
    "trekker",
    "swimmer",
    "bather",
    "surfer",
];

/// Events implied by a predicate class when the sentence names none.
///
/// # Example
///
/// ```
/// use corroborate::group::{DEFAULT_EVENTS, SubjectKey};
/// use corroborate::{Checker, Document};
/// assert!(DEFAULT_EVENTS.contains(&("attend", "meeting")));
/// // No event is named, but attending implies a meeting.
/// let doc = Document::new("a", "Leaders from 35 countries took part.");
/// let claims = Checker::new().extract(&doc);
/// let key = claims.iter().find_map(SubjectKey::of).map(|k| k.to_string());
/// assert_eq!(key.as_deref(), Some("count|participant|attend|-|meeting"));
/// ```
pub const DEFAULT_EVENTS: &[(&str, &str)] = &[
    ("infected", "outbreak"),
    ("convicted", "trial"),
    ("sentenced", "trial"),
    ("attend", "meeting"),
    ("protest", "protest"),
    ("walk out", "walkout"),
    ("capsize", "shipwreck"),
    ("crash", "crash"),
    ("swapped", "swap"),
    ("abducted", "kidnapping"),
    ("escaped", "jailbreak"),
    ("robbed", "robbery"),
    ("landed", "landing"),
    ("resign", "resignation"),
    ("statement", "statement"),
    ("invasion", "invasion"),
    ("annexation", "annexation"),
];

/// Nouns of sums that are one sum whatever verb the paper used, with the
/// predicate they key on: a contract's sum is what was agreed ("signed a
/// contract worth $115 million", "a $120 million contract extension"), a
/// jackpot's is its size ("won the $1.2 billion jackpot", "the jackpot
/// rose to $1.3 billion").
pub const MONEY_NOUN_PREDICATES: &[(&str, &str)] = &[
    ("contract", "agreed"),
    // "taking bribes worth €2.3 million", "accepted €2.1m in kickbacks":
    // the sum bribed, whoever paid or took it, and whatever stage of a
    // case the sentence tells ("was convicted of taking bribes of ...").
    ("bribe", "bribed"),
    ("jackpot", "level"),
    // "a $110 billion share buyback": the sum a firm will spend on its
    // own shares.
    ("buyback", "level"),
    // "agreed to pay $725 million to settle", "will pay $750 million to
    // resolve claims": the sum settled.
    ("settlement", "agreed"),
    // "The appeal raised £39.2 million", "the telethon brought in £37
    // million": the sum a fundraiser raised.
    ("donations", "raised"),
    // "US shoppers spent $10.8 billion online": what shoppers spent.
    ("consumer spending", "spent"),
    // "Foreign tourists spent €21.3bn": what visitors spent.
    ("tourist spending", "spent"),
    // "The drugs have a street value of €400 million": what was seized
    // is worth.
    ("street value", "seized"),
    // "The firm's Texas investment will total $40 billion": what was
    // invested.
    ("investment", "invested"),
    // "expected to save $1.2 billion a year", "annual savings of about $1
    // billion": what a plan saves, whatever verb is near ("The cuts").
    ("savings", "saved"),
];

/// What taking part in an event is, by event class: joining a protest is
/// protesting, joining a strike walking out (so that "35,000 workers
/// joined the strike" and "30,000 workers walked off the job" are one
/// count), being involved in a crash crashing ("more than 60 vehicles
/// were involved in the pile-up", "63 vehicles crashed").
pub const ATTEND_AS: &[(&str, &str)] = &[
    ("protest", "protest"),
    ("walkout", "walk out"),
    ("crash", "crash"),
];

/// Predicate classes that say what a sum of money is with no noun: the
/// sum stolen ("stole $4.7 million", "embezzling nearly $5 million") and
/// the fine ("was fined $250,000"), a sum spent on something named ("will
/// spend £5 billion on defence", its scope `on defence`). Other sums need
/// two of noun, predicate and event to be compared.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let docs = [
///     Document::new("a", "He stole $4.7 million from his clients."),
///     Document::new("b", "He embezzled nearly $6 million."),
/// ];
/// let report = Checker::new().check(&docs);
/// assert_eq!(report.findings()[0].kind(), FindingKind::Conflict);
/// ```
pub const MONEY_PREDICATES: &[&str] = &["stolen", "fined", "invested", "withdrawn", "spent"];

/// Predicate classes that say which members of a group a share counts:
/// what happened to them ("cut 4,000 jobs, about 8% of its workforce",
/// "60% of the population vaccinated"), unlike a choice among options
/// ("62% of Democrats back Clinton"). A percentage of a group is keyed on
/// the group only with one of these; [`TALLIES`] count too.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let conflicts = |a: &str, b: &str| {
///     let docs = [Document::new("a", a), Document::new("b", b)];
///     Checker::new().check(&docs).findings().iter().filter(|f| f.kind() == FindingKind::Conflict).count()
/// };
/// assert_eq!(conflicts("It will cut 4,000 jobs, about 8% of its workforce.",
///                      "It will cut 4,000 jobs, around 12% of its staff."), 1);
/// assert_eq!(conflicts("Some 62% of Democrats back the plan.",
///                      "Only 8% of Democrats back the plan."), 0);
/// ```
pub const SHARE_PREDICATES: &[&str] = &[
    "job cut",
    "hired",
    "burned",
    "destroyed",
    "damaged",
    "contained",
    "without power",
    "affected",
];

/// Predicate classes whose doer a claim is keyed on, when its sentence
/// names one: a story lists such figures side by side ("Germany pledged
/// $1.2 billion, while Japan promised $800 million"; "Meridian will cut
/// 4,000 jobs", "Corvane is cutting 1,200"; "Poland expelled 15 Russian
/// diplomats", "Russia expelled 12 Polish diplomats"). For a sentence or a fine it
/// is the one who got it, named nearest before the figure ("Lenz was
/// jailed for 12 years", "fined Brightmart $40 million and Okafor Foods
/// $12 million"). A claim naming no doer joins the only doer named for
/// its subject, if there is one ([`ClaimSet::blocks`]). A company's or a
/// bank's own measures are keyed on their owner the same way
/// ([`OWNED_MEASURES`]).
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let conflicts = |a: &str, b: &str| {
///     let docs = [Document::new("a", a), Document::new("b", b)];
///     Checker::new().check(&docs).findings().iter().filter(|f| f.kind() == FindingKind::Conflict).count()
/// };
/// assert_eq!(conflicts("Meridian will cut 4,000 jobs.", "Corvane is cutting 1,200 jobs."), 0);
/// assert_eq!(conflicts("Meridian will cut 4,000 jobs.", "Meridian is cutting 3,000 jobs."), 1);
/// assert_eq!(conflicts("Meridian will cut 4,000 jobs.", "The company is cutting 3,000 jobs."), 1);
/// ```
pub const DOER_PREDICATES: &[&str] = &[
    "pledge",
    "job cut",
    "job added",
    "cancelled",
    "delayed",
    "hired",
    "sentenced",
    "fined",
    "deported",
    // "BYD sold 2.26 million cars" and Tesla's sales are two firms'.
    "units sold",
    // Two campaigns' sums raised: "Sanders' campaign raised $21 million",
    // "Clinton's campaign raised $15 million".
    "raised",
    // Each runner's time.
    "finished",
    // "Samsung will invest $37 billion" and another firm's sum are two.
    "invested",
    // Each service's subscribers.
    "signed up",
    // Each firm's headcount and the places it runs.
    "employed",
    "operated",
    // Each buyer's order of aircraft or trains.
    "ordered",
];

/// [`DOER_PREDICATES`] whose figures that name no doer are a total, not the
/// one doer's: "Health care added 68,000 jobs" and the economy's 272,000,
/// "Delta cancelled 900 flights" and the 3,200 cancelled in all. Such a
/// figure does not join the only doer named ([`ClaimSet::blocks`]).
pub const DOERS_NOT_JOINED: &[&str] = &["job added", "cancelled", "delayed"];

/// Measures that are a company's or a bank's own, keyed on their owner
/// like [`DOER_PREDICATES`]: "Ardent reported revenue of $94.9 billion"
/// and "Velto posted revenue of $65.6 billion" are two revenues. A name
/// with modifiers ("net profit", "operating profit") ends with one.
pub const OWNED_MEASURES: &[&str] = &[
    "interest rate",
    "revenue",
    "sales",
    "profit",
    "earnings",
    "income",
    "loss",
    "ebitda",
    "dividend",
    "margin",
    "valuation",
    // "Saudi Arabia will cut output by 500,000 barrels a day" is not the
    // cut of the whole group.
    "output",
    // One player's fee is not another's, in a week of transfers.
    "transfer fee",
    // Each firm's share of its market.
    "market share",
];

/// Whether a claim of this predicate class and noun is keyed on its doer
/// or owner ([`DOER_PREDICATES`], [`OWNED_MEASURES`]).
///
/// # Example
///
/// ```
/// use corroborate::group::keyed_on_doer;
/// assert!(keyed_on_doer(Some("pledge"), None));
/// assert!(keyed_on_doer(Some("level"), Some("net profit")));
/// assert!(!keyed_on_doer(Some("killed"), Some("person")));
/// ```
pub fn keyed_on_doer(predicate: Option<&str>, noun: Option<&str>) -> bool {
    // Not a predicate of other nouns ([`PREDICATE_ONLY_OF`]): "added $170
    // billion" is no job added.
    predicate.is_some_and(|p| DOER_PREDICATES.contains(&p) && !only_of(Some(p), noun))
        || noun.is_some_and(|n| {
            OWNED_MEASURES.iter().any(|m| {
                n.strip_suffix(m)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            })
        })
}

/// The predicate class a noun implies ([`NOUN_PREDICATES`]): "layoffs" are
/// job cuts, "deaths" people killed.
///
/// # Example
///
/// ```
/// assert_eq!(corroborate::group::noun_predicate("layoff"), Some("job cut"));
/// ```
pub fn noun_predicate(noun: &str) -> Option<&'static str> {
    lookup(NOUN_PREDICATES, noun)
}

/// Whether one name is the other's first words, at least four letters:
/// "delta" of "delta air lines" (not "air" of it, nor "ban" of "ban
/// ki-moon").
fn short_name_of(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    short.len() >= 4
        && long
            .strip_prefix(short)
            .is_some_and(|rest| rest.starts_with(' '))
}

/// Predicate classes of a vote's sides: "voted in favour", "7 against",
/// "32 abstaining".
const VOTE_SIDES: &[&str] = &["vote for", "vote against", "abstain"];

/// Nouns of those who cast a vote's ballots, counted as its votes on
/// either side ("141 countries voted in favour" is 141 votes for).
const VOTERS: &[&str] = &[
    "vote",
    "abstention",
    "country",
    "nation",
    "state",
    "member",
    "delegate",
    "lawmaker",
    "legislator",
    "mp",
    "senator",
    "representative",
];

/// Events whose displaced are its evacuated (see [`SubjectKey::of`]): a
/// fire, a flood or a storm is fled as it comes.
const HAZARDS_LEFT: &[&str] = &["fire", "flood", "storm", "eruption", "tsunami", "mudslide"];

/// Predicate classes of running tallies: counts that grow as news comes
/// in, reported as an `update` (not a conflict) when they rise over time.
///
/// # Example
///
/// ```
/// use corroborate::group::TALLIES;
/// use corroborate::{Checker, Document, FindingKind};
/// assert!(TALLIES.contains(&"killed"));
/// // A toll that rises between two publications is an update, not a conflict.
/// let docs = [
///     Document::new("morning", "The storm killed 22 people.").with_published("2025-09-04T08:00".parse()?),
///     Document::new("evening", "The storm killed 30 people.").with_published("2025-09-04T20:00".parse()?),
/// ];
/// let report = Checker::new().check(&docs);
/// assert_eq!(report.findings()[0].kind(), FindingKind::Update);
/// # Ok::<(), corroborate::Error>(())
/// ```
pub const TALLIES: &[&str] = &[
    "killed",
    "injured",
    "missing",
    "arrested",
    "detained",
    "evacuated",
    "displaced",
    "rescued",
    "infected",
    "vaccinated",
    "administered",
    "charged",
    "convicted",
    "sentenced",
];

/// Predicate classes of a state that lasts, whose count can fall as well
/// as rise: the missing (found alive or dead), homes without power (power
/// restored), captives still held (freed). A figure given later that is
/// lower than every earlier one is an update, not a conflict: "31
/// residents were still missing" on Monday, 19 on Tuesday, 11 on
/// Wednesday; papers of one day that disagree still conflict. (A later,
/// higher figure is an update only of a [`TALLIES`] count: more homes
/// without power the next day is as likely another count of the same
/// night.)
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let docs = [
///     Document::new("mon", "Rescuers said 31 people were still missing.").with_published("2026-03-09".parse()?),
///     Document::new("wed", "Eleven people were still missing, officials said.").with_published("2026-03-11".parse()?),
/// ];
/// let report = Checker::new().check(&docs);
/// assert_eq!(report.findings()[0].kind(), FindingKind::Update);
/// assert!(report.findings()[0].reason().starts_with("fell over time"));
/// # Ok::<(), corroborate::Error>(())
/// ```
pub const STANDING: &[&str] = &["missing", "without power", "held captive"];

/// Predicate classes of what only grows while a fire burns or a storm
/// passes, whatever the figure's kind: the area burned, the share of a
/// fire contained, the homes destroyed or damaged. As with [`TALLIES`], a
/// higher figure published later is an update: "5% contained" on Thursday
/// and "18% contained" on Saturday are no conflict.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let docs = [
///     Document::new("thu", "The fire was 5% contained.").with_published("2026-08-02".parse()?),
///     Document::new("sat", "The fire was 18% contained.").with_published("2026-08-04".parse()?),
/// ];
/// let report = Checker::new().check(&docs);
/// assert_eq!(report.findings()[0].kind(), FindingKind::Update);
/// # Ok::<(), corroborate::Error>(())
/// ```
pub const GROWING: &[&str] = &["burned", "contained", "destroyed", "damaged"];

/// Nouns an event class makes one count, whatever the verb, `(event class,
/// noun lemma, noun class, predicate class)`: an outbreak's cases are the
/// people infected ("confirmed 412 cases of cholera" and "has sickened 412
/// people"); a court's cases stay lawsuits.
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let docs = [
///     Document::new("a", "Officials confirmed 412 cases of cholera in the outbreak."),
///     Document::new("b", "The cholera outbreak has sickened more than 450 people."),
/// ];
/// let report = Checker::new().check(&docs);
/// assert_eq!(report.findings()[0].kind(), FindingKind::Conflict);
/// ```
pub const EVENT_NOUNS: &[(&str, &str, &str, &str)] = &[
    ("outbreak", "case", "person", "infected"),
    // "The number of measles infections rose to 505".
    ("outbreak", "infection", "person", "infected"),
];

/// Predicate classes that key a count only of some nouns, `(predicate
/// class, nouns)`: what closes is a plant, a store or a school ("will close
/// two plants"); "closed 24 points lower", "closed the gap to 5 points"
/// are no closures; who is released is a person ("freed 20 hostages"), not
/// "1,100 pages of emails".
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let conflicts = |a: &str, b: &str| {
///     let docs = [Document::new("a", a), Document::new("b", b)];
///     Checker::new().check(&docs).findings().iter().filter(|f| f.kind() == FindingKind::Conflict).count()
/// };
/// assert_eq!(conflicts("It will close two plants.", "It will shut three factories."), 1);
/// assert_eq!(conflicts("The index closed 24 points lower.", "Polls closed the gap to 5 points."), 0);
/// ```
pub const PREDICATE_ONLY_OF: &[(&str, &[&str])] = &[
    // What broke out of anything but a prison began (a fire, a war).
    ("broke out", &["prisoner"]),
    // Standing notices, not people or things "in place".
    (
        "in force",
        &[
            "warning",
            "alert",
            "watch",
            "restriction",
            "order",
            "ban",
            "sanction",
            "curfew",
            "advisory",
        ],
    ),
    (
        "closed",
        &[
            "factory",
            "store",
            "shop",
            "branch",
            "office",
            "school",
            "mine",
            "site",
            "airport",
            "hospital",
            "clinic",
            "restaurant",
            "outlet",
            "bank",
            "station",
            "plant",
            "mill",
            "facility",
            "road",
            "bridge",
            "crossing",
            "border",
            "port",
            "library",
            "church",
            "casino",
            "location",
        ],
    ),
    // Subscribers won: not volunteers who signed up for a cause.
    ("signed up", &["subscriber", "customer", "user"]),
    // Jobs added: not points a player added or value a market did.
    (
        "job added",
        &["job", "worker", "position", "role", "employee"],
    ),
    // People set free: not pages, emails or polls released.
    ("released", CAPTIVES),
    // Weapons fired: not a satellite launched or a worker fired.
    ("launched", WEAPONS),
    ("intercepted", WEAPONS),
    // Visitors: not countries that "welcomed" a deal.
    ("visited", VISITORS),
    // An audience: not suspects watched by the police.
    ("watched", VIEWERS),
    // What is granted or issued is a paper: "granted 432,000 work visas",
    // not "55 people were issued citations".
    (
        "issued",
        &[
            "visa", "permit", "licence", "license", "passport", "warning", "alert", "warrant",
            "citation", "ticket", "summons", "notice", "bond", "share", "patent", "asylum",
        ],
    ),
];

/// Who watches a broadcast, for [`PREDICATE_ONLY_OF`] and
/// [`PREDICATE_NOUNS`] ("watched"): all one audience.
const VIEWERS: &[&str] = &["viewer", "person", "household", "american", "fan"];

/// Who visits a place, for [`PREDICATE_ONLY_OF`] and [`PREDICATE_NOUNS`]
/// ("visited"): all one count of visitors.
const VISITORS: &[&str] = &[
    "visitor",
    "tourist",
    "person",
    "holidaymaker",
    "traveller",
    "traveler",
];

/// Who may be held and set free, for [`PREDICATE_ONLY_OF`] ("released")
/// and for captives "seized" (abducted, not goods seized). Noun classes of
/// [`NOUN_CLASSES`]: captives are hostages, inmates prisoners, pupils
/// students, civilians and villagers people.
const CAPTIVES: &[&str] = &[
    "hostage",
    "prisoner",
    "detainee",
    "person",
    "soldier",
    "journalist",
    "child",
    "student",
    "woman",
    "man",
    "fisherman",
    "sailor",
    "migrant",
    "american",
    "citizen",
    "national",
    "protester",
    "activist",
    "worker",
    "tourist",
    "passenger",
];

/// What is fired at a target and may be shot down, for
/// [`PREDICATE_ONLY_OF`]: "146 drones", "six ballistic missiles".
const WEAPONS: &[&str] = &[
    "drone",
    "missile",
    "rocket",
    "shell",
    "projectile",
    "bomb",
    "munition",
    "uav",
    "aircraft",
    "plane",
    "jet",
    "helicopter",
];

/// Whether a predicate class keys only some nouns and `noun` is not one
/// of them ([`PREDICATE_ONLY_OF`]).
fn only_of(predicate: Option<&str>, noun: Option<&str>) -> bool {
    PREDICATE_ONLY_OF
        .iter()
        .any(|(p, nouns)| predicate == Some(*p) && !noun.is_some_and(|n| nouns.contains(&n)))
}

/// Nouns that one predicate class makes one count, `(predicate class,
/// nouns, noun class)`: what a power cut leaves in the dark ("300,000 homes
/// lost power" and "280,000 customers were without electricity" are one
/// figure), and whose data a breach reached ("4.2 million customers", "3.8
/// million customer accounts", "4.2 million people").
///
/// # Example
///
/// ```
/// use corroborate::{Checker, Document, FindingKind};
/// let docs = [
///     Document::new("a", "The storm left 300,000 homes without power."),
///     Document::new("b", "Some 280,000 customers lost power in the storm."),
/// ];
/// let report = Checker::new().check(&docs);
/// assert_eq!(report.findings()[0].kind(), FindingKind::Agreement);
/// ```
pub const PREDICATE_NOUNS: &[(&str, &[&str], &str)] = &[
    // "591,000 live births", "591,000 babies were born".
    ("born", &["birth", "baby", "child", "infant"], "birth"),
    // "welcomed 8.5 million visitors", "9.1 million tourists visited".
    ("visited", VISITORS, "visitor"),
    ("watched", VIEWERS, "viewer"),
    // "1,000 migrants crossed the Channel", "1,071 people made the crossing".
    ("crossed", &["person", "migrant"], "migrant"),
    // "72 people remain in captivity", "70 hostages are still held".
    ("held captive", &["person", "hostage"], "hostage"),
    (
        "without power",
        &[
            "customer",
            "home",
            "household",
            "house",
            "residence",
            "property",
        ],
        "customer",
    ),
    (
        "affected",
        &[
            "customer",
            "shopper",
            "subscriber",
            "policyholder",
            "account",
            "user",
            "record",
            "member",
            "client",
            "individual",
            "patient",
        ],
        "person",
    ),
    // "cut 10,000 jobs", "will lay off 11,000 workers".
    (
        "job cut",
        &["worker", "employee", "staff", "staffer", "person", "role"],
        "job",
    ),
    // "rescued 86 migrants", "Rescuers saved 80 people".
    ("rescued", &["person", "migrant", "passenger"], "person"),
    // "At least 23 migrants drowned", "the death toll rose to 27": the dead
    // of a shipwreck or a crossing (soldiers, children, passengers killed
    // stay a part of the dead).
    ("killed", &["person", "migrant"], "person"),
    // "The boat was carrying about 400 migrants", "Some 350 people were
    // aboard" (passengers stay passengers: the crew are aboard too).
    ("aboard", &["person", "migrant", "pilgrim"], "person"),
    // "Ten inmates escaped", "10 men broke out of the jail".
    ("escaped", &["man", "woman", "person"], "prisoner"),
    // "eight people were arrested", "eight suspects were arrested"; "37
    // protesters were detained" at a march where "45 people were detained".
    (
        "arrested",
        &["person", "suspect", "man", "woman", "protester"],
        "person",
    ),
    (
        "detained",
        &["person", "suspect", "man", "woman", "protester"],
        "person",
    ),
    // "410,000 SUVs", "nearly 400,000 vehicles", "520,000 cars".
    (
        "recalled",
        &["vehicle", "car", "suv", "truck", "pickup", "minivan", "van"],
        "vehicle",
    ),
    (
        "supply",
        &["vehicle", "car", "suv", "truck", "pickup", "minivan", "van"],
        "vehicle",
    ),
    (
        "produced",
        &[
            "vehicle", "car", "suv", "truck", "pickup", "minivan", "van", "unit",
        ],
        "vehicle",
    ),
];

/// How near, relative to the figures, the middles of two spans of values
/// that only touch must lie for the spans to meet (see
/// [`Reading::compatible`]).
///
/// # Example
///
/// ```
/// use corroborate::group::Reading;
/// let n = |low, high| Reading::Number { low, high };
/// // "2.25 million" and "2.26 million", each to its last digit: one figure.
/// assert!(n(2.245e6, 2.255e6).compatible(&n(2.255e6, 2.265e6)));
/// // "10,000" and "11,000" jobs, each to its thousand: two figures.
/// assert!(!n(9_500.0, 10_500.0).compatible(&n(10_500.0, 11_500.0)));
/// // "from 20,000 to 150,000" and "more than 150,000".
/// assert!(!n(20_000.0, 150_000.0).compatible(&n(150_000.0, f64::INFINITY)));
/// ```
pub const TOUCH_TOLERANCE: f64 = 0.01;

/// Predicate classes that mean another of some nouns, `(predicate
/// classes, nouns, predicate class)`: what happened to those nouns.
///
/// # Example
///
/// ```
/// use corroborate::group::PREDICATES_OF_NOUNS;
/// assert!(PREDICATES_OF_NOUNS.iter().any(|(_, nouns, p)| nouns.contains(&"bird") && *p == "culled"));
/// ```
pub const PREDICATES_OF_NOUNS: &[(&[&str], &[&str], &str)] = &[
    // A drone or missile destroyed in the air was shot down: "118 drones
    // were destroyed", "shot down 118 drones".
    (&["destroyed"], WEAPONS, "intercepted"),
    // People seized were abducted: "100 students were seized by gunmen"
    // (drugs and weapons seized stay seized).
    (&["seized"], CAPTIVES, "abducted"),
    // Birds destroyed on a farm were culled: "Some 160,000 chickens are
    // being destroyed" (those the virus killed were not).
    (&["destroyed"], &["bird"], "culled"),
    // So is livestock slaughtered to stop a disease: "ordered the
    // slaughter of 1.5 million chickens".
    (
        &["slaughtered"],
        &["bird", "pig", "cattle", "sheep", "goat", "duck", "animal"],
        "culled",
    ),
    // People slaughtered were killed: "Gunmen slaughtered 30 villagers".
    (&["slaughtered"], &["person"], "killed"),
    // Satellites a rocket launched or carried were put in orbit:
    // "launched 28 Starlink satellites", "carried 29 satellites into
    // orbit" (a launch of weapons is another).
    (&["launched", "aboard"], &["satellite"], "put in orbit"),
    // Prisoners who broke out escaped: "17 prisoners broke out".
    (&["broke out"], &["prisoner"], "escaped"),
    // Homes a fire burned were destroyed: "At least 95 houses have burned
    // down" and "destroyed 200 homes".
    (&["burned"], &["home", "building"], "destroyed"),
];

/// Fuzzy noun matching: smallest Jaro-Winkler similarity.
///
/// # Example
///
/// ```
/// use corroborate::group::{FUZZY_JARO_WINKLER, similar};
/// assert!(FUZZY_JARO_WINKLER > 0.9 && FUZZY_JARO_WINKLER <= 1.0);
/// assert!(similar("covid-19 death", "covid19 death"));
/// ```
pub const FUZZY_JARO_WINKLER: f64 = 0.95;
/// Fuzzy noun matching: smallest normalized Damerau-Levenshtein similarity.
///
/// # Example
///
/// ```
/// use corroborate::group::{FUZZY_LEVENSHTEIN, similar};
/// assert!(FUZZY_LEVENSHTEIN > 0.5 && FUZZY_LEVENSHTEIN <= 1.0);
/// // Close by Jaro-Winkler, but two letters apart: different nouns.
/// assert!(!similar("official", "officer"));
/// ```
pub const FUZZY_LEVENSHTEIN: f64 = 0.9;
/// Fuzzy noun matching runs only over blocks of at most this many keys.
///
/// # Example
///
/// ```
/// use corroborate::group::{FUZZY_MAX_KEYS, ClaimSet};
/// use corroborate::{Checker, Document};
/// assert!(FUZZY_MAX_KEYS >= 2);
/// // Two spellings of one noun land in one block.
/// let checker = Checker::new();
/// let mut set = ClaimSet::new();
/// for (id, text) in [("a", "The floods killed 12 councillors."), ("b", "The floods killed 15 councilors.")] {
///     let claims = checker.extract_text(text, None);
///     set = set.merge(ClaimSet::from_claims(id, text, None, &claims));
/// }
/// assert_eq!(set.blocks().len(), 1);
/// ```
pub const FUZZY_MAX_KEYS: usize = 32;

fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// The synonym class of a noun lemma, if it has one.
///
/// # Example
///
/// ```
/// use corroborate::group::noun_class;
/// assert_eq!(noun_class("nation"), Some("participant"));
/// assert_eq!(noun_class("leader"), Some("participant"));
/// assert_eq!(noun_class("banana"), None);
/// ```
pub fn noun_class(lemma: &str) -> Option<&'static str> {
    lookup(NOUN_CLASSES, lemma)
}

/// The class of a predicate lemma, if it has one.
///
/// # Example
///
/// ```
/// use corroborate::group::predicate_class;
/// assert_eq!(predicate_class("gather"), Some("attend"));
/// assert_eq!(predicate_class("agree"), Some("pledge"));
/// ```
pub fn predicate_class(lemma: &str) -> Option<&'static str> {
    lookup(PREDICATE_CLASSES, lemma)
}

/// The class of an event lemma, if it has one.
///
/// # Example
///
/// ```
/// use corroborate::group::event_class;
/// assert_eq!(event_class("summit"), Some("meeting"));
/// assert_eq!(event_class("strike"), Some("attack"));
/// ```
pub fn event_class(lemma: &str) -> Option<&'static str> {
    lookup(EVENT_CLASSES, lemma)
}

/// Events that the people of a story hold many of: rallies, meetings,
/// news conferences and briefings. One introduced with "a" and no place
/// ("at a rally on Tuesday") is one among them, and its date is not keyed
/// (a summit, a protest or an attack named so is the story's).
///
/// # Example
///
/// ```
/// use corroborate::group::recurring_event;
/// assert!(recurring_event("rally"));
/// assert!(!recurring_event("summit"));
/// ```
pub const RECURRING_EVENTS: &[&str] = &["rally", "meeting", "conference", "briefing"];

/// Whether an event lemma is one of [`RECURRING_EVENTS`].
pub fn recurring_event(lemma: &str) -> bool {
    RECURRING_EVENTS.contains(&lemma)
}

/// Case-folded singular of a noun phrase, for nouns outside the tables.
fn fold(s: &str) -> String {
    let mut out = s.trim().to_lowercase();
    for det in ["the ", "a ", "an "] {
        if let Some(rest) = out.strip_prefix(det) {
            out = rest.to_string();
        }
    }
    out
}

/// What a key compares: the kind of value.
///
/// # Example
///
/// ```
/// use corroborate::group::KeyKind;
/// assert_eq!(KeyKind::Count.to_string(), "count");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyKind {
    /// Counts of things.
    Count,
    /// Money, in any currency (currencies are compared only with
    /// themselves).
    Money,
    /// Percentages.
    Percent,
    /// Measures of one dimension, converted to its base unit.
    Measure(String),
    /// Lengths of time.
    Duration,
    /// Dates, weekdays, months and years, compared at their grain.
    Date,
    /// A named person's age ("Ivo Manke, 24"), keyed on the surname.
    Age,
    /// Scores and vote tallies, keyed on their sides.
    Score,
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyKind::Count => f.write_str("count"),
            KeyKind::Money => f.write_str("money"),
            KeyKind::Percent => f.write_str("percent"),
            KeyKind::Measure(d) => write!(f, "measure:{d}"),
            KeyKind::Duration => f.write_str("duration"),
            KeyKind::Date => f.write_str("date"),
            KeyKind::Age => f.write_str("age"),
            KeyKind::Score => f.write_str("score"),
        }
    }
}

/// The subject key that decides which claims are compared.
///
/// See the [module docs](crate::group) for how it is built.
///
/// # Example
///
/// ```
/// use corroborate::group::{KeyKind, SubjectKey};
/// let k = SubjectKey::new(KeyKind::Count, Some("participant"), Some("attend"), None, Some("meeting"));
/// assert_eq!(k.to_string(), "count|participant|attend|-|meeting");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SubjectKey {
    /// The kind of value.
    pub kind: KeyKind,
    /// The noun's class (or folded lemma).
    pub noun: Option<String>,
    /// The predicate's class.
    pub predicate: Option<String>,
    /// Whether the predicate is negated.
    pub negated: bool,
    /// The scope ("kerr county", "on board").
    pub scope: Option<String>,
    /// The event's class.
    pub event: Option<String>,
    /// Who made the statement a date is about (statements only).
    pub agent: Option<String>,
    /// Where the event took place: set only when the claims of one key
    /// name two or more places, to split them (see [`ClaimSet::blocks`]).
    pub place: Option<String>,
    /// The first publication day of the claims' news cycle: set only when
    /// the claims of one key were published in two or more cycles more
    /// than [`NEWS_CYCLE_DAYS`] apart, to split them.
    pub cycle: Option<String>,
    /// The reporting period the figures are of ("2025-Q3"): set only when
    /// the claims of one key name two or more periods, to split them (see
    /// [`ClaimSet::blocks`]).
    pub period: Option<String>,
}

/// Publications more than this many days apart (with none between) belong
/// to different news cycles, whose claims are not compared.
///
/// # Example
///
/// ```
/// use corroborate::group::NEWS_CYCLE_DAYS;
/// use corroborate::{Checker, Document, FindingKind};
/// assert_eq!(NEWS_CYCLE_DAYS, 7);
/// // Six weeks apart: two storms' tolls, not one toll in dispute.
/// let docs = [
///     Document::new("a", "The storm killed 22 people.").with_published("2025-09-01".parse()?),
///     Document::new("b", "The storm killed 40 people.").with_published("2025-10-15".parse()?),
/// ];
/// let report = Checker::new().check(&docs);
/// assert!(report.findings().iter().all(|f| f.kind() == FindingKind::SingleSource));
/// # Ok::<(), corroborate::Error>(())
/// ```
pub const NEWS_CYCLE_DAYS: i64 = 7;

impl SubjectKey {
    /// A key from its parts (not negated, no agent).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::{KeyKind, SubjectKey};
    /// let k = SubjectKey::new(KeyKind::Date, None, None, None, Some("meeting"));
    /// assert_eq!(k.to_string(), "date|-|-|-|meeting");
    /// ```
    pub fn new(
        kind: KeyKind,
        noun: Option<&str>,
        predicate: Option<&str>,
        scope: Option<&str>,
        event: Option<&str>,
    ) -> SubjectKey {
        SubjectKey {
            kind,
            noun: noun.map(String::from),
            predicate: predicate.map(String::from),
            negated: false,
            scope: scope.map(String::from),
            event: event.map(String::from),
            agent: None,
            place: None,
            cycle: None,
            period: None,
        }
    }

    /// The key of a claim, or `None` when the claim is not compared (too
    /// little is known of its subject, or it is a quote, page date, ordinal,
    /// age or clock time).
    ///
    /// This is the one place that decides which claims are the same
    /// subject.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::SubjectKey;
    /// use corroborate::Checker;
    /// let claims = Checker::new().extract_text("26 countries agreed to provide support.", None);
    /// let key = SubjectKey::of(&claims[0]).map(|k| k.to_string());
    /// assert_eq!(key.as_deref(), Some("count|participant|pledge|-|-"));
    /// // A bare number with nothing counted is never compared.
    /// let claims = Checker::new().extract_text("It was 26.", None);
    /// assert!(claims.iter().all(|c| SubjectKey::of(c).is_none()));
    /// ```
    pub fn of(claim: &Claim) -> Option<SubjectKey> {
        if claim.role() == Role::PageDate {
            return None;
        }
        let s = claim.subject();
        // A threshold ("It takes 1,237 delegates to win") is no tally of
        // what happened.
        // (Only the context reader sets it, and only on figures that are
        // neither dates nor durations nor ages.)
        if s.and_then(|s| s.predicate.as_deref()) == Some(crate::extract::context::THRESHOLD) {
            return None;
        }
        // A compound the tables know wins over its head: "job cuts" are
        // jobs cut, not cuts.
        let noun_lemma = s.and_then(|s| {
            let noun = fold(s.noun.as_deref()?);
            let compound = s
                .modifiers
                .last()
                .map(|m| format!("{} {noun}", fold(m)))
                .filter(|c| noun_class(c).is_some());
            Some(compound.unwrap_or(noun))
        });
        let group_lemma = s.and_then(|s| s.group.as_deref()).map(fold);
        // The noun class: the counted noun, or the group it is of when the
        // noun itself has no class ("leaders from 35 countries").
        let noun = noun_lemma
            .as_deref()
            .map(|n| {
                noun_class(n)
                    .map(String::from)
                    .unwrap_or_else(|| n.to_string())
            })
            .or_else(|| {
                group_lemma
                    .as_deref()
                    .and_then(noun_class)
                    .map(String::from)
            });
        let mut predicate = s
            .and_then(|s| s.predicate.as_deref())
            .and_then(|p| predicate_class(&fold(p)))
            .map(String::from);
        // "$250 million in compensatory damages": a sum's noun of more than
        // one word gives the predicate of its last.
        if let Some(np) = noun_lemma.as_deref().and_then(|n| {
            lookup(NOUN_PREDICATES, n).or_else(|| lookup(NOUN_PREDICATES, n.rsplit(' ').next()?))
        }) {
            // "30 deaths" means people killed whatever the verb ("rose to").
            if predicate.is_none() || predicate.as_deref().is_some_and(|p| !TALLIES.contains(&p)) {
                predicate = Some(np.to_string());
            }
        }
        // Protesters who gather or take part are protesting: "about 12,000
        // protesters gathered outside parliament".
        if predicate.as_deref() == Some("attend") && noun.as_deref() == Some("protester") {
            predicate = Some("protest".to_string());
        }
        let mut event = s
            .and_then(|s| s.event.as_deref())
            .map(|e| {
                let e = fold(e);
                event_class(&e).map(String::from).unwrap_or(e)
            })
            .or_else(|| {
                predicate
                    .as_deref()
                    .and_then(|p| lookup(DEFAULT_EVENTS, p))
                    .map(String::from)
            });
        let scope = s.and_then(|s| s.scope.as_deref()).map(fold);
        let negated = s.is_some_and(|s| s.negated);
        let kind = match (claim.kind(), claim.value()) {
            (ClaimKind::Count, Value::Number(_)) => KeyKind::Count,
            // A bare number counts only as a running tally ("40 were
            // injured") or as the people at an event it names ("150,000 had
            // taken part in the march").
            // A player's bare figure after a statistic ("Marcus Bell added
            // 22") counts what the statistic did.
            (ClaimKind::Number, Value::Number(_))
                if noun
                    .as_deref()
                    .is_some_and(|n| crate::extract::context::STAT_NOUNS.contains(&n))
                    && s.is_some_and(|s| s.agent.is_some()) =>
            {
                KeyKind::Count
            }
            // "Net migration fell to 431,000": a measure counted in people;
            // "the retirement age": an age set by law;
            // "the FTSE 100 shed 99 points to 8,215": an index in points;
            // "New car sales fell 2% to 83,400": cars sold (a fraction
            // of one is a share: "down a third").
            (ClaimKind::Number, Value::Number(_))
                if !is_share(claim)
                    && noun.as_deref().is_some_and(|n| {
                        crate::extract::context::is_count_metric(n)
                            || crate::extract::context::is_market_index(n)
                            || crate::extract::context::unit_sales(n)
                            // "raise the retirement age to 64".
                            || crate::extract::context::legal_age(n)
                    }) =>
            {
                KeyKind::Count
            }
            // A side of a tally: "300 in favour, 120 against"
            // (`context::tally_side`).
            (ClaimKind::Number, Value::Number(_))
                if noun.as_deref() == Some("vote")
                    && predicate
                        .as_deref()
                        .is_some_and(|p| VOTE_SIDES.contains(&p)) =>
            {
                KeyKind::Count
            }
            // An audience's size as a bare figure: "the audience peaked at
            // 21.6 million" (`context::peak_audience`).
            (ClaimKind::Number, Value::Number(_))
                if noun.as_deref() == Some("viewer") && predicate.as_deref() == Some("watched") =>
            {
                KeyKind::Count
            }
            // A part ("half of them are alive", 0.5) is no count.
            (ClaimKind::Number, Value::Number(a))
                if noun.is_none()
                    && !(a.value.abs() < 1.0 && a.value != 0.0)
                    && predicate.as_deref().is_some_and(|p| {
                        TALLIES.contains(&p)
                            // "24 voted against", "58 abstained" (not "13
                            // for Cruz": a candidate's votes name him).
                            || matches!(p, "vote against" | "abstain" | "inside")
                            || p == "attend" && s.is_some_and(|s| s.event.is_some())
                            // "organisers said 150,000 had taken part": no
                            // group of things but people takes part by the
                            // thousand.
                            || p == "attend"
                                && a.value >= CROWD_AT_LEAST
                                && s.and_then(|s| s.predicate.as_deref()).is_some_and(|w| {
                                    matches!(w, "take part" | "attend" | "participate" | "gather" | "turn out")
                                })
                            // "organisers claimed 40,000 marched": a protest's
                            // crowd, by the thousand.
                            || p == "protest"
                                && a.value >= CROWD_AT_LEAST
                                && claim.qualifier() != Qualifier::Vague
                    }) =>
            {
                KeyKind::Count
            }
            (ClaimKind::Money, Value::Money { .. }) => KeyKind::Money,
            (ClaimKind::Percent, Value::Number(_)) => KeyKind::Percent,
            // A share written as a fraction of a whole is a percentage of
            // it: "one in five adults", "nearly a quarter of adults" and
            // "20% of adults" ([`Mention::of_claim`] reads it in percent).
            (ClaimKind::Number, Value::Number(_)) if is_share(claim) => KeyKind::Percent,
            // Degrees of a scale not written are compared only among
            // themselves.
            (ClaimKind::Measure, Value::Measure { unit, .. }) if unit.is_unscaled() => {
                KeyKind::Measure("temperature_unscaled".to_string())
            }
            (ClaimKind::Measure, Value::Measure { unit, .. }) => {
                KeyKind::Measure(unit.dimension().as_str().to_string())
            }
            (ClaimKind::Duration, Value::Duration(_)) => KeyKind::Duration,
            (ClaimKind::Age, Value::Duration(_)) => KeyKind::Age,
            (ClaimKind::Score, Value::Score { .. }) => KeyKind::Score,
            (k, Value::Date(_)) if k.is_temporal() && k != ClaimKind::Time => KeyKind::Date,
            _ => return None,
        };
        match kind {
            // A person's age, keyed on the surname ("Ivo Manke, 24" and
            // "Manke, 25" are one person's age).
            KeyKind::Age => {
                let name = fold(s.and_then(|s| s.agent.as_deref())?);
                let surname = name.rsplit(' ').next()?.to_string();
                Some(SubjectKey {
                    kind,
                    noun: Some(surname),
                    predicate: None,
                    negated: false,
                    scope: None,
                    event: None,
                    agent: None,
                    place: None,
                    cycle: None,
                    period: None,
                })
            }
            // A result keys on its event (a match or a vote) and its sides
            // ("eastvale v northport"); a result that names fewer sides
            // joins the one key that names them all
            // ([`ClaimSet::blocks`]).
            KeyKind::Score => Some(SubjectKey {
                kind,
                noun: None,
                predicate: None,
                negated: false,
                scope: None,
                event,
                agent: s.and_then(|s| s.agent.clone()),
                place: None,
                cycle: None,
                period: None,
            }),
            KeyKind::Date => {
                // A date keys on its event; a statement also on its speaker,
                // a resignation on who resigned.
                if event.is_none() {
                    event = predicate
                        .as_deref()
                        .and_then(|p| lookup(DEFAULT_EVENTS, p))
                        .map(String::from);
                }
                let event = event?;
                // A central bank's rate decision on its bank, when named.
                let agent = if event == "statement" || event == "resignation" {
                    Some(fold(s.and_then(|s| s.agent.as_deref())?))
                } else if event == "rate decision" {
                    s.and_then(|s| s.agent.as_deref()).map(fold)
                } else {
                    None
                };
                // The end of an event is not its date: "the strike will
                // end on Wednesday"; nor is one stage of a case another's
                // ("sentenced on Thursday", "convicted in November"). Its
                // beginning is its date ("The strike, which began on
                // Tuesday"; see `Mention::began`).
                let written = s.and_then(|s| s.predicate.as_deref());
                let stage = written
                    .filter(|p| *p == "end" || event == "trial" && CASE_STAGES.contains(p))
                    // Jailed is sentenced.
                    .map(|p| if p == "jail" { "sentence" } else { p })
                    .map(String::from);
                Some(SubjectKey {
                    kind,
                    noun: None,
                    predicate: stage,
                    negated,
                    scope,
                    event: Some(event),
                    agent,
                    place: None,
                    cycle: None,
                    period: None,
                })
            }
            KeyKind::Count => {
                if predicate.as_deref() == Some("statement") {
                    predicate = None;
                }
                // "22 killed": a casualty predicate counts people; so does
                // taking part in an event ("150,000 had taken part in the
                // march").
                let mut noun = noun.or_else(|| {
                    predicate
                        .as_deref()
                        .filter(|p| TALLIES.contains(p) || matches!(*p, "attend" | "inside"))
                        .map(|_| "person".to_string())
                        // "Organisers claimed 40,000 marched" (a bare number
                        // is a count of marchers by the thousand only).
                        .or_else(|| {
                            (predicate.as_deref() == Some("protest"))
                                .then(|| "protester".to_string())
                        })
                });
                // Taking part in a protest is protesting, joining a strike
                // walking out ([`ATTEND_AS`]); people protesting are
                // protesters.
                if predicate.as_deref() == Some("attend") {
                    if let Some(p) = event.as_deref().and_then(|e| lookup(ATTEND_AS, e)) {
                        predicate = Some(p.to_string());
                    }
                }
                // A crowd is there to see or to be seen: "in front of a
                // crowd of 61,000", "a crowd of 58,000 watched".
                // A count of a turnout or an attendance is a crowd's size:
                // "a turnout of 150,000", "put attendance at 12,000" (a
                // share of a turnout is a rate, and keeps its noun).
                if matches!(noun.as_deref(), Some("turnout" | "attendance")) {
                    noun = Some("crowd".to_string());
                }
                // People who took part in an event are its crowd: "About
                // 1.8 million people took part in the pilgrimage" and
                // "Around 1.83 million pilgrims performed the Hajj".
                // With no event named, theirs is the one event of the story
                // a crowd takes part in (see [`ClaimSet::blocks`]), not a
                // meeting by default: "organisers said 150,000 had taken
                // part".
                if noun.as_deref() == Some("person") && predicate.as_deref() == Some("attend") {
                    noun = Some("crowd".to_string());
                    if s.and_then(|s| s.event.as_deref()).is_none() {
                        event = None;
                    }
                }
                // So are those who came to watch or worship, counted with
                // nothing done to them: "in front of 60,214 fans", "nearly
                // 300,000 pilgrims had gathered" ("three fans were hurt"
                // keep their verb).
                // Their event is the one named: gathering implies no
                // meeting of pilgrims ([`DEFAULT_EVENTS`]).
                if noun_lemma
                    .as_deref()
                    .is_some_and(|n| CROWD_NOUNS.contains(&n))
                    && predicate.as_deref().is_none_or(|p| p == "attend")
                {
                    noun = Some("crowd".to_string());
                    predicate = None;
                    if s.and_then(|s| s.event.as_deref()).is_none() {
                        event = None;
                    }
                }
                // The dead, hurt or missing of a crowd are its people:
                // "More than 1,300 pilgrims died" and "At least 1,100 people
                // died" are one toll, "three fans were hurt" one count of
                // people injured.
                if noun_lemma
                    .as_deref()
                    .is_some_and(|n| CROWD_NOUNS.contains(&n) || OUTDOOR_PEOPLE.contains(&n))
                    && matches!(predicate.as_deref(), Some("killed" | "injured" | "missing"))
                {
                    noun = Some("person".to_string());
                }
                // Protesters counted by the hundred or more with nothing done
                // to them are a protest's crowd, as those who gathered are:
                // "180,000 protesters filled the streets" and "Tens of
                // thousands of people marched" (a handful with no verb read
                // may have been shot at or detained: "opened fire on 12
                // protesters").
                if noun.as_deref() == Some("protester")
                    && predicate.is_none()
                    && matches!(claim.value(), Value::Number(a) if a.value >= 100.0)
                {
                    predicate = Some("protest".to_string());
                }
                // A crowd is its size whatever it did, unless something befell
                // its people: "the crowd at 12,000 as marchers crossed the
                // city".
                let crowd_did = noun_lemma.as_deref() == Some("crowd")
                    && predicate
                        .as_deref()
                        .is_some_and(|p| !TALLIES.contains(&p) && p != "protest");
                if noun.as_deref() == Some("crowd") && (predicate.is_none() || crowd_did) {
                    predicate = Some("attend".to_string());
                    if let Some(p) = event.as_deref().and_then(|e| lookup(ATTEND_AS, e)) {
                        predicate = Some(p.to_string());
                    }
                }
                // Those who walk out are the strike's workers, however the
                // paper names them: "Some 30,000 members of the union walked
                // out", "30,000 join walkout", "40,000 rail workers went on
                // strike" (nurses and doctors keep their trades).
                if predicate.as_deref() == Some("walk out")
                    && matches!(
                        noun.as_deref(),
                        Some("person" | "participant" | "job" | "striker")
                    )
                {
                    noun = Some("worker".to_string());
                }
                // Those who fled a fire, a flood or a storm left their
                // homes as those evacuated did: "8,000 people flee" and
                // "forced the evacuation of about 5,000 people" are one
                // count (a war's displaced and a city's evacuated stay
                // apart, as do an earthquake's homeless).
                if predicate.as_deref() == Some("displaced")
                    && event.as_deref().is_some_and(|e| HAZARDS_LEFT.contains(&e))
                {
                    predicate = Some("evacuated".to_string());
                }
                // A tally's side counts votes, whoever casts them: "141
                // countries voting in favour", "7 against", "33 abstentions"
                // (abstentions abstain, whatever verb is near); a party's
                // members stay apart ("12 Republicans voted against").
                if noun_lemma.as_deref() == Some("abstention") {
                    predicate = Some("abstain".to_string());
                }
                if predicate
                    .as_deref()
                    .is_some_and(|p| VOTE_SIDES.contains(&p))
                    && noun_lemma.as_deref().is_none_or(|n| VOTERS.contains(&n))
                {
                    noun = Some("vote".to_string());
                    if event.is_none() {
                        event = Some("election".to_string());
                    }
                }
                // "The rally drew 10,000 supporters": a rally's supporters
                // are its protesters too.
                if predicate.as_deref() == Some("protest")
                    && (matches!(noun.as_deref(), Some("person" | "crowd"))
                        || noun_lemma.as_deref() == Some("supporter"))
                {
                    noun = Some("protester".to_string());
                }
                // Nouns an event makes a count of ([`EVENT_NOUNS`]): an
                // outbreak's cases are people infected.
                // Not cases with a verb of their own ("recalled 30,000 cases
                // of cucumbers").
                if let Some((_, _, n, p)) = EVENT_NOUNS.iter().find(|(e, l, _, p)| {
                    event.as_deref() == Some(*e)
                        && noun_lemma.as_deref() == Some(*l)
                        && predicate.as_deref().is_none_or(|q| q == *p)
                }) {
                    noun = Some((*n).to_string());
                    predicate = Some((*p).to_string());
                }
                // People a sum was stolen from are its victims, as a breach's
                // are: "embezzling $5 million from 23 clients".
                if predicate.as_deref() == Some("stolen") {
                    predicate = Some("affected".to_string());
                }
                // What a predicate means of some nouns
                // ([`PREDICATES_OF_NOUNS`]): drones destroyed were shot
                // down, people seized abducted.
                if let Some((_, _, class)) = PREDICATES_OF_NOUNS.iter().find(|(ps, nouns, _)| {
                    predicate.as_deref().is_some_and(|p| ps.contains(&p))
                        && noun.as_deref().is_some_and(|n| nouns.contains(&n))
                }) {
                    predicate = Some((*class).to_string());
                }
                // Prisoners who escape do so in a jailbreak, whatever attack
                // let them out: "34 prisoners broke out during the attack"
                // and "More than 30 inmates escaped after gunmen attacked"
                // are one count.
                if predicate.as_deref() == Some("escaped") {
                    event = lookup(DEFAULT_EVENTS, "escaped").map(String::from);
                }
                // Nouns one predicate makes one count: homes and customers
                // left without power, customers and accounts in a breach.
                if let Some((_, _, class)) = PREDICATE_NOUNS.iter().find(|(p, nouns, _)| {
                    predicate.as_deref() == Some(*p)
                        && noun.as_deref().is_some_and(|n| nouns.contains(&n))
                }) {
                    noun = Some((*class).to_string());
                }
                // Predicates of some nouns only ([`PREDICATE_ONLY_OF`]).
                if only_of(predicate.as_deref(), noun.as_deref()) {
                    predicate = None;
                }
                // A player's statistic is the player's ("Jay Lane scored 41
                // points"), whatever the verb; one with no player is none.
                if noun
                    .as_deref()
                    .is_some_and(|n| crate::extract::context::STAT_NOUNS.contains(&n))
                {
                    let player = fold(s.and_then(|s| s.agent.as_deref())?);
                    return Some(SubjectKey {
                        kind,
                        noun,
                        predicate: None,
                        negated: false,
                        scope,
                        event: None,
                        agent: Some(player),
                        place: None,
                        cycle: None,
                        period: None,
                    });
                }
                // A party's seats with no verb were won: "Labour took 411
                // seats", "with the Conservatives on 121 seats".
                if noun.as_deref() == Some("seat")
                    && predicate.is_none()
                    && s.is_some_and(|s| s.agent.is_some())
                {
                    predicate = Some("win".to_string());
                }
                // A count needs what it counts and what happened to it.
                noun.as_ref()?;
                predicate.as_ref()?;
                // A count of points is a margin ("won by 30 points", "a
                // four-point lead"): of a race or a poll the claim does not
                // name, so never compared.
                // Nor is the height of a building in storeys ("a seven-storey
                // block"): what happened is to the building or its people.
                if matches!(
                    noun.as_deref(),
                    Some("point" | "storey" | "story" | "floor")
                ) {
                    return None;
                }
                // A party's seats are the party's: "Civic Union won 142"
                // is not compared with "the Social Democrats won 88".
                let agent = if matches!(noun.as_deref(), Some("seat" | "majority"))
                    || keyed_on_doer(predicate.as_deref(), noun.as_deref())
                {
                    s.and_then(|s| s.agent.as_deref()).map(fold)
                } else {
                    None
                };
                Some(SubjectKey {
                    kind,
                    noun,
                    predicate,
                    negated,
                    scope,
                    event,
                    agent,
                    place: None,
                    cycle: None,
                    period: None,
                })
            }
            _ => {
                if predicate.as_deref() == Some("statement") {
                    predicate = None;
                }
                // A candidate's share is keyed on the candidate: of the
                // vote, in its election; in a poll, in the poll and with
                // its pollster (scope), as two pollsters' polls are two
                // measurements, not a disagreement.
                let share = match noun.as_deref() {
                    Some("poll share") => Some((Some(scope.clone()?), "poll".to_string())),
                    Some("vote share") => Some((
                        scope.clone(),
                        event.clone().unwrap_or_else(|| "election".to_string()),
                    )),
                    _ => None,
                };
                if let Some((scope, event)) = share {
                    return Some(SubjectKey {
                        kind,
                        noun,
                        predicate: None,
                        negated,
                        scope,
                        event: Some(event),
                        agent: Some(fold(s.and_then(|s| s.agent.as_deref())?)),
                        place: None,
                        cycle: None,
                        period: None,
                    });
                }
                // A share of a group ("8% of its workforce", "62% of
                // Democrats") names the group, not which of its members
                // the figure counts: only a predicate that happens to
                // them says that ([`SHARE_PREDICATES`]); "62% of Democrats
                // back Clinton" and "8% back Trump" share group and verb.
                // The price of a company bought is the acquisition's, however
                // the deal is named ("agreed to buy it for $32 billion", "a
                // $32 billion all-cash deal", "its $32bn takeover").
                let deal = matches!(event.as_deref(), Some("acquisition" | "agreement"));
                // What a deal saves is no price of it: "$800 million in
                // annual cost savings" from a merger.
                let mut noun = noun;
                if kind == KeyKind::Money && noun.as_deref() == Some("saving") {
                    noun = Some("savings".to_string());
                }
                let saved = kind == KeyKind::Money && noun.as_deref() == Some("savings");
                if saved && deal {
                    event = None;
                }
                if kind == KeyKind::Money
                    && !saved
                    && (predicate.as_deref() == Some("acquired") && deal
                        || event.as_deref() == Some("acquisition"))
                {
                    predicate = Some("acquired".to_string());
                    event = Some("acquisition".to_string());
                }
                // The sum of a player's transfer is its fee ("for a fee of
                // £116 million", "a £100m transfer", "his £116m move"),
                // whatever verb is beside it; a budget or wages are not.
                if kind == KeyKind::Money
                    && event.as_deref() == Some("transfer")
                    && noun.as_deref().is_none_or(|n| n == "fee")
                {
                    noun = Some("transfer fee".to_string());
                    predicate = Some("paid".to_string());
                }
                // A pay rise asked for is a demand of its own: "The union
                // wants a 9% pay rise" and "a rise of 8 percent" sought.
                let demand =
                    noun.as_deref() == Some("pay rise") && predicate.as_deref() == Some("demanded");
                let share = kind == KeyKind::Percent
                    && !demand
                    && !matches!(predicate.as_deref(), Some("level" | "change"));
                if share
                    && !predicate
                        .as_deref()
                        .is_some_and(|p| SHARE_PREDICATES.contains(&p) || TALLIES.contains(&p))
                {
                    noun = None;
                }
                // Predicates of some nouns only ([`PREDICATE_ONLY_OF`]): "a
                // poll released on Tuesday" says nothing of its figures.
                if only_of(predicate.as_deref(), noun.as_deref()) {
                    predicate = None;
                }
                // Only people attend: "joined Real Madrid for €100m" is
                // no sum at a meeting.
                if kind == KeyKind::Money && predicate.as_deref() == Some("attend") {
                    predicate = None;
                }
                // A sum taken is stolen, whatever the data breach tables
                // say of "steal".
                if kind == KeyKind::Money && predicate.as_deref() == Some("affected") {
                    predicate = Some("stolen".to_string());
                }
                // "fined €1.2 billion" and "a fine of €1.5 billion": the
                // noun says no more than the predicate.
                if kind == KeyKind::Money
                    && predicate.as_deref() == Some("fined")
                    && noun.as_deref() == Some("fine")
                {
                    noun = None;
                }
                // "$2.1 billion in damages" and "Jurors awarded $2.1bn": the
                // sum awarded ("punitive damages" stay a sum of their own).
                if kind == KeyKind::Money
                    && predicate.as_deref() == Some("pay")
                    && noun.as_deref() == Some("damages")
                {
                    noun = None;
                }
                // Rain that fell says what it is by its noun: "More than six
                // inches of rain fell on the town" is the rainfall of the
                // story's one storm or flood, named or not.
                if matches!(noun.as_deref(), Some("rainfall" | "snowfall")) && predicate.is_none() {
                    predicate = Some("fell".to_string());
                }
                // A share contained is a fire's ("Containment stood at 35
                // percent"), whether or not its sentence names the fire.
                if kind == KeyKind::Percent
                    && predicate.as_deref() == Some("contained")
                    && event.is_none()
                {
                    event = Some("fire".to_string());
                }
                // A turnout is of the vote the story is about, whether or
                // not its sentence names it ("Turnout in Thursday's election
                // was 59.7%", "About 60% of registered voters cast a
                // ballot"; an election, a referendum, a strike ballot).
                if kind == KeyKind::Percent && noun.as_deref() == Some("turnout") {
                    event = None;
                }
                // A contract's sum is what was agreed, whoever signed,
                // won or awarded it, and a jackpot's its size, whoever won
                // it ([`MONEY_NOUN_PREDICATES`]).
                if kind == KeyKind::Money {
                    if let Some(p) = noun
                        .as_deref()
                        .and_then(|n| lookup(MONEY_NOUN_PREDICATES, n))
                    {
                        predicate = Some(p.to_string());
                    }
                    // "its investment will total $40 billion" and "will
                    // invest $37 billion": the noun says no more.
                    if noun.as_deref() == Some("investment") {
                        noun = None;
                    }
                }
                // A sum stolen or fined says what it is by its predicate
                // alone ([`MONEY_PREDICATES`]).
                let named = kind == KeyKind::Money
                    && predicate
                        .as_deref()
                        .is_some_and(|p| MONEY_PREDICATES.contains(&p));
                // "embezzling $48 million in public funds" and "stealing
                // some $50 million": funds, money or (digital) assets
                // stolen say no more than the verb ("$1.46 billion of
                // digital assets", "$1.5 billion in crypto tokens").
                if named
                    && matches!(
                        noun.as_deref(),
                        Some(
                            "fund"
                                | "money"
                                | "cash"
                                | "asset"
                                | "token"
                                | "coin"
                                | "crypto"
                                | "cryptocurrency"
                        )
                    )
                {
                    noun = None;
                }
                // "The siege lasted 79 days", "a five-year contract": a
                // length says what it is of by what lasted.
                let lasted = kind == KeyKind::Duration
                    && s.and_then(|s| s.predicate.as_deref()) == Some("last");
                let known = [
                    noun.is_some() || named,
                    predicate.is_some() || lasted,
                    event.is_some(),
                ];
                if known.iter().filter(|k| **k).count() < 2 {
                    return None;
                }
                // A length of time needs to say what lasted.
                if kind == KeyKind::Duration && noun.is_none() {
                    return None;
                }
                // What lasted is the event: "The raid lasted seven minutes"
                // and "the four-minute heist" (the heist's event named or
                // not) are one length.
                let event = if lasted { None } else { event };
                // Who pledged, and whose revenue or rate it is
                // ([`DOER_PREDICATES`], [`OWNED_MEASURES`]).
                let agent = if keyed_on_doer(predicate.as_deref(), noun.as_deref()) {
                    s.and_then(|s| s.agent.as_deref()).map(fold)
                } else {
                    None
                };
                Some(SubjectKey {
                    kind,
                    noun,
                    predicate,
                    negated,
                    scope,
                    event,
                    agent,
                    place: None,
                    cycle: None,
                    period: None,
                })
            }
        }
    }

    /// A description for people: "count of participant (attend) at meeting".
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::{KeyKind, SubjectKey};
    /// let k = SubjectKey::new(KeyKind::Count, Some("person"), Some("killed"), None, Some("attack"));
    /// assert_eq!(k.describe(), "count of person (killed), attack");
    /// ```
    pub fn describe(&self) -> String {
        // "percent of poll share for marsh (harlow poll)".
        if self.noun.as_deref() == Some("poll share") {
            let d = |o: &Option<String>| o.clone().unwrap_or_default();
            let mut out = format!("{} of poll share for {}", self.kind, d(&self.agent));
            if let Some(s) = &self.scope {
                out.push_str(&format!(" ({s} poll)"));
            }
            return out;
        }
        // "age of ivo manke": a person's first names, then the surname.
        if self.kind == KeyKind::Age {
            let first = self
                .place
                .as_deref()
                .map(|p| format!("{p} "))
                .unwrap_or_default();
            return format!("age of {first}{}", self.noun.as_deref().unwrap_or_default());
        }
        let mut out = self.kind.to_string();
        if let Some(n) = &self.noun {
            out.push_str(" of ");
            out.push_str(n);
        }
        if let Some(p) = &self.predicate {
            out.push_str(if self.negated { " (not " } else { " (" });
            out.push_str(p);
            out.push(')');
        }
        if let Some(e) = &self.event {
            out.push_str(if self.kind == KeyKind::Date {
                " of "
            } else {
                ", "
            });
            out.push_str(e);
        }
        if let Some(a) = &self.agent {
            out.push_str(" by ");
            out.push_str(a);
        }
        if let Some(p) = &self.place {
            out.push_str(" in ");
            out.push_str(p);
        }
        if let Some(p) = &self.period {
            out.push_str(" for ");
            out.push_str(p);
        }
        if let Some(s) = &self.scope {
            out.push_str(", ");
            out.push_str(s);
        }
        out
    }
}

impl fmt::Display for SubjectKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".to_string());
        write!(f, "{}|{}|", self.kind, d(&self.noun))?;
        if self.negated {
            f.write_str("!")?;
        }
        write!(
            f,
            "{}|{}|{}",
            d(&self.predicate),
            d(&self.scope),
            d(&self.event)
        )?;
        if let Some(a) = &self.agent {
            write!(f, "|{a}")?;
        }
        if let Some(p) = &self.place {
            write!(f, "@{p}")?;
        }
        if let Some(p) = &self.period {
            write!(f, "#{p}")?;
        }
        if let Some(c) = &self.cycle {
            write!(f, "~{c}")?;
        }
        Ok(())
    }
}

/// What a mention asserts, in a form that can be compared.
///
/// Numbers are closed intervals (`low` may be `-∞`, `high` `+∞`) in a base
/// unit; money keeps its currency; calendar values are day numbers (days
/// since 1970-01-01) with an optional weekday or month that the day must
/// fall on (an unresolved "on Tuesday", "in August").
///
/// # Example
///
/// ```
/// use corroborate::group::Reading;
/// let about_30 = Reading::Number { low: 27.0, high: 33.0 };
/// assert!(about_30.compatible(&Reading::Number { low: 30.0, high: 30.0 }));
/// assert!(!about_30.compatible(&Reading::Number { low: 35.0, high: 35.0 }));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    /// A closed interval of numbers.
    Number {
        /// Lowest value.
        low: f64,
        /// Highest value.
        high: f64,
    },
    /// An amount of money in one currency.
    Money {
        /// ISO 4217 code.
        currency: String,
        /// Lowest value.
        low: f64,
        /// Highest value.
        high: f64,
    },
    /// A result of two sides, the larger figure first: "lost 2-3" and
    /// "won 3-2" are both 3 and 2. Two results are compatible only when
    /// equal.
    Score {
        /// The larger figure.
        high: f64,
        /// The smaller figure.
        low: f64,
    },
    /// Days `first..=last` (day numbers), on `weekday` (0 = Monday) and in
    /// `month` (1 to 12) when those are set.
    Days {
        /// First possible day (`i64::MIN` when unknown).
        first: i64,
        /// Last possible day (`i64::MAX` when unknown).
        last: i64,
        /// Required weekday, Monday = 0.
        weekday: Option<u8>,
        /// Required month, 1 to 12.
        month: Option<u8>,
    },
}

impl Reading {
    /// The reading of a claim's value, when it can be compared.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::Reading;
    /// use corroborate::Checker;
    /// let claims = Checker::new().extract_text("About 30 leaders took part.", None);
    /// assert_eq!(Reading::of(&claims[0]), Some(Reading::Number { low: 27.0, high: 33.0 }));
    /// ```
    pub fn of(claim: &Claim) -> Option<Reading> {
        match claim.value() {
            // A capacity "of up to 250" or "no more than 250" is 250: its
            // limit is what it is ("licensed to carry no more than 250
            // people" against "its capacity of 150").
            Value::Number(a)
                if claim.qualifier() == crate::claim::Qualifier::AtMost
                    && claim.subject().and_then(|s| s.noun.as_deref()) == Some("capacity") =>
            {
                Some(Reading::Number {
                    low: a.high,
                    high: a.high,
                })
            }
            Value::Number(a) => Some(Reading::Number {
                low: a.low,
                high: a.high,
            }),
            Value::Money { amount, currency } => Some(Reading::Money {
                currency: currency.code().to_string(),
                low: amount.low,
                high: amount.high,
            }),
            Value::Measure { amount, unit } => {
                // A measure as written is precise to half a unit of its last
                // digit ("55 km" is 54.5 to 55.5 km), so a converted figure
                // ("34 miles") can agree with it.
                let h = if amount.low == amount.high {
                    measure_precision(amount.value)
                } else {
                    0.0
                };
                Some(measure_reading(amount, unit, h))
            }
            Value::Duration(l) => {
                let per = l
                    .seconds
                    .filter(|_| l.amount.value != 0.0)
                    .map(|s| s / l.amount.value)?;
                // A week of work is five days: "a five-day strike" is "a
                // week-long strike", so a week or two reach down to working
                // days ("11 weeks" are never nine).
                let low_per = if per == 604_800.0 && l.amount.high <= 2.0 {
                    per * 5.0 / 7.0
                } else {
                    per
                };
                // A length as written is precise to half its unit, as a
                // measure is, to at most 5% of it: "nine months" holds 286
                // days (9.4 months), "286 days" never holds 288, "a week"
                // never four days. Not an age: "aged 21" is no 21.4.
                let h = if l.amount.low == l.amount.high && claim.kind() == ClaimKind::Duration {
                    measure_precision(l.amount.value).min(l.amount.value.abs() * 0.05)
                } else {
                    0.0
                };
                Some(Reading::Number {
                    low: (l.amount.low - h) * low_per,
                    high: (l.amount.high + h) * per,
                })
            }
            Value::Date(w) => {
                if let Some(p) = w.period {
                    let last = w.until.unwrap_or(p).last();
                    return Some(Reading::Days {
                        first: day_number(p.first()),
                        last: day_number(last),
                        weekday: None,
                        month: None,
                    });
                }
                let weekday = w.weekday.map(|d| d.to_monday_zero_offset() as u8);
                let month = w
                    .month
                    .and_then(|m| u8::try_from(m).ok())
                    .filter(|m| (1..=12).contains(m));
                if weekday.is_none() && month.is_none() {
                    return None;
                }
                Some(Reading::Days {
                    first: i64::MIN,
                    last: i64::MAX,
                    weekday,
                    month,
                })
            }
            Value::Score { first, second } => Some(Reading::Score {
                high: first.max(*second),
                low: first.min(*second),
            }),
            Value::Quote => None,
        }
    }

    /// Whether the two readings can both be true.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::Reading;
    /// let tuesday = Reading::Days { first: i64::MIN, last: i64::MAX, weekday: Some(1), month: None };
    /// let thu_sep_4_2025 = Reading::Days { first: 20335, last: 20335, weekday: None, month: None };
    /// assert!(!tuesday.compatible(&thu_sep_4_2025));
    /// ```
    pub fn compatible(&self, other: &Reading) -> bool {
        self.meet(other).is_some()
    }

    /// The reading both assert, when they can both be true.
    ///
    /// Two spans of values that only touch ("10,000" read to the nearest
    /// thousand as 9,500 to 10,500, and "11,000" as 10,500 to 11,500) do
    /// not meet, unless they are so narrow that their middles lie within
    /// [`TOUCH_TOLERANCE`] of each other: "2.26 million" and "2.25 million"
    /// are one figure rounded and one cut, 10,000 and 11,000 jobs are two.
    ///
    /// Two figures widened only by the precision of their last digit
    /// ([`measure_precision`]), one finer than the other, meet only when
    /// the finer lies inside the coarser, so that the finer rounds to the
    /// coarser: "62%" meets "61.8%", "4%" (3.5 to 4.5) does not meet
    /// "4.5%" (4.45 to 4.55) although the two overlap.
    pub(crate) fn meet(&self, other: &Reading) -> Option<Reading> {
        let meets = |a: f64, b: f64, c: f64, d: f64| {
            let (low, high) = (a.max(c), b.min(d));
            // An open end ("more than 150,000") is never narrow.
            let narrow = [a, b, c, d].iter().all(|x| x.is_finite())
                && ((a + b) - (c + d)).abs() / 2.0
                    <= TOUCH_TOLERANCE * a.abs().max(b.abs()).max(c.abs()).max(d.abs());
            let touch = low == high && (a == b || c == d || narrow);
            (low < high || touch).then_some((low, high))
        };
        match (self, other) {
            (Reading::Number { low: a, high: b }, Reading::Number { low: c, high: d }) => {
                // Two figures as written, one finer than the other: the
                // finer must round to the coarser ("62%" holds "61.8%";
                // "4%" does not hold "4.5%", which rounds to 5).
                if let (Some(j), Some(k)) = (last_digit(*a, *b), last_digit(*c, *d)) {
                    let inside = |a: f64, b: f64, c: f64, d: f64| a >= c && b <= d;
                    let fits = match j.cmp(&k) {
                        std::cmp::Ordering::Less => inside(*a, *b, *c, *d),
                        std::cmp::Ordering::Greater => inside(*c, *d, *a, *b),
                        std::cmp::Ordering::Equal => true,
                    };
                    if !fits {
                        return None;
                    }
                }
                meets(*a, *b, *c, *d).map(|(low, high)| Reading::Number { low, high })
            }
            (
                Reading::Money {
                    currency: x,
                    low: a,
                    high: b,
                },
                Reading::Money {
                    currency: y,
                    low: c,
                    high: d,
                },
            ) => {
                let (low, high) = meets(*a, *b, *c, *d).filter(|_| x == y)?;
                Some(Reading::Money {
                    currency: x.clone(),
                    low,
                    high,
                })
            }
            (
                Reading::Days {
                    first: a,
                    last: b,
                    weekday: w1,
                    month: m1,
                },
                Reading::Days {
                    first: c,
                    last: d,
                    weekday: w2,
                    month: m2,
                },
            ) => {
                let weekday = match (w1, w2) {
                    (Some(x), Some(y)) if x != y => return None,
                    (x, y) => x.or(*y),
                };
                let month = match (m1, m2) {
                    (Some(x), Some(y)) if x != y => return None,
                    (x, y) => x.or(*y),
                };
                let r = Reading::Days {
                    first: *a.max(c),
                    last: *b.min(d),
                    weekday,
                    month,
                };
                r.satisfiable().then_some(r)
            }
            (Reading::Score { high: a, low: b }, Reading::Score { high: c, low: d }) => {
                (a == c && b == d).then_some(self.clone())
            }
            _ => None,
        }
    }

    /// Whether some day (or value) satisfies the reading.
    fn satisfiable(&self) -> bool {
        let Reading::Days {
            first,
            last,
            weekday,
            month,
        } = *self
        else {
            return true;
        };
        if first > last {
            return false;
        }
        if first == i64::MIN || last == i64::MAX || last - first > 400 {
            return true;
        }
        (first..=last).any(|d| {
            weekday.is_none_or(|w| weekday_of(d) == w)
                && month.is_none_or(|m| civil_from_days(d).1 == m)
        })
    }

    /// Sort key: low end first. A score is one point on a line where
    /// each larger figure holds every smaller one (`high * 1e5 + low`, exact
    /// for the scores the extractor reads: four digits at most), so that
    /// the sweep over intervals clusters equal scores only.
    pub(crate) fn low(&self) -> f64 {
        match self {
            Reading::Number { low, .. } | Reading::Money { low, .. } => *low,
            Reading::Days { first, .. } => *first as f64,
            Reading::Score { high, low } => high * 1e5 + low,
        }
    }

    pub(crate) fn high(&self) -> f64 {
        match self {
            Reading::Number { high, .. } | Reading::Money { high, .. } => *high,
            Reading::Days { last, .. } => *last as f64,
            Reading::Score { high, low } => high * 1e5 + low,
        }
    }

    fn order(&self, other: &Reading) -> std::cmp::Ordering {
        let tag = |r: &Reading| match r {
            Reading::Number { .. } => 0,
            Reading::Money { .. } => 1,
            Reading::Days { .. } => 2,
            Reading::Score { .. } => 3,
        };
        let extra = |r: &Reading| match r {
            Reading::Money { currency, .. } => (currency.clone(), 0, 0),
            Reading::Days { weekday, month, .. } => (
                String::new(),
                weekday.map_or(0, |w| w + 1),
                month.unwrap_or(0),
            ),
            Reading::Number { .. } | Reading::Score { .. } => (String::new(), 0, 0),
        };
        tag(self)
            .cmp(&tag(other))
            .then_with(|| self.low().total_cmp(&other.low()))
            .then_with(|| self.high().total_cmp(&other.high()))
            .then_with(|| extra(self).cmp(&extra(other)))
    }
}

/// How far an interest rate's percentage as written reaches either way:
/// just under half a basis point (a rate is set to the basis point), so
/// that 4% and 4.25% never agree.
const POLICY_RATE_PRECISION: f64 = HALF_UNIT * 0.01;

/// The precision of the first figure written in `text`, by its written
/// decimals: "2.0%" is precise to 0.05 (it clashes with 2.1%), "6%" to
/// 0.5. `None` when no figure is written in digits ("six percent").
fn written_precision(text: &str) -> Option<f64> {
    let figure = first_figure(text)?;
    let decimals = figure.rsplit_once('.').map_or(0, |(_, d)| d.len());
    let decimals = i32::try_from(decimals).ok()?.min(6);
    Some(HALF_UNIT * 10f64.powi(-decimals))
}

/// A measure's span of values, widened by `h` of its own unit each side,
/// in its dimension's base unit.
fn measure_reading(amount: &crate::claim::Amount, unit: &crate::claim::Unit, h: f64) -> Reading {
    let (a, b) = (unit.to_base(amount.low - h), unit.to_base(amount.high + h));
    Reading::Number {
        low: a.min(b),
        high: a.max(b),
    }
}

/// The first figure written in digits in `text`, with its separators and
/// decimals ("1,674.5" of "about 1,674.5 km").
fn first_figure(text: &str) -> Option<&str> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = text.get(start..)?;
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    Some(rest.get(..end)?.trim_end_matches(['.', ',']))
}

/// The precision of a figure written with decimals, when the first figure
/// in `text` is `value` as written ("7.0-magnitude" is 7 to 0.05, where
/// [`measure_precision`] of 7 would be 0.5). `None` without decimals, or
/// when the written figure is scaled or is another ("1.5 million km").
fn written_decimals(text: &str, value: f64) -> Option<f64> {
    let figure = first_figure(text)?;
    let (_, decimals) = figure.rsplit_once('.')?;
    let written: f64 = figure.replace(',', "").parse().ok()?;
    if written != value.abs() || decimals.is_empty() {
        return None;
    }
    let decimals = i32::try_from(decimals.len()).ok()?.min(6);
    Some(HALF_UNIT * 10f64.powi(-decimals))
}

/// Just under half a unit of the last significant digit of a measure as
/// written: 55 → 0.4995, 5.1 → 0.04995, 1500 → 49.95 (trailing zeros
/// count from 1,000 up, as for counts). Just under, so that 55 and 56
/// still differ.
///
/// # Example
///
/// ```
/// use corroborate::group::measure_precision;
/// assert!((measure_precision(5.1) - 0.04995).abs() < 1e-9);
/// assert!((measure_precision(1500.0) - 49.95).abs() < 1e-9);
/// ```
pub fn measure_precision(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return 0.0;
    }
    let a = v.abs();
    let mut unit = 1.0;
    if a.fract() == 0.0 && a >= 1000.0 {
        let mut x = a;
        while x >= 10.0 && x % 10.0 == 0.0 {
            x /= 10.0;
            unit *= 10.0;
        }
    } else {
        let mut k = 0;
        while k < 6 && ((a / unit).round() - a / unit).abs() > 1e-6 {
            unit /= 10.0;
            k += 1;
        }
    }
    unit * HALF_UNIT
}

/// Just under half a unit of a last digit: 55 and 56 then never overlap
/// ([`measure_precision`], a percentage's written precision).
const HALF_UNIT: f64 = 0.4995;

/// The place of the last written digit of a figure widened only by its
/// precision ([`measure_precision`], [`written_precision`]): `Some(k)` when
/// `low..=high` is the figure ± `HALF_UNIT` × 10^k ("29%" is 28.5005 to
/// 29.4995, k = 0; "2.0%" k = -1; "1,500 m" k = 2), `None` for any other
/// span (a hedge, a range, a converted unit).
pub(crate) fn last_digit(low: f64, high: f64) -> Option<i32> {
    let (mid, half) = ((low + high) / 2.0, (high - low) / 2.0);
    if !(mid.is_finite() && half > 0.0) {
        return None;
    }
    // A walk up a table of powers of ten, not a logarithm: this runs in
    // every comparison of two numeric readings.
    let r = half / HALF_UNIT;
    let mut p = 1e-6;
    for k in -6..=15 {
        if (r / p - 1.0).abs() < 1e-6 {
            return Some(k);
        }
        if r < p {
            return None;
        }
        p *= 10.0;
    }
    None
}

/// The day numbers count from this date.
const EPOCH: jiff::civil::Date = jiff::civil::date(1970, 1, 1);

/// A bound on day numbers beyond jiff's range (years -9999 to 9999, about
/// 4.4 million days either side of [`EPOCH`]), so that the conversion to
/// hours cannot overflow; jiff saturates at its own range.
const DAY_LIMIT: i64 = 5_000_000;

/// Days since 1970-01-01 of a civil date. Calendar arithmetic is jiff's.
pub(crate) fn day_number(d: jiff::civil::Date) -> i64 {
    d.duration_since(EPOCH).as_secs().div_euclid(86_400)
}

/// The civil date of a day number.
fn civil_day(n: i64) -> jiff::civil::Date {
    let hours = n.clamp(-DAY_LIMIT, DAY_LIMIT) * 24;
    EPOCH.saturating_add(jiff::SignedDuration::from_hours(hours))
}

/// (year, month, day) of a day number.
fn civil_from_days(n: i64) -> (i64, u8, u8) {
    let d = civil_day(n);
    (
        i64::from(d.year()),
        d.month().unsigned_abs(),
        d.day().unsigned_abs(),
    )
}

/// Weekday of a day number, Monday = 0.
fn weekday_of(n: i64) -> u8 {
    civil_day(n)
        .weekday()
        .to_monday_zero_offset()
        .unsigned_abs()
}

/// Lower-case English weekday name, Monday = 0.
pub(crate) fn weekday_label(w: u8) -> &'static str {
    const N: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    N.get(usize::from(w)).copied().unwrap_or("?")
}

/// A day number as an ISO date with its weekday: "2025-09-04 (thursday)".
pub(crate) fn day_label(d: i64) -> String {
    let (y, m, dd) = civil_from_days(d);
    format!("{y:04}-{m:02}-{dd:02} ({})", weekday_label(weekday_of(d)))
}

/// A claim as the grouping stage sees it.
///
/// Its identity is `(source, span, kind)`: two mentions with the same
/// identity are the same mention.
///
/// # Example
///
/// ```
/// use corroborate::group::{Mention, Reading};
/// use corroborate::{ClaimKind, Qualifier, Span};
/// let m = Mention::new("a", "c1", Span::new(0, 9), ClaimKind::Count, "35 states",
///     Reading::Number { low: 35.0, high: 35.0 });
/// assert_eq!(m.qualifier, Qualifier::Exact);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Mention {
    /// The source's id.
    pub source: String,
    /// The id the caller gave the claim ("c7").
    pub id: String,
    /// The claim's span in its source.
    pub span: Span,
    /// The claim's kind.
    pub kind: ClaimKind,
    /// The claim's text.
    pub text: String,
    /// What it asserts.
    pub reading: Reading,
    /// Its qualifier.
    pub qualifier: Qualifier,
    /// When its source was published.
    pub published: Option<Published>,
    /// Who the source attributes it to.
    pub speaker: Option<String>,
    /// Whether the claim is modal or expected ("expected to take part").
    pub modal: bool,
    /// The noun lemma as written ("leader"), before its synonym class.
    pub lemma: Option<String>,
    /// The place named beside the event, lower case ("paris").
    pub place: Option<String>,
    /// The reporting period the figure is of ("2025-Q3", "2024"), when
    /// its clause names one ([`Subject::period`](crate::Subject::period)).
    pub period: Option<String>,
    /// Whether the value was resolved against the source's publication
    /// date ("on Tuesday", "last week") rather than written out.
    pub relative: bool,
    /// The claim's subject as written, before synonym classes: noun,
    /// predicate and event lemmas, modifiers, group and scope, and "part"
    /// for a part of a group ("two of the victims"):
    /// "leader|take part|summit|world||". Two figures
    /// of one source clash as a self-contradiction only when their
    /// signatures are equal and name a noun.
    pub signature: Option<String>,
    /// Whether the claim is the level a rise reached ("rose to 56",
    /// [`Subject::risen`](crate::Subject::risen)).
    pub risen: bool,
    /// Whether a date is the day its event began ("The truce began on
    /// Friday", "took effect on Thursday"): a beginning happens once, so
    /// such dates are compared whoever gives them and when.
    pub began: bool,
    /// The unit a measure was written in ("mph" for "170 mph"): its
    /// reading is in the dimension's base unit (metres per second, kelvin),
    /// and findings show it in this unit again.
    pub unit: Option<&'static crate::claim::Unit>,
}

impl Mention {
    /// The modifiers of the subject as written, from the signature ("world"
    /// for "30 world leaders"); `None` when it names none.
    pub(crate) fn modifiers(&self) -> Option<&str> {
        self.signature
            .as_deref()
            .and_then(|s| s.split('|').nth(3))
            .filter(|m| !m.is_empty())
    }

    /// Whether the subject as written is a part of a group ("two of the
    /// victims"), from the signature.
    pub(crate) fn is_part(&self) -> bool {
        self.signature
            .as_deref()
            .is_some_and(|s| s.ends_with("|part"))
    }

    /// A mention with no qualifier, publication date, speaker or lemma.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::{Mention, Reading};
    /// use corroborate::{ClaimKind, Span};
    /// let m = Mention::new("a", "c1", Span::new(4, 13), ClaimKind::Count, "22 people",
    ///     Reading::Number { low: 22.0, high: 22.0 });
    /// assert_eq!((m.source.as_str(), m.span.len()), ("a", m.text.len()));
    /// assert!(m.speaker.is_none() && m.published.is_none());
    /// ```
    pub fn new(
        source: impl Into<String>,
        id: impl Into<String>,
        span: Span,
        kind: ClaimKind,
        text: impl Into<String>,
        reading: Reading,
    ) -> Mention {
        Mention {
            source: source.into(),
            id: id.into(),
            span,
            kind,
            text: text.into(),
            reading,
            qualifier: Qualifier::Exact,
            published: None,
            speaker: None,
            modal: false,
            lemma: None,
            place: None,
            period: None,
            relative: false,
            signature: None,
            risen: false,
            began: false,
            unit: None,
        }
    }

    /// Sets the qualifier.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::{Mention, Reading};
    /// use corroborate::{ClaimKind, Qualifier, Span};
    /// let m = Mention::new("a", "c1", Span::new(0, 8), ClaimKind::Count, "about 30",
    ///     Reading::Number { low: 27.0, high: 33.0 }).with_qualifier(Qualifier::About);
    /// assert_eq!(m.qualifier, Qualifier::About);
    /// ```
    pub fn with_qualifier(mut self, q: Qualifier) -> Mention {
        self.qualifier = q;
        self
    }

    /// Sets the source's publication date.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::{Mention, Reading};
    /// use corroborate::{ClaimKind, Span};
    /// let m = Mention::new("a", "c1", Span::new(0, 2), ClaimKind::Count, "22",
    ///     Reading::Number { low: 22.0, high: 22.0 }).with_published(Some("2025-09-04".parse()?));
    /// assert_eq!(m.published.map(|p| p.to_string()).as_deref(), Some("2025-09-04"));
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn with_published(mut self, p: Option<Published>) -> Mention {
        self.published = p;
        self
    }

    /// Sets the place named beside the event.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::{Mention, Reading};
    /// use corroborate::{ClaimKind, Span};
    /// let m = Mention::new("a", "c1", Span::new(0, 2), ClaimKind::Count, "35",
    ///     Reading::Number { low: 35.0, high: 35.0 }).with_place(Some("paris".into()));
    /// assert_eq!(m.place.as_deref(), Some("paris"));
    /// ```
    pub fn with_place(mut self, p: Option<String>) -> Mention {
        self.place = p;
        self
    }

    /// Sets the speaker.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::{Mention, Reading};
    /// use corroborate::{ClaimKind, Span};
    /// let m = Mention::new("a", "c1", Span::new(0, 2), ClaimKind::Count, "35",
    ///     Reading::Number { low: 35.0, high: 35.0 }).with_speaker(Some("Maria Holt".into()));
    /// assert_eq!(m.speaker.as_deref(), Some("Maria Holt"));
    /// ```
    pub fn with_speaker(mut self, s: Option<String>) -> Mention {
        self.speaker = s;
        self
    }

    /// The mention of a claim whose text is `claim_text`, when it can be
    /// compared. An exact percentage's reading is widened by the precision
    /// of its written last digit ("55%" reads 54.5005 to 55.4995, "2.0%"
    /// 1.95005 to 2.04995), as a measure's is in [`Reading::of`]; an
    /// interest rate's is exact as written ("cut rates to 4%" is no rounded
    /// 4.25%).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::Mention;
    /// use corroborate::{Checker, Qualifier};
    /// let text = "About 30 leaders took part, Holt said.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let c = &claims[0];
    /// let m = Mention::of_claim("a", "c1", c.text(text), None, c).ok_or("not comparable")?;
    /// assert_eq!(m.text, "About 30 leaders");
    /// assert_eq!(m.qualifier, Qualifier::About);
    /// assert_eq!(m.lemma.as_deref(), Some("leader"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of_claim(
        source: &str,
        id: &str,
        claim_text: &str,
        published: Option<Published>,
        c: &Claim,
    ) -> Option<Mention> {
        let mut reading = Reading::of(c)?;
        // A measure's decimals as written count even when they are zeros:
        // "7.0-magnitude" is 6.95 to 7.05 and clashes with "magnitude 6.8".
        if let Value::Measure { amount, unit } = c.value() {
            if let Some(h) = (amount.low == amount.high)
                .then(|| written_decimals(claim_text, amount.value))
                .flatten()
            {
                reading = measure_reading(amount, unit, h);
            }
        }
        // A fall is a negative change: "rose 20%" and "fell 20%" disagree.
        if c.subject().is_some_and(|s| s.fell) {
            match &mut reading {
                Reading::Number { low, high } | Reading::Money { low, high, .. } => {
                    (*low, *high) = (-*high, -*low);
                }
                Reading::Score { .. } | Reading::Days { .. } => {}
            }
        }
        // A share written as a fraction is read in percent, and as loosely
        // as the hedge "about" when written exact: "one in five adults" is
        // 18% to 22%, "half of all voters" 45% to 55%.
        if let Reading::Number { low, high } = &mut reading {
            if is_share(c) {
                // (Of its size: a fall is negative, "down a third".)
                let margin = if low == high {
                    SHARE_MARGIN * low.abs()
                } else {
                    0.0
                };
                (*low, *high) = (100.0 * (*low - margin), 100.0 * (*high + margin));
            }
        }
        // A percentage as written is precise to half a unit of its last
        // written digit, as a measure is: "a turnout of 55%" and "Turnout
        // was 55.1%" agree; 31% and 32% do not, nor do "2.0%" and "2.1%".
        if let Reading::Number { low, high } = &mut reading {
            // So is an index in points: "8,215" is 8,215.4 rounded.
            let index = matches!(c.kind(), ClaimKind::Count | ClaimKind::Number)
                && c.subject()
                    .and_then(|s| s.noun.as_deref())
                    .is_some_and(crate::extract::context::is_market_index);
            // A central bank's rate is set to the basis point and written
            // as set: "cut rates to 4%" is 4.00%, no rounded 4.25%.
            let policy_rate = c
                .subject()
                .and_then(|s| s.noun.as_deref())
                .is_some_and(|n| n == "interest rate");
            if (c.kind() == ClaimKind::Percent || index) && low == high {
                let h = if policy_rate && c.kind() == ClaimKind::Percent {
                    POLICY_RATE_PRECISION
                } else {
                    written_precision(claim_text).unwrap_or_else(|| measure_precision(*low))
                };
                *low -= h;
                *high += h;
            }
            // A share of a whole is at most all of it: "Some 95% of
            // members" is [85.5, 100], not [85.5, 104.5] (a change may
            // exceed 100%: "rose 150%").
            let change = c
                .subject()
                .and_then(|s| s.predicate.as_deref())
                .is_some_and(|p| p == "change");
            if c.kind() == ClaimKind::Percent && !change && *low <= 100.0 && *high > 100.0 {
                let written = match c.value() {
                    Value::Number(a) if a.value.is_finite() => a.value.max(100.0),
                    _ => 100.0,
                };
                *high = high.min(written);
            }
        }
        let s = c.subject();
        Some(Mention {
            source: source.to_string(),
            id: id.to_string(),
            span: c.span(),
            kind: c.kind(),
            text: claim_text.to_string(),
            reading,
            qualifier: c.qualifier(),
            published,
            speaker: c.speaker().map(|a| a.speaker.name().to_string()),
            modal: s.is_some_and(|s| s.modal),
            lemma: s.and_then(|s| s.noun.clone()),
            // A person's first names tell two people of one surname apart
            // ("Sadiq Khan, 45", "Khizr Khan, 66"), as places do events.
            place: if c.kind() == ClaimKind::Age {
                s.and_then(|s| s.agent.as_deref())
                    .and_then(|a| a.rsplit_once(' '))
                    .map(|(first, _)| fold(first))
            } else {
                s.and_then(|s| s.place.as_deref()).map(fold)
            },
            period: s.and_then(|s| s.period.clone()),
            relative: matches!(c.value(), Value::Date(w) if w.relative),
            risen: s.is_some_and(|s| s.risen),
            began: c.kind().is_temporal()
                && s.is_some_and(|s| s.predicate.as_deref() == Some("begin")),
            unit: match c.value() {
                Value::Measure { unit, .. } => crate::extract::lexicon::unit_ref(unit.symbol()),
                _ => None,
            },
            signature: s.and_then(|s| {
                let n = s.noun.as_deref()?;
                let mut mods: Vec<String> = s.modifiers.iter().map(|m| fold(m)).collect();
                mods.sort();
                // "Five of the Turkish Americans" is a part of "19 Turkish
                // Americans", not another figure of them.
                let part = [" of the ", " of those ", " of these ", " of them"]
                    .iter()
                    .any(|p| claim_text.contains(p));
                Some(format!(
                    "{}|{}|{}|{}|{}|{}{}",
                    fold(n),
                    s.predicate.as_deref().map(fold).unwrap_or_default(),
                    s.event.as_deref().map(fold).unwrap_or_default(),
                    mods.join(" "),
                    s.group.as_deref().map(fold).unwrap_or_default(),
                    s.scope.as_deref().map(fold).unwrap_or_default(),
                    if part { "|part" } else { "" }
                ))
            }),
        })
    }

    fn identity(&self) -> (&str, usize, usize, ClaimKind) {
        (&self.source, self.span.start, self.span.end, self.kind)
    }

    pub(crate) fn cmp_mention(&self, other: &Mention) -> std::cmp::Ordering {
        self.identity().cmp(&other.identity())
    }
}

/// Comparable claims by subject key: the unit of grouping.
///
/// Build one per document (or shard) and [`merge`](ClaimSet::merge) them in
/// any order and grouping: the result is the same.
///
/// # Example
///
/// ```
/// use corroborate::group::{ClaimSet, KeyKind, Mention, Reading, SubjectKey};
/// use corroborate::{ClaimKind, Span};
/// let key = SubjectKey::new(KeyKind::Count, Some("participant"), Some("attend"), None, Some("meeting"));
/// let mut a = ClaimSet::new();
/// a.insert(key.clone(), Mention::new("a", "c1", Span::new(0, 2), ClaimKind::Count, "35",
///     Reading::Number { low: 35.0, high: 35.0 }));
/// let mut b = ClaimSet::new();
/// b.insert(key, Mention::new("b", "c2", Span::new(0, 2), ClaimKind::Count, "30",
///     Reading::Number { low: 27.0, high: 33.0 }));
/// let ab = a.clone().merge(b.clone());
/// assert_eq!(ab, b.merge(a));
/// assert_eq!(ab.len(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct ClaimSet {
    /// The distinct keys, by index.
    keys: Vec<SubjectKey>,
    /// The first key with each hash (see `key_hash`), its index in `keys`.
    index: HashMap<u64, u32, std::hash::BuildHasherDefault<Prehashed>>,
    /// The next key with the same hash as `keys[i]`, or `u32::MAX`.
    chain: Vec<u32>,
    /// Mentions with their key's index, in insertion order, in one chunk
    /// per set merged in (merging moves no mention, only the chunks);
    /// duplicates (same identity) are dropped when the set is read.
    chunks: Vec<Chunk>,
}

/// A run of mentions and, beside them, the index of each one's key.
#[derive(Clone, Debug, Default)]
struct Chunk {
    keys: Vec<u32>,
    mentions: Vec<Mention>,
}

impl ClaimSet {
    /// Every mention with its key index, duplicates included.
    fn all(&self) -> impl Iterator<Item = (u32, &Mention)> {
        self.chunks
            .iter()
            .flat_map(|c| c.keys.iter().copied().zip(&c.mentions))
    }

    /// Mentions held, duplicates included.
    fn held(&self) -> usize {
        self.chunks.iter().map(|c| c.mentions.len()).sum()
    }
}

/// A mention's identity: source, span and kind.
type Identity = (String, usize, usize, ClaimKind);

impl PartialEq for ClaimSet {
    fn eq(&self, other: &ClaimSet) -> bool {
        let ids = |s: &ClaimSet| -> Vec<(SubjectKey, Identity)> {
            let mut v: Vec<_> = s
                .all()
                .filter_map(|(k, m)| {
                    let key = s.keys.get(k as usize)?.clone();
                    Some((key, (m.source.clone(), m.span.start, m.span.end, m.kind)))
                })
                .collect();
            v.sort();
            v.dedup();
            v
        };
        ids(self) == ids(other)
    }
}

impl ClaimSet {
    /// An empty set.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::ClaimSet;
    /// let set = ClaimSet::new();
    /// assert!(set.is_empty());
    /// assert!(set.blocks().is_empty());
    /// ```
    pub fn new() -> ClaimSet {
        ClaimSet::default()
    }

    /// The comparable claims of one document, keyed.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::ClaimSet;
    /// use corroborate::Checker;
    /// let text = "About 30 leaders took part in the summit. \"We are ready,\" she said.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let set = ClaimSet::from_claims("a", text, None, &claims);
    /// // The count is comparable; the quotation is not.
    /// assert_eq!(set.len(), 1);
    /// ```
    pub fn from_claims(
        source: &str,
        text: &str,
        published: Option<Published>,
        claims: &[Claim],
    ) -> ClaimSet {
        let mut set = ClaimSet::new();
        for (i, c) in claims.iter().enumerate() {
            let id = format!("{source}#{}", i + 1);
            set.insert_claim(source, &id, c.text(text), published, c);
        }
        set
    }

    /// Adds one claim (whose text is `claim_text`) under its key; nothing
    /// when it has none. Returns whether it was added.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::ClaimSet;
    /// use corroborate::{Checker, ClaimKind};
    /// let text = "Leaders from 35 countries took part. \"We are ready,\" she said.";
    /// let claims = Checker::new().extract_text(text, None);
    /// let mut set = ClaimSet::new();
    /// for (i, c) in claims.iter().enumerate() {
    ///     let added = set.insert_claim("a", &format!("c{}", i + 1), c.text(text), None, c);
    ///     assert_eq!(added, c.kind() == ClaimKind::Count);
    /// }
    /// assert_eq!(set.len(), 1);
    /// ```
    pub fn insert_claim(
        &mut self,
        source: &str,
        id: &str,
        claim_text: &str,
        published: Option<Published>,
        c: &Claim,
    ) -> bool {
        let Some(key) = SubjectKey::of(c) else {
            return false;
        };
        let Some(m) = Mention::of_claim(source, id, claim_text, published, c) else {
            return false;
        };
        self.insert(key, m);
        true
    }

    /// The index of the key equal to `key` (hashed `h`), when the set
    /// holds one.
    fn position(&self, key: &SubjectKey, h: u64) -> Option<u32> {
        let mut i = self.index.get(&h).copied().unwrap_or(u32::MAX);
        while let Some(k) = self.keys.get(i as usize) {
            if k == key {
                return Some(i);
            }
            i = self.chain.get(i as usize).copied().unwrap_or(u32::MAX);
        }
        None
    }

    /// The key equal to `key`, when the set holds one.
    fn find_key(&self, key: &SubjectKey) -> Option<&SubjectKey> {
        self.position(key, key_hash(key))
            .and_then(|i| self.keys.get(i as usize))
    }

    fn key_index(&mut self, key: SubjectKey) -> u32 {
        let h = key_hash(&key);
        if let Some(i) = self.position(&key, h) {
            return i;
        }
        let n = u32::try_from(self.keys.len()).unwrap_or(u32::MAX);
        self.chain.push(self.index.insert(h, n).unwrap_or(u32::MAX));
        self.keys.push(key);
        n
    }

    /// Adds a mention under `key` (a mention already present is kept).
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::{ClaimSet, KeyKind, Mention, Reading, SubjectKey};
    /// use corroborate::{ClaimKind, Span};
    /// let key = SubjectKey::new(KeyKind::Count, Some("person"), Some("killed"), None, None);
    /// let m = Mention::new("a", "c1", Span::new(0, 9), ClaimKind::Count, "22 people",
    ///     Reading::Number { low: 22.0, high: 22.0 });
    /// let mut set = ClaimSet::new();
    /// set.insert(key.clone(), m.clone());
    /// set.insert(key, m); // the same mention again
    /// assert_eq!(set.len(), 1);
    /// ```
    pub fn insert(&mut self, key: SubjectKey, m: Mention) {
        let i = self.key_index(key);
        if self.chunks.is_empty() {
            self.chunks.push(Chunk::default());
        }
        if let Some(c) = self.chunks.last_mut() {
            c.keys.push(i);
            c.mentions.push(m);
        }
    }

    /// The union of two sets: associative, commutative and idempotent.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::ClaimSet;
    /// use corroborate::Checker;
    /// let checker = Checker::new();
    /// let set = |id: &str, text: &str| ClaimSet::from_claims(id, text, None, &checker.extract_text(text, None));
    /// let a = set("a", "The storm killed 22 people.");
    /// let b = set("b", "The storm killed 30 people.");
    /// let ab = a.clone().merge(b.clone());
    /// assert_eq!(ab, b.merge(a.clone()));          // commutative
    /// assert_eq!(ab.clone().merge(a), ab);         // idempotent
    /// assert_eq!(ab.len(), 2);
    /// ```
    pub fn merge(mut self, mut other: ClaimSet) -> ClaimSet {
        if self.keys.len() < other.keys.len() {
            std::mem::swap(&mut self, &mut other);
        }
        let remap: Vec<u32> = std::mem::take(&mut other.keys)
            .into_iter()
            .map(|k| self.key_index(k))
            .collect();
        for mut c in other.chunks {
            for k in &mut c.keys {
                *k = remap.get(*k as usize).copied().unwrap_or(u32::MAX);
            }
            if !c.mentions.is_empty() {
                self.chunks.push(c);
            }
        }
        self
    }

    /// Number of distinct mentions.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::ClaimSet;
    /// use corroborate::Checker;
    /// let text = "The storm killed 22 people.";
    /// let one = ClaimSet::from_claims("a", text, None, &Checker::new().extract_text(text, None));
    /// assert_eq!(one.len(), 1);
    /// assert_eq!(one.clone().merge(one).len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.grouped().iter().map(|(_, v)| v.len()).sum()
    }

    /// Whether the set is empty.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::ClaimSet;
    /// use corroborate::Checker;
    /// let text = "It was a quiet day.";
    /// let set = ClaimSet::from_claims("a", text, None, &Checker::new().extract_text(text, None));
    /// assert!(set.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.held() == 0
    }

    /// Distinct mentions by key index, in identity order.
    fn grouped(&self) -> Vec<(u32, Vec<&Mention>)> {
        // Sort (key, chunk, position) triples, not positions looked up
        // through the mentions: the sort then stays in cache.
        let mut order: Vec<(u32, u32, u32)> = Vec::with_capacity(self.held());
        for (c, chunk) in (0u32..).zip(&self.chunks) {
            order.extend((0u32..).zip(&chunk.keys).map(|(i, k)| (*k, c, i)));
        }
        order.sort_unstable();
        let mut out: Vec<(u32, Vec<&Mention>)> = Vec::new();
        for (k, c, i) in order {
            let Some(m) = self
                .chunks
                .get(c as usize)
                .and_then(|ch| ch.mentions.get(i as usize))
            else {
                continue;
            };
            match out.last_mut() {
                Some((lk, v)) if *lk == k => v.push(m),
                _ => out.push((k, vec![m])),
            }
        }
        for (_, v) in &mut out {
            v.sort_by(|a, b| a.cmp_mention(b));
            v.dedup_by(|a, b| a.cmp_mention(b).is_eq());
        }
        out
    }

    /// The blocks after fuzzy noun merging, in key order: each key with its
    /// distinct mentions in identity order.
    ///
    /// # Example
    ///
    /// ```
    /// use corroborate::group::ClaimSet;
    /// use corroborate::Checker;
    /// let checker = Checker::new();
    /// let set = |id: &str, text: &str| ClaimSet::from_claims(id, text, None, &checker.extract_text(text, None));
    /// let all = set("a", "About 30 leaders took part in the summit.")
    ///     .merge(set("b", "Leaders from 35 countries took part in the summit."));
    /// let blocks = all.blocks();
    /// assert_eq!(blocks.len(), 1);
    /// assert_eq!(blocks[0].0.to_string(), "count|participant|attend|-|meeting");
    /// assert_eq!(blocks[0].1.len(), 2);
    /// ```
    pub fn blocks(&self) -> Vec<(SubjectKey, Vec<&Mention>)> {
        let canon = self.fuzzy_canon();
        let roots: BTreeSet<&SubjectKey> = canon.values().copied().collect();
        let mut merged: BTreeMap<&SubjectKey, Vec<&Mention>> = BTreeMap::new();
        let mut direct: Vec<(&SubjectKey, Vec<&Mention>)> = Vec::new();
        for (k, v) in self.grouped() {
            let Some(key) = self.keys.get(k as usize) else {
                continue;
            };
            match canon.get(key) {
                Some(root) => merged.entry(*root).or_default().extend(v),
                None if roots.contains(key) => merged.entry(key).or_default().extend(v),
                None => direct.push((key, v)),
            }
        }
        for (k, mut v) in merged {
            v.sort_by(|a, b| a.cmp_mention(b));
            v.dedup_by(|a, b| a.cmp_mention(b).is_eq());
            direct.push((k, v));
        }
        let mut blocks = Vec::with_capacity(direct.len());
        for (k, v) in direct {
            if v.is_empty() {
                continue;
            }
            for (key, ms) in split_places(k, v) {
                for (key, ms) in split_periods(&key, ms) {
                    blocks.extend(split_cycles(&key, ms));
                }
            }
        }
        blocks.sort_by(|a, b| a.0.cmp(&b.0));
        blocks
    }

    /// Maps keys whose noun is a near-duplicate (outside the synonym table)
    /// of a smaller key's noun to that key, and keys of statements whose
    /// speaker's surname is a near-duplicate of a smaller key's to that key.
    fn fuzzy_canon(&self) -> BTreeMap<&SubjectKey, &SubjectKey> {
        let mut coarse: BTreeMap<SubjectKey, Vec<&SubjectKey>> = BTreeMap::new();
        for k in &self.keys {
            if k.noun
                .as_deref()
                .is_some_and(|n| noun_class(n).is_none() && !is_class(n))
            {
                let mut c = k.clone();
                c.noun = None;
                coarse.entry(c).or_default().push(k);
            }
        }
        for v in coarse.values_mut() {
            v.sort();
        }
        // Statements keyed by their speaker's surname: the same person
        // spelled differently across outlets ("Zelensky"/"Zelenskyy") joins;
        // so does a firm by its short name ("Delta", "Delta Air Lines").
        // A party's name is no person's: "Free Democrats" and "Social
        // Democrats" share their last word, not their seats.
        let mut by_agent: BTreeMap<SubjectKey, Vec<&SubjectKey>> = BTreeMap::new();
        for k in &self.keys {
            if k.agent.is_some() && k.noun.as_deref() != Some("seat") && k.kind != KeyKind::Score {
                let mut c = k.clone();
                c.agent = None;
                by_agent.entry(c).or_default().push(k);
            }
        }
        let mut canon = BTreeMap::new();
        for keys in by_agent.values_mut() {
            keys.sort();
            if keys.len() < 2 || keys.len() > FUZZY_MAX_KEYS {
                continue;
            }
            for (i, k) in keys.iter().enumerate() {
                let a = k.agent.as_deref().unwrap_or("");
                if let Some(root) = keys[..i].iter().find(|r| {
                    let b = r.agent.as_deref().unwrap_or("");
                    crate::extract::people::same_surname(b, a) || short_name_of(b, a)
                }) {
                    let root = canon.get(*root).copied().unwrap_or(*root);
                    canon.insert(*k, root);
                }
            }
        }
        for keys in coarse.values() {
            if keys.len() < 2 || keys.len() > FUZZY_MAX_KEYS {
                continue;
            }
            for (i, k) in keys.iter().enumerate() {
                let n = k.noun.as_deref().unwrap_or("");
                // The first earlier key it is near to is its canonical key.
                if let Some(root) = keys[..i]
                    .iter()
                    .find(|r| similar(r.noun.as_deref().unwrap_or(""), n))
                {
                    let root = canon.get(*root).copied().unwrap_or(*root);
                    canon.insert(*k, root);
                }
            }
        }
        self.join_partial_sides(&mut canon);
        self.join_the_only_doer(&mut canon);
        self.join_the_only_share_owner(&mut canon);
        self.join_the_only_event(&mut canon);
        canon
    }

    /// Maps each key of a share price that names no owner ("Its shares fell
    /// 7%", "Shares in the company rose") to the key, equal but for the
    /// owner, of the one firm whose shares the corpus names ("Chatwise
    /// stock dropped 9.5 percent"), as [`Self::join_the_only_doer`] does
    /// for doers. With two firms' shares named, whatever else their keys
    /// say, it stays apart.
    fn join_the_only_share_owner<'k>(
        &'k self,
        canon: &mut BTreeMap<&'k SubjectKey, &'k SubjectKey>,
    ) {
        const SHARES: &str = "share price";
        let owned = |k: &'k SubjectKey| {
            k.noun
                .as_deref()
                .filter(|n| n.len() > SHARES.len() + 1 && n.ends_with(" share price"))
        };
        let owners: BTreeSet<&str> = self.keys.iter().filter_map(owned).collect();
        let [owner] = owners.iter().copied().collect::<Vec<_>>()[..] else {
            return;
        };
        let mut of_owner: BTreeMap<SubjectKey, &SubjectKey> = BTreeMap::new();
        for k in &self.keys {
            if owned(k) == Some(owner) {
                let mut c = k.clone();
                c.noun = Some(SHARES.to_string());
                of_owner.insert(c, canon.get(k).copied().unwrap_or(k));
            }
        }
        for k in &self.keys {
            if k.noun.as_deref() != Some(SHARES) || canon.contains_key(k) {
                continue;
            }
            if let Some(root) = of_owner.get(k) {
                canon.insert(k, root);
            }
        }
    }

    /// Maps each key of a [`DOER_PREDICATES`] figure (or an
    /// [`OWNED_MEASURES`] one) that names no doer to the one key of its subject that does,
    /// when exactly one does: "the company will cut 1,200 jobs" is
    /// Corvane's cut when Corvane is the only one named cutting jobs. With
    /// two doers named it stays apart: a pledge of "donors" is neither
    /// Germany's nor Japan's.
    fn join_the_only_doer<'k>(&'k self, canon: &mut BTreeMap<&'k SubjectKey, &'k SubjectKey>) {
        // Jobs added: a figure that names no doer is the economy's total,
        // not the one sector named ("Health care added 68,000 jobs").
        let doer = |k: &SubjectKey| {
            keyed_on_doer(k.predicate.as_deref(), k.noun.as_deref())
                && !DOERS_NOT_JOINED.contains(&k.predicate.as_deref().unwrap_or(""))
        };
        let mut named: BTreeMap<SubjectKey, BTreeSet<&SubjectKey>> = BTreeMap::new();
        // The same with no event: "Skyvale cancelled more than 400 flights
        // as pilots staged a strike" is the only doer, at the only event,
        // of "340 flights were cancelled".
        let mut any_event: BTreeMap<SubjectKey, BTreeSet<&SubjectKey>> = BTreeMap::new();
        for k in self.keys.iter().filter(|k| k.agent.is_some() && doer(k)) {
            let root = canon.get(k).copied().unwrap_or(k);
            let mut c = k.clone();
            c.agent = None;
            named.entry(c.clone()).or_default().insert(root);
            c.event = None;
            any_event.entry(c).or_default().insert(root);
        }
        for k in &self.keys {
            if k.agent.is_some() || !doer(k) || canon.contains_key(k) {
                continue;
            }
            let roots = named
                .get(k)
                .or_else(|| k.event.is_none().then(|| any_event.get(k)).flatten());
            if let Some(roots) = roots.filter(|r| r.len() == 1) {
                if let Some(root) = roots.first() {
                    canon.insert(k, root);
                }
            }
        }
    }

    /// Maps each result key that names fewer sides than another of its
    /// event to the one key that names them all, when exactly one does:
    /// "Harwick won 3-2" is the result of "Harwick beat Stonebridge 3-2"
    /// when Harwick played no other match in the corpus, and "the final
    /// score was 98-94" is the one match's result. A side is matched whole
    /// or by its last words ([`side_in`]: "Dunmore Rovers won 2-1" is the
    /// result of "Rovers beat Lisbury City 2-1"; "Northport" is no side of
    /// "Northport Rovers v Eastvale").
    fn join_partial_sides<'k>(&'k self, canon: &mut BTreeMap<&'k SubjectKey, &'k SubjectKey>) {
        let mut by_event: BTreeMap<SubjectKey, Vec<&SubjectKey>> = BTreeMap::new();
        for k in self.keys.iter().filter(|k| k.kind == KeyKind::Score) {
            let mut c = k.clone();
            c.agent = None;
            by_event.entry(c).or_default().push(k);
        }
        let sides = |k: &SubjectKey| -> BTreeSet<String> {
            k.agent
                .as_deref()
                .map(|a| a.split(" v ").map(String::from).collect())
                .unwrap_or_default()
        };
        for keys in by_event.values_mut() {
            keys.sort();
            if keys.len() < 2 || keys.len() > FUZZY_MAX_KEYS {
                continue;
            }
            for k in keys.iter() {
                let mine = sides(k);
                let fuller: BTreeSet<&SubjectKey> = keys
                    .iter()
                    .filter(|o| {
                        let theirs = sides(o);
                        theirs.len() > mine.len() && mine.iter().all(|m| side_in(m, &theirs))
                    })
                    .map(|o| canon.get(*o).copied().unwrap_or(*o))
                    .collect();
                // The fullest: no other candidate names more.
                let fullest: Vec<&SubjectKey> = fuller
                    .iter()
                    .copied()
                    .filter(|o| {
                        let theirs = sides(o);
                        !fuller
                            .iter()
                            .any(|p| sides(p).len() > theirs.len() && sides(p).is_superset(&theirs))
                    })
                    .collect();
                if let [root] = fullest[..] {
                    canon.insert(*k, root);
                }
            }
        }
    }

    /// For each key, by index, whether one of its mentions is of a figure
    /// done (not modal: "are to be freed", "will cut").
    fn keys_done(&self) -> Vec<bool> {
        let mut done = vec![false; self.keys.len()];
        for (i, m) in self.all() {
            if !m.modal {
                if let Some(d) = done.get_mut(i as usize) {
                    *d = true;
                }
            }
        }
        done
    }

    /// Maps each key that names no event to the one key that differs from
    /// it only by naming one, when exactly one does: "17 people were
    /// killed" is of the storm when the storm is the only event any source
    /// gives that count. With two events ("killed 22 in the flood", "killed
    /// 5 in a landslide") the eventless count stays apart, as a claim that
    /// names no place stays apart from two places.
    fn join_the_only_event<'k>(&'k self, canon: &mut BTreeMap<&'k SubjectKey, &'k SubjectKey>) {
        let mut evented: BTreeMap<SubjectKey, BTreeSet<&SubjectKey>> = BTreeMap::new();
        for k in &self.keys {
            // A statement is how a figure was given, not what it is of.
            if k.event.as_deref().is_some_and(|e| e != "statement") && k.kind != KeyKind::Date {
                let root = canon.get(k).copied().unwrap_or(k);
                let mut c = k.clone();
                c.event = None;
                evented.entry(c).or_default().insert(root);
            }
        }
        // The roots of keys with an event that hold a figure done, not
        // only planned (read once, when first needed).
        let mut done_roots: Option<BTreeSet<&SubjectKey>> = None;
        for k in &self.keys {
            if k.event.is_some() || canon.contains_key(k) {
                continue;
            }
            // A crowd with no event counts those taking part in the one
            // event: "Police put the crowd at 42,000" beside "150,000 took
            // part in the march" counts protesters ([`ATTEND_AS`]).
            let attending = (k.kind == KeyKind::Count
                && k.predicate.as_deref() == Some("attend")
                && matches!(k.noun.as_deref(), Some("crowd" | "person")))
            .then(|| {
                ATTEND_AS.iter().filter_map(|(event, p)| {
                    let mut c = k.clone();
                    c.predicate = Some((*p).to_string());
                    if *p == "protest" {
                        c.noun = Some("protester".to_string());
                    }
                    evented
                        .get(&c)
                        .filter(|r| r.iter().all(|r| r.event.as_deref() == Some(*event)))
                })
            })
            .into_iter()
            .flatten();
            let mut roots: BTreeSet<&SubjectKey> = evented
                .get(k)
                .into_iter()
                .chain(attending)
                .flatten()
                .copied()
                .collect();
            // Of two events, one named only by plans is not the event of
            // a figure done: "33 hostages are to be freed under the deal"
            // leaves "Twenty-three captives were handed over" to the
            // ceasefire, whose release other papers report.
            if roots.len() > 1 {
                let done = done_roots.get_or_insert_with(|| {
                    self.keys
                        .iter()
                        .zip(self.keys_done())
                        .filter(|(k, done)| *done && k.event.is_some())
                        .map(|(k, _)| canon.get(k).copied().unwrap_or(k))
                        .collect()
                });
                roots.retain(|r| done.contains(r));
            }
            if roots.len() == 1 {
                if let Some(root) = roots.first() {
                    canon.insert(k, root);
                }
            }
            // A crowd with no event, in a story whose protesters name none
            // either, counts them: "Police put the crowd at 12,000" beside
            // "Organisers claimed 40,000 protesters filled the streets".
            if roots.is_empty()
                && k.kind == KeyKind::Count
                && k.predicate.as_deref() == Some("attend")
                && k.noun.as_deref() == Some("crowd")
            {
                let mut c = k.clone();
                c.predicate = Some("protest".to_string());
                c.noun = Some("protester".to_string());
                if let Some(p) = self.find_key(&c) {
                    canon.insert(k, canon.get(p).copied().unwrap_or(p));
                }
            }
        }
        // Keys whose root was just joined to an event follow it.
        let hops: Vec<(&SubjectKey, &SubjectKey)> = canon
            .iter()
            .filter_map(|(k, r)| canon.get(r).map(|rr| (*k, *rr)))
            .collect();
        canon.extend(hops);
    }
}

/// A deterministic hash of a key (FNV-1a; collisions are resolved by
/// comparing keys).
/// The hasher of [`ClaimSet`]'s index, whose keys already are hashes.
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

fn key_hash(k: &SubjectKey) -> u64 {
    use std::hash::{Hash, Hasher};
    // Word-at-a-time multiplicative hashing (as rustc's FxHasher): the
    // keys are short strings and the hash only picks a bucket.
    struct Fx(u64);
    impl Fx {
        fn add(&mut self, w: u64) {
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    impl Hasher for Fx {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            let mut chunks = bytes.chunks_exact(8);
            for c in &mut chunks {
                let mut w = [0u8; 8];
                w.copy_from_slice(c);
                self.add(u64::from_le_bytes(w));
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let mut w = [0u8; 8];
                w[..rest.len()].copy_from_slice(rest);
                self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
            }
        }
    }
    let mut h = Fx(0xcbf2_9ce4_8422_2325);
    k.hash(&mut h);
    h.finish()
}

/// Whether a mention's claim names no event, neither in words nor through
/// its verb ("attending" is at a meeting): such a claim joins the only
/// event any claim of its count names (see [`ClaimSet::blocks`]).
pub(crate) fn names_no_event(m: &Mention) -> bool {
    let Some(sig) = m.signature.as_deref() else {
        return false;
    };
    let mut parts = sig.split('|');
    let (_, predicate, event) = (
        parts.next(),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    event.is_empty()
        && predicate_class(predicate)
            .and_then(|p| lookup(DEFAULT_EVENTS, p))
            .is_none()
}

/// Splits a block whose claims name two or more places: one block each;
/// claims naming none stay together.
fn split_places<'m>(k: &SubjectKey, v: Vec<&'m Mention>) -> Vec<(SubjectKey, Vec<&'m Mention>)> {
    split_by(k, v, |m| m.place.as_deref(), |key, p| key.place = p, true)
}

/// Splits a block whose claims name two or more reporting periods ("412,000
/// vehicles in the third quarter", "1.6 million vehicles this year"): one
/// block each; claims naming none stay together. A figure of a period
/// that ended in a year before the one before its publication is history,
/// not the news the other figures tell: it stands apart even when no other
/// figure names a period ("the strongest since 2019, when 32 people died"
/// in a story of this week's toll). So does a week's figure (a market's
/// weekly move, "week 2025-06-23/2025-06-29"), beside the day's.
fn split_periods<'m>(k: &SubjectKey, v: Vec<&'m Mention>) -> Vec<(SubjectKey, Vec<&'m Mention>)> {
    // A period named by its length alone ("quarterly profit": `quarter`;
    // "annual profit": `year`) is the one period of that length the block
    // names ("2025-Q4", "2025"), when there is exactly one.
    let lengths = v
        .iter()
        .any(|m| matches!(m.period.as_deref(), Some("quarter" | "year")));
    let written: BTreeSet<&'m str> = if lengths {
        v.iter().filter_map(|m| m.period.as_deref()).collect()
    } else {
        BTreeSet::new()
    };
    let one_of = |length: &str| {
        let mut of = written.iter().filter(|p| period_length(p) == Some(length));
        match (of.next(), of.next()) {
            (Some(p), None) => Some(*p),
            _ => None,
        }
    };
    let (quarter, year) = (one_of("quarter"), one_of("year"));
    let period = move |m: &'m Mention| match m.period.as_deref() {
        Some("quarter") => quarter.or(Some("quarter")),
        Some("year") => year.or(Some("year")),
        p => p,
    };
    let named: BTreeSet<&str> = v.iter().filter_map(|m| period(m)).collect();
    let only = match named.first() {
        Some(p) if named.len() == 1 => p.to_string(),
        _ => return split_by(k, v, period, |key, p| key.period = p, false),
    };
    // A week's move ("the Dow lost 0.8% this week") is not the day's, which
    // names no period; a total since a date ("has closed 1,000 branches
    // since 2015") is not one event's figure.
    let (old, news): (Vec<&Mention>, Vec<&Mention>) = v.into_iter().partition(|m| {
        history(m)
            || m.period
                .as_deref()
                .is_some_and(|p| p.starts_with("week ") || p.starts_with("since "))
    });
    if old.is_empty() || news.is_empty() {
        let all = if old.is_empty() { news } else { old };
        return vec![(k.clone(), all)];
    }
    let mut key = k.clone();
    key.period = Some(only);
    vec![(key, old), (k.clone(), news)]
}

/// The length of a period written as a date: `quarter` for "2025-Q4",
/// `year` for "2025".
fn period_length(p: &str) -> Option<&'static str> {
    let b = p.as_bytes();
    let year = b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 if year => Some("year"),
        7 if year && &b[4..6] == b"-Q" => Some("quarter"),
        _ => None,
    }
}

/// Whether a figure's period (its last year: "2019", "2019-05",
/// "2018-01-01/2019-06-30") ended before the year before its publication.
fn history(m: &Mention) -> bool {
    let (Some(period), Some(published)) = (m.period.as_deref(), m.published) else {
        return false;
    };
    let last = period.rsplit('/').next().unwrap_or(period);
    let year = last.get(..4).and_then(|y| y.parse::<i16>().ok());
    year.is_some_and(|y| y < published.date().year() - 1)
}

/// Splits a block by a part its claims may name (`part`), when they name
/// two or more: one block each, its key's part set (`set`); claims naming
/// none stay together. With `suffix` (places), a name that ends with
/// another's words is that one too.
fn split_by<'m>(
    k: &SubjectKey,
    v: Vec<&'m Mention>,
    part: impl Fn(&'m Mention) -> Option<&'m str>,
    set: fn(&mut SubjectKey, Option<String>),
    suffix: bool,
) -> Vec<(SubjectKey, Vec<&'m Mention>)> {
    let named: BTreeSet<&str> = v.iter().filter_map(|m| part(m)).collect();
    // A name that begins with another's words is that one: "westbrook mall"
    // is in "westbrook". Each name's shortest word prefix that is also a
    // name, looked up once per name and word: no pass over all pairs.
    // A place that ends with another's words is it too ("pacific
    // palisades" and "palisades"), but for a direction or "new" before
    // them ("north korea" is no "korea", "new mexico" no "mexico").
    let canonical: BTreeMap<&str, &str> = named
        .iter()
        .map(|n| {
            let shortest = n
                .match_indices(' ')
                .map(|(i, _)| n.get(..i).unwrap_or(n))
                .find(|p| named.contains(p))
                .or_else(|| {
                    if !suffix {
                        return None;
                    }
                    n.match_indices(' ')
                        .map(|(i, _)| i)
                        .find(|&i| {
                            n.get(..i).is_some_and(|head| {
                                !head.split(' ').any(|w| PLACE_QUALIFIERS.contains(&w))
                            }) && n.get(i + 1..).is_some_and(|p| named.contains(p))
                        })
                        .and_then(|i| n.get(i + 1..))
                })
                .unwrap_or(n);
            (*n, shortest)
        })
        .collect();
    let distinct: BTreeSet<&str> = canonical.values().copied().collect();
    if distinct.len() < 2 {
        return vec![(k.clone(), v)];
    }
    let mut split: BTreeMap<Option<&str>, Vec<&Mention>> = BTreeMap::new();
    for m in v {
        let name = part(m).map(|n| canonical.get(n).copied().unwrap_or(n));
        split.entry(name).or_default().push(m);
    }
    split
        .into_iter()
        .map(|(p, ms)| {
            let mut key = k.clone();
            set(&mut key, p.map(String::from));
            (key, ms)
        })
        .collect()
}

/// Whether a side of a result is among `sides`: named whole, or by its
/// last words ("dunmore rovers" is the "rovers" of "lisbury city v
/// rovers"; "northport" is no side of "northport rovers v eastvale").
fn side_in(side: &str, sides: &BTreeSet<String>) -> bool {
    sides.contains(side)
        || side
            .match_indices(' ')
            .any(|(i, _)| side.get(i + 1..).is_some_and(|tail| sides.contains(tail)))
}

/// Words before a place name that make it another place ("north korea",
/// "new mexico", "upper austria").
const PLACE_QUALIFIERS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "upper",
    "lower", "central", "little", "great",
];

/// Splits a block whose sources were published in two or more news cycles
/// (publication days more than [`NEWS_CYCLE_DAYS`] apart with none
/// between; for the date of a statement, different days): one block per
/// cycle; undated claims stay together.
fn split_cycles<'m>(k: &SubjectKey, v: Vec<&'m Mention>) -> Vec<(SubjectKey, Vec<&'m Mention>)> {
    let days: BTreeSet<i64> = v
        .iter()
        .filter_map(|m| m.published.map(|p| day_number(p.date())))
        .collect();
    // The first day of each cycle.
    // A statement is news of the day it was made: statements reported on
    // different days are different statements.
    let gap = if k.event.as_deref() == Some("statement") {
        0
    } else {
        NEWS_CYCLE_DAYS
    };
    let mut starts: Vec<i64> = Vec::new();
    let mut prev: Option<i64> = None;
    for d in days {
        if prev.is_none_or(|p| d - p > gap) {
            starts.push(d);
        }
        prev = Some(d);
    }
    if starts.len() < 2 {
        return vec![(k.clone(), v)];
    }
    let mut split: BTreeMap<Option<i64>, Vec<&Mention>> = BTreeMap::new();
    for m in v {
        let cycle = m.published.map(|p| {
            let d = day_number(p.date());
            starts.iter().rev().find(|s| **s <= d).copied().unwrap_or(d)
        });
        split.entry(cycle).or_default().push(m);
    }
    split
        .into_iter()
        .map(|(c, ms)| {
            let mut key = k.clone();
            key.cycle = c.map(|d| {
                let (y, m, dd) = civil_from_days(d);
                format!("{y:04}-{m:02}-{dd:02}")
            });
            (key, ms)
        })
        .collect()
}

fn is_class(n: &str) -> bool {
    NOUN_CLASSES.iter().any(|(_, c)| *c == n)
}

/// Whether two folded noun lemmas are near-identical (see the module docs).
///
/// # Example
///
/// ```
/// use corroborate::group::similar;
/// assert!(similar("covid-19 death", "covid19 death"));
/// assert!(!similar("official", "officer"));
/// ```
pub fn similar(a: &str, b: &str) -> bool {
    a == b
        || (strsim::jaro_winkler(a, b) >= FUZZY_JARO_WINKLER
            && strsim::normalized_damerau_levenshtein(a, b) >= FUZZY_LEVENSHTEIN)
}

/// How loosely a share written as an exact fraction is read, as a part of
/// its value either side: "one in five adults" is 18% to 22% of adults, as
/// "about 20%" is.
///
/// # Example
///
/// ```
/// use corroborate::group::{Reading, SHARE_MARGIN};
/// use corroborate::Checker;
/// let text = "One in five adults smokes.";
/// let c = &Checker::new().extract_text(text, None)[0];
/// let m = corroborate::group::Mention::of_claim("a", "c1", c.text(text), None, c).ok_or("no reading")?;
/// assert_eq!(m.reading, Reading::Number { low: 18.0, high: 22.000000000000004 });
/// assert!((SHARE_MARGIN - 0.1).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const SHARE_MARGIN: f64 = 0.1;

/// Whether a bare figure is a share of a whole written as a fraction
/// ("one in five adults", "a quarter of adults", "half of all voters"): a
/// number between 0 and 1 with the noun it is a part of, or the part of a
/// fire contained ("contained about a fifth of the fire").
fn is_share(c: &Claim) -> bool {
    c.kind() == ClaimKind::Number
        && matches!(c.value(), Value::Number(a) if a.value > 0.0 && a.value < 1.0)
        && c.subject().is_some_and(|s| {
            // "Crews have contained about a fifth of the fire": how much of
            // a fire is contained is a share of it, as "20% contained" is.
            s.noun.is_some() || s.predicate.as_deref() == Some("contain")
        })
}

/// Value clusters of one block: mutually compatible mentions, one cluster
/// per side. Deterministic: mentions are taken in value order, then
/// identity order, and each joins the latest of the last
/// [`CLUSTER_LOOKBACK`] clusters whose common reading it is compatible
/// with; then a mention that also fits the next cluster up moves there
/// when its written value is nearer that cluster's (one pass over
/// neighbouring clusters, so the work stays linear).
///
/// # Example
///
/// ```
/// use corroborate::group::{Mention, Reading, clusters};
/// use corroborate::{ClaimKind, Span};
/// let m = |id: &str, low: f64, high: f64| Mention::new(id, "c1", Span::new(0, 2), ClaimKind::Count, "n",
///     Reading::Number { low, high });
/// let (about_30, thirty, thirty_five) = (m("a", 27.0, 33.0), m("b", 30.0, 30.0), m("c", 35.0, 35.0));
/// let sides = clusters(&[&about_30, &thirty, &thirty_five]);
/// assert_eq!(sides.len(), 2); // {about 30, 30} against {35}
/// assert_eq!(sides[0].len(), 2);
///
/// // A round 50,000 (47,500 to 52,500) meets "about 45,000" (40,500 to
/// // 49,500) and "more than 50,000", but is written nearer the latter.
/// let (about_45k, fifty_k) = (m("d", 40_500.0, 49_500.0), m("e", 47_500.0, 52_500.0));
/// let mut more_than = m("f", 50_000.0, f64::INFINITY);
/// more_than.qualifier = corroborate::Qualifier::MoreThan;
/// let sides = clusters(&[&about_45k, &fifty_k, &more_than]);
/// assert_eq!(sides[0].iter().map(|x| x.source.as_str()).collect::<Vec<_>>(), ["d"]);
/// assert_eq!(sides[1].iter().map(|x| x.source.as_str()).collect::<Vec<_>>(), ["e", "f"]);
/// ```
pub fn clusters<'m>(mentions: &[&'m Mention]) -> Vec<Vec<&'m Mention>> {
    let mixed = mixed_units(mentions);
    let mut sorted: Vec<&Mention> = mentions.to_vec();
    sorted.sort_by(|a, b| a.reading.order(&b.reading).then_with(|| a.cmp_mention(b)));
    let mut out: Vec<(Reading, Vec<&Mention>)> = Vec::new();
    for m in sorted {
        let n = out.len();
        let reading = compared_reading(m, mixed);
        let slot = out
            .iter_mut()
            .skip(n.saturating_sub(CLUSTER_LOOKBACK))
            .rev()
            .find_map(|(r, v)| r.meet(&reading).map(|x| (r, v, x)));
        match slot {
            Some((r, v, x)) => {
                *r = x;
                v.push(m);
            }
            None => out.push((reading.into_owned(), vec![m])),
        }
    }
    for i in 1..out.len() {
        let (lower, upper) = out.split_at_mut(i);
        settle(lower.last_mut(), &mut upper[0], mixed);
    }
    out.into_iter().map(|(_, v)| v).collect()
}

/// Whether the measures among `ms` are written in more than one unit
/// ("150 mph" and "240 km/h"): their round figures are then compared as
/// a conversion rounds them ([`compared_reading`]).
fn mixed_units(ms: &[&Mention]) -> bool {
    let mut units = ms
        .iter()
        .filter(|m| m.kind == ClaimKind::Measure)
        .filter_map(|m| m.unit.map(|u| u.name));
    units.next().is_some_and(|first| units.any(|u| u != first))
}

/// The reading a mention is compared with: its own, or, among measures
/// written in several units (`mixed`), a round metric figure's widened to
/// the rounding of a conversion. A writer converts "150 mph" (241.4 km/h)
/// to "240 km/h" and "500 miles" (804.7 km) to "800 km", or "240 km/h" to
/// "150 mph" (149.1): a metric figure under 1,000 that ends in zero,
/// written exactly, is then read to the nearest ten of its unit (235 to
/// 245 km/h) rather than to the unit (figures from 1,000 up already count
/// their zeros, [`measure_precision`]). Only metric figures (in a power of
/// ten of the base unit, or km/h) are widened: figures in miles or feet
/// never are, so "150 mph" still clashes with "155 mph". Two figures in a
/// power of ten of the base unit still must round to each other ("850 km"
/// is no "800 km", see [`Reading::meet`]); in km/h, whose span is no
/// power of ten of metres a second, "243 km/h" then meets "240 km/h". Nor
/// are temperatures widened: their conversions are written to the degree
/// ("47C (116.6F)").
fn compared_reading(m: &Mention, mixed: bool) -> std::borrow::Cow<'_, Reading> {
    use std::borrow::Cow;
    let round = mixed
        && m.kind == ClaimKind::Measure
        && m.qualifier == Qualifier::Exact
        && m.unit.is_some_and(|u| {
            // A power of ten of the base unit, or kilometres an hour.
            let tens = u.factor.log10();
            u.dimension != crate::claim::Dimension::Temperature
                && ((tens - tens.round()).abs() < 1e-9 || u.symbol == "km/h")
        })
        && round_ten(&m.text);
    match &m.reading {
        // Half a unit of the figure as written becomes five.
        Reading::Number { low, high } if round && low < high => {
            let (mid, half) = ((low + high) / 2.0, (high - low) / 2.0 * 10.0);
            Cow::Owned(Reading::Number {
                low: mid - half,
                high: mid + half,
            })
        }
        r => Cow::Borrowed(r),
    }
}

/// Whether the first figure written in `text` is a whole number from 10
/// to 999 that ends in zero ("240 km/h", "800km"; not "241 km", "1,500
/// m" or "24.0 km").
fn round_ten(text: &str) -> bool {
    let Some(start) = text.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let rest = text.get(start..).unwrap_or("");
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let after = rest.get(digits..).unwrap_or("");
    let decimal =
        after.starts_with(['.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit());
    (2..=3).contains(&digits) && rest.as_bytes().get(digits - 1) == Some(&b'0') && !decimal
}

/// Moves the mentions of a cluster that fit the next cluster up, and
/// whose written value is nearer that cluster's, into it: taken in value
/// order, "about 700 million" [630m, 770m] and "800 million" [760m, 840m]
/// meet, but "more than 800 million" then stands alone, while 800 is
/// written nearer it than 700 (and its margin, 40m either side, is
/// narrower than the 100m between the sides). A cluster keeps at least
/// one mention; the upper cluster's common reading narrows with each
/// mention it takes, so every side stays mutually compatible. Linear in
/// the two clusters' sizes.
fn settle<'m>(
    lower: Option<&mut (Reading, Vec<&'m Mention>)>,
    upper: &mut (Reading, Vec<&'m Mention>),
    mixed: bool,
) {
    let Some((_, low_side)) = lower else {
        return;
    };
    let sum = |v: &[&Mention]| {
        v.iter()
            .filter_map(|m| nominal(m))
            .fold((0.0, 0), |(s, n), x| (s + x, n + 1))
    };
    let ((mut low_sum, mut low_n), (mut up_sum, mut up_n)) = (sum(low_side), sum(&upper.1));
    if up_n == 0 {
        return;
    }
    // The mentions that move, highest first; the lower side keeps the rest
    // in order.
    let mut moved: Vec<&'m Mention> = Vec::new();
    let mut kept: Vec<&'m Mention> = Vec::with_capacity(low_side.len());
    for &m in low_side.iter().rev() {
        let step = nominal(m).filter(|_| low_n > 1).and_then(|x| {
            let rest = (low_sum - x) / (low_n - 1) as f64;
            let there = up_sum / up_n as f64;
            // Only a mention whose margin is narrower than the gap between
            // the two sides has a side it is nearer: "2016" is as near
            // January as February.
            let margin = (m.reading.high() - m.reading.low()) / 2.0;
            let nearer = (x - there).abs() < (x - rest).abs() && margin < (there - rest).abs();
            nearer
                .then(|| upper.0.meet(&compared_reading(m, mixed)))
                .flatten()
                .map(|met| (x, met))
        });
        match step {
            Some((x, met)) => {
                upper.0 = met;
                moved.push(m);
                (low_sum, low_n, up_sum, up_n) = (low_sum - x, low_n - 1, up_sum + x, up_n + 1);
            }
            None => kept.push(m),
        }
    }
    if moved.is_empty() {
        return;
    }
    kept.reverse();
    *low_side = kept;
    moved.reverse();
    moved.append(&mut upper.1);
    upper.1 = moved;
}

/// The value a mention is written with: the bound of "more than 800" or
/// "nearly 40", the middle of "about 30" or a range; `None` for vague
/// amounts ("tens of thousands"), results and dates open at one end.
fn nominal(m: &Mention) -> Option<f64> {
    if m.qualifier == Qualifier::Vague {
        return None;
    }
    let (low, high) = match &m.reading {
        Reading::Number { low, high } | Reading::Money { low, high, .. } => (*low, *high),
        Reading::Days { first, last, .. } if *first != i64::MIN && *last != i64::MAX => {
            (*first as f64, *last as f64)
        }
        Reading::Days { .. } | Reading::Score { .. } => return None,
    };
    let x = match m.qualifier {
        Qualifier::MoreThan | Qualifier::AtLeast => low,
        Qualifier::AtMost | Qualifier::LessThan | Qualifier::Nearly => high,
        _ if low.is_finite() && high.is_finite() => (low + high) / 2.0,
        _ => low.min(high),
    };
    x.is_finite().then_some(x)
}

/// How many recent clusters a mention may join (bounds the work per
/// mention).
///
/// # Example
///
/// ```
/// use corroborate::group::{CLUSTER_LOOKBACK, Mention, Reading, clusters};
/// use corroborate::{ClaimKind, Span};
/// assert!(CLUSTER_LOOKBACK >= 2);
/// // Values that fit no recent cluster start their own.
/// let ms: Vec<Mention> = (0..20)
///     .map(|i| Mention::new(format!("s{i}"), "c1", Span::new(0, 2), ClaimKind::Count, "n",
///         Reading::Number { low: f64::from(i * 10), high: f64::from(i * 10) }))
///     .collect();
/// let refs: Vec<&Mention> = ms.iter().collect();
/// assert_eq!(clusters(&refs).len(), 20);
/// ```
pub const CLUSTER_LOOKBACK: usize = 8;

/// The common reading of a cluster.
///
/// A cluster of measures formed among several units
/// ([`compared_reading`]) may hold figures of one unit only, which meet
/// only as a conversion rounds them: they are read so when they do not
/// meet otherwise.
pub(crate) fn common(ms: &[&Mention]) -> Option<Reading> {
    let meet_all = |mixed: bool| {
        let mut it = ms.iter();
        let mut r = compared_reading(it.next()?, mixed).into_owned();
        for m in it {
            r = r.meet(&compared_reading(m, mixed))?;
        }
        Some(r)
    };
    meet_all(false).or_else(|| meet_all(true))
}

/// Grain-aware label of a day reading.
pub(crate) fn reading_label(r: &Reading) -> String {
    match r {
        Reading::Number { low, high } | Reading::Money { low, high, .. } => {
            let cur = match r {
                Reading::Money { currency, .. } => format!("{currency} "),
                _ => String::new(),
            };
            // A figure widened only by the precision of its last digit
            // ("29%" is 28.5005 to 29.4995, "2.0%" 1.95005 to 2.04995)
            // reads as written.
            let mid = (low + high) / 2.0;
            let as_written =
                matches!(r, Reading::Number { .. }) && last_digit(*low, *high).is_some();
            if low == high {
                format!("{cur}{}", num(*low))
            } else if as_written {
                format!("{cur}{}", num(mid))
            } else {
                format!("{cur}[{}, {}]", num(*low), num(*high))
            }
        }
        Reading::Score { high, low } => format!("{}–{}", num(*high), num(*low)),
        Reading::Days {
            first,
            last,
            weekday,
            month,
        } => {
            if *first == i64::MIN || *last == i64::MAX {
                match (weekday, month) {
                    (Some(w), _) => format!("a {}", weekday_label(*w)),
                    (None, Some(m)) => crate::claim::month_name(*m as i8)
                        .unwrap_or("?")
                        .to_string(),
                    _ => "an unknown day".to_string(),
                }
            } else if first == last {
                day_label(*first)
            } else if let Some(p) = whole_period(*first, *last) {
                p
            } else {
                let (a, b) = (civil_from_days(*first), civil_from_days(*last));
                format!(
                    "{:04}-{:02}-{:02} to {:04}-{:02}-{:02}",
                    a.0, a.1, a.2, b.0, b.1, b.2
                )
            }
        }
    }
}

/// "2022" or "2025-09" when the days are exactly one year or month.
fn whole_period(first: i64, last: i64) -> Option<String> {
    let (a, b) = (civil_from_days(first), civil_from_days(last));
    let next = civil_from_days(last + 1);
    if a.1 == 1 && a.2 == 1 && b.0 == a.0 && next.0 == a.0 + 1 && next.1 == 1 && next.2 == 1 {
        return Some(format!("{:04}", a.0));
    }
    if a.2 == 1 && b.0 == a.0 && b.1 == a.1 && next.2 == 1 {
        return Some(format!("{:04}-{:02}", a.0, a.1));
    }
    None
}

/// A number for people: integers without a fraction, ∞ for unbounded.
pub(crate) fn num(x: f64) -> String {
    if x == f64::INFINITY {
        "∞".to_string()
    } else if x == f64::NEG_INFINITY {
        "-∞".to_string()
    } else if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{civil_from_days, day_label, day_number, weekday_of};
    use jiff::civil::date;

    #[test]
    fn day_numbers_are_jiffs_calendar() {
        assert_eq!(day_number(date(1970, 1, 1)), 0);
        assert_eq!(day_number(date(1969, 12, 31)), -1);
        assert_eq!(day_number(date(2000, 3, 1)), 11_017);
        assert_eq!(
            day_label(day_number(date(2025, 9, 4))),
            "2025-09-04 (thursday)"
        );
        assert_eq!(
            civil_from_days(day_number(date(2024, 2, 29))),
            (2024, 2, 29)
        );
        for d in [date(-9999, 1, 1), date(1582, 10, 15), date(9999, 12, 31)] {
            let n = day_number(d);
            assert_eq!(
                civil_from_days(n),
                (i64::from(d.year()), d.month() as u8, d.day() as u8)
            );
            assert_eq!(
                i8::try_from(weekday_of(n)).ok(),
                Some(d.weekday().to_monday_zero_offset())
            );
        }
        // Out of range: clamped, no panic.
        assert_eq!(civil_from_days(i64::MAX).0, 9999);
        assert_eq!(civil_from_days(i64::MIN).0, -9999);
    }

    #[test]
    fn a_share_is_at_most_the_whole() {
        use super::{Mention, Reading};
        use crate::{Checker, ClaimKind, Document};
        let text = "About 98% of homes lost power. Profits rose about 95% to $3 billion.";
        let claims = Checker::new().extract(&Document::new("a", text));
        let high = |t: &str| {
            let c = claims
                .iter()
                .find(|c| c.kind() == ClaimKind::Percent && c.text(text) == t)?;
            match Mention::of_claim("a", "c", t, None, c)?.reading {
                Reading::Number { high, .. } => Some(high),
                _ => None,
            }
        };
        // A share hedged up to past 100% stops at 100%; a change does not.
        assert_eq!(high("About 98%"), Some(100.0));
        assert!(high("about 95%").is_some_and(|h| h > 100.0));
    }
}
