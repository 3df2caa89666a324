//! Word lists: currencies, units and the words of the other grammars.

use crate::claim::{Currency, Dimension, Unit};

/// Known currencies: ISO code and English unit name.
pub(crate) const CURRENCIES: &[Currency] = &[
    Currency::new("USD", "dollar"),
    Currency::new("GBP", "pound"),
    Currency::new("EUR", "euro"),
    Currency::new("JPY", "yen"),
    Currency::new("INR", "rupee"),
];

pub(crate) fn currency_by_code(code: &str) -> Option<Currency> {
    CURRENCIES.iter().copied().find(|c| c.code().eq_ignore_ascii_case(code))
}

const fn unit(symbol: &'static str, name: &'static str, dimension: Dimension, factor: f64) -> Unit {
    Unit { symbol, name, dimension, factor, offset: 0.0 }
}

/// Known units.
pub(crate) const UNITS: &[Unit] = &[
    unit("km", "kilometer", Dimension::Length, 1000.0),
    unit("m", "meter", Dimension::Length, 1.0),
    unit("mi", "mile", Dimension::Length, 1609.344),
    unit("kg", "kilogram", Dimension::Mass, 1.0),
];

pub(crate) fn unit_by_symbol(symbol: &str) -> Option<Unit> {
    UNITS.iter().copied().find(|u| u.symbol == symbol)
}
