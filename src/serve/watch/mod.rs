//! Watch: file events under `content/` and `themes/` → "rebuild now".
//!
//! notify reports each file system event; its debouncer hands them over
//! in batches once each is a few milliseconds old, and [`Events`] waits
//! until no batch has come for [`super::SETTLE`] before saying "rebuild".
//! Reading a file is an event too (inotify's open), and every build reads
//! every file, so only events that change something count.
//! An editor's save is several events (vim: write `4913`, rename the file
//! to `file~`, write the file, remove `file~`; others write a temporary
//! file and rename it over the original), all within a few milliseconds,
//! so they arrive as one batch and make one rebuild. Files the loader
//! never reads (hidden files, swap and backup files: see
//! [`crate::load::is_ignored`]) are dropped here, so saving them alone
//! rebuilds nothing.
//!
//! Where the system's events do not come, cannot be set up, or with
//! `--poll`, the folders are polled instead ([`poll`]); what counts as a
//! change is the same either way.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, MetadataKind, ModifyKind};
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, Debouncer, NoCache, RecommendedCache, new_debouncer_opt,
};

mod poll;

pub use poll::{POLL_EVERY, Polling, Why};

/// The folders to watch: `content/` and `themes/` beside it.
#[derive(Debug, Clone)]
pub struct Watched {
    content: PathBuf,
    themes: PathBuf,
    /// The site's folder (which holds both); paths are told relative to it.
    site: PathBuf,
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
    rx: mpsc::Receiver<DebounceEventResult>,
    watched: Watched,
    watcher: Watcher,
    /// The last error told: a poll finds an unreadable folder at every
    /// look, and it is told once.
    told: Option<String>,
}

/// The debouncer over one of notify's two kinds of watcher.
enum Watcher {
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

    /// Starts watching; events settle for `settle` before they are handed
    /// over. With `poll`, by polling that often; else by the system's
    /// events, or by polling where they do not come or cannot be set up.
    pub fn start(&self, settle: Duration, poll: Option<Duration>) -> Result<Events, String> {
        match self.polling(poll) {
            Some(how) => self.poll(settle, how),
            None => self.listen(settle).or_else(|e| {
                let why = Why::NoEvents(e);
                self.poll(
                    settle,
                    Polling {
                        every: POLL_EVERY,
                        why,
                    },
                )
            }),
        }
    }

