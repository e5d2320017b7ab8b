//! Serve: the editing loop. `mueang serve` runs the same pipeline as
//! `build`, keeps the site in memory (it never writes `output/`), serves
//! it on this computer, watches `content/` and `themes/`, rebuilds on
//! every save and tells each open page to reload.
//!
//! - [`site`]: one build as files to serve, and the answer to a request;
//! - [`watch`]: file events → "rebuild now", ignoring editors' swap files;
//! - [`drives`]: the drives whose changes raise no file event (network
//!   drives, WSL's `/mnt/c`), where [`watch`] polls instead;
//! - [`browser`]: `--open`, the preview in the web browser;
//! - [`http`]: the HTTP server (axum), the reload stream (server-sent
//!   events) and the two files of the reload script and overlay;
//! - [`hosts`]: the `Host:` names a request may give (DNS rebinding).
//!
//! Threads: the HTTP server runs on a single-threaded tokio runtime; the
//! builds run on their own thread, so a rebuild never stalls a request.
//! The snapshot being served is swapped whole, under a lock held only to
//! clone an `Arc`.

pub mod browser;
pub mod drives;
pub mod hosts;
mod http;
pub mod site;
pub mod watch;

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::sync::broadcast;

use crate::diag::Severity;
use crate::incremental::{Rebuilt, Session};
use crate::model::Lang;
use crate::render::urls::Urls;
use crate::theme::Strings;

use self::site::{Failure, Served, Snapshot};

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
}

/// Why `serve` could not start.
#[derive(Debug)]
pub enum ServeError {
    /// Another program is listening on the port.
    InUse {
        bind: IpAddr,
        port: u16,
    },
    Bind {
        bind: IpAddr,
        port: u16,
        error: io::Error,
    },
    /// The content folder cannot be read at all.
    Content(String),
    /// The folders cannot be watched, not even by polling.
    Watch(String),
    Runtime(io::Error),
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::InUse { bind, port } => write!(
                f,
                "port {port} on {bind} is already in use (is another `mueang serve` running?)\n  \
                 help: stop the other program, or choose another port: `mueang serve --port {}`",
                if *port < u16::MAX { port + 1 } else { 1112 }
            ),
            ServeError::Bind { bind, port, error } => {
                let help = match error.kind() {
                    io::ErrorKind::AddrNotAvailable => format!(
                        "{bind} is not an address of this computer; leave out --bind to \
                         preview here, or give 0.0.0.0 to show it to your network"
                    ),
                    io::ErrorKind::PermissionDenied if *port < 1024 => {
                        "ports below 1024 need special rights; choose another with --port, \
                         such as 1111"
                            .to_string()
                    }
                    _ => "choose another port with --port, or another address with --bind"
                        .to_string(),
                };
                write!(
                    f,
                    "cannot listen on {bind} port {port}: {error}\n  help: {help}"
                )
            }
            ServeError::Content(m) => write!(f, "{m}"),
            ServeError::Watch(m) => write!(
                f,
                "cannot watch the site's folders for changes: {m}\n  \
                 help: close some other programs, and start `mueang serve` again"
            ),
            ServeError::Runtime(e) => write!(f, "cannot start the web server: {e}"),
        }
    }
}

/// Where `serve` tells the person at the terminal what happened.
pub type Log = Arc<dyn Fn(&str) + Send + Sync>;

/// What the server threads share: the snapshot being served, and the
/// channel that tells every open page a build has finished.
#[derive(Debug)]
pub struct Shared {
    snapshot: RwLock<Arc<Snapshot>>,
    reloads: broadcast::Sender<u64>,
    /// Differs on every start, so a page from an earlier run of serve
    /// reloads even when the generation numbers coincide.
    instance: String,
}

