//! Page furniture: bylines, "6 min read", share buttons, page dates.

use crate::claim::Claim;
use crate::extract::Context;

/// Drops claims read from page furniture; marks page dates.
pub(crate) fn apply(_cx: &Context<'_>, _claims: &mut Vec<Claim>) {}
