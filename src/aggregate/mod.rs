//! Aggregate: `&Site` → [`Stats`], every figure the site shows, computed
//! once. Pure: no I/O, no clock. `summary.json` is this value serialized.
//!
//! Counting rules, so that every figure can be traced:
//! - a province is *covered* when a city, project or ambassador record is in it;
//! - a project in several provinces or domains counts once in each, with its
//!   whole value (per-province and per-domain values can sum to more than
//!   the total; the totals count each project once);
//! - *cities* in a reported figure means certified smart-city areas.

mod count;
pub mod history;
mod reconcile;
mod stats;
mod totals;

pub use reconcile::{format_value, warnings};
pub use stats::*;
pub use totals::aggregate;
