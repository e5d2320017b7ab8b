//! Model: the checked site. Raw records become typed ones here, once:
//! provinces are codes, money is baht, dates are dates, references are
//! known ids. Every later stage reads only these types.

pub mod address;
pub mod bounds;
pub mod date;
pub mod money;
pub mod opendata;
pub mod places;
pub mod privacy;
pub mod province;
mod resolve;
mod site;
pub mod vocab;

pub use self::resolve::resolve;
pub use self::site::*;
