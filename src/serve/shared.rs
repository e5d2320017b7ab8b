//! Serve: what the server and the rebuilds share: the snapshot being served,
//! the log, the search index's shards as last made, and what can fail.

use std::fmt;
use std::io;
use std::net::IpAddr;
use std::sync::{Arc, RwLock};
use std::time::Instant;

use tokio::sync::broadcast;

use super::site::{Served, Snapshot};
use crate::catalogue::{Said, Told};
use crate::lang::Lang;

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
    Content(Told),
    /// The folders cannot be watched, not even by polling.
    Watch(String),
    Runtime(io::Error),
}

impl ServeError {
    /// What went wrong and what to do, in the catalogue's words.
    pub fn told(&self) -> Told {
        let (message, help) = match self {
            ServeError::InUse { bind, port } => (
                Said::new("serve-in-use")
                    .arg("port", port.to_string())
                    .arg("bind", bind.to_string()),
                Some(Said::new("serve-in-use-help").arg(
                    "next",
                    if *port < u16::MAX { port + 1 } else { 1112 }.to_string(),
                )),
            ),
            ServeError::Bind { bind, port, error } => {
                let help = match error.kind() {
                    io::ErrorKind::AddrNotAvailable => {
                        Said::new("serve-not-an-address-help").arg("bind", bind.to_string())
                    }
                    io::ErrorKind::PermissionDenied if *port < 1024 => {
                        Said::new("serve-low-port-help")
                    }
                    _ => Said::new("serve-bind-help"),
                };
                (
                    Said::new("serve-bind")
                        .arg("bind", bind.to_string())
                        .arg("port", port.to_string())
                        .arg("error", error.to_string()),
                    Some(help),
                )
            }
            ServeError::Content(told) => return told.clone(),
            ServeError::Watch(m) => (
                Said::new("serve-watch").arg("error", m.as_str()),
                Some(Said::new("serve-watch-help")),
            ),
            ServeError::Runtime(e) => {
                (Said::new("serve-runtime").arg("error", e.to_string()), None)
            }
        };
        Told::new(message, help)
    }
}

/// In English, as [`ServeError::told`] says it.
impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.told().text(Lang::En))
    }
}

/// Where `serve` tells the person at the terminal what happened.
pub type Log = Arc<dyn Fn(&str) + Send + Sync>;

/// What the server threads share: the snapshot being served, and the
/// channel that tells every open page a build has finished.
#[derive(Debug)]
pub struct Shared {
    pub(super) snapshot: RwLock<Arc<Snapshot>>,
    pub(super) reloads: broadcast::Sender<u64>,
    /// Differs on every start, so a page from an earlier run of serve
    /// reloads even when the generation numbers coincide.
    pub(super) instance: String,
    /// The language of what serve says at the terminal.
    pub(super) lang: Lang,
}

impl Shared {
    pub fn current(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(s) => Arc::clone(&s),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    pub(super) fn publish(&self, next: Snapshot) {
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
    pub(super) fn add_search_index(
        &self,
        generation: u64,
        made: &mut Made,
    ) -> Result<Remade, String> {
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
        files.retain(|path, _| !path.starts_with(crate::render::urls::SEARCH_FOLDER));
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
pub(super) type Made =
    std::collections::HashMap<(crate::model::Lang, usize), (u64, Vec<(String, axum::body::Bytes)>)>;

/// How much of the index a build made again.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Remade {
    pub(super) shards: usize,
    pub(super) pages: usize,
}

/// A fingerprint of a shard's pages: their paths and bytes.
pub(super) fn fingerprint(
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

/// Makes the search index of build `generation` (again only where its
/// pages changed since `made`) and adds it to what is served (see
/// [`Shared::add_search_index`]).
pub(super) fn index_search(shared: &Shared, generation: u64, made: &mut Made, log: &Log) {
    if !crate::search::ENABLED {
        return;
    }
    let started = Instant::now();
    match shared.add_search_index(generation, made) {
        Ok(remade) => log(&Said::new("serve-search-ready")
            .arg("ms", started.elapsed().as_millis().to_string())
            .count("remade", remade.shards)
            .count("shards", made.len())
            .count("pages", remade.pages)
            .text(shared.lang)),
        Err(e) => {
            let told = Told::new(
                Said::new("serve-search-failed").arg("error", e.to_string()),
                None,
            );
            log(&told.warning_text(shared.lang));
        }
    }
}
