//! Search: a static search index of the rendered site, made with
//! Pagefind's Rust API and its `extended` feature, whose dictionary
//! segmenter splits Thai (written without spaces) into words; without it
//! a Thai query finds nothing.
//!
//! What is indexed: the pages a reader should find, which the render
//! marks `<main data-pagefind-body>` (each record's page, the home page,
//! the figures, sources and free pages; not the lists, their further
//! pages, the data page or the search page, whose text is all on the
//! record pages). Within a page Pagefind leaves out navigation, `<svg>`
//! charts (their tables are indexed) and anything marked
//! `data-pagefind-ignore`. Pages carry the names and aliases of their
//! provinces in a hidden line, so `Korat` and `โคราช` find นครราชสีมา.
//! Data files are not HTML and are never read; non-public ambassadors are
//! on no page, so on no index.
//!
//! How: each language has its own index, made of one or more shards of at
//! most about [`PAGES_PER_SHARD`] pages (a language's pages in path order,
//! dealt out in turn). Each shard is a Pagefind bundle of its own, made on
//! its own core from the pages as written, and written out as soon as it
//! is made, so memory holds the shards being made and no more. The search
//! page loads the first shard's bundle (`pagefind/th/1/`, with Pagefind's
//! script, its UI and the WebAssembly) and merges the others into it in
//! the browser (Pagefind's `mergeIndex`, which reuses the first shard's
//! WebAssembly). `serve` makes again only the shards whose pages changed.
//!
//! Result addresses are relative to the site's root, so a site published
//! under a sub-path finds its pages (the search page gives the UI the
//! base path).

use crate::model::{Lang, Site};
use crate::output::OutFile;
use crate::render::urls::search_bundle as bundle;

/// Whether this build of mueang makes a search index.
pub const ENABLED: bool = cfg!(feature = "search");

/// About how many pages a shard holds (one per project, so that no shard
/// is empty). Smaller shards make less to do again after a save in
/// `serve` (a Thai shard of 500 pages takes about 5 s of a core) and hold
/// less memory while made; each shard costs the browser two small
/// requests when the search page opens and one per word searched. The
/// variable `MUEANG_SHARD_PAGES` sets another size (for measuring, and
/// for the tests of a site in shards).
pub const PAGES_PER_SHARD: usize = 500;

/// The marker of a page to index, which the theme puts on its `<main>`.
const MARKER: &[u8] = b"data-pagefind-body";

/// How many shards each language's index has: one per
/// [`PAGES_PER_SHARD`] projects (each has a page in every language, so no
/// shard is ever empty), at least one.
pub fn shard_count(site: &Site) -> usize {
    let per_shard = std::env::var("MUEANG_SHARD_PAGES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(PAGES_PER_SHARD);
    (site.projects.len() / per_shard).max(1)
}

/// The index's files a theme may link to, always made where search is on
/// (`check` knows them without making the index): the first shard's
/// script and UI, in each language.
pub fn entry_files(languages: &[Lang]) -> Vec<String> {
    if !ENABLED {
        return Vec::new();
    }
    languages
        .iter()
        .flat_map(|lang| {
            let first = bundle(*lang, 0);
            ["pagefind.js", "pagefind-ui.js", "pagefind-ui.css"].map(|f| format!("{first}{f}"))
        })
        .collect()
}

/// Whether the rendered file `path` is a page to index, and in which
/// language (every page lives under its language's folder).
pub fn page_language(path: &str, bytes: &[u8]) -> Option<Lang> {
    if !path.ends_with(".html") {
        return None;
    }
    let lang = Lang::from_code(path.split('/').next()?)?;
    bytes
        .windows(MARKER.len())
        .any(|w| w == MARKER)
        .then_some(lang)
}

/// The pages to index among rendered files (path, bytes): language and
/// path of each.
pub fn pages<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Vec<(Lang, String)> {
    files
        .into_iter()
        .filter_map(|(path, bytes)| page_language(path, bytes).map(|l| (l, path.to_string())))
        .collect()
}

/// The pages of one shard of one language's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shard {
    pub lang: Lang,
    /// From 0; shard 0 carries the script, the UI and the WebAssembly.
    pub number: usize,
    /// Output paths, in order.
    pub pages: Vec<String>,
}

impl Shard {
    pub fn folder(&self) -> String {
        bundle(self.lang, self.number)
    }
}

/// Deals each language's `pages` (output paths) out to `count` shards:
/// the pages in path order, the first to shard 0, the next to shard 1, and
/// so on, so that a shard's pages do not change when a page's text does.
pub fn shards(pages: impl IntoIterator<Item = (Lang, String)>, count: usize) -> Vec<Shard> {
    let count = count.max(1);
    let mut by_lang: std::collections::BTreeMap<Lang, Vec<String>> = Default::default();
    for (lang, path) in pages {
        by_lang.entry(lang).or_default().push(path);
    }
    let mut out = Vec::new();
    for (lang, mut paths) in by_lang {
        paths.sort();
        let mut dealt: Vec<Vec<String>> = vec![Vec::new(); count];
        for (i, path) in paths.into_iter().enumerate() {
            dealt[i % count].push(path);
        }
        out.extend(
            dealt
                .into_iter()
                .enumerate()
                .filter(|(_, pages)| !pages.is_empty())
                .map(|(number, pages)| Shard {
                    lang,
                    number,
                    pages,
                }),
        );
    }
    out
}

/// Pagefind's other two UIs, which the theme does not use (250 KB).
#[cfg(feature = "search")]
const UNUSED: [&str; 4] = [
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
];

