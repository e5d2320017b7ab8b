//! Load: a git revision's files, from memory. Each file is parsed on its
//! own ([`parse`]) into plain data that a later commit with the same file
//! takes again by cloning, then the files are taken into the site in path
//! order as [`super::load`] takes a folder's ([`load_parsed`]).

use std::path::PathBuf;

use super::assemble::display_path;
use super::assemble::{Item, fold};
use super::front_matter::{Loaded, load_file};
use super::source::RawSite;
use super::walk::is_ignored;
use crate::diag::{Diagnostic, Diagnostics};

/// A file of a git revision, read and parsed ([`parse`]): plain data, so
/// that where the next commit has the same file it is cloned, not parsed
/// again.
#[derive(Debug, Clone)]
pub struct ParsedFile(Option<Parsed>);

#[derive(Debug, Clone)]
enum Parsed {
    /// A file never read, and its error (unless `ignore:` names it).
    Unread(PathBuf, Diagnostic),
    Read(PathBuf, Loaded),
}

/// One file of a git revision, at `rel` under the content folder, as
/// [`load`] reads a file of a folder. `shown` is how the folder is named
/// in messages (`HEAD~1:content`).
pub fn parse(rel: PathBuf, bytes: Vec<u8>, shown: &str) -> ParsedFile {
    let hidden = rel
        .components()
        .any(|c| is_ignored(&c.as_os_str().to_string_lossy()));
    if hidden {
        return ParsedFile(None);
    }
    let path = display_path(shown, &rel);
    if let Some(d) = super::classify::unread(&rel, &path, shown) {
        return ParsedFile(Some(Parsed::Unread(rel, d)));
    }
    let read = load_file(&rel, Some(bytes), &rel, &path, shown);
    ParsedFile(Some(Parsed::Read(rel, read)))
}

/// The site of a git revision's files, each [`parse`]d, in path order.
pub fn load_parsed(files: Vec<ParsedFile>, shown: &str) -> (RawSite, Diagnostics) {
    let mut items = Vec::new();
    let mut unread = Vec::new();
    for file in files.into_iter().filter_map(|f| f.0) {
        match file {
            Parsed::Unread(rel, d) => unread.push((rel, d)),
            Parsed::Read(rel, read) => items.push(Item::Read(rel, read)),
        }
    }
    fold(items, unread, shown)
}
