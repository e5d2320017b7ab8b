//! What every stage that makes or writes the site shares: a file of the
//! output ([`OutFile`]), where rendered files go ([`Sink`]), and the rules
//! a path inside the output folder obeys ([`is_contained`]). A leaf: it
//! uses no other module of mueang.

use std::path::{Component, Path};
use std::sync::Mutex;

/// One file of the output: its path relative to the output folder, with
/// `/` separators, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Where rendered files go as they are made: kept in memory ([`Collect`],
/// for `check` and `serve`) or written at once (`build`'s staging folder).
pub trait Sink: Sync {
    /// Takes one file. An error stops the render; the sink keeps the reason.
    fn put(&self, file: OutFile) -> Result<(), Refused>;
}

/// A sink's refusal of a file; the sink knows the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

/// Keeps every file in memory.
#[derive(Debug, Default)]
pub struct Collect(Mutex<Vec<OutFile>>);

impl Sink for Collect {
    fn put(&self, file: OutFile) -> Result<(), Refused> {
        self.0.lock().map_err(|_| Refused)?.push(file);
        Ok(())
    }
}

impl Collect {
    /// The files, in path order.
    pub fn into_sorted(self) -> Vec<OutFile> {
        let mut files = self.0.into_inner().unwrap_or_else(|e| e.into_inner());
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }
}

/// The file that marks a folder as mueang's output.
pub const MARKER: &str = ".mueang-output";

/// A path component longer than this is refused (most file systems allow 255 bytes).
pub const MAX_COMPONENT_BYTES: usize = 255;
/// The longest path, in bytes, a file may have inside the output folder (the
/// output path limit): room for the folder's own path within the 260
/// characters that Windows tools and some zip and sync tools still assume.
/// A record's page is at most about 130 (ids are 100 bytes at most).
pub const MAX_PATH_BYTES: usize = 200;

/// A relative path of plain names only: no `..`, no root, no `\`, no NUL.
pub fn is_contained(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= MAX_PATH_BYTES
        && !path.contains(['\\', '\0'])
        && Path::new(path).components().all(|c| match c {
            Component::Normal(name) => {
                let name = name.to_string_lossy();
                name.len() <= MAX_COMPONENT_BYTES && name != MARKER
            }
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_contained() {
        for ok in [
            "index.html",
            "th/cities/korat/index.html",
            "data/summary.json",
        ] {
            assert!(is_contained(ok), "{ok}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "th/../../x",
            "a\\b",
            "a\0b",
            "./x",
            MARKER,
            &"a".repeat(256),
        ] {
            assert!(!is_contained(bad), "{bad}");
        }
    }
}
