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

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use crate::render::OutFile;

/// The file that marks a folder as mueang's output.
pub const MARKER: &str = ".mueang-output";

const MARKER_TEXT: &str = "This folder is written by `mueang build` and replaced on every build.\n\
                           Edit content/ instead; anything added here is lost.\n";

/// A path component longer than this is refused (most file systems allow 255 bytes).
pub const MAX_COMPONENT_BYTES: usize = 255;
/// The longest path, in bytes, a file may have inside the output folder (the
/// output path limit): room for the folder's own path within the 260
/// characters that Windows tools and some zip and sync tools still assume.
/// A record's page is at most about 130 (ids are 100 bytes at most).
pub const MAX_PATH_BYTES: usize = 200;

#[derive(Debug)]
pub enum WriteError {
    /// The output folder exists, is not empty and was not made by mueang.
    NotOurs(PathBuf),
    /// The output path exists and is not a folder.
    NotAFolder(PathBuf),
    /// A rendered path would leave the output folder (a bug, or hostile input).
    Unsafe(String),
    Io {
        path: PathBuf,
        error: io::Error,
    },
    /// Stopped by Ctrl-C, SIGTERM or SIGHUP ([`STOP`]) before the new site
    /// was swapped in.
    Interrupted,
    /// The output folder is inside a folder the build reads: every later
    /// build would read the site it wrote.
    Inside {
        output: PathBuf,
        /// The folder as the user named it (`content`, `themes`).
        folder: PathBuf,
        what: Read,
        /// The output is that folder itself.
        same: bool,
    },
    /// The content folder is inside the output folder, which a build
    /// replaces whole.
    HoldsContent {
        output: PathBuf,
        content: PathBuf,
    },
    /// Another build is writing the same output folder now.
    Locked {
        lock: PathBuf,
        pid: u32,
    },
    /// The new site could not be moved in, nor the previous one back: it
    /// is whole, in the folder named.
    Stranded {
        previous: PathBuf,
        error: io::Error,
    },
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::NotOurs(p) => write!(
                f,
                "`{}` is not empty and was not made by mueang, so it will not be replaced\n  \
                 help: choose another folder with --output, or empty this one",
                p.display()
            ),
            WriteError::NotAFolder(p) => write!(
                f,
                "`{}` exists and is not a folder\n  help: choose another path with --output",
                p.display()
            ),
            WriteError::Unsafe(p) => write!(
                f,
                "refusing to write `{p}`: the path would leave the output folder, or is longer than {MAX_PATH_BYTES} bytes"
            ),
            WriteError::Inside {
                output,
                folder,
                what,
                same,
            } => write!(
                f,
                "the output folder `{}` is {}the {} folder `{}`, which every {} reads\n  \
                 help: write the site to a folder outside it, such as `--output output`",
                output.display(),
                if *same { "" } else { "inside " },
                what.name(),
                folder.display(),
                what.reader(),
            ),
            WriteError::HoldsContent { output, content } => write!(
                f,
                "the content folder `{}` is inside the output folder `{}`, which a build replaces as a whole\n  \
                 help: write the site to a folder that does not hold the content, such as `--output output`",
                content.display(),
                output.display()
            ),
            WriteError::Locked { lock, pid } => write!(
                f,
                "another mueang build (process {pid}) is writing this output folder now\n  \
                 help: wait for it to finish and build again; if no build is running, delete `{}`",
                lock.display()
            ),
            WriteError::Stranded { previous, error } => write!(
                f,
                "cannot swap the new site in: {error}\n  \
                 help: the previous site is whole in `{}`; rename it back, or build again",
                previous.display()
            ),
            WriteError::Interrupted => write!(
                f,
                "stopped (Ctrl-C or a stop signal) before the new site was in place; the previous output is untouched"
            ),
            WriteError::Io { path, error } => write!(
                f,
                "cannot write `{}`: {error}\n  help: the previous output is untouched; check the disk space and permissions",
                path.display()
            ),
        }
    }
}

