//! `check --fix`: the Thai text hazards that `load` warns about, rewritten
//! in the editors' own files. Only those characters change: line ends, a
//! BOM, comments, spacing, quoting and every other character stay as
//! saved. A file is replaced whole (written beside it, then renamed), so
//! an interrupted fix leaves it as it was.
//!
//! It reads the files `load` reads. It leaves alone what `load` refuses or
//! would not follow: links, hard links, files too large, text that is not
//! UTF-8.

use std::fs;
use std::io::Write;
use std::path::Path;

use super::assemble::display_path;
use super::classify::classify;
use super::clean::hazards;
use super::front_matter::prose;
use super::source::{Fatal, MAX_FILES};
use super::text::{MAX_FILE_BYTES, SourceFile};
use super::walk::{is_ignored, names};
use crate::catalogue::{Said, Told};
use crate::text::hygiene;

/// One file rewritten: its path as shown, the lines changed, and how many
/// places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub path: String,
    pub lines: Vec<usize>,
    pub places: usize,
}

/// Rewrites the hazards of every content file under `dir` (named `shown`
/// in messages). The files changed, in the walk's order; `Err` where the
/// folder cannot be read, or a file cannot be written (files fixed before
/// it stay fixed).
pub fn fix(dir: &Path, shown: &str) -> Result<Vec<Fixed>, Fatal> {
    let root = fs::canonicalize(dir).map_err(|e| {
        Fatal(Told::new(
            Said::new("fatal-no-content")
                .arg("folder", shown)
                .said("error", crate::catalogue::io(&e)),
            None,
        ))
    })?;
    let mut fixed = Vec::new();
    let walker = walkdir::WalkDir::new(&root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    for entry in walker.filter_map(Result::ok).take(MAX_FILES) {
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        if names(&meta) > 1 || meta.len() > MAX_FILE_BYTES {
            continue;
        }
        let rel = entry.path().strip_prefix(&root).unwrap_or(entry.path());
        let path = display_path(shown, rel);
        let Ok(Some(role)) = classify(rel, &path, shown) else {
            continue;
        };
        let Ok(bytes) = fs::read(entry.path()) else {
            continue;
        };
        let Ok(saved) = String::from_utf8(bytes) else {
            continue;
        };
        let (bom, text) = match saved.strip_prefix('\u{feff}') {
            Some(rest) => ("\u{feff}", rest.to_string()),
            None => ("", saved),
        };
        let file = SourceFile { path, text };
        let found: Vec<_> = hazards(&file, prose(&file, role.markdown()))
            .into_iter()
            .filter(hygiene::Hazard::sure)
            .collect();
        if found.is_empty() {
            continue;
        }
        // The line of each place, counted on from the last (hazards are in
        // order): one pass over the file, however many there are.
        let (mut line, mut at) = (1, 0);
        let mut lines: Vec<usize> = Vec::new();
        for h in &found {
            line += file.text[at..h.range.start].matches('\n').count();
            at = h.range.start;
            if lines.last() != Some(&line) {
                lines.push(line);
            }
        }
        let new = format!("{bom}{}", hygiene::apply(&file.text, &found));
        replace(entry.path(), &meta, new.as_bytes()).map_err(|e| {
            Fatal(Told::new(
                Said::new("fatal-cannot-write")
                    .arg("path", file.path.as_str())
                    .said("error", crate::catalogue::io(&e)),
                None,
            ))
        })?;
        fixed.push(Fixed {
            places: found.len(),
            path: file.path,
            lines,
        });
    }
    Ok(fixed)
}

/// Replaces the file at `path` with `bytes`: written beside it under a
/// hidden name (which `load` skips), with its permissions, then renamed.
fn replace(path: &Path, meta: &fs::Metadata, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy());
    let temp = path.with_file_name(format!(".{name}.mueang-fix"));
    let written = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.set_permissions(meta.permissions())?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}
