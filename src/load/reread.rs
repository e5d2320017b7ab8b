//! Load: one file read again, for `serve`'s rebuild of the pages of a body.

use std::fs;
use std::path::{Component, Path};

use super::assemble::display_path;
use super::classify::*;
use super::front_matter::*;
use super::source::*;
use super::text::*;
use super::walk::*;

/// A Markdown record or translation read again after a save, for a
/// rebuild of only what its body touches.
#[derive(Debug)]
pub struct Reread {
    pub kind: Kind,
    pub id: String,
    /// `ID.en.md`, not the Thai record.
    pub translation: bool,
    /// As shown in messages: `content/projects/x.md`.
    pub path: String,
    /// What comes before the body: the front matter with its fences.
    pub front: String,
    pub body: String,
}

/// Reads the file `rel` of the content folder `root` as [`load`] would,
/// where it is a Markdown record or translation that reads without any
/// diagnostic; `None` for any other file, or any problem (a full build
/// then reports it as `load` does).
pub fn reread(root: &Path, shown: &str, rel: &Path) -> Option<Reread> {
    let hidden = rel.components().any(|c| match c {
        Component::Normal(name) => is_ignored(&name.to_string_lossy()),
        _ => true,
    });
    let full = root.join(rel);
    let meta = fs::symlink_metadata(&full).ok()?;
    // A hard link is for a full build to allow or refuse.
    if hidden || !meta.is_file() || names(&meta) > 1 {
        return None;
    }
    let path = display_path(shown, rel);
    let (kind, id, translation) = match classify(rel, &path, shown).ok()?? {
        Role::Record {
            kind,
            id,
            body: true,
        } => (kind, id, false),
        Role::Translation {
            kind,
            id,
            body: true,
        } => (kind, id, true),
        _ => return None,
    };
    let file = SourceFile {
        path: path.clone(),
        text: read_source(&full, &path).ok()?,
    };
    // A text with hazards has warnings, which only a full build reports.
    if !super::clean::hazards(&file, prose(&file, true)).is_empty() {
        return None;
    }
    let file = SourceFile {
        text: nfc(file.text),
        ..file
    };
    let (_, body_start, _) = split(&file, true).ok()?;
    let body = &file.text[body_start..];
    if super::nesting::too_deep(body).is_some() {
        return None;
    }
    Some(Reread {
        kind,
        id,
        translation,
        path,
        front: file.text[..body_start].to_string(),
        body: body.to_string(),
    })
}
