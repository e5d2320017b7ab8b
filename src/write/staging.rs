//! Write: a new site into a staging folder beside the output, swapped in
//! whole when every file is written.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use super::cancel::Cancel;
#[cfg(test)]
use super::cancel::CtrlC;
use super::error::{WriteError, Written, io_err};
use super::lock::Lock;
use crate::output::{MARKER, OutFile, is_contained};

const MARKER_TEXT: &str = "This folder is written by `mueang build` and replaced on every build.\n\
                           Edit content/ instead; anything added here is lost.\n";

/// Writes `files` as the new content of `output`; `cancel` stops it.
pub fn write(output: &Path, files: &[OutFile], cancel: &Cancel) -> Result<Written, WriteError> {
    write_with(output, files, cancel, &|path, bytes| fs::write(path, bytes))
}

/// How a [`Staging`] puts one file's bytes at a path.
type Put<'a> = &'a (dyn Fn(&Path, &[u8]) -> io::Result<()> + Sync);

/// [`write`], putting each file's bytes with `put`: the tests' way to make
/// the disk fail part-way. Files are written on every core.
fn write_with(
    output: &Path,
    files: &[OutFile],
    cancel: &Cancel,
    put: Put<'_>,
) -> Result<Written, WriteError> {
    use rayon::prelude::*;
    let staging = Staging::begin_with(output, cancel, put)?;
    files
        .par_iter()
        .try_for_each(|f| staging.put(&f.path, &f.bytes))?;
    staging.finish()
}

/// A new site being written: each file goes into a staging folder beside
/// the output as it comes, from any thread; [`Staging::finish`] swaps the
/// folder in whole. Dropped unfinished (an error, Ctrl-C), it removes the
/// staging folder, and the previous output stays as it was.
pub struct Staging<'p> {
    output: PathBuf,
    root: PathBuf,
    previous: PathBuf,
    /// Whether there is an output folder to swap out.
    exists: bool,
    put: Put<'p>,
    cancel: Cancel,
    files: AtomicUsize,
    bytes: AtomicU64,
    finished: bool,
    /// Held until the staging folder is gone (fields drop after `drop`).
    _lock: Lock,
}

impl Staging<'static> {
    /// Starts writing a new site for `output`: checks the folder may be
    /// replaced, takes its lock, and makes the empty staging folder.
    /// `cancel` stops it (Ctrl-C).
    pub fn begin(output: &Path, cancel: &Cancel) -> Result<Self, WriteError> {
        Staging::begin_with(output, cancel, &|path, bytes| fs::write(path, bytes))
    }
}

impl<'p> Staging<'p> {
    fn begin_with(output: &Path, cancel: &Cancel, put: Put<'p>) -> Result<Self, WriteError> {
        // Writing, unless Ctrl-C came first (a process may write more than
        // once: the tests do); afterwards done, or on an error idle again.
        if !cancel.begin_writing() {
            return Err(WriteError::Interrupted);
        }
        let staging = Staging::prepare(output, cancel, put);
        if staging.is_err() {
            cancel.end_writing(false);
        }
        staging
    }

    fn prepare(output: &Path, cancel: &Cancel, put: Put<'p>) -> Result<Self, WriteError> {
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| n != "." && n != "..")
            .ok_or_else(|| WriteError::NotOurs(output.to_path_buf()))?;
        let parent = match output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(io_err(&parent))?;
        // One build at a time per output folder; held until this is dropped.
        let lock = Lock::take(&parent.join(format!(".mueang-lock-{name}")))?;
        let root = parent.join(format!(".mueang-new-{name}"));
        let previous = parent.join(format!(".mueang-old-{name}"));
        // A build stopped between the two renames of `finish` left the
        // site in `previous` and no `output`: put it back first.
        if fs::symlink_metadata(output).is_err() && previous.join(MARKER).is_file() {
            fs::rename(&previous, output).map_err(io_err(output))?;
        }
        let exists = match fs::symlink_metadata(output) {
            Ok(meta) if meta.is_dir() => true,
            Ok(_) => return Err(WriteError::NotAFolder(output.to_path_buf())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => false,
            Err(e) => return Err(io_err(output)(e)),
        };
        if exists && !output.join(MARKER).is_file() {
            let empty = fs::read_dir(output)
                .map_err(io_err(output))?
                .next()
                .is_none();
            if !empty {
                return Err(WriteError::NotOurs(output.to_path_buf()));
            }
        }
        // Leftovers of a build that stopped: a half-written staging folder,
        // or the previous site of a swap that completed. Only mueang's own go.
        if fs::symlink_metadata(&root).is_ok() {
            fs::remove_dir_all(&root).map_err(io_err(&root))?;
        }
        if fs::symlink_metadata(&previous).is_ok() {
            if !previous.join(MARKER).is_file() {
                return Err(WriteError::NotOurs(previous));
            }
            fs::remove_dir_all(&previous).map_err(io_err(&previous))?;
        }
        fs::create_dir(&root).map_err(io_err(&root))?;
        Ok(Staging {
            output: output.to_path_buf(),
            root,
            previous,
            exists,
            put,
            cancel: cancel.clone(),
            files: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            finished: false,
            _lock: lock,
        })
    }