    /// Watches by the system's events. The site's folder is watched too,
    /// but not below it, to see `themes/` appear.
    fn listen(&self, settle: Duration) -> Result<Events, String> {
        let (tx, rx) = mpsc::channel();
        let mut debouncer = new_debouncer_opt::<_, RecommendedWatcher, RecommendedCache>(
            settle,
            None,
            tx,
            RecommendedCache::new(),
            config(),
        )
        .map_err(|e| e.to_string())?;
        let watch = |d: &mut Debouncer<_, _>, path: &Path, mode| {
            d.watch(path, mode)
                .map_err(|e| format!("{}: {e}", path.display()))
        };
        watch(&mut debouncer, &self.content, RecursiveMode::Recursive)?;
        watch(&mut debouncer, &self.site, RecursiveMode::NonRecursive)?;
        if self.themes.is_dir() {
            watch(&mut debouncer, &self.themes, RecursiveMode::Recursive)?;
        }
        Ok(Events {
            rx,
            watched: self.clone(),
            watcher: Watcher::Native(debouncer),
            told: None,
        })
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
    fn fold(&self, batches: Vec<DebounceEventResult>) -> (Change, bool) {
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

    fn shown(&self, path: &Path) -> PathBuf {
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
    fn rewatch(&mut self) {
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
fn once(told: &mut Option<String>, change: Change) -> Change {
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
const WRITE_TIME: EventKind = EventKind::Modify(ModifyKind::Metadata(MetadataKind::WriteTime));

/// Whether `e` says a file went between being seen and being read.
fn vanished(e: &notify::Error) -> bool {
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
fn config() -> notify::Config {
    notify::Config::default().with_follow_symlinks(false)
}

/// Whether an event can have changed a file: anything but reading it
/// (closing a file written to counts: some editors save that way).
fn changes(kind: EventKind) -> bool {
    match kind {
        EventKind::Access(access) => access == AccessKind::Close(AccessMode::Write),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A site folder with `content/projects/`, its watch list, and the
    /// content folder's canonical path.
    pub(super) fn watched_site() -> (tempfile::TempDir, Watched, PathBuf) {
        let dir = tempfile::tempdir().expect("a folder");
        let content = dir.path().join("content");
        std::fs::create_dir_all(content.join("projects")).expect("mkdir");
        let watched = Watched::new(&content);
        let c = std::fs::canonicalize(&content).expect("canonical");
        (dir, watched, c)
    }

    #[test]
    fn a_batch_that_may_have_lost_events_asks_for_everything() {
        use notify::event::{Event, Flag, ModifyKind};
        use notify_debouncer_full::DebouncedEvent;
        let (_dir, watched, c) = watched_site();
        let save = |rel: &str| {
            DebouncedEvent::new(
                Event::new(EventKind::Modify(ModifyKind::Any)).add_path(c.join(rel)),
                Instant::now(),
            )
        };
        let rescan = DebouncedEvent::new(
            Event::new(EventKind::Other).set_flag(Flag::Rescan),
            Instant::now(),
        );
        let lost = || Err(vec![notify::Error::generic("queue overflow")]);
        let a = PathBuf::from("content/projects/a.md");
        let files = |paths: Vec<PathBuf>, complete| (Change::Files { paths, complete }, false);
        assert_eq!(
            watched.fold(vec![Ok(vec![save("projects/a.md")])]),
            files(vec![a.clone()], true)
        );
        assert_eq!(
            watched.fold(vec![Ok(vec![save("projects/a.md")]), lost()]),
            files(vec![a.clone()], false)
        );
        assert_eq!(
            watched.fold(vec![Ok(vec![save("projects/a.md"), rescan.clone()])]),
            files(vec![a], false)
        );
        assert_eq!(
            watched.fold(vec![Ok(vec![rescan])]),
            files(Vec::new(), false)
        );
        assert_eq!(
            watched.fold(vec![lost()]),
            (Change::Error("queue overflow".into()), false)
        );
        assert_eq!(
            watched.fold(vec![Ok(vec![save("projects/.a.md.swp")])]),
            (Change::None, false)
        );
        assert!(
            watched.fold(vec![Ok(vec![save("")])]).1,
            "the folder itself"
        );
    }

    #[test]
    fn a_poll_tells_of_files_not_of_their_folders() {
        use notify::event::{Event, RemoveKind};
        use notify_debouncer_full::DebouncedEvent;
        let (_dir, watched, c) = watched_site();
        std::fs::write(c.join("projects/a.md"), "text").expect("write");
        let event = |kind, rel: &str| {
            DebouncedEvent::new(Event::new(kind).add_path(c.join(rel)), Instant::now())
        };
        let files = |paths: &[&str], complete| Change::Files {
            paths: paths.iter().map(PathBuf::from).collect(),
            complete,
        };
        // A rename over the record: the folder's time changed too.
        let saved = vec![
            event(WRITE_TIME, "projects"),
            event(WRITE_TIME, "projects/a.md"),
            event(EventKind::Remove(RemoveKind::Any), "projects/a.md.tmp"),
        ];
        assert_eq!(
            watched.fold(vec![Ok(saved)]).0,
            files(&["content/projects/a.md"], true)
        );
        // A file gone between the listing and the look at it.
        let gone = |rel: &str| {
            let io = std::io::Error::from(std::io::ErrorKind::NotFound);
            notify::Error::io(io).add_path(c.join(rel))
        };
        assert_eq!(
            watched.fold(vec![Err(vec![gone("projects/4913")])]).0,
            Change::None
        );
        assert_eq!(
            watched.fold(vec![Err(vec![gone("projects/b.md")])]).0,
            files(&["content/projects/b.md"], true)
        );
    }

    #[test]
    fn an_error_found_at_every_look_is_told_once() {
        let mut told = None;
        let denied = || Change::Error("Permission denied (os error 13)".into());
        let saved = || Change::Files {
            paths: vec![PathBuf::from("content/site.yaml")],
            complete: false,
        };
        assert_eq!(once(&mut told, denied()), denied());
        assert_eq!(once(&mut told, Change::None), Change::None);
        assert_eq!(once(&mut told, denied()), Change::None);
        assert_eq!(once(&mut told, saved()), saved());
        assert_eq!(once(&mut told, denied()), denied());
        let other = || Change::Error("Input/output error (os error 5)".into());
        assert_eq!(once(&mut told, other()), other());
    }

    #[test]
    fn editors_temporary_files_are_not_changes() {
        let (dir, watched, c) = watched_site();
        let themes = c.parent().expect("the site").join("themes");
        assert!(watched.relevant(&themes));
        assert!(watched.relevant(&themes.join("default/templates/home.html")));
        assert!(!watched.relevant(&themes.join("default/templates/.home.html.swp")));
        assert!(!watched.relevant(&c.parent().expect("the site").join("README.md")));
        for rel in ["projects/a.md", "site.yaml", "projects", ""] {
            assert!(watched.relevant(&c.join(rel)), "{rel}");
        }
        for rel in [
            "projects/.a.md.swp",
            "projects/.a.md.swx",
            "projects/a.md~",
            "projects/4913",
            "projects/#a.md#",
            "projects/.#a.md",
            "projects/a.md.tmp",
            ".git/index",
            ".DS_Store",
        ] {
            assert!(!watched.relevant(&c.join(rel)), "{rel}");
        }
        assert!(!watched.relevant(&dir.path().join("output/index.html")));
        assert!(!changes(EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!changes(EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(changes(EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(changes(EventKind::Remove(notify::event::RemoveKind::File)));
        assert!(!watched.relevant(Path::new("/etc/passwd")));
    }
}
