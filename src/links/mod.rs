//! Links: every internal link and asset of a built site resolves
//! ([`check`]), and each broken one is said where it can be fixed
//! ([`diagnostics`]): at the line of the record that holds it.

mod check;
mod diagnostics;

pub use check::{Broken, Why, check};
pub use diagnostics::diagnostics;
