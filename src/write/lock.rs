//! Write: one build at a time per output folder.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::error::{WriteError, io_err};

/// The lock of one output folder: a file beside it, made only if absent,
/// holding the process id of the build that made it; removed when the
/// build ends. A lock whose process has gone (a build killed by Ctrl-C or
/// a crash) is taken over.
pub(super) struct Lock(PathBuf);

impl Lock {
    /// Takes the lock at `path`: a file holding this process's id, made
    /// whole in one step (written beside it, then hard-linked into place,
    /// which fails if the lock exists), so another build never reads it
    /// half-written.
    pub(super) fn take(path: &Path) -> Result<Lock, WriteError> {
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