/// Whether a file of a shard's bundle goes into the output: all of the
/// first shard's but the unused UIs; of the others, only the index (the
/// browser merges it into the first, whose script and WebAssembly it uses).
#[cfg(feature = "search")]
fn kept(first: bool, name: &str) -> bool {
    if UNUSED.contains(&name) {
        return false;
    }
    first
        || name == "pagefind-entry.json"
        || name.ends_with(".pf_meta")
        || name.starts_with("index/")
        || name.starts_with("fragment/")
        || name.starts_with("filter/")
}

/// The files of `shard`'s bundle, each page's bytes got from `read`;
/// `done` hears of each page added.
#[cfg(feature = "search")]
pub fn index_shard(
    shard: &Shard,
    read: &(dyn Fn(&str) -> Result<Vec<u8>, String> + Sync),
    stop: &(dyn Fn() -> bool + Sync),
    done: &(dyn Fn(usize) + Sync),
) -> Result<Vec<OutFile>, String> {
    use pagefind::api::PagefindIndex;
    use pagefind::options::PagefindServiceConfig;

    let config = PagefindServiceConfig::builder()
        .force_language(shard.lang.code().to_string())
        .build();
    let mut index = PagefindIndex::new(Some(config)).map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let folder = shard.folder();
    runtime.block_on(async {
        for path in &shard.pages {
            // Indexing a big site takes a while: a stop (Ctrl-C) is
            // heeded between pages.
            if stop() {
                return Err(STOPPED.to_string());
            }
            let bytes = read(path)?;
            let html = String::from_utf8(bytes).map_err(|e| format!("{path}: {e}"))?;
            let url = format!("/{}", path.trim_end_matches("index.html"));
            index
                .add_html_file(None, Some(url), html)
                .await
                .map_err(|e| format!("{path}: {e}"))?;
            done(1);
        }
        let made = index.get_files().await.map_err(|e| e.to_string())?;
        Ok(made
            .into_iter()
            .filter_map(|f| {
                let name = f.filename.to_string_lossy().replace('\\', "/");
                kept(shard.number == 0, &name).then(|| OutFile {
                    path: format!("{folder}{name}"),
                    bytes: f.contents,
                })
            })
            .collect())
    })
}

/// Without the `search` feature there is no index (and the theme shows no
/// search box: [`ENABLED`] is false).
#[cfg(not(feature = "search"))]
pub fn index_shard(
    _shard: &Shard,
    _read: &(dyn Fn(&str) -> Result<Vec<u8>, String> + Sync),
    _stop: &(dyn Fn() -> bool + Sync),
    _done: &(dyn Fn(usize) + Sync),
) -> Result<Vec<OutFile>, String> {
    Ok(Vec::new())
}

/// Where each shard's files go once made.
pub type Put<'a> = &'a (dyn Fn(&Shard, Vec<OutFile>) -> Result<(), String> + Sync);

/// What [`index_shard`] says when `stop` asked it to.
pub const STOPPED: &str = "stopped by Ctrl-C or a stop signal";

/// Makes every shard, as many at once as there are cores, handing each
/// shard's files to `put` as soon as it is made; `done` hears of each page
/// added. The first error stops the rest.
pub fn index_all(
    shards: &[Shard],
    read: &(dyn Fn(&str) -> Result<Vec<u8>, String> + Sync),
    put: Put<'_>,
    stop: &(dyn Fn() -> bool + Sync),
    done: &(dyn Fn(usize) + Sync),
) -> Result<(), String> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let first_error: Mutex<Option<String>> = Mutex::new(None);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(shards.len())
        .max(1);
    let halted = || failed.load(Ordering::SeqCst) || stop();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(shard) = shards.get(i) else { break };
                    if halted() {
                        break;
                    }
                    let result =
                        index_shard(shard, read, &halted, done).and_then(|files| put(shard, files));
                    if let Err(e) = result {
                        if !failed.swap(true, Ordering::SeqCst) {
                            *first_error.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                        }
                        break;
                    }
                }
            });
        }
    });
    if let Some(e) = first_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    if stop() {
        return Err(STOPPED.to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_dealt_in_path_order_by_language() {
        let pages = [
            (Lang::En, "en/b/index.html"),
            (Lang::Th, "th/c/index.html"),
            (Lang::Th, "th/a/index.html"),
            (Lang::Th, "th/b/index.html"),
            (Lang::En, "en/a/index.html"),
        ]
        .map(|(l, p)| (l, p.to_string()));
        let made = shards(pages, 2);
        let got: Vec<(Lang, usize, Vec<&str>)> = made
            .iter()
            .map(|s| {
                (
                    s.lang,
                    s.number,
                    s.pages.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (Lang::Th, 0, vec!["th/a/index.html", "th/c/index.html"]),
                (Lang::Th, 1, vec!["th/b/index.html"]),
                (Lang::En, 0, vec!["en/a/index.html"]),
                (Lang::En, 1, vec!["en/b/index.html"]),
            ]
        );
        assert_eq!(made[1].folder(), "pagefind/th/2/");
    }

    #[test]
    fn only_marked_pages_under_a_language_are_indexed() {
        let page = b"<main data-pagefind-body>x</main>";
        assert_eq!(
            page_language("th/projects/a/index.html", page),
            Some(Lang::Th)
        );
        assert_eq!(page_language("en/index.html", page), Some(Lang::En));
        assert_eq!(
            page_language("th/projects/index.html", b"<main>x</main>"),
            None
        );
        assert_eq!(page_language("index.html", page), None);
        assert_eq!(page_language("th/data/projects.csv", page), None);
    }
}
