//! Serve: the running preview: the server, the watcher, and the loop that
//! rebuilds on every save.

use std::io;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::sync::broadcast;

use super::rebuild::*;
use super::shared::*;
use crate::incremental::Session;

/// What to serve, and where.
#[derive(Debug, Clone)]
pub struct Options {
    /// The content folder; `themes/` is looked for beside it.
    pub content: PathBuf,
    /// How the content folder is named in messages (`content`).
    pub shown: String,
    pub bind: IpAddr,
    /// 0 asks the system for any free port.
    pub port: u16,
    /// Names besides the loopback ones and `bind` that a request's
    /// `Host:` may give (`--allow-host`).
    pub allow_hosts: Vec<String>,
    /// Look for changes by polling this often (`--poll`); `None`: by the
    /// system's file events, or by polling where those do not come.
    pub poll: Option<Duration>,
    /// The language of diagnostics, in the terminal and the overlay.
    pub lang: crate::lang::Lang,
}

/// A running server.
pub struct Running {
    /// The address it listens on (the port, where 0 was asked for).
    pub addr: SocketAddr,
    /// The site's first page: `http://127.0.0.1:1111/` (with the path of
    /// `base_url`, where the site is published under one).
    pub url: String,
    /// The path the site is served under (`/`, `/report/`).
    pub(super) prefix: String,
    pub(super) stop: Arc<AtomicBool>,
    pub(super) shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    pub(super) threads: Vec<JoinHandle<()>>,
}

impl Running {
    /// The address for a browser on this computer to open: as `url`,
    /// but 127.0.0.1 (or [::1]) where serve listens on every address.
    pub fn local_url(&self) -> String {
        super::browser::local(self.addr, &self.prefix)
    }

    /// Blocks while the server runs (until the process is stopped).
    pub fn wait(mut self) {
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }

    /// Stops serving and watching, and waits for both to end.
    pub fn stop(mut self) {
        self.signal_stop();
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }

    pub(super) fn signal_stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.signal_stop();
    }
}

/// How long the folders must be quiet before a rebuild starts: the
/// several events of one save (write a temporary file, rename, remove a
/// backup) come within a few milliseconds, and make one rebuild.
pub const SETTLE: Duration = Duration::from_millis(50);

/// How old an event is when notify's debouncer hands it over.
pub(super) const EVENT_AGE: Duration = Duration::from_millis(20);

/// Binds, builds the site once, starts watching and serving, and returns
/// at once. A site with errors still starts: its pages show the errors.
pub fn start(options: Options, log: Log) -> Result<Running, ServeError> {
    let listener = std::net::TcpListener::bind((options.bind, options.port)).map_err(|error| {
        if error.kind() == io::ErrorKind::AddrInUse {
            ServeError::InUse {
                bind: options.bind,
                port: options.port,
            }
        } else {
            ServeError::Bind {
                bind: options.bind,
                port: options.port,
                error,
            }
        }
    })?;
    listener
        .set_nonblocking(true)
        .map_err(ServeError::Runtime)?;
    let addr = listener.local_addr().map_err(ServeError::Runtime)?;

    // Watch first, so a save during the first build is not missed.
    let events = super::watch::Watched::new(&options.content).start(EVENT_AGE, options.poll);
    let started = Instant::now();
    let mut session = Session::new(&options.content, &options.shown, None);
    let lang = options.lang;
    let first = build(&mut session, None, None, 1, lang);
    if let Some(Fatal(told)) = first.fatal {
        return Err(ServeError::Content(told));
    }
    let events = events.map_err(ServeError::Watch)?;
    if first.snapshot.failure.is_none() {
        for warning in &first.warnings {
            log(warning);
        }
    }
    log(&first.summary(started.elapsed(), None));
    if let Some(polling) = events.polling() {
        log(&polling.said().text(lang));
    }

    let prefix = first
        .snapshot
        .site
        .as_ref()
        .map_or_else(|| "/".to_string(), |s| s.prefix.clone());
    let (reloads, _) = broadcast::channel(16);
    let shared = Arc::new(Shared {
        snapshot: RwLock::new(Arc::new(first.snapshot)),
        reloads,
        instance: instance_id(),
        lang,
    });

    let first_good = shared.current().failure.is_none();
    let stop = Arc::new(AtomicBool::new(false));
    let builder = {
        let (shared, stop, log) = (Arc::clone(&shared), Arc::clone(&stop), Arc::clone(&log));
        // The search index takes far longer than the pages (some 80 s at
        // 10,000 projects): it is made on its own thread, for the newest
        // good build only, so that a save is never queued behind it.
        let (to_index, generations) = std::sync::mpsc::channel::<u64>();
        {
            let (shared, log) = (Arc::clone(&shared), Arc::clone(&log));
            std::thread::Builder::new()
                .name("mueang-search".into())
                .spawn(move || {
                    let mut made = Made::new();
                    while let Ok(mut generation) = generations.recv() {
                        while let Ok(newer) = generations.try_recv() {
                            generation = newer;
                        }
                        index_search(&shared, generation, &mut made, &log);
                    }
                })
                .map_err(ServeError::Runtime)?;
        }
        std::thread::Builder::new()
            .name("mueang-rebuild".into())
            .spawn(move || {
                if first_good {
                    let _ = to_index.send(1);
                }
                rebuild_loop(&mut session, &shared, events, &stop, &log, &to_index, lang);
            })
            .map_err(ServeError::Runtime)?
    };
    let hosts = super::hosts::Hosts::new(options.bind, &options.allow_hosts);
    let (shutdown, server) = super::http::spawn(listener, Arc::clone(&shared), hosts)?;
    Ok(Running {
        addr,
        url: format!("http://{addr}{prefix}"),
        prefix,
        stop,
        shutdown: Some(shutdown),
        threads: vec![builder, server],
    })
}

