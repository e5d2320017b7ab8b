//! Load: walk `content/`, read each file as UTF-8 NFC text (a BOM and CRLF
//! accepted), split YAML front matter from the Markdown body (keeping the
//! body's line number), and deserialize raw records; a line still holding
//! the example value `mueang new` wrote is an error, and is not read.
//!
//! Guarantees: every file's text is kept for diagnostics; every problem is
//! reported with its file, and none stops the others from being read.

pub mod nesting;
pub mod raw;
pub mod yaml;

mod assemble;
mod classify;
mod clean;
mod fix;
mod front_matter;
mod ignore;
mod memory;
mod mistakes;
mod placeholder;
mod reread;
mod source;
mod text;
mod walk;

pub use classify::WINDOWS_DEVICES;
pub(crate) use classify::{check_id, slugify};
pub use fix::{Fixed, fix};
pub use front_matter::thai_path;
pub use memory::{ParsedFile, load_parsed, parse};
pub(crate) use placeholder::{template, translation_template};
pub use reread::{Reread, reread};
pub use source::*;
pub(crate) use text::unreadable;
pub use walk::load;
pub(crate) use walk::{hard_link_error, is_ignored, names};
