//! Dates, weekdays, months, years, relative dates, clock times, durations.

use crate::claim::Claim;
use crate::extract::Context;

/// Appends the date-like and duration claims of the text to `out`.
pub(crate) fn extract(_cx: &Context<'_>, _out: &mut Vec<Claim>) {}
