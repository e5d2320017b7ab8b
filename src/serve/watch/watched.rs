//! Serve: what is watched (`content/` and `themes/` beside it), the
//! events of a running watcher, and how a batch of them becomes one change.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, MetadataKind, ModifyKind};
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, NoCache, RecommendedCache};

use crate::catalogue::Said;
use crate::lang::Lang;
use crate::serve::drives::Drive;

/// The folders to watch: `content/` and `themes/` beside it.
#[derive(Debug, Clone)]
pub struct Watched {
    pub(super) content: PathBuf,
    pub(super) themes: PathBuf,
    /// The site's folder (which holds both); paths are told relative to it.
    pub(super) site: PathBuf,
}

/// The next thing that happened.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    /// Nothing worth a rebuild within the wait.
    None,
    /// The watcher has stopped.
    Closed,
    Error(String),
    /// These files changed (relative to the site's folder, sorted).
    /// `complete` is false where events may have been lost (the watcher
    /// erred, or asked for a rescan after its queue overflowed): then
    /// only building everything is sure to be right.
    Files {
        paths: Vec<PathBuf>,
        complete: bool,
    },
}

/// Batches of events, from a running watcher.
pub struct Events {
    pub(super) rx: mpsc::Receiver<DebounceEventResult>,
    pub(super) watched: Watched,
    pub(super) watcher: Watcher,
    /// The last error told: a poll finds an unreadable folder at every
    /// look, and it is told once.
    pub(super) told: Option<String>,
}

/// The debouncer over one of notify's two kinds of watcher.
pub(super) enum Watcher {
    /// The system's events (inotify, FSEvents, ReadDirectoryChangesW).
    /// A watch follows the folder it was put on, not its name.
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    /// A look at every file, by name, every so often. `roots`: the
    /// folders of `content/` and `themes/` that are there to look into.
    Polling {
        debouncer: Debouncer<PollWatcher, NoCache>,
        how: Polling,
        roots: Vec<PathBuf>,
    },
}

/// How often to look for changes by polling, unless `--poll` says.
pub const POLL_EVERY: Duration = Duration::from_secs(1);

/// Changes are looked for by polling: how often, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Polling {
    pub every: Duration,
    pub why: Why,
}

/// Why changes are looked for by polling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// `--poll`.
    Asked,
    /// `folder` (`content`, `themes`) is on a drive whose changes the
    /// system's events miss.
    Drive { folder: String, drive: Drive },
    /// The system's file events could not be set up (this error).
    NoEvents(String),
}

impl Polling {
    /// `watching by polling every 1 s (`content` is on a network drive:
    /// cifs)`, in the catalogue's words.
    pub fn said(&self) -> Said {
        let ms = self.every.as_millis();
        let every = match ms % 1000 {
            0 => Said::new("every-seconds").arg("n", (ms / 1000).to_string()),
            _ => Said::new("every-ms").arg("n", ms.to_string()),
        };
        let why = match &self.why {
            Why::Asked => Said::new("as-is").arg("text", "--poll"),
            Why::Drive { folder, drive } => Said::new("polling-drive")
                .arg("folder", folder.as_str())
                .said("drive", drive.said()),
            Why::NoEvents(e) => Said::new("polling-no-events").arg("error", e.as_str()),
        };
        Said::new("polling").said("every", every).said("why", why)
    }
}

/// In English, as [`Polling::said`] says it.
impl fmt::Display for Polling {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said().text(Lang::En))
    }
}

impl Watched {
    /// The content folder and the `themes/` beside it, made absolute (as
    /// notify reports absolute paths). `themes/` need not exist yet.
    pub fn new(content: &Path) -> Watched {
        let content = std::fs::canonicalize(content).unwrap_or_else(|_| content.to_path_buf());
        let site = content
            .parent()
            .map_or_else(PathBuf::new, Path::to_path_buf);
        Watched {
            themes: site.join("themes"),
            content,
            site,
        }
    }

    /// Whether a change to `path` can change the site: it is in
    /// `content/` or `themes/` (or is `themes/` itself), and neither it
    /// nor a folder on the way is hidden or an editor's temporary file.
    pub fn relevant(&self, path: &Path) -> bool {
        path.strip_prefix(&self.content)
            .or_else(|_| path.strip_prefix(&self.themes))
            .is_ok_and(|rel| {
                rel.components().all(|c| match c {
                    Component::Normal(name) => !crate::load::is_ignored(&name.to_string_lossy()),
                    _ => true,
                })
            })
    }

