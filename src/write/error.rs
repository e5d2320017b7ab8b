//! Write: what can go wrong, said as a person can act on it.

use std::io;
use std::path::{Path, PathBuf};

use crate::catalogue::{Said, Told};
use crate::lang::Lang;
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

impl WriteError {
    /// What went wrong and what to do, in the catalogue's words.
    pub fn told(&self) -> Told {
        let shown = |p: &Path| p.display().to_string();
        let (message, help) = match self {
            WriteError::NotOurs(p) => (
                Said::new("write-not-ours").arg("path", shown(p)),
                Some(Said::new("write-not-ours-help")),
            ),
            WriteError::NotAFolder(p) => (
                Said::new("write-not-a-folder").arg("path", shown(p)),
                Some(Said::new("write-not-a-folder-help")),
            ),
            WriteError::Unsafe(p) => (
                Said::new("write-unsafe")
                    .arg("path", p.as_str())
                    .arg("max", MAX_PATH_BYTES.to_string()),
                None,
            ),
            WriteError::Inside {
                output,
                folder,
                what,
                same,
            } => (
                Said::new(if *same { "write-same" } else { "write-inside" })
                    .arg("output", shown(output))
                    .arg("folder", shown(folder))
                    .arg("what", what.name()),
                Some(Said::new("write-outside-help")),
            ),
            WriteError::HoldsContent { output, content } => (
                Said::new("write-holds-content")
                    .arg("content", shown(content))
                    .arg("output", shown(output)),
                Some(Said::new("write-holds-content-help")),
            ),
            WriteError::Locked { lock, pid } => (
                Said::new("write-locked").arg("pid", pid.to_string()),
                Some(Said::new("write-locked-help").arg("lock", shown(lock))),
            ),
            WriteError::Stranded { previous, error } => (
                Said::new("write-stranded").arg("error", error.to_string()),
                Some(Said::new("write-stranded-help").arg("previous", shown(previous))),
            ),
            WriteError::Interrupted => (Said::new("write-interrupted"), None),
            WriteError::Io { path, error } => (
                Said::new("write-io")
                    .arg("path", shown(path))
                    .said("error", crate::catalogue::io(error)),
                Some(Said::new("write-io-help")),
            ),
        };
        Told::new(message, help)
    }
}

/// In English, as [`WriteError::told`] says it.
impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.told().text(Lang::En))
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