/// A folder a build reads, which the output may not be inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    Content,
    Themes,
}

impl Read {
    fn name(self) -> &'static str {
        match self {
            Read::Content => "content",
            Read::Themes => "themes",
        }
    }

    fn reader(self) -> &'static str {
        match self {
            Read::Content => "check and build",
            Read::Themes => "build",
        }
    }
}

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
pub fn read_output(output: &Path) -> Result<std::collections::BTreeMap<String, Vec<u8>>, String> {
    if !output.join(MARKER).is_file() {
        return Err(format!(
            "`{}` holds no site built by mueang\n  help: run `mueang build` first, or name the folder with --output",
            output.display()
        ));
    }
    let mut files = std::collections::BTreeMap::new();
    for entry in walkdir::WalkDir::new(output).follow_links(false) {
        let entry = entry.map_err(|e| format!("cannot read `{}`: {e}", output.display()))?;
        if !entry.file_type().is_file() || entry.file_name() == MARKER {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(output)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = fs::read(entry.path())
            .map_err(|e| format!("cannot read `{}`: {e}", entry.path().display()))?;
        files.insert(rel, bytes);
    }
    Ok(files)
}

/// The lock of one output folder: a file beside it, made only if absent,
/// holding the process id of the build that made it; removed when the
/// build ends. A lock whose process has gone (a build killed by Ctrl-C or
/// a crash) is taken over.
struct Lock(PathBuf);

impl Lock {
    /// Takes the lock at `path`: a file holding this process's id, made
    /// whole in one step (written beside it, then hard-linked into place,
    /// which fails if the lock exists), so another build never reads it
    /// half-written.
    fn take(path: &Path) -> Result<Lock, WriteError> {
        let me = std::process::id();
        let mut draft = path.as_os_str().to_owned();
        draft.push(format!(".{me}"));
        let draft = PathBuf::from(draft);
        fs::write(&draft, me.to_string()).map_err(io_err(&draft))?;
        let result = Lock::link(&draft, path);
        let _ = fs::remove_file(&draft);
        result
    }

    fn link(draft: &Path, path: &Path) -> Result<Lock, WriteError> {
        for _ in 0..2 {
            match fs::hard_link(draft, path) {
                Ok(()) => return Ok(Lock(path.to_path_buf())),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    let pid = fs::read_to_string(path)
                        .ok()
                        .and_then(|t| t.trim().parse::<u32>().ok());
                    match pid {
                        Some(pid) if process_is_running(pid) => {
                            return Err(WriteError::Locked {
                                lock: path.to_path_buf(),
                                pid,
                            });
                        }
                        // A lock whose process is gone is taken over once.
                        _ => {
                            let _ = fs::remove_file(path);
                        }
                    }
                }
                Err(e) => return Err(io_err(path)(e)),
            }
        }
        Err(WriteError::Locked {
            lock: path.to_path_buf(),
            pid: 0,
        })
    }
}

impl Drop for Lock {
    /// Removes the lock if it is still this process's.
    fn drop(&mut self) {
        let mine =
            fs::read_to_string(&self.0).is_ok_and(|t| t.trim() == std::process::id().to_string());
        if mine {
            let _ = fs::remove_file(&self.0);
        }
    }
}

/// Whether process `pid` runs (where the system says: Linux's `/proc`;
/// elsewhere a lock is taken to be live).
fn process_is_running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        proc.join(pid.to_string()).exists()
    } else {
        true
    }
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub files: usize,
    pub bytes: u64,
}

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

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |error| WriteError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// Where a build is, for Ctrl-C: see [`ctrl_c`].
static STATE: AtomicU8 = AtomicU8::new(IDLE);
const IDLE: u8 = 0;
const WRITING: u8 = 1;
const STOPPED: u8 = 2;
const DONE: u8 = 3;
/// Asks [`write`] to stop: it removes what it wrote and returns
/// [`WriteError::Interrupted`], leaving the previous output as it was.
pub static STOP: AtomicBool = AtomicBool::new(false);