    /// What `batches` of events say changed, and whether a watched folder
    /// itself was replaced (then it must be watched afresh).
    pub(super) fn fold(&self, batches: Vec<DebounceEventResult>) -> (Change, bool) {
        let mut paths = BTreeSet::new();
        let mut errors = Vec::new();
        let mut replaced = false;
        let mut rescan = false;
        let mut note = |path: &Path| {
            replaced |= *path == self.content || *path == self.themes;
            if self.relevant(path) {
                paths.insert(self.shown(path));
            }
        };
        for batch in batches {
            match batch {
                Ok(events) => {
                    rescan |= events.iter().any(|e| e.event.need_rescan());
                    for event in events.iter().filter(|e| changes(e.event.kind)) {
                        for path in &event.event.paths {
                            // A poll sees a folder's time change when a
                            // file in it comes or goes, and that file's
                            // own event says which: a rename over a
                            // record is a change to the record alone.
                            if event.event.kind == WRITE_TIME && path.is_dir() {
                                continue;
                            }
                            note(path);
                        }
                    }
                }
                Err(es) => {
                    for e in es {
                        // Gone between being seen and being read (a
                        // temporary file, while polling): a change, not
                        // a lost event.
                        if vanished(&e) {
                            for path in &e.paths {
                                note(path);
                            }
                        } else {
                            errors.push(e.to_string());
                        }
                    }
                }
            }
        }
        let change = if !paths.is_empty() || rescan {
            Change::Files {
                paths: paths.into_iter().collect(),
                complete: !rescan && errors.is_empty(),
            }
        } else if !errors.is_empty() {
            Change::Error(errors.join("; "))
        } else {
            Change::None
        };
        (change, replaced)
    }

    pub(super) fn shown(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.site).unwrap_or(path).to_path_buf()
    }
}

impl Events {
    /// The full path of a path [`Change::Files`] names.
    pub fn full_path(&self, shown: &Path) -> PathBuf {
        self.watched.site.join(shown)
    }

    /// How changes are looked for, where by polling.
    pub fn polling(&self) -> Option<&Polling> {
        match &self.watcher {
            Watcher::Native(_) => None,
            Watcher::Polling { how, .. } => Some(how),
        }
    }

    /// Waits up to `wait` for a change, then until the folders have been
    /// quiet for `settle` (at most [`MAX_SETTLE`] in all), so the files
    /// of one save, or of a "save all", make one rebuild; changes made
    /// during a rebuild make one more.
    pub fn next_change(&mut self, wait: Duration, settle: Duration) -> Change {
        let mut batches: Vec<DebounceEventResult> = self.follow_roots().into_iter().collect();
        if batches.is_empty() {
            match self.rx.recv_timeout(wait) {
                Ok(batch) => batches.push(batch),
                Err(mpsc::RecvTimeoutError::Timeout) => return Change::None,
                Err(mpsc::RecvTimeoutError::Disconnected) => return Change::Closed,
            }
        }
        let started = Instant::now();
        while started.elapsed() < MAX_SETTLE {
            match self.rx.recv_timeout(settle) {
                Ok(batch) => batches.push(batch),
                Err(_) => break,
            }
        }
        let (change, replaced) = self.watched.fold(batches);
        if replaced {
            self.rewatch();
        }
        once(&mut self.told, change)
    }

    /// Watches `content/` and `themes/` afresh: either may have been
    /// removed and made again, or swapped for another folder by a rename,
    /// and a native watch follows the folder it was put on, not its name.
    /// (Polling follows names: see [`Events::follow_roots`].)
    pub(super) fn rewatch(&mut self) {
        let Watcher::Native(debouncer) = &mut self.watcher else {
            return;
        };
        for root in [&self.watched.content, &self.watched.themes] {
            let _ = debouncer.unwatch(root);
            if root.is_dir() {
                let _ = debouncer.watch(root, RecursiveMode::Recursive);
            }
        }
    }
}

/// However busy the folders are, a rebuild starts this long after the
/// first change at the latest.
pub const MAX_SETTLE: Duration = Duration::from_secs(1);

/// `change`, but an error the same as the last one told (`told`) is no
/// news until files have changed.
pub(super) fn once(told: &mut Option<String>, change: Change) -> Change {
    match change {
        Change::Error(e) if told.as_ref() == Some(&e) => Change::None,
        Change::Error(e) => {
            *told = Some(e.clone());
            Change::Error(e)
        }
        Change::Files { .. } => {
            *told = None;
            change
        }
        Change::None | Change::Closed => change,
    }
}

/// The event of a poll that saw a file's or a folder's time change.
pub(super) const WRITE_TIME: EventKind =
    EventKind::Modify(ModifyKind::Metadata(MetadataKind::WriteTime));

/// Whether `e` says a file went between being seen and being read.
pub(super) fn vanished(e: &notify::Error) -> bool {
    let gone = match &e.kind {
        notify::ErrorKind::Io(io) => io.kind() == std::io::ErrorKind::NotFound,
        notify::ErrorKind::PathNotFound => true,
        _ => false,
    };
    gone && !e.paths.is_empty()
}

/// Links are not followed: a link out of `content/` is an error the
/// build reports, and watching where it leads (`/`, say) could take
/// every watch the system has, or have every file under it polled.
pub(super) fn config() -> notify::Config {
    notify::Config::default().with_follow_symlinks(false)
}

/// Whether an event can have changed a file: anything but reading it
/// (closing a file written to counts: some editors save that way).
pub(super) fn changes(kind: EventKind) -> bool {
    match kind {
        EventKind::Access(access) => access == AccessKind::Close(AccessMode::Write),
        _ => true,
    }
}
