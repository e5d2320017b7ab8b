//! Write: what can go wrong, said as a person can act on it.

use std::io;
use std::path::{Path, PathBuf};

use crate::output::MAX_PATH_BYTES;

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
    /// Stopped by Ctrl-C, SIGTERM or SIGHUP (a `Cancel`) before the new site
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

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub files: usize,
    pub bytes: u64,
}

pub(super) fn io_err(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |error| WriteError::Io {
        path: path.to_path_buf(),
        error,
    }
}
