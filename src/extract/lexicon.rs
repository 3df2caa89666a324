//! Word lists: currencies, units, number words and the nouns of counts.
//!
//! Every list the quantity grammar reads lives here, as data: a currency
//! table (ISO code, English unit name, the signs and words that name it), a
//! unit table (symbol, name, dimension, and the factor and offset to the
//! dimension's base unit, so that "55 km" and "34 miles" or "40°C" and
//! "104°F" compare after conversion), the spellings of units as written, and
//! the nouns that decide what a number counts.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small multiply-rotate hasher for short word keys (the tables are
/// static, so no flooding concern): much cheaper than SipHash per lookup.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Hash map keyed by words, with [`WordHasher`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// Hash set of words, with [`WordHasher`].
pub(crate) type WordHashSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

use crate::claim::{Currency, Dimension, Unit};

/// A short word, lower-cased without allocating: borrowed from the text
/// when it has no upper-case letter, else copied into a stack buffer.
#[derive(Clone, Copy)]
pub(crate) struct Low<'a>(LowRepr<'a>);

#[derive(Clone, Copy)]
enum LowRepr<'a> {
    Borrowed(&'a str),
    Owned([u8; Low::CAP], u8),
}

impl<'a> Low<'a> {
    /// Longest word held.
    pub(crate) const CAP: usize = 48;
    /// The empty word.
    pub(crate) const EMPTY: Low<'static> = Low(LowRepr::Borrowed(""));

