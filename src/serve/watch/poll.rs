//! Watch by polling. Where the system's file events do not come (a
//! network drive, WSL's `/mnt/c`: see [`crate::serve::drives`]), cannot
//! be set up (too many watches), or with `--poll`, notify's `PollWatcher`
//! looks at every file's time and content, every second or as asked. Its
//! events go through the same debouncer as the system's, and the same
//! [`Events`]. A poll follows `content/` and `themes/` by name, where the
//! system's events follow the folder they were put on.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{CreateKind, EventKind, RemoveKind};
use notify::{PollWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, DebouncedEvent, NoCache, new_debouncer_opt};

use super::watched::*;
use crate::serve::drives::{self};

impl Watched {
    /// Whether to poll, how often and why: where asked (`poll`), or
    /// where the system's events would miss changes.
    pub(super) fn polling(&self, poll: Option<Duration>) -> Option<Polling> {
        let why = match poll {
            Some(every) => {
                return Some(Polling {
                    every,
                    why: Why::Asked,
                });
            }
            None => self.unseen_drive()?,
        };
        Some(Polling {
            every: POLL_EVERY,
            why,
        })
    }

    /// Why the system's events would miss changes, where they would: a
    /// watched folder is on a network drive or a drive like one.
    fn unseen_drive(&self) -> Option<Why> {
        [&self.content, &self.themes]
            .into_iter()
            .filter(|root| root.is_dir())
            .find_map(|root| {
                let drive = drives::of(root)?;
                let folder = self.shown(root).display().to_string();
                Some(Why::Drive { folder, drive })
            })
    }

    /// Watches by polling. A poll keeps each file's time to the second,
    /// and sees a change only where the time is later: a second save
    /// within the same second, or a file put back from a copy that kept
    /// its older time, would go unseen. So contents are compared too.
    /// That reads every file at every look (some 0.3 s of one core for
    /// the 21,000 files of 10,000 projects on a local disk; nothing to
    /// speak of for a few hundred); the next look starts `every` after
    /// one ends, so a slow drive is looked at less often, never more.
    /// The site's folder is not polled (that would read every file in
    /// it); [`Events::follow_roots`] looks for `content/` and `themes/`
    /// by name instead.
    pub(super) fn poll(&self, settle: Duration, how: Polling) -> Result<Events, String> {
        let (tx, rx) = mpsc::channel();
        let config = config()
            .with_poll_interval(how.every)
            .with_compare_contents(true);
        let debouncer =
            new_debouncer_opt::<_, PollWatcher, NoCache>(settle, None, tx, NoCache, config)
                .map_err(|e| e.to_string())?;
        let mut events = Events {
            rx,
            watched: self.clone(),
            watcher: Watcher::Polling {
                debouncer,
                how,
                roots: Vec::new(),
            },
            told: None,
        };
        // The first look: what is there now is no change.
        let _ = events.follow_roots();
        Ok(events)
    }
}

impl Events {
    /// While polling: starts polling `content/` or `themes/` where it has
    /// come, and stops where it has gone (polling a folder that is not
    /// there is an error at every look). Either is a change to that
    /// folder, told as one event of each; `None` where neither came or
    /// went, and always for the system's events.
    pub(super) fn follow_roots(&mut self) -> Option<DebounceEventResult> {
        let Watcher::Polling {
            debouncer, roots, ..
        } = &mut self.watcher
        else {
            return None;
        };
        let mut events = Vec::new();
        for root in [&self.watched.content, &self.watched.themes] {
            let there = root.is_dir();
            if there == roots.contains(root) {
                continue;
            }
            let kind = if there {
                // Its first look sees what is there; the event says so.
                let _ = debouncer.watch(root, RecursiveMode::Recursive);
                roots.push(root.clone());
                EventKind::Create(CreateKind::Folder)
            } else {
                let _ = debouncer.unwatch(root);
                roots.retain(|r| r != root);
                EventKind::Remove(RemoveKind::Folder)
            };
            let event = notify::Event::new(kind).add_path(root.clone());
            events.push(DebouncedEvent::new(event, Instant::now()));
        }
        (!events.is_empty()).then_some(Ok(events))
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::serve::drives::Drive;
    use crate::serve::watch::Change;
    use crate::serve::watch::tests::watched_site;

    #[test]
    fn the_polling_line_says_how_often_and_why() {
        let line = |ms, why| {
            Polling {
                every: Duration::from_millis(ms),
                why,
            }
            .to_string()
        };
        assert_eq!(
            line(1000, Why::Asked),
            "watching by polling every 1 s (--poll)"
        );
        assert_eq!(
            line(
                2500,
                Why::Drive {
                    folder: "content".into(),
                    drive: Drive::Network("cifs".into())
                }
            ),
            "watching by polling every 2500 ms (`content` is on a network drive: cifs)"
        );
        assert_eq!(
            line(1000, Why::NoEvents("OS file watch limit reached.".into())),
            "watching by polling every 1 s (the system's file events cannot be used: \
             OS file watch limit reached.)"
        );
        let thai = Polling {
            every: Duration::from_millis(2500),
            why: Why::Drive {
                folder: "content".into(),
                drive: Drive::Wsl("9p".into()),
            },
        };
        assert_eq!(
            thai.said().text(crate::lang::Lang::Th),
            "คอยดูการแก้ไขโดยตรวจทุก 2500 มิลลิวินาที (`content` อยู่บนไดรฟ์ของ Windows ที่เปิดจาก WSL: 9p)"
        );
    }

    #[test]
    fn polling_follows_the_folders_by_name() {
        let (dir, watched, c) = watched_site();
        let how = Polling {
            every: Duration::from_millis(100),
            why: Why::Asked,
        };
        let mut events = watched
            .start(Duration::from_millis(20), Some(how.every))
            .expect("a poll");
        assert_eq!(events.polling(), Some(&how));
        let themes = dir.path().join("themes/default");
        std::fs::create_dir_all(&themes).expect("mkdir");
        told(&mut events, "themes");
        std::fs::write(themes.join("theme.yaml"), "name: x\n").expect("write");
        told(&mut events, "themes/default/theme.yaml");
        // Replaced by another folder of the same name: polled again once
        // a look finds it.
        std::fs::rename(&c, dir.path().join("content.old")).expect("move away");
        told(&mut events, "content");
        std::fs::create_dir_all(c.join("cities")).expect("mkdir");
        let deadline = Instant::now() + Duration::from_secs(60);
        while !matches!(&events.watcher, Watcher::Polling { roots, .. } if roots.contains(&c)) {
            assert!(Instant::now() < deadline, "content/ is not polled again");
            events.next_change(Duration::from_millis(200), Duration::from_millis(50));
        }
        std::fs::write(c.join("cities/rayong.md"), "text").expect("write");
        told(&mut events, "content/cities/rayong.md");
    }

    /// Waits for a change to `rel` (other changes may come first: a poll
    /// and the look for the folders race); none may be an error.
    fn told(events: &mut Events, rel: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            match events.next_change(Duration::from_millis(200), Duration::from_millis(50)) {
                Change::Files { paths, complete } if paths.contains(&PathBuf::from(rel)) => {
                    assert!(complete, "{paths:?}");
                    return;
                }
                Change::Error(e) => panic!("{rel}: {e}"),
                Change::Closed => panic!("{rel}: the watcher stopped"),
                Change::None | Change::Files { .. } => {}
            }
        }
        panic!("no change to {rel}");
    }
}
