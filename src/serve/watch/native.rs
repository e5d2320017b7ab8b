//! Serve: watching by the system's events (inotify, FSEvents,
//! ReadDirectoryChangesW).

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{Debouncer, RecommendedCache, new_debouncer_opt};

use super::{Events, Watched, Watcher, config};

impl Watched {
    /// Watches by the system's events. The site's folder is watched too,
    /// but not below it, to see `themes/` appear.
    pub(super) fn listen(&self, settle: Duration) -> Result<Events, String> {
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
}