/// What Ctrl-C should do now, decided in one atomic step so that a build
/// cannot start writing between the question and the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CtrlC {
    /// Nothing has been written: end the process now.
    ExitNow,
    /// Files are being written: [`STOP`] is set, and the writer tidies up.
    Stopping,
    /// The new site is in place (or a stop is under way): let it finish.
    Ignore,
}

/// Called by the handler of Ctrl-C, SIGTERM and SIGHUP.
pub fn ctrl_c() -> CtrlC {
    match STATE.compare_exchange(IDLE, STOPPED, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(_) => CtrlC::ExitNow,
        Err(WRITING) => {
            STOP.store(true, Ordering::SeqCst);
            CtrlC::Stopping
        }
        Err(_) => CtrlC::Ignore,
    }
}

/// Writes `files` as the new content of `output`.
pub fn write(output: &Path, files: &[OutFile]) -> Result<Written, WriteError> {
    write_with(output, files, &|path, bytes| fs::write(path, bytes))
}

/// How a [`Staging`] puts one file's bytes at a path.
type Put<'a> = &'a (dyn Fn(&Path, &[u8]) -> io::Result<()> + Sync);

/// [`write`], putting each file's bytes with `put`: the tests' way to make
/// the disk fail part-way. Files are written on every core.
fn write_with(output: &Path, files: &[OutFile], put: Put<'_>) -> Result<Written, WriteError> {
    use rayon::prelude::*;
    let staging = Staging::begin_with(output, put)?;
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
    files: AtomicUsize,
    bytes: AtomicU64,
    finished: bool,
    /// Held until the staging folder is gone (fields drop after `drop`).
    _lock: Lock,
}

impl Staging<'static> {
    /// Starts writing a new site for `output`: checks the folder may be
    /// replaced, takes its lock, and makes the empty staging folder.
    pub fn begin(output: &Path) -> Result<Self, WriteError> {
        Staging::begin_with(output, &|path, bytes| fs::write(path, bytes))
    }
}

impl<'p> Staging<'p> {
    fn begin_with(output: &Path, put: Put<'p>) -> Result<Self, WriteError> {
        // Writing, unless Ctrl-C came first (a process may write more than
        // once: the tests do); afterwards done, or on an error idle again.
        STATE
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |s| {
                (s != STOPPED).then_some(WRITING)
            })
            .map_err(|_| WriteError::Interrupted)?;
        let staging = Staging::prepare(output, put);
        if staging.is_err() {
            STATE.store(IDLE, Ordering::SeqCst);
        }
        staging
    }

    fn prepare(output: &Path, put: Put<'p>) -> Result<Self, WriteError> {
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
        if STOP.load(Ordering::SeqCst) {
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

    /// Marks the new site as mueang's and swaps it in for the output.
    pub fn finish(mut self) -> Result<Written, WriteError> {
        let result = self.swap();
        self.finished = true;
        STATE.store(if result.is_ok() { DONE } else { IDLE }, Ordering::SeqCst);
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
        if STOP.load(Ordering::SeqCst) {
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
            STATE.store(IDLE, Ordering::SeqCst);
        }
    }
}

/// `build`'s sink: begins the staging folder at the first file, writes
/// each file into it as it is rendered, and notes the pages to index
/// where a search index is to be made of them (the index reads them back
/// from the staging folder). Dropped without [`Stream::finish`], it
/// leaves the previous output as it was.
pub struct Stream<'o> {
    output: &'o Path,
    staging: OnceLock<Option<Staging<'static>>>,
    /// The first error, which stopped the render.
    error: Mutex<Option<WriteError>>,
    /// The pages to index: language and path.
    to_index: Option<Mutex<Vec<(crate::model::Lang, String)>>>,
}

impl<'o> Stream<'o> {
    /// A stream into `output`; `index`: note the pages to index.
    pub fn new(output: &'o Path, index: bool) -> Self {
        Stream {
            output,
            staging: OnceLock::new(),
            error: Mutex::new(None),
            to_index: index.then(|| Mutex::new(Vec::new())),
        }
    }