impl Shared {
    pub fn current(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(s) => Arc::clone(&s),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    fn publish(&self, next: Snapshot) {
        let generation = next.generation;
        match self.snapshot.write() {
            Ok(mut s) => *s = Arc::new(next),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(next),
        }
        // No page open is not an error.
        let _ = self.reloads.send(generation);
    }

    /// Adds the search index to the site of build `generation`, if that
    /// is still the one served, without reloading any page: pages come
    /// first, the index after them. Only the shards whose pages changed
    /// since `made` was filled are made again; `made` keeps the rest.
    fn add_search_index(&self, generation: u64, made: &mut Made) -> Result<Remade, String> {
        let current = self.current();
        let Some(site) = current
            .site
            .as_ref()
            .filter(|_| current.generation == generation)
        else {
            return Ok(Remade::default());
        };
        let pages = crate::search::pages(
            site.files
                .iter()
                .map(|(path, bytes)| (path.as_str(), bytes.as_ref())),
        );
        let shards = crate::search::shards(pages, site.search_shards);
        // Shards whose pages are as when they were made are kept; the
        // others are made again, under their pages' fingerprints.
        let mut stale = Vec::new();
        let mut prints = std::collections::HashMap::new();
        let mut fresh = std::collections::HashMap::new();
        for shard in shards {
            let key = (shard.lang, shard.number);
            let print = fingerprint(&shard, &site.files);
            match made.remove(&key) {
                Some((p, files)) if p == print => {
                    fresh.insert(key, (p, files));
                }
                _ => {
                    prints.insert(key, print);
                    stale.push(shard);
                }
            }
        }
        let remade = Remade {
            shards: stale.len(),
            pages: stale.iter().map(|s| s.pages.len()).sum(),
        };
        let new = std::sync::Mutex::new(Vec::new());
        let read = |path: &str| {
            site.files
                .get(path)
                .map(|b| b.to_vec())
                .ok_or_else(|| format!("{path}: not rendered"))
        };
        let put = |shard: &crate::search::Shard, files: Vec<crate::output::OutFile>| {
            let files = files
                .into_iter()
                .map(|f| (f.path, axum::body::Bytes::from(f.bytes)))
                .collect::<Vec<_>>();
            new.lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(((shard.lang, shard.number), files));
            Ok(())
        };
        crate::search::index_all(&stale, &read, &put, &|| false, &|_| {})?;
        for (key, files) in new.into_inner().unwrap_or_else(|p| p.into_inner()) {
            fresh.insert(key, (prints[&key], files));
        }
        *made = fresh;
        let mut files = site.files.clone();
        files.retain(|path, _| !path.starts_with(crate::search::FOLDER));
        files.extend(made.values().flat_map(|(_, files)| files.iter().cloned()));
        let next = Snapshot {
            generation,
            site: Some(Arc::new(Served {
                prefix: site.prefix.clone(),
                files,
                search_shards: site.search_shards,
            })),
            failure: current.failure.clone(),
            strings: Arc::clone(&current.strings),
        };
        let mut slot = match self.snapshot.write() {
            Ok(s) => s,
            Err(poisoned) => poisoned.into_inner(),
        };
        if slot.generation == generation {
            *slot = Arc::new(next);
        }
        Ok(remade)
    }
}

/// The search index's shards as last made: by language and number, the
/// fingerprint of their pages and their files.
type Made =
    std::collections::HashMap<(crate::model::Lang, usize), (u64, Vec<(String, axum::body::Bytes)>)>;

/// How much of the index a build made again.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Remade {
    shards: usize,
    pages: usize,
}

/// A fingerprint of a shard's pages: their paths and bytes.
fn fingerprint(
    shard: &crate::search::Shard,
    files: &std::collections::HashMap<String, axum::body::Bytes>,
) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for path in &shard.pages {
        path.hash(&mut h);
        files.get(path).map(|b| b.as_ref()).hash(&mut h);
    }
    h.finish()
}

/// A running server.
pub struct Running {
    /// The address it listens on (the port, where 0 was asked for).
    pub addr: SocketAddr,
    /// The site's first page: `http://127.0.0.1:1111/` (with the path of
    /// `base_url`, where the site is published under one).
    pub url: String,
    /// The path the site is served under (`/`, `/report/`).
    prefix: String,
    stop: Arc<AtomicBool>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    threads: Vec<JoinHandle<()>>,
}

