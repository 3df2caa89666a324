//! Quantities: counts, money, percentages, measures, ages, ordinals.

use crate::claim::Claim;
use crate::extract::Context;

/// Appends the quantity claims of the text to `out`.
pub(crate) fn extract(_cx: &Context<'_>, _out: &mut Vec<Claim>) {}