    /// Writes one file of the new site, at `path` inside it. Errors name
    /// the path the file was to have in the output folder. Stops with
    /// [`WriteError::Interrupted`] once Ctrl-C has asked to.
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<(), WriteError> {
        if self.cancel.stopped() {
            return Err(WriteError::Interrupted);
        }
        if !is_contained(path) {
            return Err(WriteError::Unsafe(path.to_string()));
        }
        if let Some(folder) = Path::new(path)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
        {
            fs::create_dir_all(self.root.join(folder)).map_err(|error| WriteError::Io {
                path: self.output.join(folder),
                error,
            })?;
        }
        (self.put)(&self.root.join(path), bytes).map_err(io_err(&self.output.join(path)))?;
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        Ok(())
    }

    /// Where the file `path` of the new site is being written.
    pub(super) fn path(&self, path: &str) -> PathBuf {
        self.root.join(path)
    }

    /// Marks the new site as mueang's and swaps it in for the output.
    pub fn finish(mut self) -> Result<Written, WriteError> {
        let result = self.swap();
        self.finished = true;
        self.cancel.end_writing(result.is_ok());
        result
    }

    fn swap(&self) -> Result<Written, WriteError> {
        let (output, staging, previous) = (&self.output, &self.root, &self.previous);
        let written = Written {
            files: self.files.load(Ordering::SeqCst),
            bytes: self.bytes.load(Ordering::SeqCst),
        };
        let fail = |e: WriteError| {
            let _ = fs::remove_dir_all(staging);
            e
        };
        (self.put)(&staging.join(MARKER), MARKER_TEXT.as_bytes())
            .map_err(|e| fail(io_err(&output.join(MARKER))(e)))?;
        if self.cancel.stopped() {
            return Err(fail(WriteError::Interrupted));
        }
        if self.exists {
            fs::rename(output, previous).map_err(|e| fail(io_err(output)(e)))?;
            if let Err(e) = fs::rename(staging, output) {
                let _ = fs::remove_dir_all(staging);
                return Err(match fs::rename(previous, output) {
                    Ok(()) => io_err(output)(e),
                    Err(_) => WriteError::Stranded {
                        previous: previous.clone(),
                        error: e,
                    },
                });
            }
            // The new site is in place; failing to tidy the old one is harmless.
            let _ = fs::remove_dir_all(previous);
        } else {
            fs::rename(staging, output).map_err(|e| fail(io_err(output)(e)))?;
        }
        Ok(written)
    }
}

impl Drop for Staging<'_> {
    /// An unfinished site is removed; the previous output stays.
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.root);
            self.cancel.end_writing(false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(version: &str) -> Vec<OutFile> {
        [
            "index.html",
            "th/index.html",
            "th/cities/rayong/index.html",
            "data/summary.json",
        ]
        .iter()
        .map(|p| OutFile {
            path: (*p).to_string(),
            bytes: format!("{version} {p}").into_bytes(),
        })
        .collect()
    }

    /// Every file under `dir` with its text, and the names beside it.
    fn snapshot(dir: &Path) -> (Vec<(String, String)>, Vec<String>) {
        let mut files: Vec<(String, String)> = walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e
                    .path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                (rel, fs::read_to_string(e.path()).unwrap())
            })
            .collect();
        files.sort();
        let mut beside: Vec<String> = fs::read_dir(dir.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        beside.sort();
        (files, beside)
    }

    #[test]
    fn a_disk_that_fills_part_way_leaves_the_previous_output_and_names_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let output = tmp.path().join("output");
        let cancel = Cancel::new();
        write(&output, &site("old"), &cancel).unwrap();
        let before = snapshot(&output);
        assert_eq!(before.1, ["output"]);

        let err = write_with(&output, &site("new"), &cancel, &|path, bytes| {
            if path.ends_with("th/cities/rayong/index.html") {
                return Err(io::Error::from(io::ErrorKind::StorageFull));
            }
            fs::write(path, bytes)
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "cannot write `{}`: no storage space\n  help: the previous output is untouched; check the disk space and permissions",
                output.join("th/cities/rayong/index.html").display()
            )
        );
        // The old site, whole; no staging folder or lock left beside it.
        assert_eq!(snapshot(&output), before);
        assert!(cancel.is_idle());
        // And the next build goes through.
        write(&output, &site("new"), &cancel).unwrap();
        assert_eq!(
            fs::read_to_string(output.join("th/index.html")).unwrap(),
            "new th/index.html"
        );
    }

    #[test]
    fn ctrl_c_while_writing_removes_the_half_written_site() {
        let tmp = tempfile::tempdir().unwrap();
        let output = tmp.path().join("output");
        write(&output, &site("old"), &Cancel::new()).unwrap();
        let before = snapshot(&output);
        let cancel = Cancel::new();
        let n = std::sync::atomic::AtomicUsize::new(0);
        // More files than any machine has cores: each thread stops at its
        // next file.
        let mut new = site("new");
        new.extend((0..500).map(|i| OutFile {
            path: format!("th/projects/p-{i}/index.html"),
            bytes: b"new".to_vec(),
        }));
        let err = write_with(&output, &new, &cancel, &|path, bytes| {
            // Ctrl-C while the build writes.
            assert_ne!(cancel.ctrl_c(), CtrlC::ExitNow);
            n.fetch_add(1, Ordering::SeqCst);
            fs::write(path, bytes)
        });
        assert!(matches!(err, Err(WriteError::Interrupted)), "{err:?}");
        // Each thread stops at its next file; the marker is never written.
        assert!(n.load(Ordering::SeqCst) < 64, "{n:?}");
        assert_eq!(snapshot(&output), before);
    }
}
