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

use std::time::Duration;

mod native;
mod poll;
mod watched;

use watched::*;
pub use watched::{Change, Events, POLL_EVERY, Polling, Watched, Why};

impl Watched {
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
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};
    use std::time::Instant;

    use notify::event::{AccessKind, AccessMode, EventKind};

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
