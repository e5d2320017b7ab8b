//! Write: where the output may be (never inside what a build reads), and
//! reading a built output back for `check --links`.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use super::error::{Read, WriteError, io_err};
use crate::catalogue::{Said, Told};
use crate::output::MARKER;

/// Refuses an output folder that a build would read back (inside the
/// content folder, or the site's `themes/` beside it) and one that holds
/// the content folder (a build replaces its output whole). Paths are
/// compared as the system resolves them (links followed), so another
/// name for the same folder is caught too; an output that does not exist
/// yet is resolved from its nearest existing folder.
pub fn check_place(content: &Path, output: &Path) -> Result<(), WriteError> {
    let themes = crate::load::site_root(content).join("themes");
    let real = |p: &Path| resolved(p).map_err(io_err(p));
    let (out, content_real, themes_real) = (real(output)?, real(content)?, real(&themes)?);
    for (folder, folder_real, what) in [
        (content, &content_real, Read::Content),
        (themes.as_path(), &themes_real, Read::Themes),
    ] {
        if out.starts_with(folder_real) {
            return Err(WriteError::Inside {
                output: output.to_path_buf(),
                folder: folder.to_path_buf(),
                what,
                same: out == *folder_real,
            });
        }
    }
    if content_real.starts_with(&out) {
        return Err(WriteError::HoldsContent {
            output: output.to_path_buf(),
            content: content.to_path_buf(),
        });
    }
    Ok(())
}

/// `path` as the system resolves it: its nearest existing ancestor
/// canonicalized (links followed), then the parts that do not exist yet,
/// with `.` and `..` among them taken as written.
fn resolved(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::env::current_dir()?.join(path);
    let parts: Vec<Component<'_>> = absolute.components().collect();
    for split in (1..=parts.len()).rev() {
        let existing: PathBuf = parts[..split].iter().collect();
        let Ok(mut real) = fs::canonicalize(&existing) else {
            continue;
        };
        for part in &parts[split..] {
            match part {
                Component::ParentDir => {
                    real.pop();
                }
                Component::Normal(name) => real.push(name),
                _ => {}
            }
        }
        return Ok(real);
    }
    Ok(absolute)
}

/// Every file of a built output folder, by its path inside it (`/`
/// separators), for `check --links`. Links are not followed, and the
/// marker file is not part of the site.
pub fn read_output(output: &Path) -> Result<std::collections::BTreeMap<String, Vec<u8>>, Told> {
    if !output.join(MARKER).is_file() {
        return Err(Told::new(
            Said::new("links-no-site").arg("output", output.display().to_string()),
            Some(Said::new("links-no-site-help")),
        ));
    }
    let cannot_read = |path: &Path, error: Said| {
        Told::new(
            Said::new("links-cannot-read")
                .arg("path", path.display().to_string())
                .said("error", error),
            None,
        )
    };
    let mut files = std::collections::BTreeMap::new();
    for entry in walkdir::WalkDir::new(output).follow_links(false) {
        let entry = entry
            .map_err(|e| cannot_read(output, Said::new("as-is").arg("text", e.to_string())))?;
        if !entry.file_type().is_file() || entry.file_name() == MARKER {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(output)
            .map_err(|e| cannot_read(entry.path(), Said::new("as-is").arg("text", e.to_string())))?
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = fs::read(entry.path())
            .map_err(|e| cannot_read(entry.path(), crate::catalogue::io(&e)))?;
        files.insert(rel, bytes);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_that_does_not_exist_yet_resolves_from_its_nearest_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let root = fs::canonicalize(tmp.path()).unwrap();
        fs::create_dir(root.join("content")).unwrap();
        assert_eq!(
            resolved(&root.join("content/new/../out/site")).unwrap(),
            root.join("content/out/site")
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("content"), root.join("link")).unwrap();
            assert_eq!(
                resolved(&root.join("link/out")).unwrap(),
                root.join("content/out")
            );
            assert!(check_place(&root.join("content"), &root.join("link/out")).is_err());
        }
        assert!(check_place(&root.join("content"), &root.join("output")).is_ok());
        assert!(check_place(&root.join("content"), &root.join("content-2")).is_ok());
    }
}