/// Waits for changes and rebuilds: every change that arrives during a
/// build is folded into the next one, so a burst makes at most two. A
/// save of only records' texts renders only their pages (see
/// [`crate::incremental`]).
pub(super) fn rebuild_loop(
    session: &mut Session,
    shared: &Shared,
    mut events: super::watch::Events,
    stop: &AtomicBool,
    log: &Log,
    to_index: &std::sync::mpsc::Sender<u64>,
    lang: crate::lang::Lang,
) {
    while !stop.load(Ordering::SeqCst) {
        match events.next_change(Duration::from_millis(200), SETTLE) {
            super::watch::Change::None => continue,
            super::watch::Change::Closed => break,
            super::watch::Change::Error(e) => log(&format!("warning: watching for changes: {e}")),
            super::watch::Change::Files { paths, complete } => {
                let started = Instant::now();
                let previous = shared.current();
                let full: Vec<PathBuf> = paths.iter().map(|p| events.full_path(p)).collect();
                // Where events were lost, only building everything is sure.
                let next = build(
                    session,
                    complete.then_some(full.as_slice()),
                    Some(&previous),
                    previous.generation + 1,
                    lang,
                );
                let good = next.snapshot.failure.is_none();
                // A partial rebuild counted its own; else compare the sites.
                let changed =
                    next.changed
                        .or_else(|| match (&previous.site, &next.snapshot.site) {
                            (Some(old), Some(new)) if good => Some(new.changed_since(old)),
                            _ => None,
                        });
                let line = next.summary(started.elapsed(), changed);
                // A save that changes no file of a good site (a comment in
                // the front matter, a blank line) reloads no page.
                let unchanged = previous.failure.is_none() && changed == Some(0);
                let generation = next.snapshot.generation;
                if !unchanged {
                    shared.publish(next.snapshot);
                }
                let first = paths.first().map(|p| p.display().to_string());
                let more = paths.len().saturating_sub(1);
                let what = match first {
                    Some(p) => crate::catalogue::Said::new("serve-changed")
                        .arg("path", p)
                        .count("more", more)
                        .text(lang),
                    None => crate::catalogue::Said::new("serve-changed-nothing").text(lang),
                };
                // A failure's diagnostics start on a line of their own.
                let sep = if good { "; " } else { "\n" };
                log(&format!("{what}{sep}{line}"));
                if good && !unchanged {
                    let _ = to_index.send(generation);
                }
            }
        }
    }
}

pub(super) fn instance_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{:x}", nanos ^ u128::from(std::process::id()))
}