    /// `s` lower-cased, or `None` when it is longer than the buffer.
    pub(crate) fn new(s: &'a str) -> Option<Low<'a>> {
        let src = s.as_bytes();
        if src.len() > Low::CAP {
            return None;
        }
        if !src.iter().any(u8::is_ascii_uppercase) {
            return Some(Low(LowRepr::Borrowed(s)));
        }
        let mut buf = [0u8; Low::CAP];
        buf.get_mut(..src.len())?.copy_from_slice(src);
        buf.make_ascii_lowercase();
        Some(Low(LowRepr::Owned(buf, u8::try_from(src.len()).ok()?)))
    }

    /// `s` lower-cased; a word longer than the buffer becomes the empty
    /// word, which no word list holds.
    pub(crate) fn lossy(s: &'a str) -> Low<'a> {
        Low::new(s).unwrap_or(Low::EMPTY)
    }

    /// The lower-cased word's bytes.
    fn bytes(&self) -> &[u8] {
        match &self.0 {
            LowRepr::Borrowed(s) => s.as_bytes(),
            LowRepr::Owned(buf, n) => buf.get(..usize::from(*n)).unwrap_or(&[]),
        }
    }

    /// The lower-cased word.
    pub(crate) fn as_str(&self) -> &str {
        match &self.0 {
            LowRepr::Borrowed(s) => s,
            // Lower-casing ASCII keeps valid UTF-8; the fallback never happens.
            LowRepr::Owned(..) => std::str::from_utf8(self.bytes()).unwrap_or(""),
        }
    }
}

impl std::ops::Deref for Low<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Low<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl PartialEq<Low<'_>> for &str {
    fn eq(&self, other: &Low<'_>) -> bool {
        self.as_bytes() == other.bytes()
    }
}

impl PartialEq<str> for Low<'_> {
    fn eq(&self, other: &str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl std::fmt::Debug for Low<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

/// Known currencies: ISO code and English unit name.
pub(crate) const CURRENCIES: &[Currency] = &[
    Currency::new("USD", "dollar"),
    Currency::new("GBP", "pound"),
    Currency::new("EUR", "euro"),
    Currency::new("JPY", "yen"),
    Currency::new("INR", "rupee"),
    Currency::new("CNY", "yuan"),
    Currency::new("CAD", "canadian dollar"),
    Currency::new("AUD", "australian dollar"),
    Currency::new("NZD", "new zealand dollar"),
    Currency::new("HKD", "hong kong dollar"),
    Currency::new("SGD", "singapore dollar"),
    Currency::new("TWD", "taiwan dollar"),
    Currency::new("MXN", "mexican peso"),
    Currency::new("ARS", "argentine peso"),
    Currency::new("PHP", "philippine peso"),
    Currency::new("BRL", "brazilian real"),
    Currency::new("CHF", "swiss franc"),
    Currency::new("FRF", "french franc"),
    Currency::new("ESP", "peseta"),
    Currency::new("NLG", "guilder"),
    Currency::new("FIM", "markka"),
    Currency::new("DEM", "deutsche mark"),
    Currency::new("ITL", "lira"),
    Currency::new("TRY", "turkish lira"),
    Currency::new("RUB", "ruble"),
    Currency::new("UAH", "hryvnia"),
    Currency::new("PLN", "zloty"),
    Currency::new("SEK", "swedish krona"),
    Currency::new("NOK", "norwegian krone"),
    Currency::new("DKK", "danish krone"),
    Currency::new("ISK", "icelandic krona"),
    Currency::new("CZK", "czech koruna"),
    Currency::new("HUF", "forint"),
    Currency::new("KRW", "won"),
    Currency::new("ZAR", "rand"),
    Currency::new("NGN", "naira"),
    Currency::new("KES", "kenyan shilling"),
    Currency::new("EGP", "egyptian pound"),
    Currency::new("ILS", "shekel"),
    Currency::new("SAR", "riyal"),
    Currency::new("AED", "dirham"),
    Currency::new("PKR", "pakistani rupee"),
    Currency::new("LKR", "sri lankan rupee"),
    Currency::new("BDT", "taka"),
    Currency::new("THB", "baht"),
    Currency::new("IDR", "rupiah"),
    Currency::new("VND", "dong"),
    Currency::new("MYR", "ringgit"),
    Currency::new("CRC", "colon"),
    Currency::new("GEL", "lari"),
    Currency::new("LAK", "kip"),
    Currency::new("BTC", "bitcoin"),
];

/// The currency with this ISO code (ASCII case-insensitive).
pub(crate) fn currency_by_code(code: &str) -> Option<Currency> {
    CURRENCIES
        .iter()
        .copied()
        .find(|c| c.code().eq_ignore_ascii_case(code))
}

/// The currency with this code; only for codes listed in [`CURRENCIES`].
pub(crate) fn cur(code: &str) -> Currency {
    currency_by_code(code).unwrap_or(Currency::new("USD", "dollar"))
}

/// Currency signs written before (or after) a figure, longest first:
/// "US$", "C$", "HK$", "£", "€". Matched ASCII case-insensitively, with
/// an optional space inside ("c $ 16.4 million", "u.s $").
pub(crate) const SIGNS: &[(&str, &str)] = &[
    ("u.s.$", "USD"),
    ("u.s. $", "USD"),
    ("u.s $", "USD"),
    ("u.s$", "USD"),
    ("usd$", "USD"),
    ("us$", "USD"),
    ("us $", "USD"),
    ("cad$", "CAD"),
    ("can$", "CAD"),
    ("c$", "CAD"),
    ("c $", "CAD"),
    ("aud$", "AUD"),
    ("au$", "AUD"),
    ("a$", "AUD"),
    ("a $", "AUD"),
    ("nzd$", "NZD"),
    ("nz$", "NZD"),
    ("hk$", "HKD"),
    ("hk $", "HKD"),
    ("s$", "SGD"),
    ("nt$", "TWD"),
    ("mxn$", "MXN"),
    ("mex$", "MXN"),
    ("r$", "BRL"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₴", "UAH"),
    ("₦", "NGN"),
    ("₪", "ILS"),
    ("₺", "TRY"),
    ("₱", "PHP"),
    ("₫", "VND"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("₿", "BTC"),
    ("元", "CNY"),
    ("us dlrs", "USD"),
    ("dlrs", "USD"),
    ("rs.", "INR"),
    ("rs", "INR"),
];

/// Currency words written after a figure ("20 dollars", "5 million yen"),
/// with the ISO code and the factor to the main unit (cents are 0.01).
/// Longest first; a word matches with an optional plural "s".
pub(crate) const CURRENCY_WORDS: &[(&str, &str, f64)] = &[
    ("united states dollar", "USD", 1.0),
    ("us dollar", "USD", 1.0),
    ("u.s. dollar", "USD", 1.0),
    ("american dollar", "USD", 1.0),
    ("canadian dollar", "CAD", 1.0),
    ("australian dollar", "AUD", 1.0),
    ("new zealand dollar", "NZD", 1.0),
    ("hong kong dollar", "HKD", 1.0),
    ("singapore dollar", "SGD", 1.0),
    ("taiwan dollar", "TWD", 1.0),
    ("pounds sterling", "GBP", 1.0),
    ("pound sterling", "GBP", 1.0),
    ("british pound", "GBP", 1.0),
    ("egyptian pound", "EGP", 1.0),
    ("mexican peso", "MXN", 1.0),
    ("argentine peso", "ARS", 1.0),
    ("philippine peso", "PHP", 1.0),
    ("brazilian real", "BRL", 1.0),
    ("swiss franc", "CHF", 1.0),
    ("french franc", "FRF", 1.0),
    ("dutch guilder", "NLG", 1.0),
    ("finnish markka", "FIM", 1.0),
    ("deutsche mark", "DEM", 1.0),
    ("turkish lira", "TRY", 1.0),
    ("swedish krona", "SEK", 1.0),
    ("norwegian krone", "NOK", 1.0),
    ("danish krone", "DKK", 1.0),
    ("kenyan shilling", "KES", 1.0),
    ("pakistani rupee", "PKR", 1.0),
    ("sri lankan rupee", "LKR", 1.0),
    ("chinese yuan", "CNY", 1.0),
    ("japanese yen", "JPY", 1.0),
    ("indian rupee", "INR", 1.0),
    ("dollar", "USD", 1.0),
    ("buck", "USD", 1.0),
    ("cent", "USD", 0.01),
    ("euro", "EUR", 1.0),
    ("sterling", "GBP", 1.0),
    ("pence", "GBP", 0.01),
    ("penny", "GBP", 0.01),
    ("yen", "JPY", 1.0),
    ("yuan", "CNY", 1.0),
    ("renminbi", "CNY", 1.0),
    ("rmb", "CNY", 1.0),
    ("rupee", "INR", 1.0),
    ("franc", "FRF", 1.0),
    ("peseta", "ESP", 1.0),
    ("guilder", "NLG", 1.0),
    ("markka", "FIM", 1.0),
    ("lira", "ITL", 1.0),
    ("rouble", "RUB", 1.0),
    ("ruble", "RUB", 1.0),
    ("hryvnia", "UAH", 1.0),
    ("zloty", "PLN", 1.0),
    ("forint", "HUF", 1.0),
    ("shekel", "ILS", 1.0),
    ("riyal", "SAR", 1.0),
    ("dirham", "AED", 1.0),
    ("naira", "NGN", 1.0),
    ("rand", "ZAR", 1.0),
    ("baht", "THB", 1.0),
    ("rupiah", "IDR", 1.0),
    ("ringgit", "MYR", 1.0),
    ("bitcoin", "BTC", 1.0),
    ("satoshi", "BTC", 1e-8),
];

/// Scale words and suffixes: "million", "bn", "k".
///
/// `attached` forms may follow the digits with no space ("4.5bn", "20k");
/// all forms may follow after one space ("1.5 million", "2.6 bn"). A lone
/// lower-case "m" means million only after a currency sign ("$2.6m"); on its
/// own "1.8m" is metres.
pub(crate) const SCALES: &[(&str, f64, bool)] = &[
    ("hundred", 1e2, false),
    ("thousand", 1e3, false),
    ("million", 1e6, false),
    ("billion", 1e9, false),
    ("trillion", 1e12, false),
    ("lakh", 1e5, false),
    ("lac", 1e5, false),
    ("crore", 1e7, false),
    ("mln", 1e6, true),
    ("mn", 1e6, true),
    ("mil", 1e6, true),
    ("bln", 1e9, true),
    ("bn", 1e9, true),
    ("tln", 1e12, true),
    ("tn", 1e12, true),
    ("trn", 1e12, true),
];

/// The words of numbers, for the candidate scan and the word parser.
pub(crate) const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nought", 0.0),
    ("naught", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fourty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Ordinal words and their values; the fraction words share them
/// ("a third", "two fifths"). "half" and "quarter" are fractions only.
pub(crate) const ORDINAL_WORDS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("nineth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("sixtieth", 60.0),
    ("seventieth", 70.0),
    ("eightieth", 80.0),
    ("ninetieth", 90.0),
    ("hundredth", 1e2),
    ("thousandth", 1e3),
    ("millionth", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
];

/// Vague amounts: the word, and the interval it asserts (documented policy).
///
/// "dozens" is 24 to 99, "hundreds" 200 to 999, "thousands" 2,000 to
/// 9,999, "tens of thousands" 20,000 to 99,999, "hundreds of thousands"
/// 200,000 to 999,999, "millions" 2 million to 9,999,999, "several" 3 to
/// 9, "a few" 2 to 5, "a couple" 2, "scores" 40 to 99. A vague amount
/// before a scale multiplies it: "a couple hundred" is 200, "several
/// thousand" 3,000 to 9,000, "a few dozen" 24 to 60.
pub(crate) const VAGUE: &[(&str, f64, f64)] = &[
    ("tens of thousands", 2e4, 99_999.0),
    ("hundreds of thousands", 2e5, 999_999.0),
    ("tens of millions", 2e7, 99_999_999.0),
    ("hundreds of millions", 2e8, 999_999_999.0),
    ("dozens", 24.0, 99.0),
    ("scores", 40.0, 99.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2000.0, 9999.0),
    ("millions", 2e6, 9_999_999.0),
    ("billions", 2e9, 9_999_999_999.0),
];

/// Vague multipliers before a scale word: "several hundred", "a few
/// thousand", "a couple (of) hundred".
pub(crate) const VAGUE_MULT: &[(&str, f64, f64)] = &[
    ("several", 3.0, 9.0),
    ("a few", 2.0, 5.0),
    ("a couple of", 2.0, 2.0),
    ("a couple", 2.0, 2.0),
    ("a handful of", 2.0, 5.0),
];

const fn unit(s: &'static str, n: &'static str, d: Dimension, factor: f64) -> Unit {
    Unit {
        symbol: s,
        name: n,
        dimension: d,
        factor,
        offset: 0.0,
    }
}

use Dimension as D;

/// Known units: symbol, name, dimension, factor to the base unit (metre,
/// square metre, litre, kilogram, kelvin, second, metre per second, byte,
/// watt, joule, degree).
pub(crate) const UNITS: &[Unit] = &[
    unit("km", "kilometer", D::Length, 1000.0),
    unit("m", "meter", D::Length, 1.0),
    unit("cm", "centimeter", D::Length, 0.01),
    unit("mm", "millimeter", D::Length, 0.001),
    unit("dm", "decimeter", D::Length, 0.1),
    unit("µm", "micrometer", D::Length, 1e-6),
    unit("nm", "nanometer", D::Length, 1e-9),
    unit("pm", "picometer", D::Length, 1e-12),
    unit("mi", "mile", D::Length, 1609.344),
    unit("nmi", "nautical mile", D::Length, 1852.0),
    unit("yd", "yard", D::Length, 0.9144),
    unit("ft", "foot", D::Length, 0.3048),
    unit("in", "inch", D::Length, 0.0254),
    unit("km²", "square kilometer", D::Area, 1e6),
    unit("m²", "square meter", D::Area, 1.0),
    unit("cm²", "square centimeter", D::Area, 1e-4),
    unit("mi²", "square mile", D::Area, 2_589_988.110336),
    unit("ft²", "square foot", D::Area, 0.092_903_04),
    unit("yd²", "square yard", D::Area, 0.836_127_36),
    unit("ha", "hectare", D::Area, 1e4),
    unit("ac", "acre", D::Area, 4_046.856_422_4),
    unit("l", "liter", D::Volume, 1.0),
    unit("ml", "milliliter", D::Volume, 0.001),
    unit("cl", "centiliter", D::Volume, 0.01),
    unit("m³", "cubic meter", D::Volume, 1000.0),
    unit("ft³", "cubic foot", D::Volume, 28.316_846_592),
    unit("gal", "gallon", D::Volume, 3.785_411_784),
    unit("bbl", "barrel", D::Volume, 158.987_294_928),
    unit("cup", "cup", D::Volume, 0.236_588_236_5),
    unit("tbsp", "tablespoon", D::Volume, 0.014_786_764_781_25),
    unit("tsp", "teaspoon", D::Volume, 0.004_928_921_593_75),
    unit("kg", "kilogram", D::Mass, 1.0),
    unit("g", "gram", D::Mass, 0.001),
    unit("mg", "milligram", D::Mass, 1e-6),
    unit("µg", "microgram", D::Mass, 1e-9),
    unit("t", "metric ton", D::Mass, 1000.0),
    unit("tn", "ton", D::Mass, 907.184_74),
    unit("lb", "pound", D::Mass, 0.453_592_37),
    unit("oz", "ounce", D::Mass, 0.028_349_523_125),
    unit("st", "stone", D::Mass, 6.350_293_18),
    unit("dr", "dram", D::Mass, 0.001_771_845_195_312_5),
    Unit {
        symbol: "°C",
        name: "celsius",
        dimension: D::Temperature,
        factor: 1.0,
        offset: 273.15,
    },
    Unit {
        symbol: "°F",
        name: "fahrenheit",
        dimension: D::Temperature,
        factor: 5.0 / 9.0,
        offset: 255.372_222_222_222_2,
    },
    unit("K", "kelvin", D::Temperature, 1.0),
    unit("km/h", "kilometer per hour", D::Speed, 1.0 / 3.6),
    unit("mph", "mile per hour", D::Speed, 0.447_04),
    unit("m/s", "meter per second", D::Speed, 1.0),
    unit("kn", "knot", D::Speed, 0.514_444_444_4),
    unit("m/ms", "meter per millisecond", D::Speed, 1000.0),
    unit("cm/ms", "centimeter per millisecond", D::Speed, 10.0),
    unit("km/ms", "kilometer per millisecond", D::Speed, 1e6),
    unit("b", "bit", D::Information, 0.125),
    unit("B", "byte", D::Information, 1.0),
    unit("kB", "kilobyte", D::Information, 1e3),
    unit("MB", "megabyte", D::Information, 1e6),
    unit("GB", "gigabyte", D::Information, 1e9),
    unit("TB", "terabyte", D::Information, 1e12),
    unit("Mb", "megabit", D::Information, 1.25e5),
    unit("Gb", "gigabit", D::Information, 1.25e8),
    unit("W", "watt", D::Power, 1.0),
    unit("kW", "kilowatt", D::Power, 1e3),
    unit("MW", "megawatt", D::Power, 1e6),
    unit("GW", "gigawatt", D::Power, 1e9),
    unit("hp", "horsepower", D::Power, 745.699_872),
    unit("J", "joule", D::Energy, 1.0),
    unit("kWh", "kilowatt hour", D::Energy, 3.6e6),
    unit("MWh", "megawatt hour", D::Energy, 3.6e9),
    unit("GWh", "gigawatt hour", D::Energy, 3.6e12),
    unit("kcal", "kilocalorie", D::Energy, 4184.0),
    unit("°", "degree", D::Angle, 1.0),
    unit("rad", "radian", D::Angle, 57.295_779_513_082_32),
    unit("rev", "turn", D::Angle, 360.0),
    unit("mag", "magnitude", D::Magnitude, 1.0),
    unit("pp", "percentage point", D::PercentagePoint, 1.0),
    unit("bp", "basis point", D::PercentagePoint, 0.01),
];

/// The unit with this symbol (exact, case-sensitive).
pub(crate) fn unit_by_symbol(symbol: &str) -> Option<Unit> {
    UNITS.iter().copied().find(|u| u.symbol == symbol)
}

/// How a unit may be written after a figure: the spelling, the unit's
/// symbol, and whether the spelling is a word (matched case-insensitively,
/// with an optional plural "s"/"es") or a symbol (matched exactly).
///
/// Longer spellings come first where one is a prefix of another.
pub(crate) const UNIT_SPELLINGS: &[(&str, &str, bool)] = &[
    // Speed (before length, which shares prefixes).
    ("kilometers per hour", "km/h", true),
    ("kilometres per hour", "km/h", true),
    ("kilometer per hour", "km/h", true),
    ("kilometre per hour", "km/h", true),
    ("kilometers an hour", "km/h", true),
    ("kilometres an hour", "km/h", true),
    ("km per hour", "km/h", true),
    ("km an hour", "km/h", true),
    ("miles per hour", "mph", true),
    ("mile per hour", "mph", true),
    ("miles an hour", "mph", true),
    ("miles a hour", "mph", true),
    ("meters per second", "m/s", true),
    ("metres per second", "m/s", true),
    ("meters per millisecond", "m/ms", true),
    ("metres per millisecond", "m/ms", true),
    ("centimeters per millisecond", "cm/ms", true),
    ("centimetres per millisecond", "cm/ms", true),
    ("centimeters/millisecond", "cm/ms", true),
    ("centimetres/millisecond", "cm/ms", true),
    ("km/hr", "km/h", false),
    ("km/h", "km/h", false),
    ("kmph", "km/h", false),
    ("kmh", "km/h", false),
    ("kph", "km/h", false),
    ("km/ms", "km/ms", false),
    ("cm/ms", "cm/ms", false),
    ("m/ms", "m/ms", false),
    ("m/s", "m/s", false),
    ("mph", "mph", false),
    ("knot", "kn", true),
    // Area.
    ("square kilometers", "km²", true),
    ("square kilometres", "km²", true),
    ("square kilometer", "km²", true),
    ("square kilometre", "km²", true),
    ("square km", "km²", true),
    ("sq km", "km²", true),
    ("sq. km", "km²", true),
    ("km2", "km²", false),
    ("km²", "km²", false),
    ("square meters", "m²", true),
    ("square metres", "m²", true),
    ("square meter", "m²", true),
    ("square metre", "m²", true),
    ("sq m", "m²", true),
    ("sqm", "m²", true),
    ("m2", "m²", false),
    ("m²", "m²", false),
    ("square miles", "mi²", true),
    ("square mile", "mi²", true),
    ("sq mi", "mi²", true),
    ("square feet", "ft²", true),
    ("square foot", "ft²", true),
    ("sq ft", "ft²", true),
    ("square yard", "yd²", true),
    ("hectare", "ha", true),
    ("ha", "ha", false),
    ("acre", "ac", true),
    // Volume.
    ("cubic meters", "m³", true),
    ("cubic metres", "m³", true),
    ("cubic meter", "m³", true),
    ("cubic metre", "m³", true),
    ("cubic feet", "ft³", true),
    ("cubic foot", "ft³", true),
    ("cu ft", "ft³", true),
    ("m³", "m³", false),
    ("milliliter", "ml", true),
    ("millilitre", "ml", true),
    ("ml", "ml", true),
    ("centiliter", "cl", true),
    ("centilitre", "cl", true),
    ("liter", "l", true),
    ("litre", "l", true),
    ("gallon", "gal", true),
    ("barrel", "bbl", true),
    ("bbl", "bbl", false),
    ("tablespoon", "tbsp", true),
    ("tbsp", "tbsp", false),
    ("teaspoon", "tsp", true),
    ("tsp", "tsp", false),
    ("cup", "cup", true),
    // Length.
    ("kms", "km", false),
    ("kgs", "kg", false),
    ("kilometer", "km", true),
    ("kilometre", "km", true),
    ("km", "km", false),
    ("centimeter", "cm", true),
    ("centimetre", "cm", true),
    ("cm", "cm", false),
    ("millimeter", "mm", true),
    ("millimetre", "mm", true),
    ("mm", "mm", false),
    ("decimeter", "dm", true),
    ("decimetre", "dm", true),
    ("dm", "dm", false),
    ("micrometer", "µm", true),
    ("micrometre", "µm", true),
    ("nanometer", "nm", true),
    ("picometer", "pm", true),
    ("picometre", "pm", true),
    ("nanometre", "nm", true),
    ("nautical mile", "nmi", true),
    ("meter", "m", true),
    ("metre", "m", true),
    ("m", "m", false),
    ("mile", "mi", true),
    ("mi", "mi", false),
    ("yard", "yd", true),
    ("yd", "yd", false),
    ("feet", "ft", true),
    ("foot", "ft", true),
    ("ft", "ft", false),
    ("inches", "in", true),
    ("inch", "in", true),
    // Mass.
    ("kilograms", "kg", true),
    ("kilogrammes", "kg", true),
    ("kilogram", "kg", true),
    ("kilogramme", "kg", true),
    ("kilo", "kg", true),
    ("kg", "kg", false),
    ("micrograms", "µg", true),
    ("microgrammes", "µg", true),
    ("microgram", "µg", true),
    ("microgramme", "µg", true),
    ("mcg", "µg", false),
    ("µg", "µg", false),
    ("μg", "µg", false),
    ("milligram", "mg", true),
    ("milligramme", "mg", true),
    ("mg", "mg", false),
    ("gram", "g", true),
    ("gramme", "g", true),
    ("g", "g", false),
    ("metric tons", "t", true),
    ("metric ton", "t", true),
    ("metric tonnes", "t", true),
    ("tonne", "t", true),
    ("t", "t", false),
    ("ton", "tn", true),
    ("lbs", "lb", false),
    ("lb", "lb", false),
    ("ounce", "oz", true),
    ("oz", "oz", false),
    ("drachma", "dr", true),
    ("dram", "dr", true),
    // Information.
    ("kilobyte", "kB", true),
    ("megabyte", "MB", true),
    ("gigabyte", "GB", true),
    ("terabyte", "TB", true),
    ("megabit", "Mb", true),
    ("gigabit", "Gb", true),
    ("mbit", "Mb", false),
    ("byte", "B", true),
    ("bit", "b", true),
    ("KB", "kB", false),
    ("kB", "kB", false),
    ("MB", "MB", false),
    ("GB", "GB", false),
    ("TB", "TB", false),
    ("mb", "Mb", false),
    ("Mb", "Mb", false),
    ("Gb", "Gb", false),
    // Power and energy.
    ("kilowatt hour", "kWh", true),
    ("megawatt hour", "MWh", true),
    ("gigawatt hour", "GWh", true),
    ("kWh", "kWh", false),
    ("MWh", "MWh", false),
    ("GWh", "GWh", false),
    ("kilowatt", "kW", true),
    ("megawatt", "MW", true),
    ("gigawatt", "GW", true),
    ("watt", "W", true),
    ("kW", "kW", false),
    ("MW", "MW", false),
    ("GW", "GW", false),
    ("horsepower", "hp", true),
    ("joule", "J", true),
    ("kcal", "kcal", false),
    // Angle (bare "degrees" is handled with temperatures).
    ("radian", "rad", true),
    ("rad", "rad", false),
    ("turn", "rev", true),
    // Percentage points.
    ("percentage points", "pp", true),
    ("percentage point", "pp", true),
    ("basis points", "bp", true),
    ("basis point", "bp", true),
];

/// Temperature scales written after "degrees" or a degree sign, or on their
/// own ("40 celsius"): spelling and unit symbol.
pub(crate) const TEMPERATURE_WORDS: &[(&str, &str)] = &[
    ("celsius", "°C"),
    ("celcius", "°C"),
    ("centigrade", "°C"),
    ("centigrate", "°C"),
    ("fahrenheit", "°F"),
    ("farenheit", "°F"),
    ("fahrenheight", "°F"),
    ("kelvin", "K"),
];

/// Irregular plurals of counted nouns and their lemma.
pub(crate) const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("people", "person"),
    ("persons", "person"),
    ("children", "child"),
    ("women", "woman"),
    ("men", "man"),
    ("policemen", "policeman"),
    ("firemen", "fireman"),
    ("gunmen", "gunman"),
    ("servicemen", "serviceman"),
    ("fishermen", "fisherman"),
    ("businessmen", "businessman"),
    ("spokesmen", "spokesman"),
    ("congressmen", "congressman"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("lives", "life"),
    ("wives", "wife"),
    ("knives", "knife"),
    ("wolves", "wolf"),
    ("thieves", "thief"),
    ("leaves", "leaf"),
    ("halves", "half"),
    ("shelves", "shelf"),
    ("heroes", "hero"),
    ("potatoes", "potato"),
    ("tomatoes", "tomato"),
    ("vetoes", "veto"),
    ("crises", "crisis"),
    ("analyses", "analysis"),
    ("theses", "thesis"),
    ("criteria", "criterion"),
    ("phenomena", "phenomenon"),
    ("data", "data"),
    ("media", "media"),
];

/// Nouns whose plural is the singular: a count of them is a count.
pub(crate) const INVARIANT_NOUNS: &[&str] = &[
    "aircraft",
    "sheep",
    "deer",
    "fish",
    "cattle",
    "police",
    "personnel",
    "staff",
    "livestock",
    "offspring",
    "species",
    "series",
    "crew",
    "spacecraft",
    "swine",
    "bison",
    "moose",
    "salmon",
    "infantry",
    "militia",
];

/// Words ending in "s" that are not plural nouns.
pub(crate) const NOT_PLURAL: &[&str] = &[
    "is",
    "was",
    "has",
    "does",
    "this",
    "its",
    "his",
    "hers",
    "ours",
    "yours",
    "theirs",
    "as",
    "us",
    "thus",
    "plus",
    "less",
    "unless",
    "across",
    "always",
    "perhaps",
    "various",
    "previous",
    "news",
    "bus",
    "gas",
    "yes",
    "afterwards",
    "towards",
    "whereas",
    "besides",
    "nevertheless",
    "serious",
    "famous",
    "numerous",
    "dangerous",
    "anonymous",
    "enormous",
    "tremendous",
    "vs",
    "ms",
    "mrs",
    "mps",
    "sometimes",
    "times",
    "percents",
    "minus",
    "status",
    "campus",
    "census",
    "virus",
    "consensus",
    "bonus",
    "focus",
    "process",
    "progress",
    "address",
    "access",
    "business",
    "witness",
    "express",
    "congress",
    "press",
    "mass",
    "class",
    "glass",
    "grass",
    "loss",
    "cross",
    "boss",
    "kiss",
    "miss",
    "pass",
    "chess",
    "dress",
    "stress",
    "success",
    "physics",
    "economics",
    "politics",
    "mathematics",
    "athletics",
    "olympics",
    "paralympics",
    "headquarters",
    "means",
    "species",
    "series",
    "lens",
    "tennis",
    "analysis",
    "crisis",
    "basis",
    "thesis",
    "emphasis",
    "diagnosis",
    "axis",
    "chaos",
    "atlas",
    "canvas",
    "alias",
    "bias",
    "christmas",
    "texas",
    "kansas",
    "arkansas",
    "paris",
    "athens",
    "brussels",
    "wales",
    "honduras",
    "philippines",
    "netherlands",
    "bahamas",
    "emirates",
];

/// Words that end a counted-noun phrase: function words, auxiliaries and
/// common verbs that follow a bare figure.
pub(crate) const NOUN_STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "for",
    "by",
    "with",
    "without",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "after",
    "before",
    "since",
    "until",
    "during",
    "between",
    "among",
    "against",
    "per",
    "than",
    "as",
    "like",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "this",
    "these",
    "those",
    "there",
    "here",
    "it",
    "its",
    "they",
    "them",
    "their",
    "he",
    "him",
    "his",
    "she",
    "her",
    "we",
    "our",
    "you",
    "your",
    "i",
    "me",
    "my",
    "not",
    "no",
    "so",
    "too",
    "very",
    "also",
    "only",
    "just",
    "still",
    "even",
    "more",
    "most",
    "less",
    "least",
    "each",
    "every",
    "all",
    "both",
    "some",
    "any",
    "other",
    "another",
    "such",
    "what",
    "when",
    "where",
    "while",
    "why",
    "how",
    "if",
    "then",
    "else",
    "said",
    "says",
    "say",
    "told",
    "according",
    "including",
    "included",
    "died",
    "killed",
    "injured",
    "wounded",
    "dead",
    "missing",
    "left",
    "remain",
    "remained",
    "remains",
    "percent",
    "per cent",
    "times",
    "time",
    "or",
    "up",
    "down",
    "out",
    "off",
    "away",
    "back",
    "ago",
    "later",
    "earlier",
    "yesterday",
    "today",
    "tomorrow",
    "now",
    "again",
    "once",
    "twice",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "century",
    "centuries",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "others",
    "ones",
];

/// Words after which a figure is a label, not a quantity ("Article 5",
/// "Flight 171", "No. 10", "Boeing 787"). Matched case-insensitively
/// against the word right before the figure.
pub(crate) const ID_HEADS: &[&str] = &[
    "article",
    "section",
    "chapter",
    "clause",
    "paragraph",
    "amendment",
    "resolution",
    "rule",
    "title",
    "act",
    "part",
    "no",
    "no.",
    "nos",
    "nos.",
    "nr",
    "nr.",
    "nrs",
    "nrs.",
    "number",
    "num",
    "#",
    "flight",
    "route",
    "highway",
    "interstate",
    "road",
    "street",
    "avenue",
    "exit",
    "junction",
    "room",
    "gate",
    "terminal",
    "platform",
    "pier",
    "berth",
    "level",
    "floor",
    "grade",
    "class",
    "phase",
    "stage",
    "round",
    "game",
    "match",
    "episode",
    "season",
    "volume",
    "vol",
    "vol.",
    "page",
    "p.",
    "pp.",
    "issue",
    "item",
    "unit",
    "block",
    "building",
    "apartment",
    "apt",
    "apt.",
    "suite",
    "box",
    "lot",
    "plot",
    "district",
    "ward",
    "zone",
    "sector",
    "area",
    "region",
    "line",
    "bus",
    "train",
    "tram",
    "track",
    "lane",
    "channel",
    "model",
    "version",
    "v",
    "v.",
    "release",
    "boeing",
    "airbus",
    "apollo",
    "soyuz",
    "falcon",
    "windows",
    "iphone",
    "galaxy",
    "pixel",
    "playstation",
    "xbox",
    "covid",
    "sars",
    "mh",
    "category",
    "cat",
    "type",
    "mark",
    "mk",
    "mk.",
    "series",
    "formula",
    "squad",
    "team",
    "group",
    "battalion",
    "brigade",
    "division",
    "regiment",
    "corps",
    "fleet",
    "army",
    "camp",
    "ward",
    "cell",
    "bed",
    "seat",
    "row",
    "tier",
    "band",
    "level",
    "generation",
    "gen",
    "day",
    "week",
    "year",
    "figure",
    "fig",
    "fig.",
    "table",
    "appendix",
    "annex",
    "schedule",
    "paragraphs",
    "articles",
    "sections",
    "psalm",
    "verse",
    "station",
    "route",
    "pages",
];

/// Verbs of change: "rose from 20 to 30" is two figures, not a range.
pub(crate) const CHANGE_VERBS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "increased",
    "increase",
    "increases",
    "increasing",
    "decreased",
    "decrease",
    "decreases",
    "dropped",
    "drop",
    "drops",
    "jumped",
    "jump",
    "jumps",
    "climbed",
    "climb",
    "climbs",
    "grew",
    "grow",
    "grows",
    "growing",
    "up",
    "down",
    "cut",
    "cuts",
    "raised",
    "raise",
    "raises",
    "reduced",
    "reduce",
    "lowered",
    "went",
    "go",
    "soared",
    "plunged",
    "declined",
    "decline",
    "slipped",
    "slid",
    "surged",
    "tumbled",
    "doubled",
    "tripled",
    "halved",
    "revised",
    "moved",
    "changed",
    "shrank",
    "expanded",
    "widened",
    "narrowed",
    "edged",
    "gained",
    "lost",
    "rallied",
    "sank",
    "dipped",
    "spiked",
];

/// Nouns of time: a figure counting them is a duration (the dates helper
/// reads those), not a count.
pub(crate) const TIME_NOUNS: &[&str] = &[
    "year",
    "years",
    "yr",
    "yrs",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "hr",
    "hrs",
    "minute",
    "minutes",
    "min",
    "mins",
    "second",
    "seconds",
    "sec",
    "secs",
    "decade",
    "decades",
    "century",
    "centuries",
    "millennium",
    "millennia",
    "fortnight",
    "fortnights",
    "night",
    "nights",
    "weekend",
    "weekends",
    "morning",
    "mornings",
    "evening",
    "evenings",
    "quarter",
    "quarters",
    "semester",
    "semesters",
    "term",
    "terms",
    "season",
    "seasons",
    "millisecond",
    "milliseconds",
    "o'clock",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "times",
];

/// Month names and abbreviations: digits beside them belong to dates.
pub(crate) const MONTHS: &[&str] = &[
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// A word list with a hash set built on first use, for O(1) membership.
#[derive(Debug)]
pub(crate) struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<WordHashSet<&'static str>>,
}

impl WordSet {
    const fn new(list: &'static [&'static str]) -> WordSet {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` (already lower case) is in the list.
    pub(crate) fn has(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(word)
    }
}

/// [`NOUN_STOP`] as a set.
pub(crate) static NOUN_STOP_SET: WordSet = WordSet::new(NOUN_STOP);
/// [`NOT_PLURAL`] as a set.
pub(crate) static NOT_PLURAL_SET: WordSet = WordSet::new(NOT_PLURAL);
/// [`INVARIANT_NOUNS`] as a set.
pub(crate) static INVARIANT_NOUNS_SET: WordSet = WordSet::new(INVARIANT_NOUNS);
/// [`ID_HEADS`] as a set.
pub(crate) static ID_HEADS_SET: WordSet = WordSet::new(ID_HEADS);
/// [`CHANGE_VERBS`] as a set.
pub(crate) static CHANGE_VERBS_SET: WordSet = WordSet::new(CHANGE_VERBS);
/// [`TIME_NOUNS`] as a set.
pub(crate) static TIME_NOUNS_SET: WordSet = WordSet::new(TIME_NOUNS);
/// [`MONTHS`] as a set.
pub(crate) static MONTHS_SET: WordSet = WordSet::new(MONTHS);