impl Running {
    /// The address for a browser on this computer to open: as `url`,
    /// but 127.0.0.1 (or [::1]) where serve listens on every address.
    pub fn local_url(&self) -> String {
        browser::local(self.addr, &self.prefix)
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

    fn signal_stop(&mut self) {
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
const EVENT_AGE: Duration = Duration::from_millis(20);

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
    let events = watch::Watched::new(&options.content).start(EVENT_AGE, options.poll);
    let started = Instant::now();
    let mut session = Session::new(&options.content, &options.shown, None);
    let first = build(&mut session, None, None, 1);
    if let Some(Fatal(message)) = first.fatal {
        return Err(ServeError::Content(message));
    }
    let events = events.map_err(ServeError::Watch)?;
    if first.snapshot.failure.is_none() {
        for warning in &first.warnings {
            log(warning);
        }
    }
    log(&first.summary(started.elapsed(), None));
    if let Some(polling) = events.polling() {
        log(&polling.to_string());
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
                rebuild_loop(&mut session, &shared, events, &stop, &log, &to_index);
            })
            .map_err(ServeError::Runtime)?
    };
    let hosts = hosts::Hosts::new(options.bind, &options.allow_hosts);
    let (shutdown, server) = http::spawn(listener, Arc::clone(&shared), hosts)?;
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
fn rebuild_loop(
    session: &mut Session,
    shared: &Shared,
    mut events: watch::Events,
    stop: &AtomicBool,
    log: &Log,
    to_index: &std::sync::mpsc::Sender<u64>,
) {
    while !stop.load(Ordering::SeqCst) {
        match events.next_change(Duration::from_millis(200), SETTLE) {
            watch::Change::None => continue,
            watch::Change::Closed => break,
            watch::Change::Error(e) => log(&format!("warning: watching for changes: {e}")),
            watch::Change::Files { paths, complete } => {
                let started = Instant::now();
                let previous = shared.current();
                let full: Vec<PathBuf> = paths.iter().map(|p| events.full_path(p)).collect();
                // Where events were lost, only building everything is sure.
                let next = build(
                    session,
                    complete.then_some(full.as_slice()),
                    Some(&previous),
                    previous.generation + 1,
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
                let what = match (first, more) {
                    (Some(p), 0) => format!("{p} changed"),
                    (Some(p), n) => format!("{p} and {n} more changed"),
                    (None, _) => "changed".to_string(),
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

/// Makes the search index of build `generation` (again only where its
/// pages changed since `made`) and adds it to what is served (see
/// [`Shared::add_search_index`]).
fn index_search(shared: &Shared, generation: u64, made: &mut Made, log: &Log) {
    if !crate::search::ENABLED {
        return;
    }
    let started = Instant::now();
    match shared.add_search_index(generation, made) {
        Ok(remade) => log(&format!(
            "search index ready in {} ms ({} of {} shards made again, {} pages)",
            started.elapsed().as_millis(),
            remade.shards,
            made.len(),
            remade.pages,
        )),
        Err(e) => log(&format!("warning: cannot make the search index: {e}")),
    }
}

/// The content folder could not be read at all.
struct Fatal(String);

/// One build's outcome, as served and as told to the terminal.
struct Built {
    snapshot: Snapshot,
    /// How many files differ from the last site, where only some were
    /// made again (the rest are the last site's).
    changed: Option<usize>,
    fatal: Option<Fatal>,
    counts: String,
    /// Warnings as the terminal shows them (printed on the first build).
    warnings: Vec<String>,
}

impl Built {
    /// One line for the terminal: `rebuilt in 180 ms: 3 files changed; 0
    /// errors, 1 warning` (`changed`: the files that differ from the last
    /// site, where there was one), or the diagnostics and what is served
    /// instead.
    fn summary(&self, took: Duration, changed: Option<usize>) -> String {
        let ms = took.as_millis();
        match (&self.snapshot.failure, &self.snapshot.site) {
            (Some(failure), site) => {
                let text = crate::diag::terminal_text(&failure.shown, false);
                let serving = if site.is_some() {
                    "still serving the last good build, with the errors over every page"
                } else {
                    "serving the errors on every page until the site builds"
                };
                format!("{text}build failed in {ms} ms: {}; {serving}", self.counts)
            }
            (None, Some(site)) => match changed {
                Some(n) => format!(
                    "rebuilt in {ms} ms: {n} file{} changed; {}",
                    if n == 1 { "" } else { "s" },
                    self.counts
                ),
                None => format!(
                    "built {} files in {ms} ms; {}",
                    site.files.len(),
                    self.counts
                ),
            },
            (None, None) => format!("built nothing in {ms} ms"),
        }
    }
}

/// Runs the pipeline once, or only what `changed` touches. Where it
/// fails, the last good site stays (from `previous`) and the failure goes
/// with it.
fn build(
    session: &mut Session,
    changed: Option<&[PathBuf]>,
    previous: Option<&Snapshot>,
    generation: u64,
) -> Built {
    let last_site = previous.and_then(|p| p.site.clone());
    let last_strings = previous.map(|p| Arc::clone(&p.strings));
    let (rebuilt, outcome) = match session.rebuild(changed) {
        Ok(done) => done,
        Err(fatal) => {
            let shown = vec![(Severity::Error, format!("error: {}", fatal.0))];
            return Built {
                snapshot: Snapshot {
                    generation,
                    site: last_site,
                    failure: Some(Failure { shown }),
                    strings: last_strings.unwrap_or_else(embedded_strings),
                },
                changed: None,
                fatal: previous.is_none().then_some(Fatal(fatal.0)),
                counts: "1 error, 0 warnings".into(),
                warnings: Vec::new(),
            };
        }
    };
    let counts = outcome.diagnostics.counts();
    let shown = outcome.diagnostics.shown(false);
    let warnings = shown
        .iter()
        .filter(|(s, _)| *s == Severity::Warning)
        .map(|(_, text)| text.clone())
        .collect();
    let files = match rebuilt {
        Rebuilt::Partial(files) => {
            // The same diagnostics, theme and strings: only pages change.
            if let (Some(last), Some(strings)) = (&last_site, last_strings) {
                let mut served = Served {
                    prefix: last.prefix.clone(),
                    files: last.files.clone(),
                    search_shards: last.search_shards,
                };
                let mut changed = 0;
                for f in files {
                    let bytes = axum::body::Bytes::from(f.bytes);
                    if last.files.get(&f.path) != Some(&bytes) {
                        changed += 1;
                    }
                    served.files.insert(f.path, bytes);
                }
                return Built {
                    snapshot: Snapshot {
                        generation,
                        site: Some(Arc::new(served)),
                        failure: None,
                        strings,
                    },
                    changed: Some(changed),
                    fatal: None,
                    counts,
                    warnings,
                };
            }
            // Nothing served to build on (not so after a good build):
            // build everything.
            return build(session, None, previous, generation);
        }
        Rebuilt::Full(files) => files,
    };
    let strings = match &outcome.theme {
        Some(theme) => Arc::new(theme.strings.clone()),
        None => last_strings.unwrap_or_else(embedded_strings),
    };
    let good = files
        .filter(|_| !outcome.diagnostics.has_errors())
        .zip(outcome.checked.as_ref());
    let snapshot = match good {
        Some((files, checked)) => {
            let prefix = Urls::new(&checked.site.config.base_url)
                .base_path()
                .to_string();
            let mut served = Served::new(prefix, files);
            served.search_shards = crate::search::shard_count(&checked.site);
            // Until this build's search index is made, the last one stays,
            // so a search page that reloads still finds its script.
            if let Some(last) = &last_site {
                for (path, bytes) in &last.files {
                    if path.starts_with(crate::search::FOLDER) {
                        served
                            .files
                            .entry(path.clone())
                            .or_insert_with(|| bytes.clone());
                    }
                }
            }
            Snapshot {
                generation,
                site: Some(Arc::new(served)),
                failure: None,
                strings,
            }
        }
        None => Snapshot {
            generation,
            site: last_site,
            failure: Some(Failure { shown }),
            strings,
        },
    };
    Built {
        snapshot,
        changed: None,
        fatal: None,
        counts,
        warnings,
    }
}

fn embedded_strings() -> Arc<BTreeMap<Lang, Strings>> {
    Arc::new(crate::theme::embedded_strings())
}

fn instance_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{:x}", nanos ^ u128::from(std::process::id()))
}