    /// A file written so far, read back from the staging folder.
    pub fn read(&self, path: &str) -> Result<Vec<u8>, String> {
        let staging = self.staging().ok_or("nothing was written")?;
        if !is_contained(path) {
            return Err(format!("{path}: not a path inside the output"));
        }
        fs::read(staging.root.join(path)).map_err(|e| format!("{path}: {e}"))
    }

    fn staging(&self) -> Option<&Staging<'static>> {
        self.staging
            .get_or_init(|| Staging::begin(self.output).map_err(|e| self.fail(e)).ok())
            .as_ref()
    }

    fn fail(&self, e: WriteError) {
        let mut error = self.error.lock().unwrap_or_else(|p| p.into_inner());
        error.get_or_insert(e);
    }

    /// The error that stopped the writing, if any.
    pub fn take_error(&self) -> Option<WriteError> {
        self.error.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// The pages to index, in the order they came, leaving none (the
    /// search index orders them itself).
    pub fn take_to_index(&self) -> Vec<(crate::model::Lang, String)> {
        let Some(pages) = &self.to_index else {
            return Vec::new();
        };
        std::mem::take(&mut *pages.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Swaps the written site in for the output.
    pub fn finish(self) -> Result<Written, WriteError> {
        if let Some(e) = self.take_error() {
            return Err(e);
        }
        self.staging();
        match self.staging.into_inner().flatten() {
            Some(staging) => staging.finish(),
            None => Err(self
                .error
                .into_inner()
                .unwrap_or_else(|p| p.into_inner())
                .unwrap_or(WriteError::Interrupted)),
        }
    }
}

impl crate::render::Sink for Stream<'_> {
    fn put(&self, file: OutFile) -> Result<(), crate::render::Refused> {
        let Some(staging) = self.staging() else {
            return Err(crate::render::Refused);
        };
        if let Err(e) = staging.put(&file.path, &file.bytes) {
            self.fail(e);
            return Err(crate::render::Refused);
        }
        if let Some(pages) = &self.to_index
            && let Some(lang) = crate::search::page_language(&file.path, &file.bytes)
        {
            pages
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push((lang, file.path));
        }
        Ok(())
    }
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

    /// The tests that write share [`STOP`]: one at a time.
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

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
        let _serial = SERIAL.lock().unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let output = tmp.path().join("output");
        write(&output, &site("old")).unwrap();
        let before = snapshot(&output);
        assert_eq!(before.1, ["output"]);

        let err = write_with(&output, &site("new"), &|path, bytes| {
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
        assert_eq!(STATE.load(Ordering::SeqCst), IDLE);
        // And the next build goes through.
        write(&output, &site("new")).unwrap();
        assert_eq!(
            fs::read_to_string(output.join("th/index.html")).unwrap(),
            "new th/index.html"
        );
    }

    #[test]
    fn ctrl_c_while_writing_removes_the_half_written_site() {
        let _serial = SERIAL.lock().unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let output = tmp.path().join("output");
        write(&output, &site("old")).unwrap();
        let before = snapshot(&output);
        let n = std::sync::atomic::AtomicUsize::new(0);
        // More files than any machine has cores: each thread stops at its
        // next file.
        let mut new = site("new");
        new.extend((0..500).map(|i| OutFile {
            path: format!("th/projects/p-{i}/index.html"),
            bytes: b"new".to_vec(),
        }));
        let err = write_with(&output, &new, &|path, bytes| {
            // What the Ctrl-C handler does while a build writes.
            STOP.store(true, Ordering::SeqCst);
            n.fetch_add(1, Ordering::SeqCst);
            fs::write(path, bytes)
        });
        STOP.store(false, Ordering::SeqCst);
        assert!(matches!(err, Err(WriteError::Interrupted)), "{err:?}");
        // Each thread stops at its next file; the marker is never written.
        assert!(n.load(Ordering::SeqCst) < 64, "{n:?}");
        assert_eq!(snapshot(&output), before);
    }
}
