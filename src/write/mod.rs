//! Write: the rendered files → the output folder, atomically.
//!
//! Guarantees:
//! - every path is checked to stay inside the output folder before
//!   anything is written;
//! - the site is written into a sibling folder and swapped in only when
//!   every file is written; a failure leaves the previous output as it was;
//! - a folder is replaced only when mueang made it (it holds the marker
//!   file) or it is empty, so `--output ~/Documents` cannot wipe a folder;
//! - the output is never inside the content or themes folder, nor holds
//!   the content folder ([`check_place`]).

mod cancel;
mod error;
mod lock;
mod place;
mod staging;
mod stream;

pub use cancel::{Cancel, CtrlC};
pub use error::{Read, WriteError, Written};
pub use place::{check_place, read_output};
pub use staging::{Staging, write};
pub use stream::Stream;
